//! Shape features of a line of text: length, capitalization, punctuation and script.
//! Rules decide from these rather than from exact strings.

use crate::normalize::scan::{self, count_byte_pairs, count_bytes};

/// Number of whitespace-separated words, as `split_whitespace` counts them.
pub fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Number of words a reader sees: whitespace-separated words, except in scripts
/// written without spaces between words. There every two Chinese characters or kana
/// make a word, and every four letters of Thai, Lao, Khmer or Myanmar (their words run
/// about that long), so a line of Chinese or Thai prose is about as long to the rules
/// as the same line in English, not one word.
pub fn reading_words(s: &str) -> usize {
    let mut words = WordCounter::default();
    for (run, next) in ascii_runs(s) {
        words.add_run(run, next);
    }
    words.total()
}

/// The number of characters of `text` that are not whitespace. Counted over bytes: every
/// byte but a UTF-8 continuation byte starts a character, so only the rare non-ASCII
/// whitespace (a no-break space, an ideographic space) needs decoding.
pub fn non_space_chars(text: &str) -> u32 {
    let starts = count_bytes(text.as_bytes(), |b| (b & 0xc0 != 0x80) & !is_ascii_space(b));
    let wide_spaces = scan::non_ascii_chars(text)
        .filter(|(_, c)| c.is_whitespace())
        .count();
    (starts - wide_spaces) as u32
}

/// Word starts counted run by run (see [`ascii_runs`] and [`reading_words`]).
#[derive(Default)]
struct WordCounter {
    words: usize,
    in_word: bool,
    /// Chinese characters and kana, counted two to a word.
    ideographs: usize,
    /// Letters of the scripts counted four to a word.
    syllabic: usize,
}

impl WordCounter {
    fn add_run(&mut self, run: &str, next: Option<char>) {
        let run = run.as_bytes();
        self.words += ascii_word_starts(run, self.in_word);
        if let Some(&last) = run.last() {
            self.in_word = !is_ascii_space(last);
        }
        if let Some(c) = next {
            match unspaced(c) {
                Unspaced::No => {
                    let space = c.is_whitespace();
                    self.words += usize::from(!space && !self.in_word);
                    self.in_word = !space;
                }
                Unspaced::Ideograph => {
                    self.ideographs += 1;
                    self.in_word = false;
                }
                Unspaced::Syllabic => {
                    self.syllabic += 1;
                    self.in_word = false;
                }
                Unspaced::Punctuation => self.in_word = false,
            }
        }
    }

    fn total(&self) -> usize {
        self.words + self.ideographs.div_ceil(2) + self.syllabic.div_ceil(4)
    }
}

/// How a character of a script written without spaces between words counts.
enum Unspaced {
    /// Not such a script: words end at whitespace.
    No,
    /// A Chinese character or a kana: half a word.
    Ideograph,
    /// A letter of Thai, Lao, Khmer or Myanmar: a quarter of a word.
    Syllabic,
    /// East Asian punctuation ("。", "「", "，"): between words, like a space.
    Punctuation,
}

fn unspaced(c: char) -> Unspaced {
    match c as u32 {
        // Latin, Greek, Cyrillic, Hebrew, Arabic, Indic scripts: the common case first.
        0..=0x0dff => Unspaced::No,
        0x0e00..=0x0eff | 0x1000..=0x109f | 0x1780..=0x17ff => Unspaced::Syllabic,
        0x3000..=0x303f | 0xff00..=0xff65 if !c.is_alphanumeric() => Unspaced::Punctuation,
        0x3005..=0x3007
        | 0x3040..=0x30ff
        | 0x31f0..=0x31ff
        | 0x3400..=0x4dbf
        | 0x4e00..=0x9fff
        | 0xf900..=0xfaff
        | 0xff66..=0xff9f
        | 0x20000..=0x3134f => Unspaced::Ideograph,
        _ => Unspaced::No,
    }
}

/// A block's folded text (see [`fold`]) and word count, with its letters added to
/// `scripts`: the per-block features rules decide from, in one walk over the text
/// instead of three.
pub fn fold_and_measure(s: &str, scripts: &mut ScriptCounts) -> (String, usize) {
    let mut folded = String::with_capacity(s.len());
    let mut words = WordCounter::default();
    for (run, next) in ascii_runs(s) {
        push_folded(&mut folded, run, next);
        words.add_run(run, next);
        scripts.add_run(run, next);
    }
    (folded, words.total())
}

/// The ASCII whitespace `char::is_whitespace` knows (which includes vertical tab).
fn is_ascii_space(b: u8) -> bool {
    // `|`, not `||`: no branch per byte, so the loops below vectorize.
    (b == b' ') | (b.wrapping_sub(b'\t') <= b'\r' - b'\t')
}

/// Words starting in an ASCII run: a non-space byte after a space, or first in the
/// run when the text before it ended outside a word. Pairwise, so it vectorizes.
fn ascii_word_starts(run: &[u8], in_word: bool) -> usize {
    let Some(&first) = run.first() else {
        return 0;
    };
    let lead = usize::from(!in_word && !is_ascii_space(first));
    let inner = count_byte_pairs(run, |before, b| is_ascii_space(before) & !is_ascii_space(b));
    lead + inner
}

/// Splits text into ASCII runs, each with the non-ASCII character that ends it (`None`
/// for the last run). Per-block features walk every byte of a document; ASCII, most
/// of any Latin text, then needs no decoding and no Unicode tables.
fn ascii_runs(s: &str) -> impl Iterator<Item = (&str, Option<char>)> {
    let mut rest = Some(s);
    std::iter::from_fn(move || {
        let text = rest?;
        let Some(at) = scan::next_non_ascii(text.as_bytes(), 0) else {
            rest = None;
            return Some((text, None));
        };
        let c = text[at..].chars().next()?;
        rest = Some(&text[at + c.len_utf8()..]);
        Some((&text[..at], Some(c)))
    })
}

/// Whether the text ends like a sentence (., !, ?, closing quote after one, or ..., or
/// the same marks of Chinese, Japanese, Devanagari, Arabic and Urdu: "。", "？", "।",
/// "؟", "۔").
pub fn ends_like_sentence(s: &str) -> bool {
    last_before_closers(s, CLOSERS).is_some_and(|c| {
        matches!(
            c,
            '.' | '!' | '?' | '…' | ':' | ';' | '。' | '！' | '？' | '：' | '；' | '।' | '۔' | '؟'
        )
    })
}

/// What may close a sentence after its final mark: quotes and brackets.
const CLOSERS: &str = "\"'”’»)]」』";

/// The last character of `s` before the whitespace and the `closers` at its end, if
/// any. Rules ask this of nearly every line, most of which end in an ASCII letter: a
/// byte is enough to answer for those.
fn last_before_closers(s: &str, closers: &str) -> Option<char> {
    let mut end = s.len();
    loop {
        let c = match *s.as_bytes()[..end].last()? {
            b if b.is_ascii_alphanumeric() => return Some(char::from(b)),
            b if b.is_ascii() => char::from(b),
            _ => s[..end].chars().next_back()?,
        };
        if !(c.is_whitespace() || closers.contains(c)) {
            return Some(c);
        }
        end -= c.len_utf8();
    }
}

/// Whether the text ends with a full stop: ".", or the Chinese and Japanese "。", the
/// Devanagari "।" or the Urdu "۔" (a closing quote or bracket after it aside). Thai and
/// Lao end a sentence with no mark at all: a letter of theirs last will do.
pub fn ends_with_full_stop(s: &str) -> bool {
    last_before_closers(s, "\"'”’»)」』")
        .is_some_and(|c| matches!(c, '.' | '。' | '।' | '۔' | '\u{0e00}'..='\u{0eff}'))
}

/// Whether the first letter or digit could open a sentence: a capital, or a letter of
/// a script without case (Arabic, Hebrew, Chinese, Devanagari), whose every letter can.
pub fn starts_like_sentence(s: &str) -> bool {
    s.chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_alphabetic() && !c.is_lowercase())
}

/// The text up to its first sentence end (".", "!" or "?" before a space), or all of
/// it. An abbreviation ends it early, which only makes the sentence shorter.
pub fn first_sentence(s: &str) -> &str {
    let bytes = s.as_bytes();
    (0..bytes.len().saturating_sub(1))
        .find(|&i| matches!(bytes[i], b'.' | b'!' | b'?') && bytes[i + 1] == b' ')
        .map_or(s, |i| &s[..=i])
}

/// The sentences of the text, trimmed: it is split after each ".", "!" or "?" that a
/// space follows (the marks are ASCII, so a byte search finds them without decoding).
/// An abbreviation splits a sentence too, and an address ("a@b.com") does not.
pub fn sentences(s: &str) -> impl Iterator<Item = &str> {
    let bytes = s.as_bytes();
    let ends = memchr::memchr3_iter(b'.', b'!', b'?', bytes)
        .map(|at| at + 1)
        .filter(|&at| bytes.get(at) == Some(&b' '))
        .chain(std::iter::once(s.len()));
    let mut start = 0;
    ends.filter_map(move |end| {
        let sentence = s[start..end].trim();
        start = end;
        (!sentence.is_empty()).then_some(sentence)
    })
}

/// Whether the text ends with a period, question or exclamation mark (in Latin,
/// Chinese, Japanese, Devanagari, Arabic or Urdu form).
pub fn has_terminal_punctuation(s: &str) -> bool {
    last_before_closers(s, CLOSERS).is_some_and(|c| {
        matches!(
            c,
            '.' | '!' | '?' | '…' | '。' | '！' | '？' | '।' | '۔' | '؟'
        )
    })
}

/// Reported speech: a sentence with a reporting clause after a comma ("Read more books,
/// the librarian urged.", "Folgen Sie uns, sagte er."). What it reports is someone's
/// words, not the page's.
pub fn is_reported_speech(s: &str) -> bool {
    #[rustfmt::skip]
    const VERBS: &[&str] = &[
        "said", "says", "told", "urged", "added", "wrote", "argued", "insisted", "explained",
        "asked", "warned", "noted", "replied", "recalled", "sagte", "sagt", "erklärte",
        "betonte", "fügte", "schrieb", "warnte", "dit", "a déclaré", "dijo", "afirmó",
    ];
    if !has_terminal_punctuation(s) {
        return false;
    }
    s.match_indices(", ").any(|(at, _)| {
        s[at + 2..]
            .split_whitespace()
            .take(5)
            .map(|w| {
                w.trim_end_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .any(|w| VERBS.contains(&w.as_str()))
    })
}

/// Share of words (of those starting with a letter) that start with an uppercase letter.
/// Short function words are skipped, as title case leaves them lowercase.
pub fn capitalized_share(s: &str) -> f32 {
    let mut words = 0;
    let mut caps = 0;
    for w in s.split_whitespace() {
        let w = w.trim_start_matches(|c: char| !c.is_alphanumeric());
        let Some(first) = w.chars().next() else {
            continue;
        };
        if !first.is_alphabetic() {
            continue;
        }
        if w.chars().count() <= 3 && first.is_lowercase() {
            continue;
        }
        words += 1;
        if first.is_uppercase() {
            caps += 1;
        }
    }
    if words == 0 {
        0.0
    } else {
        caps as f32 / words as f32
    }
}

/// Whether the text starts with an uppercase letter (after leading punctuation).
pub fn starts_uppercase(s: &str) -> bool {
    first_alphanumeric_is(s, u8::is_ascii_uppercase, char::is_uppercase)
}

/// Whether the text starts with a lowercase letter (after leading punctuation).
pub fn starts_lowercase(s: &str) -> bool {
    first_alphanumeric_is(s, u8::is_ascii_lowercase, char::is_lowercase)
}

/// Whether the first letter or digit of `s` passes the test: `ascii` when the text
/// starts with an ASCII letter or digit (no table to look up), else `any`.
fn first_alphanumeric_is(s: &str, ascii: fn(&u8) -> bool, any: fn(char) -> bool) -> bool {
    match s.as_bytes().first() {
        Some(b) if b.is_ascii_alphanumeric() => ascii(b),
        _ => s.chars().find(|c| c.is_alphanumeric()).is_some_and(any),
    }
}

/// The text of a markdown heading without its marker ("# Storm floods" gives "Storm
/// floods"); `None` for any other line.
pub fn markdown_heading(s: &str) -> Option<&str> {
    let rest = s.trim_start().trim_start_matches('#');
    let hashes = s.trim_start().len() - rest.len();
    ((1..=6).contains(&hashes) && rest.starts_with(' ')).then(|| rest.trim_start())
}

/// How many of the words of `s` (runs between spaces) hold a digit: a date or a stamp
/// has them in a third of its words or more ("Apr. 26, 2022"), a headline seldom does.
pub fn numbered_words(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.bytes().any(|b| b.is_ascii_digit()))
        .count()
}

/// A line shaped like a headline: short, no sentence-final punctuation, starts with a
/// capital letter or digit, not a quotation, and does not break off at an article
/// ("Am 1. Januar hat Deutschland turnusgemäß den": a sentence a link cut in two).
pub fn is_headline_like(s: &str) -> bool {
    // The ends first: most paragraphs end like a sentence, and only a line that does
    // not has its words counted.
    let first = s.chars().next();
    first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || c == '\'' || c == '‘')
        && !s.ends_with(',')
        && !ends_like_sentence(s)
        && !ends_with_article(s)
        // Counted only as far as the bounds need: a joined paragraph can be megabytes.
        && (2..=25).contains(&s.split_whitespace().take(26).count())
        && (s.len() <= 200 || s.chars().nth(200).is_none())
}

/// Whether the last word of `s` is an article, written in lowercase: no headline or
/// label ends with one; a line that does breaks off inside a sentence.
fn ends_with_article(s: &str) -> bool {
    // Not the words an article shares with a verb's particle, a pronoun or an idiom
    // that may end a line: "ein", "an" ("reichen Klage ein", "kündigt Trinity an"),
    // "das" ("Wir schaffen das"), "du", "une" ("À la une").
    #[rustfmt::skip]
    const ARTICLES: &[&str] = &[
        "the", "a", "der", "die", "den", "dem", "des", "eine", "einen", "einem", "einer",
        "eines", "le", "la", "les", "un", "el", "los", "las", "una", "il", "gli", "het",
        "een",
    ];
    // Most lines end in a longer word: only a last word of at most five letters is
    // looked up.
    let last = s.trim_end().rsplit(' ').next().unwrap_or("");
    (1..=5).contains(&last.len()) && ARTICLES.contains(&last)
}

/// Writing systems a document's letters can belong to, coarsely.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Script {
    Latin,
    Cyrillic,
    Greek,
    Other,
}

/// The script of one letter; `None` for non-letters.
pub fn script_of(c: char) -> Option<Script> {
    // Quotes, dashes, the ellipsis and the spaces of the General Punctuation block
    // are most of the non-ASCII characters of Latin text, and none is a letter:
    // answered without Unicode's tables.
    // The letters of the Latin-1, Latin Extended, Greek and Cyrillic blocks, where
    // text in those scripts spends nearly all its characters, are answered without
    // the tables too: they are binary searches, and a Russian paragraph would make
    // one per letter.
    match c as u32 {
        0x00c0..=0x00d6 | 0x00d8..=0x00f6 | 0x00f8..=0x024f => return Some(Script::Latin),
        0x0391..=0x03a1 | 0x03a3..=0x03a9 | 0x03b1..=0x03c9 => return Some(Script::Greek),
        0x0400..=0x0481 | 0x048a..=0x052f => return Some(Script::Cyrillic),
        _ => {}
    }
    if ('\u{2000}'..='\u{206f}').contains(&c) || !c.is_alphabetic() {
        return None;
    }
    Some(match c as u32 {
        0x0041..=0x024F | 0x1E00..=0x1EFF => Script::Latin,
        0x0400..=0x052F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => Script::Cyrillic,
        0x0370..=0x03FF | 0x1F00..=0x1FFF => Script::Greek,
        _ => Script::Other,
    })
}

/// Letter counts per script for a piece of text.
#[derive(Debug, Clone, Copy, Default)]
pub struct ScriptCounts {
    pub latin: usize,
    pub cyrillic: usize,
    pub greek: usize,
    pub other: usize,
}

impl ScriptCounts {
    pub fn of(s: &str) -> Self {
        let mut counts = ScriptCounts::default();
        counts.add(s);
        counts
    }

    pub fn add(&mut self, s: &str) {
        for (run, next) in ascii_runs(s) {
            self.add_run(run, next);
        }
    }

    fn add_run(&mut self, ascii: &str, next: Option<char>) {
        self.latin += ascii_letters(ascii);
        match next.and_then(script_of) {
            Some(Script::Latin) => self.latin += 1,
            Some(Script::Cyrillic) => self.cyrillic += 1,
            Some(Script::Greek) => self.greek += 1,
            Some(Script::Other) => self.other += 1,
            None => {}
        }
    }

    /// These counts less `other`'s (saturating).
    pub fn minus(&self, other: &ScriptCounts) -> ScriptCounts {
        ScriptCounts {
            latin: self.latin.saturating_sub(other.latin),
            cyrillic: self.cyrillic.saturating_sub(other.cyrillic),
            greek: self.greek.saturating_sub(other.greek),
            other: self.other.saturating_sub(other.other),
        }
    }

    pub fn total(&self) -> usize {
        self.latin + self.cyrillic + self.greek + self.other
    }

    /// The script holding at least `share` of the letters, if any.
    pub fn dominant(&self, share: f32) -> Option<Script> {
        let total = self.total();
        if total == 0 {
            return None;
        }
        [
            (Script::Latin, self.latin),
            (Script::Cyrillic, self.cyrillic),
            (Script::Greek, self.greek),
            (Script::Other, self.other),
        ]
        .into_iter()
        .find(|&(_, n)| n as f32 >= share * total as f32)
        .map(|(s, _)| s)
    }
}

fn ascii_letters(ascii: &str) -> usize {
    // Branch-free: `| 0x20` lowercases ASCII letters.
    count_bytes(ascii.as_bytes(), |b| (b | 0x20).wrapping_sub(b'a') < 26)
}

/// Lowercases (the Turkish "İ" to a plain "i") and folds curly apostrophes so phrase
/// lists match both spellings.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (run, next) in ascii_runs(s) {
        push_folded(&mut out, run, next);
    }
    out
}

fn push_folded(out: &mut String, ascii: &str, next: Option<char>) {
    let from = out.len();
    out.push_str(ascii);
    out[from..].make_ascii_lowercase();
    match next {
        Some('’' | '‘') => out.push('\''),
        Some('“' | '”' | '„') => out.push('"'),
        // Turkish capital dotted I: "i", not "i" and a combining dot, so that
        // "İlgili Haberler" matches the phrase "ilgili haberler".
        Some('İ') => out.push('i'),
        Some(c) => match simple_lowercase(c) {
            Some(lower) => out.push(lower),
            None => out.extend(c.to_lowercase()),
        },
        None => {}
    }
}

/// `c`'s lowercase for the Latin-1, Greek and Cyrillic capitals and small letters,
/// where it is one character at a fixed distance: those scripts' text folds without
/// a table search per letter. `None` elsewhere.
fn simple_lowercase(c: char) -> Option<char> {
    let lower = match c as u32 {
        0x00c0..=0x00d6 | 0x00d8..=0x00de | 0x0391..=0x03a1 | 0x03a3..=0x03ab => c as u32 + 0x20,
        0x0410..=0x042f => c as u32 + 0x20,
        0x0400..=0x040f => c as u32 + 0x50,
        0x00df..=0x00ff | 0x03ac..=0x03ce | 0x0430..=0x045f => c as u32,
        _ => return None,
    };
    char::from_u32(lower)
}

/// Lowercase words inside names ("Ursula von der Leyen", "Ibn Battuta").
#[rustfmt::skip]
pub const NAME_PARTICLES: &[&str] = &[
    "van", "von", "de", "der", "den", "da", "di", "du", "del", "la", "le", "bin", "ibn", "al",
    "y", "zu", "ten", "ter",
];

/// Whether the text looks like a person's name: one to five words, each capitalized
/// (name particles such as "van", "de", "al-" allowed), no digits.
pub fn is_person_name(s: &str) -> bool {
    // Sixty characters take at most 240 bytes: a paragraph is not counted out.
    if s.len() > 240 || s.chars().count() > 60 {
        return false;
    }
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.is_empty() || words.len() > 5 {
        return false;
    }
    let mut capitalized = 0;
    for w in &words {
        let core = w.trim_end_matches([',', '.']);
        if core.chars().any(|c| c.is_ascii_digit()) {
            return false;
        }
        if NAME_PARTICLES.contains(&core) || core.starts_with("al-") {
            continue;
        }
        let mut chars = core.chars();
        match chars.next() {
            Some(c) if c.is_uppercase() => capitalized += 1,
            _ => return false,
        }
        if !chars.all(|c| c.is_alphabetic() || "-'’.".contains(c)) {
            return false;
        }
    }
    capitalized >= 1
}

/// Whether the text looks like a person's name in scripts without capitals, where
/// [`is_person_name`] cannot tell: one to four words of letters of such scripts and
/// their marks, none longer than fifteen letters; a Chinese or Japanese name is two to
/// four characters, or parts of up to four joined by middle dots ("唐纳德·特朗普").
/// Worth asking only after a byline's label has said a name follows.
pub fn is_caseless_name(s: &str) -> bool {
    use unicode_normalization::char::is_combining_mark;
    let words: Vec<&str> = s.split_whitespace().collect();
    let caseless = |c: char| c.is_alphabetic() && !c.is_lowercase() && !c.is_uppercase();
    let word_ok = |w: &&str| {
        let parts: Vec<&str> = w.split(['·', '・']).collect();
        let ideographic = w
            .chars()
            .any(|c| matches!(unspaced(c), Unspaced::Ideograph));
        w.chars()
            .all(|c| caseless(c) || is_combining_mark(c) || c == '·' || c == '・')
            && parts.iter().all(|p| {
                let n = p.chars().count();
                if ideographic {
                    (1..=4).contains(&n)
                } else {
                    (1..=15).contains(&n)
                }
            })
            && (!ideographic || w.chars().count() >= 2)
    };
    (1..=4).contains(&words.len()) && words.iter().all(word_ok)
}

/// What the output puts between a line and the next one of its paragraph when a
/// sentence runs on across the break: a space for a soft wrap ([`is_soft_wrap`]), and
/// nothing when the next line opens with the mark that goes on from a word the line
/// before breaks off at, as a tag stripper that sets a link on a line of its own
/// leaves it ("… bis 1.704 Litern" / ". Mit einer …", "6-Gang-Automatik" / ", die …").
/// A line that breaks off at an article goes on with the next line of the source
/// (`adjacent`: no removed line between), whatever its case: "… mit der" / "Anna …",
/// "Bis auf die" / "„Abyss Black Pearl“". `None`: the next line starts a paragraph of
/// its own.
pub fn wrap_joiner(prev: &str, next: &str, adjacent: bool) -> Option<&'static str> {
    line_joiner(last_line(prev), next, adjacent)
}

/// [`wrap_joiner`] for the last line of what goes before, given as it is: a caller that
/// joins many lines into one knows where its last line starts, and a search for it in
/// the whole joined text would cost that text's length once per line.
pub fn line_joiner(line: &str, next: &str, adjacent: bool) -> Option<&'static str> {
    if soft_wrap_after(line, next)
        || adjacent && breaks_off_at_article(line) && opens_a_phrase(next)
    {
        return Some(" ");
    }
    let last = line.trim_end().chars().next_back();
    let cut_off = last.is_some_and(char::is_alphanumeric);
    // A full stop or a colon ends what it follows only before a space ("." / ".NET");
    // a hyphen before a capitalized word goes on with a compound whose first part was
    // a link, a quoted name too ("WFP" / "-Chef", "„Abyss Black Pearl“" /
    // "-Lackierung"), where a command's option ("-r requirements.txt") does not.
    let mut chars = next.chars();
    let goes_on = match chars.next() {
        Some(',' | ';' | ')' | ']') => cut_off,
        Some('.' | ':') => cut_off && chars.next().is_none_or(char::is_whitespace),
        Some('-') => {
            (cut_off || last.is_some_and(|c| matches!(c, '“' | '”' | '"' | '»' | '\'' | '’')))
                && chars.next().is_some_and(char::is_uppercase)
                && chars.next().is_some_and(char::is_alphabetic)
        }
        _ => false,
    };
    goes_on.then_some("")
}

/// Whether `line` breaks off at an article, one that a variable's name in a line of
/// code does not share ("import a").
fn breaks_off_at_article(line: &str) -> bool {
    ends_with_article(line) && !line.trim_end().ends_with(" a")
}

/// Whether `text` can go on from an article: it opens with a letter, a digit or an
/// opening quote ("„Abyss Black Pearl“", "Ökonomik"), not a list marker.
fn opens_a_phrase(text: &str) -> bool {
    text.starts_with(|c: char| {
        c.is_alphanumeric() || matches!(c, '„' | '“' | '"' | '«' | '‚' | '‘')
    })
}

/// A line break inside a sentence: the line before does not end one and the next line
/// continues in lowercase, or the line before is long prose cut mid-sentence. Never
/// between a code block and its neighbours: a code block is a paragraph of its own.
pub fn is_soft_wrap(prev: &str, next: &str) -> bool {
    soft_wrap_after(last_line(prev), next)
}

/// [`is_soft_wrap`] for the last line of what goes before, given as it is.
fn soft_wrap_after(last_line: &str, next: &str) -> bool {
    if ends_like_sentence(last_line) || last_line.ends_with([':', '-', '—', '–']) {
        return false;
    }
    // A line that opens with a list marker or punctuation starts something new.
    if !next.starts_with(|c: char| c.is_alphanumeric()) {
        return false;
    }
    starts_lowercase(next) || (last_line.chars().nth(59).is_some() && !is_headline_like(last_line))
}

/// The last line of a block (a joined block holds several).
pub fn last_line(text: &str) -> &str {
    &text[last_line_start(text)..]
}

/// Where the last line of `text` starts.
pub fn last_line_start(text: &str) -> usize {
    memchr::memrchr(b'\n', text.as_bytes()).map_or(0, |at| at + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn joins_a_mark_that_goes_on_from_a_cut_off_word() {
        let joins = |prev, next| wrap_joiner(prev, next, true);
        assert_eq!(
            joins("The boot holds 1,704 litres", ". With a payload of 685 kg"),
            Some("")
        );
        assert_eq!(
            joins("a six-speed automatic", ", which shifts smoothly."),
            Some("")
        );
        assert_eq!(joins("wie unser Vergleich zeigt", "."), Some(""));
        assert_eq!(
            joins("Foxconn (with its brand Foxtron", ") entered the market."),
            Some("")
        );
        assert_eq!(
            joins("Ein Gespräch mit WFP", "-Chef David Beasley."),
            Some("")
        );
        assert_eq!(
            joins("Bis auf die „Abyss Black Pearl“", "-Lackierung"),
            Some("")
        );
        assert_eq!(joins("Einkaufsliste", "- Milch"), None);
        assert_eq!(joins("RUN pip install", "-r requirements.txt"), None);
        assert_eq!(joins("It ended.", "-Chef"), None);
        assert_eq!(joins("the talks with the", "minister ended."), Some(" "));
        // A sentence already ended, a label's colon, a name that opens with a dot, a
        // list marker and an ellipsis start something new.
        assert_eq!(joins("It ended.", ". Next"), None);
        assert_eq!(joins("Contact:", ", more"), None);
        assert_eq!(joins("Configure the", ".NET runtime"), None);
        assert_eq!(joins("+ agrees", "? asks"), None);
        assert_eq!(joins("Read the story", "...and more"), None);
        // A line that breaks off at an article goes on with the next line of the
        // source, whatever its case; not across a removed line, not after a name in
        // code.
        assert_eq!(joins("Bis auf die", "„Abyss Black Pearl“"), Some(" "));
        assert_eq!(joins("sind wir mit der", "Anna gefahren."), Some(" "));
        assert_eq!(
            wrap_joiner("sind wir mit der", "Anna gefahren.", false),
            None
        );
        assert_eq!(joins(">>> import a", "File \"b.py\""), None);
        assert_eq!(
            joins("Fotografen reichen Klage ein", "Amazon nimmt Macmillan"),
            None
        );
    }

    #[test]
    fn reported_speech() {
        assert!(is_reported_speech(
            "Read more books, the librarian urged the council."
        ));
        assert!(is_reported_speech("Folgen Sie uns, sagte er."));
        assert!(!is_reported_speech("Read more: Talks end, officials said"));
        assert!(!is_reported_speech(
            "Subscribe to our newsletter, it's free."
        ));
    }

    #[test]
    fn counts_characters_that_are_not_whitespace() {
        assert_eq!(non_space_chars("a b\tc\n"), 3);
        assert_eq!(non_space_chars("café\u{a0}— 東京\u{3000}x"), 8);
        assert_eq!(non_space_chars(""), 0);
    }

    #[test]
    fn names_in_scripts_without_capitals() {
        for name in [
            "王小明",
            "唐纳德·特朗普",
            "أحمد علي",
            "דנה כהן",
            "राम शर्मा",
            "김민수",
        ] {
            assert!(is_caseless_name(name), "{name}");
        }
        for other in [
            "王",
            "国家统计局发言人表示",
            "Jane Doe",
            "أحمد 2024",
            "一季度外贸数据公布",
            "",
        ] {
            assert!(!is_caseless_name(other), "{other}");
        }
    }

    #[test]
    fn splits_sentences_after_their_marks() {
        let text = "Write to jo@example.com. Really? Yes!  Done";
        assert_eq!(
            super::sentences(text).collect::<Vec<_>>(),
            ["Write to jo@example.com.", "Really?", "Yes!", "Done"]
        );
        assert_eq!(super::sentences("").count(), 0);
        assert_eq!(super::sentences("3.5 m. ").collect::<Vec<_>>(), ["3.5 m."]);
    }

    #[test]
    fn sentences_of_other_scripts() {
        for sentence in [
            "The council met on Monday.",
            "专家认为，这一计划有助于缓解城市热岛效应。",
            "「地震への備えを強化したい」と話した。",
            "मंत्री ने कहा कि योजना अगले महीने शुरू होगी।",
            "أعلنت وزارة الصحة اليوم عن إطلاق حملة جديدة.",
        ] {
            assert!(starts_like_sentence(sentence), "{sentence}");
            assert!(ends_with_full_stop(sentence), "{sentence}");
            assert!(ends_like_sentence(sentence), "{sentence}");
        }
        assert!(!starts_like_sentence("the council met."));
        assert!(!starts_like_sentence("2024 was a year."));
        assert!(!ends_with_full_stop("Why did the council meet?"));
        assert!(!ends_with_full_stop("地震への備え"));
        assert!(ends_with_full_stop("สภาเมืองอนุมัติงบประมาณใหม่เมื่อเย็นวันจันทร์"));
        assert!(has_terminal_punctuation("هل ستستمر الحملة؟"));
    }

    #[test]
    fn first_sentence_ends_at_the_first_stop() {
        assert_eq!(first_sentence("Like it? Then stay. More."), "Like it?");
        assert_eq!(first_sentence("No stop at all"), "No stop at all");
        assert_eq!(
            first_sentence("Version 2.0 is out. Yes."),
            "Version 2.0 is out."
        );
        assert_eq!(first_sentence("Ends here."), "Ends here.");
    }

    #[test]
    fn counts_long_ascii_runs_past_a_byte() {
        // Counts are summed a byte at a time per chunk: runs longer than a chunk and
        // with more than 255 hits must still come out right.
        let words = "a ".repeat(700);
        assert_eq!(reading_words(&words), 700);
        assert_eq!(reading_words(&format!(" {words}x")), 701);
        let letters = "Zz".repeat(400);
        assert_eq!(ScriptCounts::of(&letters).latin, 800);
        assert_eq!(ScriptCounts::of(&"@[`{".repeat(100)).latin, 0);
    }

    proptest! {
        #[test]
        fn byte_count_of_non_space_matches_a_char_walk(
            s in "([ \t\n\u{b}aé—\u{85}\u{a0}\u{1680}\u{2000}-\u{200b}\u{2028}\u{202f}\u{3000}]|(?s).){0,300}"
        ) {
            let expected = s.chars().filter(|c| !c.is_whitespace()).count() as u32;
            prop_assert_eq!(non_space_chars(&s), expected);
        }

        #[test]
        fn sentence_ends_match_a_trim_of_the_closers(
            s in "(?s).{0,3}[a.!?…:;。！？：；।۔؟\u{e01}é]{0,2}[ \t\u{b}\u{a0}\u{3000}\"'”’»)\\]」』]{0,3}"
        ) {
            let trimmed = |closers: &str| {
                s.trim_end_matches(|c: char| c.is_whitespace() || closers.contains(c))
                    .chars()
                    .next_back()
            };
            let last = trimmed("\"'”’»)]」』");
            prop_assert_eq!(
                ends_like_sentence(&s),
                last.is_some_and(|c| ".!?…:;。！？：；।۔؟".contains(c))
            );
            prop_assert_eq!(
                has_terminal_punctuation(&s),
                last.is_some_and(|c| ".!?…。！？।۔؟".contains(c))
            );
            prop_assert_eq!(
                ends_with_full_stop(&s),
                trimmed("\"'”’»)」』")
                    .is_some_and(|c| ".。।۔".contains(c) || ('\u{e00}'..='\u{eff}').contains(&c))
            );
        }

        #[test]
        fn case_of_the_first_letter_matches_a_char_walk(s in "([ .\"(aZ0éÉжЖ一]|(?s).){0,6}") {
            let first = s.chars().find(|c| c.is_alphanumeric());
            prop_assert_eq!(starts_uppercase(&s), first.is_some_and(char::is_uppercase));
            prop_assert_eq!(starts_lowercase(&s), first.is_some_and(char::is_lowercase));
        }

        #[test]
        fn one_walk_gives_the_three_features(
            s in "([ \t\naZ’“„Ééß—\u{a0}\u{3000}Жжλİ]|(?s).){0,120}"
        ) {
            let mut scripts = ScriptCounts::default();
            let (folded, words) = fold_and_measure(&s, &mut scripts);
            prop_assert_eq!(folded, fold(&s));
            prop_assert_eq!(words, reading_words(&s));
            let expected = ScriptCounts::of(&s);
            prop_assert_eq!(
                (scripts.latin, scripts.cyrillic, scripts.greek, scripts.other),
                (expected.latin, expected.cyrillic, expected.greek, expected.other)
            );
        }
    }

    #[test]
    fn headline_shapes() {
        assert!(is_headline_like(
            "Regime Change and Jihad: Two Sides of the Same Coin"
        ));
        assert!(is_headline_like("Syria Safe Zones"));
        assert!(!is_headline_like("He said that the talks went well."));
        assert!(!is_headline_like("word"));
        assert!(!is_headline_like("lowercase start of a wrapped line"));
        // A line that breaks off at an article is a sentence cut in two.
        assert!(!is_headline_like(
            "Am 1. Januar hat Deutschland turnusgemäß den"
        ));
        assert!(!is_headline_like(
            "The ministers spoke for an hour about the"
        ));
        assert!(!is_headline_like("Mit einer"));
        // Words an article shares with a particle or a pronoun end headlines.
        assert!(is_headline_like("Fotografen reichen Klage ein"));
        assert!(is_headline_like("Wir schaffen das"));
        assert!(is_headline_like("Plan A"));
    }

    #[test]
    fn names() {
        assert!(is_person_name("Oleg Yegorov"));
        assert!(is_person_name("Ursula von der Leyen"));
        assert!(!is_person_name("the president"));
        assert!(!is_person_name("May 14, 2017"));
    }

    #[test]
    fn word_counts() {
        assert_eq!(reading_words(""), 0);
        assert_eq!(reading_words("  \t\n "), 0);
        assert_eq!(reading_words("one"), 1);
        assert_eq!(reading_words(" two  words "), 2);
        assert_eq!(reading_words("tab\tvertical\x0bfeed\x0creturn\r"), 4);
        // No-break and ideographic spaces separate words; a curly quote does not.
        assert_eq!(reading_words("a\u{a0}b\u{3000}c"), 3);
        assert_eq!(reading_words("„Привет“ — мир"), 3);
    }

    #[test]
    fn words_of_scripts_without_spaces() {
        // Two Chinese characters or kana make a word; the punctuation none.
        assert_eq!(reading_words("北京市政府今天宣布。"), 5);
        assert_eq!(reading_words("「東京へ行った」と話した。"), 5);
        assert_eq!(reading_words("Apple发布了iPhone"), 4);
        // Four Thai letters (marks included) make a word.
        assert_eq!(reading_words("ข่าว กีฬา"), 2);
        // Scripts written with spaces are counted by them.
        assert_eq!(reading_words("서울 시청 앞"), 3);
        assert_eq!(reading_words("أخبار اليوم"), 2);
    }

    /// The definitions the fast paths above must agree with.
    fn plain_reading_words(s: &str) -> usize {
        let (mut words, mut halves, mut quarters, mut in_word) = (0usize, 0usize, 0usize, false);
        for c in s.chars() {
            let (half, quarter, starts) = match unspaced(c) {
                Unspaced::No => (0, 0, !c.is_whitespace()),
                Unspaced::Ideograph => (1, 0, false),
                Unspaced::Syllabic => (0, 1, false),
                Unspaced::Punctuation => (0, 0, false),
            };
            words += usize::from(starts && !in_word);
            halves += half;
            quarters += quarter;
            in_word = starts;
        }
        words + halves.div_ceil(2) + quarters.div_ceil(4)
    }

    fn plain_fold(s: &str) -> String {
        let mut out = String::new();
        for c in s.chars() {
            match c {
                '’' | '‘' => out.push('\''),
                '“' | '”' | '„' => out.push('"'),
                'İ' => out.push('i'),
                _ => out.extend(c.to_lowercase()),
            }
        }
        out
    }

    fn plain_script_counts(s: &str) -> [usize; 4] {
        let mut n = [0; 4];
        for script in s.chars().filter_map(script_of) {
            n[script as usize] += 1;
        }
        n
    }

    #[test]
    fn fast_paths_agree_with_unicode_tables() {
        for c in (0..=0x0600u32).filter_map(char::from_u32) {
            if let Some(lower) = simple_lowercase(c) {
                assert_eq!(
                    c.to_lowercase().collect::<String>(),
                    lower.to_string(),
                    "{c:?}"
                );
            }
            let letter = !('\u{2000}'..='\u{206f}').contains(&c) && c.is_alphabetic();
            let script = match c as u32 {
                0x0041..=0x024f => Script::Latin,
                0x0400..=0x052f => Script::Cyrillic,
                0x0370..=0x03ff => Script::Greek,
                _ => Script::Other,
            };
            let slow = letter.then_some(script);
            assert_eq!(script_of(c), slow, "{c:?}");
        }
        assert_eq!(script_of('ж'), Some(Script::Cyrillic));
        assert_eq!(script_of('Ω'), Some(Script::Greek));
        assert_eq!(script_of('ß'), Some(Script::Latin));
        assert_eq!(
            fold("ПОДПИСАТЬСЯ Ёлка ΣΟΦΙΑ ÀÉÎ"),
            plain_fold("ПОДПИСАТЬСЯ Ёлка ΣΟΦΙΑ ÀÉÎ")
        );
    }

    #[test]
    fn folds() {
        assert_eq!(fold("Don’t SAY „Hallo“"), "don't say \"hallo\"");
        assert_eq!(fold("ÄRGER İst"), plain_fold("ÄRGER İst"));
        assert_eq!(fold("plain ascii"), "plain ascii");
    }

    proptest::proptest! {
        #[test]
        fn reading_words_agree_with_a_char_walk(
            s in "(\\PC|\\s| |\u{a0}|\u{2009}|\u{85}|[一中あア。「ก่า]){0,40}"
        ) {
            proptest::prop_assert_eq!(reading_words(&s), plain_reading_words(&s));
            if s.chars().all(|c| matches!(unspaced(c), Unspaced::No)) {
                proptest::prop_assert_eq!(reading_words(&s), s.split_whitespace().count());
            }
        }

        #[test]
        fn fold_agrees_with_char_by_char(s in "(\\PC|[A-Za-z’‘“”„İ])*") {
            proptest::prop_assert_eq!(fold(&s), plain_fold(&s));
        }

        #[test]
        fn script_counts_agree_with_script_of(s in "(\\PC|[A-Za-zА-я])*") {
            let c = ScriptCounts::of(&s);
            proptest::prop_assert_eq!([c.latin, c.cyrillic, c.greek, c.other], plain_script_counts(&s));
        }
    }

    #[test]
    fn scripts() {
        let c = ScriptCounts::of("Заголовок открываемого материала");
        assert_eq!(c.dominant(0.9), Some(Script::Cyrillic));
        assert_eq!(ScriptCounts::of("Hello, мир").dominant(0.9), None);
    }

    #[test]
    fn punctuation_is_no_script_and_letters_around_it_are() {
        // `script_of` answers the General Punctuation block without Unicode's tables.
        assert!(('\u{2000}'..='\u{206f}').all(|c| !c.is_alphabetic() && script_of(c).is_none()));
        assert_eq!(script_of('\u{1fff}'), None);
        assert_eq!(script_of('\u{1ffe}'), None);
        assert_eq!(script_of('\u{1ffc}'), Some(Script::Greek));
        assert_eq!(script_of('\u{2071}'), Some(Script::Other));
        assert_eq!(script_of('ª'), Some(Script::Latin));
    }
}
