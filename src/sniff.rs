//! What kind of bytes a document is: text, HTML, or binary content docclean does not
//! clean (images, PDFs, archives), told apart by extension and by content.

/// The formats docclean cleans.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Html,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
        }
    }

    /// The format an extension promises, if it names one.
    pub fn from_extension(ext: &str) -> Option<Format> {
        match ext.to_ascii_lowercase().as_str() {
            "html" | "htm" | "xhtml" => Some(Format::Html),
            "md" | "markdown" => Some(Format::Markdown),
            "txt" | "text" => Some(Format::Text),
            _ => None,
        }
    }
}

const MAGIC: &[(&[u8], &str)] = &[
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"\x28\xb5\x2f\xfd", "zstd data"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"RIFF", "RIFF media file"),
    (b"OggS", "Ogg media file"),
    (b"ID3", "MP3 audio"),
    (b"\x00\x00\x00\x18ftyp", "MP4 media file"),
    (b"\x00\x00\x00\x20ftyp", "MP4 media file"),
    (b"\xd0\xcf\x11\xe0", "OLE document (old Microsoft Office)"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
];

/// Names the binary content of `bytes`, or `None` when it may be text.
pub fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    if let Some(&(_, name)) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        if name != "Windows executable" || bytes.len() > 64 && bytes[..64].contains(&0) {
            return Some(name);
        }
    }
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return None;
    }
    let head = &bytes[..bytes.len().min(8192)];
    if looks_like_bomless_utf16(head) {
        return None;
    }
    let controls = head
        .iter()
        .filter(|&&b| b == 0 || (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b)))
        .count();
    (head.contains(&0) && controls * 20 > head.len() || controls * 10 > head.len())
        .then_some("binary data")
}

/// UTF-16 text without a BOM: every other byte is zero in most of the head.
pub fn looks_like_bomless_utf16(head: &[u8]) -> bool {
    bomless_utf16_order(head).is_some()
}

/// `Some(true)` for little-endian, `Some(false)` for big-endian BOM-less UTF-16.
pub fn bomless_utf16_order(head: &[u8]) -> Option<bool> {
    let pairs = head.len() / 2;
    if pairs < 4 {
        return None;
    }
    let zero_odd = head
        .chunks_exact(2)
        .filter(|p| p[1] == 0 && p[0] != 0)
        .count();
    let zero_even = head
        .chunks_exact(2)
        .filter(|p| p[0] == 0 && p[1] != 0)
        .count();
    if zero_odd * 10 >= pairs * 7 {
        Some(true)
    } else if zero_even * 10 >= pairs * 7 {
        Some(false)
    } else {
        None
    }
}

/// Whether decoded text looks like an HTML document rather than text about HTML.
pub fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .take(1024)
        .collect();
    let lower = head.to_ascii_lowercase();
    lower.starts_with("<!doctype html")
        || lower.starts_with("<html")
        || lower.starts_with("<?xml") && lower.contains("<html")
        || lower.starts_with("<head")
        || lower.starts_with("<!--") && lower.contains("<html")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_binary_from_text() {
        assert_eq!(binary_kind(b"%PDF-1.7 ..."), Some("PDF document"));
        assert_eq!(binary_kind(b"\x89PNG\r\n\x1a\n\0\0\0"), Some("PNG image"));
        assert_eq!(
            binary_kind(&[0u8, 1, 2, 3, 0, 5, 6, 0, 8, 0, 0, 0]),
            Some("binary data")
        );
        assert_eq!(binary_kind("Plain text, with ünïcode.\n".as_bytes()), None);
        assert_eq!(binary_kind(b"\xff\xfeH\0i\0"), None);
        assert_eq!(binary_kind(b"H\0e\0l\0l\0o\0 \0w\0o\0r\0l\0d\0"), None);
        assert_eq!(binary_kind(b"Mz and MZ are letters"), None);
    }

    #[test]
    fn sniffs_html() {
        assert!(looks_like_html("\n<!DOCTYPE html><html>"));
        assert!(looks_like_html("<html lang=\"en\">"));
        assert!(!looks_like_html("The <html> tag starts a page."));
    }
}
