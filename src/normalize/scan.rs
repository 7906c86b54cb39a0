//! Walks over the non-ASCII characters of a text. Most scraped text is ASCII with a
//! non-ASCII character every few dozen bytes (a curly quote, a dash, a no-break space),
//! and several steps only care about those: skipping ASCII sixteen bytes at a time
//! (see [`crate::bytescan`]) is several times cheaper than decoding every character.
//! Byte counts (letters, word starts, UTF-8 lead bytes) are done here too, in a form
//! the compiler vectorizes.

use std::sync::LazyLock;

use crate::bytescan;

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
pub fn next_non_ascii(bytes: &[u8], from: usize) -> Option<usize> {
    // In text of a non-Latin script the next character is most often not ASCII
    // either: one byte tells, before a vector scan is set up.
    if bytes.get(from).is_some_and(|&b| b >= 0x80) {
        return Some(from);
    }
    bytescan::find(bytes, from, |x| bytescan::at_least(x, 0x80), |b| b >= 0x80)
}

/// Offset of the first byte from `from` on that is not printable ASCII or a space: a
/// control character, DEL, or part of a non-ASCII character.
pub fn next_unprintable(bytes: &[u8], from: usize) -> Option<usize> {
    bytescan::find(
        bytes,
        from,
        |x| bytescan::below(x, 0x20) | bytescan::at_least(x, 0x7f),
        |b| !(0x20..0x7f).contains(&b),
    )
}

/// Whether `bytes` holds two spaces in a row.
pub fn has_double_space(bytes: &[u8]) -> bool {
    // A prebuilt searcher: building one per call costs more than most searches.
    static DOUBLE_SPACE: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(b"  "));
    DOUBLE_SPACE.find(bytes).is_some()
}

/// How many bytes `hit` accepts. Counting into a byte per chunk of 128 lets the loop
/// use whole vector registers, where a `usize` counter gets two lanes per register;
/// `hit` should be branch-free (`&`, `|`, comparisons) for the same reason.
pub fn count_bytes(bytes: &[u8], hit: impl Fn(u8) -> bool) -> usize {
    bytes
        .chunks(CHUNK)
        .map(|chunk| usize::from(chunk.iter().map(|&b| u8::from(hit(b))).sum::<u8>()))
        .sum()
}

/// How many neighbouring byte pairs `hit(before, after)` accepts, counted as in
/// [`count_bytes`].
pub fn count_byte_pairs(bytes: &[u8], hit: impl Fn(u8, u8) -> bool) -> usize {
    let Some(last) = bytes.len().checked_sub(1) else {
        return 0;
    };
    bytes[..last]
        .chunks(CHUNK)
        .zip(bytes[1..].chunks(CHUNK))
        .map(|(before, after)| {
            let hits: u8 = before
                .iter()
                .zip(after)
                .map(|(&a, &b)| u8::from(hit(a, b)))
                .sum();
            usize::from(hits)
        })
        .sum()
}

/// At most this many hits per chunk, so a byte holds the count.
const CHUNK: usize = 128;

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn counts_past_what_a_byte_holds() {
        let bytes = vec![b'x'; 1000];
        assert_eq!(count_bytes(&bytes, |b| b == b'x'), 1000);
        assert_eq!(count_byte_pairs(&bytes, |a, b| a == b), 999);
        assert_eq!(count_byte_pairs(b"", |_, _| true), 0);
        assert_eq!(count_byte_pairs(b"a", |_, _| true), 0);
    }

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

    #[test]
    fn finds_unprintable_bytes_next_to_borrows_and_carries() {
        // A byte below 0x20 borrows from the one above it, 0xFF carries into it.
        let edges = [0x00, 0x1f, 0x20, 0x21, b'a', 0x7e, 0x7f, 0x80, 0xfe, 0xff];
        for a in edges {
            for b in edges {
                for at in 0..10 {
                    let mut bytes = [b'x'; 16];
                    bytes[at] = a;
                    bytes[at + 1] = b;
                    for from in [0, at, at + 1] {
                        let expected = (from..16).find(|&i| !(0x20..0x7f).contains(&bytes[i]));
                        assert_eq!(
                            next_unprintable(&bytes, from),
                            expected,
                            "{a:#x} {b:#x} at {at}"
                        );
                        let high = (from..16).find(|&i| bytes[i] >= 0x80);
                        assert_eq!(next_non_ascii(&bytes, from), high, "{a:#x} {b:#x} at {at}");
                    }
                }
            }
        }
    }

    #[test]
    fn finds_unprintable_bytes() {
        let text = b"plain words, spaces and punctuation!~ then\ta tab";
        assert_eq!(next_unprintable(text, 0), Some(42));
        assert_eq!(next_unprintable(b"all printable ~ here", 0), None);
        assert_eq!(next_unprintable(b"0123456789abcdef\x7f", 3), Some(16));
        assert_eq!(next_unprintable("naïve".as_bytes(), 0), Some(2));
    }

    proptest! {
        #[test]
        fn unprintable_agrees_with_a_byte_loop(bytes in prop::collection::vec(any::<u8>(), 0..40), from in 0usize..40) {
            let expected = bytes
                .iter()
                .enumerate()
                .skip(from)
                .find(|(_, &b)| !(0x20..0x7f).contains(&b))
                .map(|(i, _)| i);
            prop_assert_eq!(next_unprintable(&bytes, from), expected);
        }

        #[test]
        fn counts_agree_with_plain_loops(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
            let high = |b: u8| b >= 0x80;
            prop_assert_eq!(count_bytes(&bytes, high), bytes.iter().filter(|&&b| high(b)).count());
            let rise = |a: u8, b: u8| a < b;
            prop_assert_eq!(
                count_byte_pairs(&bytes, rise),
                bytes.windows(2).filter(|w| rise(w[0], w[1])).count()
            );
        }

        #[test]
        fn agrees_with_char_indices(s in any::<String>()) {
            let expected: Vec<(usize, char)> =
                s.char_indices().filter(|(_, c)| !c.is_ascii()).collect();
            prop_assert_eq!(non_ascii_chars(&s).collect::<Vec<_>>(), expected);
        }
    }
}
