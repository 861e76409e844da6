//! Small general word lists: function words, event nouns, casualty words, modals, speech verbs, titles.
//!
//! Everything here is topic-free English; no story's names or numbers belong in this file.

use super::wordlist::word_match;

/// Function words that never name a subject or a counted unit.
pub fn is_stopword(w: &str) -> bool {
    super::verbs::is_modal(w)
        || matches!(
            w,
            "a" | "an"
                | "the"
                | "and"
                | "or"
                | "but"
                | "of"
                | "in"
                | "on"
                | "at"
                | "to"
                | "for"
                | "from"
                | "by"
                | "with"
                | "as"
                | "that"
                | "this"
                | "these"
                | "those"
                | "it"
                | "its"
                | "is"
                | "are"
                | "was"
                | "were"
                | "be"
                | "been"
                | "being"
                | "has"
                | "have"
                | "had"
                | "do"
                | "does"
                | "did"
                | "not"
                | "no"
                | "he"
                | "she"
                | "they"
                | "we"
                | "i"
                | "you"
                | "his"
                | "her"
                | "their"
                | "our"
                | "your"
                | "them"
                | "him"
                | "us"
                | "who"
                | "whom"
                | "which"
                | "what"
                | "when"
                | "where"
                | "while"
                | "than"
                | "then"
                | "there"
                | "here"
                | "into"
                | "onto"
                | "about"
                | "after"
                | "before"
                | "since"
                | "until"
                | "up"
                | "down"
                | "out"
                | "over"
                | "under"
                | "more"
                | "less"
                | "most"
                | "least"
                | "some"
                | "any"
                | "each"
                | "every"
                | "all"
                | "both"
                | "other"
                | "such"
                | "so"
                | "also"
                | "just"
                | "only"
                | "very"
                | "if"
                | "because"
                | "per"
                | "via"
                | "between"
                | "among"
                | "amid"
                | "during"
                | "against"
                | "within"
                | "without"
                | "through"
                | "across"
                | "around"
                | "near"
                | "nearly"
                | "almost"
                | "said"
                | "says"
                | "say"
                | "told"
                | "according"
                | "expected"
                | "scheduled"
                | "much"
                | "many"
                | "few"
                | "fewer"
                | "again"
                | "still"
                | "yet"
                | "even"
                | "now"
                | "who's"
                | "it's"
                | "one"
                | "ones"
                | "time"
                | "times"
                | "year"
                | "years"
                | "whose"
                | "how"
                | "why"
                | "same"
        )
}

/// Words of clock times, zones, weekdays and months: not counted units.
pub fn is_time_word(w: &str) -> bool {
    matches!(
        w,
        "a.m"
            | "p.m"
            | "am"
            | "pm"
            | "gmt"
            | "utc"
            | "local"
            | "et"
            | "est"
            | "edt"
            | "pt"
            | "pst"
            | "pdt"
            | "cet"
            | "cest"
            | "bst"
            | "o'clock"
            | "noon"
            | "midnight"
    ) || weekday(w).is_some()
        || month(w).is_some()
}

word_match! {
    /// 0 = Monday.
    pub fn weekday -> u8, words WEEKDAYS {
        "monday" => 0,
        "tuesday" => 1,
        "wednesday" => 2,
        "thursday" => 3,
        "friday" => 4,
        "saturday" => 5,
        "sunday" => 6,
    }
}

word_match! {
    /// 1 = January; accepts common abbreviations.
    pub fn month -> u8, words MONTHS {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sept" | "sep" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
    }
}

/// Canonical stem for words naming a meeting-like event, so that different outlets'
/// words for the same gathering match. A general lexicon, not a list of topics.
pub fn event_noun(w: &str) -> Option<&'static str> {
    match w {
        "meeting" | "meetings" | "summit" | "summits" | "talks" | "conference" | "conferences" | "negotiations"
        | "negotiation" | "encounter" | "sit-down" | "meet" | "met" | "meets" | "talk" | "talked" | "summitry"
        | "discussions" | "dialogue" | "parley" | "tete-a-tete" => Some("meeting"),
        // A session is part of a meeting: its length is a fact of its own.
        "session" | "sessions" | "round" | "rounds" => Some("session"),
        "hearing" | "hearings" | "trial" | "court" | "testimony" => Some("hearing"),
        "strike" | "strikes" | "walkout" | "stoppage" => Some("strike"),
        "election" | "elections" | "vote" | "ballot" | "referendum" | "poll" => Some("vote"),
        "visit" | "trip" | "tour" => Some("visit"),
        "ceremony" | "funeral" | "inauguration" | "celebration" | "parade" => Some("ceremony"),
        "storm" | "flood" | "flooding" | "earthquake" | "quake" | "blast" | "explosion" | "fire" | "attack"
        | "crash" | "spill" | "collapse" | "outage" | "eruption" | "hurricane" | "typhoon" | "cyclone" | "tornado"
        | "landslide" | "mudslide" | "tsunami" | "wildfire" | "derailment" | "shooting" | "bombing" => Some("incident"),
        // Not "race": a race against time, an election race, a rescue race.
        "match" | "game" | "final" | "tournament" => Some("game"),
        "speech" | "address" | "briefing" | "interview" | "announcement" | "statement" => Some("speech"),
        "deal" | "agreement" | "accord" | "treaty" | "ceasefire" | "truce" => Some("agreement"),
        "break" | "recess" | "pause" | "lunch" | "dinner" | "breakfast" => Some("break"),
        _ => None,
    }
}

/// Stems of counted happenings ("40 aftershocks", "three explosions", "dozens of fires"): in
/// one story the noun names the tally by itself, whatever verb reports it ("followed",
/// "recorded", "triggered").
pub fn occurrence(head_stem: &str) -> bool {
    matches!(
        head_stem,
        "aftershock"
            | "tremor"
            | "quak"
            | "earthquak"
            | "explos"
            | "blast"
            | "attack"
            | "airstrik"
            | "landslid"
            | "mudslid"
            | "fire"
            | "wildfir"
            | "shoot"
            | "bomb"
            | "tornado"
    )
}

/// Words that name a part of an event; claims about different parts must not merge.
pub fn part_word(w: &str) -> bool {
    matches!(
        w,
        "private"
            | "one-on-one"
            | "restricted"
            | "small"
            | "smaller"
            | "expanded"
            | "extended"
            | "larger"
            | "wider"
            | "plenary"
            | "closed-door"
            | "opening"
            | "closing"
            | "morning"
            | "afternoon"
            | "evening"
            | "portion"
            | "part"
            | "round"
            | "phase"
            | "stage"
            | "segment"
            | "second"
            | "third"
    )
}

/// Canonical role of casualty words ("killed", "dead" → "die"; "injured" → "injure").
pub fn casualty_role(w: &str) -> Option<&'static str> {
    match w {
        "dead" | "killed" | "kill" | "kills" | "killing" | "died" | "die" | "dies" | "deaths" | "death"
        | "fatalities" | "lives" | "perished" | "drowned" | "toll" => Some("die"),
        // Bodies recovered are counted as a search goes on, apart from the toll.
        "bodies" | "body" | "remains" => Some("recover"),
        "injured" | "injuring" | "injure" | "injuries" | "wounded" | "wounding" | "hurt" | "hospitalised"
        | "hospitalized" => Some("injure"),
        "missing" | "unaccounted" => Some("missing"),
        "displaced" | "evacuated" | "homeless" | "evacuation" | "fled" | "flee" | "fleeing" => Some("displace"),
        "arrested" | "detained" | "arrests" | "detentions" => Some("arrest"),
        "rescued" | "saved" => Some("rescue"),
        _ => None,
    }
}

/// Participles that stand for "people" right after a number ("40 dead", "2,000 injured").
pub fn is_casualty(w: &str) -> bool {
    matches!(
        w,
        "dead"
            | "killed"
            | "injured"
            | "wounded"
            | "hurt"
            | "missing"
            | "displaced"
            | "evacuated"
            | "arrested"
            | "detained"
            | "hospitalised"
            | "hospitalized"
            | "rescued"
            | "homeless"
    )
}

/// Titles and honorifics: capitalized but not names.
pub fn is_title(w: &str) -> bool {
    matches!(
        w,
        "mr" | "mrs"
            | "ms"
            | "dr"
            | "president"
            | "prime"
            | "minister"
            | "secretary"
            | "chancellor"
            | "king"
            | "queen"
            | "prince"
            | "general"
            | "gen"
            | "sen"
            | "senator"
            | "rep"
            | "governor"
            | "gov"
            | "mayor"
            | "judge"
            | "chief"
            | "director"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "officials"
            | "official"
            | "the"
            | "a"
            | "an"
            | "state"
            | "foreign"
            | "national"
            | "deputy"
            | "vice"
            | "st"
    )
}
