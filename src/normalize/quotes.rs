//! Writes curly quotes and apostrophes as ASCII `"` and `'` (punctuation policy
//! `quotes = "ascii"`, the default), and so an acute accent typed for an apostrophe
//! between two letters (`tut´s`, `don´t`).
//!
//! Why: scraped sites mix typographic and typewriter quotes, often within one document
//! (“Did he get fired?" is common). One form makes the corpus consistent for
//! tokenizers, deduplication and exact-match search. The spacing acute accent (U+00B4)
//! sits where many keyboard layouts put no apostrophe, and writers reach for it: between
//! letters it is one, as no accent stands there on its own.
//!
//! Known false positives: none in meaning; guillemets («») and primes (′ ″) are not
//! quotes and stay as they are, and so does an acute accent that is not between two
//! letters (`´` alone, `a ´ b`).
//!
//! Example: `“Was he fired? You’re kidding!”` becomes `"Was he fired? You're kidding!"`;
//! `Onkel Tom´s Hütte` becomes `Onkel Tom's Hütte`.

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

/// The spacing acute accent, which stands for an apostrophe between two letters.
pub const ACUTE: char = '\u{b4}';

pub fn apply(s: &str) -> Option<(String, usize)> {
    if s.is_ascii() {
        return None;
    }
    let mut out = String::with_capacity(s.len());
    let mut count = 0;
    let mut chars = s.chars().peekable();
    let mut prev: Option<char> = None;
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        let replaced = match c {
            ACUTE
                if prev.is_some_and(char::is_alphabetic)
                    && next.is_some_and(char::is_alphabetic) =>
            {
                Some('\'')
            }
            _ => ascii_quote(c),
        };
        count += usize::from(replaced.is_some());
        out.push(replaced.unwrap_or(c));
        prev = Some(c);
    }
    (count > 0).then_some((out, count))
}

#[cfg(test)]
mod tests {
    #[test]
    fn straightens_quotes() {
        assert_eq!(super::apply("“You’re”"), Some(("\"You're\"".into(), 3)));
        assert_eq!(super::apply("«oui»"), None);
        assert_eq!(
            super::apply("Onkel Tom´s Hütte, tut´s"),
            Some(("Onkel Tom's Hütte, tut's".into(), 2))
        );
        // Not between two letters.
        assert_eq!(super::apply("´s a ´ b a´ b´´c 5´s"), None);
    }
}
