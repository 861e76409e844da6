//! Fuzz target: bytes read as a file (or, when the first byte is odd, as an HTML page), then cleaned and split.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsdiff::article::Article;
use newsdiff::load::{Metadata, document_from_bytes, document_from_html};

fuzz_target!(|data: &[u8]| {
    let Some((&mode, bytes)) = data.split_first() else { return };
    let doc = if mode & 1 == 1 {
        let html = newsdiff::load::decode_html(bytes, None);
        document_from_html("f.html".into(), "f".into(), &html, Some("https://example.org/f")).ok()
    } else {
        document_from_bytes("f.txt".into(), "f".into(), bytes, &Metadata::default(), &mut Vec::new())
    };
    if let Some(doc) = doc {
        newsdiff_fuzz::assert_article(&Article::from_document(doc));
    }
});
