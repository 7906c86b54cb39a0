//! Removes a page's sidebar and everything after it: a line that is only a theme's
//! label for its sidebar ("Primary Sidebar", "Secondary Sidebar", "Haupt-Sidebar",
//! "Barre latérale principale"), and every line below it, when at least one paragraph
//! of the article (a sentence of twelve words or more) stands above it. In an HTML
//! page the element taken as the article is left alone.
//!
//! Why: blog themes label their regions for screen readers ("Skip to primary sidebar"
//! links to a heading "Primary Sidebar"), and the markup puts the sidebar after the
//! article, followed only by the footer. A tag stripper keeps the hidden heading as a
//! line of text, and under it the sidebar's widgets (the blogger's greeting, book
//! advertisements, a newsletter box, recent posts) read like any other paragraphs. The
//! label tells where the article ended. A bare "Sidebar" is left out: magazines use the
//! word for a boxed story of their own.
//!
//! Known false positives: an article about web design that quotes a theme's label on
//! a line of its own loses what follows it.
//!
//! Example: an article's paragraphs, then `Primary Sidebar`, then `Welcome to our
//! blog! We are Jane and John …` and `Recent Posts`: the last three lines are removed.

use crate::rules::{Action, DocView, PhraseSet, Rule, RuleMeta};

pub struct SidebarRegion;

static META: RuleMeta = RuleMeta {
    code: "BP018",
    name: "sidebar-region",
    source: include_str!("sidebar_region.rs"),
};

/// Sidebar labels of themes, lowercase, each all of its line.
#[rustfmt::skip]
const LABELS: &[&str] = &[
    "primary sidebar", "secondary sidebar", "main sidebar", "sidebar primary",
    "sidebar secondary", "haupt-sidebar", "primäre sidebar", "sekundäre sidebar",
    "haupt-seitenleiste", "barre latérale principale", "barre latérale primaire",
    "barre latérale secondaire", "barra lateral principal", "barra lateral primaria",
    "barra lateral secundaria", "barra laterale principale", "barra laterale primaria",
];

impl Rule for SidebarRegion {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    // Whether an article's paragraph stands above the label is read among the kept lines.
    fn depends_on_context(&self) -> bool {
        true
    }

    fn check(&self, doc: &DocView, i: usize, _: &PhraseSet) -> Option<Action> {
        let label = doc.first_such("sidebar label", is_label)?;
        if i < label || doc.in_article(i) {
            return None;
        }
        let (first_body, _) = doc.body_bounds()?;
        (first_body < label).then_some(Action::Remove)
    }
}

/// Whether a folded line is a sidebar's label, with a colon or not.
fn is_label(folded: &str) -> bool {
    // Most lines are longer than any label: turned away by their length.
    folded.len() <= 32 && LABELS.contains(&folded.trim().trim_end_matches(':'))
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::removed_by;

    const BODY: &str =
        "The council approved the new budget for the schools on Tuesday after a long debate.";

    #[test]
    fn removes_the_sidebar_under_its_label() {
        for label in [
            "Primary Sidebar",
            "Haupt-Sidebar",
            "Barre latérale principale",
        ] {
            let doc = format!(
                "{BODY}\n\n{BODY}\n\n{label}\n\nWelcome to our blog! We are Jane and John, and we write about the food we cook at home every week.\n\nRecent Posts\n"
            );
            assert_eq!(
                removed_by("BP018", &doc),
                [
                    label,
                    "Welcome to our blog! We are Jane and John, and we write about the food we cook at home every week.",
                    "Recent Posts"
                ],
                "{label}"
            );
        }
    }

    #[test]
    fn keeps_the_text_when_no_paragraph_stands_above_the_label() {
        // A theme that puts the sidebar first: the article comes after it.
        let doc = format!("Primary Sidebar\n\nAbout this blog\n\n{BODY}\n\n{BODY}\n");
        assert!(removed_by("BP018", &doc).is_empty());
    }

    #[test]
    fn keeps_a_magazine_sidebar_and_labels_within_sentences() {
        for line in [
            "Sidebar",
            "Sidebar: how the vote works",
            "The primary sidebar of the theme shows recent posts.",
        ] {
            let doc = format!("{BODY}\n\n{line}\n\n{BODY}\n");
            assert!(removed_by("BP018", &doc).is_empty(), "{line}");
        }
    }
}
