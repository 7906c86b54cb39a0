//! The machinery behind the mojibake repair rules (EN001 `mojibake-latin`, EN002
//! `mojibake-cyrillic`): finding UTF-8 byte sequences that were decoded with a legacy
//! single-byte encoding, and deciding whether re-decoding them is safe.
//!
//! When UTF-8 bytes are decoded as windows-1252 (or windows-1251, KOI8-R), every
//! multi-byte character turns into two to four characters: a "lead" (what the legacy
//! encoding makes of byte 0xC2–0xF4) followed by "continuations" (bytes 0x80–0xBF).
//! Mapping such characters back to their bytes and decoding the bytes as UTF-8 gives the
//! original character. The hard part is never touching correct text, so a sequence is
//! only re-decoded when:
//!
//! 1. its bytes are valid UTF-8 and decode to a character that mojibake plausibly hides
//!    (letters of the common scripts, punctuation, symbols; other scripts only in runs
//!    of several adjacent sequences, as whole words of that script look);
//! 2. the text holds at least one *strong* sequence of the same encoding: part of a run
//!    of two or more adjacent sequences, or one whose continuations include a symbol that
//!    does not follow letters in real text (`©` yes, `€` or `¾` no), or an uppercase lead
//!    right after a lowercase letter (`cafÃ©`). A lone "weak" sequence, such as
//!    Portuguese `IRMÃ”` (a real `Ã` before a closing quote) or Russian `«РЖД»`, is
//!    left alone unless the rest of the text proves the damage.
//!
//! Repair runs again on its own output (up to [`MAX_PASSES`] times) to undo double
//! damage; each pass needs its own strong evidence.

use std::sync::OnceLock;

use encoding_rs::{Encoding, KOI8_R, WINDOWS_1251, WINDOWS_1252};

use crate::normalize::scan;

/// Text decoded wrongly twice is common; three times is rare, four is noise.
pub const MAX_PASSES: usize = 4;

/// A legacy encoding UTF-8 may have been decoded with, and how to judge its damage.
/// Code points below this have a slot in a codec's direct lookup table.
const LOW_TABLE: usize = 0x500;

pub struct Codec {
    name: &'static str,
    /// What the encoding decodes each byte 0x80–0xFF to, reversed: a direct table for
    /// the code points below U+0500 (Latin-1 and Cyrillic), a sorted list for the rest.
    /// This lookup runs for every character of every non-ASCII document.
    low: Box<[u8; LOW_TABLE]>,
    high: Vec<(char, u8)>,
    /// Characters one repaired sequence may stand for.
    allowed: fn(char) -> bool,
    /// Whether a continuation after this lead also follows words in correct text.
    weak: fn(char, char) -> bool,
    /// Whether the encoding's two-byte leads are uppercase letters, so that one right
    /// after a lowercase letter is a sign of damage.
    uppercase_leads: bool,
    /// Whether a punctuation continuation directly followed by a letter is a sign of
    /// damage (`Ã‰tat`). Not for windows-1251: Ukrainian puts apostrophes inside words.
    in_word_punctuation: bool,
    /// Whether a three- or four-byte sequence for a symbol is strong on its own.
    symbol_sequences_strong: bool,
}

impl Codec {
    fn build(
        name: &'static str,
        encoding: &'static Encoding,
        allowed: fn(char) -> bool,
        weak: fn(char, char) -> bool,
        uppercase_leads: bool,
        in_word_punctuation: bool,
    ) -> Codec {
        let mut low = Box::new([0u8; LOW_TABLE]);
        let mut high: Vec<(char, u8)> = Vec::new();
        for b in 0x80u8..=0xff {
            let byte = [b];
            let (text, _) = encoding.decode_without_bom_handling(&byte);
            let mut chars = text.chars();
            if let (Some(c), None) = (chars.next(), chars.next()) {
                match low.get_mut(c as usize) {
                    Some(slot) if *slot == 0 => *slot = b,
                    Some(_) => {}
                    None if !high.iter().any(|&(h, _)| h == c) => high.push((c, b)),
                    None => {}
                }
            }
        }
        high.sort_unstable();
        Codec {
            name,
            low,
            high,
            allowed,
            weak,
            uppercase_leads,
            in_word_punctuation,
            symbol_sequences_strong: in_word_punctuation,
        }
    }

    pub fn name(&self) -> &'static str {
        self.name
    }

    fn byte(&self, c: char) -> Option<u8> {
        match self.low.get(c as usize) {
            Some(&b) => (b != 0).then_some(b),
            None => self
                .high
                .binary_search_by_key(&c, |&(h, _)| h)
                .ok()
                .map(|i| self.high[i].1),
        }
    }
}

/// windows-1252, and ISO-8859-1: its C1 control characters are the bytes themselves.
pub fn windows_1252() -> &'static Codec {
    static CODEC: OnceLock<Codec> = OnceLock::new();
    CODEC.get_or_init(|| {
        let mut codec = Codec::build(
            "windows-1252",
            WINDOWS_1252,
            latin_allowed,
            latin_weak,
            true,
            true,
        );
        for b in 0x80u8..=0x9f {
            let slot = &mut codec.low[usize::from(b)];
            if *slot == 0 {
                *slot = b;
            }
        }
        codec
    })
}

pub fn windows_1251() -> &'static Codec {
    static CODEC: OnceLock<Codec> = OnceLock::new();
    CODEC.get_or_init(|| {
        Codec::build(
            "windows-1251",
            WINDOWS_1251,
            cyrillic_allowed,
            cyrillic_weak,
            true,
            false,
        )
    })
}

pub fn koi8_r() -> &'static Codec {
    static CODEC: OnceLock<Codec> = OnceLock::new();
    CODEC.get_or_init(|| Codec::build("KOI8-R", KOI8_R, cyrillic_allowed, koi8_weak, false, false))
}

/// Characters a single repaired sequence may produce under windows-1252: the scripts and
/// symbols of text that is commonly mojibaked this way.
fn latin_allowed(c: char) -> bool {
    matches!(c as u32,
        // C1 controls are no text, but under double damage they are the bytes of the
        // inner layer (`Å\u{81}` is `Ł` damaged once).
        0x80..=0x9f
        | 0xa0..=0x17f            // Latin-1 and Latin Extended-A letters and symbols
        | 0x192 | 0x2c6 | 0x2dc  // ƒ ˆ ˜: windows-1252 bytes, the inner layer of double damage
        | 0x218..=0x21b         // Romanian ș ț
        | 0x386..=0x3ce         // Greek
        | 0x400..=0x45f | 0x490..=0x491 // Cyrillic
        | 0x1e00..=0x1eff       // Vietnamese and other precomposed Latin
        | 0x1f000..=0x1faff)    // emoji, flags
        || common_symbol(c)
}

/// Under windows-1251 and KOI8-R: Cyrillic, Latin-1, punctuation, symbols.
fn cyrillic_allowed(c: char) -> bool {
    matches!(c as u32, 0xa0..=0xff | 0x400..=0x45f | 0x490..=0x491 | 0x1f000..=0x1faff)
        || common_symbol(c)
}

fn common_symbol(c: char) -> bool {
    matches!(c as u32,
        0x200b..=0x200f | 0x2010..=0x2027 | 0x2030..=0x205e | 0x2060
        | 0x20ac | 0x2116 | 0x2122 | 0x2190..=0x21ff | 0x2212
        | 0x25a0..=0x25ff | 0x2600..=0x27bf | 0x2b00..=0x2bff | 0xfb01..=0xfb02
        | 0xfe00..=0xfe0f       // variation selectors of emoji
        | 0xfeff)
}

/// Letters of other scripts, which a sequence may produce when it is three or four bytes
/// long (structurally unlike correct Latin text) or sits next to other sequences (a
/// damaged word). Greek and Cyrillic beyond the common letters are not among them:
/// correct Ukrainian capitals pair up into look-alikes of rare Cyrillic letters.
fn run_allowed(c: char) -> bool {
    matches!(c as u32,
        0x531..=0x58f | 0x5d0..=0x5ea | 0x600..=0x6ff | 0x900..=0xd7f
        | 0xe00..=0xe7f | 0x10a0..=0x10ff | 0x1100..=0x11ff | 0x3000..=0x30ff
        | 0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xac00..=0xd7a3 | 0xff00..=0xffef)
}

/// Punctuation and symbols that follow a word in correct text (a closing quote after an
/// uppercase `Ã`), so a sequence made only of them is weak evidence.
fn word_final(c: char) -> bool {
    const AFTER_WORDS: &str = "’‘”“„»«›‹–—…\u{a0}™®©°²³¹·•†‡\u{ad}";
    AFTER_WORDS.contains(c)
}

/// `Â` ends no word in any language written in windows-1252, so it is never weak. `Ã`
/// ends Portuguese words (`IRMÃ`), which are followed by closing punctuation but not by
/// opening quotes, no-break spaces or superscripts.
fn latin_weak(lead: char, c: char) -> bool {
    match lead {
        'Â' => false,
        'Ã' => "’”»…–—™".contains(c),
        _ => word_final(c),
    }
}

/// Ukrainian, Belarusian, Serbian and Macedonian letters sit in windows-1251's
/// continuation range, and follow `Р` or `С` in correct text (`Рівне`).
/// Degrees and superscripts follow digits, not Cyrillic letters, so `Р°` (`а`) is
/// strong.
fn cyrillic_weak(_lead: char, c: char) -> bool {
    (word_final(c) && !matches!(c, '°' | '²' | '³' | '¹'))
        || c == '№'
        || ('\u{400}'..='\u{4ff}').contains(&c)
}

fn koi8_weak(_lead: char, c: char) -> bool {
    matches!(c, '\u{a0}' | '°' | '²' | '·' | '©' | 'ё' | 'Ё')
}

/// One suspect sequence: `len` characters from char index `start`, standing for
/// `decoded`.
#[derive(Debug, Clone, Copy)]
struct Sequence {
    start: usize,
    len: usize,
    decoded: char,
}

/// Whether the UTF-8 of `s` holds byte `first` followed by a byte in `second`: a
/// memchr scan that tells whether a two-byte character of a narrow range occurs, which
/// decides for most text that no repair can apply.
pub fn has_pair(s: &str, first: u8, second: std::ops::RangeInclusive<u8>) -> bool {
    let bytes = s.as_bytes();
    memchr::memchr_iter(first, bytes)
        .any(|at| bytes.get(at + 1).is_some_and(|b| second.contains(b)))
}

/// Repairs mojibake of any of `codecs` in `s`, one codec after the other. Returns the
/// repaired text and how many sequences were re-decoded, or `None` when nothing changed.
pub fn repair(s: &str, codecs: &[&Codec]) -> Option<(String, usize)> {
    if s.is_ascii() {
        return None;
    }
    let mut text: Option<String> = None;
    let mut total = 0;
    for codec in codecs {
        // Each pass needs its own evidence: repaired text can hold correct look-alikes
        // (`Рівне` comes out of one pass and would turn into `гвне` in the next).
        for _ in 0..MAX_PASSES {
            let current = text.as_deref().unwrap_or(s);
            let Some((repaired, n)) = repair_pass(current, codec) else {
                break;
            };
            total += n;
            text = Some(repaired);
        }
    }
    text.map(|t| (t, total))
}

/// One pass of one codec.
fn repair_pass(s: &str, codec: &Codec) -> Option<(String, usize)> {
    // Most text holds no lead directly followed by a continuation: no sequence can
    // start, and the text need not be split into characters.
    if !has_lead_pair(s, codec) {
        return None;
    }
    let chars: Vec<char> = s.chars().collect();
    let sequences = plausible(&chars, find_sequences(&chars, codec), codec);
    if sequences.is_empty() {
        return None;
    }
    if !(0..sequences.len()).any(|i| is_strong(&chars, &sequences, i, codec)) {
        return None;
    }
    let mut out = String::with_capacity(s.len());
    let mut at = 0;
    for seq in &sequences {
        out.extend(&chars[at..seq.start]);
        out.push(seq.decoded);
        at = seq.start + seq.len;
    }
    out.extend(&chars[at..]);
    Some((out, sequences.len()))
}

/// Whether a lead character is directly followed by one that stands for a continuation
/// byte (0x80..=0xBF), as every sequence starts. ASCII is neither in any codec.
fn has_lead_pair(s: &str, codec: &Codec) -> bool {
    let mut lead_end = None;
    scan::non_ascii_chars(s).any(|(at, c)| {
        // One table lookup per character: text in a script the codec covers (Cyrillic
        // for windows-1251) has nothing but such characters.
        let byte = codec.byte(c);
        let continues = lead_end == Some(at) && byte.is_some_and(|b| (0x80..=0xbf).contains(&b));
        // A lead: what a UTF-8 lead byte (0xC2–0xF4) decodes to in this encoding.
        lead_end = byte
            .is_some_and(|b| (0xc2..=0xf4).contains(&b))
            .then_some(at + c.len_utf8());
        continues
    })
}

/// Every lead character followed by the continuations its byte calls for, whose bytes
/// form valid UTF-8, left to right without overlap.
fn find_sequences(chars: &[char], codec: &Codec) -> Vec<Sequence> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        match sequence_at(chars, i, codec) {
            Some(seq) => {
                i += seq.len;
                found.push(seq);
            }
            None => i += 1,
        }
    }
    found
}

fn sequence_at(chars: &[char], start: usize, codec: &Codec) -> Option<Sequence> {
    let lead = codec.byte(chars[start])?;
    let continuations = match lead {
        0xc2..=0xdf => 1,
        0xe0..=0xef => 2,
        0xf0..=0xf4 => 3,
        _ => return None,
    };
    let mut bytes = [lead, 0, 0, 0];
    for (k, slot) in bytes.iter_mut().enumerate().skip(1).take(continuations) {
        let b = codec.byte(*chars.get(start + k)?)?;
        if !(0x80..=0xbf).contains(&b) {
            return None;
        }
        *slot = b;
    }
    let decoded = std::str::from_utf8(&bytes[..=continuations])
        .ok()?
        .chars()
        .next()?;
    Some(Sequence {
        start,
        len: continuations + 1,
        decoded,
    })
}

/// Keeps the sequences whose decoded character is plausible: an allowed character, or
/// a letter of another script when the sequence is three or four bytes long or sits in
/// a run of adjacent sequences (a damaged word of that script).
fn plausible(chars: &[char], sequences: Vec<Sequence>, codec: &Codec) -> Vec<Sequence> {
    // Decomposed text (`u` + U+0308) damaged: a combining mark needs a letter before it.
    let allowed = |s: &Sequence| {
        (codec.allowed)(s.decoded)
            || ('\u{300}'..='\u{36f}').contains(&s.decoded)
                && s.start
                    .checked_sub(1)
                    .is_some_and(|p| chars[p].is_alphabetic())
    };
    let mut kept = Vec::with_capacity(sequences.len());
    let mut group_start = 0;
    for i in 1..=sequences.len() {
        let joined = sequences
            .get(i)
            .is_some_and(|s| sequences[i - 1].start + sequences[i - 1].len == s.start);
        if joined {
            continue;
        }
        let group = &sequences[group_start..i];
        let word = group.len() >= 2 && group.iter().all(|s| allowed(s) || run_allowed(s.decoded));
        kept.extend(
            group
                .iter()
                .filter(|s| word || allowed(s) || s.len >= 3 && run_allowed(s.decoded)),
        );
        group_start = i;
    }
    kept
}

/// Whether sequence `i` proves on its own that the text is damaged.
fn is_strong(chars: &[char], sequences: &[Sequence], i: usize, codec: &Codec) -> bool {
    let seq = sequences[i];
    let end = seq.start + seq.len;
    let in_run = (i > 0 && sequences[i - 1].start + sequences[i - 1].len == seq.start)
        || sequences.get(i + 1).is_some_and(|n| n.start == end);
    if in_run {
        return true;
    }
    let continuations = &chars[seq.start + 1..end];
    // Three or four bytes for a symbol (`â€™`, `â†’`, `ðŸ˜€`): correct text does not put
    // two symbols after a lowercase accented letter. Windows-1251 leads are ordinary
    // Russian letters, so there the continuations decide.
    if codec.symbol_sequences_strong && seq.len >= 3 && !seq.decoded.is_alphabetic() {
        return true;
    }
    if continuations
        .iter()
        .any(|&c| !(codec.weak)(chars[seq.start], c))
    {
        return true;
    }
    let lead = chars[seq.start];
    let before = seq.start.checked_sub(1).map(|p| chars[p]);
    if codec.uppercase_leads
        && seq.len == 2
        && lead.is_uppercase()
        && before.is_some_and(char::is_lowercase)
    {
        return true;
    }
    let last = continuations.last().copied().unwrap_or(lead);
    let after = chars.get(end).copied();
    codec.in_word_punctuation
        && !last.is_alphabetic()
        && !matches!(last, '’' | '‘')
        && after.is_some_and(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// UTF-8 bytes of `s` decoded with `encoding`: what a misconfigured scraper saves.
    pub(crate) fn damage(s: &str, encoding: &'static Encoding) -> String {
        encoding
            .decode_without_bom_handling(s.as_bytes())
            .0
            .into_owned()
    }

    #[test]
    fn codec_tables_come_from_encoding_rs() {
        assert_eq!(windows_1252().byte('€'), Some(0x80));
        assert_eq!(windows_1252().byte('\u{81}'), Some(0x81));
        assert_eq!(windows_1252().byte('\u{80}'), Some(0x80));
        assert_eq!(windows_1251().byte('Р'), Some(0xd0));
        assert_eq!(koi8_r().byte('п'), Some(0xd0));
    }

    #[test]
    fn repairs_each_codec() {
        let text = "Élysée — “naïve” façade, Łódź, Привет";
        assert_eq!(
            repair(&damage(text, WINDOWS_1252), &[windows_1252()]).map(|r| r.0),
            Some(text.into())
        );
        let ru = "Привет, мир — «тест».";
        assert_eq!(
            repair(&damage(ru, WINDOWS_1251), &[windows_1251()]).map(|r| r.0),
            Some(ru.into())
        );
        assert_eq!(
            repair(&damage(ru, KOI8_R), &[koi8_r()]).map(|r| r.0),
            Some(ru.into())
        );
    }

    #[test]
    fn counts_sequences() {
        assert_eq!(
            repair("cafÃ© crÃ¨me", &[windows_1252()]),
            Some(("café crème".into(), 2))
        );
    }
}
