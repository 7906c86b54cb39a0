//! Removes disclaimers, copyright lines (with a year, or the sign before a holder's
//! name alone: "© Crown copyright"), licence lines ("Content is available under CC
//! BY-SA 4.0"), fair-use notices, paid-link disclosures,
//! citation notes (a paper's "DOI: https://doi.org/10.…" alone on its line), a review
//! site's note that a review is its writer's opinion, print-edition notes ("A version of this article appears in print
//! on …"), a press release's safe-harbor note on its forecasts ("Forward-Looking
//! Statements" / "This press release contains forward-looking statements …") and a
//! health site's note that physicians reviewed its text ("Medically reviewed by …",
//! "… und wurde von Medizinern geprüft.").
//!
//! A block goes when it starts like a notice ("Disclaimer:", "Copyright ©", "© 2017",
//! "All rights reserved", "Alle Rechte vorbehalten", "Suggested citation",
//! "Zitiervorschlag") and is at most 120 words; when it holds a phrase only notices
//! use ("sole responsibility of the author", "do not necessarily reflect", "contains
//! copyrighted material") and is at most 80 words, or one of the further wordings
//! (the same disclaimer in other languages, licence lines, "may receive compensation",
//! "eine Provision vom Händler") and is at most 60 words; or when it holds two or more
//! notice terms ("fair use", "copyright owner", "permission"); and a line of at most
//! 15 words with a copyright sign or word and a year ("Copyright © Hassanchef 2020",
//! "Royal Road® © 2013-2020"), a line of at most eight words that opens with the sign
//! and is no sentence ("© Crown copyright"), or a "Powered by" credit (or a blog host's: "Blog at
//! WordPress.com.", or the tool's or theme's that built the site: "Built with Sphinx
//! using a theme provided by Read the Docs.", "Created using Sphinx 7.2.6.", "Theme:
//! Graphy by Themegraphy").
//!
//! Why: legal boilerplate repeats on every page of a site; in a corpus it is the most
//! duplicated text there is, and it is not the article.
//!
//! Known false positives: a short paragraph of a news article about copyright law that
//! happens to use two notice terms.
//!
//! Example: `Disclaimer: The contents of this article are of sole responsibility of the
//! author(s).` is removed.

use std::sync::LazyLock;

use regex::Regex;

use crate::rules::{Action, DocView, PhraseSet, Rule, RuleMeta};
use crate::shape;

pub struct LegalNotice;

static META: RuleMeta = RuleMeta {
    code: "BP003",
    name: "legal-notice",
    source: include_str!("legal_notice.rs"),
};

static NOTICE_START: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::new(&[
        "disclaimer:",
        "©",
        "(c) copyright",
        "all rights reserved",
        "terms of use",
        "terms of service",
        "privacy policy",
        "haftungsausschluss",
        "alle rechte vorbehalten",
        "urheberrecht",
        "tous droits réservés",
        "avertissement :",
        "todos los derechos reservados",
        "aviso legal",
        "все права защищены",
        "wszelkie prawa zastrzeżone",
        "版权所有",
        "無断転載を禁じます",
        "무단전재 및 재배포 금지",
        "جميع الحقوق محفوظة",
        "כל הזכויות שמורות",
        "सर्वाधिकार सुरक्षित",
        "με την επιφύλαξη παντός δικαιώματος",
        "tüm hakları saklıdır",
        "alle rechten voorbehouden",
        "усі права захищені",
        "всі права захищені",
        // How the page wants to be cited: the site's note, not the article.
        "suggested citation",
        "zitiervorschlag",
        "zitierweise:",
        "cite this article",
        "how to cite this",
        "pour citer cet article",
        "cómo citar este",
        // A press release's safe-harbor note on its forecasts, with its heading.
        "forward-looking statements",
        "cautionary note regarding forward-looking statements",
        "cautionary statement regarding forward-looking statements",
        "safe harbor statement",
        "this press release contains forward-looking statements",
        "this news release contains forward-looking statements",
        "this press release may contain forward-looking statements",
        "this release contains forward-looking statements",
        "certain statements in this press release",
        "certain statements in this news release",
    ])
});

static COPYRIGHT_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:©|\(c\)|(?i:copyright))(?:\s*(?:©|\(c\)|(?i:copyright)))*\s*\[?(?:19|20)\d\d\b",
    )
    .expect("valid copyright pattern")
});

/// Notices in more wordings: the opinion disclaimer in other languages, licence and
/// rights lines, disclosures of paid links and sponsorship, and liability notes on
/// outside links. A set of their own: they count in blocks of up to 60 words, the
/// rule's own phrases in blocks of up to 80.
static MORE_NOTICES: LazyLock<PhraseSet> = LazyLock::new(|| {
    #[rustfmt::skip]
    let notices = [
        "n'engagent que leurs auteurs", "n'engagent que leur auteur", "n'engage que son auteur",
        "n'engagent que leurs signataires", "ne reflètent pas nécessairement",
        "no reflejan necesariamente", "no necesariamente reflejan", "no refleja necesariamente",
        "não refletem necessariamente", "não representam a opinião",
        "não representam necessariamente", "no representan la opinión",
        "no representan necesariamente", "ne représentent pas l'opinion",
        "ne représentent pas nécessairement", "non rappresentano l'opinione",
        "non riflettono necessariamente", "do not necessarily represent",
        "do not represent the views", "do not represent the opinion",
        "nicht unbedingt die meinung",
        "nicht zwingend die meinung", "nicht notwendigerweise die meinung",
        "unter den bedingungen der creative commons", "stehen unter einer creative commons",
        "stehen unter der creative commons", "licensed under creative commons",
        "is licensed under creative commons", "some rights reserved",
        "available under the creative commons", "available under a creative commons",
        "available under cc by", "available under cc0", "open government licence",
        "licensed under the creative commons", "this work is licensed under",
        "einige rechte vorbehalten", "trotz sorgfältiger inhaltlicher kontrolle",
        "keine haftung für die inhalte externer", "eine provision vom händler",
        "may receive compensation", "may earn a commission", "we earn a commission",
        "earn a small commission", "amazon services llc associates",
        "affiliate advertising program", "advertising disclosure", "advertising disclaimer",
        "products from one or more of our advertisers", "contains affiliate links",
        "contain affiliate links", "enthält affiliate-links", "enthält affiliate links",
        "sogenannte affiliate-links", "we occasionally get sponsored",
        "a version of this article appears in print", "a version of this story appears in print",
        "this article appeared in the print edition", "appeared in the print edition of",
        "cet article est paru dans l'édition", "dieser artikel erschien in der printausgabe",
        "erschien zuerst in der printausgabe",
        // A review site's note that the review is its writer's.
        "is the subjective opinion of", "ist die subjektive meinung", "est l'opinion subjective",
        "es la opinión subjetiva",
        // A health site's note that physicians checked its text.
        "medically reviewed by", "this article has been medically reviewed",
        "von medizinern geprüft", "von ärzten geprüft", "von ärztinnen und ärzten geprüft",
        "vorgaben der ärztlichen fachliteratur", "revisado médicamente por",
        "relu par un médecin",
    ];
    PhraseSet::new(&notices)
});

static NOTICE_TERMS: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::new(&[
        "fair use",
        "copyright owner",
        "copyright holder",
        "copyrighted",
        "request permission",
        "without permission",
        "written permission",
        "reproduction",
        "redistributed",
        "cross-post",
        "acknowledged",
        "not responsible",
        "liability",
        "educational purposes",
        "nicht verantwortlich",
        "keine haftung",
    ])
});

impl Rule for LegalNotice {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[rustfmt::skip]
    fn phrases(&self) -> &'static [&'static str] {
        &[
            "all rights reserved", "sole responsibility of the author",
            "do not necessarily reflect", "does not necessarily reflect",
            "not necessarily those of", "views expressed in this article",
            "contains copyrighted material", "may not be reproduced",
            "may not be published, broadcast, rewritten or redistributed",
            "without prior written permission", "grants permission to cross-post",
            "alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados",
            "все права защищены", "wszelkie prawa zastrzeżone", "powered by wordpress",
            "proudly powered by", "create a free website or blog at wordpress.com",
            "erstelle eine kostenlose website oder blog", "alle rechte beim", "alle inhalte unterliegen",
            "licensed under a creative commons", "is licensed under the creative commons",
            "steht unter einer creative commons", "unter einer creative-commons-lizenz",
            "dieser creative-commons-lizenz", "außer wenn anders angegeben",
            "sofern nicht anders angegeben", "sofern nicht anders ausgewiesen",
            "veröffentlicht unter der lizenz", "lizenziert unter", "published under the license",
            "published under a creative commons", "licensed under cc by", "unter der lizenz cc",
            "版权所有", "未经许可不得转载", "未经授权不得转载", "無断転載を禁じます", "無断転載禁止",
            "무단전재 및 재배포 금지", "무단 전재 및 재배포 금지", "جميع الحقوق محفوظة",
            "כל הזכויות שמורות", "सर्वाधिकार सुरक्षित", "με την επιφύλαξη παντός δικαιώματος",
            "tüm hakları saklıdır", "alle rechten voorbehouden", "усі права захищені",
            "всі права захищені", "riproduzione riservata", "tutti i diritti riservati",
            "todos os direitos reservados",
        ]
    }

    fn gated_sets<'a>(&self, configured: &'a PhraseSet) -> Vec<&'a PhraseSet> {
        vec![configured, &NOTICE_TERMS, &MORE_NOTICES]
    }

    fn check(&self, doc: &DocView, i: usize, phrases: &PhraseSet) -> Option<Action> {
        let text = doc.text(i);
        let folded = doc.folded(i);
        let words = doc.words(i);
        let starts = || {
            let copyright_year = text.starts_with('©')
                && text[2..]
                    .trim_start()
                    .starts_with(|c: char| c.is_ascii_digit());
            NOTICE_START.starts(folded) && (!text.starts_with('©') || copyright_year)
                // The pattern opens with ©, "(c)" or "copyright": its first byte first.
                || (text.starts_with(['©', '(', 'c', 'C']) && COPYRIGHT_LINE.is_match(text))
        };
        // Word counts first: they are known, and most paragraphs are too long to need
        // the phrase scans.
        let notice = (words <= 4 && is_doi_line(folded))
            || (words <= 120 && starts())
            || (words <= 15 && short_footer(text, folded))
            || (words <= 80 && doc.contains(i, phrases))
            || (words <= 60 && doc.contains(i, &MORE_NOTICES))
            || words <= 160 && doc.may_contain(i, &NOTICE_TERMS) && distinct_terms(folded) >= 2;
        notice.then_some(Action::Remove)
    }
}

/// "DOI: https://doi.org/10.1007/s11069-022-05432-1", "doi:10.1000/182": a paper's
/// identifier alone on its line, as its page prints it for citing.
fn is_doi_line(folded: &str) -> bool {
    let Some(rest) = folded.trim().strip_prefix("doi") else {
        return false;
    };
    let rest = rest.trim_start_matches([':', ' ']);
    let rest = rest
        .strip_prefix("https://")
        .or_else(|| rest.strip_prefix("http://"))
        .map(|r| {
            r.strip_prefix("dx.doi.org/")
                .or_else(|| r.strip_prefix("doi.org/"))
                .unwrap_or(r)
        })
        .unwrap_or(rest);
    rest.strip_prefix("10.").is_some_and(|r| {
        let (registrant, suffix) = r.split_once('/').unwrap_or((r, ""));
        registrant.len() >= 4
            && registrant.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            && !suffix.trim().is_empty()
            && !suffix.contains(' ')
    })
}

/// A site footer's credit or copyright on a short line: a copyright or copyleft sign
/// or word with a year ("Copyright © Hassanchef 2020", "Royal Road® © 2013-2020"), or
/// a "Powered by" credit that starts the line or is its short last sentence ("Powered by
/// WordPress", "Powered by phpBB® Forum Software © phpBB Limited", "Simple theme.
/// Powered by Blogger."), a blog host's ("Blog at WordPress.com."), or the credit of the
/// tool or theme that built the site ([`is_generator_credit`]).
fn short_footer(text: &str, folded: &str) -> bool {
    // One substring search first: most lines name no "powered by".
    let credit = folded.contains("powered by") && {
        let words = shape::word_count(folded);
        let last = folded
            .trim_end_matches(['.', ' '])
            .rsplit(". ")
            .next()
            .unwrap_or_default();
        (folded.starts_with("powered by")
            && (words <= 6 || (words <= 10 && !shape::ends_like_sentence(folded))))
            || (words <= 8 && last.starts_with("powered by") && shape::word_count(last) <= 4)
    };
    // A blog host's credit: "Blog at WordPress.com.", "Bloggen auf WordPress.com."
    let host = (folded.starts_with("blog at ") || folded.starts_with("bloggen auf "))
        && folded.contains("wordpress.com")
        && shape::word_count(folded) <= 6;
    // The tool that built the site, or its theme.
    let generator = is_generator_credit(text, folded);
    // The pattern needs a copyright sign or a line starting with "copy…": most lines
    // have neither, and skip it.
    // The sign before a holder's name alone, with no year: "© Crown copyright",
    // "© Example Media".
    let holder = text.trim_start().starts_with('©')
        && shape::word_count(text) <= MAX_HOLDER_WORDS
        && !shape::ends_like_sentence(text);
    credit
        || host
        || generator
        || holder
        || ((text.contains('©') || folded.starts_with("copy"))
            && COPYRIGHT_WITH_YEAR.is_match(text))
}

/// Most words of a line that opens with the copyright sign and gives no year.
const MAX_HOLDER_WORDS: usize = 8;

/// Site generators and documentation tools, as their credits name them (folded).
#[rustfmt::skip]
const GENERATORS: &[&str] = &[
    "sphinx", "mkdocs", "hugo", "jekyll", "docusaurus", "gatsby", "hexo", "pelican",
    "doxygen", "javadoc", "gitbook", "vuepress", "vitepress", "wordpress", "blogger", "ghost",
    "squarespace", "wix", "jimdo", "weebly", "typo3", "joomla", "drupal",
];

/// "Built with Sphinx using a theme provided by Read the Docs.", "Created using Sphinx
/// 7.2.6.", "Generated by Doxygen 1.9.8", "Made with Material for MkDocs", "Erstellt mit
/// Jimdo": a short line that opens by crediting the tool that built the site, and
/// names one; or a theme's credit ("Theme: Graphy by Themegraphy", "WordPress Theme by
/// pipdig").
fn is_generator_credit(text: &str, folded: &str) -> bool {
    #[rustfmt::skip]
    const OPENINGS: &[&str] = &[
        "built with ", "created using ", "created with ", "generated by ", "generated using ",
        "generated with ", "made with ", "site built with ", "site generated by ",
        "documentation built with ", "erstellt mit ", "créé avec ", "hecho con ", "creado con ",
    ];
    let words = shape::word_count(folded);
    if words > 14 {
        return false;
    }
    // Named as a name: capitalized ("Made with ghost peppers" credits no tool).
    let names_tool = || {
        text.contains("Read the Docs")
            || text
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| w.starts_with(char::is_uppercase))
                .any(|w| GENERATORS.contains(&w.to_lowercase().as_str()))
    };
    let tool = OPENINGS.iter().any(|o| folded.starts_with(o)) && names_tool();
    let theme = words <= 8
        && (folded.starts_with("theme:") || folded.contains("theme by "))
        && !shape::ends_like_sentence(folded);
    tool || theme
}

static COPYRIGHT_WITH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:©|^(?i:copyright|copyleft)\b)(?:[^.!?]{0,60}?)\b(?:19|20)\d\d\b")
        .expect("valid copyright pattern")
});

fn distinct_terms(folded: &str) -> usize {
    let mut seen: Vec<&str> = Vec::new();
    let mut at = 0;
    while let Some(r) = NOTICE_TERMS.find(&folded[at..]) {
        let term = &folded[at + r.start..at + r.end];
        if !seen.contains(&term) {
            seen.push(term);
        }
        at += r.end;
    }
    seen.len()
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{keeps_each, removed_after_body, removed_by, removes_each};

    #[test]
    fn removes_opinion_disclaimers_in_other_languages() {
        removes_each("BP003", &[
            "Les opinions exprimées dans les blogs du Monde diplomatique n'engagent que leurs auteurs.",
            "Los artículos firmados no reflejan necesariamente la opinión del medio.",
            "Gastbeiträge geben nicht unbedingt die Meinung der Redaktion wieder.",
            "Os comentários não representam a opinião do site; a responsabilidade é do autor da mensagem.",
            "Comments do not represent the views of the editors.",
        ]);
    }

    #[test]
    fn removes_affiliate_disclosures() {
        removes_each(
            "BP003",
            &[
                "Für Links auf dieser Seite erhält CHIP ggf. eine Provision vom Händler, z.B. für solche mit -Symbol.",
                "Advertising disclosure: We may receive compensation for some of the links in our stories.",
                "This post contains references to products from one or more of our advertisers. We may receive compensation when you click on links to those products.",
                "Royal Road® is a participant in the Amazon Services LLC Associates Program, an affiliate advertising program.",
            ],
        );
        keeps_each(
            "BP003",
            &["Affiliate links are a growing source of income for bloggers, the study found."],
        );
    }

    #[test]
    fn removes_notes_that_physicians_reviewed_the_text() {
        removes_each(
            "BP003",
            &[
                "Dieser Text entspricht den Vorgaben der ärztlichen Fachliteratur, medizinischen Leitlinien sowie aktuellen Studien und wurde von Medizinern geprüft.",
                "Medically reviewed by Jane Doe, MD — Written by Sam Lee on March 3, 2021",
                "This article has been medically reviewed and fact-checked by our editorial team.",
            ],
        );
        keeps_each(
            "BP003",
            &["Doctors reviewed the records of 4,000 patients treated at the clinic last year."],
        );
    }

    #[test]
    fn removes_safe_harbor_notes() {
        removes_each(
            "BP003",
            &[
                "Forward-Looking Statements",
                "This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995. Actual results may differ materially.",
                "Safe Harbor Statement",
                "This review is the subjective opinion of a Tripadvisor member and not of Tripadvisor LLC.",
                "DOI: https://doi.org/10.1007/s11069-022-05432-1",
                "doi:10.1000/182",
            ],
        );
        keeps_each(
            "BP003",
            &[
                "Analysts said the company's forecasts looked too rosy for a year of rising costs.",
                "DOI numbers start with 10.",
            ],
        );
    }

    #[test]
    fn removes_citation_notes() {
        let note = "SUGGESTED CITATION Sauer, Heiko: Expert*innen in der Krise, VerfBlog, 2020/4/09, https://verfassungsblog.de/expertinnen-in-der-krise/.";
        assert_eq!(removed_after_body("BP003", note), [note]);
        assert!(removed_after_body(
            "BP003",
            "Citation counts rose sharply after the journal moved online, the study found."
        )
        .is_empty());
    }

    #[test]
    fn removes_lines_that_open_with_a_copyright_and_a_year() {
        let tail = " The Example Gazette, printed in Springfield since the year its founders met at the county fair.";
        for opener in [
            "(c) 2019",
            "COPYRIGHT 2021",
            "Copyright © 2020",
            "© 2024",
            "copyright (c) 2018",
        ] {
            let line = format!("{opener}{tail}");
            assert_eq!(removed_after_body("BP003", &line), [line.as_str()]);
        }
        for opener in ["Coverage 2019", "(see 2019)", "In 2019"] {
            let line = format!("{opener}{tail}");
            assert!(removed_after_body("BP003", &line).is_empty(), "{line}");
        }
    }

    #[test]
    fn removes_short_footers() {
        for line in [
            "Copyright © Hassanchef 2020",
            "Royal Road® © 2013-2020, background by",
            "Copyleft © 2002-2016 The Anarcat",
            "Simple theme. Powered by",
            "Simple theme. Powered by Blogger.",
            "Powered by WordPress",
            "Powered by phpBB® Forum Software © phpBB Limited",
            "Create a free website or blog at WordPress.com.",
            "Erstelle eine kostenlose Website oder Blog — auf WordPress.com.",
            "Blog at WordPress.com.",
            "Built with Sphinx using a theme provided by Read the Docs.",
            "Created using Sphinx 7.2.6.",
            "Generated by Doxygen 1.9.8",
            "Made with Material for MkDocs",
            "Erstellt mit Jimdo",
            "Theme: Graphy by Themegraphy",
            "WordPress Theme by pipdig",
        ] {
            let doc = format!("The talks went well, officials said on Monday.\n\n{line}\n");
            assert_eq!(removed_by("BP003", &doc), [line], "{line}");
        }
        for line in [
            "Powered by solar panels, the boat crossed the Atlantic in 2019.",
            "The boat crossed the Atlantic. Powered by solar panels.",
            "The copyright reform passed in 2019 after a long debate in parliament.",
            "She bought a copy in 2019.",
            "I started my first blog at WordPress.com in 2009 and never looked back.",
            "Built with care by volunteers, the bridge opened in May.",
            "Made with love in Berlin",
            "Made with ghost peppers and lime, the sauce is hot.",
            "Theme by the composer returns.",
            "The theme by the composer returns in the last act.",
            "Created using data from the census, the map shows every village of the region and its population in 1900 and 2000.",
        ] {
            let doc = format!("The talks went well, officials said on Monday.\n\n{line}\n");
            assert!(removed_by("BP003", &doc).is_empty(), "{line}");
        }
    }

    #[test]
    fn removes_notices() {
        assert_eq!(removed_by("BP003", "Body.\n\nDisclaimer: The contents of this article are of sole responsibility of the author(s).\n").len(), 1);
        assert_eq!(
            removed_by("BP003", "Body.\n\nRiproduzione riservata ©\n").len(),
            1
        );
        assert_eq!(removed_by("BP003", "Body.\n\nA version of this article appears in print on March 12, 2024, Section A, Page 1 of the New York edition with the headline: Storm Floods Towns.\n").len(), 1);
        assert_eq!(
            removed_by(
                "BP003",
                "Body.\n\n© 2017 Global Research. All rights reserved.\n"
            )
            .len(),
            1
        );
        assert_eq!(removed_by("BP003", "Body.\n\nThis site contains copyrighted material the use of which has not always been authorized by the copyright owner, under fair use.\n").len(), 1);
        assert_eq!(
            removed_by(
                "BP003",
                "Alle Rechte vorbehalten. Nachdruck nur mit Genehmigung.\n"
            )
            .len(),
            1
        );
    }

    #[test]
    fn removes_licence_lines() {
        removes_each("BP003", &[
            "Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND-4.0-DE. Die Fotos dürfen nicht verwendet werden.",
            "Sofern nicht anders ausgewiesen, stehen Inhalte dieser Website unter CC-BY.",
            "Text is available under the Creative Commons Attribution-ShareAlike License 4.0; additional terms may apply.",
            "This work is licensed under a Creative Commons Attribution 4.0 International License.",
            "All content is available under the Open Government Licence v3.0, except where otherwise stated",
            "Content is available under CC BY-SA 4.0 unless otherwise noted.",
        ]);
    }

    #[test]
    fn removes_a_copyright_holder_without_a_year() {
        removes_each("BP003", &["© Crown copyright", "© Example Media Group"]);
        keeps_each(
            "BP003",
            &["© is the sign a holder puts before the name, the lawyer explained."],
        );
    }

    #[test]
    fn leaves_articles_about_law() {
        assert!(removed_by(
            "BP003",
            "The court ruled that the parody was fair use, the judge said.\n"
        )
        .is_empty());
        assert!(removed_by(
            "BP003",
            "Copyright reform is on the agenda in Brussels this week, officials said.\n"
        )
        .is_empty());
        assert!(removed_by("BP003", "© REUTERS / Yuri Gripas Lavrov in Washington.\n").is_empty());
        assert!(removed_by("BP003", "2017 was a year of change, the minister said.\n").is_empty());
        assert!(removed_by(
            "BP003",
            "The photos are available under the Creative Commons licence the museum chose in 2019, and other museums followed. Curators said the move brought more visitors than any exhibition, and the board plans to release the archive next, with the letters and the drawings of the founders, once it has been scanned and checked. The work will take two years and cost about 300,000 euros, most of it paid by a foundation.\n"
        )
        .is_empty());
    }

    #[test]
    fn copyright_lines_in_more_languages() {
        removes_each(
            "BP003",
            &[
                "版权所有 © 2024 新闻网 未经许可不得转载",
                "無断転載を禁じます。",
                "무단전재 및 재배포 금지",
                "جميع الحقوق محفوظة © 2024",
                "© 2024 Alle rechten voorbehouden",
            ],
        );
    }
}
