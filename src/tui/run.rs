//! The terminal event loop: set up and always restore the terminal, turn events into actions,
//! and carry out the effects `update` asks for.

use std::io::{self, Write};
use std::path::Path;
use std::sync::mpsc::{Receiver, TryRecvError};
use std::time::{Duration, Instant};

use base64::Engine;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::crossterm::execute;

use super::action::Action;
use super::app::{App, Mode, Opening};
use super::background::{self, Corpus, Update};
use super::keymap::Keymap;
use super::opening::{self, OpeningJob};
use super::signals::{Stop, restore_terminal};
use super::update::news::{self, Receipt};
use super::update::{Effect, update};
use crate::analysis::Analysis;
use crate::export::{ExportFormat, export_to_dir};
use crate::load::{Input, LoadError, LoadOptions, Warning};

/// Restores the terminal when dropped: on quit, on a stopping signal, on error and while unwinding
/// from a panic.
struct Restore;

impl Drop for Restore {
    fn drop(&mut self) {
        restore_terminal();
    }
}

/// How often the screen is refreshed while an added input loads, and when idle.
const TICK_LOADING: Duration = Duration::from_millis(100);
const TICK_IDLE: Duration = Duration::from_millis(500);

/// Run the reader on `analysis` until the user quits. `corpus` is what it was made from, so `a`
/// can add inputs to it (without it, adding is off).
pub fn run(analysis: Analysis, corpus: Option<Corpus>) -> io::Result<()> {
    exit_if_signalled(event_loop(analysis, corpus, None)).map(|_| ())
}

/// How opening the reader went, told once the terminal is restored.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Inputs skipped or degraded while reading.
    pub warnings: Vec<Warning>,
    /// Why nothing could be read, if so: the reader closed at once.
    pub failure: Option<LoadError>,
}

/// Open the reader at once on `inputs` (the demo when there are none): a progress screen while
/// they are read and analysed in the background, stories shown as they are finished. `q`, `?`
/// and resizing work throughout.
pub fn run_opening(inputs: Vec<Input>, options: LoadOptions) -> io::Result<Outcome> {
    let job = opening::open(inputs, options);
    let empty = Analysis {
        articles: Vec::new(),
        stories: Vec::new(),
    };
    exit_if_signalled(event_loop(empty, None, Some(job)))
}

/// The terminal is restored by now: a reader stopped by a signal exits as killed by it would
/// (status 128 + the signal's number), since its caller asked for nothing more.
fn exit_if_signalled(outcome: io::Result<(Option<i32>, Outcome)>) -> io::Result<Outcome> {
    match outcome? {
        (Some(signal), _) => std::process::exit(128 + signal),
        (None, outcome) => Ok(outcome),
    }
}

/// Run the reader until it quits; the signal that stopped it, if one did.
fn event_loop(
    analysis: Analysis,
    mut corpus: Option<Corpus>,
    opening: Option<OpeningJob>,
) -> io::Result<(Option<i32>, Outcome)> {
    let color = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    // Mouse reporting is ours to turn off; ratatui's own hook (installed by `init`, around this
    // one) leaves raw mode and the alternate screen.
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableMouseCapture);
        previous(info);
    }));
    let mut terminal = ratatui::try_init()?;
    let _restore = Restore;
    let stop = Stop::install();
    execute!(io::stdout(), EnableMouseCapture)?;
    let size = terminal.size()?;
    let mut app = App::new(analysis, (size.width, size.height), color);
    if opening.is_some() {
        app.opening = Some(Opening::default());
    }
    let ended = serve(&mut terminal, &stop, &mut app, &mut corpus, opening);
    // The terminal comes back first; the reader's state is freed on a thread of its own, which
    // the process may end before it is done: freeing a big corpus one allocation at a time takes
    // seconds the user would spend looking at a frozen screen.
    drop(_restore);
    std::thread::spawn(move || drop((app, corpus)));
    ended
}

/// Draw, take the workers' news and the user's input until the reader quits; the signal that
/// stopped it, if one did, and how the opening went.
fn serve(
    terminal: &mut ratatui::DefaultTerminal,
    stop: &Stop,
    app: &mut App,
    corpus: &mut Option<Corpus>,
    mut opening: Option<OpeningJob>,
) -> io::Result<(Option<i32>, Outcome)> {
    let started = Instant::now();
    let mut outcome = Outcome::default();
    let mut job: Option<Receiver<Update>> = None;
    while !app.quit {
        if let Some(signal) = stop.caught() {
            return Ok((Some(signal), outcome));
        }
        if let Some(open) = opening.as_ref().filter(|_| app.opening.is_some()) {
            let (files, read) = open.read.get();
            let (cleaned, grouped) = open.read.stages();
            let elapsed_tenths = (started.elapsed().as_millis() / 100) as u64;
            news::progress(
                app,
                news::Progress {
                    elapsed_tenths,
                    files,
                    read,
                    cleaned,
                    grouped,
                },
            );
        }
        // Lay out for the terminal's real size, not the last Resize event handled: resize events
        // queue up and go stale while the terminal keeps shrinking.
        let size = terminal.size()?;
        if (size.width, size.height) != app.size {
            update(app, Action::Resize(size.width, size.height));
        }
        terminal.draw(|frame| frame.render_widget(&*app, frame.area()))?;
        if let Some(open) = &opening {
            match receive_opening(app, &open.updates, corpus, &mut outcome) {
                Opened::Running => {}
                Opened::Done => {
                    opening = None;
                    continue;
                }
                Opened::Failed => return Ok((None, outcome)),
            }
            // The stories the reader now shows, or will next, and has not got.
            for story in app.detail.take_wanted() {
                let _ = open.requests.send(story);
            }
        }
        if let Some(rx) = &job
            && let Some(grown) = receive(app, rx, corpus)
        {
            job = None;
            if let Some(stories) = grown {
                // The grown corpus's worker lists and analyses the stories from now on; the old
                // one ends as its job is dropped.
                opening = Some(stories);
            }
            continue;
        }
        let busy = job.is_some() || app.loading || app.opening.is_some() || !app.story_ready();
        if !event::poll(if busy { TICK_LOADING } else { TICK_IDLE })? {
            continue;
        }
        let Some(action) = to_action(app, event::read()?) else {
            continue;
        };
        if let Some(effect) = update(app, action) {
            let message = match (effect, &*corpus) {
                (Effect::Add(arg), Some(c)) => {
                    let message = format!("loading {}…", crate::sanitize::one_line(&arg));
                    job = Some(background::start(c.clone(), arg));
                    message
                }
                (Effect::Add(_), None) => {
                    app.loading = false;
                    "adding inputs is not available here".into()
                }
                (effect, _) => perform(app, effect, Path::new(".")),
            };
            update(app, Action::Status(message));
        }
    }
    Ok((None, outcome))
}

/// Where the opening analysis stands after taking its news.
enum Opened {
    /// Reading, grouping, or analysing the stories asked for.
    Running,
    /// The worker is gone (it died, which the status line says).
    Done,
    /// Nothing could be read: `Outcome::failure` says why.
    Failed,
}

/// Take the opening worker's news: the corpus read, the stories listed, each story analysed.
fn receive_opening(app: &mut App, rx: &Receiver<Update>, corpus: &mut Option<Corpus>, outcome: &mut Outcome) -> Opened {
    loop {
        let receipt = match rx.try_recv() {
            Ok(update) => news::opening(app, update),
            Err(TryRecvError::Empty) => return Opened::Running,
            Err(TryRecvError::Disconnected) => {
                news::opening_lost(app);
                return Opened::Done;
            }
        };
        match receipt {
            Receipt::Read(read, warnings) => {
                outcome.warnings = warnings;
                *corpus = Some(*read);
            }
            Receipt::Failed(e) => {
                outcome.failure = Some(e);
                return Opened::Failed;
            }
            Receipt::Opened | Receipt::Applied | Receipt::Added(_) => {}
        }
    }
}

/// Take the adding worker's news: `None` while it loads; once it is done (or died), the job
/// serving the grown corpus's stories, if inputs were added.
fn receive(app: &mut App, rx: &Receiver<Update>, corpus: &mut Option<Corpus>) -> Option<Option<OpeningJob>> {
    loop {
        match rx.try_recv().map(|update| news::adding(app, update)) {
            Ok(Receipt::Added(grown)) => {
                return Some(grown.map(|(grown, stories)| {
                    *corpus = Some(grown);
                    stories
                }));
            }
            Ok(_) => {}
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => {
                news::adding_lost(app);
                return Some(None);
            }
        }
    }
}

/// The action an input event stands for in the app's current mode.
pub fn to_action(app: &App, event: Event) -> Option<Action> {
    let action = event_action(app, event);
    // Until the first story is analysed there is nothing to read: only quitting, the help and
    // resizing act.
    match action {
        Some(Action::Quit | Action::Back | Action::ToggleHelp | Action::Resize(..)) => action,
        _ if app.waiting() => None,
        _ => action,
    }
}

fn event_action(app: &App, event: Event) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => match app.mode {
            Mode::Search => Keymap::search_action(key),
            Mode::Add => Keymap::add_action(key),
            Mode::Normal => app.keymap.action(key),
            Mode::Table => app.keymap.table_action(key),
            Mode::Picker | Mode::StoryPicker => Keymap::picker_action(key),
            // The help hides the screen: only keys that close it (or quit) act.
            Mode::Help => app
                .keymap
                .action(key)
                .filter(|a| matches!(a, Action::ToggleHelp | Action::Back | Action::Quit)),
        },
        Event::Mouse(_) if matches!(app.mode, Mode::Help | Mode::Table | Mode::Picker | Mode::StoryPicker) => None,
        Event::Mouse(MouseEvent { kind, column, row, .. }) => match kind {
            MouseEventKind::ScrollDown => Some(Action::Wheel {
                column,
                row,
                down: true,
            }),
            MouseEventKind::ScrollUp => Some(Action::Wheel {
                column,
                row,
                down: false,
            }),
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click { column, row }),
            _ => None,
        },
        Event::Resize(w, h) => Some(Action::Resize(w, h)),
        _ => None,
    }
}

/// Carry out an effect (exports go to `dir`); the returned message goes to the status line.
pub fn perform(app: &App, effect: Effect, dir: &Path) -> String {
    match effect {
        Effect::Export => match export_to_dir(&app.analysis, app.story, ExportFormat::Markdown, dir) {
            Ok(path) => format!("exported to {}", path.display()),
            Err(e) => format!("export failed: {e}"),
        },
        Effect::Copy(text) => match osc52(&mut io::stdout(), &text) {
            Ok(()) => "copied the finding's passages to the clipboard".into(),
            Err(e) => format!("copy failed: {e}"),
        },
        // The event loop starts the loading itself; nothing to do here.
        Effect::Add(arg) => format!("loading {}…", crate::sanitize::one_line(&arg)),
        Effect::Open(url) => {
            let opener = if cfg!(target_os = "macos") { "open" } else { "xdg-open" };
            match std::process::Command::new(opener)
                .arg(&url)
                .stdin(std::process::Stdio::null())
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
            {
                Ok(_) => format!("opening {url}"),
                Err(e) => format!("cannot open {url}: {e}"),
            }
        }
    }
}

/// Ask the terminal to put `text` on the clipboard (OSC 52), which also works over ssh.
pub fn osc52(out: &mut impl Write, text: &str) -> io::Result<()> {
    let encoded = base64::engine::general_purpose::STANDARD.encode(text);
    write!(out, "\x1b]52;c;{encoded}\x07")?;
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn osc52_sequence() {
        let mut out = Vec::new();
        osc52(&mut out, "hi").unwrap();
        assert_eq!(out, b"\x1b]52;c;aGk=\x07");
    }
}
