//! `docclean eval`: extraction quality on a folder of annotated web pages.
//!
//! The folder holds `expectations.json` (a list of `{file, must_contain,
//! must_not_contain}`) and the pages under `html/`. Each page is cleaned with the full
//! pipeline; a `must_contain` snippet found in the output is a true positive, a
//! `must_not_contain` snippet found is a false positive. Both sides are compared after
//! NFC normalization, with soft hyphens dropped and every run of whitespace collapsed
//! to one space.
//!
//! The snippets are verbatim page text, so the steps that only rewrite characters
//! (punctuation policy `PN…`, name aliases `NM…`) are switched off for scoring: they
//! change no decision about what is kept, and would hide every snippet with a curly
//! quote. See [`scoring_config`].

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Deserialize;
use unicode_normalization::UnicodeNormalization;

use crate::config::Config;
use crate::pipeline::{Pipeline, Source};
use crate::sniff::Format;

/// Why an evaluation could not run.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    // Causes are in the message, not `source`, so that `{:#}` prints them once.
    #[error("{}: {cause}", path.display())]
    Io {
        path: PathBuf,
        cause: std::io::Error,
    },
    #[error("{}: invalid expectations: {cause}", path.display())]
    Expectations {
        path: PathBuf,
        cause: serde_json::Error,
    },
}

/// One annotated page.
#[derive(Debug, Clone, Deserialize)]
pub struct Expectation {
    pub file: String,
    #[serde(default)]
    pub must_contain: Vec<String>,
    #[serde(default)]
    pub must_not_contain: Vec<String>,
}

/// How one page scored.
#[derive(Debug, Clone, Default)]
pub struct PageScore {
    pub file: String,
    /// `must_contain` snippets missing from the output.
    pub missed: Vec<String>,
    /// `must_not_contain` snippets present in the output.
    pub leaked: Vec<String>,
    pub found: usize,
    pub avoided: usize,
    /// The page could not be read or cleaned.
    pub error: Option<String>,
}

/// Totals over all pages.
#[derive(Debug, Clone, Default)]
pub struct Scores {
    pub pages: Vec<PageScore>,
    pub true_positives: usize,
    pub false_negatives: usize,
    pub false_positives: usize,
    pub true_negatives: usize,
    pub bytes: u64,
}

impl Scores {
    pub fn precision(&self) -> f64 {
        ratio(
            self.true_positives,
            self.true_positives + self.false_positives,
        )
    }

    pub fn recall(&self) -> f64 {
        ratio(
            self.true_positives,
            self.true_positives + self.false_negatives,
        )
    }

    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }

    pub fn accuracy(&self) -> f64 {
        let right = self.true_positives + self.true_negatives;
        ratio(right, right + self.false_positives + self.false_negatives)
    }

    /// The figures as a short report.
    pub fn summary(&self) -> String {
        let failed = self.pages.iter().filter(|p| p.error.is_some()).count();
        format!(
            "pages {} (failed {failed})\ntrue positives {}  false negatives {}  false positives {}  true negatives {}\nprecision {:.3}  recall {:.3}  F1 {:.3}  accuracy {:.3}\n",
            self.pages.len(),
            self.true_positives,
            self.false_negatives,
            self.false_positives,
            self.true_negatives,
            self.precision(),
            self.recall(),
            self.f1(),
            self.accuracy()
        )
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// NFC, soft hyphens dropped, whitespace runs to one space, trimmed: the form both
/// sides are compared in.
pub fn normalize(s: &str) -> String {
    let nfc: String = s.nfc().filter(|&c| c != '\u{ad}').collect();
    nfc.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `config` with the character-rewriting steps (`PN`, `NM`) switched off.
pub fn scoring_config(mut config: Config) -> Config {
    for prefix in ["PN", "NM"] {
        if !config.ignore.iter().any(|i| i == prefix) {
            config.ignore.push(prefix.to_string());
        }
    }
    config
}

/// Reads `dir/expectations.json`.
pub fn load(dir: &Path) -> Result<Vec<Expectation>, EvalError> {
    let path = dir.join("expectations.json");
    let bytes = std::fs::read(&path).map_err(|cause| EvalError::Io {
        path: path.clone(),
        cause,
    })?;
    serde_json::from_slice(&bytes).map_err(|cause| EvalError::Expectations { path, cause })
}

/// How pages reach the pipeline.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageInput {
    /// As HTML: main-content extraction, then the rules.
    Html,
    /// Reduced to text by a naive tag stripper first, then cleaned as a text document:
    /// the residue of sites the text rules must handle without any markup.
    NaiveText,
}

/// Cleans and scores every page listed in `dir/expectations.json`.
pub fn evaluate(pipeline: &Pipeline, dir: &Path) -> Result<Scores, EvalError> {
    evaluate_as(pipeline, dir, PageInput::Html)
}

/// Cleans and scores every page, given to the pipeline as `input` says.
pub fn evaluate_as(pipeline: &Pipeline, dir: &Path, input: PageInput) -> Result<Scores, EvalError> {
    let expectations = load(dir)?;
    let pages: Vec<(PageScore, u64)> = expectations
        .par_iter()
        .map(|e| score_page(pipeline, dir, e, input))
        .collect();
    let mut scores = Scores::default();
    for (page, bytes) in pages {
        scores.true_positives += page.found;
        scores.false_negatives += page.missed.len();
        scores.false_positives += page.leaked.len();
        scores.true_negatives += page.avoided;
        scores.bytes += bytes;
        scores.pages.push(page);
    }
    Ok(scores)
}

fn score_page(
    pipeline: &Pipeline,
    dir: &Path,
    e: &Expectation,
    input: PageInput,
) -> (PageScore, u64) {
    let path = dir.join("html").join(&e.file);
    let mut page = PageScore {
        file: e.file.clone(),
        ..PageScore::default()
    };
    let (text, bytes) = match crate::corpus::read_document(&path) {
        Ok(bytes) => {
            let stripped;
            let (bytes_in, format) = match input {
                PageInput::Html => (&bytes[..], Format::Html),
                PageInput::NaiveText => {
                    let decoded = crate::decode::decode(&bytes, None, None);
                    stripped = strip_tags(&decoded.text);
                    (stripped.as_bytes(), Format::Text)
                }
            };
            let source = Source {
                id: e.file.clone(),
                path: e.file.clone(),
                bytes: bytes_in,
                format: Some(format),
                text: None,
                declared_encoding: None,
            };
            let cleaned = pipeline.clean(&source);
            page.error = cleaned.record.error;
            (cleaned.text, bytes.len() as u64)
        }
        Err(err) => {
            page.error = Some(format!("cannot read: {err}"));
            (String::new(), 0)
        }
    };
    let output = normalize(&text);
    for snippet in &e.must_contain {
        if output.contains(&normalize(snippet)) {
            page.found += 1;
        } else {
            page.missed.push(snippet.clone());
        }
    }
    for snippet in &e.must_not_contain {
        if output.contains(&normalize(snippet)) {
            page.leaked.push(snippet.clone());
        } else {
            page.avoided += 1;
        }
    }
    (page, bytes)
}

/// Elements whose content is never visible text.
const INVISIBLE: &[&str] = &["script", "style", "noscript", "template", "svg", "head"];

/// Elements that end a line of text.
const LINE_BREAKING: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "td",
    "th",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "aside",
    "blockquote",
    "pre",
    "figure",
    "figcaption",
    "form",
    "title",
    "dt",
    "dd",
    "hr",
    "main",
    "address",
    "label",
    "option",
    "button",
];

/// Where `</name` starts in `rest`, matched without regard to ASCII case.
fn end_tag(rest: &str, name: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(at) = rest[from..].find("</") {
        let at = from + at;
        let candidate = &rest.as_bytes()[at + 2..];
        if candidate.len() >= name.len()
            && candidate[..name.len()].eq_ignore_ascii_case(name.as_bytes())
        {
            return Some(at);
        }
        from = at + 2;
    }
    None
}

/// Text the way a naive scraper gets it: tags removed, block-level tags turned into
/// line breaks, script and style bodies and comments dropped, entities left as they
/// are (the pipeline's entity rule decodes them).
pub fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        rest = &rest[open..];
        if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.find("-->").map_or("", |end| &after[end + 3..]);
            continue;
        }
        let Some(close) = rest.find('>') else {
            rest = "";
            break;
        };
        let tag = &rest[1..close];
        rest = &rest[close + 1..];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if !tag.starts_with('/') && INVISIBLE.contains(&name.as_str()) {
            rest = end_tag(rest, &name).map_or("", |at| &rest[at..]);
            continue;
        }
        if LINE_BREAKING.contains(&name.as_str()) {
            out.push('\n');
        }
    }
    out.push_str(rest);
    let mut text = String::with_capacity(out.len());
    let mut blank = false;
    for line in out.lines().map(str::trim) {
        if line.is_empty() {
            blank = !text.is_empty();
            continue;
        }
        if blank {
            text.push('\n');
            blank = false;
        }
        text.push_str(line);
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_tags_naively() {
        let html = "<html><head><title>T</title><style>p{}</style></head><body><p>One <b>bold</b> word.</p><!-- c --><script>x()</script><div>Two</div></body></html>";
        assert_eq!(strip_tags(html), "One bold word.\n\nTwo\n");
    }

    #[test]
    fn normalizes_like_the_scorer() {
        assert_eq!(normalize("  a\u{a0}\n b\tc "), "a b c");
        assert_eq!(normalize("e\u{301}"), "é");
        assert_eq!(normalize("Klima\u{ad}wandel"), "Klimawandel");
    }

    #[test]
    fn computes_figures() {
        let s = Scores {
            true_positives: 8,
            false_negatives: 2,
            false_positives: 2,
            true_negatives: 8,
            ..Scores::default()
        };
        assert!((s.precision() - 0.8).abs() < 1e-9);
        assert!((s.recall() - 0.8).abs() < 1e-9);
        assert!((s.f1() - 0.8).abs() < 1e-9);
        assert!((s.accuracy() - 0.8).abs() < 1e-9);
    }
}
