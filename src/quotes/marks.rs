//! Finding direct-quote spans by pairing opening and closing quote marks, paragraph by paragraph.
//!
//! Choices (see tests):
//! - Only the outermost quote is reported; marks of other kinds inside an open quote are ignored,
//!   so `“He said ‘no’ twice”` yields one quote containing `He said ‘no’ twice`.
//! - A quote still open at the end of a paragraph continues only when the next paragraph opens
//!   with a mark of the same kind (newspaper style), for at most [`MAX_CONTINUATIONS`] paragraphs.
//!   Otherwise it is dropped and the marks after its opener are scanned again, so one stray mark
//!   cannot swallow the rest of the paragraph or the article.
//! - An opener of the same kind inside an open quote (in opening position) restarts the quote:
//!   the earlier opener was unbalanced.

use crate::span::Span;

/// Longest run of paragraphs one quote may continue across.
pub const MAX_CONTINUATIONS: usize = 8;

/// How far ahead a weak single closer looks for a better closer.
const WEAK_LOOKAHEAD: usize = 64;

/// A quote found by mark pairing, before attribution.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RawQuote {
    pub outer: Span,
    pub span: Span,
    pub paragraph: usize,
    /// Paragraph holding the closing mark (differs from `paragraph` for continued quotes).
    pub close_paragraph: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    /// “…” (also closed by a misused “).
    Curly,
    /// ”…” (Nordic style).
    RightCurly,
    /// „…“ and „…”.
    Low,
    /// "…".
    Straight,
    /// ‘…’, also opened by a misused ’.
    CurlySingle,
    /// ‚…‘ and ‚…’.
    LowSingle,
    /// '…'.
    StraightSingle,
    /// «…».
    Guillemet,
    /// »…«.
    ReversedGuillemet,
    /// ‹…›.
    SingleGuillemet,
}

const FAMILIES: usize = 10;

impl Family {
    fn index(self) -> usize {
        self as usize
    }

    fn is_single(self) -> bool {
        matches!(self, Family::CurlySingle | Family::LowSingle | Family::StraightSingle)
    }
}

/// One quote-mark character with the context needed to judge it.
#[derive(Debug, Clone, Copy)]
struct Mark {
    pos: usize,
    ch: char,
    prev: Option<char>,
    next: Option<char>,
    /// First non-whitespace char after the mark.
    next_visible: Option<char>,
    /// Whether the mark is the first visible char of its paragraph.
    leads_paragraph: bool,
    /// Whether the word after a single mark is a known elision ("’90s", "’em", "’n’").
    elision: bool,
    /// Whether the mark starts a line whose previous line ends a sentence: inside one paragraph,
    /// that is the newspaper continuation of a quote across a line break, not a new quote.
    continues_line: bool,
}

fn is_mark(c: char) -> bool {
    matches!(
        c,
        '“' | '”' | '„' | '"' | '‘' | '’' | '‚' | '\'' | '«' | '»' | '‹' | '›' | '‟'
    )
}

fn is_space(c: Option<char>) -> bool {
    c.is_none_or(char::is_whitespace)
}

/// Chars after which a mark sits in opening position even without a space.
fn is_open_punct(c: char) -> bool {
    matches!(
        c,
        '(' | '[' | '{' | '“' | '"' | '«' | '„' | '‘' | '‚' | '—' | '–' | '-' | '/' | '‹' | '»'
    )
}

fn opening_position(m: &Mark) -> bool {
    m.prev.is_none_or(|c| c.is_whitespace() || is_open_punct(c)) && !is_space(m.next)
}

/// A mark right after a visible char and not glued to a following letter.
fn closing_position(m: &Mark) -> bool {
    !is_space(m.prev) && !m.next.is_some_and(char::is_alphanumeric)
}

/// Elided words that start with an apostrophe and must not open a quote.
fn starts_elision(rest: &str) -> bool {
    let end = rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
    let word = rest.get(..end).unwrap_or("");
    let after = rest.get(end..).and_then(|s| s.chars().next());
    if word.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        // ’90s, ’20, ’05: decades and years.
        return word
            .to_lowercase()
            .trim_end_matches('s')
            .chars()
            .all(|c| c.is_ascii_digit());
    }
    // Every apostrophe inside a word ("don't") comes here: the elisions are short ASCII words,
    // lower-cased in place rather than allocated.
    let mut buffer = [0u8; 5];
    let owned;
    let lower = match buffer.get_mut(..word.len()) {
        Some(short) if word.is_ascii() => {
            short.copy_from_slice(word.as_bytes());
            short.make_ascii_lowercase();
            std::str::from_utf8(short).unwrap_or_default()
        }
        _ if word.is_ascii() => return false,
        _ => {
            owned = word.to_lowercase();
            owned.as_str()
        }
    };
    match lower {
        "n" => after.is_some_and(|c| matches!(c, '’' | '\'')),
        "em" | "til" | "tis" | "twas" | "cause" | "bout" | "nuff" | "round" | "cuz" | "coz" | "tween" | "neath"
        | "kay" | "ello" | "ol" | "s" | "d" | "ve" | "ll" | "re" | "m" => true,
        _ => false,
    }
}

fn scan_marks(text: &str, para: Span) -> Vec<Mark> {
    let Some(body) = text.get(para.start..para.end) else {
        return Vec::new();
    };
    let first_visible = body.char_indices().find(|(_, c)| !c.is_whitespace()).map(|(i, _)| i);
    let mut marks = Vec::new();
    // Marks are rare among a paragraph's bytes: each is '"', '\'', or a char led by 0xC2 (the
    // guillemets) or 0xE2 (the others), and what a mark needs of its neighbours is read there.
    for (i, &b) in body.as_bytes().iter().enumerate() {
        if !matches!(b, b'"' | b'\'' | 0xC2 | 0xE2) {
            continue;
        }
        let Some(c) = body.get(i..).and_then(|r| r.chars().next()).filter(|&c| is_mark(c)) else {
            continue;
        };
        let before = body.get(..i).unwrap_or("");
        let rest = body.get(i + c.len_utf8()..).unwrap_or("");
        // The last visible char before the mark, and whether a line ends after it.
        let visible = before.trim_end_matches(char::is_whitespace);
        let last_visible = visible.chars().next_back();
        let newline_since_visible = before.get(visible.len()..).is_some_and(|gap| gap.contains('\n'));
        let single = matches!(c, '‘' | '’' | '\'' | '‚');
        marks.push(Mark {
            pos: para.start + i,
            ch: c,
            prev: before.chars().next_back(),
            next: rest.chars().next(),
            next_visible: rest.chars().find(|d| !d.is_whitespace()),
            leads_paragraph: first_visible == Some(i),
            elision: single && starts_elision(rest),
            continues_line: newline_since_visible && last_visible.is_some_and(|v| matches!(v, '.' | '!' | '?' | '…')),
        });
    }
    marks
}

/// The family a mark would open, if it may open a quote at all.
fn opens(m: &Mark) -> Option<Family> {
    let fam = match m.ch {
        '“' | '‟' => Family::Curly,
        '”' => Family::RightCurly,
        '„' => Family::Low,
        '"' => Family::Straight,
        '‘' | '’' => Family::CurlySingle,
        '‚' => Family::LowSingle,
        '\'' => Family::StraightSingle,
        '«' => Family::Guillemet,
        '»' => Family::ReversedGuillemet,
        '‹' => Family::SingleGuillemet,
        _ => return None,
    };
    let ok = match fam {
        // French guillemets put a space inside the marks.
        Family::Guillemet | Family::SingleGuillemet => m.next_visible.is_some(),
        Family::Curly | Family::Low => !is_space(m.next),
        Family::CurlySingle | Family::StraightSingle | Family::LowSingle => opening_position(m) && !m.elision,
        Family::RightCurly | Family::Straight | Family::ReversedGuillemet => opening_position(m),
    };
    ok.then_some(fam)
}

/// Whether `m` can close a quote of `fam` (before the weak/strong refinement for singles).
fn closes(fam: Family, m: &Mark) -> bool {
    match fam {
        // Web copy often closes a curly quote with a straight mark ("“very serious," she said).
        Family::Curly => m.ch == '”' || (matches!(m.ch, '“' | '"') && closing_position(m)),
        Family::RightCurly => m.ch == '”',
        Family::Low => m.ch == '”' || (m.ch == '“' && !is_space(m.prev)),
        Family::Straight => m.ch == '"' && !is_space(m.prev),
        Family::CurlySingle => m.ch == '’' && closing_position(m),
        Family::LowSingle => matches!(m.ch, '‘' | '’') && closing_position(m),
        Family::StraightSingle => m.ch == '\'' && closing_position(m),
        Family::Guillemet => m.ch == '»',
        Family::ReversedGuillemet => m.ch == '«',
        Family::SingleGuillemet => m.ch == '›',
    }
}

/// A single closer followed by a space and a word may be a plural possessive or an elision
/// ("the Joneses’ car", "rock ’n’ roll"); it only closes when no clearer closer follows first.
fn weak_single_closer(m: &Mark) -> bool {
    m.prev.is_some_and(char::is_alphanumeric) && is_space(m.next) && m.next_visible.is_some_and(char::is_alphanumeric)
}

fn weak_closer_yields(fam: Family, marks: &[Mark], i: usize) -> bool {
    for m in marks.iter().skip(i + 1).take(WEAK_LOOKAHEAD) {
        if opens(m) == Some(fam) {
            return false;
        }
        if closes(fam, m) && !weak_single_closer(m) {
            return true;
        }
    }
    false
}

#[derive(Debug, Clone, Copy)]
struct Open {
    fam: Family,
    para: usize,
    idx: usize,
    pos: usize,
    len: usize,
    hops: usize,
}

/// A quote left open by a text that stops mid-sentence: kept to the end of the text, since the
/// page was cut there, but only when the text really ends mid-sentence (no closing punctuation).
fn cut_off_quote(text: &str, last: Span, o: Open, p: usize) -> Option<RawQuote> {
    let body = text.get(last.start..last.end)?.trim_end();
    let cut = body.chars().last().is_some_and(|c| c.is_alphanumeric() || c == ',');
    let end = last.start + body.len();
    let span = Span::new(o.pos + o.len, end).trim(text);
    (cut && end > o.pos + o.len && span.text(text).split_whitespace().count() >= 3).then_some(RawQuote {
        outer: Span::new(o.pos, end),
        span,
        paragraph: o.para,
        close_paragraph: p,
    })
}

/// Pairs quote marks in every paragraph; results are in text order.
pub fn find_quotes(text: &str, paragraphs: &[Span]) -> Vec<RawQuote> {
    let marks: Vec<Vec<Mark>> = paragraphs.iter().map(|&p| scan_marks(text, p)).collect();
    // dead[p][f]: openers of family f at or after this mark index in paragraph p cannot close,
    // which keeps the rescans after a dropped quote linear.
    let mut dead = vec![[usize::MAX; FAMILIES]; paragraphs.len()];
    let mut out = Vec::new();
    let (mut p, mut i) = (0usize, 0usize);
    let mut open: Option<Open> = None;
    while p < marks.len() {
        let Some(m) = marks[p].get(i) else {
            if let Some(o) = open.as_mut() {
                let next_leads = marks
                    .get(p + 1)
                    .and_then(|ms| ms.first())
                    .filter(|m| m.leads_paragraph && opens(m) == Some(o.fam));
                if next_leads.is_some() && o.hops < MAX_CONTINUATIONS {
                    o.hops += 1;
                    p += 1;
                    i = 1;
                    continue;
                }
                if p + 1 == paragraphs.len()
                    && let Some(q) = cut_off_quote(text, paragraphs[p], *o, p)
                {
                    // The article itself stops mid-quote (a preview or truncated copy).
                    out.push(q);
                    open = None;
                    p += 1;
                    continue;
                }
                let slot = &mut dead[o.para][o.fam.index()];
                *slot = (*slot).min(o.idx);
                p = o.para;
                i = o.idx + 1;
                open = None;
                continue;
            }
            p += 1;
            i = 0;
            continue;
        };
        match open {
            Some(o) if closes(o.fam, m) => {
                let yields = o.fam.is_single() && weak_single_closer(m) && weak_closer_yields(o.fam, &marks[p], i);
                if !yields {
                    let outer = Span::new(o.pos, m.pos + m.ch.len_utf8());
                    let span = Span::new(o.pos + o.len, m.pos).trim(text);
                    if span.text(text).chars().any(char::is_alphanumeric) {
                        out.push(RawQuote {
                            outer,
                            span,
                            paragraph: o.para,
                            close_paragraph: p,
                        });
                    }
                    open = None;
                }
            }
            Some(o) => {
                if opens(m) == Some(o.fam) && opening_position(m) && !m.continues_line {
                    open = Some(Open {
                        para: p,
                        idx: i,
                        pos: m.pos,
                        len: m.ch.len_utf8(),
                        hops: 0,
                        ..o
                    });
                }
            }
            None => {
                if let Some(fam) = opens(m).filter(|f| i < dead[p][f.index()]) {
                    open = Some(Open {
                        fam,
                        para: p,
                        idx: i,
                        pos: m.pos,
                        len: m.ch.len_utf8(),
                        hops: 0,
                    });
                }
            }
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests;
