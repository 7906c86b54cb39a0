//! Unwraps markdown links inside text: `[text](url)` becomes `text`, a reference link
//! `[text][ref]` becomes `text`, and an image `![alt](url)` goes entirely, as does a
//! linked image (`[![badge](b.svg)](url)`). Footnote markers (`[11][12]`) are no links
//! (`reference-mark` judges them).
//!
//! Why: text scraped through an HTML-to-markdown step keeps link syntax that is noise
//! for every downstream use, while the link text is part of the sentence. The link
//! text stays marked as a link for the rules that measure link density.
//!
//! Known false positives: literal brackets directly followed by a parenthesis, as in
//! `[sic](1998)`, read as a link. Footnote markers in a row (`[11][12]`, `[a][b]`) are
//! left alone: a reference link's text has a letter and more than one character.
//!
//! Example: `Kortunov [underlined](#) that` becomes `Kortunov underlined that`.

use std::borrow::Cow;
use std::ops::Range;

use crate::rules::RuleMeta;

pub static INLINE_LINK: RuleMeta = RuleMeta {
    code: "MD001",
    name: "inline-link",
    source: include_str!("inline_link.rs"),
};

/// Text with markdown link syntax removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unlinked {
    pub text: String,
    /// Byte ranges of `text` that were link text.
    pub links: Vec<Range<usize>>,
    /// Each removed link or image as it was written, with its byte range in the input.
    pub markup: Vec<(Range<usize>, String)>,
}

/// Removes markdown link syntax from `s`, or `None` when it has none.
pub fn strip_markdown_links(s: &str) -> Option<Unlinked> {
    // One vectorized scan for the rare `]`, where two substring searches cost more
    // than the scan on every block without a link.
    let bytes = s.as_bytes();
    if !memchr::memchr_iter(b']', bytes).any(|at| matches!(bytes.get(at + 1), Some(b'(' | b'['))) {
        return None;
    }
    let mut out = Unlinked {
        text: String::with_capacity(s.len()),
        links: Vec::new(),
        markup: Vec::new(),
    };
    let mut at = 0;
    let mut copied = 0;
    while let Some(open) = s[at..].find('[').map(|p| at + p) {
        let Some(link) = parse_link(s, open) else {
            at = open + 1;
            continue;
        };
        let image = open > 0 && s.as_bytes()[open - 1] == b'!';
        let markup_start = if image { open - 1 } else { open };
        out.text.push_str(&s[copied..markup_start]);
        if !image && !link.label.trim().is_empty() {
            let start = out.text.len();
            out.text.push_str(link.label.trim());
            out.links.push(start..out.text.len());
        }
        out.markup.push((
            markup_start..link.end,
            s[markup_start..link.end].to_string(),
        ));
        at = link.end;
        copied = link.end;
    }
    if out.markup.is_empty() {
        return None;
    }
    out.text.push_str(&s[copied..]);
    Some(out)
}

struct Link<'a> {
    /// The link text, with the links and images inside it unwrapped: a linked image
    /// (`[![badge](b.svg)](url)`) has none and goes whole, like an image.
    label: Cow<'a, str>,
    end: usize,
}

/// Longest link text looked for: a `[` with no `]` this close opens no link, and a
/// line of brackets is read in linear time.
const MAX_LABEL: usize = 1000;

fn parse_link(s: &str, open: usize) -> Option<Link<'_>> {
    let close = matching_bracket(s, open)?;
    let raw = &s[open + 1..close];
    let label = if raw.contains('[') {
        // One level of nesting: a link or an image inside the link text.
        let inner = strip_markdown_links(raw)?;
        if inner.text.contains('[') {
            return None;
        }
        Cow::Owned(inner.text)
    } else {
        Cow::Borrowed(raw)
    };
    let rest = &s[close + 1..];
    let (opener, closer) = match rest.chars().next()? {
        '(' => ('(', ')'),
        '[' => ('[', ']'),
        _ => return None,
    };
    let target_end = rest[1..].find(closer)? + 1;
    let target = &rest[1..target_end];
    let plausible = if opener == '(' {
        !target.trim().is_empty() && !target.trim().contains(' ') || target.contains(" \"")
    } else {
        // Footnote markers in a row (`[11][12]`, `[a][b]`) are citations, not a link.
        let worded = label.chars().any(char::is_alphabetic) && label.trim().chars().count() > 1;
        worded && (!target.contains(' ') || target.len() < 20)
    };
    plausible.then_some(Link {
        label,
        end: close + 1 + target_end + 1,
    })
}

/// The `]` that closes the `[` at `open`, one level of brackets nested inside it
/// counted, at most [`MAX_LABEL`] bytes on.
fn matching_bracket(s: &str, open: usize) -> Option<usize> {
    let mut depth = 0usize;
    let window = s.as_bytes().get(open..(open + MAX_LABEL).min(s.len()))?;
    for (at, &b) in window.iter().enumerate().map(|(i, b)| (open + i, b)) {
        match b {
            b'[' => {
                depth += 1;
                if depth > 2 {
                    return None;
                }
            }
            b']' => {
                depth -= 1;
                if depth == 0 {
                    return Some(at);
                }
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unwraps_links() {
        let u = strip_markdown_links("Kortunov [underlined](#) that").unwrap();
        assert_eq!(u.text, "Kortunov underlined that");
        assert_eq!(&u.text[u.links[0].clone()], "underlined");
        assert_eq!(u.markup[0].1, "[underlined](#)");
        let u =
            strip_markdown_links("Region: [Russia and FSU](#), [USA](https://x.org/usa)").unwrap();
        assert_eq!(u.text, "Region: Russia and FSU, USA");
        assert_eq!(u.links.len(), 2);
        let u = strip_markdown_links("See [the report][1] and [notes] [2] later.").unwrap();
        assert_eq!(u.text, "See the report and [notes] [2] later.");
        assert_eq!(u.markup[0].1, "[the report][1]");
    }

    #[test]
    fn drops_linked_images_whole() {
        let u = strip_markdown_links(
            "[![Build](https://ci.example/b.svg)](https://ci.example) [![v](v.svg)](https://crates.io/x) A parser.",
        )
        .unwrap();
        assert_eq!(u.text, "  A parser.");
        assert!(u.links.is_empty());
        assert_eq!(
            u.markup[0].1,
            "[![Build](https://ci.example/b.svg)](https://ci.example)"
        );
        // A link whose text holds more than the image keeps its text.
        let u = strip_markdown_links("[see ![x](x.png) here](https://x.org)").unwrap();
        assert_eq!(u.text, "see  here");
        // Deeper nesting leaves the outer brackets as they are; a bracket left open
        // is no link.
        assert_eq!(
            strip_markdown_links("[[[a](b)]](c)").unwrap().text,
            "[[a]](c)"
        );
        // A line of open brackets is read in linear time; only the last one, right
        // before "](x)", opens a link.
        let open = format!("{}](x)", "[".repeat(100_000));
        let u = strip_markdown_links(&open).unwrap();
        assert!(u.text.len() == 99_999 && u.markup.len() == 1);
    }

    #[test]
    fn keeps_footnote_markers() {
        assert_eq!(
            strip_markdown_links("concurrency.[11][12] It enforces"),
            None
        );
        assert_eq!(strip_markdown_links("a claim[a][b] and more"), None);
        let u = strip_markdown_links("Rust[1][2] is [fast][3].").unwrap();
        assert_eq!(u.text, "Rust[1][2] is fast.");
    }

    #[test]
    fn drops_images_and_keeps_plain_brackets() {
        let u = strip_markdown_links("![chart](c.png) Prices rose").unwrap();
        assert_eq!(u.text, " Prices rose");
        assert_eq!(strip_markdown_links("an array [1, 2] (sorted)"), None);
        assert_eq!(strip_markdown_links("no links here"), None);
        assert_eq!(strip_markdown_links("[unclosed](link"), None);
    }
}
