//! Bytes to text: a BOM wins, then an `--encoding` override, then a charset the document
//! declares, then detection. The report says which encoding was used and why.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

use crate::sniff;

/// How the encoding was chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EncodingSource {
    Bom,
    Override,
    Declared,
    Detected,
}

impl EncodingSource {
    pub fn name(self) -> &'static str {
        match self {
            EncodingSource::Bom => "bom",
            EncodingSource::Override => "override",
            EncodingSource::Declared => "declared",
            EncodingSource::Detected => "detected",
        }
    }
}

/// Decoded text and how it was decoded.
#[derive(Debug, Clone)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static Encoding,
    pub source: EncodingSource,
    /// Undecodable sequences replaced by U+FFFD.
    pub replacements: u64,
}

/// Looks up an encoding label (`utf-8`, `windows-1251`, `koi8-r`, `latin1`, …).
pub fn encoding_for_label(label: &str) -> Option<&'static Encoding> {
    Encoding::for_label(label.trim().as_bytes())
}

/// Decodes `bytes`. `declared` is a charset label the container gave (a JSONL record's
/// field); `overridden` wins over everything but a BOM.
pub fn decode(
    bytes: &[u8],
    declared: Option<&str>,
    overridden: Option<&'static Encoding>,
) -> Decoded {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        return finish(&bytes[bom_len..], encoding, EncodingSource::Bom);
    }
    if let Some(encoding) = overridden {
        return finish(bytes, encoding, EncodingSource::Override);
    }
    let declared = declared
        .and_then(encoding_for_label)
        .or_else(|| declared_in_markup(bytes));
    if let Some(encoding) = declared {
        // A page that declares UTF-16 but has no BOM is parsed as bytes that declare it.
        let encoding = if encoding == UTF_16LE || encoding == UTF_16BE {
            sniff::bomless_utf16_order(&bytes[..bytes.len().min(4096)])
                .map(|le| if le { UTF_16LE } else { UTF_16BE })
                .unwrap_or(UTF_8)
        } else {
            encoding
        };
        return finish(bytes, encoding, EncodingSource::Declared);
    }
    finish(bytes, detect(bytes), EncodingSource::Detected)
}

/// The encoding of undeclared bytes: UTF-8 when they are valid UTF-8, BOM-less UTF-16
/// by its zero bytes, otherwise chardetng's guess.
pub fn detect(bytes: &[u8]) -> &'static Encoding {
    // Checked first: BOM-less UTF-16 of ASCII text is valid UTF-8 full of NUL bytes.
    if let Some(le) = sniff::bomless_utf16_order(&bytes[..bytes.len().min(4096)]) {
        return if le { UTF_16LE } else { UTF_16BE };
    }
    if std::str::from_utf8(bytes).is_ok() {
        return UTF_8;
    }
    // Truncated UTF-8 at the very end (a cut download) is still UTF-8.
    if let Err(e) = std::str::from_utf8(bytes) {
        if e.error_len().is_none() && e.valid_up_to() + 4 > bytes.len() && bytes.len() > 16 {
            return UTF_8;
        }
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    detector.guess(None, false)
}

fn finish(bytes: &[u8], encoding: &'static Encoding, source: EncodingSource) -> Decoded {
    let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
    let replacements = if had_errors {
        text.chars().filter(|&c| c == '\u{fffd}').count() as u64
    } else {
        0
    };
    Decoded {
        text: text.into_owned(),
        encoding,
        source,
        replacements,
    }
}

/// A charset declared in the first kilobytes of markup: `<meta charset>`, an http-equiv
/// Content-Type, or an XML declaration.
pub fn declared_in_markup(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let lower = String::from_utf8_lossy(&lower);
    if lower.trim_start().starts_with("<?xml") {
        if let Some(label) = attribute_after(&lower, "encoding=") {
            return encoding_for_label(&label);
        }
    }
    let mut from = 0;
    while let Some(pos) = lower[from..].find("<meta") {
        let start = from + pos;
        let end = lower[start..].find('>').map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(label) = attribute_after(tag, "charset=") {
            if let Some(encoding) = encoding_for_label(&label) {
                return Some(encoding);
            }
        }
        from = end;
    }
    None
}

fn attribute_after(haystack: &str, key: &str) -> Option<String> {
    let at = haystack.find(key)? + key.len();
    let rest = haystack[at..].trim_start_matches(['"', '\'', ' ']);
    let label: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
        .collect();
    (!label.is_empty()).then_some(label)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_wins() {
        let d = decode(b"\xef\xbb\xbfhi", Some("windows-1251"), None);
        assert_eq!((d.text.as_str(), d.source), ("hi", EncodingSource::Bom));
        let d = decode(b"\xff\xfeh\0i\0", None, None);
        assert_eq!((d.text.as_str(), d.encoding.name()), ("hi", "UTF-16LE"));
    }

    #[test]
    fn declared_charset() {
        let page = b"<html><head><meta charset=\"windows-1251\"></head><body>\xcf\xf0\xe8</body>";
        let d = decode(page, None, None);
        assert_eq!(d.source, EncodingSource::Declared);
        assert!(d.text.contains("При"));
        let page =
            b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">\xe9";
        assert_eq!(decode(page, None, None).encoding.name(), "windows-1252");
    }

    #[test]
    fn detection() {
        assert_eq!(decode("Привет, мир".as_bytes(), None, None).encoding, UTF_8);
        let cp1251 = b"\xcf\xf0\xe8\xe2\xe5\xf2, \xec\xe8\xf0! \xdd\xf2\xee \xf2\xe5\xea\xf1\xf2 \xed\xe0 \xf0\xf3\xf1\xf1\xea\xee\xec \xff\xe7\xfb\xea\xe5.";
        assert_eq!(decode(cp1251, None, None).encoding.name(), "windows-1251");
        let utf16 = "Hello world, plain text"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect::<Vec<_>>();
        assert_eq!(decode(&utf16, None, None).text, "Hello world, plain text");
    }

    #[test]
    fn counts_replacements() {
        let d = decode(b"ok \xff\xfe\xfd bad", Some("utf-8"), None);
        assert_eq!(d.replacements, 3);
    }
}
