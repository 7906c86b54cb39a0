//! Removes lines that are only links: calls to action, tag lists and taxonomies such as
//! "Region: Russia and FSU, USA" whose items are all links. A short label ending in a
//! colon may stand before the links; nothing else may.
//!
//! Why: a line of nothing but links is navigation, whether it came from a markdown
//! export or an HTML list. In sentences, links are unwrapped by `inline-link` instead.
//!
//! Known false positives: a paragraph whose whole text is one link to another article
//! (a teaser), which is usually navigation anyway; link text of 25 words or more is
//! kept as prose.
//!
//! Example: `Region: [Russia and FSU](#), [USA](#)` is removed.

use crate::rules::{Action, DocView, PhraseSet, Rule, RuleMeta};
use crate::shape;

pub struct LinkLine;

static META: RuleMeta = RuleMeta {
    code: "MD002",
    name: "link-line",
    source: include_str!("link_line.rs"),
};

impl Rule for LinkLine {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &DocView, i: usize, _: &PhraseSet) -> Option<Action> {
        let block = &doc.block(i);
        if block.links.is_empty() || doc.words(i) >= 25 {
            return None;
        }
        let outside = block.text_outside_links();
        let label = outside.trim_matches(|c: char| c.is_whitespace() || ",;|·•/-–—".contains(c));
        let separators_only = outside
            .split(|c: char| c.is_whitespace() || ",;|·•/&-–—".contains(c))
            .all(|w| {
                w.is_empty()
                    || matches!(
                        w.to_lowercase().as_str(),
                        "and" | "or" | "und" | "et" | "y" | "и"
                    )
            });
        let labelled = label.ends_with(':')
            && shape::word_count(label) <= 4
            && !label[..label.len() - 1].contains(':');
        (separators_only || labelled).then_some(Action::Remove)
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::removed_by;

    #[test]
    fn removes_link_lines() {
        assert_eq!(
            removed_by("MD002", "Body.\n\nRegion: [Russia and FSU](#), [USA](#)\n"),
            ["Region: Russia and FSU, USA"]
        );
        assert_eq!(
            removed_by(
                "MD002",
                "Body.\n\n[Become a Member of Global Research](#)\n"
            ),
            ["Become a Member of Global Research"]
        );
        assert_eq!(
            removed_by("MD002", "Body.\n\n[Politics](/p) | [World](/w)\n").len(),
            1
        );
    }

    #[test]
    fn keeps_sentences_with_links() {
        assert!(removed_by(
            "MD002",
            "Kortunov [underlined](#) that the meeting mattered.\n"
        )
        .is_empty());
        assert!(removed_by("MD002", "See the [statement](#) here.\n").is_empty());
    }
}
