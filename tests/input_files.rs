//! What a folder walk reads and skips: FIFOs and devices, files over the size limit, hostile front
//! matter, newsdiff's own outputs, look-alike names, other encodings, over-long paths and
//! manifest entries for missing files.

use std::path::Path;
use std::process::Command as Std;

use assert_cmd::Command;
use predicates::prelude::*;

#[path = "support/files.rs"]
mod files;
use files::folder;

fn newsdiff() -> Command {
    Command::cargo_bin("newsdiff").unwrap()
}

const ARTICLE: &str = "Bridge closed in Rivertown\n\nThe old bridge closed on Monday after engineers found 3 cracks.\n";

/// `newsdiff report ARGS` run to success; a hang fails after a minute instead of never.
fn report(args: &[&std::ffi::OsStr]) -> assert_cmd::assert::Assert {
    newsdiff()
        .arg("report")
        .args(args)
        .timeout(std::time::Duration::from_secs(60))
        .assert()
        .success()
}

/// The JSON report of `paths`, with its standard error.
fn json_report(args: &[&Path]) -> (serde_json::Value, String) {
    let out = newsdiff().args(["report", "-f", "json"]).args(args).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    (
        serde_json::from_slice(&out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

/// Every article id of a JSON report, in order.
fn ids(report: &serde_json::Value) -> Vec<String> {
    let mut ids: Vec<String> = report["stories"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["articles"].as_array().unwrap().iter())
        .map(|a| a["id"].as_str().unwrap().to_string())
        .collect();
    ids.sort();
    ids
}

#[cfg(unix)]
#[test]
fn fifos_and_links_to_devices_are_skipped_not_read() {
    let dir = folder(&[("a.txt", ARTICLE)]);
    assert!(
        Std::new("mkfifo")
            .arg(dir.path().join("x.txt"))
            .status()
            .unwrap()
            .success()
    );
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("z.txt")).unwrap();
    report(&[dir.path().as_os_str()])
        .stdout(predicate::str::contains("1 story, 1 article"))
        .stderr(
            predicate::str::contains("x.txt: skipped: a FIFO, not a regular file")
                .and(predicate::str::contains("z.txt: skipped: a device, not a regular file")),
        );
}

#[test]
fn files_over_the_size_limit_are_skipped_with_a_warning() {
    let dir = folder(&[("a.txt", ARTICLE), ("big.txt", &ARTICLE.repeat(20))]);
    report(&["--max-file-size".as_ref(), "1K".as_ref(), dir.path().as_os_str()])
        .stdout(predicate::str::contains("1 story, 1 article"))
        .stderr(predicate::str::contains(
            "big.txt: skipped: 1.8 KiB is over the file size limit of 1.0 KiB (--max-file-size)",
        ));
    // The default (50 MiB) reads both.
    report(&[dir.path().as_os_str()]).stdout(predicate::str::contains("2 articles"));
}

#[test]
fn hostile_front_matter_is_ignored_at_once() {
    let text = format!("---\ntitle: {}\n---\n{ARTICLE}", "[".repeat(250_000));
    let dir = folder(&[("a.md", &text)]);
    report(&[dir.path().as_os_str()])
        .stdout(predicate::str::contains("Bridge closed in Rivertown"))
        .stderr(predicate::str::contains("a.md: front matter ignored: too large"));
}

#[test]
fn newsdiffs_own_outputs_are_not_read_back() {
    let dir = folder(&[
        ("a.txt", ARTICLE),
        (
            "b.txt",
            "Rivertown bridge shut\n\nThe old bridge shut on Monday after engineers found 4 cracks.\n",
        ),
    ]);
    let written = [
        ("export", "markdown", "newsdiff-x.md"),
        ("export", "html", "newsdiff-x.html"),
        ("export", "json", "newsdiff-x.json"),
        ("report", "text", "report.txt"),
        ("report", "markdown", "report.md"),
        ("report", "json", "report.json"),
    ];
    for (command, format, name) in written {
        newsdiff()
            .args([command, "-q", "-f", format, "-o"])
            .arg(dir.path().join(name))
            .arg(dir.path())
            .assert()
            .success();
    }
    let (report, stderr) = json_report(&[dir.path()]);
    assert_eq!(ids(&report), ["a", "b"]);
    for (_, _, name) in written.iter().filter(|(_, f, _)| *f != "json") {
        assert!(
            stderr.contains(&format!("{name}: skipped: a newsdiff ")),
            "{name}: {stderr}"
        );
    }
}

#[test]
fn same_names_in_different_folders_get_distinct_stable_ids() {
    let dir = tempfile::tempdir().unwrap();
    for sub in ["a", "b"] {
        std::fs::create_dir(dir.path().join(sub)).unwrap();
        std::fs::write(dir.path().join(sub).join("x.txt"), ARTICLE.replace('3', sub)).unwrap();
    }
    let first = ids(&json_report(&[dir.path()]).0);
    assert_eq!(first, ["x", "x-2"]);
    assert_eq!(ids(&json_report(&[dir.path()]).0), first, "the same on every run");
    let named = ids(&json_report(&[&dir.path().join("a/x.txt"), &dir.path().join("b/x.txt")]).0);
    assert_eq!(named, ["x", "x-2"]);
}

#[cfg(target_os = "linux")]
#[test]
fn non_utf8_names_get_distinct_readable_ids() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempfile::tempdir().unwrap();
    for (n, name) in [&b"caf\xe9.txt"[..], b"na\xefve.txt", b"\xff\xfe.txt"]
        .iter()
        .enumerate()
    {
        let path = dir.path().join(std::ffi::OsStr::from_bytes(name));
        std::fs::write(path, ARTICLE.replace('3', &(n + 5).to_string())).unwrap();
    }
    let ids = ids(&json_report(&[dir.path()]).0);
    assert_eq!(ids, ["caf\u{fffd}", "na\u{fffd}ve", "\u{fffd}\u{fffd}"]);
}

#[test]
fn utf16_and_windows_1252_are_decoded_and_named() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Mayor speaks\n\nThe mayor said “we will rebuild the old bridge before the winter” on Monday.\n";
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    std::fs::write(dir.path().join("a.txt"), utf16).unwrap();
    let cp1252: Vec<u8> = text
        .chars()
        .map(|c| match c {
            '“' => 0x93,
            '”' => 0x94,
            c => u8::try_from(c).unwrap(),
        })
        .collect();
    std::fs::write(dir.path().join("b.txt"), cp1252).unwrap();
    let (report, stderr) = json_report(&[dir.path()]);
    assert!(
        stderr.contains("a.txt: decoded from UTF-16LE (byte-order mark)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("b.txt: invalid UTF-8, decoded as windows-1252"),
        "{stderr}"
    );
    let articles = report["stories"][0]["articles"].as_array().unwrap();
    assert_eq!(articles.len(), 2);
    for article in articles {
        assert!(article["text"].as_str().unwrap().contains("“we will rebuild"));
        assert_eq!(article["quotes"].as_array().unwrap().len(), 1, "{article}");
    }
}

#[test]
fn missing_manifest_files_and_over_long_paths_are_warned_about() {
    let dir = folder(&[
        ("a.txt", ARTICLE),
        (
            "story.toml",
            "[[articles]]\nfile = \"a.txt\"\noutlet = \"Valley Post\"\n\n[[articles]]\nfile = \"gone.txt\"\n",
        ),
    ]);
    // Folders nested deeper than PATH_MAX (4096 bytes), made one level at a time (bash, as dash's
    // cd refuses such paths).
    let name = "d".repeat(200);
    let made = Std::new("bash")
        .current_dir(dir.path())
        .arg("-c")
        .arg(format!(
            "for i in $(seq 25); do mkdir {name} && cd {name} || exit 1; done; printf 'Deep\\n\\nText.' > deep.txt"
        ))
        .status()
        .unwrap();
    assert!(made.success());
    report(&[dir.path().as_os_str()])
        .stdout(predicate::str::contains("1 story, 1 article"))
        .stderr(
            predicate::str::contains("story.toml: entry for a missing file: gone.txt")
                .and(predicate::str::contains("the path is longer than the system allows")),
        );
}
