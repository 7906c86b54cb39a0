//! Composes text to Unicode Normalization Form C.
//!
//! Why: the same visible text can be stored as different code point sequences ("é" as
//! one code point or as "e" plus a combining accent). Downstream deduplication, search
//! and tokenizers treat them as different strings; NFC makes them one.
//!
//! Known false positives: none that change meaning; NFC is canonical equivalence.
//!
//! Example: `Cafe\u{301}` becomes `Café` (one code point for the accented letter).

use std::sync::OnceLock;

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use crate::normalize::scan;
use crate::rules::RuleMeta;

pub static META: RuleMeta = RuleMeta {
    code: "UN001",
    name: "nfc",
    source: include_str!("nfc.rs"),
};

/// The NFC form of `s` and how many code points composition removed (at least one when
/// anything changed), or `None` when `s` is already NFC.
pub fn apply(s: &str) -> Option<(String, usize)> {
    // Only characters that are not inert can make text non-NFC; most text has none.
    if scan::non_ascii_chars(s).all(|(_, c)| is_inert(c)) {
        return None;
    }
    if is_nfc_quick(s.chars()) == IsNormalized::Yes {
        return None;
    }
    let composed: String = s.nfc().collect();
    if composed == s {
        return None;
    }
    let count = s
        .chars()
        .count()
        .saturating_sub(composed.chars().count())
        .max(1);
    Some((composed, count))
}

/// Whether `c` is a starter (canonical combining class 0) that the NFC quick check
/// answers Yes for on its own: such a character never changes under NFC and resets the
/// check for what follows, so text made only of them is NFC. Code points below U+0300
/// all are (a test checks it); the rest of the Basic Multilingual Plane is looked up in
/// a bit table built once, and anything above it takes the full check.
fn is_inert(c: char) -> bool {
    static TABLE: OnceLock<Vec<u64>> = OnceLock::new();
    let cp = c as usize;
    if cp < 0x300 {
        return true;
    }
    let table = TABLE.get_or_init(|| {
        let mut bits = vec![0u64; 0x10000 / 64];
        for c in (0..0x10000u32).filter_map(char::from_u32) {
            let inert = canonical_combining_class(c) == 0
                && is_nfc_quick(std::iter::once(c)) == IsNormalized::Yes;
            if inert {
                bits[c as usize / 64] |= 1 << (c as usize % 64);
            }
        }
        bits
    });
    table
        .get(cp / 64)
        .is_some_and(|word| word >> (cp % 64) & 1 == 1)
}

#[cfg(test)]
mod tests {
    #[test]
    fn composes() {
        assert_eq!(super::apply("Cafe\u{301}"), Some(("Café".to_string(), 1)));
        assert_eq!(super::apply("Café"), None);
        assert_eq!(super::apply("plain"), None);
        assert_eq!(super::apply("naïve — “quoted”"), None);
        assert_eq!(
            super::apply("Ångström A\u{30a}"),
            Some(("Ångström Å".into(), 1))
        );
    }

    #[test]
    fn code_points_below_u0300_are_always_nfc_starters() {
        use unicode_normalization::char::canonical_combining_class;
        for c in (0..0x300u32).filter_map(char::from_u32) {
            assert_eq!(canonical_combining_class(c), 0, "{c:?}");
            let alone = unicode_normalization::is_nfc_quick(std::iter::once(c));
            assert_eq!(alone, super::IsNormalized::Yes, "{c:?}");
        }
    }
}
