//! Decodes HTML character references left in plain text: named entities from a list of
//! common ones (`&amp;`, `&nbsp;`, `&rsquo;`, `&eacute;`, …) and numeric ones (`&#8217;`,
//! `&#x2019;`).
//!
//! Why: text exported from a CMS or scraped with a tool that skipped unescaping carries
//! `Tom &amp; Jerry` and `it&#8217;s`; tokenizers and search see entity names as words.
//! Only plain-text documents go through this rule: in HTML the parser already decoded
//! the page's entities, and what remains was escaped on purpose.
//!
//! Only well-formed references are decoded: a known name or a number, closed by `;`.
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

/// Named references decoded, with their characters. Case matters, as in HTML.
const NAMED: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{a0}'),
    ("ensp", '\u{2002}'),
    ("emsp", '\u{2003}'),
    ("thinsp", '\u{2009}'),
    ("shy", '\u{ad}'),
    ("zwj", '\u{200d}'),
    ("zwnj", '\u{200c}'),
    ("lrm", '\u{200e}'),
    ("rlm", '\u{200f}'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("hellip", '…'),
    ("bull", '•'),
    ("middot", '·'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("sbquo", '‚'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("bdquo", '„'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("lsaquo", '‹'),
    ("rsaquo", '›'),
    ("prime", '′'),
    ("Prime", '″'),
    ("copy", '©'),
    ("reg", '®'),
    ("trade", '™'),
    ("deg", '°'),
    ("plusmn", '±'),
    ("times", '×'),
    ("divide", '÷'),
    ("minus", '−'),
    ("frac12", '½'),
    ("frac14", '¼'),
    ("frac34", '¾'),
    ("sup1", '¹'),
    ("sup2", '²'),
    ("sup3", '³'),
    ("micro", 'µ'),
    ("para", '¶'),
    ("sect", '§'),
    ("euro", '€'),
    ("pound", '£'),
    ("yen", '¥'),
    ("cent", '¢'),
    ("curren", '¤'),
    ("iexcl", '¡'),
    ("iquest", '¿'),
    ("dagger", '†'),
    ("Dagger", '‡'),
    ("permil", '‰'),
    ("ordf", 'ª'),
    ("ordm", 'º'),
    ("not", '¬'),
    ("larr", '←'),
    ("rarr", '→'),
    ("uarr", '↑'),
    ("darr", '↓'),
    ("harr", '↔'),
    ("Agrave", 'À'),
    ("Aacute", 'Á'),
    ("Acirc", 'Â'),
    ("Atilde", 'Ã'),
    ("Auml", 'Ä'),
    ("Aring", 'Å'),
    ("AElig", 'Æ'),
    ("Ccedil", 'Ç'),
    ("Egrave", 'È'),
    ("Eacute", 'É'),
    ("Ecirc", 'Ê'),
    ("Euml", 'Ë'),
    ("Igrave", 'Ì'),
    ("Iacute", 'Í'),
    ("Icirc", 'Î'),
    ("Iuml", 'Ï'),
    ("ETH", 'Ð'),
    ("Ntilde", 'Ñ'),
    ("Ograve", 'Ò'),
    ("Oacute", 'Ó'),
    ("Ocirc", 'Ô'),
    ("Otilde", 'Õ'),
    ("Ouml", 'Ö'),
    ("Oslash", 'Ø'),
    ("Ugrave", 'Ù'),
    ("Uacute", 'Ú'),
    ("Ucirc", 'Û'),
    ("Uuml", 'Ü'),
    ("Yacute", 'Ý'),
    ("THORN", 'Þ'),
    ("szlig", 'ß'),
    ("agrave", 'à'),
    ("aacute", 'á'),
    ("acirc", 'â'),
    ("atilde", 'ã'),
    ("auml", 'ä'),
    ("aring", 'å'),
    ("aelig", 'æ'),
    ("ccedil", 'ç'),
    ("egrave", 'è'),
    ("eacute", 'é'),
    ("ecirc", 'ê'),
    ("euml", 'ë'),
    ("igrave", 'ì'),
    ("iacute", 'í'),
    ("icirc", 'î'),
    ("iuml", 'ï'),
    ("eth", 'ð'),
    ("ntilde", 'ñ'),
    ("ograve", 'ò'),
    ("oacute", 'ó'),
    ("ocirc", 'ô'),
    ("otilde", 'õ'),
    ("ouml", 'ö'),
    ("oslash", 'ø'),
    ("ugrave", 'ù'),
    ("uacute", 'ú'),
    ("ucirc", 'û'),
    ("uuml", 'ü'),
    ("yacute", 'ý'),
    ("thorn", 'þ'),
    ("yuml", 'ÿ'),
    ("Yuml", 'Ÿ'),
    ("OElig", 'Œ'),
    ("oelig", 'œ'),
    ("Scaron", 'Š'),
    ("scaron", 'š'),
    ("fnof", 'ƒ'),
];

/// The longest reference body (`#1114111`, `#x10FFFF`); a `;` further on closes
/// something else.
const LONGEST_BODY: usize = 9;

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
            Some((c, len)) => {
                out.push(c);
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

/// The character a reference at the start of `s` (which starts with `&`) stands for,
/// and the reference's length in bytes.
fn reference(s: &str) -> Option<(char, usize)> {
    let body = s.get(1..)?;
    let end = body
        .char_indices()
        .take(LONGEST_BODY + 1)
        .find(|&(_, c)| c == ';')?
        .0;
    let name = &body[..end];
    let c = match name.strip_prefix('#') {
        Some(number) => numeric(number)?,
        None => NAMED.iter().find(|(n, _)| *n == name)?.1,
    };
    Some((c, end + 2))
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
            "&foo; &amp &AMP; & ;",
            "&#0; &#x1; &#xD800; &#1114112; &#129; &#; &#x;",
            "Q&A;",
            "fish & chips; salt &pepper;",
        ] {
            assert_eq!(apply(text), None, "{text}");
        }
    }
}
