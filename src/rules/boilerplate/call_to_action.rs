//! Removes calls to action: short lines that ask the reader to subscribe, follow,
//! share, donate, become a member, download an app, tag the site in a post, visit its
//! channel, add its feed, rate or edit the page or read on ("Subscribe to our newsletter", "Follow us on
//! Twitter", "RSS-Feed abonnieren", "Was this page helpful?", a feedback widget's
//! "Yes this page is useful" and "Report a problem with this page", "Edit this page on
//! GitHub", "Episode teilen", "Tickets kaufen", "Add to calendar", "Apply now", "Become
//! a Member of …", "Jetzt abonnieren", "Download our apps for iOS and Android", "Did you
//! make this recipe? Tag @maria on Instagram!", "Check out our YouTube channel", a press
//! release wire's "View original content: https://…" and its media links: "Logo -
//! https://…"); a
//! short block that opens with an appeal
//! to subscribe, support or follow and goes on to explain it ("Gefällt dir unser
//! Magazin? Bei der Lancierung haben wir …"), or that explains the site's work and
//! closes with an appeal to support or subscribe ("… nosso trabalho tem sido maior do
//! que nunca. Assine o jornal.", "… Wesprzyj nas darowizną.", a newsletter's "Thanks for
//! reading The Letter! Subscribe for free to receive new posts and support my work.", a
//! station's "For the latest news, weather, sports, and streaming video, head to …");
//! and a blog entry's
//! footer that offers its permalink ("This entry was posted in News. Bookmark the
//! permalink."); a file's name alone on its line, as the link to download it leaves it
//! ("›PM_LFGM_04_22_Habeck-Besuch.pdf", "Jahresbericht.pdf (2,3 MB)"); and a short
//! line that only points to a link a tag stripper left
//! without its address ("Hier geht es zur Anmeldung", "Alles über nachhaltige
//! Wanderschuhe findest Du hier.", "The full report can be found here."), or that
//! ends, after a dash, by sending the reader on to the whole piece ("Learn how
//! to build fast Docker images — read the rest of the packaging guide."). A quotation or reported speech ("Read more books, the librarian
//! urged.") stays.
//!
//! Why: promotion and sharing widgets leave their labels behind in scraped text.
//!
//! Known false positives: a line of fifteen words or fewer that starts with such a
//! verb phrase and quotes someone without quotation marks or a reporting clause. A
//! quotation (`"Follow us," he shouted`) and reported speech (`Read more books, the
//! librarian urged.`) are kept.
//!
//! Example: `Become a Member of Global Research` is removed.

use std::sync::LazyLock;

use crate::rules::{Action, DocView, PhraseSet, Rule, RuleMeta, WordSet};
use crate::shape;

pub struct CallToAction;

static META: RuleMeta = RuleMeta {
    code: "BP007",
    name: "call-to-action",
    source: include_str!("call_to_action.rs"),
};

impl Rule for CallToAction {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[rustfmt::skip]
    fn phrases(&self) -> &'static [&'static str] {
        &[
            "subscribe to", "subscribe now", "subscribe for", "subscribe", "sign up for",
            "sign up to", "sign up now", "sign up", "follow us", "like us on", "share this",
            "share on", "share via", "share article", "share full article", "republish this",
            "send any friend a story", "compartilhe", "compartilhar", "assine", "receba notícias",
            "receba as notícias", "click here", "tap here", "become a member",
            "become a patron", "become a subscriber", "support us", "support our", "donate now",
            "support the show", "support this podcast", "buy me a coffee",
            "share a memory", "send flowers", "sign the guest book", "sign the guestbook",
            "plant a tree in memory", "plant trees in memory",
            "donate to", "download our app", "download the app", "get the app",
            "want your company's news featured on", "for the latest news",
            "view original content",
            "get our newsletter", "join our", "comment on", "read the full", "continue reading",
            "read more", "print this", "email this", "diese seite drucken",
            "imprimer cette page", "imprimir esta página", "jetzt abonnieren", "abonnieren sie",
            "newsletter abonnieren", "folgen sie uns", "hier klicken", "mehr erfahren",
            "weiterlesen", "artikel teilen", "jetzt teilen", "suivez-nous", "abonnez-vous",
            "partager", "síguenos", "suscríbete", "compartir", "подписывайтесь", "подпишитесь",
            "поделиться", "teilen mit:", "seite teilen", "artikel drucken", "rezept drucken",
            "sharing is caring", "unterstützen sie uns", "jetzt unterstützen", "jetzt spenden",
            "扫码关注", "扫一扫关注", "微信扫一扫", "关注我们", "欢迎关注", "フォローする",
            "フォローしてください", "구독하기", "تابعونا", "تابعنا على", "עקבו אחרינו",
            "हमें फॉलो करें", "bizi takip edin", "abone ol", "volg ons", "підписуйтесь",
            "udostępnij", "nos siga", "siga-nos", "opens in new window", "öffnet in neuem fenster",
            "ist dieser beitrag hilfreich", "war dieser artikel hilfreich",
            "was this article helpful", "dir hat der artikel gefallen", "beitrag teilen",
            "inhalt teilen", "mit anderen teilen", "url zum kopieren", "link kopieren", "copy link",
            "dela artikeln", "kopiera länk", "del artiklen", "del artikkelen", "kopier link",
            "kopier lenke",
            "dowiedz się więcej", "czytaj więcej", "en savoir plus", "leer más", "saiba mais",
            "hat ihnen der artikel gefallen", "dieser artikel gefällt ihnen",
            "gefällt ihnen dieser artikel", "flattr this", "like this:", "gefällt mir:",
            "if you enjoyed reading this", "if you enjoyed this", "if you liked this",
            "hat dir der artikel gefallen", "hat ihnen dieser artikel gefallen",
            "gefällt dir unser", "gefällt ihnen unser", "click to share", "click to email",
            "click to print", "scroll to read", "scroll to continue", "kostenlos abonnieren",
            "folge uns", "folgt uns", "hier weiterlesen", "teilen sie dies mit",
            "like what you see", "like what you're reading", "gefällt ihnen, was sie sehen",
            "gefällt dir, was du siehst", "werde teil der", "werden sie teil der",
            "je fais un don", "faites un don", "faire un don", "melde dich jetzt an",
            "jetzt anmelden", "jetzt registrieren", "send me email", "email me new posts",
            "wesprzyj nas", "soutenez-nous", "apóyanos", "apoie o", "apoie a", "assine já",
            "assine agora", "sostienici", "hazte socio", "add this feed", "rss feed",
            "rss-feed", "jetzt mitglied werden", "werde mitglied", "werden sie mitglied",
            "devenez membre", "diventa socio", "word lid", "zostań członkiem",
            "was this page helpful", "was this helpful", "is this page helpful",
            "is this page useful", "was this page useful", "was this article helpful",
            "was this article useful", "did you find this page useful",
            "did you find this helpful", "yes this page is useful", "no this page is not useful",
            "report a problem with this page", "thank you for your feedback",
            "thanks for your feedback", "war dieser artikel hilfreich", "war diese seite hilfreich",
            "ist diese seite hilfreich", "cette page vous a-t-elle été utile",
            "¿te ha resultado útil", "¿le resultó útil",
            "war diese seite hilfreich", "war dieser beitrag hilfreich",
            "cette page vous a-t-elle été utile", "cet article vous a-t-il été utile",
            "¿te ha resultado útil", "¿fue útil", "esta página foi útil",
            "czy ta strona była pomocna", "edit this page", "edit on github",
            "improve this page", "suggest an edit", "diese seite bearbeiten",
            "modifier cette page", "editar esta página", "share this episode",
            "episode teilen", "folge teilen", "diese episode unterstützen",
            "diese folge unterstützen", "support this podcast", "subscribe:", "abonnieren:",
            "listen on apple podcasts", "listen on spotify", "seite drucken", "print page",
            "tickets kaufen", "buy tickets", "get tickets", "zum kalender hinzufügen",
            "add to calendar", "in den kalender eintragen", "ajouter au calendrier",
            "añadir al calendario", "veranstaltung teilen", "share this event",
            "jetzt bewerben", "apply now", "job speichern", "save job", "diesen job teilen",
            "share this job", "postuler maintenant", "candidatar-se", "inscríbete",
            "send us your feedback", "feedback:", "この記事をシェア", "記事をシェア", "シェアする",
            "hier geht es zu", "hier geht es zum", "hier geht es zur", "hier geht's zu",
            "hier geht's zum", "hier geht's zur", "hier gehts zum", "hier gehts zur",
            "lesen sie hier",
        ]
    }

    fn check(&self, doc: &DocView, i: usize, phrases: &PhraseSet) -> Option<Action> {
        let text = doc.text(i);
        // Someone's words ("Read more books, the librarian urged.") are no widget's.
        let short =
            doc.words(i) <= 15 && !text.contains(['"', '“']) && !shape::is_reported_speech(text);
        let folded = doc.folded(i);
        let prompt = || {
            phrases.starts(folded)
                || is_share_bar(folded)
                || is_social_follow(folded)
                || is_channel_plug(folded)
        };
        ((short && prompt())
            || (doc.words(i) <= 8 && is_pdf_offer(folded))
            || (doc.words(i) <= 6 && is_file_link(folded))
            || (doc.words(i) <= 4 && is_media_link(folded))
            || (doc.words(i) <= 25 && is_app_prompt(folded))
            || (doc.words(i) <= 12 && is_push_prompt(folded))
            || (short && doc.words(i) <= 12 && is_link_pointer(folded))
            || (doc.words(i) <= 25 && is_read_on_plug(folded))
            || opens_with_appeal(doc, i)
            || closes_with_appeal(doc, i)
            || is_post_footer(doc, i))
        .then_some(Action::Remove)
    }
}

/// Appeals that mark a whole short block when its first sentence makes one: what
/// follows explains the appeal ("… we decided against a paywall").
static APPEALS: LazyLock<PhraseSet> = LazyLock::new(|| {
    #[rustfmt::skip]
    let appeals = [
        "subscribe to", "subscribe now", "sign up for", "sign up to", "become a member",
        "become a patron", "become a subscriber", "support us", "support our", "donate now",
        "donate to", "if you enjoyed", "if you liked this", "do you want to be informed",
        "want to stay informed", "jetzt abonnieren", "abonnieren sie", "unterstützen sie uns",
        "jetzt unterstützen", "jetzt spenden", "gefällt dir unser", "gefällt ihnen unser",
        "hat dir der artikel gefallen", "hat ihnen der artikel gefallen",
        "bleiben sie auf dem laufenden", "abonnez-vous", "soutenez-nous", "suscríbete",
        "apóyanos", "we rely on your support", "wir sind spendenfinanziert", "unterstütze uns",
        "unterstütze auch du uns", "jede kleine spende", "melde dich jetzt an",
        "registriere dich jetzt", "jetzt registrieren und", "create a free account",
        "create an account to",
    ];
    PhraseSet::new(&appeals)
});

/// "Gefällt dir unser Magazin? Bei der Lancierung …", "Sign up to get the best content
/// of the week, and great gaming deals, as picked by the editors.": a block of at most
/// 40 words whose first sentence, of at most 20 words, is an appeal or a follow prompt.
fn opens_with_appeal(doc: &DocView, i: usize) -> bool {
    let words = doc.words(i);
    let folded = doc.folded(i);
    // The anchored tests read a few bytes; most blocks fail them and stop there.
    let opens = words <= 40
        && words > 2
        && (APPEALS.starts(folded) || FOLLOW.iter().any(|f| folded.starts_with(f)));
    if !opens || doc.text(i).contains(['"', '“']) || shape::is_reported_speech(doc.text(i)) {
        return false;
    }
    let first = shape::first_sentence(folded);
    shape::word_count(first) <= 20 && (APPEALS.starts(first) || is_social_follow(first))
}

/// Appeals that mark a block when they make its last sentence, after sentences that
/// explain them: an imperative to support, donate to, join or subscribe to the site.
static CLOSING_APPEALS: LazyLock<PhraseSet> = LazyLock::new(|| {
    #[rustfmt::skip]
    let appeals = [
        "support us", "support our", "support independent", "please support", "donate now",
        "donate to", "please donate", "become a member", "become a subscriber",
        "become a patron", "subscribe to", "subscribe now", "subscribe today",
        "subscribe for free", "to receive new posts",
        "unterstützen sie uns", "unterstützen sie unsere", "unterstütze uns", "unterstütze unsere",
        "jetzt unterstützen", "jetzt spenden", "jetzt abonnieren", "werden sie mitglied",
        "werde mitglied", "wesprzyj nas", "wspieraj nas", "assine", "apoie", "colabore",
        "soutenez-nous", "soutenez notre", "faites un don", "abonnez-vous", "apóyanos",
        "suscríbete", "hazte socio", "sostienici", "abbonati",
    ];
    PhraseSet::new(&appeals)
});

/// "… nosso trabalho tem sido maior do que nunca. Assine o jornal.": a block of 8 to 80
/// words, without quotation marks, whose last sentence, of at most 15 words and after
/// at least one other, is an appeal to support or subscribe. Only the last sentence is
/// searched, from its first byte.
fn closes_with_appeal(doc: &DocView, i: usize) -> bool {
    let words = doc.words(i);
    if !(8..=80).contains(&words) {
        return false;
    }
    let folded = doc.folded(i);
    let Some(last) = last_sentence(folded) else {
        return false;
    };
    CLOSING_APPEALS.starts(last)
        && shape::word_count(last) <= 15
        && !folded.contains('"')
        && !shape::is_reported_speech(last)
}

/// The block's last sentence when another comes before it: the text after the last
/// ". ", "! " or "? ".
fn last_sentence(s: &str) -> Option<&str> {
    let bytes = s.trim_end().as_bytes();
    memchr::memrchr3_iter(b'.', b'!', b'?', bytes)
        .find(|&k| bytes.get(k + 1) == Some(&b' '))
        .map(|k| &s[k + 2..])
}

/// "Learn how to build fast Docker images — read the rest of the packaging guide.": a
/// teaser line whose last clause, after a dash (an em or en dash, or a spaced hyphen),
/// sends the reader on to the whole piece, whose link a tag stripper dropped.
fn is_read_on_plug(folded: &str) -> bool {
    #[rustfmt::skip]
    const READ_ON: &[&str] = &[
        "read the rest of", "read the full", "read the whole", "continue reading",
        "keep reading", "den ganzen artikel", "den vollständigen artikel", "weiterlesen",
        "lesen sie den ganzen", "lesen sie den vollständigen", "lire la suite",
        "seguir leyendo", "sigue leyendo", "continua a leggere",
    ];
    let Some(at) = ["—", "–", " - "]
        .iter()
        .filter_map(|dash| folded.rfind(dash).map(|k| k + dash.len()))
        .max()
    else {
        return false;
    };
    let clause = folded[at..].trim_start();
    READ_ON.iter().any(|r| clause.starts_with(r))
}

/// "Alles über nachhaltige Wanderschuhe findest Du hier.", "The full report can be found
/// here.": a line that only points to a link, whose text ("here", "hier") a tag
/// stripper left without its address.
fn is_link_pointer(folded: &str) -> bool {
    #[rustfmt::skip]
    const ENDINGS: &[&str] = &[
        "findest du hier", "finden sie hier", "findet ihr hier", "gibt es hier",
        "gibt's hier", "can be found here", "is available here", "are available here",
        "read more here", "find out more here", "learn more here", "read it here",
        "trouverez ici", "encontrarás aquí", "puede encontrar aquí",
    ];
    // A colon introduces the link's title or address on the next line: that stays,
    // and so does what leads to it ("Das Konzeptpapier finden Sie hier:").
    let line = folded.trim_end();
    if line.ends_with(':') {
        return false;
    }
    let line = line.trim_end_matches(['.', '!', '…']);
    let last = last_sentence(line).unwrap_or(line);
    ENDINGS.iter().any(|e| last.ends_with(e))
}

/// "Site Would Like To Send You Push Notifications": a browser prompt's text.
fn is_push_prompt(folded: &str) -> bool {
    [
        "push notification",
        "push-benachrichtigung",
        "notifications push",
    ]
    .iter()
    .any(|p| folded.contains(p))
}

/// "›PM_LFGM_04_22_Habeck-Besuch.pdf", "Jahresbericht 2021.pdf (2,3 MB)": a line that is
/// only a file's name, as the link to download it leaves it, an arrow or a bullet
/// before it and its size after it allowed.
fn is_file_link(folded: &str) -> bool {
    const EXTENSIONS: &[&str] = &[
        "pdf", "doc", "docx", "odt", "rtf", "xls", "xlsx", "ods", "csv", "ppt", "pptx", "zip",
        "epub", "mp3",
    ];
    let line = folded
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim_end();
    // The size after the name: "(2,3 MB)", "(123 KB)", "[pdf, 1 MB]".
    let line = match line.rfind(['(', '[']) {
        Some(at) if line.ends_with([')', ']']) && line[at..].contains('b') => line[..at].trim_end(),
        _ => line,
    };
    let Some((stem, extension)) = line.rsplit_once('.') else {
        return false;
    };
    EXTENSIONS.contains(&extension)
        && !stem.is_empty()
        && !stem.ends_with(' ')
        && shape::word_count(line) <= 4
        && !stem.contains(['.', ':', ',', '?', '!'])
}

/// "Logo - https://mma.example.com/media/123/logo.jpg", "Video: https://…": a media
/// file's label and its address alone on a line, as a press release's wire lists what
/// comes with it and a tag stripper leaves an embed.
fn is_media_link(folded: &str) -> bool {
    const LABELS: &[&str] = &[
        "logo",
        "photo",
        "photos",
        "image",
        "images",
        "video",
        "videos",
        "audio",
        "infographic",
        "multimedia",
        "foto",
        "fotos",
        "bild",
        "bilder",
        "imagen",
        "vidéo",
    ];
    let Some(at) = folded.find("http") else {
        return false;
    };
    let (label, address) = folded.split_at(at);
    let label = label
        .trim_end()
        .trim_end_matches([':', '-', '–', '—'])
        .trim_end();
    let address = address.trim_end();
    LABELS.contains(&label)
        && (address.starts_with("https://") || address.starts_with("http://"))
        && !address.contains(' ')
}

/// "Dieses Skript als PDF herunterladen", "Download as PDF", "PDF drucken": a short
/// line, not a sentence, that offers the page as a PDF file, or a recording as an
/// audio or video file ("Download: mp3 (30 MB) m4a (24 MB)").
fn is_pdf_offer(folded: &str) -> bool {
    #[rustfmt::skip]
    const VERBS: &[&str] = &[
        "download", "herunterladen", "downloaden", "speichern", "drucken", "print", "save",
        "télécharger", "descargar", "scaricare", "pobierz",
    ];
    const FORMATS: &[&str] = &["pdf", "mp3", "m4a", "opus", "ogg", "mp4", "epub"];
    FORMATS.iter().any(|f| folded.contains(f))
        && !shape::has_terminal_punctuation(folded)
        && folded
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| VERBS.contains(&w))
}

/// "Download the Nationnews apps for iOS and Android", "Jetzt die App laden: iOS |
/// Android": a short line that offers an app and names the stores.
fn is_app_prompt(folded: &str) -> bool {
    #[rustfmt::skip]
    const VERBS: &[&str] = &[
        "download", "get", "install", "herunterladen", "laden", "holen", "descarga",
        "descargue", "baixe", "télécharger", "téléchargez",
    ];
    const STORES: &[&str] = &["ios", "android", "iphone", "ipad"];
    // Most blocks name no app: one substring search spares the word split.
    if folded.len() > 300 || !folded.contains("app") {
        return false;
    }
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.len() <= 25
        && words.iter().any(|w| VERBS.contains(w))
        && words.iter().any(|w| matches!(*w, "app" | "apps" | "appen"))
        && (words.iter().any(|w| STORES.contains(w))
            || folded.contains("app store")
            || folded.contains("google play"))
}

/// A blog's entry footer: "This entry was posted in News and tagged Berlin. Bookmark
/// the permalink.", "Dieser Eintrag wurde veröffentlicht in Podcast und
/// verschlagwortet mit berlin. Permanentlink." — a short block that offers the
/// permalink and says where the post was filed.
fn is_post_footer(doc: &DocView, i: usize) -> bool {
    const FILED: &[&str] = &[
        "posted in",
        "tagged",
        "filed under",
        "veröffentlicht in",
        "verschlagwortet",
        "getaggt",
        "publié dans",
        "publicado en",
        "publicado em",
        "opublikowano w",
    ];
    let folded = doc.folded(i);
    doc.words(i) <= 40
        && (folded.contains("permalink") || folded.contains("permanentlink"))
        && FILED.iter().any(|f| folded.contains(f))
}

/// Social networks a follow prompt names.
#[rustfmt::skip]
static NETWORKS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "twitter", "instagram", "facebook", "tiktok", "youtube", "linkedin", "telegram", "threads",
        "bluesky", "mastodon", "whatsapp", "snapchat", "pinterest",
    ])
});

/// How a follow prompt starts.
const FOLLOW: &[&str] = &[
    "follow ",
    "folgen sie ",
    "folge ",
    "siga ",
    "sigue ",
    "suivez ",
];

/// How a prompt to tag the site in a post starts.
const TAG: &[&str] = &[
    "tag us ",
    "tag me ",
    "tag @",
    "mention us ",
    "mention @",
    "markiere uns ",
    "markiert uns ",
    "markiere mich ",
    "identifiez-nous ",
    "etiquétanos ",
    "etiquétame ",
];

/// "Follow The Gazette on Twitter and Instagram", "Did you make this recipe? Tag
/// @maria on Instagram!": a line with a sentence that starts with "follow" (or its
/// German, Spanish, French, Portuguese forms) or asks to be tagged, and that names a
/// social network.
fn is_social_follow(folded: &str) -> bool {
    let opens = |sentence: &str| FOLLOW.iter().chain(TAG).any(|f| sentence.starts_with(f));
    shape::sentences(folded).any(opens)
        && folded
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| NETWORKS.contains(w))
}

/// "¡Mira lo que tiene nuestro canal de YouTube!", "Check out our Instagram page",
/// "Besuchen Sie unseren YouTube-Kanal": a line that points the reader to the site's own
/// channel on a social network, with an imperative or an exclamation mark. "Our
/// Facebook page was down on Monday." tells news and stays.
fn is_channel_plug(folded: &str) -> bool {
    #[rustfmt::skip]
    const OURS: &[&str] = &[
        "our", "unser", "unseren", "unsere", "unserem", "nuestro", "nuestra", "nuestros",
        "notre", "nos", "nostro", "nostra", "nosso", "nossa",
    ];
    #[rustfmt::skip]
    const CHANNELS: &[&str] = &[
        "channel", "channels", "page", "account", "profile", "kanal", "kanäle", "seite",
        "profil", "canal", "canales", "página", "perfil", "chaîne", "compte", "pagina",
    ];
    #[rustfmt::skip]
    const LOOK: &[&str] = &[
        "check", "visit", "watch", "see", "join", "mira", "visita", "visite", "besuche",
        "besuchen", "schau", "schauen", "schaut", "découvrez", "regardez", "rejoignez",
        "guarda", "visitate", "confira", "assista",
    ];
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().any(|w| NETWORKS.contains(w))
        && words.iter().any(|w| OURS.contains(w))
        && words.iter().any(|w| CHANNELS.contains(w))
        && (folded.trim_end().ends_with('!') || words.first().is_some_and(|w| LOOK.contains(w)))
}

/// Names of sharing targets and sharing verbs: a line made only of them or of
/// [`SHARE_VERBS`] (and the words that join them, "auf", "via", "per") is a share bar.
static SHARE_WORDS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "share",
        "tweet",
        "twitter",
        "x",
        "facebook",
        "linkedin",
        "whatsapp",
        "telegram",
        "reddit",
        "xing",
        "pinterest",
        "pin",
        "pinnen",
        "email",
        "e-mail",
        "mail",
        "print",
        "drucken",
        "teilen",
        "twittern",
        "messenger",
        "copy",
        "link",
        "kopieren",
        "flipboard",
        "threads",
        "bluesky",
        "mastodon",
        "vk",
        "imprimir",
        "compartir",
        "partager",
        "imprimer",
        "udostępnij",
        "senden",
        "send",
        "enviar",
        "correo",
        "envoyer",
        "courriel",
        "invia",
        "stampa",
        "weiterempfehlen",
        "empfehlen",
        "condividi",
        "微信",
        "微博",
        "qq",
        "qq空间",
    ])
});

/// Share verbs: one alone on its line is a share button's label.
static SHARE_VERBS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "share",
        "teilen",
        "twittern",
        "tweet",
        "weiterempfehlen",
        "compartir",
        "partager",
        "condividi",
        "udostępnij",
        "pinnen",
        "分享",
        "分享到",
        "シェア",
        "シェアする",
        "공유",
        "공유하기",
        "شارك",
        "مشاركة",
        "שתפו",
        "שתף",
        "शेयर",
        "κοινοποίηση",
        "μοιραστείτε",
        "paylaş",
        "delen",
        "поделиться",
        "поділитися",
    ])
});

fn is_share_word(w: &str) -> bool {
    SHARE_WORDS.contains(w) || SHARE_VERBS.contains(w)
}

/// Whether a line of at most two words is only a social network's or a sharing
/// target's name ("Facebook", "Instagram", "E-Mail", "Google +"): one button of a
/// follow or share bar whose buttons a tag stripper set one per line. Alone, such a
/// line may be a heading; beside another, it is a bar (see the stranded-line rule).
pub fn is_bar_item(folded: &str) -> bool {
    /// Where else a follow bar sends its reader.
    const ELSEWHERE: &[&str] = &[
        "rss",
        "flickr",
        "vimeo",
        "spotify",
        "soundcloud",
        "discord",
        "twitch",
        "tumblr",
        "digg",
        "stumbleupon",
        "technorati",
        "mixx",
        "delicious",
        "del.icio.us",
        "myspace",
        "livejournal",
        "typepad",
    ];
    let mut count = 0;
    for word in folded
        .split(|c: char| c.is_whitespace() || c == '+')
        .filter(|w| !w.is_empty())
    {
        count += 1;
        let known = is_share_word(word)
            || NETWORKS.contains(word)
            || ELSEWHERE.contains(&word)
            || (word == "google" && folded.contains('+'));
        if count > 2 || !known {
            return false;
        }
    }
    count > 0
}

fn is_share_bar(folded: &str) -> bool {
    let words = folded
        .split(|c: char| c.is_whitespace() || ",|·•/:：".contains(c))
        .filter(|w| !w.is_empty());
    // Words that join a bar's labels ("Teilen auf Facebook", "Per E-Mail teilen",
    // "Partager sur X"): allowed between them, counted as none.
    const JOINERS: &[&str] = &[
        "on",
        "via",
        "by",
        "with",
        "auf",
        "per",
        "über",
        "mit",
        "sur",
        "par",
        "en",
        "por",
        "su",
        "na",
        "w",
        "करें",
    ];
    let mut count = 0;
    let mut verb = false;
    for w in words {
        if JOINERS.contains(&w) {
            continue;
        }
        if !is_share_word(w) {
            return false;
        }
        verb |= SHARE_VERBS.contains(w);
        count += 1;
    }
    count >= 2 || (count == 1 && verb)
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{keeps_each, removed_after_body, removed_by, removes_each};

    #[test]
    fn removes_a_teaser_that_sends_the_reader_on() {
        removes_each(
            "BP007",
            &[
                "Learn how to build fast, production-ready Docker images — read the rest of the Docker packaging guide for Python.",
                "Wie die Stadt ihre Radwege plant – den ganzen Artikel lesen",
                "Five ways to save on heating this winter - continue reading",
                "Learn how to build fast Docker images—read the rest of the guide.",
            ],
        );
        keeps_each(
            "BP007",
            &[
                "She read the rest of the letter aloud — twice — before anyone spoke.",
                "The guide is long; read the rest of it before the exam, the teacher said.",
            ],
        );
    }

    #[test]
    fn a_follow_prompt_may_open_any_sentence_of_the_line() {
        for line in [
            "follow us on instagram",
            "thanks for reading. follow us on instagram",
            "gefällt dir das? folge uns auf instagram",
            "wow! follow us on facebook",
        ] {
            assert!(super::is_social_follow(line), "{line}");
        }
        for line in [
            // No sentence opens with the prompt: a mark without a space after it,
            // or the prompt inside a sentence.
            "see v2.follow us on instagram",
            "they said follow us on instagram",
            // No network named.
            "thanks for reading. follow us for more",
        ] {
            assert!(!super::is_social_follow(line), "{line}");
        }
    }

    #[test]
    fn removes_a_files_name_alone() {
        removes_each(
            "BP007",
            &[
                "›PM_LFGM_04_22_Habeck-Besuch.pdf",
                "Jahresbericht 2021.pdf (2,3 MB)",
                "• programm_herbst.docx",
            ],
        );
        keeps_each(
            "BP007",
            &[
                "The report is in annual-report.pdf.",
                "Dateien im Format .pdf",
                "Die Datei heißt bericht.pdf und liegt bei.",
                "Version 2.1.zip",
            ],
        );
    }

    #[test]
    fn removes_pointers_to_a_lost_link() {
        removes_each(
            "BP007",
            &[
                "Hier geht es zur neuen Vorstandsstruktur",
                "Hier geht's zum Programm.",
                "Lesen Sie hier einen weiteren spannenden Beitrag …",
                "Alles über nachhaltige Wanderschuhe findest Du hier.",
                "Weitere Bilder gibt es hier!",
                "The full report can be found here.",
                "Want the details? Read more here.",
            ],
        );
        keeps_each(
            "BP007",
            &[
                // Being somewhere, and a pointer in a long sentence of prose.
                "We are glad to be here.",
                "Die Lösung gibt es hier nicht.",
                "Das Konzeptpapier finden Sie hier:",
                "Wer die Geschichte des Hauses kennenlernen will, der erfährt im Museum am Markt und in den Führungen des Vereins mehr, als man vermutet, und findet auch alte Pläne hier.",
                "\"The answer can be found here,\" she said.",
            ],
        );
    }

    #[test]
    fn removes_calls_to_action() {
        assert_eq!(
            removed_by("BP007", "Body.\n\nBecome a Member of Global Research\n").len(),
            1
        );
        assert_eq!(removed_by("BP007", "Body.\n\nBeitrag teilen\n").len(), 1);
        assert_eq!(removed_by("BP007", "Body.\n\nCompartilhe\n").len(), 1);
        assert_eq!(
            removed_by("BP007", "Body.\n\nReceba notícias no WhatsApp\n").len(),
            1
        );
        assert_eq!(
            removed_by("BP007", "Body.\n\nRepublish this article\n").len(),
            1
        );
        assert_eq!(
            removed_by("BP007", "Body.\n\nSend any friend a story\n").len(),
            1
        );
        for bar in [
            "twittern",
            "Teilen Senden",
            "weiterempfehlen",
            "Teilen auf Facebook Teilen auf X Per E-Mail teilen",
            "Partager sur Facebook Partager par e-mail",
            "Enviar por correo",
            "Envoyer par courriel",
            "Send by email",
        ] {
            assert_eq!(removed_after_body("BP007", bar), [bar]);
        }
        keeps_each(
            "BP007",
            &["Send", "Correo", "Enviar por correo la solicitud firmada."],
        );
        assert_eq!(
            removed_by("BP007", "Body.\n\nFollow us on Telegram\n").len(),
            1
        );
        assert_eq!(
            removed_by("BP007", "Body.\n\nJetzt abonnieren und weiterlesen\n").len(),
            1
        );
        assert_eq!(
            removed_by(
                "BP007",
                "Body.\n\nFollow The Gazette on Twitter and Instagram @gazette and on Facebook\n"
            )
            .len(),
            1
        );
    }

    #[test]
    fn removes_support_prompts() {
        removes_each(
            "BP007",
            &[
                "If you enjoyed this, share it with a friend.",
                "Gefällt dir unser Magazin? Dann unterstütze uns.",
                "Gefällt Ihnen, was Sie sehen?",
                "Werde teil der Community!",
                "Je fais un don à Attac",
                "Jetzt Mitglied werden!",
                "Werde Mitglied im Verein",
                "Devenez membre",
                "Support the show on Patreon",
                "Buy me a coffee",
                "Share a memory",
                "Sign the Guest Book",
                "Plant a tree in memory of Margaret",
            ],
        );
        keeps_each(
            "BP007",
            &["Mitglied werden konnte nur, wer in der Stadt wohnte und Steuern zahlte."],
        );
    }

    #[test]
    fn removes_follow_read_on_and_sign_up_prompts() {
        removes_each(
            "BP007",
            &[
                "Folge uns auf:",
                "Folgt uns!",
                "Dela artikeln",
                "Kopiera länk",
                "Hier weiterlesen",
                "Teilen Sie dies mit:",
                "Jetzt anmelden »",
                "Pinnen",
                "Send me email every new post.",
                "Sign up to get the best content of the week, and great gaming deals, as picked by the editors.",
                "Add this feed to your online news reader",
                "RSS-Feed abonnieren",
            ],
        );
        keeps_each(
            "BP007",
            &[
                "Folge dem Fluss bis zur Brücke.",
                "RSS feeds let readers follow many sites in one place, the report said.",
                "Folgen uns unbekannter Stoffe sind schwer abzuschätzen.",
            ],
        );
    }

    #[test]
    fn removes_plugs_for_the_sites_own_channel() {
        removes_each(
            "BP007",
            &[
                "¡Mira lo que tiene nuestro canal de YouTube!",
                "Check out our Instagram page for more recipes",
                "Besuchen Sie unseren YouTube-Kanal",
                "Rejoignez notre page Facebook !",
            ],
        );
        keeps_each(
            "BP007",
            &[
                "Our Facebook page was down on Monday.",
                "Sein YouTube-Kanal hat zwei Millionen Abonnenten.",
                "Check the page numbers before you print.",
            ],
        );
    }

    #[test]
    fn removes_prompts_to_tag_the_site() {
        removes_each(
            "BP007",
            &[
                "Did you make this recipe? Tag @marialopezbakes on Instagram!",
                "Tag us on Instagram with #bakewithmaria",
                "Schon ausprobiert? Markiere uns auf Instagram!",
            ],
        );
        keeps_each(
            "BP007",
            &[
                "Tag der offenen Tür: Fotos auf Instagram",
                "She was tagged in a photo on Instagram.",
            ],
        );
    }

    #[test]
    fn a_media_link_is_its_label_and_address_alone() {
        keeps_each(
            "BP007",
            &[
                "Video: the council's vote",
                "Photo: https://example.com/a.jpg shows the damage",
                "Logo contest: https://example.com/contest",
            ],
        );
    }

    #[test]
    fn removes_blocks_that_open_with_an_appeal() {
        removes_each("BP007", &[
            "Gefällt dir unser Klettermagazin? Bei der Lancierung haben wir entschieden, keine Bezahlschranke einzuführen. Das wird auch so bleiben.",
            "Do you want to be informed of our actions? Sign up here",
            "For the latest stories and breaking news updates download the Nationnews apps for iOS and Android.",
            "Follow The Gleaner on Twitter and Instagram @JamaicaGleaner. Send us a message on WhatsApp or email us at the newsroom any time of day.",
            "If you enjoyed reading this post — would you consider supporting our work? Just click here. Thanks!",
            "Dieses Skript als PDF herunterladen",
            "Download: mp3 (30 MB) m4a (24 MB)",
            "MP3-DOWNLOAD (01:00 h)",
            "Was this page helpful?",
            "Logo - https://mma.example.com/media/123456/Acme_Logo.jpg",
            "Video: https://www.example.com/watch?v=abc123",
            "View original content to download multimedia:https://www.example.com/news-releases/acme-301234567.html",
            "Is this page useful?",
            "No this page is not useful",
            "Report a problem with this page",
            "Diese Seite drucken",
            "Edit this page on GitHub",
            "Abonnieren: Apple Podcasts | Spotify | RSS",
            "Episode teilen",
            "Diese Episode unterstützen",
            "Tickets kaufen",
            "Zum Kalender hinzufügen",
            "Jetzt bewerben",
            "Save job",
            "Feedback: Send us your feedback.",
            "Click to share on Twitter (Opens in new window)",
            "Scroll to read more Restaurant reviews articles",
            "POPSUGAR Would Like To Send You Push Notifications.",
            "We rely on your support to make local news available to all",
            "Wir sind spendenfinanziert. Unterstütze auch du uns langfristig mit einem Dauerauftrag!",
            "Melde dich jetzt an, um selbst Artikel zu verfassen, zu kommentieren und mitzubestimmen, welche Themen wichtig sind.",
            "Create a free account to keep reading and get our weekly picks in your inbox.",
            "Em tempos de desinformação, o CORREIO continua produzindo informação responsável. Colabore para que nossa equipe seja mantida. Assine o jornal.",
            "Czytasz właśnie nowy rodzaj materiału na naszym portalu. Wesprzyj nas darowizną lub przekaż nam 1% podatku.",
            "Independent journalism costs money and takes time. Support our newsroom with a monthly gift.",
            "Thanks for reading The Small Places Letter! Subscribe for free to receive new posts and support my work.",
            "WANT YOUR COMPANY'S NEWS FEATURED ON PRNEWSWIRE.COM?",
            "The Letter is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.",
        ]);
        keeps_each("BP007", &[
            // The appeal is not the first sentence.
            "The group said it had 4,000 members. Subscribe to its letters, it urged, and the campaign would grow.",
            // Too long to be a widget.
            "Support us, the mayor told the crowd on Sunday. He promised new schools, a bridge over the river, cheaper buses for pensioners and students, a new hospital wing, and an end to the water cuts that have plagued the city for two summers.",
            "The app is free on iOS, the company said, and an Android version will follow in the spring.",
            "The ministry did not print the PDF report.",
            "The band's mp3 files were downloaded a million times.",
            "Teilen auf Facebook ist einfach",
            "Read more books, the librarian urged the council.",
            "Subscribe to our paper, she told the crowd, and we will print the truth.",
            "Share with care",
            // An appeal in the last sentence that someone made, or that runs long.
            "The rally ended late. Support our farmers, the minister told the crowd.",
            "The rally ended late. \"Support our farmers,\" the minister said.",
            "The club has lost half its members since 2019. Support for the league, however, has grown in every region of the country and among all age groups, the survey says.",
            "The museum is open again. To receive new posts from its archive, the curator said, readers need no account.",
        ]);
    }

    #[test]
    fn removes_blog_entry_footers() {
        removes_each("BP007", &[
            "This entry was posted in News and tagged Berlin, council. Bookmark the permalink.",
            "Dieser Eintrag wurde veröffentlicht in Podcast und verschlagwortet mit berlin von Simon. Permanentlink.",
        ]);
        // A permalink mentioned in prose, without where the post was filed, stays.
        assert!(removed_by(
            "BP007",
            "Body.\n\nThe permalink of the ruling changed twice last year.\n"
        )
        .is_empty());
    }

    #[test]
    fn leaves_prose() {
        assert!(removed_by("BP007", "Share prices fell sharply on Monday.\n").is_empty());
        assert!(removed_by("BP007", "Subscribers to the service complained about outages across Europe and Asia, the company said on Monday in a statement.\n").is_empty());
        assert!(removed_by("BP007", "\"Follow us,\" the officer shouted.\n").is_empty());
        assert!(removed_by("BP007", "Facebook\n\nFacebook shares fell on Monday.\n").is_empty());
        assert!(removed_by("BP007", "Follow the money, investigators say.\n").is_empty());
        // An appeal's first sentence may not run past 20 words.
        assert!(removed_by(
            "BP007",
            "Support our troops, the senator said on Monday in a speech to veterans and their families that drew loud applause in the hall.\n"
        )
        .is_empty());
        assert!(removed_by(
            "BP007",
            "The ministry said on Twitter that talks would follow next week.\n"
        )
        .is_empty());
    }

    #[test]
    fn share_bars_in_more_languages() {
        removes_each(
            "BP007",
            &[
                "分享到：微信 微博 QQ空间",
                "シェアする",
                "공유하기",
                "شارك",
                "שתפו",
                "शेयर करें",
                "Paylaş",
                "Поділитися",
            ],
        );
        removes_each(
            "BP007",
            &[
                "扫码关注，获取更多资讯",
                "تابعونا على فيسبوك",
                "Volg ons op Instagram",
            ],
        );
        // A sentence that opens with the same verb is prose ("The president took part …").
        keeps_each(
            "BP007",
            &[
                "شارك الرئيس في المؤتمر الصحفي أمس.",
                "Delen van de stad liepen onder water.",
            ],
        );
    }
}
