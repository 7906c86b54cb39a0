//! `docclean clean`: documents from files and folders, cleaned in parallel, written as
//! `<stem>.txt` + `<stem>.json` per document and one manifest.
//!
//! Runs are incremental: a document whose existing `<stem>.json` was made from the same
//! source bytes by the same version and configuration is not cleaned again, but still
//! listed in the manifest. A run can take one shard of the documents (`--shard K/N`),
//! chosen by a stable hash of each document's relative path, and then writes
//! `manifest.K-of-N.jsonl` so that shards running at once never share a file.

use std::collections::{HashMap, LinkedList};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use rayon::prelude::*;
use serde::Serialize;

use crate::error::Error;
use crate::io::{atomic, walk};
use crate::pipeline::{Cleaned, Pipeline, Source};
use crate::provenance::{self, Record};
use crate::report::{Progress, RunStats};
use crate::sniff::Format;

/// Fingerprint of the sources this binary was built from (see `build.rs`).
pub const BUILD: &str = env!("DOCCLEAN_BUILD");

/// The file in an output folder naming the build that wrote it. Not a document: the
/// folder walk skips dot files.
pub const BUILD_FILE: &str = ".docclean-build";

/// One manifest line: enough to find the document and see how it went.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ManifestLine {
    pub id: String,
    pub path: String,
    pub sha256: String,
    pub format: String,
    pub encoding: String,
    pub output_sha256: Option<String>,
    pub chars: Option<u64>,
    pub removed: usize,
    pub error: Option<String>,
}

impl ManifestLine {
    fn of(record: &Record) -> Self {
        ManifestLine {
            id: record.id.clone(),
            path: record.source.path.clone(),
            sha256: record.source.sha256.clone(),
            format: record.source.format.clone(),
            encoding: record.source.encoding.clone(),
            output_sha256: record.output.as_ref().map(|o| o.sha256.clone()),
            chars: record.output.as_ref().map(|o| o.chars),
            removed: record.removed.len(),
            error: record.error.clone(),
        }
    }
}

/// What a run did.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    /// Documents in this run (cleaned and skipped).
    pub documents: usize,
    /// Relative path and error of each failed document, skipped ones included.
    pub failed: Vec<(String, String)>,
    pub bytes_in: u64,
    pub bytes_out: u64,
    pub stats: RunStats,
    /// JSONL files found beside the documents and left for `docclean stream`.
    pub passed_over: Vec<PathBuf>,
}

/// One slice of a corpus: documents whose path hashes to `index` (1-based) of `count`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shard {
    pub index: u32,
    pub count: u32,
}

impl FromStr for Shard {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let usage = || format!("expected K/N with 1 <= K <= N (e.g. 2/8), got `{s}`");
        let (k, n) = s.split_once('/').ok_or_else(usage)?;
        let index: u32 = k.trim().parse().map_err(|_| usage())?;
        let count: u32 = n.trim().parse().map_err(|_| usage())?;
        if index == 0 || count == 0 || index > count {
            return Err(usage());
        }
        Ok(Shard { index, count })
    }
}

impl Shard {
    /// Whether the document at `relative` belongs to this shard. FNV-1a of the path:
    /// stable across machines and releases, and a document keeps its shard when others
    /// are added or removed.
    pub fn contains(&self, relative: &str) -> bool {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for b in relative.bytes() {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        hash % u64::from(self.count) == u64::from(self.index - 1)
    }

    pub fn manifest_name(&self) -> String {
        format!("manifest.{}-of-{}.jsonl", self.index, self.count)
    }
}

/// How `clean_corpus_with` runs.
#[derive(Clone, Default)]
pub struct CleanOptions {
    /// Clean every document, even those whose outputs are up to date.
    pub force: bool,
    pub shard: Option<Shard>,
    /// Show a progress bar on stderr.
    pub progress: bool,
    /// Read each document and write its bytes unchanged as `<stem>.txt`, nothing else:
    /// the I/O ceiling that benchmarks compare cleaning against.
    pub io_only: bool,
}

/// Cleans every document under `inputs` into `out`, skipping up-to-date documents.
pub fn clean_corpus(pipeline: &Pipeline, inputs: &[PathBuf], out: &Path) -> Result<Summary, Error> {
    clean_corpus_with(pipeline, inputs, out, &CleanOptions::default())
}

/// A manifest line, serialized, and the id it is sorted by.
struct Listed {
    id: Box<str>,
    json: Box<str>,
}

impl Listed {
    fn of(line: &ManifestLine) -> Self {
        // Serializing a struct of strings and numbers cannot fail.
        let json = serde_json::to_string(line).unwrap_or_default();
        Listed {
            id: line.id.clone().into_boxed_str(),
            json: json.into_boxed_str(),
        }
    }
}

/// What became of one document.
struct Done {
    line: ManifestLine,
    stats: RunStats,
}

/// Cleans the documents under `inputs` (or one shard of them) into `out`.
pub fn clean_corpus_with(
    pipeline: &Pipeline,
    inputs: &[PathBuf],
    out: &Path,
    options: &CleanOptions,
) -> Result<Summary, Error> {
    let walk::Collected { files, passed_over } = walk::collect(inputs)?;
    std::fs::create_dir_all(out).map_err(|e| {
        // "File exists" alone does not say what is wrong with the output path.
        let e = if out.exists() && !out.is_dir() {
            std::io::Error::other("exists and is not a folder")
        } else {
            e
        };
        Error::io(out, e)
    })?;
    // In a folder that held nothing when the run began, every output is new: there is
    // no earlier output to compare against, replace or skip.
    let fresh = std::fs::read_dir(out).is_ok_and(|mut d| d.next().is_none());
    // Outputs written by another build may hold another rule set's text: only a folder
    // this very build wrote is trusted for skipping.
    let build_file = out.join(BUILD_FILE);
    let same_build = std::fs::read_to_string(&build_file).is_ok_and(|b| b.trim() == BUILD);
    let force = options.force || !same_build;
    // Stems come from the whole list, so every shard names a document the same way.
    let stems = unique_stems(&files);
    // Sizes are only for the progress bar's total, and need a stat per file: without a
    // bar they are not taken, and with one the stats are spread over the workers.
    let work: Vec<(&walk::InputFile, &String, u64)> = files
        .par_iter()
        .zip(&stems)
        .filter(|(file, _)| options.shard.is_none_or(|s| s.contains(&file.relative)))
        .map(|(file, stem)| {
            let size = if options.progress {
                std::fs::metadata(&file.path).map_or(0, |m| m.len())
            } else {
                0
            };
            (file, stem, size)
        })
        .collect();
    let total: u64 = work.iter().map(|w| w.2).sum();
    let progress = &Progress::new(Some(total), options.progress);
    // Each document's statistics are merged as soon as it is done, and its manifest line
    // is kept serialized: what stays in memory per document is one short string.
    let (parts, failed, stats) = work
        .par_iter()
        .map(|&(file, stem, size)| {
            let done = if options.io_only {
                copy_file(out, file, stem, fresh)
            } else {
                process_file(pipeline, out, file, stem, force, fresh)
            };
            progress.advance(size, 1);
            done
        })
        .try_fold(
            || (Vec::new(), Vec::new(), RunStats::default()),
            |(mut lines, mut failed, mut stats), done| {
                let done = done?;
                stats.merge(&done.stats);
                if let Some(error) = &done.line.error {
                    failed.push((done.line.path.clone(), error.clone()));
                }
                lines.push(Listed::of(&done.line));
                Ok::<_, Error>((lines, failed, stats))
            },
        )
        .map(|part| part.map(|(lines, failed, stats)| (LinkedList::from([lines]), failed, stats)))
        .try_reduce(
            || (LinkedList::new(), Vec::new(), RunStats::default()),
            |(mut lines, mut failed, mut stats), (mut more, more_failed, more_stats)| {
                lines.append(&mut more);
                failed.extend(more_failed);
                stats.merge(&more_stats);
                Ok((lines, failed, stats))
            },
        )?;
    progress.finish();
    let mut lines: Vec<Listed> = Vec::with_capacity(parts.iter().map(Vec::len).sum());
    parts.into_iter().for_each(|part| lines.extend(part));
    let summary = Summary {
        documents: lines.len(),
        failed,
        bytes_in: stats.bytes_in,
        bytes_out: stats.bytes_out,
        stats,
        passed_over,
    };
    if options.io_only {
        return Ok(summary);
    }
    if !same_build {
        atomic::write(&build_file, format!("{BUILD}\n").as_bytes())?;
    }
    lines.sort_unstable_by(|a, b| a.id.cmp(&b.id));
    let name = options
        .shard
        .map_or_else(|| "manifest.jsonl".to_string(), |s| s.manifest_name());
    atomic::write_with(&out.join(name), |w| {
        for line in &lines {
            w.write_all(line.json.as_bytes())?;
            w.write_all(b"\n")?;
        }
        Ok(())
    })?;
    Ok(summary)
}

/// Cleans one document unless its outputs are up to date; its text is dropped as soon
/// as it is written, so memory does not grow with the corpus.
fn process_file(
    pipeline: &Pipeline,
    out: &Path,
    file: &walk::InputFile,
    stem: &str,
    force: bool,
    fresh: bool,
) -> Result<Done, Error> {
    let bytes = read_document(&file.path);
    let mut stats = RunStats::default();
    if let (false, false, Ok(bytes)) = (force, fresh, &bytes) {
        if let Some(record) = up_to_date(pipeline, out, file, stem, bytes) {
            stats.add_skipped(&record);
            return Ok(Done {
                line: ManifestLine::of(&record),
                stats,
            });
        }
    }
    let cleaned = clean_bytes(pipeline, file, stem, bytes);
    write_outputs(out, stem, cleaned.text.as_bytes(), &cleaned.record, fresh)?;
    stats.add(&cleaned.record, cleaned.text.len());
    Ok(Done {
        line: ManifestLine::of(&cleaned.record),
        stats,
    })
}

/// The existing record of a document when its outputs were made from these very bytes
/// by this version and configuration, and its text file is still what the record says.
fn up_to_date(
    pipeline: &Pipeline,
    out: &Path,
    file: &walk::InputFile,
    stem: &str,
    bytes: &[u8],
) -> Option<Record> {
    let json = std::fs::read_to_string(out.join(format!("{stem}.json"))).ok()?;
    let record: Record = serde_json::from_str(&json).ok()?;
    let same_run = record.schema == provenance::SCHEMA_VERSION
        && record.pipeline.version == env!("CARGO_PKG_VERSION")
        && record.pipeline.config_sha256 == pipeline.config_sha256()
        && record.id == stem
        && record.source.path == file.relative
        && same_encoding_choice(pipeline, &record);
    if !same_run || record.source.sha256 != provenance::sha256_hex(bytes) {
        return None;
    }
    let txt = out.join(format!("{stem}.txt"));
    let text_intact = match &record.output {
        Some(output) => {
            std::fs::read(&txt).is_ok_and(|t| provenance::sha256_hex(&t) == output.sha256)
        }
        None => !txt.exists(),
    };
    text_intact.then_some(record)
}

/// `--encoding` is not part of the config hash, so a record made with a different
/// override (or without one) is stale.
fn same_encoding_choice(pipeline: &Pipeline, record: &Record) -> bool {
    match pipeline.encoding_override() {
        Some(encoding) => {
            record.source.encoding_source == "bom"
                || (record.source.encoding_source == "override"
                    && record.source.encoding == encoding.name())
        }
        None => record.source.encoding_source != "override",
    }
}

/// The I/O-only pass: the same reads and atomic writes as a cleaning run, no cleaning.
fn copy_file(out: &Path, file: &walk::InputFile, stem: &str, fresh: bool) -> Result<Done, Error> {
    let bytes = read_document(&file.path).map_err(|e| Error::io(&file.path, e))?;
    let mut record = Record {
        id: stem.to_string(),
        ..Record::default()
    };
    record.source.path = file.relative.clone();
    record.source.bytes = bytes.len() as u64;
    let mut stats = RunStats::default();
    stats.add(&record, bytes.len());
    // The same files as a cleaning run writes, the text and the record, so that the
    // ceiling is that of the output layout and not of half of it.
    write_outputs(out, stem, &bytes, &record, fresh)?;
    Ok(Done {
        line: ManifestLine::of(&record),
        stats,
    })
}

/// Output stems, made unique: a later file whose stem is taken keeps its extension.
fn unique_stems(files: &[walk::InputFile]) -> Vec<String> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    files
        .iter()
        .map(|f| {
            let n = seen.entry(f.stem.clone()).or_default();
            *n += 1;
            if *n == 1 {
                f.stem.clone()
            } else {
                f.relative.replace('/', "__")
            }
        })
        .collect()
}

/// Reads and cleans one file; read errors become the document's error.
pub fn clean_file(pipeline: &Pipeline, file: &walk::InputFile, stem: &str) -> Cleaned {
    clean_bytes(pipeline, file, stem, read_document(&file.path))
}

fn clean_bytes(
    pipeline: &Pipeline,
    file: &walk::InputFile,
    stem: &str,
    bytes: std::io::Result<Vec<u8>>,
) -> Cleaned {
    let lower = file.relative.to_lowercase();
    let inner = lower.strip_suffix(".gz").unwrap_or(&lower);
    let format = Path::new(inner)
        .extension()
        .and_then(|e| Format::from_extension(&e.to_string_lossy()));
    match bytes {
        Ok(bytes) => {
            let source = Source {
                id: stem.to_string(),
                path: file.relative.clone(),
                bytes: &bytes,
                format,
                text: None,
                declared_encoding: None,
            };
            pipeline.clean(&source)
        }
        Err(e) => {
            let mut cleaned = pipeline.clean(&Source {
                id: stem.to_string(),
                path: file.relative.clone(),
                ..Source::default()
            });
            cleaned.record.error = Some(format!("cannot read: {e}"));
            cleaned
        }
    }
}

/// A file's bytes, gunzipped when its name ends in `.gz`.
pub fn read_document(path: &Path) -> std::io::Result<Vec<u8>> {
    let bytes = std::fs::read(path)?;
    let gz = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"));
    if !gz {
        return Ok(bytes);
    }
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(&bytes[..]).read_to_end(&mut out)?;
    Ok(out)
}

/// Writes a document's text (unless it failed) and record; `fresh` when the output
/// folder held nothing as the run began.
fn write_outputs(
    out: &Path,
    stem: &str,
    text: &[u8],
    record: &Record,
    fresh: bool,
) -> Result<(), Error> {
    let write = if fresh { atomic::create } else { atomic::write };
    let txt = out.join(format!("{stem}.txt"));
    if record.error.is_none() {
        write(&txt, text)?;
    } else if !fresh && txt.exists() {
        std::fs::remove_file(&txt).map_err(|e| Error::io(&txt, e))?;
    }
    let mut json = serde_json::to_string_pretty(record).unwrap_or_default();
    json.push('\n');
    write(&out.join(format!("{stem}.json")), json.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shard_parsing() {
        assert_eq!("2/8".parse::<Shard>(), Ok(Shard { index: 2, count: 8 }));
        for bad in ["0/4", "5/4", "1/0", "a/b", "3", "-1/2", ""] {
            assert!(bad.parse::<Shard>().is_err(), "{bad}");
        }
    }

    #[test]
    fn shards_partition_the_corpus() {
        let paths: Vec<String> = (0..1000).map(|i| format!("site/{i}.html")).collect();
        let shards: Vec<Shard> = (1..=4).map(|index| Shard { index, count: 4 }).collect();
        for path in &paths {
            assert_eq!(
                shards.iter().filter(|s| s.contains(path)).count(),
                1,
                "{path}"
            );
        }
        let first = paths.iter().filter(|p| shards[0].contains(p)).count();
        assert!((150..350).contains(&first), "uneven shard: {first}");
    }
}
