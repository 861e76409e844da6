//! Word segments of a text exactly as `unicode-segmentation` finds them (UAX #29), with a fast
//! path for the ASCII stretches that make up most of English news copy.
//!
//! Segmenting is done once per sentence by the similarity terms and quote words of every article,
//! and the general segmenter looks every character up in a Unicode table. The text is cut into
//! regions after ASCII whitespace followed by an ASCII character, where UAX #29 always breaks and
//! no rule looks across (rules look at most two characters back and one ahead, and whitespace is
//! none of the letters, digits or connectors they look for). An all-ASCII region is segmented
//! here with the word rules restricted to ASCII; any other region goes to `unicode-segmentation`.
//! Only segments holding a letter or digit are yielded, so the whitespace-only segments that the
//! cuts may split differently (CR LF, runs of spaces) never show.

use unicode_segmentation::{UWordBoundIndices, UnicodeSegmentation};

/// The word-break classes of ASCII characters that word rules mention.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// ALetter: `A-Z`, `a-z`.
    Letter,
    /// Numeric: `0-9`.
    Digit,
    /// MidLetter: `:`.
    MidLetter,
    /// MidNum: `,` and `;`.
    MidNum,
    /// MidNumLet `.` and Single_Quote `'` (UAX #29 treats them alike between ASCII characters).
    MidNumLet,
    /// ExtendNumLet: `_`.
    Connector,
    /// WSegSpace: the space character.
    Space,
    /// Everything else: never joined to a neighbour.
    Other,
}

/// The class of each ASCII byte, looked up rather than matched: segmenting reads every byte of
/// every sentence.
const CLASSES: [Class; 128] = {
    let mut table = [Class::Other; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            b'A'..=b'Z' | b'a'..=b'z' => Class::Letter,
            b'0'..=b'9' => Class::Digit,
            b':' => Class::MidLetter,
            b',' | b';' => Class::MidNum,
            b'.' | b'\'' => Class::MidNumLet,
            b'_' => Class::Connector,
            b' ' => Class::Space,
            _ => Class::Other,
        };
        b += 1;
    }
    table
};

/// The class of an ASCII byte (any other byte is `Other`; regions segmented here hold none).
fn class(b: u8) -> Class {
    CLASSES.get(usize::from(b)).copied().unwrap_or(Class::Other)
}

/// Whether UAX #29 keeps the characters at `i - 1` (of class `prev`) and `i` (of class `cur`) of
/// `bytes` (all ASCII) together.
fn joins(bytes: &[u8], i: usize, prev: Class, cur: Class) -> bool {
    use Class::*;
    let before = || i.checked_sub(2).map(|j| class(bytes[j]));
    let after = || bytes.get(i + 1).map(|&b| class(b));
    match (prev, cur) {
        // WB3d, WB5, WB8, WB9, WB10, WB13a, WB13b.
        (Space, Space) | (Letter | Digit, Letter | Digit) | (Letter | Digit | Connector, Connector) => true,
        (Connector, Letter | Digit) => true,
        // WB6 and WB12: a connector joins when the same kind follows it.
        (Letter, MidLetter | MidNumLet) => after() == Some(Letter),
        (Digit, MidNum | MidNumLet) => after() == Some(Digit),
        // WB7 and WB11.
        (MidLetter | MidNumLet, Letter) => before() == Some(Letter),
        (MidNum | MidNumLet, Digit) => before() == Some(Digit),
        _ => false,
    }
}

fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

/// `text`'s word segments holding a letter or digit, with their byte offsets: the same as
/// `text.split_word_bound_indices()` filtered to segments with an alphanumeric character.
pub fn word_segments(text: &str) -> WordSegments<'_> {
    // An all-ASCII text (most sentences) is one region: the cuts only set non-ASCII text apart,
    // and the ASCII rules across a cut give what it gives (whitespace, never yielded, aside).
    let ascii = text.is_ascii();
    WordSegments {
        text,
        pos: if ascii { text.len() } else { 0 },
        ascii: ascii.then_some((0, text.len())),
        general: None,
    }
}

/// Iterator of [`word_segments`].
pub struct WordSegments<'a> {
    text: &'a str,
    /// Where the next region starts.
    pos: usize,
    /// An ASCII region being segmented here: (next segment start, region end).
    ascii: Option<(usize, usize)>,
    /// A region handed to the general segmenter, with its offset in `text`.
    general: Option<(usize, UWordBoundIndices<'a>)>,
}

impl<'a> Iterator for WordSegments<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        let bytes = self.text.as_bytes();
        loop {
            if let Some((offset, segments)) = &mut self.general {
                let offset = *offset;
                if let Some((i, w)) = segments.find(|(_, w)| w.chars().any(char::is_alphanumeric)) {
                    return Some((offset + i, w));
                }
                self.general = None;
            }
            if let Some((start, end)) = self.ascii {
                let region = bytes.get(..end).unwrap_or(bytes);
                let mut start = start;
                loop {
                    // Only a segment that starts with a letter, digit or connector (`_`) can hold
                    // a letter or digit. Any other byte is a segment of its own or part of a run
                    // of spaces: a mid-word mark (`.`, `'`, `:`, `,`, `;`) at a segment's start
                    // joins nothing after it, since WB6 and WB12 would have joined it to the
                    // segment before. Such bytes are passed over without building their segments.
                    while start < end
                        && !matches!(class(region[start]), Class::Letter | Class::Digit | Class::Connector)
                    {
                        start += 1;
                    }
                    if start >= end {
                        break;
                    }
                    let mut stop = start + 1;
                    let mut prev = class(region[start]);
                    // Whether the segment holds a letter or digit, noted as it is read.
                    let mut alphanumeric = matches!(prev, Class::Letter | Class::Digit);
                    while stop < end {
                        if matches!(prev, Class::Letter | Class::Digit) {
                            // Letters and digits join each other whatever their order (WB5,
                            // WB8–WB10): a word's run is skipped whole.
                            while stop < end && matches!(class(region[stop]), Class::Letter | Class::Digit) {
                                stop += 1;
                            }
                            prev = class(region[stop - 1]);
                            if stop == end {
                                break;
                            }
                        }
                        let cur = class(region[stop]);
                        if !joins(region, stop, prev, cur) {
                            break;
                        }
                        alphanumeric |= matches!(cur, Class::Letter | Class::Digit);
                        prev = cur;
                        stop += 1;
                    }
                    let segment = start..stop;
                    start = stop;
                    if alphanumeric {
                        self.ascii = Some((start, end));
                        // Cut at ASCII bytes only: always a char boundary.
                        return self.text.get(segment.clone()).map(|w| (segment.start, w));
                    }
                }
                self.ascii = None;
            }
            if self.pos >= bytes.len() {
                return None;
            }
            let start = self.pos;
            let mut end = start;
            let mut ascii = true;
            while end < bytes.len() {
                let b = bytes[end];
                ascii &= b.is_ascii();
                end += 1;
                if is_ascii_space(b) && bytes.get(end).is_some_and(u8::is_ascii) {
                    break;
                }
            }
            self.pos = end;
            if ascii {
                self.ascii = Some((start, end));
            } else if let Some(region) = self.text.get(start..end) {
                self.general = Some((start, region.split_word_bound_indices()));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference(text: &str) -> Vec<(usize, &str)> {
        text.split_word_bound_indices()
            .filter(|(_, w)| w.chars().any(char::is_alphanumeric))
            .collect()
    }

    #[test]
    fn ascii_rules() {
        let text = "U.S. troops' 3,000.5 don't a:b a.1 1.a x_y _9 3;4 e-mail\r\n\"ok\" end.";
        let got: Vec<&str> = word_segments(text).map(|(_, w)| w).collect();
        assert_eq!(
            got,
            vec![
                "U.S", "troops", "3,000.5", "don't", "a:b", "a", "1", "1", "a", "x_y", "_9", "3;4", "e", "mail", "ok",
                "end"
            ]
        );
        assert_eq!(word_segments(text).collect::<Vec<_>>(), reference(text));
    }

    #[test]
    fn mixed_text_matches_the_general_segmenter() {
        for text in [
            "Lima’s plan: 2.5 tonnes, we’ll see!",
            "café au lait — “quoted” 北京 好 é",
            " \u{301}a b\u{200D}c \u{AD}d 🇫🇷🇩🇪 x\u{3000} y",
            "",
            "   ",
            "a",
        ] {
            assert_eq!(word_segments(text).collect::<Vec<_>>(), reference(text), "{text:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn same_segments_as_unicode_segmentation(picks in proptest::collection::vec(0usize..ALPHABET.len(), 0..40)) {
            let text: String = picks.iter().map(|&i| ALPHABET[i]).collect();
            proptest::prop_assert_eq!(word_segments(&text).collect::<Vec<_>>(), reference(&text));
        }

        #[test]
        fn ascii_text_is_segmented_whole_as_unicode_segmentation_does(
            picks in proptest::collection::vec(0usize..ASCII, 0..60)
        ) {
            let text: String = picks.iter().map(|&i| ALPHABET[i]).collect();
            proptest::prop_assert!(text.is_ascii());
            proptest::prop_assert_eq!(word_segments(&text).collect::<Vec<_>>(), reference(&text));
        }
    }

    /// How many of the first characters of [`ALPHABET`] are ASCII.
    const ASCII: usize = 19;

    /// Characters every word rule turns on, ASCII and not.
    const ALPHABET: &[&str] = &[
        "a", "Z", "7", "0", ".", ",", ";", ":", "'", "_", "\"", "-", " ", "  ", "\t", "\n", "\r", "\r\n", "\u{b}", "’",
        "‘", "é", "北", "\u{301}", "\u{200D}", "\u{AD}", "🇫", "🇷", "👍", "\u{3000}", "\u{85}", "·", "٫", "א", "ア",
        "١", "!", "$", "%",
    ];
}
