//! Turns a folder of HTML pages into the plain text a naive scraper gets from them
//! (the tag stripper `docclean eval --as-text` scores with), one `.txt` per page. The
//! benchmark uses it to time text cleaning on real pages' residue.
//!
//! ```text
//! cargo run --release --example naive_text -- HTML_DIR OUT_DIR
//! ```
//!
//! Pages that are not valid UTF-8 are read lossily; other files are skipped.

use std::path::Path;

use anyhow::{bail, Context, Result};

fn main() {
    if let Err(e) = run() {
        eprintln!("naive_text: {e:#}");
        std::process::exit(1);
    }
}

fn run() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = args.as_slice() else {
        bail!("usage: naive_text HTML_DIR OUT_DIR");
    };
    let (input, output) = (Path::new(input), Path::new(output));
    std::fs::create_dir_all(output)
        .with_context(|| format!("{}: cannot create", output.display()))?;
    let mut pages = 0;
    for entry in
        std::fs::read_dir(input).with_context(|| format!("{}: cannot read", input.display()))?
    {
        let path = entry
            .with_context(|| format!("{}: cannot list", input.display()))?
            .path();
        if path.extension().and_then(|e| e.to_str()) != Some("html") {
            continue;
        }
        let bytes =
            std::fs::read(&path).with_context(|| format!("{}: cannot read", path.display()))?;
        let text = docclean::eval::strip_tags(&String::from_utf8_lossy(&bytes));
        let name = path.with_extension("txt");
        let target = output.join(name.file_name().context("a page without a file name")?);
        std::fs::write(&target, text)
            .with_context(|| format!("{}: cannot write", target.display()))?;
        pages += 1;
    }
    if pages == 0 {
        bail!("{}: no .html pages", input.display());
    }
    eprintln!("naive_text: {pages} pages into {}", output.display());
    Ok(())
}
