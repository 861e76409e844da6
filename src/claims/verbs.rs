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
        "stood" => "stand",
        "won" => "win",
        "broke" | "broken" => "break",
        "shut" => "shut",
        "ended" => "end",
        _ => return None,
    })
}

/// Verbs whose complement is commonly a length of time or a moment: how long something lasts or
/// runs, when it starts, ends, resumes, or when someone comes back or leaves. In any inflection.
pub fn is_timing_verb(w: &str) -> bool {
    const BASES: &[&str] = &[
        "arrive", "begin", "close", "continue", "depart", "end", "expire", "finish", "last", "leave", "open", "remain",
        "reopen", "resume", "return", "run", "start", "stay", "take", "wait",
    ];
    let base = |w: &str| BASES.binary_search(&w).is_ok();
    base(w)
        || w.strip_suffix('s').is_some_and(base)
        || w.strip_suffix("ing").is_some_and(|s| base(s) || base(&format!("{s}e")))
        || w.strip_suffix("ed").is_some_and(|s| base(s) || base(&format!("{s}e")))
}

#[cfg(test)]
mod timing_tests {
    use super::is_timing_verb;

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
