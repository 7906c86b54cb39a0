//! Removes related-link headlines: a headline-shaped line glued (no blank line between)
//! under a caption and above the body, which is how a "related article" teaser looks once
//! its box is flattened to text; and lines introduced by "Read more:", "Related:", "See
//! also:", "Lesen Sie auch:", "Читайте также:" and the like (a markdown writer's
//! emphasis around the label aside: "**Related:** …"), or made of such a label
//! narrowed to a topic ("Neueste Artikel für Wärmepumpe", "Most read in Politics",
//! "More from Local News", "Mehr aus der Region"), or an events page's "Kommende
//! Termine" and a job board's "Similar jobs", with the short headline-shaped lines glued under such a
//! label, down to the first sentence ("Trending Now" / "Man arrested after chase" /
//! "Weather: more rain this week"; "Related Topics" / "Flooding"), or each in a paragraph of its own under a label
//! that is all of its line and stands below running text ("Relacionadas" / "Polícia
//! faz operação em Salvador"); and teasers that end in the link to the whole article
//! ("Urteil: … | mehr", "… berichtet Weiterlesen →", "… Weiter →") or carry it between
//! the teaser cut off with an ellipsis and the article's title glued after it ("… Apple
//! grew into ... More »Jobs at Apple: Master inventor"); and links to the previous or
//! next post ("Previous article…", "Next: Title"). A headline that ends such a list
//! under menu labels of three words or fewer, right above the page's first paragraph
//! with no prose above it, is the article's own and stays ("Trending" / "Quick Links"
//! / "Scientists map the deepest part of the Atlantic").
//!
//! Why: related-article teasers are other articles' titles; kept, they read as
//! non-sequiturs in the middle of the text.
//!
//! Known false positives: none from layout alone: a real section heading stands on its
//! own between blank lines and is kept; a headline-shaped line glued to a paragraph is
//! only removed when a caption sits right above it. A line that breaks off at an
//! article ("Am 1. Januar hat Deutschland turnusgemäß den") is not headline-shaped: it
//! is a sentence that a link on a line of its own cut in two, and it stays.
//!
//! Example: after the caption `People walk in Damascus. (File) - Site`, the glued line
//! `Regime Change and Jihad: Two Sides of the Same Coin in Syria` is removed.

use crate::rules::{Action, DocView, PhraseSet, Rule, RuleMeta};
use crate::shape;

pub struct RelatedHeadline;

static META: RuleMeta = RuleMeta {
    code: "BP002",
    name: "related-headline",
    source: include_str!("related_headline.rs"),
};

impl Rule for RelatedHeadline {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn depends_on_context(&self) -> bool {
        true
    }

    #[rustfmt::skip]
    fn phrases(&self) -> &'static [&'static str] {
        &[
            "read more:", "read more", "related:", "related", "related articles",
            "related stories", "related content", "related posts", "related coverage",
            "related news", "see also:", "see also", "also read:", "also read", "read also:",
            "read also", "more on this", "more on this story", "more stories", "recommended:",
            "recommended", "you may also like", "you might also like", "more from", "trending now",
            "most read", "most popular", "lesen sie auch:", "lesen sie auch", "lesen sie mehr:",
            "mehr zum thema:", "mehr zum thema", "auch interessant:", "auch interessant",
            "das könnte sie auch interessieren", "weitere artikel", "lire aussi :", "lire aussi",
            "à lire aussi", "voir aussi", "lee también:", "lee también", "leia também:",
            "leia também", "czytaj też:", "czytaj także:", "читайте также:", "читайте также",
            "по теме:", "смотрите также", "ähnliche artikel", "ähnliche beiträge", "siehe auch",
            "das könnte dich auch interessieren", "empfehlungen aus der redaktion",
            "meist gelesene artikel", "meistgelesen", "meistgeklickt", "meistkommentiert",
            "mehr videos", "mehr interessantes", "weitere themen", "top stories", "top news",
            "latest news", "latest stories", "more news", "editor's picks", "previous article",
            "next article", "previous post", "next post", "vorheriger artikel", "nächster artikel",
            "zurück zur übersicht", "zobacz także", "zobacz też", "czytaj również", "najnowsze",
            "inne artykuły autora", "veja também", "leia mais:", "mirá también", "lea también:",
            "lea también", "lea más:", "lea:", "te puede interesar", "también te puede interesar",
            "à voir aussi", "sur le même sujet", "dans la même rubrique", "热门推荐", "相关新闻",
            "weitere artikel zum thema", "kommende termine", "seguí leyendo:", "sigue leyendo:",
            "weitere termine", "upcoming events", "more events", "prochains événements",
            "weitere veranstaltungen", "ähnliche veranstaltungen", "similar events",
            "autres événements", "otros eventos", "altri eventi",
            "próximos eventos", "ähnliche jobs", "similar jobs", "ähnliche stellenangebote",
            "offres similaires", "empleos similares", "neueste artikel", "neueste beiträge",
            "empfohlene beiträge", "empfohlene artikel", "weitere aktuelle themen",
            "weitere beiträge", "other interesting sites", "en images",
            "weiterführende informationen", "weiterführende links", "lesen sie hier",
            "weitere informationen",
            "related posts:", "more in", "more from this author", "popular posts", "recent posts",
            "neueste kommentare", "beliebte beiträge", "meistgelesene artikel", "meistgelesene",
            "aktuelle meldungen", "weitere meldungen", "weitere nachrichten", "mehr nachrichten",
            "mehr aus dem ressort", "mehr aus der rubrik", "mehr aus dem channel",
            "las más vistas", "lo más visto", "lo más leído", "más noticias", "le puede interesar",
            "noticias relacionadas", "artículos relacionados", "mais lidas", "notícias relacionadas",
            "najczęściej czytane", "najpopularniejsze", "weitere stories", "mehr stories",
            "weitere videos", "temas relacionados", "vorschau auf den nächsten artikel",
            "kommentierte artikel", "meistkommentierte artikel", "verwandte artikel",
            "verwandte beiträge", "verwandte themen", "meist gelesen", "meist gelesene beiträge",
            "meist gelesene artikel", "meistdiskutiert", "meist diskutiert", "letzte artikel",
            "letzte beiträge", "aktuelle beiträge", "neueste meldungen", "die neuesten meldungen",
            "weitere news", "mehr news", "alle news anzeigen", "topthemen", "top-themen",
            "mehr zu diesem thema", "dich interessiert vielleicht auch",
            "das könnte dich interessieren", "das könnte sie interessieren",
            "heute empfehlen wir", "trending stories", "trending", "popular videos",
            "popular stories", "you might like", "you may like", "you might also be interested in",
            "more stories you may have missed", "discover our latest editorial picks",
            "recommended for you", "zobacz również", "pour approfondir", "à découvrir",
            "à découvrir aussi", "también te puede gustar", "ti potrebbe interessare",
            "potrebbe interessarti", "leggi anche", "vea también", "ver también", "lee además",
            "te recomendamos", "watch:", "watch now:", "video:", "similar threads",
            "similar topics", "similar posts", "similar articles", "similar stories",
            "ähnliche themen", "ähnliche threads", "sujets similaires", "articles similaires",
            "temas similares", "artículos similares", "podobne wątki", "podobne artykuły",
            "relacionadas", "relacionados", "más información:", "tags relacionadas",
            "notas relacionadas", "keep reading", "lesen sie mehr", "read next",
            "leia mais", "lees ook", "läs också", "läs även", "læs også", "les også",
            "mest läst", "mest læste", "mest lest", "articoli correlati", "articles liés", "à lire également",
            "das könnte dir auch gefallen", "das könnte ihnen auch gefallen",
            "das könnte sie auch gefallen", "redaktionstipp", "tipp der redaktion",
            "aus dieser kategorie", "aktuelle berichte aus dieser kategorie",
            "mehr aus dieser kategorie", "more from this category", "more in this category",
            "audios and videos on the topic", "videos on the topic", "more on the topic",
            "lo más leido", "más leídas", "más leídos", "beliebteste beiträge",
            "beliebteste artikel", "beliebte artikel", "besonders beliebte artikel",
            "aktuell beliebte artikel", "top posts & pages", "top-beiträge & -seiten",
            "popularne tematy", "相关阅读", "相关文章", "相关报道", "延伸阅读", "推荐阅读",
            "热门文章", "猜你喜欢", "関連記事", "関連ニュース", "おすすめ記事", "人気記事",
            "あわせて読みたい", "관련기사", "관련 기사", "많이 본 뉴스", "추천 기사", "اقرأ أيضا",
            "اقرأ أيضاً", "اقرأ ايضا", "مقالات ذات صلة", "أخبار ذات صلة", "الأكثر قراءة",
            "כתבות נוספות", "כתבות קשורות", "הנקראים ביותר", "यह भी पढ़ें", "ये भी पढ़ें",
            "संबंधित खबरें", "διαβάστε επίσης", "σχετικά άρθρα", "ilgili haberler",
            "bunlar da ilginizi çekebilir", "en çok okunanlar", "gerelateerde artikelen",
            "meest gelezen", "читайте також", "по темі", "самое читаемое", "новости по теме",
            "другие новости", "mehr zu", "mehr zum", "mehr zur", "mehr aus", "mehr von",
            "mehr vom", "mehr über", "more:", "les plus lus", "les plus lues", "i più letti", "leé también", "leé más", "related topics", "more topics", "more on this topic",
            "похожие новости", "похожие материалы", "ещё по теме", "еще по теме",
        ]
    }

    fn check(&self, doc: &DocView, i: usize, phrases: &PhraseSet) -> Option<Action> {
        let folded = doc.folded(i);
        if is_label(doc, i, phrases)
            || is_listed_under_label(doc, i, phrases)
            || is_listed_after_label(doc, i, phrases)
        {
            return Some(Action::Remove);
        }
        if doc.words(i) <= 30 && is_prev_next_link(folded) {
            return Some(Action::Remove);
        }
        if doc.words(i) <= 60 && ends_with_more_link(folded) {
            return Some(Action::Remove);
        }
        if doc.words(i) <= 80 && more_link_before_title(folded) {
            return Some(Action::Remove);
        }
        let glued_under_caption = doc
            .prev_in_para(i)
            .is_some_and(|p| doc.removed_by(p, "BP001"));
        let body_follows = doc.next_in_para(i).is_some_and(|n| doc.is_kept(n));
        (glued_under_caption && body_follows && doc.is_headline_like(i)).then_some(Action::Remove)
    }
}

/// A box's label: "Read more:", "Trending now", "Lesen Sie auch die folgenden
/// Beiträge:", "Most read in Politics", "More from Local News".
fn is_label(doc: &DocView, i: usize, phrases: &PhraseSet) -> bool {
    if doc.words(i) > 25 || !doc.may_contain(i, phrases) {
        return false;
    }
    // A markdown writer's emphasis may wrap the label: "**Related:** …". The marks
    // fold to themselves: the offset holds in both texts.
    let lead = doc.folded(i).len() - doc.folded(i).trim_start_matches(['*', '_']).len();
    let (Some(text), folded) = (doc.text(i).get(lead..), &doc.folded(i)[lead..]) else {
        return false;
    };
    let Some(r) = phrases.find_at_start(folded) else {
        return false;
    };
    // A label alone may end like a sentence: "Das könnte Sie auch interessieren!"; a
    // longer line that does is prose.
    let label_only = is_bare(folded, r.end);
    let sentence = shape::ends_like_sentence(text.trim_end_matches(':'));
    // "Read more:", "Lesen Sie auch die folgenden Beiträge:": a label over a list of
    // links.
    let labelled = folded[..r.end].ends_with(':')
        || folded[r.end..].trim_start().starts_with(':')
        || (folded.trim_end().ends_with(':') && doc.words(i) <= 8);
    label_only
        || (labelled && (!sentence || is_question_headline(text, doc.words(i))))
        || (!sentence && is_scoped_label(doc, i, lead + r.end))
}

/// "Lire aussi : Pourquoi les crues sont-elles plus fréquentes ?": after a label and
/// its colon, a headline may ask or exclaim. One short sentence that ends so is a
/// title; one that ends with a full stop, or more than one, is prose.
fn is_question_headline(text: &str, words: usize) -> bool {
    let end = text.trim_end_matches(|c: char| c.is_whitespace() || "\"'”’»)".contains(c));
    let Some(body) = end.strip_suffix(['?', '!']) else {
        return false;
    };
    let rest = body.split_once(':').map_or(body, |(_, rest)| rest);
    words <= 20 && !rest.contains(['.', '?', '!'])
}

/// Whether the label that ends at `label_end` is all there is of the line, but for
/// punctuation: "Relacionadas", "Read more:".
fn is_bare(folded: &str, label_end: usize) -> bool {
    folded[label_end..]
        .trim_matches(|c: char| !c.is_alphanumeric())
        .is_empty()
}

/// Most lines of a box's list that [`is_listed_under_label`] looks up through.
const MAX_LISTED: usize = 30;

/// A line of the list a box's label heads: the label above it in the same paragraph
/// (no blank line between), with only such lines between them, each short (at most
/// fifteen words) and ending as no sentence does: "Trending Now" / "Man arrested
/// after chase" / "Weather: more rain this week". A sentence ends the list. A
/// headline that ends the list with only menu labels (three words at most) between
/// it and the label, right above the page's first prose, is the article's own: a page's
/// menus glued over its headline ("Trending" / "Quick Links" / "Scientists map the
/// deepest part of the Atlantic" / "Key points:").
fn is_listed_under_label(doc: &DocView, i: usize, phrases: &PhraseSet) -> bool {
    let in_list = |j: usize| doc.words(j) <= 15 && !shape::ends_like_sentence(doc.text(j));
    let label = |j: usize| is_label(doc, j, phrases);
    if !doc.hangs_under(i, MAX_LISTED, label, in_list) {
        return false;
    }
    let ends_list = || {
        doc.next_in_para(i)
            .is_none_or(|n| !in_list(n) || doc.text(n).trim_end().ends_with(':'))
    };
    let under_menu = || {
        let mut at = i;
        while let Some(p) = doc.prev_in_para(at) {
            if label(p) {
                return true;
            }
            if doc.words(p) > MAX_MENU_WORDS {
                return false;
            }
            at = p;
        }
        false
    };
    let headline = doc.words(i) > MAX_MENU_WORDS && doc.is_headline_like(i);
    // The article's first paragraph follows within a few lines (a list of key points
    // may stand between).
    let over_body = || {
        doc.body_bounds()
            .is_some_and(|(first, _)| first > i && first <= i + MAX_TO_BODY)
    };
    !(headline && !doc.prose_before(i) && over_body() && ends_list() && under_menu())
}

/// Most lines from the page's headline down to its first paragraph.
const MAX_TO_BODY: usize = 4;

/// Most words of a menu's label between a box's label and the page's headline.
const MAX_MENU_WORDS: usize = 3;

/// A headline of the list a box's label heads when the tag stripper left each link a
/// paragraph of its own: "Relacionadas" / "Polícia faz operação em Salvador" /
/// "Policiais militares são presos". The label is bare (nothing but the label on its
/// line) and stands below running text, since a bare "Related" in a menu above the
/// article would otherwise take the article's title with it; every paragraph between
/// is such a headline or already removed, and a sentence ends the list.
fn is_listed_after_label(doc: &DocView, i: usize, phrases: &PhraseSet) -> bool {
    let headline = |j: usize| doc.stands_alone(j) && doc.words(j) <= 15 && doc.is_headline_like(j);
    if !headline(i) {
        return false;
    }
    let mut between = 0;
    for p in (0..i).rev() {
        if doc.stands_alone(p) && is_bare_label(doc, p, phrases) {
            return doc.prose_before(p);
        }
        if doc.is_kept(p) {
            if !headline(p) {
                return false;
            }
            between += 1;
        }
        if between >= MAX_LISTED || i - p > 2 * MAX_LISTED {
            return false;
        }
    }
    false
}

/// A line that is a box's label and nothing else: "Relacionadas", "Keep Reading".
fn is_bare_label(doc: &DocView, i: usize, phrases: &PhraseSet) -> bool {
    doc.words(i) <= 8
        && doc.may_contain(i, phrases)
        && phrases
            .find_at_start(doc.folded(i))
            .is_some_and(|r| is_bare(doc.folded(i), r.end))
}

/// "Neueste Artikel für Wärmepumpe", "Most read in Politics", "Weitere aktuelle Themen
/// aus der Arbeitswelt", "More from Local News": a label narrowed to a topic or section
/// by a preposition (after the label, or the label's own last word), six words at most.
fn is_scoped_label(doc: &DocView, i: usize, label_end: usize) -> bool {
    #[rustfmt::skip]
    const PREPOSITIONS: &[&str] = &[
        "for", "from", "in", "on", "about", "at", "by", "of", "für", "zu", "zum", "zur", "aus",
        "im", "von", "vom", "über", "bei", "de", "du", "des", "sur", "dans", "en", "del",
        "sobre", "para", "z", "o", "w", "ze", "na",
    ];
    let folded = doc.folded(i);
    let preposition = |w: Option<&str>| w.is_some_and(|w| PREPOSITIONS.contains(&w));
    doc.words(i) <= 6
        && (preposition(folded[label_end..].split_whitespace().next())
            || (preposition(folded[..label_end].split_whitespace().next_back())
                && !folded[label_end..].trim().is_empty()))
}

/// "Urteil: Todkranke haben kein Recht auf Medikament | mehr", "… schreibt Uri Avnery
/// und berichtet Weiterlesen →", "Yet, the... more": a teaser that ends in the link to
/// the whole article. The link is a label of its own: after it at most an arrow or an
/// ellipsis, never a full stop ("… people should read more." is prose), a bare
/// "more" or "mehr" only after a bar or an ellipsis ("immer mehr" is prose), and a
/// bare "weiter" only with its arrow after it ("… Rezepte. Weiter →"; "und so weiter"
/// is prose).
fn ends_with_more_link(folded: &str) -> bool {
    #[rustfmt::skip]
    const LINKS: &[&str] = &[
        "weiterlesen", "read more", "continue reading", "lire la suite", "leer más",
        "czytaj więcej", "mehr lesen", "more", "mehr", "weiter",
    ];
    // Every link ends in one of these letters; most lines end otherwise and stop here.
    let last_letter = folded.bytes().rev().find(u8::is_ascii_alphanumeric);
    if !matches!(last_letter, Some(b'n' | b'e' | b'r' | b's' | b'j' | b'g')) {
        return false;
    }
    let text = folded.trim_end_matches(|c: char| !c.is_alphanumeric());
    let after = &folded[text.len()..];
    if after.trim() == "." || after.trim() == "!" || after.trim() == "?" {
        return false;
    }
    LINKS.iter().any(|link| {
        let Some(head) = text.strip_suffix(link) else {
            return false;
        };
        let before = head.trim_end();
        let apart = head.is_empty()
            || before.len() < head.len()
            || !before.ends_with(char::is_alphanumeric);
        let marked = before.ends_with(['|', '…', '.', '[', '»', '›']);
        let arrow = matches!(after.trim(), "→" | "›" | "»");
        apart
            && match *link {
                "more" | "mehr" => marked,
                "weiter" => arrow,
                _ => true,
            }
    })
}

/// "… Apple grew into ... More »Jobs at Apple: Master inventor": a teaser cut off with
/// an ellipsis, the link to the whole article and its arrow, and the title of the
/// article glued after them. An ellipsis, a link label and an arrow in a row never
/// stand in prose.
fn more_link_before_title(folded: &str) -> bool {
    const LINKS: &[&str] = &["more", "read more", "mehr", "weiterlesen", "lire la suite"];
    // The arrows' last two bytes (» C2 BB, › E2 80 BA, → E2 86 92): most lines have
    // none and stop here, Cyrillic ones among them, whose letters share the last bytes.
    let bytes = folded.as_bytes();
    let has_arrow = memchr::memchr3_iter(0xBB, 0xBA, 0x92, bytes).any(|at| {
        at > 0
            && matches!(
                (bytes[at - 1], bytes[at]),
                (0xC2, 0xBB) | (0x80, 0xBA) | (0x86, 0x92)
            )
    });
    if !has_arrow {
        return false;
    }
    folded.match_indices(['»', '›', '→']).any(|(at, arrow)| {
        let title = folded[at + arrow.len()..].trim();
        let before = folded[..at].trim_end();
        !title.is_empty()
            && title.split_whitespace().count() <= 20
            && LINKS.iter().any(|link| {
                before.strip_suffix(link).is_some_and(|head| {
                    let head = head.trim_end();
                    head.ends_with('…') || head.ends_with("...")
                })
            })
    })
}

/// "Previous articleTransforming Mount Trashmore …", "Article suivant Après …": a link
/// to the neighbouring article, its label glued to its title when markup is stripped.
fn is_prev_next_link(folded: &str) -> bool {
    #[rustfmt::skip]
    const LABELS: &[&str] = &[
        "previous article", "next article", "previous post", "next post", "vorheriger artikel",
        "nächster artikel", "vorheriger beitrag", "nächster beitrag", "article précédent",
        "article suivant", "artículo anterior", "artículo siguiente", "siguiente artículo",
        "articolo precedente", "articolo successivo", "poprzedni artykuł", "następny artykuł",
    ];
    // A bare "Next:" or "Previous:" before a title, as blog themes link the
    // neighbouring posts; a sentence after it ("Next: add the flour.") is an
    // instruction, not a link.
    const SHORT: &[&str] = &["next:", "previous:", "prev:", "« previous", "next »"];
    LABELS.iter().any(|label| folded.starts_with(label))
        || (SHORT.iter().any(|label| folded.starts_with(label))
            && folded.split_whitespace().count() <= 15
            && !shape::has_terminal_punctuation(folded))
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{keeps_each, removed_by, removes_each_between};

    #[test]
    fn removes_glued_headlines() {
        let doc = "Intro.\n\nPeople walk in Damascus, Syria. (File) - Sputnik International\nRegime Change and Jihad: Two Sides of the Same Coin\nHe said that the sides agreed.\n";
        let config = crate::config::Config {
            select: vec!["BP001".into(), "BP002".into()],
            ..Default::default()
        };
        let c = crate::pipeline::Pipeline::new(config)
            .unwrap()
            .clean_text(doc);
        assert_eq!(c.text, "Intro.\n\nHe said that the sides agreed.\n");
        assert_eq!(
            removed_by(
                "BP002",
                "Body.\n\nRead more: Lavrov Meets Trump in Washington\n"
            ),
            ["Read more: Lavrov Meets Trump in Washington"]
        );
        // A markdown writer's emphasis around the label.
        assert_eq!(
            removed_by(
                "BP002",
                "Body.\n\n**Related:** How to start seeds indoors · Ten herbs for shade\n"
            ),
            ["**Related:** How to start seeds indoors · Ten herbs for shade"]
        );
        assert_eq!(
            removed_by("BP002", "Body.\n\nMeistgelesene Artikel\n\nMore.\n"),
            ["Meistgelesene Artikel"]
        );
        assert_eq!(
            removed_by("BP002", "Body.\n\nLesen Sie auch\n\nMore.\n"),
            ["Lesen Sie auch"]
        );
        assert_eq!(
            removed_by(
                "BP002",
                "Body.\n\nLesen Sie auch die folgenden Beiträge:\n\nMore.\n"
            ),
            ["Lesen Sie auch die folgenden Beiträge:"]
        );
        for label in [
            "Kommentierte Artikel",
            "Temas relacionados",
            "Das könnte Sie auch interessieren!",
            "Das könnte dir auch gefallen",
            "Aktuelle Berichte aus dieser Kategorie:",
            "Audios and videos on the topic",
            "LO MÁS LEIDO",
            "Verwandte Beiträge",
            "You might like",
            "Zobacz również",
            "Previous articleTransforming Mount Trashmore: Plans to turn eyesore into beauty spot",
            "Vorheriger ArtikelBOXEN1-Award: Das sind Boxer des Jahres 2021",
            "VEA TAMBIÉN: Entre heces y guaricha: Estrella de la educación no brilla",
            "Neueste Artikel für Wärmepumpe",
            "Weitere aktuelle Themen aus der Arbeitswelt",
            "Most read in Politics",
            "Mehr zur Landespolitik",
            "Mehr von Jane Doe lesen",
            "Recommended for you",
            "Urteil: Todkranke haben kein Recht auf Medikament zur Sterbehilfe | mehr",
            "Daphni ist wieder da, schreibt Uri Avnery und berichtet Weiterlesen →",
            "The Petroleum Commission is far more important than the Board. Yet, the... more",
            "Wie können körperorientierte Verfahren im Coaching eingesetzt werden? Weiterlesen",
            "Dort finden Sie ausschließlich Rezepte für Muffins mit Schokolade. Weiter →",
            "Google has agreed to pay $500 million to settle a probe into ... More »Google settles pharmacy ad probe",
            "Next: Elegantly activating a virtualenv in a Dockerfile",
            "Previous: Why I stopped using tabs",
            "MORE: Why are floods getting worse?",
            "Leé también",
            "Les plus lus",
            "WATCH: Drone footage shows lava flow",
            "Video: Inside the new stadium",
        ] {
            assert_eq!(
                removed_by("BP002", &format!("Body.\n\n{label}\n\nMore.\n")),
                [label]
            );
        }
        // After a label and its colon, a headline may ask.
        for label in [
            "Lire aussi : Pourquoi les crues sont-elles plus fréquentes ?",
            "Read more: Why are floods getting worse?",
        ] {
            assert_eq!(
                removed_by("BP002", &format!("Body.\n\n{label}\n\nMore.\n")),
                [label]
            );
        }
        // A question in running text after such a label stays.
        assert!(removed_by(
            "BP002",
            "Body.\n\nSee also: the report. Why did the council wait so long?\n\nMore.\n"
        )
        .is_empty());
        // A sentence that only starts like a label stays.
        assert!(
            removed_by("BP002", "Body.\n\nNext: add the flour and stir.\n\nMore.\n").is_empty()
        );
        assert!(removed_by(
            "BP002",
            "Body.\n\nRelated to this, the council named three reasons for its vote:\n\nMore.\n"
        )
        .is_empty());
    }

    #[test]
    fn removes_a_boxs_list_under_its_label() {
        assert_eq!(
            removed_by(
                "BP002",
                "Body.\n\nTrending Now\nMan arrested after chase\nWeather: more rain this week\n\nMore.\n"
            ),
            [
                "Trending Now",
                "Man arrested after chase",
                "Weather: more rain this week"
            ]
        );
        assert_eq!(
            removed_by("BP002", "Body.\n\nMore from Local News\n"),
            ["More from Local News"]
        );
        assert_eq!(
            removed_by(
                "BP002",
                "Body.\n\nSimilar threads\nSamsung SSD slow after firmware update\n"
            ),
            ["Similar threads", "Samsung SSD slow after firmware update"]
        );
        assert_eq!(
            removed_by(
                "BP002",
                "Body.\n\nKommende Termine\n21.12.2024 Adventssingen\n31.12.2024 Silvesterkonzert\n"
            ),
            [
                "Kommende Termine",
                "21.12.2024 Adventssingen",
                "31.12.2024 Silvesterkonzert"
            ]
        );
        assert_eq!(
            removed_by(
                "BP002",
                "Body.\n\nWeitere Veranstaltungen\nChorkonzert zum Advent\nFührung durch die Domschatzkammer\n"
            ),
            [
                "Weitere Veranstaltungen",
                "Chorkonzert zum Advent",
                "Führung durch die Domschatzkammer"
            ]
        );
        assert_eq!(
            removed_by(
                "BP002",
                "Body.\n\nSeguí leyendo:\nAlerta naranja por tormentas en cinco provincias\n"
            ),
            [
                "Seguí leyendo:",
                "Alerta naranja por tormentas en cinco provincias"
            ]
        );
        assert_eq!(
            removed_by(
                "BP002",
                "Body.\n\nRelated Topics\nFlooding\nWeather\n\nMore.\n"
            ),
            ["Related Topics", "Flooding", "Weather"]
        );
        assert_eq!(
            removed_by(
                "BP002",
                "Тело.\n\nПохожие новости\nСиноптики предупредили о ливнях\n\nЕщё.\n"
            ),
            ["Похожие новости", "Синоптики предупредили о ливнях"]
        );
        // A sentence ends the list, and what follows it stays too.
        assert_eq!(
            removed_by(
                "BP002",
                "Body.\n\nRelated:\nBudget talks stall again\nThe council will vote on Friday, the mayor said.\nA second vote in May\n"
            ),
            ["Related:", "Budget talks stall again"]
        );
    }

    #[test]
    fn removes_headlines_in_paragraphs_of_their_own_under_a_bare_label() {
        assert_eq!(
            removed_by(
                "BP002",
                "The minister said the plan would be ready in May.\n\nRelacionadas\n\nPolícia faz operação em Salvador\n\nPoliciais militares são presos\n\nA segunda fase começa na terça-feira, disse o delegado.\n"
            ),
            [
                "Relacionadas",
                "Polícia faz operação em Salvador",
                "Policiais militares são presos"
            ]
        );
        // A line another rule removed (a photo credit) does not end the list.
        let config = crate::config::Config {
            select: vec!["BP001".into(), "BP002".into()],
            ..Default::default()
        };
        let c = crate::pipeline::Pipeline::new(config)
            .unwrap()
            .clean_text("The minister said the plan would be ready in May.\n\nKeep Reading\n\nPhoto: Reuters\n\nThe latest on artificial intelligence\n");
        assert_eq!(
            c.text,
            "The minister said the plan would be ready in May.\n"
        );
        assert!(c.record.removed.iter().any(|r| r.rule == "BP001"));
    }

    #[test]
    fn keeps_paragraphs_under_a_bare_label_that_no_text_precedes() {
        // A bare label in a menu above the article: the title under it stays.
        assert_eq!(
            removed_by(
                "BP002",
                "Home\n\nRelated\n\nCouncil Approves New Budget\n\nThe council voted on Friday to approve the budget.\n"
            ),
            ["Related"]
        );
        // A label with more on its line is no bare label.
        assert!(removed_by(
            "BP002",
            "The minister said the plan would be ready in May.\n\nRelated Party Transactions Rise\n\nCouncil Approves New Budget\n"
        )
        .is_empty());
    }

    #[test]
    fn keeps_lists_under_other_headings() {
        assert!(removed_by("BP002", "Ingredients\n200 g flour\n3 eggs\n\nMix.\n").is_empty());
        assert!(removed_by(
            "BP002",
            "Body.\n\nRelated to this, the council named three changes for next year:\nNew lanes\nMore buses\nLower fares\n"
        )
        .is_empty());
    }

    #[test]
    fn keeps_section_headings() {
        assert!(removed_by("BP002", "Body one.\n\nSyria Safe Zones\n\nBody two.\n").is_empty());
        assert!(removed_by("BP002", "Title Of The Piece\nBody starts here.\n").is_empty());
        assert!(removed_by(
            "BP002",
            "Related issues were discussed at length, he said.\n"
        )
        .is_empty());
        assert!(removed_by("BP002", "Related Party Transactions Rise\n\nBody.\n").is_empty());
        // A link to the rest stands apart from the sentence before it.
        keeps_each(
            "BP002",
            &[
                "Scientists say people should read more.",
                "Die Preise steigen immer mehr",
                "Wer es genau wissen will, sollte weiterlesen.",
                "We all want more",
                "Und so geht es weiter",
                "Prices rose, and rose... more than anyone expected.",
            ],
        );
        // A label narrowed by a preposition must be short and not a sentence.
        keeps_each(
            "BP002",
            &[
                "Trending in Berlin today is a new kind of bakery.",
                "More from the interview with the minister on energy prices",
                "Mehr als hundert Menschen demonstrieren",
                "Mehrere Verletzte bei Unfall auf der A7",
            ],
        );
    }

    #[test]
    fn keeps_the_headline_that_ends_a_menu_glued_over_it() {
        let doc = "Most Popular\nTrending\nQuick Links\nScientists map the deepest part of the Atlantic\nKey points:\nThe trench is 8,376 metres deep at its lowest point, the survey found.\n";
        assert_eq!(
            removed_by("BP002", doc),
            ["Most Popular", "Trending", "Quick Links"]
        );
        // Under the article's prose, or among other headlines, it is a teaser.
        let doc = "The trench is 8,376 metres deep at its lowest point, the survey found.\n\nTrending\nQuick Links\nScientists map the deepest part of the Atlantic\n";
        assert_eq!(removed_by("BP002", doc).len(), 3);
        let doc = "Trending\nMan arrested after long chase downtown\nScientists map the deepest part of the Atlantic\n\nThe trench is 8,376 metres deep at its lowest point, the survey found.\n";
        assert_eq!(removed_by("BP002", doc).len(), 3);
    }

    #[test]
    fn related_labels_in_more_languages() {
        removes_each_between(
            "BP002",
            &[
                "関連記事",
                "관련기사",
                "اقرأ أيضا",
                "यह भी पढ़ें",
                "Διαβάστε επίσης",
                "İlgili Haberler",
                "Weitere Informationen",
                "MÁS INFORMACIÓN:",
                "Tags relacionadas",
                "Läs också: Så påverkas kollektivtrafiken av brobygget",
                "Læs også",
                "Mest lest",
            ],
        );
        keeps_each(
            "BP002",
            &["関連記事を読んだ読者の多くが、市の決定を支持していると答えた。"],
        );
    }
}
