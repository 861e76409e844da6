//! Signals that end the reader (SIGINT sent by `kill`, SIGTERM, SIGHUP, SIGQUIT): the event loop is
//! asked to quit so the terminal is restored the ordinary way (the Drop guards), and should it not
//! answer in time the signal thread restores the terminal itself and exits.

use std::io;
use std::sync::Arc;
use std::sync::atomic::{AtomicI32, Ordering};
use std::time::Duration;

use ratatui::crossterm::cursor::Show;
use ratatui::crossterm::event::DisableMouseCapture;
use ratatui::crossterm::execute;

/// How long the event loop has to quit by itself (it wakes at least every half second).
const GRACE: Duration = Duration::from_secs(2);

/// Put the terminal back as the shell had it: mouse reporting off, raw mode off, main screen,
/// cursor shown. Harmless when already done.
pub fn restore_terminal() {
    let _ = execute!(io::stdout(), DisableMouseCapture);
    ratatui::restore();
    let _ = execute!(io::stdout(), Show);
}

/// The signal that asked the reader to stop, once one has arrived.
pub struct Stop {
    caught: Arc<AtomicI32>,
}

impl Stop {
    /// Start listening for the stopping signals (none are listened for off Unix).
    pub fn install() -> Stop {
        let caught = Arc::new(AtomicI32::new(0));
        listen(Arc::clone(&caught));
        Stop { caught }
    }

    /// The signal number received, if any.
    pub fn caught(&self) -> Option<i32> {
        Some(self.caught.load(Ordering::SeqCst)).filter(|&s| s != 0)
    }
}

#[cfg(unix)]
fn listen(caught: Arc<AtomicI32>) {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP, SIGQUIT]) else {
        return;
    };
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            caught.store(signal, Ordering::SeqCst);
            // The event loop exits the process once the terminal is restored; this only runs if it
            // is stuck.
            std::thread::sleep(GRACE);
            restore_terminal();
            std::process::exit(128 + signal);
        }
    });
}

#[cfg(not(unix))]
fn listen(_caught: Arc<AtomicI32>) {}
