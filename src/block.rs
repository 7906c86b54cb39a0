//! The unit every rule works on: one line or element of a document, with the layout
//! features both segmenters (text and HTML) provide.

use std::ops::Range;

/// What kind of element a block is. Text segmentation only knows lines; the HTML
/// segmenter knows the element the text came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// A line of a plain-text or markdown-ish document.
    Line,
    Paragraph,
    /// A heading with its level (1 to 6).
    Heading(u8),
    ListItem,
    Quote,
    TableRow,
    /// A code block: a fenced block of a text document, fences included, or the code
    /// of an HTML `<pre>` between fences. Its lines stay as written; no rule judges it.
    /// Both segmenters give it a paragraph of its own, so nothing is ever joined to it.
    Preformatted,
}

/// Features only the HTML segmenter can see.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HtmlFeatures {
    /// The element's tag name, lowercase.
    pub tag: String,
    /// Lowercase class and id tokens of the element and its ancestors up to the chosen
    /// content root, split on `-`, `_` and spaces.
    pub class_tokens: Vec<String>,
    /// Whether the element lies inside the container chosen as the article.
    pub in_article: bool,
}

/// One block of a document.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// The block's text after normalization: one line, no newline (a code block keeps
    /// its lines).
    pub text: String,
    /// Byte span of the block in the decoded source text.
    pub span: Range<usize>,
    pub kind: BlockKind,
    /// Index of the source paragraph: lines with no blank line between them share it.
    /// HTML blocks each get their own.
    pub para: u32,
    /// Byte ranges of `text` that were link text.
    pub links: Vec<Range<usize>>,
    /// The block goes on the source line of the block before it with nothing between:
    /// a piece of a line that a tag stripper glued together from several elements
    /// (see `segment::glue`). Kept pieces side by side join again without a space.
    pub glued: bool,
    pub html: Option<Box<HtmlFeatures>>,
    /// Set by a segmenter that already left the block out (HTML text outside the
    /// article): the pipeline records it in the ledger and no rule sees it.
    pub removed_by: Option<&'static crate::rules::RuleMeta>,
}

impl Block {
    pub fn new(text: String, span: Range<usize>, kind: BlockKind, para: u32) -> Self {
        Block {
            text,
            span,
            kind,
            para,
            links: Vec::new(),
            glued: false,
            html: None,
            removed_by: None,
        }
    }

    /// Share of the block's non-space characters that are link text.
    pub fn link_density(&self) -> f32 {
        let total = crate::shape::non_space_chars(&self.text);
        if total == 0 {
            return 0.0;
        }
        let linked: u32 = self
            .links
            .iter()
            .filter_map(|r| self.text.get(r.clone()))
            .map(crate::shape::non_space_chars)
            .sum();
        linked as f32 / total as f32
    }

    /// The block's text with its link text cut out, for "label: [link], [link]" shapes.
    pub fn text_outside_links(&self) -> String {
        let mut out = String::with_capacity(self.text.len());
        let mut at = 0;
        for r in &self.links {
            if r.start >= at && r.end <= self.text.len() {
                out.push_str(&self.text[at..r.start]);
                at = r.end;
            }
        }
        out.push_str(&self.text[at..]);
        out
    }
}
