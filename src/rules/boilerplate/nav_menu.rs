//! Removes a page's navigation menus: eight or more kept lines in a row, each a short
//! label (at most four words, no digit, no comma, no sentence ending), standing above
//! the article's first paragraph or below its last (a paragraph: a sentence of twelve
//! words or more). Lines removed between them do not break the row, as the output will
//! not show them; those that another menu rule removed (a named section, an interface
//! label, a line stranded among them) count as entries of it when they are shaped like
//! one, so that a footer's few unknown entries after its known ones ("Help", "Status",
//! "About", "Careers", "Blog", "Privacy", then "Terms", "Text to speech", "Teams") go
//! with them. The row's last label stays when at most two lines stand between it
//! and the first paragraph, as it may be the article's title, and so does a label right
//! above a wiki's tagline ("From Wikipedia, the free encyclopedia"), which is the
//! article's title between the wiki's menus. A row right under the last
//! paragraph stays, and so does a row under a paragraph that ends in a colon: those are
//! lists of the article's own. In an HTML page the element taken as the article is
//! left alone: a row of labels there is its own.
//!
//! Why: a page's menus, flattened to text, leave one entry per line, dozens of them
//! above and below the article: "Startseite" / "Politik" / "Energieberatung" /
//! "Stellenangebote" / "Kontakt". `section-menu` knows the names every site uses; this
//! rule knows the shape, which holds for any site's own entries. An article's paragraphs
//! are sentences; a row of eight bare labels outside them is a menu, a tag list or a
//! list of sister sites, in any language.
//!
//! Known false positives: a list that is the article's own, outside its paragraphs and
//! not announced by a colon (a poem of short lines without punctuation above a closing
//! paragraph, a list of names under the article's last paragraph with a line another
//! rule removed between them).
//!
//! Example: the lines `Startseite`, `Über uns`, `Leistungen`, `Energieberatung`,
//! `Fördermittel`, `Referenzen`, `Karriere` and `Kontakt` above an article's first
//! paragraph are removed.

use crate::rules::boilerplate::{section_menu, stranded_line, ui_label};
use crate::rules::{Action, DocView, PhraseSet, Rule, RuleMeta};
use crate::shape::ends_like_sentence;

pub struct NavMenu;

/// The rule's code, for the rules that read its removals.
pub const CODE: &str = "BP017";

static META: RuleMeta = RuleMeta {
    code: CODE,
    name: "nav-menu",
    source: include_str!("nav_menu.rs"),
};

/// Fewest labels in a row that make a menu.
const MIN_RUN: usize = 8;

/// Most words of a menu's entry.
const MAX_WORDS: usize = 4;

/// Most kept lines between a title and the article's first paragraph (a date, a byline).
const TITLE_GAP: usize = 2;

impl Rule for NavMenu {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    // The row and the article's bounds are read among the kept lines.
    fn depends_on_context(&self) -> bool {
        true
    }

    fn check(&self, doc: &DocView, i: usize, _: &PhraseSet) -> Option<Action> {
        if !is_label(doc, i) {
            return None;
        }
        // The line right above a wiki's tagline is the article's title, between the
        // wiki's menus.
        if i + 1 < doc.len() && ui_label::is_wiki_tagline(doc.folded(i + 1)) {
            return None;
        }
        let before = row((0..i).rev(), doc).take_while(|&member| member);
        let after = row(i + 1..doc.len(), doc).take_while(|&member| member);
        if 1 + before.take(MIN_RUN).count() + after.take(MIN_RUN).count() < MIN_RUN {
            return None;
        }
        let after = doc.kept_after(i).take_while(|&j| is_label(doc, j)).count();
        let (first, last) = doc.body_bounds()?;
        if first < i && i < last {
            return None;
        }
        if i < first {
            // The row's last line, close above the first paragraph, may be the title.
            let gap = doc.kept_after(i).take_while(|&j| j < first).count();
            if after == 0 && gap <= TITLE_GAP {
                return None;
            }
        } else {
            // Right under the last paragraph, with nothing removed between, the row is
            // the article's own list (a review's summary box); a page's menu comes
            // after its other boxes. So is a row that a paragraph announces.
            let labels = doc.kept_before(i).take_while(|&j| is_label(doc, j));
            let start = labels.last().unwrap_or(i);
            if start == last + 1 || doc.prev_kept(start).is_some_and(|j| announces_list(doc, j)) {
                return None;
            }
        }
        Some(Action::Remove)
    }
}

/// Whether line `j` is shaped like a menu's entry: a few words with a letter, and no
/// digit, comma or sentence ending (a date, a price, a list of things or a sentence are
/// something else). No line of the element an HTML page's extractor took for the
/// article is: it has set the page's menus apart already, and a row of labels inside
/// the article is the article's own list (a review's pros and cons).
fn is_label(doc: &DocView, j: usize) -> bool {
    (1..=MAX_WORDS).contains(&doc.words(j)) && !doc.in_article(j) && {
        let text = doc.text(j);
        text.chars().any(char::is_alphabetic)
            && !text
                .chars()
                .any(|c| c.is_numeric() || matches!(c, ',' | '，' | '、'))
            && !ends_like_sentence(text)
    }
}

/// The rules whose removals are a menu's entries: named ones, interface labels, lines
/// stranded among them, and this rule's own.
const MENU_RULES: [&str; 4] = [
    section_menu::CODE,
    ui_label::CODE,
    stranded_line::CODE,
    CODE,
];

/// For the lines of `lines` in turn, whether each belongs to a row of menu entries: a
/// kept line shaped like one, or a line shaped like one that a menu rule removed.
/// Lines other rules removed are passed over: the output will not show them.
fn row<'a>(
    lines: impl Iterator<Item = usize> + 'a,
    doc: &'a DocView,
) -> impl Iterator<Item = bool> + 'a {
    lines.filter_map(move |j| match doc.removed_code(j) {
        None => Some(is_label(doc, j)),
        Some(code) if MENU_RULES.contains(&code) => is_label(doc, j).then_some(true),
        Some(_) => None,
    })
}

/// Whether line `j` is running text that announces a list: it ends in a colon.
fn announces_list(doc: &DocView, j: usize) -> bool {
    doc.is_prose(j) && doc.text(j).trim_end().ends_with([':', '：'])
}

#[cfg(test)]
mod tests {
    use crate::config::Config;
    use crate::pipeline::{Pipeline, Source};
    use crate::rules::testing::removed_by;
    use crate::sniff::Format;

    /// The text of an HTML page cleaned with every rule.
    fn cleaned_html(html: &str) -> String {
        let pipeline = Pipeline::new(Config::default()).expect("default config");
        let source = Source {
            bytes: html.as_bytes(),
            format: Some(Format::Html),
            ..Source::plain_text(html)
        };
        pipeline.clean(&source).text
    }

    const BODY: &str =
        "The council met on Monday and agreed on the budget for next year after a long debate.\n\n";

    /// Entries of one site's own menu, none of them a name every site's menu has.
    const MENU: [&str; 8] = [
        "Energieberatung",
        "Fördermittel",
        "Referenzen",
        "Heizungstausch",
        "Wärmepumpen",
        "Solaranlagen",
        "Dämmung",
        "Fenster und Türen",
    ];

    #[test]
    fn removes_a_menu_above_and_below_the_article() {
        let menu = MENU.join("\n\n");
        let doc = format!("{menu}\n\nBudget agreed\n\n{BODY}");
        assert_eq!(removed_by("BP017", &doc), MENU);
        let doc = format!("{BODY}{BODY}© 2024 Example Media\n\n{}\n", MENU.join("\n"));
        assert_eq!(removed_by("BP017", &doc), MENU);
    }

    #[test]
    fn entries_other_menu_rules_removed_count_in_the_row() {
        let pipeline = Pipeline::new(Config::default()).expect("default config");
        let footer = "Help\nStatus\nAbout\nCareers\nBlog\nPrivacy\nTerms\nText to speech\nTeams";
        let doc = format!("{BODY}{BODY}© 2024 Example Media\n\n{footer}\n");
        let text = pipeline.clean_text(&doc).text;
        assert_eq!(text, BODY.repeat(2).trim_end().to_string() + "\n");
        // Fewer than eight in all: the unknown entries are no menu's (as the page's
        // last labels under a removed line they go as stranded all the same).
        let footer = "About\nCareers\nBlog\nText to speech\nTeams";
        let doc = format!("{BODY}{BODY}© 2024 Example Media\n\n{footer}\n");
        let removed = pipeline.clean_text(&doc).record.removed;
        let by_menu: Vec<&str> = removed
            .iter()
            .filter(|r| r.rule == "BP017")
            .map(|r| r.text.as_str())
            .collect();
        assert!(
            !by_menu.contains(&"Text to speech") && !by_menu.contains(&"Teams"),
            "{by_menu:?}"
        );
    }

    #[test]
    fn keeps_a_list_right_under_the_last_paragraph() {
        let doc = format!("{BODY}{BODY}{}\n", MENU.join("\n"));
        assert!(removed_by("BP017", &doc).is_empty());
    }

    #[test]
    fn keeps_short_rows_and_rows_inside_the_article() {
        let doc = format!("{}\n\n{BODY}", MENU[..7].join("\n"));
        assert!(removed_by("BP017", &doc).is_empty());
        let doc = format!("{BODY}{}\n\n{BODY}", MENU.join("\n"));
        assert!(removed_by("BP017", &doc).is_empty());
        // Without an article's paragraph, the lines are the document.
        assert!(removed_by("BP017", &MENU.join("\n")).is_empty());
    }

    #[test]
    fn lines_with_digits_commas_or_sentence_endings_break_the_row() {
        for odd in ["200 g Zucker", "Salz, Pfeffer", "Mehr dazu.", "Hinweis:"] {
            let mut lines = MENU.to_vec();
            lines.insert(4, odd);
            let doc = format!("{BODY}© 2024 Example Media\n\n{}\n", lines.join("\n"));
            assert!(removed_by("BP017", &doc).is_empty(), "{odd}");
        }
    }

    #[test]
    fn keeps_the_title_over_the_first_paragraph() {
        let menu = MENU.join("\n");
        let doc = format!("{menu}\nBudget agreed\n\n{BODY}");
        assert_eq!(removed_by("BP017", &doc), MENU);
        let doc = format!("{menu}\nBudget agreed\n\nMay 2, 2022\n\n{BODY}");
        assert_eq!(removed_by("BP017", &doc), MENU);
    }

    #[test]
    fn keeps_a_list_the_text_announces() {
        let doc = format!(
            "{BODY}The new committee has these members:\n\n{}\n",
            MENU.join("\n")
        );
        assert!(removed_by("BP017", &doc).is_empty());
    }

    #[test]
    fn keeps_a_row_of_labels_inside_an_html_article() {
        let items: String = MENU.iter().map(|m| format!("<li>{m}</li>")).collect();
        let nav: String = (1..=12)
            .map(|n| format!("<li><a href='/{n}'>Section {n}</a></li>"))
            .collect();
        let html = format!(
            "<html><body><nav><ul>{nav}</ul></nav><article><h1>Budget agreed</h1>\
             <p>{}</p><p>{}</p><p>Updated on 12 May 2024</p><ul>{items}</ul></article>\
             <footer><p>Imprint</p></footer></body></html>",
            BODY.trim(),
            "The mayor spoke first, and the members followed him one by one until noon.",
        );
        let text = cleaned_html(&html);
        assert!(!text.contains("Section 1"), "{text}");
        for item in MENU {
            assert!(text.contains(item), "{item} not in {text}");
        }
        // The same lines as text are a menu.
        let doc = format!(
            "Budget agreed\n\n{BODY}{BODY}Updated on 12 May 2024\n\n{}\n",
            MENU.join("\n")
        );
        assert_eq!(removed_by("BP017", &doc), MENU);
    }

    #[test]
    fn menus_in_other_scripts() {
        let menus: [[&str; 8]; 2] = [
            [
                "Каталог товаров",
                "Доставка и оплата",
                "Гарантия",
                "Отзывы покупателей",
                "Вакансии",
                "Оптовикам",
                "Акции",
                "Партнёрам",
            ],
            [
                "产品中心",
                "解决方案",
                "客户案例",
                "合作伙伴",
                "投资者关系",
                "企业文化",
                "招贤纳士",
                "联系我们",
            ],
        ];
        for menu in menus {
            let doc = format!("{BODY}© 2024\n\n{}\n", menu.join("\n"));
            assert_eq!(removed_by("BP017", &doc), menu);
        }
    }
}
