//! Headline shape tests, kicker handling and repeated-headline matching.

use super::lines::{Counted, collapse_spaces, key, last_significant_char, word_count};

/// Section kickers that some pages put on their own line above the headline.
const KICKERS: &[&str] = &[
    "live",
    "live updates",
    "live blog",
    "breaking",
    "breaking news",
    "developing",
    "developing story",
    "exclusive",
    "opinion",
    "analysis",
    "update",
    "updated",
    "just in",
    "explainer",
    "fact check",
    "editorial",
    "commentary",
    "interview",
    "news analysis",
];

/// Separators between a headline and a site name appended by the page title ("Talks End | Acme").
const SITE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · "];

/// The words that carry a line's subject, for telling whether a headline and a body are about one
/// thing: lowercased words of at least four letters that are not stop words, cut to their first
/// five letters so that "worker" meets "workers" and "Korea" meets "Korean".
pub fn subject_keys(line: &str) -> impl Iterator<Item = String> + '_ {
    line.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_lowercase)
        .filter(|w| !crate::text::is_stop_word(w))
        .map(|w| w.chars().take(5).collect())
}

/// Whether a line is shaped like a headline: short, with letters, no closing full stop.
pub fn looks_like_headline<'a>(line: impl Into<Counted<'a>>) -> bool {
    let line = line.into();
    let words = line.words_upto(26);
    let line = line.text;
    if line.len() > 800 || words > 25 {
        return false;
    }
    let chars = line.chars().count();
    if !(2..=200).contains(&chars) || words > 25 || !line.chars().any(char::is_alphabetic) {
        return false;
    }
    match last_significant_char(line) {
        Some(',' | ';' | ':' | '…' | '。' | '，' | '、' | '．') => false,
        // "Talks Stall in the U.S." ends in an abbreviation, not a sentence.
        Some('.') => ends_with_abbreviation(line) && !line.ends_with("..."),
        Some('?' | '!' | '？' | '！') => words <= 20,
        Some(_) => true,
        None => false,
    }
}

/// Whether the last word is a dotted abbreviation like "U.S." or "U.K.".
fn ends_with_abbreviation(line: &str) -> bool {
    // From the end: a prose line ends in a full stop, and only its last word is read.
    let last = line.split_whitespace().next_back().unwrap_or("");
    let letters = last.chars().filter(|c| c.is_alphabetic()).count();
    let dots = last.chars().filter(|c| *c == '.').count();
    dots >= 2 && letters <= dots && last.chars().all(|c| c.is_alphabetic() || c == '.')
}

/// Whether a short line is a section kicker ("LIVE UPDATES", "Opinion:").
pub fn is_kicker(line: &str) -> bool {
    let k = key(line);
    let k = k.trim_end_matches(|c: char| !c.is_alphanumeric());
    KICKERS.contains(&k)
}

/// The headline as displayed: markdown heading marks and emphasis removed, whitespace runs collapsed.
pub fn tidy(line: &str) -> String {
    let t = line.trim_start_matches(|c: char| c == '#' || c.is_whitespace());
    let t = if t.len() > 4 && t.starts_with("**") && t.ends_with("**") {
        t.get(2..t.len() - 2).unwrap_or(t)
    } else {
        t
    };
    collapse_spaces(t)
}

/// Joins a kicker line with the headline below it, keeping a separator the kicker already had.
pub fn with_kicker(kicker: &str, headline: &str) -> String {
    let kicker = tidy(kicker);
    if kicker.ends_with([':', '|', '-', '—', '–']) {
        format!("{kicker} {headline}")
    } else {
        format!("{kicker}: {headline}")
    }
}

/// How a line relates to the headline key `head`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Repeat {
    /// Not a copy.
    No,
    /// The same headline.
    Same,
    /// The headline plus an appended site name (the suffix, in the line's own spelling).
    WithSite(String),
    /// The line is the bare headline and the headline carried the site name (in its own spelling).
    Bare(String),
}

/// Compares a line with the headline, tolerating whitespace/case and an appended site name.
pub fn repeat_of(head_line: &str, head_key: &str, line: &str) -> Repeat {
    if line.len() > 4 * head_key.len() + 64 {
        return Repeat::No;
    }
    let line_key = key(line);
    if line_key == head_key {
        return Repeat::Same;
    }
    if let Some(site) = site_suffix(&line_key, head_key) {
        return Repeat::WithSite(last_words(line, word_count(&site)));
    }
    if let Some(site) = site_suffix(head_key, &line_key) {
        return Repeat::Bare(last_words(head_line, word_count(&site)));
    }
    Repeat::No
}

/// The last `n` words of `s` in their original spelling (keys lose case, so we go back to the line).
fn last_words(s: &str, n: usize) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    words.get(words.len().saturating_sub(n)..).unwrap_or(&[]).join(" ")
}

/// If `longer` is `shorter` + separator + a short site name, that site name.
pub fn site_suffix(longer: &str, shorter: &str) -> Option<String> {
    let rest = longer.strip_prefix(shorter)?;
    if shorter.is_empty() {
        return None;
    }
    SITE_SEPARATORS.iter().find_map(|sep| {
        let site = rest.strip_prefix(sep)?.trim();
        ((1..=6).contains(&word_count(site)) && !site.contains(". ")).then(|| site.to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_shapes() {
        assert!(looks_like_headline("Talks Went Well, but Divisions Remain"));
        assert!(looks_like_headline("Live Updates: Acme at the 2021 Summit"));
        assert!(looks_like_headline(
            "Leader promises to say ‘what the limits are’ at talks"
        ));
        assert!(looks_like_headline("Will the Talks Work?"));
        assert!(looks_like_headline("Talks Stall in the U.S."));
        assert!(looks_like_headline("两国领导人举行会谈"));
        assert!(!looks_like_headline("The two leaders met on Wednesday."));
        assert!(!looks_like_headline("Other Story Headline …"));
        assert!(!looks_like_headline("1"));
        assert!(!looks_like_headline("word ".repeat(30).as_str()));
    }

    #[test]
    fn kickers() {
        assert!(is_kicker("LIVE UPDATES"));
        assert!(is_kicker("Opinion:"));
        assert!(!is_kicker("Opinion polls show a tight race"));
        assert_eq!(with_kicker("Opinion", "Talks Matter"), "Opinion: Talks Matter");
        assert_eq!(with_kicker("Analysis |", "Talks Matter"), "Analysis | Talks Matter");
    }

    #[test]
    fn tidy_and_repeats() {
        assert_eq!(tidy("# **Big  Talks\u{a0}End**"), "Big Talks End");
        let head = key("Big Talks End");
        let h = "Big Talks End";
        assert_eq!(repeat_of(h, &head, "Big   Talks\tEnd"), Repeat::Same);
        assert_eq!(repeat_of(h, &head, "BIG TALKS END"), Repeat::Same);
        assert_eq!(
            repeat_of(h, &head, "Big Talks End | The Daily Planet"),
            Repeat::WithSite("The Daily Planet".into())
        );
        let with_site = "Big Talks End - Acme News";
        assert_eq!(
            repeat_of(with_site, &key(with_site), "Big Talks End"),
            Repeat::Bare("Acme News".into())
        );
        assert_eq!(repeat_of(h, &head, "Big Talks End As Ministers Walk Out"), Repeat::No);
        assert_eq!(site_suffix("a - b", ""), None);
    }
}
