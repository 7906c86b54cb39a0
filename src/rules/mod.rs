//! The rule registry: every boilerplate, markup and metadata rule, with its stable code,
//! its kebab-case name and its explanation (the rule file's module doc comment).
//!
//! Rules decide, the pipeline acts: a rule looks at one block and its neighbours through
//! a [`DocView`] and returns an [`Action`]; it never mutates anything and never fails.

use std::cell::Cell;
use std::ops::{ControlFlow, Range};
use std::sync::atomic::{AtomicU64, Ordering};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Anchored, Input, MatchKind, StartKind};

use crate::bits::BitTable;
use crate::block::Block;
use crate::shape::ScriptCounts;

mod boilerplate;
pub mod extraction;
mod markup;
mod metadata;
mod window_scan;

use window_scan::WindowScan;

/// Identity and documentation of a rule or normalization step.
#[derive(Debug, PartialEq, Eq)]
pub struct RuleMeta {
    /// Stable code: `BP` boilerplate, `MD` markup residue, `MT` metadata moves,
    /// `UN` unicode, `PN` punctuation, `NM` names, `EN` encoding repair.
    pub code: &'static str,
    /// Kebab-case name saying what the rule removes or changes.
    pub name: &'static str,
    /// The source of the file that implements the rule; its `//!` lines are the docs.
    pub source: &'static str,
}

impl RuleMeta {
    /// The rule's explanation: its module doc comment.
    pub fn explanation(&self) -> String {
        let mut out = String::new();
        for line in self.source.lines() {
            let Some(doc) = line.trim_start().strip_prefix("//!") else {
                if out.is_empty() {
                    continue;
                }
                break;
            };
            out.push_str(doc.strip_prefix(' ').unwrap_or(doc));
            out.push('\n');
        }
        out.trim_end().to_string()
    }

    /// The first sentence of the explanation, for listings.
    pub fn summary(&self) -> String {
        let doc = self.explanation();
        let first = doc.split("\n\n").next().unwrap_or("").replace('\n', " ");
        first.trim().to_string()
    }
}

/// Metadata a rule moves out of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Meta {
    Author(String),
    Published(String),
    Publisher(String),
    /// The outlet a syndicated article first appeared in, with its date when given.
    Syndication {
        publisher: String,
        published: Option<String>,
    },
    /// The document's title, from a header of fields: it outranks the first line.
    Title(String),
    /// The address the document was fetched from.
    Url(String),
    /// The document's language, as a tag ("en", "de-AT").
    Language(String),
}

/// What a rule wants done with a block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Drop the block.
    Remove,
    /// Drop the block; what it said moves into the document's metadata.
    Move(Vec<Meta>),
    /// Keep the block; record metadata it states (a dateline's agency).
    Note(Vec<Meta>),
    /// Cut byte ranges out of the block's text, keeping the rest; metadata found in the
    /// cut parts moves into the document's metadata.
    Cut {
        ranges: Vec<Range<usize>>,
        meta: Vec<Meta>,
    },
}

/// A boilerplate, markup or metadata rule.
pub trait Rule: Send + Sync {
    fn meta(&self) -> &'static RuleMeta;

    /// Lowercase phrases the rule looks for; configuration can add more.
    fn phrases(&self) -> &'static [&'static str] {
        &[]
    }

    /// Whether the verdict on a block can change when other blocks are removed (its
    /// neighbours, its position). Only such rules run again after the first round.
    fn depends_on_context(&self) -> bool {
        false
    }

    /// The verdict on block `i`, or `None` to leave it alone.
    fn check(&self, doc: &DocView, i: usize, phrases: &PhraseSet) -> Option<Action>;

    /// Phrase sets the rule searches anywhere in most blocks (through
    /// [`DocView::contains`] or [`DocView::may_contain`]): fixed sets of its own, and
    /// `configured`, the set the pipeline built from [`Rule::phrases`] and the config,
    /// when the rule searches that one so. The pipeline's [`PhraseGate`] scans a block
    /// once for all of them.
    fn gated_sets<'a>(&self, _configured: &'a PhraseSet) -> Vec<&'a PhraseSet> {
        Vec::new()
    }
}

/// Fixed strings a rule looks up whole (labels alone on a line, the words of a share
/// bar): one hash per lookup, where a list would be scanned string by string for
/// every short block.
#[derive(Debug, Clone)]
pub struct WordSet {
    words: foldhash::HashSet<&'static str>,
    /// The longest word's length in bytes: a longer string is turned away unhashed
    /// (rules ask about whole lines, most of them far longer than any label).
    longest: usize,
    /// A bit for each word's [`word_class`]: a string whose class has none is turned
    /// away on one load. Sets hold at most a few hundred words, so most of the short
    /// lines and words asked about never reach the hash.
    classes: BitTable<{ WordSet::CLASS_WORDS }>,
}

impl WordSet {
    const CLASS_WORDS: usize = 16;

    pub fn new(words: &[&'static str]) -> Self {
        let mut classes = BitTable::new();
        for word in words {
            classes.set(word_class(word));
        }
        WordSet {
            words: words.iter().copied().collect(),
            longest: words.iter().map(|w| w.len()).max().unwrap_or(0),
            classes,
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        word.len() <= self.longest
            && self.classes.get(word_class(word))
            && self.words.contains(word)
    }
}

/// A string's class for [`WordSet`]'s filter: its length, first and last byte mixed
/// into one of the filter's bits.
fn word_class(word: &str) -> usize {
    let bytes = word.as_bytes();
    let (first, last) = match (bytes.first(), bytes.last()) {
        (Some(&first), Some(&last)) => (usize::from(first), usize::from(last)),
        _ => (0, 0),
    };
    (first.wrapping_mul(0x9e) ^ last.wrapping_mul(0x3b5) ^ bytes.len().wrapping_mul(0x1f1))
        % BitTable::<{ WordSet::CLASS_WORDS }>::BITS
}

/// A compiled list of lowercase phrases, matched on whole words.
#[derive(Debug, Clone)]
pub struct PhraseSet {
    matcher: Option<AhoCorasick>,
    /// For a set too large for the automaton's own vectorized prefilter: a scan for a
    /// rare part of every phrase. A block it finds none in holds no phrase, and the
    /// automaton is spared.
    windows: Option<WindowScan>,
    /// For the anchored searches: the bit of the first two bytes of every phrase (see
    /// [`pair_bit`]). Text whose first two bytes have their bit clear starts with no
    /// phrase, and the automaton is spared; most blocks start with none. `None` when
    /// a phrase is shorter than two bytes.
    openings: Option<Openings>,
    /// The phrases, folded.
    phrases: Vec<String>,
    /// Tells sets apart for a [`PhraseGate`]: unique per set built.
    id: u64,
}

static NEXT_PHRASE_SET: AtomicU64 = AtomicU64::new(0);

/// A set's bitmap of phrase openings: 4,096 bits, 512 bytes.
type Openings = BitTable<64>;

/// The bit of a two-byte opening: a multiplicative hash cut to 12 bits.
fn pair_bit(pair: [u8; 2]) -> usize {
    (u32::from(u16::from_le_bytes(pair)).wrapping_mul(0x9E37_79B1) >> 20) as usize
}

impl PhraseSet {
    pub fn new<S: AsRef<str>>(phrases: &[S]) -> Self {
        let lowered: Vec<String> = phrases
            .iter()
            .map(|p| crate::shape::fold(p.as_ref()))
            .filter(|p| !p.is_empty())
            .collect();
        let matcher = if lowered.is_empty() {
            None
        } else {
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::LeftmostLongest)
                .start_kind(StartKind::Both)
                .build(&lowered)
                .ok()
        };
        // The automaton's own prefilter is vectorized up to this many phrases.
        const PREFILTERED: usize = 64;
        let windows = (lowered.len() > PREFILTERED).then(|| {
            let parts: Vec<(&[u8], usize)> =
                lowered.iter().map(|p| (rarest_window(p), 0)).collect();
            WindowScan::new(&parts)
        });
        let openings = lowered.iter().all(|p| p.len() >= 2).then(|| {
            let mut bits = Openings::new();
            for p in &lowered {
                bits.set(pair_bit([p.as_bytes()[0], p.as_bytes()[1]]));
            }
            bits
        });
        PhraseSet {
            matcher,
            windows,
            openings,
            phrases: lowered,
            id: NEXT_PHRASE_SET.fetch_add(1, Ordering::Relaxed),
        }
    }

    /// Whether `folded` may hold a phrase: `false` when the set has a window scan and
    /// it finds nothing.
    fn may_hold(&self, folded: &str) -> bool {
        self.windows
            .as_ref()
            .is_none_or(|w| w.any(folded.as_bytes()))
    }

    /// Whether `text` may start with a phrase: `false` when the bit of its first two
    /// bytes is clear.
    fn may_open(&self, text: &[u8]) -> bool {
        let Some(bits) = &self.openings else {
            return true;
        };
        match text {
            [a, b, ..] => bits.get(pair_bit([*a, *b])),
            // Shorter than every phrase.
            _ => false,
        }
    }

    /// Byte range of the first phrase found in `folded` on whole-word boundaries.
    pub fn find(&self, folded: &str) -> Option<Range<usize>> {
        let matcher = self.matcher.as_ref()?;
        if !self.may_hold(folded) {
            return None;
        }
        matcher
            .find_iter(folded)
            .map(|m| m.start()..m.end())
            .find(|r| is_word_bounded(folded, r))
    }

    /// Byte range of the phrase `folded` starts with, on whole-word boundaries: the
    /// same as `find` when that finds a phrase at 0, and `None` otherwise. An anchored
    /// search reads only as far as the longest phrase, where `find` reads the whole
    /// block whenever no phrase starts it.
    pub fn find_at_start(&self, folded: &str) -> Option<Range<usize>> {
        let matcher = self.matcher.as_ref()?;
        if !self.may_open(folded.as_bytes()) {
            return None;
        }
        // Leftmost-longest: the match `find` meets first when one starts at 0 is the
        // longest phrase there; if that one is not word-bounded, `find` goes on past
        // it and everything it meets later starts after 0.
        let input = Input::new(folded).anchored(Anchored::Yes);
        let m = matcher.try_find(input).ok()??;
        let r = m.start()..m.end();
        is_word_bounded(folded, &r).then_some(r)
    }

    /// Whether `folded` contains one of the phrases.
    pub fn contains(&self, folded: &str) -> bool {
        self.find(folded).is_some()
    }

    /// Whether `folded` starts with one of the phrases (after leading punctuation).
    /// An anchored search: it reads only as far as the longest phrase.
    pub fn starts(&self, folded: &str) -> bool {
        let Some(matcher) = self.matcher.as_ref() else {
            return false;
        };
        let trimmed = folded.trim_start_matches(|c: char| !c.is_alphanumeric());
        if !self.may_open(trimmed.as_bytes()) {
            return false;
        }
        let offset = folded.len() - trimmed.len();
        let input = Input::new(folded).range(offset..).anchored(Anchored::Yes);
        matcher
            .try_find_iter(input)
            .into_iter()
            .flatten()
            .map(|m| m.start()..m.end())
            .any(|r| r.start == offset && is_word_bounded(folded, &r))
    }

    /// How many distinct places in `folded` hold one of the phrases.
    pub fn count(&self, folded: &str) -> usize {
        let Some(matcher) = self.matcher.as_ref() else {
            return 0;
        };
        if !self.may_hold(folded) {
            return 0;
        }
        matcher
            .find_iter(folded)
            .filter(|m| is_word_bounded(folded, &(m.start()..m.end())))
            .count()
    }
}

/// One scan of a block for the phrases of several sets at once, telling which sets
/// can match in it. Most blocks hold no phrase of any set: one pass over them
/// replaces a pass per set, and each set then searches only the blocks it matches.
///
/// The pass looks for a rare part of each phrase (see [`rarest_span`]) and checks the
/// whole phrase where one turns up, so a common part ("publ" of "published under")
/// does not send every block to the sets' own searches. It reads every second place
/// only: a phrase of five bytes or more is looked for by the two four-byte parts of its
/// rarest five bytes, one of which starts at an even place wherever the phrase stands,
/// which halves the pass; a shorter phrase is searched whole. A set is marked present when
/// one of its phrases occurs on word boundaries, as [`PhraseSet::find`] requires; a set
/// not marked has no phrase there. A set the gate was not built with is always marked
/// present.
#[derive(Debug, Clone)]
pub struct PhraseGate {
    /// The rare parts of the phrases of five bytes or more, looked for at even places.
    scan: WindowScan,
    /// For each distinct rare part, the phrases to check where it is found.
    checks: Vec<Vec<GateCheck>>,
    /// The phrases too short for a pair of rare parts, each searched whole.
    short: Vec<(memchr::memmem::Finder<'static>, GateCheck)>,
    /// The id of the set each bit stands for.
    ids: Vec<u64>,
    /// For each set id from `first_id` to the largest the gate covers, one more than
    /// its bit (0 for a set it does not cover): rules ask about a set for most blocks,
    /// and this answers with one load where a search of `ids` takes dozens of
    /// comparisons. Empty when the ids lie too far apart (a process that has built
    /// very many sets), and `ids` is searched instead.
    bit_of: Vec<u8>,
    first_id: u64,
}

/// A phrase to check where a gate pattern is found.
#[derive(Debug, Clone)]
struct GateCheck {
    phrase: Box<str>,
    /// Where the pattern starts within the phrase.
    offset: usize,
    /// The sets (as bits) holding the phrase.
    sets: u64,
}

impl PhraseGate {
    /// Blocks with more words than this are not scanned, and every set is marked
    /// present. Most rules stop at 80 words or fewer; the one that searches longer
    /// blocks (legal notices' terms, up to 160) pays for its own search there, which
    /// costs less than scanning every long paragraph for all sets.
    pub const MAX_WORDS: usize = 80;

    /// A gate for up to 64 sets (a bit each); sets past those are left out, and so
    /// never ruled out.
    pub fn new(sets: &[&PhraseSet]) -> Self {
        let mut ids: Vec<u64> = Vec::new();
        // Each distinct phrase with its sets.
        let mut phrases: Vec<(&str, u64)> = Vec::new();
        for set in sets {
            if ids.len() == 64 || ids.contains(&set.id) || set.phrases.is_empty() {
                continue;
            }
            let bit = 1u64 << ids.len();
            ids.push(set.id);
            for phrase in &set.phrases {
                match phrases.iter_mut().find(|p| p.0 == phrase) {
                    Some(known) => known.1 |= bit,
                    None => phrases.push((phrase, bit)),
                }
            }
        }
        // The scan reads every second place only. A phrase's rarest five bytes hold two
        // four-byte parts, one byte apart: wherever the phrase occurs, one of the two
        // starts at an even place. Each part, with where it starts in its phrase.
        let mut parts: Vec<(&[u8], usize, &str, u64)> = Vec::new();
        let mut short = Vec::new();
        for &(phrase, sets) in &phrases {
            if phrase.len() < PAIR_WIDTH {
                let finder = memchr::memmem::Finder::new(phrase.as_bytes()).into_owned();
                let check = GateCheck {
                    phrase: phrase.into(),
                    offset: 0,
                    sets,
                };
                short.push((finder, check));
                continue;
            }
            let span = rarest_span(phrase, PAIR_WIDTH);
            let offset = span.as_ptr() as usize - phrase.as_ptr() as usize;
            parts.push((&span[..PAIR_WIDTH - 1], offset, phrase, sets));
            parts.push((&span[1..], offset + 1, phrase, sets));
        }
        let mut windows: Vec<&[u8]> = parts.iter().map(|p| p.0).collect();
        windows.sort_unstable();
        windows.dedup();
        let checks = windows
            .iter()
            .map(|&window| {
                parts
                    .iter()
                    .filter(|p| p.0 == window)
                    .map(|&(_, offset, phrase, sets)| GateCheck {
                        phrase: phrase.into(),
                        offset,
                        sets,
                    })
                    .collect()
            })
            .collect();
        let keyed: Vec<(&[u8], usize)> = windows.iter().enumerate().map(|(k, &w)| (w, k)).collect();
        // Set ids count up from 0 as sets are built, and a pipeline's sets are built
        // together, so they span a short range.
        const MAX_SPAN: u64 = 4096;
        let first_id = ids.iter().copied().min().unwrap_or(0);
        let span = ids.iter().map(|&id| id - first_id + 1).max().unwrap_or(0);
        let mut bit_of = Vec::new();
        if span <= MAX_SPAN {
            bit_of = vec![0u8; span as usize];
            for (bit, &id) in ids.iter().enumerate() {
                bit_of[(id - first_id) as usize] = bit as u8 + 1;
            }
        }
        PhraseGate {
            scan: WindowScan::new(&keyed),
            checks,
            short,
            ids,
            bit_of,
            first_id,
        }
    }

    /// The sets (as bits) with a phrase on word boundaries somewhere in `folded`.
    pub fn scan(&self, folded: &str) -> u64 {
        // The sets of `check` when its phrase starts at `start`, on word boundaries.
        let sets_at = |check: &GateCheck, start: usize| -> u64 {
            let range = start..start + check.phrase.len();
            let phrase = check.phrase.as_bytes();
            // Where the rare part matched by chance, the phrase's first or last byte
            // mostly tells: two loads before the comparison of the whole.
            let found = folded.as_bytes().get(range.clone()).is_some_and(|here| {
                here.first() == phrase.first() && here.last() == phrase.last() && here == phrase
            }) && is_word_bounded(folded, &range);
            if found {
                check.sets
            } else {
                0
            }
        };
        let mut hits = 0;
        let _ = self
            .scan
            .for_each_even::<()>(folded.as_bytes(), |at, window| {
                for check in &self.checks[window] {
                    if hits & check.sets != check.sets {
                        if let Some(start) = at.checked_sub(check.offset) {
                            hits |= sets_at(check, start);
                        }
                    }
                }
                ControlFlow::Continue(())
            });
        for (finder, check) in &self.short {
            for start in finder.find_iter(folded.as_bytes()) {
                if hits & check.sets == check.sets {
                    break;
                }
                hits |= sets_at(check, start);
            }
        }
        hits
    }

    /// Whether the gate was built with `set`, rather than leaving it out for want of
    /// room.
    pub fn covers(&self, set: &PhraseSet) -> bool {
        self.ids.contains(&set.id)
    }

    /// Whether `set` has a phrase on word boundaries where a scan found `hits`; `None`
    /// when the gate cannot tell: for a set it was not built with, or a block it did
    /// not scan (`hits` all set).
    pub fn knows(&self, hits: u64, set: &PhraseSet) -> Option<bool> {
        if hits == u64::MAX {
            return None;
        }
        // An id below `first_id` wraps around past the table's end.
        let slot = set.id.wrapping_sub(self.first_id) as usize;
        let k = match self.bit_of.get(slot) {
            Some(&bit) => usize::from(bit).checked_sub(1)?,
            None if self.bit_of.is_empty() => self.ids.iter().position(|&id| id == set.id)?,
            None => return None,
        };
        Some(hits & (1 << k) != 0)
    }

    /// Whether `set` can match where a scan found `hits`: always, for a set the gate
    /// was not built with.
    pub fn may_contain(&self, hits: u64, set: &PhraseSet) -> bool {
        self.knows(hits, set).unwrap_or(true)
    }
}

/// The bytes of a phrase the gate looks for: two four-byte parts, one byte apart.
const PAIR_WIDTH: usize = 5;

/// The four bytes of `phrase` least likely to occur in prose (all of it when shorter),
/// for a search to look for in its place: wherever the phrase occurs, so does any part
/// of it, and a rare part is found with few false starts where the phrase's first
/// bytes ("not ", "with") are everywhere.
fn rarest_window(phrase: &str) -> &[u8] {
    rarest_span(phrase, 4)
}

/// The `width` bytes of `phrase` least likely to occur in prose (all of it when
/// shorter).
fn rarest_span(phrase: &str, width: usize) -> &[u8] {
    let bytes = phrase.as_bytes();
    if bytes.len() <= width {
        return bytes;
    }
    // The span whose bytes are least likely in a row: the chance of its first byte
    // times, for each next byte, the chance of that byte after the one before.
    let score = |at: usize| -> f64 {
        let span = &bytes[at..at + width];
        let first = byte_frequency(span[0]).ln();
        first
            + span
                .windows(2)
                .map(|w| (pair_frequency(w[0], w[1]) / byte_frequency(w[0])).ln())
                .sum::<f64>()
    };
    let start = (0..=bytes.len() - width)
        .min_by(|&a, &b| score(a).total_cmp(&score(b)))
        .unwrap_or(0);
    &bytes[start..start + width]
}

/// Rough frequency of a byte per 1,000 bytes of lowercased prose.
fn byte_frequency(b: u8) -> f64 {
    match b {
        b' ' => 180.0,
        b'e' => 100.0,
        b't' => 72.0,
        b'a' => 65.0,
        b'o' => 60.0,
        b'i' | b'n' => 55.0,
        b's' | b'h' | b'r' => 50.0,
        b'd' | b'l' => 34.0,
        b'c' | b'u' | b'm' | b'w' => 22.0,
        b'f' | b'g' | b'y' | b'p' => 16.0,
        b'b' => 12.0,
        b'v' | b'k' => 7.0,
        b'j' | b'x' | b'q' | b'z' => 1.5,
        b'.' | b',' => 10.0,
        0x80.. => 20.0,
        _ => 3.0,
    }
}

/// Rough frequency of two bytes in a row per 1,000 pairs of lowercased prose: the
/// commonest pairs of English as counted, every other pair as if its bytes were
/// independent. Without the pairs, "tion" would pass for as rare as "tino", and a
/// phrase's rarest part could be one of the commonest four bytes of text.
fn pair_frequency(a: u8, b: u8) -> f64 {
    let counted = match &[a, b] {
        b"e " => 35.0,
        b"th" | b" t" => 30.0,
        b"he" => 27.0,
        b"s " => 22.0,
        b"in" => 21.0,
        b" a" | b"d " | b"er" => 18.0,
        b"an" | b"re" | b"t " => 17.0,
        b"on" | b"n " => 15.0,
        b" o" | b" s" | b" i" => 13.0,
        b"at" | b"en" | b"nd" => 12.5,
        b"ti" | b"es" | b"or" | b"y " => 11.5,
        b"te" | b"of" | b"ed" | b"is" | b"it" | b" w" | b" c" => 10.5,
        b"al" | b"ar" | b"st" | b"to" | b"nt" | b"r " | b" p" | b" b" | b" f" => 9.5,
        b"ng" | b"se" | b"ha" | b"as" | b"ou" | b" m" | b" h" => 8.5,
        b"io" | b"le" | b"ve" | b"co" | b"me" | b"de" | b"hi" => 7.5,
        b"ri" | b"ro" | b"ic" | b"ne" | b"ea" | b"ra" | b"ce" | b" r" | b" d" => 6.5,
        b"li" | b"ch" | b"ll" | b"be" | b"ma" | b"si" | b"om" | b"ur" | b"pr" | b"po" => 5.5,
        b"ca" | b"el" | b"ta" | b"la" | b"ns" | b"di" | b"fo" | b"ho" | b"pe" | b"ec" => 5.0,
        b"ct" | b"ge" | b"ly" | b"us" | b"rt" | b"ol" | b"ac" | b"ad" | b"ow" => 4.5,
        _ => 0.0,
    };
    if counted > 0.0 {
        counted
    } else {
        byte_frequency(a) * byte_frequency(b) / 1000.0
    }
}

fn is_word_bounded(text: &str, r: &Range<usize>) -> bool {
    let before = text[..r.start].chars().next_back();
    let after = text[r.end..].chars().next();
    let first = text[r.start..].chars().next();
    let last = text[..r.end].chars().next_back();
    let edge_ok = |outside: Option<char>, inside: Option<char>| match (outside, inside) {
        (Some(o), Some(i)) => !(o.is_alphanumeric() && i.is_alphanumeric()),
        _ => true,
    };
    edge_ok(before, first) && edge_ok(after, last)
}

/// What a rule sees of the document: all blocks, which ones earlier rules removed, and
/// document-wide features.
///
/// The view also notes whether a check read anything beyond the block it judges (another
/// block, which blocks are kept, the document's script counts): a check that did not,
/// and found nothing, gives the same verdict in the next round, where only removals have
/// changed. The pipeline skips such blocks then ([`DocView::focus_on`],
/// [`DocView::read_context`]), so every reading of context goes through a method here.
pub struct DocView<'a> {
    blocks: &'a [Block],
    /// For each block, the code of the rule that removed it.
    removed: &'a [Option<&'static str>],
    /// Each block's text, lowercased, with curly quotes folded.
    folded: &'a [String],
    /// Each block's number of words.
    words: &'a [usize],
    /// Letters of the whole document, per script.
    scripts: ScriptCounts,
    /// The gate over the rules' phrase sets, and for each block the sets it marks.
    gate: &'a PhraseGate,
    hits: &'a [u64],
    /// The first kept block, found once per view (the verdicts do not change while a
    /// rule reads the view).
    first_kept: std::cell::OnceCell<usize>,
    /// The first and the last kept block of prose, found once per view when first
    /// asked: whether prose stands before or after a line is asked of many lines, and
    /// a walk to the nearest prose crosses every line of a long menu.
    prose_bounds: std::cell::OnceCell<Option<(usize, usize)>>,
    /// The same for the article's body: kept paragraphs of [`DocView::is_body`].
    body_bounds: std::cell::OnceCell<Option<(usize, usize)>>,
    /// Whether each block is shaped like a headline, worked out when first asked and
    /// kept until the block's text changes: list rules ask it of every line they look
    /// back over, round after round.
    headline: &'a [std::cell::OnceCell<bool>],
    /// The first block that each question of [`DocView::first_such`] takes, by the
    /// question's name, found once per view.
    firsts: std::cell::RefCell<Vec<(&'static str, Option<usize>)>>,
    /// The block being judged.
    focus: Cell<usize>,
    /// Whether the check of `focus` has read beyond it.
    context: Cell<bool>,
}

/// What [`DocView::new`] builds a view from: the blocks and the pipeline's features of
/// them.
pub struct ViewParts<'a> {
    pub blocks: &'a [Block],
    pub removed: &'a [Option<&'static str>],
    pub folded: &'a [String],
    pub words: &'a [usize],
    pub scripts: ScriptCounts,
    pub gate: &'a PhraseGate,
    pub hits: &'a [u64],
    pub headline: &'a [std::cell::OnceCell<bool>],
}

impl<'a> DocView<'a> {
    pub fn new(parts: ViewParts<'a>) -> Self {
        DocView {
            blocks: parts.blocks,
            removed: parts.removed,
            folded: parts.folded,
            words: parts.words,
            scripts: parts.scripts,
            gate: parts.gate,
            hits: parts.hits,
            first_kept: std::cell::OnceCell::new(),
            prose_bounds: std::cell::OnceCell::new(),
            body_bounds: std::cell::OnceCell::new(),
            headline: parts.headline,
            firsts: std::cell::RefCell::new(Vec::new()),
            focus: Cell::new(usize::MAX),
            context: Cell::new(false),
        }
    }
}

impl DocView<'_> {
    /// Whether every block before `i` was removed: `i` is the first kept block, or
    /// would be.
    pub fn none_kept_before(&self, i: usize) -> bool {
        self.context.set(true);
        let first = *self.first_kept.get_or_init(|| {
            self.removed
                .iter()
                .position(Option::is_none)
                .unwrap_or(self.len())
        });
        first >= i
    }

    pub fn len(&self) -> usize {
        self.blocks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.blocks.is_empty()
    }

    /// Starts the check of block `i`: nothing beyond it read yet.
    pub fn focus_on(&self, i: usize) {
        self.focus.set(i);
        self.context.set(false);
    }

    /// Whether the check since [`DocView::focus_on`] read anything beyond its block.
    pub fn read_context(&self) -> bool {
        self.context.get()
    }

    /// Notes a reading of block `j`: context unless it is the block being judged.
    fn peek(&self, j: usize) {
        if j != self.focus.get() {
            self.context.set(true);
        }
    }

    /// Block `j`.
    pub fn block(&self, j: usize) -> &Block {
        self.peek(j);
        &self.blocks[j]
    }

    /// Number of whitespace-separated words of block `i`.
    pub fn words(&self, i: usize) -> usize {
        self.peek(i);
        self.words[i]
    }

    pub fn text(&self, i: usize) -> &str {
        self.peek(i);
        &self.blocks[i].text
    }

    /// Block `i`'s text, lowercased, with curly quotes folded.
    pub fn folded(&self, i: usize) -> &str {
        self.peek(i);
        &self.folded[i]
    }

    /// Letters of the document's kept blocks, per script.
    pub fn scripts(&self) -> &ScriptCounts {
        self.context.set(true);
        &self.scripts
    }

    /// Whether block `i` is shaped like a headline ([`crate::shape::is_headline_like`]).
    pub fn is_headline_like(&self, i: usize) -> bool {
        // Noted here: a shape worked out earlier is read without `text`.
        self.peek(i);
        *self.headline[i].get_or_init(|| crate::shape::is_headline_like(self.text(i)))
    }

    /// Whether `set` can match in block `i` or any part of it; `false` means it
    /// certainly does not, and the search can be skipped.
    pub fn may_contain(&self, i: usize, set: &PhraseSet) -> bool {
        self.peek(i);
        self.gate.may_contain(self.hits[i], set)
    }

    /// Whether block `i` contains one of the phrases of `set` on word boundaries: the
    /// gate's answer where it has one, else the set's own search.
    pub fn contains(&self, i: usize, set: &PhraseSet) -> bool {
        self.peek(i);
        self.gate
            .knows(self.hits[i], set)
            .unwrap_or_else(|| set.contains(&self.folded[i]))
    }

    pub fn is_kept(&self, i: usize) -> bool {
        self.peek(i);
        self.removed[i].is_none()
    }

    /// The code of the rule that removed block `i`, if one did. (The block being
    /// judged is kept: no later round asks the question of it with another answer.)
    pub fn removed_code(&self, i: usize) -> Option<&'static str> {
        self.peek(i);
        self.removed[i]
    }

    pub fn removed_by(&self, i: usize, prefix: &str) -> bool {
        self.removed_code(i)
            .is_some_and(|code| code.starts_with(prefix))
    }

    /// The block just before `i` in the same source paragraph, kept or not. (Which
    /// paragraph a block belongs to changes neither with removals nor with cuts, so
    /// asking it is no context; reading that block is.)
    pub fn prev_in_para(&self, i: usize) -> Option<usize> {
        (i > 0 && self.blocks[i - 1].para == self.blocks[i].para).then(|| i - 1)
    }

    /// The block just after `i` in the same source paragraph, kept or not.
    pub fn next_in_para(&self, i: usize) -> Option<usize> {
        (i + 1 < self.blocks.len() && self.blocks[i + 1].para == self.blocks[i].para)
            .then_some(i + 1)
    }

    /// Whether block `i` hangs under a label in its source paragraph: looking up from
    /// `i` through at most `max` lines glued to it, every line (`i` too) is `in_list`
    /// until one `is_label`. A box's list under its heading ("Trending Now" / three
    /// headlines), a contact block under "Media Contact:".
    pub fn hangs_under(
        &self,
        i: usize,
        max: usize,
        is_label: impl Fn(usize) -> bool,
        in_list: impl Fn(usize) -> bool,
    ) -> bool {
        if !in_list(i) {
            return false;
        }
        let mut at = i;
        for _ in 0..max {
            let Some(p) = self.prev_in_para(at) else {
                return false;
            };
            if is_label(p) {
                return true;
            }
            if !in_list(p) {
                return false;
            }
            at = p;
        }
        false
    }

    /// Whether line `i`'s sentence runs on into the next line of its paragraph: the line
    /// stops without a sentence end or a colon, and the next line, kept, goes on in
    /// lowercase or with the mark that closes the sentence (",", ")", "."). A tag
    /// stripper that puts each link on a line of its own leaves a sentence that way
    /// ("unter der Domain" / "example.de" / "und können …"); a label alone on its line
    /// has nothing running on from it.
    pub fn runs_on(&self, i: usize) -> bool {
        let text = self.text(i).trim_end();
        if text.is_empty() || crate::shape::ends_like_sentence(text) || text.ends_with(':') {
            return false;
        }
        self.next_in_para(i).is_some_and(|n| {
            let next = self.text(n);
            self.is_kept(n)
                && (starts_with_lowercase_word(next)
                    || next.starts_with([',', ';', ')', ']'])
                    || (next.starts_with('.') && !next.starts_with("..")))
        })
    }

    /// Whether block `i` is a paragraph of its own (blank lines or element edges around it).
    pub fn stands_alone(&self, i: usize) -> bool {
        self.prev_in_para(i).is_none() && self.next_in_para(i).is_none()
    }

    /// The blocks right before and right after `i`, kept or not: what a box's parts
    /// stand beside. (Which blocks these are is no context; reading them is.)
    pub fn beside(&self, i: usize) -> impl Iterator<Item = usize> + Clone {
        let len = self.blocks.len();
        [i.checked_sub(1), Some(i + 1).filter(|&n| n < len)]
            .into_iter()
            .flatten()
    }

    /// The kept blocks before `i`, nearest first.
    pub fn kept_before(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        (0..i).rev().filter(|&j| self.is_kept(j))
    }

    /// The kept blocks after `i`, nearest first.
    pub fn kept_after(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        (i + 1..self.blocks.len()).filter(|&j| self.is_kept(j))
    }

    pub fn prev_kept(&self, i: usize) -> Option<usize> {
        self.kept_before(i).next()
    }

    pub fn next_kept(&self, i: usize) -> Option<usize> {
        self.kept_after(i).next()
    }

    /// Whether block `j` reads as running text: a sentence or a long line.
    pub fn is_prose(&self, j: usize) -> bool {
        self.words(j) > 8 || self.words(j) > 3 && crate::shape::ends_like_sentence(self.text(j))
    }

    /// Whether a kept block of prose ([`DocView::is_prose`]) stands before block `i`.
    pub fn prose_before(&self, i: usize) -> bool {
        self.context.set(true);
        self.prose_bounds().is_some_and(|(first, _)| first < i)
    }

    /// Whether a kept block of prose stands after block `i`.
    pub fn prose_after(&self, i: usize) -> bool {
        self.context.set(true);
        self.prose_bounds().is_some_and(|(_, last)| last > i)
    }

    fn prose_bounds(&self) -> Option<(usize, usize)> {
        *self
            .prose_bounds
            .get_or_init(|| self.bounds(|j| self.is_prose(j)))
    }

    /// Whether block `j` reads as a paragraph of an article's body: a sentence of at
    /// least twelve words. Stricter than [`DocView::is_prose`], which a menu's longer
    /// entries and a teaser's line can pass.
    pub fn is_body(&self, j: usize) -> bool {
        self.words(j) >= 12 && crate::shape::ends_like_sentence(self.text(j))
    }

    /// The first and the last kept block of the body ([`DocView::is_body`]), if any.
    pub fn body_bounds(&self) -> Option<(usize, usize)> {
        self.context.set(true);
        *self
            .body_bounds
            .get_or_init(|| self.bounds(|j| self.is_body(j)))
    }

    /// The first and the last kept block that `pick` takes.
    fn bounds(&self, pick: impl Fn(usize) -> bool) -> Option<(usize, usize)> {
        let take = |j: &usize| self.is_kept(*j) && pick(*j);
        let first = (0..self.len()).find(take)?;
        let last = (first..self.len()).rev().find(take)?;
        Some((first, last))
    }

    /// The first block, kept or removed, whose folded text `is` takes: asked of every
    /// block by a rule, it is worked out once per view for each `question` (a name the
    /// rule gives it, which must always stand for the same test).
    pub fn first_such(&self, question: &'static str, is: impl Fn(&str) -> bool) -> Option<usize> {
        self.context.set(true);
        let known = self
            .firsts
            .borrow()
            .iter()
            .find(|(q, _)| *q == question)
            .map(|&(_, first)| first);
        known.unwrap_or_else(|| {
            let first = self.folded.iter().position(|f| is(f));
            self.firsts.borrow_mut().push((question, first));
            first
        })
    }

    /// Whether block `i` lies inside the element an HTML page's extraction took as the
    /// article: a rule that judges a page's frame by its shape leaves those alone.
    pub fn in_article(&self, i: usize) -> bool {
        self.block(i)
            .html
            .as_ref()
            .is_some_and(|html| html.in_article)
    }

    /// Whether every block after `i` is already removed.
    pub fn is_last_kept(&self, i: usize) -> bool {
        self.next_kept(i).is_none()
    }

    /// Whether every block before `i` is already removed.
    pub fn is_first_kept(&self, i: usize) -> bool {
        self.prev_kept(i).is_none()
    }
}

/// Words that put a name after them in a box's label ("About Jane Doe", "Über
/// Advents-Shopping.de", "À propos de …"), lowercase.
const ABOUT: &[&str] = &["about", "über", "à propos de", "sobre", "o"];

/// The "about" word of a folded label that opens with one and a space, and the rest
/// of the label after that space: `("über", "kathrin")` for "über kathrin".
fn about_label(folded: &str) -> Option<(&'static str, &str)> {
    ABOUT
        .iter()
        .find_map(|&about| Some((about, folded.strip_prefix(about)?.strip_prefix(' ')?)))
}

/// Whether `text` opens with a word in lowercase letters: "und können …", "ist ein
/// …"; not a web address ("www.example.de") or a bullet.
fn starts_with_lowercase_word(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("");
    let word = first.trim_end_matches([',', '.', ';', ':', '!', '?', ')']);
    word.starts_with(char::is_lowercase)
        && word
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
}

/// Every rule, in the order the pipeline runs them. Metadata rules come first so that
/// bylines and datelines move into metadata before broader rules could drop them.
pub fn all_rules() -> &'static [&'static dyn Rule] {
    static RULES: &[&dyn Rule] = &[
        &metadata::front_matter::FrontMatter,
        &metadata::scraper_field::ScraperField,
        &metadata::byline::Byline,
        &metadata::publisher_dateline::PublisherDateline,
        &metadata::syndication_source::SyndicationSource,
        &metadata::dateline_agency::DatelineAgency,
        &metadata::agency_signature::AgencySignature,
        &metadata::report_credits::ReportCredits,
        &metadata::author_bio::AuthorBio,
        &boilerplate::image_caption::ImageCaption,
        &boilerplate::related_headline::RelatedHeadline,
        &boilerplate::table_of_contents::TableOfContents,
        &boilerplate::legal_notice::LegalNotice,
        &boilerplate::contact_line::ContactLine,
        &boilerplate::comment_prompt::CommentPrompt,
        &boilerplate::call_to_action::CallToAction,
        &boilerplate::cookie_notice::CookieNotice,
        &boilerplate::newsletter_signup::NewsletterSignup,
        &boilerplate::ad_label::AdLabel,
        &boilerplate::ui_label::UiLabel,
        &boilerplate::foreign_script::ForeignScript,
        &boilerplate::truncated_teaser::TruncatedTeaser,
        &boilerplate::about_box::AboutBox,
        &boilerplate::site_address::SiteAddress,
        &boilerplate::section_menu::SectionMenu,
        &boilerplate::nav_menu::NavMenu,
        &boilerplate::sidebar_region::SidebarRegion,
        &boilerplate::stranded_line::StrandedLine,
        &markup::link_line::LinkLine,
        &markup::script_data::ScriptData,
        &markup::attribute_residue::AttributeResidue,
        &markup::reference_mark::ReferenceMark,
    ];
    RULES
}

pub use markup::inline_link::strip_markdown_links;
/// Metadata of the markdown inline-link step, which runs during segmentation.
pub use markup::inline_link::INLINE_LINK;

/// A markdown table of rules (code, name, summary), as the README shows it.
pub fn markdown_table(metas: &[&RuleMeta]) -> String {
    let mut out = String::from("| code | name | what it does |\n| --- | --- | --- |\n");
    for meta in metas {
        let summary = meta.summary().replace('|', "\\|");
        out.push_str(&format!(
            "| `{}` | `{}` | {} |\n",
            meta.code, meta.name, summary
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{is_word_bounded, DocView, PhraseGate, PhraseSet, ViewParts, WordSet};
    use crate::block::{Block, BlockKind};
    use crate::shape::ScriptCounts;

    /// Blocks made from lines, with the features a view reads.
    struct Features {
        blocks: Vec<Block>,
        words: Vec<usize>,
        folded: Vec<String>,
        gate: PhraseGate,
        hits: Vec<u64>,
        headline: Vec<std::cell::OnceCell<bool>>,
    }

    impl Features {
        fn of(lines: &[&str]) -> Self {
            Features {
                blocks: lines
                    .iter()
                    .enumerate()
                    .map(|(i, l)| Block::new(l.to_string(), 0..0, BlockKind::Paragraph, i as u32))
                    .collect(),
                words: lines.iter().map(|l| l.split_whitespace().count()).collect(),
                folded: lines.iter().map(|l| l.to_lowercase()).collect(),
                gate: PhraseGate::new(&[]),
                hits: vec![0; lines.len()],
                headline: vec![std::cell::OnceCell::new(); lines.len()],
            }
        }

        fn view<'a>(&'a self, removed: &'a [Option<&'static str>]) -> DocView<'a> {
            DocView::new(ViewParts {
                blocks: &self.blocks,
                removed,
                folded: &self.folded,
                words: &self.words,
                scripts: ScriptCounts::default(),
                gate: &self.gate,
                hits: &self.hits,
                headline: &self.headline,
            })
        }
    }

    #[test]
    fn prose_before_and_after_match_a_walk_over_the_kept_blocks() {
        let lines = [
            "Home",
            "Menu entry",
            "A short line that ends.",
            "Removed prose that would count were it kept in the document.",
            "Kontakt",
            "One more paragraph of prose with enough words to be one.",
            "Impressum",
        ];
        let doc = Features::of(&lines);
        let gone = Some("BP001");
        for removed in [
            vec![None; lines.len()],
            vec![None, None, None, gone, None, None, None],
            vec![None, None, gone, gone, None, gone, None],
        ] {
            let view = doc.view(&removed);
            for i in 0..lines.len() {
                let before = view.kept_before(i).any(|j| view.is_prose(j));
                let after = view.kept_after(i).any(|j| view.is_prose(j));
                assert_eq!(view.prose_before(i), before, "before {i} with {removed:?}");
                assert_eq!(view.prose_after(i), after, "after {i} with {removed:?}");
            }
        }
    }

    #[test]
    fn a_view_tells_whether_a_check_read_beyond_its_block() {
        let lines = [
            "Menu",
            "A paragraph of the article, long enough to be prose.",
            "Top",
        ];
        let doc = Features::of(&lines);
        let removed = vec![Some("BP011"), None, None];
        let view = doc.view(&removed);
        // The block itself, read every way, is no context.
        view.focus_on(1);
        let _ = (view.text(1), view.folded(1), view.words(1), view.block(1));
        let _ = (view.is_kept(1), view.is_headline_like(1), view.len());
        assert!(!view.read_context());
        // Any other block, which blocks are kept, or the document's letters are.
        // A neighbour's headline shape counts too, also when it was worked out before.
        view.is_headline_like(0);
        let reads: [&dyn Fn(&DocView); 8] = [
            &|v| {
                v.is_headline_like(0);
            },
            &|v| {
                v.text(0);
            },
            &|v| {
                v.words(2);
            },
            &|v| {
                v.is_kept(0);
            },
            &|v| {
                v.prev_kept(1);
            },
            &|v| {
                v.prose_after(1);
            },
            &|v| {
                v.none_kept_before(1);
            },
            &|v| {
                v.scripts();
            },
        ];
        for read in reads {
            view.focus_on(1);
            read(&view);
            assert!(view.read_context());
        }
        // A new focus starts afresh.
        view.focus_on(2);
        let _ = view.text(2);
        assert!(!view.read_context());
    }

    #[test]
    fn a_view_finds_the_first_block_a_question_takes_kept_or_not() {
        let lines = ["Menu", "Recent Posts", "A paragraph.", "Recent Posts"];
        let doc = Features::of(&lines);
        let removed = vec![None, Some("BP011"), None, None];
        let view = doc.view(&removed);
        view.focus_on(3);
        assert_eq!(view.first_such("posts", |f| f == "recent posts"), Some(1));
        assert!(view.read_context());
        // Another question is another answer; the same one is answered as before.
        assert_eq!(view.first_such("none", |f| f == "nothing"), None);
        assert_eq!(view.first_such("posts", |f| f == "recent posts"), Some(1));
    }

    #[test]
    fn word_sets_hold_their_words_whatever_their_length() {
        let set = WordSet::new(&["ab", "more", "läuft"]);
        assert!(set.contains("ab") && set.contains("more") && set.contains("läuft"));
        assert!(!set.contains("abc") && !set.contains("läufts") && !set.contains(""));
        assert!(!WordSet::new(&[]).contains(""));
    }

    #[test]
    fn finds_a_phrase_at_the_start() {
        let set = PhraseSet::new(&["by", "written by", "von"]);
        assert_eq!(set.find_at_start("written by anna"), Some(0..10));
        assert_eq!(set.find_at_start("by anna"), Some(0..2));
        assert_eq!(set.find_at_start("von"), Some(0..3));
        assert_eq!(set.find_at_start("byzantine art"), None);
        assert_eq!(set.find_at_start("stand by me"), None);
        assert_eq!(PhraseSet::new::<&str>(&[]).find_at_start("by"), None);
        // Openings no phrase has are told apart before the automaton runs.
        assert!(set.may_open(b"written"));
        assert!(!set.may_open(b"the talks"));
        assert!(!set.may_open(b"b"));
        assert!(PhraseSet::new(&["a", "by"]).may_open(b"the talks"));
    }

    #[test]
    fn the_rarest_part_of_a_phrase_avoids_the_commonest_letter_runs() {
        // By letters alone "tion" and "atio" pass for rare; as runs they are among the
        // commonest of prose.
        for (phrase, common) in [("notification", "tion"), ("for more information", "tion")] {
            let part = std::str::from_utf8(super::rarest_span(phrase, super::PAIR_WIDTH)).unwrap();
            assert!(phrase.contains(part), "{part}");
            assert!(!part.contains(common), "{phrase}: {part}");
        }
        assert_eq!(super::rarest_span("join", super::PAIR_WIDTH), b"join");
    }

    #[test]
    fn the_gate_marks_sets_whose_phrases_occur() {
        let legal = PhraseSet::new(&["all rights reserved", "do not necessarily reflect"]);
        let cookie = PhraseSet::new(&["cookie", "tracking"]);
        let other = PhraseSet::new(&["subscribe"]);
        let gate = PhraseGate::new(&[&legal, &cookie]);
        let marks = |text: &str| {
            let hits = gate.scan(text);
            [&legal, &cookie, &other].map(|set| gate.may_contain(hits, set))
        };
        assert_eq!(marks("the talks went well."), [false, false, true]);
        assert_eq!(marks("© 2017. all rights reserved."), [true, false, true]);
        assert_eq!(marks("we set a cookie."), [false, true, true]);
        // A phrase inside a word is none, and neither is a phrase's rare part alone.
        assert_eq!(marks("we use cookies"), [false, false, true]);
        assert_eq!(marks("cookiejar"), [false, false, true]);
        assert_eq!(marks("the reserved seats"), [false, false, true]);
        assert_eq!(marks(""), [false, false, true]);
        // A set with many phrases is gated like any other: seventy phrases with
        // seventy distinct rare parts.
        let many: Vec<String> = (0..70).map(|n| format!("{n}qz")).collect();
        let big = PhraseSet::new(&many);
        let gate = PhraseGate::new(&[&big, &cookie]);
        assert!(gate.covers(&big));
        assert!(!gate.may_contain(gate.scan("nothing here"), &big));
        assert!(gate.may_contain(gate.scan("item 69qz."), &big));
        // Sets past the 64 the gate has bits for are left out, and so never ruled out.
        let singles: Vec<PhraseSet> = (0..65)
            .map(|n| PhraseSet::new(&[format!("w{n}x")]))
            .collect();
        let refs: Vec<&PhraseSet> = singles.iter().collect();
        let gate = PhraseGate::new(&refs);
        let hits = gate.scan("nothing here");
        assert!(!gate.may_contain(hits, &singles[63]));
        assert!(!gate.covers(&singles[64]));
        assert!(gate.may_contain(hits, &singles[64]));
        // Sets built far apart (thousands of sets between them) are told apart too.
        let early = PhraseSet::new(&["early bird"]);
        for _ in 0..5000 {
            PhraseSet::new::<&str>(&[]);
        }
        let late = PhraseSet::new(&["late night"]);
        let gate = PhraseGate::new(&[&early, &late]);
        let hits = gate.scan("a late night show");
        assert!(!gate.may_contain(hits, &early) && gate.may_contain(hits, &late));
        assert!(gate.may_contain(hits, &cookie));
    }

    /// 100 phrases (more than the automaton's prefilter takes), some sharing their
    /// rarest parts.
    fn hundred_phrases() -> Vec<String> {
        (0..100)
            .map(|n| match n % 4 {
                0 => format!("word {n}"),
                1 => format!("ab{n}"),
                2 => format!("é{n} ü"),
                _ => format!("{n}x"),
            })
            .collect()
    }

    #[test]
    fn long_lists_find_every_phrase() {
        let phrases = hundred_phrases();
        let long = PhraseSet::new(&phrases);
        assert!(long.windows.is_some());
        for phrase in &phrases {
            assert!(
                long.contains(&format!("so {phrase} here")),
                "{phrase} not found"
            );
        }
    }

    proptest::proptest! {
        /// The class filter in front of the hash never turns a word of the set away.
        #[test]
        fn word_sets_answer_as_their_list(
            words in proptest::collection::vec("[a-cé ]{0,4}", 0..40),
            probes in proptest::collection::vec("[a-cé ]{0,5}", 0..40),
        ) {
            let words: Vec<&'static str> =
                words.into_iter().map(|w| &*Box::leak(w.into_boxed_str())).collect();
            let set = WordSet::new(&words);
            for probe in probes.iter().map(String::as_str).chain(words.iter().copied()) {
                proptest::prop_assert_eq!(set.contains(probe), words.contains(&probe), "{:?}", probe);
            }
        }

        /// The gate marks a set exactly when one of its phrases occurs on word
        /// boundaries, and so whenever the set's own search finds one.
        #[test]
        fn the_gate_never_rules_out_a_set_that_occurs(
            s in "(all |rights |reserved|cookie|cook|ies|track|ing|fair use|use|é|ü|x|  ){0,14}"
        ) {
            let sets = [
                PhraseSet::new(&["all rights reserved", "rights", "fair use"]),
                PhraseSet::new(&["cookie", "cookies", "tracking", "use"]),
                PhraseSet::new(&["é", "ü x", "all"]),
                PhraseSet::new(&["reserved", "cook"]),
            ];
            let refs: Vec<&PhraseSet> = sets.iter().collect();
            let gate = PhraseGate::new(&refs);
            let hits = gate.scan(&s);
            for set in &sets {
                let bounded = |p: &String| {
                    s.match_indices(p.as_str())
                        .any(|(at, _)| is_word_bounded(&s, &(at..at + p.len())))
                };
                let occurs = set.phrases.iter().any(bounded);
                proptest::prop_assert_eq!(occurs, gate.may_contain(hits, set), "{:?} in {:?}", set.phrases, s);
                proptest::prop_assert!(set.find(&s).is_none() || occurs);
            }
        }

        /// A list too long for the automaton's own prefilter finds what the automaton
        /// alone finds: its window scan never hides a phrase.
        #[test]
        fn long_lists_find_what_the_automaton_finds(
            s in "(word|wor|rd|ab|cd|é|ü| |  |x|1|2|3|4|5|6|7|8|9|0){0,16}"
        ) {
            let long = PhraseSet::new(&hundred_phrases());
            let mut plain = long.clone();
            plain.windows = None;
            proptest::prop_assert_eq!(long.find(&s), plain.find(&s));
            proptest::prop_assert_eq!(long.count(&s), plain.count(&s));
        }

        #[test]
        fn find_at_start_agrees_with_find(s in "(by|written|von|vo|n| |a|z|:|ü){0,12}") {
            let set = PhraseSet::new(&["by", "written by", "von", "by:", "n a", "ü"]);
            proptest::prop_assert_eq!(
                set.find_at_start(&s),
                set.find(&s).filter(|r| r.start == 0)
            );
        }

        /// The bitmap of openings never hides a phrase from the anchored searches.
        #[test]
        fn openings_never_hide_a_phrase(s in "(\\(|by|written|von|vo|n|ü| |a|z|:|-){0,8}") {
            let set = PhraseSet::new(&["by", "written by", "von", "by:", "n a", "ü x", "-a"]);
            proptest::prop_assert!(set.openings.is_some());
            let mut plain = set.clone();
            plain.openings = None;
            proptest::prop_assert_eq!(set.starts(&s), plain.starts(&s));
            proptest::prop_assert_eq!(set.find_at_start(&s), plain.find_at_start(&s));
        }
    }
}

#[cfg(test)]
pub(crate) mod testing {
    //! Helpers for per-rule tests: build a document from text and ask one rule about it.
    use crate::config::Config;
    use crate::pipeline::Pipeline;

    /// Cleans `text` with only `code` selected and returns the ledger's removed texts.
    pub fn removed_by(code: &str, text: &str) -> Vec<String> {
        let config = Config {
            select: vec![code.to_string(), "MD001".to_string()],
            ..Config::default()
        };
        let pipeline = Pipeline::new(config).expect("valid test config");
        let cleaned = pipeline.clean_text(text);
        cleaned
            .record
            .removed
            .iter()
            .filter(|r| r.rule == code)
            .map(|r| r.text.clone())
            .collect()
    }

    /// The same for one line after a paragraph of body text.
    pub fn removed_after_body(code: &str, line: &str) -> Vec<String> {
        removed_by(code, &format!("Body.\n\n{line}\n"))
    }

    /// Asserts that rule `code` removes each line, whole, after a paragraph of body text.
    pub fn removes_each(code: &str, lines: &[&str]) {
        for line in lines {
            assert_eq!(
                removed_after_body(code, line),
                [*line],
                "{code} keeps {line:?}"
            );
        }
    }

    /// Asserts that rule `code` removes each line, whole, standing between two
    /// paragraphs of body text (where a line at the document's end may be judged
    /// otherwise).
    pub fn removes_each_between(code: &str, lines: &[&str]) {
        for line in lines {
            let doc = format!("The council met on Monday.\n\n{line}\n\nIt agreed on the budget.\n");
            assert_eq!(removed_by(code, &doc), [*line], "{code} keeps {line:?}");
        }
    }

    /// Asserts that rule `code` leaves each line alone after a paragraph of body text.
    pub fn keeps_each(code: &str, lines: &[&str]) {
        for line in lines {
            let removed = removed_after_body(code, line);
            assert!(
                removed.is_empty(),
                "{code} removes {removed:?} from {line:?}"
            );
        }
    }

    /// Cleans `text` with only `code` selected and returns the document's metadata.
    pub fn cleaned_with(code: &str, text: &str) -> crate::Cleaned {
        let config = Config {
            select: vec![code.to_string(), "MD001".to_string()],
            ..Config::default()
        };
        Pipeline::new(config)
            .expect("valid test config")
            .clean_text(text)
    }
}
