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
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: invalid expectations: {source}", path.display())]
    Expectations {
        path: PathBuf,
        source: serde_json::Error,
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
    let bytes = std::fs::read(&path).map_err(|source| EvalError::Io {
        path: path.clone(),
        source,
    })?;
    serde_json::from_slice(&bytes).map_err(|source| EvalError::Expectations { path, source })
}

/// Cleans and scores every page listed in `dir/expectations.json`.
pub fn evaluate(pipeline: &Pipeline, dir: &Path) -> Result<Scores, EvalError> {
    let expectations = load(dir)?;
    let pages: Vec<(PageScore, u64)> = expectations
        .par_iter()
        .map(|e| score_page(pipeline, dir, e))
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

fn score_page(pipeline: &Pipeline, dir: &Path, e: &Expectation) -> (PageScore, u64) {
    let path = dir.join("html").join(&e.file);
    let mut page = PageScore {
        file: e.file.clone(),
        ..PageScore::default()
    };
    let (text, bytes) = match crate::corpus::read_document(&path) {
        Ok(bytes) => {
            let source = Source {
                id: e.file.clone(),
                path: e.file.clone(),
                bytes: &bytes,
                format: Some(Format::Html),
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

#[cfg(test)]
mod tests {
    use super::*;

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
