//! Writes the ellipsis character `…` as three periods (policy `ellipsis = "ascii"`, the
//! default).
//!
//! Why: both forms are common, often in one document; one form keeps the corpus
//! consistent.
//!
//! Known false positives: none in meaning.
//!
//! Example: `problems… Both` becomes `problems... Both`.

use crate::rules::RuleMeta;

pub static META: RuleMeta = RuleMeta {
    code: "PN002",
    name: "ascii-ellipsis",
    source: include_str!("ellipsis.rs"),
};

pub fn apply(s: &str) -> Option<(String, usize)> {
    let count = s.matches('…').count();
    (count > 0).then(|| (s.replace('…', "..."), count))
}

#[cfg(test)]
mod tests {
    #[test]
    fn expands_ellipsis() {
        assert_eq!(super::apply("wait…"), Some(("wait...".into(), 1)));
        assert_eq!(super::apply("wait..."), None);
    }
}
