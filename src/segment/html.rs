//! HTML pages: the DOM to the article's blocks, and the page's metadata.
//!
//! The page is parsed with html5ever (through `scraper`) after [`guard`] has capped
//! absurd nesting, flattened in one iterative walk ([`flatten`]) into an element table
//! and text blocks, and the article is chosen by scoring ([`article`]). Metadata comes
//! from meta tags, JSON-LD and the visible page ([`meta`]). Nothing here recurses over
//! the tree, so no page can overflow the stack.

mod article;
mod classify;
mod flatten;
mod guard;
mod meta;

use scraper::Html;

use crate::block::{Block, BlockKind, HtmlFeatures};
use crate::segment::PageMeta;

use flatten::{Flat, TextBlock, NO_PARENT};

/// Class tokens kept per block, nearest elements first.
const MAX_CLASS_TOKENS: usize = 24;

/// The article's blocks and the page's metadata. Blocks outside the article are not
/// returned; an empty list means the page has no text worth keeping.
pub fn segment(text: &str) -> (Vec<Block>, PageMeta) {
    let capped = guard::cap_nesting(text);
    let doc = Html::parse_document(&capped);
    let mut collector = meta::Collector::default();
    let flat = flatten::flatten(&doc, &capped, &mut collector);
    let h1 = flat
        .blocks
        .iter()
        .find(|b| b.tag == "h1")
        .map(|b| b.text.as_str());
    let declared = collector.finish(h1);
    let selection = article::select(&flat, declared.article_body.as_deref());
    let blocks = to_blocks(&doc, &flat, &selection);
    (blocks, declared.meta)
}

fn to_blocks(doc: &Html, flat: &Flat, selection: &article::Selection) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::with_capacity(selection.keep.len());
    let mut para = 0u32;
    let mut previous: Option<usize> = None;
    for &(b, in_article) in &selection.keep {
        let raw = &flat.blocks[b];
        let continues = raw.continues && previous == Some(b.wrapping_sub(1)) && !blocks.is_empty();
        if !continues && !blocks.is_empty() {
            para += 1;
        }
        previous = Some(b);
        let mut block = Block::new(raw.text.clone(), raw.span.clone(), kind(raw), para);
        block.links = raw.links.clone();
        let class_tokens = class_tokens(doc, flat, raw.owner, selection.root);
        block.html = Some(Box::new(HtmlFeatures {
            tag: raw.tag.to_string(),
            class_tokens,
            in_article,
        }));
        blocks.push(block);
    }
    blocks
}

fn kind(block: &TextBlock) -> BlockKind {
    match block.tag {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
            BlockKind::Heading(block.tag.as_bytes()[1] - b'0')
        }
        _ if block.preformatted => BlockKind::Preformatted,
        _ if block.quoted => BlockKind::Quote,
        "li" | "dd" | "dt" => BlockKind::ListItem,
        "tr" => BlockKind::TableRow,
        _ => BlockKind::Paragraph,
    }
}

/// Lowercase class and id tokens of the block's element and its ancestors up to the
/// article root (or a few levels up for blocks outside it).
fn class_tokens(doc: &Html, flat: &Flat, owner: u32, root: Option<u32>) -> Vec<String> {
    let mut tokens: Vec<String> = Vec::new();
    let mut at = owner;
    for _ in 0..32 {
        let Some(elem) = flat.elems.get(at as usize) else {
            break;
        };
        if let Some(el) = doc.tree.get(elem.node).and_then(|n| n.value().as_element()) {
            for value in [el.attr("class"), el.attr("id")].into_iter().flatten() {
                for token in value
                    .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
                    .filter(|t| !t.is_empty())
                {
                    let token = token.to_lowercase();
                    if tokens.len() < MAX_CLASS_TOKENS && !tokens.contains(&token) {
                        tokens.push(token);
                    }
                }
            }
        }
        if Some(at) == root || elem.parent == NO_PARENT {
            break;
        }
        at = elem.parent;
    }
    tokens
}
