//! Result files: modes under the umask, what --force may replace, `-o DIR`, `-o -`, messages
//! printed once, and no temporary file left behind by Ctrl-C.

use std::path::Path;
use std::process::Command as Std;

use assert_cmd::Command;
use predicates::prelude::*;

#[path = "support/files.rs"]
mod files;
use files::names;

fn newsdiff() -> Command {
    Command::cargo_bin("newsdiff").unwrap()
}

/// Run `newsdiff ARGS` through a shell with the given umask; returns whether it succeeded.
#[cfg(unix)]
fn with_umask(umask: &str, args: &[&str]) -> bool {
    Std::new("sh")
        .arg("-c")
        .arg(format!("umask {umask}; exec \"$0\" \"$@\""))
        .arg(env!("CARGO_BIN_EXE_newsdiff"))
        .args(args)
        .status()
        .unwrap()
        .success()
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    path.metadata().unwrap().permissions().mode() & 0o7777
}

#[cfg(unix)]
#[test]
fn new_files_follow_the_umask_and_forced_ones_keep_their_mode() {
    let dir = tempfile::tempdir().unwrap();
    let out = |name: &str| dir.path().join(name).display().to_string();
    for (umask, expected) in [("022", 0o644), ("027", 0o640)] {
        let report = out(&format!("report-{umask}.txt"));
        assert!(with_umask(umask, &["report", "-q", "-o", &report]));
        assert_eq!(mode(Path::new(&report)), expected, "report under umask {umask}");
        let export = out(&format!("export-{umask}.md"));
        assert!(with_umask(umask, &["export", "-q", "-o", &export]));
        assert_eq!(mode(Path::new(&export)), expected, "export under umask {umask}");
    }
    // --force keeps the replaced file's mode, whatever the umask.
    let kept = out("report-022.txt");
    std::fs::set_permissions(&kept, std::os::unix::fs::PermissionsExt::from_mode(0o640)).unwrap();
    assert!(with_umask(
        "022",
        &["report", "-q", "-f", "markdown", "--force", "-o", &kept]
    ));
    assert_eq!(mode(Path::new(&kept)), 0o640);
    assert!(std::fs::read_to_string(&kept).unwrap().starts_with("# newsdiff report"));
}

#[cfg(unix)]
#[test]
fn force_refuses_links_fifos_and_devices() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("target.txt");
    std::fs::write(&target, "keep me").unwrap();
    let link = dir.path().join("link.txt");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    let fifo = dir.path().join("fifo.txt");
    assert!(Std::new("mkfifo").arg(&fifo).status().unwrap().success());
    for (path, what) in [
        (link.as_path(), "is a symbolic link"),
        (fifo.as_path(), "is a FIFO"),
        (Path::new("/dev/null"), "is a device"),
    ] {
        newsdiff()
            .args(["report", "-q", "--force", "-o"])
            .arg(path)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(what).and(predicate::str::contains("replaces only regular files")));
    }
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep me");
    assert!(link.symlink_metadata().unwrap().file_type().is_symlink());
    assert_eq!(names(dir.path()), ["fifo.txt", "link.txt", "target.txt"]);
}

#[test]
fn a_directory_a_dash_and_errors_said_once() {
    let dir = tempfile::tempdir().unwrap();
    for force in [&[][..], &["--force"]] {
        newsdiff()
            .args(["report", "-q", "-o"])
            .arg(dir.path())
            .args(force)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("is a directory").and(predicate::str::contains("--force").not()));
    }
    newsdiff()
        .current_dir(dir.path())
        .args(["report", "-q", "-o", "-"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("newsdiff report: "));
    assert!(names(dir.path()).is_empty(), "no file named '-'");
    let out = newsdiff()
        .args(["report", "-q", "-o", "/nonexistent-dir-for-test/r.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert_eq!(err.matches("No such file or directory").count(), 1, "{err}");
    assert!(!err.contains(".newsdiff-") && !err.contains(".tmp"), "{err}");
}

/// A corpus whose JSON report takes a while to write (megabytes).
fn large_corpus(dir: &Path) {
    let words = [
        "river", "bridge", "council", "mayor", "water", "town", "flood", "rain", "street", "school", "road", "market",
    ];
    let mut seed = 7u64;
    let mut next = || {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        words[(seed >> 33) as usize % words.len()]
    };
    for i in 0..40 {
        let mut text = format!("Story number {i}\n\n");
        for _ in 0..150 {
            for _ in 0..60 {
                text.push_str(next());
                text.push(' ');
            }
            text.push_str("end.\n\n");
        }
        std::fs::write(dir.join(format!("a{i:02}.txt")), text).unwrap();
    }
}

#[cfg(unix)]
#[test]
fn ctrl_c_while_writing_leaves_no_temporary_file() {
    use std::os::unix::process::ExitStatusExt;
    let corpus = tempfile::tempdir().unwrap();
    large_corpus(corpus.path());
    let out_dir = tempfile::tempdir().unwrap();
    let out = out_dir.path().join("report.json");
    let mut interrupted = 0;
    // The signal has to land while the file is written: retried if the write wins the race.
    for _ in 0..10 {
        let status = interrupt_once_writing(&["report", "-q", "-f", "json"], &out, corpus.path());
        let left = names(out_dir.path());
        assert!(
            left.iter().all(|n| !n.starts_with(".newsdiff-")),
            "left behind: {left:?}"
        );
        if status.code() == Some(130) && left.is_empty() {
            interrupted += 1;
            break;
        }
        // The write won the race: the signal came after the rename (exit 130 with the report in
        // place) or after the end. Either way the report is whole, never a part of one.
        assert!(
            status.success() || status.code() == Some(130),
            "{status:?} {:?}",
            status.signal()
        );
        let written = std::fs::read_to_string(&out).unwrap();
        assert!(
            serde_json::from_str::<serde_json::Value>(&written).is_ok(),
            "a partial report was left"
        );
        std::fs::remove_file(&out).unwrap();
    }
    assert_eq!(interrupted, 1, "the signal never landed during the write");
}

/// A text report is written story by story into its temporary file while the analysis runs: a
/// signal at any point leaves neither that file nor a part of the report.
#[cfg(unix)]
#[test]
fn ctrl_c_during_a_streamed_text_report_leaves_nothing() {
    let corpus = tempfile::tempdir().unwrap();
    large_corpus(corpus.path());
    let out_dir = tempfile::tempdir().unwrap();
    let out = out_dir.path().join("report.txt");
    let status = interrupt_once_writing(&["report", "-q"], &out, corpus.path());
    let left = names(out_dir.path());
    if status.code() == Some(130) {
        assert!(left.is_empty(), "left behind: {left:?}");
    } else {
        // Finished before the signal: the whole report, and nothing else.
        assert!(status.success(), "{status:?}");
        assert_eq!(left, vec!["report.txt".to_string()]);
        let text = std::fs::read_to_string(&out).unwrap();
        assert!(text.starts_with("newsdiff report: "), "{text:.80}");
    }
}

/// Run newsdiff with `args`, `-o out` and `input`, and send SIGINT as soon as its temporary file
/// appears beside `out` (or let it finish). Returns how it ended.
#[cfg(unix)]
fn interrupt_once_writing(args: &[&str], out: &Path, input: &Path) -> std::process::ExitStatus {
    let dir = out.parent().unwrap();
    let mut child = Std::new(env!("CARGO_BIN_EXE_newsdiff"))
        .args(args)
        .arg("-o")
        .arg(out)
        .arg(input)
        .spawn()
        .unwrap();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        if names(dir).iter().any(|n| n.starts_with(".newsdiff-")) {
            Std::new("kill")
                .args(["-INT", &child.id().to_string()])
                .status()
                .unwrap();
            return child.wait().unwrap();
        }
    }
}
