//! Removes contact lines: a short line that starts with a contact label ("For media
//! inquiries:", "Press contact:", "Email:", "Kontakt:"), with the short lines glued
//! under it that hold the contact (a name, a role, an address, a phone number), down to
//! the first sentence; a line that is an email address with at most a two-word label,
//! unless the sentence it stands in runs on into the next line ("… unter Tel. 0123
//! 4567 (" / "info@example.de" / ")."), as a tag stripper that sets each link on a
//! line of its own leaves it; and a short line that invites the reader to write and
//! gives the address ("Have a news tip? Email us at tips@example.com."); and a block
//! of at most 60 words that invites the reader to report an error or to write to the
//! editors about the article ("Spotted a typo? Let us know.", "Los invitamos a
//! reportar errores de contenido …", "Wenn Sie inhaltliche Anmerkungen zu diesem
//! Artikel haben, können Sie die Redaktion per E-Mail informieren."); and a writer's
//! contact note, a block of at most 40 words whose every sentence tells how to reach or
//! follow a person, one of them giving an email address, a phone number or a handle
//! ("Mary Jones can be reached at mjones@example.com. Follow her on Twitter.", "Contact
//! reporter Tom Smith at tsmith@example.com", "Write to Ana Lopez at …", "Sie erreichen
//! die Autorin unter …"). A bare phone number or amount elsewhere stays: it may be
//! article data, and so does a note that gives only the phone number of an office or a
//! hotline ("Contact Crime Stoppers at 555-0100").
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

/// An invitation to report an error or to write to the editors, lowercase: it marks a
/// block of up to [`MAX_CORRECTION_WORDS`] wherever it stands in it. The ones that only
/// say an error was found ([`FOUND`]) count as a question to the reader alone:
/// "Spotted a typo?", not "The auditors found an error"; the English link labels
/// ([`LINK_LABELS`]) only where they open the block: "Report an error", not "The tool
/// lets developers report an error".
static CORRECTIONS: LazyLock<PhraseSet> = LazyLock::new(|| {
    #[rustfmt::skip]
    let phrases = [
        "report an error", "report a typo", "spotted an error", "spotted a typo", "spot an error", "spot a typo", "found an error",
        "found a typo", "see an error", "submit a correction", "request a correction",
        "fehler gefunden", "fehler melden", "tippfehler gefunden", "einen fehler entdeckt",
        "einen fehler gefunden", "die redaktion per e-mail informieren",
        "schreiben sie der redaktion", "reportar errores", "reportar un error",
        "encontraste un error", "encontró un error", "signaler une erreur",
        "signalez une erreur", "segnala un errore", "zgłoś błąd", "zauważyłeś błąd",
    ];
    PhraseSet::new(&phrases)
});

/// The phrases of [`CORRECTIONS`] that tell, rather than ask, unless a question mark
/// follows them.
const FOUND: &[&str] = &[
    "spotted an error",
    "spotted a typo",
    "spot an error",
    "spot a typo",
    "found an error",
    "found a typo",
    "see an error",
    "fehler gefunden",
    "tippfehler gefunden",
    "einen fehler entdeckt",
    "einen fehler gefunden",
    "encontraste un error",
    "encontró un error",
    "zauważyłeś błąd",
];

/// The phrases of [`CORRECTIONS`] that count only at the start of a block.
const LINK_LABELS: &[&str] = &["report an error", "report a typo"];

/// Whether block `i` invites the reader to report an error or write to the editors.
fn invites_corrections(doc: &DocView, i: usize) -> bool {
    if doc.words(i) > MAX_CORRECTION_WORDS || !doc.contains(i, &CORRECTIONS) {
        return false;
    }
    let folded = doc.folded(i);
    let asks = CORRECTIONS.find(folded).is_some_and(|r| {
        let phrase = &folded[r.clone()];
        if FOUND.contains(&phrase) {
            folded[r.end..].trim_start().starts_with('?')
        } else {
            r.start == 0 || !LINK_LABELS.contains(&phrase)
        }
    });
    asks && !shape::is_reported_speech(doc.text(i))
}

/// Most words of a block that invites corrections.
const MAX_CORRECTION_WORDS: usize = 60;

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

    fn gated_sets<'a>(&self, _configured: &'a PhraseSet) -> Vec<&'a PhraseSet> {
        vec![&CORRECTIONS]
    }

    fn check(&self, doc: &DocView, i: usize, phrases: &PhraseSet) -> Option<Action> {
        let text = doc.text(i);
        let words = doc.words(i);
        if invites_corrections(doc, i) {
            return Some(Action::Remove);
        }
        if words > 25 {
            return is_contact_note(doc, i).then_some(Action::Remove);
        }
        if is_label(doc, i, phrases) || (phrases.starts(doc.folded(i)) && ADDRESS.is_match(text)) {
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
        (bare && !doc.runs_on(i) || is_contact_note(doc, i)).then_some(Action::Remove)
    }
}

/// Most words of a writer's contact note.
const MAX_NOTE_WORDS: usize = 40;

/// How a sentence of a contact note opens, the person it names in `who`: "Mary Jones
/// can be reached at", "Contact reporter Tom Smith at", "Follow her on", "Sie
/// erreichen die Autorin unter".
static REACH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)^(?:
            (?P<who>[^\s].{0,59}?)\s+(?:can|may)\s+be\s+(?:reached|contacted|emailed|followed)\s+(?:at|by|on|via)\b
          | (?:contact|reach|email|e-mail|write\s+to|follow|message)\s+(?P<whom>[^\s].{0,59}?)\s+(?:at|on|via)\b
          | (?:sie\s+erreichen|erreichen\s+sie|folgen\s+sie)\s+(?P<wen>[^\s].{0,59}?)\s+(?:unter|per|via|auf|bei)\b
        )",
    )
    .expect("valid contact note pattern")
});

/// A handle on a social network: "@maryjones".
static HANDLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[\s(:])@\w{2,}").expect("valid handle pattern"));

/// Who a contact note may name in place of a name, lowercase.
const PRONOUNS: &[&str] = &[
    "he",
    "she",
    "they",
    "him",
    "her",
    "them",
    "me",
    "the author",
    "the writer",
    "the reporter",
    "the columnist",
    "the authors",
    "the reporters",
    "die autorin",
    "den autor",
    "die autoren",
    "ihn",
    "sie",
];

/// The role a contact note may put before the name, lowercase: "reporter Tom Smith".
const ROLES: &[&str] = &[
    "reporter",
    "writer",
    "staff writer",
    "author",
    "columnist",
    "correspondent",
    "editor",
    "the reporter",
    "the writer",
    "the author",
    "the columnist",
    "autorin",
    "autor",
];

/// A writer's contact note: at most [`MAX_NOTE_WORDS`] words, every sentence one that
/// tells how to reach or follow a person named in it (or a pronoun, "the author"), and
/// an email address or a handle somewhere in it. A phone number alone counts only where
/// the note names a writer's role or the person is reached ("can be reached"): "Contact
/// Crime Stoppers at 555-0100" is the article's own information.
fn is_contact_note(doc: &DocView, i: usize) -> bool {
    let text = doc.text(i);
    if doc.words(i) > MAX_NOTE_WORDS {
        return false;
    }
    let has_at = memchr::memchr(b'@', text.as_bytes()).is_some();
    if !has_at && text.bytes().filter(u8::is_ascii_digit).count() < 7 {
        return false;
    }
    let written = has_at && (EMAIL.is_match(text) || HANDLE.is_match(text));
    let mut named_writer = false;
    let all = shape::sentences(text).all(|sentence| {
        let Some(caps) = REACH.captures(sentence) else {
            return false;
        };
        let Some(who) = caps.name("who").or(caps.name("whom")).or(caps.name("wen")) else {
            return false;
        };
        let who = who.as_str();
        let folded = who.to_lowercase();
        if PRONOUNS.contains(&folded.as_str()) {
            named_writer |= folded.starts_with("the ") || folded.contains("aut");
            return true;
        }
        let role = ROLES
            .iter()
            .filter(|r| folded.starts_with(*r) && folded[r.len()..].starts_with(' '))
            .map(|r| r.len())
            .max();
        named_writer |= role.is_some() || caps.name("who").is_some();
        // The role was matched in lowercase; `get` keeps a name whose case changed its
        // length from being cut inside a character.
        who.get(role.unwrap_or(0)..)
            .is_some_and(|name| shape::is_person_name(name.trim_start()))
    });
    all && (written || named_writer && ADDRESS.is_match(text))
}

/// A contact label, perhaps with the contact itself: "Media Contact:", "Pressekontakt:
/// Anna Schmidt".
fn is_label(doc: &DocView, i: usize, phrases: &PhraseSet) -> bool {
    doc.words(i) <= 12 && phrases.starts(doc.folded(i))
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
    fn removes_invitations_to_report_errors() {
        crate::rules::testing::removes_each(
            "BP004",
            &[
                "Spotted a typo? Let us know.",
                "Porque entre varios ojos vemos más, queremos construir una mejor web para ustedes. Los invitamos a reportar errores de contenido, ortografía, puntuación y otras que consideren pertinentes. (*)",
                "Wenn Sie inhaltliche Anmerkungen zu diesem Artikel haben, können Sie die Redaktion per E-Mail informieren. Wir lesen Ihre Zuschrift, bitten jedoch um Verständnis, dass wir nicht jede beantworten können.",
                "Fehler gefunden? Jetzt melden.",
                "Report an error",
            ],
        );
        crate::rules::testing::keeps_each(
            "BP004",
            &[
                "The auditors found an error in the ministry's accounts for 2019 and asked for a new report.",
                "We found an error in the code, the engineer said.",
                "The new tool lets developers report an error with a single click.",
            ],
        );
    }

    #[test]
    fn removes_a_bare_address_but_not_one_inside_a_sentence() {
        let doc = "Body.\n\nE-Mail\ninfo@example.de\n\nMore text.\n";
        assert_eq!(removed_by("BP004", doc), ["info@example.de"]);
        let doc = "Weitere Informationen erteilt Anne Beispiel unter Tel. 01234 56789 (\nanne@example.de\n).\n";
        assert!(removed_by("BP004", doc).is_empty());
        let doc = "Bei Fragen können Sie sich gerne an\nservice@example.de\nwenden.\n";
        assert!(removed_by("BP004", doc).is_empty());
    }

    #[test]
    fn removes_a_writers_contact_note() {
        crate::rules::testing::removes_each(
            "BP004",
            &[
                "Mary Jones can be reached at mjones@example.com or 555-123-4567.",
                "Contact reporter Tom Smith at tsmith@example.com. Follow him on X: @tomsmith",
                "Reach Ana Lopez at alopez@example.com or follow her on Twitter @analopez.",
                "Email the author at mjones@example.com.",
                "Write to Ana Lopez at ana.lopez@example.com",
                "Reporter Jane Roe can be reached at 555-867-5309.",
                "Sie erreichen die Autorin unter anna.schmidt@example.de.",
            ],
        );
        crate::rules::testing::keeps_each(
            "BP004",
            &[
                // An office's or a hotline's number is the article's information.
                "Contact Crime Stoppers at 555-123-4567.",
                "The hotline can be reached at 1-800-273-8255.",
                "Anyone with information can contact police at 555-123-4567.",
                // A sentence that is not about reaching someone keeps the block.
                "Mary Jones can be reached at mjones@example.com. The storm is expected to last until Friday, forecasters said.",
                // No address to reach anyone at.
                "Contact Mary Jones at the county office on Monday.",
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
