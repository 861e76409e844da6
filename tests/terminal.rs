//! End-to-end runs in a real terminal (tmux): the demo side by side at 200×50, a differing claim
//! highlighted, a finding selected and exported, a folder's stories analysed as they are shown,
//! and the terminal restored on quit, on stopping signals and through a storm of resizes.

use std::path::PathBuf;
use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

/// A detached tmux session on a server of its own: tests run in parallel, and a shared server
/// exits when its last session ends, failing a session another test is starting at that moment
/// ("server exited unexpectedly").
struct Session {
    /// The session's name.
    name: String,
    /// The server's socket (`tmux -S`), in a folder removed with the session.
    socket: String,
    _folder: tempfile::TempDir,
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = Command::new("tmux").args(["-S", &self.socket, "kill-server"]).output();
    }
}

impl Session {
    /// Start `command` (run by `sh -c`) in a detached tmux session of `size` in directory `cwd`,
    /// with colour allowed and no tmux configuration read (a user's could change keys or sizes);
    /// `None` (and a note) when tmux is not installed.
    fn start(name: &str, size: (u16, u16), cwd: &str, command: &str) -> Option<Session> {
        if Command::new("tmux").arg("-V").output().is_err() {
            eprintln!("tmux is not installed: skipping the real-terminal test (.ci/run installs it)");
            return None;
        }
        let folder = tempfile::tempdir().unwrap();
        let session = Session {
            name: format!("newsdiff-{name}"),
            socket: folder.path().join("tmux").display().to_string(),
            _folder: folder,
        };
        let (w, h) = (size.0.to_string(), size.1.to_string());
        let started = Command::new("tmux")
            .args([
                "-S",
                &session.socket,
                "-f",
                "/dev/null",
                "new-session",
                "-d",
                "-s",
                &session.name,
            ])
            .args(["-x", &w, "-y", &h, "-c", cwd])
            .args(["env", "-u", "NO_COLOR", "TERM=xterm-256color", "sh", "-c", command])
            .output()
            .unwrap();
        assert!(
            started.status.success(),
            "tmux: {}",
            String::from_utf8_lossy(&started.stderr)
        );
        Some(session)
    }

    /// Run the tmux command `command` on this session (`-t` it), returning what it printed.
    fn tmux(&self, command: &str, args: &[&str]) -> String {
        let out = Command::new("tmux")
            .args(["-S", &self.socket, command, "-t", &self.name])
            .args(args)
            .output()
            .expect("tmux runs");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Type `keys` (tmux key names).
    fn send(&self, keys: &[&str]) {
        self.tmux("send-keys", keys);
    }

    /// Resize the window to `w`×`h`.
    fn resize(&self, w: u16, h: u16) {
        self.tmux("resize-window", &["-x", &w.to_string(), "-y", &h.to_string()]);
    }

    /// The screen's text, with its style escapes when `escapes`.
    fn capture(&self, escapes: bool) -> String {
        self.tmux("capture-pane", if escapes { &["-p", "-e"] } else { &["-p"] })
    }

    /// The screen, once it contains `needle` (at most a minute).
    fn wait_for(&self, needle: &str) -> String {
        self.wait_until(|screen| screen.contains(needle))
    }

    /// The screen, once `ready` says it is what the test waits for (at most a minute).
    fn wait_until(&self, ready: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.capture(false);
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

    /// Whether the alternate screen, mouse reporting and the cursor are on, as tmux prints the
    /// three flags ("0 0 1" once the reader has restored the terminal).
    fn terminal_state(&self) -> String {
        let state = self.tmux(
            "display-message",
            &["-p", "#{alternate_on} #{mouse_any_flag} #{cursor_flag}"],
        );
        state.trim().to_string()
    }

    /// The alternate screen is left, mouse reporting off and the cursor shown.
    fn assert_restored(&self) {
        assert_eq!(
            self.terminal_state(),
            "0 0 1",
            "terminal not restored (alternate screen, mouse, cursor)"
        );
    }

    /// Quit with `q`: the reader exits with status 0 and leaves the terminal as it found it.
    fn quit_restored(&self) {
        self.send(&["q"]);
        let after = self.wait_for("NEWSDIFF_EXIT=");
        assert!(after.contains("NEWSDIFF_EXIT=0"), "{after}");
        self.assert_restored();
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

#[test]
fn reader_in_a_real_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let command = reader_then_status("");
    let Some(session) = Session::start("e2e", (200, 50), dir.path().to_str().unwrap(), &command) else {
        return;
    };
    let screen = session.wait_for("Findings");

    // Two outlets' text side by side: both headlines on one row.
    assert!(
        screen
            .lines()
            .any(|l| l.contains("Biden Says Talks Went Well") && l.contains("Biden promises to tell Putin")),
        "panes are not side by side:\n{screen}"
    );
    // Select the first finding (a differing claim: the ambassadors' return): every pane scrolls to
    // its statement, which is drawn highlighted, i.e. with a style escape right before it.
    session.send(&["n"]);
    session.wait_for("finding 1 of");
    let coloured = session.capture(true);
    let line = coloured
        .lines()
        .find(|l| l.contains("after the summit"))
        .expect("statement on screen");
    let before = line.split("after the summit").next().unwrap_or("");
    assert!(
        before.ends_with('m') && before.contains("\u{1b}["),
        "statement not highlighted: {line:?}"
    );

    session.send(&["e"]);
    session.wait_for("exported to");
    let exported = dir.path().join("newsdiff-geneva-2021.md");
    let text = std::fs::read_to_string(&exported).expect("export file written");
    assert!(text.contains("three-hour meeting"));

    session.send(&["q"]);
    let after = session.wait_for("NEWSDIFF_EXIT=");
    assert!(after.contains("NEWSDIFF_EXIT=0"), "{after}");
    session.assert_restored();
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
        session.wait_for("Findings");
        let pid = std::fs::read_to_string(&pid_file).unwrap();
        let killed = Command::new("kill")
            .args([&format!("-{signal}"), pid.trim()])
            .status()
            .unwrap();
        assert!(killed.success());
        let after = session.wait_for("NEWSDIFF_EXIT=");
        assert!(
            after.contains(&format!("NEWSDIFF_EXIT={status}")),
            "SIG{signal}:\n{after}"
        );
        assert_eq!(
            session.terminal_state(),
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
    session.wait_for("sync");
    for round in 0..40u32 {
        session.resize(30, 30);
        session.send(&[if round.is_multiple_of(2) { "G" } else { "j" }]);
        session.resize(30, 9);
    }
    sleep(Duration::from_millis(500));
    let screen = session.capture(false);
    assert!(
        !screen.contains("NEWSDIFF_EXIT"),
        "the reader died in the storm:\n{screen}"
    );
    session.resize(80, 24);
    session.wait_for("sync");
    session.send(&["q"]);
    let after = session.wait_for("NEWSDIFF_EXIT=");
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
    let screen = session.wait_for("newsdiff: opening");
    assert!(screen.contains("files read"), "{screen}");
    // The help opens over the progress screen, and q quits while the analysis still runs.
    session.send(&["?"]);
    session.wait_for("Keys");
    session.send(&["Escape"]);
    // Esc and q sent together read as Alt-q: wait for the help to close before quitting.
    let during = session.wait_until(|screen| !screen.contains("┌ Keys"));
    assert!(
        during.contains("newsdiff: opening") || during.contains("analysing this story"),
        "the analysis was already done:\n{during}"
    );
    session.quit_restored();
}

#[test]
fn each_story_is_analysed_when_shown() {
    // A folder of a few stories: every one is listed, and each comes in as it is shown.
    let Some((_dir, session)) = reader_on_folder("stories", (120, 30), 60, 3) else {
        return;
    };
    let analysed = |screen: &str| screen.contains("Findings (") && !screen.contains("nalysing this story");
    let first = session.wait_until(analysed);
    let shown = |screen: &str| screen.lines().find(|l| l.contains('▸')).map(str::to_string);
    // Far from the first story: not prepared ahead, analysed once shown.
    session.send(&["}", "}", "}"]);
    session.wait_until(|s| shown(s) != shown(&first) && analysed(s));
    session.quit_restored();
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
    let after = session.wait_for("NEWSDIFF_EXIT=");
    assert!(after.contains("blank.txt: skipped: empty file"), "{after}");
    assert!(after.contains("newsdiff: error: no articles found"), "{after}");
    assert!(after.contains("NEWSDIFF_EXIT=2"), "{after}");
    session.assert_restored();
    // A missing path is told before the terminal is taken.
    let command = reader_then_status(&format!("'{}'", dir.path().join("missing").display()));
    let Some(session) = Session::start("missing", (100, 30), ".", &command) else {
        return;
    };
    let after = session.wait_for("NEWSDIFF_EXIT=");
    assert!(after.contains("missing: no such file or directory"), "{after}");
    assert!(after.contains("NEWSDIFF_EXIT=2"), "{after}");
}
