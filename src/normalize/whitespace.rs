//! Collapses runs of spaces and tabs inside a block to one space and trims its ends.
//!
//! Why: layout whitespace left by scraping (indentation, doubled spaces after removed
//! inline elements, tabs) carries no meaning in a paragraph of prose.
//!
//! Known false positives: whitespace-aligned tables and code lose their alignment.
//!
//! Example: `  Lavrov \t said  ` becomes `Lavrov said`.

use crate::rules::RuleMeta;

pub static META: RuleMeta = RuleMeta {
    code: "UN004",
    name: "whitespace-collapse",
    source: include_str!("whitespace.rs"),
};

/// Collapses whitespace; counts each run that was not already a single inner space.
pub fn apply(s: &str) -> Option<(String, usize)> {
    if is_collapsed(s) {
        return None;
    }
    let mut out = String::with_capacity(s.len());
    let mut count = 0;
    let mut run = String::new();
    for c in s.chars() {
        if c.is_whitespace() {
            run.push(c);
            continue;
        }
        if !run.is_empty() {
            if !out.is_empty() {
                out.push(' ');
            }
            if run != " " || out.is_empty() {
                count += 1;
            }
            run.clear();
        }
        out.push(c);
    }
    if !run.is_empty() {
        count += 1;
    }
    (count > 0).then_some((out, count))
}

/// No leading or trailing whitespace, and every inner run is one plain space: the
/// common case, told without allocating.
fn is_collapsed(s: &str) -> bool {
    let bytes = s.as_bytes();
    if bytes.first().is_some_and(|&b| b == b' ') || bytes.last().is_some_and(|&b| b == b' ') {
        return false;
    }
    let ascii_ok = bytes.windows(2).all(|w| !(w[0] == b' ' && w[1] == b' '))
        && !bytes
            .iter()
            .any(|&b| b == b'\t' || b == b'\n' || b == b'\r' || b == 0x0b || b == 0x0c);
    ascii_ok && (s.is_ascii() || !s.chars().any(|c| c.is_whitespace() && c != ' '))
}

#[cfg(test)]
mod tests {
    #[test]
    fn collapses_and_trims() {
        assert_eq!(
            super::apply("  Lavrov \t said  "),
            Some(("Lavrov said".into(), 3))
        );
        assert_eq!(super::apply("Lavrov said"), None);
    }
}
