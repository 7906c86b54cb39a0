//! `docclean stream`: JSONL records in, the same records with clean text out, one output
//! line per input record and in input order.
//!
//! Memory stays flat however long the stream: a reader thread cuts the input into
//! bounded batches (so many records or so many bytes, whichever comes first), another
//! has each batch cleaned in parallel, and the calling thread writes the batches in
//! order while the next is cleaned; at most three batches of input and three of output
//! are held at a time. A batch's lines are read into one buffer, which goes back to
//! the reader once the batch is cleaned, so reading reuses memory already mapped.
//! Gzip and zstd input is recognized by its magic bytes, so it works on stdin too; an
//! input that is binary or UTF-16 once decompressed is refused whole, with what it is.

use std::borrow::Cow;
use std::io::{self, BufRead, BufReader, IoSlice, Read, Write};
use std::ops::Range;
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::Arc;

use rayon::prelude::*;
use serde_json::Value;

use crate::json::{write_str, Field, RawObject, WriteJson};
use crate::pipeline::{Pipeline, Source};
use crate::report::{Progress, RunStats};
use crate::sniff::Format;

/// The key that holds the provenance record in each output record.
pub const PROVENANCE_KEY: &str = "docclean";

/// Why a stream stopped early.
#[derive(Debug, thiserror::Error)]
// The I/O errors are part of the message rather than a `source`: a caller printing
// the error with its causes would otherwise show the cause twice.
pub enum StreamError {
    #[error("{input}: {error}")]
    Read { input: String, error: io::Error },
    #[error("cannot write output: {0}")]
    Write(io::Error),
    /// A record could not be read as a document and `--fail-fast` was given.
    #[error("{0}")]
    Record(String),
}

impl StreamError {
    /// Whether the reader of our output went away (`| head`): not a failure.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, StreamError::Write(e) if e.kind() == io::ErrorKind::BrokenPipe)
    }
}

/// How a stream run behaves.
#[derive(Debug, Clone)]
pub struct StreamOptions {
    /// At most this many records per batch.
    pub batch_records: usize,
    /// A batch is closed once its lines reach this many bytes.
    pub batch_bytes: usize,
    /// Stop at the first record that cannot be read as a document.
    pub fail_fast: bool,
    /// Put the provenance record at `metadata.docclean` instead of a top-level `docclean`.
    pub under_metadata: bool,
}

impl StreamOptions {
    /// Batches sized for `threads` workers: 128 records and 1 MB of input per thread,
    /// at least 256 records and 2 MB. Enough documents per batch that every thread stays
    /// busy until the batch's last few, and small enough that the memory a batch uses
    /// is reused while it is still cached and mapped: with batches of 1,024 records, a
    /// 200 MB text stream on one thread peaked at 97 MB instead of 58 MB and spent two
    /// to five times as long in the kernel, faulting in fresh pages.
    pub fn for_threads(threads: usize) -> Self {
        StreamOptions {
            batch_records: (128 * threads).max(256),
            batch_bytes: threads.max(2) << 20,
            fail_fast: false,
            under_metadata: false,
        }
    }
}

impl Default for StreamOptions {
    fn default() -> Self {
        StreamOptions::for_threads(rayon::current_num_threads())
    }
}

/// One input line and where it came from.
struct Line<'a> {
    input: &'a str,
    number: u64,
    bytes: &'a [u8],
}

/// A batch of input lines, all from one input: their bytes one after another in one
/// buffer, and where each line lies in it. Cleaned batches go back to the reader to be
/// filled again, so the stream reads into memory that is already mapped and cached
/// instead of allocating each line afresh (growing it as it is read) and freeing it on
/// another thread.
#[derive(Default)]
struct Lines {
    input: Arc<str>,
    bytes: Vec<u8>,
    /// Each line's number in its input and its place in `bytes`, `\n` left out.
    lines: Vec<(u64, Range<usize>)>,
}

impl Lines {
    /// Its lines, for cleaning in parallel.
    fn par_lines(&self) -> impl IndexedParallelIterator<Item = Line<'_>> + '_ {
        self.lines.par_iter().map(|(number, range)| Line {
            input: &self.input,
            number: *number,
            bytes: &self.bytes[range.clone()],
        })
    }

    /// The bytes of its lines, each counted with its line end, for progress.
    fn line_bytes(&self) -> u64 {
        self.lines.iter().map(|(_, r)| r.len() as u64 + 1).sum()
    }

    fn clear(&mut self) {
        self.bytes.clear();
        self.lines.clear();
    }
}

/// Batches kept for reuse: enough for those in flight (one read, one waiting, one
/// cleaned), and a bound on what an idle stream holds.
const SPARE_BATCHES: usize = 4;

/// One output line and what it counts for.
struct Processed {
    json: Vec<u8>,
    /// Set when the line was not a readable document (bad JSON, no text).
    input_error: Option<String>,
    /// What the line counts for in the run's summary. Taken where the line was cleaned,
    /// so the provenance record is freed by the thread that made it (a free from
    /// another thread costs the allocator more, and a record is dozens of strings).
    stats: RunStats,
}

type Batch = Result<Lines, StreamError>;

/// Streams every input (`-` is stdin) through `pipeline` into `out`, adding to `stats`.
pub fn run(
    pipeline: &Pipeline,
    inputs: &[String],
    out: &mut dyn Write,
    options: &StreamOptions,
    stats: &mut RunStats,
    progress: &Progress,
) -> Result<(), StreamError> {
    // Three stages, each a batch at a time: one thread reads, one has the batch cleaned
    // in parallel, and this one writes, so that writing a batch overlaps cleaning the
    // next. Room for one batch in flight between stages.
    let (sender, receiver) = sync_channel::<Batch>(1);
    let (cleaned_sender, cleaned_receiver) = sync_channel::<CleanedBatch>(1);
    // Cleaned batches' buffers, back to the reader.
    let (spare_sender, spare_receiver) = sync_channel::<Lines>(SPARE_BATCHES);
    std::thread::scope(|scope| {
        let reader_options = options.clone();
        scope.spawn(move || read_batches(inputs, &reader_options, sender, spare_receiver));
        scope.spawn(move || {
            clean_batches(pipeline, options, receiver, cleaned_sender, spare_sender)
        });
        let result = write_batches(cleaned_receiver, out, options, stats, progress);
        // Dropping the receiver (on return) stops the cleaning thread at its next batch,
        // and with it the reader.
        result
    })
}

/// A cleaned batch: its output lines, and its input bytes and records for progress.
type CleanedBatch = Result<(Vec<Processed>, u64, u64), StreamError>;

/// Cleans each batch in parallel and passes it on; stops when the writer hangs up.
fn clean_batches(
    pipeline: &Pipeline,
    options: &StreamOptions,
    receiver: Receiver<Batch>,
    sender: SyncSender<CleanedBatch>,
    spares: SyncSender<Lines>,
) {
    for batch in receiver {
        let cleaned = batch.map(|mut batch| {
            let processed: Vec<Processed> = batch
                .par_lines()
                .map(|line| process_line(pipeline, options, &line))
                .collect();
            let counts = (batch.line_bytes(), batch.lines.len() as u64);
            // A batch grown far past the usual size by one huge line is not kept.
            if batch.bytes.capacity() <= 4 * options.batch_bytes.max(1) {
                batch.clear();
                let _ = spares.try_send(batch);
            }
            (processed, counts.0, counts.1)
        });
        if sender.send(cleaned).is_err() {
            return;
        }
    }
}

fn write_batches(
    receiver: Receiver<CleanedBatch>,
    out: &mut dyn Write,
    options: &StreamOptions,
    stats: &mut RunStats,
    progress: &Progress,
) -> Result<(), StreamError> {
    for cleaned in receiver {
        let (processed, line_bytes, records) = cleaned?;
        // With --fail-fast, the lines before the first unreadable one are written, then
        // the run stops.
        let stop = processed
            .iter()
            .position(|p| options.fail_fast && p.input_error.is_some());
        let written = &processed[..stop.unwrap_or(processed.len())];
        let lines: Vec<&[u8]> = written.iter().map(|p| p.json.as_slice()).collect();
        write_lines(out, &lines).map_err(StreamError::Write)?;
        for p in written {
            stats.merge(&p.stats);
        }
        // Flushed per batch so a downstream consumer (a Spark pipe) sees steady output.
        out.flush().map_err(StreamError::Write)?;
        if let Some(error) = stop.and_then(|at| processed[at].input_error.clone()) {
            return Err(StreamError::Record(error));
        }
        progress.advance(line_bytes, records);
    }
    Ok(())
}

/// Writes `lines` in order with as few calls as the writer allows: vectored writes of
/// up to 1,024 lines (the usual system limit), which a buffered writer passes straight
/// through when they exceed its buffer, so a batch's lines are not copied once more.
fn write_lines(out: &mut dyn Write, lines: &[&[u8]]) -> io::Result<()> {
    for group in lines.chunks(1024) {
        let mut slices: Vec<IoSlice> = group
            .iter()
            .filter(|line| !line.is_empty())
            .map(|line| IoSlice::new(line))
            .collect();
        let mut pending = &mut slices[..];
        while !pending.is_empty() {
            match out.write_vectored(pending) {
                Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
                Ok(n) => IoSlice::advance_slices(&mut pending, n),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
    }
    Ok(())
}

/// Reads every input in turn and sends its lines in batches; stops when the receiver
/// hangs up.
fn read_batches(
    inputs: &[String],
    options: &StreamOptions,
    sender: SyncSender<Batch>,
    spares: Receiver<Lines>,
) {
    for name in inputs {
        let reader = match open(name) {
            Ok(reader) => reader,
            Err(e) => {
                let _ = sender.send(Err(e));
                return;
            }
        };
        if !send_lines(name, reader, options, &sender, &spares) {
            return;
        }
    }
}

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";

/// Sends the lines of one input; false when the run should stop.
fn send_lines(
    name: &str,
    mut reader: Box<dyn BufRead + Send>,
    options: &StreamOptions,
    sender: &SyncSender<Batch>,
    spares: &Receiver<Lines>,
) -> bool {
    let input: Arc<str> = Arc::from(display_name(name));
    let fresh = || {
        let mut batch = spares.try_recv().unwrap_or_default();
        batch.input = input.clone();
        batch
    };
    let mut batch = fresh();
    let mut number = 0;
    loop {
        let start = batch.bytes.len();
        match read_line(&mut *reader, &mut batch.bytes) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                let _ = sender.send(Err(StreamError::Read {
                    input: name.to_string(),
                    error: e,
                }));
                return false;
            }
        }
        number += 1;
        let mut line = start..batch.bytes.len();
        if batch.bytes[start..].last() == Some(&b'\n') {
            line.end -= 1;
        }
        // Windows tools often start a UTF-8 file with a byte order mark; it is no part
        // of the first record.
        if number == 1 && batch.bytes[line.clone()].starts_with(UTF8_BOM) {
            line.start += UTF8_BOM.len();
        }
        // Blank lines are not records: no output line for them.
        if batch.bytes[line.clone()]
            .iter()
            .all(u8::is_ascii_whitespace)
        {
            batch.bytes.truncate(start);
            continue;
        }
        batch.lines.push((number, line));
        let full =
            batch.lines.len() >= options.batch_records || batch.bytes.len() >= options.batch_bytes;
        if full
            && sender
                .send(Ok(std::mem::replace(&mut batch, fresh())))
                .is_err()
        {
            return false;
        }
    }
    batch.lines.is_empty() || sender.send(Ok(batch)).is_ok()
}

/// Appends the next line of `reader` to `out`, its `\n` included, as `read_until`
/// does, but finding the line end with a vectorized search (the standard one looks
/// eight bytes at a time). Returns the bytes read: 0 at the end of the input.
fn read_line(reader: &mut dyn BufRead, out: &mut Vec<u8>) -> io::Result<usize> {
    let mut read = 0;
    loop {
        let (done, used) = {
            let available = match reader.fill_buf() {
                Ok(available) => available,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            match memchr::memchr(b'\n', available) {
                Some(end) => {
                    out.extend_from_slice(&available[..=end]);
                    (true, end + 1)
                }
                None => {
                    out.extend_from_slice(available);
                    (available.is_empty(), available.len())
                }
            }
        };
        reader.consume(used);
        read += used;
        if done {
            return Ok(read);
        }
    }
}

/// The name a record's provenance shows for its input: the file name, never a full path.
fn display_name(name: &str) -> String {
    if name == "-" {
        return "-".to_string();
    }
    std::path::Path::new(name)
        .file_name()
        .map_or_else(|| name.to_string(), |n| n.to_string_lossy().into_owned())
}

/// Opens an input (`-` is stdin), decompressing gzip or zstd when its first bytes say so.
pub fn open(name: &str) -> Result<Box<dyn BufRead + Send>, StreamError> {
    let raw: Box<dyn Read + Send> = if name == "-" {
        Box::new(io::stdin())
    } else {
        Box::new(std::fs::File::open(name).map_err(|e| StreamError::Read {
            input: name.to_string(),
            error: e,
        })?)
    };
    let read_error = |error| StreamError::Read {
        input: name.to_string(),
        error,
    };
    let mut reader = decompressed(raw).map_err(read_error)?;
    let head = reader.fill_buf().map_err(read_error)?;
    if let Some(problem) = not_jsonl(head) {
        return Err(read_error(io::Error::new(
            io::ErrorKind::InvalidData,
            problem,
        )));
    }
    Ok(reader)
}

/// What the start of an input is when it cannot be JSONL: binary data (an archive,
/// a compression docclean does not read, an image) or UTF-16 text. Without this
/// check, every "line" of it would come back as an error record.
fn not_jsonl(head: &[u8]) -> Option<String> {
    if let Some(kind) = crate::sniff::binary_kind(head) {
        return Some(format!(
            "{kind}, not JSONL (docclean stream reads JSONL as UTF-8 text, plain or \
             compressed with gzip or zstd)"
        ));
    }
    let utf16 = head.starts_with(&[0xff, 0xfe])
        || head.starts_with(&[0xfe, 0xff])
        || crate::sniff::looks_like_bomless_utf16(head);
    utf16.then(|| {
        "UTF-16 text, not JSONL, which is UTF-8 (convert it first, for example with \
         `iconv -f UTF-16 -t UTF-8`)"
            .to_string()
    })
}

fn decompressed(raw: Box<dyn Read + Send>) -> io::Result<Box<dyn BufRead + Send>> {
    const CAPACITY: usize = 1 << 20;
    let mut reader = BufReader::with_capacity(CAPACITY, raw);
    let head = reader.fill_buf()?;
    if head.starts_with(&[0x1f, 0x8b]) {
        let gz = flate2::bufread::MultiGzDecoder::new(reader);
        return Ok(Box::new(BufReader::with_capacity(CAPACITY, gz)));
    }
    if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        let zst = zstd::stream::read::Decoder::with_buffer(reader)?;
        return Ok(Box::new(BufReader::with_capacity(CAPACITY, zst)));
    }
    Ok(Box::new(reader))
}

/// Cleans one line into its output line. Never fails: problems become an `error` field.
fn process_line(pipeline: &Pipeline, options: &StreamOptions, line: &Line<'_>) -> Processed {
    let at = format!("{}:{}", line.input, line.number);
    // Checked as UTF-8 first (vectorized), the line is read as a `str`: serde_json then
    // no longer validates every string it reads. Other lines are parsed as bytes, for
    // serde_json's own message on where they go wrong.
    let Ok(json) = simdutf8::basic::from_utf8(line.bytes) else {
        let message = match serde_json::from_slice::<Value>(line.bytes) {
            Err(e) => format!("{at}: invalid JSON: {e}"),
            Ok(_) => format!("{at}: not UTF-8"),
        };
        return unreadable(RawObject::default(), &at, message);
    };
    // Every field but `text` is kept as the text it came as, to pass through byte for
    // byte; `text` is parsed at once, as it is either the document or replaced.
    let mut object = match RawObject::parse(json, Some(TEXT)) {
        Ok(object) => object,
        Err(e) => {
            let message = if e.is_data() {
                format!("{at}: not a JSON object")
            } else {
                format!("{at}: invalid JSON: {e}")
            };
            return unreadable(RawObject::default(), &at, message);
        }
    };
    let content = match document_content(&object) {
        Ok(content) => content,
        // The record's own fields identify it; its line number within this input would
        // differ when the same record comes through a partition of a larger stream.
        Err(message) => return unreadable(object, &at, message),
    };
    // A numeric id is taken as written.
    let id = match object.get("id") {
        Some(Field::Raw(raw))
            if raw
                .get()
                .starts_with(|c: char| c == '-' || c.is_ascii_digit()) =>
        {
            raw.get().to_string()
        }
        Some(field) => field.to_str().unwrap_or_else(|| at.clone()),
        None => at.clone(),
    };
    let source = Source {
        id,
        path: line.input.to_string(),
        bytes: content.bytes(),
        text: content.text(),
        format: Some(content.format),
        declared_encoding: content.declared_encoding(&object),
    };
    let mut cleaned = pipeline.clean(&source);
    drop(content);
    if let Some(url) = object.get("url").and_then(Field::to_str) {
        cleaned.record.url = Some(url);
        cleaned
            .record
            .metadata_sources
            .insert("url".into(), "record".into());
    }
    let text_len = cleaned.text.len();
    // Slots keep the clean text's and the provenance record's places among the record's
    // fields; both are written straight into the output line, with no JSON value tree
    // built for them.
    object.set(TEXT, Field::Slot(TEXT_SLOT));
    if let Some(error) = &cleaned.record.error {
        object.set("error", Field::Value(Value::String(error.clone())));
    }
    attach_provenance(&mut object, options.under_metadata);
    // The input line's fields pass through, so the output is about that long plus the
    // clean text (a few escapes more) and the record.
    let mut json = Vec::with_capacity(line.bytes.len() + text_len * 9 / 8 + 4096);
    object.write(&mut json, &mut |slot, out| {
        if slot == TEXT_SLOT {
            write_str(out, &cleaned.text)
        } else {
            cleaned.record.write_json(out)
        }
    });
    json.push(b'\n');
    Processed {
        json,
        input_error: None,
        stats: RunStats::of(&cleaned.record, text_len),
    }
}

/// The field a record's text comes in and the clean text goes out in.
const TEXT: &str = "text";
/// The slots of an output record: the clean text, and the provenance record.
const TEXT_SLOT: usize = 0;
const RECORD_SLOT: usize = 1;

/// A record's document: the `html` field when it has one, else `text`.
struct Content<'a> {
    /// The document as a string, or as byte values gathered from an array.
    body: Body<'a>,
    format: Format,
}

enum Body<'a> {
    /// A `text` string (parsed with the record) or an `html` one (parsed from its raw
    /// form, which passes through as it came).
    Str(Cow<'a, str>),
    Bytes(Vec<u8>),
}

impl Content<'_> {
    fn bytes(&self) -> &[u8] {
        match &self.body {
            Body::Str(s) => s.as_bytes(),
            Body::Bytes(bytes) => bytes,
        }
    }

    /// The content as the string it came as, if it did.
    fn text(&self) -> Option<&str> {
        match &self.body {
            Body::Str(s) => Some(s),
            Body::Bytes(_) => None,
        }
    }

    /// A JSON string is Unicode already (its bytes are UTF-8), so the record's
    /// `encoding` label only applies to content given as raw bytes.
    fn declared_encoding(&self, object: &RawObject) -> Option<String> {
        match self.body {
            Body::Bytes(_) => object.get("encoding").and_then(Field::to_str),
            Body::Str(_) => None,
        }
    }
}

fn document_content<'a>(object: &'a RawObject) -> Result<Content<'a>, String> {
    for (key, format) in [("html", Format::Html), (TEXT, Format::Text)] {
        let Some(field) = object.get(key).filter(|f| !f.is_null()) else {
            continue;
        };
        let body = match field.to_value() {
            Some(Cow::Borrowed(Value::String(s))) => Some(Body::Str(Cow::Borrowed(s.as_str()))),
            Some(Cow::Owned(Value::String(s))) => Some(Body::Str(Cow::Owned(s))),
            Some(value) => value.as_array().and_then(|items| {
                items
                    .iter()
                    .map(|v| v.as_u64().and_then(|n| u8::try_from(n).ok()))
                    .collect::<Option<Vec<u8>>>()
                    .map(Body::Bytes)
            }),
            None => None,
        };
        return body
            .map(|body| Content { body, format })
            .ok_or_else(|| format!("`{key}` must be a string or an array of byte values (0-255)"));
    }
    Err("record has no `text` or `html` field".to_string())
}

/// Marks the provenance record's place: `metadata.docclean`, or the top-level
/// `docclean` (also when the record's `metadata` is no object).
fn attach_provenance(object: &mut RawObject, under_metadata: bool) {
    if under_metadata {
        let nested = match object.get("metadata") {
            None => Some(RawObject::default()),
            Some(Field::Raw(raw)) if raw.get().starts_with('{') => {
                RawObject::parse(raw.get(), None).ok()
            }
            Some(_) => None,
        };
        if let Some(mut metadata) = nested {
            metadata.set(PROVENANCE_KEY, Field::Slot(RECORD_SLOT));
            object.set("metadata", Field::Object(metadata));
            return;
        }
    }
    object.set(PROVENANCE_KEY, Field::Slot(RECORD_SLOT));
}

/// An output line for a line that is no readable document; `at` locates it for logs.
fn unreadable(mut object: RawObject, at: &str, message: String) -> Processed {
    let located = if message.starts_with(at) {
        message.clone()
    } else {
        format!("{at}: {message}")
    };
    object.set("error", Field::Value(Value::String(message)));
    let mut json = Vec::new();
    // No slots: the record has no clean text and no provenance record.
    object.write(&mut json, &mut |_, out| out.extend_from_slice(b"null"));
    json.push(b'\n');
    Processed {
        json,
        input_error: Some(located),
        stats: RunStats::of_input_error(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Config;

    /// An output record's `error`, or "" when it has none.
    fn error_of(record: &Value) -> &str {
        record["error"].as_str().unwrap_or("")
    }

    /// The output lines of a stream, parsed.
    fn records(out: &str) -> Vec<Value> {
        out.lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    }

    fn stream(
        input: impl AsRef<[u8]>,
        options: &StreamOptions,
    ) -> (String, Result<(), StreamError>) {
        let (out, result, _) = stream_counted(input, options);
        (out, result)
    }

    /// [`stream`], with the run's statistics.
    fn stream_counted(
        input: impl AsRef<[u8]>,
        options: &StreamOptions,
    ) -> (String, Result<(), StreamError>, RunStats) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("in.jsonl");
        std::fs::write(&path, input).unwrap();
        let pipeline = Pipeline::new(Config::default()).unwrap();
        let mut out = Vec::new();
        let mut stats = RunStats::default();
        let name = path.to_string_lossy().into_owned();
        let result = run(
            &pipeline,
            &[name],
            &mut out,
            options,
            &mut stats,
            &Progress::hidden(),
        );
        (String::from_utf8(out).unwrap(), result, stats)
    }

    #[test]
    fn summary_counts_the_records_written() {
        let input = concat!(
            "{\"id\":\"a\",\"text\":\"Photo: Reuters\\nThe council met on Tuesday and agreed to keep the library open.\\n\"}\n",
            "not json\n",
            "{\"id\":\"b\",\"text\":\"A second paragraph of plain prose that stays as it is.\\n\"}\n",
        );
        let (out, result, stats) = stream_counted(input, &StreamOptions::default());
        result.unwrap();
        let lines = records(&out);
        assert_eq!((stats.documents, stats.errors), (3, 1));
        let kept: usize = lines
            .iter()
            .filter_map(|l| l["text"].as_str())
            .map(str::len)
            .sum();
        assert_eq!(stats.bytes_out, kept as u64);
        let removed = lines[0][PROVENANCE_KEY]["removed"]
            .as_array()
            .unwrap()
            .len();
        assert!(removed > 0, "{out}");
        assert_eq!(stats.removed.values().sum::<u64>(), removed as u64);
        // With --fail-fast the run stops at the bad line: only the record before it counts.
        let fail_fast = StreamOptions {
            fail_fast: true,
            ..StreamOptions::default()
        };
        let (_, result, stats) = stream_counted(input, &fail_fast);
        assert!(result.is_err());
        assert_eq!((stats.documents, stats.errors), (1, 0));
    }

    #[test]
    fn keeps_order_and_passthrough_fields() {
        let small = StreamOptions {
            batch_records: 2,
            ..StreamOptions::default()
        };
        let input: String = (0..7).map(|i| format!("{{\"id\":\"d{i}\",\"lang\":\"en\",\"text\":\"Para {i} here.\\n\",\"n\":{i}}}\n")).collect();
        let (out, result) = stream(&input, &small);
        result.unwrap();
        let lines = records(&out);
        assert_eq!(lines.len(), 7);
        for (i, line) in lines.iter().enumerate() {
            let keys: Vec<&str> = line
                .as_object()
                .unwrap()
                .keys()
                .map(String::as_str)
                .collect();
            assert_eq!(keys, ["id", "lang", "text", "n", PROVENANCE_KEY]);
            assert_eq!(line["id"], format!("d{i}"));
            assert_eq!(line["n"], i);
            assert_eq!(line[PROVENANCE_KEY]["id"], format!("d{i}"));
        }
    }

    #[test]
    fn passthrough_fields_keep_their_bytes() {
        // Numbers past what a float holds, a float's own spelling, escapes and spacing
        // in nested values: all go out as they came in.
        let fields = r#""big":123456789012345678901234567890,"f":1.10,"e":1e2,"s":"caf\u00e9 \/","o":{ "k" : [1, 2] }"#;
        let input =
            format!("{{\"id\":12345678901234567890123,{fields},\"text\":\"Fine text.\"}}\n");
        let (out, result) = stream(&input, &StreamOptions::default());
        result.unwrap();
        assert!(
            out.starts_with(&format!(
                "{{\"id\":12345678901234567890123,{fields},\"text\":\"Fine text.\\n\","
            )),
            "{out}"
        );
        let line = &records(&out)[0];
        assert_eq!(line[PROVENANCE_KEY]["id"], "12345678901234567890123");
        // A record that cannot be cleaned passes its fields through too.
        let input = format!("{{{fields},\"text\":5}}\n");
        let (out, _) = stream(&input, &StreamOptions::default());
        assert!(
            out.starts_with(&format!("{{{fields},\"text\":5,\"error\":")),
            "{out}"
        );
    }

    #[test]
    fn bad_lines_become_error_records() {
        let input = "{\"id\":\"a\",\"text\":\"Fine text.\"}\nnot json\n\n{\"id\":\"b\"}\n[1]\n";
        let (out, result) = stream(input, &StreamOptions::default());
        result.unwrap();
        let lines = records(&out);
        assert_eq!(lines.len(), 4, "{out}");
        assert!(lines[0].get("error").is_none());
        assert!(error_of(&lines[1]).contains(":2: invalid JSON"));
        assert_eq!(lines[2]["id"], "b");
        assert_eq!(lines[2]["error"], "record has no `text` or `html` field");
        assert!(error_of(&lines[3]).contains("not a JSON object"));
    }

    #[test]
    fn batches_read_into_reused_buffers_keep_each_line_and_its_number() {
        // One record a batch: every batch after the first few is read into a buffer a
        // longer line filled before.
        let one = StreamOptions {
            batch_records: 1,
            ..StreamOptions::default()
        };
        let long = "Long paragraph of prose here. ".repeat(200);
        let mut input = String::new();
        for round in 0..6 {
            input.push_str(&format!("{{\"id\":\"L{round}\",\"text\":\"{long}\"}}\n\n"));
            input.push_str(&format!(
                "{{\"id\":\"s{round}\",\"text\":\"Short one.\"}}\nnot json\n"
            ));
        }
        let (out, result) = stream(&input, &one);
        result.unwrap();
        let lines = records(&out);
        assert_eq!(lines.len(), 18, "{out}");
        for round in 0..6 {
            let at = round * 3;
            assert_eq!(lines[at]["id"], format!("L{round}"));
            assert_eq!(lines[at]["text"], format!("{}\n", long.trim_end()));
            assert_eq!(lines[at + 1]["id"], format!("s{round}"));
            assert_eq!(lines[at + 1]["text"], "Short one.\n");
            // Four input lines a round (the third blank): "not json" is the fourth.
            let number = round * 4 + 4;
            assert!(
                error_of(&lines[at + 2]).contains(&format!(":{number}: invalid JSON")),
                "{}",
                lines[at + 2]
            );
        }
    }

    #[test]
    fn a_byte_order_mark_opening_the_input_is_skipped() {
        let input =
            "\u{feff}{\"id\":\"a\",\"text\":\"First.\"}\r\n\u{feff}{\"id\":\"b\",\"text\":\"x\"}\n";
        let (out, result) = stream(input, &StreamOptions::default());
        result.unwrap();
        let lines = records(&out);
        assert_eq!(lines.len(), 2, "{out}");
        assert_eq!(lines[0]["id"], "a");
        assert_eq!(lines[0]["text"], "First.\n");
        // Inside the input, the mark is the line's first character: no JSON there.
        assert!(error_of(&lines[1]).contains(":2: invalid JSON"));
    }

    /// A writer that takes at most a few bytes a call, from one buffer at a time.
    struct Trickle(Vec<u8>);

    impl Write for Trickle {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            let n = buf.len().min(7);
            self.0.extend_from_slice(&buf[..n]);
            Ok(n)
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn lines_are_written_whole_and_in_order_through_partial_writes() {
        let lines: Vec<Vec<u8>> = (0..2500)
            .map(|n| format!("{{\"n\":{n}}}\n").into_bytes())
            .collect();
        let mut refs: Vec<&[u8]> = lines.iter().map(Vec::as_slice).collect();
        refs.insert(3, b"");
        let mut out = Trickle(Vec::new());
        write_lines(&mut out, &refs).unwrap();
        assert_eq!(out.0, lines.concat());
    }

    #[test]
    fn lines_are_read_across_buffer_ends() {
        let input = "first line\n\nsecond, longer than the buffer\nlast without end";
        for capacity in [1, 3, 8, 64] {
            let mut reader = BufReader::with_capacity(capacity, input.as_bytes());
            let mut lines = Vec::new();
            loop {
                let mut line = Vec::new();
                let n = read_line(&mut reader, &mut line).unwrap();
                assert_eq!(n, line.len());
                if n == 0 {
                    break;
                }
                lines.push(String::from_utf8(line).unwrap());
            }
            assert_eq!(
                lines,
                [
                    "first line\n",
                    "\n",
                    "second, longer than the buffer\n",
                    "last without end"
                ],
                "capacity {capacity}"
            );
        }
    }

    #[test]
    fn lines_that_are_not_utf8_become_error_records() {
        let mut input = b"{\"id\":\"a\",\"text\":\"Caf\xe9 au lait.\"}\n".to_vec();
        input.extend_from_slice(b"{\"id\":\"b\",\"text\":\"Caf\xc3\xa9 au lait.\"}\n");
        let (out, result) = stream(&input, &StreamOptions::default());
        result.unwrap();
        let lines = records(&out);
        assert_eq!(lines.len(), 2, "{out}");
        let error = lines[0]["error"].as_str().unwrap();
        assert!(error.contains(":1: invalid JSON"), "{error}");
        assert!(error.contains("invalid unicode code point"), "{error}");
        assert!(error.contains("column 22"), "{error}");
        assert_eq!(lines[1]["text"], "Café au lait.\n");
        assert!(lines[1].get("error").is_none());
    }

    #[test]
    fn fail_fast_stops_after_earlier_records() {
        let input =
            "{\"id\":\"a\",\"text\":\"Fine text.\"}\nnot json\n{\"id\":\"c\",\"text\":\"More.\"}\n";
        let options = StreamOptions {
            fail_fast: true,
            ..StreamOptions::default()
        };
        let (out, result) = stream(input, &options);
        assert!(
            matches!(result, Err(StreamError::Record(ref m)) if m.contains(":2:")),
            "{result:?}"
        );
        assert_eq!(out.lines().count(), 1);
    }

    #[test]
    fn byte_content_uses_declared_encoding() {
        // "Привет, мир. Это текст." in windows-1251, as byte values.
        let text = "Привет, мир. Это текст.\n";
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(text);
        let list: Vec<String> = bytes.iter().map(|b| b.to_string()).collect();
        let input = format!(
            "{{\"id\":\"r\",\"encoding\":\"windows-1251\",\"text\":[{}]}}\n",
            list.join(",")
        );
        let (out, result) = stream(&input, &StreamOptions::default());
        result.unwrap();
        let line: Value = serde_json::from_str(out.trim_end()).unwrap();
        assert_eq!(line["text"], text);
        assert_eq!(line[PROVENANCE_KEY]["source"]["encoding"], "windows-1251");
        assert_eq!(
            line[PROVENANCE_KEY]["source"]["encoding_source"],
            "declared"
        );
    }

    #[test]
    fn provenance_under_metadata() {
        let input = "{\"id\":\"a\",\"metadata\":{\"k\":1},\"text\":\"Fine text.\",\"url\":\"https://example.org/a\"}\n";
        let options = StreamOptions {
            under_metadata: true,
            ..StreamOptions::default()
        };
        let (out, result) = stream(input, &options);
        result.unwrap();
        let line: Value = serde_json::from_str(out.trim_end()).unwrap();
        assert_eq!(line["metadata"]["k"], 1);
        assert_eq!(
            line["metadata"][PROVENANCE_KEY]["url"],
            "https://example.org/a"
        );
        assert!(line.get(PROVENANCE_KEY).is_none());
    }
}
