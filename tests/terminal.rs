//! End-to-end runs in a real terminal (tmux): the demo side by side at 200×50, a differing claim
//! highlighted, a finding selected and exported, a folder's stories analysed as they are shown,
//! and the terminal restored on quit, on stopping signals and through a storm of resizes.

use std::path::PathBuf;
use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

fn tmux(args: &[&str]) -> String {
    let out = Command::new("tmux").args(args).output().expect("tmux runs");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn capture(session: &str, escapes: bool) -> String {
    let mut args = vec!["capture-pane", "-p", "-t", session];
    if escapes {
        args.push("-e");
    }
    tmux(&args)
}

fn wait_for(session: &str, needle: &str) -> String {
    wait_until(session, |screen| screen.contains(needle))
}

/// The screen, once `ready` says it is what the test waits for (at most a minute).
fn wait_until(session: &str, ready: impl Fn(&str) -> bool) -> String {
    let start = Instant::now();
    loop {
        let screen = capture(session, false);
        if ready(&screen) {
            return screen;
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "timed out waiting; screen:\n{screen}"
        );
        sleep(Duration::from_millis(100));
    }
}

/// The release binary when it is at least as fresh as the test build (`.ci/run` builds it), else the test build.
fn binary() -> PathBuf {
    let release = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/release/newsdiff");
    let test_build = PathBuf::from(env!("CARGO_BIN_EXE_newsdiff"));
    let modified = |p: &PathBuf| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    match (modified(&release), modified(&test_build)) {
        (Some(r), Some(t)) if r >= t => release,
        _ => test_build,
    }
}

/// A shell command running the reader with `args`, then printing its exit status and keeping the
/// pane open (so its screen, and the terminal's state, can be read afterwards).
fn reader_then_status(args: &str) -> String {
    format!("'{}' {args}; echo NEWSDIFF_EXIT=$?; sleep 30", binary().display())
}

/// A folder of `n` synthetic articles (`seed`), one Markdown file each with its outlet.
fn synthetic_folder(n: usize, seed: u64) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for doc in newsdiff::synth::corpus(n, seed) {
        let outlet = doc.meta.outlet.unwrap_or_default();
        std::fs::write(
            dir.path().join(format!("{}.md", doc.stem)),
            format!("---\noutlet: {outlet}\n---\n{}", doc.body),
        )
        .unwrap();
    }
    dir
}

/// The reader on a folder of `n` synthetic articles (`seed`) in a tmux session of `size`; the
/// folder lives as long as the returned guard.
fn reader_on_folder(name: &str, size: (u16, u16), n: usize, seed: u64) -> Option<(tempfile::TempDir, Session)> {
    let dir = synthetic_folder(n, seed);
    let command = reader_then_status(&format!("'{}'", dir.path().display()));
    Session::start(name, size, ".", &command).map(|session| (dir, session))
}

/// Quit with `q`: the reader exits with status 0 and leaves the terminal as it found it.
fn quit_restored(session: &str) {
    tmux(&["send-keys", "-t", session, "q"]);
    let after = wait_for(session, "NEWSDIFF_EXIT=");
    assert!(after.contains("NEWSDIFF_EXIT=0"), "{after}");
    assert_restored(session);
}

struct Session(String);

impl Drop for Session {
    fn drop(&mut self) {
        let _ = Command::new("tmux").args(["kill-session", "-t", &self.0]).output();
    }
}

impl Session {
    /// Start `command` (run by `sh -c`) in a detached tmux session of `size` in directory `cwd`,
    /// with colour allowed; `None` (and a note) when tmux is not installed.
    fn start(name: &str, size: (u16, u16), cwd: &str, command: &str) -> Option<Session> {
        if Command::new("tmux").arg("-V").output().is_err() {
            eprintln!("tmux is not installed: skipping the real-terminal test (.ci/run installs it)");
            return None;
        }
        let session = Session(format!("newsdiff-{name}-{}", std::process::id()));
        let (w, h) = (size.0.to_string(), size.1.to_string());
        let started = Command::new("tmux")
            .args(["new-session", "-d", "-s", &session.0, "-x", &w, "-y", &h, "-c", cwd])
            .args(["env", "-u", "NO_COLOR", "TERM=xterm-256color", "sh", "-c", command])
            .status()
            .unwrap();
        assert!(started.success());
        Some(session)
    }
}

#[test]
fn reader_in_a_real_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let command = reader_then_status("");
    let Some(session) = Session::start("e2e", (200, 50), dir.path().to_str().unwrap(), &command) else {
        return;
    };
    let screen = wait_for(&session.0, "Findings");

    // Two outlets' text side by side: both headlines on one row.
    assert!(
        screen
            .lines()
            .any(|l| l.contains("Biden Says Talks Went Well") && l.contains("Biden promises to tell Putin")),
        "panes are not side by side:\n{screen}"
    );
    // Select the first finding (a differing claim: the ambassadors' return): every pane scrolls to
    // its statement, which is drawn highlighted, i.e. with a style escape right before it.
    tmux(&["send-keys", "-t", &session.0, "n"]);
    wait_for(&session.0, "finding 1 of");
    let coloured = capture(&session.0, true);
    let line = coloured
        .lines()
        .find(|l| l.contains("after the summit"))
        .expect("statement on screen");
    let before = line.split("after the summit").next().unwrap_or("");
    assert!(
        before.ends_with('m') && before.contains("\u{1b}["),
        "statement not highlighted: {line:?}"
    );

    tmux(&["send-keys", "-t", &session.0, "e"]);
    wait_for(&session.0, "exported to");
    let exported = dir.path().join("newsdiff-geneva-2021.md");
    let text = std::fs::read_to_string(&exported).expect("export file written");
    assert!(text.contains("three-hour meeting"));

    tmux(&["send-keys", "-t", &session.0, "q"]);
    let after = wait_for(&session.0, "NEWSDIFF_EXIT=");
    assert!(after.contains("NEWSDIFF_EXIT=0"), "{after}");
    let state = tmux(&[
        "display-message",
        "-p",
        "-t",
        &session.0,
        "#{alternate_on} #{mouse_any_flag} #{cursor_flag}",
    ]);
    assert_eq!(
        state.trim(),
        "0 0 1",
        "terminal not restored (alternate screen, mouse, cursor)"
    );
}

#[test]
fn stopping_signals_restore_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    for (signal, status) in [("INT", 130), ("TERM", 143), ("HUP", 129), ("QUIT", 131)] {
        // The inner shell notes its pid and becomes the reader; the outer one stays to show the
        // exit status and keep the pane alive (tmux reports a dead pane's cursor as hidden).
        let pid_file = dir.path().join(format!("{signal}.pid"));
        let command = format!(
            "sh -c 'echo $$ > \"{}\"; exec \"{}\"'; echo NEWSDIFF_EXIT=$?; sleep 30",
            pid_file.display(),
            binary().display()
        );
        let Some(session) = Session::start(&format!("sig{signal}"), (120, 40), ".", &command) else {
            return;
        };
        wait_for(&session.0, "Findings");
        let pid = std::fs::read_to_string(&pid_file).unwrap();
        let killed = Command::new("kill")
            .args([&format!("-{signal}"), pid.trim()])
            .status()
            .unwrap();
        assert!(killed.success());
        let after = wait_for(&session.0, "NEWSDIFF_EXIT=");
        assert!(
            after.contains(&format!("NEWSDIFF_EXIT={status}")),
            "SIG{signal}:\n{after}"
        );
        let state = tmux(&[
            "display-message",
            "-p",
            "-t",
            &session.0,
            "#{alternate_on} #{mouse_any_flag} #{cursor_flag}",
        ]);
        assert_eq!(
            state.trim(),
            "0 0 1",
            "SIG{signal}: terminal not restored (alternate screen, mouse, cursor)"
        );
    }
}

#[test]
fn a_resize_storm_leaves_the_reader_running() {
    // Three long articles of one story, so every pane has far more lines than a small screen.
    let dir = tempfile::tempdir().unwrap();
    for (i, outlet) in ["Valley Post", "Harbor Wire", "Ridge Daily"].iter().enumerate() {
        let body: String = (0..300)
            .map(|k| {
                format!(
                    "The river board met for the {k}th time and moved {} families from the low fields. ",
                    k + i
                )
            })
            .collect();
        let text = format!("---\noutlet: {outlet}\nstory: river\n---\n{body}\n");
        std::fs::write(dir.path().join(format!("a{i}.txt")), text).unwrap();
    }
    let command = reader_then_status(&format!("'{}'", dir.path().display()));
    let Some(session) = Session::start("storm", (30, 30), ".", &command) else {
        return;
    };
    wait_for(&session.0, "sync");
    for round in 0..40u32 {
        tmux(&["resize-window", "-t", &session.0, "-x", "30", "-y", "30"]);
        tmux(&[
            "send-keys",
            "-t",
            &session.0,
            if round.is_multiple_of(2) { "G" } else { "j" },
        ]);
        tmux(&["resize-window", "-t", &session.0, "-x", "30", "-y", "9"]);
    }
    sleep(Duration::from_millis(500));
    let screen = capture(&session.0, false);
    assert!(
        !screen.contains("NEWSDIFF_EXIT"),
        "the reader died in the storm:\n{screen}"
    );
    tmux(&["resize-window", "-t", &session.0, "-x", "80", "-y", "24"]);
    wait_for(&session.0, "sync");
    tmux(&["send-keys", "-t", &session.0, "q"]);
    let after = wait_for(&session.0, "NEWSDIFF_EXIT=");
    assert!(after.contains("NEWSDIFF_EXIT=0"), "{after}");
}

#[test]
fn a_big_folder_opens_at_once_and_quits_during_analysis() {
    // 10,000 synthetic articles (about 58 MiB) take seconds to read, clean and group even in release
    // on two cores.
    let Some((_dir, session)) = reader_on_folder("open", (100, 30), 10_000, 42) else {
        return;
    };
    // The progress screen comes before the files are read, and counts them.
    let screen = wait_for(&session.0, "newsdiff: opening");
    assert!(screen.contains("files read"), "{screen}");
    // The help opens over the progress screen, and q quits while the analysis still runs.
    tmux(&["send-keys", "-t", &session.0, "?"]);
    wait_for(&session.0, "Keys");
    tmux(&["send-keys", "-t", &session.0, "Escape"]);
    // Esc and q sent together read as Alt-q: wait for the help to close before quitting.
    let during = wait_until(&session.0, |screen| !screen.contains("┌ Keys"));
    assert!(
        during.contains("newsdiff: opening") || during.contains("analysing this story"),
        "the analysis was already done:\n{during}"
    );
    quit_restored(&session.0);
}

#[test]
fn each_story_is_analysed_when_shown() {
    // A folder of a few stories: every one is listed, and each comes in as it is shown.
    let Some((_dir, session)) = reader_on_folder("stories", (120, 30), 60, 3) else {
        return;
    };
    let analysed = |screen: &str| screen.contains("Findings (") && !screen.contains("nalysing this story");
    let first = wait_until(&session.0, analysed);
    let shown = |screen: &str| screen.lines().find(|l| l.contains('▸')).map(str::to_string);
    // Far from the first story: not prepared ahead, analysed once shown.
    tmux(&["send-keys", "-t", &session.0, "}", "}", "}"]);
    wait_until(&session.0, |s| shown(s) != shown(&first) && analysed(s));
    quit_restored(&session.0);
}

#[test]
fn nothing_to_read_is_told_after_the_terminal_is_restored() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("blank.txt"), "  \n").unwrap();
    // A folder without articles: the reader opens, then closes with the loader's warnings and
    // error on the restored terminal, and the exit status of a bad input.
    let command = reader_then_status(&format!("'{}'", dir.path().display()));
    let Some(session) = Session::start("none", (100, 30), ".", &command) else {
        return;
    };
    let after = wait_for(&session.0, "NEWSDIFF_EXIT=");
    assert!(after.contains("blank.txt: skipped: empty file"), "{after}");
    assert!(after.contains("newsdiff: error: no articles found"), "{after}");
    assert!(after.contains("NEWSDIFF_EXIT=2"), "{after}");
    assert_restored(&session.0);
    // A missing path is told before the terminal is taken.
    let command = reader_then_status(&format!("'{}'", dir.path().join("missing").display()));
    let Some(session) = Session::start("missing", (100, 30), ".", &command) else {
        return;
    };
    let after = wait_for(&session.0, "NEWSDIFF_EXIT=");
    assert!(after.contains("missing: no such file or directory"), "{after}");
    assert!(after.contains("NEWSDIFF_EXIT=2"), "{after}");
}

/// The alternate screen is left, mouse reporting off and the cursor shown.
fn assert_restored(session: &str) {
    let state = tmux(&[
        "display-message",
        "-p",
        "-t",
        session,
        "#{alternate_on} #{mouse_any_flag} #{cursor_flag}",
    ]);
    assert_eq!(
        state.trim(),
        "0 0 1",
        "terminal not restored (alternate screen, mouse, cursor)"
    );
}
