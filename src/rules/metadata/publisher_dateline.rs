//! Moves publisher and date lines into metadata: a short line that is a site name and a
//! date ("Global Research, May 14, 2017", "Sitename | 14.05.2017", or the date first
//! and a dash before the site: "12.12.2022 — Empa"), a date alone on its
//! line, or a labelled date ("Published: May 14, 2017", "Stand: 14.05.2017", "Page last
//! modified: 2024-05-01"), or two ("Publié le 12 mars 2024 à 14h32, mis à jour le 13
//! mars 2024": the first is `published`; "…, mis à jour à 12h30", an update the same
//! day, names no second date). A time of day with the date goes with it, after a dash
//! or a slash too ("Posted: Nov 8, 2023 / 04:43 PM CST"), and so does a British time
//! with a full stop before its zone ("Tue 17 Sep 2024 12.04 BST"). A date with
//! slashes is read when a day past the 12th tells day from month ("25/03/2024",
//! "03/25/2024"); "12/03/2024" is left as it is. Chinese, Japanese and Korean dates and
//! labels count too ("公開日：2024年3月12日", "입력 2024.03.12 08:15 수정 2024.03.12
//! 09:30"). A date's label alone on its line over the date, and a time of day alone
//! under it, go with the date ("Pubblicato il" / "19 Febbraio 2020" / "12:02"). A
//! numeric date glued to the heading after it ("27.01.2022MineralölINFO November
//! 2021", a teaser's date and title with the markup between them stripped) is cut off
//! the heading; above the first paragraph of prose, it gives `published`. A name with
//! a handle names no site: "— Maya Rivers (@mayarivers) June 8, 2024" signs an
//! embedded post, and its date is the post's. The words that lead to a site's name
//! are no part of it: "Published by Springfield News-Leader on Mar. 5, 2024." gives
//! `publisher` "Springfield News-Leader".
//!
//! A Chinese page's meta line moves too: a date and labelled fields side by side
//! ("2024-03-12 08:15:00　来源：新华网　作者：张伟"): the source is the publisher.
//!
//! A paper's history ("Received: 12 March 2022 / Accepted: 3 June 2022 / Published
//! online: 20 June 2022") gives the date it was published.
//!
//! A press release's issuer moves into `publisher` too: the company's name after "News
//! provided by" (on its line or the next) or after the wire's "SOURCE" under the
//! release ("SOURCE Acme Robotics Inc.").
//!
//! Why: the date and the outlet are metadata; left in the text they are a stray line
//! before the first paragraph.
//!
//! Known false positives: a heading that is only a date (a diary entry) moves into
//! `published`. Lines that are mostly link text are left to `syndication-source`.
//!
//! Example: `Global Research, May 14, 2017` is removed; `publisher` = `Global Research`,
//! `published` = `2017-05-14`.

use crate::dates;
use crate::rules::{Action, DocView, Meta, PhraseSet, Rule, RuleMeta};
use crate::shape;

pub struct PublisherDateline;

static META: RuleMeta = RuleMeta {
    code: "MT003",
    name: "publisher-dateline",
    source: include_str!("publisher_dateline.rs"),
};

impl Rule for PublisherDateline {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[rustfmt::skip]
    fn phrases(&self) -> &'static [&'static str] {
        &[
            "published", "published on", "posted", "posted on", "updated", "last updated",
            "updated on", "first published", "date", "dated", "veröffentlicht",
            "veröffentlicht am", "aktualisiert", "aktualisiert am", "stand", "datum", "publié le",
            "mis à jour le", "publicado", "publicado el", "actualizado", "опубликовано",
            "обновлено", "opublikowano", "veröffentlichung", "erschienen", "erschienen am",
            "zuletzt aktualisiert", "letzte aktualisierung", "publikacja", "data publikacji",
            "aktualizacja", "pubblicato", "pubblicato il", "ultima modifica", "aggiornato",
            "publicação", "atualizado", "atualizado em", "last modified", "page last modified",
            "last edited", "modified", "zuletzt geändert", "zuletzt bearbeitet", "letzte änderung",
            "geändert am", "publiziert", "publiziert am", "publié", "mis à jour", "mise à jour",
            "mise à jour le", "publicado el", "publicada", "publicado em", "actualizado el",
            "gepubliceerd", "gepubliceerd op", "bijgewerkt", "bijgewerkt op", "aggiornato il",
            "asked", "answered", "publié sur", "publicado en", "ultimo aggiornamento",
            "reviewed", "reviewed on", "created", "created on", "erstellt", "erstellt am",
            "written on", "geschrieben am", "published online", "online veröffentlicht",
            "입력", "수정", "등록", "기사입력", "최종수정", "업데이트", "公開日", "更新日", "配信日",
            "掲載日", "发布时间", "发布日期", "更新时间",
        ]
    }

    fn check(&self, doc: &DocView, i: usize, phrases: &PhraseSet) -> Option<Action> {
        let block = &doc.block(i);
        let text = doc.text(i);
        // Two labelled dates with their times run to sixteen words.
        if doc.words(i) > 16 {
            return None;
        }
        if let Some(issuer) = issuer(doc, i) {
            return Some(Action::Move(vec![Meta::Publisher(issuer)]));
        }
        if let Some(meta) = field_line(text) {
            return Some(Action::Move(meta));
        }
        if doc.words(i) <= 4 && beside_its_date(doc, i, phrases) {
            return Some(Action::Remove);
        }
        if let Some((end, date)) = glued_date(text) {
            // Under the article's first paragraph, a teaser's date: not the article's.
            let meta = if doc.prose_before(i) {
                Vec::new()
            } else {
                vec![Meta::Published(date)]
            };
            return Some(Action::Cut {
                ranges: std::iter::once(0..end).collect(),
                meta,
            });
        }
        // Every date it parses has a year or a numeric date: at least four digits.
        let digits = text.bytes().filter(u8::is_ascii_digit).count();
        if digits < 4 || block.link_density() > 0.5 {
            return None;
        }
        // A full-width colon glues its label to the date: "公開日：2024年3月12日".
        let spaced = text.contains('：').then(|| text.replace('：', "： "));
        let text = spaced.as_deref().unwrap_or(text);
        let split = dates::split_trailing_date(text)
            .or_else(|| dates::split_trailing_date(without_update_time(text, phrases)?))
            .or_else(|| dates::split_trailing_date(without_update_note(text, phrases)?));
        if let Some(date) = history_line(text, phrases) {
            return Some(Action::Move(vec![Meta::Published(date)]));
        }
        let Some((head, date)) = split else {
            return date_then_site(text).map(|(date, site)| {
                Action::Move(vec![Meta::Publisher(site), Meta::Published(date)])
            });
        };
        if head.is_empty() {
            return Some(Action::Move(vec![Meta::Published(date)]));
        }
        if is_label(&head, phrases) {
            return Some(Action::Move(vec![Meta::Published(date)]));
        }
        if let Some(first) = labelled_date_before_another(&head, phrases) {
            return Some(Action::Move(vec![Meta::Published(first)]));
        }
        let site = without_by_label(&head);
        is_site_name(site).then(|| {
            Action::Move(vec![
                Meta::Publisher(site.to_string()),
                Meta::Published(date),
            ])
        })
    }
}

/// A site's name without the words that lead to it: "Published by Springfield
/// News-Leader on" gives "Springfield News-Leader".
fn without_by_label(head: &str) -> &str {
    #[rustfmt::skip]
    const LABELS: &[&str] = &[
        "published by ", "posted by ", "veröffentlicht von ", "erschienen bei ",
        "publié par ", "publicado por ", "pubblicato da ", "gepubliceerd door ",
    ];
    const BEFORE_DATE: &[&str] = &[" on", " am", " le", " el", " il", " op"];
    let Some(rest) = LABELS.iter().find_map(|label| {
        head.get(..label.len())
            .filter(|h| h.eq_ignore_ascii_case(label))
            .map(|_| &head[label.len()..])
    }) else {
        return head;
    };
    let rest = rest.trim_end();
    BEFORE_DATE
        .iter()
        .find_map(|w| rest.strip_suffix(w))
        .unwrap_or(rest)
        .trim_end_matches([',', ' '])
}

/// A date's label alone on its line over the date ("Pubblicato il" / "19 Febbraio
/// 2020"), or a time of day alone under it ("12:02"), in the same source paragraph: a
/// page's date set in elements of their own. The date's line moves into `published`
/// itself; what stood beside it goes with it.
fn beside_its_date(doc: &DocView, i: usize, phrases: &PhraseSet) -> bool {
    let is_date = |j: usize| {
        let line = doc.text(j).trim();
        shape::word_count(line) <= 6 && dates::parse_date(line).is_some()
    };
    let text = doc.text(i).trim();
    if is_label(text, phrases) {
        return doc.next_in_para(i).is_some_and(is_date);
    }
    let time = text.split_whitespace().all(dates::is_time_token)
        && text.bytes().any(|b| b.is_ascii_digit());
    time && doc.prev_in_para(i).is_some_and(is_date)
}

/// A numeric date run into the heading after it, where a tag stripper dropped the
/// markup between a teaser's date and its title ("27.01.2022MineralölINFO November
/// 2021"): where the date ends, and the date.
fn glued_date(text: &str) -> Option<(usize, String)> {
    if !text.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let end = text.find(|c: char| !(c.is_ascii_digit() || matches!(c, '.' | '-' | '/')))?;
    // A capitalized word: "T" before a time is an ISO timestamp's ("2021-11-13T20:35").
    let mut rest = text[end..].chars();
    if !rest.next().is_some_and(char::is_uppercase) || !rest.next().is_some_and(char::is_alphabetic)
    {
        return None;
    }
    // Only a whole date with its year: "3.5Mio" and "2022Mineral" are no date.
    let date = text[..end].trim_end_matches('.');
    (date.len() >= 8)
        .then(|| dates::parse_date(date))
        .flatten()
        .map(|d| (end, d))
}

/// Whether `head` is only a date's label ("Published:", "Mis à jour le").
fn is_label(head: &str, phrases: &PhraseSet) -> bool {
    let folded = shape::fold(head.trim_end_matches([':', '：']));
    phrases
        .find_at_start(&folded)
        .is_some_and(|r| r.end == folded.len())
}

/// The first date of a line that gives two, each after its label ("Published May 14,
/// 2017, updated May 15, 2017", "Publié le 12 mars 2024 à 14h32, mis à jour le 13
/// mars 2024"): `head` is what stands before the second date. The first is when the
/// piece was published.
fn labelled_date_before_another(head: &str, phrases: &PhraseSet) -> Option<String> {
    let words: Vec<&str> = head.split_whitespace().collect();
    // The second label is at most four words ("mis à jour le", "zuletzt aktualisiert am").
    (1..=4.min(words.len())).find_map(|n| {
        let (before, label) = words.split_at(words.len() - n);
        if !is_label(&label.join(" "), phrases) {
            return None;
        }
        let (first_head, first) = dates::split_trailing_date(&before.join(" "))?;
        (first_head.is_empty() || is_label(&first_head, phrases)).then_some(first)
    })
}

/// The steps of a paper's history, which only such a line names.
const HISTORY_LABELS: &[&str] = &[
    "received",
    "accepted",
    "revised",
    "first online",
    "eingegangen",
    "angenommen",
    "reçu",
    "accepté",
    "recibido",
    "aceptado",
    "ricevuto",
    "accettato",
];

/// "Received: 12 March 2022 / Accepted: 3 June 2022 / Published online: 20 June
/// 2022": a paper's history, each step a labelled date; the date of publication, the
/// one under a label of the rule's own, is `published`. A history without one moves
/// nothing.
fn history_line(text: &str, phrases: &PhraseSet) -> Option<String> {
    if !text.contains(['/', '|', ';']) {
        return None;
    }
    let mut published = None;
    let mut steps = 0;
    for part in text.split(['/', '|', ';']) {
        let (label, date) = dates::split_trailing_date(part.trim())?;
        let label = shape::fold(label.trim_end_matches(':'));
        if is_label(&label, phrases) {
            published.get_or_insert(date);
        } else if !HISTORY_LABELS.contains(&label.as_str()) {
            return None;
        }
        steps += 1;
    }
    if steps < 2 {
        return None;
    }
    published
}

/// "Publié le 12 mars 2024 à 10h45, mis à jour à 12h30": the line without its last
/// clause when that clause is a label and a time of day alone (the piece was updated
/// the same day), so that the date before it can be read.
fn without_update_time<'a>(text: &'a str, phrases: &PhraseSet) -> Option<&'a str> {
    let (before, last) = text.rsplit_once(',')?;
    let (label, _) = dates::before_trailing_time(last)?;
    (!label.is_empty() && is_label(label, phrases)).then_some(before)
}

/// "12:45 11.05.2017 (обновлено: 13:10 11.05.2017)", "May 14, 2017 (updated May 15,
/// 2017)": the line without the update's note in parentheses at its end, which a
/// label opens.
fn without_update_note<'a>(text: &'a str, phrases: &PhraseSet) -> Option<&'a str> {
    let inner = text.trim_end().strip_suffix(')')?;
    let (before, note) = inner.rsplit_once('(')?;
    let label = note.split([':', ' ']).next()?;
    (!before.trim().is_empty() && is_label(label, phrases)).then_some(before.trim_end())
}

/// The date and the site of a line that gives the date first and the site after a
/// dash: "12.12.2022 — Empa (Eidgenössische Materialprüfungs- und Forschungsanstalt)",
/// "May 14, 2017 – Global Research".
fn date_then_site(text: &str) -> Option<(String, String)> {
    // A bar after a date more often leads to a category or the headline ("08.11.2021 |
    // Online-Fachtag …", "Okt 13, 2022 | Umwelt & Klima") than to a site.
    let (at, sep) = [" — ", " – "]
        .iter()
        .filter_map(|sep| Some((text.find(sep)?, *sep)))
        .min()?;
    let date = dates::parse_date(text[..at].trim())?;
    let site = text[at + sep.len()..].trim();
    // Stricter than a site before its date: a headline after a date is common, and in
    // German its nouns are capitalized too. Every word longer than three letters is
    // ("Empa (Eidgenössische Materialprüfungs- und Forschungsanstalt)").
    let capitalized = site.split_whitespace().all(|w| {
        let w = w.trim_start_matches(|c: char| !c.is_alphanumeric());
        w.chars().count() <= 3 || !w.starts_with(|c: char| c.is_lowercase())
    });
    let words = shape::word_count(site);
    ((1..=6).contains(&words)
        && site.chars().count() <= 80
        && capitalized
        && !site.contains(':')
        && shape::starts_uppercase(site)
        && !shape::ends_like_sentence(site))
    .then(|| (date, site.to_string()))
}

/// One to six words, mostly capitalized, no sentence punctuation: "Global Research",
/// "The New York Times", "RIA Novosti".
/// What a labelled field of a page's meta line holds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Source,
    Author,
    Date,
    /// An editor or a click count: no metadata of the document's, but the line's.
    Other,
}

/// The labels of a meta line's fields (folded, without the colon).
const FIELD_LABELS: &[(&str, Field)] = &[
    ("来源", Field::Source),
    ("稿源", Field::Source),
    ("出处", Field::Source),
    ("作者", Field::Author),
    ("记者", Field::Author),
    ("发布时间", Field::Date),
    ("发表时间", Field::Date),
    ("时间", Field::Date),
    ("日期", Field::Date),
    ("编辑", Field::Other),
    ("责任编辑", Field::Other),
    ("浏览", Field::Other),
    ("阅读", Field::Other),
    ("点击", Field::Other),
    ("source", Field::Source),
    ("author", Field::Author),
    ("date", Field::Date),
];

/// "2024-03-12 08:15:00　来源：新华网　作者：张伟": a page's meta line, a date (or none)
/// and two or more labelled fields side by side, each value one word. The source is
/// the publisher, the author goes into `authors`, the date into `published`.
fn field_line(text: &str) -> Option<Vec<Meta>> {
    // A full-width colon is how such lines are written; an ASCII one only counts beside
    // a full-width one or a CJK label. Most lines are ASCII: one fast test spares them.
    if text.is_ascii() || !text.contains('：') && !text.contains("来源") && !text.contains("作者")
    {
        return None;
    }
    let parts: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || c == '|' || c == '丨')
        .filter(|p| !p.is_empty())
        .collect();
    let mut meta = Vec::new();
    let mut fields = 0;
    let mut i = 0;
    while i < parts.len() {
        let part = parts[i];
        if dates::is_time_token(part) {
            // The time beside the date.
        } else if let Some((label, value)) = part.split_once(['：', ':']) {
            let label = shape::fold(label);
            let (_, field) = FIELD_LABELS.iter().find(|(l, _)| *l == label)?;
            // The value may stand apart from its label ("作者： 王敬照"), and a date from
            // its time ("时间：2024-03-12 08:15"): the parts after it that are no field.
            let more = match (field, value.is_empty()) {
                (Field::Date, _) => parts.len(),
                (_, true) => 1,
                _ => 0,
            };
            let mut pieces = vec![value];
            for next in parts[i + 1..]
                .iter()
                .take(more)
                .take_while(|n| !n.contains(['：', ':']) || dates::is_time_token(n))
            {
                pieces.push(next);
                i += 1;
            }
            let value = pieces.join(" ").trim().to_string();
            if value.is_empty() {
                return None;
            }
            match field {
                Field::Source => meta.push(Meta::Publisher(value)),
                // "作者：记者王敬照": the reporter's title before the name.
                Field::Author => {
                    let name = value.strip_prefix("记者").unwrap_or(&value).trim();
                    if !name.is_empty() {
                        meta.push(Meta::Author(name.to_string()));
                    }
                }
                Field::Date => meta.extend(dates::parse_date(&value).map(Meta::Published)),
                Field::Other => {}
            }
            fields += 1;
        } else {
            let date = dates::parse_date(part)?;
            meta.push(Meta::Published(date));
        }
        i += 1;
    }
    (fields >= 2
        || (fields >= 1 && meta.iter().any(|m| matches!(m, Meta::Published(_))) && meta.len() >= 2))
        .then_some(meta)
}

/// Labels a press release puts before the name of the company that issued it.
const ISSUER_LABELS: &[&str] = &["news provided by", "press release provided by", "issued by"];

/// A press release's issuer, the company that put it out: after its label, on the line
/// or alone on the next ("News provided by" / "Acme Robotics Inc."), or under the
/// release after its wire's capitals ("SOURCE Acme Robotics Inc.").
fn issuer(doc: &DocView, i: usize) -> Option<String> {
    let text = doc.text(i).trim();
    let folded = doc.folded(i).trim();
    if let Some(rest) = text.strip_prefix("SOURCE ") {
        return (doc.prose_before(i) && is_company(rest)).then(|| rest.trim().to_string());
    }
    let label_end = |folded: &str| {
        ISSUER_LABELS
            .iter()
            .find(|label| folded.starts_with(*label))
            .map(|label| label.len())
    };
    if let Some(end) = label_end(folded) {
        let rest = text.get(end..)?.trim_start_matches([':', ' ']);
        if !rest.is_empty() {
            return is_company(rest).then(|| rest.trim().to_string());
        }
        let next = doc.next_in_para(i)?;
        let name = doc.text(next).trim();
        return is_company(name).then(|| name.to_string());
    }
    // The name under its label: the label's line moved it already; this line goes too.
    let prev = doc.prev_in_para(i)?;
    let label = doc.folded(prev).trim().trim_end_matches(':');
    (ISSUER_LABELS.contains(&label) && is_company(text)).then(|| text.to_string())
}

/// A company's name: a site's name, or one that ends in its legal form's abbreviation
/// ("Acme Robotics Inc.", "Müller & Söhne GmbH").
fn is_company(s: &str) -> bool {
    let s = s.trim();
    let last = s.rsplit(' ').next().unwrap_or(s);
    let abbreviated = s.ends_with('.') && last.len() <= 5 && shape::starts_uppercase(last);
    is_site_name(if abbreviated { &s[..s.len() - 1] } else { s })
}

fn is_site_name(s: &str) -> bool {
    let words = shape::word_count(s);
    (1..=6).contains(&words)
        && s.chars().count() <= 60
        // A handle names a poster: "— Maya Rivers (@mayarivers) June 8, 2024" signs an
        // embedded post.
        && !s.contains('@')
        && !shape::ends_like_sentence(s)
        && shape::starts_uppercase(s)
        && shape::capitalized_share(s) >= 0.6
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{cleaned_with, removed_by};

    #[test]
    fn a_publishers_label_is_no_part_of_its_name() {
        let c = cleaned_with(
            "MT003",
            "Body.\n\nPublished by Springfield News-Leader on Mar. 5, 2024.\n",
        );
        assert_eq!(
            c.record.publisher.as_deref(),
            Some("Springfield News-Leader")
        );
        assert_eq!(c.record.published.as_deref(), Some("2024-03-05"));
    }

    #[test]
    fn moves_a_meta_line_of_labelled_fields() {
        let c = cleaned_with(
            "MT003",
            "标题\n\n2024-03-12 08:15:00\u{3000}来源：新华网\u{3000}作者：张伟\n\n连续三天的强降雨导致沿海多个城镇出现严重内涝。\n",
        );
        assert_eq!(c.record.published.as_deref(), Some("2024-03-12"));
        assert_eq!(c.record.publisher.as_deref(), Some("新华网"));
        assert_eq!(c.record.authors, ["张伟"]);
        assert_eq!(
            c.text,
            "标题\n\n连续三天的强降雨导致沿海多个城镇出现严重内涝。\n"
        );
        let c = cleaned_with(
            "MT003",
            "标题\n\n发布时间：2024-03-12 08:15 来源：人民网\n\n正文。\n",
        );
        assert_eq!(c.record.published.as_deref(), Some("2024-03-12"));
        assert_eq!(c.record.publisher.as_deref(), Some("人民网"));
        let c = cleaned_with(
            "MT003",
            "标题\n\n作者： 记者王敬照 编辑： 王华军\n\n正文。\n",
        );
        assert_eq!(c.record.authors, ["王敬照"]);
        // A sentence with a colon is no meta line.
        assert!(removed_by("MT003", "标题\n\n他说：来源不明的消息不可信。\n\n正文。\n").is_empty());
    }

    #[test]
    fn moves_a_british_stamp_with_a_full_stop_in_its_time() {
        let c = cleaned_with(
            "MT003",
            "Floods in central Europe\n\nTue 17 Sep 2024 12.04 BST\n\nThousands of people have left their homes.\n",
        );
        assert_eq!(c.record.published.as_deref(), Some("2024-09-17"));
        assert_eq!(
            c.text,
            "Floods in central Europe\n\nThousands of people have left their homes.\n"
        );
    }

    #[test]
    fn removes_a_dates_label_and_time_on_lines_of_their_own() {
        let doc = "Titolo\n\nPubblicato il\n19 Febbraio 2020\n\nUltima modifica\n19 Febbraio 2020\n12:02\n\nUna perturbazione di origine polare sta per fare il suo ingresso.\n";
        let c = cleaned_with("MT003", doc);
        assert_eq!(
            c.text,
            "Titolo\n\nUna perturbazione di origine polare sta per fare il suo ingresso.\n"
        );
        assert_eq!(c.record.published.as_deref(), Some("2020-02-19"));
        // A label over something else, a time under no date, a number alone: kept.
        for doc in [
            "Title\n\nPublished\nby the city council\n\nBody text here.\n",
            "Title\n\nThe doors open at\n12:02\n\nBody text here.\n",
            "Title\n\nUpdated\n\n19 February 2020\n\nBody text here.\n",
        ] {
            let c = cleaned_with("MT003", doc);
            assert!(
                c.text.contains("Published")
                    || c.text.contains("12:02")
                    || c.text.contains("Updated"),
                "{doc}"
            );
        }
    }

    #[test]
    fn cuts_a_date_glued_to_a_heading() {
        let c = cleaned_with(
            "MT003",
            "Energie\n\n27.01.2022MineralölINFO November 2021\n\nDer Absatz sank im November.\n",
        );
        assert_eq!(c.record.published.as_deref(), Some("2022-01-27"));
        assert_eq!(
            c.text,
            "Energie\n\nMineralölINFO November 2021\n\nDer Absatz sank im November.\n"
        );
        let c = cleaned_with(
            "MT003",
            "Title\n\n2024-03-12Acme opens a plant\n\nBody text.\n",
        );
        assert_eq!(c.record.published.as_deref(), Some("2024-03-12"));
        // Under the article, a teaser's date goes without dating the article.
        let c = cleaned_with(
            "MT003",
            "Title\n\nThe plant opened on Monday with three hundred workers.\n\n17.03.2014Die App gibt es jetzt\n",
        );
        assert_eq!(c.record.published, None);
        assert!(c.text.ends_with("\n\nDie App gibt es jetzt\n"));
        // Numbers run into a word, a date with a space after it, a lowercase word: no cut.
        for line in [
            "3.5Mio Besucher kamen",
            "2022Mineral ist teuer",
            "27.01.2022 MineralölINFO News",
            "12.03.2024kg Ware",
        ] {
            let doc = format!("Title\n\n{line}\n\nBody text here.\n");
            let c = cleaned_with("MT003", &doc);
            assert!(c.text.contains(line), "{line}");
        }
    }

    #[test]
    fn a_verbs_label_is_no_publisher() {
        let c = cleaned_with("MT003", "Title\n\nReviewed 12 March 2024\n\nBody text.\n");
        assert_eq!(c.record.published.as_deref(), Some("2024-03-12"));
        assert_eq!(c.record.publisher, None);
        // A history without its publication moves nothing.
        assert!(removed_by(
            "MT003",
            "Title\n\nReceived: 12 March 2022 / Accepted: 3 June 2022\n\nBody text.\n"
        )
        .is_empty());
    }

    #[test]
    fn moves_a_press_releases_issuer() {
        let body = "Acme Robotics today reported revenue of $412 million for the third quarter, up 18 percent.";
        for doc in [
            format!("Title\n\nNews provided by\nAcme Robotics Inc.\n\n{body}\n"),
            format!("Title\n\nNews provided by Acme Robotics Inc.\n\n{body}\n"),
            format!("Title\n\n{body}\n\nSOURCE Acme Robotics Inc.\n"),
        ] {
            let c = cleaned_with("MT003", &doc);
            assert_eq!(
                c.record.publisher.as_deref(),
                Some("Acme Robotics Inc."),
                "{doc}"
            );
            assert_eq!(c.text, format!("Title\n\n{body}\n"), "{doc}");
        }
        // Not a company's name, or no release above it.
        for doc in [
            format!("Title\n\nNews provided by\nour readers, who sent in photos of the flood.\n\n{body}\n"),
            format!("SOURCE Code Review\n\n{body}\n"),
        ] {
            assert!(removed_by("MT003", &doc).is_empty(), "{doc}");
        }
    }

    #[test]
    fn moves_datelines() {
        let c = cleaned_with(
            "MT003",
            "Title\n\nGlobal Research, May 14, 2017\n\nBody text.\n",
        );
        assert_eq!(c.record.publisher.as_deref(), Some("Global Research"));
        assert_eq!(c.record.published.as_deref(), Some("2017-05-14"));
        assert_eq!(c.text, "Title\n\nBody text.\n");
        let c = cleaned_with("MT003", "Published: 14.05.2017\n\nBody text.\n");
        assert_eq!(c.record.published.as_deref(), Some("2017-05-14"));
        for (line, date) in [
            ("Veröffentlichung: 2. Februar 2022", "2022-02-02"),
            ("Publikacja: 04.05.2021", "2021-05-04"),
            (
                "opublikowano: 2021-04-29 17:13:04.031886+02:00",
                "2021-04-29",
            ),
            ("Page last modified: 2024-05-01", "2024-05-01"),
            ("Zuletzt geändert: 03.05.2024", "2024-05-03"),
            (
                "Ultimo aggiornamento: 12 novembre 2024 ore 18:42",
                "2024-11-12",
            ),
            // Korean: entered and revised.
            ("입력 2024.03.12 08:15 수정 2024.03.12 09:30", "2024-03-12"),
            ("公開日：2024年3月12日", "2024-03-12"),
            // A paper's history: the date it was published.
            (
                "Received: 12 March 2022 / Accepted: 3 June 2022 / Published online: 20 June 2022",
                "2022-06-20",
            ),
        ] {
            let c = cleaned_with("MT003", &format!("{line}\n\nBody text.\n"));
            assert_eq!(c.record.published.as_deref(), Some(date), "{line}");
            assert_eq!(c.text, "Body text.\n");
        }
        // A labelled date with its time, and two labelled dates: the first is when the
        // piece was published.
        for line in [
            "Publiziert am 14. Mai 2017 um 14:32 Uhr",
            "Published May 14, 2017, updated May 15, 2017",
            "Publié le 14 mai 2017 à 14h32, mis à jour le 15 mai 2017 à 09h10",
            "Publié le 14 mai 2017 à 10h45, mis à jour à 12h30",
            "Published May 14, 2017, updated 10:45 GMT",
            "12:45 14.05.2017 (обновлено: 13:10 14.05.2017)",
            "May 14, 2017 (updated May 15, 2017)",
        ] {
            let c = cleaned_with("MT003", &format!("{line}\n\nBody text.\n"));
            assert_eq!(c.record.published.as_deref(), Some("2017-05-14"), "{line}");
            assert_eq!(c.record.publisher, None, "{line}");
            assert_eq!(c.text, "Body text.\n");
        }
        // A question's stamp on a question-and-answer site.
        let c = cleaned_with(
            "MT003",
            "Title\n\nasked Feb 1, 2018 at 9:15\n\nBody text.\n",
        );
        assert_eq!(c.record.published.as_deref(), Some("2018-02-01"));
        assert_eq!(c.text, "Title\n\nBody text.\n");
        // The time of day before the date is neither a site's name nor part of one.
        for (line, publisher) in [
            ("Updated: 12:45 PM EST, Mon March 4, 2024", None),
            ("Reuters 17:13, 04.03.2024", Some("Reuters")),
        ] {
            let c = cleaned_with("MT003", &format!("{line}\n\nBody text.\n"));
            assert_eq!(c.record.published.as_deref(), Some("2024-03-04"), "{line}");
            assert_eq!(c.record.publisher.as_deref(), publisher, "{line}");
            assert_eq!(c.text, "Body text.\n");
        }
        assert_eq!(
            removed_by("MT003", "Body.\n\nMay 14, 2017\n"),
            ["May 14, 2017"]
        );
        let c = cleaned_with(
            "MT003",
            "Title\n\n12.12.2022 — Empa (Eidgenössische Materialprüfungs- und Forschungsanstalt)\n\nBody text.\n",
        );
        assert_eq!(
            c.record.publisher.as_deref(),
            Some("Empa (Eidgenössische Materialprüfungs- und Forschungsanstalt)")
        );
        assert_eq!(c.record.published.as_deref(), Some("2022-12-12"));
        assert_eq!(c.text, "Title\n\nBody text.\n");
    }

    #[test]
    fn an_embedded_posts_signature_names_no_publisher() {
        let page = "Headline\n\nThe crowd grew, police said.\n\nThank you NYC!\n— Maya Rivers (@mayarivers) June 8, 2024\n\nMore text.\n";
        let cleaned = cleaned_with("MT003", page);
        assert_eq!(cleaned.record.publisher, None);
        assert_eq!(cleaned.record.published, None);
    }

    #[test]
    fn leaves_sentences_with_dates() {
        // A date before a headline or a category, not a site's name.
        assert!(removed_by("MT003", "08.11.2021 | Online-Fachtag zum Intersex Day\n").is_empty());
        assert!(removed_by("MT003", "05.02.2020 — Redaktion: Eberhard Fuhr\n").is_empty());
        assert!(removed_by(
            "MT003",
            "12.12.2022 — Spin-off revolutioniert die Messung von Treibhausgasen\n"
        )
        .is_empty());
        assert!(removed_by("MT003", "The talks began on May 14, 2017.\n").is_empty());
        assert!(removed_by("MT003", "they met in Washington on May 14, 2017\n").is_empty());
        assert!(removed_by(
            "MT003",
            "Russian diplomats were expelled by the Obama administration in December 2016\n"
        )
        .is_empty());
    }
}
