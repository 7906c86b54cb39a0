//! Removes stray interface labels: a line that is nothing but a menu, search, login or
//! navigation label ("Menu", "Search", "Skip to content", "Back to top", "Anmelden",
//! "Zum Inhalt springen", "Nach oben", "Buscar", "Подробнее", "続きを読む"), as a page's
//! widgets leave them when their markup is stripped; a line of site footer links
//! ("Impressum · Datenschutz", "Privacy Policy | Terms of Use | Contact"); a taxonomy
//! line, a tag or category label alone or over a short list ("Tags: Travel, Outdoor",
//! "Kategorie: News", "Schlagworte:", a paper's "Keywords: …"), with the entries of its
//! list when they stand one a line under it ("Themen:" / "Ökosysteme" / "Energie", at
//! most twelve, each at most four words and no sentence mark); a breadcrumb trail ("Home > News > Politics",
//! "Sie sind hier: Startseite | Presse", "Главная / Новости / Политика", or three
//! entries between chevrons wherever they start: "Forum › Hardware › Storage", "Board
//! index ‹ Hardware ‹ Storage"); a
//! forum's who-is-online and time-zone lines ("Alle Zeiten sind UTC+02:00"), a post's
//! header, quote header and edit note ("Reply #3 on: …", "Quote from: mike_d on …", "«
//! Last Edit: … »", "Last edited by tessa_b on Sun Feb 14, 2021 7:18 pm, edited 1 time
//! in total.", "Post by mike_w » Tue Jan 09, 2024 8:14 pm"), its pager ("Pages: 1
//! 2 [3] 4 5", "12 posts • Page 1 of 1"), its poster's counts ("Posts: 231", "Joined:
//! Mar 2019"), the thread's buttons ("Post Reply") and its marks ("Logged") and a
//! question-and-answer site's edit links and sort control ("Improve this question",
//! "Sorted by: Highest score (default)", or its choice alone under the label); a wiki's interface lines ("From Wikipedia,
//! the free encyclopedia", "This article is about … For other uses, see …",
//! "Retrieved from \"https://…\"", "This page was last edited on …"); a control for the
//! size of the text ("字号：大 中 小", "Font size: A A A"); a validator's badge an
//! older site's footer shows ("Valid HTML 4.01", "Valid CSS!"); a search prompt ("Was möchtest
//! du suchen?"); a post's paywall or membership label ("Member-only story", "∙ Paid");
//! a press release's stamp ("FOR IMMEDIATE RELEASE"); a news story's status note, every
//! sentence of its block one that says the story is developing or will be updated
//! ("This is a developing story. Check back for updates.", "Dieser Artikel wird
//! laufend aktualisiert.", "Noticia en desarrollo"); a video player's controls and
//! notices ("Play Video", "Mute", "Current Time 0:00", "00:00 / 52:14", "Loaded: 0%", "This is a modal
//! window.", "Watch on YouTube") and an embedded post's frame ("View this post on
//! Instagram", "A post shared by Maya Rivers (@mayarivers)", a post's signature under
//! its text: "— Maya Rivers (@mayarivers) June 8, 2024");
//! a post's, an article's or a recipe's
//! buttons, alone or in a row ("Reply", "Reply Quote", "Like · Share", "Follow", "Gift
//! this article", "Save article", "Drucken Pinnen", "Pin it for later!", "Jump to
//! Recipe Print Recipe", "Zum Rezept Drucken Pinnen"); an audio player's label, its
//! recording's length beside it or not ("Listen to this article · 5:32 min", "Artikel
//! anhören"); a rating widget
//! ("★★★★★ 4.8 from 126 votes", "4.5 out of 5 stars", "Rate this recipe"); a shop's
//! buttons and widgets ("Add to cart", "In den Warenkorb", "Out of stock", "SKU:
//! 12345", a job board's "Job-ID: 48213", "Lieferzeit: 2-3 Werktage", "inkl. MwSt., zzgl. Versandkosten", "Free
//! shipping on orders over $50"); a weather widget's readings ("14° MIN", "+2.3°", "T
//! 13° H 76%"); and a
//! widget's counter or stamp alone on its line ("3737 Bewertungen", "4 Tsd.
//! Abonnenten", "1.2K followers", a paper's "12 Citations", "3 Answers", "5 min read", "Lesezeit: 4 Minuten",
//! "Updated 3 hours ago", "Publié aujourd'hui à 10h45", "Gisteren, 18:42", "Dauer: 1 Stunde 4 Minuten", "Asked 5 years, 2 months ago", "Viewed 2.3m times", "Image 1
//! of 12", "1 of 12", "Photo gallery (12 photos)", a slide show's "1 / 10" where
//! another line counts the same slides; a gallery's button: "Open image in
//! gallery", "Bildergalerie") or its template where no script filled the count in ("%d
//! Bloggern gefällt das:"); a pager's or a calendar's numbers, one a line, three or
//! more counting up by one with a gap, an arrow or a "Next" beside them, or a month's
//! days ("1" / "2" / "3" / "…" / "10" / "›"); a link to a whole listing ("See all
//! Fashion", "Alle Themen", "Alle Jobs anzeigen", "Tous les articles Santé") or back to
//! a place of the site ("Back to blog", "Zurück zu den Suchergebnissen", or a menu
//! entry of the page: "Zurück zu Meere" where "Meere" is a line too) or down to a part
//! of the page ("Skip to primary sidebar", "Springe zum Inhalt", "Direkt zur Fußzeile",
//! "Zur Suche Accesskey [4]"); and a menu whose entries a tag stripper glued together
//! ("HomeWeatherTrafficWatchPhotosApps", "San FranciscoEast BaySouth BayPeninsula",
//! "FacebookTwitterWhatsAppE-MailDrucken"): a line of no sentence where a word runs
//! into the next capitalized one at least four times, and at least once for every two
//! words or in a line of capitalized words, as menu entries are ("NewsSports Local
//! Weather ForecastLive Video …"); and a line of symbols without a letter or a digit, as icons, arrows,
//! separators and bullets leave it ("►", "+", "|", "×", "🔎"), unless it is a section
//! break (one of `*`, `-`, `_`, `~`, `=`, `—` three times or more, `#` four times or
//! more: "* * *"; "###", a press release's end mark, goes),
//! sentence marks that a link cut off from their sentence (",", ".", "...", "“"), or a
//! console's prompt (">>>"); a markdown heading's underline ("=====" or "-----"
//! right under the heading's line; the heading stays) goes too.
//!
//! Why: such labels carry no text and break the flow between paragraphs.
//!
//! Known false positives: none seen; the label must be the whole line (arrows and
//! punctuation around it aside), and words that are also common headings ("Service",
//! "Contact", "About") count only in a run of two footer links or more. A taxonomy
//! list must read as a list: short items, no sentence end. A line that opens with the
//! home page's name and two spaced slashes reads as a trail ("Home / office / school:
//! …" would go).
//!
//! Example: `Skip to content` on a line of its own is removed.

use std::sync::LazyLock;

use regex::Regex;

use crate::rules::{Action, DocView, PhraseSet, Rule, RuleMeta, WordSet};
use crate::shape;

pub struct UiLabel;

/// The rule's code, for the rules that read its removals.
pub const CODE: &str = "BP011";

static META: RuleMeta = RuleMeta {
    code: CODE,
    name: "ui-label",
    source: include_str!("ui_label.rs"),
};

#[rustfmt::skip]
static LABELS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        // English
        "menu", "main menu", "open menu", "close menu", "toggle navigation", "navigation",
        "main navigation", "skip to content", "skip to main content", "skip to navigation",
        "search", "search for", "submit", "cancel", "close", "back to top", "top", "login",
        "log in", "log out", "logout", "sign in", "sign out", "register", "my account", "load more",
        "show more", "show less", "more", "next", "previous", "prev", "expand", "collapse",
        "loading", "loading...", "print", "home", "sitemap", "no ratings yet", "rate this",
        "rate this article", "table of contents", "contents", "on this page", "about the author",
        "about the authors", "about me", "reply", "quote", "report", "report post", "logged",
        "go up", "next slide", "previous slide", "next image", "previous image",
        "nächstes bild", "vorheriges bild", "logga in", "log ind", "logg inn", "watch live",
        "live tv", "weather alerts", "closings and delays", "livestream",
        "report abuse", "permalink", "listen to this article", "listen to article",
        "listen to this story", "listen", "play audio", "gift this article", "gift article",
        "글자크기", "글자 크기", "글자크기 설정", "글씨크기",
        "follow", "unfollow", "article metrics", "metrics", "about this article", "paid",
        "member-only story", "members only",
        // A video player's controls and an embedded video's links.
        "play video", "mute", "unmute", "fullscreen", "non-fullscreen", "exit fullscreen",
        "playback rate", "audio track", "picture-in-picture", "stream type live",
        "captions off, selected", "descriptions off, selected", "subtitles off, selected",
        "close modal dialog", "watch on youtube", "watch later", "tap to unmute",
        "you're signed out", "more videos", "include playlist",
        // A press release's release stamp.
        "for immediate release", "for immediate publication", "zur sofortigen veröffentlichung",
        "zur sofortigen freigabe", "pour diffusion immédiate", "para publicación inmediata",
        "para su publicación inmediata", "per la pubblicazione immediata",
        "save article", "save this article", "save story", "save for later", "écouter l'article", "escuchar artículo",
        "escuchar noticia", "escuchar nota", "artikel anhören", "artikel vorlesen", "beitrag anhören",
        "audio abspielen",
        // German
        "menü", "hauptmenü", "menü öffnen", "menü schließen", "navigation öffnen",
        "hauptnavigation", "zum inhalt springen", "direkt zum inhalt", "zur navigation",
        "zum hauptinhalt", "suche", "suche nach", "suchen", "was möchtest du suchen",
        "wonach suchst du", "wonach suchen sie", "was suchen sie", "abbrechen", "schließen",
        "mitglied werden", "devenir membre", "hacerse socio", "nach oben", "zurück nach oben",
        "anmelden", "abmelden", "einloggen", "registrieren", "mein konto", "mehr laden",
        "mehr anzeigen", "weniger anzeigen", "wird geladen", "wird geladen...", "drucken",
        "startseite", "zurück", "weiter", "zurück zur listenansicht", "zurück zur startseite",
        "direkt zu", "view my complete profile", "vorheriger beitrag", "nächster beitrag",
        "der nächste beitrag", "der vorherige beitrag", "noch keine bewertungen",
        "artikel bewerten", "beitrag bewerten", "bewerten", "zum inhalt überspringen", "inhalt",
        "inhaltsverzeichnis", "auf dieser seite", "diese seite", "über den autor",
        "über die autorin", "über die autoren", "zur person", "über mich", "mehr über mich",
        "zur startseite", "auf einer seite lesen", "meist gesucht", "aktuelle ausgabe",
        "die aktuelle ausgabe", "current issue", "latest issue", "gefällt mir wird geladen",
    "like loading", "gefällt mir", "like this", "antworten", "zitieren", "beitrag melden",
        "rate this recipe", "rate this post", "rate this page", "rezept bewerten", "pin it",
        "pin it for later", "pin for later", "pin this recipe", "pin this", "pinnen",
        "jetzt pinnen", "save to pinterest", "jump to recipe", "skip to recipe", "go to recipe",
        "print recipe", "save recipe", "zum rezept", "rezept drucken", "rezept speichern",
        "aller à la recette", "imprimer la recette", "ir a la receta", "imprimir receta",
        "vai alla ricetta", "stampa ricetta", "przejdź do przepisu", "drukuj przepis",
        "inhalt laden", "inhalte laden", "video laden",
        "karte laden", "externe inhalte laden", "inhalt entsperren", "inhalte entsperren",
        "load content", "load video", "load map", "vergrößern", "bild vergrößern", "enlarge",
        "add to cart", "add to basket", "add to bag", "add to wishlist", "add to wish list",
        "buy now", "shop now", "in stock", "out of stock", "sold out", "write a review",
        "customers also bought", "customers also viewed", "in den warenkorb", "jetzt kaufen",
        "auf die merkliste", "auf den merkzettel", "zur wunschliste hinzufügen",
        "auf die wunschliste", "ausverkauft", "auf lager", "nicht auf lager",
        "sofort lieferbar", "kunden kauften auch", "bewertung schreiben", "ajouter au panier",
        "en stock", "rupture de stock", "añadir al carrito", "agregar al carrito", "agotado",
        "aggiungi al carrello", "esaurito", "dodaj do koszyka", "kup teraz",
        "adicionar ao carrinho", "comprar agora", "esgotado", "offrir cet article",
        "ajouter à vos sélections", "artikel verschenken", "regalar este artículo",
        "zur merkliste hinzufügen", "zur merkliste",
        "agrandir", "ampliar", "powiększ", "open image in gallery", "open gallery",
        "view gallery", "photo gallery", "image gallery", "view all photos", "bildergalerie",
        "fotostrecke", "zur bildergalerie", "zur fotostrecke", "galerie öffnen",
        "voir la galerie", "galerie photos", "ver galería", "galería de fotos",
        // French, Spanish, Portuguese, Italian, Polish
        "rechercher", "annuler", "fermer", "connexion", "se connecter", "retour en haut",
        "aller au contenu", "buscar", "cancelar", "cerrar", "iniciar sesión", "volver arriba",
        "ir al contenido", "pesquisar", "fechar", "entrar", "cerca", "annulla", "chiudi",
        "accedi", "szukaj", "anuluj", "zamknij", "zaloguj się", "ingresar", "acceder",
        "registrarse", "regístrate", "cerrar sesión", "mi cuenta", "mon compte", "s'inscrire",
        "déconnexion", "registrati", "il mio account", "acessar", "cadastre-se", "minha conta",
        "przejdź do treści",
        // Russian, Ukrainian, Greek, Turkish, Dutch
        "меню", "поиск", "найти", "войти", "вход", "регистрация", "выйти", "наверх",
        "подробнее", "читать далее", "читать полностью", "показать ещё", "показать еще",
        "загрузить ещё", "закрыть", "пошук", "увійти", "читати далі", "детальніше", "закрити",
        "μενού", "αναζήτηση", "σύνδεση", "διαβάστε περισσότερα", "κλείσιμο", "giriş yap",
        "kayıt ol", "devamını oku", "daha fazla", "kapat", "zoeken", "inloggen", "sluiten",
        "lees meer", "lees verder", "meer laden", "naar boven", "terug naar boven", "hoofdmenu",
        // Arabic, Hebrew, Hindi
        "القائمة", "بحث", "ابحث", "تسجيل الدخول", "اقرأ المزيد", "المزيد", "إغلاق",
        "عرض المزيد", "תפריט", "חיפוש", "התחברות", "לכתבה המלאה", "קרא עוד", "סגור",
        "खोजें", "लॉगिन", "और पढ़ें", "आगे पढ़ें", "बंद करें",
        // Chinese, Japanese, Korean
        "菜单", "搜索", "登录", "注册", "返回首页", "返回顶部", "阅读全文", "查看更多",
        "加载更多", "更多", "关闭", "上一篇", "下一篇", "打印", "纠错", "メニュー", "検索",
        "ログイン", "新規登録", "ページトップへ", "続きを読む", "もっと見る", "閉じる", "印刷",
        "메뉴", "검색", "로그인", "회원가입", "더보기", "닫기", "맨위로", "인쇄",
    ])
});

/// Links of a site's footer that never head an article's own section.
#[rustfmt::skip]
static FOOTER_LINKS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "impressum", "imprint", "datenschutz", "datenschutzerklärung", "datenschutzhinweise",
        "datenschutzinformation", "datenschutzinformationen", "agb", "nutzungsbedingungen",
        "kontakt & impressum", "hilfe & kontakt", "mediadaten", "anzeigentarife", "privacy policy",
        "privacy notice", "terms of use", "terms of service", "terms and conditions",
        "terms & conditions", "cookie policy", "cookie settings", "cookie-einstellungen",
        "legal notice", "dmca", "do not sell my data", "do not sell my personal information",
        "editorial ethics", "advertising guidelines", "rechtliches", "mentions légales",
        "politique de confidentialité", "aviso legal", "política de privacidad",
        "polityka prywatności", "regulamin", "sitemap", "haftungsausschluss", "bildquellen",
        "bildnachweis", "datenschutzrichtlinie", "offenlegung", "allgemeine nutzungsbedingungen",
        "einen missbrauch melden", "order reprints", "reprints & permissions",
        "reprints and permissions", "today's paper", "términos y condiciones",
        "términos de uso", "condiciones de uso", "aviso de privacidad", "política de cookies",
        "termos de uso", "política de privacidade", "termini e condizioni",
        "informativa sulla privacy", "note legali", "conditions générales d'utilisation",
        "politique de cookies", "algemene voorwaarden", "privacyverklaring", "polityka cookies",
    ])
});

/// Footer links that are also ordinary headings: removed only beside another link.
#[rustfmt::skip]
static AMBIGUOUS_FOOTER_LINKS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "kontakt", "contact", "contact us", "about", "about us", "über uns", "privacy", "legal",
        "faq", "jobs", "karriere", "careers", "advertise", "werben", "newsletter", "rss", "hilfe",
        "help", "presse", "press", "accessibility", "barrierefreiheit", "anfahrt", "links",
        "partner", "team", "forum", "archiv", "archive", "shop", "abo", "subscribe",
    ])
});

/// Whether a line is only a footer or menu link that is also an ordinary heading
/// ("Kontakt", "About us", "Archiv"), a closing colon aside.
pub fn is_ambiguous_link(folded: &str) -> bool {
    AMBIGUOUS_FOOTER_LINKS.contains(folded.trim().trim_end_matches(':').trim_end())
}

/// Labels of a post's tags or categories.
#[rustfmt::skip]
static TAXONOMY: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "tags", "tagged", "tagged with", "schlagworte", "schlagwörter", "stichworte",
        "stichwörter", "themen", "kategorie", "kategorien", "category", "categories",
        "filed under", "etiquetas", "categorías", "categorias", "argomenti", "categorie",
        "mots-clés", "mots clés", "catégories", "tagi", "tematy", "labels", "meer over",
        "keywords", "key words", "schlüsselwörter", "palabras clave", "parole chiave",
        "słowa kluczowe", "ключевые слова", "trefwoorden", "onderwerpen", "more about",
        "ämnen", "ämnen i artikeln", "ämnesord", "nyckelord", "emner", "stikord", "stikkord",
    ])
});

impl Rule for UiLabel {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &DocView, i: usize, _: &PhraseSet) -> Option<Action> {
        if doc.words(i) <= MAX_GLUED_WORDS && is_glued_menu(doc.text(i), doc.words(i)) {
            return Some(Action::Remove);
        }
        if doc.words(i) <= MAX_SYMBOL_WORDS && (is_symbols(doc.text(i)) || is_underline(doc, i)) {
            return Some(Action::Remove);
        }
        if doc.words(i) <= MAX_TEMPLATE_WORDS && is_unfilled_template(doc.text(i)) {
            return Some(Action::Remove);
        }
        if doc.words(i) <= 3
            && (in_counting_run(doc, i) || is_mark_beside_run(doc, i) || is_slide_counter(doc, i))
        {
            return Some(Action::Remove);
        }
        // Footer link runs and taxonomy lines are short; most blocks are not.
        if doc.words(i) > 20 {
            return None;
        }
        if is_forum_chrome(doc.folded(i))
            || is_edit_note(doc.folded(i))
            || is_board_post_meta(doc.folded(i), doc.words(i))
            || is_footer_links(doc.folded(i))
            || is_taxonomy(doc.folded(i))
            || under_taxonomy(doc, i)
            || is_counter(doc.folded(i))
            || is_stamp(doc.folded(i))
            || is_canned_notice(doc.folded(i))
            || is_embed_frame(doc.folded(i), doc.words(i))
            || is_breadcrumb(doc.folded(i))
            || is_button_row(doc.folded(i))
            || is_rating(doc.folded(i))
            || is_shop_widget(doc.folded(i))
            || is_weather(doc.folded(i))
            || is_skip_link(doc.folded(i), doc.words(i))
            || is_wiki_interface(doc.folded(i))
            || is_validator_badge(doc.folded(i))
            || is_text_size_control(doc.folded(i), doc.words(i))
            || ((is_listing_link(doc.text(i), doc.folded(i), doc.words(i)) || is_back_link(doc, i))
                && !doc.runs_on(i))
        {
            return Some(Action::Remove);
        }
        if doc.words(i) > 4 {
            return None;
        }
        let line = doc
            .folded(i)
            .trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
        let line = line
            .trim_end_matches('.')
            .trim_end_matches(|c: char| !c.is_alphanumeric());
        let dotted = doc
            .folded(i)
            .trim()
            .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '.');
        (LABELS.contains(line) || LABELS.contains(dotted)).then_some(Action::Remove)
    }
}

/// Most words (runs between spaces) of a line of symbols.
const MAX_SYMBOL_WORDS: usize = 12;

/// "►", "| |", "🔎": a line with no letter and no digit, unless it is a section break
/// (three or more of one of `*`, `-`, `_`, `~`, `=`, `—`, or four or more `#`, spaces between them
/// allowed), sentence marks or a console's prompt.
fn is_symbols(text: &str) -> bool {
    if text.chars().any(char::is_alphanumeric) {
        return false;
    }
    let mut marks = text.chars().filter(|c| !c.is_whitespace());
    let Some(first) = marks.next() else {
        return false;
    };
    // Sentence marks belong to the text around them: a comma or a full stop a link cut
    // off, a pause, a closing quote; so does a console's prompt ("...", ">>>").
    let trimmed = text.trim();
    let sentence_mark = |c: char| ".…,;:!?)]}\"'»«›‹”“’‘".contains(c) || c.is_whitespace();
    if trimmed.chars().all(sentence_mark) || trimmed == ">>>" {
        return false;
    }
    let repeats = 1 + marks.clone().count();
    // Three hashes, "###" or "# # #", end a press release; a longer row of them is a
    // writer's section break.
    let fewest = if first == '#' { 4 } else { 3 };
    let section_break =
        "*-_~=#∼—".contains(first) && repeats >= fewest && marks.all(|c| c == first);
    !section_break
}

/// "=====" or "-----" right under a line of text in its paragraph: the underline of a
/// markdown heading. The heading stays; a rule standing apart is a section break.
fn is_underline(doc: &DocView, i: usize) -> bool {
    let line = doc.text(i).trim();
    let underline =
        line.len() >= 3 && (line.bytes().all(|b| b == b'=') || line.bytes().all(|b| b == b'-'));
    underline
        && doc
            .prev_in_para(i)
            .is_some_and(|p| doc.text(p).chars().any(char::is_alphanumeric))
}

/// A page number or a calendar day alone on its line: a number of at most four digits.
fn line_number(text: &str) -> Option<u32> {
    let text = text.trim();
    if text.is_empty() || text.len() > 4 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// Whether a line between two numbers of a pager stands for the pages left out: "…",
/// "...".
fn is_gap(text: &str) -> bool {
    matches!(text.trim(), "…" | "..." | "..")
}

/// Lines that lead from a pager's numbers to the next or the previous page: arrows
/// ("›", "»", "››", "→") or a label ("Next", "Nächste Seite", "Następna strona").
fn is_pager_step(doc: &DocView, j: usize) -> bool {
    #[rustfmt::skip]
    const STEPS: &[&str] = &[
        "next", "next page", "previous", "previous page", "older posts", "newer posts",
        "weiter", "zurück", "nächste", "nächste seite", "vorherige", "vorherige seite",
        "suivant", "page suivante", "précédent", "siguiente", "anterior", "successiva",
        "successivo", "precedente", "następna", "następna strona", "poprzednia", "volgende",
        "vorige",
    ];
    let text = doc.text(j).trim();
    let arrows = !text.is_empty() && text.chars().all(|c| "›»→>‹«←< ".contains(c));
    let label = doc.folded(j).trim_matches(|c: char| !c.is_alphanumeric());
    arrows || STEPS.contains(&label)
}

/// A slide show's counter: "1 / 10", a number, a spaced slash and the count of slides,
/// where another line of the document counts the same slides ("2 / 10"). A quantity
/// ("1/4") has no spaces; a lone "2 / 3" may be a score.
fn is_slide_counter(doc: &DocView, i: usize) -> bool {
    const MAX_SLIDES: u32 = 500;
    fn counter(text: &str) -> Option<(u32, u32)> {
        let (n, m) = text.trim().split_once(" / ")?;
        let (n, m) = (n.parse::<u32>().ok()?, m.parse::<u32>().ok()?);
        (n >= 1 && n <= m && (2..=MAX_SLIDES).contains(&m)).then_some((n, m))
    }
    let Some((n, m)) = counter(doc.text(i)) else {
        return false;
    };
    // Slides stand close together; a bounded look keeps a long table's rows cheap.
    const MAX_APART: usize = 200;
    (i.saturating_sub(MAX_APART)..doc.len().min(i + MAX_APART))
        .any(|j| j != i && counter(doc.text(j)).is_some_and(|(k, l)| l == m && k != n))
}

/// "1" / "2" / "3" / "…" / "10" / "›": line `i`, a number alone, is one of three or
/// more such lines in a row that count up by one, as a pager's pages or a calendar's
/// days stand: with a gap ("…") for pages left out, or a gap, an arrow or a "Next"
/// beside them, or a month's days (28 to 31) from the first. A table's header counts
/// up too ("Nr" / "Name" / "1" / "2" / "3" / "Total"), and so do numbered steps with
/// their paragraphs between them, and a numbered data file: none of them goes.
fn in_counting_run(doc: &DocView, i: usize) -> bool {
    const MIN_RUN: usize = 3;
    const MIN_MONTH: usize = 28;
    const MAX_MONTH: usize = 31;
    const MAX_WALK: usize = 64;
    let Some(n) = line_number(doc.text(i)) else {
        return false;
    };
    // The last line on one side that continues the count (`step` -1 above, +1 below),
    // how many numbers continue it, and how many gaps stand between them.
    let extend = |step: isize| {
        let (mut last, mut expected, mut found, mut gaps) = (i, i64::from(n), 0usize, 0usize);
        let mut gap = false;
        // A month has 31 days and a pager fewer pages: a longer count (a numbered data
        // file) is read no further, so each of its lines costs a bounded walk.
        while let Some(j) = last
            .checked_add_signed(step * (1 + isize::from(gap)))
            .filter(|&j| j < doc.len() && found < MAX_WALK)
        {
            let text = doc.text(j);
            if is_gap(text) && !gap {
                gap = true;
                continue;
            }
            let Some(m) = line_number(text).map(i64::from) else {
                break;
            };
            let forward = (m - expected) * step as i64;
            if forward != 1 && !(gap && forward > 0) {
                break;
            }
            (last, expected, found) = (j, m, found + 1);
            gaps += usize::from(gap);
            gap = false;
        }
        (last, found, gaps)
    };
    let (first, above, gaps_above) = extend(-1);
    let (last, below, gaps_below) = extend(1);
    if 1 + above + below < MIN_RUN {
        return false;
    }
    let starts_month = line_number(doc.text(first)) == Some(1);
    gaps_above + gaps_below > 0
        || (starts_month && (MIN_MONTH..=MAX_MONTH).contains(&(1 + above + below)))
        || (first > 0 && is_pager_mark(doc, first - 1))
        || (last + 1 < doc.len() && is_pager_mark(doc, last + 1))
}

/// A pager's gap or step (see [`is_gap`], [`is_pager_step`]).
fn is_pager_mark(doc: &DocView, j: usize) -> bool {
    // The longest mark ("nächste seite", "następna strona") is short: most lines are
    // turned away on their length.
    const LONGEST: usize = 24;
    doc.text(j).len() <= LONGEST && (is_gap(doc.text(j)) || is_pager_step(doc, j))
}

/// A pager's gap, arrow or "Next" (see [`is_pager_mark`]) next to its numbers, or
/// to such lines next to them ("3" / "…" / "›" / "››").
fn is_mark_beside_run(doc: &DocView, i: usize) -> bool {
    if !is_pager_mark(doc, i) {
        return false;
    }
    // A pager has a few marks on either side; a run of many is no pager's.
    const MAX_MARKS: usize = 4;
    let above = (i.saturating_sub(MAX_MARKS)..i)
        .rev()
        .find(|&j| !is_pager_mark(doc, j));
    let below = (i + 1..(i + 1 + MAX_MARKS).min(doc.len())).find(|&j| !is_pager_mark(doc, j));
    above.is_some_and(|j| in_counting_run(doc, j)) || below.is_some_and(|j| in_counting_run(doc, j))
}

/// Most words of a widget's unfilled template.
const MAX_TEMPLATE_WORDS: usize = 5;

/// "%d Bloggern gefällt das:", "%s comments": a widget's text whose count a script
/// fills in, left as its template where the script never ran. A placeholder opens the
/// line; code ("%d items in list (n);") has marks the line does not.
fn is_unfilled_template(text: &str) -> bool {
    let text = text.trim_start();
    ["%d ", "%s ", "%1$s "]
        .iter()
        .any(|placeholder| text.starts_with(placeholder))
        && !text.contains(['(', ')', ';', '=', '"'])
}

/// Most words of a line of glued menu entries.
const MAX_GLUED_WORDS: usize = 60;

/// "HomeWeatherTrafficWatchPhotosApps", "Index des maladiesAcidocétose diabétiqueAcné…":
/// menu entries glued together where the markup between them was stripped without a
/// space. A line of no sentence (no full stop, question or exclamation mark at its
/// end or before a space) where at least four times, and for at least every second word, two lowercase
/// letters run into a capital and two more lowercase letters; four times are enough
/// where at most a quarter of the words start in lowercase, since menu entries are
/// capitalized and a sentence has its lowercase words. Brands and names glue so
/// once or twice ("WhatsApp", "YouTube"; "iPhone" and "LinkedIn" not at all); code
/// ("class QunitTests(StaticLiveServerTestCase):", "from django.contrib import
/// StaticLiveServerTestCase"), addresses and "Label: value" rows
/// ("Calories: 291kcalCarbohydrates: 31g…") are left alone.
fn is_glued_menu(text: &str, words: usize) -> bool {
    // Most blocks are sentences and end like one: refused on their last bytes. Then a
    // byte test: ASCII lowercase (or a non-ASCII byte) before an ASCII or Latin-1
    // capital at least four times, or there is nothing to count.
    if shape::has_terminal_punctuation(text) {
        return false;
    }
    let bytes = text.as_bytes();
    let candidates = bytes
        .windows(2)
        .filter(|w| {
            (w[0].is_ascii_lowercase() || w[0] >= 0x80)
                && (w[1].is_ascii_uppercase() || w[1] == 0xC3)
        })
        .count();
    if candidates < 4 || shape::first_sentence(text) != text {
        return false;
    }
    let code = text.contains(['=', '_', '{', '}', ';', '<', '>'])
        || text.contains("://")
        || text.matches(':').count() >= 3
        || bytes
            .windows(2)
            .any(|w| w[0].is_ascii_alphanumeric() && w[1] == b'(')
        || bytes
            .windows(3)
            .any(|w| w[0].is_ascii_lowercase() && w[1] == b'.' && w[2].is_ascii_lowercase());
    if code {
        return false;
    }
    let chars: Vec<char> = text.chars().collect();
    let glued = chars
        .windows(5)
        .filter(|w| {
            w[0].is_lowercase()
                && w[1].is_lowercase()
                && w[2].is_uppercase()
                && w[3].is_lowercase()
                && w[4].is_lowercase()
        })
        .count();
    // A menu's entries are capitalized, and so, in a line of them, are nearly all
    // words: there fewer glues make the case ("TrafficBuilding A Better Bay AreaTake
    // Action …"); a sentence has its lowercase words.
    let lowercase = text
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_lowercase))
        .count();
    glued >= 4 && (glued * 2 >= words || lowercase * 4 <= words)
}

/// "Impressum · Datenschutz · AGB": a line made only of footer links, at least two of
/// them when one could be a heading. In a bar with "|", "·" or "•" between entries,
/// other short entries may stand among them ("Kontakt | Anfahrt | Werben auf site.de")
/// when footer links, a firm one among them, are at least as many.
fn is_footer_links(folded: &str) -> bool {
    // '|', or the lead byte of '·' (C2) or '•' (E2): a vectorized search first.
    let bar = memchr::memchr3(b'|', 0xC2, 0xE2, folded.as_bytes()).is_some()
        && folded.contains(['|', '·', '•']);
    let is_link = |w: &&str| FOOTER_LINKS.contains(w) || AMBIGUOUS_FOOTER_LINKS.contains(w);
    let (mut links, mut others) = (0, 0);
    let mut firm = false;
    for item in folded
        .split(['|', '·', '•', '/', ',', '–', '—'])
        .map(|item| item.trim_matches(|c: char| !c.is_alphanumeric() && c != '&'))
        .filter(|item| !item.is_empty())
    {
        if FOOTER_LINKS.contains(item) {
            firm = true;
            links += 1;
        } else if AMBIGUOUS_FOOTER_LINKS.contains(item) {
            links += 1;
        } else {
            let words = || item.split_whitespace();
            let count = words().count();
            if count >= 2 && words().all(|w| is_link(&w)) {
                // A run without separators: "Impressum Datenschutz Kontakt".
                firm |= words().any(|w| FOOTER_LINKS.contains(w));
                links += count;
            } else if bar && count <= 4 {
                others += 1;
            } else {
                return false;
            }
        }
    }
    let only_links = others == 0 && links > 0 && (links >= 2 || firm);
    only_links || (firm && links >= 2 && links >= others && links + others >= 3)
}

/// "Tags: Travel, Outdoor", "Kategorie: News", "Schlagworte:": a taxonomy label alone,
/// or before a short list that does not read as a sentence.
fn is_taxonomy(folded: &str) -> bool {
    let line = folded.trim();
    let (label, list) = line.split_once(':').unwrap_or((line, ""));
    if !TAXONOMY.contains(label.trim()) {
        return false;
    }
    let list = list.trim();
    if list.is_empty() {
        return true;
    }
    let items: Vec<&str> = list
        .split([',', '|', '·', '•', ';'])
        .map(str::trim)
        .filter(|item| !item.is_empty())
        .collect();
    !list.ends_with(['.', '!', '?'])
        && shape::word_count(list) <= 15
        && items.iter().all(|item| shape::word_count(item) <= 4)
}

/// Most entries of a taxonomy's list set one a line under its label.
const MAX_TAXONOMY_LINES: usize = 12;

/// An entry of a taxonomy's list set one a line under its label, as a tag stripper
/// leaves a list of links ("Themen:" / "Ökosysteme" / "Schadstoffe" / "Energie"): a
/// line of at most four words and no sentence mark, with only such lines between it and
/// the label alone on its line above, at most [`MAX_TAXONOMY_LINES`] of them. It reads
/// the lines above whether they are kept or not, as the rule reads no removals.
fn under_taxonomy(doc: &DocView, i: usize) -> bool {
    let entry = |j: usize| {
        let text = doc.text(j).trim_end();
        doc.words(j) <= 4 && !text.is_empty() && !text.ends_with([':', '.', '!', '?', ','])
    };
    if !entry(i) {
        return false;
    }
    for j in (i.saturating_sub(MAX_TAXONOMY_LINES)..i).rev() {
        let folded = doc.folded(j).trim();
        let label = folded.strip_suffix(':').unwrap_or(folded).trim_end();
        if TAXONOMY.contains(label) {
            return true;
        }
        if !entry(j) {
            return false;
        }
    }
    false
}

/// What forum and question-and-answer software prints around the posts: time-zone and
/// who-is-online lines, a post's edit link, the order of the answers.
static FORUM_CHROME: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::new(&[
        "improve this question",
        "improve this answer",
        "sorted by:",
        "sort by:",
        "sortiert nach:",
        "ordenar por:",
        "trier par :",
        "trier par:",
        "display posts from previous",
        "all times are utc",
        "alle zeiten sind utc",
        "users browsing this forum",
        "mitglieder in diesem forum",
        "benutzer in diesem forum",
        "besucher sind online",
        "who is online",
        "wer ist online",
        "not the answer you're looking for?",
        // The answers' order alone on its line, under its "Sorted by:" label.
        "highest score (default)",
        "date modified (newest first)",
        "date created (oldest first)",
        "trending (recent votes count more)",
        // A post's header, quote header and edit note in bulletin-board software: "Reply
        // #3 on: January 14, 2023, 11:40:02 AM", "Quote from: mike_d on …", "« Last
        // Edit: … by tyreguy »"; and its pager, "Pages: 1 2 [3] 4 5".
        "reply #",
        "antwort #",
        "quote from:",
        "zitat von:",
        "last edit:",
        "« last edit:",
        "letzte änderung:",
        "« letzte änderung:",
        "pages:",
        "seiten:",
    ])
});

/// A post's edit note, naming who changed it and when or how often: "Last edited by
/// tessa_b on Sun Feb 14, 2021 7:18 pm, edited 1 time in total.", "Zuletzt bearbeitet
/// von mike am 14.02.2021". Without a number it may open a sentence of the text.
fn is_edit_note(folded: &str) -> bool {
    const OPENERS: &[&str] = &[
        "last edited by ",
        "last modified by ",
        "zuletzt bearbeitet von ",
        "zuletzt geändert von ",
        "dernière édition par ",
        "dernière modification par ",
        "editado por última vez por ",
        "última edición por ",
        "ultima modifica di ",
        "ostatnio edytowany przez ",
        "laatst bewerkt door ",
        "последний раз редактировалось ",
    ];
    let line = folded.trim_start_matches(['«', ' ']);
    OPENERS.iter().any(|o| line.starts_with(o)) && line.bytes().any(|b| b.is_ascii_digit())
}

/// What bulletin-board software prints around each post, alone on its line: the
/// thread's pager with its post count ("12 posts • Page 1 of 1", "Seite 2 von 5"), a
/// poster's counts beside the post ("Posts: 231", "Joined: Mar 2019", "Registriert: Mo
/// 12. Mär 2019"), the post's header, the word for a post, its author and a date
/// after a chevron ("Post by mike_w » Tue Jan 09, 2024 8:14 pm"), and the thread's
/// buttons ("Post Reply", "Neues Thema").
fn is_board_post_meta(folded: &str, words: usize) -> bool {
    static PAGER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"^(?:\d[\d.,]*\s+(?:posts?|beiträge|beitrag|messages?|mensajes?|posty|postów|topics|themen)\s*[•·|,-]?\s*)?",
            r"(?:page|seite|página|strona)\s+\d+\s+(?:of|von|de|sur|z)\s+\d+$"
        ))
        .expect("valid pager pattern")
    });
    static STATS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"^(?:posts|beiträge|messages|mensajes|posty|joined|registriert|inscription|",
            r"inscrit le|registrado|dołączył|dołączyła|member since|mitglied seit)\s?:\s*\S.*\d"
        ))
        .expect("valid member stats pattern")
    });
    const HEADERS: &[&str] = &[
        "post by ",
        "beitrag von ",
        "message par ",
        "mensaje por ",
        "post autorstwa ",
    ];
    static BOARD_BUTTONS: LazyLock<WordSet> = LazyLock::new(|| {
        #[rustfmt::skip]
        let buttons = [
            "post reply", "new topic", "neue antwort erstellen", "antwort erstellen",
            "neues thema", "neues thema erstellen", "nouveau sujet", "répondre au sujet",
            "nuevo tema", "publicar una respuesta", "nowy temat", "odpowiedz w wątku",
        ];
        WordSet::new(&buttons)
    });
    if words > 12 {
        return false;
    }
    let line = folded.trim();
    if words <= 4 && BOARD_BUTTONS.contains(line) {
        return true;
    }
    // A count or a date after the label, not a sentence.
    let stats = || {
        line.contains(':')
            && STATS.is_match(line)
            && !line.ends_with('.')
            && line
                .split_once(':')
                .is_some_and(|(_, rest)| shape::word_count(rest) <= 5)
    };
    let pager = || line.ends_with(|c: char| c.is_ascii_digit()) && PAGER.is_match(line);
    if words <= 8 && (pager() || stats()) {
        return true;
    }
    line.contains(" » ")
        && HEADERS.iter().any(|h| line.starts_with(h))
        && line.split_once(" » ").is_some_and(|(_, stamp)| {
            crate::dates::split_trailing_date(stamp).is_some_and(|(head, _)| head.trim().is_empty())
        })
}

/// A line that opens with forum chrome, perhaps after a count ("13 Besucher sind
/// online"); in a sentence the same words are prose.
fn is_forum_chrome(folded: &str) -> bool {
    // An anchored search: it reads a few bytes of the line, not the whole line.
    let rest = folded.trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ');
    FORUM_CHROME.find_at_start(rest).is_some()
}

/// Where a breadcrumb trail starts.
static HOME: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "home",
        "homepage",
        "start",
        "startseite",
        "accueil",
        "inicio",
        "início",
        "home page",
        "strona główna",
        "главная",
        "головна",
        "αρχική",
        "anasayfa",
        "ana sayfa",
        "الرئيسية",
        "ראשי",
        "דף הבית",
        "होम",
        "首页",
        "ホーム",
        "홈",
    ])
});

/// A trail's entry without what stands around its letters and digits.
fn trim_entry(item: &str) -> &str {
    item.trim_matches(|c: char| !c.is_alphanumeric())
}

/// "Home > News > Politics", "Startseite › Ratgeber › Heizung", "Sie sind hier:
/// Startseite | Presse", "Главная / Новости / Политика": a trail of short entries
/// between '>', '»', '›', '→', '|' or a slash with spaces around it that starts at the
/// home page (three entries at least between bars or slashes), or that a "you are
/// here" label opens. The last entry (often the page's own title) may be longer.
pub fn is_breadcrumb(folded: &str) -> bool {
    const HERE: &[&str] = &[
        "you are here:",
        "sie sind hier:",
        "vous êtes ici :",
        "vous êtes ici:",
        "usted está aquí:",
        "jesteś tutaj:",
    ];
    // Most lines hold no trail separator: '>', '|', or the lead byte of '»' (C2) or of
    // '›' and '→' (E2). One vectorized byte search turns them away.
    let bytes = folded.as_bytes();
    if memchr::memchr3(b'>', b'|', 0xE2, bytes).is_none()
        && memchr::memchr2(0xC2, b'/', bytes).is_none()
        && !folded.contains(':')
    {
        return false;
    }
    let line = folded.trim();
    let (labelled, trail) = HERE
        .iter()
        .find_map(|h| line.strip_prefix(h))
        .map_or((false, line), |rest| (true, rest.trim_start()));
    // Chevrons pointing one way only separate entries ("Board index ‹ Hardware ‹
    // Storage" points back to the index); pointing both ways they quote ("»Ja«").
    let right = trail.contains(['»', '›']);
    let left = trail.contains(['«', '‹']);
    let separators: &[char] = if left && !right {
        &['>', '«', '‹', '→', '|']
    } else {
        &['>', '»', '›', '→', '|']
    };
    // Slashes only where no other separator is: "Главная / Новости / Политика".
    let slashed = !trail.contains(separators) && trail.contains(" / ");
    if !labelled && !slashed && !trail.contains(separators) {
        return false;
    }
    let items: Vec<&str> = if slashed {
        trail.split(" / ").map(trim_entry).collect()
    } else {
        trail.split(separators).map(trim_entry).collect()
    };
    let Some((last, rest)) = items.split_last() else {
        return false;
    };
    let starts_home = items.first().is_some_and(|first| HOME.contains(first));
    // Two entries between bars may be a table's header ("Home | Away"); an arrow
    // points the way a trail goes.
    let arrow = trail.contains(['>', '»', '›', '→']) || left && !right;
    let enough = items.len() >= 3 || (items.len() == 2 && arrow);
    // Chevrons between three entries or more make a trail wherever it starts ("Forum ›
    // Hardware › Storage"), unless they are quotation marks ("Er sagte »Ja« und »Nein«").
    let chevrons = right != left && items.len() >= 3;
    (labelled || (starts_home && enough) || chevrons)
        && rest
            .iter()
            .all(|item| !item.is_empty() && shape::word_count(item) <= 5)
        && shape::word_count(last) <= 15
        && !trail.ends_with('.')
}

/// Buttons under a post, a comment or a recipe.
#[rustfmt::skip]
static BUTTONS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "reply", "quote", "report", "like", "share", "edit", "delete", "permalink", "flag",
        "upvote", "downvote", "antworten", "zitieren", "melden", "teilen", "bearbeiten",
        "löschen", "répondre", "citer", "signaler", "partager", "responder", "citar",
        "denunciar", "compartir", "odpowiedz", "cytuj", "zgłoś", "udostępnij", "print",
        "save", "pin", "drucken", "pinnen", "merken", "speichern", "imprimer", "imprimir",
        "stampa", "drukuj", "recipe", "rezept", "recette", "receta", "ricetta", "przepis",
    ])
});

/// A recipe plugin's link down to the recipe card, which opens its row of buttons.
const RECIPE_JUMPS: &[&str] = &[
    "jump to recipe",
    "skip to recipe",
    "go to recipe",
    "zum rezept",
    "aller à la recette",
    "ir a la receta",
    "vai alla ricetta",
    "przejdź do przepisu",
];

/// "Reply Quote", "Like · Reply · Share", "Jump to Recipe Print Recipe": a row of two to
/// six post or recipe buttons and nothing else.
fn is_button_row(folded: &str) -> bool {
    let mut count = 0;
    let mut row = folded.trim_start();
    if let Some(rest) = RECIPE_JUMPS.iter().find_map(|jump| row.strip_prefix(jump)) {
        count = 1;
        row = rest;
    }
    for word in row.split(|c: char| c.is_whitespace() || "|·•/".contains(c)) {
        if word.is_empty() {
            continue;
        }
        count += 1;
        if count > 6 || !BUTTONS.contains(word) {
            return false;
        }
    }
    count >= 2
}

/// Verbs of a link to a whole listing, before or after its "all" ("See all", "Alle
/// Jobs anzeigen").
#[rustfmt::skip]
static LISTING_VERBS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "see", "view", "show", "browse", "anzeigen", "ansehen", "laden", "zeigen", "voir",
        "ver", "zobacz", "pokaż", "vedi", "mostra",
    ])
});

/// Words for "all" that open a link to a listing.
#[rustfmt::skip]
static ALL: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "all", "alle", "tous", "toutes", "tout", "todos", "todas", "tutti", "tutte",
        "wszystkie",
    ])
});

/// A link to a listing alone on its line: "See all Fashion", "View All", "Alle Themen",
/// "Alle Jobs anzeigen", "Tous les articles Santé", "Ver todas", "Zobacz wszystkie".
/// Either a verb and "all" open it ("See all …") or "all" opens and a verb closes it
/// ("Alle … anzeigen"), in five words at most; or, without a verb, "all" and one or
/// two capitalized words ("Alle Ausgaben", "All Sports"), as a heading of its own would
/// rarely be, or "all", an article and at most three words ("Tous les articles
/// Santé"). Nothing ends it as a sentence, and the next line does not go on with it
/// ("Alle Teilnehmenden" / "treten bei einem Wettbewerb an").
fn is_listing_link(text: &str, folded: &str, words: usize) -> bool {
    if !(2..=5).contains(&words) || shape::has_terminal_punctuation(text) || text.contains(':') {
        return false;
    }
    let first = folded.split_whitespace().next().unwrap_or_default();
    let second = folded.split_whitespace().nth(1).unwrap_or_default();
    let last = folded.split_whitespace().next_back().unwrap_or_default();
    if LISTING_VERBS.contains(first) && ALL.contains(second) {
        return true;
    }
    if !ALL.contains(first) {
        return false;
    }
    if LISTING_VERBS.contains(last) {
        return true;
    }
    let rest = text.split_whitespace().skip(1);
    // Plural articles only: "Tout le monde" is a phrase, not a link.
    let article = matches!(second, "les" | "las" | "los" | "i");
    if article {
        return words <= 5;
    }
    words <= 3
        && rest
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// Openers of a link back to another page of the site ("Back to", "Zurück zur").
#[rustfmt::skip]
const BACK_OPENERS: &[&str] = &[
    "back to ", "go back to ", "return to ", "zurück zu ", "zurück zum ", "zurück zur ",
    "retour à ", "retour au ", "retour aux ", "revenir à ", "revenir au ", "volver a ",
    "volver al ", "regresar a ", "regresar al ", "torna a ", "torna al ", "torna alla ",
    "powrót do ", "wróć do ", "terug naar ", "voltar a ", "voltar ao ", "voltar à ",
    "voltar para ",
];

/// Places of a site that a link back leads to: its start page, an overview, a list,
/// search results, a section of posts.
#[rustfmt::skip]
static SITE_PLACES: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "top", "home", "homepage", "start", "overview", "list", "listing", "index", "contents",
        "blog", "news", "newsroom", "search", "results", "articles", "posts", "category",
        "archive", "gallery", "forum", "shop", "menu", "startseite", "übersicht",
        "übersichtsseite", "listenansicht", "inhaltsverzeichnis", "suche", "suchergebnissen",
        "suchergebnisse", "anfang", "seitenanfang", "inhalt", "artikel", "beiträge",
        "beitragsübersicht", "kategorie", "archiv", "galerie", "bildergalerie", "menü",
        "accueil", "sommaire", "haut", "liste", "résultats", "actualités", "inicio", "portada",
        "arriba", "listado", "resultados", "noticias", "inizio", "elenco", "risultati",
        "notizie", "strony", "góry", "listy", "wyników", "bloga", "overzicht", "boven",
        "begin", "nieuws", "início", "topo", "lista", "notícias", "page", "seite", "głównej",
    ])
});

/// Openers of a link, each ending in a space ("Back to ", "Skip to "), with their first
/// words: one lookup of a line's first word turns most lines away.
struct Openers {
    openers: &'static [&'static str],
    first_words: WordSet,
}

impl Openers {
    fn new(openers: &'static [&'static str]) -> Self {
        let firsts: Vec<&str> = openers
            .iter()
            .filter_map(|opener| opener.split(' ').next())
            .collect();
        Openers {
            openers,
            first_words: WordSet::new(&firsts),
        }
    }

    /// What follows the opener that `folded` (trimmed) starts with.
    fn strip<'a>(&self, folded: &'a str) -> Option<&'a str> {
        if !self
            .first_words
            .contains(folded.split(' ').next().unwrap_or_default())
        {
            return None;
        }
        self.openers
            .iter()
            .find_map(|opener| folded.strip_prefix(opener))
    }
}

/// Openers of a skip link, which jumps to a part of the same page ("Skip to", "Zum",
/// "Springe zum", "Direkt zur").
#[rustfmt::skip]
const SKIP_OPENERS: &[&str] = &[
    "skip to ", "skip ", "jump to ", "go to ", "springe direkt zu ", "springe direkt zum ",
    "springe direkt zur ", "springe zu ", "springe zum ", "springe zur ", "direkt zu ",
    "direkt zum ", "direkt zur ", "zum ", "zur ", "aller au ", "aller à la ", "passer au ",
    "ir al ", "ir a la ", "saltar al ", "saltar a la ", "vai al ", "vai alla ", "salta al ",
    "przejdź do ", "ga naar ", "naar ", "перейти к ",
];

/// Parts of a page a skip link jumps to.
#[rustfmt::skip]
static PAGE_PARTS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "content", "contents", "main", "navigation", "nav", "menu", "sidebar", "footer",
        "header", "search", "comments", "recipe", "video", "inhalt", "inhalten",
        "hauptinhalt", "hauptseiteninhalt", "seiteninhalt", "hauptnavigation",
        "unternavigation", "servicenavigation", "menü", "hauptmenü", "suche", "seitenleiste",
        "fußzeile", "fusszeile", "kommentaren", "kommentare", "seitenanfang", "anfang",
        "contenu", "recherche", "contenido", "navegación", "búsqueda", "contenuto",
        "navigazione", "ricerca", "treści", "nawigacji", "wyszukiwarki", "stopki",
        "inhoud", "hoofdinhoud", "navigatie", "содержанию", "содержимому", "навигации",
        "меню", "поиску",
    ])
});

/// Words that may stand between a skip link's opener and the part it names ("Skip to
/// the main content", "Skip to primary sidebar").
#[rustfmt::skip]
static PART_MODIFIERS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "the", "main", "primary", "secondary", "page", "site", "den", "die", "dem",
        "principal", "principale", "du", "de", "la", "le", "el", "il",
    ])
});

/// "Valid HTML 4.01 Transitional", "Valid CSS!", "W3C valid XHTML 1.0": the text of a
/// validator's badge that an older site's footer shows, its image gone.
fn is_validator_badge(folded: &str) -> bool {
    const FORMATS: &[&str] = &["html", "xhtml", "css", "rss", "atom", "html5", "xml", "svg"];
    let line = folded.trim().trim_end_matches(['!', '.']);
    let line = line.strip_prefix("w3c ").unwrap_or(line);
    let Some(rest) = line.strip_prefix("valid ") else {
        return false;
    };
    let mut words = rest.split_whitespace();
    words.next().is_some_and(|format| FORMATS.contains(&format)) && words.count() <= 2
}

/// A wiki's tagline under the article's title: "From Wikipedia, the free
/// encyclopedia", "Aus Wikipedia, der freien Enzyklopädie".
pub fn is_wiki_tagline(folded: &str) -> bool {
    const TAGLINES: &[&str] = &[
        "the free encyclopedia",
        "der freien enzyklopädie",
        "l'encyclopédie libre",
        "la enciclopedia libre",
        "l'enciclopedia libera",
        "a enciclopédia livre",
        "wolnej encyklopedii",
        "свободной энциклопедии",
        "de vrije encyclopedie",
    ];
    let line = folded.trim();
    let bare = line.trim_end_matches(['.', '!']);
    TAGLINES.iter().any(|t| bare.ends_with(t)) && shape::word_count(line) <= 10
}

/// The lines a wiki's software prints around an article: its tagline ("From
/// Wikipedia, the free encyclopedia", "Aus Wikipedia, der freien Enzyklopädie"), the
/// note that sends readers of another meaning elsewhere ("This article is about the
/// lake. For other uses, see Baikal (disambiguation).", "Not to be confused with …",
/// "Dieser Artikel behandelt … Zu weiteren Bedeutungen siehe …"), the page's permanent
/// address ("Retrieved from \"https://…\"") and its last edit ("This page was last
/// edited on 3 December 2024, at 11:02 (UTC).").
fn is_wiki_interface(folded: &str) -> bool {
    static OPENERS: LazyLock<PhraseSet> = LazyLock::new(|| PhraseSet::new(WIKI_OPENERS));
    const SEE: &[&str] = &[
        " see ", " siehe ", " voir ", " véase ", " vedi ", " veja ", " zobacz ", " см. ", " zie ",
    ];
    let line = folded.trim();
    if is_wiki_tagline(line) {
        return true;
    }
    // "\"Baikal\" redirects here. For the car, see …" opens with the page's name.
    let redirect = line.starts_with(['"', '“', '„', '\'']) && line.contains("redirects here");
    if !redirect && !OPENERS.starts(line) {
        return false;
    }
    let words = shape::word_count(line);
    let padded = format!(" {line} ");
    let sends_on = SEE.iter().any(|s| padded.contains(s)) || line.contains("redirects here");
    let permalink = line.contains("http") || line.contains("index.php");
    let edited = [
        "edit",
        "modif",
        "bearbeitet",
        "editó",
        "editada",
        "edytowana",
        "отредакт",
    ]
    .iter()
    .any(|w| line.contains(w));
    let confusion = ["confused with", "confondu", "confundirse", "путать"]
        .iter()
        .any(|w| line.contains(w));
    words <= 40
        && (sends_on
            || (confusion && words <= 15)
            || (permalink && words <= 12)
            || (edited && words <= 30))
}

/// "字号：大 中 小", "【字体：大 中 小】", "Schriftgröße: A A A": a control that sets the
/// size of the page's text.
fn is_text_size_control(folded: &str, words: usize) -> bool {
    const LABELS: &[&str] = &[
        "字号",
        "字体",
        "font size",
        "text size",
        "schriftgröße",
        "taille du texte",
    ];
    let line = folded.trim().trim_start_matches(['【', '[', '(', '（']);
    words <= 6
        && LABELS.iter().any(|label| {
            line.strip_prefix(label)
                .is_some_and(|rest| rest.starts_with([':', '：']))
        })
}

/// How a wiki's interface lines open (folded).
const WIKI_OPENERS: &[&str] = &[
    "this article is about",
    "this page is about",
    "for other uses",
    "not to be confused with",
    "dieser artikel behandelt",
    "dieser artikel beschreibt",
    "zu weiteren bedeutungen",
    "cet article concerne",
    "pour les articles homonymes",
    "ne doit pas être confondu",
    "este artículo trata",
    "para otros usos",
    "no debe confundirse",
    "questo articolo riguarda",
    "este artigo é sobre",
    "para outros significados",
    "ten artykuł dotyczy",
    "не следует путать",
    "retrieved from",
    "abgerufen von",
    "ce document provient de",
    "obtenido de",
    "recuperado de",
    "estratto da",
    "pobrano z",
    "this page was last edited on",
    "this page was last modified on",
    "diese seite wurde zuletzt am",
    "la dernière modification de cette page",
    "cette page a été modifiée pour la dernière fois",
    "esta página se editó por última vez",
    "esta página fue modificada por última vez",
    "esta página foi editada pela última vez",
    "questa pagina è stata modificata per l'ultima volta",
    "ta strona została ostatnio edytowana",
    "эта страница в последний раз была отредактирована",
];

/// A skip link alone on its line: "Skip to main content", "Skip to primary sidebar",
/// "Zum Inhalt springen", "Springe zum Inhalt", "Direkt zur Fußzeile", "Zur Suche
/// Accesskey [4]", "zum Inhalt [Alt+0]", "Aller au contenu principal". An opener from
/// [`SKIP_OPENERS`], then one to three words of [`PAGE_PARTS`] and [`PART_MODIFIERS`],
/// a part among them; after them at most a verb ("springen", "wechseln") and an access
/// key. "Zum Beispiel", "Skip the line" and "Zur Sache" name no part of a page.
fn is_skip_link(folded: &str, words: usize) -> bool {
    static OPENERS: LazyLock<Openers> = LazyLock::new(|| Openers::new(SKIP_OPENERS));
    if words > 8 {
        return false;
    }
    let Some(rest) = OPENERS.strip(folded.trim()) else {
        return false;
    };
    // An access key the page announces: "[Alt+0]", "Accesskey [1]", "(Accesskey 2)".
    let rest = match rest.find(['[', '(']) {
        Some(at) if rest[at..].len() <= 16 => &rest[..at],
        _ => rest,
    };
    // No colon: "Zum Inhalt:" heads a review's summary of a book.
    let rest = rest.trim_end().trim_end_matches("accesskey").trim_end();
    let mut parts: Vec<&str> = rest.split_whitespace().collect();
    if matches!(
        parts.last(),
        Some(&("springen" | "wechseln" | "überspringen" | "gehen"))
    ) {
        parts.pop();
    }
    // Modifiers stand before the part in English and German, after it in French.
    parts.len() <= 3
        && parts.iter().any(|w| PAGE_PARTS.contains(w))
        && parts
            .iter()
            .all(|w| PAGE_PARTS.contains(w) || PART_MODIFIERS.contains(w))
}

/// Most words of the place a link back names.
const MAX_BACK_WORDS: usize = 6;

/// A link back alone on its line: "Back to blog", "Zurück zum Inhaltsverzeichnis",
/// "Zurück zu den Suchergebnissen", "Powrót do strony głównej"; or, when the place it
/// names is a line of the page as well (a menu's entry), "Zurück zu Meere". An opener
/// from [`BACK_OPENERS`], then at most six words that end with one of [`SITE_PLACES`] or
/// repeat such a line (with another short line after it, as in a menu); nothing ends it
/// as a sentence but a colon. A heading such as "Back to Basics" or "Zurück zur Natur"
/// names no place of a site.
fn is_back_link(doc: &DocView, i: usize) -> bool {
    static OPENERS: LazyLock<Openers> = LazyLock::new(|| Openers::new(BACK_OPENERS));
    if doc.words(i) > MAX_BACK_WORDS + 3 {
        return false;
    }
    let folded = doc.folded(i).trim();
    let Some(place) = OPENERS.strip(folded) else {
        return false;
    };
    let place = place.trim_end_matches(':').trim_end();
    let words = place.split_whitespace().count();
    if words == 0 || words > MAX_BACK_WORDS || shape::has_terminal_punctuation(place) {
        return false;
    }
    // The place closes the link ("the list of articles"; "the top of the world" is
    // somewhere else). "l'accueil": an elided article is split off.
    let names_place = place
        .split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .rfind(|w| !w.is_empty())
        .is_some_and(|w| SITE_PLACES.contains(w));
    if names_place {
        return true;
    }
    // A menu's entry: inside the menu (the next line is short too), not a heading with
    // a colon that opens a section after one named alike ("Zurück zu Deutschland:").
    let label = place.trim_matches(|c: char| !c.is_alphanumeric());
    !folded.ends_with(':')
        && doc
            .next_kept(i)
            .is_some_and(|n| doc.words(n) <= MAX_BACK_WORDS)
        && (0..doc.len()).any(|j| j != i && doc.folded(j).trim() == label)
}

/// Glyphs of a star rating.
const STARS: [char; 5] = ['★', '☆', '✩', '✭', '⭐'];

/// A rating widget alone on its line: stars, a score on a scale, the number of votes
/// ("★★★★★ 4.8 from 126 votes", "4.5 out of 5 stars", "4,7/5 (230 Bewertungen)"). A
/// bare number is no rating: the stars, the scale or the votes must be there.
fn is_rating(folded: &str) -> bool {
    static RATING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"^(?:\d(?:[.,]\d{1,2})?\s*",
            r"(?P<scale>/\s*5|(?:out\s+)?of\s+5|von\s+5|sur\s+5|de\s+5|su\s+5|z\s+5)?\s*",
            r"(?P<stars>stars?|sterne|sternen|étoiles|estrellas|stelle|gwiazdek)?)?\s*",
            r"[(\[]?\s*(?:(?:from|based on|aus|basierend auf|sur|de|da|z)\s+)?",
            r"(?P<votes>\d[\d.,]*\s*(?:(?:customer|user)\s+)?(?:votes?|ratings?|reviews?|stimmen|bewertungen|rezensionen|avis|votos|opiniones|valoraciones|voti|recensioni|ocen|opinii))?",
            r"\s*[)\]]?$"
        ))
        .expect("valid rating pattern")
    });
    if folded.len() > 80 {
        return false;
    }
    let stars = folded.contains(STARS);
    let line = folded.trim_matches(|c: char| c.is_whitespace() || STARS.contains(&c));
    if line.is_empty() {
        return stars;
    }
    let line = line.strip_prefix("rated ").unwrap_or(line);
    if !line.starts_with(|c: char| c.is_ascii_digit() || c == '(' || c == '[') {
        return false;
    }
    RATING.captures(line).is_some_and(|c| {
        stars || c.name("scale").is_some() || c.name("stars").is_some() || c.name("votes").is_some()
    })
}

/// A shop's widget alone on its line: a product's number ("SKU: 12345", "Art.-Nr.:
/// 4711"), its delivery time ("Lieferzeit: 2-3 Werktage"), the tax and shipping note
/// under its price ("inkl. MwSt., zzgl. Versandkosten", "Free shipping on orders over
/// $50"). The line must be nothing else: a sentence about delivery times stays.
fn is_shop_widget(folded: &str) -> bool {
    static SHOP: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"^(?:",
            // A product's number.
            r"(?:sku|art\.?-?nr\.?|artikelnummer|artikel-nr\.?|item no\.?|product code|ean|mpn|réf\.|référence|referencia|codice|job-?id|job id|stellen-?id|vacancy id|requisition id)\s*:?\s*[\w.\-/]+",
            // Its delivery time.
            r"|(?:lieferzeit|delivery time|shipping time|délai de livraison|plazo de entrega|tempo di consegna|czas dostawy)\s*:?\s*(?:ca\.?\s*)?\d+(?:\s*[-–]\s*\d+)?\s*",
            r"(?:werktage|arbeitstage|tage|wochen|business days|working days|days|weeks|jours ouvrés|jours|días hábiles|días|giorni lavorativi|giorni|dni robocze|dni)",
            // The tax and shipping note under the price.
            r"|(?:inkl\.|incl\.|including)\s*(?:\d+\s*%\s*)?(?:gesetzl\.\s*)?(?:mwst\.?|ust\.?|vat|tva|iva)(?:\s*[.,]?\s*(?:zzgl\.|plus|exkl\.|excl\.|excluding|hors)\s*(?:versand(?:kosten)?|shipping|frais de port|envío))?",
            r"|free (?:shipping|delivery)(?: on (?:all )?orders)?(?: (?:over|above|from) [$€£]?\s*\d+(?:[.,]\d+)?\s*[$€£]?)?",
            r"|(?:gratis|kostenloser?)[ -]versand(?: ab \d+(?:[.,]\d+)?\s*(?:€|euro))?",
            r")[.!]?$"
        ))
        .expect("valid shop pattern")
    });
    let line = folded.trim_matches(|c: char| c.is_whitespace() || "*•·|".contains(c));
    // Asked of every short line: every widget but the tax and shipping notes has a
    // number, and those open with one of a few words.
    const OPENERS: [&str; 6] = ["inkl", "incl", "including", "free ", "gratis", "kostenlos"];
    line.len() <= 90
        && (line.bytes().any(|b| b.is_ascii_digit()) || OPENERS.iter().any(|w| line.starts_with(w)))
        && SHOP.is_match(line)
}

/// A weather widget's reading alone on its line: "14° MIN", "24° MAX", "+2.3°",
/// "T 13° H 76%", "12°C / 5°C". One or two digits before the degree sign: an oven's
/// "200 °C" is a recipe's, and a sentence with a temperature is longer than this.
fn is_weather(folded: &str) -> bool {
    static WEATHER: LazyLock<Regex> = LazyLock::new(|| {
        let reading = r"[+\-−]?\d{1,2}(?:[.,]\d)?\s*°\s*[cf]?";
        Regex::new(&format!(
            concat!(
                r"^(?:(?:t|temp\.?|min\.?|max\.?|hi|lo)\s*:?\s*)?{r}(?:\s*(?:min|max)\.?)?",
                r"(?:\s*/\s*{r})?(?:\s+(?:h|hum\.?|humedad|humidity|luftfeuchte)\s*:?\s*\d{{1,3}}\s*%)?$"
            ),
            r = reading
        ))
        .expect("valid weather pattern")
    });
    let line = folded.trim();
    line.len() <= 40 && line.contains('°') && WEATHER.is_match(line)
}

/// What a widget counts: followers, subscribers, ratings, views, shares.
#[rustfmt::skip]
static COUNTED: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "followers", "subscribers", "fans", "likes", "views", "ratings", "reviews", "shares",
        "answers", "antworten", "réponses", "respuestas",
        "accesses", "citations", "altmetric", "downloads", "zugriffe", "zitierungen",
        "votes", "abonnenten", "follower", "bewertungen", "rezensionen", "aufrufe", "mal gelesen",
        "mal geteilt", "mal angesehen", "abonnés", "vues", "seguidores", "suscriptores",
        "visitas", "valoraciones", "obserwujących", "subskrybentów", "wyświetleń", "opinii",
    ])
});

/// "3737 Bewertungen", "4 Tsd. Abonnenten", "1.2K followers": a number, perhaps with a
/// thousands or millions abbreviation, and what it counts, with nothing else on the line.
fn is_counter(folded: &str) -> bool {
    #[rustfmt::skip]
    const SCALES: &[&str] = &[
        "k", "m", "tsd.", "tsd", "mio.", "mio", "tys.", "mln", "mil", "mill.",
    ];
    let line = folded.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
    let Some(digits) = line.find(|c: char| !c.is_ascii_digit() && !".,".contains(c)) else {
        return false;
    };
    let (number, rest) = line.split_at(digits);
    if !number.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    // "1.2k followers": the scale may be glued to the number.
    let rest = rest.trim_start();
    let rest = SCALES
        .iter()
        .find_map(|s| {
            rest.strip_prefix(s)
                .filter(|r| r.starts_with(' '))
                .map(str::trim_start)
        })
        .unwrap_or(rest);
    COUNTED.contains(rest.trim_end_matches('.'))
}

/// The frame an embedded post leaves around its text: the credit under an Instagram
/// post ("A post shared by Maya Rivers (@mayarivers)") and the signature under a post
/// of X, Bluesky or Mastodon ("— Maya Rivers (@mayarivers) June 8, 2024"), whose date
/// is the post's, not the page's.
fn is_embed_frame(folded: &str, words: usize) -> bool {
    static FRAME: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"^(?:(?:a post shared by|ein beitrag geteilt von|una publicación compartida por|",
            r"une publication partagée par|un post condiviso da|uma publicação compartilhada por)",
            r"\s.{1,80}",
            r"|[—–-]\s*[^@]{1,60}\(@[\w.@-]{1,60}\)\s*.{0,30}\d{4})$",
        ))
        .expect("valid embed frame pattern")
    });
    words <= 16 && memchr::memchr(b'@', folded.as_bytes()).is_some() && FRAME.is_match(folded)
}

/// What a newsroom says of a story still being written, and what a video player or an
/// embedded post says in place of itself, one sentence each, lowercase and without the
/// sentence's mark.
static CANNED_NOTICES: LazyLock<WordSet> = LazyLock::new(|| {
    #[rustfmt::skip]
    let notes = [
        "this is a developing story", "this story is developing", "this is a breaking news story",
        "this is a breaking story", "this story will be updated", "this story has been updated",
        "this article will be updated", "this article has been updated", "this post will be updated",
        "this post has been updated", "this page will be updated", "this story may be updated",
        "this story will be updated as more information becomes available",
        "this article will be updated as more information becomes available",
        "this story will be updated as more details become available",
        "this story will be updated when more information is available",
        "check back for updates", "check back later for updates", "please check back for updates",
        "check back for more", "check back for more details", "check back for more information",
        "refresh for updates", "refresh this page for updates", "stay tuned for updates",
        "stay tuned for more", "more to come", "updates to follow", "more details to follow",
        "dieser artikel wird laufend aktualisiert", "dieser artikel wird aktualisiert",
        "der artikel wird laufend aktualisiert", "dieser beitrag wird laufend aktualisiert",
        "dieser beitrag wird aktualisiert", "die meldung wird aktualisiert",
        "die meldung wird laufend aktualisiert", "wir aktualisieren diesen artikel",
        "wir aktualisieren diesen artikel laufend", "mehr in kürze", "weitere informationen folgen",
        "weitere details folgen", "noticia en desarrollo", "esta noticia está en desarrollo",
        "información en desarrollo", "noticia en ampliación", "información en ampliación",
        "esta información se está actualizando", "esta nota se está actualizando",
        "article en cours d'actualisation", "cet article sera mis à jour",
        "cet article est mis à jour régulièrement", "plus d'informations à suivre",
        "informations à suivre", "notizia in aggiornamento", "articolo in aggiornamento",
        "notícia em atualização", "matéria em atualização", "notícia em desenvolvimento",
        "artykuł jest aktualizowany", "tekst jest aktualizowany", "artykuł będzie aktualizowany",
        "dit artikel wordt bijgewerkt", "dit artikel wordt aangevuld",
        // What a video player or an embedded post says where it could not run.
        "video player is loading", "this is a modal window", "beginning of dialog window",
        "escape will cancel and close the window", "end of dialog window",
        "no compatible source was found for this media",
        "the media could not be loaded, either because the server or network failed or because the format is not supported",
        "seek to live, currently behind live", "seek to live, currently playing live",
        "if playback doesn't begin shortly, try restarting your device",
        "an error occurred while retrieving sharing information", "please try again later",
        "view this post on instagram", "view this post on facebook", "view this post on tiktok",
        "view this post on threads", "watch this video on youtube", "diesen beitrag auf instagram ansehen",
        "ver esta publicación en instagram", "voir cette publication sur instagram",
        "visualizza questo post su instagram",
    ];
    WordSet::new(&notes)
});

/// A news story's status note or a player's or an embed's notice: a block whose every
/// sentence is one of [`CANNED_NOTICES`], in brackets or not ("This is a developing
/// story. Check back for updates.", "(Noticia en desarrollo)", "Beginning of dialog
/// window. Escape will cancel and close the window."). A sentence that goes on ("This story has been
/// updated to include the mayor's statement") tells what changed and stays.
fn is_canned_notice(folded: &str) -> bool {
    let mut sentences = shape::sentences(folded).peekable();
    sentences.peek().is_some()
        && sentences.all(|sentence| {
            let core = sentence
                .trim_matches(|c: char| "()[]*_—–-".contains(c) || c.is_whitespace())
                .trim_end_matches(['.', '!', '…'])
                .trim_end();
            CANNED_NOTICES.contains(core)
        })
}

/// A page widget's stamp alone on its line: the reading time ("5 min read", "Lesezeit:
/// 4 Minuten", "Reading time: 3 minutes"), the age of the page when it was fetched
/// ("Updated 3 hours ago", "vor 2 Stunden"), which says nothing once the text is kept,
/// a gallery's counter ("Image 1 of 12", "Bild 3 von 8"), or how long a media library
/// keeps a video ("Video verfügbar bis 28.02.2021", "Available until 3 May 2025"), or
/// an audio player's label with the recording's length ("Listen to this article · 5:32
/// min"), a recording's length under its label ("Dauer: 1 Stunde 4 Minuten"), or a time
/// of day with no date ("Gisteren, 18:42", "Updated: today at 9:05").
/// A bare duration ("5 minutes") may be the article's: the label or "read" must be
/// there.
fn is_stamp(folded: &str) -> bool {
    static STAMP: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"^(?:",
            // Reading time, with its label before or after the duration.
            r"(?:(?:reading time|read time|lesezeit|lesedauer|temps de lecture|durée de lecture|lecture|tiempo de lectura|tempo di lettura|czas czytania)\s*:?\s*(?:ca\.?\s*|approx\.?\s*|~\s*)?\d+(?:[-–]\d+)?\s*(?:min\.?|mins|minutes?|minuten|minutos?|minuti|minut)",
            r"|(?:ca\.?\s*)?\d+(?:[-–]\d+)?\s*(?:min\.?|mins|minutes?|minuten|minutos?|minuti|minut)\.?\s*(?:read|reading|lesezeit|lesedauer|de lectura|di lettura|czytania))",
            // The page's age.
            r"|(?:(?:updated|published|posted|asked|answered|modified|active|edited|aktualisiert|veröffentlicht|actualizado|publicado)\s*:?\s*)?",
            r"(?:\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|hr|h|days?|weeks?|wks?|months?|mos?|years?|yrs?|yr)\.?",
            r"(?:,?\s*\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|hr|h|days?|weeks?|wks?|months?|mos?|years?|yrs?|yr)\.?)*\s+ago",
            r"|vor\s+\d+\s*(?:sekunden|minuten|min\.?|stunden|std\.?|tagen|wochen|monaten|jahren)",
            r"|hace\s+\d+\s*(?:segundos|minutos|horas|días|semanas|meses))",
            // The day without its date: "Publié aujourd'hui à 10h45, modifié à 12h30".
            r"|(?:publié|mis à jour|modifié|published|updated|posted|veröffentlicht|aktualisiert|publicado|actualizado)\s+",
            r"(?:aujourd'hui|hier|today|yesterday|heute|gestern|hoy|ayer)",
            r"(?:\s+(?:à|at|um|a las)\s+\d{1,2}(?:[:h]\d{2})?(?:\s*(?:uhr|am|pm|h))?)?",
            r"(?:,?\s+(?:modifié|mis à jour|updated|aktualisiert|actualizado)\s+(?:à|at|um|a las)\s+\d{1,2}(?:[:h]\d{2})?(?:\s*(?:uhr|am|pm|h))?)?",
            // An audio player's label with the recording's length.
            r"|(?:listen to (?:this )?(?:article|story)|listen|artikel anhören|beitrag anhören|écouter l'article|escuchar (?:el )?artículo|escuchar noticia)",
            r"\s*[·|:–(-]?\s*\d+(?::\d{2})?\s*(?:min\.?|mins|minutes?|minuten|minutos)?",
            // How often a question was read.
            r"|viewed\s+\d[\d.,]*\s*[km]?\s+times",
            // A gallery's counter, with its noun or without ("1 of 12"; a bare "1/4"
            // is a recipe's quantity or a figure), and its label with the number of
            // pictures ("Photo gallery (12 photos)").
            r"|(?:image|photo|picture|slide|bild|foto|imagen|zdjęcie)\s+\d+\s*(?:of|von|de|di|z|/)\s*\d+",
            r"|\d+\s+(?:of|von|de|di|z)\s+\d+",
            r"|(?:(?:photo|image|picture)\s+)?(?:gallery|galerie|bildergalerie|fotostrecke|galería)\s*[:(]?\s*\d+\s*(?:photos|images|pictures|bilder|fotos|photos)",
            // A time of day without the date: "Gisteren, 18:42", "Aangepast: vandaag om 9:05".
            r"|(?:(?:published|updated|posted|veröffentlicht|aktualisiert|publié|modifié|mis à jour|publicado|actualizado|gepubliceerd|aangepast|bijgewerkt)\s*:?\s*)?",
            r"(?:today|yesterday|heute|gestern|aujourd'hui|hier|hoy|ayer|vandaag|gisteren),?\s+(?:(?:at|um|à|a las|om)\s+)?\d{1,2}[:h.]\d{2}(?:\s*(?:uhr|am|pm|h|u))?",
            // A recording's length under its label: "Dauer: 1 Stunde 4 Minuten", "Duration: 45:12".
            r"|(?:dauer|länge|laufzeit|spieldauer|duration|length|running time|current time|remaining time|durée|duración|durata|duração|czas trwania|duur)\s*:?\s*-?",
            r"(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:min\.?|minuten|minutes|h|std\.?))?",
            r"|(?:\d+\s*(?:stunden?|std\.?|h|hours?|hrs?|heures?|horas?|ore|godz\.?|uur)\.?,?\s*(?:und\s+|and\s+|et\s+|y\s+)?)?\d+\s*(?:minuten|minutes?|min\.?|mins|minutos?|minuti|minut|minuut)\.?(?:\s*\d+\s*(?:sekunden|seconds?|sek\.?|sec\.?|s)\.?)?)",
            // A player at its start over the recording's length: "00:00 / 52:14".
            r"|0?0:00\s*/\s*\d{1,2}:\d{2}(?::\d{2})?",
            // A video player's buffer: "Loaded: 0%" (its sign trimmed off).
            r"|loaded\s*:\s*\d{1,3}(?:\.\d+)?\s*%?",
            // How long a media library keeps the video.
            r"|(?:(?:video|audio|sendung|beitrag|podcast|episode|folge)\s+)?(?:verfügbar|abrufbar|online|available|disponible)\s+",
            r"(?:bis|until|till|jusqu'au|jusqu’au|hasta(?:\s+el)?)\s+[\p{L}\d .,/:-]{3,30}",
            r")$"
        ))
        .expect("valid stamp pattern")
    });
    let line = folded.trim_matches(|c: char| !c.is_alphanumeric());
    line.len() <= 60 && line.bytes().any(|b| b.is_ascii_digit()) && STAMP.is_match(line)
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{keeps_each, removed_by, removes_each};

    #[test]
    fn removes_a_slide_shows_counters() {
        let doc = "Body of the article, long enough to read as prose.\n\n1 / 10\n\nPraia da Ursa\n\nThe rocks rise out of the sea here, and few visitors make the walk.\n\n2 / 10\n\nPraia do Amado\n";
        assert_eq!(removed_by("BP011", doc), ["1 / 10", "2 / 10"]);
        // Alone, or as a quantity, it is the text's.
        let doc = "Body of the article, long enough to read as prose.\n\n2 / 3\n\nMix 1/4 cup of sugar.\n";
        assert!(removed_by("BP011", doc).is_empty());
    }

    #[test]
    fn removes_a_slide_shows_steps_and_more_languages_labels() {
        removes_each(
            "BP011",
            &[
                "Next slide",
                "Previous slide",
                "WATCH LIVE",
                "Weather Alerts",
                "Nächstes Bild",
                "Logga in",
                "Ämnen i artikeln",
                "Nyckelord: trafik, Göteborg",
            ],
        );
    }

    #[test]
    fn removes_a_taxonomys_list_set_one_a_line() {
        let doc = "Body of the article, long enough to read as prose.\n\nThemen:\n\nÖkosysteme\n\nSchadstoffe\n\nEnergie\n\nMore of the article follows here.\n";
        assert_eq!(
            removed_by("BP011", doc),
            ["Themen:", "Ökosysteme", "Schadstoffe", "Energie"]
        );
        // Without the label, or past a sentence, the lines stay.
        let doc = "Body of the article.\n\nÖkosysteme\n\nSchadstoffe\n";
        assert!(removed_by("BP011", doc).is_empty());
        let doc = "Tags:\n\nThe list below is ours.\n\nÖkosysteme\n\nSchadstoffe\n";
        assert_eq!(removed_by("BP011", doc), ["Tags:"]);
    }

    #[test]
    fn removes_labels() {
        assert_eq!(
            removed_by("BP011", "Skip to content\n\nBody.\n"),
            ["Skip to content"]
        );
        assert_eq!(removed_by("BP011", "Body.\n\n↑ Nach oben\n").len(), 1);
        assert_eq!(
            removed_by("BP011", "Body.\n\n(Noch keine Bewertungen)\n"),
            ["(Noch keine Bewertungen)"]
        );
        assert_eq!(removed_by("BP011", "Body.\n\nWird geladen...\n").len(), 1);
        assert_eq!(
            removed_by("BP011", "Was möchtest du suchen?\n\nBody.\n"),
            ["Was möchtest du suchen?"]
        );
        assert_eq!(
            removed_by("BP011", "Title\n\nMember-only story\n\nBody.\n\n∙ Paid\n"),
            ["Member-only story", "∙ Paid"]
        );
        assert_eq!(
            removed_by(
                "BP011",
                "FOR IMMEDIATE RELEASE\n\nAcme Reports Record Revenue\n\nBody.\n"
            ),
            ["FOR IMMEDIATE RELEASE"]
        );
        assert!(removed_by("BP011", "Body.\n\nFor immediate release, the agency asked that the report be sent out that night.\n").is_empty());
        // A video player's controls and notices, an embedded post's frame.
        removes_each(
            "BP011",
            &[
                "Play Video",
                "Mute",
                "Current Time 0:00",
                "00:00 / 52:14",
                "Remaining Time -2:14",
                "Loaded: 0%",
                "captions off, selected",
                "Beginning of dialog window. Escape will cancel and close the window.",
                "Video Player is loading.",
                "Watch on YouTube",
                "View this post on Instagram",
                "A post shared by Maya Rivers (@mayarivers)",
                "Ein Beitrag geteilt von Benjamin (he/him) (@3ensta)",
                "— Maya Rivers (@mayarivers) June 8, 2024",
            ],
        );
        keeps_each(
            "BP011",
            &[
                "A post shared by thousands of users drew criticism on Monday.",
                "— Maya Rivers, singer",
                "Loaded: the truck carried 40 tonnes",
                "12:30 / 14:00",
            ],
        );
        removes_each(
            "BP011",
            &[
                "This is a developing story. Check back for updates.",
                "(This story has been updated.)",
                "Dieser Artikel wird laufend aktualisiert.",
                "Noticia en desarrollo",
                "UPDATES TO FOLLOW",
            ],
        );
        keeps_each(
            "BP011",
            &[
                "This story has been updated to include a statement from the mayor.",
                "This is a developing story, the governor said, and residents should stay alert.",
                "This is a developing story. Police have closed the bridge in both directions.",
            ],
        );
        assert_eq!(
            removed_by("BP011", "Body.\n\nZurück zur Listenansicht\n").len(),
            1
        );
        assert_eq!(
            removed_by("BP011", "Body.\n\nView my complete profile\n").len(),
            1
        );
    }

    #[test]
    fn removes_links_to_listings() {
        removes_each(
            "BP011",
            &[
                "See all Fashion",
                "View All",
                "View All Result",
                "Alle Themen",
                "Alle Jobs anzeigen",
                "Alle Inhalte laden",
                "All Sports",
                "Ver todas",
                "Zobacz wszystkie",
                "Alle Ausgaben ›",
            ],
        );
        assert!(removed_by(
            "BP011",
            "Body.\n\nAlle Teilnehmenden\ntreten bei einem Wettbewerb an.\n"
        )
        .is_empty());
        keeps_each(
            "BP011",
            &[
                "All of them came back.",
                "Alle Jahre wieder",
                "All the President's Men",
                "Alle gegen alle",
                "See you all in May",
                "Alle Teilnehmer: Anna, Ben, Carl",
                "We saw all of it",
                "Tout le monde en parle",
            ],
        );
    }

    #[test]
    fn removes_links_back() {
        removes_each(
            "BP011",
            &[
                "Back to blog",
                "Zurück zum Inhaltsverzeichnis",
                "Zurück zu den Suchergebnissen",
                "zurück zum Blog:",
                "Return to the list of articles",
                "Powrót do strony głównej",
                "Retour à l'accueil",
                "Volver al inicio",
            ],
        );
        // A menu's entry named again in a link back to it, inside the menu.
        assert_eq!(
            removed_by(
                "BP011",
                "Body.\n\nMeere\n\nZurück zu Meere\n\nMeere\n\nBody.\n"
            ),
            ["Zurück zu Meere"]
        );
        // A heading that takes up a section named before it.
        let article = "Deutschland:\n\nThe talks lasted an hour on Wednesday, officials said.\n\nZurück zu Deutschland:\n\nThe talks lasted an hour on Wednesday, officials said.\n";
        assert!(removed_by("BP011", article).is_empty());
        let article = article.replace(':', "");
        assert!(removed_by("BP011", &article).is_empty());
        keeps_each(
            "BP011",
            &[
                "Back to Basics",
                "Zurück zur Natur",
                "Back to the future of work",
                "Back to the top of the world",
                "Back to school: what parents need to know.",
                "Return to the list of demands in full, he said.",
                "Zurück zu den Wurzeln",
            ],
        );
        // A heading that names a line of the page, but goes on as a sentence.
        assert!(removed_by(
            "BP011",
            "Back to home\nand then to bed, the children said.\n\nBody.\n"
        )
        .is_empty());
        // A credit glued under the link is no sentence going on from it, lowercase
        // agency or not.
        assert_eq!(
            removed_by(
                "BP011",
                "Body text of the article ends here.\nZurück zum Inhaltsverzeichnis\n© dpa/Example.de\n"
            ),
            ["Zurück zum Inhaltsverzeichnis"]
        );
    }

    #[test]
    fn removes_footer_links() {
        removes_each("BP011", &[
            "Impressum",
            "Datenschutzerklärung · Impressum",
            "Privacy Policy | Terms of Use | Contact",
            "Términos y condiciones | Política de privacidad",
            "Termos de uso | Política de Privacidade",
            "Kontakt | Impressum",
            "About Contact",
            "Do not sell my data",
            "Impressum | Datenschutzerklärung | Haftungsausschluss | Bildquellen",
            "Kontakt & Impressum | Anfahrt | Datenschutz | Presse",
            "Allgemeine Nutzungsbedingungen | Datenschutzrichtlinie | Impressum/Offenlegung | Werben auf futurezone.at",
            "Invision | Kostenloses Hilfe-Forum | Kontakt | Einen Missbrauch melden",
            "Order Reprints | Today's Paper | Subscribe",
        ]);
    }

    #[test]
    fn removes_glued_menus() {
        removes_each("BP011", &[
            "HomeWeatherTrafficWatchPhotosApps",
            "San FranciscoEast BaySouth BayPeninsulaNorth Bay",
            "FacebookTwitterWhatsAppE-MailDrucken",
            "Index des maladiesAcidocétose diabétiqueAcnéAnévrismeAngine et mal de gorge de l'enfantArtérite des jambesAsthme",
            "ÜberangebotÜberforderungüberfordertBurnoutEntschleunigungEntschleunigung im Alltag",
            "All TopicsAll AuthorsArchiveTerms of useContact UsPrivacy PolicyCookie Policy",
            // Entries of several words: fewer glues, but capitalized words only.
            "NewsSports Local Weather ForecastLive Video Traffic CamsCommunity Events ContactJobs At The Station",
        ]);
        keeps_each("BP011", &[
            // Brands and names glue once or twice.
            "YouTube, WhatsApp und PowerPoint im Vergleich für Schulen",
            "The iPhone, the iPad and LinkedIn on one PlayStation",
            "YouTube And WhatsApp Meet PowerPoint At The Fair",
            // Four glues in a line with its lowercase words.
            "we compared YouTube with WhatsApp and PowerPoint and also DropBox before lunch",
            "Our YouTube Channel with WhatsApp Groups and PowerPoint Slides for DropBox Users today",
            // A sentence, code, a row of values.
            "Our systems gather information from visitors of the YouHadMeAtGardening.com website and the MyFitnessPal app.",
            "class QunitTests(StaticLiveServerTestCase):",
            "from django.contrib.staticfiles.testing import StaticLiveServerTestCase",
            "Calories: 291kcalCarbohydrates: 31gProtein: 5gFat: 17gSaturated Fat: 2gSodium: 4mg",
            "MobileFamilyTree 9: Woher kommt Ihre Familie? Erforschen Sie Ihre HerkunftMobileFamilyTree",
        ]);
    }

    #[test]
    fn removes_lines_of_symbols_but_not_section_breaks() {
        removes_each(
            "BP011",
            &[
                "►",
                "+",
                "| |",
                "×",
                "🔎",
                "-->",
                "©",
                "| | | — .",
                "###",
                "# # #",
            ],
        );
        keeps_each(
            "BP011",
            &[
                "* * *",
                "***",
                "###########",
                "---",
                "~ ~ ~",
                "=====",
                "———",
                "A+",
                "§ 3",
                "1 + 1",
            ],
        );
        // A heading's underline goes; the heading stays.
        assert_eq!(
            removed_by(
                "BP011",
                "Body.\n\nStorm floods coastal towns\n==========\n\nText.\n"
            ),
            ["=========="]
        );
        assert_eq!(
            removed_by("BP011", "Body.\n\nShare this article\n------------------\n"),
            ["------------------"]
        );
    }

    #[test]
    fn removes_counters() {
        removes_each(
            "BP011",
            &[
                "3737 Bewertungen",
                "4 Tsd. Abonnenten",
                "1.2K followers",
                "12,345 views",
                "(27 Bewertungen)",
                "523 mal gelesen",
                "1234 Accesses",
                "12 Citations",
                "5 Altmetric",
                "Article metrics",
                "About this article",
            ],
        );
        keeps_each(
            "BP011",
            &[
                "3737 Bewertungen gingen bis Montag ein.",
                "Followers",
                "2019 views on climate",
                "Bewertungen: 3737",
                "The 12 votes",
            ],
        );
    }

    #[test]
    fn removes_reading_times_and_page_ages() {
        removes_each(
            "BP011",
            &[
                "5 min read",
                "Lesezeit: 4 Minuten",
                "Reading time: 3 minutes",
                "4 Min. Lesezeit",
                "Updated 3 hours ago",
                "2 days ago",
                "· 4 hr. ago",
                "3 mo. ago",
                "vor 2 Stunden",
                "Aktualisiert vor 15 Minuten",
                "Image 1 of 12",
                "Bild 3 von 8",
                "1 of 12",
                "Photo gallery (12 photos)",
                "Bildergalerie: 8 Bilder",
                "Open image in gallery",
                "Video verfügbar bis 28.02.2021",
                "Verfügbar bis 12.05.2024, 23:59 Uhr",
                "Available until 3 May 2025",
                "Disponible jusqu'au 14/06/2023",
                "Listen to this article · 5:32 min",
                "Asked 5 years, 2 months ago",
                "Modified 1 year ago",
                "Viewed 2.3m times",
                "3 Answers",
                "Improve this question",
                "Sorted by: Highest score (default)",
                "Highest score (default)",
                "Follow",
                "Artikel anhören 4 Minuten",
                "Lecture 3 min.",
                "Publié aujourd'hui à 10h45, modifié à 12h30",
                "Updated today at 9:15 AM",
                "Offrir cet article",
                "Artikel anhören (3 Minuten)",
                "Zur Merkliste hinzufügen",
                "Gift this article",
                "Save article",
                "Escuchar nota",
                "Dauer: 1 Stunde 4 Minuten",
                "Duration: 45:12",
                "Länge: 58 Min.",
                "Gisteren, 18:42",
                "Aangepast: vandaag om 9:05",
                "Heute, 10:45 Uhr",
            ],
        );
        keeps_each(
            "BP011",
            &[
                "Dauer: 2 Stunden",
                "Today, 12 people came.",
                "Tickets are available until 3 May 2025, when the season ends.",
                "Listen to this article about 5 reasons to vote.",
                "Available in 12 colours",
                "5 minutes",
                "Bake for 40 minutes.",
                "Two days ago the council met again.",
                "He said 5 minutes ago that it was over",
                "Prep time: 15 min",
                "1 of 12 members voted against it.",
                "Photo gallery opens in the town hall",
                "1/4",
                "180/132",
            ],
        );
    }

    #[test]
    fn removes_shop_widgets() {
        removes_each(
            "BP011",
            &[
                "Add to cart",
                "In den Warenkorb",
                "Out of stock",
                "SKU: 12345",
                "Art.-Nr.: 4711-B",
                "Lieferzeit: 2-3 Werktage",
                "Delivery time: 5 business days",
                "inkl. 19 % MwSt.",
                "inkl. MwSt., zzgl. Versandkosten",
                "Free shipping on orders over $50",
                "Kostenloser Versand ab 30 €",
                "Rated 4.5 out of 5 based on 120 customer ratings",
                "Job-ID: 48213",
            ],
        );
        keeps_each(
            "BP011",
            &[
                "The delivery time rose to 12 days in May, the company said.",
                "Free shipping on all orders helped the shop grow, its founder says.",
                "Lieferzeit: Die Post braucht derzeit länger.",
                "In stock markets, the mood turned.",
            ],
        );
    }

    #[test]
    fn removes_weather_readings() {
        removes_each(
            "BP011",
            &[
                "14° MIN",
                "24° MAX",
                "+2.3°",
                "T 13° H 76%",
                "12°C / 5°C",
                "13°",
            ],
        );
        keeps_each(
            "BP011",
            &[
                "200 °C",
                "Preheat the oven to 200°C",
                "It was 13° in Berlin at noon.",
            ],
        );
    }

    #[test]
    fn removes_forum_chrome() {
        removes_each(
            "BP011",
            &[
                "Alle Zeiten sind UTC+02:00",
                "Mitglieder in diesem Forum: 0 Mitglieder und 2 Gäste",
                "13 Besucher sind online (8 Besucher halten sich im Bereich News auf.)",
                "Who is online",
                "Reply",
                "Quote",
                "Report",
                "Antworten",
                "Listen to this article",
                "Artikel anhören",
                "Reply #3 on: January 14, 2023, 11:40:02 AM",
                "Quote from: mike_d on January 14, 2023, 09:12:44 AM",
                "« Last Edit: January 14, 2023, 11:52:10 AM by tyreguy »",
                "Zitat von: Heinz am 14. Januar 2023, 09:12:44",
                "Last edited by tessa_b on Sun Feb 14, 2021 7:18 pm, edited 1 time in total.",
                "Zuletzt bearbeitet von Heinz am 14.01.2023, 09:20",
                "Pages: 1 2 [3] 4 5",
                "Logged",
                "Go Up",
                "Not the answer you're looking for? Browse other questions tagged python list or ask your own question.",
                "12 posts • Page 1 of 1",
                "Seite 2 von 5",
                "Posts: 231",
                "Joined: Mar 2019",
                "Registriert: Mo 12. Mär 2019, 18:04",
                "Post by mike_w » Tue Jan 09, 2024 8:14 pm",
                "Beitrag von Heinz » 14.01.2023, 09:12",
                "Post Reply",
                "Neues Thema",
            ],
        );
        keeps_each(
            "BP011",
            &[
                "The report asked who is online most evenings, and why, across 14 countries and three age groups.",
                "Reply to the ministry",
                "Quote of the week",
                "He logged every flight in a notebook for thirty years.",
                "The last edit of the film took two more years, the director said in an interview.",
                "Last edited by her sister, the diary was published after the war.",
                "Page 1 of the report lists the names.",
                "Posts: the council cut forty of them last year.",
                "Joined: the two villages became one town.",
                "Posts: 3 new jobs were created.",
                "Post by post, the series builds a picture of the town » March 2024",
            ],
        );
    }

    #[test]
    fn removes_breadcrumb_trails() {
        removes_each(
            "BP011",
            &[
                "Home > News > Politics",
                "Startseite › Ratgeber › Heizung",
                "Start|Magazin|Coole Tipps|Magic Cleaning",
                "Sie sind hier: Startseite > Presse",
                "Home » Blog » How to bake a sourdough bread at home in five easy steps",
                "Главная / Новости / Политика",
                "Home / News / Lavrov meets Tillerson in Washington",
            ],
        );
        keeps_each(
            "BP011",
            &[
                "Home > the place where the heart is, my grandmother said.",
                "Start | Ziel",
                "Home | Away",
                "Home is where the heart is",
                "Berlin > Hamburg > München",
                "Home / Away",
                "Berlin / Hamburg / München",
                "Startseite/Presse/Archiv",
            ],
        );
    }

    #[test]
    fn removes_labels_of_author_boxes_and_contents() {
        removes_each(
            "BP011",
            &[
                "Über den Autor",
                "About the author",
                "Zur Person",
                "Inhaltsverzeichnis",
                "Table of contents",
            ],
        );
        keeps_each(
            "BP011",
            &[
                "Zur Person des Kanzlers",
                "About the author's new book",
                "Inhalt und Form",
            ],
        );
    }

    #[test]
    fn removes_taxonomy_lines() {
        removes_each(
            "BP011",
            &[
                "Tags: Barbour, Barbour Coastal, Elbe, Helle, Outdoor, Travel",
                "Kategorie: News",
                "Schlagworte:",
                "Tagged:",
                "Argomenti",
                "Meer over: Limburg, Overstromingen",
                "Keywords: Flood risk, Risk perception, Coastal towns, Insurance",
            ],
        );
    }

    #[test]
    fn removes_text_size_controls() {
        removes_each(
            "BP011",
            &["字号：大 中 小", "【字体：大 中 小】", "Font size: A A A"],
        );
        keeps_each(
            "BP011",
            &["Font size: the larger the better for older readers, the study found."],
        );
    }

    #[test]
    fn removes_a_validators_badge() {
        removes_each(
            "BP011",
            &[
                "Valid HTML 4.01",
                "Valid XHTML 1.0 Strict",
                "Valid CSS!",
                "W3C valid HTML5",
            ],
        );
        keeps_each(
            "BP011",
            &[
                "Valid HTML is easier to maintain than tag soup.",
                "Valid points",
            ],
        );
    }

    #[test]
    fn removes_a_wikis_interface_lines() {
        removes_each(
            "BP011",
            &[
                "From Wikipedia, the free encyclopedia",
                "Aus Wikipedia, der freien Enzyklopädie",
                "This article is about the lake in Russia. For other uses, see Baikal (disambiguation).",
                "For other uses, see Baikal (disambiguation).",
                "Not to be confused with Lake Balkhash.",
                "\"Baikal\" redirects here. For the car, see Baikal (car).",
                "Dieser Artikel behandelt den See. Zu weiteren Bedeutungen siehe Baikal (Begriffsklärung).",
                "Retrieved from \"https://en.wikipedia.org/w/index.php?title=Lake_Baikal&oldid=123456\"",
                "Abgerufen von „https://de.wikipedia.org/w/index.php?title=Baikalsee&oldid=1“",
                "This page was last edited on 3 December 2024, at 11:02 (UTC).",
                "Diese Seite wurde zuletzt am 3. Dezember 2024 um 11:02 Uhr bearbeitet.",
            ],
        );
        keeps_each(
            "BP011",
            &[
                "This article is about the flood that hit the coast last week.",
                "Retrieved from the wreck, the bell now hangs in the museum.",
                "The free encyclopedia that anyone can edit grew to six million articles in English.",
                "This page was last edited by the council before the vote.",
            ],
        );
    }

    #[test]
    fn keeps_headings_and_sentences_that_start_like_labels() {
        keeps_each(
            "BP011",
            &[
                "Contact",
                "About",
                "Kontakt",
                "Themen: Die Regierung will die Steuern senken, sagte der Minister.",
                "Themen: Kritik aus dem Internet, Neue Prognosen zum Virus aus London",
                "Tag 3: Anreise nach Berlin",
                "Categories of risk differ by region",
                "Privacy matters to readers, the survey found.",
                "Impressum, Datenschutz und AGB wurden im Mai geändert",
                "Berlin | Hamburg | München | Kontakt",
                "Politik | Wirtschaft | Sport | Impressum",
            ],
        );
    }

    #[test]
    fn leaves_lines_with_more_to_say() {
        assert!(removed_by(
            "BP011",
            "Search for the missing hikers resumed on Monday.\n"
        )
        .is_empty());
        assert!(removed_by("BP011", "Home Office\n\nBody.\n").is_empty());
        assert!(removed_by("BP011", "Menu prices rose.\n").is_empty());
    }
    #[test]
    fn removes_chevron_trails_from_anywhere() {
        removes_each(
            "BP011",
            &[
                "Forum › Hardware › Storage",
                "Magazin » Reisen » Asien » Japan",
                // Pointing back to the index, as bulletin boards set them.
                "Board index ‹ Hardware ‹ Storage",
                "Forum « Technik « Festplatten",
            ],
        );
        keeps_each(
            "BP011",
            &[
                // Two entries, or chevrons that are quotation marks, make no trail.
                "Reisen » Asien",
                "Er sagte »Ja« und dann »Nein« und »Vielleicht«",
                "Sie nannte es ‹schön› und ‹gut› und ‹teuer›",
            ],
        );
    }

    #[test]
    fn removes_rows_of_post_buttons() {
        removes_each(
            "BP011",
            &[
                "Reply Quote",
                "Like · Reply · Share",
                "Antworten | Zitieren | Melden",
            ],
        );
        keeps_each(
            "BP011",
            &[
                "Reply to all",
                "Share the load",
                "Like many others, she did not reply.",
            ],
        );
    }

    #[test]
    fn removes_rating_widgets() {
        removes_each(
            "BP011",
            &[
                "★★★★★ 4.8 from 126 votes",
                "4.5 out of 5 stars",
                "4,7/5 (230 Bewertungen)",
                "★★★★☆",
                "5 stars",
                "(126 reviews)",
            ],
        );
        keeps_each(
            "BP011",
            &[
                "4.8",
                "2024",
                "The hotel earned 4 out of 5 stars from the inspectors.",
                "★ Highlights of the season",
            ],
        );
    }

    #[test]
    fn removes_recipe_and_pinning_buttons() {
        removes_each(
            "BP011",
            &[
                "Rate this recipe",
                "Pin it for later!",
                "Pinnen",
                "Jump to Recipe",
                "Jump to Recipe Print Recipe Pin Recipe",
                "Zum Rezept Drucken Pinnen",
                "Rezept drucken",
                "Imprimir receta",
            ],
        );
        keeps_each(
            "BP011",
            &[
                "Pin it on the map, then drive there.",
                "Recipe",
                "Zum Rezept gehört viel Butter.",
                "Jump to recipe ideas for busy weeknights",
            ],
        );
    }

    #[test]
    fn removes_unfilled_templates_and_form_buttons() {
        removes_each(
            "BP011",
            &[
                "%d Bloggern gefällt das:",
                "%d bloggers like this:",
                "%s comments",
                "Abbrechen",
                "Cancel",
                "Suche nach:",
                "Mitglied werden",
            ],
        );
        keeps_each(
            "BP011",
            &[
                "%d items (n);",
                "%d is the format for an integer",
                "Cancel the order before noon, the shop said.",
                "Mitglied werden konnte nur, wer in der Stadt wohnte.",
            ],
        );
    }

    #[test]
    fn removes_pagers_and_calendar_days() {
        let pager = "Body text that runs on for a sentence or two, as an article does.\n\n1\n\n2\n\n3\n\n...\n\n12\n\nNews\n";
        assert_eq!(
            crate::rules::testing::removed_by("BP011", pager),
            ["1", "2", "3", "...", "12"]
        );
        let days = (1..=31).map(|d| d.to_string()).collect::<Vec<_>>();
        let calendar = format!("Body text.\n\n« Jan\n\n{}\n", days.join("\n\n"));
        assert_eq!(
            crate::rules::testing::removed_by("BP011", &calendar).len(),
            31
        );
        let pager = "Body text.\n\n1\n\n2\n\n3\n\n›\n\n››\n";
        assert_eq!(
            crate::rules::testing::removed_by("BP011", pager),
            ["1", "2", "3", "›", "››"]
        );
        let pager = "Body text.\n\n1\n\n2\n\n3\n\n4\n\n...\n\n›\n\nNews\n";
        assert_eq!(
            crate::rules::testing::removed_by("BP011", pager),
            ["1", "2", "3", "4", "...", "›"]
        );
        let pager = "Body text.\n\n1\n\n2\n\n3\n\nNächste Seite\n";
        assert_eq!(
            crate::rules::testing::removed_by("BP011", pager),
            ["1", "2", "3", "Nächste Seite"]
        );
        // Numbered steps, each with its paragraph; two numbers; numbers not counting up.
        for text in [
            "1\n\nHeat the oven.\n\n2\n\nMelt the butter.\n\n3\n\nBake.\n",
            "Body.\n\n1\n\n2\n\nNews\n",
            "Body.\n\n2019\n\n2020\n\n2022\n",
            "Body.\n\n3\n\n2\n\n1\n",
            "Body.\n\nNr\n\nRider\n\n1\n\n2\n\n3\n\n4\n\nTotal\n",
        ] {
            assert!(
                crate::rules::testing::removed_by("BP011", text).is_empty(),
                "{text}"
            );
        }
    }

    #[test]
    fn long_counts_and_runs_of_marks_cost_a_bounded_walk() {
        // A numbered data file: every line a number counting up, no pager mark. Each
        // line's walk stops after a few dozen lines; nothing goes.
        let count: Vec<String> = (1..=5000).map(|n| n.to_string()).collect();
        let text = format!("Body.\n\n{}\n", count.join("\n\n"));
        assert!(crate::rules::testing::removed_by("BP011", &text).is_empty());
        // Thousands of gap lines under a pager: only the marks next to it are its.
        let text = format!("Body.\n\n1\n\n2\n\n3\n\n{}", "...\n\n".repeat(3000));
        assert_eq!(
            crate::rules::testing::removed_by("BP011", &text).len(),
            3 + 4
        );
    }

    #[test]
    fn removes_skip_links() {
        removes_each(
            "BP011",
            &[
                "Skip to primary navigation",
                "Skip to primary sidebar",
                "Skip to the content",
                "Skip Navigation",
                "Jump to Navigation",
                "Springe zum Inhalt",
                "Zum Inhalt wechseln",
                "zum Inhalt [Alt+0]",
                "Zum Hauptmenü Accesskey [2]",
                "Zur Suche springen",
                "Direkt zur Fusszeile",
                "Aller au contenu principal",
                "Przejdź do treści",
            ],
        );
        keeps_each(
            "BP011",
            &[
                "Zum Beispiel",
                "Zur Sache",
                "Zum Inhalt:",
                "Skip the line",
                "Go to the main content of the report, then read on.",
                "Zum Inhalt der Verhandlungen äußerte sich der Minister nicht.",
                "Jump to conclusions",
            ],
        );
    }

    #[test]
    fn labels_in_more_languages() {
        removes_each(
            "BP011",
            &[
                "Подробнее",
                "Читать далее",
                "続きを読む",
                "阅读全文",
                "اقرأ المزيد",
                "더보기",
                "Lees meer",
                "首页 > 新闻 > 国内",
                // Account links: log in, register, log out, my account.
                "INGRESAR",
                "Regístrate",
                "Cerrar sesión",
                "Mon compte",
                "Cadastre-se",
            ],
        );
        keeps_each(
            "BP011",
            &[
                "Подробнее об этом рассказал министр финансов.",
                "Ingresar al país será más caro desde el lunes",
            ],
        );
    }
}
