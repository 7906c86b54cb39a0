//! Composes text to Unicode Normalization Form C.
//!
//! Why: the same visible text can be stored as different code point sequences ("é" as
//! one code point or as "e" plus a combining accent). Downstream deduplication, search
//! and tokenizers treat them as different strings; NFC makes them one.
//!
//! Known false positives: none that change meaning; NFC is canonical equivalence.
//!
//! Example: `Cafe\u{301}` becomes `Café` (one code point for the accented letter).

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use crate::rules::RuleMeta;

pub static META: RuleMeta = RuleMeta {
    code: "UN001",
    name: "nfc",
    source: include_str!("nfc.rs"),
};

/// The NFC form of `s` and how many code points composition removed (at least one when
/// anything changed), or `None` when `s` is already NFC.
pub fn apply(s: &str) -> Option<(String, usize)> {
    // Code points below U+0300 are starters that are NFC whatever surrounds them, so
    // the check can begin at the first character from there up: a UTF-8 lead byte of
    // 0xCC or more. Most Latin text holds none but punctuation from U+2000 up.
    let first_high = s.bytes().position(|b| b >= 0xcc)?;
    if is_nfc_quick(s[first_high..].chars()) == IsNormalized::Yes {
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
