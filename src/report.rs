//! Run statistics and progress for `clean` and `stream`: a progress bar on a terminal
//! while a run goes, and a summary at its end. Both go to stderr only, so stdout stays
//! clean for JSONL.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::provenance::Record;

/// What a run did, document by document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RunStats {
    /// Documents cleaned in this run (failed ones included).
    pub documents: u64,
    /// Documents cleaned in this run without an error.
    pub cleaned: u64,
    /// Documents whose existing outputs were kept (incremental runs).
    pub skipped: u64,
    /// Documents (or stream records) that ended with an error.
    pub errors: u64,
    /// Source bytes of the cleaned documents.
    pub bytes_in: u64,
    /// Clean text bytes written for them.
    pub bytes_out: u64,
    /// Removed blocks and cuts of the cleaned documents, by rule family (`BP`, `MT`, …).
    pub removed: BTreeMap<String, u64>,
}

impl RunStats {
    /// Counts one cleaned document.
    pub fn add(&mut self, record: &Record, text_len: usize) {
        self.documents += 1;
        self.bytes_in += record.source.bytes;
        self.bytes_out += text_len as u64;
        if record.error.is_some() {
            self.errors += 1;
        } else {
            self.cleaned += 1;
        }
        for removed in &record.removed {
            *self
                .removed
                .entry(family(&removed.rule).to_string())
                .or_default() += 1;
        }
    }

    /// The statistics of one cleaned document.
    pub fn of(record: &Record, text_len: usize) -> RunStats {
        let mut stats = RunStats::default();
        stats.add(record, text_len);
        stats
    }

    /// The statistics of one stream record that could not be read as a document.
    pub fn of_input_error() -> RunStats {
        let mut stats = RunStats::default();
        stats.add_input_error();
        stats
    }

    /// Counts a document whose earlier outputs were kept.
    pub fn add_skipped(&mut self, record: &Record) {
        self.skipped += 1;
        if record.error.is_some() {
            self.errors += 1;
        }
    }

    /// Counts a stream record that could not even be read as a document.
    pub fn add_input_error(&mut self) {
        self.documents += 1;
        self.errors += 1;
    }

    pub fn merge(&mut self, other: &RunStats) {
        self.documents += other.documents;
        self.cleaned += other.cleaned;
        self.skipped += other.skipped;
        self.errors += other.errors;
        self.bytes_in += other.bytes_in;
        self.bytes_out += other.bytes_out;
        for (family, n) in &other.removed {
            *self.removed.entry(family.clone()).or_default() += n;
        }
    }

    /// The end-of-run summary, a few lines for stderr.
    pub fn render(&self, elapsed: Duration) -> String {
        let secs = elapsed.as_secs_f64().max(1e-6);
        let mb_in = self.bytes_in as f64 / 1e6;
        let skipped = if self.skipped > 0 {
            format!(", {} skipped (up to date)", self.skipped)
        } else {
            String::new()
        };
        // Failed documents count among the run's documents but not among the cleaned.
        let mut out = format!(
            "docclean: {}: {} cleaned{skipped}, {}\n",
            counted(self.documents + self.skipped, "document", "documents"),
            self.cleaned,
            counted(self.errors, "error", "errors")
        );
        out.push_str(&format!(
            "docclean: {} bytes in, {} bytes out, {:.1}s, {:.1} MB/s, {:.0} documents/s\n",
            self.bytes_in,
            self.bytes_out,
            secs,
            mb_in / secs,
            self.documents as f64 / secs
        ));
        if !self.removed.is_empty() {
            let families: Vec<String> = self
                .removed
                .iter()
                .map(|(f, n)| format!("{f} {n}"))
                .collect();
            out.push_str(&format!(
                "docclean: removed by rule family: {}\n",
                families.join(", ")
            ));
        }
        out
    }
}

/// "1 document", "2 documents".
fn counted(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The family of a rule code: its letters (`BP003` → `BP`).
fn family(code: &str) -> &str {
    let end = code
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(code.len());
    &code[..end]
}

/// A progress bar on stderr, or nothing when stderr is not a terminal (logs, pipes,
/// Spark executors) or the user asked for quiet. Cheap to share between threads.
#[derive(Clone)]
pub struct Progress {
    bar: Option<ProgressBar>,
    documents: Arc<AtomicU64>,
}

impl Progress {
    /// No progress display at all.
    pub fn hidden() -> Self {
        Progress {
            bar: None,
            documents: Arc::default(),
        }
    }

    /// A bar over `total_bytes` when it is known, a spinner with a rate otherwise.
    pub fn new(total_bytes: Option<u64>, enabled: bool) -> Self {
        if !enabled {
            return Progress::hidden();
        }
        let (bar, template) = match total_bytes {
            Some(total) => (
                ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr()),
                "{elapsed_precise} [{wide_bar}] {bytes}/{total_bytes} {bytes_per_sec} ETA {eta} {msg}",
            ),
            None => (
                ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
                "{spinner} {elapsed_precise} {bytes} {bytes_per_sec} {msg}",
            ),
        };
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style.progress_chars("=> "));
        }
        Progress {
            bar: Some(bar),
            documents: Arc::default(),
        }
    }

    /// Advances by `bytes` and `documents`.
    pub fn advance(&self, bytes: u64, documents: u64) {
        if let Some(bar) = &self.bar {
            let total = self.documents.fetch_add(documents, Ordering::Relaxed) + documents;
            bar.inc(bytes);
            bar.set_message(format!("{total} documents"));
        }
    }

    pub fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::provenance::Removed;

    #[test]
    fn counts_by_family() {
        let mut record = Record::default();
        record.source.bytes = 10;
        for rule in ["BP001", "BP003", "MT002"] {
            record.removed.push(Removed {
                rule: rule.into(),
                ..Removed::default()
            });
        }
        let mut stats = RunStats::default();
        stats.add(&record, 4);
        assert_eq!(stats.removed.get("BP"), Some(&2));
        assert_eq!(stats.removed.get("MT"), Some(&1));
        assert_eq!(
            (stats.documents, stats.bytes_in, stats.bytes_out),
            (1, 10, 4)
        );
        let summary = stats.render(Duration::from_secs(1));
        assert!(summary.contains("BP 2, MT 1"), "{summary}");
        assert!(
            summary.starts_with("docclean: 1 document: 1 cleaned, 0 errors\n"),
            "{summary}"
        );
        stats.add_input_error();
        let summary = stats.render(Duration::from_secs(1));
        assert!(
            summary.starts_with("docclean: 2 documents: 1 cleaned, 1 error\n"),
            "{summary}"
        );
        // A kept document counts among the documents, not the cleaned.
        stats.add_skipped(&Record::default());
        let summary = stats.render(Duration::from_secs(1));
        assert!(
            summary
                .starts_with("docclean: 3 documents: 1 cleaned, 1 skipped (up to date), 1 error\n"),
            "{summary}"
        );
    }
}
