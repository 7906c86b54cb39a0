//! Removes teasers cut to a fixed length: lines that end in an ellipsis right after a
//! word ("… legalizar la comercial...", "… fachlich und …") when at least two other
//! such lines among the eight kept lines on either side are as long, within three
//! characters (or 3% of a long line); and, wherever it stands, a line of five words or
//! more cut right after a word no sentence ends on, an article or a preposition that
//! never closes a clause ("… el adiós de la leyenda del...", "… of the...", "… für
//! die Rechte der ..."). A page that is such a list keeps it: where lines cut short
//! hold half of the words in sentences within a hundred kept lines of the line,
//! nothing is removed.
//!
//! Why: lists of related stories, latest comments and search results show each item's
//! opening words cut at the same number of characters, with an ellipsis where the cut
//! fell. The lengths give the list away: a writer's own ellipses fall wherever the
//! sentence ends, a content system's all at one length. And a cut at a fixed length
//! falls after any word, where a writer's trailing off ("and now I was...", "Ich
//! steig aus...") follows a word a sentence can stop on.
//!
//! Known false positives: three nearby paragraphs of the article that each end in an
//! ellipsis and happen to be of one length (lines shorter than fifteen characters,
//! such as "Well..." in dialogue, never count).
//!
//! Example: `Juan Carlos Ortega Murillo propone legalizar la comercial...` among other
//! teasers of 57 characters that end in `...` is removed.

use crate::rules::{Action, DocView, PhraseSet, Rule, RuleMeta};

pub struct TruncatedTeaser;

static META: RuleMeta = RuleMeta {
    code: "BP013",
    name: "truncated-teaser",
    source: include_str!("truncated_teaser.rs"),
};

/// Fewest lines of one length near one another, the line itself included.
const MIN_LINES: usize = 3;

/// How many kept lines on each side of a teaser the others of its list may stand.
const WINDOW: usize = 8;

/// How far another line's length may be from this one's: this many characters, or
/// this share of its length when that is more.
const SLACK_CHARS: usize = 3;
const SLACK_SHARE: f32 = 0.03;

/// Shortest cut text (in characters, the ellipsis left out) that counts.
const MIN_CHARS: usize = 15;

/// How many kept lines on each side of a teaser the list-page test reads.
const SHARE_WINDOW: usize = 100;

/// Fewest words of a line that counts as text in sentences beside the teasers.
const PROSE_WORDS: usize = 10;

/// Most words of a teaser.
const MAX_WORDS: usize = 40;

impl Rule for TruncatedTeaser {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    /// Only the kept lines count, and other rules' removals change which those are.
    fn depends_on_context(&self) -> bool {
        true
    }

    fn check(&self, doc: &DocView, i: usize, _phrases: &PhraseSet) -> Option<Action> {
        let length = cut_length(doc, i)?;
        let slack = SLACK_CHARS.max((length as f32 * SLACK_SHARE) as usize);
        let alike = |j: usize| cut_length(doc, j).is_some_and(|n| n.abs_diff(length) <= slack);
        let cut_mid_clause =
            || doc.words(i) >= MIN_CLAUSE_WORDS && cut_head(doc, i).is_some_and(ends_mid_clause);
        if !cut_mid_clause()
            && 1 + kept_around(doc, i, WINDOW).filter(|&j| alike(j)).count() < MIN_LINES
        {
            return None;
        }
        // A page that is such a list (a press office's releases, search results) keeps
        // it: around the line, lines cut short (of any length) hold at least half of
        // the words in sentences (menus and labels left out: they surround a list page
        // and an article alike).
        let (mut teasers, mut total) = (0, 0);
        for j in kept_around(doc, i, SHARE_WINDOW).chain([i]) {
            let words = doc.words(j);
            if cut_head(doc, j).is_some() {
                teasers += words;
                total += words;
            } else if words >= PROSE_WORDS {
                total += words;
            }
        }
        (teasers * 2 < total).then_some(Action::Remove)
    }
}

/// Up to `n` kept blocks on each side of block `i`.
fn kept_around<'a>(doc: &'a DocView, i: usize, n: usize) -> impl Iterator<Item = usize> + 'a {
    doc.kept_before(i).take(n).chain(doc.kept_after(i).take(n))
}

/// The text of block `i` before the ellipsis when it is a line cut short: one of at
/// most [`MAX_WORDS`] words that ends in "..." or "…" right after a letter or digit (or
/// after one space that follows one).
fn cut_head<'a>(doc: &'a DocView, i: usize) -> Option<&'a str> {
    if doc.words(i) > MAX_WORDS {
        return None;
    }
    let text = doc.text(i).trim_end();
    let head = text
        .strip_suffix("...")
        .or_else(|| text.strip_suffix('…'))?;
    let head = head.strip_suffix(' ').unwrap_or(head);
    head.ends_with(char::is_alphanumeric).then_some(head)
}

/// Fewest words of a line cut after a word no sentence ends on.
const MIN_CLAUSE_WORDS: usize = 5;

/// Whether `head` ends in an article or a preposition that no clause ends on, even
/// one a speaker breaks off: "der", "of the", "de la", "para". Words that also close
/// a clause are left out: pronouns ("la", "das", "es"), a German verb's particles
/// ("aus", "an", "mit"), English prepositions a verb can leave at the end ("in",
/// "to", "for"), and conjunctions, which a speaker trails off after ("and...").
fn ends_mid_clause(head: &str) -> bool {
    #[rustfmt::skip]
    const NEVER_LAST: &[&str] = &[
        // English
        "the", "a", "an", "of", "from", "into", "onto",
        // German
        "der", "den", "dem", "des", "einer", "eines", "einem", "einen", "im", "am", "vom",
        "zum", "zur", "beim", "für", "von", "dass",
        // Spanish, Portuguese
        "el", "del", "al", "de", "con", "para", "por", "una", "do", "dos", "uma",
        "na", "em", "com",
        // French
        "du", "des", "une", "au", "aux", "pour", "dans", "avec", "sur",
        // Italian
        "di", "della", "dei", "il", "per",
    ];
    let last = head.rsplit(' ').next().unwrap_or(head).to_lowercase();
    head.contains(' ') && NEVER_LAST.contains(&last.as_str())
}

/// The length in characters of [`cut_head`], when it is at least [`MIN_CHARS`].
fn cut_length(doc: &DocView, i: usize) -> Option<usize> {
    let chars = cut_head(doc, i)?.chars().count();
    (chars >= MIN_CHARS).then_some(chars)
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::removed_by;

    const BODY: &str =
        "The talks in Washington lasted about an hour on Wednesday, officials said.\n\n";

    /// An article of six paragraphs around `middle`.
    fn article(middle: &str) -> String {
        format!("{BODY}{BODY}{BODY}{middle}\n\n{BODY}{BODY}{BODY}")
    }

    const SPANISH: [&str; 3] = [
        "Impiden ingreso a Nicaragua a reportero y camarógrafo est...",
        "Consejo Permanente de OEA aborda este miércoles confiscac...",
        "Juan Carlos Ortega Murillo propone legalizar la comercial ...",
    ];

    #[test]
    fn removes_lines_cut_at_one_length() {
        assert_eq!(
            removed_by("BP013", &article(&SPANISH.join("\n\n"))),
            SPANISH
        );
        // "…" as well as "...", lengths a few characters apart, other lines between.
        let list = "Das Bundesamt für Naturschutz unterstützt das Ministerium fachlich und…\n\nMehr\n\nSeit 1990 begrüßt die Naturschutzakademie jährlich circa 1.700 Gäste…\n\nMehr\n\nDie vorliegende Textsammlung Naturschutzrecht bietet externe Nutzern…";
        assert_eq!(removed_by("BP013", &article(list)).len(), 3);
    }

    #[test]
    fn keeps_ellipses_at_lengths_of_their_own() {
        // A writer's ellipses: the lines are of different lengths.
        let lines = "Nach Riss arbeiten an der Kreissäge? Manchmal leider notwendig. Doch es geht auch einfacher...\n\nWerkstück mit der Markierung an den Queranschlag anlegen...\n\nDie Schablone rechts an das Sägeblatt andrücken und das Werkstück ausrichten...";
        assert!(removed_by("BP013", &article(lines)).is_empty());
        // Two lines of one length are not yet a list.
        assert!(removed_by("BP013", &article(&SPANISH[..2].join("\n\n"))).is_empty());
        // Nor are three far apart.
        let apart = format!(
            "{}\n\n{}{BODY}{BODY}{BODY}{BODY}{BODY}{BODY}{BODY}{}",
            SPANISH[0], SPANISH[1], SPANISH[2]
        );
        assert!(removed_by("BP013", &article(&apart)).is_empty());
        // Short lines, and ellipses after punctuation, never count.
        assert!(removed_by("BP013", &article("Well...\n\nHmm...\n\nYes...\n\nOkay...")).is_empty());
        let asked = "Who would have thought it possible?...\n\nWhat would they make of that one?...\n\nWho else would have been there then?...";
        assert!(removed_by("BP013", &article(asked)).is_empty());
    }

    #[test]
    fn removes_a_line_cut_after_a_word_no_sentence_ends_on() {
        for teaser in [
            "Council approves the new budget after a long debate over the...",
            "Stadtrat beschließt neuen Haushalt nach langer Debatte über die Zukunft der ...",
            "El concejo aprueba el presupuesto tras un largo debate sobre el futuro del…",
            "Le conseil adopte le budget après un long débat sur l'avenir des...",
        ] {
            assert_eq!(removed_by("BP013", &article(teaser)), [teaser], "{teaser}");
        }
    }

    #[test]
    fn keeps_a_line_that_trails_off_after_a_word_a_sentence_can_end_on() {
        for line in [
            "I had the whole summer ahead of me, and now I was...",
            "Ich hatte keine Lust mehr auf das alles, also steig ich aus...",
            "She wanted to call him back and...",
            "Es geht erst am Abend um acht Uhr los...",
            // Too short to tell.
            "Of the...",
            "Over the...",
        ] {
            assert!(removed_by("BP013", &article(line)).is_empty(), "{line}");
        }
    }

    #[test]
    fn keeps_a_page_that_is_the_list() {
        // Search results or a press office's releases: the teasers are the page.
        let page = format!("Releases\n\n{}\n\nPage 2", SPANISH.join("\n\n"));
        assert!(removed_by("BP013", &page).is_empty());
    }
}
