//! Makes dashes consistent (policy `dashes`, default `"em"`); a command-line option
//! (`--release`) is no dash and stays.
//!
//! A dash *between words* is punctuation: a spaced hyphen (`word - word`), an en dash
//! with spaces, an em dash or horizontal bar with or without spaces, or a double hyphen.
//! Under `"em"` each becomes a spaced em dash ` — `; under `"ascii"` a spaced hyphen
//! ` - `. Any other en dash (ranges such as `1990–1995`, `Paris–Berlin`) and the Unicode
//! hyphens U+2010/U+2011 become `-` under both. An em dash at a line's start or end (an
//! attribution, a cut-off quote) stays an em dash under `"em"`. `"keep"` leaves all as is.
//!
//! Why: sites write the same punctuation four ways, often in one document.
//!
//! Known false positives: a spaced hyphen between two numbers (`2 - 3`) is taken for
//! arithmetic and left alone; a hyphen at a line's start is a list bullet and stays; a
//! double hyphen after a space and glued to the next word is a command-line option
//! (`run make --jobs 4`) and stays, so a typewriter dash written that way (`and --so`)
//! stays too.
//!
//! Example: `The Trump administration - both the president` becomes
//! `The Trump administration — both the president`.

use crate::config::DashPolicy;
use crate::rules::RuleMeta;

pub static META: RuleMeta = RuleMeta {
    code: "PN003",
    name: "dash-policy",
    source: include_str!("dashes.rs"),
};

/// A cheap test before the walk: a Unicode dash (U+2010..=U+2015, UTF-8 `E2 80 90` to
/// `E2 80 95`), or a hyphen next to a space or another hyphen. A hyphen inside a word
/// ("Putin-Trump") never changes.
fn has_dash_to_rewrite(s: &str) -> bool {
    let bytes = s.as_bytes();
    memchr::memchr2_iter(b'-', 0xe2, bytes).any(|at| {
        if bytes[at] == 0xe2 {
            return bytes.get(at + 1) == Some(&0x80)
                && bytes.get(at + 2).is_some_and(|b| (0x90..=0x95).contains(b));
        }
        let near = |b: Option<&u8>| matches!(b, Some(b' ' | b'-'));
        near(at.checked_sub(1).and_then(|p| bytes.get(p))) || near(bytes.get(at + 1))
    })
}

fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}' | '\u{2011}' | '\u{2012}' | '–' | '—' | '―'
    )
}

/// Offset of the next dash from `from` on. Every dash starts with `-` or the byte 0xE2,
/// so memchr finds the candidates without decoding the text between them.
fn next_dash(s: &str, from: usize) -> Option<usize> {
    let bytes = s.as_bytes().get(from..)?;
    memchr::memchr2_iter(b'-', 0xe2, bytes)
        .map(|p| from + p)
        .find(|&at| {
            s.get(at..)
                .and_then(|t| t.chars().next())
                .is_some_and(is_dash)
        })
}

pub fn apply(s: &str, policy: DashPolicy) -> Option<(String, usize)> {
    if policy == DashPolicy::Keep || !has_dash_to_rewrite(s) {
        return None;
    }
    let mut out = String::with_capacity(s.len() + 8);
    let mut count = 0;
    let mut at = 0;
    while let Some(start) = next_dash(s, at) {
        out.push_str(&s[at..start]);
        let end = s[start..]
            .find(|c| !is_dash(c))
            .map_or(s.len(), |len| start + len);
        let run = &s[start..end];
        let (head, tail) = (&s[..start], &s[end..]);
        let space_before = head.ends_with(' ');
        let space_after = tail.starts_with(' ');
        let before = head.trim_end_matches(' ').chars().next_back();
        let after = tail.trim_start_matches(' ').chars().next();
        at = end;
        match rewrite(run, space_before, space_after, before, after, policy) {
            Some(Rewrite::Sentence) => {
                let dash = if policy == DashPolicy::Em {
                    " — "
                } else {
                    " - "
                };
                let already = space_before && space_after && run == dash.trim();
                if !already {
                    count += 1;
                }
                out.truncate(out.trim_end_matches(' ').len());
                out.push_str(dash);
                at = s.len() - tail.trim_start_matches(' ').len();
            }
            Some(Rewrite::To(text)) => {
                if text != run {
                    count += 1;
                }
                out.push_str(text);
            }
            None => out.push_str(run),
        }
    }
    out.push_str(&s[at..]);
    (count > 0).then_some((out, count))
}

enum Rewrite {
    /// Punctuation between words.
    Sentence,
    To(&'static str),
}

fn rewrite(
    run: &str,
    space_before: bool,
    space_after: bool,
    before: Option<char>,
    after: Option<char>,
    policy: DashPolicy,
) -> Option<Rewrite> {
    let between_words = before.is_some() && after.is_some();
    let digits_around =
        before.is_some_and(|c| c.is_ascii_digit()) && after.is_some_and(|c| c.is_ascii_digit());
    let first = run.chars().next()?;
    let single = run.chars().count() == 1;
    match first {
        '-' if single => (space_before && space_after && between_words && !digits_around)
            .then_some(Rewrite::Sentence),
        // A double hyphen glued to the word after it, with a space before, is a
        // command-line option (`cargo build --release`), not a dash.
        '-' if run.chars().all(|c| c == '-') && run.len() == 2 => {
            let option = space_before && !space_after && after.is_some_and(char::is_alphanumeric);
            (between_words && !option).then_some(Rewrite::Sentence)
        }
        '-' => None,
        '\u{2010}' | '\u{2011}' if single => Some(Rewrite::To("-")),
        '–' | '\u{2012}' if single => {
            if space_before && space_after && between_words {
                Some(Rewrite::Sentence)
            } else {
                Some(Rewrite::To("-"))
            }
        }
        '—' | '―' if single => {
            if between_words {
                Some(Rewrite::Sentence)
            } else if policy == DashPolicy::Em {
                Some(Rewrite::To("—"))
            } else {
                Some(Rewrite::To("-"))
            }
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn em(s: &str) -> String {
        apply(s, DashPolicy::Em)
            .map(|(t, _)| t)
            .unwrap_or_else(|| s.to_string())
    }

    #[test]
    fn sentence_dashes_become_em() {
        assert_eq!(em("administration - both"), "administration — both");
        assert_eq!(em("killing—the horrible"), "killing — the horrible");
        assert_eq!(em("killing – the horrible"), "killing — the horrible");
        assert_eq!(em("wait -- what"), "wait — what");
        assert_eq!(
            em("WASHINGTON (Sputnik) — Prior"),
            "WASHINGTON (Sputnik) — Prior"
        );
    }

    #[test]
    fn leaves_hyphens_ranges_and_bullets() {
        assert_eq!(em("Putin-Trump meeting"), "Putin-Trump meeting");
        assert_eq!(em("2 - 3 = -1"), "2 - 3 = -1");
        assert_eq!(em("- a list item"), "- a list item");
        assert_eq!(em("1990–1995"), "1990-1995");
        assert_eq!(em("— Leo Tolstoy"), "— Leo Tolstoy");
    }

    #[test]
    fn leaves_command_line_options() {
        assert_eq!(
            em("run cargo build --release now"),
            "run cargo build --release now"
        );
        assert_eq!(
            em("$ docclean clean --threads 4"),
            "$ docclean clean --threads 4"
        );
        // Spaced or glued on both sides, a double hyphen is still a dash.
        assert_eq!(em("wait -- what"), "wait — what");
        assert_eq!(em("wait--what"), "wait — what");
        assert_eq!(em("wait-- what"), "wait — what");
    }

    #[test]
    fn ascii_policy() {
        let ascii = |s: &str| {
            apply(s, DashPolicy::Ascii)
                .map(|(t, _)| t)
                .unwrap_or_else(|| s.to_string())
        };
        assert_eq!(ascii("killing—the"), "killing - the");
        assert_eq!(ascii("— Leo"), "- Leo");
        assert_eq!(apply("a — b", DashPolicy::Keep), None);
    }

    /// The walk over a vector of characters that `apply` replaced, kept as the
    /// definition the byte-offset walk must agree with.
    fn reference(s: &str, policy: DashPolicy) -> Option<(String, usize)> {
        let chars: Vec<char> = s.chars().collect();
        let mut out = String::new();
        let mut count = 0;
        let mut i = 0;
        while i < chars.len() {
            if !is_dash(chars[i]) {
                out.push(chars[i]);
                i += 1;
                continue;
            }
            let start = i;
            while i < chars.len() && is_dash(chars[i]) {
                i += 1;
            }
            let run: String = chars[start..i].iter().collect();
            let space_before = start > 0 && chars[start - 1] == ' ';
            let space_after = i < chars.len() && chars[i] == ' ';
            let before = chars[..start].iter().rev().find(|c| **c != ' ').copied();
            let after = chars[i..].iter().find(|c| **c != ' ').copied();
            match rewrite(&run, space_before, space_after, before, after, policy) {
                Some(Rewrite::Sentence) => {
                    let dash = if policy == DashPolicy::Em {
                        " — "
                    } else {
                        " - "
                    };
                    if !(space_before && space_after && run == dash.trim()) {
                        count += 1;
                    }
                    while out.ends_with(' ') {
                        out.pop();
                    }
                    out.push_str(dash);
                    while i < chars.len() && chars[i] == ' ' {
                        i += 1;
                    }
                }
                Some(Rewrite::To(text)) => {
                    if text != run {
                        count += 1;
                    }
                    out.push_str(text);
                }
                None => out.push_str(&run),
            }
        }
        (count > 0).then_some((out, count))
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_the_character_walk(
            pieces in proptest::collection::vec(proptest::sample::select(vec![
                "a", "Word", "7", " ", "  ", "-", "--", "---", "\u{2010}", "\u{2011}",
                "\u{2012}", "–", "—", "―", "é", "\u{2016}", "\t",
            ]), 0..16),
            em in proptest::bool::ANY,
        ) {
            let s = pieces.concat();
            let policy = if em { DashPolicy::Em } else { DashPolicy::Ascii };
            proptest::prop_assert_eq!(apply(&s, policy), reference(&s, policy));
        }
    }

    #[test]
    fn idempotent() {
        for s in ["a - b", "a—b", "x -- y", "1990–95", "— Leo"] {
            let once = em(s);
            assert_eq!(em(&once), once, "{s}");
        }
    }
}
