//! Splitting a text into the runs of characters a predicate keeps, reading ASCII byte by byte:
//! the scans that read every article of a story whole (its names) run on it.

/// The runs of `text` made of characters `keep` accepts and starting with an upper-case letter:
/// the same pieces as `text.split(|c| !keep(c)).filter(|w| w.starts_with(char::is_uppercase))`,
/// without decoding ASCII as UTF-8. Every other run is passed over as it is read, not yielded:
/// most of a news text's words are lower-case.
pub fn capitalized_pieces<'a, F: Fn(char) -> bool + 'a>(text: &'a str, keep: F) -> impl Iterator<Item = &'a str> + 'a {
    let bytes = text.as_bytes();
    // What `keep` says of each ASCII character, asked once: a byte is then judged by a look-up.
    // (Bytes past ASCII are `false` here: they are decoded and asked of `keep` one by one.)
    let mut ascii = [false; 256];
    for (b, kept) in (0u8..128).zip(ascii.iter_mut()) {
        *kept = keep(char::from(b));
    }
    // The char starting at byte `i`, decoded: asked only where that byte is not ASCII.
    let wide = move |i: usize| text.get(i..).and_then(|r| r.chars().next());
    let mut i = 0;
    std::iter::from_fn(move || {
        loop {
            // Skip what is not kept.
            loop {
                let b = *bytes.get(i)?;
                if b.is_ascii() {
                    if ascii[usize::from(b)] {
                        break;
                    }
                    i += 1;
                } else {
                    let c = wide(i)?;
                    if keep(c) {
                        break;
                    }
                    i += c.len_utf8();
                }
            }
            let start = i;
            let capital = match bytes.get(i) {
                Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
                _ => wide(i).is_some_and(char::is_uppercase),
            };
            // Take what is kept: ASCII bytes in a tight loop, others decoded.
            loop {
                while bytes.get(i).is_some_and(|&b| ascii[usize::from(b)]) {
                    i += 1;
                }
                match bytes.get(i) {
                    Some(b) if !b.is_ascii() => match wide(i) {
                        Some(c) if keep(c) => i += c.len_utf8(),
                        _ => break,
                    },
                    _ => break,
                }
            }
            if capital {
                return text.get(start..i);
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capitalized_pieces_are_those_of_split() {
        let keep = |c: char| c.is_alphanumeric() || c == '\'';
        for text in [
            "",
            "   ",
            "Alba City's mayor, the state of Corvo.",
            "l’état d'Alba — 北京 ünïcödé…x",
            "’’a’b’’",
            "end",
            "Élysée talks: Ünal's ÉTAT, 'Quoted' Ωmega—Zed’s x’Y 3Com",
            "A",
        ] {
            let expected: Vec<&str> = text
                .split(|c: char| !keep(c))
                .filter(|w| w.starts_with(char::is_uppercase))
                .collect();
            assert_eq!(capitalized_pieces(text, keep).collect::<Vec<_>>(), expected, "{text}");
        }
    }
}
