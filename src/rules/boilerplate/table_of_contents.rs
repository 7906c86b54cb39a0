//! Removes a page's table of contents: a label such as "Contents", "Table of
//! Contents", "On this page", "In this article", "Inhaltsverzeichnis", "Sommaire",
//! "Índice", "Spis treści" or "Содержание" (with or without its "[hide]" toggle), and
//! the short lines glued under it (no blank line between) that list the sections:
//! "1 Geography" / "2 History" / "2.1 Exploration" / "3 See also".
//!
//! Why: wikis, documentation sites and long blog posts put a list of their own
//! headings above the text. Flattened to text it repeats every heading once more at
//! the top, out of the order the article reads in.
//!
//! Known false positives: none seen. Where the label is also an everyday word
//! ("Contents", "Inhalt", "Índice": a box's contents, a recipe's), the lines under it
//! must show they list sections: numbered in order (1, 2, 2.1, 3), or at least half of
//! them (two or more) standing later in the document as headings of their own. A
//! package's contents ("Inhalt" / "2 Tassen" / "1 Kanne") stays.
//!
//! Example: `Contents`, `1 Geography`, `2 History` and `3 See also`, glued together
//! above an article that has those sections, are removed.

use crate::rules::{Action, DocView, PhraseSet, Rule, RuleMeta, WordSet};
use crate::shape;
use std::sync::LazyLock;

pub struct TableOfContents;

static META: RuleMeta = RuleMeta {
    code: "BP019",
    name: "table-of-contents",
    source: include_str!("table_of_contents.rs"),
};

/// Labels that head nothing but a table of contents (folded).
static TOC_LABELS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "table of contents",
        "on this page",
        "in this article",
        "in this post",
        "in this guide",
        "jump to section",
        "inhaltsverzeichnis",
        "auf dieser seite",
        "in diesem artikel",
        "in diesem beitrag",
        "sommaire",
        "table des matières",
        "dans cet article",
        "sur cette page",
        "tabla de contenidos",
        "tabla de contenido",
        "en esta página",
        "en este artículo",
        "índice de contenidos",
        "indice dei contenuti",
        "sommario",
        "spis treści",
        "содержание",
        "оглавление",
        "inhoudsopgave",
        "innehållsförteckning",
        "目录",
        "目次",
    ])
});

/// Labels that may head a table of contents or any other list (folded).
static LIST_LABELS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "contents",
        "content",
        "inhalt",
        "inhalte",
        "índice",
        "indice",
        "contenido",
        "contenidos",
        "contenu",
        "conteúdo",
        "inhoud",
        "innehåll",
    ])
});

/// Most entries of a table of contents looked through.
const MAX_ENTRIES: usize = 80;

/// Most words of an entry.
const MAX_ENTRY_WORDS: usize = 12;

impl Rule for TableOfContents {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &DocView, i: usize, _: &PhraseSet) -> Option<Action> {
        if doc.words(i) > MAX_ENTRY_WORDS {
            return None;
        }
        // Most documents have no label at all: one look per document settles them.
        let first_label = doc.first_such("table-of-contents label", |f| label_kind(f).is_some())?;
        if i < first_label {
            return None;
        }
        let label = if label_kind(doc.folded(i)).is_some() {
            i
        } else {
            let mut at = i;
            loop {
                if !is_entry(doc.text(at)) || i - at >= MAX_ENTRIES {
                    return None;
                }
                at = doc.prev_in_para(at)?;
                if label_kind(doc.folded(at)).is_some() {
                    break at;
                }
            }
        };
        is_table(doc, label).then_some(Action::Remove)
    }
}

/// The longest line that can be a label: the longest label with a toggle beside it
/// ("table des matières [masquer]") and room to spare. Every document's lines are asked
/// whether they are one, and most are paragraphs: their length answers.
const MAX_LABEL_BYTES: usize = 64;

/// Whether a line is a table's label: `Some(true)` when it heads nothing else.
fn label_kind(folded: &str) -> Option<bool> {
    if folded.len() > MAX_LABEL_BYTES {
        return None;
    }
    let line = folded.trim().trim_end_matches(':').trim_end();
    // The toggle beside the label: "[hide]", "[Verbergen]", "Toggle".
    let line = match line.rfind('[') {
        Some(at) if line.ends_with(']') && at > 0 => line[..at].trim_end(),
        _ => line,
    };
    let line = line
        .strip_suffix(" toggle")
        .or_else(|| line.strip_suffix(" hide"))
        .or_else(|| line.strip_suffix(" show"))
        .unwrap_or(line)
        .trim_end_matches(':')
        .trim_end();
    if TOC_LABELS.contains(line) {
        Some(true)
    } else if LIST_LABELS.contains(line) {
        Some(false)
    } else {
        None
    }
}

/// A line of a table: short, no sentence, optionally numbered or bulleted.
fn is_entry(text: &str) -> bool {
    let text = text.trim();
    !text.is_empty()
        && shape::word_count(text) <= MAX_ENTRY_WORDS
        && !shape::ends_like_sentence(strip_number(text).1)
        && text.chars().any(char::is_alphabetic)
}

/// An entry's section number ("2", "2.1", "2.", "IV.") and the rest of it.
fn strip_number(text: &str) -> (Option<&str>, &str) {
    let text = text
        .trim_start_matches(['•', '·', '-', '*', '–', '▸', '›'])
        .trim_start();
    let Some((first, rest)) = text.split_once(char::is_whitespace) else {
        return (None, text);
    };
    let number = first.trim_end_matches(['.', ')']);
    let arabic = !number.is_empty()
        && number.split('.').all(|part| {
            !part.is_empty() && part.len() <= 2 && part.bytes().all(|b| b.is_ascii_digit())
        });
    let roman = first.ends_with('.')
        && !number.is_empty()
        && number.len() <= 4
        && number.chars().all(|c| "IVX".contains(c));
    if arabic || roman {
        (Some(number), rest.trim_start())
    } else {
        (None, text)
    }
}

/// Whether the label at `label` heads a table of contents: two or more entries glued
/// under it, and for a label of many uses, the proof that they are sections.
fn is_table(doc: &DocView, label: usize) -> bool {
    let Some(sure) = label_kind(doc.folded(label)) else {
        return false;
    };
    let mut entries = Vec::new();
    let mut at = label;
    while let Some(next) = doc.next_in_para(at) {
        if entries.len() >= MAX_ENTRIES || !is_entry(doc.text(next)) {
            break;
        }
        entries.push(next);
        at = next;
    }
    if entries.len() < 2 {
        return false;
    }
    sure || counts_up(doc, &entries) || named_later(doc, &entries, at)
}

/// Whether the entries' numbers count up as sections do: 1, 2, 2.1, 2.2, 3.
fn counts_up(doc: &DocView, entries: &[usize]) -> bool {
    let mut last: Vec<u32> = Vec::new();
    for &j in entries {
        let Some(number) = strip_number(doc.text(j)).0 else {
            return false;
        };
        let Ok(parts) = number
            .split('.')
            .map(str::parse::<u32>)
            .collect::<Result<Vec<u32>, _>>()
        else {
            return false;
        };
        let follows = if last.is_empty() {
            parts == [1]
        } else {
            // The next at some depth: 1 → 2, 1 → 1.1, 2.3 → 3.
            (1..=parts.len()).any(|depth| {
                let head = &parts[..depth - 1];
                depth == parts.len()
                    && last.len() >= depth - 1
                    && last[..depth - 1] == *head
                    && parts[depth - 1] == last.get(depth - 1).map_or(1, |&n| n + 1)
            })
        };
        if !follows {
            return false;
        }
        last = parts;
    }
    true
}

/// Whether at least half the entries (two or more) stand again, after the table's end
/// `end`, as lines of their own: the headings they link to.
fn named_later(doc: &DocView, entries: &[usize], end: usize) -> bool {
    let heading = |j: usize| {
        let text = doc.text(j).trim();
        let text = match text.rfind('[') {
            Some(at) if text.ends_with(']') => text[..at].trim_end(),
            _ => text,
        };
        text.trim_start_matches('#').trim().to_lowercase()
    };
    let later: Vec<String> = (end + 1..doc.len())
        .filter(|&j| doc.words(j) <= MAX_ENTRY_WORDS)
        .map(heading)
        .collect();
    let found = entries
        .iter()
        .filter(|&&j| {
            let name = strip_number(doc.text(j)).1.trim().to_lowercase();
            later.contains(&name)
        })
        .count();
    found >= 2 && found * 2 >= entries.len()
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::removed_by;

    const BODY: &str =
        "The lake lies in a rift valley, where the crust is slowly pulling apart.\n\n";

    #[test]
    fn removes_a_labelled_table() {
        let doc = format!("{BODY}Contents\n1 Geography\n2 History\n2.1 Exploration\n3 See also\n\nGeography\n\nText.\n");
        assert_eq!(
            removed_by("BP019", &doc),
            [
                "Contents",
                "1 Geography",
                "2 History",
                "2.1 Exploration",
                "3 See also"
            ]
        );
        let doc = format!("On this page\nOverview\nLog levels\nRotating files\n\n{BODY}");
        assert_eq!(
            removed_by("BP019", &doc),
            ["On this page", "Overview", "Log levels", "Rotating files"]
        );
        let doc = format!("Inhaltsverzeichnis [Verbergen]\n1. Zutaten\n2. Zubereitung\n\n{BODY}");
        assert_eq!(removed_by("BP019", &doc).len(), 3);
    }

    #[test]
    fn an_everyday_label_needs_sections() {
        // Named again further down as headings.
        let doc = format!("Contents\nWhy it matters\nHow to start\n\n{BODY}Why it matters\n\n{BODY}How to start\n\n{BODY}");
        assert_eq!(removed_by("BP019", &doc).len(), 3);
        // A package's contents: not numbered as sections, never named again.
        for doc in [
            format!("{BODY}Inhalt\n2 Tassen\n1 Kanne\n\n{BODY}"),
            format!("{BODY}Contents\nA tent\nTwo sleeping bags\n\n{BODY}"),
        ] {
            assert!(removed_by("BP019", &doc).is_empty(), "{doc}");
        }
    }

    #[test]
    fn keeps_prose_and_lone_labels() {
        for doc in [
            format!("{BODY}Table of contents\n\n{BODY}"),
            format!("Table of contents\nThe book opens with a long chapter on the lake.\nIt closes with a map.\n\n{BODY}"),
        ] {
            assert!(removed_by("BP019", &doc).is_empty(), "{doc}");
        }
    }
}
