//! The streaming reports (`--format jsonl`, and JSON written story by story) and the options that
//! leave text and alignment out.

use assert_cmd::Command;

fn newsdiff() -> Command {
    let mut cmd = Command::cargo_bin("newsdiff").unwrap();
    cmd.env_remove("NO_COLOR");
    cmd
}

/// A folder of `stories` stories of three articles each, kept apart by their `story` keys.
fn corpus(stories: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for s in 0..stories {
        for (k, outlet) in ["Harbor Times", "Valley Post", "Daily Planet"].iter().enumerate() {
            std::fs::write(
                dir.path().join(format!("s{s:03}-{k}.md")),
                format!(
                    "---\noutlet: {outlet}\nstory: story-{s}\n---\nDeal number {s} signed\n\n\
                     The port of Valmora signed deal number {s} on Monday, officials said.\n\n\
                     The meeting lasted {} hours.\n\nThis article may be republished freely.",
                    k + 2
                ),
            )
            .unwrap();
        }
    }
    dir
}

fn lines(stdout: &[u8]) -> Vec<serde_json::Value> {
    std::str::from_utf8(stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn jsonl_is_one_story_per_line() {
    let dir = corpus(3);
    let out = newsdiff()
        .args(["report", "--format", "jsonl"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let stories = lines(&out.stdout);
    assert_eq!(stories.len(), 3);
    for story in &stories {
        assert_eq!(story["schema_version"], 2);
        assert_eq!(story["articles"].as_array().unwrap().len(), 3);
        assert!(story["articles"][0]["text"].is_string());
        assert!(story["alignment"].is_array());
        // Sentences all three print word for word (the opening, the closing line) are copy groups,
        // each listed once with its three copies.
        let copies = story["copies"].as_array().unwrap();
        assert!(!copies.is_empty());
        assert!(copies.iter().all(|g| g.as_array().unwrap().len() == 3));
    }
    let mut ids: Vec<&str> = stories.iter().map(|s| s["id"].as_str().unwrap()).collect();
    ids.sort_unstable();
    assert_eq!(ids, ["story-0", "story-1", "story-2"]);
}

#[test]
fn jsonl_matches_the_json_report() {
    let dir = corpus(2);
    let json = newsdiff()
        .args(["report", "-f", "json"])
        .arg(dir.path())
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    let jsonl = newsdiff()
        .args(["report", "-f", "jsonl"])
        .arg(dir.path())
        .output()
        .unwrap();
    let mut from_lines = lines(&jsonl.stdout);
    for story in &mut from_lines {
        story.as_object_mut().unwrap().remove("schema_version");
    }
    assert_eq!(json["stories"].as_array().unwrap(), &from_lines);
}

#[test]
fn text_and_alignment_can_be_left_out() {
    let dir = corpus(1);
    for format in ["json", "jsonl"] {
        let out = newsdiff()
            .args(["report", "-f", format, "--no-text", "--no-alignment"])
            .arg(dir.path())
            .output()
            .unwrap();
        assert!(out.status.success());
        let story = if format == "json" {
            serde_json::from_slice::<serde_json::Value>(&out.stdout).unwrap()["stories"][0].clone()
        } else {
            lines(&out.stdout).remove(0)
        };
        let article = story["articles"][0].as_object().unwrap();
        assert!(!article.contains_key("text"), "{format}");
        assert!(article.contains_key("sentences"), "{format}");
        let story = story.as_object().unwrap();
        assert!(
            !story.contains_key("alignment") && !story.contains_key("copies"),
            "{format}"
        );
        assert!(story.contains_key("claims"), "{format}");
    }
}

#[test]
fn jsonl_to_a_file() {
    let dir = corpus(2);
    let out_dir = tempfile::tempdir().unwrap();
    let path = out_dir.path().join("r.jsonl");
    newsdiff()
        .args(["report", "-f", "jsonl", "--no-text", "-o"])
        .arg(&path)
        .arg(dir.path())
        .assert()
        .success();
    assert_eq!(lines(&std::fs::read(&path).unwrap()).len(), 2);
}

#[test]
fn json_to_a_file_is_one_document_and_never_overwrites() {
    let dir = corpus(3);
    let out_dir = tempfile::tempdir().unwrap();
    let path = out_dir.path().join("r.json");
    newsdiff()
        .args(["report", "-f", "json", "-o"])
        .arg(&path)
        .arg(dir.path())
        .assert()
        .success();
    let report: serde_json::Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(report["stories"].as_array().unwrap().len(), 3);
    std::fs::write(&path, "kept").unwrap();
    newsdiff()
        .args(["report", "-f", "json", "-o"])
        .arg(&path)
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicates::str::contains("already exists"));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "kept");
    // Nothing else was left in the folder: no temporary file.
    assert_eq!(std::fs::read_dir(out_dir.path()).unwrap().count(), 1);
}

#[test]
fn broken_pipe_is_success() {
    let dir = corpus(40);
    let bin = assert_cmd::cargo::cargo_bin("newsdiff");
    for format in ["jsonl", "json"] {
        let status = std::process::Command::new("bash")
            .arg("-c")
            .arg(format!(
                "set -o pipefail; '{}' report -f {format} '{}' | head -n 1 >/dev/null",
                bin.display(),
                dir.path().display()
            ))
            .status()
            .unwrap();
        assert!(status.success(), "{format}");
    }
}
