//! What kind of bytes a document is: text, HTML, or binary content docclean does not
//! clean (images, PDFs, archives), told apart by extension and by content.

use crate::normalize::scan::count_bytes;

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

/// Signatures of binary formats people feed to text tools by mistake. Signatures made
/// only of printable ASCII (`GIF89a`, `RIFF`, `ID3`, `OggS`…) could start a sentence, so
/// they also need a control byte in the first bytes (see [`binary_kind`]); `%PDF-` alone
/// is enough.
const MAGIC: &[(&[u8], &str)] = &[
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"\x00\x00\x01\x00", "icon image"),
    (b"PK\x03\x04", "ZIP archive (or a DOCX/XLSX/EPUB document)"),
    (b"PK\x05\x06", "ZIP archive (empty)"),
    (b"\x1f\x8b", "gzip data"),
    (b"\x28\xb5\x2f\xfd", "zstd data"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"\xca\xfe\xba\xbe", "Java class or Mach-O file"),
    (b"\x00asm", "WebAssembly module"),
    (b"RIFF", "RIFF media file"),
    (b"OggS", "Ogg media file"),
    (b"fLaC", "FLAC audio"),
    (b"ID3", "MP3 audio"),
    (b"\x1a\x45\xdf\xa3", "Matroska/WebM video"),
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "OLE document (old Microsoft Office)",
    ),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
    (b"\x00\x01\x00\x00\x00", "TrueType font"),
    (b"OTTO", "OpenType font"),
];

/// Names the binary content of `bytes`, or `None` when it may be text. Text with a few
/// stray NUL or control bytes is still text (the controls are removed later); UTF-16
/// and UTF-32 text are told apart from binary by their byte columns.
pub fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    let head = &bytes[..bytes.len().min(8192)];
    if let Some(name) = magic_kind(head) {
        return Some(name);
    }
    if bytes.starts_with(&[0xff, 0xfe, 0, 0]) || bytes.starts_with(&[0, 0, 0xfe, 0xff]) {
        return Some("UTF-32 text, which docclean does not decode (convert it to UTF-8)");
    }
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return None;
    }
    if looks_like_bomless_utf16(head) {
        return None;
    }
    if looks_like_utf32(head) {
        return Some("UTF-32 text, which docclean does not decode (convert it to UTF-8)");
    }
    // Text holds few bytes below 0x20 of any kind (line ends, tabs): when fewer than
    // one in twenty, neither test below can hold, and this count vectorizes (a byte
    // counter per chunk: a filtered `count` sums into `usize` lanes, four per register).
    if count_bytes(head, |b| b < 0x20) * 20 <= head.len() {
        return None;
    }
    let controls = count_bytes(head, is_binary_control);
    (has_zero(head) && controls * 20 > head.len() || controls * 10 > head.len())
        .then_some("binary data")
}

fn magic_kind(head: &[u8]) -> Option<&'static str> {
    let control_near_start = || {
        head.iter()
            .take(64)
            .any(|&b| b < 0x09 || (0x0e..0x1a).contains(&b))
    };
    for &(magic, name) in MAGIC {
        if !head.starts_with(magic) {
            continue;
        }
        let printable = magic.iter().all(|b| (0x20..0x7f).contains(b));
        let confirmed = match name {
            "PDF document" => true,
            // "MZ" and "BZh" also start words; real executables and archives have
            // binary bytes right after.
            _ if printable || magic.len() <= 3 => control_near_start(),
            _ => true,
        };
        if confirmed {
            return Some(name);
        }
    }
    // ISO media (MP4, MOV, HEIC, AVIF): a box size, then `ftyp`.
    (head.len() >= 12 && &head[4..8] == b"ftyp" && head[..4].contains(&0))
        .then_some("MP4/QuickTime media file")
}

/// UTF-16 text without a BOM (see [`bomless_utf16_order`]).
pub fn looks_like_bomless_utf16(head: &[u8]) -> bool {
    bomless_utf16_order(head).is_some()
}

/// `Some(true)` for little-endian, `Some(false)` for big-endian BOM-less UTF-16.
///
/// In UTF-16 of alphabetic text, the high byte of each code unit is nearly always 0
/// (ASCII, spaces, punctuation) or the one block of the text's script (0x04 for
/// Cyrillic, 0x03 for Greek, 0x05 for Hebrew…). Requiring that block to be below 0x20
/// keeps ordinary 8-bit text out: no real text has control bytes in every other
/// position. CJK text without a BOM spreads over many high bytes and is not recognised.
pub fn bomless_utf16_order(head: &[u8]) -> Option<bool> {
    let head = &head[..head.len() & !1];
    let pairs = head.len() / 2;
    // Real text has spaces or ASCII punctuation, a zero byte each in UTF-16: bytes
    // without any zero are not UTF-16, and most documents leave here.
    if pairs < 4 || !has_zero(head) {
        return None;
    }
    let le = utf16_column_fit(head, 1);
    let be = utf16_column_fit(head, 0);
    match (le, be) {
        (true, false) => Some(true),
        (false, true) => Some(false),
        _ => None,
    }
}

/// Whether the bytes at `high` (0 or 1) in each pair look like UTF-16 high bytes.
fn utf16_column_fit(head: &[u8], high: usize) -> bool {
    let low = 1 - high;
    let mut counts = [0usize; 256];
    for pair in head.chunks_exact(2) {
        counts[pair[high] as usize] += 1;
    }
    let pairs = head.len() / 2;
    let script = (1..0x20).max_by_key(|&b| counts[b]).unwrap_or(1);
    let fitting = counts[0] + counts[script];
    // NUL NUL pairs are binary padding, not text.
    let text_units = head
        .chunks_exact(2)
        .filter(|p| p[low] != 0 || p[high] != 0)
        .filter(|p| p[high] != 0 || p[low] >= 0x20 || matches!(p[low], b'\t' | b'\n' | b'\r'))
        .count();
    fitting * 10 >= pairs * 9 && text_units * 10 >= pairs * 9 && counts[0] < pairs
        || counts[0] * 10 >= pairs * 7 && text_units * 10 >= pairs * 9
}

/// Whether `bytes` holds a zero byte: one vectorized scan (`<[u8]>::contains` looks
/// eight bytes at a time).
fn has_zero(bytes: &[u8]) -> bool {
    memchr::memchr(0, bytes).is_some()
}

/// A control byte text does not hold: NUL and C0 controls other than tab, line feed,
/// carriage return, form feed and escape.
fn is_binary_control(b: u8) -> bool {
    const TEXT_CONTROLS: u32 = 1 << b'\t' | 1 << b'\n' | 1 << b'\r' | 1 << 0x0c | 1 << 0x1b;
    b < 0x20 && TEXT_CONTROLS & (1 << b) == 0
}

/// UTF-32 without a BOM: three of every four bytes zero, as in `H\0\0\0`.
fn looks_like_utf32(head: &[u8]) -> bool {
    let quads = head.len() / 4;
    // Text without a zero byte, nearly all text, is not UTF-32: one memchr answers.
    quads >= 4
        && has_zero(head)
        && head
            .chunks_exact(4)
            .filter(|q| q[1] == 0 && q[2] == 0 && (q[3] == 0) != (q[0] == 0))
            .count()
            * 10
            >= quads * 9
}

/// Whether decoded text looks like an HTML document rather than text about HTML.
pub fn looks_like_html(text: &str) -> bool {
    let start = text.trim_start_matches('\u{feff}').trim_start();
    // Every sign below opens with `<`; plain text leaves before anything is copied.
    if !start.starts_with('<') {
        return false;
    }
    let head: String = start.chars().take(1024).collect();
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
        assert_eq!(
            binary_kind(b"GIF89a is a format; ID3 tags; RIFF raff; BZh."),
            None
        );
        assert_eq!(
            binary_kind(b"GIF89a\x01\x00\x01\x00\x80\x00\x00"),
            Some("GIF image")
        );
        assert_eq!(
            binary_kind(b"PK\x03\x04\x14\x00\x06\x00"),
            Some("ZIP archive (or a DOCX/XLSX/EPUB document)")
        );
        assert_eq!(
            binary_kind(b"\x00\x00\x00\x20ftypisom\x00\x00"),
            Some("MP4/QuickTime media file")
        );
    }

    #[test]
    fn text_with_stray_nuls_is_text() {
        let mut text = "A line of ordinary text, long enough to matter.\n"
            .repeat(10)
            .into_bytes();
        text.insert(30, 0);
        text.push(0);
        assert_eq!(binary_kind(&text), None);
    }

    #[test]
    fn utf16_and_utf32_without_bom() {
        let le: Vec<u8> = "Привет, мир!"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        let be: Vec<u8> = "Привет, мир!"
            .encode_utf16()
            .flat_map(|u| u.to_be_bytes())
            .collect();
        assert_eq!(bomless_utf16_order(&le), Some(true));
        assert_eq!(bomless_utf16_order(&be), Some(false));
        assert_eq!(binary_kind(&le), None);
        assert_eq!(
            bomless_utf16_order("Plain ASCII text, no zeros".as_bytes()),
            None
        );
        assert_eq!(bomless_utf16_order("Привет, мир! UTF-8.".as_bytes()), None);
        let utf32: Vec<u8> = "Hello there"
            .chars()
            .flat_map(|c| (c as u32).to_le_bytes())
            .collect();
        assert!(binary_kind(&utf32).is_some_and(|k| k.starts_with("UTF-32")));
    }

    #[test]
    fn sniffs_html() {
        assert!(looks_like_html("\n<!DOCTYPE html><html>"));
        assert!(looks_like_html("<html lang=\"en\">"));
        assert!(!looks_like_html("The <html> tag starts a page."));
    }
}
