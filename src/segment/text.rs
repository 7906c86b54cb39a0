//! Plain text and markdown-ish text: one block per non-blank line, with the index of the
//! blank-line separated paragraph it belongs to, so rules can tell a line that stands
//! alone (a heading) from one glued to its neighbours (a caption above a paragraph).

use crate::block::{Block, BlockKind};

/// Splits `text` into line blocks. Lines end at `\n`, `\r\n` or a lone `\r`; a line of
/// only whitespace or invisible characters separates paragraphs.
pub fn segment(text: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut para = 0u32;
    let mut in_para = false;
    for (start, line) in lines(text) {
        if is_blank(line) {
            if in_para {
                para += 1;
                in_para = false;
            }
            continue;
        }
        in_para = true;
        blocks.push(Block::new(
            line.to_string(),
            start..start + line.len(),
            BlockKind::Line,
            para,
        ));
    }
    blocks
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
    fn invisible_lines_are_blank() {
        let blocks = segment("a\n\u{a0} \u{200b}\nb");
        assert_eq!(blocks[1].para, 1);
    }
}
