//! Removes short lines stranded among boilerplate: a run of at most twelve short lines
//! (at most twelve words each) whose nearest neighbours on both sides were removed as
//! boilerplate by other rules, or a run of up to sixty menu labels (at most four words,
//! no sentence end) between two such lines, or of up to eight such labels that ends
//! the document right under a removed line, below the article's prose (a footer's
//! last links: "About Wikipedia" / "Disclaimers" / "Mobile view"; a name alone there
//! may sign the article, and stays); and, once the article has begun, a menu
//! link that is also an ordinary heading ("Kontakt", "About us", "Archiv") with a
//! menu label (at most four words, no sentence end, not a name of two words or more)
//! right beside it; and a follow or share bar's buttons left one per line, a
//! network's or a bookmarking service's name beside another ("Facebook" / "Instagram"
//! / "E-Mail", "Digg" / "StumbleUpon"); those
//! buttons still count as short lines of a run. Bylines, datelines and other lines
//! moved into metadata do not count as neighbours: the rule looks past them, except
//! below a run under the article's prose, where a story's credits or an agency's
//! signature ("Le Monde avec AFP", "dpa/AFP") end the article and the lines above
//! them are its own. A run made only
//! of sentences (five words or more, from a capital letter, or any letter of a script
//! without capitals, to a full stop in any script's form) stays: that
//! is the article's one-line paragraph between a photo credit and a related link. So
//! does a sentence that quotes someone, whatever stands beside it; a sentence between
//! two interface labels once the page's text has begun (a post between its "Reply
//! Quote" buttons); and the page's headline: the line right above a wiki's tagline
//! ("From Wikipedia, the free encyclopedia"), the line under its breadcrumb trail (a
//! date moved into metadata between them aside) that ends the trail, is the first
//! kept line, or has no prose above it under a trail that ends with a section (a
//! shop's product under "Startseite > Küche > Kaffeemühlen"), or the first kept line right above its
//! byline or date, or a headline and standfirst shaped so (four words or more, from a
//! capital, no sentence end), at most four lines with no paragraph of the body (a
//! sentence of twelve words or more) above, right above the
//! byline or date, or a markdown heading or a line of four words or more that is the last kept line above
//! the page's first paragraph of prose, with only removed lines (a share bar) between;
//! and a headline and standfirst shaped so (four words or more, from a capital, no
//! sentence end) in a run of at most four lines with no prose above it that leads
//! straight into the first paragraph.
//!
//! Why: a page's boxes (a sign-up form, a list of related stories, a footer) flatten to
//! a few lines the other rules recognize and a few they cannot: the box's heading, a
//! teaser's title, a name. Such a line standing between two removed lines belongs to
//! the box around it, not to the article, which reads as prose on at least one side.
//!
//! Known false positives: a short heading or list item of the article between two
//! boilerplate lines, with no paragraph of the article in between (a subheading right
//! under a caption and right above a "Read more" line), and an article that is only a
//! list of labels with boilerplate above and below it, or the article's last lines
//! of labels under a removed line (a list of sources without punctuation). A run that
//! touches the start of the document is kept, and so is one at its end that holds
//! more than labels: that edge says nothing about it, and cleaning the output again,
//! where no removed line is left, must change nothing. For the same
//! reason the run right under a page's menu (`nav-menu`) that leads to the article's
//! first paragraph, with only removed lines between, stays: it is the page's headline
//! and standfirst, at the top of the page once the menu is gone.
//!
//! Example: between `Subscribe to our newsletter` and `© 2024 Example Media`, the
//! lines `Upcoming events` and `Jane Doe` are removed.

use crate::pipeline::JOINED;
use crate::rules::boilerplate::nav_menu::CODE as NAV_MENU;
use crate::rules::boilerplate::ui_label::CODE as UI_LABEL;
use crate::rules::boilerplate::{call_to_action, ui_label};
use crate::rules::metadata::agency_signature::CODE as AGENCY_SIGNATURE;
use crate::rules::metadata::report_credits::CODE as REPORT_CREDITS;
use crate::rules::{Action, DocView, PhraseSet, Rule, RuleMeta};
use crate::shape;

pub struct StrandedLine;

/// The rule's code, for the rules that read its removals.
pub const CODE: &str = "BP012";

static META: RuleMeta = RuleMeta {
    code: CODE,
    name: "stranded-line",
    source: include_str!("stranded_line.rs"),
};

/// Most words a stranded line may have.
const MAX_WORDS: usize = 12;

/// Most short lines in a stranded run. A longer run is a list of its own (a photo
/// series' captions, a table flattened to lines), not what is left of a box, unless
/// it is all labels.
const MAX_RUN: usize = 12;

/// Most lines in a stranded run made only of labels (a menu between two removed
/// lines): an article seldom lists that many items of four words or fewer without a
/// sentence among them.
const MAX_MENU_RUN: usize = 60;

/// Most lines of a run, with no prose above it, that leads straight into the
/// article's first paragraph: its headline-shaped lines stay, as the article's
/// headline and standfirst (a byline the other rules did not know may stand with them).
const MAX_HEAD_RUN: usize = 4;

/// The rules whose lines end a story: its credits ("Le Monde avec AFP", "Reporting by
/// …") and an agency's signature ("dpa/AFP").
const ENDINGS: &[&str] = &[REPORT_CREDITS, AGENCY_SIGNATURE];

/// What lies beyond a run of short lines in one direction.
#[derive(PartialEq, Eq)]
enum Beyond {
    /// A block removed by the rule of this code.
    Boilerplate(&'static str),
    Text,
    Edge,
}

impl Rule for StrandedLine {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn depends_on_context(&self) -> bool {
        true
    }

    fn check(&self, doc: &DocView, i: usize, _: &PhraseSet) -> Option<Action> {
        if !is_short(doc, i) {
            return None;
        }
        if doc.words(i) <= 3 && ui_label::is_ambiguous_link(doc.folded(i)) && in_menu(doc, i) {
            return Some(Action::Remove);
        }
        if doc.words(i) <= 2 && in_bar(doc, i) {
            return Some(Action::Remove);
        }
        let (Beyond::Boilerplate(before), run_before, first) = beyond(doc, (0..i).rev(), false)
        else {
            return None;
        };
        let (after, run_after, last) = match beyond(doc, i + 1..doc.len(), true) {
            (Beyond::Boilerplate(after), run_after, last) => (after, run_after, last),
            (Beyond::Edge, run_after, last) => {
                return tail_of_labels(doc, i, first, run_before + 1 + run_after, last)
                    .then_some(Action::Remove);
            }
            (Beyond::Text, ..) => return None,
        };
        // Whether the run is all labels matters only for a run too long for a box,
        // so only such a run is read again: its lines are the kept blocks between its
        // first and its last.
        let run = run_before + 1 + run_after;
        let all = |test: fn(&DocView, usize) -> bool| {
            let (first, last) = (first.unwrap_or(i), last.unwrap_or(i));
            (first..=last)
                .filter(|&j| doc.is_kept(j))
                .all(|j| test(doc, j))
        };
        // A run of nothing but sentences is the article's: a news story's one-line
        // paragraph between a photo credit and a "Related:" line. A box's sentence
        // comes with its heading or its button ("Command Line" / "Command Line
        // delivers daily updates." / "Email (required)").
        if is_sentence(doc, i) && (all(is_sentence) || is_quotation(doc.text(i))) {
            return None;
        }
        // Between two interface labels a sentence is a post between its buttons
        // ("Reply Quote"), or a line of the page between two menus.
        if is_headline(doc, i)
            || (before == NAV_MENU && leads_to_body(doc, last.unwrap_or(i)))
            || (run <= MAX_HEAD_RUN
                && is_headline_shaped(doc, i)
                && !doc.prose_before(first.unwrap_or(i))
                && leads_to_body(doc, last.unwrap_or(i)))
            || (before == UI_LABEL && after == UI_LABEL && is_post(doc, i, first))
        {
            return None;
        }
        (run <= MAX_RUN || (run <= MAX_MENU_RUN && all(is_label))).then_some(Action::Remove)
    }
}

/// Most lines of a run of labels at the end of the document, under a removed line.
const MAX_TAIL_RUN: usize = 8;

/// A run of labels that ends the document, right under a line another rule removed,
/// below the article's prose: what is left of the page's footer ("Privacy policy",
/// removed, then "About Wikipedia" / "Disclaimers" / "Mobile view"). Every line of
/// it is a label (at most four words, no sentence end); a line alone must not be a
/// person's name of two words or more, which may sign the article.
fn tail_of_labels(
    doc: &DocView,
    i: usize,
    first: Option<usize>,
    run: usize,
    last: Option<usize>,
) -> bool {
    let (first, last) = (first.unwrap_or(i), last.unwrap_or(i));
    let signature = || run == 1 && doc.words(i) >= 2 && shape::is_person_name(doc.text(i).trim());
    run <= MAX_TAIL_RUN
        && doc.prose_before(first)
        && (first..=last)
            .filter(|&j| doc.is_kept(j))
            .all(|j| is_label(doc, j))
        && !signature()
}

/// The page's headline: the line right under its breadcrumb trail (lines moved into
/// metadata between them aside) when the trail ends with it ("Home » Recipes » Focaccia"
/// / "Focaccia"), or when it is the first kept line ("Home » Recipes » Desserts" /
/// "Lemon Drizzle Cake"); or the first kept line
/// right above a line that moved into metadata, a byline or a date ("Lemon Drizzle
/// Cake" / "By Maria Lopez"). A teaser's title with its author further down a page is
/// no headline.
fn is_headline(doc: &DocView, i: usize) -> bool {
    let first_kept = || doc.none_kept_before(i);
    // A date or a byline moved into metadata may stand between the trail and the
    // headline ("Home » Recipes » Focaccia" / "17 Feb 2020" / "Focaccia").
    let above = (0..i).rev().find(|&j| !doc.removed_by(j, "MT"));
    // Right under a trail that ends with a section, at the top of the page (no prose
    // above it, where the lines of a menu above may still be waiting for this very
    // rule), is the title too: a shop's product under "Startseite > Küche >
    // Kaffeemühlen". A trail that ends with the title has it already.
    let under_trail = above.is_some_and(|t| {
        let trail = doc.folded(t);
        doc.removed_code(t) == Some(UI_LABEL)
            && ui_label::is_breadcrumb(trail)
            && (ends_trail(trail, doc.folded(i))
                || first_kept()
                || (ends_with_section(trail) && !doc.prose_before(i)))
    });
    let over_byline =
        i + 1 < doc.len() && doc.removed_by(i + 1, "MT") && first_kept() || heads_byline(doc, i);
    // A wiki prints its tagline right under the article's title.
    let over_tagline = i + 1 < doc.len() && ui_label::is_wiki_tagline(doc.folded(i + 1));
    under_trail || over_byline || over_tagline || over_first_text(doc, i)
}

/// A headline and its standfirst over their byline or date at the top of the page:
/// line `i` and every line from it down to a line that moved into metadata are
/// headline-shaped, at most [`MAX_HEAD_RUN`] of them, with no paragraph of the body
/// above ("Beef
/// Maker von Aldi im Test" / "Das perfekte Steak aus dem Discounter-Grill" /
/// "19.03.2019 11:45" / "| von Inga Buller"). A section's name or a counter above them
/// is no part of it.
fn heads_byline(doc: &DocView, i: usize) -> bool {
    let mut j = i;
    for _ in 0..MAX_HEAD_RUN {
        if !(doc.is_kept(j) && is_headline_shaped(doc, j)) {
            return false;
        }
        j += 1;
        if j >= doc.len() {
            return false;
        }
        // A long headline above counts as prose: only a paragraph of the body says
        // the page's head is over.
        if doc.removed_by(j, "MT") {
            return doc.body_bounds().is_none_or(|(first, _)| first > i);
        }
    }
    false
}

/// "Energiesparen bei Cern: Teilchenbeschleuniger macht Winterpause" / (a share bar,
/// removed) / the article's first paragraph: a markdown heading, or a line of four
/// words or more, that opens
/// with a capital, is not a sentence, a credit or a date, whose next kept block is the page's first paragraph of prose, with only
/// removed lines between them. Menu labels above the article are shorter; a box's
/// heading further down has prose above it.
fn over_first_text(doc: &DocView, i: usize) -> bool {
    if !is_headline_shaped(doc, i) {
        return false;
    }
    let next = (i + 1..doc.len()).find(|&j| doc.is_kept(j));
    next.is_some_and(|j| j > i + 1 && !is_short(doc, j))
        && !(i.saturating_sub(MAX_LOOK_BACK)..i)
            .rev()
            .any(|j| doc.is_kept(j) && !is_short(doc, j))
}

/// Whether line `i` is shaped like a headline: a markdown heading, or a line of four
/// words or more that opens with a capital and is not a sentence, a credit or a date.
fn is_headline_shaped(doc: &DocView, i: usize) -> bool {
    // A markdown heading says it is one ("# Floods"): any length will do.
    let (text, marked) = match shape::markdown_heading(doc.text(i)) {
        Some(text) => (text, true),
        None => (doc.text(i), false),
    };
    if (doc.words(i) < 4 && !marked)
        || shape::has_terminal_punctuation(text)
        || !text.trim_start().starts_with(char::is_alphabetic)
        || !shape::starts_uppercase(text)
        || text.contains('©')
    {
        return false;
    }
    // A date or a post's stamp ("Apr. 26, 2022", "Posted on 25. Januar 2022") has
    // numbers in a third of its words or more; a headline seldom does.
    shape::numbered_words(text) * 3 < doc.words(i)
}

/// Whether the next kept block after `end` is the article's first paragraph: a run
/// that ends there, under the page's menu, is the page's headline and standfirst, with
/// only removed lines (a byline, a date, a picture's caption) between it and the text.
fn leads_to_body(doc: &DocView, end: usize) -> bool {
    let next = doc.next_kept(end);
    next.is_some_and(|j| doc.body_bounds().is_some_and(|(first, _)| first == j))
}

/// Most words of a trail's last entry that names a section ("Kaffeemühlen", "Latest
/// News"), not the page's title.
const MAX_SECTION_WORDS: usize = 3;

/// Whether the breadcrumb `trail` ends with a section's name rather than a title.
fn ends_with_section(trail: &str) -> bool {
    trail
        .rsplit(['>', '»', '›', '→', '|', '‹', '«', '/'])
        .map(str::trim)
        .find(|entry| !entry.is_empty())
        .is_some_and(|last| shape::word_count(last) <= MAX_SECTION_WORDS)
}

/// Whether the breadcrumb `trail` ends with `line`, both folded.
fn ends_trail(trail: &str, line: &str) -> bool {
    let line = line.trim();
    !line.is_empty()
        && trail
            .trim_end()
            .strip_suffix(line)
            .is_some_and(|head| head.trim_end().ends_with(['>', '»', '›', '→', '|']))
}

/// Most blocks above a run that [`is_post`] looks through for the page's text.
const MAX_LOOK_BACK: usize = 200;

/// A post between its buttons: a sentence after the page's text has begun, a kept
/// sentence or paragraph within [`MAX_LOOK_BACK`] blocks above (a site's motto between
/// two menus at the top is none).
fn is_post(doc: &DocView, i: usize, first: Option<usize>) -> bool {
    let first = first.unwrap_or(i);
    is_sentence(doc, i)
        && (first.saturating_sub(MAX_LOOK_BACK)..first)
            .rev()
            .any(|j| doc.is_kept(j) && (!is_short(doc, j) || is_sentence(doc, j)))
}

fn is_short(doc: &DocView, i: usize) -> bool {
    doc.is_kept(i) && doc.words(i) <= MAX_WORDS
}

/// A sentence of prose: five words or more, from a capital letter (any letter in a
/// script without case) to a full stop (a teaser's question or exclamation, or a
/// cut-off "...", is not enough). A news story's one-line paragraph between a photo
/// credit and a "Related:" line is article, not what is left of a box.
fn is_sentence(doc: &DocView, i: usize) -> bool {
    let text = doc.text(i);
    doc.words(i) >= 5
        && shape::ends_with_full_stop(text)
        && !text.trim_end().ends_with("...")
        && shape::starts_like_sentence(text)
}

/// A sentence that quotes someone: reported speech is the story's, whatever box-like
/// lines stand around it.
fn is_quotation(text: &str) -> bool {
    let quotes = text
        .chars()
        .filter(|c| matches!(c, '"' | '“' | '”' | '„' | '«' | '»'))
        .count();
    quotes >= 2
}

/// A menu entry's shape: at most four words, no sentence end.
fn is_label(doc: &DocView, i: usize) -> bool {
    doc.words(i) <= 4 && !shape::has_terminal_punctuation(doc.text(i))
}

/// Whether line `i` stands in a menu after the article has begun (a paragraph of prose
/// above it): a menu label is the nearest kept line on either side ("Aktuelles" /
/// "Kontakt", "Kontakt" / "Navigation überspringen"). Above the article, such a line
/// stays: there it may be all that keeps the headline from being stranded.
fn in_menu(doc: &DocView, i: usize) -> bool {
    let label = |j: usize| {
        let text = doc.text(j).trim();
        is_label(doc, j) && !(doc.words(j) >= 2 && shape::is_person_name(text))
    };
    (doc.prev_kept(i).is_some_and(label) || doc.next_kept(i).is_some_and(label))
        && doc.prose_before(i)
}

/// Whether line `i` is one button of a follow or share bar set one per line: a
/// network's name ("Facebook", "Instagram", "E-Mail") with another right beside it
/// (the nearest kept line on either side).
fn in_bar(doc: &DocView, i: usize) -> bool {
    let item = |j: usize| is_bar_button(doc, j);
    item(i) && (doc.prev_kept(i).is_some_and(item) || doc.next_kept(i).is_some_and(item))
}

/// Whether line `j` is a bar's button that stood beside another in the source, kept
/// or not: what [`in_bar`] removes, and not a lone "RSS" taken with a menu.
fn was_in_bar(doc: &DocView, j: usize) -> bool {
    is_bar_button(doc, j)
        && (j > 0 && is_bar_button(doc, j - 1) || j + 1 < doc.len() && is_bar_button(doc, j + 1))
}

/// Whether line `j` reads as one button of a follow or share bar.
fn is_bar_button(doc: &DocView, j: usize) -> bool {
    doc.words(j) <= 2 && call_to_action::is_bar_item(doc.folded(j))
}

/// The first block in `order` that decides, how many short lines come before it, and
/// the farthest of those. A kept block that
/// is not short is text, and so is a run too long to be stranded. A removed one is
/// boilerplate, unless it moved into metadata, was joined into its neighbour or was
/// left empty by normalization (those are looked past, and belong to the run), or
/// lies outside an HTML page's article (that is where the article starts or ends,
/// like the document's edge).
fn beyond(
    doc: &DocView,
    mut order: impl Iterator<Item = usize>,
    forward: bool,
) -> (Beyond, usize, Option<usize>) {
    let mut run = 0;
    let mut end = None;
    let verdict = loop {
        let Some(j) = order.next() else {
            break Beyond::Edge;
        };
        match doc.removed_code(j) {
            None if is_short(doc, j) => {
                run += 1;
                end = Some(j);
                if run >= MAX_MENU_RUN {
                    break Beyond::Text;
                }
            }
            None => break Beyond::Text,
            // Below the article's prose, a story's credits or an agency's signature
            // end the article: the lines above them are its last paragraphs, not a
            // box's.
            Some(code) if forward && ENDINGS.contains(&code) && doc.prose_before(j) => {
                break Beyond::Text
            }
            Some(code) if code.starts_with("MT") || code.starts_with("UN") || code == JOINED => {}
            // A bar's button this rule took still counts as the short line it was:
            // taking it must not strand the lines beside it (a headline right above a
            // share bar), nor keep a run it belonged to.
            Some(code) if code == META.code && was_in_bar(doc, j) => {
                run += 1;
                end = Some(j);
            }
            Some(code) if code.starts_with("HX") => break Beyond::Edge,
            Some(code) => break Beyond::Boilerplate(code),
        }
    };
    (verdict, run, end)
}

#[cfg(test)]
mod tests {
    use crate::config::Config;
    use crate::pipeline::Pipeline;

    /// What this rule removes with every other rule running: it judges their verdicts.
    fn removed_by(code: &str, text: &str) -> Vec<String> {
        let pipeline = Pipeline::new(Config::default()).expect("default config");
        let cleaned = pipeline.clean_text(text);
        let removed = cleaned.record.removed.iter().filter(|r| r.rule == code);
        removed.map(|r| r.text.clone()).collect()
    }

    const BODY: &str =
        "The talks in Washington lasted about an hour on Wednesday, officials said.\n\n";

    #[test]
    fn removes_a_footers_last_labels_at_the_end() {
        let doc =
            format!("{BODY}Privacy policy\n\nAbout Wikipedia\n\nDisclaimers\n\nMobile view\n");
        assert_eq!(
            removed_by("BP012", &doc),
            ["About Wikipedia", "Disclaimers", "Mobile view"]
        );
        // A name alone may sign the article; a sentence or a longer line is the text's.
        for tail in [
            "Jane Doe",
            "The road reopened on Friday.",
            "Sources: city council minutes, interviews with residents",
        ] {
            let doc = format!("{BODY}Privacy policy\n\n{tail}\n");
            assert!(removed_by("BP012", &doc).is_empty(), "{tail}");
        }
        // With nothing removed above them, the last lines say nothing of a footer.
        let doc = format!("{BODY}About Wikipedia\n\nDisclaimers\n");
        assert!(removed_by("BP012", &doc).is_empty());
    }

    #[test]
    fn removes_short_lines_between_boilerplate() {
        let doc = format!(
            "{BODY}Subscribe to our newsletter\n\nOur partners\n\nJane Doe\n\n© 2024 Example Media. All rights reserved.\n\n{BODY}"
        );
        assert_eq!(removed_by("BP012", &doc), ["Our partners", "Jane Doe"]);
    }

    #[test]
    fn removes_a_heading_like_link_in_a_menu_after_the_article() {
        let doc = format!("{BODY}Vereinsleben\n\nKontakt\n\nÜber uns\n\n{BODY}");
        assert_eq!(removed_by("BP012", &doc), ["Kontakt", "Über uns"]);
        // Above the article such a line stays, and so does one that heads what follows.
        let doc = format!("Blog\n\nContact\n\nCDPATH replacements\n\n{BODY}");
        assert!(removed_by("BP012", &doc).is_empty());
        let doc =
            format!("{BODY}Kontakt\n\nSchreiben Sie uns, wir antworten innerhalb eines Tages.\n");
        assert!(removed_by("BP012", &doc).is_empty());
        // A name beside it is the contact's, not a menu's.
        let doc = format!("{BODY}Kontakt\n\nAnna Schmidt\n\n{BODY}");
        assert!(removed_by("BP012", &doc).is_empty());
    }

    #[test]
    fn removes_a_bar_of_network_names() {
        let doc = format!("{BODY}Folge uns\n\nFacebook\n\nInstagram\n\nGoogle +\n\n{BODY}");
        assert_eq!(
            removed_by("BP012", &doc),
            ["Facebook", "Instagram", "Google +"]
        );
        // Taking the bar strands nothing: the headline over it and the date stays.
        let doc = format!("I created a platform for contributing to Open Source, used by thousands of people.\n\n© Jane Doe\n\nPair With Me: A Cop That Finds Allocations\n\n09 Oct 2018\n\nTwitter\n\nReddit\n\nLobste.rs\n\n{BODY}");
        assert_eq!(removed_by("BP012", &doc), ["Twitter", "Reddit"]);
        // The bookmarking services of older pages make a bar too.
        let doc = format!("{BODY}Technorati\n\nStumbleUpon\n\nDigg\n\n{BODY}");
        assert_eq!(
            removed_by("BP012", &doc),
            ["Technorati", "StumbleUpon", "Digg"]
        );
        // A network's name alone may head a section; other names are no bar.
        let doc = format!("{BODY}Facebook\n\n{BODY}Google\n\nApple\n\n{BODY}");
        assert!(removed_by("BP012", &doc).is_empty());
    }

    #[test]
    fn keeps_lines_next_to_text_or_the_edge() {
        // A heading between a caption and the body it introduces stays.
        let doc = format!("{BODY}Photo: Jane Doe/Reuters\n\nWhat comes next\n\n{BODY}");
        assert!(removed_by("BP012", &doc).is_empty());
        // So does a title above the byline, and a sentence at the end after a notice.
        let doc = format!(
            "Talks end early\n\nBy Jane Doe\n\n{BODY}© 2024 Example Media. All rights reserved.\n\nThe talks go on.\n"
        );
        assert!(removed_by("BP012", &doc).is_empty());
        // A longer line between two notices is left to the other rules.
        let doc = format!(
            "{BODY}Subscribe to our newsletter\n\nThe talks resumed on Thursday in a smaller room downtown, with fewer aides and no press\n\n© 2024 Example Media. All rights reserved.\n\n{BODY}"
        );
        assert!(removed_by("BP012", &doc).is_empty());
    }

    #[test]
    fn a_menu_above_the_article_is_the_page_top() {
        let menu = "Energieberatung\nFördermittel\nReferenzen\nHeizungstausch\nWärmepumpen\nSolaranlagen\nDämmung\nFenster und Türen\n\n";
        // The headline and the standfirst under it stay, with a notice below them.
        let doc = format!("{menu}Bohren, bis es heiß wird\n\nBanken finanzieren weltweit Firmen, die dem Klima schaden.\n\nAdvertisement\n\n{BODY}");
        assert!(removed_by("BP012", &doc).is_empty());
        // Under the article a menu is boilerplate like any other.
        let doc =
            format!("{BODY}Advertisement\n\nKiel, Lübeck und Flensburg im Überblick\n\n{menu}");
        assert_eq!(
            removed_by("BP012", &doc),
            ["Kiel, Lübeck und Flensburg im Überblick"]
        );
    }

    #[test]
    fn keeps_the_headline_above_the_byline() {
        // The first kept line, right above the byline, under a breadcrumb trail.
        let doc = format!(
            "Home » Recipes » Desserts\n\nLemon Drizzle Cake\n\nBy Maria Lopez\n\nThis post may contain affiliate links. Please read our disclosure policy.\n\n{BODY}"
        );
        assert!(removed_by("BP012", &doc).is_empty());
        // A teaser's title and author further down, between two notices, go.
        let doc = format!(
            "{BODY}Subscribe to our newsletter\n\nLemon Drizzle Cake\n\nBy Maria Lopez\n\n© 2024 Example Media. All rights reserved.\n\n{BODY}"
        );
        assert_eq!(removed_by("BP012", &doc), ["Lemon Drizzle Cake"]);
    }

    #[test]
    fn keeps_a_headline_and_standfirst_over_their_date() {
        // Under a section's name and a counter, which go; the date and byline moved
        // into metadata, a video's title and button below them.
        let doc = format!(
            "Home\n\n365\n\nEssen & Trinken\n\nBeef Maker von Aldi im Test\n\nDas perfekte Steak aus dem Discounter-Grill\n\n19.03.2019 11:45\n\n| von Inga Buller\n\nBeef Maker von Aldi im Praxistest\n\nPlay Video\n\n{BODY}"
        );
        assert_eq!(
            removed_by("BP012", &doc),
            [
                "365",
                "Essen & Trinken",
                "Beef Maker von Aldi im Praxistest"
            ]
        );
        // A headline long enough to pass for prose keeps its standfirst.
        let doc = format!(
            "Vai al contenuto\nMenu\nCerca\nAbbonati\n\nCronaca\n\nRoma, chiusa la stazione Termini per un guasto alla linea elettrica\n\nDisagi per migliaia di pendolari nella mattina di lunedì\n\ndi Marco Rossi\n12 febbraio 2024, 09:15\n\nAscolta l'articolo\nCondividi\n\n{BODY}"
        );
        assert_eq!(
            removed_by("BP012", &doc),
            ["Abbonati", "Cronaca", "Ascolta l'articolo"]
        );
        // Further down, under the article's prose, a teaser's title over its date goes.
        let doc = format!(
            "{BODY}Subscribe to our newsletter\n\nBeef Maker von Aldi im Test\n\n19.03.2019 11:45\n\n© 2024 Example Media. All rights reserved.\n\n{BODY}"
        );
        assert_eq!(removed_by("BP012", &doc), ["Beef Maker von Aldi im Test"]);
    }

    #[test]
    fn the_storys_credits_end_the_article() {
        let doc = format!(
            "{BODY}Lire aussi : Climat : les épisodes de pluies extrêmes se multiplient\n\nLes secours ont effectué plus de 300 interventions pendant la nuit.\n\nLe Monde avec AFP\n\nRéutiliser ce contenu\nContribuer\n\nAbonnez-vous à partir de 1 €\n"
        );
        assert_eq!(
            removed_by("BP012", &doc),
            ["Réutiliser ce contenu", "Contribuer"]
        );
    }

    #[test]
    fn keeps_the_headline_over_the_first_paragraph() {
        let text = "Subscribe to our newsletter\n\nGreentech Blog\n\nEnergiesparen bei Cern: Teilchenbeschleuniger macht Winterpause\n\nFacebookTwitterLinkedInEmailRedditDiggPrint\n\nUm Strom zu sparen, geht der weltweit größte Teilchenbeschleuniger vorzeitig in die Winterpause, wie das Cern mitteilte.\n";
        assert_eq!(removed_by("BP012", text), ["Greentech Blog"]);
        // A markdown heading under a menu label and over a photo credit.
        let text = "Skip to content\n\n# Floods\n\nPhoto: John Smith/AP\n\nHundreds of homes were flooded on Tuesday after the river burst its banks, officials said.\n";
        assert!(removed_by("BP012", text).is_empty());
        // A heading further down, with prose above it, is a box's.
        let text = "Um Strom zu sparen, geht der weltweit größte Teilchenbeschleuniger vorzeitig in die Winterpause, wie das Cern mitteilte.\n\nSubscribe to our newsletter\n\nMore stories from our green energy desk\n\nFacebookTwitterLinkedInEmailRedditDiggPrint\n\nAuch 2023 soll die Betriebszeit gekürzt werden, in beiden Jahren zusammen um zwanzig Prozent.\n";
        assert_eq!(
            removed_by("BP012", text),
            ["More stories from our green energy desk"]
        );
    }

    #[test]
    fn keeps_the_head_of_the_article_at_the_top_of_the_page() {
        // A headline and a standfirst under the page's menus, with a byline the other
        // rules do not know and a date between them and the first paragraph.
        let top = "Skip to main content\n\nSign in\n\nNews\nOpinion\nSport\nCulture\n\nEurope\n";
        let body = "Share\nThousands of people have been forced from their homes across central Europe after days of torrential rain caused rivers to burst their banks.\n";
        let head = "Flooding in central Europe leaves thousands displaced\n\nRivers burst their banks across three countries after days of heavy rain\n\nJon Henley Europe correspondent\nTue 17 Sep 2024 12.04 BST\n";
        assert!(removed_by("BP012", &format!("{top}{head}{body}")).is_empty());
        // Lines not shaped like a headline go as before.
        let head = "Der Verlag\n\nFollow us\n";
        assert_eq!(
            removed_by("BP012", &format!("{top}{head}{body}")),
            ["Der Verlag"]
        );
    }

    #[test]
    fn keeps_a_wiki_articles_title_over_its_tagline() {
        let page = "Jump to content\n\nMain menu\n\nSearch\n\nCreate account\n\nLog in\n\nNysa Kłodzka\n\nFrom Wikipedia, the free encyclopedia\n\nArticle Talk\n\nRead Edit View history\n\nThe Nysa Kłodzka is a river in south-western Poland, a left tributary of the Oder.\n";
        for code in ["BP012", "BP017"] {
            let removed = removed_by(code, page);
            assert!(
                !removed.iter().any(|r| r == "Nysa Kłodzka"),
                "{code}: {removed:?}"
            );
        }
        // Without the tagline under it, the line between two menus goes.
        let page = page.replace("From Wikipedia, the free encyclopedia\n\n", "");
        let removed = [removed_by("BP012", &page), removed_by("BP017", &page)].concat();
        assert!(removed.iter().any(|r| r == "Nysa Kłodzka"), "{removed:?}");
    }

    #[test]
    fn keeps_the_headline_under_its_trail() {
        // The trail ends with the headline; buttons under it are no box.
        let doc = format!(
            "{BODY}Menu\n\nHome » Recipes » Olive Bread\n\nOlive Bread\n\n12/04/2020 Kay\n\nRate this recipe\n\n{BODY}"
        );
        assert_eq!(removed_by("BP012", &doc), ["12/04/2020 Kay"]);
        // A date moved into metadata between the trail and the headline, a byline and
        // the recipe's buttons under it.
        let doc = format!(
            "{BODY}Startseite » Rezepte » Saftiger Zitronenkuchen vom Blech: einfach köstlich!\n\n17 Feb 2020\n\nSaftiger Zitronenkuchen vom Blech: einfach köstlich!\n\nvon Kathrin\n\nZum Rezept Drucken Pinnen\n\n{BODY}"
        );
        assert!(removed_by("BP012", &doc).is_empty());
        // A line under the date that the trail does not end with is no headline.
        let doc = format!(
            "{BODY}Startseite » Rezepte » Kuchen\n\n17 Feb 2020\n\nUnsere Partner!\n\nvon Kathrin\n\nZum Rezept Drucken Pinnen\n\n{BODY}"
        );
        assert_eq!(removed_by("BP012", &doc), ["Unsere Partner!"]);
        // A shop's product under a trail that ends with its section, at the top of the
        // page: the menu's lines above it go in the same pass.
        let shop = "Kostenloser Versand ab 50 €\n\nMein Konto\n\nWarenkorb (0)\n\nStartseite > Küche > Kaffeemühlen\n\nHandkaffeemühle Classic\n\n★★★★☆ 4,3 (87 Bewertungen)\n\n49,90 €\n\nIn den Warenkorb\n\nDie Classic mahlt Kaffeebohnen mit einem Kegelmahlwerk aus Keramik, von grob bis fein für Espresso.\n";
        assert_eq!(removed_by("BP012", shop), ["Warenkorb (0)", "49,90 €"]);
        // Under a trail that ends with the title, a short line is no title.
        let post = "Mein Konto\n\nWarenkorb (0)\n\nHome » News » Family seeks funds to treat a rising tennis star\n\nPosted in News\n\nIn den Warenkorb\n\nThe family of a young tennis player has asked for help to pay for treatment abroad.\n";
        assert_eq!(
            removed_by("BP012", post),
            ["Warenkorb (0)", "Posted in News"]
        );
    }

    #[test]
    fn keeps_posts_between_their_buttons() {
        let doc = format!(
            "{BODY}Reply Quote\n\nRe: Drive not found\n\nThat was it, thanks! It had switched to RAID.\n\nReply Quote\n\n{BODY}"
        );
        assert_eq!(removed_by("BP012", &doc), ["Re: Drive not found"]);
        // A motto between two menus before the text begins goes.
        let doc = format!(
            "Skip to content\n\nInvestment Watch\n\nSpreading the truth. Empowering the people.\n\nMenu\n\n{BODY}"
        );
        assert_eq!(
            removed_by("BP012", &doc),
            [
                "Investment Watch",
                "Spreading the truth. Empowering the people."
            ]
        );
    }

    #[test]
    fn keeps_a_run_of_sentences() {
        // A one-line paragraph of the story between a photo credit and a related link.
        let doc = format!(
            "{BODY}Photo: John Doe/AP\n\nMore than 40,000 homes lost power.\n\nRelated: Winter storms cost the state $2 billion\n\n{BODY}"
        );
        assert!(removed_by("BP012", &doc).is_empty());
        // In scripts without capitals or with other full stops, too.
        for sentence in [
            "أعلنت وزارة الصحة اليوم عن إطلاق حملة تطعيم وطنية جديدة.",
            "मंत्री ने कहा कि योजना अगले महीने शुरू होगी।",
            "专家认为，这一计划有助于缓解城市热岛效应。",
        ] {
            let doc = format!(
                "{BODY}Photo: John Doe/AP\n\n{sentence}\n\nRelated: Winter storms\n\n{BODY}"
            );
            assert!(removed_by("BP012", &doc).is_empty(), "{sentence}");
        }
        // A box's sentence comes with its heading or its button: all go.
        let doc = format!(
            "{BODY}Subscribe to our newsletter\n\nCommand Line\n\nCommand Line delivers daily updates from the near future.\n\n© 2024 Example Media. All rights reserved.\n\n{BODY}"
        );
        assert_eq!(removed_by("BP012", &doc).len(), 2);
        // A quotation stays even beside a box's line.
        let doc = format!(
            "{BODY}Photo: John Doe/AP\n\nDrone footage of the lava\n\n\"The lava is moving slowly but steadily,\" a geologist said.\n\nRelated: Winter storms cost the state $2 billion\n\n{BODY}"
        );
        assert_eq!(removed_by("BP012", &doc), ["Drone footage of the lava"]);
        // A teaser's question is no sentence of the story.
        let doc = format!(
            "{BODY}Subscribe to our newsletter\n\nWhat will the storm cost the state next year?\n\n© 2024 Example Media. All rights reserved.\n\n{BODY}"
        );
        assert_eq!(removed_by("BP012", &doc).len(), 1);
    }

    #[test]
    fn keeps_a_run_too_long_for_a_box() {
        let notice = "© 2024 Example Media. All rights reserved.";
        let items = |n: usize| {
            (1..=n)
                .map(|k| format!("Stop number {k} is closed today\n\n"))
                .collect::<String>()
        };
        let doc = |n: usize| {
            format!(
                "{BODY}Subscribe to our newsletter\n\n{}{notice}\n\n{BODY}",
                items(n)
            )
        };
        assert_eq!(removed_by("BP012", &doc(12)).len(), 12);
        assert!(removed_by("BP012", &doc(13)).is_empty());
    }

    #[test]
    fn a_menu_may_run_longer() {
        let notice = "© 2024 Example Media. All rights reserved.";
        let menu = |n: usize, last: &str| {
            let labels: String = (1..n).map(|k| format!("Section {k}\n\n")).collect();
            format!("{BODY}Subscribe to our newsletter\n\n{labels}{last}\n\n{notice}\n\n{BODY}")
        };
        assert_eq!(removed_by("BP012", &menu(40, "Contact")).len(), 40);
        // Too long to be stranded, the menu stays, but for a link that is also a
        // heading ("Contact"), which goes beside the other labels.
        assert_eq!(removed_by("BP012", &menu(62, "Contact")), ["Contact"]);
        assert!(removed_by("BP012", &menu(61, "Our shops")).is_empty());
        // One sentence among the lines makes it a list of the article's.
        assert!(removed_by("BP012", &menu(40, "We ship worldwide.")).is_empty());
    }
}
