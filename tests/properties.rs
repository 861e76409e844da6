//! Property tests: on arbitrary text (any Unicode, biased to quote marks, digits, signs and
//! newlines) nothing panics and every span the analysis returns is valid: the fuzz targets' checks
//! (`newsdiff::check::harness`), on generated input.

use newsdiff::check::harness;
use proptest::prelude::*;

/// Pieces text is made of: any character, or one that steers the analysis somewhere.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => any::<char>().prop_map(String::from),
        3 => prop::sample::select(vec![
            "\"", "\u{201c}", "\u{201d}", "\u{2018}", "\u{2019}", "'", "\u{ab}", "\u{bb}", "\n", "\n\n", " ", ". ",
            "-", "\u{2212}", ",", ":", "%", "$", "(", ")", "\u{301}", "\u{200f}", "\t",
        ])
        .prop_map(String::from),
        2 => (0u32..100_000).prop_map(|n| n.to_string()),
        3 => prop::sample::select(vec![
            "said", "Mr.", "The", "minus", "million", "hours", "degrees", "tons", "people", "at least", "about",
            "Tuesday", "March", "2021", "p.m.", "killed", "\u{e9}t\u{e9}", "\u{65e5}\u{672c}",
        ])
        .prop_map(|w| format!("{w} ")),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..120).prop_map(|p| p.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn one_article_has_valid_spans(body in text()) {
        let problems = harness::claims(&body);
        prop_assert!(problems.is_empty(), "{:?}", problems);
        let problems = harness::quotes(&body);
        prop_assert!(problems.is_empty(), "{:?}", problems);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn a_small_corpus_analyses_and_renders(bodies in prop::collection::vec(text(), 1..4), mode in any::<u8>()) {
        // The fuzz target's input: a mode byte, then the articles separated by NUL.
        let mut input = vec![mode];
        input.extend_from_slice(bodies.join("\0").as_bytes());
        let problems = harness::corpus(&input);
        prop_assert!(problems.is_empty(), "{:?}", problems);
    }

    #[test]
    fn any_bytes_load_and_clean(bytes in prop::collection::vec(any::<u8>(), 0..400), text in text(), html in any::<bool>()) {
        let problems = harness::load_clean(&bytes);
        prop_assert!(problems.is_empty(), "{:?}", problems);
        let mut page = vec![u8::from(html)];
        page.extend_from_slice(text.as_bytes());
        let problems = harness::load_clean(&page);
        prop_assert!(problems.is_empty(), "{:?}", problems);
    }
}
