//! Turns no-break, thin, ideographic and other exotic spaces into a plain space.
//!
//! Why: scraped text is full of no-break spaces (`&nbsp;`, often placed after every short
//! preposition by typesetting plugins) and thin or figure spaces. They look like spaces
//! but break tokenization, search and deduplication.
//!
//! Known false positives: a no-break space that was meant to keep "10 km" on one line
//! loses that hint; plain text has no line breaking to protect.
//!
//! Example: `off\u{a0}by` becomes `off by`.

use crate::rules::RuleMeta;

pub static META: RuleMeta = RuleMeta {
    code: "UN002",
    name: "exotic-space",
    source: include_str!("exotic_space.rs"),
};

pub(crate) fn is_exotic_space(c: char) -> bool {
    matches!(
        c,
        '\u{a0}' | '\u{1680}' | '\u{2000}'..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
    )
}

pub fn apply(s: &str) -> Option<(String, usize)> {
    if s.is_ascii() {
        return None;
    }
    let count = s.chars().filter(|&c| is_exotic_space(c)).count();
    if count == 0 {
        return None;
    }
    Some((
        s.chars()
            .map(|c| if is_exotic_space(c) { ' ' } else { c })
            .collect(),
        count,
    ))
}

#[cfg(test)]
mod tests {
    #[test]
    fn replaces_exotic_spaces_only() {
        assert_eq!(
            super::apply("off\u{a0}by\u{2009}far"),
            Some(("off by far".into(), 2))
        );
        assert_eq!(super::apply("plain text"), None);
        assert_eq!(super::apply("naïve"), None);
    }
}
