//! Removes cookie and privacy consent notices: a block of at most 80 words that speaks
//! of cookies together with using, accepting or consenting ("This site uses cookies",
//! "Wir verwenden Cookies", "Korzystamy z plików cookies"); a block of at most 30
//! words that names a privacy policy or terms of use and tells the reader they agree
//! to it or should read it ("By signing up, you agree to our Privacy Policy", "Mit
//! dem Laden des Videos akzeptieren Sie die Datenschutzerklärung von YouTube", "Bitte
//! beachte auch die Datenschutzerklärung von Google", "Mit dem Absenden des Kommentars
//! bestätigst Du, dass Du unsere Datenschutzerklärung zur Kenntnis genommen hast"); a
//! comment form's data note of at most 160 words, in which the site speaks to its
//! reader of comments, personal data or a privacy policy, and storing, processing or
//! consenting ("Wir speichern beim Kommentieren keine IP-Adressen …", "Prosimy o
//! zaznaczenie checkboxa przed dodaniem komentarza. … Administratorem danych
//! osobowych jest …"); a placeholder of at most 40 words that stands for an embedded
//! video, map or post until the reader clicks to load it from its provider ("Klicken
//! Sie auf den unteren Button, um den Inhalt von www.komoot.de zu laden.", "Click to
//! load external content"), or what stands where a script or a player could not run
//! ("Your browser does not support the video tag.", "Please enable JavaScript to view
//! the comments powered by Disqus."), in at most 30 words; short links to the privacy policy ("Privacy policy",
//! "Datenschutzerklärung", "Polityka prywatności"); and a consent banner's buttons,
//! one a line, in a row of up to six right above or below its notice ("Accept all" /
//! "Reject all" / "Manage settings", "Alle akzeptieren" / "Einstellungen").
//!
//! Why: consent banners are part of the page, not the article, and repeat on every page
//! of a site.
//!
//! Known false positives: a short article paragraph about cookie regulation that uses
//! both words, such as a news item on a new consent law. A report that a company
//! changed its privacy policy stays: it addresses no reader.
//!
//! Example: `Privacy & Cookies: This site uses cookies. By continuing to use this
//! website, you agree to their use.` is removed.

use std::sync::LazyLock;

use memchr::memmem;

use crate::rules::{Action, DocView, PhraseGate, PhraseSet, Rule, RuleMeta, WordSet};

pub struct CookieNotice;

/// What a placeholder for an embed says it loads.
#[rustfmt::skip]
static EMBED_LOADING: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::new(&[
        "um den inhalt von", "um inhalte von", "externe inhalte", "externen inhalt",
        "inhalt zu laden", "inhalte zu laden", "load external content", "load the content",
        "to load content", "click to load", "charger le contenu", "contenu externe",
        "cargar el contenido", "contenido externo",
    ])
});

/// What a page prints where a script or a player could not run: the embed's fallback
/// for a browser without it, or a plea to turn scripts on.
#[rustfmt::skip]
static NO_SCRIPT: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::new(&[
        "does not support the video", "doesn't support the video", "does not support video",
        "does not support the audio", "doesn't support the audio", "does not support html5",
        "enable javascript", "javascript is disabled", "javascript is required",
        "javascript must be enabled", "javascript to be enabled", "comments powered by disqus",
        "javascript aktivieren", "aktivieren sie javascript", "javascript ist deaktiviert",
        "unterstützt keine html5", "unterstützt das video-tag nicht", "activez javascript",
        "activer javascript", "habilita javascript", "habilite javascript", "activa javascript",
        "włącz javascript",
    ])
});

/// Most words of such a fallback.
const MAX_NO_SCRIPT_WORDS: usize = 30;

/// The click that loads it.
#[rustfmt::skip]
static CLICK: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::new(&[
        "klicken", "klick", "button", "schaltfläche", "aktivieren", "entsperren", "click",
        "tap", "activate", "unblock", "cliquez", "cliquer", "clic", "pulsa", "haga clic",
    ])
});

/// Most words of an embed's placeholder.
const MAX_PLACEHOLDER_WORDS: usize = 40;

static META: RuleMeta = RuleMeta {
    code: "BP008",
    name: "cookie-notice",
    source: include_str!("cookie_notice.rs"),
};

/// Words for cookies and trackers, in the languages the phrase lists cover.
static COOKIE_WORDS: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::new(&[
        "cookie",
        "cookies",
        "plików cookies",
        "ciasteczka",
        "tracking",
        "tracker",
    ])
});

/// The documents a consent line points to.
static POLICIES: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::new(&[
        "privacy policy",
        "terms of service",
        "datenschutzerklärung",
        "datenschutzbestimmungen",
        "nutzungsbedingungen",
        "politique de confidentialité",
        "política de privacidad",
    ])
});

/// A reader told that they agree, or asked to take note.
static ASSENT: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::new(&[
        "you agree",
        "you accept",
        "you consent",
        "i agree",
        "i accept",
        "i have read",
        "akzeptieren sie",
        "akzeptierst du",
        "stimmen sie",
        "stimmst du",
        "ich stimme",
        "ich akzeptiere",
        "ich habe die",
        "bestätigst du",
        "bestätigen sie",
        "zur kenntnis genommen",
        "bitte beachte",
        "bitte beachten sie",
        "vous acceptez",
        "j'accepte",
        "acepto",
        "aceptas",
        "akceptuję",
        "zgadzam się",
    ])
});

/// Comments and commenting, the subject of a comment form's note.
static COMMENT_WORDS: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::new(&[
        "comment",
        "comments",
        "commenting",
        "kommentar",
        "kommentars",
        "kommentare",
        "kommentieren",
        "komentarz",
        "komentarza",
        "komentarzy",
        "komentarze",
        "commentaire",
        "commentaires",
        "comentario",
        "comentarios",
    ])
});

/// Personal data and the documents about it, as a form's note names them.
static DATA_WORDS: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::new(&[
        "personal data",
        "privacy policy",
        "ip address",
        "ip addresses",
        "datenschutz",
        "datenschutzerklärung",
        "datenschutzhinweise",
        "datenschutzbestimmungen",
        "personenbezogene daten",
        "personenbezogenen daten",
        "ip-adresse",
        "ip-adressen",
        "dane osobowe",
        "danych osobowych",
        "données personnelles",
        "politique de confidentialité",
        "datos personales",
        "política de privacidad",
    ])
});

/// What a form does with the data, or asks the reader to agree to.
static HANDLING: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::new(&[
        "store",
        "stored",
        "stores",
        "process",
        "processed",
        "you agree",
        "you consent",
        "speichern",
        "gespeichert",
        "verarbeitet",
        "verarbeiten",
        "einwilligung",
        "willige",
        "zur kenntnis genommen",
        "absenden",
        "przetwarzane",
        "przetwarzania",
        "checkboxa",
        "zgodę",
        "stockées",
        "traitées",
        "almacenados",
        "tratados",
    ])
});

/// The site speaking to its reader: a form's note does, a report on one does not.
static READER: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::new(&[
        "you",
        "your",
        "we",
        "our",
        "sie",
        "du",
        "dein",
        "deine",
        "ihre",
        "wir",
        "unsere",
        "prosimy",
        "informujemy",
        "vous",
        "votre",
        "nous",
        "usted",
        "tu",
        "nosotros",
    ])
});

impl Rule for CookieNotice {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[rustfmt::skip]
    fn phrases(&self) -> &'static [&'static str] {
        &[
            "uses cookies", "use cookies", "we use", "this site uses", "this website uses",
            "accept", "accept all", "consent", "agree to", "by continuing", "cookie settings",
            "cookie policy", "manage preferences", "wir verwenden", "verwendet cookies",
            "nutzt cookies", "akzeptieren", "zustimmen", "einwilligung", "einverstanden",
            "datenschutzeinstellungen", "utilisons des cookies", "accepter", "utilizamos cookies",
            "aceptar", "korzystamy", "używamy", "zgodę", "akceptuję", "do not sell my data",
            "do not sell my personal information", "verwenden wir cookies", "nutzen wir cookies",
            "setzen wir cookies", "verwendung von cookies", "weitere nutzung",
        ]
    }

    fn gated_sets<'a>(&self, _configured: &'a PhraseSet) -> Vec<&'a PhraseSet> {
        vec![
            &COOKIE_WORDS,
            &POLICIES,
            &COMMENT_WORDS,
            &EMBED_LOADING,
            &NO_SCRIPT,
        ]
    }

    fn check(&self, doc: &DocView, i: usize, phrases: &PhraseSet) -> Option<Action> {
        let folded = doc.folded(i);
        let words = doc.words(i);
        let consent = is_consent(doc, i, phrases);
        let policy = words <= 30 && doc.contains(i, &POLICIES) && ASSENT.contains(folded);
        let form_note = words <= 160
            && (words <= PhraseGate::MAX_WORDS || may_speak_of_comments(folded))
            && doc.contains(i, &COMMENT_WORDS)
            && DATA_WORDS.contains(folded)
            && HANDLING.contains(folded)
            && READER.contains(folded);
        let placeholder = words <= MAX_PLACEHOLDER_WORDS
            && doc.contains(i, &EMBED_LOADING)
            && CLICK.contains(folded);
        let no_script = words <= MAX_NO_SCRIPT_WORDS && doc.contains(i, &NO_SCRIPT);
        (consent
            || policy
            || form_note
            || placeholder
            || no_script
            || words <= 6 && is_privacy_link(folded)
            || is_consent_button(doc, i, phrases))
        .then_some(Action::Remove)
    }
}

/// Whether block `i` asks the reader to accept cookies (see the module's doc).
fn is_consent(doc: &DocView, i: usize, phrases: &PhraseSet) -> bool {
    doc.words(i) <= 80 && doc.contains(i, &COOKIE_WORDS) && phrases.contains(doc.folded(i))
}

/// A consent banner's buttons, lowercase.
static CONSENT_BUTTONS: LazyLock<WordSet> = LazyLock::new(|| {
    #[rustfmt::skip]
    let buttons = [
        "accept", "accept all", "accept all cookies", "accept cookies", "allow all",
        "allow cookies", "allow all cookies", "reject", "reject all", "decline", "deny",
        "manage settings", "manage options", "manage cookies", "cookie settings",
        "settings", "preferences", "customize", "customise", "ok", "okay", "i agree",
        "agree", "got it", "save settings", "save and close", "necessary only",
        "only necessary", "alle akzeptieren", "akzeptieren", "alle ablehnen", "ablehnen",
        "einstellungen", "zustimmen", "alle zulassen", "nur notwendige",
        "nur notwendige cookies", "auswahl bestätigen", "auswahl speichern", "speichern",
        "tout accepter", "accepter", "tout refuser", "refuser", "paramétrer",
        "personnaliser", "aceptar", "aceptar todo", "aceptar todas", "rechazar",
        "rechazar todo", "configurar", "accetta", "accetta tutto", "rifiuta",
        "accepteren", "alles accepteren", "weigeren", "instellingen", "acceptera",
        "acceptera alla", "godkänn", "afvis", "accepter alle", "zaakceptuj",
        "akceptuję", "odrzuć", "ustawienia", "принять", "отклонить",
    ];
    WordSet::new(&buttons)
});

/// Most lines of a consent banner's buttons, one a line.
const MAX_BUTTONS: usize = 6;

/// A consent banner's button alone on its line ("Accept all", "Alle akzeptieren",
/// "Einstellungen"), in a row of such buttons right beside the banner's notice. A
/// button's word far from a banner is a heading or a line of the text ("Settings").
fn is_consent_button(doc: &DocView, i: usize, phrases: &PhraseSet) -> bool {
    fn button(doc: &DocView, j: usize) -> bool {
        doc.words(j) <= 4 && {
            let line = doc.folded(j).trim_matches(|c: char| !c.is_alphanumeric());
            CONSENT_BUTTONS.contains(line)
        }
    }
    if !button(doc, i) {
        return false;
    }
    // The first line past the row of buttons, above and below.
    let above = (i.saturating_sub(MAX_BUTTONS)..i)
        .rev()
        .find(|&j| !button(doc, j));
    let below = (i + 1..doc.len().min(i + 1 + MAX_BUTTONS)).find(|&j| !button(doc, j));
    [above, below]
        .into_iter()
        .flatten()
        .any(|j| is_consent(doc, j, phrases))
}

/// Whether a long block, which the phrase gate does not scan, can hold a word of
/// [`COMMENT_WORDS`]: two vectorized searches for the stems they share ("comment",
/// "kommentar", "komentarz", "comentario") spare the phrase search in nearly every
/// long paragraph.
fn may_speak_of_comments(folded: &str) -> bool {
    static STEMS: LazyLock<[memmem::Finder<'static>; 2]> = LazyLock::new(|| {
        [
            memmem::Finder::new("omment"),
            memmem::Finder::new("omentar"),
        ]
    });
    STEMS
        .iter()
        .any(|stem| stem.find(folded.as_bytes()).is_some())
}

/// "Privacy policy", "Impressum & Datenschutz": a short line naming the privacy page.
fn is_privacy_link(folded: &str) -> bool {
    const PAGES: &[&str] = &[
        "privacy policy",
        "privacy & cookies",
        "datenschutzerklärung",
        "datenschutz",
        "datenschutzbestimmungen",
        "impressum & datenschutz",
        "polityka prywatności",
        "politique de confidentialité",
        "política de privacidad",
        "cookie-richtlinie",
    ];
    let line = folded.trim_matches(|c: char| !c.is_alphanumeric());
    PAGES.contains(&line)
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{keeps_each, removed_by, removes_each};

    #[test]
    fn removes_consent_notices() {
        let got = removed_by("BP008", "Body.\n\nPrivacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use.\n");
        assert_eq!(got.len(), 1);
        assert_eq!(removed_by("BP008", "Body.\n\nWir verwenden Cookies, um unsere Webseite für Sie optimal zu gestalten.\n").len(), 1);
        assert_eq!(
            removed_by("BP008", "Body.\n\nPolityka prywatności\n").len(),
            1
        );
        removes_each(
            "BP008",
            &[
                "Um unsere Webseite optimal zu gestalten, verwenden wir Cookies. Durch die weitere Nutzung der Webseite stimmen Sie der Verwendung von Cookies zu.",
                "Durch die weitere Nutzung der Seite stimmst du der Verwendung von Cookies zu. Weitere Informationen",
                "By signing up, you agree to our Privacy Policy and Terms of Service.",
                "Mit dem Laden des Beitrags akzeptieren Sie die Datenschutzerklärung von Facebook.",
                "Bitte beachte auch die Datenschutzerklärung von Google.",
                "Ich habe die Datenschutzerklärung gelesen und stimme ihr zu.",
            ],
        );
    }

    #[test]
    fn removes_a_banners_buttons_beside_its_notice() {
        const NOTICE: &str = "We use cookies to improve your experience. By clicking Accept all, you agree to the storing of cookies on your device.";
        const BODY: &str = "The pool opened on Saturday after three years of work.";
        let doc = format!("{NOTICE}\nAccept all\nReject all\nManage settings\n\n{BODY}\n");
        assert_eq!(
            removed_by("BP008", &doc),
            [NOTICE, "Accept all", "Reject all", "Manage settings"]
        );
        let doc = format!("Alle akzeptieren\nEinstellungen\nWir verwenden Cookies auf unserer Website.\n\n{BODY}\n");
        assert_eq!(removed_by("BP008", &doc).len(), 3);
        // Away from a banner, a button's word is a heading or a line of the text.
        let doc = format!("{BODY}\n\nSettings\n\n{BODY}\n\nAccept\n");
        assert!(removed_by("BP008", &doc).is_empty());
    }

    #[test]
    fn removes_placeholders_of_embeds() {
        removes_each(
            "BP008",
            &[
                "Klicken Sie auf den unteren Button, um den Inhalt von www.komoot.de zu laden.",
                "Click to load external content from YouTube.",
                "Cliquez pour charger le contenu de Twitter.",
            ],
        );
        keeps_each(
            "BP008",
            &[
                "Der Browser muss externe Inhalte von vielen Servern laden, sagt die Studie.",
                "Click here to read the full report.",
            ],
        );
    }

    #[test]
    fn removes_fallbacks_for_scripts_and_players() {
        removes_each(
            "BP008",
            &[
                "Your browser does not support the video tag.",
                "Please enable JavaScript to view the comments powered by Disqus.",
                "Bitte aktivieren Sie JavaScript, um diese Seite zu nutzen.",
            ],
        );
        keeps_each(
            "BP008",
            &["The old browser does not support the video format that the museum chose, so its archive was copied to a new one in 2019 at the request of the city council and its many users."],
        );
    }

    #[test]
    fn removes_comment_form_data_notes() {
        removes_each(
            "BP008",
            &[
                "Mit dem Absenden des Kommentars bestätigst Du, dass Du unsere Datenschutzerklärung zur Kenntnis genommen hast.",
                "Datenschutzhinweise: Wir speichern beim Kommentieren keine IP-Adressen, Sie können bei Name und E-Mailadresse gerne Pseudonyme verwenden.",
                "Prosimy o zaznaczenie checkboxa przed dodaniem komentarza. Administratorem danych osobowych jest wydawca serwisu.",
                "Your comment and name are stored with your IP address for 30 days, as our privacy policy explains.",
            ],
        );
    }

    #[test]
    fn leaves_reports_on_comments_and_privacy() {
        keeps_each(
            "BP008",
            &[
                // No handling of data: a report.
                "The minister declined to comment on the privacy policy of the new agency.",
                // No personal data: a comment section's rules.
                "Comments are stored for moderation and published within a day.",
                "Die Behörde will keine Daten speichern, sagte sie am Montag zum Datenschutz.",
                // Nobody addressed: a report on a network's data.
                "The network stored the comments and personal data of 50 million users for years.",
            ],
        );
    }

    #[test]
    fn leaves_articles_about_cookies() {
        assert!(removed_by(
            "BP008",
            "The bakery sold 4,000 cookies on Saturday, the owner said.\n"
        )
        .is_empty());
        assert!(removed_by(
            "BP008",
            "Datenschutz ist ein Grundrecht, sagte die Ministerin am Montag in Berlin.\n"
        )
        .is_empty());
        // A report on a policy addresses no reader.
        assert!(removed_by(
            "BP008",
            "Facebook changed its privacy policy on Monday, and users must accept it by May.\n"
        )
        .is_empty());
    }
}
