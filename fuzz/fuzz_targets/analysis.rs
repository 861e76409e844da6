//! Fuzz target: the whole analysis of a corpus of up to three articles (split on NUL), and its reports.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| newsdiff_fuzz::assert_none(newsdiff::check::harness::corpus(data)));
