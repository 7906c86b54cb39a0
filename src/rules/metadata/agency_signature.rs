//! Moves a wire story's closing signature into `publisher`: a line of its own that is
//! only a news agency's short name with the editors' initials or the desk's name
//! ("aja/PAP", "dpa/AFP", "APA/red", "(kna)", "Reuters/lno", "Redaktion / dpa",
//! "Redacción / EFE"), as agencies and the papers that print them sign their stories,
//! at the end or under the headline.
//!
//! Why: the signature is not part of the article's text; the agency it names is what
//! `publisher` asks when nothing better names one. On an HTML page, whose metadata
//! names its publisher, the line is only removed.
//!
//! Known false positives: a line that is nothing but an agency's name for another
//! reason (a photo credit standing alone, "AFP") also goes, and is a credit anyway.
//!
//! Example: `aja/PAP` at the end of an article is removed and `publisher` = `PAP`.

use std::sync::LazyLock;

use crate::rules::{Action, DocView, Meta, PhraseSet, Rule, RuleMeta, WordSet};

pub struct AgencySignature;

/// The rule's code, for the rules that read its removals.
pub const CODE: &str = "MT006";

static META: RuleMeta = RuleMeta {
    code: CODE,
    name: "agency-signature",
    source: include_str!("agency_signature.rs"),
};

/// Short names news agencies sign with, lowercase.
static AGENCIES: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(crate::authors::AGENCIES));

/// A newsroom's name for itself in a signature ("Redaktion / dpa"), lowercase.
#[rustfmt::skip]
static DESKS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "redaktion", "redacción", "redaccion", "rédaction", "redazione", "redakcja", "redação",
        "redactie", "staff", "newsroom", "agencias", "agencies", "agenturen", "agences",
        "agenzie", "agências", "редакция",
    ])
});

/// Most parts a signature has ("dpa/AFP/red" has three).
const MAX_PARTS: usize = 4;

impl Rule for AgencySignature {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &DocView, i: usize, _: &PhraseSet) -> Option<Action> {
        let text = doc.text(i).trim();
        if text.len() > 40 || doc.words(i) > MAX_PARTS + 2 {
            return None;
        }
        let name = agency(text)?;
        // On an HTML page the page's own metadata names the publisher better than a
        // wire signature; the line still goes, and the ledger keeps it.
        Some(if doc.block(i).html.is_some() {
            Action::Remove
        } else {
            Action::Move(vec![Meta::Publisher(name.to_string())])
        })
    }
}

/// The agency a signature line names, as written: every part is an agency's short name
/// or initials of at most five letters, and one part is an agency.
fn agency(text: &str) -> Option<&str> {
    let inner = text
        .trim_end_matches('.')
        .strip_prefix('(')
        .and_then(|t| t.strip_suffix(')'))
        .unwrap_or(text.trim_end_matches('.'));
    let parts: Vec<&str> = inner.split(['/', ',', ';']).map(str::trim).collect();
    if parts.len() > MAX_PARTS {
        return None;
    }
    let mut found = None;
    for part in &parts {
        let lower = part.to_lowercase();
        if AGENCIES.contains(&lower) {
            found = found.or(Some(*part));
        } else if !is_initials(part) && !DESKS.contains(&lower) {
            return None;
        }
    }
    found
}

/// Editors' initials or a desk's short name: one to five letters ("aja", "red", "lno").
fn is_initials(part: &str) -> bool {
    (1..=5).contains(&part.chars().count()) && part.chars().all(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{cleaned_with, removed_by};

    const BODY: &str = "The talks in Warsaw lasted about an hour on Wednesday, officials said.\n\n";

    #[test]
    fn moves_signatures() {
        for (line, agency) in [
            ("aja/PAP", "PAP"),
            ("dpa/AFP", "dpa"),
            ("APA/red", "APA"),
            ("(kna)", "kna"),
            ("Reuters/lno.", "Reuters"),
            ("Redaktion / dpa", "dpa"),
            ("Redacción / EFE", "EFE"),
        ] {
            let c = cleaned_with("MT006", &format!("{BODY}{line}\n"));
            assert_eq!(c.text, BODY.trim_end().to_string() + "\n", "{line}");
            assert_eq!(c.record.publisher.as_deref(), Some(agency), "{line}");
        }
    }

    #[test]
    fn keeps_other_short_lines() {
        for line in [
            "Ja/Nein",
            "red",
            "AP Photo/Czarek Sokolowski",
            "Reuters reported the talks went well.",
            "dpa/AFP/red/aja/xy",
            "Warschau/Berlin",
            "Redaktion / Technik",
        ] {
            assert!(
                removed_by("MT006", &format!("{BODY}{line}\n")).is_empty(),
                "{line}"
            );
        }
    }
}
