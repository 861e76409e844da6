//! Tests of `boilerplate`.

use super::*;

#[test]
fn footers() {
    let strong = Some(Clutter::Footer { strong: true });
    let weak = Some(Clutter::Footer { strong: false });
    assert_eq!(classify("Source link"), strong);
    assert_eq!(classify("CHECK ALSO"), strong);
    assert_eq!(classify("Leave a Reply Cancel reply"), strong);
    assert_eq!(classify("Popular Topics »"), strong);
    assert_eq!(
        classify("Your email address will not be published. Required fields are marked *"),
        strong
    );
    assert_eq!(classify("## Related Articles"), weak);
    assert_eq!(classify("Related Posts:"), weak);
    assert_eq!(classify("You May Also Like"), weak);
    assert_eq!(classify("More from The Daily Planet"), weak);
    assert_eq!(classify("12 Comments"), weak);
    assert_eq!(classify("Comments (3)"), weak);
    assert_eq!(classify("Comments [ 3 ]  (1.2)"), weak);
}

#[test]
fn standalone_lines() {
    for l in [
        "Translate »",
        "Share this:",
        "Like this:",
        "Loading...",
        "ADVERTISEMENT",
        "Subscribe",
        "Sign up for our newsletter",
        "Get the Valley Post in your inbox every morning. Sign up for our free newsletter.",
        "Click here to read the full report",
        "Follow us on Twitter",
        "Read more",
        "Read more: Acme Shares Tumble",
        "© 2021 Acme News",
        "Copyright 2021 The Daily Planet.",
        "Acme Media Ltd. All rights reserved.",
        "We use cookies to improve your experience.",
        "This site uses cookies. By continuing to browse you accept our cookie policy.",
        "***",
        "• • •",
        "https://example.com/story",
        "![chart](img.png)",
        "[Acme buys Beta](https://x.y/z)",
        "1.2K shares",
        "Required fields are marked *",
        "2. Skip to main menu",
        "3. Skip to more Acme sites",
    ] {
        assert_eq!(classify(l), Some(Clutter::Line), "{l}");
    }
}

#[test]
fn prose_stays() {
    for l in [
        "The advertisement ran for three weeks before regulators intervened.",
        "Subscribers to the service rose 5% last year.",
        "Related companies were also fined.",
        "More from the minister later on Tuesday, officials said.",
        "Skip to the end of the season and the club is still in debt, its accounts show.",
        "Shares of Acme rose 5% on Monday.",
        "Cookie sales were strong this year, the bakery said.",
        "Source: the ministry, which declined to comment further on the matter, said talks would resume.",
        "熊猫",
        "🎉🎉",
    ] {
        assert_eq!(classify(l), None, "{l}");
    }
}

#[test]
fn dates() {
    assert!(is_date_line("Published June 16, 2021"));
    assert!(is_date_line("Updated: 10:30 AM ET, Wed June 16, 2021"));
    assert!(is_date_line("16 June 2021"));
    assert!(is_date_line("2021-06-16"));
    assert!(is_date_line("5 min read"));
    assert!(is_date_line("• Last Update : 10:02 am"));
    assert!(!is_date_line("On June 16, the two leaders met."));
    assert!(!is_date_line("Talks Went Well"));
    assert!(!is_date_line("2021"));
}

#[test]
fn prefixes_open_with_a_lower_case_letter_and_markers_fit_the_length_gate() {
    // `classify` compares a line only with the prefixes opening with its first letter.
    assert!(PREFIXES.iter().all(|p| p.as_bytes()[0].is_ascii_lowercase()));
    assert!(WEAK_FOOTERS.iter().chain(LINES).all(|m| m.len() <= LISTED_LEN));
    assert_eq!(classify("READ MORE: the full story"), Some(Clutter::Line));
}

#[test]
fn counts_come_out_as_splitting_and_joining_took_them_out() {
    // Of labels as `label` makes them: single spaces between words.
    let old = |label: &str| {
        let cleaned: String = label
            .chars()
            .map(|c| {
                if c.is_ascii_digit() || "()[].,".contains(c) {
                    ' '
                } else {
                    c
                }
            })
            .collect();
        cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let alphabet = [
        "a", "z", " ", "1", "(", ")", "[", ".", ",", "é", "\u{a0}", "\t", "k", "’",
    ];
    for line in random_lines(3, &alphabet) {
        let label = label(&line);
        assert_eq!(label_without_counts(&label), old(&label), "{line:?}");
    }
}

#[test]
fn ascii_labels_are_the_word_by_word_labels() {
    let by_words = |line: &str| {
        let core = line.trim_matches(|c: char| !c.is_alphanumeric());
        core.split_whitespace()
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
            .join(" ")
    };
    let alphabet = [
        "a", "Z", " ", "  ", "\t", "\n", "\u{b}", "\u{c}", "\r", "7", "»", ":", "*", "'",
    ];
    for line in random_lines(5, &alphabet) {
        assert_eq!(label(&line), by_words(&line), "{line:?}");
    }
}

#[test]
fn a_label_without_counts_keeps_at_least_its_kept_bytes() {
    // What lets `classify` skip building it: a label whose kept bytes outnumber the longest
    // listed marker can match no marker, and no share count, which are shorter still.
    assert!(
        ["shares", "share", "views", "k shares", "k views", "likes"]
            .iter()
            .all(|m| m.len() <= LISTED_LEN)
    );
    let alphabet = ["ab", " ", "12", "(", ")", "[", "]", ".", ",", "é", "’", "x"];
    for line in random_lines(7, &alphabet) {
        let label = label(&line);
        let kept = kept_len(&label, usize::MAX);
        assert!(kept <= label_without_counts(&label).len(), "{line:?}");
        assert_eq!(kept_len(&label, 3), kept.min(3), "{line:?}");
    }
}

/// 3,000 lines of up to 15 pieces of `alphabet`, drawn from `seed`.
fn random_lines(seed: u64, alphabet: &[&str]) -> Vec<String> {
    let mut rng = crate::synth::Rng(seed);
    (0..3000)
        .map(|_| {
            (0..rng.below(16))
                .map(|_| alphabet[rng.below(alphabet.len())])
                .collect()
        })
        .collect()
}
