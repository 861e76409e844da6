//! Closed word lists used by attribution: speech verbs, titles, role nouns and the small words around them.

use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

/// Builds a lookup set once; lists are lowercase so callers compare lowercased tokens.
fn set(words: &'static str) -> HashSet<&'static str> {
    words.split_whitespace().collect()
}

/// Finite forms only: participles ("adding", "noting") have no subject of their own, so they
/// must not anchor a subject search.
static SPEECH_VERBS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "said says say told tells added adds asked asks insisted insists noted notes stated \
        states declared declares warned warns wrote writes explained explains argued argues \
        claimed claims replied replies responded responds recalled recalls tweeted tweets \
        continued continues acknowledged acknowledges admitted admits announced announces \
        suggested suggests urged urges remarked remarks observed observes commented \
        comments conceded concedes countered counters stressed stresses emphasized \
        emphasizes emphasised emphasises posted joked jokes shouted shouts cautioned \
        cautions predicted predicts complained complains confirmed confirms denied denies \
        reiterated reiterates maintained maintains testified testifies vowed vows pledged \
        pledges promised promises recounted recounts wondered wonders agreed agrees boasted \
        boasts quipped quips mused muses added assured assures contended contends exclaimed \
        exclaims lamented laments pleaded pleads demanded demands predicted whispered \
        yelled screamed murmured answered answers affirmed affirms alleged alleges \
        concluded concludes charged told texted messaged labeled labelled labels \
        described describes dubbed termed",
    )
});

/// Nouns that end a "the ... <role>" description of a person.
static ROLE_NOUNS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "president leader minister spokesman spokeswoman spokesperson official senator \
        governor mayor chancellor secretary ambassador general premier diplomat lawmaker \
        congressman congresswoman chief director executive chairman chairwoman chair envoy \
        adviser advisor aide prosecutor judge lawyer attorney king queen pope prince \
        princess commander representative professor candidate premier head manager coach \
        captain ceo founder owner actor actress author counterpart politician negotiator \
        economist analyst researcher scientist doctor officer nominee democrat republican \
        legislator councilman councilwoman councillor deputy sheriff commissioner monarch \
        emperor president-elect strongman dictator colleague host star singer player \
        striker midfielder defender driver rider champion archbishop bishop cardinal rabbi \
        imam pastor priest activist dissident campaigner journalist reporter editor \
        correspondent economist expert specialist physician surgeon",
    )
});

/// Capitalized titles that mark the following capitalized words as a person's name.
static PERSON_TITLES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "mr mrs ms miss dr president prime minister sen senator rep representative gen \
        general gov governor secretary chancellor queen king pope spokesman spokeswoman \
        spokesperson mayor judge justice lt col colonel sgt sergeant capt captain adm \
        admiral prof professor rev reverend sir dame lord lady prince princess sheikh \
        ambassador commissioner director chairman chairwoman premier vice deputy chief \
        envoy adviser advisor father sister brother rabbi imam archbishop bishop cardinal \
        emperor empress crown coach officer detective inspector superintendent sheriff \
        attorney speaker leader congressman congresswoman councilman councilwoman \
        councillor maj major cpl pvt corporal marshal field executive ceo",
    )
});

/// Capitalized words that belong to a title ("Foreign Minister", "Secretary of State") and
/// never to the name that follows it.
static TITLE_EXTRAS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "foreign defense defence state homeland security treasury commerce energy health \
        education labor labour transportation transport agriculture interior justice \
        affairs home finance economy economic trade staff veterans housing war national \
        general supreme district federal opposition majority minority house senate white \
        press communications environment culture sports industry development information \
        immigration intelligence public acting interim former late then first grand senior \
        assistant associate managing executive operating financial party army navy air \
        force police fire court city county attorney solicitor lieutenant",
    )
});

/// Sentence-initial or calendar words that are capitalized without being names.
static STOPWORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "the a an but and or nor so yet in on at as after before when while then still also \
        meanwhile however now later earlier speaking asked he she it they we i you this \
        that these those there here both some many most others other even only for if \
        although though because since until with without from by to of last next his her \
        their our its my your what who why how where which yes no not instead indeed today \
        yesterday tomorrow tonight monday tuesday wednesday thursday friday saturday sunday \
        january february march july september october november december sources officials \
        critics experts analysts according said says told added asked every each all any \
        one two three another such just like unlike despite during under over about against \
        among between through into onto upon via per whether once thus therefore moreover \
        furthermore again well oh ok okay dear lol",
    )
});

/// Lowercase name particles that may sit inside a name ("Ana de Souza", "Jan van Dijk").
static PARTICLES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "de van von der den da di du del della la le al el bin ibn ter dos das do y zu ben \
        bint abu st.",
    )
});

/// Words allowed between a subject and its speech verb ("X later said", "X has repeatedly said").
static ADVERBS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "also later then again once previously earlier recently separately further has had \
        have would will was is had did does do often always never just even still had \
        subsequently initially first since already reportedly himself herself too has may \
        might could should can once soon long been",
    )
});

/// Words that make a capitalized subject an organization rather than a person.
static ORG_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    set(
        "corp corp. inc inc. ltd ltd. co co. llc plc group ministry department house agency \
        council party bank university times news post office committee commission \
        association union institute foundation company government administration court \
        police army navy service organization organisation center centre fund board \
        authority network press journal tribune herald guardian telegraph telegram reuters \
        bureau embassy parliament congress senate assembly federation league club team \
        force command forces media tv radio channel daily weekly review gazette hospital \
        school college airlines motors industries holdings partners capital systems \
        technologies labs nations states kingdom republic federal national international \
        world global european america street hall palace castle",
    )
});

pub fn is_speech_verb(lower: &str) -> bool {
    SPEECH_VERBS.contains(lower)
}

/// Speech verbs that are never nouns, so a capitalized form (Title Case headlines: "Lima Warns")
/// still counts; "States", "Notes" or "Claims" do not.
pub fn is_capitalized_speech_verb(lower: &str) -> bool {
    matches!(
        lower,
        "said"
            | "says"
            | "told"
            | "tells"
            | "warns"
            | "warned"
            | "insists"
            | "insisted"
            | "urges"
            | "urged"
            | "admits"
            | "admitted"
            | "denies"
            | "denied"
            | "vowed"
            | "declares"
            | "declared"
            | "adds"
            | "added"
            | "argues"
            | "argued"
            | "explains"
            | "explained"
            | "announces"
            | "announced"
            | "confirms"
            | "confirmed"
            | "suggests"
            | "suggested"
            | "concedes"
            | "conceded"
    )
}

pub fn is_role_noun(lower: &str) -> bool {
    ROLE_NOUNS.contains(lower)
}

/// Offices that end a description of a person ("the port city's mayor") but are not surnames,
/// unlike role words such as "king" or "bishop".
pub fn is_office_noun(lower: &str) -> bool {
    matches!(
        lower,
        "mayor"
            | "president"
            | "minister"
            | "governor"
            | "chancellor"
            | "secretary"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "senator"
            | "ambassador"
            | "premier"
            | "chairman"
            | "chairwoman"
            | "official"
            | "leader"
            | "commissioner"
            | "prosecutor"
            | "lawmaker"
            | "envoy"
    )
}

pub fn is_person_title(lower: &str) -> bool {
    PERSON_TITLES.contains(lower.trim_end_matches('.'))
}

/// Any word that may belong to a title phrase, including department words.
pub fn is_title_word(lower: &str) -> bool {
    let k = lower.trim_end_matches('.');
    PERSON_TITLES.contains(k) || TITLE_EXTRAS.contains(k)
}

pub fn is_stopword(lower: &str) -> bool {
    STOPWORDS.contains(lower)
}

pub fn is_particle(lower: &str) -> bool {
    PARTICLES.contains(lower)
}

pub fn is_adverb(lower: &str) -> bool {
    ADVERBS.contains(lower) || (lower.len() > 4 && lower.ends_with("ly"))
}

pub fn is_org_word(lower: &str) -> bool {
    ORG_WORDS.contains(lower)
}

/// Pronouns that refer back to a single named person.
pub fn is_person_pronoun(lower: &str) -> bool {
    matches!(lower, "he" | "she")
}

/// Subjects that say someone spoke without naming them; they block fallback attribution.
pub fn is_opaque_subject(lower: &str) -> bool {
    matches!(
        lower,
        "they" | "we" | "i" | "you" | "it" | "officials" | "critics" | "sources" | "people"
    )
}

/// Name suffixes that follow the surname and must not be taken for it.
pub fn is_name_suffix(lower: &str) -> bool {
    matches!(
        lower.trim_end_matches(['.', ',']),
        "jr" | "sr" | "ii" | "iii" | "iv" | "esq" | "phd" | "md"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_answer_lowercase_queries() {
        let verbs: Vec<bool> = ["insisted", "adding", "tweeted"].map(is_speech_verb).to_vec();
        assert_eq!(verbs, vec![true, false, true]);
        assert!(is_role_noun("spokeswoman"));
        assert_eq!(
            (
                is_capitalized_speech_verb("warns"),
                is_capitalized_speech_verb("states")
            ),
            (true, false)
        );
        assert!(is_person_title("dr."));
        assert!(is_title_word("state"));
        assert_eq!((is_adverb("bluntly"), is_adverb("fly")), (true, false));
        assert_eq!((is_name_suffix("Jr."), is_name_suffix("jr.")), (false, true));
    }
}
