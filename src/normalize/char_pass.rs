//! One walk over a block's characters that applies every context-free character step
//! at once: exotic spaces (UN002), invisible characters (UN003), whitespace runs
//! (UN004), curly quotes and apostrophes (PN001) and the ellipsis (PN002).
//!
//! Each of those steps has its own `apply` in its own file, which defines what it does
//! and what it counts. Run one after the other, they cost a pass and an allocation each
//! over text that is mostly unchanged; this walk produces the same text and the same
//! counts in one pass, copying runs of plain ASCII whole. The property test below holds
//! it to the step-by-step result.

use crate::normalize::{exotic_space, invisible_char, quotes, scan};

/// Which of the fused steps run.
#[derive(Debug, Clone, Copy, Default)]
pub struct Steps {
    pub exotic_space: bool,
    pub invisible: bool,
    pub whitespace: bool,
    pub quotes: bool,
    pub ellipsis: bool,
}

/// How often each step changed something.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StepCounts {
    pub exotic_space: u64,
    pub invisible: u64,
    pub whitespace: u64,
    pub quotes: u64,
    pub ellipsis: u64,
}

impl StepCounts {
    fn any(&self) -> bool {
        self.exotic_space + self.invisible + self.whitespace + self.quotes + self.ellipsis > 0
    }
}

/// The text after the steps, and their counts; `None` when no step changed anything.
pub fn apply(s: &str, steps: Steps) -> Option<(String, StepCounts)> {
    if is_untouched(s, steps) {
        return None;
    }
    let mut walk = Walk {
        steps,
        out: String::with_capacity(s.len() + 8),
        counts: StepCounts::default(),
        run: Run::None,
        acute: None,
    };
    let bytes = s.as_bytes();
    // Without a double space anywhere, every space between two printable characters
    // is already collapsed, and whole stretches up to the next unprintable byte can
    // be copied at once.
    let single_spaces = !scan::has_double_space(bytes);
    let mut at = 0;
    while at < bytes.len() {
        let plain = if single_spaces {
            printable_stretch_len(bytes, at)
        } else {
            plain_ascii_len(&bytes[at..])
        };
        if plain > 0 {
            walk.word(&s[at..at + plain]);
            at += plain;
            continue;
        }
        let c = s[at..].chars().next().unwrap_or(' ');
        walk.char(c);
        at += c.len_utf8();
    }
    walk.finish();
    walk.counts.any().then_some((walk.out, walk.counts))
}

/// Whether no step can change `s`: printable ASCII with single inner spaces when
/// whitespace collapses (the common line of prose), told without allocating.
fn is_untouched(s: &str, steps: Steps) -> bool {
    let bytes = s.as_bytes();
    if scan::next_unprintable(bytes, 0).is_some() {
        return false;
    }
    !steps.whitespace
        || (bytes.first() != Some(&b' ')
            && bytes.last() != Some(&b' ')
            && !scan::has_double_space(bytes))
}

/// Length of the stretch from `at` that no step touches, in text without double
/// spaces: printable ASCII and spaces up to the next unprintable byte, less a space at
/// either end (whether that one collapses depends on what lies beyond it, which the
/// character walk knows).
fn printable_stretch_len(bytes: &[u8], at: usize) -> usize {
    if bytes.get(at) == Some(&b' ') {
        return 0;
    }
    let end = scan::next_unprintable(bytes, at).unwrap_or(bytes.len());
    let stretch = &bytes[at..end];
    stretch.len() - usize::from(stretch.last() == Some(&b' '))
}

/// Length of the leading run that no step touches: printable ASCII, and single spaces
/// between two printable ASCII characters (inner spaces that are already collapsed).
/// A space first in the run is left to the character walk, which knows whether a
/// whitespace run is pending.
fn plain_ascii_len(bytes: &[u8]) -> usize {
    let printable = |b: &u8| (0x21..0x7f).contains(b);
    let mut len = 0;
    while let Some(b) = bytes.get(len) {
        // A space here follows a printable byte: a space is only taken when the byte
        // after it is printable.
        let single_space = *b == b' ' && len > 0 && bytes.get(len + 1).is_some_and(printable);
        if !printable(b) && !single_space {
            break;
        }
        len += 1;
    }
    len
}

/// The whitespace run being collapsed: none yet, exactly one plain space, or anything
/// else (longer, or another whitespace character).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Run {
    None,
    OneSpace,
    Other,
}

struct Walk {
    steps: Steps,
    out: String,
    counts: StepCounts,
    run: Run,
    /// Where in `out` an acute accent right after a letter stands, until the next
    /// visible character says whether it is an apostrophe (see [`quotes::ACUTE`]).
    acute: Option<usize>,
}

impl Walk {
    /// Printable ASCII with single inner spaces: ends any whitespace run, copied as it
    /// is.
    fn word(&mut self, word: &str) {
        self.end_run();
        if self.acute.is_some() {
            self.settle_acute(char::from(word.as_bytes()[0]));
        }
        self.out.push_str(word);
    }

    /// An acute accent pending after a letter is an apostrophe when `next`, the
    /// visible character right after it, is a letter too.
    fn settle_acute(&mut self, next: char) {
        if let Some(at) = self.acute.take() {
            if next.is_alphabetic() {
                self.out
                    .replace_range(at..at + quotes::ACUTE.len_utf8(), "'");
                self.counts.quotes += 1;
            }
        }
    }

    fn char(&mut self, c: char) {
        let mut c = c;
        if self.steps.exotic_space && is_exotic(c) {
            self.counts.exotic_space += 1;
            c = ' ';
        }
        if self.steps.invisible && invisible_char::is_invisible(c) {
            self.counts.invisible += 1;
            return;
        }
        if self.steps.whitespace && c.is_whitespace() {
            self.run = match (self.run, c) {
                (Run::None, ' ') => Run::OneSpace,
                _ => Run::Other,
            };
            return;
        }
        self.end_run();
        self.settle_acute(c);
        match c {
            quotes::ACUTE
                if self.steps.quotes
                    && self
                        .out
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphabetic) =>
            {
                self.acute = Some(self.out.len());
                self.out.push(c);
            }
            '“' | '”' | '„' | '‟' if self.steps.quotes => {
                self.counts.quotes += 1;
                self.out.push('"');
            }
            '‘' | '’' | '‚' | '‛' if self.steps.quotes => {
                self.counts.quotes += 1;
                self.out.push('\'');
            }
            '…' if self.steps.ellipsis => {
                self.counts.ellipsis += 1;
                self.out.push_str("...");
            }
            _ => self.out.push(c),
        }
    }

    /// A run of whitespace before a visible character becomes one space; it counts
    /// unless it already was one inner space.
    fn end_run(&mut self) {
        if self.run == Run::None {
            return;
        }
        // A space after an acute accent: no apostrophe.
        self.acute = None;
        let leading = self.out.is_empty();
        if !leading {
            self.out.push(' ');
        }
        if self.run == Run::Other || leading {
            self.counts.whitespace += 1;
        }
        self.run = Run::None;
    }

    /// A trailing run is dropped and counts once.
    fn finish(&mut self) {
        self.acute = None;
        if self.run != Run::None {
            self.counts.whitespace += 1;
            self.run = Run::None;
        }
    }
}

fn is_exotic(c: char) -> bool {
    !c.is_ascii() && exotic_space::is_exotic_space(c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::{ellipsis, quotes, whitespace};
    use proptest::prelude::*;

    const ALL: Steps = Steps {
        exotic_space: true,
        invisible: true,
        whitespace: true,
        quotes: true,
        ellipsis: true,
    };

    /// The steps one after the other, as their own files define them.
    fn step_by_step(s: &str, steps: Steps) -> (String, StepCounts) {
        let mut text = s.to_string();
        let mut counts = StepCounts::default();
        let mut run = |on: bool, f: fn(&str) -> Option<(String, usize)>, slot: &mut u64| {
            if let Some((changed, n)) = on.then(|| f(&text)).flatten() {
                text = changed;
                *slot += n as u64;
            }
        };
        run(
            steps.exotic_space,
            exotic_space::apply,
            &mut counts.exotic_space,
        );
        run(
            steps.invisible,
            invisible_char::apply,
            &mut counts.invisible,
        );
        run(steps.whitespace, whitespace::apply, &mut counts.whitespace);
        run(steps.quotes, quotes::apply, &mut counts.quotes);
        run(steps.ellipsis, ellipsis::apply, &mut counts.ellipsis);
        (text, counts)
    }

    fn fused(s: &str, steps: Steps) -> (String, StepCounts) {
        apply(s, steps).unwrap_or_else(|| (s.to_string(), StepCounts::default()))
    }

    #[test]
    fn applies_every_step_in_one_walk() {
        let (text, counts) = fused("  “Wait…”\u{a0}she\u{200b} said\t\u{a0} ", ALL);
        assert_eq!(text, "\"Wait...\" she said");
        assert_eq!(
            counts,
            StepCounts {
                exotic_space: 2,
                invisible: 1,
                whitespace: 2,
                quotes: 2,
                ellipsis: 1,
            }
        );
    }

    #[test]
    fn leaves_clean_text_alone() {
        assert_eq!(apply("Plain prose, one space apart.", ALL), None);
        assert_eq!(apply("naïve café", ALL), None);
        assert_eq!(apply("«oui» — tab\tkept", Steps::default()), None);
    }

    #[test]
    fn disabled_steps_keep_their_characters() {
        let steps = Steps {
            invisible: true,
            ..Steps::default()
        };
        assert_eq!(fused("a\u{a0} \u{200b}“b”…", steps).0, "a\u{a0} “b”…");
    }

    /// Characters each step cares about, mixed with plain text.
    fn pieces() -> impl Strategy<Value = String> {
        let piece = prop::sample::select(vec![
            "a", "Word", " ", "  ", "\t", "\n", "\r", "\u{a0}", "\u{2009}", "\u{3000}", "\u{200b}",
            "\u{ad}", "\u{feff}", "\u{85}", "\u{2028}", "\u{1}", "\u{7f}", "“", "”", "’", "„", "…",
            "—", "-", "é", "Ж", "😀", "\u{200d}", "´", "´s", "t´",
        ]);
        prop::collection::vec(piece, 0..24).prop_map(|v| v.concat())
    }

    fn steps() -> impl Strategy<Value = Steps> {
        prop::array::uniform5(any::<bool>()).prop_map(|[a, b, c, d, e]| Steps {
            exotic_space: a,
            invisible: b,
            whitespace: c,
            quotes: d,
            ellipsis: e,
        })
    }

    proptest! {
        #[test]
        fn agrees_with_the_steps_one_by_one(s in pieces(), steps in steps()) {
            prop_assert_eq!(fused(&s, steps), step_by_step(&s, steps));
        }

        #[test]
        fn agrees_on_any_text(s in any::<String>(), steps in steps()) {
            prop_assert_eq!(fused(&s, steps), step_by_step(&s, steps));
        }
    }
}
