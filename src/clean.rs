//! Generic web-clutter cleaning of article text copied from the web: headline, boilerplate, captions, bylines.
//!
//! The pipeline works line by line, in linear time:
//! 1. normalise (BOM, line endings, zero-width spaces), lift a glued "date …" label off the first
//!    line, and classify every line;
//! 2. cut the footer at the first footer marker once the body has started;
//! 3. pick the headline and drop its repeats;
//! 4. rebuild paragraphs from the surviving lines (blank lines separate paragraphs).

mod boilerplate;
mod byline;
mod caption;
mod dates;
mod headline;
mod lines;
mod memo;
mod wire;

use rustc_hash::FxHashMap as HashMap;

use boilerplate::Clutter;
use headline::Repeat;
use lines::{Counted, is_prose, key, snippet, trim_line};

/// The result of [`clean`].
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Cleaned {
    /// Cleaned text: the headline (once) as the first paragraph when one was detected, then body paragraphs,
    /// paragraphs separated by exactly one blank line ("\n\n"), no leading/trailing whitespace, lines within a paragraph joined as-is.
    pub text: String,
    /// The detected headline, if any (also the first paragraph of `text`).
    pub headline: Option<String>,
    /// An outlet named by the text itself (credit line, byline, dateline). None if the text doesn't say.
    /// Never a news agency: those go to `wire`.
    pub byline_outlet: Option<String>,
    /// The wire credit ("AP", "Reuters, AFP", "The Star/ANN"): whose copy the page carries.
    pub wire: Option<String>,
    /// The publication date from a date line near the top, as ISO `YYYY-MM-DD` (or a full stamp).
    pub published: Option<String>,
    /// The dateline place opening the body ("PORT ALDER, Freedonia", "VALMORA").
    pub dateline: Option<String>,
    /// One short human-readable line per thing removed (e.g. "repeated headline x3", "photo credit").
    pub removed: Vec<String>,
}

/// How a line is treated.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Kind {
    Blank,
    /// Kept in the text.
    Keep,
    /// Dropped, with the note for `removed` (None when already accounted for by a group note).
    Drop(Option<String>),
    /// A footer marker (before the cut decision).
    Footer {
        strong: bool,
    },
    /// A removed credit/byline line, with the outlet it names.
    Credit(Option<String>),
    /// A removed line crediting news agencies, with the credit.
    Wire(String),
}

/// How many non-blank lines from the top may hold the publication date.
const DATE_LINES: usize = 12;

/// How many leading characters of a removed line to quote in a note.
const NOTE_CHARS: usize = 48;

fn classify(counted: Counted<'_>) -> Kind {
    let line = counted.text;
    if line.is_empty() {
        return Kind::Blank;
    }
    match boilerplate::classify(counted) {
        Some(Clutter::Footer { strong }) => return Kind::Footer { strong },
        Some(Clutter::Line) => {
            return Kind::Drop(Some(format!("boilerplate \"{}\"", snippet(line, NOTE_CHARS))));
        }
        None => {}
    }
    // Before photo credits: a line naming only agencies ("ab/cd (Reuters, AFP)") credits the copy.
    if let Some(credit) = wire::credit_line(counted) {
        return Kind::Wire(credit);
    }
    if caption::is_photo_credit(counted) {
        return Kind::Drop(Some("photo credit".to_string()));
    }
    if let Some(credit) = byline::credit_line(counted) {
        // "By Jane Roe, Reuters" credits an agency: the wire, not the outlet.
        return match credit.outlet {
            Some(o) if wire::is_wire(&o) => Kind::Wire(o),
            o => Kind::Credit(o),
        };
    }
    if boilerplate::is_date_line(counted) {
        return Kind::Drop(Some(format!("date line \"{}\"", snippet(line, NOTE_CHARS))));
    }
    Kind::Keep
}

/// Cleans web clutter from an article body. Never panics; linear in the input size.
pub fn clean(raw: &str) -> Cleaned {
    let normalized = lines::normalize(raw);
    let mut lines: Vec<&str> = normalized.split('\n').map(trim_line).collect();
    // Notes carry their line index so `removed` reads in document order.
    let mut removed: Vec<(usize, String)> = Vec::new();
    let mut published = lift_date_prefix(&mut lines, &mut removed);
    // Every line's words are counted once: the classifiers below ask each line several times.
    let lines: Vec<Counted> = lines.iter().map(|l| Counted::new(l)).collect();
    let mut kinds: Vec<Kind> = lines.iter().map(|&c| memo::classify_once(c)).collect();
    if published.is_none() {
        published = lines
            .iter()
            .filter(|l| !l.text.is_empty())
            .take(DATE_LINES)
            .filter(|l| boilerplate::is_date_line(**l))
            .filter_map(|l| Some((dates::rank(l.text), dates::parse(l.text)?)))
            .min_by_key(|(rank, _)| *rank)
            .map(|(_, date)| date);
    }

    let end = cut_footer(&lines, &mut kinds, normalized.len(), &mut removed);
    let (head_idx, headline, site) = find_headline(&lines, &mut kinds, end, &mut removed);

    // Outlet: an explicit credit line wins, then a dateline credit in the first body paragraphs,
    // then a site name that a repeated headline carried. Agencies are kept apart as the wire.
    let mut outlet = None;
    let mut wire = None;
    for (i, (line, kind)) in lines.iter().zip(&kinds).take(end).enumerate() {
        match kind {
            Kind::Credit(o) => {
                removed.push((i, format!("byline \"{}\"", snippet(line.text, NOTE_CHARS))));
                if outlet.is_none() {
                    outlet.clone_from(o);
                }
            }
            Kind::Wire(w) => {
                removed.push((i, format!("wire credit \"{}\"", snippet(line.text, NOTE_CHARS))));
                wire.get_or_insert_with(|| w.clone());
            }
            _ => {}
        }
    }
    let opening = lines
        .iter()
        .zip(&kinds)
        .take(end)
        .enumerate()
        .filter(|(i, (l, k))| **k == Kind::Keep && Some(*i) != head_idx && is_prose(**l))
        .take(3)
        .find_map(|(_, (l, _))| wire::dateline(l.text))
        .unwrap_or_default();
    if let Some(credit) = opening.credit {
        // The dateline credit is the first the reader sees, so it names the wire before a late credit line.
        if outlet.is_none() && !wire::is_wire(&credit) {
            outlet = Some(credit.clone());
        }
        wire = Some(credit);
    }
    let byline_outlet = outlet.or(site);

    for (i, kind) in kinds.iter().take(end).enumerate() {
        if let Kind::Drop(Some(note)) = kind {
            removed.push((i, note.clone()));
        }
    }
    removed.sort_by_key(|(i, _)| *i);
    let removed = removed.into_iter().map(|(_, note)| note).collect();

    // Rebuild paragraphs: only blank lines separate paragraphs; dropped lines vanish without splitting one.
    // Sized once for the whole body and trimmed at the end: the cleaned text lives as long as
    // the run, so growth by doubling would leave up to half of it as slack.
    let mut text = String::with_capacity(normalized.len() + headline.as_ref().map_or(0, String::len));
    text.push_str(headline.as_deref().unwrap_or_default());
    let mut paragraph_open = false;
    for (i, (line, kind)) in lines.iter().zip(&kinds).take(end).enumerate() {
        match kind {
            Kind::Blank => paragraph_open = false,
            Kind::Keep if Some(i) != head_idx => {
                if paragraph_open {
                    text.push('\n');
                } else if !text.is_empty() {
                    text.push_str("\n\n");
                }
                text.push_str(line.text);
                paragraph_open = true;
            }
            _ => {}
        }
    }
    text.shrink_to_fit();
    Cleaned {
        text,
        headline,
        byline_outlet,
        wire,
        published,
        dateline: opening.place,
        removed,
    }
}

/// Lifts a "date 2024-05-02" label glued to the start of the first line off it, so the headline or
/// dateline behind it is read as such. Returns the date.
fn lift_date_prefix(lines: &mut [&str], removed: &mut Vec<(usize, String)>) -> Option<String> {
    let (i, line) = lines.iter_mut().enumerate().find(|(_, l)| !l.is_empty())?;
    let (date, rest) = dates::split_date_prefix(line)?;
    removed.push((
        i,
        format!(
            "date line \"{}\"",
            snippet(line.get(..line.len() - rest.len()).unwrap_or("").trim(), NOTE_CHARS)
        ),
    ));
    *line = rest;
    Some(date)
}

/// Decides where the footer starts (returns the end of the article, in lines) and turns footer
/// markers into drops. Strong markers, or any marker in the second half of the text, end the article
/// once the body has started; a weak marker earlier is a mid-article box: it and the link lines
/// after it are dropped until prose resumes.
fn cut_footer(lines: &[Counted], kinds: &mut [Kind], total_bytes: usize, removed: &mut Vec<(usize, String)>) -> usize {
    let mut body_started = false;
    let mut offset = 0;
    let mut i = 0;
    while i < lines.len() {
        let line = lines.get(i).copied().unwrap_or_default();
        let here = offset;
        offset += line.text.len() + 1;
        match kinds.get(i).cloned() {
            Some(Kind::Keep) if is_prose(line) => body_started = true,
            Some(Kind::Footer { strong }) if body_started => {
                let late = here.saturating_mul(2) >= total_bytes;
                let note = format!("footer from \"{}\"", snippet(line.text, NOTE_CHARS));
                if strong || late {
                    removed.push((i, note));
                    return i;
                }
                // Mid-article box: skip its link lines until prose resumes.
                let mut j = i + 1;
                while j < lines.len() {
                    let l = lines.get(j).copied().unwrap_or_default();
                    if kinds.get(j) == Some(&Kind::Keep) && is_prose(l) {
                        break;
                    }
                    if let Some(k @ (Kind::Keep | Kind::Footer { .. })) = kinds.get_mut(j) {
                        *k = Kind::Drop(None);
                    }
                    offset += l.text.len() + 1;
                    j += 1;
                }
                if j >= lines.len() {
                    removed.push((i, note));
                    return i;
                }
                removed.push((i, format!("related links after \"{}\"", snippet(line.text, NOTE_CHARS))));
                if let Some(k) = kinds.get_mut(i) {
                    *k = Kind::Drop(None);
                }
                i = j;
                continue;
            }
            Some(Kind::Footer { .. }) => {
                if let Some(k) = kinds.get_mut(i) {
                    *k = Kind::Drop(Some(format!("boilerplate \"{}\"", snippet(line.text, NOTE_CHARS))));
                }
            }
            _ => {}
        }
        i += 1;
    }
    lines.len()
}

/// How many of the body's words of substance a headline candidate is compared with.
const HEADLINE_BODY_WORDS: usize = 1000;

/// Picks the headline among the kept lines before the body, drops its repeats (and a kicker line),
/// and returns (headline line index, headline text, site name carried by a repeat).
fn find_headline(
    lines: &[Counted],
    kinds: &mut [Kind],
    end: usize,
    removed: &mut Vec<(usize, String)>,
) -> (Option<usize>, Option<String>, Option<String>) {
    let kept: Vec<usize> = (0..end).filter(|&i| kinds.get(i) == Some(&Kind::Keep)).collect();
    let Some(&first) = kept.first() else {
        return (None, None, None);
    };
    // Candidates: the first kept line plus the short lines after it, up to the first prose line.
    let mut candidates = vec![first];
    for &i in kept.iter().skip(1).take(5) {
        if is_prose(lines.get(i).copied().unwrap_or_default()) {
            break;
        }
        candidates.push(i);
    }
    let mut counts: HashMap<String, usize> = HashMap::default();
    for &i in &kept {
        let line = lines.get(i).copied().unwrap_or_default();
        // Only headline-shaped lines can be copies of the headline; skipping prose keeps this cheap.
        if line.text.len() <= 300 && headline::looks_like_headline(line) {
            *counts.entry(key(line.text)).or_default() += 1;
        }
    }
    let counted_at = |i: usize| lines.get(i).copied().unwrap_or_default();
    let line_at = |i: usize| counted_at(i).text;
    // A headline names what the body is about: a line sharing no word of substance with the lines
    // below it that are not headline-shaped themselves (sentences, prose) is a section label, a
    // site's name or a notice ("US News", "Connect with us"). A text with nothing below cannot tell.
    let about_body = |i: usize| {
        let keys: Vec<String> = headline::subject_keys(line_at(i)).collect();
        // Read only as far as the first shared word, and no further than the body's opening: a
        // headline's words come early in its body, and a huge text must not be read once per
        // candidate line.
        let mut body = kept
            .iter()
            .filter(|&&b| b > i && !headline::looks_like_headline(counted_at(b)))
            .flat_map(|&b| headline::subject_keys(line_at(b)))
            .take(HEADLINE_BODY_WORDS)
            .peekable();
        body.peek().is_none() || body.any(|k| keys.contains(&k))
    };
    // A repeated headline-shaped line is the strongest signal (pages repeat the title); else the first
    // line, skipping a kicker line so "LIVE UPDATES" above the title is not taken for the title, and
    // lines that are not about the body.
    let shaped = |i: usize| headline::looks_like_headline(counted_at(i));
    let fits = |i: usize| shaped(i) && !headline::is_kicker(line_at(i)) && about_body(i);
    let first_real = candidates
        .iter()
        .copied()
        .find(|&i| !headline::is_kicker(line_at(i)))
        .unwrap_or(first);
    let chosen = candidates
        .iter()
        .copied()
        .find(|&i| fits(i) && counts.get(&key(line_at(i))).copied().unwrap_or(0) >= 2)
        .or_else(|| {
            shaped(first_real)
                .then(|| {
                    candidates
                        .iter()
                        .copied()
                        .skip_while(|&i| i != first_real)
                        .find(|&i| fits(i))
                })
                .flatten()
        });
    let Some(h) = chosen else {
        return (None, None, None);
    };

    let head_key = key(line_at(h));
    let mut text = headline::tidy(line_at(h));
    let mut site = None;
    let mut copies = 0;
    for &i in kept
        .iter()
        .filter(|&&i| i != h && headline::looks_like_headline(counted_at(i)))
    {
        match headline::repeat_of(line_at(h), &head_key, line_at(i)) {
            Repeat::No => continue,
            Repeat::Same => {}
            Repeat::WithSite(s) => site = Some(s),
            Repeat::Bare(s) => {
                // The bare copy is the real headline; the first copy carried the site name.
                site = Some(s);
                text = headline::tidy(line_at(i));
            }
        }
        copies += 1;
        if let Some(k) = kinds.get_mut(i) {
            *k = Kind::Drop(None);
        }
    }
    if copies > 0 {
        removed.push((h, format!("repeated headline x{copies}")));
    }
    // A kicker line right above the headline becomes its prefix.
    if let Some(pos) = kept.iter().position(|&i| i == h)
        && let Some(&prev) = pos.checked_sub(1).and_then(|p| kept.get(p))
        && headline::is_kicker(line_at(prev))
    {
        text = headline::with_kicker(line_at(prev), &text);
        if let Some(k) = kinds.get_mut(prev) {
            *k = Kind::Drop(None);
        }
    }
    (Some(h), Some(text), site)
}

#[cfg(test)]
mod tests;
