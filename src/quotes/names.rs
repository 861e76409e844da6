//! Person-name normalization: stripping titles, initials and possessives, and merging name variants.

use super::lexicon::{
    is_name_suffix, is_office_noun, is_org_word, is_particle, is_person_title, is_stopword, is_title_word,
};
use std::collections::HashMap;

/// Longest raw mention (in words) considered a name, e.g. "U.S. Deputy Secretary of State X Y".
const MAX_RAW_TOKENS: usize = 16;

/// Chars that may cling to a name token in running text but are not part of the name.
fn strip_clinging(token: &str) -> &str {
    token.trim_matches(|c: char| {
        matches!(
            c,
            ',' | ';' | ':' | '"' | '“' | '”' | '‘' | '(' | ')' | '[' | ']' | '«' | '»' | '!' | '?'
        )
    })
}

fn strip_possessive(token: &str) -> &str {
    for suffix in ["’s", "'s", "’S", "'S", "’", "'"] {
        if let Some(stem) = token.strip_suffix(suffix) {
            return stem;
        }
    }
    token
}

/// "V." or "V": a single-letter initial.
fn is_initial(token: &str) -> bool {
    let core = token.trim_end_matches('.');
    core.chars().count() == 1 && core.chars().all(char::is_alphabetic)
}

/// "U.S.", "E.U.": dotted abbreviations that qualify a title, never a name.
fn is_dotted_abbreviation(token: &str) -> bool {
    token.contains('.') && token.chars().filter(|c| c.is_alphabetic()).count() >= 2 && {
        let letters: String = token.chars().filter(|c| *c != '.').collect();
        letters.chars().all(char::is_uppercase)
    }
}

/// Nationality-like adjectives ("Russian", "Dutch", "Israeli") that only qualify a following title.
fn looks_like_nationality(token: &str) -> bool {
    let lower = token.to_lowercase();
    ["an", "ese", "ish", "ch", "i", "ic"].iter().any(|s| lower.ends_with(s)) || lower == "us" || lower == "uk"
}

fn is_title_token(token: &str) -> bool {
    is_title_word(&token.to_lowercase())
}

fn starts_upper(token: &str) -> bool {
    token.chars().next().is_some_and(char::is_uppercase)
}

/// Turns a raw name mention into a display name, or `None` if nothing name-like remains.
///
/// "Mr. Roe" -> "Roe", "President Ana V. Lima of Brazil" -> "Ana Lima",
/// "U.S. Secretary of State Jane Roe" -> "Jane Roe", "Lima’s" -> "Lima".
pub fn normalize_name(raw: &str) -> Option<String> {
    // Real names with titles stay far below this; the cap keeps the token shuffling below cheap.
    if raw.split_whitespace().nth(MAX_RAW_TOKENS).is_some() {
        return None;
    }
    let mut toks: Vec<&str> = raw
        .split_whitespace()
        .map(strip_clinging)
        .filter(|t| !t.is_empty())
        .collect();
    if let Some(last) = toks.last_mut() {
        *last = strip_possessive(last);
        // A sentence-final dot is not part of the name, but "Jr." and initials keep theirs.
        if last.ends_with('.') && !is_initial(last) && !is_name_suffix(&last.to_lowercase()) {
            *last = last.trim_end_matches('.');
        }
    }
    // "of"/"for" either belongs to a leading title ("Secretary of State") or starts a trailing
    // qualifier ("Lima of Brazil").
    while let Some(k) = toks.iter().position(|t| matches!(*t, "of" | "for")) {
        let name_before = toks.iter().take(k).any(|t| !is_leading_noise(t, None));
        if name_before {
            toks.truncate(k);
        } else {
            let mut rest = k + 1;
            while rest < toks.len() && (is_title_token(toks[rest]) || toks[rest] == "the") {
                rest += 1;
            }
            toks.drain(..rest);
        }
    }
    if !toks.iter().any(|t| is_person_title(&t.to_lowercase()))
        && let Some(org) = organization_name(toks.clone())
    {
        return Some(org);
    }
    let mut honorific = false;
    while let Some(first) = toks.first() {
        if toks.len() > 1 && is_leading_noise(first, toks.get(1).copied()) {
            honorific |= is_honorific(first);
            toks.remove(0);
        } else {
            break;
        }
    }
    // Middle initials go; a leading initial ("J. Roe") stays as the only trace of a first name.
    let len = toks.len();
    let toks: Vec<&str> = toks
        .into_iter()
        .enumerate()
        .filter(|&(i, t)| i == 0 || i + 1 == len || !is_initial(t))
        .map(|(_, t)| t)
        .collect();
    valid_name(&toks, honorific).then(|| toks.join(" "))
}

/// "The White House", "the Foreign Ministry": title-like words that name an institution, kept
/// whole when the last word marks an organization.
fn organization_name(mut toks: Vec<&str>) -> Option<String> {
    while toks.len() > 1 && toks.first().is_some_and(|t| is_stopword(&t.to_lowercase())) {
        toks.remove(0);
    }
    let last = toks.last()?.to_lowercase();
    let capitalized = toks.iter().all(|t| starts_upper(t));
    (toks.len() >= 2 && capitalized && is_org_word(&last)).then(|| toks.join(" "))
}

/// Titles that only ever precede a surname, so "Mr. King" keeps "King".
fn is_honorific(token: &str) -> bool {
    matches!(
        token.trim_end_matches('.').to_lowercase().as_str(),
        "mr" | "mrs" | "ms" | "miss" | "dr" | "sir" | "dame" | "prof" | "mme" | "messrs"
    )
}

/// Leading words to drop before a name: stopwords, titles, "U.S." and nationalities before titles.
fn is_leading_noise(token: &str, next: Option<&str>) -> bool {
    let lower = token.to_lowercase();
    let next_is_title = next.is_some_and(is_title_token);
    is_stopword(&lower)
        || is_title_word(&lower)
        || is_dotted_abbreviation(token)
        || (next_is_title && looks_like_nationality(token))
        || (next_is_title && lower.ends_with("’s"))
}

fn valid_name(toks: &[&str], honorific: bool) -> bool {
    if toks.is_empty() || toks.len() > 5 {
        return false;
    }
    let Some(last) = toks.last() else {
        return false;
    };
    let last_lower = last.to_lowercase();
    // "Emotional City Mayor" describes someone without naming them; "Mr. King" still names.
    let office = is_office_noun(&last_lower) && !honorific;
    if is_stopword(&last_lower) || office || (is_title_word(&last_lower) && toks.len() == 1 && !honorific) {
        return false;
    }
    let shaped = toks.iter().all(|t| {
        let lower = t.to_lowercase();
        !t.chars().any(|c| c.is_ascii_digit()) && (starts_upper(t) || is_particle(&lower) || is_name_suffix(&lower))
    });
    let substantive = toks.iter().any(|t| {
        let lower = t.to_lowercase();
        starts_upper(t)
            && t.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !is_stopword(&lower)
            && !is_name_suffix(&lower)
    });
    shaped && substantive
}

/// Lowercase last name, skipping "Jr."-style suffixes and a possessive ending.
pub fn surname_key(name: &str) -> String {
    // One word is its own surname, name suffix or not: every capitalized word of a text is
    // looked up by this key.
    if !name.contains(char::is_whitespace) {
        let mut key = String::new();
        word_surname_key_into(name, &mut key);
        return key;
    }
    let last = name
        .split_whitespace()
        .rev()
        .find(|t| !is_name_suffix(&t.to_lowercase()))
        .or_else(|| name.split_whitespace().next_back())
        .unwrap_or("");
    strip_possessive(strip_clinging(last))
        .trim_end_matches('.')
        .to_lowercase()
}

/// [`surname_key`] of one word (no whitespace), written into `out`: every capitalized word of a
/// text is looked up by its key, and a buffer spares a string each.
pub fn word_surname_key_into(word: &str, out: &mut String) {
    out.clear();
    let key = strip_possessive(strip_clinging(word)).trim_end_matches('.');
    if key.is_ascii() {
        crate::text::push_ascii_lowercase(out, key);
    } else {
        out.push_str(&key.to_lowercase());
    }
}

/// The first name, when the name has more than a surname.
fn given_name(name: &str) -> Option<String> {
    let toks: Vec<&str> = name
        .split_whitespace()
        .filter(|t| !is_name_suffix(&t.to_lowercase()))
        .collect();
    (toks.len() > 1).then(|| toks[0].trim_end_matches('.').to_lowercase())
}

fn given_compatible(a: &Option<String>, b: &Option<String>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => {
            let initial = |s: &str| s.chars().next();
            x == y || ((x.chars().count() == 1 || y.chars().count() == 1) && initial(x) == initial(y))
        }
        _ => true,
    }
}

/// Completeness order: more words, then longer, then alphabetical for determinism.
fn more_complete(a: &str, b: &str) -> bool {
    let words = |s: &str| s.split_whitespace().count();
    (words(a), a.len(), std::cmp::Reverse(a)) > (words(b), b.len(), std::cmp::Reverse(b))
}

/// Maps every name to one canonical display name.
///
/// Names sharing a surname key are one person when their first names don't contradict; the
/// canonical form is the most complete one. A bare surname that fits two contradicting full names
/// ("Ana Lima" and "Rui Lima") is ambiguous and maps to itself.
pub fn canonical_names<'a>(names: impl IntoIterator<Item = &'a str>) -> HashMap<String, String> {
    let mut groups: HashMap<String, Vec<&str>> = HashMap::new();
    let mut map = HashMap::new();
    for name in names {
        if map.contains_key(name) {
            continue;
        }
        map.insert(name.to_string(), name.to_string());
        let key = surname_key(name);
        if !key.is_empty() {
            groups.entry(key).or_default().push(name);
        }
    }
    for members in groups.values() {
        let givens: Vec<Option<String>> = members.iter().map(|n| given_name(n)).collect();
        for (i, name) in members.iter().enumerate() {
            let compatible: Vec<usize> = (0..members.len())
                .filter(|&j| given_compatible(&givens[i], &givens[j]))
                .collect();
            if givens[i].is_none() {
                let full: Vec<usize> = compatible.iter().copied().filter(|&j| givens[j].is_some()).collect();
                let clash = full
                    .iter()
                    .any(|&a| full.iter().any(|&b| !given_compatible(&givens[a], &givens[b])));
                if clash {
                    continue;
                }
            }
            let best = compatible
                .iter()
                .map(|&j| members[j])
                .fold(*name, |best, cand| if more_complete(cand, best) { cand } else { best });
            map.insert(name.to_string(), best.to_string());
        }
    }
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_titles_initials_and_possessives() {
        assert_eq!(normalize_name("Mr. Roe"), Some("Roe".to_string()));
        assert_eq!(normalize_name("President Ana V. Lima"), Some("Ana Lima".to_string()));
        assert_eq!(
            normalize_name("President Ana V. Lima of Brazil"),
            Some("Ana Lima".to_string())
        );
        assert_eq!(
            normalize_name("U.S. Secretary of State Jane Roe"),
            Some("Jane Roe".to_string())
        );
        assert_eq!(normalize_name("Lima’s"), Some("Lima".to_string()));
        assert_eq!(normalize_name("Dr. Kofi Mensah,"), Some("Kofi Mensah".to_string()));
        assert_eq!(
            normalize_name("Dutch Foreign Minister Piet de Vries"),
            Some("Piet de Vries".to_string())
        );
        assert_eq!(normalize_name("But Ana Lima"), Some("Ana Lima".to_string()));
        assert_eq!(
            normalize_name("Martin L. King Jr."),
            Some("Martin King Jr.".to_string())
        );
        assert_eq!(normalize_name("J. Roe"), Some("J. Roe".to_string()));
        assert_eq!(normalize_name("Acme Corp"), Some("Acme Corp".to_string()));
        assert_eq!(normalize_name("Mr. King"), Some("King".to_string()));
        assert_eq!(normalize_name("The White House"), Some("White House".to_string()));
        assert_eq!(
            normalize_name("the Foreign Ministry"),
            Some("Foreign Ministry".to_string())
        );
    }

    #[test]
    fn rejects_non_names() {
        assert_eq!(normalize_name("But"), None);
        assert_eq!(normalize_name("The"), None);
        assert_eq!(normalize_name("He"), None);
        assert_eq!(normalize_name("the President"), None);
        assert_eq!(normalize_name("the ministry"), None);
        assert_eq!(normalize_name(""), None);
        assert_eq!(normalize_name("Room 101"), None);
        assert_eq!(normalize_name("北京"), None);
        assert_eq!(normalize_name("Emotional Harbor City Mayor"), None);
    }

    #[test]
    fn surname_keys() {
        assert_eq!(surname_key("Ana Lima"), "lima");
        assert_eq!(surname_key("Martin King Jr."), "king");
        assert_eq!(surname_key("Lima’s"), "lima");
        assert_eq!(surname_key(""), "");
    }

    #[test]
    fn canonical_merges_compatible_variants() {
        let map = canonical_names(["Lima", "Ana Lima", "A. Lima", "Kofi Mensah", "Mensah"]);
        assert_eq!(map["Lima"], "Ana Lima");
        assert_eq!(map["A. Lima"], "Ana Lima");
        assert_eq!(map["Ana Lima"], "Ana Lima");
        assert_eq!(map["Mensah"], "Kofi Mensah");
    }

    #[test]
    fn canonical_keeps_contradicting_people_apart() {
        let map = canonical_names(["Ana Lima", "Rui Lima", "Lima", "R. Lima"]);
        assert_eq!(map["Ana Lima"], "Ana Lima");
        assert_eq!(map["Rui Lima"], "Rui Lima");
        assert_eq!(map["R. Lima"], "Rui Lima");
        assert_eq!(map["Lima"], "Lima");
    }
}
