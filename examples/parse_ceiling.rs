//! The machine's yardstick for the benchmark: reads every `.html` page of a folder and
//! parses it with scraper's `Html::parse_document`, nothing else, on N threads. The
//! throughput goals were set where this ran at about 100 MB/s per core, so its figure
//! on another machine tells how that machine's figures compare with the goals.
//!
//! ```text
//! cargo run --release --example parse_ceiling -- HTML_DIR THREADS
//! ```
//!
//! Prints the pages, bytes and element count parsed (the count keeps the parse from
//! being optimized away and shows that every run parsed the same pages).

use std::path::Path;

use anyhow::{bail, Context, Result};
use rayon::prelude::*;

fn main() {
    if let Err(e) = run() {
        eprintln!("parse_ceiling: {e:#}");
        std::process::exit(1);
    }
}

fn run() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, threads] = args.as_slice() else {
        bail!("usage: parse_ceiling HTML_DIR THREADS");
    };
    let input = Path::new(input);
    let threads: usize = threads
        .parse()
        .ok()
        .filter(|&n| n > 0)
        .with_context(|| format!("threads must be a positive number, not {threads:?}"))?;
    let mut paths = Vec::new();
    for entry in
        std::fs::read_dir(input).with_context(|| format!("{}: cannot read", input.display()))?
    {
        let path = entry
            .with_context(|| format!("{}: cannot list", input.display()))?
            .path();
        if path.extension().and_then(|e| e.to_str()) == Some("html") {
            paths.push(path);
        }
    }
    if paths.is_empty() {
        bail!("{}: no .html pages", input.display());
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .context("cannot start the thread pool")?;
    let (bytes, elements) = pool.install(|| {
        paths
            .par_iter()
            .map(|path| -> Result<(usize, usize)> {
                let bytes = std::fs::read(path)
                    .with_context(|| format!("{}: cannot read", path.display()))?;
                let page = scraper::Html::parse_document(&String::from_utf8_lossy(&bytes));
                let elements = page.tree.nodes().filter(|n| n.value().is_element()).count();
                Ok((bytes.len(), elements))
            })
            .try_reduce(|| (0, 0), |a, b| Ok((a.0 + b.0, a.1 + b.1)))
    })?;
    println!(
        "parse_ceiling: {} pages, {bytes} bytes, {elements} elements",
        paths.len()
    );
    Ok(())
}
