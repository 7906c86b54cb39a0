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
    if s.is_ascii() || is_nfc_quick(s.chars()) == IsNormalized::Yes {
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
    }
}
