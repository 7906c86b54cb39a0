//! Removes stray UI strings in another script: a short line written entirely in one
//! script (Cyrillic, say) inside a document written almost entirely in another (Latin),
//! such as a Russian "open article" label left at the end of an English page.
//!
//! Why: sites translated from one language keep untranslated interface labels; in the
//! corpus they are noise in the wrong language.
//!
//! Known false positives: a short quotation in the original script on a line of its
//! own. Foreign words inside a sentence are never touched: the line as a whole must be
//! in the other script, and the rest of the document must be at least 80% the main script and three times
//! as long as the line.
//!
//! Example: in an English article, the line `Заголовок открываемого материала` is removed.

use crate::rules::{Action, DocView, PhraseSet, Rule, RuleMeta};
use crate::shape::{self, ScriptCounts};

pub struct ForeignScript;

static META: RuleMeta = RuleMeta {
    code: "BP006",
    name: "foreign-script",
    source: include_str!("foreign_script.rs"),
};

impl Rule for ForeignScript {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    // The document's main script is measured on the blocks still in: removing a
    // dateline in the main script can leave a heading in another script stray.
    fn depends_on_context(&self) -> bool {
        true
    }

    fn check(&self, doc: &DocView, i: usize, _: &PhraseSet) -> Option<Action> {
        let text = doc.text(i);
        let words = doc.words(i);
        if words > 12 || (words > 6 && shape::has_terminal_punctuation(text)) {
            return None;
        }
        let counts = ScriptCounts::of(text);
        let line = counts.dominant(0.9)?;
        let rest = doc.scripts().minus(&counts);
        let main = rest.dominant(0.8)?;
        (line != main && counts.total() >= 3 && rest.total() >= 3 * counts.total())
            .then_some(Action::Remove)
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::removed_by;

    const BODY: &str = "The talks in Washington lasted about an hour on Wednesday.\n\nLavrov said the meeting with the president went well.\n\n";

    #[test]
    fn removes_lines_in_another_script() {
        let doc = format!("{BODY}Заголовок открываемого материала\n");
        assert_eq!(
            removed_by("BP006", &doc),
            ["Заголовок открываемого материала"]
        );
        let doc = "Переговоры в Вашингтоне длились около часа.\n\nЛавров сказал, что встреча прошла хорошо.\n\nRead more\n";
        assert_eq!(removed_by("BP006", doc), ["Read more"]);
    }

    #[test]
    fn keeps_quoted_words_and_mixed_documents() {
        let doc = format!("{BODY}He used the word «перезагрузка» in the talks.\n");
        assert!(removed_by("BP006", &doc).is_empty());
        assert!(removed_by("BP006", "Привет\n\nHello there\n\nПока\n").is_empty());
    }
}
