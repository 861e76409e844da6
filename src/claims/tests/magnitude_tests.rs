//! Signs and magnitudes: below-zero values keep their sign, tiny values their digits, and absurd
//! magnitudes are not read at all, so nothing prints as "inf" or two different values alike.

use super::super::value::fmt_num;
use super::super::*;
use super::{claims_of, one};

/// The (printed text, described value) of the one quantity in `s`.
fn quantity(s: &str) -> (String, String) {
    one(s, ClaimKind::Quantity)
}

#[test]
fn minus_signs_are_kept() {
    assert_eq!(
        quantity("Overnight the lake air fell to -5 degrees Celsius."),
        ("-5 degrees Celsius".into(), "-5 °C".into())
    );
    assert_eq!(
        quantity("The pass was at \u{2212}12 degrees Celsius."),
        ("\u{2212}12 degrees Celsius".into(), "-12 °C".into())
    );
    assert_eq!(
        quantity("The gauge read minus 8 degrees Celsius at dawn."),
        ("minus 8 degrees Celsius".into(), "-8 °C".into())
    );
    assert_eq!(quantity("The gauge read about -3 degrees Celsius.").1, "about -3 °C");
    assert_eq!(quantity("It stayed (-2 degrees Celsius) all day.").1, "-2 °C");
}

#[test]
fn dashes_that_are_not_signs_stay_positive() {
    assert_eq!(quantity("The count - 40 people - was disputed.").1, "40 people");
    assert_eq!(quantity("Crews saw 10 - 15 people.").1, "10 people to 15 people");
}

#[test]
fn tiny_values_keep_their_digits() {
    assert_eq!(fmt_num(0.000_000_1), "0.0000001");
    assert_eq!(fmt_num(0.000_000_9), "0.0000009");
    assert_eq!(fmt_num(0.123_456), "0.123");
    assert_eq!(fmt_num(0.5), "0.5");
    assert_eq!(fmt_num(0.0105), "0.0105");
    assert_eq!(fmt_num(1e-10), "1e-10");
    assert_eq!(fmt_num(0.0), "0");
    assert_eq!(quantity("Filters caught 0.0000001 tons of dust.").1, "0.0000001 t");
}

#[test]
fn signs_and_huge_values_format_without_inf() {
    assert_eq!(fmt_num(-2.5), "-2.5");
    assert_eq!(fmt_num(-1_500_000.0), "-1.5 million");
    assert_eq!(fmt_num(-12_345.0), "-12,345");
    assert_eq!(fmt_num(2.5e20), "2.5e20");
    assert_eq!(fmt_num(f64::INFINITY), "?");
    assert_eq!(fmt_num(f64::NAN), "?");
}

#[test]
fn absurd_magnitudes_are_not_read() {
    let huge = format!("The outage lasted 1{} hours.", "0".repeat(308));
    let found = claims_of(&huge);
    assert!(
        found.iter().all(|c| !c.2.contains("inf") && !c.2.contains("NaN")),
        "{found:?}"
    );
    assert!(found.iter().all(|c| c.0 != ClaimKind::Duration), "{found:?}");
    let stacked = "The fund holds 5 trillion trillion trillion trillion trillion trillion dollars.";
    assert!(claims_of(stacked).iter().all(|c| !c.2.contains("inf")));
    // The largest magnitude read still converts to a finite duration.
    assert_eq!(claims_of("The era lasted 1,000,000,000,000,000 years.").len(), 1);
}

/// Verdict of one claim against another, each the one claim of its sentence.
fn verdict(a: &str, b: &str) -> Verdict {
    let claim = |s: &str| {
        let mut c = extract_claims(s, &[Span::new(0, s.len())], &ClaimContext::default());
        assert_eq!(c.len(), 1, "{s}: {c:?}");
        c.remove(0).value
    };
    super::super::verdict::compare_values(&claim(a), &claim(b)).0
}

#[test]
fn opposite_signs_and_distinct_tiny_values_do_not_agree() {
    assert_eq!(
        verdict(
            "The lake fell to -5 degrees Celsius.",
            "The lake fell to 5 degrees Celsius."
        ),
        Verdict::Conflict
    );
    assert_eq!(
        verdict(
            "The lake fell to -5 degrees Celsius.",
            "The lake fell to minus 5 degrees Celsius."
        ),
        Verdict::Agrees
    );
    assert_eq!(
        verdict("It was about -5 degrees Celsius.", "It was about -5.2 degrees Celsius."),
        Verdict::Agrees
    );
    assert_eq!(
        verdict(
            "Filters caught 0.0000001 tons of dust.",
            "Filters caught 0.0000009 tons of dust."
        ),
        Verdict::Conflict
    );
}
