//! Moves a document's header of fields into metadata: YAML front matter between two
//! `---` lines at the very top (as static site generators, note apps and extraction
//! tools write it: `title:`, `author:`, `date:`, `url:`, `lang:`, `tags:` …), and the
//! header a reader service puts above the page it turned into markdown ("Title: …",
//! "URL Source: …", "Published Time: …", "Markdown Content:"). The title goes into
//! `title`, the authors into `authors`, the date into `published`, the address into
//! `url`, the language into `language`, the site into `publisher`; the other fields
//! (tags, layout, draft flags) go with the header.
//!
//! Why: such a header describes the document; left in, its first lines read
//! "title: …" / "tags:" / "- floods" and the document's title is a field's line.
//!
//! Known false positives: none seen. Front matter must open the document with `---`,
//! close within sixty lines with `---` or `...`, and hold nothing but `key: value`
//! lines, list items and the text blocks a key opens (`summary: >`); a reader's header must open with "Title:" and name its source and
//! its content's start within its first lines.
//!
//! Example: `---` / `title: "Storm floods coastal towns"` / `author: Jane Doe` /
//! `date: 2024-03-12` / `---` above the text are removed; `title` = `Storm floods
//! coastal towns`, `authors` = `Jane Doe`, `published` = `2024-03-12`.

use crate::dates;
use crate::rules::{Action, DocView, Meta, PhraseSet, Rule, RuleMeta};

pub struct FrontMatter;

static META: RuleMeta = RuleMeta {
    code: "MT009",
    name: "front-matter",
    source: include_str!("front_matter.rs"),
};

/// Most lines of a header, its fences included.
const MAX_LINES: usize = 60;

impl Rule for FrontMatter {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &DocView, i: usize, _: &PhraseSet) -> Option<Action> {
        if i >= MAX_LINES {
            return None;
        }
        let end = yaml_end(doc).or_else(|| reader_end(doc))?;
        if i > end {
            return None;
        }
        Some(Action::Move(fields(doc, i).into_iter().collect()))
    }
}

/// The closing fence of YAML front matter that opens the document.
fn yaml_end(doc: &DocView) -> Option<usize> {
    if doc.is_empty() || doc.text(0).trim() != "---" {
        return None;
    }
    let close =
        (1..doc.len().min(MAX_LINES)).find(|&j| matches!(doc.text(j).trim(), "---" | "..."))?;
    // From its first line on, a header of fields: every line is `key: value`, an item
    // of a list ("- floods") or a line of a block of text a key opens (`summary: >`).
    let mut in_block = false;
    for j in 1..close {
        let line = doc.text(j).trim();
        match key_value(line) {
            Some((_, value)) => in_block = matches!(value, "|" | ">" | "|-" | ">-"),
            None if line.starts_with("- ") || in_block => {}
            None => return None,
        }
    }
    (close > 1 && key_value(doc.text(1)).is_some()).then_some(close)
}

/// The last line of a reader service's header: "Markdown Content:", when the document
/// opens with "Title:" and names its "URL Source:" before it.
fn reader_end(doc: &DocView) -> Option<usize> {
    if doc.is_empty() || !doc.text(0).starts_with("Title:") {
        return None;
    }
    let limit = doc.len().min(12);
    let content = (1..limit).find(|&j| doc.text(j).trim() == "Markdown Content:")?;
    (1..content)
        .any(|j| doc.text(j).starts_with("URL Source:"))
        .then_some(content)
}

/// A `key: value` line: the key, a word or a few (letters, digits, `_`, `-`, spaces),
/// and what follows its colon.
fn key_value(line: &str) -> Option<(String, &str)> {
    let (key, value) = line.split_once(':')?;
    let key = key.trim();
    let shaped = !key.is_empty()
        && key.len() <= 30
        && key.starts_with(|c: char| c.is_alphabetic() || c == '_')
        && key
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | ' '));
    let value = value.trim();
    (shaped && (value.is_empty() || line[key.len()..].starts_with(": ") || line.ends_with(':')))
        .then(|| (key.to_lowercase().replace(['_', '-'], " "), value))
}

/// The metadata a header's line gives: its own field's, or for a list item ("- Jane
/// Doe"), the field of the key above it.
fn fields(doc: &DocView, i: usize) -> Option<Meta> {
    let text = doc.text(i).trim();
    let (key, value) = match key_value(text) {
        Some((key, value)) if !value.is_empty() => (key, value),
        Some(_) => return None,
        None => {
            let item = text.strip_prefix("- ")?;
            let key = (0..i).rev().find_map(|j| {
                let (key, value) = key_value(doc.text(j).trim())?;
                value.is_empty().then_some(key)
            })?;
            (key, item)
        }
    };
    let value = unquoted(value);
    if value.is_empty() {
        return None;
    }
    match key.as_str() {
        "title" => Some(Meta::Title(value.to_string())),
        "author" | "authors" | "creator" | "by" => Some(Meta::Author(value.to_string())),
        "date" | "published" | "pubdate" | "publishdate" | "date published" | "published time"
        | "published at" | "created" => dates::parse_date(value).map(Meta::Published),
        "url" | "url source" | "link" | "permalink" | "canonical" | "canonical url"
        | "source url" => (value.starts_with("http://") || value.starts_with("https://"))
            .then(|| Meta::Url(value.to_string())),
        "lang" | "language" | "locale" => {
            is_language_tag(value).then(|| Meta::Language(value.to_string()))
        }
        "publisher" | "site name" | "sitename" | "hostname" | "site" => {
            Some(Meta::Publisher(value.to_string()))
        }
        _ => None,
    }
}

/// A value without the quotes YAML may put around it.
fn unquoted(value: &str) -> &str {
    let value = value.trim();
    for quote in ['"', '\''] {
        if let Some(inner) = value
            .strip_prefix(quote)
            .and_then(|v| v.strip_suffix(quote))
        {
            return inner.trim();
        }
    }
    value
}

/// "en", "de-AT", "pt_BR": a language code with its region or without.
fn is_language_tag(value: &str) -> bool {
    let (lang, region) = value.split_once(['-', '_']).unwrap_or((value, ""));
    (2..=3).contains(&lang.len())
        && lang.bytes().all(|b| b.is_ascii_alphabetic())
        && (region.is_empty()
            || (2..=4).contains(&region.len()) && region.bytes().all(|b| b.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{cleaned_with, removed_by};

    const BODY: &str =
        "Hundreds of homes were flooded on Tuesday after the river burst its banks.\n";

    #[test]
    fn moves_yaml_front_matter() {
        let doc = format!(
            "---\ntitle: \"Storm floods coastal towns\"\nauthor: Jane Doe\ndate: 2024-03-12\ntags:\n- floods\n- weather\nurl: https://news.example.com/storm\nlang: en\n---\n\n{BODY}"
        );
        let c = cleaned_with("MT009", &doc);
        assert_eq!(c.text, BODY);
        assert_eq!(
            c.record.title.as_deref(),
            Some("Storm floods coastal towns")
        );
        assert_eq!(c.record.authors, ["Jane Doe"]);
        assert_eq!(c.record.published.as_deref(), Some("2024-03-12"));
        assert_eq!(
            c.record.url.as_deref(),
            Some("https://news.example.com/storm")
        );
        assert_eq!(c.record.language.as_deref(), Some("en"));
        // Authors as a list.
        let doc = format!("---\nauthors:\n- Jane Doe\n- Mark Smith\n---\n\n{BODY}");
        assert_eq!(
            cleaned_with("MT009", &doc).record.authors,
            ["Jane Doe", "Mark Smith"]
        );
    }

    #[test]
    fn moves_a_readers_header() {
        let doc = format!(
            "Title: Storm floods coastal towns\n\nURL Source: https://news.example.com/storm\n\nPublished Time: 2024-03-12T08:15:00+00:00\n\nMarkdown Content:\n{BODY}"
        );
        let c = cleaned_with("MT009", &doc);
        assert_eq!(c.text, BODY);
        assert_eq!(
            c.record.title.as_deref(),
            Some("Storm floods coastal towns")
        );
        assert_eq!(
            c.record.url.as_deref(),
            Some("https://news.example.com/storm")
        );
        assert_eq!(c.record.published.as_deref(), Some("2024-03-12"));
    }

    #[test]
    fn keeps_section_breaks_and_prose() {
        for doc in [
            // A thematic break, then prose with a colon.
            format!("---\nNote: the river rose a metre in an hour, officials said.\n\nIt was the worst flood in decades, and more rain is forecast.\n---\n\n{BODY}"),
            // Not at the top.
            format!("{BODY}\n---\ntitle: x\n---\n"),
            // Never closed.
            format!("---\ntitle: Storm\n\n{BODY}"),
            // A title line without the reader's other fields.
            format!("Title: Storm floods coastal towns\n\n{BODY}"),
        ] {
            assert!(removed_by("MT009", &doc).is_empty(), "{doc}");
        }
    }
}
