//! Removes comment and login prompts: "To participate in the discussion", "log in or
//! register", "Leave a comment", "Comments are closed", "12 Comments", "Kommentare",
//! "Войдите, чтобы комментировать", as short lines of their own.
//!
//! Why: comment widgets leave their labels in the scraped text after the article.
//!
//! Known false positives: a short line of dialogue such as "Leave a comment," she said
//! is kept only if it is longer than fifteen words; such lines are rare.
//!
//! Example: `To participate in the discussion` and `log in or register` are removed.

use std::sync::LazyLock;

use regex::Regex;

use crate::rules::{Action, DocView, PhraseSet, Rule, RuleMeta};
use crate::shape;

pub struct CommentPrompt;

static META: RuleMeta = RuleMeta {
    code: "BP005",
    name: "comment-prompt",
    source: include_str!("comment_prompt.rs"),
};

static COMMENT_COUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?i)\d+\s+(?:comments?|responses?|replies|kommentare?|commentaires?|comentarios?|комментари[йяев]+)$")
        .expect("valid comment count pattern")
});

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
            "dodaj komentarz", "komentarze", "wählen sie ihren zugang", "already a subscriber",
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
            "um zu kommentieren", "um kommentieren zu können",
        ]
    }

    fn check(&self, doc: &DocView, i: usize, phrases: &PhraseSet) -> Option<Action> {
        let text = doc.text(i);
        let words = doc.words(i);
        let prompt = words <= 15
            && phrases.contains(&doc.folded[i])
            && !is_sentence_about_comments(doc, i, phrases);
        (prompt || COMMENT_COUNT.is_match(text)).then_some(Action::Remove)
    }
}

/// "Comments" inside a finished sentence ("His comments angered Kyiv.") is prose.
fn is_sentence_about_comments(doc: &DocView, i: usize, phrases: &PhraseSet) -> bool {
    let folded = &doc.folded[i];
    let Some(r) = phrases.find(folded) else {
        return false;
    };
    let generic = matches!(
        &folded[r.clone()],
        "comments" | "kommentare" | "комментарии"
    );
    generic && (shape::word_count(folded) > 3 || shape::has_terminal_punctuation(folded))
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{removed_after_body, removed_by};

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
        for prompt in [
            "Para comentar debes registrarte y completar los datos generales.",
            "To view the full story, please subscribe to The Gazette.",
        ] {
            assert_eq!(removed_after_body("BP005", prompt), [prompt]);
        }
    }

    #[test]
    fn leaves_prose_about_comments() {
        assert!(removed_by("BP005", "His comments angered officials in Kyiv.\n").is_empty());
        assert!(removed_by("BP005", "Lavrov declined to join the discussion of sanctions at the press conference, saying it was not his problem and that others should decide.\n").is_empty());
    }
}
