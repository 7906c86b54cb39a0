//! Removes contact lines: a short line that starts with a contact label ("For media
//! inquiries:", "Press contact:", "Email:", "Kontakt:") or that is an email address with
//! at most a two-word label. A bare phone number or amount stays: it may be article data.
//!
//! Why: contact details of the publisher are site furniture, not article text, and
//! addresses in a corpus are personal data nobody asked for.
//!
//! Known false positives: a short article sentence that starts with "Contact us" in
//! prose. An email address inside a longer sentence is kept.
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
        if phrases.starts(&doc.folded[i]) && (words <= 12 || ADDRESS.is_match(text)) {
            return Some(Action::Remove);
        }
        let rest = EMAIL.replace_all(text, "");
        let bare = EMAIL.is_match(text)
            && shape::word_count(&rest) <= 2
            && !shape::has_terminal_punctuation(&rest);
        bare.then_some(Action::Remove)
    }
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
