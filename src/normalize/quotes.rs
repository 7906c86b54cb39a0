//! Writes curly quotes and apostrophes as ASCII `"` and `'` (punctuation policy
//! `quotes = "ascii"`, the default).
//!
//! Why: scraped sites mix typographic and typewriter quotes, often within one document
//! (“Did he get fired?" is common). One form makes the corpus consistent for
//! tokenizers, deduplication and exact-match search.
//!
//! Known false positives: none in meaning; guillemets («») and primes (′ ″) are not
//! quotes and stay as they are.
//!
//! Example: `“Was he fired? You’re kidding!”` becomes `"Was he fired? You're kidding!"`.

use crate::rules::RuleMeta;

pub static META: RuleMeta = RuleMeta {
    code: "PN001",
    name: "ascii-quotes",
    source: include_str!("quotes.rs"),
};

fn ascii_quote(c: char) -> Option<char> {
    match c {
        '“' | '”' | '„' | '‟' => Some('"'),
        '‘' | '’' | '‚' | '‛' => Some('\''),
        _ => None,
    }
}

pub fn apply(s: &str) -> Option<(String, usize)> {
    if s.is_ascii() {
        return None;
    }
    let count = s.chars().filter(|&c| ascii_quote(c).is_some()).count();
    if count == 0 {
        return None;
    }
    Some((
        s.chars().map(|c| ascii_quote(c).unwrap_or(c)).collect(),
        count,
    ))
}

#[cfg(test)]
mod tests {
    #[test]
    fn straightens_quotes() {
        assert_eq!(super::apply("“You’re”"), Some(("\"You're\"".into(), 3)));
        assert_eq!(super::apply("«oui»"), None);
    }
}
