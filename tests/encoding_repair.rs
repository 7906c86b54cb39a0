//! Encoding repair inside the pipeline: where EN rules run, how they are counted and
//! switched off, and the line-end and control-character handling after them.

use docclean::sniff::Format;
use docclean::{Config, Pipeline, Source};

fn clean(pipeline: &Pipeline, bytes: &[u8], format: Format) -> docclean::Cleaned {
    let source = Source {
        id: "doc".into(),
        path: "doc".into(),
        bytes,
        format: Some(format),
        text: None,
        declared_encoding: None,
    };
    pipeline.clean(&source)
}

const TEXT: &str =
    "Le café de la gare\n\nIl était une fois un café où l’on parlait de tout, même de la pluie.\n";

#[test]
fn mojibake_in_text_is_repaired_and_counted() {
    let pipeline = Pipeline::new(Config::default()).unwrap();
    let damaged = encoding_rs::WINDOWS_1252
        .decode_without_bom_handling(TEXT.as_bytes())
        .0;
    let original = clean(&pipeline, TEXT.as_bytes(), Format::Text);
    let repaired = clean(&pipeline, damaged.as_bytes(), Format::Text);
    assert_eq!(repaired.text, original.text);
    assert_eq!(repaired.record.normalized.get("EN001"), Some(&6));
    assert_eq!(original.record.normalized.get("EN001"), None);
}

#[test]
fn ignoring_the_rules_keeps_the_damage() {
    let damaged = "Tom &amp; Jerry at the cafÃ©, again.\n".as_bytes();
    let ignoring = |code: &str| {
        let config = Config {
            ignore: vec![code.into()],
            ..Config::default()
        };
        clean(&Pipeline::new(config).unwrap(), damaged, Format::Text)
    };
    let cleaned = ignoring("EN");
    assert!(
        cleaned.text.contains("&amp;") && cleaned.text.contains("cafÃ©"),
        "{}",
        cleaned.text
    );
    let cleaned = ignoring("EN001");
    assert!(
        cleaned.text.starts_with("Tom & Jerry at the cafÃ©"),
        "{}",
        cleaned.text
    );
}

#[test]
fn html_text_nodes_are_repaired_but_entities_are_the_parsers() {
    let pipeline = Pipeline::new(Config::default()).unwrap();
    let page = "<!doctype html><html><head><title>t</title></head><body><article>\
        <p>Il Ã©tait une fois un cafÃ© oÃ¹ lâ€™on parlait de tout, mÃªme de la pluie et du beau temps.</p>\
        <p>Write &amp;amp; to show an ampersand entity in a page about HTML escaping rules.</p>\
        </article></body></html>";
    let cleaned = clean(&pipeline, page.as_bytes(), Format::Html);
    assert!(
        cleaned
            .text
            .contains("Il était une fois un café où l'on parlait"),
        "{}",
        cleaned.text
    );
    assert!(
        cleaned.text.contains("Write &amp; to show"),
        "{}",
        cleaned.text
    );
    assert!(cleaned
        .record
        .normalized
        .get("EN001")
        .is_some_and(|&n| n >= 5));
    assert_eq!(cleaned.record.normalized.get("EN003"), None);
}

#[test]
fn line_ends_and_controls() {
    let pipeline = Pipeline::new(Config::default()).unwrap();
    let lf = clean(&pipeline, TEXT.as_bytes(), Format::Text).text;
    for variant in [TEXT.replace('\n', "\r\n"), TEXT.replace('\n', "\r")] {
        assert_eq!(clean(&pipeline, variant.as_bytes(), Format::Text).text, lf);
    }
    let noisy = TEXT
        .replace("gare", "ga\u{1}re\u{7f}")
        .replace("pluie", "plu\u{202e}ie\u{200f}\u{85}");
    assert_eq!(clean(&pipeline, noisy.as_bytes(), Format::Text).text, lf);
    let decomposed = TEXT.replace('é', "e\u{301}");
    assert_eq!(
        clean(&pipeline, decomposed.as_bytes(), Format::Text).text,
        lf
    );
}

#[test]
fn cyrillic_mojibake_in_a_text_document() {
    let pipeline = Pipeline::new(Config::default()).unwrap();
    let text = "Новости дня\n\nМинистр заявил, что переговоры прошли «конструктивно» и продолжатся завтра.\n";
    let original = clean(&pipeline, text.as_bytes(), Format::Text);
    for encoding in [encoding_rs::WINDOWS_1251, encoding_rs::KOI8_R] {
        let damaged = encoding.decode_without_bom_handling(text.as_bytes()).0;
        let repaired = clean(&pipeline, damaged.as_bytes(), Format::Text);
        assert_eq!(repaired.text, original.text, "{}", encoding.name());
        assert!(repaired
            .record
            .normalized
            .get("EN002")
            .is_some_and(|&n| n > 20));
    }
}

#[test]
fn escaped_carriage_returns_leave_no_lines_behind() {
    // A CMS's `&#13;` on lines of their own, and at the end of a line.
    let text =
        "Was genau ist das?\n&#13;\n&#13;\n\nBei der Initiative machen heute viele mit.&#13;\n";
    let pipeline = Pipeline::new(Config::default()).unwrap();
    let cleaned = clean(&pipeline, text.as_bytes(), Format::Text);
    assert_eq!(
        cleaned.text,
        "Was genau ist das?\n\nBei der Initiative machen heute viele mit.\n"
    );
}
