//! Removes invisible characters: zero-width spaces and joiners, byte order marks, soft
//! hyphens, bidirectional controls and stray C0/C1 control characters.
//!
//! Why: they are invisible in a browser but split words for every program that reads the
//! text ("Lav\u{200b}rov" is not "Lavrov" to a search index). Soft hyphens come from
//! hyphenation hints in HTML; bidi marks from copy-paste out of right-to-left pages.
//!
//! Known false positives: the zero-width joiner inside emoji sequences and Indic
//! conjuncts is kept, as are tabs; a zero-width non-joiner in Persian loses its ligature
//! hint.
//!
//! Example: `Lav\u{200b}rov\u{feff}` becomes `Lavrov`.

use crate::rules::RuleMeta;

pub static META: RuleMeta = RuleMeta {
    code: "UN003",
    name: "invisible-char",
    source: include_str!("invisible_char.rs"),
};

pub(crate) fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{200b}' | '\u{200c}' | '\u{2060}' | '\u{feff}' | '\u{ad}' | '\u{200e}' | '\u{200f}'
        | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{fffe}' | '\u{61c}')
        || (c.is_control() && c != '\t' && c != '\n')
}

pub fn apply(s: &str) -> Option<(String, usize)> {
    if s.bytes()
        .all(|b| (0x20..0x7f).contains(&b) || b == b'\t' || b == b'\n')
    {
        return None;
    }
    let count = s.chars().filter(|&c| is_invisible(c)).count();
    if count == 0 {
        return None;
    }
    Some((s.chars().filter(|&c| !is_invisible(c)).collect(), count))
}

#[cfg(test)]
mod tests {
    #[test]
    fn removes_invisibles() {
        assert_eq!(
            super::apply("Lav\u{200b}rov\u{feff}"),
            Some(("Lavrov".into(), 2))
        );
        assert_eq!(super::apply("a\u{0}b\u{85}c"), Some(("abc".into(), 2)));
        assert_eq!(super::apply("tab\tkept"), None);
        assert_eq!(super::apply("👨\u{200d}👩"), None);
    }
}
