//! End-to-end tests of [`super::clean`] on small invented articles.

use super::*;

const BODY1: &str = "Ministers from Acme and Beta met on Wednesday in Lyon for three hours of talks.";
const BODY2: &str = "“We made progress,” said Jane Roe, the Acme foreign minister, after the meeting.";

fn has_note(c: &Cleaned, prefix: &str) -> bool {
    c.removed.iter().any(|r| r.starts_with(prefix))
}

#[test]
fn empty_and_whitespace() {
    assert_eq!(clean(""), Cleaned::default());
    assert_eq!(clean(" \n\t\r\n\u{a0}\u{200B}\n\n"), Cleaned::default());
    assert_eq!(clean("\u{FEFF}"), Cleaned::default());
}

#[test]
fn only_boilerplate_gives_empty_text() {
    let c = clean("Share this:\n\nAdvertisement\n\nSource link\n\nLeave a Reply\n\nTranslate »\n");
    assert_eq!(c.text, "");
    assert_eq!(c.headline, None);
    assert_eq!(c.removed.len(), 5);
}

#[test]
fn repeated_headline_collapsed() {
    let raw = format!(
        "Acme and Beta Agree to Keep Talking\n\nAcme and Beta Agree to Keep Talking\n\nAcme  and Beta\tAgree to Keep Talking \n\n{BODY1}\n\n{BODY2}\n"
    );
    let c = clean(&raw);
    assert_eq!(c.headline.as_deref(), Some("Acme and Beta Agree to Keep Talking"));
    assert_eq!(
        c.text,
        format!("Acme and Beta Agree to Keep Talking\n\n{BODY1}\n\n{BODY2}")
    );
    assert_eq!(c.removed, vec!["repeated headline x2".to_string()]);
}

#[test]
fn crlf_bom_tabs_nbsp_and_blank_runs() {
    let raw = format!(
        "\u{FEFF}Talks\u{a0}End in Lyon \r\n\r\n\r\n\r\n\t{BODY1}  \r\n{BODY2}\r\n\r\n\u{a0}\r\nLast line of the story here, officials said on Thursday.\r"
    );
    let c = clean(&raw);
    assert_eq!(c.headline.as_deref(), Some("Talks End in Lyon"));
    assert_eq!(
        c.text,
        format!("Talks End in Lyon\n\n{BODY1}\n{BODY2}\n\nLast line of the story here, officials said on Thursday.")
    );
    // Lone \r line endings too.
    let c = clean(&format!("Talks End\r\r{BODY1}\r"));
    assert_eq!(c.text, format!("Talks End\n\n{BODY1}"));
}

#[test]
fn no_headline_when_body_starts_with_prose() {
    let c = clean(&format!("{BODY1}\n\n{BODY2}"));
    assert_eq!(c.headline, None);
    assert_eq!(c.text, format!("{BODY1}\n\n{BODY2}"));
}

#[test]
fn footer_after_source_link_is_dropped() {
    let raw = format!(
        "Talks End in Lyon\n\n{BODY1}\n\n{BODY2}\n\n\nSource link\n\nCheck Also\n\nOther Outlet Reports Flood in Beta\n\nOther Outlet Reports Flood in Beta …\n"
    );
    let c = clean(&raw);
    assert_eq!(c.text, format!("Talks End in Lyon\n\n{BODY1}\n\n{BODY2}"));
    assert_eq!(c.removed, vec!["footer from \"Source link\"".to_string()]);
}

#[test]
fn comment_form_footer() {
    let raw = format!(
        "{BODY1}\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *\n\nComment\n\nName *"
    );
    assert_eq!(clean(&raw).text, BODY1);
}

#[test]
fn related_footer_late_in_text_is_cut() {
    let raw = format!(
        "Talks End\n\n{BODY1}\n\n{BODY2}\n\nRelated Articles\n\nBeta Wins Cup\n\nAcme Shares Rise After Strong Quarter."
    );
    let c = clean(&raw);
    assert_eq!(c.text, format!("Talks End\n\n{BODY1}\n\n{BODY2}"));
    assert!(has_note(&c, "footer from \"Related Articles\""));
}

#[test]
fn related_box_mid_article_is_skipped() {
    let long = "The talks covered trade, energy, migration and a dozen smaller disputes that have festered for years between the two neighbours.";
    let raw = format!(
        "Talks End\n\n{BODY1}\n\nYou may also like\n\nBeta Wins Cup\n\nAcme Shares Rise\n\n{long}\n\n{long}\n\n{long}\n\n{BODY2}"
    );
    let c = clean(&raw);
    assert_eq!(
        c.text,
        format!("Talks End\n\n{BODY1}\n\n{long}\n\n{long}\n\n{long}\n\n{BODY2}")
    );
    assert!(has_note(&c, "related links after"));
}

#[test]
fn standalone_boilerplate_and_prose_mentioning_it() {
    let ad = "The advertisement, which ran for weeks, was later withdrawn by the regulator.";
    let raw = format!(
        "Talks End\n\n{BODY1}\n\nADVERTISEMENT\n\n{ad}\n\nShare this:\n\nLike this:\n\nLoading...\n\n{BODY2}\n\n© 2021 The Daily Planet. All rights reserved."
    );
    let c = clean(&raw);
    assert_eq!(c.text, format!("Talks End\n\n{BODY1}\n\n{ad}\n\n{BODY2}"));
    assert_eq!(c.removed.len(), 5);
}

#[test]
fn photo_credit_line_removed() {
    let raw = format!(
        "Live Updates: Acme Summit\n\nThe minister speaks in Lyon on April 21. Jane Roe / Getty Images\n\n{BODY1}\n\nCrowds outside the hall (AP Photo/John Doe)\n\n{BODY2}"
    );
    let c = clean(&raw);
    assert_eq!(c.headline.as_deref(), Some("Live Updates: Acme Summit"));
    assert_eq!(c.text, format!("Live Updates: Acme Summit\n\n{BODY1}\n\n{BODY2}"));
    assert_eq!(c.removed, vec!["photo credit".to_string(), "photo credit".to_string()]);
}

#[test]
fn from_credit_sets_outlet() {
    for (credit, outlet) in [
        (
            "From Acme News’s Jane Roe, John Doe in Brussels and Mary Major in Rome",
            "Acme News",
        ),
        ("From The Daily Planet's Jane Roe", "The Daily Planet"),
    ] {
        let c = clean(&format!("Talks End\n\n{BODY1}\n\n{credit}\n\nSource link"));
        assert_eq!(c.text, format!("Talks End\n\n{BODY1}"));
        assert_eq!(c.byline_outlet.as_deref(), Some(outlet));
        assert!(has_note(&c, "byline"));
    }
}

#[test]
fn by_lines_and_reporting_credits() {
    let raw = format!(
        "Talks End\n\nBy Jane Roe | Acme Times\n\nPublished June 16, 2021\n\n{BODY1}\n\n(Reporting by Jane Roe; Editing by John Doe)"
    );
    let c = clean(&raw);
    assert_eq!(c.text, format!("Talks End\n\n{BODY1}"));
    assert_eq!(c.headline.as_deref(), Some("Talks End"));
    assert_eq!(c.byline_outlet.as_deref(), Some("Acme Times"));
}

#[test]
fn dateline_outlet_kept_in_text() {
    let body = "LYON (Acme) — Ministers from Acme and Beta met on Wednesday for three hours.";
    let c = clean(&format!("Talks End\n\n{body}"));
    assert_eq!(c.byline_outlet.as_deref(), Some("Acme"));
    assert_eq!(c.text, format!("Talks End\n\n{body}"));
    assert_eq!(clean(BODY1).byline_outlet, None);
}

#[test]
fn kicker_line_joins_headline_and_site_suffix() {
    let c = clean(&format!("LIVE UPDATES\n\nTalks End in Lyon\n\n{BODY1}"));
    assert_eq!(c.headline.as_deref(), Some("LIVE UPDATES: Talks End in Lyon"));
    assert_eq!(c.text, format!("LIVE UPDATES: Talks End in Lyon\n\n{BODY1}"));
    let c = clean(&format!(
        "Talks End in Lyon | The Daily Planet\n\nTalks End in Lyon\n\n{BODY1}"
    ));
    assert_eq!(c.headline.as_deref(), Some("Talks End in Lyon"));
    assert_eq!(c.byline_outlet.as_deref(), Some("The Daily Planet"));
    assert_eq!(c.text, format!("Talks End in Lyon\n\n{BODY1}"));
}

#[test]
fn cjk_and_emoji_survive() {
    let raw = "两国领导人举行会谈 🎉\n\n两国领导人举行会谈 🎉\n\n两国领导人周三举行了长达三个小时的会谈，双方同意继续对话。👩\u{200D}💻\n\n版权所有 © 2021 Acme";
    let c = clean(raw);
    assert_eq!(c.headline.as_deref(), Some("两国领导人举行会谈 🎉"));
    assert_eq!(
        c.text,
        "两国领导人举行会谈 🎉\n\n两国领导人周三举行了长达三个小时的会谈，双方同意继续对话。👩\u{200D}💻"
    );
}

#[test]
fn quotes_and_dashes_untouched() {
    let body = "“It’s done — finally,” she said; ‘maybe’ -- he replied... and left.";
    assert_eq!(clean(body).text, body);
}

/// A tiny deterministic PRNG so the fuzz test needs no extra crates.
fn xorshift(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

#[test]
fn garbage_never_panics() {
    let mut state = 0x9E37_79B9_7F4A_7C15_u64;
    for round in 0..400 {
        let len = (xorshift(&mut state) % 600) as usize;
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                let r = xorshift(&mut state);
                // Bias towards structure-relevant bytes so classifiers actually run.
                match r % 8 {
                    0 => b'\n',
                    1 => b' ',
                    2 => b"()/|:.,'\r#*"[(r >> 8) as usize % 11],
                    _ => (r >> 16) as u8,
                }
            })
            .collect();
        let text = String::from_utf8_lossy(&bytes);
        let c = clean(&text);
        assert!(!c.text.starts_with(char::is_whitespace), "round {round}");
    }
    let tricky = "\u{FEFF}Live: Tälks  Énd 🎉\r\n\r\nTälks Énd 🎉\n\nBy Jané Roe | Ácme Times\nPARIS (Ácme) — Prose “quoted” here is long enough, really it is.\nFrom Ácme’s Jané Roe\u{200B} in Rome\nPhoto: Ré/Reuters\n(AP Photo/José)\n© 2021\nSource link\nCheck Also\n两国 …";
    for (i, _) in tricky.char_indices() {
        let cut = tricky.get(..i).unwrap_or("");
        let c = clean(cut);
        assert!(!c.text.ends_with(char::is_whitespace));
        let _ = clean(tricky.get(i..).unwrap_or(""));
    }
}

#[test]
fn footer_marker_before_body_does_not_truncate() {
    let raw = format!("Talks End\n\nRelated Articles\n\n{BODY1}\n\n{BODY2}");
    let c = clean(&raw);
    assert_eq!(c.text, format!("Talks End\n\n{BODY1}\n\n{BODY2}"));
    assert_eq!(c.removed, vec!["boilerplate \"Related Articles\"".to_string()]);
}

#[test]
fn question_headline_and_single_newlines() {
    let raw = format!(
        "Will the Talks Work?\n{BODY1}\n{BODY2}\n12 Comments\nGreat article, thanks for writing it up so clearly today."
    );
    let c = clean(&raw);
    assert_eq!(c.headline.as_deref(), Some("Will the Talks Work?"));
    assert_eq!(c.text, format!("Will the Talks Work?\n\n{BODY1}\n{BODY2}"));
}

#[test]
fn a_label_or_a_site_name_above_the_headline_is_not_the_headline() {
    let body = "The river rose overnight and two bridges in Harwick were closed, the council said.\n\n\
                Schools will stay shut until Friday.";
    // Repeated, as pages repeat their section label: still not about the body.
    let c = clean(&format!(
        "REGIONAL NEWS\nRegional News\n\nValley Post\n\nFloods Close Two Bridges in Harwick\n\n{body}"
    ));
    assert_eq!(c.headline.as_deref(), Some("Floods Close Two Bridges in Harwick"));
    // A label with nothing below it to compare with is taken as it is.
    assert_eq!(clean("Regional News").headline.as_deref(), Some("Regional News"));
}

#[test]
fn a_headline_is_compared_with_the_opening_of_its_body_only() {
    // A huge text is not read once per candidate line: a word shared only far down does not count.
    let filler = "Rain fell again overnight across the valley. ".repeat(400);
    let c = clean(&format!(
        "Harwick Bridges Reopen\n\n{filler}\n\nBoth bridges in Harwick reopened on Friday."
    ));
    assert_eq!(c.headline, None);
    let c = clean(&format!(
        "Harwick Bridges Reopen\n\nBoth bridges in Harwick reopened on Friday.\n\n{filler}"
    ));
    assert_eq!(c.headline.as_deref(), Some("Harwick Bridges Reopen"));
}
