//! Tests of marks.rs, kept apart to keep that file short.

use super::*;

fn quotes(text: &str) -> Vec<&str> {
    let paras = crate::text::paragraphs(text);
    find_quotes(text, &paras).iter().map(|q| q.span.text(text)).collect()
}

#[test]
fn curly_straight_and_mixed() {
    assert_eq!(
        quotes("“We won,” she said. \"Again,\" he said."),
        vec!["We won,", "Again,"]
    );
    assert_eq!(quotes("He said: \"yes\" and \"no\"."), vec!["yes", "no"]);
    // A text cut off mid-quote keeps the quote; a stray mark before a full stop does not.
    assert_eq!(
        quotes("Intro.\n\nShe said, “I heard a loud noise then I saw"),
        vec!["I heard a loud noise then I saw"]
    );
    assert_eq!(quotes("Intro.\n\nShe said, “I heard a loud noise."), Vec::<&str>::new());
    // A line break inside a paragraph continues a quote like a paragraph break does.
    assert_eq!(
        quotes("She said. \"We will rebuild.\n\"Every street,\" she added."),
        vec!["We will rebuild.\n\"Every street,"]
    );
}

#[test]
fn single_marks_and_apostrophes() {
    assert_eq!(
        quotes("Lima vows to ask ‘what are the red lines’ at talks"),
        vec!["what are the red lines"]
    );
    assert_eq!(
        quotes("It’s the ’90s and we’ll rock ’n’ roll at O'Brien's."),
        Vec::<&str>::new()
    );
    assert_eq!(quotes("He called it 'a farce' twice."), vec!["a farce"]);
    assert_eq!(
        quotes("‘The Joneses’ car is red,’ she said."),
        vec!["The Joneses’ car is red,"]
    );
    assert_eq!(quotes("He said ‘no’ twice and ‘yes’ once."), vec!["no", "yes"]);
    assert_eq!(quotes("Tell ’em ‘now’"), vec!["now"]);
}

#[test]
fn nested_single_inside_double_is_part_of_outer() {
    assert_eq!(quotes("“He said ‘no’ twice,” she said."), vec!["He said ‘no’ twice,"]);
}

#[test]
fn foreign_marks() {
    assert_eq!(
        quotes("Er sagte: „Wir sind bereit.“ Dann ging er."),
        vec!["Wir sind bereit."]
    );
    assert_eq!(quotes("Powiedział: „Nie wiem”."), vec!["Nie wiem"]);
    assert_eq!(quotes("Il a dit « non merci » hier."), vec!["non merci"]);
    assert_eq!(quotes("Er sagte »ja« und ging."), vec!["ja"]);
    assert_eq!(quotes("Hon sa ”kanske” igen."), vec!["kanske"]);
}

#[test]
fn multi_paragraph_quote() {
    let text = "Intro.\n\n“First part.\n\n“Second part,” said Ana Lima.\n\nEnd.";
    let paras = crate::text::paragraphs(text);
    let found = find_quotes(text, &paras);
    assert_eq!(found.len(), 1);
    assert_eq!((found[0].paragraph, found[0].close_paragraph), (1, 2));
    assert_eq!(found[0].span.text(text), "First part.\n\n“Second part,");
}

#[test]
fn unbalanced_marks_are_dropped_not_extended() {
    assert_eq!(
        quotes("“Never closed.\n\nNext para has “a quote” here."),
        vec!["a quote"]
    );
    assert_eq!(quotes("A stray “ mark and “real words” later."), vec!["real words"]);
    assert_eq!(quotes("“Restarted here “and here,” he said."), vec!["and here,"]);
    assert_eq!(quotes("Stray ‘single then “double” ok."), vec!["double"]);
}

#[test]
fn empty_and_odd_inputs() {
    assert_eq!(quotes(""), Vec::<&str>::new());
    assert_eq!(quotes("“”  \"\" ‘ ’ « »"), Vec::<&str>::new());
    assert_eq!(quotes("北京说“你好”🙂 and “🙂 ok”"), vec!["你好", "🙂 ok"]);
}
