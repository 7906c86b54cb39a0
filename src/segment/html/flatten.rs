//! One iterative walk over the parsed page: the element table (pre-order, so a
//! subtree is a contiguous index range) and the text blocks, split at block-level
//! element boundaries. Inline elements add no whitespace; `<br>` and line breaks in
//! `<pre>` split a block into pieces of one paragraph. Metadata elements are handed to
//! the [`Collector`] on the way.

use std::ops::Range;
use std::sync::LazyLock;

use ego_tree::iter::Edge;
use ego_tree::NodeId;
use scraper::{Html, Node};

use super::classify::{self, Signal};
use super::meta::Collector;

/// No parent: the element is the outermost one.
pub const NO_PARENT: u32 = u32::MAX;

/// An element that was not dropped.
#[derive(Debug, Clone)]
pub struct Elem<'a> {
    pub node: NodeId,
    pub parent: u32,
    /// One past the index of the last element in this one's subtree.
    pub end: u32,
    pub tag: &'a str,
    pub signal: Signal,
    /// The `class` attribute as written.
    pub class: Option<&'a str>,
}

/// Text between two block boundaries.
#[derive(Debug, Clone)]
pub struct TextBlock<'a> {
    pub text: String,
    /// Byte ranges of link text in `text`.
    pub links: Vec<Range<usize>>,
    /// The innermost block-level element holding the text.
    pub owner: u32,
    pub tag: &'a str,
    /// Inside a `<blockquote>`.
    pub quoted: bool,
    /// The code of a `<pre>` element between fences, its layout kept.
    pub preformatted: bool,
    /// Split from the block before by `<br>` or a line break in `<pre>`.
    pub continues: bool,
}

/// The page flattened.
#[derive(Debug, Default)]
pub struct Flat<'a> {
    pub elems: Vec<Elem<'a>>,
    pub blocks: Vec<TextBlock<'a>>,
}

/// Walks `doc` once, without recursion.
pub fn flatten<'a>(doc: &'a Html, meta: &mut Collector) -> Flat<'a> {
    let mut walk = Walk { ..Walk::default() };
    // The subtree being skipped (a dropped element), if any.
    let mut skipping: Option<NodeId> = None;
    let mut forum = false;
    for edge in doc.tree.root().traverse() {
        match edge {
            Edge::Open(node) => {
                if skipping.is_some() {
                    continue;
                }
                match node.value() {
                    Node::Element(el) => {
                        let tag = el.name();
                        let attrs = classify::Attrs::of(el);
                        meta.element(node, el, &attrs);
                        if classify::is_dropped_tag(tag) || classify::is_hidden(&attrs) {
                            skipping = Some(node.id());
                            continue;
                        }
                        // The page's outer elements carry site-wide classes, not roles.
                        let signal = if matches!(tag, "html" | "body") {
                            forum |= classify::is_forum_page(&attrs);
                            Signal::default()
                        } else {
                            classify::signal(tag, &attrs, forum)
                        };
                        walk.open(node.id(), tag, attrs.class, signal, attrs.links());
                    }
                    Node::Text(text) => walk.text(text),
                    _ => {}
                }
            }
            Edge::Close(node) => {
                if let Some(id) = skipping {
                    if id == node.id() {
                        skipping = None;
                    }
                    continue;
                }
                if let Node::Element(el) = node.value() {
                    walk.close(el.name());
                }
            }
        }
    }
    walk.flush(false);
    Flat {
        elems: walk.elems,
        blocks: walk.blocks,
    }
}

#[derive(Default)]
struct Walk<'a> {
    elems: Vec<Elem<'a>>,
    blocks: Vec<TextBlock<'a>>,
    /// Open elements, innermost last.
    open: Vec<u32>,
    /// Open block-level elements, innermost last.
    open_blocks: Vec<u32>,
    text: String,
    links: Vec<Range<usize>>,
    /// A space is owed before the next character.
    space: bool,
    /// Open `<a href>` elements; the current link's start once its first character came.
    link_depth: u32,
    /// For each open `<a>`, innermost last: whether it is a link (a named anchor,
    /// `<a name=…>`, marks a place in the text and is none).
    anchors: Vec<bool>,
    link_start: Option<usize>,
    quote_depth: u32,
    pre_depth: u32,
    /// The outermost open `<pre>`: its text as written, the first block it split into,
    /// and whether its markup says it holds code.
    pre_raw: String,
    pre_first_block: usize,
    pre_code: bool,
    /// The next block continues the paragraph of the one before (`<br>`).
    continues: bool,
}

impl<'a> Walk<'a> {
    fn open(
        &mut self,
        node: NodeId,
        tag: &'a str,
        class: Option<&'a str>,
        signal: Signal,
        link: bool,
    ) {
        if tag == "br" {
            self.line_break();
            return;
        }
        let index = self.elems.len() as u32;
        let parent = self.open.last().copied().unwrap_or(NO_PARENT);
        self.elems.push(Elem {
            node,
            parent,
            end: index + 1,
            tag,
            signal,
            class,
        });
        self.open.push(index);
        if classify::is_block_tag(tag) {
            self.flush(false);
            self.open_blocks.push(index);
        }
        match tag {
            "a" => {
                self.anchors.push(link);
                if link {
                    self.link_depth += 1;
                    if self.link_depth == 1 {
                        self.link_start = None;
                    }
                }
            }
            "td" | "th" | "dd" | "dt" => self.space = !self.text.is_empty(),
            "blockquote" => self.quote_depth += 1,
            "pre" => {
                if self.pre_depth == 0 {
                    self.pre_raw.clear();
                    self.pre_first_block = self.blocks.len();
                    self.pre_code = self.open.iter().rev().take(4).any(|&e| {
                        self.elems[e as usize]
                            .class
                            .is_some_and(classify::names_code)
                    });
                }
                self.pre_depth += 1;
            }
            "code" | "samp" | "kbd" if self.pre_depth > 0 => self.pre_code = true,
            _ => {}
        }
    }

    fn close(&mut self, tag: &str) {
        if tag == "br" {
            return;
        }
        let Some(index) = self.open.pop() else { return };
        self.elems[index as usize].end = self.elems.len() as u32;
        let ends_link = tag == "a" && self.anchors.pop() == Some(true);
        match tag {
            "a" if ends_link => {
                self.close_link();
                self.link_depth = self.link_depth.saturating_sub(1);
            }
            "td" | "th" => self.space = !self.text.is_empty(),
            "blockquote" => self.quote_depth = self.quote_depth.saturating_sub(1),
            "pre" => self.pre_depth = self.pre_depth.saturating_sub(1),
            _ => {}
        }
        if self.open_blocks.last() == Some(&index) {
            self.flush(false);
            self.open_blocks.pop();
        }
        if tag == "pre" && self.pre_depth == 0 {
            self.finish_pre(index);
        }
    }

    /// At the end of the outermost `<pre>`: when it holds code (its markup says so, or
    /// its text reads like code), the lines it was split into give way to one block of
    /// its text as written, between fences. Other preformatted text (a mail in an
    /// archive, an address) stays split into lines, which the rules judge as prose.
    fn finish_pre(&mut self, index: u32) {
        let raw = std::mem::take(&mut self.pre_raw);
        if !(self.pre_code || looks_like_code(&raw)) {
            return;
        }
        let code = super::super::fence::tidy(&raw);
        if code.is_empty() {
            return;
        }
        self.blocks.truncate(self.pre_first_block);
        self.blocks.push(TextBlock {
            text: super::super::fence::wrap(&code),
            links: Vec::new(),
            owner: index,
            tag: "pre",
            quoted: self.quote_depth > 0,
            preformatted: true,
            continues: false,
        });
        self.continues = false;
    }

    fn close_link(&mut self) {
        if self.link_depth == 1 {
            if let Some(start) = self.link_start.take() {
                if start < self.text.len() {
                    self.links.push(start..self.text.len());
                }
            }
        }
    }

    fn line_break(&mut self) {
        if !self.text.is_empty() {
            self.flush(true);
        }
    }

    fn text(&mut self, text: &str) {
        if self.pre_depth > 0 {
            self.pre_raw.push_str(text);
            for (i, line) in text.split('\n').enumerate() {
                if i > 0 {
                    self.line_break();
                }
                self.words(line);
            }
        } else {
            self.words(text);
        }
    }

    /// Appends text, collapsing whitespace runs to one space and dropping soft hyphens.
    /// Runs of words already separated by single spaces are copied at once: most text
    /// is written that way, and a copy per word was the walk's main cost.
    fn words(&mut self, text: &str) {
        // U+00AD is C2 AD in UTF-8: one look at the whole text spares a search per word.
        static SOFT_HYPHEN: LazyLock<memchr::memmem::Finder<'static>> =
            LazyLock::new(|| memchr::memmem::Finder::new("\u{ad}".as_bytes()));
        if SOFT_HYPHEN.find(text.as_bytes()).is_some() {
            return self.words_with_soft_hyphens(text);
        }
        let mut rest = text;
        loop {
            let start = rest
                .find(|c: char| !c.is_whitespace())
                .unwrap_or(rest.len());
            if start > 0 {
                self.space = !self.text.is_empty();
            }
            rest = &rest[start..];
            if rest.is_empty() {
                return;
            }
            let end = single_spaced_run(rest);
            self.push_word(&rest[..end]);
            rest = &rest[end..];
        }
    }

    /// [`Walk::words`] for text with soft hyphens, word by word.
    fn words_with_soft_hyphens(&mut self, text: &str) {
        for (i, word) in text.split(char::is_whitespace).enumerate() {
            if i > 0 {
                self.space = !self.text.is_empty();
            }
            let kept: String = word.chars().filter(|&c| c != '\u{ad}').collect();
            if !kept.is_empty() {
                self.push_word(&kept);
            }
        }
    }

    /// Appends non-empty text, after the pending space if there is one.
    fn push_word(&mut self, word: &str) {
        if self.space {
            self.text.push(' ');
            self.space = false;
        }
        if self.link_depth > 0 && self.link_start.is_none() {
            self.link_start = Some(self.text.len());
        }
        self.text.push_str(word);
    }

    /// Ends the current block. `by_break`: the next block continues its paragraph.
    fn flush(&mut self, by_break: bool) {
        if self.link_depth > 0 {
            self.close_link();
        }
        self.space = false;
        if !self.text.is_empty() {
            let owner = self.open_blocks.last().copied().unwrap_or(0);
            let tag = self.elems.get(owner as usize).map_or("body", |e| e.tag);
            // A copy of exact size, so the buffer keeps its capacity for the next
            // block instead of growing from nothing again.
            let text = self.text.as_str().to_owned();
            self.text.clear();
            self.blocks.push(TextBlock {
                text,
                links: std::mem::take(&mut self.links),
                owner,
                tag,
                quoted: self.quote_depth > 0,
                preformatted: false,
                continues: self.continues,
            });
        }
        self.continues = by_break && !self.blocks.is_empty();
    }
}

/// Whether preformatted text without code markup reads like code rather than prose:
/// a quarter of its lines (two at least) indented, or one character in twenty of the
/// kind code is written with and prose seldom uses (`{ } [ ] ( ) ; = < > $ | \\ _`).
fn looks_like_code(raw: &str) -> bool {
    let lines: Vec<&str> = raw.lines().filter(|l| !l.trim().is_empty()).collect();
    let indented = lines.iter().filter(|l| l.starts_with([' ', '\t'])).count();
    if indented >= 2 && indented * 4 >= lines.len() {
        return true;
    }
    let (mut symbols, mut chars) = (0usize, 0usize);
    for c in raw.chars().filter(|c| !c.is_whitespace()) {
        chars += 1;
        symbols += usize::from(matches!(
            c,
            '{' | '}' | '[' | ']' | '(' | ')' | ';' | '=' | '<' | '>' | '$' | '|' | '\\' | '_'
        ));
    }
    chars > 0 && symbols * 20 >= chars
}

/// The length of the words at the start of `text` (which starts with one) that are
/// separated by single ASCII spaces: up to the first other whitespace, the first space
/// followed by whitespace, or a trailing space.
fn single_spaced_run(text: &str) -> usize {
    // Byte classes: 0 never whitespace, 1 the ASCII space, 2 other ASCII whitespace,
    // 3 the lead byte of a non-ASCII White_Space character or of its neighbours
    // (U+0085, U+00A0, U+1680, U+2000..U+200A, U+2028, U+2029, U+202F, U+205F, U+3000).
    static CLASS: [u8; 256] = {
        let mut class = [0u8; 256];
        class[b' ' as usize] = 1;
        let mut b = 0x09;
        while b <= 0x0d {
            class[b] = 2;
            b += 1;
        }
        class[0xc2] = 3;
        class[0xe1] = 3;
        class[0xe2] = 3;
        class[0xe3] = 3;
        class
    };
    let bytes = text.as_bytes();
    let whitespace_at = |i: usize| match bytes.get(i).map(|&b| CLASS[b as usize]) {
        None | Some(1 | 2) => true,
        Some(3) => text[i..].starts_with(char::is_whitespace),
        Some(_) => false,
    };
    let mut i = 0;
    loop {
        // Eight bytes at a time while none can end the run (see `may_end_run`), then
        // byte by byte to the next whitespace.
        while let Some(chunk) = bytes.get(i..i + 9) {
            let word = |from: usize| {
                u64::from_le_bytes(chunk[from..from + 8].try_into().expect("eight bytes"))
            };
            if may_end_run(word(0), word(1)) != 0 {
                break;
            }
            i += 8;
        }
        while i < bytes.len() && CLASS[bytes[i] as usize] == 0 {
            i += 1;
        }
        if i == bytes.len() {
            return i;
        }
        let whitespace = match CLASS[bytes[i] as usize] {
            1 => whitespace_at(i + 1),
            2 => true,
            _ => whitespace_at(i),
        };
        if whitespace {
            return i;
        }
        i += 1;
    }
}

/// Flags (top bit of a byte, little-endian) the bytes of `word` that may end a run of
/// single-spaced words: a byte below 0x21 other than a space followed by a byte that
/// cannot start whitespace, or a lead byte of non-ASCII whitespace (C2, E1, E2, E3).
/// `next` is the eight bytes from the second one on. A byte that ends a run is always
/// flagged; a flag may be wrong, which only sends the word to the byte loop.
fn may_end_run(word: u64, next: u64) -> u64 {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGH: u64 = u64::from_le_bytes([0x80; 8]);
    let below = |x: u64, n: u64| x.wrapping_sub(ONES * n) & !x & HIGH;
    let equal = |x: u64, b: u64| below(x ^ (ONES * b), 1);
    let lead = |x: u64| equal(x, 0xc2) | equal(x, 0xe1) | equal(x, 0xe2) | equal(x, 0xe3);
    let spaces = equal(word, 0x20);
    let space_then_whitespace = spaces & (below(next, 0x21) | lead(next));
    (below(word, 0x21) & !spaces) | space_then_whitespace | lead(word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn single_spaced_runs_end_where_a_byte_loop_ends_them() {
        // Every pair of bytes that matter (spaces, other whitespace, controls, the
        // lead bytes of non-ASCII whitespace and their neighbours) at every offset.
        let pieces = [
            " ", "\t", "\n", "\u{1}", "!", "a", "\u{a0}", "\u{85}", "é", "\u{2009}", "\u{2010}",
            "\u{1680}", "\u{3000}", "\u{3001}", "д",
        ];
        let slow = |text: &str| -> usize {
            let mut i = 0;
            loop {
                let Some(c) = text[i..].chars().next() else {
                    return i;
                };
                if c.is_whitespace() {
                    let single = c == ' '
                        && text[i + 1..]
                            .chars()
                            .next()
                            .is_some_and(|n| !n.is_whitespace());
                    if !single {
                        return i;
                    }
                }
                i += c.len_utf8();
            }
        };
        for a in pieces {
            for b in pieces {
                for at in 1..12 {
                    let text = format!("{}{a}{b}{}", "w".repeat(at), "x".repeat(12));
                    assert_eq!(single_spaced_run(&text), slow(&text), "{text:?}");
                }
            }
        }
    }

    /// Text pieces fed one after another, as a parser hands over text nodes.
    fn appended(pieces: &[&str]) -> (String, bool) {
        let mut walk = Walk::default();
        for piece in pieces {
            walk.words(piece);
        }
        (walk.text, walk.space)
    }

    #[test]
    fn collapses_whitespace_across_text_nodes() {
        assert_eq!(
            appended(&["  Hello,\n\t world ", "again"]).0,
            "Hello, world again"
        );
        assert_eq!(appended(&["a\u{a0}\u{2009}b\u{3000}", "c"]).0, "a b c");
        assert_eq!(
            appended(&["soft\u{ad}ware \u{ad} \u{ad}\u{ad} x"]).0,
            "software x"
        );
        assert_eq!(appended(&["in", "line"]).0, "inline");
        assert_eq!(appended(&["   "]), (String::new(), false));
        assert_eq!(appended(&["word "]), ("word".to_string(), true));
    }

    proptest! {
        #[test]
        fn words_are_the_text_split_on_whitespace(
            pieces in proptest::collection::vec(
                "([ \t\n\u{b}\u{c}\rab\u{ad}é—\u{85}\u{a0}\u{1680}\u{2000}-\u{200b}\u{2028}\u{202f}\u{3000}]|(?s).){0,40}",
                0..4,
            )
        ) {
            let refs: Vec<&str> = pieces.iter().map(String::as_str).collect();
            let (text, _) = appended(&refs);
            let joined: String = pieces.concat().replace('\u{ad}', "");
            // Pieces join without a space (inline elements); whitespace collapses.
            let expected = joined.split_whitespace().collect::<Vec<_>>().join(" ");
            prop_assert_eq!(text, expected);
        }
    }
}
