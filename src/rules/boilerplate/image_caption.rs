//! Removes image captions and photo credits.
//!
//! A block is a caption when it carries one of these marks:
//! - a photo or illustration credit at its start ("© AGENCY / Name", "Photo: …",
//!   "Foto: …", "Illustration by …", "Grafik: …", "Photo courtesy of …") or a caption
//!   label ("Image caption, …", "Bildunterschrift: …") or a picture's number ("Image 1:
//!   Flooded street in the town centre", as reader services write alternative text), a line
//!   of at most twelve words that starts with "©" and names no year and no rights
//!   ("© Kanton Bern", "© Felix Zahn/photothek.net"): a credit under a picture, or a
//!   line of at most eight words opened by an abbreviated label ("Fot. Europol Gaz",
//!   "Fotó: MTI"), or of at most seven words opened by a Dutch label without its colon
//!   ("Beeld ANP", "Beeld Guus Dubbelman / de Volkskrant", "Foto ANP": "Foto" only
//!   before a news agency), or a line that is only a name, a slash and an agency ("Mike
//!   Blake/Reuters files"); or, in a block of at most 40 words, a photographer's name
//!   and a known agency with a slash between them, or the agency and the name, opening
//!   the caption ("Stephen Chernin/Getty ImagesShouldn't …", "AP Photo/Evan Vucci
//!   President Biden speaks …");
//! - a photo credit at its end ("(Photo: Name/Agency)", "(Foto: Name/Pool via REUTERS).",
//!   "AGENCY/Name Surname", "… im Kanzleramt© Bundesregierung/Name");
//! - a file-photo marker ("(File)", "File photo", "Archivbild");
//! - a name with where it stands in the picture, in a block of at most 40 words:
//!   "Marcell Jansen (l.) und Piotr Trochowski …", "Lars Bauer (links im Bild)",
//!   "Prince William (L) and …" (German, Spanish and French abbreviations and "im
//!   Bild"; the English words "(left)", "(pictured)" also run in the body text of
//!   some papers, and stay);
//! - an invitation to click the picture to enlarge it, anywhere in the block ("… Zum
//!   Vergrößern auf das Bild klicken. CC-BY-SA 2.0"), or the enlarge button glued to
//!   the caption's start ("Vergrößern Eine kleine runde Aussparung …"; alone on the
//!   line above, the button heads a caption as often as a paragraph of the text);
//! - a site suffix (" - Sitename") that ends two or more lines of the document, or ends a
//!   line that is a finished sentence before it ("… in Damascus. - Sitename");
//! - or it repeats, in the same paragraph, a neighbour that carries such a mark (sites
//!   that print the caption twice, once with the credit and once with the suffix).
//!
//! A repeated site suffix names the site, so it moves into `publisher`. A paragraph of
//! the article that closes a sentence of twelve words or more and then lists its sources
//! and picture credits between square brackets ("… brain damage. [Technology Guide -
//! FastCo Top Image: Creativa, …]") loses the brackets only.
//!
//! Why: captions describe pictures the text no longer has; agency credits are not text.
//!
//! Known false positives: a paragraph quoting a credit line verbatim, or opening with
//! a name, a slash and an agency ("Jane Doe/AP reported …"). Credits with a
//! four-digit year after the © sign are copyright notices, left to `legal-notice`.
//!
//! Example: `People walk in Damascus, Syria. (File) - Sputnik International` is removed.

use std::sync::LazyLock;

use regex::Regex;

use crate::rules::{Action, DocView, Meta, PhraseSet, Rule, RuleMeta};
use crate::shape;

pub struct ImageCaption;

static META: RuleMeta = RuleMeta {
    code: "BP001",
    name: "image-caption",
    source: include_str!("image_caption.rs"),
};

static CREDIT_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:©|\(c\)|Ⓒ)\s*\p{Lu}[\p{L}.&'\- ]*/\s*\p{Lu}").expect("valid credit pattern")
});

impl Rule for ImageCaption {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    // Not `depends_on_context`: neighbours count whether kept or not, so removals never
    // change a verdict, and a second round would only repeat the first.

    #[rustfmt::skip]
    fn phrases(&self) -> &'static [&'static str] {
        &[
            "photo:", "photos:", "photograph:", "image:", "picture:", "pictured:", "credit:",
            "photo credit:", "foto:", "fotos:", "bild:", "bildquelle:", "фото:", "file photo",
            "image caption", "media caption", "video caption", "caption:",
            "bildunterschrift:", "légende :", "pie de foto:", "photo courtesy of",
            "photo courtesy", "image courtesy of", "courtesy photo", "(courtesy", "foto cortesía",
            "(file)", "(archive)", "file picture", "file image", "archive photo", "archivbild",
            "archivfoto", "(archivo)", "foto de archivo", "photo d'archive", "архивное фото",
            "click to enlarge", "zoom in", "enlarge this image", "view gallery", "titelbild:",
            "beitragsbild:", "headerbild:", "bildnachweis:", "fotonachweis:", "(foto:",
            "(fotos:", "(photo:", "(bild:", "(quelle: foto", "quelle: foto", "(source: photo",
            "crédit photo :", "crédit photo:", "crédito:", "photograph by", "photo by",
            "photos by", "(symbolbild)", "symbolbild", "(symbolfoto)", "symbolfoto", "bild via",
            "image via", "photo via", "foto via", "imagen:", "zdjęcie ilustracyjne",
            "illustrative photo", "photo d'illustration", "image d'illustration",
            "imagen ilustrativa", "foto ilustrativa", "foto simbolo", "illustration by",
            "illustrations by", "illustration:", "grafik:", "infografik:", "图片来源：",
            "图片来源:", "摄影：", "写真：", "写真:", "사진=", "사진:", "تصوير:", "صورة:", "צילום:",
            "फोटो:", "φωτογραφία:", "fotoğraf:", "світлина:",
        ]
    }

    fn gated_sets<'a>(&self, configured: &'a PhraseSet) -> Vec<&'a PhraseSet> {
        vec![configured, &STOCK_AGENCIES, &STOCK_LIBRARIES, &ENLARGE]
    }

    fn check(&self, doc: &DocView, i: usize, phrases: &PhraseSet) -> Option<Action> {
        if !doc.block(i).text.is_empty() && has_mark(doc, i, phrases) {
            if let Some(credits) = bracketed_credits_after_prose(doc.text(i)) {
                return Some(Action::Cut {
                    ranges: vec![credits],
                    meta: Vec::new(),
                });
            }
            return Some(self.verdict(doc, i));
        }
        let neighbours = [doc.prev_in_para(i), doc.next_in_para(i)];
        // Neighbouring paragraphs rarely repeat each other: that test is cheaper than
        // looking for a caption mark, so it goes first.
        let repeats = neighbours.into_iter().flatten().any(|j| {
            repeats_caption(core(doc.text(i)), core(doc.text(j))) && has_mark(doc, j, phrases)
        });
        repeats.then(|| self.verdict(doc, i))
    }
}

impl ImageCaption {
    fn verdict(&self, doc: &DocView, i: usize) -> Action {
        match repeated_suffix(doc, i) {
            Some(site) => Action::Move(vec![Meta::Publisher(site)]),
            None => Action::Remove,
        }
    }
}

fn has_mark(doc: &DocView, i: usize, phrases: &PhraseSet) -> bool {
    let text = doc.text(i);
    if doc.words(i) > 70 {
        return false;
    }
    let folded = doc.folded(i);
    credit_at_start(text)
        || (doc.words(i) <= 40 && credit_opens_caption(text))
        || (doc.words(i) <= 12 && is_short_credit(text))
        || (doc.words(i) <= 8 && is_abbreviated_credit(folded))
        || (doc.words(i) <= MAX_BARE_CREDIT_WORDS && is_bare_label_credit(text))
        || (doc.words(i) <= 6 && is_name_slash_agency(text))
        || credit_at_end(doc, i)
        || ends_with_copyright_credit(text)
        || (doc.words(i) <= 40 && names_position_in_picture(text))
        || (doc.words(i) <= 40 && is_numbered_image(text))
        || (doc.may_contain(i, phrases) && marker_at_edge(folded, phrases))
        || invites_enlarging(doc, i)
        || opens_with_enlarge_button(text)
        || site_suffix(text).is_some_and(|site| {
            count_ending_with(doc, site) >= 2 || sentence_then_suffix(text, site)
        })
}

// The tests below run only on blocks that pass a cheap byte test first: most blocks
// have no credit or suffix.

/// "Image 1: Flooded street in the town centre", "Bild 3: Die Brücke": a picture's
/// number and its description, as a page turned into markdown by a reader service
/// writes an image's alternative text.
fn is_numbered_image(text: &str) -> bool {
    const NOUNS: &[&str] = &[
        "image", "photo", "picture", "bild", "foto", "imagen", "immagine",
    ];
    if !text.starts_with(['I', 'P', 'B', 'F']) {
        return false;
    }
    let Some((head, rest)) = text.split_once(':') else {
        return false;
    };
    let mut words = head.split_whitespace();
    let (Some(noun), Some(number), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    NOUNS.contains(&noun.to_lowercase().as_str())
        && number.len() <= 3
        && number.bytes().all(|b| b.is_ascii_digit())
        && rest.starts_with(' ')
        && rest.trim().chars().any(char::is_alphabetic)
}

fn credit_at_start(text: &str) -> bool {
    text.starts_with(['©', '(', 'Ⓒ']) && CREDIT_START.is_match(text)
}

/// "… with minimal brain damage. [Technology Guide - FastCo Top Image: Creativa, Notes
/// Image: wavebreakmedia / Shutterstock]": a paragraph of the article that closes with
/// its sources and picture credits between square brackets. The brackets go, the
/// paragraph stays: at least twelve words before them, ending a sentence. A caption's
/// credit stands in parentheses or after a label, and goes with the caption.
fn bracketed_credits_after_prose(text: &str) -> Option<std::ops::Range<usize>> {
    const CREDIT_WORDS: &[&str] = &[
        "image",
        "photo",
        "foto",
        "bild",
        "credit",
        "illustration",
        "shutterstock",
        "getty",
    ];
    let body = text.trim_end().strip_suffix(']')?;
    let open = body.rfind('[')?;
    if body[open..].contains(']') {
        return None;
    }
    let inner = body[open + 1..].to_lowercase();
    let before = text[..open].trim_end();
    (CREDIT_WORDS.iter().any(|word| inner.contains(word))
        && shape::word_count(before) >= 12
        && shape::ends_like_sentence(before))
    .then_some(before.len()..text.len())
}

/// Agencies a picture's credit names beside the photographer, with their capitals.
const CREDIT_AGENCIES: &[&str] = &[
    "Getty Images",
    "AP Photo",
    "AP",
    "AFP",
    "EPA",
    "Reuters",
    "REUTERS",
    "dpa",
    "Shutterstock",
    "Imago",
    "Bloomberg",
    "Icon SMI",
    "Icon Sportswire",
    "USA TODAY Sports",
    "ZUMA Press",
];

/// "Stephen Chernin/Getty ImagesShouldn't suitcases of cash …", "AP Photo/Evan Vucci
/// President Biden speaks …": a photographer's name and agency, or the agency and the
/// name, with a slash and no space between, opening the caption they credit. The
/// name is two or three capitalized words ("A Reuters/Ipsos poll" is no credit).
fn credit_opens_caption(text: &str) -> bool {
    // The slash stands within the first few words, or there is no credit.
    let Some(slash) = memchr::memchr(b'/', &text.as_bytes()[..text.len().min(48)]) else {
        return false;
    };
    let (left, right) = (&text[..slash], &text[slash + 1..]);
    let is_name = |words: &str| {
        let count = words.split(' ').count();
        (2..=3).contains(&count)
            && words.split(' ').all(|word| {
                let mut chars = word.chars();
                chars.next().is_some_and(char::is_uppercase)
                    && chars.next().is_some_and(char::is_lowercase)
                    && chars.all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '-'))
            })
    };
    let agency_then_more = |s: &str| {
        CREDIT_AGENCIES.iter().any(|agency| {
            s.strip_prefix(agency).is_some_and(|rest| {
                // The caption follows after a space or glued on with its capital.
                rest.starts_with(' ') || rest.starts_with(char::is_uppercase)
            })
        })
    };
    let name_first = is_name(left) && agency_then_more(right);
    let agency_first = CREDIT_AGENCIES.contains(&left)
        && right
            .splitn(3, ' ')
            .take(2)
            .all(|word| word.starts_with(char::is_uppercase) && word.len() > 1);
    name_first || agency_first
}

fn credit_at_end(doc: &DocView, i: usize) -> bool {
    let text = doc.text(i);
    (may_end_with_credit(text)
        || doc.contains(i, &STOCK_AGENCIES)
        || (doc.may_contain(i, &STOCK_LIBRARIES)
            && STOCK_LIBRARIES.contains(tail(doc.folded(i), 40))))
        && ends_with_credit(text)
}

/// Whether `text` ends with a photo credit: a parenthesis that opens with a photo
/// label ("(Photo: Anna Smith/Reuters)", "(Foto by …)"), an agency in capitals, a
/// slash and a name of two or three words ("REUTERS/Yuri Gripas", "AFP / Jean Dupont"),
/// a stock agency named after the last full stop ("… Getty Images"), or a stock
/// library's address ("… stock.adobe.com").
///
/// Written by hand rather than as one pattern anchored at the end: its Unicode
/// classes made the regex engine build a large reverse automaton in every thread
/// (some 400 million instructions on the development pages) before it ran fast.
fn ends_with_credit(text: &str) -> bool {
    let text = text.trim_end();
    ends_with_labelled_parenthesis(text)
        || ends_with_agency_and_name(text)
        || ends_with_stock_agency(text)
}

/// "(Photo: Name)", "(Fotos by Name)": the last parenthesis closes the text (or its
/// last sentence, a full stop after it), holds no other parenthesis, and opens with a
/// photo label and "by" or a colon, then something.
fn ends_with_labelled_parenthesis(text: &str) -> bool {
    const LABELS: &[&str] = &[
        "photo", "photos", "image", "picture", "foto", "fotos", "bild", "credit", "source", "фото",
    ];
    let text = text.strip_suffix('.').unwrap_or(text);
    let Some(body) = text.strip_suffix(')') else {
        return false;
    };
    let Some(open) = body.rfind('(') else {
        return false;
    };
    if body[open..].contains(')') {
        return false;
    }
    let inner = body[open + 1..].trim_start().to_lowercase();
    LABELS.iter().any(|label| {
        inner.strip_prefix(label).is_some_and(|rest| {
            let rest = rest.trim_start();
            ["by", ":"]
                .iter()
                .any(|joint| rest.strip_prefix(joint).is_some_and(|r| !r.is_empty()))
        })
    })
}

/// "REUTERS/Yuri Gripas", "(AFP / Jean Dupont)": a word of two or more capitals after
/// the start, a space or a parenthesis; a slash, with at most one space on each side;
/// and two or three words of a name, each a capital and then letters, `.`, `'` or `-`,
/// closing the text (and the parenthesis, if any).
fn ends_with_agency_and_name(text: &str) -> bool {
    let text = text.strip_suffix(')').unwrap_or(text);
    let Some(slash) = text.rfind('/') else {
        return false;
    };
    let strip_one = |s: &str, front: bool| -> usize {
        let c = if front {
            s.chars().next()
        } else {
            s.chars().next_back()
        };
        c.filter(|c| c.is_whitespace()).map_or(0, char::len_utf8)
    };
    let left = &text[..slash];
    let left = &left[..left.len() - strip_one(left, false)];
    let right = &text[slash + 1..];
    let right = &right[strip_one(right, true)..];
    let agency_at = left
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || c == '(')
        .map_or(0, |(at, c)| at + c.len_utf8());
    let agency = &left[agency_at..];
    let is_agency = agency.chars().count() >= 2 && agency.chars().all(char::is_uppercase);
    let mut words = 0;
    let name_ok = right.split(char::is_whitespace).all(|word| {
        words += 1;
        let mut chars = word.chars();
        chars.next().is_some_and(char::is_uppercase)
            && word.chars().nth(1).is_some()
            && chars.all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '-'))
    });
    is_agency && name_ok && (2..=3).contains(&words)
}

/// A stock agency named after the text's last full stop ("… Foto: Getty Images"), or
/// the text ending with a stock library's address ("… — stock.adobe.com").
fn ends_with_stock_agency(text: &str) -> bool {
    let last = text
        .rfind('.')
        .map_or(text, |stop| &text[stop + 1..])
        .to_lowercase();
    // A name with a full stop in it ("stock.adobe") never stands after the last one.
    if AGENCY_NAMES
        .iter()
        .chain(LIBRARY_NAMES)
        .any(|agency| last.contains(agency))
    {
        return true;
    }
    let lower = tail(text, 40).to_lowercase();
    lower.ends_with("stock.adobe.com") || lower.ends_with("fotolia.com")
}

/// The byte test before `CREDIT_END` for its first two shapes: a credit at the end
/// either closes a parenthesis ("(Photo: Name)") or has a slash between capitals near
/// the end ("AFP/John Smith"); a slash in "and/or", "12/05" or "km/h" is neither.
fn may_end_with_credit(text: &str) -> bool {
    let text = text.trim_end();
    if text.ends_with(')') || text.ends_with(").") {
        return true;
    }
    let near_end = tail(text, 160).as_bytes();
    memchr::memchr_iter(b'/', near_end).any(|at| {
        let capital_like = |b: &u8| !b.is_ascii_lowercase() && !b.is_ascii_digit() && *b != b'/';
        near_end[..at]
            .trim_ascii_end()
            .last()
            .is_some_and(capital_like)
            && near_end[at + 1..]
                .trim_ascii_start()
                .first()
                .is_some_and(capital_like)
    })
}

/// "Marcell Jansen (l.) und …", "Lars Bauer (links im Bild)": a capitalized word, a
/// space, and a parenthesis that says where in the picture that person stands.
fn names_position_in_picture(text: &str) -> bool {
    #[rustfmt::skip]
    const POSITIONS: &[&str] = &[
        "l.", "r.", "li.", "re.", "v.l.", "v. l.", "v.l.n.r.", "v. l. n. r.", "im bild",
        "links im bild", "rechts im bild", "mitte im bild", "izq.", "der.", "izda.", "dcha.",
        "à g.", "à d.",
    ];
    let bytes = text.as_bytes();
    memchr::memchr_iter(b'(', bytes).any(|open| {
        let Some(len) = bytes[open..].iter().take(24).position(|&b| b == b')') else {
            return false;
        };
        let inner = &text[open + 1..open + len];
        let known = POSITIONS.iter().any(|p| p.eq_ignore_ascii_case(inner))
            || matches!(inner, "L" | "R" | "C");
        known
            && text[..open].strip_suffix(' ').is_some_and(|before| {
                let word = before.rsplit(' ').next().unwrap_or("");
                shape::starts_uppercase(word) && word.chars().count() >= 2
            })
    })
}

/// "… bei seiner Klausurtagung© Bundesregierung/Steffen Kugler", "Logo des Preises | ©
/// Springer": a caption of three words or more whose last words, after a © sign, are a
/// credit of one to six words that opens with a capital and holds no year, no word
/// about rights and no full stop (with any of them it is a copyright notice, left to
/// `legal-notice`).
fn ends_with_copyright_credit(text: &str) -> bool {
    // '©' is C2 A9 in UTF-8: one vectorized look for the lead byte turns most blocks
    // away before a search from the end that stops at every A9 (as in 'é', C3 A9).
    if memchr::memchr(0xC2, text.as_bytes()).is_none() {
        return false;
    }
    let Some(at) = text.rfind('©') else {
        return false;
    };
    let (caption, credit) = (&text[..at], text[at + '©'.len_utf8()..].trim());
    let words = shape::word_count(credit);
    (1..=6).contains(&words)
        && shape::starts_uppercase(credit)
        && !credit.ends_with('.')
        && !credit.contains(". ")
        && shape::word_count(caption) >= 3
        && is_short_credit(&text[at..])
}

/// "© Kanton Bern": a © line without a year or a word about rights (with either it is
/// a copyright notice, left to `legal-notice`).
fn is_short_credit(text: &str) -> bool {
    #[rustfmt::skip]
    const RIGHTS: &[&str] = &[
        "copyright", "rights", "rechte", "derechos", "droits", "riservat", "prawa",
    ];
    let Some(rest) = text.strip_prefix(['©', 'Ⓒ']) else {
        return false;
    };
    let lower = rest.trim().to_lowercase();
    let year = lower
        .as_bytes()
        .windows(4)
        .any(|w| w.iter().all(u8::is_ascii_digit) && matches!(&w[..2], b"19" | b"20"));
    !lower.is_empty() && !year && !RIGHTS.iter().any(|r| lower.contains(r))
}

/// "Fot. Europol Gaz", "Fotó: MTI", "Zdj. Name": a short line opened by an
/// abbreviated photo label, as Polish and Hungarian sites credit pictures. The full
/// labels ("Foto:", "Photo:") are among the rule's phrases.
fn is_abbreviated_credit(folded: &str) -> bool {
    const LABELS: &[&str] = &["fot.", "fot:", "fotó:", "zdj.", "zdj:"];
    LABELS.iter().any(|label| {
        folded
            .strip_prefix(label)
            .is_some_and(|rest| rest.starts_with(' ') && !rest.trim().is_empty())
    })
}

/// Most words of a credit whose label has no colon ("Beeld Guus Dubbelman / de
/// Volkskrant").
const MAX_BARE_CREDIT_WORDS: usize = 7;

/// "Beeld ANP", "Beeld Guus Dubbelman / de Volkskrant", "Foto ANP": a short line of a
/// picture's label without a colon and then its source, as Dutch papers credit
/// pictures. "Beeld" must be followed by a capitalized name; "Foto", which heads
/// many a line in other languages, only by a news agency.
fn is_bare_label_credit(text: &str) -> bool {
    let text = text.trim();
    if shape::has_terminal_punctuation(text) {
        return false;
    }
    if let Some(rest) = text.strip_prefix("Beeld ") {
        return rest.trim_start().starts_with(char::is_uppercase);
    }
    text.strip_prefix("Foto ")
        .and_then(|rest| rest.split_whitespace().next())
        .is_some_and(|source| {
            let source = source.trim_end_matches([',', '/']);
            crate::authors::AGENCIES
                .iter()
                .any(|a| a.eq_ignore_ascii_case(source))
        })
}

/// "Mike Blake/Reuters files", "Jane Doe/AP": a line that is only a photographer's
/// name, a slash and the agency, as papers credit a picture under it. Menu entries
/// ("Horizon Scanning / Trendanalyse") and table labels ("Leistung PS/KW") differ in
/// the spaces around the slash or the capitals before it.
fn is_name_slash_agency(text: &str) -> bool {
    let text = text.trim();
    // The end of a credit whose parenthesis opened on the line above ("(Credit:" /
    // "Marguerite Reardon/CNET)").
    let text = match text.strip_suffix(')') {
        Some(inner) if !inner.contains('(') => inner,
        _ => text,
    };
    text.contains('/') && NAME_SLASH_AGENCY.is_match(text)
}

static NAME_SLASH_AGENCY: LazyLock<Regex> = LazyLock::new(|| {
    // A name of two or more capitalized words, then with no space the agency: an
    // acronym ("AP", "PA"), or a name followed by "files" ("Reuters files").
    Regex::new(r"^\p{Lu}\p{Ll}[\p{L}'.\-]*(?: \p{Lu}\p{Ll}[\p{L}'.\-]*)+/(?:\p{Lu}{2,}|\p{Lu}\p{Ll}+ (?i:files?))$")
        .expect("valid credit pattern")
});

/// Photo agencies named without a slash or parenthesis.
const AGENCY_NAMES: &[&str] = &[
    "getty images",
    "shutterstock",
    "imago images",
    "picture alliance",
    "ap photo",
];
static STOCK_AGENCIES: LazyLock<PhraseSet> = LazyLock::new(|| PhraseSet::new(AGENCY_NAMES));

/// Stock-photo libraries, named at the end of a credit ("© Name — stock.adobe.com",
/// "Photo by Name on Unsplash"): looked for in a block's last bytes, and only where the
/// phrase gate has seen one in the block, which spares most blocks a search.
const LIBRARY_NAMES: &[&str] = &[
    "stock.adobe",
    "adobe stock",
    "istockphoto",
    "depositphotos",
    "dreamstime",
    "pixabay",
    "unsplash",
    "fotolia",
];
static STOCK_LIBRARIES: LazyLock<PhraseSet> = LazyLock::new(|| PhraseSet::new(LIBRARY_NAMES));

/// The site name after a trailing " - ", " – ", " — " or " | ": one to four words
/// ending the text (see [`is_site_name`]). Matched by hand: as a pattern anchored at
/// the end, its Unicode classes made the regex engine build a large reverse
/// automaton in every thread before it ran fast.
fn site_suffix(text: &str) -> Option<&str> {
    // Only where a separator stands between two plain spaces somewhere (one vectorized
    // pass, and most blocks have none); then the separators leftmost first, each
    // between two whitespace characters, until one is followed by a name to the end.
    if !has_separator(text) {
        return None;
    }
    let bytes = text.as_bytes();
    memchr::memchr3_iter(b'-', b'|', 0xE2, bytes).find_map(|at| {
        let len = separator_len(bytes, at)?;
        // Whitespace before it: an ASCII byte answers without decoding.
        let before = *bytes.get(at.checked_sub(1)?)?;
        let spaced = if before.is_ascii() {
            char::from(before).is_whitespace()
        } else {
            text[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_whitespace)
        };
        if !spaced {
            return None;
        }
        let rest = &text[at + len..];
        let space = rest.chars().next().filter(|c| c.is_whitespace())?;
        let name = &rest[space.len_utf8()..];
        is_site_name(name).then_some(name)
    })
}

/// The length in bytes of the separator starting at `at`: '-' or '|' (one byte), an en
/// or em dash (E2 80 93, E2 80 94); `None` for anything else, such as a curly quote or
/// an ellipsis, which also start with E2.
fn separator_len(bytes: &[u8], at: usize) -> Option<usize> {
    match bytes.get(at)? {
        b'-' | b'|' => Some(1),
        0xE2 if matches!(bytes.get(at + 1..at + 3), Some([0x80, 0x93 | 0x94])) => Some(3),
        _ => None,
    }
}

/// One to four words, each an uppercase letter and then letters, digits and `.&'-`,
/// with one whitespace character between words and none after the last.
fn is_site_name(name: &str) -> bool {
    let mut words = 0;
    for word in name.split(char::is_whitespace) {
        words += 1;
        let mut chars = word.chars();
        let starts_upper = chars.next().is_some_and(char::is_uppercase);
        let rest_ok = chars
            .all(|c| c.is_alphabetic() || c.is_numeric() || matches!(c, '.' | '&' | '\'' | '-'));
        if words > 4 || !starts_upper || !rest_ok {
            return false;
        }
    }
    words > 0
}

/// Whether `text` holds " - ", " – ", " — " or " | " anywhere.
fn has_separator(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr3_iter(b'-', b'|', 0xE2, bytes).any(|at| {
        separator_len(bytes, at).is_some_and(|len| {
            at > 0 && bytes[at - 1] == b' ' && bytes.get(at + len) == Some(&b' ')
        })
    })
}

/// The site suffix of block `i` when at least two blocks of the document end with it.
fn repeated_suffix(doc: &DocView, i: usize) -> Option<String> {
    let site = site_suffix(doc.text(i))?;
    (count_ending_with(doc, site) >= 2).then(|| site.to_string())
}

/// How many blocks of the document end with `site` as a suffix.
fn count_ending_with(doc: &DocView, site: &str) -> usize {
    let ends_with_site = |t: &str| {
        t.strip_suffix(site).is_some_and(|head| {
            [" - ", " – ", " — ", " | "]
                .iter()
                .any(|sep| head.ends_with(sep))
        })
    };
    (0..doc.len())
        .filter(|&j| ends_with_site(doc.text(j)))
        .count()
}

/// "A finished sentence. - Sitename": a caption with its site's suffix.
fn sentence_then_suffix(text: &str, site: &str) -> bool {
    let before = text[..text.len() - site.len()].trim_end_matches([' ', '-', '–', '—', '|']);
    (before.ends_with('.') || before.ends_with(')')) && shape::word_count(before) >= 4
}

/// The caption text without a trailing site suffix.
fn core(text: &str) -> &str {
    match site_suffix(text) {
        Some(site) => text[..text.len() - site.len()].trim_end_matches([' ', '-', '–', '—', '|']),
        None => text.trim(),
    }
}

/// The last `n` bytes of `s` or a little more, from a character boundary.
fn tail(s: &str, n: usize) -> &str {
    let from = s.len().saturating_sub(n);
    let from = (0..=from)
        .rev()
        .find(|&b| s.is_char_boundary(b))
        .unwrap_or(0);
    &s[from..]
}

/// A caption phrase at the start of the block or within its last 40 bytes ("… (File)",
/// "Photo: …"); the same words mid-sentence are prose. Asked only of blocks the gate
/// found a phrase in, on word boundaries: one that the 40 bytes cut ("telephoto: …"
/// read as "photo: …") is none.
fn marker_at_edge(folded: &str, phrases: &PhraseSet) -> bool {
    if phrases.starts(folded) {
        return true;
    }
    phrases.contains(tail(folded, 40))
}

/// What only a picture's caption says, wherever in the block it stands.
static ENLARGE: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::new(&[
        "click to enlarge",
        "click image to enlarge",
        "click on the image to enlarge",
        "tap to enlarge",
        "zum vergrößern",
        "cliquez pour agrandir",
        "cliquer pour agrandir",
        "haga clic para ampliar",
        "clicca per ingrandire",
    ])
});

/// "Click to enlarge", "Zum Vergrößern auf das Bild klicken".
fn invites_enlarging(doc: &DocView, i: usize) -> bool {
    let folded = doc.folded(i);
    doc.may_contain(i, &ENLARGE)
        && ENLARGE.find(folded).is_some_and(|r| {
            // German "zum Vergrößern" is a caption's only with a click or tap beside it.
            !folded[r.clone()].starts_with("zum")
                || folded.contains("klick")
                || folded.contains("tipp")
        })
}

/// "Vergrößern Eine kleine runde Aussparung …": a picture's enlarge button, glued to
/// the caption under it, opens the block, and a capital opens what follows.
fn opens_with_enlarge_button(text: &str) -> bool {
    const BUTTONS: &[&str] = &[
        "Vergrößern ",
        "Enlarge ",
        "Agrandir ",
        "Ampliar ",
        "Ingrandisci ",
        "Powiększ ",
    ];
    BUTTONS.iter().any(|button| {
        text.strip_prefix(button)
            .is_some_and(shape::starts_uppercase)
    })
}

/// Whether one caption contains the other (the same caption printed twice).
fn repeats_caption(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    shape::word_count(short) >= 5 && long.contains(short)
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{
        cleaned_with, keeps_each, removed_after_body, removed_by, removes_each,
    };

    #[test]
    fn removes_captions_that_invite_enlarging() {
        removes_each(
            "BP001",
            &[
                "Firmen- und Beziehungsgeflecht der Cider Connection. Zum Vergrößern auf das Bild klicken. CC-BY-SA 2.0",
                "The new bridge (click to enlarge)",
                "Vergrößern Eine kleine runde Aussparung für die Kamera im Display.",
                "Imagen: Télam",
                "Praca w magazynie, zdjęcie ilustracyjne",
            ],
        );
        keeps_each(
            "BP001",
            &[
                "Die Gemeinde kaufte das Grundstück zum Vergrößern des Parks im Jahr 2019.",
                // The last 40 bytes start inside "telephoto": no "photo:" marker there.
                "The crew set up a telephoto: a long lens for the shots at dawn",
            ],
        );
    }

    #[test]
    fn removes_lines_a_caption_label_opens() {
        removes_each(
            "BP001",
            &[
                "Image caption, Residents were evacuated by boat on Tuesday",
                "Media caption: The moment the bridge fell",
                "Bildunterschrift: Die Brücke am Morgen nach dem Unglück",
                "Image 1: Flooded street in the town centre",
                "Bild 3: Die Brücke am Morgen",
                "Photo courtesy of the Environment Agency",
                "The new bridge at dawn (Courtesy of the city)",
            ],
        );
        keeps_each(
            "BP001",
            &[
                "The image caption on the front page named the wrong minister, the paper said.",
                "Photo 2020: the year in pictures",
                "Picture this: a town under water.",
            ],
        );
    }

    /// Asserts that `test` holds for every text of `yes` and for none of `no`.
    fn sorts(test: fn(&str) -> bool, yes: &[&str], no: &[&str]) {
        for text in yes {
            assert!(test(text), "should hold: {text}");
        }
        for text in no {
            assert!(!test(text), "should not hold: {text}");
        }
    }

    #[test]
    fn tells_which_lines_may_end_with_a_credit() {
        sorts(
            super::may_end_with_credit,
            &[
                "Lavrov in Moscow. (Photo: Yuri Gripas)",
                "Lavrov in Moscow. AFP/John Smith",
                "Lavrov in Moscow. ТАСС / Иван Петров",
            ],
            &[
                "Cars and/or bikes",
                "Signed on 12/05",
                "At 90 km/h",
                "See https://x.org",
            ],
        );
    }

    #[test]
    fn finds_suffix_separators() {
        sorts(
            super::has_separator,
            &["a - b", "a – b", "a — b", "a | b"],
            &[
                "a-b",
                "a -b",
                "a- b",
                "a –b",
                "well‐known",
                "a … b",
                "€ 5",
                "-",
            ],
        );
    }

    #[test]
    fn removes_captions() {
        let doc = "Title\n\n© REUTERS / Yuri GripasU.S. Secretary Rex Tillerson shakes hands with Sergei Lavrov in Washington, May 10, 2017.\nU.S. Secretary Rex Tillerson shakes hands with Sergei Lavrov in Washington, May 10, 2017. - Sputnik International\nBody text of the article follows here.\n\nPeople walk in Damascus, Syria. (File) - Sputnik International\nMore body text.\n";
        let c = cleaned_with("BP001", doc);
        assert_eq!(
            c.text,
            "Title\n\nBody text of the article follows here.\n\nMore body text.\n"
        );
        assert_eq!(c.record.publisher.as_deref(), Some("Sputnik International"));
        assert_eq!(
            removed_by("BP001", "Photo: Anna Smith\nBody text.\n"),
            ["Photo: Anna Smith"]
        );
        removes_each(
            "BP001",
            &[
                "Titelbild: Geyres Christophe/ABACA/picture-alliance",
                "Illustration by Mike Nudelman",
                "Illustration: Anna Lee/Example News",
                "Grafik: dpa",
                "(Quelle: Foto Steven Vangermain)",
                "Cyber-Attacken nehmen weiter zu. — © Sergei Nivens — stock.adobe.com",
                "Quelle: jorisvo / Fotolia.com",
                "Wer die Äste immer wieder auf die Wege zieht, ist unklar (Symbolbild).",
                "Photograph by Ed Marshall, Redonda Restoration Programme",
                "Paris Haute Couture SS14, Serkan Cura, Bild via",
                "© Kanton Bern",
                "© Felix Zahn/photothek.net",
                "© Bundesministerium für Arbeit und Soziales",
                "Fot. Europol Gaz",
                "Beeld ANP",
                "Beeld Guus Dubbelman / de Volkskrant",
                "Foto ANP",
                "Mike Blake/Reuters files",
                "Jane Doe/AP",
                "Marguerite Reardon/CNET)",
                "Fotó: MTI",
                "Zdj. Jan Kowalski",
                "Cristina Kirchner y Alberto Fernández, en el Congreso (Foto: Natacha Pisarenko/Pool via REUTERS).",
                "Das Kabinett bei seiner Klausurtagung am 21. Januar© Bundesregierung/Steffen Kugler",
                "Logo des Sustainable Award in Finance | © Springer",
                "Die Preisträger auf der Bühne © Felix Zahn/photothek.net",
                "Marcell Jansen (l.) und Piotr Trochowski haben einen guten Draht.",
                "Lars Bauer (links im Bild) und Jens Berger (rechts im Bild) von den NachDenkSeiten waren im Januar 2015 unterwegs in Kambodscha.",
                "Prince William (L) and Prince Harry at the unveiling on Thursday",
                "Pedro Sánchez (izq.) y Emmanuel Macron, en Bruselas.",
                "Stephen Chernin/Getty ImagesShouldn't suitcases of cash have been returned?",
                "Cliff Welch/Icon SMI Maurkice Pouncey denies that he took money from an agent.",
                "AP Photo/Evan Vucci President Joe Biden speaks in the Rose Garden.",
            ],
        );
        assert_eq!(
            removed_by(
                "BP001",
                "Protesters in Kyiv on Monday. (Photo: Anna Smith/Reuters)\n\nBody.\n"
            ),
            ["Protesters in Kyiv on Monday. (Photo: Anna Smith/Reuters)"]
        );
        assert_eq!(
            removed_by(
                "BP001",
                "Lavrov at the talks. REUTERS/Yuri Gripas\n\nBody.\n"
            )
            .len(),
            1
        );
    }

    #[test]
    fn cuts_bracketed_credits_from_the_paragraph_they_close() {
        let line = "Now all you need to do is keep your gadgets charged throughout the day and you might just make it through this semester. [Technology Guide - FastCo Top Image: Creativa, Notes Image: wavebreakmedia / Shutterstock]";
        let c = cleaned_with("BP001", &format!("Body text of the article.\n\n{line}\n"));
        assert!(
            c.text.ends_with("make it through this semester.\n"),
            "{}",
            c.text
        );
        assert_eq!(
            removed_by("BP001", &format!("Body.\n\n{line}\n")),
            ["[Technology Guide - FastCo Top Image: Creativa, Notes Image: wavebreakmedia / Shutterstock]"]
        );
        // A short caption with its credit in brackets goes whole.
        let caption = "Rescue workers in Hatay on Tuesday. [Photo: Getty Images]";
        assert_eq!(
            removed_by("BP001", &format!("Body.\n\n{caption}\n")),
            [caption]
        );
    }

    #[test]
    fn leaves_look_alikes() {
        assert!(removed_by("BP001", "© 2017 Global Research. All rights reserved.\n").is_empty());
        assert!(removed_by(
            "BP001",
            "Russia Takes Into Account Trump's Statements - Lavrov\n\nBody.\n"
        )
        .is_empty());
        assert!(removed_by("BP001", "The file photo dispute went to court, lawyers said in a long statement on Monday that nobody expected and that many found surprising for the time of year, and then they went on at length about other matters of the case that need many words to describe in enough detail so that the reader understands it all fully and completely, which takes a paragraph of at least seventy words.\n").is_empty());
        assert!(removed_by(
            "BP001",
            "A Reuters/Ipsos poll found that most voters agree.\n"
        )
        .is_empty());
        keeps_each(
            "BP001",
            &[
                "Reuters/Ipsos polling shows a close race in the state.",
                "Horizon Scanning / Trendanalyse",
            ],
        );
        // An abbreviated label alone, or opening a longer sentence, is not a credit.
        keeps_each(
            "BP001",
            &[
                "Beeld je in dat de brug er niet was.",
                "Beeld",
                "Foto Wettbewerb 2024",
                "An illustration by the artist hangs in the museum's main hall, where visitors gather every day to see it.",
                "Fot.",
                "Berlin/Brandenburg",
                "Sales rose in Berlin/Brandenburg",
                "Leistung PS/KW",
                "Horizon Scanning / Trendanalyse",
                "Soziale Sicherheit/Familienleistungen",
                "Fot. Jan Kowalski dla Gazety Wyborczej z archiwum redakcji w Warszawie",
                // A © sign that ends a copyright notice, or a sentence after the credit.
                "Alle Inhalte dieser Seite © 2021 Spiegel Online",
                "Texte und Bilder © Verlag Kunst. Alle Rechte vorbehalten",
                "Texte und Bilder auf dieser Seite © Verlag Kunst und Bau, alle Rechte vorbehalten",
                "The symbol © stands for copyright",
                // A parenthesis that is no photo's credit.
                "The court ruled in the company's favour (source code aside).",
                // Positions that are no person's in a picture.
                "Im Ofen (Mitte) in 15 Minuten backen, bis sie goldbraun sind.",
                "Große Beckenkreise (links) stabilisieren die Hüfte.",
                "Boris Johnson (pictured) has warned that the talks may fail.",
                "Point (d.) of the contract was never signed.",
                "Siehe Abschnitt C (m.) und die Tabelle.",
            ],
        );
        assert!(removed_after_body(
            "BP001",
            "The company behind Pixabay was sold in 2019, and the new owner changed the licence."
        )
        .is_empty());
    }

    /// The hand-written credit and suffix tests agree with the patterns they replace,
    /// which state the shapes more compactly than the code does. One difference is
    /// left out of the pieces: the code asks Unicode's Alphabetic and Uppercase
    /// properties where the patterns asked the letter categories, so it also takes
    /// letter-like numerals ("Ⅻ") and the vowel signs of Indic scripts for letters.
    mod against_the_patterns {
        use std::sync::LazyLock;

        use proptest::prelude::*;
        use regex::Regex;

        const CREDIT_END: &str = r"(?:\(\s*(?i:photo|photos|image|picture|foto|fotos|bild|credit|source|фото)\s*(?i:by|:)[^()]+\)|(?:^|[\s(])\p{Lu}\p{Lu}+(?:\s\p{Lu}\p{Lu}+)?\s?/\s?\p{Lu}[\p{L}.'\-]+(?:\s\p{Lu}[\p{L}.'\-]+)(?:\s\p{Lu}[\p{L}.'\-]+)?\)?|(?i:getty images|shutterstock|imago images|picture alliance|ap photo|adobe stock|istockphoto|depositphotos|dreamstime|pixabay|unsplash|fotolia)[^.]*|(?i:stock\.adobe\.com|fotolia\.com))\s*$";
        const SITE_SUFFIX: &str = r"\s[-–—|]\s(\p{Lu}[\p{L}\d.&'\-]*(?:\s\p{Lu}[\p{L}\d.&'\-]*)?(?:\s\p{Lu}[\p{L}\d.&'\-]*)?(?:\s\p{Lu}[\p{L}\d.&'\-]*)?)$";

        /// Texts made of the pieces credits and suffixes are made of: any of them first,
        /// then a few of those that build their ends, so that near misses are common.
        fn pieces() -> impl Strategy<Value = String> {
            let any = prop::sample::select(vec![
                "(",
                ")",
                "Photo",
                "photos",
                "FOTO",
                "Фото",
                "Bild",
                "credit",
                "by",
                ":",
                " ",
                "  ",
                "\t",
                "/",
                " / ",
                "AFP",
                "REUTERS",
                "A",
                "John",
                "Smith",
                "O'Neil",
                "Jean-Luc",
                "Émile",
                "é",
                "x",
                "12",
                ".",
                "-",
                " - ",
                " – ",
                " — ",
                " | ",
                "&",
                "Getty Images",
                "SHUTTERSTOCK",
                "stock.adobe.com",
                "Fotolia.com",
                "snap photo",
                "Sputnik International",
                "Ria",
                "…",
                "”",
                "\u{b}",
                "\u{a0}",
                "x—",
            ]);
            let end = prop::sample::select(vec![
                "AFP",
                "DPA",
                "/",
                " ",
                "John",
                "Smith",
                "Émile",
                "O'Neil",
                ")",
                "(",
                "Photo",
                ":",
                "by",
                "x",
                " - ",
                "Ria",
                ".",
                "\u{b}-\u{b}",
                "—",
                "\u{a0}|",
            ]);
            let loose = (
                prop::collection::vec(any, 0..6),
                prop::collection::vec(end, 0..7),
            )
                .prop_map(|(head, tail)| head.concat() + &tail.concat());
            // "… AGENCY/Name Name)" and "… (Label: …)" with each part varied.
            let word = prop::sample::select(vec![
                "John", "Smith", "Émile", "O'Neil", "Jean-Luc", "J.", "x", "AFP", "É", "12",
            ]);
            let gap = prop::sample::select(vec!["", " ", "  ", "\t"]);
            let agency = prop::sample::select(vec!["AFP", "REUTERS", "A", "DPA AP", "Ap", "x.AFP"]);
            let credit = (
                prop::sample::select(vec!["", "Text ", "Text(", "(", "x"]),
                agency,
                gap.clone(),
                gap.clone(),
                prop::collection::vec((word, gap.clone()), 1..5),
                prop::sample::select(vec!["", ")", " )", ") ", "."]),
            )
                .prop_map(|(lead, agency, before, after, name, close)| {
                    let name: String = name.iter().map(|(w, g)| format!("{w}{g}")).collect();
                    format!(
                        "{lead}{agency}{before}/{after}{}{close}",
                        name.trim_end_matches(' ')
                    )
                });
            let label = (
                prop::sample::select(vec!["Caption ", "", "x("]),
                prop::sample::select(vec!["(", "( ", "(("]),
                prop::sample::select(vec!["Photo", "photos", "FOTO", "Фото", "Bildung", "image"]),
                gap,
                prop::sample::select(vec![":", "by", "By", "", "bypass"]),
                prop::sample::select(vec!["", " John", " (x", " x)"]),
                prop::sample::select(vec![")", "", ") ", "))"]),
            )
                .prop_map(|(a, b, c, d, e, f, g)| format!("{a}{b}{c}{d}{e}{f}{g}"));
            // "… - Name" with each part varied: what stands around the separator, the
            // separator or a mark that shares its first byte, the name.
            let space = prop::sample::select(vec![" ", "\u{b}", "\u{a0}", "\t", "x", ""]);
            let suffix = (
                prop::sample::select(vec!["Text", "Text - x", "Text | Text", "Text – x”"]),
                space.clone(),
                prop::sample::select(vec!["-", "–", "—", "|", "…", "”", "‘"]),
                space,
                prop::sample::select(vec!["John", "Smith Co", "x", "Émile", "AFP - John"]),
            )
                .prop_map(|(a, b, c, d, e)| format!("{a}{b}{c}{d}{e}"));
            prop_oneof![loose, credit, label, suffix]
        }

        proptest! {
            #[test]
            fn credits_as_the_pattern_finds_them(text in pieces()) {
                static PATTERN: LazyLock<Regex> = LazyLock::new(|| Regex::new(CREDIT_END).unwrap());
                let pattern = &*PATTERN;
                prop_assert_eq!(super::super::ends_with_credit(&text), pattern.is_match(&text), "{:?}", text);
            }

            #[test]
            fn suffixes_as_the_pattern_finds_them(text in pieces()) {
                static PATTERN: LazyLock<Regex> = LazyLock::new(|| Regex::new(SITE_SUFFIX).unwrap());
                // The pattern ran only where a separator stands between plain spaces.
                let expected = PATTERN
                    .captures(&text)
                    .filter(|_| super::super::has_separator(&text))
                    .and_then(|c| c.get(1))
                    .map(|m| m.as_str());
                prop_assert_eq!(super::super::site_suffix(&text), expected, "{:?}", text);
            }
        }
    }
}
