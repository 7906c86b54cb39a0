//! Encoding invariance: every document in `raw/`, saved as UTF-16LE or UTF-16BE with a
//! BOM, as windows-1251 (when every character has a windows-1251 byte), or as UTF-8
//! mojibake (its UTF-8 bytes read as windows-1252, saved again as UTF-8), must clean to
//! exactly the text the UTF-8 original cleans to. The variants are made in memory.

use std::path::Path;

use docclean::sniff::Format;
use docclean::{Config, Pipeline, Source};
use encoding_rs::{WINDOWS_1251, WINDOWS_1252};

/// Seed documents: variant fixtures in `raw/` carry a second extension
/// (`x.utf16le.txt`) and are checked against their seed by the golden files instead.
fn seeds() -> Vec<(String, String)> {
    let raw = Path::new(env!("CARGO_MANIFEST_DIR")).join("raw");
    let mut seeds: Vec<(String, String)> = std::fs::read_dir(&raw)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt") && n.matches('.').count() == 1)
        .map(|n| {
            let text = std::fs::read_to_string(raw.join(&n)).unwrap();
            (n, text)
        })
        .collect();
    seeds.sort();
    assert!(!seeds.is_empty(), "raw/ holds no seed documents");
    seeds
}

fn utf16(text: &str, little_endian: bool) -> Vec<u8> {
    let mut bytes = if little_endian {
        vec![0xff, 0xfe]
    } else {
        vec![0xfe, 0xff]
    };
    for unit in text.encode_utf16() {
        bytes.extend(if little_endian {
            unit.to_le_bytes()
        } else {
            unit.to_be_bytes()
        });
    }
    bytes
}

/// The variants of one text: (name, bytes).
fn variants(text: &str) -> Vec<(&'static str, Vec<u8>)> {
    let mut out = vec![
        ("utf16le", utf16(text, true)),
        ("utf16be", utf16(text, false)),
    ];
    let (cp1251, _, unmappable) = WINDOWS_1251.encode(text);
    if !unmappable {
        out.push(("windows-1251", cp1251.into_owned()));
    }
    let mojibake = WINDOWS_1252.decode_without_bom_handling(text.as_bytes()).0;
    out.push(("utf8-mojibake", mojibake.into_owned().into_bytes()));
    out
}

fn clean(pipeline: &Pipeline, name: &str, bytes: &[u8]) -> docclean::Cleaned {
    let source = Source {
        id: name.to_string(),
        path: name.to_string(),
        bytes,
        format: Some(Format::Text),
        text: None,
        declared_encoding: None,
    };
    pipeline.clean(&source)
}

#[test]
fn every_variant_cleans_to_the_original_text() {
    let pipeline = Pipeline::new(Config::default()).unwrap();
    let mut failures = Vec::new();
    for (name, text) in seeds() {
        let original = clean(&pipeline, &name, text.as_bytes());
        assert!(
            original.record.error.is_none(),
            "{name}: {:?}",
            original.record.error
        );
        for (variant, bytes) in variants(&text) {
            let cleaned = clean(&pipeline, &name, &bytes);
            if cleaned.text != original.text {
                let diff = similar::TextDiff::from_lines(&original.text, &cleaned.text)
                    .unified_diff()
                    .context_radius(1)
                    .to_string();
                failures.push(format!(
                    "{name} as {variant} (decoded as {} by {}):\n{diff}",
                    cleaned.record.source.encoding, cleaned.record.source.encoding_source
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn variants_record_how_they_were_decoded() {
    let pipeline = Pipeline::new(Config::default()).unwrap();
    let (name, text) = seeds().into_iter().next().unwrap();
    for (variant, bytes) in variants(&text) {
        let record = clean(&pipeline, &name, &bytes).record;
        let (encoding, how) = (
            record.source.encoding.as_str(),
            record.source.encoding_source.as_str(),
        );
        match variant {
            "utf16le" => assert_eq!((encoding, how), ("UTF-16LE", "bom")),
            "utf16be" => assert_eq!((encoding, how), ("UTF-16BE", "bom")),
            "utf8-mojibake" => {
                assert_eq!((encoding, how), ("UTF-8", "detected"));
                assert!(record.normalized.get("EN001").is_some_and(|&n| n > 0));
            }
            _ => assert_eq!(how, "detected", "{variant}"),
        }
    }
}

#[test]
fn bomless_utf16_and_declared_koi8_r_clean_the_same() {
    let pipeline = Pipeline::new(Config::default()).unwrap();
    let text = "Заголовок статьи\n\nПервый абзац текста на русском языке, достаточно длинный.\n\nВторой абзац.\n";
    let original = clean(&pipeline, "ru.txt", text.as_bytes()).text;
    let bomless: Vec<u8> = utf16(text, true).split_off(2);
    assert_eq!(clean(&pipeline, "ru.txt", &bomless).text, original);
    let (koi8, _, _) = encoding_rs::KOI8_R.encode(text);
    let source = Source {
        id: "ru".into(),
        path: "ru.txt".into(),
        bytes: &koi8,
        format: Some(Format::Text),
        text: None,
        declared_encoding: Some("koi8-r".into()),
    };
    let cleaned = pipeline.clean(&source);
    assert_eq!(cleaned.text, original);
    assert_eq!(cleaned.record.source.encoding_source, "declared");
}

/// The variant fixtures saved in `raw/` (`<seed>.<variant>.txt`) clean to their seed's
/// text, as their golden files in `clean/` show.
#[test]
fn raw_variant_fixtures_clean_to_their_seed() {
    let pipeline = Pipeline::new(Config::default()).unwrap();
    let raw = Path::new(env!("CARGO_MANIFEST_DIR")).join("raw");
    let mut checked = 0;
    for entry in std::fs::read_dir(&raw).unwrap().filter_map(|e| e.ok()) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some((seed, _variant)) = name.strip_suffix(".txt").and_then(|s| s.split_once('.'))
        else {
            continue;
        };
        let seed_bytes = std::fs::read(raw.join(format!("{seed}.txt"))).unwrap();
        let bytes = std::fs::read(entry.path()).unwrap();
        assert_eq!(
            clean(&pipeline, &name, &bytes).text,
            clean(&pipeline, seed, &seed_bytes).text,
            "{name}"
        );
        checked += 1;
    }
    assert!(
        checked >= 4,
        "expected variant fixtures in raw/, found {checked}"
    );
}
