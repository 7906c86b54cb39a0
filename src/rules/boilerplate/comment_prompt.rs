//! Removes comment and login prompts: "To participate in the discussion", "log in or
//! register", "Leave a comment", "Comments are closed", "12 Comments", "Kommentare",
//! "Commentaires (12)", "Lascia un commento", "Войдите, чтобы комментировать", "Tell us
//! what you think", as short
//! lines of their own; a comment section's
//! heading ("2 Kommentare zu „Title“", "14 responses to “Title”"); and what a comment
//! form leaves behind: its field labels ("Name *"), its notes ("Save my name, email, and
//! website in this browser", "This site uses Akismet to reduce spam", an anti-spam
//! field's "Leave this field empty if you're human") and its notification boxes
//! ("Notify me of follow-up comments by email"), its button ("Post Comment",
//! "Kommentar abschicken") and a note on privacy right beside them, and a shop's empty
//! review form ("Be
//! the first to review …", "Teilen Sie uns Ihre Erfahrungen mit …"); and a comment's header, the
//! commenter's name with the template's verb right above the comment's date
//! ("Kersti Wolnow sagt:" / "19. Oktober 2019 um 14:37 Uhr"); and the entries of a
//! recent-comments widget, each the commenter's name and the post's title ("Melanie
//! bei Dubiose Anfragen auf Instagram", "Jane on Hello world!"), two or more in a row
//! under the widget's heading ("Neueste Kommentare", "Recent Comments"), or three or
//! more where a title comes twice. A paywall's
//! prompt counts in a block of up to 30 words when its first sentence makes it ("To
//! view the full story, please subscribe to The Times. You can choose …").
//!
//! Why: comment widgets leave their labels in the scraped text after the article.
//!
//! Known false positives: a short line of dialogue such as "Leave a comment," she said
//! is kept only if it is longer than fifteen words; such lines are rare.
//!
//! Example: `To participate in the discussion` and `log in or register` are removed.

use std::sync::LazyLock;

use regex::Regex;

use crate::rules::{Action, DocView, PhraseSet, Rule, RuleMeta, WordSet};
use crate::{dates, shape};

pub struct CommentPrompt;

static META: RuleMeta = RuleMeta {
    code: "BP005",
    name: "comment-prompt",
    source: include_str!("comment_prompt.rs"),
};

static COMMENT_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i)\d+\s+(?:comments?|responses?|replies|thoughts|kommentare?|antworten|gedanken|commentaires?|comentarios?|commenti|comentários?|kommentarer|комментари[йяев]+)(?:\s+(?:to|on|zu|sur|a|en)\s+\S.*)?$")
        .expect("valid comment count pattern")
});

/// A comment form's field label with its required-field mark: "Name *", "E-Mail *".
static FORM_FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i)(?:name|e-?mail(?:-adresse)?|website|webseite|url|kommentar|comment|message|nachricht|nom|nombre|correo electrónico|courriel|imię|captcha(?: code)?)\s*\*?$")
        .expect("valid form field pattern")
});

/// Paywall prompts: they mark a block of up to 30 words from its first sentence.
static PAYWALL: LazyLock<PhraseSet> = LazyLock::new(|| {
    #[rustfmt::skip]
    let prompts = [
        "to view the full story", "to read the full story", "to read the full article",
        "subscribe to continue reading", "already a subscriber", "for immediate access",
        "this content is for subscribers", "nur für abonnenten", "sie haben bereits ein abo",
        "log in to read", "sign in to read",
    ];
    PhraseSet::new(&prompts)
});

/// Notes a comment form prints under its fields; they run longer than a prompt.
#[rustfmt::skip]
static FORM_NOTES: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::new(&[
        "akismet", "comment data is processed", "kommentardaten verarbeitet",
        "save my name, email", "save my name and email", "meinen namen, meine e-mail",
        "meinen namen, e-mail", "enregistrer mon nom, mon e-mail", "guardar mi nombre, correo",
        "notify me of follow-up comments", "notify me of new comments", "notify me of new posts",
        "benachrichtige mich über", "benachrichtigen sie mich über", "prévenez-moi de tous",
        "benachrichtigung bei weiteren kommentaren", "informiere mich über neue beiträge",
        "informieren sie mich über neue beiträge", "subscribe without commenting",
        "abo ohne kommentar",
        "avertir des nouveaux commentaires", "ne sera pas publiée", "no será publicada",
        "nie zostanie opublikowany", "required fields are marked",
        "erforderliche felder sind mit", "pflichtfelder sind mit",
        "mit der nutzung dieses formulars", "by using this form you agree",
        "you are commenting using your", "du kommentierst mit deinem",
        "du kommentierst mit ihrem", "sie kommentieren mit ihrem",
        "vous commentez à l'aide de votre", "estás comentando usando tu",
        "a password will be e-mailed to you", "das passwort wird dir zugemailt",
        "das passwort wird ihnen zugemailt",
        // A form's hidden anti-spam field, shown when the stripper drops its style.
        "leave this field empty", "this field is for validation purposes",
        "dieses feld dient zur validierung", "dieses feld bitte leer lassen",
        "ce champ sert à la validation", "este campo es para validación",
    ])
});

/// A shop's review form, empty or asking for the first review, as the block's opening
/// (after a "please" at most): in running text the same words report on reviews.
static REVIEW_FORM: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::new(&[
        "be the first to review",
        "there are no reviews yet",
        "es gibt noch keine bewertungen",
        "noch keine bewertungen vorhanden",
        "schreiben sie die erste bewertung",
        "teilen sie uns ihre erfahrungen mit",
        "soyez le premier à donner votre avis",
        "il n'y a pas encore d'avis",
        "sé el primero en valorar",
        "todavía no hay valoraciones",
        "aún no hay reseñas",
    ])
});

/// Most words of a block that opens like a review form.
const MAX_REVIEW_FORM_WORDS: usize = 20;

/// Whether the block opens like a shop's review form: "Be the first to review …",
/// "Bitte teilen Sie uns Ihre Erfahrungen mit, …".
fn is_review_form(doc: &DocView, i: usize) -> bool {
    if doc.words(i) > MAX_REVIEW_FORM_WORDS || !doc.may_contain(i, &REVIEW_FORM) {
        return false;
    }
    let folded = doc.folded(i).trim_start();
    let opening = [
        "bitte ",
        "please ",
        "merci de ",
        "por favor, ",
        "por favor ",
    ]
    .iter()
    .find_map(|please| folded.strip_prefix(please))
    .unwrap_or(folded);
    REVIEW_FORM.starts(opening)
}

impl Rule for CommentPrompt {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[rustfmt::skip]
    fn phrases(&self) -> &'static [&'static str] {
        &[
            "to participate in the discussion", "join the discussion", "join the conversation",
            "log in or register", "login or register", "log in to comment", "sign in to comment",
            "login to comment", "register to comment", "you must be logged in", "leave a comment",
            "leave a reply", "add a comment", "post a comment", "write a comment", "show comments",
            "load comments", "view comments", "comments are closed", "be the first to comment",
            "comment policy", "kommentar schreiben", "kommentare anzeigen", "zum kommentieren",
            "kommentieren sie", "melden sie sich an", "jetzt kommentieren",
            "laisser un commentaire", "ajouter un commentaire", "deja un comentario",
            "dejar un comentario", "войдите, чтобы", "оставить комментарий",
            "написать комментарий", "комментарии", "kommentare", "comments",
            "schreibe einen kommentar", "kommentar verfassen", "kommentieren",
            "your email address will not be published", "wird nicht veröffentlicht", "do dyskusji",
            "dodaj komentarz", "komentarze", "发表评论", "评论", "コメント", "コメントする",
            "댓글", "댓글 쓰기", "تعليقات", "التعليقات", "أضف تعليقا", "أضف تعليقاً", "תגובות",
            "टिप्पणियाँ", "टिप्पणी करें", "σχόλια", "yorumlar", "yorum yap", "reacties", "reageer",
            "коментарі", "оставьте комментарий", "wählen sie ihren zugang", "already a subscriber",
            "subscribe to continue reading", "to continue reading",
            "this content is for subscribers", "nur für abonnenten", "sie haben bereits ein abo",
            "zum weiterlesen", "log in to read", "sign in to read", "kommentare im forum",
            "comments in the forum", "antworten abbrechen", "cancel reply",
            "reply to this comment", "müssen sich einloggen", "müssen angemeldet sein",
            "die kommentarfunktion", "kommentarfunktion ist geschlossen", "kommentare sind geschlossen",
            "los comentarios están cerrados", "les commentaires sont fermés",
            "to view the full story", "to read the full story", "to read the full article",
            "please subscribe", "please log in", "for immediate access", "para comentar debes",
            "para comentar, debes", "pour commenter, vous devez", "pour commenter vous devez",
            "um zu kommentieren", "um kommentieren zu können", "kommentare zu schreiben",
            "there are no comments yet", "no comments yet", "noch keine kommentare",
            "aucun commentaire", "hinterlasse einen kommentar", "be part of the conversation",
            "share your thoughts", "diskutieren sie mit", "diskutiere mit",
            "tell us what you think", "join the conversation", "join the discussion", "commenta",
            "aby skomentować", "aby dodać komentarz", "article réservé aux abonnés",
            "réservé aux abonnés", "exclusivo para suscriptores", "riservato agli abbonati",
            "subscribers only", "subscriber exclusive",
            "sagen sie uns ihre meinung", "donnez votre avis", "dinos qué piensas",
            "anmelden oder registrieren", "einloggen oder registrieren",
            "oder registrieren sie sich", "zum verfassen von kommentaren", "nicht eingeloggt",
            "nicht angemeldet", "you are not logged in", "you are not signed in",
            "commentaires", "connectez-vous pour commenter", "connectez-vous pour réagir",
            "réagir à cet article", "comentarios", "inicia sesión para comentar",
            "regístrate para comentar", "escribe un comentario", "añadir comentario",
            "commenti", "lascia un commento", "scrivi un commento", "aggiungi un commento",
            "accedi per commentare", "comentários", "deixe um comentário",
            "deixe seu comentário", "faça login para comentar", "kommentarer", "komentáře",
        ]
    }

    fn gated_sets<'a>(&self, configured: &'a PhraseSet) -> Vec<&'a PhraseSet> {
        vec![configured, &PAYWALL, &FORM_NOTES, &REVIEW_FORM, &PRIVACY]
    }

    fn depends_on_context(&self) -> bool {
        true
    }

    fn check(&self, doc: &DocView, i: usize, phrases: &PhraseSet) -> Option<Action> {
        let text = doc.text(i);
        let words = doc.words(i);
        if words > 30 {
            return None;
        }
        // Each test only when the ones before it found nothing.
        let prompt = || {
            words <= 15 && doc.contains(i, phrases) && !is_sentence_about_comments(doc, i, phrases)
        };
        let paywall = || {
            words > 15 && doc.may_contain(i, &PAYWALL) && {
                let first = shape::first_sentence(doc.folded(i));
                shape::word_count(first) <= 25 && PAYWALL.contains(first)
            }
        };
        let form = || {
            (words <= 3
                && (FORM_FIELD.is_match(text.trim()) || BUTTONS.contains(doc.folded(i).trim())))
                || doc.contains(i, &FORM_NOTES)
                || is_review_form(doc, i)
                || is_privacy_note(doc, i)
        };
        let heading = || {
            is_commenter_line(doc, i)
                || is_recent_comment(doc, i)
                || words <= 20
                    && text.starts_with(|c: char| c.is_ascii_digit())
                    && !text.ends_with('.')
                    && COMMENT_COUNT.is_match(text)
        };
        (prompt() || paywall() || form() || heading()).then_some(Action::Remove)
    }
}

/// "Kristine says:", "Kersti Wolnow sagt:", "Jean a dit :": at most six words ending in
/// a comment template's verb and a colon, with the comment's date on the next line. A
/// quotation's lead-in ("Merkel sagt:") has the quotation there instead.
fn is_commenter_line(doc: &DocView, i: usize) -> bool {
    #[rustfmt::skip]
    const VERBS: &[&str] = &[
        "says", "said", "wrote", "commented", "sagt", "schreibt", "meint", "dit", "écrit",
        "dice", "escribe", "disse", "scrive", "pisze", "napisał", "napisała",
    ];
    let Some(head) = doc.folded(i).trim_end().strip_suffix(':') else {
        return false;
    };
    let verb = head.split_whitespace().next_back();
    doc.words(i) <= 6 && verb.is_some_and(|v| VERBS.contains(&v)) && (i + 1 < doc.len()) && {
        let next = doc.text(i + 1);
        shape::word_count(next) <= 10
            && dates::split_trailing_date(next).is_some_and(|(head, _)| head.is_empty())
    }
}

/// The word between a commenter's name and a post's title in a recent-comments
/// widget's entry, as blog templates translate it ("Jane on Title", "Jane bei Title").
const COMMENTED_ON: &[&str] = &["on", "bei", "dans", "sur", "en", "em", "su", "op", "om"];

/// Where block `j`'s title starts if it reads as a recent-comments entry: a name of
/// one to four words, the template's word, and a title of at most twenty words.
fn comment_entry_title(doc: &DocView, j: usize) -> Option<usize> {
    let words = doc.words(j);
    if !(3..=24).contains(&words) {
        return None;
    }
    entry_title_at(doc.folded(j), words)
}

/// [`comment_entry_title`] on a block's folded text and word count: the template's
/// word among the second to fifth of the words between single spaces, then a title.
/// The spaces are found by a byte loop: the words are few and short, and a search per
/// word cost more than reading them.
fn entry_title_at(folded: &str, words: usize) -> Option<usize> {
    let bytes = folded.as_bytes();
    let mut start = 0;
    for n in 0..5 {
        let end = bytes[start..]
            .iter()
            .position(|&b| b == b' ')
            .map_or(bytes.len(), |p| start + p);
        let at = end + 1;
        if n > 0 && COMMENTED_ON.contains(&&folded[start..end]) {
            let title = folded.get(at..)?;
            // At most twenty words after the template's word (none when the count
            // of words is short of the pieces between spaces).
            let after = words.checked_sub(n + 1);
            return (!title.is_empty() && after.is_some_and(|a| a <= 20)).then_some(at);
        }
        if end == bytes.len() {
            break;
        }
        start = at;
    }
    None
}

/// An entry of a recent-comments widget: block `i` and its neighbours, line after
/// line, read as "Name on Title"; the run stands right under the widget's heading (a
/// comments label of at most three words) with two entries at least, or has three
/// entries at least and names one post twice.
fn is_recent_comment(doc: &DocView, i: usize) -> bool {
    if comment_entry_title(doc, i).is_none() {
        return false;
    }
    // A widget shows a handful of entries; looking no further keeps a page of such
    // lines linear.
    const REACH: usize = 12;
    let mut top = i;
    while top > 0 && i - top < REACH && comment_entry_title(doc, top - 1).is_some() {
        top -= 1;
    }
    let mut end = i + 1;
    while end < doc.len() && end - i < REACH && comment_entry_title(doc, end).is_some() {
        end += 1;
    }
    let entries = end - top;
    if entries < 2 {
        return false;
    }
    let under_heading = top > 0 && doc.words(top - 1) <= 3 && {
        let label = doc.folded(top - 1);
        COMMENT_WORDS.iter().any(|w| label.contains(w))
    };
    under_heading
        || entries >= 3 && {
            let titles: Vec<&str> = (top..end)
                .filter_map(|j| Some(&doc.folded(j)[comment_entry_title(doc, j)?..]))
                .collect();
            titles
                .iter()
                .enumerate()
                .any(|(n, t)| titles[n + 1..].contains(t))
        }
}

/// The word for comments in a widget's heading, in the languages of [`COMMENTED_ON`].
#[rustfmt::skip]
const COMMENT_WORDS: &[&str] = &[
    "comments", "kommentare", "commentaires", "comentarios", "comentários", "commenti",
    "reacties", "kommentarer",
];

/// What a form's note on privacy names: the data protection notice.
static PRIVACY: LazyLock<PhraseSet> = LazyLock::new(|| {
    #[rustfmt::skip]
    let privacy = [
        "privacy policy", "privacy notice", "datenschutzerklärung", "datenschutzhinweise",
        "informationen zum datenschutz", "politique de confidentialité",
        "données personnelles", "política de privacidad", "datos personales",
        "informativa sulla privacy", "polityka prywatności",
    ];
    PhraseSet::new(&privacy)
});

/// Most words of a form's note on privacy.
const MAX_PRIVACY_NOTE_WORDS: usize = 25;

/// A note on privacy right beside a part of a comment form this rule took ("Alle
/// Informationen zum Datenschutz findest Du in der Datenschutzerklärung." under
/// "Kommentar absenden").
fn is_privacy_note(doc: &DocView, i: usize) -> bool {
    doc.words(i) <= MAX_PRIVACY_NOTE_WORDS
        && doc.contains(i, &PRIVACY)
        && doc
            .beside(i)
            .any(|j| doc.removed_code(j) == Some(META.code))
}

/// A comment form's button, alone on its line.
static BUTTONS: LazyLock<WordSet> = LazyLock::new(|| {
    #[rustfmt::skip]
    let buttons = [
        "post comment", "submit comment", "kommentar abschicken", "kommentar absenden",
        "publier le commentaire", "publicar comentario", "enviar comentario",
        "invia commento", "pubblica commento", "wyślij komentarz", "opublikuj komentarz",
    ];
    WordSet::new(&buttons)
});

/// "Comments" inside a finished sentence ("His comments angered Kyiv.") is prose.
fn is_sentence_about_comments(doc: &DocView, i: usize, phrases: &PhraseSet) -> bool {
    let folded = doc.folded(i);
    let Some(r) = phrases.find(folded) else {
        return false;
    };
    let word = &folded[r];
    let generic = COMMENT_WORDS.contains(&word)
        || matches!(
            word,
            "комментарии"
                | "评论"
                | "コメント"
                | "댓글"
                | "تعليقات"
                | "التعليقات"
                | "תגובות"
                | "टिप्पणियाँ"
                | "σχόλια"
                | "yorumlar"
                | "коментарі"
                | "komentáře"
        );
    generic && (shape::word_count(folded) > 3 || shape::has_terminal_punctuation(folded))
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{keeps_each, removed_by, removes_each};

    /// Where the title starts, by splitting on spaces as the rule first did.
    fn entry_title_by_split(folded: &str, words: usize) -> Option<usize> {
        let mut at = 0;
        for (n, word) in folded.split(' ').take(5).enumerate() {
            at += word.len() + 1;
            if n > 0 && super::COMMENTED_ON.contains(&word) {
                let title = folded.get(at..)?;
                let after = words.checked_sub(n + 1);
                return (!title.is_empty() && after.is_some_and(|a| a <= 20)).then_some(at);
            }
        }
        None
    }

    proptest::proptest! {
        #[test]
        fn entry_titles_start_where_splitting_finds_them(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec!["jane", "on", "bei", " ", "", "é", "title", "x y"]),
                0..9,
            ),
            words in 0usize..30,
        ) {
            let folded = pieces.join(" ");
            proptest::prop_assert_eq!(
                super::entry_title_at(&folded, words),
                entry_title_by_split(&folded, words)
            );
        }
    }

    #[test]
    fn removes_a_comments_header_above_its_date() {
        for (header, date) in [
            ("Kersti Wolnow sagt:", "19. Oktober 2019 um 14:37 Uhr"),
            ("Kristine says:", "October 22, 2020 at 5:17 pm"),
            ("Jean a dit :", "14 mai 2017"),
        ] {
            let got = removed_by(
                "BP005",
                &format!("Body text here.\n\n{header}\n{date}\n\nGreat recipe, thanks!\n"),
            );
            assert_eq!(got, [header], "{header}");
        }
        // A quotation's lead-in has the quotation under it, not a date.
        keeps_each("BP005", &["Merkel sagt:\n\nWir schaffen das."]);
        assert!(removed_by("BP005", "Body.\n\nThe minister said:\n\n14 May 2017 will be remembered as the day the talks began.\n").is_empty());
    }

    #[test]
    fn removes_prompts() {
        let got = removed_by(
            "BP005",
            "Body.\n\nTo participate in the discussion\nlog in or register\n",
        );
        assert_eq!(
            got,
            ["To participate in the discussion", "log in or register"]
        );
        assert_eq!(removed_by("BP005", "Body.\n\n12 Comments\n").len(), 1);
        assert_eq!(removed_by("BP005", "Body.\n\nKommentare\n").len(), 1);
        assert_eq!(
            removed_by(
                "BP005",
                "Body.\n\nSie müssen sich einloggen, um sich an einer Diskussion beteiligen zu können.\n"
            )
            .len(),
            1
        );
        removes_each(
            "BP005",
            &[
                "Para comentar debes registrarte y completar los datos generales.",
                "To view the full story, please subscribe to The Gazette.",
                "Tell us what you think",
                "Join the conversation",
                "Donnez votre avis",
                "Commenta",
                "Zaloguj się, aby skomentować",
                "Article réservé aux abonnés",
                "Post Comment",
                "Kommentar abschicken",
                "Publier le commentaire",
            ],
        );
        keeps_each(
            "BP005",
            &["The forum lets members post comments in threads they follow each week."],
        );
        // A note on privacy beside the form's button goes with the form.
        let form = "Body.\n\nKommentar absenden\n\nAlle Informationen zum Datenschutz findest Du in der Datenschutzerklärung.\n\nMore body text.\n";
        assert_eq!(
            removed_by("BP005", form),
            [
                "Kommentar absenden",
                "Alle Informationen zum Datenschutz findest Du in der Datenschutzerklärung."
            ]
        );
        keeps_each(
            "BP005",
            &["Alle Informationen zum Datenschutz findest Du in der Datenschutzerklärung."],
        );
    }

    #[test]
    fn removes_a_shops_empty_review_form() {
        removes_each(
            "BP005",
            &[
                "Be the first to review “Ceramic Pour-Over Coffee Dripper”",
                "There are no reviews yet.",
                "Bitte teilen Sie uns Ihre Erfahrungen mit, wenn Sie unseren Qualità Oro schon probiert haben.",
                "Es gibt noch keine Bewertungen.",
            ],
        );
        keeps_each(
            "BP005",
            &[
                "The café had no reviews yet when it opened, the owner said, but word spread quickly through the neighbourhood.",
                "Critics said there are no reviews yet of the new model.",
            ],
        );
    }

    #[test]
    fn removes_comment_form_residue() {
        removes_each("BP005", &[
            "Name *",
            "CAPTCHA Code",
            "2 Kommentare zu \"Die Überforderung durch Überangebote\"",
            "142 Antworten zu Würde des Lebens — ein Projekt",
            "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
            "Meinen Namen, E-Mail und Website in diesem Browser speichern, bis ich wieder kommentiere.",
            "Benachrichtige mich über nachfolgende Kommentare via E-Mail.",
            "Benachrichtigung bei weiteren Kommentaren per E-Mail senden.",
            "Informiere mich über neue Beiträge per E-Mail.",
            "Subscribe without commenting",
            "Auch möglich: Abo ohne Kommentar.",
            "Votre adresse e-mail ne sera pas publiée Champs requis marqués avec *",
            "There are no comments yet",
            "Zum Verfassen von Kommentaren bitte anmelden oder registrieren.",
            "Sie sind nicht verbunden. Loggen Sie sich ein oder registrieren Sie sich",
            "To view the full story, please subscribe to The Gazette. You can choose a $60 Annual Subscription or a $5 Weekly Pass.",
            "If you're seeing this message but you're already a subscriber, you can log in for immediate access to this story.",
            "Sie sind aktuell nicht eingeloggt.",
            "Mit der Nutzung dieses Formulars erklären Sie sich mit der Speicherung und Verarbeitung Ihrer Daten durch diese Website einverstanden. *",
            "By using this form you agree with the storage and handling of your data by this website.",
            "You are commenting using your WordPress.com account.",
            "Leave this field empty if you're human:",
            "This field is for validation purposes and should be left unchanged.",
            "Dieses Feld dient zur Validierung und sollte nicht verändert werden.",
            "Du kommentierst mit Deinem Facebook-Konto.",
            "Das Passwort wird dir zugemailt.",
        ]);
    }

    #[test]
    fn removes_a_recent_comments_widget() {
        let widget = "Neueste Kommentare\nStefan Clos bei Was ist schon normal?\nzissa bei (Versteckte) Machtrollen in Beziehungen\nP bei Buchrezension: Wild Power\n";
        assert_eq!(
            removed_by("BP005", &format!("Body text.\n\n{widget}")).len(),
            4
        );
        let spaced =
            "Recent Comments\n\nJane Doe on Hello world!\n\nmark_77 on Ten tips for the garden\n";
        assert_eq!(
            removed_by("BP005", &format!("Body text.\n\n{spaced}")),
            [
                "Recent Comments",
                "Jane Doe on Hello world!",
                "mark_77 on Ten tips for the garden"
            ]
        );
        // Without its heading, a widget shows itself by naming a post twice.
        let bare = "Melanie bei Dubiose Anfragen auf Instagram\nH. Faber bei Profilneurotiker und wie man mit ihnen umgeht\nfrauke bei Dubiose Anfragen auf Instagram\n";
        assert_eq!(
            removed_by("BP005", &format!("Body text.\n\n{bare}")).len(),
            3
        );
    }

    #[test]
    fn keeps_lines_that_only_look_like_comment_entries() {
        // A programme without a comments heading and with no title twice.
        let programme = "Body text.\n\nKonzert bei Kerzenschein\nLesung bei Nacht im Museum\nFührung bei Vollmond\n";
        assert!(removed_by("BP005", programme).is_empty());
        // One entry alone is no widget.
        assert_eq!(
            removed_by(
                "BP005",
                "Kommentare\n\nSmith on the economy and the budget\n"
            ),
            ["Kommentare"]
        );
        assert!(removed_by(
            "BP005",
            "Body.\n\nThe minister on Monday said the talks would go on.\n"
        )
        .is_empty());
    }

    #[test]
    fn leaves_prose_about_comments() {
        keeps_each("BP005", &[
            "Name the three rivers that meet in the city.",
            "3 responses to the crisis were discussed at the summit.",
            "The email address was not published, police said.",
            "The paper said it had a million readers. Those who were already a subscriber before the merger kept their rate, the paper said on Monday.",
        ]);
        assert!(removed_by("BP005", "His comments angered officials in Kyiv.\n").is_empty());
        assert!(removed_by("BP005", "Lavrov declined to join the discussion of sanctions at the press conference, saying it was not his problem and that others should decide.\n").is_empty());
    }

    #[test]
    fn comment_prompts_in_more_languages() {
        removes_each(
            "BP005",
            &[
                "发表评论",
                "댓글",
                "コメントする",
                "أضف تعليقا",
                "תגובות",
                "Yorum yap",
                "Reacties",
                "Commentaires (12)",
                "Connectez-vous pour commenter",
                "Inicia sesión para comentar",
                "Lascia un commento",
                "Deixe seu comentário",
                "3 commenti",
                "Kommentarer",
            ],
        );
        keeps_each(
            "BP005",
            &[
                "Σχόλια του υπουργού προκάλεσαν αντιδράσεις στη Βουλή.",
                "Les commentaires du ministre ont provoqué un tollé au Parlement.",
            ],
        );
    }
}
