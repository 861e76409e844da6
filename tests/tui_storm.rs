//! The reader never panics: thousands of random key, mouse and resize sequences on a TestBackend
//! (sizes 1×1 to 300×100, the terminal sometimes resized without a Resize event, as when events go
//! stale), and every tiny size drawn with the app laid out for another.

#[path = "support/keys.rs"]
mod keys;

use newsdiff::Analysis;
use newsdiff::synth::Rng;
use newsdiff::tui::app::App;
use newsdiff::tui::{Action, update};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// Keys as `keys::press` spells them: every normal-mode binding plus typing.
const KEYS: &[&str] = &[
    "j", "k", "<Down>", "<Up>", "<C-d>", "g", "G", "<Tab>", "h", "l", "1", "2", "3", "4", "[", "]", "n", "N",
    "<Enter>", "J", "K", "{", "}", "s", "/", "e", "y", "o", "a", "v", "p", "?", "<Esc>", "<BS>", "x", "t", "é", "0",
];

/// A number in `lo..=hi`.
fn range(rng: &mut Rng, lo: u16, hi: u16) -> u16 {
    lo + rng.below(usize::from(hi - lo) + 1) as u16
}

/// A size, mostly small (where layouts break, and drawing is cheap), up to 300×100.
fn random_size(rng: &mut Rng) -> (u16, u16) {
    if rng.below(6) != 0 {
        (range(rng, 1, 40), range(rng, 1, 12))
    } else {
        (range(rng, 1, 300), range(rng, 1, 100))
    }
}

fn demo() -> Analysis {
    let loaded = newsdiff::load::load_demo();
    newsdiff::analyze(loaded.documents, &loaded.story_titles)
}

fn draw(terminal: &mut Terminal<TestBackend>, app: &App, size: (u16, u16)) {
    terminal.backend_mut().resize(size.0, size.1);
    terminal.draw(|f| f.render_widget(app, f.area())).unwrap();
}

#[test]
fn random_key_and_resize_sequences_never_panic() {
    let analysis = demo();
    let mut rng = Rng(0x5eed);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let mut size = random_size(&mut rng);
    let mut app = App::new(analysis.clone(), size, true);
    for sequence in 0..2_000u32 {
        // A fresh reader now and then (building one costs as much as a hundred keys in a debug
        // build); otherwise each sequence goes on from where the last one left the reader.
        if sequence.is_multiple_of(50) {
            app = App::new(analysis.clone(), size, sequence.is_multiple_of(100));
        }
        for step in 0..8 {
            // Drawing is what broke; a debug-build draw of 300×100 is slow, so draw after every
            // change of size and at the end rather than after every key.
            let mut resized = true;
            match rng.below(10) {
                // The terminal changes size and the reader hears of it.
                0 | 1 => {
                    size = random_size(&mut rng);
                    update(&mut app, Action::Resize(size.0, size.1));
                }
                // The terminal changes size; the Resize event is still queued behind keys.
                2 => size = random_size(&mut rng),
                3 => {
                    let (column, row) = (range(&mut rng, 0, size.0), range(&mut rng, 0, size.1));
                    let action = if rng.below(2) == 0 {
                        Action::Click { column, row }
                    } else {
                        Action::Wheel {
                            column,
                            row,
                            down: rng.below(2) == 0,
                        }
                    };
                    update(&mut app, action);
                    resized = false;
                }
                _ => {
                    keys::press(&mut app, KEYS[rng.below(KEYS.len())]);
                    resized = false;
                }
            }
            if resized || step == 7 {
                draw(&mut terminal, &app, size);
            }
        }
    }
}

#[test]
fn every_tiny_size_draws_whatever_size_the_app_last_heard_of() {
    let analysis = demo();
    let mut terminal = Terminal::new(TestBackend::new(1, 1)).unwrap();
    for heard in [(1, 1), (30, 9), (30, 30), (120, 40), (300, 100)] {
        let mut app = App::new(analysis.clone(), heard, true);
        keys::press(&mut app, "nG");
        for w in 1..=40 {
            for h in 1..=14 {
                draw(&mut terminal, &app, (w, h));
            }
        }
        // The help, the table and the picker overlays too.
        for overlay in ["?", "<Esc>v", "<Esc>p"] {
            keys::press(&mut app, overlay);
            for (w, h) in [(1, 1), (2, 2), (5, 3), (24, 8), (30, 9), (10, 40)] {
                draw(&mut terminal, &app, (w, h));
            }
        }
    }
}

#[test]
fn a_shrunken_terminal_shows_the_reader_not_a_panic() {
    // Laid out for 30×30, drawn into 30×9: the layout follows the real area.
    let mut app = App::new(demo(), (30, 30), false);
    keys::press(&mut app, "G");
    assert!(keys::screen(&app).contains("sync on"));
    let mut terminal = Terminal::new(TestBackend::new(30, 9)).unwrap();
    draw(&mut terminal, &app, (30, 9));
    let screen = terminal.backend().to_string();
    assert!(screen.contains("sync on"), "{screen}");
}
