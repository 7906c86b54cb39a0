//! Rewrites transliteration variants of names to one canonical spelling from the alias
//! tables (`data/aliases.tsv` ships with docclean; `[names] aliases` adds tables).
//!
//! Matching is on whole words and keeps the case shape of the match: `SERGEY` becomes
//! `SERGEI`, `Sergey's` becomes `Sergei's`. A match in all lowercase is left alone, as
//! it is more likely a user name, a URL or an email address than a name in prose.
//!
//! Why: the same person is written Sergey, Sergei or Sergej depending on the site's
//! transliteration habits; entity counts, search and deduplication need one form.
//!
//! Known false positives: a different person whose name really is spelled like a
//! variant is rewritten too; keep variants that are real names in other languages out
//! of the table (the shipped one leaves out Polish and Czech forms such as Piotr, Andrej).
//!
//! Example: `Sergey Lavrov` becomes `Sergei Lavrov`.

use std::collections::BTreeMap;
use std::path::Path;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use crate::error::Error;
use crate::rules::RuleMeta;

pub static META: RuleMeta = RuleMeta {
    code: "NM001",
    name: "name-alias",
    source: include_str!("names.rs"),
};

/// The alias table shipped with docclean.
pub const BUILTIN_ALIASES: &str = include_str!("../../data/aliases.tsv");

/// Variant spellings and the canonical name each maps to.
#[derive(Debug, Clone)]
pub struct AliasTable {
    /// Lowercased variant to canonical spelling; later tables override earlier ones.
    canonical: BTreeMap<String, String>,
    matcher: Option<AhoCorasick>,
    variants: Vec<String>,
}

impl AliasTable {
    pub fn empty() -> Self {
        AliasTable {
            canonical: BTreeMap::new(),
            matcher: None,
            variants: Vec::new(),
        }
    }

    /// Adds the entries of one table (`canonical<TAB>variant[<TAB>variant…]` lines, `#`
    /// comments). `origin` names the table in errors.
    pub fn add_table(&mut self, text: &str, origin: &Path) -> Result<(), Error> {
        for (n, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
            let bad = |message: &str| Error::Aliases {
                path: origin.to_path_buf(),
                line: n + 1,
                message: message.to_string(),
            };
            if fields.len() < 2 || fields.iter().any(|f| f.is_empty()) {
                return Err(bad("expected `canonical<TAB>variant`, with no empty field"));
            }
            let canonical = fields[0];
            for variant in &fields[1..] {
                if variant.eq_ignore_ascii_case(canonical) {
                    continue;
                }
                if variant.split_whitespace().count() != canonical.split_whitespace().count() {
                    return Err(bad(
                        "variant and canonical name must have the same number of words",
                    ));
                }
                self.canonical
                    .insert(variant.to_lowercase(), canonical.to_string());
            }
        }
        self.rebuild();
        Ok(())
    }

    pub fn load_file(&mut self, path: &Path) -> Result<(), Error> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        self.add_table(&text, path)
    }

    fn rebuild(&mut self) {
        self.variants = self.canonical.keys().cloned().collect();
        self.matcher = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(&self.variants)
            .ok();
    }

    pub fn is_empty(&self) -> bool {
        self.canonical.is_empty()
    }

    /// Rewrites variants in `s`; returns the new text and the number of rewrites.
    pub fn apply(&self, s: &str) -> Option<(String, usize)> {
        let matcher = self.matcher.as_ref()?;
        let mut out = String::new();
        let mut last = 0;
        let mut count = 0;
        for m in matcher.find_iter(s) {
            let found = &s[m.start()..m.end()];
            if !is_whole_word(s, m.start(), m.end()) || !found.chars().any(char::is_uppercase) {
                continue;
            }
            let Some(canonical) = self.canonical.get(&found.to_lowercase()) else {
                continue;
            };
            out.push_str(&s[last..m.start()]);
            out.push_str(&match_case(found, canonical));
            last = m.end();
            count += 1;
        }
        if count == 0 {
            return None;
        }
        out.push_str(&s[last..]);
        Some((out, count))
    }
}

fn is_whole_word(s: &str, start: usize, end: usize) -> bool {
    let word_char = |c: char| c.is_alphanumeric() || c == '_' || c == '@';
    !s[..start].chars().next_back().is_some_and(word_char)
        && !s[end..].chars().next().is_some_and(word_char)
}

fn match_case(found: &str, canonical: &str) -> String {
    let letters = || found.chars().filter(|c| c.is_alphabetic());
    if letters().count() > 1 && letters().all(char::is_uppercase) {
        canonical.to_uppercase()
    } else {
        canonical.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> AliasTable {
        let mut t = AliasTable::empty();
        t.add_table(
            "Sergei\tSergey\tSergej\nDmitry\tDmitri\n",
            Path::new("t.tsv"),
        )
        .unwrap();
        t
    }

    #[test]
    fn rewrites_whole_words_with_case() {
        let t = table();
        assert_eq!(t.apply("Sergey Lavrov"), Some(("Sergei Lavrov".into(), 1)));
        assert_eq!(t.apply("SERGEY's"), Some(("SERGEI's".into(), 1)));
        assert_eq!(
            t.apply("Sergey’s visit"),
            Some(("Sergei’s visit".into(), 1))
        );
        assert_eq!(
            t.apply("Dmitri and Sergej"),
            Some(("Dmitry and Sergei".into(), 2))
        );
    }

    #[test]
    fn leaves_look_alikes() {
        let t = table();
        assert_eq!(t.apply("Sergeyev said"), None);
        assert_eq!(t.apply("mail sergey@example.com"), None);
        assert_eq!(t.apply("Sergei Lavrov"), None);
    }

    #[test]
    fn bad_lines_are_named() {
        let mut t = AliasTable::empty();
        let err = t
            .add_table("# ok\nSergei\n", Path::new("mine.tsv"))
            .unwrap_err();
        assert_eq!(
            err.to_string(),
            "mine.tsv: line 2: expected `canonical<TAB>variant`, with no empty field"
        );
    }

    #[test]
    fn builtin_table_parses() {
        let mut t = AliasTable::empty();
        t.add_table(BUILTIN_ALIASES, Path::new("data/aliases.tsv"))
            .unwrap();
        assert!(!t.is_empty());
    }
}
