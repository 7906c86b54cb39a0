//! Bad input: binary files among the documents, NUL bytes, cut multi-byte sequences and
//! broken UTF-16. Each bad document is reported in the manifest with a reason; the good
//! ones around it are still cleaned; nothing panics.

use std::path::Path;
use std::process::Command;

use docclean::sniff::Format;
use docclean::{Config, Pipeline, Source};
use proptest::prelude::*;
use serde_json::Value;

const PROSE: &str = "Ministers met on Tuesday to discuss the budget.\n\nThe talks lasted three hours and ended without an agreement, officials said.\n";

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    std::fs::write(dir.join(name), bytes).unwrap();
}

/// Runs `docclean clean RAW -o OUT` with `extra` options.
fn run_clean(raw: &Path, out: &Path, extra: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_docclean"))
        .arg("clean")
        .args(extra)
        .arg(raw)
        .arg("-o")
        .arg(out)
        .output()
        .expect("the binary runs")
}

fn manifest(out: &Path) -> Vec<Value> {
    std::fs::read_to_string(out.join("manifest.jsonl"))
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

fn line<'a>(lines: &'a [Value], id: &str) -> &'a Value {
    lines
        .iter()
        .find(|l| l["id"] == id)
        .unwrap_or_else(|| panic!("no manifest line for {id}"))
}

#[test]
fn binary_documents_are_reported_and_the_rest_cleaned() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let raw = dir.path();
    write(raw, "good.txt", PROSE.as_bytes());
    write(
        raw,
        "photo.txt",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0",
    );
    write(
        raw,
        "report.html",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n",
    );
    write(
        raw,
        "archive.txt",
        b"PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0\xa0\x8b",
    );
    let noise: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    write(raw, "noise.txt", &noise);
    let status = run_clean(raw, out.path(), &["-j", "1"]);
    assert_eq!(
        status.status.code(),
        Some(1),
        "a failed document makes the exit code 1"
    );
    let stderr = String::from_utf8_lossy(&status.stderr);
    assert!(
        stderr.contains("photo.txt: unsupported binary content (PNG image)"),
        "{stderr}"
    );
    let lines = manifest(out.path());
    assert_eq!(lines.len(), 5);
    assert_eq!(
        line(&lines, "photo")["error"],
        "unsupported binary content (PNG image)"
    );
    assert_eq!(
        line(&lines, "report")["error"],
        "unsupported binary content (PDF document)"
    );
    assert!(line(&lines, "archive")["error"]
        .as_str()
        .unwrap()
        .contains("ZIP archive"));
    assert!(line(&lines, "noise")["error"]
        .as_str()
        .unwrap()
        .starts_with("unsupported binary content"));
    assert_eq!(line(&lines, "good")["error"], Value::Null);
    let good = std::fs::read_to_string(out.path().join("good.txt")).unwrap();
    assert_eq!(good, PROSE);
    assert!(
        !out.path().join("photo.txt").exists(),
        "no text output for a binary document"
    );
    let record: Value =
        serde_json::from_str(&std::fs::read_to_string(out.path().join("photo.json")).unwrap())
            .unwrap();
    assert_eq!(record["error"], "unsupported binary content (PNG image)");
}

#[test]
fn damaged_text_is_cleaned_not_rejected() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let raw = dir.path();
    let mut nul = PROSE.as_bytes().to_vec();
    nul.insert(10, 0);
    nul.extend_from_slice(b"\0\0");
    write(raw, "nul.txt", &nul);
    let mut cut = "Café crème, déjà vu.\n\nUn texte coupé en plein milieu"
        .as_bytes()
        .to_vec();
    cut.push(0xc3);
    write(raw, "cut.txt", &cut);
    let mut utf16: Vec<u8> = vec![0xff, 0xfe];
    utf16.extend(
        "Broken UTF-16 text.\n\nSecond paragraph "
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes()),
    );
    utf16.extend_from_slice(&[0x00, 0xd8, b'x', 0, 0x41]);
    write(raw, "utf16.txt", &utf16);
    let status = run_clean(raw, out.path(), &[]);
    assert_eq!(
        status.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let text =
        |stem: &str| std::fs::read_to_string(out.path().join(format!("{stem}.txt"))).unwrap();
    assert_eq!(text("nul"), PROSE);
    assert!(text("cut").starts_with("Café crème, déjà vu.\n\nUn texte coupé"));
    assert!(text("utf16").starts_with("Broken UTF-16 text.\n\nSecond paragraph"));
    let record: Value =
        serde_json::from_str(&std::fs::read_to_string(out.path().join("utf16.json")).unwrap())
            .unwrap();
    assert_eq!(record["source"]["encoding"], "UTF-16LE");
    assert_eq!(record["source"]["encoding_source"], "bom");
    assert_eq!(record["source"]["replacements"], 2);
    let record: Value =
        serde_json::from_str(&std::fs::read_to_string(out.path().join("cut.json")).unwrap())
            .unwrap();
    assert_eq!(
        (
            &record["source"]["encoding"],
            &record["source"]["replacements"]
        ),
        (&Value::from("UTF-8"), &Value::from(1))
    );
}

/// One pipeline for every generated case: building it reads the alias tables.
fn pipeline() -> &'static Pipeline {
    static PIPELINE: std::sync::OnceLock<Pipeline> = std::sync::OnceLock::new();
    PIPELINE.get_or_init(|| Pipeline::new(Config::default()).unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn clean_never_panics_on_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..2048), format in 0..4u8) {
        let format = [None, Some(Format::Text), Some(Format::Html), Some(Format::Markdown)][format as usize];
        let source = Source { id: "x".into(), path: "x".into(), bytes: &bytes, text: None, format, declared_encoding: None };
        let cleaned = pipeline().clean(&source);
        prop_assert!(cleaned.record.error.is_some() || !cleaned.text.is_empty());
    }

    #[test]
    fn clean_never_panics_on_mojibake_alphabet(chars in proptest::collection::vec(
        prop_oneof![
            Just('Ã'), Just('Â'), Just('â'), Just('€'), Just('™'), Just('Ð'), Just('Ñ'), Just('Р'), Just('С'),
            Just('Ђ'), Just('ё'), Just('п'), Just('я'), Just('─'), Just('&'), Just(';'), Just('#'), Just('\u{a0}'),
            Just('\u{81}'), Just('\n'), Just('\r'), Just(' '), Just('a'), Just('x'), any::<char>()
        ], 0..200)) {
        let text: String = chars.into_iter().collect();
        let _ = pipeline().clean_text(&text);
    }
}
