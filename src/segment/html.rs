//! HTML pages: the DOM to blocks. This first version keeps the text of block-level
//! elements inside `<body>` that are not navigation, scripts or styling.

use scraper::{ElementRef, Html, Node};

use crate::block::{Block, BlockKind, HtmlFeatures};
use crate::segment::{Found, PageMeta};

const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "iframe", "figure", "svg", "head", "button", "select",
];

pub fn segment(text: &str) -> (Vec<Block>, PageMeta) {
    let doc = Html::parse_document(text);
    let mut blocks = Vec::new();
    let mut current = String::new();
    walk(doc.root_element(), &mut blocks, &mut current, 0);
    flush(&mut blocks, &mut current, "div");
    let mut meta = PageMeta::default();
    if let Ok(sel) = scraper::Selector::parse("title") {
        if let Some(t) = doc.select(&sel).next() {
            let title: String = t
                .text()
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            if !title.is_empty() {
                meta.title = Some(Found::new(title, "title"));
            }
        }
    }
    (blocks, meta)
}

fn walk(el: ElementRef, blocks: &mut Vec<Block>, current: &mut String, depth: usize) {
    let name = el.value().name();
    if SKIP.contains(&name) || depth > 512 {
        return;
    }
    let is_block = matches!(
        name,
        "p" | "div"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "blockquote"
            | "tr"
            | "pre"
            | "section"
            | "article"
            | "br"
            | "ul"
            | "ol"
            | "table"
    );
    if is_block {
        flush(blocks, current, name);
    }
    for child in el.children() {
        match child.value() {
            Node::Text(t) => current.push_str(t),
            Node::Element(_) => {
                if let Some(e) = ElementRef::wrap(child) {
                    walk(e, blocks, current, depth + 1);
                }
            }
            _ => {}
        }
    }
    if is_block {
        flush(blocks, current, name);
    }
}

fn flush(blocks: &mut Vec<Block>, current: &mut String, tag: &str) {
    let text = current.split_whitespace().collect::<Vec<_>>().join(" ");
    current.clear();
    if text.is_empty() {
        return;
    }
    let para = blocks.len() as u32;
    let kind = match tag {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading(tag.as_bytes()[1] - b'0'),
        "li" => BlockKind::ListItem,
        _ => BlockKind::Paragraph,
    };
    let mut block = Block::new(text, 0..0, kind, para);
    block.html = Some(Box::new(HtmlFeatures {
        tag: tag.to_string(),
        ..HtmlFeatures::default()
    }));
    blocks.push(block);
}
