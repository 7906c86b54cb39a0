//! Command-line interface: `clean`, `stream`, `explain`, `rules`.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use clap::{Args, Parser, Subcommand};

use docclean::pipeline::{all_metas, Pipeline, Source};
use docclean::report::{Progress, RunStats};
use docclean::sniff::Format;
use docclean::stream::{StreamError, StreamOptions};
use docclean::{corpus, decode, explain, Config};

#[derive(Parser)]
#[command(
    name = "docclean",
    version,
    about = "Clean raw scraped documents into a normalized corpus with provenance"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Clean files and folders into OUT: <stem>.txt, <stem>.json and manifest.jsonl.
    Clean(CleanArgs),
    /// Clean JSONL records (`id`, `text` or `html`) from files or stdin into JSONL on stdout.
    Stream(StreamArgs),
    /// Show a document block by block, with each removal marked by its rule code.
    Explain(ExplainArgs),
    /// List every rule, or explain one: `docclean rules BP001`.
    Rules {
        code: Option<String>,
        /// Print the listing as the markdown table the README shows.
        #[arg(long)]
        markdown: bool,
    },
    /// Score HTML extraction on annotated pages (expectations.json + html/).
    Eval(EvalArgs),
}

#[derive(Args)]
pub struct EvalArgs {
    /// Folder with expectations.json and html/.
    #[arg(long, value_name = "DIR", default_value = "../shared/devdata")]
    pub devdata: PathBuf,
    /// Also list, per page, the snippets missed and the unwanted ones kept.
    #[arg(long)]
    pub misses: bool,
    /// Give the pages to the pipeline as text from a naive tag stripper, to score the
    /// text rules on real residue.
    #[arg(long)]
    pub as_text: bool,
    #[command(flatten)]
    pub common: Common,
}

#[derive(Args)]
pub struct Common {
    /// TOML config file (rules, phrases, alias tables, punctuation policy).
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Decode every document with this encoding unless it starts with a BOM.
    #[arg(long, value_name = "LABEL")]
    pub encoding: Option<String>,
}

#[derive(Args)]
pub struct CleanArgs {
    /// Files or folders to clean.
    #[arg(default_value = "raw")]
    pub inputs: Vec<PathBuf>,
    /// Output folder.
    #[arg(short, long, default_value = "clean")]
    pub out: PathBuf,
    /// Worker threads (default: one per core).
    #[arg(short = 'j', long)]
    pub threads: Option<usize>,
    /// Clean every document again, even those whose outputs are up to date.
    #[arg(long)]
    pub force: bool,
    /// Clean only shard K of N (1 <= K <= N), chosen by a hash of each document's path;
    /// the manifest is written as manifest.K-of-N.jsonl.
    #[arg(long, value_name = "K/N")]
    pub shard: Option<corpus::Shard>,
    /// No progress bar and no summary on stderr (failed documents are still listed).
    #[arg(short, long)]
    pub quiet: bool,
    /// Benchmarks only: copy each document's bytes to <stem>.txt and write a bare
    /// <stem>.json record, without cleaning (the file layout's I/O ceiling).
    #[arg(long, hide = true)]
    pub io_only: bool,
    #[command(flatten)]
    pub common: Common,
}

#[derive(Args)]
pub struct StreamArgs {
    /// JSONL files (`.gz` and `.zst` too); none or `-` reads stdin.
    pub files: Vec<String>,
    /// Stop with exit code 1 at the first line that is not a readable record.
    #[arg(long)]
    pub fail_fast: bool,
    /// Put the provenance record at `metadata.docclean` instead of a top-level `docclean`.
    #[arg(long)]
    pub under_metadata: bool,
    /// Worker threads (default: one per core).
    #[arg(short = 'j', long)]
    pub threads: Option<usize>,
    /// Records per batch: memory holds about three batches at a time [default: 128 per
    /// thread, at least 256].
    #[arg(long, value_name = "N")]
    pub batch_records: Option<usize>,
    /// Batch size limit in megabytes of input lines [default: 1 per thread, at least 2].
    #[arg(long, value_name = "MB")]
    pub batch_mb: Option<usize>,
    /// No progress bar and no summary on stderr.
    #[arg(short, long)]
    pub quiet: bool,
    #[command(flatten)]
    pub common: Common,
}

#[derive(Args)]
pub struct ExplainArgs {
    pub file: PathBuf,
    /// Colour the output: auto (on a terminal), always, never.
    #[arg(long, default_value = "auto")]
    pub color: String,
    #[command(flatten)]
    pub common: Common,
}

fn pipeline(common: &Common) -> Result<Pipeline> {
    let config = match &common.config {
        Some(path) => Config::load(path)?,
        None => Config::default(),
    };
    let encoding = match &common.encoding {
        Some(label) => Some(
            decode::encoding_for_label(label)
                .with_context(|| format!("--encoding: unknown encoding label `{label}`"))?,
        ),
        None => None,
    };
    Ok(Pipeline::new(config)?.with_encoding_override(encoding))
}

/// Runs the command; returns the process exit code.
pub fn run(cli: Cli) -> Result<i32> {
    match cli.command {
        Command::Clean(args) => clean(args),
        Command::Stream(args) => stream(args),
        Command::Explain(args) => explain_file(args),
        Command::Rules { code, markdown } => rules(code.as_deref(), markdown),
        Command::Eval(args) => eval(args),
    }
}

/// Sizes rayon's global pool; by default it has one thread per core.
fn use_threads(threads: Option<usize>) {
    if let Some(threads) = threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads.max(1))
            .build_global()
            .ok();
    }
}

fn clean(args: CleanArgs) -> Result<i32> {
    let pipeline = pipeline(&args.common)?;
    use_threads(args.threads);
    let options = corpus::CleanOptions {
        force: args.force,
        shard: args.shard,
        progress: !args.quiet && std::io::stderr().is_terminal(),
        io_only: args.io_only,
    };
    let started = Instant::now();
    let summary = corpus::clean_corpus_with(&pipeline, &args.inputs, &args.out, &options)?;
    for (path, error) in &summary.failed {
        eprintln!("docclean: {path}: {error}");
    }
    // Not an error (the folder's documents are all cleaned), but never silent: `-q`
    // keeps these notes.
    for path in &summary.passed_over {
        eprintln!(
            "docclean: {}: passed over: JSONL records, not one document; clean them with \
             `docclean stream`",
            path.display()
        );
    }
    if !args.quiet {
        eprint!("{}", summary.stats.render(started.elapsed()));
        eprintln!("docclean: output in {}", args.out.display());
    }
    Ok(if summary.failed.is_empty() { 0 } else { 1 })
}

fn stream(args: StreamArgs) -> Result<i32> {
    let pipeline = pipeline(&args.common)?;
    use_threads(args.threads);
    let files = if args.files.is_empty() {
        vec!["-".to_string()]
    } else {
        args.files
    };
    let defaults = StreamOptions::for_threads(rayon::current_num_threads());
    let options = StreamOptions {
        batch_records: args
            .batch_records
            .map_or(defaults.batch_records, |n| n.max(1)),
        batch_bytes: args
            .batch_mb
            .map_or(defaults.batch_bytes, |mb| mb.max(1) << 20),
        fail_fast: args.fail_fast,
        under_metadata: args.under_metadata,
    };
    let progress = Progress::new(None, !args.quiet && std::io::stderr().is_terminal());
    let mut stats = RunStats::default();
    let started = Instant::now();
    let mut out = std::io::BufWriter::with_capacity(1 << 20, std::io::stdout().lock());
    let result =
        docclean::stream::run(&pipeline, &files, &mut out, &options, &mut stats, &progress);
    progress.finish();
    match result {
        Err(e) if e.is_broken_pipe() => return Ok(0),
        Err(StreamError::Record(message)) => {
            eprintln!("docclean: {message} (stopped by --fail-fast)");
            return Ok(1);
        }
        other => other?,
    }
    if !args.quiet {
        eprint!("{}", stats.render(started.elapsed()));
    }
    Ok(0)
}

fn explain_file(args: ExplainArgs) -> Result<i32> {
    let pipeline = pipeline(&args.common)?;
    let bytes = corpus::read_document(&args.file)
        .with_context(|| format!("{}: cannot read", args.file.display()))?;
    let name = args
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let lower = name.to_lowercase();
    let inner = lower.strip_suffix(".gz").unwrap_or(&lower);
    let format = std::path::Path::new(inner)
        .extension()
        .and_then(|e| Format::from_extension(&e.to_string_lossy()));
    let source = Source {
        id: docclean::io::walk::stem_of(&name),
        path: name,
        bytes: &bytes,
        format,
        text: None,
        declared_encoding: None,
    };
    let (cleaned, trace) = pipeline.trace(&source);
    let color = match args.color.as_str() {
        "always" => true,
        "never" => false,
        "auto" => std::io::stdout().is_terminal(),
        other => bail!("--color: expected auto, always or never, got `{other}`"),
    };
    write_stdout(&explain::render(&cleaned, &trace, color))?;
    Ok(if cleaned.record.error.is_some() { 1 } else { 0 })
}

fn eval(args: EvalArgs) -> Result<i32> {
    if !args.devdata.is_dir() {
        println!("skipped: {} not found", args.devdata.display());
        return Ok(0);
    }
    let config = match &args.common.config {
        Some(path) => Config::load(path)?,
        None => Config::default(),
    };
    let pipeline = Pipeline::new(docclean::eval::scoring_config(config))?;
    let started = Instant::now();
    let input = if args.as_text {
        docclean::eval::PageInput::NaiveText
    } else {
        docclean::eval::PageInput::Html
    };
    let scores = docclean::eval::evaluate_as(&pipeline, &args.devdata, input)?;
    let seconds = started.elapsed().as_secs_f64();
    let mut out = String::new();
    if args.misses {
        for page in scores
            .pages
            .iter()
            .filter(|p| !p.missed.is_empty() || !p.leaked.is_empty() || p.error.is_some())
        {
            out.push_str(&format!("{}\n", page.file));
            if let Some(error) = &page.error {
                out.push_str(&format!("  error: {error}\n"));
            }
            page.missed
                .iter()
                .for_each(|s| out.push_str(&format!("  missed: {s}\n")));
            page.leaked
                .iter()
                .for_each(|s| out.push_str(&format!("  leaked: {s}\n")));
        }
    }
    out.push_str(&scores.summary());
    out.push_str(&format!(
        "{:.1} MB in {seconds:.1} s\n",
        scores.bytes as f64 / 1e6
    ));
    write_stdout(&out)?;
    Ok(0)
}

fn rules(code: Option<&str>, markdown: bool) -> Result<i32> {
    let metas = all_metas();
    if markdown {
        write_stdout(&docclean::rules::markdown_table(&metas))?;
        return Ok(0);
    }
    match code {
        None => {
            let mut out = String::new();
            for meta in &metas {
                out.push_str(&format!(
                    "{}  {:<22} {}\n",
                    meta.code,
                    meta.name,
                    meta.summary()
                ));
            }
            write_stdout(&out)?;
        }
        Some(code) => {
            let Some(meta) = metas
                .iter()
                .find(|m| m.code.eq_ignore_ascii_case(code) || m.name == code)
            else {
                bail!("no rule with code or name `{code}` (see `docclean rules`)");
            };
            write_stdout(&format!(
                "{} {}\n\n{}\n",
                meta.code,
                meta.name,
                meta.explanation()
            ))?;
        }
    }
    Ok(0)
}

/// Writes to stdout; a closed pipe (`| head`) ends quietly.
pub fn write_stdout(s: &str) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(s.as_bytes()).and_then(|_| stdout.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => std::process::exit(0),
        other => Ok(other?),
    }
}
