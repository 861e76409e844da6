//! Fuzz target: claim extraction on one article's text, with and without a publication day.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| newsdiff_fuzz::assert_none(newsdiff::check::harness::claims(text)));
