//! Verb word lists: modals and words of expectation, speech verbs, irregular verb lemmas.

/// Words that mark a value as expected rather than reported.
pub fn is_expectation(w: &str) -> bool {
    matches!(
        w,
        "will"
            | "would"
            | "could"
            | "should"
            | "may"
            | "might"
            | "can"
            | "shall"
            | "'ll"
            | "expected"
            | "expect"
            | "expects"
            | "scheduled"
            | "planned"
            | "plans"
            | "plan"
            | "due"
            | "likely"
            | "forecast"
            | "forecasts"
            | "predicted"
            | "predicts"
            | "projected"
            | "anticipated"
            | "intends"
            | "intend"
            | "aims"
            | "hopes"
            | "slated"
            | "set"
            | "going"
            | "unlikely"
            | "possibly"
            | "potential"
            | "proposed"
            | "envisaged"
    )
}

/// Modals that take a bare verb after them (used to find the governing verb).
pub fn is_modal(w: &str) -> bool {
    matches!(
        w,
        "will" | "would" | "could" | "should" | "may" | "might" | "can" | "shall" | "must" | "to" | "'ll"
    )
}

/// Verbs that introduce attribution ("officials said").
pub fn is_speech_verb(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "say"
            | "told"
            | "tells"
            | "reported"
            | "reports"
            | "announced"
            | "announces"
            | "stated"
            | "confirmed"
            | "confirms"
            | "added"
            | "claimed"
            | "estimated"
            | "noted"
            | "explained"
            | "insisted"
            | "warned"
            | "wrote"
            | "tweeted"
            | "asserted"
            | "acknowledged"
    )
}

/// Lemma for frequent irregular verbs, so "left" and "leave" (or "met" and "meet") compare.
pub fn irregular_lemma(w: &str) -> Option<&'static str> {
    Some(match w {
        "left" => "leave",
        "met" => "meet",
        "held" => "hold",
        "took" | "taken" => "take",
        "began" | "begun" => "begin",
        "went" | "gone" => "go",
        "came" => "come",
        "gave" | "given" => "give",
        "flew" | "flown" => "fly",
        "fled" => "flee",
        "fell" | "fallen" => "fall",
        "rose" | "risen" => "rise",
        "sent" => "send",
        "spent" => "spend",
        "struck" => "strike",
        "ran" => "run",
        "wrote" | "written" => "write",
        "brought" => "bring",
        "kept" => "keep",
        "sat" => "sit",
        "spoke" | "spoken" => "speak",
        "drew" | "drawn" => "draw",
        "hit" => "hit",
        "made" => "make",
        "lost" => "lose",
        "paid" => "pay",
        "sold" => "sell",
        "built" => "build",
        "found" => "find",
        "stood" => "stand",
        "won" => "win",
        "broke" | "broken" => "break",
        "shut" => "shut",
        "ended" => "end",
        _ => return None,
    })
}

/// One name for verb stems that report the same happening, so that outlets timing it with
/// different verbs ("departed" and "left", "found" and "located") time one event.
pub fn happening(stem: &str) -> &str {
    match stem {
        "depart" | "leav" => "depart",
        "find" | "locat" | "discov" | "retriev" => "find",
        "begin" | "start" | "kick" | "commenc" => "begin",
        "arriv" | "land" => "arrive",
        "end" | "conclud" | "finish" => "end",
        "strike" | "hit" | "jolt" | "rock" => "strike",
        other => other,
    }
}

/// Verbs whose complement is commonly a length of time or a moment: how long something lasts or
/// runs, when it starts, ends, resumes, or when someone comes back or leaves. In any inflection.
pub fn is_timing_verb(w: &str) -> bool {
    inflection_of(w, TIMING_BASES)
}

/// Bases of the timing verbs, sorted (searched by bisection).
const TIMING_BASES: &[&str] = &[
    "arrive", "begin", "close", "continue", "depart", "end", "expire", "finish", "last", "leave", "open", "remain",
    "reopen", "resume", "return", "run", "start", "stay", "take", "wait",
];

/// Whether `w` is one of the sorted `bases` or a regular inflection of one: "-s", "-d", "-ed",
/// "-ing", with a dropped final "e" restored ("closed", "closing"), or a doubled final consonant
/// ("occurred").
pub fn inflection_of(w: &str, bases: &[&str]) -> bool {
    let base = |s: &str| bases.binary_search(&s).is_ok();
    // Restoring a dropped "e" needs the stem plus "e": only these rare misses allocate.
    let with_e = |s: &str| !s.is_empty() && base(&format!("{s}e"));
    let doubled = |s: &str| {
        let b = s.as_bytes();
        b.len() > 2 && b[b.len() - 1] == b[b.len() - 2] && s.get(..s.len() - 1).is_some_and(base)
    };
    base(w)
        || w.strip_suffix('s').is_some_and(base)
        || w.strip_suffix('d').is_some_and(base)
        || w.strip_suffix("ed").is_some_and(|s| base(s) || with_e(s) || doubled(s))
        || w.strip_suffix("ing")
            .is_some_and(|s| base(s) || with_e(s) || doubled(s))
}

#[cfg(test)]
mod timing_tests {
    use super::{inflection_of, is_timing_verb};

    #[test]
    fn inflections_of_a_sorted_lexicon() {
        let bases = ["close", "occur", "stop"];
        for w in ["closes", "closed", "closing", "occurred", "occurring", "stopped"] {
            assert!(inflection_of(w, &bases), "{w}");
        }
        assert!(!inflection_of("clothes", &bases));
        assert!(super::TIMING_BASES.windows(2).all(|p| p[0] < p[1]));
    }

    #[test]
    fn timing_verbs_in_any_inflection() {
        for w in ["last", "lasts", "lasting", "resumes", "closing", "continue", "takes"] {
            assert!(is_timing_verb(w), "{w}");
        }
        for w in ["table", "says", "house"] {
            assert!(!is_timing_verb(w), "{w}");
        }
    }
}
