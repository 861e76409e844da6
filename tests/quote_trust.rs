//! Shared quotes that can be trusted: groups that never chain different remarks, speakers as each
//! outlet gives them, and quoted names or titles kept out. Short made-up articles, several outlets each.

use newsdiff::findings::{FindingKind, story_findings};
use newsdiff::load::{Document, Metadata};
use newsdiff::shared::{Relation, SharedQuote};
use newsdiff::{Analysis, analyze};

fn doc(stem: &str, outlet: &str, body: &str) -> Document {
    Document {
        source: format!("{stem}.txt"),
        stem: stem.into(),
        body: body.into(),
        meta: Metadata {
            outlet: Some(outlet.into()),
            // One story per test: grouping articles into stories is tested elsewhere.
            story: Some("story".into()),
            ..Metadata::default()
        },
    }
}

fn run(docs: Vec<Document>) -> Analysis {
    let a = analyze(docs, &[]);
    assert_eq!(a.stories.len(), 1);
    a
}

fn shared(a: &Analysis) -> &[SharedQuote] {
    &a.stories[0].shared_quotes
}

/// The text of every occurrence of a shared quote.
fn occurrence_texts<'a>(a: &'a Analysis, q: &SharedQuote) -> Vec<&'a str> {
    q.occurrences
        .iter()
        .map(|o| {
            let article = &a.articles[o.article];
            article.slice(article.quotes[o.quote].span)
        })
        .collect()
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Longest run of consecutive equal words of `a` and `b`.
fn common_run(a: &str, b: &str) -> usize {
    let (a, b) = (words(a), words(b));
    let mut best = 0;
    for i in 0..a.len() {
        for j in 0..b.len() {
            let k = a
                .iter()
                .skip(i)
                .zip(b.iter().skip(j))
                .take_while(|(x, y)| x == y)
                .count();
            best = best.max(k);
        }
    }
    best
}

/// Each occurrence shares a run of words with the canonical wording: the whole occurrence when it
/// is short, else at least `run` words.
fn assert_anchored(a: &Analysis, run: usize) {
    for q in shared(a) {
        for text in occurrence_texts(a, q) {
            let needed = run.min(words(text).len());
            assert!(
                common_run(text, &q.text) >= needed,
                "«{text}» shares fewer than {needed} words in a row with «{}»",
                q.text
            );
        }
    }
}

fn chain_story() -> Analysis {
    run(vec![
        doc(
            "north",
            "North Courier",
            "Harbor town reopens its ferry\n\nMayor Ana Lima reopened the ferry line on Friday.\n\n\
             “The ferry will carry the first passengers across the bay before the summer,” Lima said. \
             She called the day “historic”.\n\n\
             Later she added: “Our teachers deserve higher pay and smaller classes this autumn.”",
        ),
        doc(
            "south",
            "South Ledger",
            "Ferry line back after storm\n\nThe ferry line reopened on Friday, Mayor Ana Lima said.\n\n\
             “The ferry will carry the first passengers across the bay before the summer,” Lima told \
             reporters, hailing a “historic” morning.",
        ),
        doc(
            "east",
            "East Herald",
            "Lima reopens ferry\n\nMayor Ana Lima spoke at the quay on Friday.\n\n\
             “Our teachers deserve higher pay and smaller classes this autumn,” Lima said of the \
             town's schools, on what she called a “historic” day.",
        ),
    ])
}

#[test]
fn remarks_of_one_speaker_and_a_lone_word_stay_apart() {
    let a = chain_story();
    let groups = shared(&a);
    let texts: Vec<&str> = groups.iter().map(|q| q.text.as_str()).collect();
    // The one-word quote bridges nothing, and is too short to be a shared remark of its own.
    assert!(!texts.contains(&"historic"), "{texts:?}");
    for q in groups {
        let occurrences = occurrence_texts(&a, q);
        let ferry = occurrences.iter().any(|t| t.contains("ferry"));
        let teachers = occurrences.iter().any(|t| t.contains("teachers"));
        assert!(!(ferry && teachers), "two remarks chained: {occurrences:?}");
        assert!(occurrences.iter().all(|t| words(t) != ["historic"]), "{occurrences:?}");
    }
    assert_eq!(groups.len(), 2, "{texts:?}");
}

#[test]
fn every_occurrence_shares_a_run_with_the_canonical_wording() {
    assert_anchored(&chain_story(), 4);
    assert_anchored(&translated_story(), 3);
    assert_anchored(&disagreement_story(), 4);
}

fn translated_story() -> Analysis {
    run(vec![
        doc(
            "a",
            "Valley Times",
            "Minister on grain prices\n\nFarm minister Sara Okafor visited the mills on Monday.\n\n\
             “Our mills cannot keep running another winter without cheaper power,” Okafor said.",
        ),
        doc(
            "b",
            "River Post",
            "Mills warn on power costs\n\nFarm minister Sara Okafor toured the mills on Monday.\n\n\
             Okafor said: “Without cheaper power our mills will not keep running another winter.”",
        ),
        doc(
            "c",
            "Plain Wire",
            "Okafor at the mills\n\nSara Okafor, the farm minister, met millers on Monday.\n\n\
             “Our mills cannot keep running another winter without cheaper power,” she said.",
        ),
    ])
}

#[test]
fn a_differently_translated_remark_still_groups() {
    let a = translated_story();
    let groups = shared(&a);
    assert_eq!(groups.len(), 1, "{groups:#?}");
    let q = &groups[0];
    assert_eq!(q.occurrences.len(), 3);
    assert!(q.wording_differs);
    assert!(q.occurrences.iter().any(|o| o.relation == Relation::Altered));
    assert_eq!(q.speaker.as_deref(), Some("Sara Okafor"));
    assert!(q.attributions.is_empty(), "{:?}", q.attributions);
}

fn disagreement_story() -> Analysis {
    run(vec![
        doc(
            "one",
            "Morning Star",
            "Governor defends budget\n\nGovernor Ana Lima presented the budget on Tuesday.\n\n\
             “This budget protects every hospital in the province without raising taxes,” Lima said.",
        ),
        doc(
            "two",
            "Evening Post",
            "Budget unveiled\n\nThe provincial budget was presented on Tuesday.\n\n\
             “This budget protects every hospital in the province without raising taxes,” \
             spokeswoman Rui Costa said.",
        ),
        doc(
            "three",
            "Daily Wire",
            "Lima budget\n\nGovernor Ana Lima spoke on Tuesday.\n\n\
             “This budget protects every hospital in the province without raising taxes,” Ana Lima said.",
        ),
    ])
}

#[test]
fn outlets_naming_different_speakers_is_a_finding() {
    let a = disagreement_story();
    let groups = shared(&a);
    assert_eq!(groups.len(), 1, "{groups:#?}");
    let q = &groups[0];
    let who: Vec<(&str, usize)> = q
        .attributions
        .iter()
        .map(|at| (at.speaker.as_str(), at.articles.len()))
        .collect();
    assert_eq!(who, vec![("Ana Lima", 2), ("Rui Costa", 1)]);
    let findings = story_findings(&a, &a.stories[0]);
    let f = findings
        .iter()
        .find(|f| f.kind == FindingKind::SharedQuote)
        .expect("a quote finding");
    assert!(
        f.summary
            .starts_with("attributed to Ana Lima by Morning Star, Daily Wire; to Rui Costa by Evening Post"),
        "{}",
        f.summary
    );
    assert!(f.detail.contains("disagree"), "{}", f.detail);
}

#[test]
fn a_quote_in_a_relative_clause_is_that_persons() {
    let a = run(vec![
        doc(
            "x",
            "Coast News",
            "Delegates arrive\n\nTrade envoy Rui Costa said his delegation was greeted by Mayor Ana Lima, \
             who welcomed them to “the city of bridges and open doors.”",
        ),
        doc(
            "y",
            "Bay Times",
            "Envoy in town\n\nRui Costa led the delegation. Mayor Ana Lima, who met them at the station, \
             welcomed them to “the city of bridges and open doors.”",
        ),
    ]);
    for article in &a.articles {
        let speakers: Vec<Option<&str>> = article.quotes.iter().map(|q| q.speaker.as_deref()).collect();
        assert_eq!(speakers, vec![Some("Ana Lima")], "{}", article.id);
    }
    let groups = shared(&a);
    assert_eq!(groups.len(), 1);
    assert_eq!(groups[0].speaker.as_deref(), Some("Ana Lima"));
}

#[test]
fn quoted_titles_and_terms_without_speakers_are_not_shared() {
    let a = run(vec![
        doc(
            "p",
            "Isle Post",
            "Quake shakes islands\n\nThe islands sit on the Pacific “Belt of Embers,” where quakes are common.\n\n\
             Rescue chief Kofi Mensah spoke on “Morning Report” about the search.",
        ),
        doc(
            "q",
            "Isle Daily",
            "Islands hit by quake\n\nThe islands lie on the so-called \"Belt of Embers\" and feel hundreds of quakes.\n\n\
             Kofi Mensah, the rescue chief, told “Morning Report” that teams were searching.",
        ),
    ]);
    let groups = shared(&a);
    assert!(groups.is_empty(), "{groups:#?}");
}

#[test]
fn objects_pronoun_phrases_and_places_are_not_speakers() {
    let a = run(vec![doc(
        "z",
        "Town Crier",
        "Prices climb\n\nFuel rose again, according to the price list. “Costs rose,” according to the price board.\n\n\
         “We will cope,” he also said.\n\n\
         In the port, where Costa works, “nobody is buying,” traders said.",
    )]);
    let speakers: Vec<Option<&str>> = a.articles[0].quotes.iter().map(|q| q.speaker.as_deref()).collect();
    assert_eq!(speakers, vec![None, None, None]);
}
