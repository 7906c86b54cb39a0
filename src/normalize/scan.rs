//! Walks over the non-ASCII characters of a text. Most scraped text is ASCII with a
//! non-ASCII character every few dozen bytes (a curly quote, a dash, a no-break space),
//! and several steps only care about those: skipping ASCII eight bytes at a time is
//! several times cheaper than decoding every character.

/// The non-ASCII characters of `s` with their byte offsets, in order.
pub fn non_ascii_chars(s: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    let bytes = s.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        at = next_non_ascii(bytes, at)?;
        let c = s.get(at..)?.chars().next()?;
        let found = (at, c);
        at += c.len_utf8();
        Some(found)
    })
}

/// Offset of the first byte from `from` on that is not ASCII.
fn next_non_ascii(bytes: &[u8], from: usize) -> Option<usize> {
    const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
    let mut at = from;
    while let Some(word) = bytes.get(at..at + 8) {
        let word = u64::from_le_bytes(word.try_into().ok()?);
        if word & HIGH_BITS != 0 {
            break;
        }
        at += 8;
    }
    bytes
        .get(at..)?
        .iter()
        .position(|&b| b >= 0x80)
        .map(|p| at + p)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn finds_non_ascii_characters_with_offsets() {
        let found: Vec<(usize, char)> =
            non_ascii_chars("It’s a café — 12 €, plain ASCII.").collect();
        assert_eq!(found, [(2, '’'), (12, 'é'), (15, '—'), (22, '€')]);
        assert_eq!(
            non_ascii_chars("only ascii here, well past eight bytes").count(),
            0
        );
        assert_eq!(non_ascii_chars("").count(), 0);
    }

    proptest! {
        #[test]
        fn agrees_with_char_indices(s in any::<String>()) {
            let expected: Vec<(usize, char)> =
                s.char_indices().filter(|(_, c)| !c.is_ascii()).collect();
            prop_assert_eq!(non_ascii_chars(&s).collect::<Vec<_>>(), expected);
        }
    }
}
