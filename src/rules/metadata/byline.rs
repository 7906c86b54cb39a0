//! Moves bylines and author lines into `authors`: "By Name", "By Name and Name",
//! "Articles by: Name", "Written by Name", "Autor: Name", "Von Name", "di Name", "Ein Artikel von Name", "Geschrieben von
//! Name", "Escrito por Name" and the like (a bar or a bullet before the label allowed:
//! "| von Inga Buller"), in scripts without capitals too, where a
//! name is letters only, up to four words, a Chinese one two to four characters
//! ("作者：李华", "责任编辑：王小明", "بقلم أحمد علي", "מאת דנה כהן") (also with the label alone on its line and
//! the name alone on the next: "By" / "Name"), a Korean reporter's name before the
//! title ("김민수 기자"; the same line under the story, the address beside it, goes
//! too), and a bullet followed by a name ("•
//! Name") as the document's last line, unless it ends a bulleted list. A date at the
//! end of the byline moves into `published`, and a time of day alone after its word
//! ("Posted by Anna at 10:32 AM") goes with the line; of a publication date and an update's
//! between bars, the publication's. A blog post's meta line counts too when a date, the
//! author and a comment count stand between bars or dashes, spaced hyphens too
//! ("Freitag | 14. Juni 2019 | 15:49 VON Sina Giebel IN Fashion | 0 COMMENTS",
//! "23.06.2016 um 16:14 Uhr — Markus Reuter — 91 Ergänzungen"): the name goes into
//! `authors`, the date into `published`.
//! Right under the title (and a subtitle), a name alone on its line over a line that is
//! only a date or a button to follow the writer ("Priya Raman" / "Follow", "Tom
//! Hargreaves" / "Apr 3, 2024") is a byline too.
//! So does a labelled date followed by the author ("Posted on May 14, 2017 by Jane
//! Doe", "Veröffentlicht am 14. Mai 2017 von Anna Schmidt"; a login such as "admin"
//! names no author; of two dates glued together, "May 14, 2017May 20, 2017", the
//! first, when the page was published, goes into `published`), the first of them only
//! when a blog repeats it over its comments; without a label, a whole day's date and
//! then names, or one capitalized name ("March 3, 2021 by Anna"); the category a blog
//! files the post under after the name is no part of it ("… by Jane Doe in News").
//! A byline the page repeats, three or more with one label after the page's first
//! byline, heads each comment or each teaser of a list ("geschrieben von Jane am 21.
//! Jan. 2015", "By Caroline Lewis" under every headline): those go too, but their names
//! stay out of `authors`. So do the role, desk or agency a byline names beside its
//! writers or in their place ("By JORDAN ROBERTSON and RACHEL METZ — AP Technology
//! Writers", "By Maria Lopez, Staff Writer", "Von David Hutzler, dpa", "Von
//! Redaktion"); names set in capitals are recased ("Jordan Robertson"). The writer's
//! role alone on the line right under a byline goes with it ("By Mary Jones" / "Staff
//! Writer").
//!
//! Why: the author belongs in metadata, where it can be searched and counted, not in
//! the running text, where it reads as a stray line.
//!
//! Known false positives: a line such as "By Royal Appointment" reads as a byline. A
//! sentence starting with "By" is kept: every part after the prefix must be shaped like
//! a name (capitalized words, no sentence punctuation), and the line must be short.
//!
//! Example: `By Oleg Yegorov` is removed and `authors` gets `Oleg Yegorov`.

use std::borrow::Cow;
use std::sync::LazyLock;

use crate::rules::{Action, DocView, Meta, PhraseSet, Rule, RuleMeta, WordSet};
use crate::shape;
use crate::{authors, dates};

pub struct Byline;

static META: RuleMeta = RuleMeta {
    code: "MT002",
    name: "byline",
    source: include_str!("byline.rs"),
};

impl Rule for Byline {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn depends_on_context(&self) -> bool {
        true
    }

    #[rustfmt::skip]
    fn phrases(&self) -> &'static [&'static str] {
        &[
            "by", "articles by", "article by", "written by", "words by", "story by", "posted by",
            "reporting by", "reported by", "author:", "authors:", "byline:", "text by", "von",
            "autor:", "autorin:", "autoren:", "text:", "por", "par", "door", "di", "a cura di",
            "av", "af",
            "ein artikel von", "ein beitrag von", "un article de", "un artículo de",
            "автор:", "авторы:",
            "текст:", "autor tekstu:", "geschrieben von", "verfasst von", "escrito por",
            "écrit par", "scritto da", "作者：", "作者:", "记者：", "记者", "責任編集：",
            "责任编辑：", "责编：", "编辑：", "撰文：", "文：", "著者：", "筆者：", "글:", "بقلم",
            "بقلم:", "كتب:", "מאת", "מאת:", "लेखक:", "yazar:", "yazan:", "συντάκτης:",
            "автор", "автори:",
        ]
    }

    fn check(&self, doc: &DocView, i: usize, phrases: &PhraseSet) -> Option<Action> {
        if let Some(name) = bullet_name(doc.text(i)) {
            // Only the document's tail: nothing but bylines may follow, so a run of
            // bulleted names at the end goes as a whole, in one round. A run introduced
            // by a line ending in a colon ("Members:") is a list, not a byline.
            let is_byline = |j: usize| {
                bullet_name(doc.text(j)).is_some() || prefixed_byline(doc, j, phrases).is_some()
            };
            let at_end = doc.kept_after(i).all(is_byline);
            let introduced = doc
                .kept_before(i)
                .find(|&j| !is_byline(j))
                .is_some_and(|j| doc.text(j).trim_end().ends_with(':'));
            if at_end && !introduced && !ends_a_list(doc, i) {
                return Some(Action::Move(vec![Meta::Author(name.to_string())]));
            }
        }
        if let Some(names) = label_over_name(doc, i, phrases) {
            return Some(if is_repeated_byline(doc, i, phrases) {
                Action::Remove
            } else {
                Action::Move(names.into_iter().map(Meta::Author).collect())
            });
        }
        // The name under such a label goes with it (a name of its length first: that
        // needs no look at the line above).
        if (2..=MAX_NAME_LINE_WORDS).contains(&doc.words(i))
            && doc
                .prev_kept(i)
                .is_some_and(|p| label_over_name(doc, p, phrases).is_some())
        {
            return Some(Action::Remove);
        }
        if let Some(meta) = prefixed_byline(doc, i, phrases) {
            // A byline the page repeats heads each comment or each teaser of a list
            // ("geschrieben von Jane am 21. Jan. 2015", "Por Luciana Bertoia"): every
            // one goes, but only the page's first byline names its authors.
            return Some(if is_repeated_byline(doc, i, phrases) {
                Action::Remove
            } else {
                Action::Move(meta)
            });
        }
        if doc.words(i) <= 4 {
            if let Some(name) = korean_byline(doc.text(i)) {
                // The first names the author; the same line under the story, often with
                // the reporter's address, goes too.
                let first =
                    !(0..i).any(|j| doc.words(j) <= 4 && korean_byline(doc.text(j)).is_some());
                return Some(if first {
                    Action::Move(vec![Meta::Author(name.to_string())])
                } else {
                    Action::Remove
                });
            }
        }
        if let Some(meta) = date_then_byline(doc, i) {
            // Under each comment of a blog the template repeats it: the first is the
            // post's own.
            let first = !(0..i).any(|j| date_then_byline(doc, j).is_some());
            return Some(if first {
                Action::Move(meta)
            } else {
                Action::Remove
            });
        }
        if let Some(name) = name_over_stamp(doc, i) {
            return Some(Action::Move(vec![Meta::Author(name.to_string())]));
        }
        if is_role_under_byline(doc, i) {
            return Some(Action::Remove);
        }
        post_meta(doc, i, phrases).map(Action::Move)
    }
}

/// Most words of a writer's role on its own line under the byline.
const MAX_ROLE_WORDS: usize = 4;

/// The writer's role alone on the line right under a byline this rule took ("By Mary
/// Jones" / "Staff Writer", "Washington Correspondent"): a role with no name in it
/// ([`authors::Part::Role`]), set like a label, not a sentence.
fn is_role_under_byline(doc: &DocView, i: usize) -> bool {
    if doc.words(i) > MAX_ROLE_WORDS || i == 0 || doc.removed_code(i - 1) != Some(META.code) {
        return false;
    }
    let text = doc.text(i).trim();
    shape::starts_uppercase(text)
        && !shape::has_terminal_punctuation(text)
        && authors::read(text) == authors::Part::Role
}

/// "Posted on May 14, 2017 by Jane Doe", "Veröffentlicht am 3. März 2024 von Anna
/// Schmidt": a labelled date, then the byline's word and the author. Gives the date,
/// and the author when the rest reads as names (a login such as "admin" does not).
/// A writer's name alone on its line in the document's head, over a line that is only
/// a date or a button to follow the writer: "Priya Raman" / "Follow" on a blogging
/// platform, "Tom Hargreaves" / "Apr 3, 2024" on a newsletter's post. The name is two to
/// four capitalized words, the document's second or third line (under the title and a
/// subtitle) or right under a line of four words or more shaped like a headline with
/// the stamp glued under it, and no paragraph of prose stands above it.
fn name_over_stamp<'a>(doc: &'a DocView, i: usize) -> Option<&'a str> {
    #[rustfmt::skip]
    const FOLLOW: &[&str] = &[
        "follow", "folgen", "suivre", "seguir", "segui", "volgen", "obserwuj",
    ];
    if !(2..=4).contains(&doc.words(i)) {
        return None;
    }
    let name = doc.text(i).trim();
    // A comma parts a place from its country ("Managua, Nicaragua"), not a name.
    if !shape::is_person_name(name) || name.contains(['.', ',']) {
        return None;
    }
    let next = doc.next_kept(i)?;
    let under = doc.text(next).trim();
    let stamp = FOLLOW.contains(&doc.folded(next).trim())
        || (doc.words(next) <= 6
            && dates::split_trailing_date(under).is_some_and(|(head, _)| head.is_empty()));
    // Under the title, and a subtitle at most: further down a page's head, a menu's
    // entries and a section's name stand over dates as often as names do.
    let head = || (1..=2).contains(&doc.kept_before(i).take(3).count()) && !doc.prose_before(i);
    // Under a page's menus, which other rules take later, the line right above must be
    // the title or the subtitle itself, four words or more shaped like a headline, with
    // no paragraph of the body above (a subtitle may be long enough to pass for prose),
    // and the stamp glued under the name: a box's heading ("Recent Posts") stands apart
    // from the dates of its list.
    let under_title = || {
        doc.next_in_para(i) == Some(next)
            && doc
                .prev_kept(i)
                .is_some_and(|p| doc.words(p) >= 4 && doc.is_headline_like(p))
            && doc.body_bounds().is_none_or(|(first, _)| first > i)
    };
    (stamp && (head() || under_title())).then_some(name)
}

fn date_then_byline(doc: &DocView, i: usize) -> Option<Vec<Meta>> {
    #[rustfmt::skip]
    const LABELS: &[&str] = &[
        "posted", "published", "veröffentlicht", "gepostet", "erschienen", "publié",
        "publicado", "pubblicato", "geplaatst", "gepubliceerd", "opublikowano",
    ];
    const BY: &[&str] = &[
        " by ", " von ", " par ", " por ", " da ", " door ", " przez ",
    ];
    if doc.words(i) > 16 {
        return None;
    }
    let text = doc.text(i);
    let folded = doc.folded(i);
    let labelled = LABELS.iter().any(|label| folded.starts_with(label));
    // Without a label the line must open as a date does: "March 3, 2021 by Anna",
    // "3. März 2021 von Anna".
    if !labelled && !dates::may_open_date(folded) {
        return None;
    }
    let (at, by) = BY
        .iter()
        .filter_map(|by| Some((folded.rfind(by)?, *by)))
        .max()?;
    let (label, date) = dates::split_trailing_date(text.get(..at)?)?;
    // A blog files the post after the name: "… by Henry in News", "… Von Henry In
    // Aktuell".
    let rest = text.get(at + by.len()..)?;
    let rest = [
        " in ", " In ", " IN ", " im ", " Im ", " dans ", " en ", " En ",
    ]
    .iter()
    .filter_map(|category| rest.find(category))
    .min()
    .map_or(rest, |end| &rest[..end]);
    let names = if labelled {
        if !LABELS.contains(&shape::fold(label.trim_end_matches(':')).as_str()) {
            return None;
        }
        split_names(rest).unwrap_or_default()
    } else {
        // A whole day's date, then a name: one capitalized word will do ("Anna"),
        // as a blog signs its posts; "June 2021 by the numbers" is a heading.
        let single = rest.trim();
        let one_name = !single.contains(char::is_whitespace)
            && single.chars().all(char::is_alphabetic)
            && shape::starts_uppercase(single);
        if !label.trim().is_empty() || date.len() < "2021-03-03".len() {
            return None;
        }
        match split_names(rest) {
            Some(names) if !names.is_empty() => names,
            _ if one_name => vec![single.to_string()],
            _ => return None,
        }
    };
    let mut meta: Vec<Meta> = names.into_iter().map(Meta::Author).collect();
    meta.push(Meta::Published(date));
    Some(meta)
}

/// "김민수 기자", "김민수 특파원 minsu@example.co.kr": a Korean byline, the reporter's
/// name (two to four Hangul syllables) before the title, and perhaps the address.
fn korean_byline(text: &str) -> Option<&str> {
    const TITLES: &[&str] = &["기자", "특파원", "선임기자", "전문기자"];
    let hangul = |c: char| ('\u{AC00}'..='\u{D7A3}').contains(&c);
    // Most short lines open with no Hangul: one look at the first letter spares them.
    if !text.starts_with(hangul) {
        return None;
    }
    let mut words = text.split_whitespace();
    let (name, title) = (words.next()?, words.next()?);
    // After the title, at most the reporter's address.
    let rest_ok = match (words.next(), words.next()) {
        (None, _) => true,
        (Some(address), None) => address.contains('@'),
        _ => false,
    };
    ((2..=4).contains(&name.chars().count())
        && name.chars().all(hangul)
        && TITLES.contains(&title)
        && rest_ok)
        .then_some(name)
}

/// How many bylines opening with the same label make it a template's.
const REPEATED_LABEL: usize = 3;

/// Whether block `i` is a byline whose label (as written: "By" over the article and
/// "by" over each comment differ) opens [`REPEATED_LABEL`] bylines or more of the
/// document, kept or not, and another byline comes before it: the first byline of a
/// page is its own, even when each teaser under the article has one like it. Both
/// kinds count: "By Name" on one line, and "By" over the name on the next.
fn is_repeated_byline(doc: &DocView, i: usize, phrases: &PhraseSet) -> bool {
    let label = |j: usize| {
        let r = phrases.find_at_start(doc.folded(j))?;
        doc.block(j).text.get(r)
    };
    // Cheap tests first: a short line the phrase gate marks.
    let candidate = |j: usize| doc.words(j) <= 16 && doc.may_contain(j, phrases);
    let byline = |j: usize| {
        prefixed_byline(doc, j, phrases).is_some() || label_over_name(doc, j, phrases).is_some()
    };
    let Some(own) = label(i) else {
        return false;
    };
    (0..i).any(|j| candidate(j) && byline(j))
        && (0..doc.len())
            .filter(|&j| j == i || candidate(j) && label(j) == Some(own) && byline(j))
            .nth(REPEATED_LABEL - 1)
            .is_some()
}

/// Most words of the name line under a byline's label.
const MAX_NAME_LINE_WORDS: usize = 8;

/// A byline's label alone on its line ("By", "Von", "Autor:", "Par") and the name alone
/// on the next kept line, as a tag stripper leaves a label and its link apart: the
/// names of that line, of two words or more.
fn label_over_name(doc: &DocView, i: usize, phrases: &PhraseSet) -> Option<Vec<String>> {
    // The rule's prefixes without their colons, for a whole line to be one.
    static LABELS: LazyLock<WordSet> = LazyLock::new(|| {
        let labels: Vec<&str> = Byline
            .phrases()
            .iter()
            .map(|p| p.trim_end_matches(':'))
            .collect();
        WordSet::new(&labels)
    });
    if doc.words(i) > 2 || !doc.may_contain(i, phrases) {
        return None;
    }
    if !LABELS.contains(doc.folded(i).trim().trim_end_matches(':').trim_end()) {
        return None;
    }
    // A name of one word under a label is as often a link ("Mitschreiben") or a desk
    // ("EDITORIAL") as a writer's. A line that ends in a comma and opens with a greeting,
    // or with the text going on in lowercase below it, opens a letter or a comment
    // ("Liebe Beate," / "das Geheimnis …", under a comment's "Autor" badge and its
    // date); a name with a comma before the writer's role ("Michael Rädel," /
    // "Redaktion") is a byline.
    #[rustfmt::skip]
    const GREETINGS: &[&str] = &[
        "dear", "hello", "hi", "hey", "liebe", "lieber", "liebes", "hallo", "servus",
        "cher", "chère", "bonjour", "querida", "querido", "hola", "cara", "caro", "ciao",
        "beste", "drogi", "droga",
    ];
    let next = doc.next_kept(i)?;
    let greets = doc
        .folded(next)
        .split_whitespace()
        .next()
        .is_some_and(|w| GREETINGS.contains(&w));
    let salutation = doc.text(next).trim_end().ends_with(',')
        && (greets
            || doc
                .next_kept(next)
                .is_some_and(|j| doc.text(j).trim_start().starts_with(char::is_lowercase)));
    if salutation {
        return None;
    }
    if !(2..=MAX_NAME_LINE_WORDS).contains(&doc.words(next)) {
        return None;
    }
    split_names(doc.text(next))
}

/// Words that count a post's comments ("0 COMMENTS", "91 Ergänzungen"), lowercase.
const COMMENT_WORDS: &[&str] = &[
    "comment",
    "comments",
    "response",
    "responses",
    "reply",
    "replies",
    "kommentar",
    "kommentare",
    "antworten",
    "ergänzungen",
    "commentaire",
    "commentaires",
    "comentario",
    "comentarios",
    "komentarz",
    "komentarze",
    "komentarzy",
];

/// A blog post's meta line: parts between bars or dashes that are a date (and its
/// weekday and time), the author (a byline, "VON Sina Giebel IN Fashion", or a full
/// name), and a count of comments, nothing else; at least the date, the author and
/// the count. Gives the author and the date.
fn post_meta(doc: &DocView, i: usize, phrases: &PhraseSet) -> Option<Vec<Meta>> {
    let text = doc.text(i);
    if doc.words(i) > 16
        || text.len() > 160
        || !text.contains(['|', '—', '–']) && !text.contains(" - ")
    {
        return None;
    }
    let (mut date, mut names, mut counted) = (None, None, false);
    // A spaced hyphen is a dash where the text's punctuation was left as typed.
    let parts = text.split(['|', '—', '–']).flat_map(|p| p.split(" - "));
    for part in parts.map(str::trim) {
        let (time_less, timed) = strip_time(part);
        if part.is_empty() || dates::is_weekday(part) || (timed && time_less.is_empty()) {
            continue;
        }
        if let Some(day) = dates::parse_date(part).or_else(|| dates::parse_date(&time_less)) {
            date = date.or(Some(day));
        } else if is_comment_count(part) {
            counted = true;
        } else if names.is_none() {
            names = Some(author_part(&time_less, phrases)?);
        } else {
            return None;
        }
    }
    let (date, names) = (date?, names?);
    if !counted {
        return None;
    }
    let mut meta: Vec<Meta> = names.into_iter().map(Meta::Author).collect();
    meta.push(Meta::Published(date));
    Some(meta)
}

/// `part` without a time before or after it ("15:49 VON Sina Giebel", "um 16:14 Uhr"),
/// and whether it had one.
fn strip_time(part: &str) -> (Cow<'_, str>, bool) {
    let words: Vec<&str> = part.split_whitespace().collect();
    let Some(at) = words
        .iter()
        .position(|w| dates::is_time_token(w.trim_end_matches(',')))
    else {
        return (Cow::Borrowed(part), false);
    };
    // The time and the words that go with it: "um", "at", "Uhr", "h".
    let filler = |w: &str| {
        matches!(
            w.to_lowercase().as_str(),
            "um" | "at" | "uhr" | "h" | "am" | "pm"
        )
    };
    let mut start = at;
    while start > 0 && filler(words[start - 1]) {
        start -= 1;
    }
    let mut end = at + 1;
    while end < words.len() && filler(words[end]) {
        end += 1;
    }
    let rest = if start == 0 {
        &words[end..]
    } else {
        &words[..start]
    };
    (Cow::Owned(rest.join(" ")), true)
}

/// "0 COMMENTS", "91 Ergänzungen", "Kommentare: 3".
fn is_comment_count(part: &str) -> bool {
    let words: Vec<String> = part
        .split([' ', ':'])
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    match words.as_slice() {
        [a, b] => {
            let number = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
            let word = |s: &str| COMMENT_WORDS.contains(&s);
            (number(a) && word(b)) || (word(a) && number(b))
        }
        _ => false,
    }
}

/// The author of a meta line's part: a byline's names ("VON Sina Giebel IN Fashion",
/// the category after " in " dropped), or a full name alone ("Markus Reuter").
fn author_part(part: &str, phrases: &PhraseSet) -> Option<Vec<String>> {
    let folded = shape::fold(part);
    let rest = match phrases.find_at_start(&folded) {
        Some(prefix) if part.is_char_boundary(prefix.end) => {
            part[prefix.end..].trim_start_matches([':', ' '])
        }
        _ => {
            return (shape::word_count(part) >= 2 && shape::is_person_name(part))
                .then(|| vec![part.to_string()]);
        }
    };
    let rest = [" IN ", " in ", " In "]
        .iter()
        .find_map(|sep| rest.split_once(sep).map(|(name, _)| name))
        .unwrap_or(rest);
    split_names(rest)
}

/// Whether the bulleted line `i` ends a list: a bulleted line right above it (through
/// other bulleted lines; the output sets each apart, so blank lines do not count) is
/// no name ("• Berlin" / "• Paris" / "• New York"), so its items are the article's,
/// not its authors.
fn ends_a_list(doc: &DocView, i: usize) -> bool {
    for p in doc.kept_before(i) {
        let text = doc.text(p).trim_start();
        if !text.starts_with(['•', '·', '▪']) {
            return false;
        }
        if bullet_name(text).is_none() {
            return true;
        }
    }
    false
}

/// The name on a "• Name" line, if the line is a bullet and a person's name of two or
/// more words.
fn bullet_name(text: &str) -> Option<&str> {
    let name = text.trim_start().strip_prefix(['•', '·', '▪'])?.trim();
    (shape::is_person_name(name) && shape::word_count(name) >= 2).then_some(name)
}

/// The authors (and date) of a "By Name" style line.
fn prefixed_byline(doc: &DocView, i: usize, phrases: &PhraseSet) -> Option<Vec<Meta>> {
    let text = doc.text(i);
    // Room for a role, an agency and a time after the names ("By JORDAN ROBERTSON and
    // RACHEL METZ — AP Technology Writers | AP — 1 hr 4 mins ago"); every part before
    // the first bar or dash must still be a name.
    if doc.words(i) > 24 || text.chars().count() > 200 {
        return None;
    }
    // A separator may lead it, where a bar or a bullet set it apart from the date
    // before it on the page ("19.03.2019 11:45" / "| von Inga Buller"). Separators and
    // spaces fold to themselves: the offset holds in both texts.
    let lead = text.len()
        - text
            .trim_start_matches(['|', '•', '·', '–', '—'])
            .trim_start()
            .len();
    let (text, folded) = (&text[lead..], &doc.folded(i)[lead..]);
    let prefix = phrases.find_at_start(folded)?;
    let rest = text
        .get(prefix.end..)?
        .trim_start_matches([':', '：', ' ', '-', '–', '—']);
    // A label joined to the next word by a hyphen is no label: "Di-Fr 10-18 Uhr".
    let after = text.get(prefix.end..)?;
    if after.strip_prefix('-').is_some_and(|a| !a.starts_with(' ')) {
        return None;
    }
    // A label runs into the name only after its colon ("作者：李华").
    if rest.len() == text.len() - prefix.end
        && !text[prefix.end..].starts_with(' ')
        && !folded[prefix.clone()].ends_with([':', '：'])
    {
        return None;
    }
    // A blog's footer gives the time of the post alone, led to by a word ("Posted by
    // Anna at 10:32 AM").
    let (names_part, date) = match dates::split_trailing_date(rest) {
        Some((head, date)) if !head.is_empty() => (head, Some(date)),
        _ => match dates::before_trailing_time(rest) {
            Some((head, true)) => (head.to_string(), None),
            _ => (rest.to_string(), None),
        },
    };
    // What follows a bar, a slash or a spaced dash is the writer's role, desk or
    // agency ("— AP Technology Writers | AP"), not more names.
    let names_part = names_part.split(['|', '/']).next().unwrap_or("");
    let names_part = authors::split_at_dashes(names_part)
        .next()
        .unwrap_or("")
        .trim();
    let names = split_names(names_part)?;
    let mut meta: Vec<Meta> = names.into_iter().map(Meta::Author).collect();
    meta.extend(published(rest).or(date).map(Meta::Published));
    Some(meta)
}

/// The date of a byline's part that is not an update's, when its parts between bars
/// date both ("By Maria Lopez | Published March 3, 2024 | Updated March 5, 2024"):
/// the first publication, not the last change.
fn published(rest: &str) -> Option<String> {
    // Stems: "update" for "updated", "modifi" for "modified" and "modifié".
    const UPDATED: &[&str] = &[
        "update",
        "aktualisiert",
        "zuletzt",
        "actualiza",
        "actualisé",
        "mis à jour",
        "modifi",
        "geändert",
        "edited",
    ];
    let parts: Vec<&str> = rest.split(['|', '·', '•']).collect();
    if parts.len() < 3 {
        return None;
    }
    let dated: Vec<(String, String)> = parts
        .iter()
        .filter_map(|part| dates::split_trailing_date(part))
        .collect();
    let is_update = |label: &str| {
        let label = label.to_lowercase();
        UPDATED.iter().any(|u| label.contains(u))
    };
    if !dated.iter().any(|(label, _)| is_update(label)) {
        return None;
    }
    dated
        .into_iter()
        .find(|(label, _)| !is_update(label))
        .map(|(_, date)| date)
}

/// Splits "A, B and C" into names; `None` unless every part is shaped like a name.
/// A role ("Staff Writer") or an agency ("CNN") beside the names, or in their place
/// ("Von Redaktion"), is read as such ([`authors::read`]) and left out; names set in
/// capitals are recased.
fn split_names(s: &str) -> Option<Vec<String>> {
    let s = s.trim().trim_end_matches([',', ';']);
    if s.is_empty() || shape::has_terminal_punctuation(s) && !s.ends_with("Jr.") {
        return None;
    }
    let mut names = Vec::new();
    let mut desk = false;
    for part in s
        .split([',', ';', '&'])
        .flat_map(|p| p.split(" and "))
        .flat_map(|p| p.split(" und "))
    {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        match authors::read(part) {
            authors::Part::Person(name)
                if shape::is_person_name(&name) || shape::is_caseless_name(&name) =>
            {
                names.push(name)
            }
            authors::Part::Person(_) => return None,
            authors::Part::Agency | authors::Part::Role => desk = true,
            authors::Part::Other => {}
        }
    }
    (!names.is_empty() || desk).then_some(names)
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{cleaned_with, removed_by};

    #[test]
    fn bylines_in_scripts_without_capitals() {
        let authors = |line: &str| {
            let page = format!(
                "Headline of the story\n\n{line}\n\nThe talks lasted an hour, officials said.\n"
            );
            cleaned_with("MT002", &page).record.authors
        };
        assert_eq!(authors("作者：李华"), ["李华"]);
        assert_eq!(authors("责任编辑：王小明"), ["王小明"]);
        assert_eq!(authors("بقلم: أحمد علي"), ["أحمد علي"]);
        assert_eq!(authors("מאת דנה כהן"), ["דנה כהן"]);
        assert_eq!(authors("लेखक: राम शर्मा"), ["राम शर्मा"]);
        // What follows the label must be a name's shape.
        assert!(authors("作者：国家统计局发言人表示，一季度经济好于预期").is_empty());
        assert!(authors("记者 张强 摄").is_empty());
    }

    #[test]
    fn a_separator_may_lead_the_byline() {
        for line in ["| von Inga Buller", "• By Inga Buller", "— By Inga Buller"] {
            let page = format!(
                "Headline of the story\n\n19.03.2019 11:45\n{line}\n\nThe talks lasted an hour, officials said.\n"
            );
            assert_eq!(
                cleaned_with("MT002", &page).record.authors,
                ["Inga Buller"],
                "{line}"
            );
        }
        let page = "Headline of the story\n\n| Von A bis Z\n\nThe talks lasted an hour.\n";
        assert!(cleaned_with("MT002", page).record.authors.is_empty());
    }

    #[test]
    fn the_role_under_a_byline_goes_with_it() {
        for role in ["Staff Writer", "Washington Correspondent", "Redakteurin"] {
            let page = format!(
                "Headline of the story\n\nBy Mary Jones\n{role}\n\nThe council met on Monday and agreed on the budget.\n"
            );
            assert_eq!(
                removed_by("MT002", &page),
                ["By Mary Jones", role],
                "{role}"
            );
        }
        // Not under a byline, or a name with its role, or a sentence: they stay.
        let page = "Headline of the story\n\nStaff Writer\n\nThe council met on Monday.\n";
        assert!(removed_by("MT002", page).is_empty());
        for line in [
            "Tom Reed Staff Writer",
            "Staff writers were told on Monday.",
        ] {
            let page = format!(
                "Headline of the story\n\nBy Mary Jones\n{line}\n\nThe council met on Monday and agreed on the budget.\n"
            );
            assert_eq!(removed_by("MT002", &page), ["By Mary Jones"], "{line}");
        }
    }

    #[test]
    fn leaves_roles_agencies_and_days_out_of_authors() {
        let authors = |line: &str| {
            let page = format!(
                "Headline of the story\n\n{line}\n\nThe talks lasted an hour, officials said.\n"
            );
            (
                cleaned_with("MT002", &page).record.authors,
                removed_by("MT002", &page).len(),
            )
        };
        assert_eq!(
            authors("By JORDAN ROBERTSON and RACHEL METZ — AP Technology Writers | AP — 1 hr 4 mins ago"),
            (
                vec!["Jordan Robertson".to_string(), "Rachel Metz".to_string()],
                1
            )
        );
        assert_eq!(
            authors("By Maria Lopez, Staff Writer"),
            (vec!["Maria Lopez".to_string()], 1)
        );
        assert_eq!(
            authors("Von David Hutzler, dpa"),
            (vec!["David Hutzler".to_string()], 1)
        );
        assert_eq!(
            authors("di Marco Rossi"),
            (vec!["Marco Rossi".to_string()], 1)
        );
        assert_eq!(authors("di recente"), (vec![], 0));
        assert_eq!(authors("Di-Fr 10-18:00 Uhr."), (vec![], 0));
        assert_eq!(
            authors("Ein Artikel von Anna Schmidt"),
            (vec!["Anna Schmidt".to_string()], 1)
        );
        assert_eq!(
            authors("Posted by Anna at 10:32 AM"),
            (vec!["Anna".to_string()], 1)
        );
        // A byline that names only the desk is one, with no name for `authors`.
        assert_eq!(authors("Von Redaktion"), (vec![], 1));
        // Not bylines: a day, a sentence.
        assert_eq!(authors("By Friday"), (vec![], 0));
        assert_eq!(authors("By Tuesday, the talks had ended"), (vec![], 0));
    }

    #[test]
    fn moves_a_label_and_the_name_under_it() {
        let page = "Headline of the story\n\nBy\n\nCaroline Lewis\n\nThe talks lasted an hour, officials said.\n";
        let c = cleaned_with("MT002", page);
        assert_eq!(c.record.authors, ["Caroline Lewis"]);
        assert_eq!(removed_by("MT002", page), ["By", "Caroline Lewis"]);
        let page = "Von:\n\nGötz Warnke\n\nDie Windkraft wächst weiter.\n";
        assert_eq!(removed_by("MT002", page), ["Von:", "Götz Warnke"]);
        let page = "Die Windkraft wächst weiter.\n\nGeschrieben von:\n\nFrau Sabienes\n";
        assert_eq!(
            removed_by("MT002", page),
            ["Geschrieben von:", "Frau Sabienes"]
        );
        let page = "El precio sube otra vez.\n\nEscrito por Ana María López\n";
        assert_eq!(
            cleaned_with("MT002", page).record.authors,
            ["Ana María López"]
        );
        // No name under the label: a comment's date, a biography.
        for page in [
            "Autor\n\n19. Juni 2019 / 13:20\n\nBody text of the comment.\n",
            "Autor\n\nNils Pickert ist freier Autor und Journalist.\n",
            "Stand by\n\nCaroline Lewis\n\nBody.\n",
            "Autoren\n\nMitschreiben\n\nBody.\n",
        ] {
            assert!(removed_by("MT002", page).is_empty(), "{page}");
        }
    }

    #[test]
    fn a_greeting_under_a_label_names_no_author() {
        // With every rule, the comment's date under the author's badge goes into
        // metadata; the greeting under it is no byline, now or when the output is
        // cleaned again without the date.
        let pipeline = crate::pipeline::Pipeline::new(crate::config::Config::default())
            .expect("default config");
        for page in [
            "Die Tasche ist fertig, und sie hält.\n\nAutor\n\n19. Juni 2019 / 13:20\n\nLiebe Beate,\n\ndas Geheimnis teile ich gern.\n",
            "Die Tasche ist fertig, und sie hält.\n\nAutor\n\n19. Juni 2019 / 19:02\n\nLiebe Astrid,\n\nDu bringst es auf den Punkt.\n",
        ] {
            let cleaned = pipeline.clean_text(page);
            assert!(cleaned.record.authors.is_empty(), "{page}");
            assert_eq!(pipeline.clean_text(&cleaned.text).text, cleaned.text);
        }
        // A name with a comma before the writer's role is one.
        let page = "Headline of the story\n\nvon\nMichael Rädel,\nRedaktion\n\nThe talks lasted an hour, officials said.\n";
        assert_eq!(pipeline.clean_text(page).record.authors, ["Michael Rädel"]);
    }

    #[test]
    fn moves_a_name_over_a_date_or_follow_button_under_the_title() {
        const BODY: &str = "Last spring our costs grew faster than our revenue, the team said.\n";
        for (head, name) in [
            (
                "How We Cut Our Bill\n\nLessons from a migration\n\nPriya Raman\nFollow\n",
                "Priya Raman",
            ),
            (
                "The Village Bakery\n\nTom Hargreaves\nApr 3, 2024\n\n",
                "Tom Hargreaves",
            ),
            // Under a menu, right under a long subtitle, the date glued under the name.
            (
                "Subscribe\nSign in\nShare this post\n\nWhy interest rates matter for renters\nLandlords pass on more of their costs than you might think\n\nDana Whitfield\nMar 12, 2024\n42\n\n",
                "Dana Whitfield",
            ),
        ] {
            let c = cleaned_with("MT002", &format!("{head}\n{BODY}"));
            assert_eq!(c.record.authors, [name], "{head}");
        }
        for head in [
            // Further down the head: a menu's entry or a section over a date.
            "Site name\n\nNews\n\nSport\n\nContact Us\nApr 3, 2024\n\n",
            // Over prose, a line with a date in it, or the title itself.
            "The Village Bakery\n\nTom Hargreaves\nApr 3, 2024, in the town hall\n\n",
            "Tom Hargreaves\nApr 3, 2024\n\n",
            "The Village Bakery\n\nSport\nFollow\n\n",
            // A box's heading apart from its list's dates, a place over a date.
            "Home\nAbout\n\nHow to Grow a Lemon Tree from Seed\n\nRecent Posts\n\nOctober 30, 2020\nKate May\n\n",
            "Menu\nSearch\n\nElection results delayed in three provinces\n\nManagua, Nicaragua\nApr 3, 2024\n\n",
        ] {
            let c = cleaned_with("MT002", &format!("{head}\n{BODY}"));
            assert!(c.record.authors.is_empty(), "{head}");
        }
        let page = format!("The Village Bakery\n\n{BODY}\nTom Hargreaves\nApr 3, 2024\n");
        assert!(cleaned_with("MT002", &page).record.authors.is_empty());
    }

    #[test]
    fn moves_a_post_meta_line() {
        let c = cleaned_with(
            "MT002",
            "Summer Sale\n\nFreitag | 14. Juni 2019 | 15:49 VON Sina Giebel IN Fashion | 0 COMMENTS\n\nThe sale starts today.\n",
        );
        assert_eq!(c.record.authors, ["Sina Giebel"]);
        assert_eq!(c.record.published.as_deref(), Some("2019-06-14"));
        assert_eq!(c.text, "Summer Sale\n\nThe sale starts today.\n");
        let c = cleaned_with(
            "MT002",
            "Abmahnungen\n\n23.06.2016 um 16:14 Uhr — Markus Reuter — 91 Ergänzungen\n\nDer Bundestag hat beschlossen.\n",
        );
        assert_eq!(c.record.authors, ["Markus Reuter"]);
        assert_eq!(c.record.published.as_deref(), Some("2016-06-23"));
        let c = cleaned_with(
            "MT002",
            "Abmahnungen\n\n23.06.2016 um 16:14 Uhr - Markus Reuter - 91 Ergänzungen\n\nDer Bundestag hat beschlossen.\n",
        );
        assert_eq!(c.record.authors, ["Markus Reuter"]);
        assert_eq!(c.text, "Abmahnungen\n\nDer Bundestag hat beschlossen.\n");
        // Without a comment count, or with a part that is none of the three, it stays.
        let c = cleaned_with(
            "MT002",
            "Title\n\n3. März 2021 | Von Anna Berg | Kommentare: 3\n\nBody text here.\n",
        );
        assert_eq!(c.record.authors, ["Anna Berg"]);
        for line in [
            "23.06.2016 — Markus Reuter",
            "23.06.2016 — Markus Reuter — 91 Ergänzungen — Berlin liegt an der Spree",
            "23.06.2016 - Markus Reuter - 91 Ergänzungen - Berlin liegt an der Spree",
            "Berlin | 14. Juni 2019 | 3 Kommentare",
        ] {
            assert!(
                removed_by("MT002", &format!("{line}\n\nBody text here.\n")).is_empty(),
                "{line}"
            );
        }
    }

    #[test]
    fn moves_a_korean_byline() {
        let doc = "제목\n\n김민수 기자\n\n폭우로 해안 마을 여러 곳이 물에 잠겼다.\n\n김민수 기자 minsu@example.co.kr\n";
        let c = cleaned_with("MT002", doc);
        assert_eq!(c.record.authors, ["김민수"]);
        assert_eq!(c.text, "제목\n\n폭우로 해안 마을 여러 곳이 물에 잠겼다.\n");
        // A sentence about a reporter stays.
        assert!(removed_by("MT002", "제목\n\n김민수 기자는 말했다.\n").is_empty());
    }

    #[test]
    fn a_newsroom_in_place_of_a_name_names_no_author() {
        for line in [
            "Door onze redactie",
            "Par la rédaction",
            "Von unserer Redaktion",
        ] {
            let c = cleaned_with("MT002", &format!("Title\n\n{line}\n\nBody text here.\n"));
            assert!(c.record.authors.is_empty(), "{line}");
            assert_eq!(c.text, "Title\n\nBody text here.\n", "{line}");
        }
    }

    #[test]
    fn moves_a_labelled_date_with_its_author() {
        for (line, authors) in [
            ("Posted on May 14, 2017 by Jane Doe", vec!["Jane Doe"]),
            (
                "Veröffentlicht am 14. Mai 2017 von Anna Schmidt",
                vec!["Anna Schmidt"],
            ),
            ("Posted on May 14, 2017 by admin", vec![]),
            ("Posted by Jane Doe on May 14, 2017", vec!["Jane Doe"]),
            // The dates of publication and of the last change, glued together.
            (
                "Posted on May 14, 2017May 20, 2017 by Jane Doe",
                vec!["Jane Doe"],
            ),
        ] {
            let c = cleaned_with("MT002", &format!("Title\n\n{line}\n\nBody text here.\n"));
            assert_eq!(c.record.authors, authors, "{line}");
            assert_eq!(c.record.published.as_deref(), Some("2017-05-14"), "{line}");
            assert_eq!(c.text, "Title\n\nBody text here.\n", "{line}");
        }
        // A day's date and a name without a label: a blog signing its post.
        let c = cleaned_with(
            "MT002",
            "Title\n\nMarch 3, 2021 by Anna\n\nBody text here.\n",
        );
        assert_eq!(c.record.authors, ["Anna"]);
        assert_eq!(c.record.published.as_deref(), Some("2021-03-03"));
        let c = cleaned_with(
            "MT002",
            "Title\n\nAm 13. November 2019 Von Henry In Aktuell\n\nBody text here.\n",
        );
        assert_eq!(c.record.authors, ["Henry"]);
        let c = cleaned_with(
            "MT002",
            "Title\n\nPosted on May 14, 2017 by Jane Doe in News\n\nBody text here.\n",
        );
        assert_eq!(c.record.authors, ["Jane Doe"]);
        for line in ["June 2021 by the numbers", "March 3, 2021 by the lake"] {
            assert!(
                removed_by("MT002", &format!("Body.\n\n{line}\n")).is_empty(),
                "{line}"
            );
        }
        // Over each comment the template repeats it: only the first names the author.
        let c = cleaned_with(
            "MT002",
            "Title\n\nPosted on May 14, 2017 by Jane Doe\n\nBody text here.\n\nPosted on May 15, 2017 by Bob Miller\n\nGreat post.\n",
        );
        assert_eq!(c.record.authors, ["Jane Doe"]);
        assert_eq!(c.text, "Title\n\nBody text here.\n\nGreat post.\n");
        // A sentence that starts the same way is no byline.
        assert!(removed_by(
            "MT002",
            "Posted on May 14, 2017 by the council, the notice was read by many residents.\n"
        )
        .is_empty());
    }

    #[test]
    fn takes_the_publication_date_over_the_update() {
        let c = cleaned_with(
            "MT002",
            "Title\n\nBy Maria Lopez | Published March 3, 2024 | Updated March 5, 2024\n\nBody text here.\n",
        );
        assert_eq!(c.record.published.as_deref(), Some("2024-03-03"));
        let c = cleaned_with(
            "MT002",
            "Title\n\nBy Maria Lopez | Updated March 5, 2024\n\nBody text here.\n",
        );
        assert_eq!(c.record.published.as_deref(), Some("2024-03-05"));
    }

    #[test]
    fn a_repeated_byline_heads_comments_and_names_no_author() {
        let page = "Von Georg Quaas\n\nDer Text des Artikels.\n\n\
            geschrieben von Anna Berg am 21. Jan. 2015, 21:03\n\nEin Kommentar.\n\n\
            geschrieben von Tom Weber am 22. Jan. 2015, 10:12\n\nNoch einer.\n\n\
            geschrieben von Anna Berg am 23. Jan. 2015, 08:40\n\nUnd ein dritter.\n";
        let c = cleaned_with("MT002", page);
        assert_eq!(c.record.authors, ["Georg Quaas"]);
        assert_eq!(
            c.text,
            "Der Text des Artikels.\n\nEin Kommentar.\n\nNoch einer.\n\nUnd ein dritter.\n"
        );
        // Two alike are still bylines: a story by two writers, each with a line.
        let c = cleaned_with("MT002", "Title\n\nBy Jane Doe\n\nBy John Roe\n\nBody.\n");
        assert_eq!(c.record.authors, ["Jane Doe", "John Roe"]);
        // The page's first byline is its own, though each teaser under it has one.
        let page = "Por Luciana Bertoia\n\nEl texto de la nota.\n\nOtra nota\n\n\
            Por Marcelo Pavazza\n\nUna más\n\nPor María Seoane\n";
        let c = cleaned_with("MT002", page);
        assert_eq!(c.record.authors, ["Luciana Bertoia"]);
        assert_eq!(c.text, "El texto de la nota.\n\nOtra nota\n\nUna más\n");
        // The same with each label over its name.
        let page = "By\n\nRobert Baker\n\nThe story.\n\nby\n\nAnna Conkling\n\nA comment.\n\n\
            by\n\nRoss Barkan\n\nAnother.\n\nby\n\nRhoda Feng\n\nA third.\n";
        let c = cleaned_with("MT002", page);
        assert_eq!(c.record.authors, ["Robert Baker"]);
        assert_eq!(c.text, "The story.\n\nA comment.\n\nAnother.\n\nA third.\n");
    }

    #[test]
    fn moves_bylines() {
        let c = cleaned_with("MT002", "Title\n\nBy Oleg Yegorov\n\nBody text here.\n");
        assert_eq!(c.record.authors, ["Oleg Yegorov"]);
        assert_eq!(c.text, "Title\n\nBody text here.\n");
        let c = cleaned_with(
            "MT002",
            "Body.\n\nArticles by: Oleg Yegorov and Anna Smith\n",
        );
        assert_eq!(c.record.authors, ["Oleg Yegorov", "Anna Smith"]);
        let c = cleaned_with("MT002", "Body text.\n\n  • Leroy Wright\n");
        assert_eq!(c.record.authors, ["Leroy Wright"]);
        let c = cleaned_with("MT002", "Von Anna Schmidt, 14. Mai 2017\n\nText.\n");
        assert_eq!(c.record.authors, ["Anna Schmidt"]);
        assert_eq!(c.record.published.as_deref(), Some("2017-05-14"));
        let c = cleaned_with(
            "MT002",
            "Titel\n\nDoor onze verslaggever Jan de Vries\n\nTekst.\n",
        );
        assert_eq!(c.record.authors, ["Jan de Vries"]);
        let c = cleaned_with("MT002", "Rubrik\n\nAv Kari Nordmann\n\nText.\n");
        assert_eq!(c.record.authors, ["Kari Nordmann"]);
        let c = cleaned_with("MT002", "Overskrift\n\nAf Lars Hansen\n\nTekst.\n");
        assert_eq!(c.record.authors, ["Lars Hansen"]);
    }

    #[test]
    fn leaves_sentences_and_lists() {
        assert!(removed_by("MT002", "Av de 300 deltagarna kom 40 från Norge.\n").is_empty());
        assert!(removed_by("MT002", "Af hensyn til miljøet kører vi tog.\n").is_empty());
        assert!(removed_by("MT002", "By the way, the talks went well.\n").is_empty());
        assert!(removed_by("MT002", "By Monday the talks had ended.\n").is_empty());
        assert!(removed_by("MT002", "By Sergei Lavrov's account, it went well.\n").is_empty());
        assert!(removed_by(
            "MT002",
            "Members:\n• Leroy Wright\n• Anna Smith\n\nMore text.\n"
        )
        .is_empty());
        assert!(removed_by("MT002", "Bygone Days Are Here\n").is_empty());
        // The last item of a list at the end is no byline, however name-like.
        assert!(removed_by(
            "MT002",
            "Five cities this summer.\n\n• Berlin\n• Paris\n• New York\n• Los Angeles\n"
        )
        .is_empty());
        assert!(removed_by(
            "MT002",
            "The board.\n\nMembers:\n• Leroy Wright\n• Anna Smith\n"
        )
        .is_empty());
    }

    #[test]
    fn moves_a_tail_of_bulleted_names_at_once() {
        let c = cleaned_with(
            "MT002",
            "Body text.\n\n• Leroy Wright\n\nBy Oleg Yegorov\n\n• Anna Smith\n",
        );
        assert_eq!(
            c.record.authors,
            ["Leroy Wright", "Oleg Yegorov", "Anna Smith"]
        );
        assert_eq!(c.text, "Body text.\n");
    }
}
