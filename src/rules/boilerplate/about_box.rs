//! Removes a site's about box at the end of a page: a label alone on its line ("About
//! us", "Über uns", "Qui sommes-nous", "Quiénes somos", "About", or "About" and the
//! site's name: "Über Advents-Shopping.de") with the paragraph under it, when the box
//! comes after the article (three paragraphs of prose at least before it) and at most
//! one more paragraph of prose follows it. A label `ui-label` took first ("About me",
//! a menu's link too) still heads the box.
//!
//! Why: many sites close every page with a few sentences about themselves ("Royal
//! Road is the home of web novels …", "Seit 50 Jahren sind wir als Knabenchor aktiv
//! …"). They are the same under every article and say nothing about it.
//!
//! Known false positives: a press release's closing "About Acme Inc." paragraph goes
//! too: it is the company's boilerplate, repeated under each of its releases. An
//! "About us" page keeps its text (its label heads the page, with no article before
//! it), and so does a section such as "About the study" that more prose follows.
//!
//! Example: `Über uns` and `Seit 50 Jahren sind wir als Knabenchor aktiv. …` as the
//! last two blocks of a page on the choir's history are removed.

use std::sync::LazyLock;

use crate::rules::boilerplate::ui_label;
use crate::rules::{about_label, Action, DocView, PhraseSet, Rule, RuleMeta, WordSet};
use crate::shape;

pub struct AboutBox;

static META: RuleMeta = RuleMeta {
    code: "BP014",
    name: "about-box",
    source: include_str!("about_box.rs"),
};

/// Labels of an about box, lowercase: the whole line, a closing colon or question mark
/// aside.
static LABELS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "about",
        "about us",
        "about this site",
        "about this blog",
        "über uns",
        "wir über uns",
        "ueber uns",
        "über diesen blog",
        "qui sommes-nous",
        "qui sommes nous",
        "à propos",
        "a propos",
        "à propos de nous",
        "quiénes somos",
        "quienes somos",
        "sobre nosotros",
        "quem somos",
        "sobre nós",
        "chi siamo",
        "over ons",
        "o nas",
        "о нас",
    ])
});

/// Most words of a label.
const MAX_LABEL_WORDS: usize = 4;
/// Most words of a site's name after "About".
const MAX_NAME_WORDS: usize = 3;
/// Fewest and most words of the paragraph under the label.
const MIN_WORDS: usize = 10;
const MAX_WORDS: usize = 100;
/// Fewest paragraphs of prose before the box: the article.
const MIN_PROSE_BEFORE: usize = 3;
/// Most paragraphs of prose after the box.
const MAX_PROSE_AFTER: usize = 1;

impl Rule for AboutBox {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    /// The box's place among the kept blocks decides, and other rules' removals change
    /// which blocks those are.
    fn depends_on_context(&self) -> bool {
        true
    }

    fn check(&self, doc: &DocView, i: usize, _: &PhraseSet) -> Option<Action> {
        let words = doc.words(i);
        // What the line itself must be comes first: most lines are neither a label nor
        // a box's paragraph, and that needs no look at the lines around them.
        if words <= MAX_LABEL_WORDS {
            if !is_label(doc, i) {
                return None;
            }
            let next = doc.next_kept(i)?;
            return is_box(doc, i, next).then_some(Action::Remove);
        }
        if !(MIN_WORDS..=MAX_WORDS).contains(&words) || !shape::ends_like_sentence(doc.text(i)) {
            return None;
        }
        // The label may be gone already: `ui-label` takes "About me" for a menu's link.
        let label = (0..i).rev().find(|&j| {
            doc.removed_code(j)
                .is_none_or(|code| code == ui_label::CODE)
        })?;
        (doc.words(label) <= MAX_LABEL_WORDS && is_label(doc, label) && is_box(doc, label, i))
            .then_some(Action::Remove)
    }
}

/// Whether block `i` is an about box's label.
fn is_label(doc: &DocView, i: usize) -> bool {
    // A colon or a question mark may close a label ("Qui sommes-nous ?").
    let text = doc.text(i).trim().trim_end_matches([':', '?', ' ']);
    if text.is_empty() || shape::ends_like_sentence(text) && !ends_with_abbreviation(text) {
        return false;
    }
    let folded = doc.folded(i).trim().trim_end_matches([':', '?', ' ']);
    if LABELS.contains(folded) {
        return true;
    }
    // "About" and a name as written, capitalized: "Über Advents-Shopping.de".
    about_label(folded).is_some_and(|(about, rest)| {
        shape::word_count(rest) <= MAX_NAME_WORDS
            && text
                .split_whitespace()
                .nth(shape::word_count(about))
                .is_some_and(|first| first.starts_with(char::is_uppercase))
    })
}

/// Whether `text` ends with a company's or an association's abbreviation, whose full
/// stop ends no sentence: "About Acme Corp.", "Über Kinderchor Nord e.V.", "About
/// Example Co.": a capitalized last word of at most four letters, or one with a full
/// stop inside.
fn ends_with_abbreviation(text: &str) -> bool {
    let Some(last) = text.split_whitespace().next_back() else {
        return false;
    };
    let Some(word) = last.strip_suffix('.') else {
        return false;
    };
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    (word.contains('.') && letters <= 4)
        || (word.starts_with(char::is_uppercase)
            && (1..=4).contains(&letters)
            && letters == word.len())
}

/// Whether the label on line `label` and the paragraph `para` under it make an about
/// box at the page's end: a paragraph of prose, after the article and near the end.
fn is_box(doc: &DocView, label: usize, para: usize) -> bool {
    (MIN_WORDS..=MAX_WORDS).contains(&doc.words(para))
        && shape::ends_like_sentence(doc.text(para))
        && doc
            .kept_after(para)
            .filter(|&j| doc.is_prose(j))
            .nth(MAX_PROSE_AFTER)
            .is_none()
        && doc
            .kept_before(label)
            .filter(|&j| doc.is_prose(j))
            .nth(MIN_PROSE_BEFORE - 1)
            .is_some()
}

#[cfg(test)]
mod tests {
    use crate::config::Config;
    use crate::pipeline::Pipeline;
    use crate::rules::testing::removed_by;

    const ARTICLE: &str = "The choir was founded in 1972 by a music teacher from the old town.\n\nIt sang at the cathedral for the first time three years later, to great applause.\n\nToday it has sixty singers between eight and eighteen years of age.\n\n";

    #[test]
    fn finds_the_label_another_rule_took() {
        // `ui-label` takes "About me" as a menu's link before this rule sees it.
        let pipeline = Pipeline::new(Config::default()).expect("default config");
        let doc = format!("{ARTICLE}About Me\nHi, I'm Anna! I love baking simple cakes for my family and sharing them here.\n");
        let cleaned = pipeline.clean_text(&doc);
        let removed: Vec<(&str, &str)> = cleaned
            .record
            .removed
            .iter()
            .map(|r| (r.rule.as_str(), r.text.as_str()))
            .collect();
        assert_eq!(
            removed,
            [
                ("BP011", "About Me"),
                (
                    "BP014",
                    "Hi, I'm Anna! I love baking simple cakes for my family and sharing them here."
                )
            ]
        );
    }

    #[test]
    fn removes_the_box_that_closes_a_page() {
        for label in [
            "Über uns",
            "About us:",
            "About",
            "Qui sommes-nous ?",
            "Über Advents-Shopping.de",
            // A company's abbreviation ends the label with a full stop.
            "About Acme Corp.",
            "Über Kinderchor Nord e.V.",
        ] {
            let removed = removed_by(
                "BP014",
                &format!("{ARTICLE}{label}\n\nSeit 50 Jahren sind wir als Knabenchor aktiv und bieten Kindern ein lebendiges Hobby.\n\nImpressum\n"),
            );
            assert_eq!(removed.len(), 2, "{label}: {removed:?}");
            assert_eq!(removed[0], label);
        }
        // One more paragraph of prose after the box may follow it.
        let removed = removed_by(
            "BP014",
            &format!("{ARTICLE}About\n\nRoyal Road is the home of web novels and fan fictions from writers around the world.\n\nRoyal Road is a trademark of its owner and is used here with permission.\n"),
        );
        assert_eq!(removed.len(), 2, "{removed:?}");
    }

    #[test]
    fn keeps_an_about_page_and_a_section_inside_the_article() {
        // The label heads the page: no article before it.
        let page = "Über uns\n\nSeit 50 Jahren sind wir als Knabenchor aktiv und bieten Kindern ein lebendiges Hobby.\n\nWir proben jeden Dienstag im Gemeindehaus.\n";
        assert!(removed_by("BP014", page).is_empty());
        // More prose after the section: it is the article's.
        let section = format!("{ARTICLE}About the study\n\nThe researchers followed 300 singers over ten years in four cities.\n\nThey found that singing lowered stress in most of them.\n\nThe effect was strongest among the youngest singers.\n");
        assert!(removed_by("BP014", &section).is_empty());
        // A label over a line that is no paragraph of prose.
        let menu = format!("{ARTICLE}Über uns\n\nTeam Geschichte Kontakt Presse Impressum Datenschutz Jobs Partner Spenden\n");
        assert!(removed_by("BP014", &menu).is_empty());
        // A sentence that starts like a label.
        let sentence = format!("{ARTICLE}About us, little is known.\n\nThe rest of the story was never written down by anyone at the school.\n");
        assert!(removed_by("BP014", &sentence).is_empty());
        for sentence in [
            "About Anna Smith less is known.",
            "Über die Stadt weiß man viel.",
        ] {
            let page = format!("{ARTICLE}{sentence}\n\nThe rest of the story was never written down by anyone at the school.\n");
            assert!(removed_by("BP014", &page).is_empty(), "{sentence}");
        }
    }
}
