//! Everything the reader can be asked to do: keys and mouse events become these.

/// A user intention, independent of the key or click that expressed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Scroll the focused pane by this many lines (negative: up).
    Scroll(isize),
    /// Scroll the focused pane down half a page.
    HalfPageDown,
    /// Scroll the focused pane up half a page.
    HalfPageUp,
    /// Jump to the top of the focused pane.
    Top,
    /// Jump to the bottom of the focused pane.
    Bottom,
    /// Move focus to the next pane.
    FocusNext,
    /// Move focus to the previous pane.
    FocusPrev,
    /// Focus pane number n (0-based).
    FocusPane(usize),
    /// Show the next article of the story in the focused pane.
    NextArticle,
    /// Show the previous article of the story in the focused pane.
    PrevArticle,
    /// Select the next finding (or search match) and scroll every pane to it.
    Next,
    /// Select the previous finding (or search match) and scroll every pane to it.
    Prev,
    /// Jump every pane to the selected finding.
    Jump,
    /// Move the finding selection down without jumping.
    SelectDown,
    /// Move the finding selection up without jumping.
    SelectUp,
    /// Show the next story.
    NextStory,
    /// Show the previous story.
    PrevStory,
    /// Turn synchronized scrolling on or off.
    ToggleSync,
    /// Start typing a search.
    StartSearch,
    /// Add a character to the search being typed.
    SearchChar(char),
    /// Delete the last character of the search being typed.
    SearchBackspace,
    /// Run the search being typed.
    SearchSubmit,
    /// Leave search: stop typing and clear the matches.
    SearchCancel,
    /// Start typing a path or URL to add.
    StartAdd,
    /// Add a character to the path or URL being typed.
    AddChar(char),
    /// Delete the last character of the path or URL being typed.
    AddBackspace,
    /// Load the typed path or URL in the background.
    AddSubmit,
    /// Stop typing without adding anything.
    AddCancel,
    /// Export the story's highlighted passages to a Markdown file.
    Export,
    /// Copy the selected finding's passages to the clipboard (OSC 52).
    Copy,
    /// Open the focused article's URL in a browser.
    OpenUrl,
    /// Open the selected finding's table: every outlet's statement, one per row.
    OpenTable,
    /// Order the table's rows by the next key (value, outlet, time).
    CycleSort,
    /// Open the article picker for the focused pane.
    OpenPicker,
    /// Open the story picker: every story, filtered by what is typed.
    OpenStoryPicker,
    /// Add a character to the picker's filter.
    PickerChar(char),
    /// Delete the last character of the picker's filter.
    PickerBackspace,
    /// Show or hide the list of keys.
    ToggleHelp,
    /// Close the help or the search, or quit the reader.
    Back,
    /// Quit the reader.
    Quit,
    /// The terminal now has this many columns and rows.
    Resize(u16, u16),
    /// The mouse wheel turned over a cell (true: down).
    Wheel { column: u16, row: u16, down: bool },
    /// The mouse clicked a cell.
    Click { column: u16, row: u16 },
    /// Show a message in the status line.
    Status(String),
}
