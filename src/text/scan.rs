//! Finding the next byte of a rare kind (a digit in a text's years, a control space in a clutter
//! line), a block of bytes at a time.

/// Bytes tested at once: one or two vector registers' worth.
const BLOCK: usize = 32;

/// Where the first byte of `bytes` that `wanted` accepts is. Blocks without one, most of a text
/// when the bytes sought are rare, are passed over whole: testing every byte of a block without
/// an early exit compiles to vector code, where a byte-by-byte search cannot.
#[inline]
pub fn find_byte(bytes: &[u8], wanted: impl Fn(u8) -> bool + Copy) -> Option<usize> {
    let mut blocks = bytes.chunks_exact(BLOCK);
    let mut passed = 0;
    for block in &mut blocks {
        if block.iter().fold(false, |any, &b| any | wanted(b)) {
            return block.iter().position(|&b| wanted(b)).map(|k| passed + k);
        }
        passed += BLOCK;
    }
    blocks.remainder().iter().position(|&b| wanted(b)).map(|k| passed + k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_first_wanted_byte_in_any_block() {
        let mut text = vec![b'x'; 100];
        assert_eq!(find_byte(&text, |b| b.is_ascii_digit()), None);
        assert_eq!(find_byte(&[], |b| b.is_ascii_digit()), None);
        // In the first block, at a block's edges, in the short remainder.
        for at in [0, 31, 32, 63, 64, 95, 96, 99] {
            text[at] = b'7';
            assert_eq!(find_byte(&text, |b| b.is_ascii_digit()), Some(at), "{at}");
            assert_eq!(find_byte(&text[..=at], |b| b.is_ascii_digit()), Some(at), "{at}");
            text[at] = b'x';
        }
        // The first of several, not the last; non-ASCII bytes only when asked for.
        assert_eq!(find_byte(b"ab.cd!", |b| matches!(b, b'.' | b'!')), Some(2));
        assert_eq!(find_byte("é٣ 4".as_bytes(), |b| b.is_ascii_digit()), Some(5));
        assert_eq!(find_byte("ab“".as_bytes(), |b| b == 0xE2), Some(2));
    }
}
