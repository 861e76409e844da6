//! Sentence segmentation that survives abbreviations, initials, decimals, times and quotes
//! that close after the final stop.

use std::cell::RefCell;

use super::{MEMO_BYTES, Recent};
use crate::span::Span;
use serde::Serialize;

/// One sentence of an article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Sentence {
    /// The sentence's bytes in the cleaned text, trimmed.
    pub span: Span,
    /// Index of the paragraph it belongs to.
    pub paragraph: usize,
}

/// Abbreviations after which a period never ends a sentence: they always precede a name or number.
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "mx", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "cmdr", "sgt", "maj",
    "adm", "rev", "fr", "st", "mt", "ft", "no", "nos", "vol", "pp", "fig", "hon", "pres", "supt", "insp", "det", "cpl",
    "pvt", "vs", "v", "cf", "approx", "est",
];

/// Abbreviations that usually continue a sentence but can end one ("... in the U.S. The next day").
const SOFT: &[&str] = &[
    "jr", "sr", "inc", "ltd", "co", "corp", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "dept", "univ",
    "assn", "bros", "ave", "blvd", "rd",
];

thread_local! {
    /// Sentence spans of recent paragraphs, relative to the paragraph: a paragraph is split the
    /// same wherever it is printed, and wire copy prints many paragraphs in many articles.
    static SPLIT: RefCell<Recent<Span>> = const { RefCell::new(Recent::new(MEMO_BYTES)) };
}

/// Split every paragraph of `text` into sentences.
pub fn split_sentences(text: &str, paragraphs: &[Span]) -> Vec<Sentence> {
    let mut out = Vec::new();
    SPLIT.with(|split| {
        let mut split = split.try_borrow_mut();
        for (index, para) in paragraphs.iter().enumerate() {
            // Split at offsets within the paragraph (what the memo keeps), placed in the text after.
            let body = para.text(text);
            let read = || split_paragraph(body, Span::new(0, body.len()));
            let at = |s: &Span| Sentence {
                span: Span::new(para.start + s.start, para.start + s.end),
                paragraph: index,
            };
            match split.as_mut() {
                Ok(split) => out.extend(split.get_or_read(body, |spans| spans.extend(read())).iter().map(at)),
                // Nothing re-enters, so the memo is never busy; were it, the paragraph is split anew.
                Err(_) => out.extend(read().iter().map(at)),
            }
        }
    });
    out
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | '»' | '›' | ')' | ']' | '“')
}

fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '“' | '‘' | '«' | '„' | '(' | '[' | '‹' | '—' | '-')
}

/// Sentence spans within one paragraph.
///
/// Read by byte offsets, decoding a char only where one may end a sentence: everything else
/// is skipped to the next stop, line break or `…` (whose UTF-8 starts with 0xE2).
fn split_paragraph(text: &str, para: Span) -> Vec<Span> {
    let body = para.text(text);
    let at = |i: usize| body.get(i..).and_then(|r| r.chars().next());
    let is_stop = |c: char| matches!(c, '.' | '!' | '?' | '…');
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut i = 0usize;
    while let Some(c) = at(i) {
        if c == '\n' && line_break_ends_sentence(body, i) {
            push_trimmed(&mut out, text, para.start + start, para.start + i);
            start = i + 1;
            i += 1;
            continue;
        }
        if !is_stop(c) {
            i += c.len_utf8();
            let rest = body.as_bytes().get(i..).unwrap_or_default();
            i += rest
                .iter()
                .position(|&b| matches!(b, b'.' | b'!' | b'?' | b'\n' | 0xE2))
                .unwrap_or(rest.len());
            continue;
        }
        // Swallow a run of stops and the closing quotes/brackets that follow them.
        let mut j = i + c.len_utf8();
        while let Some(d) = at(j).filter(|&d| is_stop(d) || is_closer(d)) {
            j += d.len_utf8();
        }
        let Some(after) = at(j) else {
            break;
        };
        if !after.is_whitespace() {
            i = j;
            continue;
        }
        let mut k = j;
        while let Some(space) = at(k).filter(|d| d.is_whitespace()) {
            k += space.len_utf8();
        }
        let Some(next) = at(k) else {
            break;
        };
        let starts_sentence = next.is_uppercase() || next.is_numeric() || is_opener(next);
        if starts_sentence && c == '.' && !period_ends_sentence(body, i, k) {
            i = j;
            continue;
        }
        if starts_sentence {
            push_trimmed(&mut out, text, para.start + start, para.start + j);
            start = k;
        }
        i = k;
    }
    push_trimmed(&mut out, text, para.start + start, para.end);
    out
}

fn push_trimmed(out: &mut Vec<Span>, text: &str, start: usize, end: usize) {
    let span = Span::new(start, end).trim(text);
    if !span.is_empty() {
        out.push(span);
    }
}

/// Whether the line break at byte `nl` of `body` ends a sentence that has no stop: after a line
/// introducing a list ("Here is the timeline:"), before a bullet, or before a timeline entry
/// ("12:39 a.m. — The ship departs"). Other breaks inside a paragraph are hard wrapping.
fn line_break_ends_sentence(body: &str, nl: usize) -> bool {
    let before = body.get(..nl).unwrap_or("").trim_end();
    let after = body.get(nl + 1..).unwrap_or("").trim_start();
    let line = after.split('\n').next().unwrap_or("");
    let Some(first) = line.chars().next() else {
        return false;
    };
    if before.ends_with(':') && (first.is_uppercase() || first.is_numeric() || is_opener(first)) {
        return true;
    }
    let bullet = matches!(first, '•' | '·' | '▪' | '*' | '–' | '-' | '—')
        && line.chars().nth(1).is_some_and(char::is_whitespace);
    bullet || timeline_entry(line)
}

/// Whether `line` opens with a clock time then a dash or colon: "1:07 — …", "9 a.m.: …".
fn timeline_entry(line: &str) -> bool {
    let digits = line.find(|c: char| !c.is_ascii_digit()).unwrap_or(line.len());
    if digits == 0 || digits > 2 {
        return false;
    }
    let mut rest = line.get(digits..).unwrap_or("");
    while let Some(r) = rest.strip_prefix(':').or_else(|| rest.strip_prefix('.')) {
        let two = r.get(..2).filter(|d| d.bytes().all(|b| b.is_ascii_digit()));
        match two {
            Some(_) => rest = r.get(2..).unwrap_or(""),
            None => break,
        }
    }
    if rest.len() == line.len() - digits {
        // A bare hour needs its a.m. or p.m.
        let r = rest.trim_start().get(..2).unwrap_or("").to_ascii_lowercase();
        if !matches!(r.as_str(), "a." | "p." | "am" | "pm") {
            return false;
        }
    }
    let rest = rest.trim_start();
    let rest = ["a.m.", "p.m.", "am", "pm", "AM", "PM", "A.M.", "P.M."]
        .iter()
        .find_map(|m| rest.strip_prefix(m))
        .unwrap_or(rest);
    // A zone may come between: "1:24 a.m. EDT — …".
    let rest = rest.trim_start();
    let zone = rest.find(|c: char| !c.is_ascii_uppercase()).unwrap_or(rest.len());
    let rest = if (2..=4).contains(&zone) {
        rest.get(zone..).unwrap_or("").trim_start()
    } else {
        rest
    };
    rest.starts_with(['—', '–', '-', ':'])
}

/// Decide whether the period at byte `dot` of `body` ends a sentence, given the next word starts at `next`.
fn period_ends_sentence(body: &str, dot: usize, next: usize) -> bool {
    let before = body.get(..dot).unwrap_or("");
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '‘' | '\''))
        .map_or(0, |p| {
            p + before.get(p..).and_then(|s| s.chars().next()).map_or(1, char::len_utf8)
        });
    let word = before.get(word_start..).unwrap_or("");
    let lower = word.to_lowercase();
    let bare = lower.trim_matches('.');
    if bare.is_empty() {
        return true;
    }
    // Single capital letter: an initial ("Vladimir V. Smith", "J. R. R.").
    let mut letters = bare.chars();
    if let (Some(first), None) = (letters.next(), letters.next())
        && first.is_alphabetic()
        && word.chars().next().is_some_and(char::is_uppercase)
    {
        return false;
    }
    if TITLES.contains(&bare) {
        return false;
    }
    let dotted = bare.contains('.'); // U.S., U.N., a.m., p.m.
    if dotted || SOFT.contains(&bare) {
        return next_word_is_function_word(body.get(next..).unwrap_or(""));
    }
    true
}

/// Whether `rest` begins with a capitalized function word ("The", "But", "He"), which after a soft
/// abbreviation signals a new sentence rather than a name ("U.S. Embassy").
fn next_word_is_function_word(rest: &str) -> bool {
    let word: String = rest
        .trim_start_matches(|c: char| is_opener(c))
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '\'' || *c == '’')
        .collect();
    !word.is_empty() && super::is_stop_word(&word.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::paragraphs;

    /// The paragraph read char by char, as sentences were first split.
    fn split_paragraph_by_chars(text: &str, para: Span) -> Vec<Span> {
        let body = para.text(text);
        let chars: Vec<(usize, char)> = body.char_indices().collect();
        let mut out = Vec::new();
        let mut start = 0usize;
        let mut i = 0usize;
        while i < chars.len() {
            let (at, c) = chars[i];
            if c == '\n' && line_break_ends_sentence(body, at) {
                push_trimmed(&mut out, text, para.start + start, para.start + at);
                start = at + 1;
                i += 1;
                continue;
            }
            if !matches!(c, '.' | '!' | '?' | '…') {
                i += 1;
                continue;
            }
            // Swallow a run of stops and the closing quotes/brackets that follow them.
            let mut j = i + 1;
            while j < chars.len() && (matches!(chars[j].1, '.' | '!' | '?' | '…') || is_closer(chars[j].1)) {
                j += 1;
            }
            let end = chars.get(j).map_or(body.len(), |&(b, _)| b);
            if j >= chars.len() {
                break;
            }
            if !chars[j].1.is_whitespace() {
                i = j;
                continue;
            }
            let mut k = j;
            while k < chars.len() && chars[k].1.is_whitespace() {
                k += 1;
            }
            let Some(&(next_byte, next)) = chars.get(k) else {
                break;
            };
            let starts_sentence = next.is_uppercase() || next.is_numeric() || is_opener(next);
            if starts_sentence && c == '.' && !period_ends_sentence(body, chars[i].0, next_byte) {
                i = j;
                continue;
            }
            if starts_sentence {
                push_trimmed(&mut out, text, para.start + start, para.start + end);
                start = next_byte;
            }
            i = k;
        }
        push_trimmed(&mut out, text, para.start + start, para.end);
        out
    }

    #[test]
    fn paragraphs_split_as_when_read_char_by_char() {
        let pieces = [
            "Mr.", "Lima", "said", ".", "!", "?", "…", " ", " ", "\n", "\n", "“", "”", "\"", "'", ")", "U.S.", "3.5",
            "Here:", "•", "12:39", "a.m.", "—", "é", "Ünï", "北京", "no.", "7", "-",
        ];
        let mut rng = crate::synth::Rng(9);
        for _ in 0..5000 {
            let len = rng.below(24);
            let body: String = (0..len)
                .map(|_| pieces[rng.below(pieces.len())])
                .collect::<Vec<_>>()
                .join("");
            let text = format!("x {body}");
            let para = Span::new(2, text.len());
            assert_eq!(
                split_paragraph(&text, para),
                split_paragraph_by_chars(&text, para),
                "{body:?}"
            );
        }
    }

    fn split(text: &str) -> Vec<&str> {
        let paras = paragraphs(text);
        split_sentences(text, &paras)
            .iter()
            .map(|s| s.span.text(text))
            .collect()
    }

    #[test]
    fn titles_and_initials_do_not_split() {
        assert_eq!(
            split("Mr. Lima met Dr. Kofi A. Mensah at St. Paul's. Gen. Ray left."),
            vec!["Mr. Lima met Dr. Kofi A. Mensah at St. Paul's.", "Gen. Ray left."]
        );
    }

    #[test]
    fn dotted_abbreviations_split_only_before_function_words() {
        assert_eq!(
            split("Talks at the U.N. Security Council ended. They resume in the U.S. The date is unclear."),
            vec![
                "Talks at the U.N. Security Council ended.",
                "They resume in the U.S.",
                "The date is unclear."
            ]
        );
        assert_eq!(
            split("It starts at 1 p.m. Lisbon time. It ends at 3 p.m. The crowd left."),
            vec![
                "It starts at 1 p.m. Lisbon time.",
                "It ends at 3 p.m.",
                "The crowd left."
            ]
        );
    }

    #[test]
    fn decimals_times_and_numbers() {
        assert_eq!(
            split("Growth was 2.5 percent at 1.30 pm. See No. 4 on Jan. 5. Done."),
            vec!["Growth was 2.5 percent at 1.30 pm.", "See No. 4 on Jan. 5.", "Done."]
        );
    }

    #[test]
    fn quotes_closing_after_the_stop() {
        assert_eq!(
            split("She said, “It is over.” Then she left. “Is it?” he asked. 'Yes.' Fine!"),
            vec![
                "She said, “It is over.”",
                "Then she left.",
                "“Is it?” he asked.",
                "'Yes.'",
                "Fine!"
            ]
        );
    }

    #[test]
    fn sentences_stay_in_their_paragraph() {
        let text = "Headline without stop\n\nOne. Two.";
        let paras = paragraphs(text);
        let sentences = split_sentences(text, &paras);
        let got: Vec<(usize, &str)> = sentences.iter().map(|s| (s.paragraph, s.span.text(text))).collect();
        assert_eq!(got, vec![(0, "Headline without stop"), (1, "One."), (1, "Two.")]);
    }

    #[test]
    fn list_intros_bullets_and_timeline_entries_end_a_line() {
        let text = "The board gave this timeline:\n12:39 a.m. — The ferry leaves the quay.\n1:07 — It enters the channel\n1:24 a.m. EDT: alarms sound\n• Pumps fail\nThe crew met at\n9:30 to talk.";
        assert_eq!(
            split(text),
            vec![
                "The board gave this timeline:",
                "12:39 a.m. — The ferry leaves the quay.",
                "1:07 — It enters the channel",
                "1:24 a.m. EDT: alarms sound",
                "• Pumps fail\nThe crew met at\n9:30 to talk."
            ]
        );
        assert!(!timeline_entry("12 people — more"));
        assert!(timeline_entry("9 p.m. – The polls close"));
        assert!(timeline_entry("9 AM: The polls open"));
    }

    #[test]
    fn never_panics_on_truncations() {
        let sample = "Dr. É. Ñúñez said “Ça va.” 東京で会議。 Done… 2.5! é";
        for (i, _) in sample.char_indices() {
            let t = sample.get(..i).unwrap_or("");
            let _ = split(t);
        }
        assert_eq!(split("..."), vec!["..."]);
    }
}
