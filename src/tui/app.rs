//! The reader's state: which story, which article in which pane, scroll offsets, the selected
//! finding, search and mode. Everything drawing needs is here, derived once when it changes.

use std::collections::HashMap;

use ratatui::layout::Rect;

use crate::analysis::{Analysis, Story};
use crate::findings::{Finding, FindingKind, story_findings};
use crate::span::Span;

use super::detail::Detail;
use super::keymap::Keymap;
use super::layout::{self, Areas, MAX_PANES};
use super::picker::PickerState;
use super::table::TableState;
use super::view::ArticleView;

/// What the keyboard is talking to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Reading.
    Normal,
    /// Typing a search.
    Search,
    /// Looking at the help overlay.
    Help,
    /// Typing a path or URL to add.
    Add,
    /// Looking at the selected finding's table (`v`).
    Table,
    /// Choosing the focused pane's article (`p`).
    Picker,
    /// Choosing a story (`P`).
    StoryPicker,
}

/// One article pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pane {
    /// Position of the shown article within the story.
    pub article: usize,
    /// Index of the top visual line.
    pub scroll: usize,
}

/// A highlighted span of an article and the finding it belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Highlight {
    /// Bytes in the article's cleaned text.
    pub span: Span,
    /// Kind of the finding.
    pub kind: FindingKind,
    /// Index of the finding in [`App::findings`].
    pub finding: usize,
}

/// The search state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    /// The query (being typed in search mode).
    pub query: String,
    /// Matches in the story: (corpus article index, span), in the story's article order then text order.
    pub matches: Vec<(usize, Span)>,
    /// The match last jumped to.
    pub current: Option<usize>,
}

/// The reader's first moments: the inputs are read and analysed in the background, and the
/// stories come in one by one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Opening {
    /// Local files read so far.
    pub files: usize,
    /// Articles found in the inputs so far.
    pub read: usize,
    /// Articles to analyse, once every input is read.
    pub total: Option<usize>,
    /// Articles cleaned so far (the first step of the analysis).
    pub cleaned: usize,
    /// Whether the articles are grouped into stories yet (the second step).
    pub grouped: bool,
    /// Time since launch, in tenths of a second (set by the event loop, so drawing stays pure).
    pub elapsed_tenths: u64,
    /// The latest word from the loader (fetches), if any.
    pub note: String,
}

/// The whole reader state.
pub struct App {
    /// The analysis being read.
    pub analysis: Analysis,
    /// Key bindings.
    pub keymap: Keymap,
    /// Whether to use colour (off with NO_COLOR): modifiers carry every highlight either way.
    pub color: bool,
    /// Index of the story shown.
    pub story: usize,
    /// The story's findings, in reading order.
    pub findings: Vec<Finding>,
    /// Highlights per corpus article index, sorted by start.
    pub highlights: HashMap<usize, Vec<Highlight>>,
    /// Selected finding.
    pub selected: Option<usize>,
    /// Pane slots (only the first `visible_panes()` are shown).
    pub panes: Vec<Pane>,
    /// Focused pane.
    pub focus: usize,
    /// Whether scrolling one pane moves the others.
    pub sync: bool,
    /// Keyboard mode.
    pub mode: Mode,
    /// Search state.
    pub search: Search,
    /// Message for the status line.
    pub status: String,
    /// The path or URL being typed in add mode.
    pub adding: String,
    /// Whether an added input is loading in the background.
    pub loading: bool,
    /// Terminal size (columns, rows).
    pub size: (u16, u16),
    /// Wrapped articles of the story for the current pane width, by corpus article index.
    pub views: HashMap<usize, ArticleView>,
    /// The finding table, while [`Mode::Table`].
    pub table: TableState,
    /// The article picker, while [`Mode::Picker`]; its filter stays on the sidebar's articles.
    pub picker: PickerState,
    /// The story picker, while [`Mode::StoryPicker`].
    pub story_picker: PickerState,
    /// Set while the analysis is still running at launch: the progress screen shows instead.
    pub opening: Option<Opening>,
    /// Which stories' analysis is here, when they come one at a time.
    pub detail: Detail,
    /// Set when the reader should exit.
    pub quit: bool,
}

impl App {
    /// A reader on `analysis` for a terminal of `size`.
    pub fn new(analysis: Analysis, size: (u16, u16), color: bool) -> App {
        let mut app = App {
            analysis,
            keymap: Keymap::default(),
            color,
            story: 0,
            findings: Vec::new(),
            highlights: HashMap::new(),
            selected: None,
            panes: Vec::new(),
            focus: 0,
            sync: true,
            mode: Mode::Normal,
            search: Search::default(),
            status: String::new(),
            adding: String::new(),
            loading: false,
            size,
            views: HashMap::new(),
            table: TableState::default(),
            picker: PickerState::default(),
            story_picker: PickerState::default(),
            opening: None,
            detail: Detail::default(),
            quit: false,
        };
        app.select_story(0);
        app
    }

    /// Whether the progress screen shows: the reader is opening and no story is finished yet.
    pub fn waiting(&self) -> bool {
        self.opening.is_some() && self.analysis.stories.is_empty()
    }

    /// The story shown, if the corpus has any.
    pub fn current_story(&self) -> Option<&Story> {
        self.analysis.stories.get(self.story)
    }

    /// Corpus indices of the story's articles.
    pub fn story_articles(&self) -> &[usize] {
        self.current_story().map_or(&[], |s| s.articles.as_slice())
    }

    /// Screen areas for the current size.
    pub fn areas(&self) -> Option<Areas> {
        layout::compute(Rect::new(0, 0, self.size.0, self.size.1), self.story_articles().len())
    }

    /// How many panes are on screen.
    pub fn visible_panes(&self) -> usize {
        // The same count `layout::compute` lays out, without building the whole layout.
        let (w, h) = self.size;
        let fits = w >= layout::MIN_SIZE.0 && h >= layout::MIN_SIZE.1;
        let count = if fits {
            layout::pane_count(w, self.story_articles().len())
        } else {
            1
        };
        count.min(self.panes.len()).max(1)
    }

    /// Text columns and rows of a pane.
    pub fn pane_text_size(&self) -> (usize, usize) {
        self.areas()
            .and_then(|a| a.panes.first().copied())
            .map(layout::pane_text)
            .map_or((40, 10), |r| {
                (usize::from(r.width.max(1)), usize::from(r.height.max(1)))
            })
    }

    /// Corpus index of the article in pane `pane`.
    pub fn pane_article(&self, pane: usize) -> Option<usize> {
        let p = self.panes.get(pane)?;
        self.story_articles().get(p.article).copied()
    }

    /// The view of the article in pane `pane`.
    pub fn pane_view(&self, pane: usize) -> Option<&ArticleView> {
        self.views.get(&self.pane_article(pane)?)
    }

    /// Switch to story `index`: findings, highlights, panes and views are rebuilt.
    pub fn select_story(&mut self, index: usize) {
        self.story = index.min(self.analysis.stories.len().saturating_sub(1));
        let n = self.story_articles().len().max(1);
        self.panes = (0..MAX_PANES)
            .map(|i| Pane {
                article: i % n,
                scroll: 0,
            })
            .collect();
        self.focus = 0;
        self.refresh_story();
        self.want_story();
    }

    /// Rebuild the story's findings, highlights and views (its analysis came, or it changed),
    /// keeping the panes where they are.
    pub fn refresh_story(&mut self) {
        self.findings = match self.analysis.stories.get(self.story) {
            Some(story) => story_findings(&self.analysis, story),
            None => Vec::new(),
        };
        self.highlights = highlights(&self.findings);
        self.selected = None;
        self.search = Search::default();
        self.rewrap();
    }

    /// Take a new terminal size. The articles are re-wrapped only when the pane text width
    /// changes: a change of height (or between sizes too small to draw) keeps the wrapping, which
    /// matters while a terminal is being dragged or resized in a storm.
    pub fn resize(&mut self, width: u16, height: u16) {
        let wrapped = self.pane_text_size().0;
        self.size = (width, height);
        if self.pane_text_size().0 == wrapped {
            self.fit_scrolls();
        } else {
            self.rewrap();
        }
    }

    /// Re-wrap the story's articles for the current pane width.
    pub fn rewrap(&mut self) {
        let (width, _) = self.pane_text_size();
        self.views = self
            .story_articles()
            .iter()
            .map(|&a| (a, ArticleView::new(&self.analysis.articles[a], width)))
            .collect();
        self.fit_scrolls();
    }

    /// Keep every pane's scroll and the focus within what the current size shows.
    fn fit_scrolls(&mut self) {
        let height = self.pane_text_size().1;
        for i in 0..self.panes.len() {
            let max = self.pane_view(i).map_or(0, |v| v.max_scroll(height));
            self.panes[i].scroll = self.panes[i].scroll.min(max);
        }
        self.focus = self.focus.min(self.visible_panes() - 1);
    }
}

/// Highlights of every finding, grouped by article and sorted by position.
fn highlights(findings: &[Finding]) -> HashMap<usize, Vec<Highlight>> {
    let mut out: HashMap<usize, Vec<Highlight>> = HashMap::new();
    for (i, f) in findings.iter().enumerate() {
        for p in &f.passages {
            out.entry(p.article).or_default().push(Highlight {
                span: p.span,
                kind: f.kind,
                finding: i,
            });
        }
    }
    for list in out.values_mut() {
        list.sort_by_key(|h| (h.span.start, h.kind));
    }
    out
}
