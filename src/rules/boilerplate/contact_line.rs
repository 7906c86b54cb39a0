//! Removes contact lines: a short line that starts with a contact label ("For media
//! inquiries:", "Press contact:", "Email:", "Kontakt:"), with the short lines glued
//! under it that hold the contact (a name, a role, an address, a phone number), down to
//! the first sentence; a line that is an email address with at most a two-word label;
//! and a short line that invites the reader to write and gives the address ("Have a
//! news tip? Email us at tips@example.com."). A bare phone number or amount elsewhere
//! stays: it may be article data.
//!
//! Why: contact details of the publisher are site furniture, not article text, and
//! addresses in a corpus are personal data nobody asked for.
//!
//! Known false positives: a short article sentence that starts with "Contact us" in
//! prose, or that asks readers to email the paper and gives the address (which is the
//! site's own invitation more often than not). An email address inside a longer
//! sentence, or without an invitation, is kept.
//!
//! Example: `For media inquiries: publications@example.org` is removed.

use std::sync::LazyLock;

use regex::Regex;

use crate::rules::{Action, DocView, PhraseSet, Rule, RuleMeta};
use crate::shape;

pub struct ContactLine;

static META: RuleMeta = RuleMeta {
    code: "BP004",
    name: "contact-line",
    source: include_str!("contact_line.rs"),
};

static ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|\+?\d[\d ()/\-]{7,}\d")
        .expect("valid address pattern")
});

static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+").expect("valid email pattern"));

impl Rule for ContactLine {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[rustfmt::skip]
    fn phrases(&self) -> &'static [&'static str] {
        &[
            "for media inquiries", "media inquiries", "for press inquiries", "press inquiries",
            "media contact", "press contact", "contact us", "contact:", "email us", "e-mail:",
            "email:", "mail:", "tel:", "tel.:", "phone:", "fax:", "send tips", "send us a tip",
            "got a tip", "pressekontakt", "kontakt:", "telefon:", "contacto:", "contact presse",
            "контакты:", "телефон:", "ihr ansprechpartner", "ihre ansprechpartnerin",
            "ihre ansprechpartner", "kontaktieren sie uns", "mail the editor", "email the editor",
            "e-mail the editor", "contact the editor",
        ]
    }

    fn check(&self, doc: &DocView, i: usize, phrases: &PhraseSet) -> Option<Action> {
        let text = doc.text(i);
        let words = doc.words(i);
        if words > 25 {
            return None;
        }
        if is_label(doc, i, phrases) || (phrases.starts(&doc.folded[i]) && ADDRESS.is_match(text)) {
            return Some(Action::Remove);
        }
        // "Have a news tip? Email us at tips@example.com.": an invitation to write, with
        // the address to write to.
        if words <= 20 && EMAIL.is_match(text) && doc.contains(i, phrases) {
            return Some(Action::Remove);
        }
        if is_under_label(doc, i, phrases) {
            return Some(Action::Remove);
        }
        let rest = EMAIL.replace_all(text, "");
        let bare = EMAIL.is_match(text)
            && shape::word_count(&rest) <= 2
            && !shape::has_terminal_punctuation(&rest);
        bare.then_some(Action::Remove)
    }
}

/// A contact label, perhaps with the contact itself: "Media Contact:", "Pressekontakt:
/// Anna Schmidt".
fn is_label(doc: &DocView, i: usize, phrases: &PhraseSet) -> bool {
    doc.words(i) <= 12 && phrases.starts(&doc.folded[i])
}

/// Most lines of a contact block under its label.
const MAX_BLOCK: usize = 8;

/// A line of the contact block a label heads, glued under it (no blank line between)
/// with only such lines between: a name, a role, an address, a phone number, each at
/// most eight words and no sentence ("Media Contact:" / "John Doe" / "Head of
/// Communications" / "+1 555 0100").
fn is_under_label(doc: &DocView, i: usize, phrases: &PhraseSet) -> bool {
    doc.hangs_under(
        i,
        MAX_BLOCK,
        |j| is_label(doc, j, phrases),
        |j| {
            let text = doc.text(j);
            doc.words(j) <= 8 && (!shape::has_terminal_punctuation(text) || ADDRESS.is_match(text))
        },
    )
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::removed_by;

    #[test]
    fn removes_contact_lines() {
        assert_eq!(
            removed_by(
                "BP004",
                "Body.\n\nFor media inquiries: publications@globalresearch.ca\n"
            )
            .len(),
            1
        );
        assert_eq!(
            removed_by(
                "BP004",
                "Body.\n\nPressekontakt: Anna Schmidt, +49 30 1234567\n"
            )
            .len(),
            1
        );
        assert_eq!(removed_by("BP004", "Body.\n\ninfo@example.org\n").len(), 1);
    }

    #[test]
    fn removes_a_contact_block_and_invitations_to_write() {
        assert_eq!(
            removed_by(
                "BP004",
                "Body.\n\nMedia Contact:\nJohn Doe\nHead of Communications\npress@acme.example\n+1 555 0100\n\nMore.\n"
            ),
            [
                "Media Contact:",
                "John Doe",
                "Head of Communications",
                "press@acme.example",
                "+1 555 0100"
            ]
        );
        assert_eq!(
            removed_by(
                "BP004",
                "Body.\n\nHave a news tip? Email us at tips@example.com.\n"
            )
            .len(),
            1
        );
    }

    #[test]
    fn keeps_what_follows_a_label_in_prose() {
        // A sentence ends the block; a number in its own paragraph is article data.
        assert_eq!(
            removed_by(
                "BP004",
                "Body.\n\nContact:\nThe office answers within a day.\nIt is closed on Sundays\n\n+1 555 0100\n"
            ),
            ["Contact:"]
        );
        // An address in a longer sentence, or without an invitation, stays.
        assert!(removed_by(
            "BP004",
            "Body.\n\nThe leaked messages came from j.doe@ministry.example, investigators said.\n"
        )
        .is_empty());
    }

    #[test]
    fn removes_contact_prompts() {
        crate::rules::testing::removes_each(
            "BP004",
            &[
                "Ihr Ansprechpartner für Pressefragen",
                "Kontaktieren Sie uns gerne auch direkt:",
                "Mail the editor",
            ],
        );
    }

    #[test]
    fn leaves_sentences_with_addresses() {
        assert!(removed_by(
            "BP004",
            "Readers can write to the editor at letters@example.org with corrections.\n"
        )
        .is_empty());
        assert!(removed_by(
            "BP004",
            "The call came from +7 495 123 45 67, police said.\n"
        )
        .is_empty());
    }
}
