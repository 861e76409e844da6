//! Splitting a text into the runs of characters a predicate keeps, reading ASCII byte by byte:
//! the scans that read every article of a story whole (its names, its localities) run on it.

/// The runs of `text` made of characters `keep` accepts, empty ones left out: the same pieces as
/// `text.split(|c| !keep(c)).filter(|w| !w.is_empty())`, without decoding ASCII as UTF-8.
pub fn pieces<'a, F: Fn(char) -> bool + 'a>(text: &'a str, keep: F) -> impl Iterator<Item = &'a str> + 'a {
    let bytes = text.as_bytes();
    // What `keep` says of each ASCII character, asked once: a byte is then judged by a look-up.
    let mut ascii = [false; 128];
    for (b, kept) in (0u8..).zip(ascii.iter_mut()) {
        *kept = keep(char::from(b));
    }
    let kept = move |i: usize| -> Option<(bool, usize)> {
        let b = *bytes.get(i)?;
        if b.is_ascii() {
            return Some((ascii[usize::from(b & 0x7f)], 1));
        }
        let c = text.get(i..)?.chars().next()?;
        Some((keep(c), c.len_utf8()))
    };
    let mut i = 0;
    std::iter::from_fn(move || {
        // Skip what is not kept, then take what is.
        loop {
            let (yes, len) = kept(i)?;
            if yes {
                break;
            }
            i += len;
        }
        let start = i;
        while let Some((true, len)) = kept(i) {
            i += len;
        }
        text.get(start..i)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_are_those_of_split() {
        let keep = |c: char| c.is_alphanumeric() || c == '\'';
        for text in [
            "",
            "   ",
            "Alba City's mayor, the state of Corvo.",
            "l’état d'Alba — 北京 ünïcödé…x",
            "’’a’b’’",
            "end",
        ] {
            let expected: Vec<&str> = text.split(|c: char| !keep(c)).filter(|w| !w.is_empty()).collect();
            assert_eq!(pieces(text, keep).collect::<Vec<_>>(), expected, "{text}");
        }
    }
}
