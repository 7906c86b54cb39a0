//! Decodes HTML character references left in plain text: every named reference of the
//! HTML standard (`&amp;`, `&nbsp;`, `&rsquo;`, `&eacute;`, `&acute;`, `&hearts;`, …) and
//! numeric ones (`&#8217;`, `&#x2019;`).
//!
//! Why: text exported from a CMS or scraped with a tool that skipped unescaping carries
//! `Tom &amp; Jerry` and `it&#8217;s`; tokenizers and search see entity names as words.
//! Only plain-text documents go through this rule: in HTML the parser already decoded
//! the page's entities, and what remains was escaped on purpose.
//!
//! Only well-formed references are decoded: a name from the standard's list (the
//! WHATWG table of 2,125 names that html5ever's tokenizer uses, through `markup5ever`;
//! case matters: `&Eacute;` is `É`, `&EAcute;` nothing) or a number, closed by `;`.
//! `AT&T`, `&foo;`, `&amp` without the semicolon, and numbers for NUL, control
//! characters other than the tab and the line ends (`&#13;`, a CMS's escaped carriage
//! return, is one: it goes the way of every carriage return) or surrogates stay as
//! they are. `&#128;`–`&#159;` mean the windows-1252
//! characters, as in browsers (`&#146;` is `’`). Text escaped twice is decoded to the
//! end (`&amp;#039;` becomes `'`, `&amp;lt;` becomes `<`): what one pass leaves, cleaning
//! the output again would decode.
//!
//! Known false positives: text that shows entities on purpose (a tutorial on HTML
//! escaping written as plain text) loses them.
//!
//! Example: `Tom &amp; Jerry&#8217;s caf&eacute;` becomes `Tom & Jerry’s café`.

use crate::rules::RuleMeta;

pub static META: RuleMeta = RuleMeta {
    code: "EN003",
    name: "html-entity",
    source: include_str!("html_entity.rs"),
};

/// The longest reference body (the name `CounterClockwiseContourIntegral`); a `;`
/// further on closes something else.
const LONGEST_BODY: usize = 31;

/// The decoded text and the number of references decoded, or `None`.
pub fn apply(s: &str) -> Option<(String, usize)> {
    let (mut out, mut count) = apply_once(s)?;
    // Each pass decodes one level of escaping; real text is escaped three times at most.
    for _ in 0..3 {
        match apply_once(&out) {
            Some((again, n)) => {
                out = again;
                count += n;
            }
            None => break,
        }
    }
    Some((out, count))
}

fn apply_once(s: &str) -> Option<(String, usize)> {
    // A vectorized scan first: most text has no `&` at all.
    memchr::memchr(b'&', s.as_bytes())?;
    let mut out = String::with_capacity(s.len());
    let mut count = 0;
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        match reference(rest) {
            Some((chars, len)) => {
                out.extend(chars.into_iter().flatten());
                rest = &rest[len..];
                count += 1;
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    (count > 0).then_some((out, count))
}

/// The characters a reference at the start of `s` (which starts with `&`) stands for
/// (one, or two for a few named ones such as `&NotEqualTilde;`), and the reference's
/// length in bytes.
fn reference(s: &str) -> Option<([Option<char>; 2], usize)> {
    let body = s.get(1..)?.as_bytes();
    let end = body
        .iter()
        .take(LONGEST_BODY + 1)
        .position(|&b| b == b';')?;
    // A name or a number is ASCII: anything else before the `;` is no reference.
    let name = std::str::from_utf8(&body[..end]).ok()?;
    let chars = match name.strip_prefix('#') {
        Some(number) => [Some(numeric(number)?), None],
        None => named(name)?,
    };
    Some((chars, end + 2))
}

/// The characters of the named reference `name` (without `&` and `;`). The table holds
/// each name with its `;` (and every prefix of one, mapped to nothing, for a
/// tokenizer's longest match), so only whole names closed by `;` are found.
fn named(name: &str) -> Option<[Option<char>; 2]> {
    if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return None;
    }
    let mut key = [0u8; LONGEST_BODY + 1];
    key[..name.len()].copy_from_slice(name.as_bytes());
    key[name.len()] = b';';
    let key = std::str::from_utf8(&key[..=name.len()]).ok()?;
    let &(first, second) = markup5ever::data::NAMED_ENTITIES.get(key)?;
    let first = char::from_u32(first).filter(|&c| c != '\0')?;
    Some([Some(first), char::from_u32(second).filter(|&c| c != '\0')])
}

fn numeric(number: &str) -> Option<char> {
    let value = match number.strip_prefix(['x', 'X']) {
        Some(hex) if !hex.is_empty() && hex.chars().all(|c| c.is_ascii_hexdigit()) => {
            u32::from_str_radix(hex, 16).ok()?
        }
        _ if !number.is_empty() && number.chars().all(|c| c.is_ascii_digit()) => {
            number.parse().ok()?
        }
        _ => return None,
    };
    if (0x80..=0x9f).contains(&value) {
        // As browsers do: these numbers mean the windows-1252 characters.
        let byte = [value as u8];
        let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&byte);
        return text.chars().next().filter(|c| !c.is_control());
    }
    let c = char::from_u32(value)?;
    (!c.is_control() || matches!(c, '\t' | '\n' | '\r')).then_some(c)
}

#[cfg(test)]
mod tests {
    use super::apply;

    #[test]
    fn decodes_named_and_numeric() {
        assert_eq!(
            apply("Tom &amp; Jerry&#8217;s caf&eacute; &#x2019; &#X201C;&nbsp;&hellip;"),
            Some(("Tom & Jerry’s café ’ “\u{a0}…".into(), 7))
        );
        assert_eq!(apply("&#146;quoted&#148;"), Some(("’quoted”".into(), 2)));
        // Every name of the standard, not only the common ones; a few stand for two
        // characters.
        assert_eq!(
            apply(
                "tut&acute;s &hearts; &alpha;&beta; &rArr; &AMP; &CounterClockwiseContourIntegral;"
            ),
            Some(("tut´s ♥ αβ ⇒ & ∳".into(), 7))
        );
        assert_eq!(
            apply("a &NotEqualTilde; b"),
            Some(("a \u{2242}\u{338} b".into(), 1))
        );
        assert_eq!(apply("&amp;lt;"), Some(("<".into(), 2)));
        assert_eq!(apply("that&amp;#039;s"), Some(("that's".into(), 2)));
        assert_eq!(apply("&amp;amp;amp;"), Some(("&".into(), 3)));
        // The tab and the line ends are the control characters text may hold.
        assert_eq!(apply("a&#9;b&#13;&#10;"), Some(("a\tb\r\n".into(), 3)));
    }

    #[test]
    fn leaves_look_alikes() {
        for text in [
            "AT&T and R&D",
            "&foo; &amp &Amp; &EAcute; & ;",
            // Prefixes of names, and a name one letter too long.
            "&ama; &hearts2; &CounterClockwiseContourIntegrals;",
            "&#0; &#x1; &#xD800; &#1114112; &#129; &#; &#x;",
            "Q&A;",
            "fish & chips; salt &pepper;",
        ] {
            assert_eq!(apply(text), None, "{text}");
        }
    }
}
