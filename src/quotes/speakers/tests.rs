//! Tests of speakers.rs, kept apart to keep that file short.

use super::super::marks::find_quotes;
use super::*;

fn speakers(text: &str) -> Vec<Option<String>> {
    let paras = crate::text::paragraphs(text);
    attribute(text, &paras, &find_quotes(text, &paras))
}

fn some(names: &[&str]) -> Vec<Option<String>> {
    names.iter().map(|n| (!n.is_empty()).then(|| n.to_string())).collect()
}

#[test]
fn after_quote_patterns() {
    assert_eq!(speakers("“We are ready,” Mayor Ana Lima said."), some(&["Ana Lima"]));
    assert_eq!(
        speakers("“We are ready,” said Dr. Kofi Mensah."),
        some(&["Kofi Mensah"])
    );
    assert_eq!(
        speakers("“Yes,” Rui Costa told reporters on Monday."),
        some(&["Rui Costa"])
    );
    assert_eq!(speakers("“Why?” Rui Costa later asked."), some(&["Rui Costa"]));
    assert_eq!(
        speakers("“Fine,” Ana Lima, the city’s mayor, said in a statement."),
        some(&["Ana Lima"])
    );
    assert_eq!(speakers("“Go”, according to Kofi Mensah."), some(&["Kofi Mensah"]));
    assert_eq!(speakers("“Done,” Acme Corp said."), some(&["Acme Corp"]));
    assert_eq!(speakers("“No,” the United States said."), some(&["United States"]));
    assert_eq!(
        speakers("“Bad,” the city’s health chief, Dr. Lena Park, told The Daily Star."),
        some(&["Lena Park"])
    );
    assert_eq!(
        speakers("'We tried,' said coach Ben Ola. 'We lost.'"),
        some(&["Ben Ola", "Ben Ola"])
    );
    assert_eq!(speakers("“Stop,” Ana Lima and Rui Costa said together."), some(&[""]));
    assert_eq!(
        speakers("“Yes,” Ana Lima said in a statement on Monday."),
        some(&["Ana Lima"])
    );
    assert_eq!(speakers("“Yes,” he insisted.\n\nNo names here."), some(&[""]));
    // A cut-off attribution at the paragraph's end still names the speaker.
    assert_eq!(speakers("“We lost the roof,” Costa"), some(&["Costa"]));
    // A show's title after "on" is not what the speaker said.
    assert_eq!(
        speakers("“We will know more soon,” Ana Lima said on “Morning Show.”"),
        some(&["Ana Lima", ""])
    );
}

#[test]
fn clauses_and_qualifiers() {
    assert_eq!(
        speakers("Rui Costa said his team was greeted by Mayor Ana Lima, who welcomed them to “the city of bridges.”"),
        some(&["Ana Lima"])
    );
    assert_eq!(
        speakers("Ana Lima, who had said she would know “within a day” if the plan worked, said it was “a start.”"),
        some(&["Ana Lima", "Ana Lima"])
    );
    assert_eq!(
        speakers("“Five are dead,” officer Rui Costa of the town of Brenna said."),
        some(&["Rui Costa"])
    );
    assert_eq!(
        speakers("Local photographer Rui Costa who lives at Porto Alto told reporters: “It shook.”"),
        some(&["Rui Costa"])
    );
    assert_eq!(speakers("A resident of Porto Alto said: “It shook.”"), some(&[""]));
}

#[test]
fn credits_and_descriptions() {
    let text = "Rui Costa, the builder's chief, told AP the crew was on the span.\n\n\
                “We never foresaw it,” he said.";
    assert_eq!(speakers(text), some(&["Rui Costa"]));
    let text = "Harbor leader Ana Lima met President Rui Costa.\n\n\
                “It was not easy,” the harbor leader said.";
    assert_eq!(speakers(text), some(&["Ana Lima"]));
    let text = "Ana Lima and Rui Costa\nCosta said: “We agree.”";
    assert_eq!(speakers(text), some(&["Costa"]));
    // Not speakers: a lowercase object after "according to", a pronoun with an adverb, "where".
    assert_eq!(speakers("“Costs rose,” according to the price list."), some(&[""]));
    assert_eq!(speakers("“No,” he also said."), some(&[""]));
    assert_eq!(
        speakers("In Brenna, where Costa said “we are fine,” it rained."),
        some(&["Costa"])
    );
}

#[test]
fn before_quote_patterns() {
    assert_eq!(speakers("Mayor Ana Lima said, “We are ready.”"), some(&["Ana Lima"]));
    assert_eq!(speakers("Rui Costa told reporters: “No deal.”"), some(&["Rui Costa"]));
    assert_eq!(speakers("Kofi Mensah: “No deal.”"), some(&["Kofi Mensah"]));
    assert_eq!(
        speakers("According to Dr. Kofi Mensah, “it works.”"),
        some(&["Kofi Mensah"])
    );
    assert_eq!(
        speakers("Ana Lima praised the plan and said it was “a start.”"),
        some(&["Ana Lima"])
    );
}

#[test]
fn pronouns_and_descriptions_resolve_backwards() {
    let text = "Dutch Foreign Minister Piet de Vries arrived.\n\n“It went well,” he said.\n\n\
                “No comment,” the Dutch minister added.";
    assert_eq!(speakers(text), some(&["Piet de Vries", "Piet de Vries"]));
    assert_eq!(speakers("“Hello,” she said."), some(&[""]));
}

#[test]
fn second_quote_inherits_and_opaque_subjects_block() {
    assert_eq!(
        speakers("“A,” Mr. Kofi Mensah said. “B.”"),
        some(&["Kofi Mensah", "Kofi Mensah"])
    );
    assert_eq!(speakers("“A.” “B,” Ana Lima said."), some(&["Ana Lima", "Ana Lima"]));
    assert_eq!(speakers("“A,” Ana Lima said.\n\n“B.”"), some(&["Ana Lima", ""]));
    assert_eq!(speakers("“A,” officials said. “B.”"), some(&["", ""]));
    assert_eq!(speakers("“It is late,” the ministry said."), some(&[""]));
    assert_eq!(speakers("“We will win.” Ana Lima said the plan works."), some(&[""]));
}

#[test]
fn surnames_map_to_the_fullest_form() {
    let text = "Mayor Ana Lima spoke.\n\n“Enough,” Ms. Lima said.";
    assert_eq!(speakers(text), some(&["Ana Lima"]));
}

/// A clause after the quote that a conjunction opens has its own subject: not the quote's speaker.
#[test]
fn a_conjunction_after_the_quote_opens_another_clause() {
    assert_eq!(
        speakers("Mr Hale said he and Ruiz have built a 'lasting friendship' while Ruiz vowed to 'turn the page'."),
        some(&["Hale", "Ruiz"])
    );
}

/// "Labeled the situation", "described it as": naming words attribute the quoted label to their
/// subject. ("Called" is left out: "Lima called the plan “historic”" is as often a scare quote.)
#[test]
fn naming_verbs_attribute_their_label() {
    assert_eq!(
        speakers(
            "Rui Costa, the fire department's spokesman, labeled the situation a \"developing emergency,\" as cited by the Post."
        ),
        some(&["Rui Costa"])
    );
}

/// "Officials have called it …": a naming verb with a subject that names nobody leaves the quote
/// without a speaker, and it inherits none from a neighbour.
#[test]
fn officials_naming_a_thing_give_no_speaker() {
    assert_eq!(
        speakers(
            "“We are ready,” Mayor Ana Lima said. Officials have called it a “developing emergency,” per a wire report."
        ),
        some(&["Ana Lima", ""])
    );
}

/// "Lima said Costa is …. He agreed …": the pronoun is the speaker's, not the last name's; with
/// no one speaking before it, the nearest person.
#[test]
fn pronouns_prefer_the_last_speaking_subject() {
    let text = "After the talks, Mayor Ana Lima spoke with the press. Lima said Costa is \"doing the whole job. I think he's going to start now.\" He said the budget did not come up but he agreed \"we're not going to raise the fees\" with the region anymore.";
    assert_eq!(speakers(text), some(&["Ana Lima", "Ana Lima"]));
    let met = "Mayor Ana Lima met Dr. Rui Costa on Monday. \"We will sign,\" he said.";
    assert_eq!(speakers(met), some(&["Rui Costa"]));
}

/// A name closing a paragraph after a quote speaks it only after a comma ("“…,” Lima"), not in a
/// headline's "“…” With North Vale".
#[test]
fn a_name_after_a_quote_needs_its_comma() {
    assert_eq!(
        speakers("Lima: We Will Stop \"Raising The Fees\" With North Vale\n\nMayor Lima spoke."),
        some(&[""])
    );
    assert_eq!(
        speakers("Mayor Ana Lima arrived.\n\n“We will sign,” Lima"),
        some(&["Ana Lima"])
    );
    assert_eq!(
        speakers("Mayor Ana Lima arrived.\n\n“We will sign”, Lima"),
        some(&["Ana Lima"])
    );
}
