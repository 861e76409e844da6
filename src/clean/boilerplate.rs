//! Line classifiers for share/comment/related-links/cookie/navigation clutter that copy-paste drags along.
//!
//! Everything here matches a *whole short line* (never a phrase inside prose), which is what keeps
//! a body paragraph that merely mentions "advertisement" or "subscribers" safe.

use std::borrow::Cow;

use super::lines::{Counted, strip_word_prefix_ci, word_count};
use crate::text::find_byte;

/// What a clutter line means for the rest of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clutter {
    /// Starts a footer. Strong markers end the article outright; weak ones ("Related", "Comments")
    /// also appear as mid-article inserts, so the caller decides from their position.
    Footer { strong: bool },
    /// A standalone clutter line, dropped on its own.
    Line,
}

/// Markers that only ever follow the article (blog-reposter and comment-form furniture).
#[rustfmt::skip]
const STRONG_FOOTERS: &[&str] = &[
    "source link", "source links", "check also", "leave a reply", "leave a comment",
    "popular topics", "post navigation", "your email address will not be published",
    "you must be logged in to post a comment", "comments are closed",
];

/// Markers that usually start a footer but are sometimes boxes inserted mid-article.
#[rustfmt::skip]
const WEAK_FOOTERS: &[&str] = &[
    "related", "related articles", "related posts", "related stories", "related news",
    "related content", "related coverage", "related links", "related reading", "related topics",
    "you may also like", "you might also like", "you may be interested in", "more stories",
    "more news", "read next", "what to read next", "recommended", "recommended for you",
    "recommended stories", "most read", "most popular", "trending", "trending now", "top stories",
    "latest news", "latest stories", "don't miss", "comments", "comment", "show comments",
    "view comments", "join the conversation", "more on this story", "further reading",
];

/// Whole lines that are pure page furniture.
#[rustfmt::skip]
const LINES: &[&str] = &[
    "advertisement", "advertisements", "advertising", "ad", "ads", "sponsored", "sponsored content",
    "paid content", "promoted", "subscribe", "subscribe now", "sign up", "sign in", "log in",
    "login", "register", "read more", "read more here", "continue reading", "keep reading",
    "read full article", "read the full article", "read full story", "translate", "share",
    "share this", "share this article", "share this story", "share on facebook", "share on twitter",
    "share via email", "share via", "like this", "like", "tweet", "email", "print", "copy link",
    "link copied", "whatsapp", "facebook", "twitter", "linkedin", "pinterest", "reddit", "telegram",
    "loading", "skip to content", "skip to main content", "skip to navigation", "menu", "home",
    "search", "close", "back to top", "scroll to top", "open in app", "listen to this article",
    "listen", "video", "play video", "story continues below advertisement", "story continues below",
    "article continues below advertisement", "article continues below", "continue reading below",
    "scroll to continue", "scroll to continue with content", "be the first to like this",
    "be the first to comment", "tags", "topics", "filed under", "accept", "accept all",
    "accept cookies", "got it", "more", "next", "previous", "next article", "previous article",
    "next post", "previous post", "follow us", "newsletter", "get the app", "download the app",
    "all rights reserved", "cookie policy", "privacy policy", "terms of use", "terms of service",
    "terms and conditions", "contact us", "about us", "reply", "enlarge this image",
    "toggle caption", "hide caption", "view gallery", "view image", "skip advertisement",
    "editor's picks", "editors' picks", "image", "photo",
];

/// The longest marker of [`WEAK_FOOTERS`] and [`LINES`], in bytes.
const LISTED_LEN: usize = longest(WEAK_FOOTERS, longest(LINES, 0));

/// The longer of `at_least` and the longest of `list`.
const fn longest(list: &[&str], at_least: usize) -> usize {
    let (mut k, mut max) = (0, at_least);
    while k < list.len() {
        if list[k].len() > max {
            max = list[k].len();
        }
        k += 1;
    }
    max
}

/// Starts of short call-to-action / metadata lines. Only applied to lines of at most 30 words.
#[rustfmt::skip]
const PREFIXES: &[&str] = &[
    "read more:", "read more about", "read more at", "read also", "also read", "see also:",
    "related:", "click here", "tap here", "follow us on", "follow us at", "like us on",
    "find us on", "join us on", "subscribe to", "subscribe for", "subscribe now", "sign up for",
    "sign up to", "sign up now", "get our newsletter", "get the latest", "download our app",
    "download the app", "we use cookies", "this website uses cookies", "this site uses cookies",
    "our website uses cookies", "by continuing to use", "tags:", "topics:", "filed under",
    "posted in", "categories:", "category:", "share this", "share on", "share via",
    "required fields are marked", "notify me of", "save my name, email",
    "this article originally appeared", "this story originally appeared",
    "this article was originally published", "originally published", "story continues below",
    "article continues below", "reading time",
];

/// A lowercase label for matching: edge symbols (», :, *, #, bullets) dropped, spaces collapsed,
/// curly apostrophes straightened.
fn label(line: &str) -> String {
    let core = line.trim_matches(|c: char| !c.is_alphanumeric());
    // A byte outside ASCII or a control space is rare: searched for by blocks.
    let odd = |b: u8| !b.is_ascii() || b.wrapping_sub(b'\t') < 5;
    if find_byte(core.as_bytes(), odd).is_none() && !core.contains("  ") {
        // Most lines are ASCII words between single spaces: lowercasing is all they need.
        return core.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(core.len());
    if core.is_ascii() {
        // One pass over the bytes, whitespace runs becoming one space.
        let mut gap = false;
        for &b in core.as_bytes() {
            // What `char::is_whitespace` says of ASCII.
            if matches!(b, b'\t'..=b'\r' | b' ') {
                gap = true;
                continue;
            }
            if gap && !out.is_empty() {
                out.push(' ');
            }
            gap = false;
            out.push(char::from(b.to_ascii_lowercase()));
        }
        return out;
    }
    for word in core.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        if word.is_ascii() {
            crate::text::push_ascii_lowercase(&mut out, word);
        } else {
            out.extend(
                word.chars()
                    .map(|c| if c == '’' { '\'' } else { c.to_ascii_lowercase() }),
            );
        }
    }
    out
}

/// Like [`label`] with counts removed, so "12 Comments" and "Comments (3)" match "comments".
/// Most labels hold no count: they are returned as they are (their words already single-spaced).
fn label_without_counts(label: &str) -> Cow<'_, str> {
    // Every count character is ASCII: bytes are compared without decoding the label.
    if !label.bytes().any(|b| b.is_ascii() && is_count(char::from(b))) {
        return Cow::Borrowed(label);
    }
    // Counts become spaces, and runs of spaces one space between words, in one pass.
    let mut out = String::with_capacity(label.len());
    for word in label
        .split(|c: char| is_count(c) || c.is_whitespace())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    Cow::Owned(out)
}

/// How many bytes of `label` (single-spaced) [`label_without_counts`] keeps at least (all but
/// its count characters and spaces), counted no further than `cap`: a prose line is not read
/// to its end to learn that it is longer than any marker.
fn kept_len(label: &str, cap: usize) -> usize {
    label
        .bytes()
        .filter(|&b| !(b == b' ' || is_count(char::from(b))))
        .take(cap)
        .count()
}

/// A character [`label_without_counts`] takes for part of a count.
fn is_count(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '(' | ')' | '[' | ']' | '.' | ',')
}

/// Classifies one trimmed line; `None` means it is not boilerplate.
pub fn classify<'a>(line: impl Into<Counted<'a>>) -> Option<Clutter> {
    let counted_line = line.into();
    let line = counted_line.text;
    if line.is_empty() {
        return None;
    }
    if is_decoration(line) || is_bare_link(line) {
        return Some(Clutter::Line);
    }
    let words = counted_line.words_upto(31);
    if words > 30 {
        // Every rule below is for short lines; long prose is never boilerplate.
        return None;
    }
    let label = label(line);
    // Without its counts the label is only compared with short markers, or read for its first
    // words when the line has a few: a longer one (most lines) is not built.
    let counted = (words <= 6 || kept_len(&label, LISTED_LEN + 1) <= LISTED_LEN).then(|| label_without_counts(&label));
    let counted = counted.as_deref();
    let first = label.as_bytes().first();
    if words <= 16
        && STRONG_FOOTERS
            .iter()
            .any(|m| m.as_bytes().first() == first && starts_with_words(&label, m))
    {
        return Some(Clutter::Footer { strong: true });
    }
    let more_from = counted.is_some_and(|c| c.starts_with("more from ")) && words <= 6;
    // No whole-line marker is longer: most lines are compared with none.
    let listed = |list: &[&str], s: &str| s.len() <= LISTED_LEN && list.contains(&s);
    if counted.is_some_and(|c| listed(WEAK_FOOTERS, c)) || more_from {
        return Some(Clutter::Footer { strong: false });
    }
    if listed(LINES, &label) || counted.is_some_and(|c| listed(LINES, c)) {
        return Some(Clutter::Line);
    }
    // A page's skip links, often numbered ("2. Skip to main menu"): any target, few words.
    if words <= 6 && counted.is_some_and(|c| c.starts_with("skip to ")) {
        return Some(Clutter::Line);
    }
    if words <= 30 {
        let start = line.trim_start_matches(|c: char| !c.is_alphanumeric());
        // Only prefixes opening with the line's first letter can match (all are lower-case ASCII).
        let first = start.as_bytes().first().map(u8::to_ascii_lowercase);
        if PREFIXES
            .iter()
            .any(|p| p.as_bytes().first().copied() == first && strip_word_prefix_ci(start, p).is_some())
        {
            return Some(Clutter::Line);
        }
        if is_copyright(&label, line)
            || is_cookie_notice(&label)
            || counted.is_some_and(is_share_count)
            || is_newsletter_pitch(&label)
        {
            return Some(Clutter::Line);
        }
    }
    None
}

/// `label` equals `marker` or continues it after a word break ("leave a reply cancel reply").
fn starts_with_words(label: &str, marker: &str) -> bool {
    label
        .strip_prefix(marker)
        .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
}

/// Separator rows like "***", "—", "• • •" (no letter, digit, or emoji).
fn is_decoration(line: &str) -> bool {
    line.chars().all(|c| {
        c.is_whitespace()
            || c.is_ascii_punctuation()
            || matches!(c, '•' | '·' | '»' | '«' | '›' | '‹' | '—' | '–' | '―' | '…' | '|' | '¦')
    })
}

/// A line that is only a URL, markdown image, or markdown link: navigation or related links.
fn is_bare_link(line: &str) -> bool {
    let no_space = !line.chars().any(char::is_whitespace);
    let url = (line.starts_with("http://") || line.starts_with("https://") || line.starts_with("www.")) && no_space;
    let md_image = line.starts_with("![") && line.ends_with(')');
    let md_link = line.starts_with('[') && line.ends_with(')') && line.contains("](") && word_count(line) <= 15;
    url || md_image || md_link
}

/// "© 2021 Acme News", "Copyright 2021 …", "… All rights reserved."
fn is_copyright(label: &str, line: &str) -> bool {
    line.contains('©')
        || label.contains("all rights reserved")
        || ((label.starts_with("copyright") || label.starts_with("(c)")) && line.chars().any(|c| c.is_ascii_digit()))
}

/// A newsletter pitch that opens with a line of its own ("Get the Post in your inbox every
/// morning. Sign up for our free newsletter."): names a newsletter and asks to sign up.
fn is_newsletter_pitch(label: &str) -> bool {
    label.contains("newsletter")
        && ["sign up", "subscribe", "get the", "delivered to", "in your inbox"]
            .iter()
            .any(|cue| label.contains(cue))
}

/// Cookie-consent banners: mention cookies *and* consent/site vocabulary.
fn is_cookie_notice(label: &str) -> bool {
    label.contains("cookie")
        && [
            "accept",
            "consent",
            "privacy policy",
            "cookie policy",
            "browsing experience",
            "this site",
            "our site",
            "this website",
            "our website",
        ]
        .iter()
        .any(|w| label.contains(w))
}

/// "shares", "1.2k shares", "views" counters left by share widgets (counts already stripped).
fn is_share_count(counted: &str) -> bool {
    matches!(counted, "shares" | "share" | "views" | "k shares" | "k views" | "likes")
}

/// Standalone date/time metadata ("Published June 16, 2021 10:30 AM ET", "3 min read").
pub fn is_date_line<'a>(line: impl Into<Counted<'a>>) -> bool {
    let line = line.into();
    let words = line.words_upto(13);
    let line = line.text;
    if words == 0 || words > 12 {
        return false;
    }
    let lower = line.to_ascii_lowercase();
    if (lower.ends_with("min read") || lower.ends_with("minute read") || lower.ends_with("minutes read")) && words <= 4
    {
        return true;
    }
    if !line.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    // List bullets in front ("• Published …") are page decoration.
    let mut rest = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    for p in [
        "last updated",
        "last update",
        "first published",
        "published",
        "updated",
        "posted",
        "date",
        "on",
    ] {
        if let Some(r) = strip_word_prefix_ci(rest, p) {
            rest = r;
            break;
        }
    }
    // At least two parts, so a lone number ("2021", a list marker) is not mistaken for a date.
    let mut parts = 0;
    let all_date = rest
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '•' | '·' | ':' | '/' | '-'))
        .filter(|t| !t.is_empty())
        .all(|t| {
            parts += 1;
            is_date_token(t)
        });
    all_date && parts >= 2
}

/// One token of a date/time stamp.
fn is_date_token(t: &str) -> bool {
    #[rustfmt::skip]
    const WORDS: &[&str] = &[
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "january", "february", "march", "april", "june", "july", "august", "september", "october",
        "november", "december", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
        "sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "am",
        "pm", "a.m", "p.m", "at", "on", "et", "est", "edt", "ct", "cdt", "pt", "pdt", "gmt", "utc",
        "bst", "cet", "cest", "ist", "jst", "aest", "updated", "published", "hrs", "ago", "hours",
        "hour", "minutes", "mins",
    ];
    let t = t.trim_matches(|c: char| matches!(c, '.' | '(' | ')'));
    t.is_empty()
        || t.chars().all(|c| c.is_ascii_digit() || c == '.')
        || WORDS.contains(&t)
        || (t.chars().next().is_some_and(|c| c.is_ascii_digit())
            && ["st", "nd", "rd", "th", "am", "pm", "h"].iter().any(|s| t.ends_with(s))
            && t.chars().filter(|c| c.is_ascii_alphabetic()).count() <= 2)
}

#[cfg(test)]
mod tests;
