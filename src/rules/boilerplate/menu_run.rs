//! Removes navigation menus flattened to text: a run of at least six consecutive lines
//! of a plain-text document that are each a short label of at most four words
//! ("Nachrichten", "Start-ups", "Unternehmen & Märkte", "Contact"), with no sentence
//! punctuation, comma, digit or list marker. HTML pages are left to their structure
//! (`HX001`).
//!
//! Why: a site's menus, footers and sidebars become exactly such runs when a page is
//! reduced to text by stripping its tags; one label alone is ambiguous, six in a row
//! are a menu.
//!
//! Known false positives: a list written without markers whose items are all one to
//! four words (a product sheet flattened to one label or value per line, the tab
//! titles of a page). Lists with bullets, dashes or numbers are kept, so are lines
//! with figures (a table of ratings), and so is any run broken by a longer line.
//!
//! Example: the lines `Home`, `Politik`, `Wirtschaft`, `Kultur`, `Sport`, `Kontakt`
//! one under the other are removed.

use crate::rules::{Action, DocView, PhraseSet, Rule, RuleMeta};
use crate::shape;

pub struct MenuRun;

static META: RuleMeta = RuleMeta {
    code: "BP012",
    name: "menu-run",
    source: include_str!("menu_run.rs"),
};

/// Fewest consecutive labels that make a menu.
const MIN_RUN: usize = 6;

impl Rule for MenuRun {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    // Removing a block between two short runs joins them into one.
    fn depends_on_context(&self) -> bool {
        true
    }

    fn check(&self, doc: &DocView, i: usize, _: &PhraseSet) -> Option<Action> {
        if !is_label(doc, i) {
            return None;
        }
        // The run of labels around `i`, over blocks still in (removed ones in between
        // do not break it: a menu's "Search" entry may already be gone).
        let mut run = 1;
        let mut j = i;
        while let Some(p) = doc.prev_kept(j).filter(|&p| is_label(doc, p)) {
            run += 1;
            j = p;
            if run >= MIN_RUN {
                return Some(Action::Remove);
            }
        }
        let mut j = i;
        while let Some(n) = doc.next_kept(j).filter(|&n| is_label(doc, n)) {
            run += 1;
            j = n;
            if run >= MIN_RUN {
                return Some(Action::Remove);
            }
        }
        None
    }
}

/// A short label: one to four words, at most 40 characters, no sentence punctuation,
/// no list marker.
fn is_label(doc: &DocView, i: usize) -> bool {
    let text = doc.text(i).trim();
    let words = doc.words(i);
    (1..=4).contains(&words)
        && text.chars().count() <= 40
        && !shape::ends_like_sentence(text)
        && !text.contains(|c: char| c == ',' || c.is_ascii_digit())
        && !text.starts_with(['-', '*', '•', '·', '–', '—', '>', '#', '+'])
        && doc.blocks[i].html.is_none()
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::removed_by;

    const BODY: &str = "The talks in Washington lasted about an hour on Wednesday.\n\n";

    #[test]
    fn removes_runs_of_labels() {
        let doc = format!("Home\nPolitik\nWirtschaft\nKultur\nSport\nKontakt\n\n{BODY}");
        assert_eq!(removed_by("BP012", &doc).len(), 6);
        let doc = format!("{BODY}About\n\nContact\n\nImprint\n\nPrivacy\n\nTerms\n\nJobs\n");
        assert_eq!(removed_by("BP012", &doc).len(), 6);
    }

    #[test]
    fn keeps_short_runs_and_marked_lists() {
        let doc = format!("Home\nPolitik\nWirtschaft\nKultur\nSport\n\n{BODY}");
        assert!(removed_by("BP012", &doc).is_empty());
        let list = "- Eggs\n- Flour\n- Milk\n- Sugar\n- Butter\n- Salt\n";
        assert!(removed_by("BP012", &format!("{BODY}{list}")).is_empty());
        let numbered = "1. Eggs\n2. Flour\n3. Milk\n4. Sugar\n5. Butter\n6. Salt\n";
        assert!(removed_by("BP012", &format!("{BODY}{numbered}")).is_empty());
        let broken = "Home\nPolitik\nWirtschaft\nThe talks went on into the night.\nKultur\nSport\nKontakt\n";
        assert!(removed_by("BP012", broken).is_empty());
    }
}
