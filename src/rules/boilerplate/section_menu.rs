//! Removes a site's section menu: three or more kept lines in a row, each only the
//! name of a section a news site or magazine files its stories under ("News" /
//! "Sport" / "Business" / "Travel", "Politik" / "Wirtschaft" / "Kultur", "Deportes" /
//! "Economía", "Новости" / "Политика", "首页" / "新闻" / "体育"), in English, German,
//! Spanish, French, Italian, Portuguese, Polish, Dutch, Swedish, Danish, Norwegian,
//! Russian, Ukrainian, Greek, Turkish, Arabic, Hebrew, Hindi, Chinese, Japanese or
//! Korean; or the name of a page
//! any site's menu links to ("Home" / "Blog" / "About" / "Contact", "Tutorials" /
//! "Pricing" / "Careers", "Projekte" / "Über uns" / "Kontakt"), in a row of its own or
//! among section names.
//! Lines removed between them do not break the row, as the output will not show them.
//!
//! Why: a page's navigation, flattened to text, leaves its sections one per line. At
//! the top or the bottom of a document nothing removed stands on the far side of the
//! row to show it for what it is (see `stranded-line`), but the names themselves do:
//! three section names in a row are a menu in any language. A page name alone may head
//! a part of the article ("About", "Contact"), and `ui-label` and `stranded-line` leave
//! it alone above the article; three in a row are a personal site's or a club's menu.
//!
//! Known false positives: an article's own list made only of such names ("Sport" /
//! "Kultur" / "Politik" as the items of a list of departments).
//!
//! Example: the lines `News`, `Sport`, `Business` and `Travel` at the top of a page
//! are removed.

use std::sync::LazyLock;

use crate::rules::boilerplate::ui_label;
use crate::rules::{Action, DocView, PhraseSet, Rule, RuleMeta, WordSet};

pub struct SectionMenu;

/// The rule's code, for the rules that read its removals.
pub const CODE: &str = "BP016";

static META: RuleMeta = RuleMeta {
    code: CODE,
    name: "section-menu",
    source: include_str!("section_menu.rs"),
};

/// Fewest section names in a row that make a menu.
const MIN_RUN: usize = 3;

/// Section names, lowercase.
#[rustfmt::skip]
static SECTIONS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        // English
        "news", "latest news", "sport", "sports", "video", "videos", "business", "tech",
        "technology", "travel", "lifestyle", "life", "entertainment", "world", "politics",
        "opinion", "health", "science", "culture", "money", "weather", "podcast", "podcasts",
        "photos", "events", "style", "food", "arts", "music", "books", "markets", "economy",
        "education", "local", "national", "international", "u.s.", "us", "uk", "europe",
        "fashion", "home", "jobs", "shop", "blogs", "magazine", "tv", "media", "real estate",
        "cars", "autos", "crime", "environment", "climate", "games", "gaming", "finance",
        // German
        "nachrichten", "politik", "wirtschaft", "kultur", "wissen", "gesellschaft",
        "panorama", "reise", "reisen", "ratgeber", "technik", "digital", "meinung", "leben",
        "gesundheit", "wetter", "regional", "lokales", "deutschland", "welt", "ausland",
        "inland", "aktuelles", "aktuell", "termine", "veranstaltungen", "fotos", "bilder",
        "karriere", "immobilien", "auto", "mobilität", "finanzen", "börse", "verbraucher",
        "magazin", "startseite", "österreich", "schweiz", "unterhaltung",
        // Spanish
        "noticias", "deportes", "política", "economía", "mundo", "cultura", "sociedad",
        "opinión", "tecnología", "salud", "ciencia", "espectáculos", "internacional",
        "nacional", "vida", "viajes", "entretenimiento", "portada",
        // French
        "actualités", "actualité", "politique", "économie", "monde", "société", "sciences",
        "santé", "vidéos", "médias", "france", "accueil",
        // Italian
        "cronaca", "politica", "economia", "esteri", "spettacoli", "tecnologia", "salute",
        // Portuguese
        "notícias", "esportes", "saúde", "entretenimento", "brasil",
        // Polish
        "wiadomości", "polityka", "gospodarka", "kultura", "świat", "kraj", "opinie", "nauka",
        "zdrowie", "technologie", "biznes", "sport i rekreacja",
        // Dutch
        "nieuws", "binnenland", "buitenland", "economie", "cultuur", "wetenschap", "regio",
        "politiek", "opinie", "gezondheid", "wonen", "verkeer", "weer", "achtergrond",
        // Swedish, Danish, Norwegian
        "nyheter", "nyheder", "inrikes", "utrikes", "innenriks", "utenriks", "indland",
        "udland", "ekonomi", "økonomi", "debatt", "debat", "nöje", "kultur og underholdning",
        "väder", "vejret", "været", "lokalt", "sverige", "danmark", "norge",
        // Russian, Ukrainian
        "главная", "новости", "политика", "экономика", "общество", "спорт", "культура",
        "в мире", "мир", "происшествия", "наука", "технологии", "здоровье", "авто", "мнения",
        "головна", "новини", "політика", "економіка", "суспільство", "світ",
        // Greek
        "αρχική", "ειδήσεις", "πολιτική", "οικονομία", "κοινωνία", "αθλητισμός", "πολιτισμός",
        "κόσμος", "υγεία", "τεχνολογία",
        // Turkish
        "anasayfa", "ana sayfa", "gündem", "haberler", "siyaset", "ekonomi", "dünya", "spor",
        "kültür", "sağlık", "teknoloji", "yaşam",
        // Arabic, Hebrew, Hindi
        "الرئيسية", "أخبار", "اخبار", "سياسة", "اقتصاد", "رياضة", "ثقافة", "منوعات", "صحة",
        "تكنولوجيا", "العالم", "ראשי", "חדשות", "פוליטיקה", "כלכלה", "ספורט", "תרבות",
        "בריאות", "होम", "समाचार", "देश", "विदेश", "खेल", "व्यापार", "मनोरंजन", "राजनीति",
        // Chinese, Japanese, Korean
        "首页", "新闻", "国内", "国际", "体育", "财经", "科技", "娱乐", "军事", "社会", "文化",
        "健康", "汽车", "ホーム", "ニュース", "スポーツ", "経済", "政治", "国際",
        "エンタメ", "テクノロジー", "홈", "뉴스", "정치", "경제", "사회", "국제", "스포츠",
        "문화", "연예",
    ])
});

impl Rule for SectionMenu {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    // The row is read among the kept lines, which removals change.
    fn depends_on_context(&self) -> bool {
        true
    }

    fn check(&self, doc: &DocView, i: usize, _: &PhraseSet) -> Option<Action> {
        if !is_section(doc, i) {
            return None;
        }
        let before = doc.kept_before(i).take_while(|&j| is_section(doc, j));
        let after = doc.kept_after(i).take_while(|&j| is_section(doc, j));
        let run = 1 + before.take(MIN_RUN).count() + after.take(MIN_RUN).count();
        (run >= MIN_RUN).then_some(Action::Remove)
    }
}

/// Pages every kind of site links from its menu, beside the start page (a section
/// above) and the footer's links that are also headings (`ui_label::is_ambiguous_link`):
/// lowercase.
#[rustfmt::skip]
static SITE_PAGES: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "blog", "bio", "about me", "articles", "posts", "downloads", "projects",
        "services", "portfolio", "publications", "resources", "gallery", "search",
        "tutorials", "guides", "recipes", "reviews", "courses", "docs", "documentation",
        "episodes", "shows",
        "store", "team", "faq", "pricing", "features", "careers", "newsletter",
        "über mich", "artikel", "beiträge", "projekte", "leistungen",
        "publikationen", "galerie", "suche", "mitmachen", "mitarbeiten", "inicio",
        "contacto", "acerca de", "à propos", "contatti", "chi siamo", "o nas", "o mnie",
    ])
});

/// Whether line `j` is only a section's name or a page of the site's menu (a separator
/// or arrow around it aside).
fn is_section(doc: &DocView, j: usize) -> bool {
    doc.words(j) <= 3 && {
        let name = doc
            .folded(j)
            .trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
        let name = name.trim_end_matches('.');
        SECTIONS.contains(name) || SITE_PAGES.contains(name) || ui_label::is_ambiguous_link(name)
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::removed_by;

    const BODY: &str = "The council met on Monday and agreed on the budget for next year.\n\n";

    #[test]
    fn removes_a_row_of_section_names() {
        let doc = format!("News\nSport\nBusiness\nTravel\n\n{BODY}");
        assert_eq!(
            removed_by("BP016", &doc),
            ["News", "Sport", "Business", "Travel"]
        );
        let doc = format!("{BODY}Politik\n\nWirtschaft\n\nKultur\n");
        assert_eq!(
            removed_by("BP016", &doc),
            ["Politik", "Wirtschaft", "Kultur"]
        );
        let doc = format!("Nieuws\nSport\nRegio\n\n{BODY}");
        assert_eq!(removed_by("BP016", &doc), ["Nieuws", "Sport", "Regio"]);
        let doc = format!("Nyheter\nInrikes\nUtrikes\n\n{BODY}");
        assert_eq!(removed_by("BP016", &doc), ["Nyheter", "Inrikes", "Utrikes"]);
    }

    #[test]
    fn keeps_two_names_and_names_in_sentences() {
        // Two names may be a heading and a subheading.
        let doc = format!("{BODY}Sport\n\nFootball\n\n{BODY}");
        assert!(removed_by("BP016", &doc).is_empty());
        let doc = format!("{BODY}News\nSport\n\n{BODY}");
        assert!(removed_by("BP016", &doc).is_empty());
        let doc = format!("{BODY}Sport is good for you.\n\nCulture too.\n\nTravel more.\n");
        assert!(removed_by("BP016", &doc).is_empty());
    }

    #[test]
    fn removes_a_row_of_site_pages() {
        let doc = format!("Bio\n\nBlog\n\nContact\n\nCDPATH replacements\n\n{BODY}");
        assert_eq!(removed_by("BP016", &doc), ["Bio", "Blog", "Contact"]);
        let doc = format!("{BODY}Projekte\nÜber uns\nNews\nKontakt\n");
        assert_eq!(
            removed_by("BP016", &doc),
            ["Projekte", "Über uns", "News", "Kontakt"]
        );
        let doc = format!("Blog\nTutorials\nPricing\n\nHow to speed up your scripts\n\n{BODY}");
        assert_eq!(removed_by("BP016", &doc), ["Blog", "Tutorials", "Pricing"]);
    }

    #[test]
    fn keeps_page_names_that_head_the_text() {
        let doc = format!("{BODY}About\n\n{BODY}Contact\n\nWrite to the council office.\n");
        assert!(removed_by("BP016", &doc).is_empty());
        let doc = format!("Blog\n\nContact\n\nCDPATH replacements\n\n{BODY}");
        assert!(removed_by("BP016", &doc).is_empty());
    }

    #[test]
    fn section_rows_in_more_languages() {
        for row in [
            "Главная\nНовости\nПолитика\nСпорт",
            "首页\n新闻\n体育\n财经",
            "الرئيسية\nأخبار\nرياضة",
        ] {
            let doc = format!("{BODY}{row}\n");
            assert_eq!(
                removed_by("BP016", &doc).len(),
                row.lines().count(),
                "{row}"
            );
        }
        let doc = format!("{BODY}新闻\n\n国内新闻报道称，市议会周一批准了预算。\n\n体育\n");
        assert!(removed_by("BP016", &doc).is_empty());
    }
}
