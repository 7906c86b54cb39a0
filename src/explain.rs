//! `docclean explain`: the document block by block, each removed block marked with the
//! code and name of the rule that removed it, each inline cut shown before its line.

use std::fmt::Write;

use crate::pipeline::{Cleaned, TraceLine};

const RED: &str = "\x1b[31m";
const YELLOW: &str = "\x1b[33m";
const DIM: &str = "\x1b[2m";
const RESET: &str = "\x1b[0m";

/// Renders a trace; `color` adds ANSI colours (for a terminal).
pub fn render(cleaned: &Cleaned, trace: &[TraceLine], color: bool) -> String {
    let paint = |code: &str, s: &str| {
        if color {
            format!("{code}{s}{RESET}")
        } else {
            s.to_string()
        }
    };
    let mut out = String::new();
    let mut last_para = None;
    for line in trace {
        if last_para.is_some() && last_para != Some(line.para) {
            out.push('\n');
        }
        last_para = Some(line.para);
        for (code, name, text) in &line.cuts {
            let _ = writeln!(
                out,
                "{}",
                paint(YELLOW, &format!("  ✂ [{code} {name}] {text}"))
            );
        }
        match line.removed {
            Some((code, name)) => {
                let _ = writeln!(
                    out,
                    "{}",
                    paint(RED, &format!("- [{code} {name}] {}", line.text))
                );
            }
            None => {
                // A code block's lines each under the margin, so its layout shows.
                for text in line.text.split('\n') {
                    let _ = writeln!(out, "  {text}");
                }
            }
        }
    }
    let record = &cleaned.record;
    let mut summary = String::new();
    let _ = writeln!(summary, "\n--- {}", record.source.path);
    if let Some(error) = &record.error {
        let _ = writeln!(summary, "error: {error}");
    }
    let field = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
    let _ = writeln!(summary, "title: {}", field(&record.title));
    let authors = if record.authors.is_empty() {
        "-".to_string()
    } else {
        record.authors.join("; ")
    };
    let _ = writeln!(summary, "authors: {authors}");
    let _ = writeln!(
        summary,
        "published: {}  publisher: {}",
        field(&record.published),
        field(&record.publisher)
    );
    let _ = writeln!(
        summary,
        "encoding: {} ({})",
        record.source.encoding, record.source.encoding_source
    );
    let normalized: Vec<String> = record
        .normalized
        .iter()
        .map(|(k, v)| format!("{k}×{v}"))
        .collect();
    let _ = writeln!(
        summary,
        "normalized: {}",
        if normalized.is_empty() {
            "-".into()
        } else {
            normalized.join(" ")
        }
    );
    out.push_str(&paint(DIM, &summary));
    out
}
