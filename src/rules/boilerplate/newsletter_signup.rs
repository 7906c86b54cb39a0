//! Removes newsletter sign-up prompts: a short block that names a newsletter or mailing
//! list (also in a compound: "Musiknewsletter") together with signing up, subscribing,
//! entering an email address, a promise to keep the reader posted, or "our" ("Sign up
//! for our daily newsletter", "Jetzt zum kostenlosen Newsletter anmelden", "Gib Deine
//! E-Mail-Adresse ein", "Unser Newsletter informiert Sie über unsere neuesten Beiträge",
//! "Schauen Sie mal in unseren Musiknewsletter!"); and a newsletter's tagline of six
//! words at most ("World-class articles, delivered weekly."). The rest of the sign-up
//! box goes with it: a block of up to 40 words right next to one the rule removed that
//! pitches the newsletter, asks for an address or a consent, or is the form's button
//! ("Immer aktuell informiert über Spartipps", "Please enter a valid email address",
//! "Senden"); a short call to sign up, set as a heading, right next to a block that
//! names a newsletter ("Jetzt für Golf-News anmelden" over "Ein Newsletter, der …");
//! and a form's address field alone on its line ("Email address") beside such wording
//! or a button, where no newsletter is named. A newsletter's own frame, where the
//! text is a newsletter sent by email and kept in its archive, goes too: a line that
//! opens with a link to the copy on the web ("View this email in your browser",
//! "Newsletter im Browser ansehen"), a prompt to forward
//! it, why the reader gets it ("You are receiving this email because you signed up
//! …"), the links to leave the list or change its settings ("Unsubscribe | Update
//! your preferences", "Newsletter abbestellen", "Se désinscrire") or the sender's
//! postal address ("Our mailing address is: …"), in at most 40 words; an opener of one
//! or two words ("Unsubscribe") only in a line of at most twelve.
//!
//! Why: sign-up boxes sit inside or right after articles and repeat on every page;
//! a mailing's frame comes with every issue of it.
//!
//! Known false positives: a short article sentence about a newsletter that also speaks
//! of subscribing ("The newsletter has 10,000 subscribers.") in 25 words or fewer; an
//! article's sentence on signing up or email right next to a sign-up box.
//!
//! Example: `Melden Sie sich für unseren Newsletter an` is removed, and so is `You are
//! receiving this email because you signed up at our farm stand.`

use std::sync::LazyLock;

use crate::rules::{Action, DocView, PhraseSet, Rule, RuleMeta, WordSet};
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

/// The wording of a sign-up box beyond its heading: signing up, the address, the
/// promise to keep the reader posted, the consent. Read only in a block right next to
/// one the rule removed, or next to one naming a newsletter.
static BOX_WORDING: LazyLock<PhraseSet> = LazyLock::new(|| {
    #[rustfmt::skip]
    let wording = [
        // Signing up, and the address.
        "sign up", "signup", "subscribe", "subscribing", "subscription", "unsubscribe",
        "your inbox", "email address", "e-mail address", "valid email", "by email",
        "via email", "anmelden", "anmeldung", "abonnieren", "abmelden", "e-mail-adresse",
        "e-mail adresse", "per e-mail", "postfach", "inscrivez-vous", "abonnez-vous",
        "s'inscrire", "adresse e-mail", "adresse email", "suscríbete", "suscribirse",
        "correo electrónico", "zapisz się", "subskrybuj", "adres e-mail",
        // Keeping the reader posted.
        "never miss", "don't miss", "stay up to date", "stay informed", "stay in the loop",
        "keep you informed", "keep you posted", "keep you up to date", "latest news",
        "auf dem laufenden", "auf dem neuesten stand", "aktuell informiert",
        "informieren wir", "informiert sie", "informiert dich", "informiert bleiben",
        "bleiben sie informiert", "verpassen", "verpasst",
        // The consent.
        "privacy policy", "datenschutzerklärung", "einwilligung", "willige",
    ];
    PhraseSet::new(&wording)
});

/// A sign-up form's button, alone on its line.
static BUTTONS: LazyLock<WordSet> = LazyLock::new(|| {
    #[rustfmt::skip]
    let buttons = [
        "submit", "send", "subscribe", "sign up", "join", "join now", "senden", "absenden",
        "abschicken", "anmelden", "jetzt anmelden", "abonnieren", "jetzt abonnieren",
        "registrieren", "envoyer", "s'inscrire", "enviar", "suscribirse", "wyślij",
        "zapisz się",
    ];
    WordSet::new(&buttons)
});

/// A sign-up form's address field, alone on its line.
static FIELDS: LazyLock<WordSet> = LazyLock::new(|| {
    #[rustfmt::skip]
    let fields = [
        "email", "e-mail", "email address", "e-mail address", "your email",
        "your email address", "your e-mail address", "e-mail-adresse", "ihre e-mail-adresse",
        "deine e-mail-adresse", "ihre e-mail", "deine e-mail", "adresse e-mail",
        "adresse email", "votre adresse e-mail", "votre e-mail", "correo electrónico",
        "tu correo electrónico", "tu email", "adres e-mail", "twój adres e-mail",
    ];
    WordSet::new(&fields)
});

/// How the frame of a newsletter sent by email opens its lines (folded): the link to
/// its copy on the web, the prompt to forward it, why the reader gets it, the links to
/// leave the list or change its settings, the sender's postal address.
static MAIL_FRAME: LazyLock<PhraseSet> = LazyLock::new(|| {
    #[rustfmt::skip]
    let openers = [
        "view this email in your browser", "view this email in a browser",
        "view this email online", "view in browser", "view it in your browser",
        "view online version", "having trouble viewing this email",
        "email not displaying correctly", "is this email not displaying correctly",
        "forward this email to a friend", "forward to a friend",
        "you are receiving this email because", "you're receiving this email because",
        "you are receiving this because", "you received this email because",
        "you are receiving this newsletter because", "this email was sent to",
        "unsubscribe", "update your preferences", "update subscription preferences",
        "manage your subscription", "manage your preferences", "manage preferences",
        "our mailing address is", "want to change how you receive these emails",
        "newsletter im browser ansehen", "newsletter im browser öffnen",
        "im browser ansehen", "im browser anzeigen", "online-version anzeigen",
        "wird dieser newsletter nicht korrekt angezeigt",
        "sie erhalten diese e-mail, weil", "sie erhalten diesen newsletter, weil",
        "newsletter abbestellen", "vom newsletter abmelden", "newsletter weiterleiten",
        "an freunde weiterleiten", "voir la version en ligne", "afficher dans le navigateur",
        "vous recevez cet e-mail car", "vous recevez cet email car",
        "vous recevez ce message car", "se désinscrire", "se désabonner",
        "transférer à un ami", "ver en el navegador", "ver la versión web",
        "ver versión web", "recibes este correo porque", "has recibido este correo porque",
        "darse de baja", "darte de baja", "cancelar suscripción", "reenviar a un amigo",
        "bekijk deze e-mail in je browser", "bekijk in je browser", "afmelden",
        "uitschrijven", "je ontvangt deze e-mail omdat", "visualizar no navegador",
        "cancelar inscrição", "visualizza nel browser", "annulla iscrizione",
        "disiscriviti",
    ];
    PhraseSet::new(&openers)
});

/// Most words of a line of a newsletter's frame.
const MAX_FRAME_WORDS: usize = 40;
/// Most words of a frame's line opened by a word or two ("Unsubscribe"), which may also
/// open an article's sentence.
const MAX_SHORT_OPENER_WORDS: usize = 12;

/// Whether a line is part of a mailed newsletter's frame (see [`MAIL_FRAME`]).
fn is_mail_frame(folded: &str, words: usize) -> bool {
    if words > MAX_FRAME_WORDS {
        return false;
    }
    MAIL_FRAME
        .find_at_start(folded.trim_start())
        .is_some_and(|r| {
            let opener = &folded.trim_start()[r];
            words <= MAX_SHORT_OPENER_WORDS || opener.split_whitespace().count() > 2
        })
}

/// Most words of a block that goes with the sign-up box beside it.
const MAX_BOX_WORDS: usize = 40;
/// Most words of a call to sign up set beside a block that names a newsletter.
const MAX_CALL_WORDS: usize = 8;

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
        vec![configured, &FORM_WORDING, &SIGNUP_WORDS, &BOX_WORDING]
    }

    fn depends_on_context(&self) -> bool {
        true
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
        if is_mail_frame(folded, words) {
            return Some(Action::Remove);
        }
        // Past the longest block of a box, nothing more to ask (and a long paragraph's
        // search for a compound is the costliest test here).
        if words > MAX_BOX_WORDS {
            return None;
        }
        let names = doc.contains(i, phrases) || names_compound_newsletter(folded);
        if names && words <= 25 {
            let label = words <= 3 && !shape::has_terminal_punctuation(folded);
            let tagline = words <= 6 && folded.contains("delivered");
            if label || tagline || doc.contains(i, &SIGNUP_WORDS) || OURS.contains(folded) {
                return Some(Action::Remove);
            }
        }
        in_signup_box(doc, i, phrases, names).then_some(Action::Remove)
    }
}

/// Whether block `i` belongs to the sign-up box next to it: up to 40 words of the
/// box's wording, or its button, right beside a block this rule removed; or a short
/// call to sign up, set as a heading, right beside a block of up to 40 words that
/// names a newsletter. `names`: whether block `i` names one itself.
fn in_signup_box(doc: &DocView, i: usize, phrases: &PhraseSet, names: bool) -> bool {
    let words = doc.words(i);
    if words > MAX_BOX_WORDS {
        return false;
    }
    let button = is_button(doc, i);
    let field = words <= 4 && {
        let folded = doc.folded(i).trim();
        FIELDS.contains(folded.trim_end_matches([':', '*', ' ']))
    };
    let wording = names || doc.contains(i, &BOX_WORDING);
    if !button && !field && !wording {
        return false;
    }
    let mut beside = doc.beside(i);
    if beside
        .clone()
        .any(|j| doc.removed_code(j) == Some(META.code))
    {
        return true;
    }
    // An address field beside the form's wording or its button: a sign-up form with
    // no newsletter named ("Email address" over "Get tips and stay up to date").
    if field
        && beside.clone().any(|j| {
            doc.is_kept(j)
                && doc.words(j) <= MAX_BOX_WORDS
                && (doc.contains(j, &BOX_WORDING) || is_button(doc, j))
        })
    {
        return true;
    }
    let call = wording
        && words <= MAX_CALL_WORDS
        && !shape::has_terminal_punctuation(doc.folded(i))
        && doc.contains(i, &BOX_WORDING);
    call && beside.any(|j| {
        doc.is_kept(j)
            && doc.words(j) <= MAX_BOX_WORDS
            && (doc.contains(j, phrases) || names_compound_newsletter(doc.folded(j)))
    })
}

/// Whether block `i` is a sign-up form's button ("Submit", "Jetzt anmelden »").
fn is_button(doc: &DocView, i: usize) -> bool {
    doc.words(i) <= 3 && {
        let folded = doc.folded(i).trim();
        BUTTONS.contains(
            folded
                .trim_end_matches(['.', '!', ':', '»', '›', '>'])
                .trim_end(),
        )
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
    use crate::rules::testing::{keeps_each, removed_by, removes_each};

    #[test]
    fn removes_a_mailed_newsletters_frame() {
        removes_each(
            "BP009",
            &[
                "View this email in your browser",
                "Forward this email to a friend",
                "You are receiving this email because you signed up at our farm stand.",
                "Unsubscribe | Update your preferences",
                "Our mailing address is: 42 Orchard Lane, Millbrook, NY 12545",
                "Newsletter im Browser ansehen",
                "Sie erhalten diese E-Mail, weil Sie sich auf unserer Website angemeldet haben.",
                "Se désinscrire",
            ],
        );
        keeps_each(
            "BP009",
            &[
                "Unsubscribe from the lists you never read, and the rest of your inbox will be easier to keep in order.",
                "Forwarding the email to the board was her first mistake, the report says.",
                "The view in the browser was different from the printed page.",
            ],
        );
    }

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
    fn the_rest_of_a_signup_box_goes_with_it() {
        let boxed = "The council met on Monday.\n\nNewsletter\n\nImmer aktuell informiert über Spartipps rund um Finanzen und Steuern.\n\nJetzt anmelden\n\nIt agreed on the budget.\n";
        assert_eq!(
            removed_by("BP009", boxed),
            [
                "Newsletter",
                "Immer aktuell informiert über Spartipps rund um Finanzen und Steuern.",
                "Jetzt anmelden"
            ]
        );
        let form = "The council met on Monday.\n\nSign up for our newsletter\n\nPlease enter a valid email address\n\nSubmit\n\nIt agreed on the budget.\n";
        assert_eq!(
            removed_by("BP009", form),
            [
                "Sign up for our newsletter",
                "Please enter a valid email address",
                "Submit"
            ]
        );
        // A form that names no newsletter: its address field beside its wording.
        let unnamed = "The council met on Monday.\n\nEmail address\n\nGet tips, see case studies, and stay up to date on our news.\n\nIt agreed on the budget.\n";
        assert_eq!(
            removed_by("BP009", unnamed),
            [
                "Email address",
                "Get tips, see case studies, and stay up to date on our news."
            ]
        );
        // A call to sign up set as a heading over the newsletter's pitch.
        let called = "The council met on Monday.\n\nJetzt für Golf-News anmelden\n\nEin Newsletter, der die besten Inhalte einmal die Woche zu Dir nach Hause schickt.\n\nIt agreed on the budget.\n";
        assert_eq!(
            removed_by("BP009", called),
            [
                "Jetzt für Golf-News anmelden",
                "Ein Newsletter, der die besten Inhalte einmal die Woche zu Dir nach Hause schickt."
            ]
        );
    }

    #[test]
    fn the_box_takes_no_prose_beside_it() {
        // Prose beside a sign-up box, without its wording or past 40 words.
        let long = "Readers who want to subscribe were told by the editor that the price of the paper will rise next year, because paper, ink and delivery all cost more than they did, and because the advertisers who paid for most of it have left.";
        for next in ["The council met on Monday and agreed on the budget.", long] {
            let doc = format!("Sign up for our newsletter\n\n{next}\n");
            assert_eq!(removed_by("BP009", &doc), ["Sign up for our newsletter"]);
        }
        // An article about a newsletter: its sentences on subscribing stand.
        assert!(removed_by(
            "BP009",
            "The newsletter, founded in 1990, covers local politics.\n\nReaders can subscribe for five dollars a month, the editor said.\n"
        )
        .is_empty());
        // A button's word or a field's label with no sign-up box beside it.
        keeps_each("BP009", &["Submit", "Senden", "Email address"]);
        assert!(removed_by(
            "BP009",
            "The council met on Monday.\n\nE-Mail-Adresse\n\nDie Adresse steht im Impressum der Stadt.\n"
        )
        .is_empty());
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
