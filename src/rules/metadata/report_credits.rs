//! Moves a news story's reporting credits out of the text, and its reporters into
//! `authors`: a short line of credits, each opened by its label ("Reporting by Jane
//! Doe in London; Additional reporting by Omar Ali; Editing by Mark Smith", "Compiled
//! by …", "Mit Material von dpa", "Con información de EFE", "Avec AFP"), a paper's
//! name with the agency it drew on ("Le Monde avec AFP": the paper goes into
//! `publisher`), or a line that ends by saying who else contributed ("— The Associated Press contributed to this
//! report.", "Jane Doe contributed reporting."), or a Chinese story's editor in
//! brackets at its end ("（责任编辑：李娜）"). The names after "Reporting by",
//! "Reported by" and "Writing by" go into `authors`; an editor, a researcher or a
//! contributor named elsewhere in the line is not the story's author, and an agency
//! is no person.
//!
//! Why: wire services and the papers that print their stories close them with such
//! credits; they are metadata, and in the text they read as a stray last line.
//!
//! Known false positives: a sentence of the article that opens with "Reported by" and
//! a capitalized name ("Reported by Jane Doe, the story …") within a short line.
//! Each part of the line must be short (twelve words at most), so a paragraph that
//! only opens so stays.
//!
//! Example: `Reporting by Jane Doe; Editing by Mark Smith` is removed and `authors`
//! gets `Jane Doe`.

use crate::authors::{self, Part};
use crate::rules::{Action, DocView, Meta, PhraseSet, Rule, RuleMeta};
use crate::shape;

pub struct ReportCredits;

/// The rule's code, for the rules that read its removals.
pub const CODE: &str = "MT008";

static META: RuleMeta = RuleMeta {
    code: CODE,
    name: "report-credits",
    source: include_str!("report_credits.rs"),
};

/// Most words of a credits line.
const MAX_WORDS: usize = 40;

/// Most words of one credit, label included.
const MAX_CREDIT_WORDS: usize = 12;

/// Labels whose names wrote the story.
const WRITERS: &[&str] = &["reporting by", "reported by", "writing by"];

/// How a line that credits contributors at its end closes.
const CONTRIBUTED: &[&str] = &[
    "contributed to this report",
    "contributed to this story",
    "contributed to this article",
    "contributed reporting",
    "contributed to the report",
];

impl Rule for ReportCredits {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[rustfmt::skip]
    fn phrases(&self) -> &'static [&'static str] {
        &[
            "reporting by", "additional reporting by", "reported by", "writing by",
            "editing by", "edited by", "compiled by", "research by", "graphics by",
            "additional reporting", "mit material von", "mit material der", "mit material des",
            "mitarbeit:", "con información de", "con informacion de", "con reporte de",
            "con informaciones de", "avec afp", "avec reuters", "avec ap", "avec l'afp",
        ]
    }

    fn check(&self, doc: &DocView, i: usize, phrases: &PhraseSet) -> Option<Action> {
        if doc.words(i) > MAX_WORDS {
            return None;
        }
        let text = doc.text(i);
        let folded = doc.folded(i);
        if doc.words(i) <= 20 && closes_with_contribution(folded) {
            return Some(Action::Remove);
        }
        if doc.words(i) <= 4 && is_editor_credit(text) {
            return Some(Action::Remove);
        }
        if doc.words(i) <= 6 {
            if let Some(paper) = paper_with_agency(text, folded) {
                return Some(Action::Move(vec![Meta::Publisher(paper.to_string())]));
            }
        }
        let writers = credits(text, folded, phrases)?;
        Some(if writers.is_empty() {
            Action::Remove
        } else {
            Action::Move(writers.into_iter().map(Meta::Author).collect())
        })
    }
}

/// "（责任编辑：李娜）", "【编辑：王芳】", "(责编：张伟)": the editor in charge, in
/// brackets at the end of a Chinese story. The editor is not its author.
fn is_editor_credit(text: &str) -> bool {
    const LABELS: &[&str] = &["责任编辑", "责编", "编辑", "校对", "审核"];
    let line = text.trim();
    let Some(inner) = ["（", "(", "【", "["]
        .iter()
        .find_map(|open| line.strip_prefix(open))
        .and_then(|rest| {
            ["）", ")", "】", "]"]
                .iter()
                .find_map(|close| rest.strip_suffix(close))
        })
    else {
        return false;
    };
    // Several credits may share the brackets: "（记者：张伟 责任编辑：李娜）".
    inner.split_whitespace().all(|part| {
        part.split_once(['：', ':']).is_some_and(|(label, name)| {
            (LABELS.contains(&label) || label == "记者" || label == "作者")
                && !name.is_empty()
                && name.chars().count() <= 8
        })
    }) && LABELS.iter().any(|label| inner.contains(label))
}

/// "— The Associated Press contributed to this report.": the line ends so, and what
/// comes before is one name or a few, not a sentence of its own.
fn closes_with_contribution(folded: &str) -> bool {
    let line = folded.trim_end().trim_end_matches(['.', ')']).trim_end();
    CONTRIBUTED.iter().any(|end| {
        line.strip_suffix(end).is_some_and(|head| {
            let head = head.trim_start_matches(['—', '–', '-', '(', ' ']);
            !head.trim().is_empty() && !head.contains(['.', ';', ':', '!', '?'])
        })
    })
}

/// How a paper that drew on an agency's wire names the agency after its own name.
const WITH_AGENCY: &[&str] = &[
    " avec afp",
    " avec l'afp",
    " avec reuters",
    " avec ap",
    " mit dpa",
    " mit afp",
    " mit reuters",
    " con efe",
    " con afp",
    " con reuters",
    " with afp",
    " with reuters",
    " with ap",
];

/// "Le Monde avec AFP", "WELT mit dpa": the paper's name, every word longer than
/// three letters capitalized and no sentence ("He flew to Paris with AP" is one), with the agency whose wire the story draws on.
fn paper_with_agency<'a>(text: &'a str, folded: &str) -> Option<&'a str> {
    let text = text.trim();
    let line = folded.trim();
    if text.len() != line.len() {
        return None;
    }
    let line = line.trim_end_matches('.');
    let head = WITH_AGENCY.iter().find_map(|end| line.strip_suffix(end))?;
    let paper = text[..head.len()].trim();
    (!paper.is_empty()
        && shape::starts_uppercase(paper)
        && shape::word_count(paper) <= 4
        && paper
            .split_whitespace()
            .all(|w| w.chars().count() <= 3 || shape::starts_uppercase(w))
        && !paper.contains(['.', ',', ':', ';', '!', '?']))
    .then_some(paper)
}

/// The story's writers when every part of the line (between semicolons, or spaced
/// dashes) is a credit that opens with its label and names someone with a capital;
/// `None` when the line is not such a list.
fn credits(text: &str, folded: &str, phrases: &PhraseSet) -> Option<Vec<String>> {
    // Folding keeps the line's length for these scripts; the label's end in the folded
    // line is its end in the text only then.
    if text.len() != folded.len() {
        return None;
    }
    let opening = |s: &str| s.trim_start_matches(['(', '—', '–', '-', ' ']).len();
    let mut writers = Vec::new();
    let mut at = 0;
    for part in folded.split(';') {
        let (start, end) = (at, at + part.len());
        at = end + 1;
        if part.trim().is_empty() {
            continue;
        }
        let lead = part.len() - opening(part);
        let label = phrases.find_at_start(&part[lead..])?;
        let rest = text[start + lead + label.end..end]
            .trim_start_matches([':', ' '])
            .trim_end_matches(['.', ')', ' ']);
        // A label may name its source itself ("Avec AFP"): nothing need follow it.
        if shape::word_count(&part[lead..]) > MAX_CREDIT_WORDS
            || (!rest.is_empty() && !shape::starts_uppercase(rest) && !opens_with_agency(rest))
            || rest.contains(['.', '!', '?'])
        {
            return None;
        }
        if WRITERS.contains(&&part[lead..lead + label.end]) {
            writers.extend(names(rest));
        }
    }
    Some(writers)
}

/// "dpa", "kna": agencies that write their names in lowercase.
fn opens_with_agency(rest: &str) -> bool {
    rest.split_whitespace()
        .next()
        .is_some_and(authors::is_agency)
}

/// The people a credit names: "Jane Doe and Omar Ali in London" gives both names,
/// without the place.
fn names(credit: &str) -> Vec<String> {
    let people = credit.split(" in ").next().unwrap_or(credit);
    people
        .split([',', '&'])
        .flat_map(|p| p.split(" and "))
        .filter_map(|p| match authors::read(p.trim()) {
            Part::Person(name) => Some(name),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{cleaned_with, removed_by};

    const BODY: &str = "The talks in Warsaw lasted about an hour on Wednesday, officials said.\n\n";

    #[test]
    fn moves_credits_and_their_reporters() {
        for (line, authors) in [
            (
                "Reporting by Jane Doe and Omar Ali in London; Additional reporting by Kim Lee; Editing by Mark Smith",
                vec!["Jane Doe", "Omar Ali"],
            ),
            ("Writing by Anna Berg; editing by Tom Hale.", vec!["Anna Berg"]),
            ("Compiled by Anna Berg", vec![]),
            ("Mit Material von dpa", vec![]),
            ("Con información de EFE y AFP.", vec![]),
            ("(Avec AFP)", vec![]),
            ("— The Associated Press contributed to this report.", vec![]),
            ("Jane Doe contributed reporting.", vec![]),
            ("（责任编辑：李娜）", vec![]),
            ("【记者：张伟 编辑：王芳】", vec![]),
        ] {
            let c = cleaned_with("MT008", &format!("{BODY}{line}\n"));
            assert_eq!(c.text, BODY.trim_end().to_string() + "\n", "{line}");
            assert_eq!(c.record.authors, authors, "{line}");
        }
    }

    #[test]
    fn moves_a_papers_name_with_its_agency() {
        for (line, paper) in [("Le Monde avec AFP", "Le Monde"), ("WELT mit dpa", "WELT")] {
            let c = cleaned_with("MT008", &format!("{BODY}{line}\n"));
            assert_eq!(c.text, BODY.trim_end().to_string() + "\n", "{line}");
            assert_eq!(c.record.publisher.as_deref(), Some(paper), "{line}");
        }
        assert!(removed_by("MT008", &format!("{BODY}He flew to Paris with AP\n")).is_empty());
    }

    #[test]
    fn keeps_remarks_in_brackets() {
        for line in [
            "（编辑部的说明：本文有删节）",
            "(Editor's note: this story was updated.)",
        ] {
            assert!(
                removed_by("MT008", &format!("{BODY}{line}\n")).is_empty(),
                "{line}"
            );
        }
    }

    #[test]
    fn keeps_sentences_that_open_like_credits() {
        for line in [
            "Reported by the local paper first, the story spread within hours.",
            "Edited by hand, the film runs for three hours.",
            "Reporting by the agency was thin. The council said so.",
            "Reporting by Jane Doe on the council's budget over the past three years has shown a pattern of spending.",
            "Many readers contributed to this report's findings, the editor said.",
            "They said that nobody else had contributed to this report. It was false.",
        ] {
            assert!(
                removed_by("MT008", &format!("{BODY}{line}\n")).is_empty(),
                "{line}"
            );
        }
    }
}
