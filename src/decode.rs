//! Bytes to text. The order, first match wins:
//!
//! 1. a byte order mark (UTF-8, UTF-16LE, UTF-16BE);
//! 2. an `--encoding` override;
//! 3. a charset the document or its container declares (a JSONL record's field, an HTML
//!    `<meta>`, an XML declaration), unless the bytes contradict it (valid UTF-8 with
//!    non-ASCII text declared as a legacy charset, or a "UTF-8" page without a single
//!    valid multi-byte sequence), in which case detection decides;
//! 4. detection: BOM-less UTF-16 by its byte columns, UTF-8 when the bytes are (mostly)
//!    valid UTF-8, otherwise chardetng's guess among legacy encodings.
//!
//! The report says which encoding was used, why, and how many undecodable sequences
//! became U+FFFD. Decoding never fails and never panics: bad bytes become replacements.

use std::borrow::Cow;

use encoding_rs::{
    DecoderResult, Encoding, REPLACEMENT, UTF_16BE, UTF_16LE, UTF_8, X_USER_DEFINED,
};

use crate::sniff;

/// How many leading bytes the markup and UTF-16 sniffers look at.
const SNIFF_LEN: usize = 4096;

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
pub struct Decoded<'a> {
    /// The input itself when it is valid UTF-8 decoded as UTF-8 (most documents): no
    /// copy is made.
    pub text: Cow<'a, str>,
    pub encoding: &'static Encoding,
    pub source: EncodingSource,
    /// Undecodable sequences replaced by U+FFFD (U+FFFD already in the input is not
    /// counted).
    pub replacements: u64,
}

/// Looks up an encoding label (`utf-8`, `windows-1251`, `koi8-r`, `latin1`, …). Labels
/// that map to the WHATWG "replacement" encoding (which turns any input into one U+FFFD)
/// are refused: no text would come out.
pub fn encoding_for_label(label: &str) -> Option<&'static Encoding> {
    Encoding::for_label(label.trim().as_bytes()).filter(|&e| e != REPLACEMENT)
}

/// Decodes `bytes`. `declared` is a charset label the container gave (a JSONL record's
/// field); `overridden` wins over everything but a BOM.
pub fn decode<'a>(
    bytes: &'a [u8],
    declared: Option<&str>,
    overridden: Option<&'static Encoding>,
) -> Decoded<'a> {
    decode_known(bytes, None, declared, overridden)
}

/// [`decode`] for bytes the caller holds as a string already (a JSON string): they
/// are valid UTF-8, which needs no second check. The result is the same.
pub fn decode_str<'a>(
    text: &'a str,
    declared: Option<&str>,
    overridden: Option<&'static Encoding>,
) -> Decoded<'a> {
    decode_known(text.as_bytes(), Some(text), declared, overridden)
}

/// [`decode`], with `known` the same bytes as a string when the caller has them so.
fn decode_known<'a>(
    bytes: &'a [u8],
    known: Option<&'a str>,
    declared: Option<&str>,
    overridden: Option<&'static Encoding>,
) -> Decoded<'a> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let known = known.and_then(|text| text.get(bom_len..));
        return finish(&bytes[bom_len..], known, encoding, EncodingSource::Bom);
    }
    if let Some(encoding) = overridden {
        return finish(bytes, known, encoding, EncodingSource::Override);
    }
    let declared = declared
        .and_then(encoding_for_label)
        .or_else(|| declared_in_markup(bytes));
    if let Some(encoding) = declared.and_then(|e| trust_declared(bytes, e)) {
        return finish(bytes, known, encoding, EncodingSource::Declared);
    }
    // Valid UTF-8, the common case, is told by one vectorized pass, and that pass's
    // result is the text.
    if sniff::bomless_utf16_order(head(bytes)).is_none() {
        if let Some(text) = utf8(bytes, known) {
            return borrowed(text, EncodingSource::Detected);
        }
    }
    finish(bytes, None, detect(bytes), EncodingSource::Detected)
}

/// `bytes` as a string when they are valid UTF-8: `known` when the caller gave them so.
fn utf8<'a>(bytes: &'a [u8], known: Option<&'a str>) -> Option<&'a str> {
    known.or_else(|| simdutf8::basic::from_utf8(bytes).ok())
}

fn borrowed(text: &str, source: EncodingSource) -> Decoded<'_> {
    Decoded {
        text: Cow::Borrowed(text),
        encoding: UTF_8,
        source,
        replacements: 0,
    }
}

/// The declared encoding, adjusted for BOM-less UTF-16, or `None` when the bytes
/// plainly contradict the declaration and detection should decide instead.
fn trust_declared(bytes: &[u8], declared: &'static Encoding) -> Option<&'static Encoding> {
    if declared == UTF_16LE || declared == UTF_16BE {
        // Without a BOM the byte order comes from the bytes; a page that says UTF-16
        // in an ASCII `<meta>` is not UTF-16 at all (browsers read it as UTF-8).
        let le = sniff::bomless_utf16_order(head(bytes))?;
        return Some(if le { UTF_16LE } else { UTF_16BE });
    }
    let utf8 = utf8_shape(bytes);
    if declared == UTF_8 {
        // A "UTF-8" page with high bytes but not one valid multi-byte sequence was
        // saved in a legacy encoding; with some valid sequences it is UTF-8 with damage.
        return (utf8.invalid == 0 || utf8.multibyte > 0).then_some(UTF_8);
    }
    if declared != X_USER_DEFINED && utf8.invalid == 0 && utf8.multibyte > 0 {
        // Legacy text is practically never valid UTF-8 once it has non-ASCII bytes: the
        // declaration is stale (a template copied between sites, a re-saved file).
        return None;
    }
    Some(declared)
}

/// The encoding of undeclared bytes: BOM-less UTF-16 by its byte columns, UTF-8 when the
/// bytes are valid UTF-8 or mostly so (a cut download, a stray byte), otherwise
/// chardetng's guess among legacy encodings.
pub fn detect(bytes: &[u8]) -> &'static Encoding {
    // UTF-16 first: UTF-16 of ASCII or Cyrillic text is also "valid UTF-8" (full of
    // control bytes), so the UTF-8 check cannot come first.
    if let Some(le) = sniff::bomless_utf16_order(head(bytes)) {
        return if le { UTF_16LE } else { UTF_16BE };
    }
    let utf8 = utf8_shape(bytes);
    if utf8.invalid == 0 || utf8.multibyte > utf8.invalid {
        return UTF_8;
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    detector.guess(None, false)
}

fn head(bytes: &[u8]) -> &[u8] {
    &bytes[..bytes.len().min(SNIFF_LEN)]
}

/// Counts of valid multi-byte UTF-8 sequences and of invalid ones.
#[derive(Debug, Default)]
struct Utf8Shape {
    multibyte: usize,
    invalid: usize,
}

fn utf8_shape(bytes: &[u8]) -> Utf8Shape {
    // Valid UTF-8 is the common case, and a SIMD check tells it several times faster
    // than the standard library's, which is kept for locating errors.
    if simdutf8::basic::from_utf8(bytes).is_ok() {
        return Utf8Shape {
            multibyte: count_leads(bytes),
            invalid: 0,
        };
    }
    let mut shape = Utf8Shape::default();
    let mut rest = bytes;
    loop {
        let (valid, error) = match std::str::from_utf8(rest) {
            Ok(s) => (s, None),
            Err(e) => (
                // `valid_up_to` is a char boundary by definition.
                std::str::from_utf8(&rest[..e.valid_up_to()]).unwrap_or_default(),
                Some(e),
            ),
        };
        shape.multibyte += count_leads(valid.as_bytes());
        let Some(error) = error else { break };
        shape.invalid += 1;
        match error.error_len() {
            Some(len) => rest = &rest[error.valid_up_to() + len..],
            // A sequence cut by the end of the input.
            None => break,
        }
    }
    shape
}

/// The number of multi-byte characters in valid UTF-8: each has exactly one lead byte
/// (0xC0 and up), and counting bytes is much cheaper than decoding characters.
fn count_leads(valid: &[u8]) -> usize {
    crate::normalize::scan::count_bytes(valid, |b| b >= 0xc0)
}

/// Decodes with `encoding`, counting each malformed sequence as one replacement.
fn finish<'a>(
    bytes: &'a [u8],
    known: Option<&'a str>,
    encoding: &'static Encoding,
    source: EncodingSource,
) -> Decoded<'a> {
    if encoding == UTF_8 {
        if let Some(text) = utf8(bytes, known) {
            return borrowed(text, source);
        }
    }
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut text = String::with_capacity(
        decoder
            .max_utf8_buffer_length_without_replacement(bytes.len())
            .unwrap_or(bytes.len().saturating_mul(3)),
    );
    let mut replacements = 0u64;
    let mut rest = bytes;
    loop {
        let (result, read) = decoder.decode_to_string_without_replacement(rest, &mut text, true);
        rest = &rest[read..];
        match result {
            DecoderResult::InputEmpty => break,
            DecoderResult::Malformed(_, _) => {
                replacements += 1;
                text.push('\u{fffd}');
            }
            DecoderResult::OutputFull => text.reserve(rest.len().saturating_mul(3).max(16)),
        }
    }
    Decoded {
        text: Cow::Owned(text),
        encoding,
        source,
        replacements,
    }
}

/// A charset declared in the first kilobytes of markup: `<meta charset>`, an http-equiv
/// Content-Type, or an XML declaration. Only bytes that start like markup are looked at,
/// so a plain-text article that quotes a `<meta>` tag is not "declared".
pub fn declared_in_markup(bytes: &[u8]) -> Option<&'static Encoding> {
    // Text that opens with a visible ASCII character other than `<` is not markup; most
    // documents leave here before the head is lowercased.
    let first = bytes.first().copied().unwrap_or(b' ');
    if first.is_ascii() && !first.is_ascii_whitespace() && first != 0x0b && first != b'<' {
        return None;
    }
    let lower: Vec<u8> = head(bytes).iter().map(u8::to_ascii_lowercase).collect();
    // The vectorized check first: the standard one (inside `from_utf8_lossy`) costs
    // more than the rest of this function on most pages.
    let lower = match simdutf8::basic::from_utf8(&lower) {
        Ok(text) => Cow::Borrowed(text),
        Err(_) => String::from_utf8_lossy(&lower),
    };
    let trimmed = lower.trim_start();
    if !trimmed.starts_with('<') {
        return None;
    }
    if trimmed.starts_with("<?xml") {
        let end = trimmed.find("?>").unwrap_or(trimmed.len());
        if let Some(label) = attribute_after(&trimmed[..end], "encoding=") {
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

    fn utf16(text: &str, le: bool) -> Vec<u8> {
        text.encode_utf16()
            .flat_map(|u| if le { u.to_le_bytes() } else { u.to_be_bytes() })
            .collect()
    }

    proptest::proptest! {
        /// Text given as a string decodes exactly as its bytes do, with or without a
        /// BOM, a declared charset or an override.
        #[test]
        fn strings_decode_as_their_bytes_do(
            text in "(\u{feff})?[a-zé Привет<>=\"]{0,40}",
            declared in proptest::option::of(proptest::sample::select(vec!["utf-8", "windows-1251", "utf-16le"])),
            overridden in proptest::option::of(proptest::sample::select(vec!["koi8-r", "utf-8"])),
        ) {
            let overridden = overridden.and_then(encoding_for_label);
            let from_bytes = decode(text.as_bytes(), declared, overridden);
            let from_str = decode_str(&text, declared, overridden);
            proptest::prop_assert_eq!(&from_str.text, &from_bytes.text);
            proptest::prop_assert_eq!(from_str.encoding, from_bytes.encoding);
            proptest::prop_assert_eq!(from_str.source, from_bytes.source);
            proptest::prop_assert_eq!(from_str.replacements, from_bytes.replacements);
        }
    }

    #[test]
    fn valid_utf8_is_used_in_place() {
        for (bytes, declared) in [
            ("Café crème, Привет".as_bytes(), None),
            ("Café crème".as_bytes(), Some("utf-8")),
            ("\u{feff}Café".as_bytes(), None),
        ] {
            let d = decode(bytes, declared, None);
            assert!(matches!(d.text, Cow::Borrowed(_)), "{bytes:?}");
            assert_eq!((d.encoding, d.replacements), (UTF_8, 0));
            assert_eq!(
                d.text,
                std::str::from_utf8(bytes)
                    .unwrap()
                    .trim_start_matches('\u{feff}')
            );
        }
        // Damaged UTF-8 is decoded into a copy, with its replacements counted.
        let d = decode(b"caf\xc3\xa9 cr\xc3\xa8me coup\xe9", None, None);
        assert!(matches!(d.text, Cow::Owned(_)));
        assert_eq!(
            (d.text.as_ref(), d.replacements),
            ("café crème coup\u{fffd}", 1)
        );
    }

    #[test]
    fn bom_wins() {
        let d = decode(b"\xef\xbb\xbfhi", Some("windows-1251"), None);
        assert_eq!((d.text.as_ref(), d.source), ("hi", EncodingSource::Bom));
        let d = decode(b"\xff\xfeh\0i\0", None, None);
        assert_eq!((d.text.as_ref(), d.encoding.name()), ("hi", "UTF-16LE"));
        let d = decode(b"\xfe\xff\0h\0i", None, encoding_for_label("koi8-r"));
        assert_eq!((d.text.as_ref(), d.source), ("hi", EncodingSource::Bom));
    }

    #[test]
    fn override_beats_declaration() {
        let d = decode(
            b"\xcf\xf0\xe8",
            Some("utf-8"),
            encoding_for_label("windows-1251"),
        );
        assert_eq!(
            (d.text.as_ref(), d.source),
            ("При", EncodingSource::Override)
        );
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
        let xml = b"<?xml version=\"1.0\" encoding=\"koi8-r\"?><a>\xf0\xd2\xc9</a>";
        assert!(decode(xml, None, None).text.contains("При"));
        let d = decode(b"\xf0\xd2\xc9\xd7\xc5\xd4", Some("koi8-r"), None);
        assert_eq!(
            (d.text.as_ref(), d.source),
            ("Привет", EncodingSource::Declared)
        );
    }

    #[test]
    fn prose_quoting_a_meta_tag_is_not_a_declaration() {
        let text = b"Put <meta charset=\"koi8-r\"> in the head. Caf\xc3\xa9.";
        let d = decode(text, None, None);
        assert_eq!((d.encoding, d.source), (UTF_8, EncodingSource::Detected));
    }

    #[test]
    fn contradicted_declarations_fall_back_to_detection() {
        let page = "<meta charset=\"iso-8859-1\"><p>Caf\u{e9} cr\u{e8}me</p>";
        let d = decode(page.as_bytes(), None, None);
        assert_eq!((d.encoding, d.source), (UTF_8, EncodingSource::Detected));
        assert!(d.text.contains("Café crème"));
        let d = decode(
            b"Caf\xe9 cr\xe8me br\xfbl\xe9e, d\xe9j\xe0 vu",
            Some("utf-8"),
            None,
        );
        assert_eq!(d.source, EncodingSource::Detected);
        assert!(d.text.starts_with("Café crème"), "{}", d.text);
        // One stray byte in UTF-8 text stays UTF-8, with one replacement.
        let d = decode(b"Caf\xc3\xa9 \xff cr\xc3\xa8me", Some("utf-8"), None);
        assert_eq!((d.source, d.replacements), (EncodingSource::Declared, 1));
        // ASCII is consistent with any declaration.
        let d = decode(b"plain", Some("windows-1251"), None);
        assert_eq!(d.source, EncodingSource::Declared);
    }

    #[test]
    fn unknown_and_replacement_labels_are_ignored() {
        assert!(encoding_for_label("iso-2022-kr").is_none());
        let d = decode("Grüße".as_bytes(), Some("no-such-charset"), None);
        assert_eq!(
            (d.text.as_ref(), d.source),
            ("Grüße", EncodingSource::Detected)
        );
    }

    #[test]
    fn detection() {
        assert_eq!(decode("Привет, мир".as_bytes(), None, None).encoding, UTF_8);
        let cp1251 = b"\xcf\xf0\xe8\xe2\xe5\xf2, \xec\xe8\xf0! \xdd\xf2\xee \xf2\xe5\xea\xf1\xf2 \xed\xe0 \xf0\xf3\xf1\xf1\xea\xee\xec \xff\xe7\xfb\xea\xe5.";
        assert_eq!(decode(cp1251, None, None).encoding.name(), "windows-1251");
        let bytes = utf16("Hello world, plain text", true);
        let d = decode(&bytes, None, None);
        assert_eq!(
            (d.text.as_ref(), d.encoding),
            ("Hello world, plain text", UTF_16LE)
        );
        let bytes = utf16("Hello world, plain text", false);
        let d = decode(&bytes, None, None);
        assert_eq!(
            (d.text.as_ref(), d.encoding),
            ("Hello world, plain text", UTF_16BE)
        );
    }

    #[test]
    fn bomless_utf16_of_other_scripts() {
        let text = "Привет, мир! Это текст на русском языке.";
        for le in [true, false] {
            let bytes = utf16(text, le);
            let d = decode(&bytes, None, None);
            assert_eq!(d.text, text);
        }
        let greek = "Καλημέρα κόσμε, αυτό είναι ελληνικό κείμενο.";
        assert_eq!(decode(&utf16(greek, true), None, None).text, greek);
    }

    #[test]
    fn truncated_utf8_stays_utf8() {
        let mut bytes = "Ceci est un texte en français, coupé".as_bytes().to_vec();
        bytes.extend_from_slice(&[0xc3]);
        let d = decode(&bytes, None, None);
        assert_eq!((d.encoding, d.replacements), (UTF_8, 1));
        assert!(d.text.ends_with("coupé\u{fffd}"));
    }

    #[test]
    fn counts_multibyte_characters_by_lead_bytes() {
        assert_eq!(count_leads("aé€😀".as_bytes()), 3);
        let long = "naïve café — ".repeat(20);
        assert_eq!(
            count_leads(long.as_bytes()),
            long.chars().filter(|c| !c.is_ascii()).count()
        );
        assert_eq!(count_leads(b"plain"), 0);
    }

    #[test]
    fn counts_replacements_not_existing_fffd() {
        let d = decode(
            b"d\xc3\xa9j\xc3\xa0 ok \xff\xfe\xfd bad",
            Some("utf-8"),
            None,
        );
        assert_eq!(d.replacements, 3);
        let d = decode("already \u{fffd} here".as_bytes(), None, None);
        assert_eq!(d.replacements, 0);
    }

    #[test]
    fn invalid_utf16_is_replaced() {
        // A lone high surrogate, then an odd trailing byte.
        let d = decode(b"\xff\xfeA\0\x00\xd8B\0C", None, None);
        assert_eq!(d.text, "A\u{fffd}B\u{fffd}");
        assert_eq!(d.replacements, 2);
    }
}
