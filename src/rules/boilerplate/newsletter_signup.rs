//! Removes newsletter sign-up prompts: a short block that names a newsletter or mailing
//! list (also in a compound: "Musiknewsletter") together with signing up, subscribing,
//! entering an email address, a promise to keep the reader posted, or "our" ("Sign up
//! for our daily newsletter", "Jetzt zum kostenlosen Newsletter anmelden", "Gib Deine
//! E-Mail-Adresse ein", "Unser Newsletter informiert Sie über unsere neuesten Beiträge",
//! "Schauen Sie mal in unseren Musiknewsletter!"); and a newsletter's tagline of six
//! words at most ("World-class articles, delivered weekly.").
//!
//! Why: sign-up boxes sit inside or right after articles and repeat on every page.
//!
//! Known false positives: a short article sentence about a newsletter that also speaks
//! of subscribing ("The newsletter has 10,000 subscribers.") in 25 words or fewer.
//!
//! Example: `Melden Sie sich für unseren Newsletter an` is removed.

use std::sync::LazyLock;

use crate::rules::{Action, DocView, PhraseSet, Rule, RuleMeta};
use crate::shape;

pub struct NewsletterSignup;

static META: RuleMeta = RuleMeta {
    code: "BP009",
    name: "newsletter-signup",
    source: include_str!("newsletter_signup.rs"),
};

/// What a sign-up asks for: to sign up, subscribe, or type an address.
static SIGNUP_WORDS: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::new(&[
        "sign up",
        "signup",
        "subscribe",
        "subscription",
        "email address",
        "e-mail address",
        "your email",
        "your inbox",
        "enter your",
        "get the latest",
        "anmelden",
        "abonnieren",
        "melden sie sich",
        "melde dich",
        "jetzt",
        "bestellen",
        "e-mail-adresse",
        "erhalten",
        "bekommen",
        "inscrivez-vous",
        "abonnez-vous",
        "suscríbete",
        "suscribirse",
        "zapisz się",
        "subskrybuj",
        "adres e-mail",
        "missing out",
        // What the newsletter promises: to keep the reader posted.
        "auf dem laufenden",
        "informiert sie",
        "informiert dich",
        "informiert euch",
        "informiert werden",
        "bleiben sie informiert",
        "informiert bleiben",
        "versäumt",
        "versäumen",
        "verpasst",
        "verpassen",
        "stay up to date",
        "stay informed",
        "stay in the loop",
        "never miss",
        "don't miss",
        "join",
    ])
});

/// "Our": the site's own newsletter. Common words, so searched for only in the few
/// blocks that name a newsletter, not by the phrase gate with the rest.
static OURS: LazyLock<PhraseSet> = LazyLock::new(|| {
    #[rustfmt::skip]
    let ours = [
        "our", "unser", "unsere", "unseren", "unserem", "unseres", "notre", "nos", "nuestro",
        "nuestros", "nasz", "naszego",
    ];
    PhraseSet::new(&ours)
});

/// A sign-up's request for the address; with a sign-up word it marks a block of up to
/// 50 words.
#[rustfmt::skip]
const ADDRESS_PROMPTS: &[&str] = &[
    "enter your email", "gib deine e-mail-adresse", "geben sie ihre e-mail-adresse",
];

/// What a sign-up form makes the reader agree to, in the first person ("Mit der
/// Anmeldung stimme ich ...", "I consent to receiving ..."), which marks a block of up
/// to 60 words; and the address prompts.
static FORM_WORDING: LazyLock<PhraseSet> = LazyLock::new(|| {
    #[rustfmt::skip]
    let consent = [
        "mit der anmeldung stimme ich", "ich bin mit der verarbeitung meiner daten",
        "ich akzeptiere die datenschutzbestimmungen", "ich habe die datenschutzerklärung gelesen",
        "double-opt-in", "aus dem newsletter austragen", "vom newsletter abmelden",
        "i consent to receiving", "i hereby subscribe", "i may withdraw my consent",
        "i may unsubscribe", "unsubscribe at any time", "you can unsubscribe at any time",
    ];
    PhraseSet::new(&[&consent[..], ADDRESS_PROMPTS].concat())
});

impl Rule for NewsletterSignup {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[rustfmt::skip]
    fn phrases(&self) -> &'static [&'static str] {
        &[
            "newsletter", "newsletters", "mailing list", "daily briefing", "weekly digest",
            "gib deine e-mail-adresse", "geben sie ihre e-mail-adresse", "enter your email",
            "redaktions-newsletter", "lettre d'information", "boletín",
            "delivered to your inbox", "directly to your inbox", "straight to your inbox",
            "right to your inbox", "delivered weekly", "delivered daily",
            "delivered to their inboxes", "to their inbox",
        ]
    }

    fn gated_sets<'a>(&self, configured: &'a PhraseSet) -> Vec<&'a PhraseSet> {
        vec![configured, &FORM_WORDING, &SIGNUP_WORDS]
    }

    fn check(&self, doc: &DocView, i: usize, phrases: &PhraseSet) -> Option<Action> {
        let folded = doc.folded(i);
        let words = doc.words(i);
        // One search for both kinds of form wording; most blocks have neither.
        if words <= 60 && doc.may_contain(i, &FORM_WORDING) {
            if let Some(r) = FORM_WORDING.find(folded) {
                let address = ADDRESS_PROMPTS.contains(&&folded[r.start..r.end]);
                if !address || (words <= 50 && doc.contains(i, &SIGNUP_WORDS)) {
                    return Some(Action::Remove);
                }
            }
        }
        if words > 25 || !(doc.contains(i, phrases) || names_compound_newsletter(folded)) {
            return None;
        }
        let label = words <= 3 && !shape::has_terminal_punctuation(folded);
        let tagline = words <= 6 && folded.contains("delivered");
        (label || tagline || doc.contains(i, &SIGNUP_WORDS) || OURS.contains(folded))
            .then_some(Action::Remove)
    }
}

/// "Musiknewsletter", "Wochen-Newsletter" (the hyphen makes a word boundary the
/// phrases see): a word that ends in "newsletter" ("-s", "-n") after other letters, as
/// German compounds do.
fn names_compound_newsletter(folded: &str) -> bool {
    const WORD: &str = "newsletter";
    static FINDER: LazyLock<memchr::memmem::Finder> =
        LazyLock::new(|| memchr::memmem::Finder::new(WORD));
    FINDER.find_iter(folded.as_bytes()).any(|at| {
        let glued = folded[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphabetic);
        let rest = &folded[at + WORD.len()..];
        let rest = rest.strip_prefix(['s', 'n']).unwrap_or(rest);
        glued && !rest.chars().next().is_some_and(char::is_alphabetic)
    })
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{keeps_each, removed_by};

    #[test]
    fn removes_signups() {
        assert_eq!(
            removed_by(
                "BP009",
                "Body.\n\nMelden Sie sich für unseren Newsletter an\n"
            )
            .len(),
            1
        );
        assert_eq!(
            removed_by(
                "BP009",
                "Body.\n\nSign up for our daily newsletter and get the latest news.\n"
            )
            .len(),
            1
        );
        assert_eq!(
            removed_by("BP009", "Body.\n\nRedaktions-Newsletter\n").len(),
            1
        );
        for line in [
            "Mit der Anmeldung stimme ich der Bearbeitung meiner Daten entsprechend der Datenschutzerklärung zu.",
            "By clicking \"Submit\", I consent to receiving the above communication from Postmedia Network Inc. I understand that I may unsubscribe from these communications at any time.",
            "Missing out on the latest developments? Enter your email below to receive future announcements direct to your inbox. An email confirmation will be sent before you will start receiving notifications, so please check your spam folder if you don't receive it.",
            "Receive new posts directly delivered to your inbox",
            "Never miss a post. Get updates directly to your inbox",
            "Unser kostenloser Newsletter informiert Sie über unsere neuesten Beiträge.",
            "Mit unserem Newsletter versäumt ihr keine spannenden Interviews mehr.",
            "Join Detroit Metro Times Newsletters",
            "Sie möchten wöchentliche Produktvorstellungen? Schauen Sie mal in unseren Musiknewsletter!",
            "Join the hundreds of developers who get new code and programming links delivered to their inboxes every week.",
            "World-class articles, delivered weekly.",
            "Wochennewsletter",
        ] {
            assert_eq!(removed_by("BP009", &format!("Body.\n\n{line}\n")), [line]);
        }
    }

    #[test]
    fn leaves_prose_about_newsletters() {
        assert!(removed_by(
            "BP009",
            "The newsletter, founded in 1990, covers local politics.\n"
        )
        .is_empty());
        assert!(removed_by("BP009", "Subscribers praised the change.\n").is_empty());
        assert!(removed_by("BP009", "Spam in your inbox is rising, the study found.\n").is_empty());
        keeps_each(
            "BP009",
            &[
                "Die Newsletterflut nimmt zu, sagen Forscher.",
                "Parcels were delivered weekly to the island.",
                "The newsletters piled up on the desk of the mayor.",
            ],
        );
    }
}
