//! Fuzz target: quote extraction on arbitrary text, spans checked.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsdiff::quotes::extract_quotes;
use newsdiff::text::paragraphs;

fuzz_target!(|text: &str| {
    let paras = paragraphs(text);
    for q in extract_quotes(text, &paras) {
        assert!(text.get(q.outer.start..q.outer.end).is_some(), "{q:?}");
        assert!(q.outer.contains(q.span) && text.get(q.span.start..q.span.end).is_some(), "{q:?}");
        assert!(q.paragraph < paras.len().max(1), "{q:?}");
    }
    // Without paragraphs the extractor splits them itself.
    let _ = extract_quotes(text, &[]);
});
