//! Cuts scraper field residue from the start of a block: a lowercase field name with a
//! machine-shaped value (`date 2017-05-11`, `published: 2017-05-11T08:00`,
//! `url: https://…`, `lang: en`) glued before the text. A date moves into `published`.
//!
//! Why: some scrapers write their fields into the text they export, so the first
//! paragraph starts with `date 2017-05-11` before the article's first word.
//!
//! Known false positives: none seen; the field name must be lowercase and the value
//! machine-shaped (an ISO or numeric date, a URL, a language code), which prose is not.
//!
//! Example: `date 2017-05-11 WASHINGTON (Sputnik) — Prior to the meeting` becomes
//! `WASHINGTON (Sputnik) — Prior to the meeting`, with `published` = `2017-05-11`.

use std::sync::LazyLock;

use regex::Regex;

use crate::dates;
use crate::rules::{Action, DocView, Meta, PhraseSet, Rule, RuleMeta};

pub struct ScraperField;

static META: RuleMeta = RuleMeta {
    code: "MT001",
    name: "scraper-field",
    source: include_str!("scraper_field.rs"),
};

/// The field names, by the kind of value they take.
const DATE_KEYS: &[&str] = &[
    "date",
    "published",
    "pubdate",
    "datetime",
    "timestamp",
    "created",
    "updated",
    "modified",
];
const URL_KEYS: &[&str] = &["url", "link", "source_url", "href"];
const LANG_KEYS: &[&str] = &["lang", "language"];

static FIELD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^\s*(?:(?P<datekey>{})\s*[:=]?\s+(?P<date>\d{{4}}-\d{{2}}-\d{{2}}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}})?(?:\.\d+)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?|\d{{1,2}}\.\d{{1,2}}\.\d{{4}})|(?:{})\s*[:=]?\s+https?://\S+|(?:{})\s*[:=]?\s+[a-z]{{2}}(?:-[A-Za-z]{{2}})?)(?:\s+|$)",
        DATE_KEYS.join("|"),
        URL_KEYS.join("|"),
        LANG_KEYS.join("|"),
    ))
    .expect("valid scraper field pattern")
});

/// Whether `text` opens with one of `FIELD`'s key names: a test on the first word
/// that spares the pattern the blocks that start any other way, nearly all of them.
fn starts_with_key(text: &str) -> bool {
    let rest = text.trim_start();
    let end = rest
        .find(|c: char| c.is_whitespace() || c == ':' || c == '=')
        .unwrap_or(rest.len());
    let word = &rest[..end];
    [DATE_KEYS, URL_KEYS, LANG_KEYS]
        .iter()
        .any(|keys| keys.contains(&word))
}

impl Rule for ScraperField {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &DocView, i: usize, _: &PhraseSet) -> Option<Action> {
        let text = doc.text(i);
        let mut at = 0;
        let mut meta = Vec::new();
        let mut ranges = Vec::new();
        while let Some(caps) = starts_with_key(&text[at..])
            .then(|| FIELD.captures(&text[at..]))
            .flatten()
        {
            let whole = caps.get(0)?;
            if whole.end() == 0 {
                break;
            }
            if let Some(date) = caps
                .name("date")
                .and_then(|d| dates::parse_date(d.as_str()))
            {
                meta.push(Meta::Published(date));
            }
            ranges.push(at..at + whole.end());
            at += whole.end();
        }
        (!ranges.is_empty()).then_some(Action::Cut { ranges, meta })
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{cleaned_with, removed_by};

    #[test]
    fn cuts_leading_fields() {
        let c = cleaned_with(
            "MT001",
            "date 2017-05-11 WASHINGTON (Sputnik) — Prior to the meeting, Lavrov said.\n",
        );
        assert_eq!(
            c.text,
            "WASHINGTON (Sputnik) — Prior to the meeting, Lavrov said.\n"
        );
        assert_eq!(c.record.published.as_deref(), Some("2017-05-11"));
        assert_eq!(
            removed_by("MT001", "url: https://example.org/a lang: en The text.\n"),
            ["url: https://example.org/a", "lang: en"]
        );
    }

    #[test]
    fn leaves_prose() {
        assert!(removed_by("MT001", "Date 2017-05-11 was the day the talks began.\n").is_empty());
        assert!(removed_by("MT001", "The date 2017-05-11 was chosen.\n").is_empty());
        assert!(removed_by("MT001", "updated rules apply from today.\n").is_empty());
    }
}
