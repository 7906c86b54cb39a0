//! Rewrites transliteration variants of names to one canonical spelling from the alias
//! tables (`data/aliases.tsv` ships with docclean; `[names] aliases` adds tables).
//!
//! Matching is on whole words and keeps the case shape of the match: `SERGEY` becomes
//! `SERGEI`, `Sergey's` becomes `Sergei's`. Only a match that starts with a capital
//! letter is rewritten, as names in prose do: `sergey` in lowercase is more likely a
//! user name, a URL or an email address.
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

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Anchored, Input, MatchKind, StartKind};

use crate::bits::BitTable;
use crate::bytescan;
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
    /// The bytes a variant can start with when it starts with a capital letter.
    starts: [bool; 256],
    /// The first two bytes of every pattern (a bit per byte pair): most capitalized
    /// words share no pair with a variant and need no matcher call.
    pairs: BitTable<1024>,
    /// Whether every start byte is an ASCII capital or a non-ASCII byte, which
    /// [`AliasTable::next_start`] can find sixteen bytes at a time.
    starts_grouped: bool,
    /// The lowest byte that can start a variant beyond the ASCII capitals: 0x80 when a
    /// variant starts with a non-ASCII capital, else 0xFF, which UTF-8 never holds.
    high_starts: u8,
}

impl AliasTable {
    pub fn empty() -> Self {
        AliasTable {
            canonical: BTreeMap::new(),
            matcher: None,
            starts: [false; 256],
            pairs: BitTable::new(),
            starts_grouped: true,
            high_starts: 0xff,
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
        // ASCII letters match in any case; a variant starting with a letter outside
        // ASCII (Ørsted) also needs its capitalized and upper-case spellings.
        let mut patterns: Vec<String> = Vec::new();
        for variant in self.canonical.keys() {
            let mut chars = variant.chars();
            let capitalized: String = chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect())
                .unwrap_or_default();
            patterns.extend([variant.clone(), capitalized, variant.to_uppercase()]);
        }
        patterns.sort_unstable();
        patterns.dedup();
        self.pairs = BitTable::new();
        for pattern in &patterns {
            let Some((&head, tail)) = pattern.as_bytes().split_first() else {
                continue;
            };
            // The matcher ignores ASCII case: a pair stands for its every case form.
            let cases = |b: u8| [b.to_ascii_lowercase(), b.to_ascii_uppercase()];
            // A one-byte variant matches whatever follows it.
            let seconds: Vec<u8> = match tail.first() {
                Some(&b) => cases(b).to_vec(),
                None => (0..=255).collect(),
            };
            for first in cases(head) {
                for &second in &seconds {
                    self.pairs
                        .set(usize::from(first) << 8 | usize::from(second));
                }
            }
        }
        self.matcher = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(&patterns)
            .ok();
        self.starts = [false; 256];
        for variant in self.canonical.keys() {
            let Some(first) = variant.chars().next() else {
                continue;
            };
            for capital in first.to_uppercase() {
                let mut utf8 = [0; 4];
                self.starts[usize::from(capital.encode_utf8(&mut utf8).as_bytes()[0])] = true;
            }
        }
        self.starts_grouped = (0..0x80u8)
            .filter(|&b| self.starts[usize::from(b)])
            .all(|b| b.is_ascii_uppercase());
        self.high_starts = if self.starts[0x80..].contains(&true) {
            0x80
        } else {
            0xff
        };
    }

    pub fn is_empty(&self) -> bool {
        self.canonical.is_empty()
    }

    /// Rewrites variants in `s`; returns the new text and the number of rewrites.
    ///
    /// Most text holds no name from the tables: rather than running the matcher over
    /// every byte, it is tried only where a word starts with a byte a capitalized
    /// variant can start with, and reads no further than the longest variant there.
    pub fn apply(&self, s: &str) -> Option<(String, usize)> {
        let matcher = self.matcher.as_ref()?;
        let bytes = s.as_bytes();
        let mut out = String::new();
        let mut last = 0;
        let mut count = 0;
        let mut at = 0;
        while let Some(start) = self.next_start(bytes, at) {
            at = start + 1;
            let pair =
                usize::from(bytes[start]) << 8 | usize::from(*bytes.get(start + 1).unwrap_or(&0));
            if !self.pairs.get(pair)
                || !s.is_char_boundary(start)
                || !s[start..].starts_with(char::is_uppercase)
            {
                continue;
            }
            let input = Input::new(s).range(start..).anchored(Anchored::Yes);
            let Some(m) = matcher.try_find(input).ok().flatten() else {
                continue;
            };
            let found = &s[start..m.end()];
            if !is_whole_word(s, start, m.end()) {
                continue;
            }
            let Some(canonical) = self.canonical.get(&found.to_lowercase()) else {
                continue;
            };
            out.push_str(&s[last..start]);
            out.push_str(&match_case(found, canonical));
            last = m.end();
            at = last;
            count += 1;
        }
        if count == 0 {
            return None;
        }
        out.push_str(&s[last..]);
        Some((out, count))
    }

    /// The first byte at or after `from` that a capitalized variant can start with.
    ///
    /// Variants start with capitals, nearly always ASCII ones, and a block of prose has
    /// one every thirty bytes or so: the bytes are tested sixteen at a time for an
    /// ASCII capital (or any non-ASCII byte, when a variant starts with one), and only
    /// a word with one is looked up byte by byte.
    fn next_start(&self, bytes: &[u8], from: usize) -> Option<usize> {
        let mut at = from;
        if self.starts_grouped {
            let class =
                |x| bytescan::within(x, b'A', b'Z') | bytescan::at_least(x, self.high_starts);
            while let Some(mut candidates) = bytescan::mask_at(bytes, at, class) {
                while candidates != 0 {
                    let k = candidates.trailing_zeros() as usize;
                    if self.starts[usize::from(bytes[at + k])] {
                        return Some(at + k);
                    }
                    candidates &= candidates - 1;
                }
                at += bytescan::WIDTH;
            }
        }
        bytes
            .get(at..)?
            .iter()
            .position(|&b| self.starts[usize::from(b)])
            .map(|offset| at + offset)
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
        assert_eq!(
            t.apply("«Sergey» (Dmitri)—SERGEJ"),
            Some(("«Sergei» (Dmitry)—SERGEI".into(), 3))
        );
    }

    #[test]
    fn rewrites_variants_with_a_capital_outside_ascii() {
        let mut t = AliasTable::empty();
        t.add_table("Oersted\tØrsted\n", Path::new("t.tsv"))
            .unwrap();
        assert_eq!(
            t.apply("Ørsted and ØRSTED"),
            Some(("Oersted and OERSTED".into(), 2))
        );
        assert_eq!(t.apply("ørsted"), None);
    }

    #[test]
    fn rewrites_a_one_letter_variant_wherever_it_stands() {
        let mut t = AliasTable::empty();
        t.add_table("Q\tK\n", Path::new("t.tsv")).unwrap();
        assert_eq!(
            t.apply("K. Smith and K"),
            Some(("Q. Smith and Q".into(), 2))
        );
        assert_eq!(t.apply("Kate"), None);
    }

    #[test]
    fn leaves_look_alikes() {
        let t = table();
        assert_eq!(t.apply("Sergeyev said"), None);
        assert_eq!(t.apply("mail sergey@example.com"), None);
        assert_eq!(t.apply("Sergei Lavrov"), None);
        assert_eq!(t.apply("user sergey and sErgey"), None);
        assert_eq!(t.apply("XSergey, _Sergey, Sergeyy"), None);
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

    proptest::proptest! {
        /// The eight-bytes-at-a-time search finds what a byte-by-byte one does, for
        /// tables of ASCII capitals, with non-ASCII capitals, and with other start bytes.
        #[test]
        fn finds_the_start_bytes_a_byte_scan_finds(
            text in "[a-zA-Z0-9 .,'\u{e9}\u{c9}\u{416}\u{436}\u{1e9e}\u{2019}_]{0,80}",
            from in 0usize..90,
            kind in 0u8..3,
        ) {
            let table = match kind {
                0 => "Sergei\tSergey\n",
                1 => "Sergei\tSergey\t\u{421}\u{435}\u{440}\u{433}\u{435}\u{439}\n\u{c9}mile\tEmile\n",
                _ => "Sergei\tSergey\n3M\t3-M\n",
            };
            let mut t = AliasTable::empty();
            t.add_table(table, Path::new("t.tsv")).unwrap();
            proptest::prop_assert_eq!(t.starts_grouped, kind != 2);
            let bytes = text.as_bytes();
            let expected = bytes
                .get(from..)
                .and_then(|rest| rest.iter().position(|&b| t.starts[usize::from(b)]))
                .map(|offset| from + offset);
            proptest::prop_assert_eq!(t.next_start(bytes, from), expected);
        }
    }
}
