//! Plain text and markdown-ish text: one block per non-blank line, with the index of the
//! blank-line separated paragraph it belongs to, so rules can tell a line that stands
//! alone (a heading) from one glued to its neighbours (a caption above a paragraph). A
//! long line a tag stripper glued together from a page's elements is cut into one
//! block per element (see [`glue`]).

use super::{fence, glue};
use crate::block::{Block, BlockKind};

/// Splits `text` into line blocks. Lines end at `\n`, `\r\n` or a lone `\r`; a line of
/// only whitespace or invisible characters separates paragraphs. A fenced code block
/// (a line of three or more backticks or tildes, up to a line of at least as many of
/// the same) is one [`BlockKind::Preformatted`] block, fences included, with its lines
/// as they are: a paragraph of its own. A fence that never closes opens nothing. A
/// glued line becomes one block per piece, each after the first marked
/// [`Block::glued`].
pub fn segment(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut para = 0u32;
    let mut in_para = false;
    let mut lines = lines(text).peekable();
    // For backticks and tildes, a fence length from which on no closing line is left:
    // a document of unclosed fences is searched to its end once per length, not once
    // per fence.
    let mut unclosed = [usize::MAX; 2];
    while let Some((start, line)) = lines.next() {
        if is_blank(line) {
            if in_para {
                para += 1;
                in_para = false;
            }
            continue;
        }
        let end = fence::opening(line).and_then(|mark| {
            let slot = usize::from(mark.0 == b'~');
            if mark.1 >= unclosed[slot] {
                return None;
            }
            let end = closing(text, start, mark);
            if end.is_none() {
                unclosed[slot] = mark.1;
            }
            end
        });
        if let Some(end) = end {
            if in_para {
                para += 1;
            }
            let code = fence::tidy(&text[start..end]);
            blocks.push(Block::new(code, start..end, BlockKind::Preformatted, para));
            para += 1;
            in_para = false;
            while lines.next_if(|&(at, _)| at < end).is_some() {}
            continue;
        }
        in_para = true;
        // A glued line's pieces are each a paragraph of their own, as the elements they
        // were; the first goes on from the lines above, the last into the lines below.
        let mut from = 0;
        for to in glue::cuts(line).into_iter().flatten().chain([line.len()]) {
            let span = start + from..start + to;
            let mut block = Block::new(line[from..to].to_string(), span, BlockKind::Line, para);
            block.glued = from > 0;
            para += u32::from(block.glued);
            block.para = para;
            blocks.push(block);
            from = to;
        }
    }
    blocks
}

/// Where the fence opened by the line at `start` closes: the end of its closing line.
fn closing(text: &str, start: usize, mark: (u8, usize)) -> Option<usize> {
    lines(&text[start..])
        .skip(1)
        .find(|(_, line)| fence::closes(line, mark))
        .map(|(at, line)| start + at + line.len())
}

fn is_blank(line: &str) -> bool {
    line.chars()
        .all(|c| c.is_whitespace() || matches!(c, '\u{200b}' | '\u{feff}' | '\u{2060}' | '\u{ad}'))
}

/// Lines with their byte offsets, without their line terminators.
fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        if at >= bytes.len() {
            return None;
        }
        let start = at;
        let end = memchr::memchr2(b'\n', b'\r', &bytes[at..]).map_or(bytes.len(), |p| at + p);
        at = end;
        if bytes.get(at) == Some(&b'\r') {
            at += 1;
            if bytes.get(at) == Some(&b'\n') {
                at += 1;
            }
        } else if bytes.get(at) == Some(&b'\n') {
            at += 1;
        }
        Some((start, &text[start..end]))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_paragraphs() {
        let blocks = segment("Title\n\nCaption\nBody one.\r\n\r\nBody two.\rMore.\n");
        let got: Vec<(&str, u32)> = blocks.iter().map(|b| (b.text.as_str(), b.para)).collect();
        assert_eq!(
            got,
            [
                ("Title", 0),
                ("Caption", 1),
                ("Body one.", 1),
                ("Body two.", 2),
                ("More.", 2)
            ]
        );
        assert_eq!(&"Title\n\nCaption"[blocks[1].span.clone()], "Caption");
    }

    #[test]
    fn a_fenced_block_is_one_paragraph_with_its_lines() {
        let text = "Intro:\n```sh\n  make  test\n\nmake bench\n```\nAfter.\n";
        let blocks = segment(text);
        let got: Vec<(&str, BlockKind, u32)> = blocks
            .iter()
            .map(|b| (b.text.as_str(), b.kind, b.para))
            .collect();
        assert_eq!(
            got,
            [
                ("Intro:", BlockKind::Line, 0),
                (
                    "```sh\n  make  test\n\nmake bench\n```",
                    BlockKind::Preformatted,
                    1
                ),
                ("After.", BlockKind::Line, 2),
            ]
        );
        assert_eq!(
            &text[blocks[1].span.clone()],
            "```sh\n  make  test\n\nmake bench\n```"
        );
    }

    #[test]
    fn a_fence_that_never_closes_is_a_line() {
        let blocks = segment("```\nlet x = 1;\n\nText.");
        assert!(blocks.iter().all(|b| b.kind == BlockKind::Line));
        assert_eq!(blocks.len(), 3);
    }

    #[test]
    fn invisible_lines_are_blank() {
        let blocks = segment("a\n\u{a0} \u{200b}\nb");
        assert_eq!(blocks[1].para, 1);
    }
}
