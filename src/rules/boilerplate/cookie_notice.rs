//! Removes cookie and privacy consent notices: a block of at most 80 words that speaks
//! of cookies together with using, accepting or consenting ("This site uses cookies",
//! "Wir verwenden Cookies", "Korzystamy z plików cookies"); a block of at most 30
//! words that names a privacy policy or terms of use and tells the reader they agree
//! to it or should read it ("By signing up, you agree to our Privacy Policy", "Mit
//! dem Laden des Videos akzeptieren Sie die Datenschutzerklärung von YouTube", "Bitte
//! beachte auch die Datenschutzerklärung von Google"); and short links to the privacy
//! policy ("Privacy policy", "Datenschutzerklärung", "Polityka prywatności").
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

use crate::rules::{Action, DocView, PhraseSet, Rule, RuleMeta};

pub struct CookieNotice;

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
        vec![&COOKIE_WORDS, &POLICIES]
    }

    fn check(&self, doc: &DocView, i: usize, phrases: &PhraseSet) -> Option<Action> {
        let folded = &doc.folded[i];
        let words = doc.words(i);
        let consent = words <= 80 && doc.contains(i, &COOKIE_WORDS) && phrases.contains(folded);
        let policy = words <= 30 && doc.contains(i, &POLICIES) && ASSENT.contains(folded);
        (consent || policy || words <= 6 && is_privacy_link(folded)).then_some(Action::Remove)
    }
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
    use crate::rules::testing::{removed_by, removes_each};

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
