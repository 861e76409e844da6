//! The command line: help, version, formats, output files and every error path.

use assert_cmd::Command;
use predicates::prelude::*;

fn newsdiff() -> Command {
    let mut cmd = Command::cargo_bin("newsdiff").unwrap();
    cmd.env_remove("NO_COLOR");
    cmd
}

#[test]
fn help_and_version() {
    newsdiff()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("Usage: newsdiff").and(predicate::str::contains("report")));
    newsdiff()
        .args(["report", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--format").and(predicate::str::contains("--output")));
    newsdiff()
        .arg("--version")
        .assert()
        .success()
        .stdout(format!("newsdiff {}\n", env!("CARGO_PKG_VERSION")));
}

#[test]
fn demo_report_without_paths() {
    let dir = tempfile::tempdir().unwrap();
    newsdiff()
        .current_dir(dir.path())
        .arg("report")
        .assert()
        .success()
        .stdout(predicate::str::contains("Story 1:").and(predicate::str::contains("\u{1b}[").not()))
        .stderr("");
}

#[test]
fn json_is_valid_and_versioned() {
    let out = newsdiff().args(["report", "--format", "json"]).output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["schema_version"], 2);
    assert_eq!(v["stories"].as_array().unwrap().len(), 1);
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    newsdiff()
        .args(["report", "--color", "always"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\u{1b}[1m"));
}

#[test]
fn missing_path_is_exit_2() {
    newsdiff()
        .args(["report", "no/such/dir"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("no/such/dir: no such file or directory"));
}

#[test]
fn empty_directory_is_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    newsdiff()
        .arg("report")
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no articles found"));
}

#[test]
fn bad_files_are_skipped_with_warnings() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("empty.txt"), "").unwrap();
    std::fs::write(dir.path().join("binary.txt"), b"abc\0\x01\x02").unwrap();
    std::fs::write(
        dir.path().join("latin1.txt"),
        b"Caf\xe9 owners protest\n\nCaf\xe9 owners marched on Friday.",
    )
    .unwrap();
    std::fs::write(dir.path().join("ignored.png"), b"\x89PNG").unwrap();
    newsdiff()
        .arg("report")
        .arg(dir.path())
        .assert()
        .success()
        .stderr(
            predicate::str::contains("empty.txt: skipped: empty file")
                .and(predicate::str::contains("binary.txt: skipped: binary file"))
                .and(predicate::str::contains("latin1.txt: invalid UTF-8"))
                .and(predicate::str::contains("png").not()),
        )
        .stdout(predicate::str::contains("1 story, 1 article"));
    newsdiff()
        .arg("report")
        .arg("--quiet")
        .arg(dir.path())
        .assert()
        .success()
        .stderr("");
}

#[test]
fn only_bad_files_is_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("empty.md"), "\n\n").unwrap();
    newsdiff().arg("report").arg(dir.path()).assert().code(2).stderr(
        predicate::str::contains("empty.md: skipped: empty file").and(predicate::str::contains("no articles found")),
    );
}

#[test]
fn output_is_written_and_never_overwritten_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.md");
    newsdiff()
        .args(["report", "--format", "markdown", "--output"])
        .arg(&out)
        .assert()
        .success()
        .stdout("");
    let first = std::fs::read_to_string(&out).unwrap();
    assert!(first.starts_with("# newsdiff report"));
    std::fs::write(&out, "keep me").unwrap();
    newsdiff()
        .args(["report", "--output"])
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already exists (use --force to overwrite it)"));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "keep me");
    newsdiff()
        .args(["report", "--force", "--output"])
        .arg(&out)
        .assert()
        .success();
    assert!(std::fs::read_to_string(&out).unwrap().starts_with("newsdiff report"));
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "no temporary files left: {names:?}");
}

#[test]
fn unwritable_output_is_exit_1() {
    newsdiff()
        .args(["report", "--output", "/nonexistent-dir/x.json"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("cannot write /nonexistent-dir/x.json"));
}

#[test]
fn usage_errors_are_exit_2() {
    newsdiff().args(["report", "--format", "yaml"]).assert().code(2);
    newsdiff().args(["report", "--force"]).assert().code(2);
    newsdiff().arg("frobnicate").assert().code(2);
}

#[test]
fn broken_pipe_is_success() {
    let bin = assert_cmd::cargo::cargo_bin("newsdiff");
    let status = std::process::Command::new("bash")
        .arg("-c")
        .arg(format!(
            "set -o pipefail; '{}' report --format json | head -c 10 >/dev/null",
            bin.display()
        ))
        .status()
        .unwrap();
    assert!(status.success());
}

#[test]
fn front_matter_and_manifest_metadata() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("story.toml"),
        "[story]\nid = \"harbour\"\ntitle = \"Harbour deal\"\n\n[[articles]]\nfile = \"b.txt\"\noutlet = \"Valley Post\"\nurl = \"https://example.org/b\"\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("a.md"),
        "---\noutlet: Harbor Times\nid: ht-1\n---\nPort deal signed\n\nThe port signed a deal.",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("b.txt"),
        "Deal at the port\n\nA deal was signed at the port.",
    )
    .unwrap();
    let out = newsdiff()
        .arg("report")
        .arg("-f")
        .arg("json")
        .arg(dir.path())
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let story = &v["stories"][0];
    assert_eq!(story["id"], "harbour");
    assert_eq!(story["title"], "Harbour deal");
    assert_eq!(story["articles"][0]["id"], "ht-1");
    assert_eq!(story["articles"][0]["outlet"], "Harbor Times");
    assert_eq!(story["articles"][1]["outlet"], "Valley Post");
    assert_eq!(story["articles"][1]["url"], "https://example.org/b");
    assert_eq!(story["claims"], serde_json::json!([]));
}

#[test]
fn export_formats_and_story_selection() {
    newsdiff()
        .args(["export", "--format", "html"])
        .assert()
        .success()
        .stdout(predicate::str::contains("<!DOCTYPE html").and(predicate::str::contains("<mark")));
    let out = newsdiff()
        .args(["export", "-f", "json", "--story", "geneva-2021"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["kind"], "newsdiff-export");
    assert_eq!(v["stories"].as_array().unwrap().len(), 1);
    newsdiff()
        .args(["export", "--story", "no-such-story"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no story with id \"no-such-story\""));
}

#[test]
fn export_output_is_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("notes.md");
    std::fs::write(&out, "mine").unwrap();
    newsdiff().args(["export", "--output"]).arg(&out).assert().code(2);
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "mine");
    let fresh = dir.path().join("fresh.md");
    newsdiff()
        .args(["export", "--output"])
        .arg(&fresh)
        .assert()
        .success()
        .stdout("");
    assert!(std::fs::read_to_string(&fresh).unwrap().contains("three-hour meeting"));
}

#[test]
fn the_reader_needs_a_terminal() {
    newsdiff()
        .assert()
        .code(2)
        .stderr(predicate::str::contains("the reader needs a terminal"));
}
