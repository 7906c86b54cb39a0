//! Removes stray interface labels: a line that is nothing but a menu, search, login or
//! navigation label ("Menu", "Search", "Skip to content", "Back to top", "Anmelden",
//! "Zum Inhalt springen", "Nach oben", "Buscar"), as a page's widgets leave them when
//! their markup is stripped.
//!
//! Why: such labels carry no text and break the flow between paragraphs.
//!
//! Known false positives: none seen; the label must be the whole line (arrows and
//! punctuation around it aside), and words that are also common headings ("Service",
//! "Contact") are not in the list.
//!
//! Example: `Skip to content` on a line of its own is removed.

use crate::rules::{Action, DocView, PhraseSet, Rule, RuleMeta};

pub struct UiLabel;

static META: RuleMeta = RuleMeta {
    code: "BP011",
    name: "ui-label",
    source: include_str!("ui_label.rs"),
};

#[rustfmt::skip]
const LABELS: &[&str] = &[
    // English
    "menu", "main menu", "open menu", "close menu", "toggle navigation", "navigation",
    "main navigation", "skip to content", "skip to main content", "skip to navigation",
    "search", "search for", "submit", "close", "back to top", "top", "login", "log in",
    "log out", "logout", "sign in", "sign out", "register", "my account", "load more",
    "show more", "show less", "more", "next", "previous", "prev", "expand", "collapse",
    "loading", "loading...", "print", "home", "sitemap", "no ratings yet", "rate this",
    "rate this article",
    // German
    "menü", "hauptmenü", "menü öffnen", "menü schließen", "navigation öffnen",
    "hauptnavigation", "zum inhalt springen", "direkt zum inhalt", "zur navigation",
    "zum hauptinhalt", "suche", "suchen", "schließen", "nach oben", "zurück nach oben",
    "anmelden", "abmelden", "einloggen", "registrieren", "mein konto", "mehr laden",
    "mehr anzeigen", "weniger anzeigen", "wird geladen", "wird geladen...", "drucken",
    "startseite", "zurück", "weiter", "zurück zur listenansicht", "zurück zur startseite",
    "direkt zu", "view my complete profile", "vorheriger beitrag", "nächster beitrag",
    "der nächste beitrag", "der vorherige beitrag", "noch keine bewertungen",
    "artikel bewerten", "beitrag bewerten",
    // French, Spanish, Portuguese, Italian, Polish
    "rechercher", "fermer", "connexion", "se connecter", "retour en haut", "aller au contenu",
    "buscar", "cerrar", "iniciar sesión", "volver arriba", "ir al contenido", "pesquisar",
    "fechar", "entrar", "cerca", "chiudi", "accedi", "szukaj", "zamknij", "zaloguj się",
    "przejdź do treści",
];

impl Rule for UiLabel {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &DocView, i: usize, _: &PhraseSet) -> Option<Action> {
        if doc.words(i) > 4 {
            return None;
        }
        let line = doc.folded[i].trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
        let line = line
            .trim_end_matches('.')
            .trim_end_matches(|c: char| !c.is_alphanumeric());
        let dotted = doc.folded[i]
            .trim()
            .trim_end_matches(|c: char| !c.is_alphanumeric() && c != '.');
        (LABELS.contains(&line) || LABELS.contains(&dotted)).then_some(Action::Remove)
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::removed_by;

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
            removed_by("BP011", "Body.\n\nZurück zur Listenansicht\n").len(),
            1
        );
        assert_eq!(
            removed_by("BP011", "Body.\n\nView my complete profile\n").len(),
            1
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
}
