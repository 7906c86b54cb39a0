//! `docclean clean`: documents from files and folders, cleaned in parallel, written as
//! `<stem>.txt` + `<stem>.json` per document and one `manifest.jsonl`.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use serde::Serialize;

use crate::error::Error;
use crate::io::{atomic, walk};
use crate::pipeline::{Cleaned, Pipeline, Source};
use crate::provenance::Record;
use crate::sniff::Format;

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
    pub documents: usize,
    pub failed: Vec<(String, String)>,
    pub bytes_in: u64,
    pub bytes_out: u64,
}

/// Cleans every document under `inputs` into `out`.
pub fn clean_corpus(pipeline: &Pipeline, inputs: &[PathBuf], out: &Path) -> Result<Summary, Error> {
    let files = walk::collect(inputs)?;
    std::fs::create_dir_all(out).map_err(|e| Error::io(out, e))?;
    let stems = unique_stems(&files);
    let results: Vec<Result<Cleaned, Error>> = files
        .par_iter()
        .zip(stems.par_iter())
        .map(|(file, stem)| {
            let cleaned = clean_file(pipeline, file, stem);
            write_outputs(out, stem, &cleaned)?;
            Ok(cleaned)
        })
        .collect();
    let mut summary = Summary::default();
    let mut lines = Vec::new();
    for result in results {
        let cleaned = result?;
        summary.documents += 1;
        summary.bytes_in += cleaned.record.source.bytes;
        summary.bytes_out += cleaned.text.len() as u64;
        if let Some(error) = &cleaned.record.error {
            summary.failed.push((cleaned.record.source.path.clone(), error.clone()));
        }
        lines.push(ManifestLine::of(&cleaned.record));
    }
    lines.sort_by(|a, b| a.id.cmp(&b.id));
    let mut manifest = String::new();
    for line in &lines {
        manifest.push_str(&serde_json::to_string(line).unwrap_or_default());
        manifest.push('\n');
    }
    atomic::write(&out.join("manifest.jsonl"), manifest.as_bytes())?;
    Ok(summary)
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
    let bytes = read_document(&file.path);
    let lower = file.relative.to_lowercase();
    let inner = lower.strip_suffix(".gz").unwrap_or(&lower);
    let format = Path::new(inner).extension().and_then(|e| Format::from_extension(&e.to_string_lossy()));
    match bytes {
        Ok(bytes) => {
            let source = Source { id: stem.to_string(), path: file.relative.clone(), bytes: &bytes, format, declared_encoding: None };
            pipeline.clean(&source)
        }
        Err(e) => {
            let mut cleaned = pipeline.clean(&Source { id: stem.to_string(), path: file.relative.clone(), ..Source::default() });
            cleaned.record.error = Some(format!("cannot read: {e}"));
            cleaned
        }
    }
}

/// A file's bytes, gunzipped when its name ends in `.gz`.
pub fn read_document(path: &Path) -> std::io::Result<Vec<u8>> {
    let bytes = std::fs::read(path)?;
    let gz = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("gz"));
    if !gz {
        return Ok(bytes);
    }
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(&bytes[..]).read_to_end(&mut out)?;
    Ok(out)
}

fn write_outputs(out: &Path, stem: &str, cleaned: &Cleaned) -> Result<(), Error> {
    let txt = out.join(format!("{stem}.txt"));
    if cleaned.record.error.is_none() {
        atomic::write(&txt, cleaned.text.as_bytes())?;
    } else if txt.exists() {
        std::fs::remove_file(&txt).map_err(|e| Error::io(&txt, e))?;
    }
    let mut json = serde_json::to_string_pretty(&cleaned.record).unwrap_or_default();
    json.push('\n');
    atomic::write(&out.join(format!("{stem}.json")), json.as_bytes())
}
