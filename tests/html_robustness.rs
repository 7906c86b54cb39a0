//! HTML pages that must not break the run: malformed markup, absurd nesting, a 50 MB
//! page, a page with no article, binary junk and an empty file named `.html`. Each
//! document gets a clear result or error; none may panic or overflow the stack.

use std::path::Path;

use docclean::sniff::Format;
use docclean::{corpus, Config, Pipeline, Source};
use serde_json::Value;

fn pipeline() -> Pipeline {
    Pipeline::new(Config::default()).expect("default config is valid")
}

fn clean_html(html: &str) -> docclean::Cleaned {
    let source = Source {
        id: "page".into(),
        path: "page.html".into(),
        bytes: html.as_bytes(),
        format: Some(Format::Html),
        text: None,
        declared_encoding: None,
    };
    pipeline().clean(&source)
}

const PROSE: &str =
    "The council met on Tuesday evening and, after a long debate about the budget, \
    agreed to keep the library open on Sundays. Residents had asked for this for years.";

#[test]
fn malformed_markup_still_yields_the_text() {
    let html = format!(
        "<html><body><div class=content><p>{PROSE}<p>Second <b>bold <i>nested</b> wrongly</i> closed.\
         </div></div></span><p class='x>{PROSE}</p><table><tr><td>cell<div>in cell</td></tr>\
         <p>Stray &amp; entities &nbsp; and &bogus; ones <!-- unclosed comment"
    );
    let cleaned = clean_html(&html);
    assert_eq!(cleaned.record.error, None);
    assert!(
        cleaned.text.contains("agreed to keep the library open"),
        "{}",
        cleaned.text
    );
}

#[test]
fn inline_tags_add_no_spaces_and_ruby_soft_hyphens_go() {
    let html = format!(
        "<html><body><article><p>{PROSE} Wa<b>ter</b>proof, Klima\u{ad}wandel and \
         <ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp></ruby>字 here.<br>After a break.</p></article></body></html>"
    );
    let cleaned = clean_html(&html);
    assert!(
        cleaned
            .text
            .contains("Waterproof, Klimawandel and 漢字 here."),
        "{}",
        cleaned.text
    );
    assert!(cleaned.text.contains("After a break."));
}

#[test]
fn hundred_thousand_nested_divs_do_not_overflow() {
    let depth = 100_000;
    let html = format!(
        "<html><body>{}<p>{PROSE}</p>{}</body></html>",
        "<div>".repeat(depth),
        "</div>".repeat(depth)
    );
    // Test threads have small stacks, so any recursion over the tree would overflow here.
    let cleaned = clean_html(&html);
    assert_eq!(cleaned.record.error, None);
    assert!(cleaned.text.contains("agreed to keep the library open"));
}

/// A 50 MB page: a huge inline script and style, a long navigation list, and an
/// article of many paragraphs.
fn fifty_megabytes() -> String {
    let mut html = String::with_capacity(51 << 20);
    html.push_str(
        "<!doctype html><html><head><title>A very big page | Site</title><script>var data = [",
    );
    while html.len() < 30 << 20 {
        html.push_str("{\"k\": \"<div>not markup</div>\", \"v\": 12345},");
    }
    html.push_str("];</script></head><body><nav><ul>");
    while html.len() < 35 << 20 {
        html.push_str("<li><a href=\"/section\">Section link</a></li>");
    }
    html.push_str("</ul></nav><article>");
    while html.len() < 50 << 20 {
        html.push_str("<p>");
        for _ in 0..20 {
            html.push_str(PROSE);
            html.push(' ');
        }
        html.push_str("</p>\n");
    }
    html.push_str("</article></body></html>");
    html
}

#[test]
fn fifty_megabyte_page_is_segmented() {
    let html = fifty_megabytes();
    let (blocks, meta) = docclean::segment::html::segment(&html);
    assert!(blocks.len() > 1000, "{} blocks", blocks.len());
    assert!(blocks
        .iter()
        .filter(|b| b.removed_by.is_none())
        .all(|b| !b.text.contains("Section link") && !b.text.contains("not markup")));
    let left_out: Vec<_> = blocks.iter().filter(|b| b.removed_by.is_some()).collect();
    assert!(
        left_out.len() < 10,
        "a run of menu links is one ledger entry"
    );
    assert!(left_out.iter().all(|b| b.text.len() < 2100));
    assert_eq!(
        meta.title.map(|t| t.value).as_deref(),
        Some("A very big page")
    );
}

#[test]
fn page_without_an_article_is_reported_not_fatal() {
    let html = "<html><body><nav><a href=/>Home</a> <a href=/a>About</a></nav>\
                <footer><a href=/imprint>Imprint</a></footer></body></html>";
    let cleaned = clean_html(html);
    assert!(cleaned.text.is_empty());
    assert_eq!(
        cleaned.record.error.as_deref(),
        Some("no text left after cleaning")
    );
}

fn manifest(out: &Path) -> Vec<Value> {
    let text = std::fs::read_to_string(out.join("manifest.jsonl")).expect("manifest written");
    text.lines()
        .map(|l| serde_json::from_str(l).expect("manifest line is JSON"))
        .collect()
}

#[test]
fn junk_and_empty_files_named_html_do_not_stop_the_run() {
    let input = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let junk: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    std::fs::write(input.path().join("junk.html"), &junk).unwrap();
    std::fs::write(input.path().join("empty.html"), b"").unwrap();
    std::fs::write(
        input.path().join("good.html"),
        format!("<html><body><article><p>{PROSE}</p></article></body></html>"),
    )
    .unwrap();
    let summary = corpus::clean_corpus(&pipeline(), &[input.path().to_path_buf()], out.path())
        .expect("run completes");
    assert_eq!(summary.documents, 3);
    let lines = manifest(out.path());
    let by_id = |id: &str| {
        lines
            .iter()
            .find(|l| l["id"] == id)
            .unwrap_or_else(|| panic!("{id} in manifest"))
    };
    assert!(by_id("junk")["error"].is_string());
    assert_eq!(by_id("empty")["error"], "empty document");
    assert!(by_id("good")["error"].is_null());
    let good = std::fs::read_to_string(out.path().join("good.txt")).unwrap();
    assert!(good.contains("agreed to keep the library open"));
}

#[test]
fn metadata_comes_from_meta_tags_and_json_ld() {
    let html = format!(
        r#"<html lang="en-GB"><head><title>Council keeps library open | The Example Post</title>
        <meta property="og:site_name" content="The Example Post">
        <meta property="article:published_time" content="2023-04-05T09:30:00+01:00">
        <link rel="canonical" href="https://example.org/news/library">
        <script type="application/ld+json">{{"@type":"NewsArticle","author":[{{"@type":"Person","name":"Mara Quill"}}]}}</script>
        </head><body><article><h1>Council keeps library open</h1><p>{PROSE}</p></article></body></html>"#
    );
    let cleaned = clean_html(&html);
    let r = &cleaned.record;
    assert_eq!(r.title.as_deref(), Some("Council keeps library open"));
    assert_eq!(r.authors, ["Mara Quill"]);
    assert_eq!(r.published.as_deref(), Some("2023-04-05"));
    assert_eq!(r.publisher.as_deref(), Some("The Example Post"));
    assert_eq!(r.url.as_deref(), Some("https://example.org/news/library"));
    assert_eq!(r.language.as_deref(), Some("en-GB"));
    assert_eq!(
        r.metadata_sources.get("authors").map(String::as_str),
        Some("json-ld:author")
    );
    assert_eq!(
        r.metadata_sources.get("published").map(String::as_str),
        Some("article:published_time")
    );
}
