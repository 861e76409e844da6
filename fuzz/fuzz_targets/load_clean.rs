//! Fuzz target: bytes read as a file (or, when the first byte is odd, as an HTML page), then cleaned and split.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| newsdiff_fuzz::assert_none(newsdiff::check::harness::load_clean(data)));
