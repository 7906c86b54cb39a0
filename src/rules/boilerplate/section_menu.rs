//! Removes a site's section menu: three or more kept lines in a row, each only the
//! name of a section a news site or magazine files its stories under ("News" /
//! "Sport" / "Business" / "Travel", "Politik" / "Wirtschaft" / "Kultur", "Deportes" /
//! "Economía"), in English, German, Spanish, French, Italian, Portuguese or Polish.
//! Lines removed between them do not break the row, as the output will not show them.
//!
//! Why: a page's navigation, flattened to text, leaves its sections one per line. At
//! the top or the bottom of a document nothing removed stands on the far side of the
//! row to show it for what it is (see `stranded-line`), but the names themselves do:
//! three section names in a row are a menu in any language.
//!
//! Known false positives: an article's own list made only of such names ("Sport" /
//! "Kultur" / "Politik" as the items of a list of departments).
//!
//! Example: the lines `News`, `Sport`, `Business` and `Travel` at the top of a page
//! are removed.

use std::sync::LazyLock;

use crate::rules::{Action, DocView, PhraseSet, Rule, RuleMeta, WordSet};

pub struct SectionMenu;

static META: RuleMeta = RuleMeta {
    code: "BP016",
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

/// Whether line `j` is only a section's name (a separator or arrow around it aside).
fn is_section(doc: &DocView, j: usize) -> bool {
    doc.words(j) <= 3 && {
        let name = doc.folded[j].trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
        SECTIONS.contains(name.trim_end_matches('.'))
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
}
