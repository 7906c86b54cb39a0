//! Caps element nesting before the page reaches the HTML parser.
//!
//! html5ever follows the HTML standard, which checks "is there a `<p>` in scope" on every
//! start tag by walking the stack of open elements. On a page that nests elements
//! 100,000 deep that walk makes parsing quadratic (minutes for a few megabytes). Real
//! pages rarely nest deeper than a few dozen levels, so start tags beyond
//! [`MAX_DEPTH`] (and their end tags) are dropped before parsing; their text stays.
//!
//! The depth is estimated with a small tag scanner, not a full tokenizer: elements whose
//! end tag is optional (`p`, `li`, `td`, …) and void elements never count, and the
//! content of `<script>`, `<style>`, comments and the like is skipped.

use std::borrow::Cow;

/// Nesting depth beyond which start tags are dropped.
pub const MAX_DEPTH: usize = 400;

/// `text` unchanged when its estimated nesting stays within [`MAX_DEPTH`], otherwise a
/// copy without the start and end tags of the elements nested deeper.
pub fn cap_nesting(text: &str) -> Cow<'_, str> {
    if scan(text, None) <= MAX_DEPTH {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    scan(text, Some(&mut out));
    Cow::Owned(out)
}

/// Tags that open no element to close later: void elements and elements whose end tag
/// may be left out (they never nest deeply in practice). `name` is lowercase.
fn never_nests(name: &[u8]) -> bool {
    matches!(
        name,
        b"area"
            | b"base"
            | b"br"
            | b"col"
            | b"embed"
            | b"hr"
            | b"img"
            | b"input"
            | b"link"
            | b"meta"
            | b"param"
            | b"source"
            | b"track"
            | b"wbr"
            | b"p"
            | b"li"
            | b"dt"
            | b"dd"
            | b"tr"
            | b"td"
            | b"th"
            | b"thead"
            | b"tbody"
            | b"tfoot"
            | b"option"
            | b"optgroup"
            | b"rb"
            | b"rt"
            | b"rp"
            | b"colgroup"
            | b"caption"
            | b"html"
            | b"head"
            | b"body"
            | b"!doctype"
    )
}

/// Elements whose content is raw text up to their end tag. `name` is lowercase.
fn raw_text(name: &[u8]) -> bool {
    matches!(
        name,
        b"script"
            | b"style"
            | b"textarea"
            | b"title"
            | b"xmp"
            | b"plaintext"
            | b"noembed"
            | b"noframes"
    )
}

/// One tag found by the scanner.
struct Tag<'a> {
    /// Byte range of the whole tag, `<` to `>` inclusive.
    start: usize,
    end: usize,
    name: &'a str,
    closing: bool,
    self_closing: bool,
}

/// Scans the tags of `text`, tracking the open elements. Returns the deepest nesting
/// seen; with `out`, copies `text` there without the tags nested beyond [`MAX_DEPTH`].
fn scan(text: &str, mut out: Option<&mut String>) -> usize {
    let bytes = text.as_bytes();
    // Open elements: name as written and whether its start tag was dropped.
    let mut open: Vec<(&str, bool)> = Vec::new();
    let mut buf = [0u8; 16];
    let mut deepest = 0;
    let mut copied = 0;
    let mut at = 0;
    while let Some(offset) = memchr::memchr(b'<', &bytes[at..]) {
        let lt = at + offset;
        let Some(tag) = read_tag(text, lt) else {
            at = lt + 1;
            continue;
        };
        at = tag.end;
        let name = tag.name;
        let lower = lowercase_short(name, &mut buf);
        if name.starts_with("!--") {
            at = text[lt + 4..]
                .find("-->")
                .map_or(text.len(), |i| lt + 4 + i + 3);
            continue;
        }
        if !tag.closing && raw_text(lower) {
            // `</` and the name: raw text ends at the first such tag, in any case.
            let mut close = [0u8; 18];
            close[..2].copy_from_slice(b"</");
            close[2..2 + lower.len()].copy_from_slice(lower);
            at = find_ascii_ci(text, tag.end, &close[..2 + lower.len()]).unwrap_or(text.len());
            continue;
        }
        let mut drop = false;
        if tag.closing {
            // Close up to the matching open element, if it is near the top. An element
            // that never nests was never opened, so its end tag has nothing to close.
            let matching = if never_nests(lower) {
                None
            } else {
                open.iter()
                    .rev()
                    .take(64)
                    .position(|(n, _)| n.eq_ignore_ascii_case(name))
            };
            if let Some(pos) = matching {
                let index = open.len() - 1 - pos;
                drop = open[index].1;
                open.truncate(index);
            }
        } else if !tag.self_closing
            && !never_nests(lower)
            && !name.starts_with('!')
            && !name.starts_with('?')
        {
            drop = open.len() >= MAX_DEPTH;
            open.push((name, drop));
            deepest = deepest.max(open.len());
        }
        if let Some(out) = out.as_deref_mut() {
            if drop {
                out.push_str(&text[copied..tag.start]);
                copied = tag.end;
            }
        }
    }
    if let Some(out) = out {
        out.push_str(&text[copied..]);
    }
    deepest
}

/// `name` in ASCII lowercase, written into `buf`; empty when longer than `buf`, as no
/// name the scanner treats apart is. Spares an allocation per tag.
fn lowercase_short<'b>(name: &str, buf: &'b mut [u8; 16]) -> &'b [u8] {
    let Some(lower) = buf.get_mut(..name.len()) else {
        return b"";
    };
    lower.copy_from_slice(name.as_bytes());
    lower.make_ascii_lowercase();
    lower
}

/// Reads the tag starting at `lt` (a `<`), or `None` when no tag starts there.
fn read_tag(text: &str, lt: usize) -> Option<Tag<'_>> {
    let bytes = text.as_bytes();
    let mut i = lt + 1;
    let closing = bytes.get(i) == Some(&b'/');
    if closing {
        i += 1;
    }
    let name_start = i;
    let first = *bytes.get(i)?;
    if !(first.is_ascii_alphabetic() || first == b'!' || first == b'?') {
        return None;
    }
    if text[i..].starts_with("!--") {
        return Some(Tag {
            start: lt,
            end: i + 3,
            name: &text[i..i + 3],
            closing: false,
            self_closing: false,
        });
    }
    while i < bytes.len() && !bytes[i].is_ascii_whitespace() && bytes[i] != b'>' && bytes[i] != b'/'
    {
        i += 1;
    }
    let name = &text[name_start..i];
    // Find the closing `>`, skipping quoted attribute values; `None` when a quote or
    // the tag is never closed.
    loop {
        let at = i + memchr::memchr3(b'>', b'"', b'\'', &bytes[i..])?;
        if bytes[at] == b'>' {
            return Some(Tag {
                start: lt,
                end: at + 1,
                name,
                closing,
                self_closing: bytes[at - 1] == b'/',
            });
        }
        i = at + 2 + memchr::memchr(bytes[at], &bytes[at + 1..])?;
    }
}

/// Byte offset of `needle` (lowercase ASCII) in `text` from `from`, ignoring ASCII case.
fn find_ascii_ci(text: &str, from: usize, needle: &[u8]) -> Option<usize> {
    let hay = &text.as_bytes()[from..];
    let n = needle;
    let mut at = 0;
    while let Some(offset) = memchr::memchr(b'<', &hay[at..]) {
        let i = at + offset;
        if hay.len() - i >= n.len() && hay[i..i + n.len()].eq_ignore_ascii_case(n) {
            return Some(from + i);
        }
        at = i + 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leaves_ordinary_pages_alone() {
        let page = "<html><body><div><p>One<p>Two<ul><li>a<li>b</ul></div><script>if (a<b) {}</script></body></html>";
        assert!(matches!(cap_nesting(page), Cow::Borrowed(_)));
    }

    #[test]
    fn drops_tags_nested_too_deep() {
        let n = MAX_DEPTH + 50;
        let page = format!(
            "<body>{}deep text{}</body>",
            "<div>".repeat(n),
            "</div>".repeat(n)
        );
        let capped = cap_nesting(&page);
        assert_eq!(capped.matches("<div>").count(), MAX_DEPTH);
        assert_eq!(capped.matches("</div>").count(), MAX_DEPTH);
        assert!(capped.contains("deep text"));
    }

    #[test]
    fn tag_names_match_in_any_case() {
        // Closing tags in another case close their elements, so sibling sections in
        // mixed case never add up to a deep nesting.
        let sections = "<DIV><Section>text</section></div>".repeat(MAX_DEPTH + 10);
        assert_eq!(scan(&sections, None), 2);
        // Raw text and void elements are known in any case too.
        assert_eq!(
            scan("<SCRIPT>if (a<b) {<div>}</Script><BR><IMG src=x>", None),
            0
        );
        let deep = "<DiV>".repeat(MAX_DEPTH + 5) + "x" + &"</dIv>".repeat(MAX_DEPTH + 5);
        let capped = cap_nesting(&deep);
        assert_eq!(capped.matches("<DiV>").count(), MAX_DEPTH);
        assert_eq!(capped.matches("</dIv>").count(), MAX_DEPTH);
        // A name longer than any the scanner treats apart is an ordinary element.
        assert_eq!(
            scan("<averyveryverylongname><x-widget-element-name>", None),
            2
        );
    }

    #[test]
    fn end_tags_of_elements_that_never_nest_close_nothing() {
        // `</p>` or `</LI>` after a `<div>` leaves the div open: the next start tag
        // nests inside it.
        assert_eq!(scan("<div></p><div></LI><div></br>", None), 3);
        // A raw-text element's content is skipped to its end tag in any case.
        assert_eq!(scan("<style><div><div></STYLE><div>", None), 1);
    }

    /// The end of a tag read byte by byte, quotes tracked one at a time.
    fn tag_end_byte_by_byte(bytes: &[u8], from: usize) -> Option<usize> {
        let mut quote = None;
        for (i, &b) in bytes.iter().enumerate().skip(from) {
            match (b, quote) {
                (b'"' | b'\'', None) => quote = Some(b),
                (q, Some(open)) if q == open => quote = None,
                (b'>', None) => return Some(i + 1),
                _ => {}
            }
        }
        None
    }

    proptest::proptest! {
        /// Tags end where a byte-by-byte reading that tracks quotes ends them.
        #[test]
        fn tags_end_where_quotes_allow(s in "<a[a -/=\"'>é]{0,24}") {
            let bytes = s.as_bytes();
            let name_end = 1 + bytes[1..]
                .iter()
                .position(|&b| b.is_ascii_whitespace() || b == b'>' || b == b'/')
                .unwrap_or(bytes.len() - 1);
            let expected = tag_end_byte_by_byte(bytes, name_end);
            let tag = read_tag(&s, 0);
            proptest::prop_assert_eq!(tag.map(|t| t.end), expected);
        }
    }

    #[test]
    fn survives_broken_tags() {
        for page in [
            "<",
            "<div",
            "<div class=\"a>",
            "</",
            "<!--",
            "<script>",
            "<a href='x'>é</a>",
        ] {
            let _ = cap_nesting(page);
        }
    }
}
