//! Cuts a wiki's reference and edit marks out of the text: footnote numbers glued to
//! the sentence they source ("… to the southeast.[1]", "… fresh water,[2][3] …"),
//! lettered notes after punctuation ("….[a]"), the edit link a heading carries
//! ("Geography[edit]", "Geschichte[Bearbeiten | Quelltext bearbeiten]",
//! "История[править | править код]") and the maintenance tags editors add ("[citation
//! needed]", "[clarification needed]", "[who?]", "[réf. nécessaire]", "[cita
//! requerida]"). The text around them stays, closed up as it reads without them. The
//! notes list the numbers point to goes too, line by line, by the mark each note opens
//! with to lead back to the text ("^ \"Lake Baikal\". UNESCO. Retrieved 20 March
//! 2021.", "↑ Müller: Der See. 2003, S. 12."), and so does its heading right above
//! it ("References", "Einzelnachweise", "Примечания").
//!
//! Why: pages from Wikipedia and the many sites that run its software (fan wikis,
//! company wikis, mirrors) are a large share of any web corpus, and their marks,
//! flattened to text, sit inside the sentences: "Lake Baikal is a rift lake in
//! Russia.[1]". They point to notes and buttons the text no longer has.
//!
//! Known false positives: none seen. A number in brackets glued to a word is taken as
//! a footnote only when a mark of the same paragraph shows it is one (a number glued
//! to a full stop or a comma, or an editor's tag): alone, `arr[2]` or `x[1]` is code
//! and stays, and so does a citation that stands apart from the word before it ("as
//! shown in [4]"), which the sentence needs.
//!
//! Example: `Lake Baikal is a rift lake in Russia.[1] It holds 23,615 km3 of water.[2][3]`
//! becomes `Lake Baikal is a rift lake in Russia. It holds 23,615 km3 of water.`

use std::ops::Range;

use crate::rules::{Action, DocView, PhraseSet, Rule, RuleMeta};
use crate::shape;

pub struct ReferenceMark;

static META: RuleMeta = RuleMeta {
    code: "MD005",
    name: "reference-mark",
    source: include_str!("reference_mark.rs"),
};

impl Rule for ReferenceMark {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &DocView, i: usize, _: &PhraseSet) -> Option<Action> {
        if is_note_entry(doc.text(i)) || heads_notes(doc, i) {
            return Some(Action::Remove);
        }
        let ranges = marks(doc.text(i));
        (!ranges.is_empty()).then_some(Action::Cut {
            ranges,
            meta: Vec::new(),
        })
    }
}

/// The edit links of a wiki's section headings, as their brackets hold them (folded).
const EDIT_LINKS: &[&str] = &[
    "edit",
    "edit source",
    "edit | edit source",
    "bearbeiten",
    "quelltext bearbeiten",
    "bearbeiten | quelltext bearbeiten",
    "modifier",
    "modifier le code",
    "modifier | modifier le code",
    "editar",
    "editar código-fonte",
    "editar | editar código-fonte",
    "editar código",
    "editar | editar código",
    "modifica",
    "modifica wikitesto",
    "modifica | modifica wikitesto",
    "edytuj",
    "edytuj kod",
    "edytuj | edytuj kod",
    "bewerken",
    "brontekst bewerken",
    "bewerken | brontekst bewerken",
    "править",
    "править код",
    "править | править код",
    "ред.",
    "ред. код",
];

/// Maintenance tags wiki editors put after a claim (folded).
const TAGS: &[&str] = &[
    "citation needed",
    "clarification needed",
    "verification needed",
    "failed verification",
    "better source needed",
    "full citation needed",
    "page needed",
    "year needed",
    "dubious",
    "dubious – discuss",
    "dubious - discuss",
    "disputed – discuss",
    "original research?",
    "unreliable source?",
    "according to whom?",
    "by whom?",
    "who?",
    "when?",
    "where?",
    "which?",
    "why?",
    "how?",
    "dead link",
    "permanent dead link",
    "not in citation given",
    "réf. nécessaire",
    "réf. souhaitée",
    "cita requerida",
    "carece de fontes",
    "citation nécessaire",
    "senza fonte",
    "potrzebny przypis",
    "источник не указан",
];

/// Most characters between a mark's brackets.
const MAX_INNER: usize = 40;

/// What a bracketed mark is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A footnote number or letter, glued to a word: a footnote only beside proof.
    AfterWord,
    /// A footnote number or letter glued to punctuation, an edit link or a tag.
    Sure,
}

/// The byte ranges of the marks in `text`.
fn marks(text: &str) -> Vec<Range<usize>> {
    if !text.contains('[') {
        return Vec::new();
    }
    let mut found: Vec<(Range<usize>, Kind)> = Vec::new();
    let mut from = 0;
    while let Some(at) = text[from..].find('[').map(|k| from + k) {
        from = at + 1;
        let Some(close) = text[at + 1..].find(']').map(|k| at + 1 + k) else {
            break;
        };
        let inner = &text[at + 1..close];
        if inner.len() > MAX_INNER || inner.contains('[') {
            continue;
        }
        let before = text[..at].chars().next_back();
        let after = text[close + 1..].chars().next();
        // A mark is glued to what it follows, or follows another mark.
        let glued = before.is_some_and(|c| !c.is_whitespace());
        let ends_word = after.is_none_or(|c| c.is_whitespace() || ",.;:!?)]»”’\"'[".contains(c));
        if !ends_word {
            continue;
        }
        let kind = if is_edit_link(inner) {
            // "Geography [edit]": an edit link may stand apart at the heading's end.
            (glued || text[close + 1..].trim().is_empty()).then_some(Kind::Sure)
        } else if !glued {
            None
        } else if is_tag(inner) {
            Some(Kind::Sure)
        } else if is_note(inner) {
            let after_mark = found.last().is_some_and(|(r, _)| r.end == at);
            match before {
                _ if after_mark => found.last().map(|&(_, kind)| kind),
                Some(c) if ".,;:!?\"”’»)".contains(c) => Some(Kind::Sure),
                Some(c) if c.is_alphanumeric() && inner.bytes().all(|b| b.is_ascii_digit()) => {
                    Some(Kind::AfterWord)
                }
                _ => None,
            }
        } else {
            None
        };
        if let Some(kind) = kind {
            found.push((at..close + 1, kind));
            from = close + 1;
        }
    }
    let proven = found.iter().any(|(_, kind)| *kind == Kind::Sure);
    found
        .into_iter()
        .filter(|(_, kind)| proven || *kind == Kind::Sure)
        .map(|(range, _)| range)
        .collect()
}

/// A line of a wiki's notes list, after the mark that leads back to the text: "^
/// \"Lake Baikal\". UNESCO. Retrieved 20 March 2021.", "^ a b Smith (2001), p. 4.",
/// "↑ Müller: Der See. 2003, S. 12."
fn is_note_entry(text: &str) -> bool {
    let Some(rest) = text.strip_prefix("^ ").or_else(|| text.strip_prefix("↑ ")) else {
        return false;
    };
    rest.chars().any(char::is_alphabetic) && shape::word_count(rest) >= 2
}

/// Headings of a wiki's notes list (folded).
const NOTES_HEADINGS: &[&str] = &[
    "references",
    "notes",
    "footnotes",
    "citations",
    "einzelnachweise",
    "anmerkungen",
    "références",
    "notes et références",
    "referencias",
    "notas",
    "referências",
    "note",
    "riferimenti",
    "przypisy",
    "примечания",
    "источники",
    "voetnoten",
    "referenties",
];

/// "References" (its edit link beside it or not) right above the first line of the
/// notes list: with the list gone, the heading would head nothing.
fn heads_notes(doc: &DocView, i: usize) -> bool {
    if doc.words(i) > 4 || i + 1 >= doc.len() || !is_note_entry(doc.text(i + 1)) {
        return false;
    }
    let text = doc.folded(i).trim();
    let heading = match text.find('[') {
        Some(at) if text.ends_with(']') && is_edit_link(&text[at + 1..text.len() - 1]) => {
            text[..at].trim_end()
        }
        _ => text,
    };
    NOTES_HEADINGS.contains(&heading.trim_end_matches(':'))
}

/// A footnote's number (at most three digits) or letter ("a", "note 3", "nb 1").
fn is_note(inner: &str) -> bool {
    let number = inner
        .strip_prefix("note ")
        .or_else(|| inner.strip_prefix("nb "))
        .or_else(|| inner.strip_prefix("Note "))
        .unwrap_or(inner);
    let digits =
        !number.is_empty() && number.len() <= 3 && number.bytes().all(|b| b.is_ascii_digit());
    let letter = inner.len() == 1 && inner.bytes().all(|b| b.is_ascii_lowercase());
    digits || letter
}

fn is_edit_link(inner: &str) -> bool {
    let folded = inner.trim().to_lowercase();
    EDIT_LINKS.contains(&folded.as_str())
}

fn is_tag(inner: &str) -> bool {
    let folded = inner.trim().to_lowercase();
    let folded = folded.trim_end_matches(|c: char| c.is_ascii_digit() || c == ' ');
    TAGS.contains(&folded)
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{cleaned_with, removed_by};

    fn cleaned(text: &str) -> String {
        cleaned_with("MD005", text).text.trim_end().to_string()
    }

    #[test]
    fn cuts_footnote_numbers_after_punctuation() {
        assert_eq!(
            cleaned("Lake Baikal is a rift lake in Russia.[1] It holds 23,615 km3 of water.[2][3]"),
            "Lake Baikal is a rift lake in Russia. It holds 23,615 km3 of water."
        );
        assert_eq!(
            cleaned("The lake is deep,[4] cold and old.[a]"),
            "The lake is deep, cold and old."
        );
    }

    #[test]
    fn cuts_numbers_after_words_beside_proof() {
        assert_eq!(
            cleaned("It is the deepest lake[5] in the world, and the oldest.[6]"),
            "It is the deepest lake in the world, and the oldest."
        );
        assert_eq!(
            cleaned("It is the deepest lake[5], the claim goes.[citation needed]"),
            "It is the deepest lake, the claim goes."
        );
    }

    #[test]
    fn cuts_edit_links_and_tags() {
        assert_eq!(cleaned("Geography[edit]"), "Geography");
        assert_eq!(cleaned("Geography [edit]"), "Geography");
        assert_eq!(
            cleaned("Geschichte[Bearbeiten | Quelltext bearbeiten]"),
            "Geschichte"
        );
        assert_eq!(cleaned("История[править | править код]"), "История");
        assert_eq!(
            cleaned("The crust is pulling apart.[citation needed] It moves 4 mm a year.[who?]"),
            "The crust is pulling apart. It moves 4 mm a year."
        );
    }

    #[test]
    fn removes_the_notes_list() {
        let doc = "The lake is old.\n\nReferences\n^ \"Lake Baikal\". UNESCO. Retrieved 20 March 2021.\n^ a b Smith (2001), p. 4.\n↑ Müller: Der See. 2003, S. 12.\n";
        assert_eq!(
            removed_by("MD005", doc),
            [
                "References",
                "^ \"Lake Baikal\". UNESCO. Retrieved 20 March 2021.",
                "^ a b Smith (2001), p. 4.",
                "↑ Müller: Der See. 2003, S. 12."
            ]
        );
        assert!(removed_by("MD005", "The lake is old.\n\n^ 2\n\nx ^ y is a power.\n").is_empty());
        // The heading goes with the list, its edit link too; a heading over prose stays.
        assert_eq!(
            removed_by(
                "MD005",
                "The lake is old.\n\nReferences[edit]\n^ Smith (2001), p. 4.\n"
            ),
            ["References[edit]", "^ Smith (2001), p. 4."]
        );
        assert!(removed_by(
            "MD005",
            "The lake is old.\n\nNotes\nThe lake froze early in 2001.\n"
        )
        .is_empty());
    }

    #[test]
    fn keeps_code_and_citations_in_the_sentence() {
        for text in [
            "The value of arr[2] is the third element.",
            "Set x[1] to zero before the loop starts.",
            "As shown in [4], the method converges.",
            "The edit button [edit] opens the editor for the page.",
            "He said [sic] that the figures were wrong.",
            "The list [1, 2, 3] has three items.",
            "Press [Enter] to go on.",
        ] {
            assert_eq!(cleaned(text), text);
        }
    }
}
