//! Tests of quote grouping's candidates and title tests.
use super::*;

#[test]
fn candidates_are_bounded_and_keep_the_identical_wording() {
    let mut c = Candidates::new(400);
    let crowded: Vec<usize> = (0..300).collect();
    let few: Vec<usize> = vec![3, 299];
    // Seeds 3 and 299 share two words with the quote, the rest one: they come first.
    let got = c.find([crowded.as_slice(), few.as_slice()].into_iter(), Some(350));
    assert_eq!(got.len(), SEEDS_COMPARED + 1);
    assert!(got.contains(&3) && got.contains(&299) && got.contains(&350));
    assert!(got.windows(2).all(|w| w[0] < w[1]));
    // Counts start from zero again for the next quote, the dropped seeds' too.
    assert_eq!(c.find([few.as_slice()].into_iter(), None), vec![3, 299]);
    assert!(c.shared.iter().all(|&n| n == 0));
}

#[test]
fn titles_and_terms() {
    assert!(looks_like_title("Belt of Embers."));
    assert!(looks_like_title("Good Morning Harbor"));
    assert!(!looks_like_title("Lima"));
    assert!(!looks_like_title("ring of fire"));
    assert!(!looks_like_title("We Will Win"));
    assert!(!looks_like_title("Enough!"));
    assert!(!looks_like_title("The Water Came Fast Today"));
    assert!(!looks_like_title(""));
}

/// The title tests as first written, collecting every word before judging: the early exits
/// must not change a verdict.
fn looks_like_title_whole(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—'))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    let joiner = |w: &str| {
        matches!(
            w,
            "of" | "the" | "and" | "a" | "an" | "in" | "on" | "for" | "to" | "at" | "&"
        )
    };
    let capitalized: Vec<&&str> = words.iter().filter(|w| !joiner(w)).collect();
    let ends_like_speech = text.trim_end().ends_with(['!', '?']);
    let title = !capitalized.is_empty()
        && capitalized.len() <= 3
        && capitalized
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !ends_like_speech
        && !words
            .first()
            .is_some_and(|w| matches!(*w, "I" | "We" | "You" | "He" | "She" | "It" | "They"));
    title && capitalized.len() >= 2
}

fn title_cased_whole(text: &str) -> bool {
    let words: Vec<&str> = text
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
        .collect();
    let function = |w: &&str| {
        matches!(
            w.to_lowercase().as_str(),
            "the" | "of" | "and" | "to" | "a" | "an" | "in" | "on" | "with" | "for" | "at" | "is" | "are"
        )
    };
    words.len() >= 3
        && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && words.iter().skip(1).any(function)
}

#[test]
fn title_tests_read_word_by_word_as_they_read_whole() {
    let pieces = [
        "We", "I", "Belt", "of", "the", "The", "A", "and", "&", "embers", "Élan", "élan", "!", "?", ".", "-", "—", " ",
        "  ", "\t", "\"", "'", "3", "Is", "IS", "For", "é",
    ];
    let mut rng = crate::synth::Rng(11);
    let (mut titles, mut title_cased_ones) = (0, 0);
    for _ in 0..20_000 {
        let text: String = (0..rng.below(9))
            .map(|_| pieces[rng.below(pieces.len())])
            .collect::<Vec<_>>()
            .join(if rng.below(3) == 0 { "" } else { " " });
        assert_eq!(looks_like_title(&text), looks_like_title_whole(&text), "{text:?}");
        assert_eq!(title_cased(&text), title_cased_whole(&text), "{text:?}");
        titles += usize::from(looks_like_title(&text));
        title_cased_ones += usize::from(title_cased(&text));
    }
    // Both verdicts are drawn often enough to be tested.
    assert!(titles > 200 && title_cased_ones > 200, "{titles} {title_cased_ones}");
}
