//! Fuzz target: quote extraction on arbitrary text, spans checked.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| newsdiff_fuzz::assert_none(newsdiff::check::harness::quotes(text)));
