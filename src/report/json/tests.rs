//! Tests of the JSON report's escaping of terminal control characters.

use super::*;

#[test]
fn unsafe_characters_are_escaped_but_survive_parsing() {
    let json = serde_json::to_string(&"a\u{9b}b\u{202e}c\u{7f}").unwrap();
    let safe = escape_unsafe(json);
    assert_eq!(escape_unsafe("\"plain ascii\"".into()), "\"plain ascii\"");
    assert_eq!(safe, "\"a\\u009bb\\u202ec\\u007f\"");
    assert_eq!(
        serde_json::from_str::<String>(&safe).unwrap(),
        "a\u{9b}b\u{202e}c\u{7f}"
    );
}
