//! The pipeline: bytes → decoded text → blocks → rules → clean text and its record.
//! One document runs start to finish here; nothing is shared between documents but the
//! read-only configuration, so documents can run on any thread in any order.

use std::cell::OnceCell;
use std::ops::Range;

use encoding_rs::Encoding;

use crate::block::{Block, BlockKind};
use crate::config::Config;
use crate::decode;
use crate::error::{DocError, Error};
use crate::normalize::{self, Counts, Normalizer};
use crate::provenance::{self, OutputInfo, PipelineInfo, Record, Removed, SourceInfo, Syndication};
use crate::rules::{
    self, Action, DocView, Meta, PhraseGate, PhraseSet, Rule, ViewParts, INLINE_LINK,
};
use crate::segment::{self, PageMeta};
use crate::shape::{self, ScriptCounts};
use crate::sniff::{self, Format};

/// Rounds of the whole rule list at most; real documents settle in two.
const MAX_RULE_ROUNDS: usize = 4;

/// Most words of a heading that [`Pipeline::trailing_heading`] takes for a removed
/// section's.
const MAX_TRAILING_HEADING_WORDS: usize = 8;

/// Most rule stages: the source's lines, then the output's paragraphs, then (for the
/// pieces of a glued line only) the output's paragraphs again, as removals regroup them.
const MAX_STAGES: usize = 4;

/// Marks a line joined into the line before it (see `join_soft_wraps`): gone from the
/// block list like a removed one, but into its neighbour, not into the ledger.
pub(crate) const JOINED: &str = "joined";

/// One document to clean.
#[derive(Debug, Clone, Default)]
pub struct Source<'a> {
    /// Stable identifier: the file stem, or a streamed record's `id`.
    pub id: String,
    /// Path relative to the input root, with `/` separators.
    pub path: String,
    pub bytes: &'a [u8],
    /// `bytes` as a string, when the caller has them so (a JSONL record's text):
    /// decoding then skips its UTF-8 check. Ignored unless it is `bytes` itself.
    pub text: Option<&'a str>,
    /// The format the file name or the record promises; sniffed when `None`.
    pub format: Option<Format>,
    /// A charset label the container declares (a JSONL record's `encoding` field).
    pub declared_encoding: Option<String>,
}

impl<'a> Source<'a> {
    /// Already-decoded plain text, with `-` for its id and path.
    pub fn plain_text(text: &'a str) -> Self {
        Source {
            id: "-".into(),
            path: "-".into(),
            bytes: text.as_bytes(),
            text: Some(text),
            format: Some(Format::Text),
            ..Source::default()
        }
    }
}

/// The clean text of one document and its record. When the document could not be
/// cleaned, `text` is empty and `record.error` says why.
#[derive(Debug, Clone)]
pub struct Cleaned {
    pub text: String,
    pub record: Record,
}

/// One block as `explain` shows it: its text, which rule removed it, and inline cuts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TraceLine {
    pub text: String,
    pub para: u32,
    /// Code and name of the rule that removed the block.
    pub removed: Option<(&'static str, &'static str)>,
    /// Inline cuts kept blocks had: code, name and the text cut.
    pub cuts: Vec<(&'static str, &'static str, String)>,
}

/// A configured pipeline; cheap to share between threads.
pub struct Pipeline {
    config: Config,
    config_sha256: String,
    rules: Vec<(&'static dyn Rule, PhraseSet)>,
    /// One scan per block for the phrase sets most blocks are searched for.
    gate: PhraseGate,
    normalizer: Normalizer,
    inline_links: bool,
    encoding_override: Option<&'static Encoding>,
}

/// What the rules read of each block besides its text: its folded text, word count
/// and phrase-gate bits, and shapes worked out when a rule first asks. All of it
/// follows the block's text, so a block whose text changes is refreshed here, whole.
struct Features {
    folded: Vec<String>,
    words: Vec<usize>,
    hits: Vec<u64>,
    headline: Vec<OnceCell<bool>>,
}

impl Features {
    /// Works block `i`'s features out again from its new `text`.
    fn refresh(&mut self, pipeline: &Pipeline, i: usize, text: &str) {
        self.folded[i] = shape::fold(text);
        self.words[i] = shape::reading_words(text);
        self.hits[i] = pipeline.gate_hits(&self.folded[i], self.words[i]);
        self.headline[i] = OnceCell::new();
    }
}
impl Pipeline {
    pub fn new(config: Config) -> Result<Self, Error> {
        let known: Vec<&str> = all_codes();
        config.check_codes(&known, "config")?;
        let rules = rules::all_rules()
            .iter()
            .filter(|r| config.is_selected(r.meta().code))
            .map(|&r| {
                let mut phrases: Vec<String> = r.phrases().iter().map(|p| p.to_string()).collect();
                if let Some(extra) = config.phrases.get(r.meta().code) {
                    phrases.extend(extra.iter().cloned());
                }
                (r, PhraseSet::new(&phrases))
            })
            .collect::<Vec<(&'static dyn Rule, PhraseSet)>>();
        let gated: Vec<&PhraseSet> = rules.iter().flat_map(|(r, p)| r.gated_sets(p)).collect();
        let gate = PhraseGate::new(&gated);
        let normalizer = Normalizer::new(&config)?;
        let config_sha256 = config_hash(&config)?;
        Ok(Pipeline {
            inline_links: config.is_selected(INLINE_LINK.code),
            config,
            config_sha256,
            rules,
            gate,
            normalizer,
            encoding_override: None,
        })
    }

    /// Kept lines that only finish a sentence a rule removed, with that rule: a line
    /// of the same paragraph that starts in lowercase right after a removed line that
    /// breaks off mid-sentence ("… dass Du unsere Datenschutzerklärung" / "zur Kenntnis
    /// genommen hast."). Alone, such a tail is a fragment of the boilerplate, and kept,
    /// it would be joined into whatever prose came next. Lines are taken in order, so a
    /// sentence wrapped over several lines goes whole.
    /// `paras` are the source paragraphs (the blocks' own are regrouped between
    /// stages).
    fn sentence_tails(
        &self,
        blocks: &[Block],
        removed: &[Option<&'static str>],
        paras: &[u32],
    ) -> Vec<(usize, &'static rules::RuleMeta)> {
        let mut tails = Vec::new();
        let mut last: Option<(usize, &'static rules::RuleMeta)> = None;
        for i in 1..blocks.len() {
            // The line's own tests first: most lines are not a kept lowercase line in
            // the paragraph of the line above, and the rule need not be looked up.
            let block = &blocks[i];
            if removed[i].is_some()
                || paras[i] != paras[i - 1]
                || block.kind == BlockKind::Preformatted
                || !block.text.starts_with(char::is_lowercase)
            {
                continue;
            }
            let meta = match last {
                Some((j, meta)) if j == i - 1 => Some(meta),
                _ => self.removed_by_rule(removed[i - 1]),
            };
            let Some(meta) = meta else { continue };
            if breaks_off(&blocks[i - 1].text) {
                tails.push((i, meta));
                last = Some((i, meta));
            }
        }
        tails
    }

    /// Kept labels whose whole content a rule removed, with that rule: a line of at
    /// most six words ending in a colon ("Datum:", "Findet uns auch auf:", "Springe
    /// direkt zu:") right above a removed line, where no kept line of the removed
    /// line's paragraph follows it. A label that still has kept lines under it in that
    /// paragraph stays: they may be what it introduces.
    fn orphaned_labels(
        &self,
        blocks: &[Block],
        removed: &[Option<&'static str>],
        paras: &[u32],
    ) -> Vec<(usize, &'static rules::RuleMeta)> {
        let mut labels = Vec::new();
        for i in 0..blocks.len().saturating_sub(1) {
            let block = &blocks[i];
            if removed[i].is_some()
                || block.kind == BlockKind::Preformatted
                || !block.text.trim_end().ends_with(':')
                || shape::reading_words(&block.text) > 6
            {
                continue;
            }
            let Some(meta) = self.removed_by_rule(removed[i + 1]) else {
                continue;
            };
            let content_para = paras[i + 1];
            let introduces_more = (i + 2..blocks.len())
                .take_while(|&j| paras[j] == content_para)
                .any(|j| removed[j].is_none() && !blocks[j].text.is_empty());
            if !introduces_more {
                labels.push((i, meta));
            }
        }
        if let Some(heading) = self.trailing_heading(blocks, removed) {
            labels.push(heading);
        }
        labels
    }

    /// A heading (below the title's level: an HTML `<h2>` to `<h6>`, a markdown `##`
    /// heading and deeper) that is the document's last kept block,
    /// with removed blocks under it: the heading of a section that went whole, such
    /// as a box of related links ("Auch auf example.de", "Noch mehr Infos für dich")
    /// or a comment section. It goes with the rule that removed the first of them (the
    /// extraction, for what lay outside the article). A heading with nothing removed
    /// under it stays: it may end the text as written.
    fn trailing_heading(
        &self,
        blocks: &[Block],
        removed: &[Option<&'static str>],
    ) -> Option<(usize, &'static rules::RuleMeta)> {
        let last = (0..blocks.len()).rev().find(|&i| removed[i].is_none())?;
        let text = &blocks[last].text;
        let heading = matches!(blocks[last].kind, BlockKind::Heading(2..))
            || text.trim_start().starts_with("##") && shape::markdown_heading(text).is_some();
        if !heading
            || shape::reading_words(text) > MAX_TRAILING_HEADING_WORDS
            || !(0..last).any(|j| removed[j].is_none())
        {
            return None;
        }
        let outside = &rules::extraction::outside_article::OUTSIDE_ARTICLE;
        (last + 1..blocks.len())
            .find_map(|j| {
                self.removed_by_rule(removed[j])
                    .or_else(|| (removed[j] == Some(outside.code)).then_some(outside))
            })
            .map(|meta| (last, meta))
    }

    /// The rule behind a removal, when a rule made it (not the HTML extraction, an
    /// empty line or a joined one).
    fn removed_by_rule(&self, code: Option<&'static str>) -> Option<&'static rules::RuleMeta> {
        let code = code?;
        self.rules
            .iter()
            .map(|(rule, _)| rule.meta())
            .find(|m| m.code == code)
    }

    /// The gated phrase sets that can match in a block: all of them for a removed
    /// block (its folded text is empty) or a long one, which the gate does not scan.
    fn gate_hits(&self, folded: &str, words: usize) -> u64 {
        if folded.is_empty() || words > PhraseGate::MAX_WORDS {
            u64::MAX
        } else {
            self.gate.scan(folded)
        }
    }

    /// Decode every document with this encoding unless it starts with a BOM.
    pub fn with_encoding_override(mut self, encoding: Option<&'static Encoding>) -> Self {
        self.encoding_override = encoding;
        self
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    pub fn config_sha256(&self) -> &str {
        &self.config_sha256
    }

    /// The `--encoding` override, which the config hash does not cover.
    pub fn encoding_override(&self) -> Option<&'static Encoding> {
        self.encoding_override
    }

    /// Cleans already-decoded plain text (for tests and library users).
    pub fn clean_text(&self, text: &str) -> Cleaned {
        self.clean(&Source::plain_text(text))
    }

    /// Cleans one document. Never panics on any bytes; failures land in `record.error`.
    pub fn clean(&self, source: &Source) -> Cleaned {
        self.clean_traced(source, None)
    }

    /// Cleans one document and returns, besides, every block with its fate.
    pub fn trace(&self, source: &Source) -> (Cleaned, Vec<TraceLine>) {
        let mut trace = Vec::new();
        let cleaned = self.clean_traced(source, Some(&mut trace));
        (cleaned, trace)
    }

    fn clean_traced(&self, source: &Source, trace: Option<&mut Vec<TraceLine>>) -> Cleaned {
        let mut record = Record {
            schema: provenance::SCHEMA_VERSION,
            id: source.id.clone(),
            source: SourceInfo {
                path: source.path.clone(),
                sha256: provenance::sha256_hex(source.bytes),
                bytes: source.bytes.len() as u64,
                ..SourceInfo::default()
            },
            pipeline: PipelineInfo {
                version: env!("CARGO_PKG_VERSION").to_string(),
                config_sha256: self.config_sha256.clone(),
            },
            ..Record::default()
        };
        match self.clean_into(source, &mut record, trace) {
            Ok(text) => Cleaned { text, record },
            Err(error) => {
                record.error = Some(error.to_string());
                Cleaned {
                    text: String::new(),
                    record,
                }
            }
        }
    }

    fn clean_into(
        &self,
        source: &Source,
        record: &mut Record,
        trace: Option<&mut Vec<TraceLine>>,
    ) -> Result<String, DocError> {
        if source.bytes.iter().all(|b| b.is_ascii_whitespace()) {
            return Err(DocError::Empty);
        }
        if let Some(kind) = sniff::binary_kind(source.bytes) {
            return Err(DocError::Binary(kind.to_string()));
        }
        let declared = source.declared_encoding.as_deref();
        // The string form counts only where it is the very bytes being cleaned.
        let same = |text: &&str| std::ptr::eq(text.as_bytes(), source.bytes);
        let decoded = match source.text.filter(same) {
            Some(text) => decode::decode_str(text, declared, self.encoding_override),
            None => decode::decode(source.bytes, declared, self.encoding_override),
        };
        record.source.encoding = decoded.encoding.name().to_string();
        record.source.encoding_source = decoded.source.name().to_string();
        record.source.replacements = decoded.replacements;
        let format = source
            .format
            .unwrap_or(if sniff::looks_like_html(&decoded.text) {
                Format::Html
            } else {
                Format::Text
            });
        record.source.format = format.name().to_string();
        // Plain text is repaired whole, before segmentation (see `repair_document`);
        // removal spans then refer to the repaired text. HTML text nodes are repaired
        // block by block, as the parser has already decoded entities.
        let mut repairs = normalize::Counts::new();
        let repaired = match format {
            Format::Html => None,
            Format::Text | Format::Markdown => {
                self.normalizer.repair_document(&decoded.text, &mut repairs)
            }
        };
        let source_text = repaired.as_deref().unwrap_or(&decoded.text);
        let (blocks, page) = match format {
            Format::Html => segment::html::segment(source_text),
            Format::Text | Format::Markdown => {
                (segment::text::segment(source_text), PageMeta::default())
            }
        };
        if blocks.is_empty() {
            return Err(if format == Format::Html {
                DocError::NoText
            } else {
                DocError::Empty
            });
        }
        let glued = blocks.iter().any(|b| b.glued);
        let mut trace = trace;
        let (mut text, origin) =
            self.process(blocks, source_text, format, record, trace.as_deref_mut());
        // HTML has no glued lines: its blocks are the page's elements.
        if format != Format::Html && (glued || joins_a_glued_line(&text, &origin, source_text)) {
            text = self.settle(text, origin, source_text, record, trace);
        }
        for (code, n) in repairs {
            *record.normalized.entry(code.to_string()).or_default() += n;
        }
        apply_page_meta(self.normalized_page_meta(page), record);
        if text.is_empty() {
            return Err(DocError::NoText);
        }
        record.output = Some(OutputInfo {
            sha256: provenance::sha256_hex(text.as_bytes()),
            // Every byte but a UTF-8 continuation byte starts a character.
            chars: crate::normalize::scan::count_bytes(text.as_bytes(), |b| (b as i8) >= -0x40)
                as u64,
        });
        Ok(text)
    }

    /// Cleans the output of a document with glued lines again until it no longer
    /// changes (three more times at most), and adds what those runs removed to the
    /// record, with spans in the source, and to the trace, after its blocks. Whether
    /// a glued line is cut into pieces depends on its length and its glue points,
    /// which the output can change: it joins a wrapped line to one, or sets pieces
    /// apart where a piece between them went. Every other document is settled in one
    /// run.
    fn settle(
        &self,
        mut text: String,
        mut origin: Vec<Origin>,
        source: &str,
        record: &mut Record,
        mut trace: Option<&mut Vec<TraceLine>>,
    ) -> String {
        for _ in 0..MAX_SETTLE {
            let blocks = segment::text::segment(&text);
            if blocks.is_empty() {
                break;
            }
            let mut again = Record::default();
            let (next, next_origin) = self.process(blocks, &text, Format::Text, &mut again, None);
            if next == text {
                break;
            }
            if let Some(trace) = trace.as_deref_mut() {
                // Shown after the blocks, each a paragraph of its own.
                let names = all_metas();
                for removed in &again.removed {
                    let meta = names.iter().find(|m| m.code == removed.rule);
                    let para = trace.last().map_or(0, |t| t.para + 1);
                    trace.push(TraceLine {
                        text: removed.text.clone(),
                        para,
                        removed: meta.map(|m| (m.code, m.name)),
                        cuts: Vec::new(),
                    });
                }
            }
            for mut removed in std::mem::take(&mut again.removed) {
                let span = to_source(&origin, removed.start..removed.end, source.len());
                let span = locate(source, &span, &removed.text);
                (removed.start, removed.end) = (span.start, span.end);
                record.removed.push(removed);
            }
            for (code, n) in std::mem::take(&mut again.normalized) {
                *record.normalized.entry(code).or_default() += n;
            }
            merge_metadata(again, record);
            origin = next_origin
                .into_iter()
                .map(|(out, within)| (out, to_source(&origin, within, source.len())))
                .collect();
            text = next;
        }
        record
            .removed
            .sort_by(|a, b| (a.start, a.end, &a.rule).cmp(&(b.start, b.end, &b.rule)));
        text
    }

    /// Normalizes the blocks, runs every rule, and renders the kept blocks, with where
    /// in `source` each stretch of the output came from.
    fn process(
        &self,
        mut blocks: Vec<Block>,
        source: &str,
        format: Format,
        record: &mut Record,
        trace: Option<&mut Vec<TraceLine>>,
    ) -> (String, Vec<Origin>) {
        let mut original_text: Vec<String> = Vec::new();
        let mut cuts: Vec<Vec<(&'static str, &'static str, String)>> = Vec::new();
        let tracing = trace.is_some();
        let mut counts: Vec<Counts> = vec![Counts::new(); blocks.len()];
        let mut removed: Vec<Option<&'static str>> = vec![None; blocks.len()];
        let mut ledger: Vec<Removed> = Vec::new();
        let mut inline_markup: Vec<Vec<(Range<usize>, String)>> = vec![Vec::new(); blocks.len()];
        for (i, block) in blocks.iter_mut().enumerate() {
            if let Some(meta) = block.removed_by {
                // Left out by the segmenter: into the ledger as it was, past every rule.
                removed[i] = Some(meta.code);
                ledger.push(entry(meta, &block.text, block.span.clone()));
                continue;
            }
            if block.kind == BlockKind::Preformatted {
                // Code keeps its layout and characters, and no rule judges it.
                self.normalizer.preformatted(
                    &mut block.text,
                    format != Format::Html,
                    &mut counts[i],
                );
                continue;
            }
            let original_len = block.text.len();
            self.normalizer
                .text(&mut block.text, format != Format::Html, &mut counts[i]);
            if block.text.len() != original_len && !block.links.is_empty() {
                block.links = relocate_links(block, &self.normalizer);
            }
            if self.inline_links && format != Format::Html {
                if let Some(unlinked) = rules::strip_markdown_links(&block.text) {
                    let trimmed = unlinked.text.trim();
                    let lead = unlinked.text.len() - unlinked.text.trim_start().len();
                    block.links = unlinked
                        .links
                        .iter()
                        .map(|r| r.start - lead..r.end - lead)
                        .collect();
                    block.text = trimmed.to_string();
                    inline_markup[i] = unlinked.markup;
                    if block.text.is_empty() {
                        removed[i] = Some(INLINE_LINK.code);
                        let markup = source.get(block.span.clone()).unwrap_or_default().trim();
                        ledger.push(entry(&INLINE_LINK, markup, block.span.clone()));
                    }
                }
            }
            if block.text.is_empty() && removed[i].is_none() {
                removed[i] = Some("UN003");
            }
        }
        if tracing {
            original_text = blocks.iter().map(|b| b.text.clone()).collect();
            cuts = vec![Vec::new(); blocks.len()];
        }
        // Per-block features: folded text and script counts of the blocks still in, word
        // counts of every block.
        let mut scripts = ScriptCounts::default();
        let (folded, words): (Vec<String>, Vec<usize>) = blocks
            .iter()
            .map(|b| {
                if b.removed_by.is_some() || b.kind == BlockKind::Preformatted {
                    (String::new(), shape::reading_words(&b.text))
                } else {
                    shape::fold_and_measure(&b.text, &mut scripts)
                }
            })
            .unzip();
        let hits: Vec<u64> = (0..blocks.len())
            .map(|i| self.gate_hits(&folded[i], words[i]))
            .collect();
        let mut features = Features {
            headline: vec![OnceCell::new(); blocks.len()],
            folded,
            words,
            hits,
        };
        let mut metas: Vec<(Meta, &'static str)> = Vec::new();
        // The source paragraphs, for the title and the trace: regrouping gives kept
        // blocks new ones.
        let paras: Vec<u32> = blocks.iter().map(|b| b.para).collect();
        // The block each joined line went into.
        let mut joined: Vec<Option<usize>> = vec![None; blocks.len()];
        // Blocks whose text changed since the first stage; read in the second only.
        let mut fresh: Vec<bool> = Vec::new();
        // For each block, the rules that depend on context (a bit each, by their place
        // in the list) whose check of the block in this stage read nothing beyond it
        // and found nothing: only a change of the block's own text can change that.
        let mut settled_alone: Vec<u64> = Vec::new();
        // Changes made to the blocks so far (removals, cuts), and for each rule the
        // count when it last judged them: a rule that judges the very same blocks
        // again can only say what it said then.
        let mut changes: u64 = 0;
        let mut judged_at: Vec<Option<u64>> = vec![None; self.rules.len()];

        // Stages. The first judges the lines as the source has them. The output joins
        // a paragraph's kept lines where a sentence runs on from one line to the next and
        // sets every other kept line apart; cleaning that output again would judge those
        // joined lines and lone paragraphs afresh. So when the output's paragraphs are not
        // the blocks the rules saw, the kept blocks are regrouped as the output will read
        // and the rules run once more (see `join_soft_wraps`). Only the pieces of a glued
        // line can need that again: a removal in the second stage can leave a short run
        // of pieces that the output will hold as one line.
        for stage in 0..MAX_STAGES {
            settled_alone.clear();
            settled_alone.resize(blocks.len(), 0);
            judged_at.fill(None);
            // Rules run to a fixed point: a removal can put another block at the document's
            // edge or next to a caption, and one more round must see that, or cleaning the
            // output again would change it.
            for round in 0..MAX_RULE_ROUNDS {
                let removed_before = removed.iter().filter(|r| r.is_some()).count();
                let cut_before = ledger.len();
                for (r, (rule, phrases)) in self.rules.iter().enumerate() {
                    if round > 0 && (!rule.depends_on_context() || judged_at[r] == Some(changes)) {
                        continue;
                    }
                    judged_at[r] = Some(changes);
                    // A rule that reads only its block has nothing new to say in a later
                    // stage about a block whose text did not change.
                    let only_fresh = stage > 0 && !rule.depends_on_context();
                    // Nor has a rule that reads its neighbours, in a later round, about a
                    // block it judged without reading them and let be.
                    let bit = if rule.depends_on_context() && r < 64 {
                        1u64 << r
                    } else {
                        0
                    };
                    let view = DocView::new(ViewParts {
                        blocks: &blocks,
                        removed: &removed,
                        folded: &features.folded,
                        words: &features.words,
                        scripts,
                        gate: &self.gate,
                        hits: &features.hits,
                        headline: &features.headline,
                    });
                    let mut actions: Vec<(usize, Action)> = Vec::new();
                    for i in 0..blocks.len() {
                        if removed[i].is_some()
                            || (only_fresh && !fresh[i])
                            || blocks[i].kind == BlockKind::Preformatted
                            || settled_alone[i] & bit != 0
                        {
                            continue;
                        }
                        view.focus_on(i);
                        match rule.check(&view, i, phrases) {
                            Some(action) => actions.push((i, action)),
                            None if !view.read_context() => settled_alone[i] |= bit,
                            None => {}
                        }
                    }
                    let meta = rule.meta();
                    for (i, action) in actions {
                        if !matches!(action, Action::Note(_)) {
                            changes += 1;
                        }
                        // The document's script counts cover the blocks still in: a removal
                        // or a cut takes the block's letters out, so later rules (and rounds)
                        // judge the document as its output will read.
                        if !matches!(action, Action::Note(_)) {
                            scripts = scripts.minus(&ScriptCounts::of(&blocks[i].text));
                        }
                        match action {
                            Action::Remove => {
                                removed[i] = Some(meta.code);
                                ledger.push(entry(meta, &blocks[i].text, blocks[i].span.clone()));
                            }
                            Action::Move(found) => {
                                removed[i] = Some(meta.code);
                                ledger.push(entry(meta, &blocks[i].text, blocks[i].span.clone()));
                                metas.extend(found.into_iter().map(|m| (m, meta.code)));
                            }
                            Action::Note(found) => {
                                metas.extend(found.into_iter().map(|m| (m, meta.code)));
                            }
                            Action::Cut {
                                ranges,
                                meta: found,
                            } => {
                                let block = &mut blocks[i];
                                for cut in cut_ranges(block, &ranges) {
                                    let span = locate(source, &block.span, &cut);
                                    if tracing {
                                        cuts[i].push((meta.code, meta.name, cut.clone()));
                                    }
                                    ledger.push(entry(meta, &cut, span));
                                }
                                features.refresh(self, i, &block.text);
                                settled_alone[i] = 0;
                                if block.text.is_empty() {
                                    removed[i] = Some(meta.code);
                                } else {
                                    scripts.add(&block.text);
                                }
                                metas.extend(found.into_iter().map(|m| (m, meta.code)));
                            }
                        }
                    }
                }
                let orphans = self.sentence_tails(&blocks, &removed, &paras).into_iter();
                for (i, meta) in orphans.chain(self.orphaned_labels(&blocks, &removed, &paras)) {
                    // A lowercase label ("hier:") under a line cut short is both.
                    if removed[i].is_some() {
                        continue;
                    }
                    removed[i] = Some(meta.code);
                    changes += 1;
                    scripts = scripts.minus(&ScriptCounts::of(&blocks[i].text));
                    ledger.push(entry(meta, &blocks[i].text, blocks[i].span.clone()));
                }
                let settled = removed.iter().filter(|r| r.is_some()).count() == removed_before
                    && ledger.len() == cut_before;
                if settled {
                    break;
                }
            }
            if format == Format::Html
                || stage + 1 == MAX_STAGES
                || stage > 0 && !blocks.iter().any(|b| b.glued)
            {
                break;
            }
            let Some(changed) = join_soft_wraps(
                &mut blocks,
                &mut removed,
                &mut joined,
                &mut counts,
                &mut inline_markup,
            ) else {
                break;
            };
            if stage > 0 && !changed.contains(&true) {
                break;
            }
            fresh = changed;
            for i in (0..blocks.len()).filter(|&i| fresh[i]) {
                features.refresh(self, i, &blocks[i].text);
            }
        }

        let mut normalized = Counts::new();
        for i in (0..blocks.len()).filter(|&i| removed[i].is_none()) {
            if blocks[i].kind != BlockKind::Preformatted {
                self.normalizer.names(&mut blocks[i].text, &mut counts[i]);
            }
            for (code, n) in &counts[i] {
                *normalized.entry(code).or_default() += n;
            }
            for (range, markup) in &inline_markup[i] {
                let span = if source
                    .get(blocks[i].span.clone())
                    .is_some_and(|s| s.get(range.clone()) == Some(markup.as_str()))
                {
                    blocks[i].span.start + range.start..blocks[i].span.start + range.end
                } else {
                    locate(source, &blocks[i].span, markup)
                };
                ledger.push(entry(&INLINE_LINK, markup, span));
                if tracing {
                    cuts[i].push((INLINE_LINK.code, INLINE_LINK.name, markup.clone()));
                }
            }
        }
        ledger.sort_by(|a, b| (a.start, a.end, &a.rule).cmp(&(b.start, b.end, &b.rule)));
        record.removed = ledger;
        record.normalized = normalized
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect();
        if format != Format::Html {
            record.title = text_title(&blocks, &removed, &paras);
            if record.title.is_some() {
                record
                    .metadata_sources
                    .insert("title".into(), "first-line".into());
            }
        }
        apply_metas(metas, record);
        if let Some(trace) = trace {
            let names = |code: &'static str| {
                all_metas()
                    .into_iter()
                    .find(|m| m.code == code)
                    .map_or("", |m| m.name)
            };
            for (i, block) in blocks.iter().enumerate() {
                // A joined line shows under the verdict on the block it went into; when
                // that block stayed, the line is in its text.
                let verdict = match joined[i] {
                    Some(lead) if removed[lead].is_none() => continue,
                    Some(lead) => removed[lead],
                    None => removed[i],
                };
                let shown = if verdict.is_some() && original_text[i].is_empty() {
                    // Emptied before the rules (a line of link markup only): as written.
                    source
                        .get(block.span.clone())
                        .unwrap_or_default()
                        .to_string()
                } else if verdict.is_some() {
                    original_text[i].clone()
                } else {
                    block.text.clone()
                };
                trace.push(TraceLine {
                    text: shown,
                    para: paras[i],
                    removed: verdict.map(|code| (code, names(code))),
                    cuts: std::mem::take(&mut cuts[i]),
                });
            }
        }
        render(&blocks, &removed)
    }
}

/// Every rule and normalization step, in the order they run.
pub fn all_metas() -> Vec<&'static rules::RuleMeta> {
    let mut metas: Vec<&'static rules::RuleMeta> = normalize::all_steps().to_vec();
    // Inline links are stripped after the text steps, before name aliases.
    let before_names = metas
        .iter()
        .position(|m| m.code == normalize::names::META.code)
        .unwrap_or(metas.len());
    metas.insert(before_names, &INLINE_LINK);
    metas.insert(0, &rules::extraction::outside_article::OUTSIDE_ARTICLE);
    metas.extend(rules::all_rules().iter().map(|r| r.meta()));
    metas
}

/// Every rule and normalization code, for config checks and listings.
pub fn all_codes() -> Vec<&'static str> {
    all_metas().iter().map(|m| m.code).collect()
}

fn entry(meta: &rules::RuleMeta, text: &str, span: Range<usize>) -> Removed {
    Removed {
        rule: meta.code.to_string(),
        name: meta.name.to_string(),
        text: text.to_string(),
        start: span.start,
        end: span.end,
    }
}

/// Cuts `ranges` out of the block's text; returns the cut texts. Link ranges that
/// overlap a cut are dropped, later ones shifted.
fn cut_ranges(block: &mut Block, ranges: &[Range<usize>]) -> Vec<String> {
    let mut ranges: Vec<Range<usize>> = ranges
        .iter()
        .filter(|r| {
            r.start < r.end
                && r.end <= block.text.len()
                && block.text.is_char_boundary(r.start)
                && block.text.is_char_boundary(r.end)
        })
        .cloned()
        .collect();
    ranges.sort_by_key(|r| r.start);
    ranges.dedup_by(|b, a| b.start < a.end);
    let mut cuts = Vec::new();
    for r in ranges.iter().rev() {
        cuts.push(block.text[r.clone()].trim().to_string());
        // A space keeps the words on either side apart; before closing punctuation
        // ("lake[5], the") the text closes up instead.
        let closes = block.text[r.end..]
            .starts_with([',', '.', ';', ':', '!', '?', ')', ']', '»', '”', '’']);
        let filler = if closes { "" } else { " " };
        block.text.replace_range(r.clone(), filler);
        let width = r.end - r.start - filler.len();
        block.links.retain(|l| l.end <= r.start || l.start >= r.end);
        for l in &mut block.links {
            if l.start >= r.end {
                *l = l.start - width..l.end - width;
            }
        }
    }
    let lead = block.text.len() - block.text.trim_start().len();
    let collapsed = block.text.split_whitespace().collect::<Vec<_>>().join(" ");
    if collapsed.len() + lead != block.text.len() || lead > 0 {
        block.links.clear();
    }
    block.text = collapsed;
    cuts.reverse();
    cuts
}

/// The span of `needle` inside the block's source text, or the block's span.
fn locate(source: &str, block: &Range<usize>, needle: &str) -> Range<usize> {
    source
        .get(block.clone())
        .and_then(|s| s.find(needle))
        .map(|at| block.start + at..block.start + at + needle.len())
        .unwrap_or_else(|| block.clone())
}

/// Finds each link's normalized text again in the block's normalized text.
fn relocate_links(block: &Block, normalizer: &Normalizer) -> Vec<Range<usize>> {
    let _ = normalizer;
    let mut found = Vec::new();
    let mut from = 0;
    for l in &block.links {
        let Some(original) = block.text.get(l.clone()) else {
            continue;
        };
        if let Some(at) = block.text[from..].find(original) {
            found.push(from + at..from + at + original.len());
            from += at + original.len();
        }
    }
    found
}

/// A text document's title: the first kept line shaped like a title right above a
/// line that moved into metadata (a byline, a date), above the first paragraph of
/// prose, or the headline right above that line when it is a standfirst; else the
/// first kept line, when it is shaped like a title and stands alone in
/// its source paragraph (`paras`: each block's source paragraph, taken before kept
/// lines were regrouped). Lines removed above it (a breadcrumb trail, a menu's labels)
/// do not matter: the headline often stands under them. A page's slogan or a box's
/// heading may come first, over the headline its byline marks.
fn text_title(blocks: &[Block], removed: &[Option<&'static str>], paras: &[u32]) -> Option<String> {
    if let Some(title) = title_over_metadata(blocks, removed) {
        return Some(title);
    }
    let first = removed.iter().position(Option::is_none)?;
    let alone = |j: usize| paras.get(j).is_none_or(|&p| p != paras[first]);
    if (first > 0 && !alone(first - 1)) || !alone(first + 1) || first + 1 >= blocks.len() {
        return None;
    }
    title_shaped(&blocks[first].text)
}

/// Fewest words of a paragraph of prose, which the title comes before.
const PROSE_WORDS: usize = 12;

/// The first kept line shaped like a title right above a line that moved into
/// metadata, before any paragraph of prose.
fn title_over_metadata(blocks: &[Block], removed: &[Option<&'static str>]) -> Option<String> {
    for (k, block) in blocks.iter().enumerate() {
        if removed[k].is_some() {
            continue;
        }
        let text = block.text.as_str();
        if shape::reading_words(text) >= PROSE_WORDS && shape::ends_like_sentence(text) {
            return None;
        }
        let over_metadata = removed
            .get(k + 1)
            .copied()
            .flatten()
            .is_some_and(|code| code.starts_with("MT"));
        if over_metadata && is_headline_over_metadata(text) {
            // A standfirst may stand between the headline and the byline: the kept
            // headline-shaped line right above is the title then.
            let above = k
                .checked_sub(1)
                .filter(|&j| removed[j].is_none())
                .map(|j| blocks[j].text.as_str())
                .filter(|above| is_headline_over_metadata(above))
                .and_then(title_shaped);
            if let Some(title) = above.or_else(|| title_shaped(text)) {
                return Some(title);
            }
        }
    }
    None
}

/// Fewest words of a headline found by the line that moved into metadata under it:
/// a shorter line there is a section's name or a writer's.
const HEADLINE_WORDS: usize = 4;

/// Whether a line over a byline or a date reads as a headline rather than as more of
/// the byline: four words or more, few of them numbers, from a letter, a digit or a
/// quote, no bar, not a name or a list of names ("Mark Lavin", "Anna Kowalski, Peter
/// Brandt, Maria Silva"), not led by a
/// byline's word ("ByJ.R. Stone", "durch Yirou Chen") or a label before a name
/// ("Interview: Julia Lauter").
fn is_headline_over_metadata(text: &str) -> bool {
    const BY: &[&str] = &["by", "von", "durch", "por", "par", "door", "di", "av", "af"];
    let first = text.split_whitespace().next().unwrap_or("");
    // The word itself, or "By" glued to a capital ("ByJ.R. Stone"): "Die Top 5",
    // "Paris" and "Byzantium" open headlines.
    let glued = first
        .strip_prefix("By")
        .is_some_and(|rest| rest.starts_with(char::is_uppercase));
    let led_by = glued || BY.iter().any(|by| first.eq_ignore_ascii_case(by));
    // Title-case headlines of four words and more pass for names; names seldom do.
    let named = |s: &str| shape::word_count(s) <= 3 && shape::is_person_name(s.trim());
    // An arrow or a chevron leads a link to the previous or next post ("← Older
    // post title"); a date has digits in a third of its words or more.
    let opens_as_text = text
        .trim_start()
        .starts_with(|c: char| c.is_alphanumeric() || "\"„“‚‘'".contains(c));
    let words = shape::reading_words(text);
    words >= HEADLINE_WORDS
        && opens_as_text
        && shape::numbered_words(text) * 3 < words
        && !text.contains('|')
        && !led_by
        && !text.split(',').all(named)
        && !text.split_once(':').is_some_and(|(_, rest)| named(rest))
}

/// `text` as a title, if it is shaped like one.
fn title_shaped(text: &str) -> Option<String> {
    // A markdown heading's marker is no part of the title: "# fastjson".
    let (text, heading) = match shape::markdown_heading(text) {
        Some(rest) => (rest, true),
        None => (text, false),
    };
    let words = shape::reading_words(text);
    // A heading says it is one: one word will do.
    let fewest = if heading { 1 } else { 2 };
    // A question is a title as often as not ("How do I reverse a list in Python?"), but
    // not in a row of links ("Register | Lost your password?"); a line ending in a full
    // stop is a sentence.
    let question = text.trim_end().ends_with(['?', '？']) && !text.contains('|');
    let shaped = (fewest..=30).contains(&words)
        && text.chars().count() <= 250
        && (question || !shape::ends_like_sentence(text));
    shaped.then(|| text.to_string())
}

fn apply_metas(metas: Vec<(Meta, &'static str)>, record: &mut Record) {
    // The first value found for a field stays; its rule is its source.
    fn first(
        slot: &mut Option<String>,
        value: String,
        field: &str,
        code: &str,
        sources: &mut std::collections::BTreeMap<String, String>,
    ) {
        if slot.is_none() {
            *slot = Some(value);
            sources.insert(field.into(), code.into());
        }
    }
    for (meta, code) in metas {
        let sources = &mut record.metadata_sources;
        match meta {
            Meta::Author(name) => {
                if !record.authors.contains(&name) {
                    record.authors.push(name);
                    sources
                        .entry("authors".into())
                        .or_insert_with(|| code.into());
                }
            }
            Meta::Published(date) => first(&mut record.published, date, "published", code, sources),
            Meta::Publisher(name) => first(&mut record.publisher, name, "publisher", code, sources),
            Meta::Url(url) => first(&mut record.url, url, "url", code, sources),
            Meta::Language(lang) => first(&mut record.language, lang, "language", code, sources),
            Meta::Title(title) => {
                // A header's title outranks the first line's guess.
                if sources
                    .get("title")
                    .is_none_or(|source| source == "first-line")
                {
                    record.title = Some(title);
                    sources.insert("title".into(), code.into());
                }
            }
            Meta::Syndication {
                publisher,
                published,
            } => {
                if record.syndication.is_none() {
                    record.syndication = Some(Syndication {
                        publisher,
                        published,
                    });
                    sources.insert("syndication".into(), code.into());
                }
            }
        }
    }
}

impl Pipeline {
    /// The page's title, publisher and authors normalized as its text is (Unicode,
    /// spaces, punctuation, names), so that a field reads as the output does: "What
    /// It's Like" in the text is "What It's Like" in `title`, not "What It’s Like".
    /// What this changes is not counted in `normalized`, which describes the text.
    fn normalized_page_meta(&self, mut page: PageMeta) -> PageMeta {
        let mut scratch = normalize::Counts::new();
        let mut normalize = |value: &mut String| {
            self.normalizer.text(value, false, &mut scratch);
            self.normalizer.names(value, &mut scratch);
        };
        for found in [&mut page.title, &mut page.publisher].into_iter().flatten() {
            normalize(&mut found.value);
        }
        page.authors.iter_mut().for_each(normalize);
        page
    }
}

/// Page metadata fills what the text rules did not find; its sources are recorded.
fn apply_page_meta(page: PageMeta, record: &mut Record) {
    let mut sources = Vec::new();
    for (field, found, slot) in [
        ("title", page.title, &mut record.title),
        ("published", page.published, &mut record.published),
        ("publisher", page.publisher, &mut record.publisher),
        ("url", page.url, &mut record.url),
        ("language", page.language, &mut record.language),
    ] {
        if let (Some(found), None) = (found, slot.as_ref()) {
            *slot = Some(found.value);
            sources.push((field, found.from));
        }
    }
    if record.authors.is_empty() && !page.authors.is_empty() {
        record.authors = page.authors;
        sources.push(("authors", page.authors_from));
    }
    for (field, from) in sources {
        record.metadata_sources.insert(field.to_string(), from);
    }
}

/// A stretch of the output and the span of the source it came from.
type Origin = (Range<usize>, Range<usize>);

/// Most extra runs of a document with glued lines over its own output.
const MAX_SETTLE: usize = 3;

/// The span of `source` that the output range `out` came from: from the start of the
/// first block it overlaps to the end of the last; the whole source when it overlaps
/// none.
fn to_source(origin: &[Origin], out: Range<usize>, source_len: usize) -> Range<usize> {
    // The stretches follow each other in the output: the first that ends after the
    // range starts is found by halving, the last that overlaps by walking on.
    let first = origin.partition_point(|(stretch, _)| stretch.end <= out.start);
    let end = out.end.max(out.start + 1);
    origin[first..]
        .iter()
        .take_while(|(stretch, _)| stretch.start < end)
        .map(|(_, span)| span.clone())
        .reduce(|a, b| a.start.min(b.start)..a.end.max(b.end))
        .unwrap_or(0..source_len)
}

/// Whether the output joined source lines into a line that is glued: cleaned again,
/// it would be cut into pieces the first run judged as one line or more.
fn joins_a_glued_line(text: &str, origin: &[Origin], source: &str) -> bool {
    let mut k = 0;
    while k < origin.len() {
        let (start, mut end, mut n) = (origin[k].0.start, origin[k].0.end, 1);
        // Joined with nothing or a space: the same line of the output.
        while k + n < origin.len() && origin[k + n].0.start <= end + 1 {
            end = origin[k + n].0.end;
            n += 1;
        }
        // Most output lines are too short to be cut: refused before any search.
        let line = &text[start..end];
        let joined = || {
            n > 1
                || source
                    .get(origin[k].1.clone())
                    .is_some_and(|s| memchr::memchr2(b'\n', b'\r', s.as_bytes()).is_some())
        };
        if segment::glue::long_enough(line) && joined() && segment::glue::cuts(line).is_some() {
            return true;
        }
        k += n;
    }
    false
}

/// Metadata a later run found fills what the first run did not.
fn merge_metadata(again: Record, record: &mut Record) {
    for (from, into) in [
        (again.title, &mut record.title),
        (again.published, &mut record.published),
        (again.publisher, &mut record.publisher),
    ] {
        if into.is_none() {
            *into = from;
        }
    }
    if record.syndication.is_none() {
        record.syndication = again.syndication;
    }
    for author in again.authors {
        if !record.authors.contains(&author) {
            record.authors.push(author);
        }
    }
    for (field, from) in again.metadata_sources {
        record.metadata_sources.entry(field).or_insert(from);
    }
}

/// Joins kept blocks into paragraphs separated by one blank line, with a final newline.
/// Lines of one source paragraph join with a space when the break is a soft wrap, or
/// as [`shape::wrap_joiner`] says; a glued line's pieces that stood side by side join
/// again with nothing between.
fn render(blocks: &[Block], removed: &[Option<&'static str>]) -> (String, Vec<Origin>) {
    let kept = || {
        blocks
            .iter()
            .zip(removed)
            .enumerate()
            .filter(|(_, (b, r))| r.is_none() && !b.text.is_empty())
            .map(|(i, (b, _))| (i, b))
    };
    // Written straight into the output: the paragraphs are never copied on their own.
    let mut out = String::with_capacity(kept().map(|(_, b)| b.text.len() + 2).sum());
    let mut origin = Vec::new();
    // Where the last line of the paragraph being written starts in `out` (joiners hold
    // no line break, so a long paragraph is not searched again for every line), and
    // its source paragraph.
    let mut current: Option<(usize, u32)> = None;
    let mut last = None;
    for (i, block) in kept() {
        let prev = last.replace(i);
        let joiner = if block.glued {
            // The next piece of a glued line goes on from the piece before it, if kept.
            prev.is_some_and(|p| p + 1 == i).then_some("")
        } else {
            current
                .filter(|&(_, para)| para == block.para)
                .and_then(|(start, _)| {
                    let adjacent = prev.is_some_and(|p| p + 1 == i);
                    shape::line_joiner(&out[start..], &block.text, adjacent)
                })
        };
        match joiner {
            Some(joiner) => out.push_str(joiner),
            None => {
                if current.is_some() {
                    out.push_str("\n\n");
                }
                current = Some((out.len(), block.para));
            }
        }
        origin.push((out.len()..out.len() + block.text.len(), block.span.clone()));
        if let (Some((line_start, _)), Some(at)) = (
            current.as_mut(),
            memchr::memrchr(b'\n', block.text.as_bytes()),
        ) {
            *line_start = out.len() + at + 1;
        }
        out.push_str(&block.text);
    }
    if current.is_some() {
        out.push('\n');
    }
    (out, origin)
}

/// Regroups the kept blocks as the output will read them: a paragraph's kept lines that
/// `render` would join become one block (the first line's, its span reaching to the
/// last line's end; the others are marked `JOINED`), and every kept block gets a
/// paragraph of its own. Returns the blocks whose text changed, or `None` when the kept
/// blocks already are the output's paragraphs.
fn join_soft_wraps(
    blocks: &mut [Block],
    removed: &mut [Option<&'static str>],
    joined: &mut [Option<usize>],
    counts: &mut [Counts],
    inline_markup: &mut [Vec<(Range<usize>, String)>],
) -> Option<Vec<bool>> {
    let kept: Vec<usize> = (0..blocks.len())
        .filter(|&i| removed[i].is_none() && !blocks[i].text.is_empty())
        .collect();
    let goes_on = |w: &[usize]| {
        blocks[w[0]].para == blocks[w[1]].para || blocks[w[1]].glued && w[1] == w[0] + 1
    };
    if !kept.windows(2).any(goes_on) {
        return None;
    }
    let mut next_para = blocks.iter().map(|b| b.para).max().unwrap_or(0) + 1;
    let mut changed = vec![false; blocks.len()];
    let mut k = 0;
    while k < kept.len() {
        let lead = kept[k];
        k += 1;
        let pieces = glued_run(blocks, &kept[k - 1..]);
        // Where the lead's last line starts: the joiners hold no line break, so each
        // join is judged on that line without searching the whole joined text again
        // (a long paragraph of hard-wrapped lines would cost its length once per line).
        let mut line_start = shape::last_line_start(&blocks[lead].text);
        while k < kept.len() {
            let adjacent = kept[k] == kept[k - 1] + 1;
            let next = &blocks[kept[k]];
            let joiner = if next.glued {
                (adjacent && pieces).then_some("")
            } else if next.para == blocks[lead].para {
                shape::line_joiner(&blocks[lead].text[line_start..], &next.text, adjacent)
            } else {
                None
            };
            let Some(joiner) = joiner else {
                break;
            };
            let line = kept[k];
            k += 1;
            let text = std::mem::take(&mut blocks[line].text);
            let links = std::mem::take(&mut blocks[line].links);
            let shift = blocks[line].span.start - blocks[lead].span.start;
            let line_end = blocks[line].span.end;
            let target = &mut blocks[lead];
            let offset = target.text.len() + joiner.len();
            target.text.push_str(joiner);
            target.text.push_str(&text);
            if text.contains('\n') {
                line_start = offset + shape::last_line_start(&text);
            }
            target
                .links
                .extend(links.into_iter().map(|r| r.start + offset..r.end + offset));
            target.span.end = target.span.end.max(line_end);
            for (code, n) in std::mem::take(&mut counts[line]) {
                *counts[lead].entry(code).or_default() += n;
            }
            let markup = std::mem::take(&mut inline_markup[line]);
            inline_markup[lead].extend(
                markup
                    .into_iter()
                    .map(|(r, m)| (r.start + shift..r.end + shift, m)),
            );
            removed[line] = Some(JOINED);
            joined[line] = Some(lead);
            changed[lead] = true;
        }
        blocks[lead].para = next_para;
        next_para += 1;
    }
    Some(changed)
}

/// Whether the kept pieces of a glued line that follow `kept[0]` side by side are to be
/// one block: the line they make is what a second run will read, and unless it is a
/// glued line again (then cut into the same pieces), it will read it whole.
fn glued_run(blocks: &[Block], kept: &[usize]) -> bool {
    let run = kept
        .windows(2)
        .take_while(|w| blocks[w[1]].glued && w[1] == w[0] + 1)
        .count();
    if run == 0 {
        return false;
    }
    let line: String = kept[..=run]
        .iter()
        .map(|&i| blocks[i].text.as_str())
        .collect();
    segment::glue::cuts(&line).is_none()
}

/// Whether a line stops in the middle of a sentence: some text, and no sentence end,
/// colon, comma or dash at its end.
fn breaks_off(text: &str) -> bool {
    let last_line = shape::last_line(text).trim_end();
    !last_line.is_empty()
        && !shape::ends_like_sentence(last_line)
        && !last_line.ends_with([',', '-', '—', '–', '|', '/'])
}

fn config_hash(config: &Config) -> Result<String, Error> {
    let mut hashed = config.clone();
    hashed.names.aliases.clear();
    let mut material = serde_json::to_string(&hashed).unwrap_or_default();
    for path in &config.names.aliases {
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        material.push('\n');
        material.push_str(&provenance::sha256_hex(&bytes));
    }
    Ok(provenance::sha256_hex(material.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ledger's entry for the removed text `text`, if one was removed.
    fn removal<'a>(cleaned: &'a Cleaned, text: &str) -> Option<&'a Removed> {
        cleaned.record.removed.iter().find(|r| r.text == text)
    }

    /// The code of the rule that removed `text`, if one did.
    fn remover<'a>(cleaned: &'a Cleaned, text: &str) -> Option<&'a str> {
        removal(cleaned, text).map(|r| r.rule.as_str())
    }

    /// A block whose text changed is judged by its new text alone: nothing worked out
    /// from the old one survives a refresh.
    #[test]
    fn refreshed_features_follow_the_new_text() {
        let pipeline = Pipeline::new(Config::default()).expect("default config");
        let mut features = Features {
            folded: vec!["read more: old headline".into()],
            words: vec![4],
            hits: vec![0],
            headline: vec![OnceCell::from(true)],
        };
        let text = "A sentence that ends, as prose does.";
        features.refresh(&pipeline, 0, text);
        assert_eq!(features.folded[0], shape::fold(text));
        assert_eq!(features.words[0], 7);
        assert_eq!(features.hits[0], pipeline.gate_hits(&features.folded[0], 7));
        assert_eq!(features.headline[0].get(), None);
    }

    /// A list left out of the gate is searched in every paragraph it could match:
    /// growing one past the gate's room makes every run slower.
    #[test]
    fn every_gated_phrase_set_fits_the_gate() {
        let pipeline = Pipeline::new(Config::default()).expect("default config");
        for (rule, phrases) in &pipeline.rules {
            for set in rule.gated_sets(phrases) {
                assert!(
                    pipeline.gate.covers(set),
                    "{}: a phrase set does not fit the phrase gate",
                    rule.meta().code
                );
            }
        }
    }

    const CODE: &str = "fn main() {\n    let flags  =  \"--release\";  // \u{201c}quoted\u{201d}\n\n    run(flags)...\n}";

    #[test]
    fn a_fenced_code_block_keeps_its_layout_and_passes_the_rules() {
        let pipeline = Pipeline::new(Config::default()).expect("default config");
        let text = format!(
            "Building it\n\nThe build -- as shown -- takes a minute:\n```rust\n{CODE}\n```\nSubscribe to our newsletter\n"
        );
        let cleaned = pipeline.clean_text(&text);
        assert_eq!(
            cleaned.text,
            format!(
                "Building it\n\nThe build — as shown — takes a minute:\n\n```rust\n{CODE}\n```\n"
            )
        );
        // A stray fence opens nothing: its lines are judged as ever, the fence itself as
        // a line of symbols.
        let stray =
            pipeline.clean_text("```\nA line  with two spaces.\nSubscribe to our newsletter\n");
        assert_eq!(stray.text, "A line with two spaces.\n");
    }

    #[test]
    fn a_markdown_heading_titles_the_document_without_its_marker() {
        let pipeline = Pipeline::new(Config::default()).expect("default config");
        let title = |text: &str| pipeline.clean_text(text).record.title;
        assert_eq!(
            title("# fastjson\n\nA parser.\n").as_deref(),
            Some("fastjson")
        );
        assert_eq!(
            title("## Talks end early\n\nBody.\n").as_deref(),
            Some("Talks end early")
        );
        // One word without a heading's marker, or a hashtag, is no title.
        assert_eq!(title("fastjson\n\nA parser.\n"), None);
        assert_eq!(title("#fastjson\n\nA parser.\n"), None);
    }

    #[test]
    fn the_title_is_the_headline_over_the_byline() {
        let pipeline = Pipeline::new(Config::default()).expect("default config");
        let title = |text: &str| pipeline.clean_text(text).record.title;
        const BODY: &str = "The council met on Tuesday and agreed to keep the library open.\n";
        // A slogan comes first, over the site's menu; the byline marks the headline.
        assert_eq!(
            title(&format!("The portal for every day\n\nNews\nSport\nWeather\n\nLibrary stays open after council vote\n\nBy Jane Doe\n\n{BODY}")).as_deref(),
            Some("Library stays open after council vote")
        );
        // Over a standfirst, the headline above it.
        assert_eq!(
            title(&format!("Library stays open after council vote\n\nThe vote was closer than expected\n\nBy Jane Doe\n\n{BODY}")).as_deref(),
            Some("Library stays open after council vote")
        );
        // A headline may open with the first letters of a byline's word.
        assert_eq!(
            title(&format!(
                "Das Portal für jeden Tag\n\nNews\nSport\nWeather\n\nDie Top 5 der Bibliotheken\n\nVon Anna Schmidt\n\n{BODY}"
            ))
            .as_deref(),
            Some("Die Top 5 der Bibliotheken")
        );
        // A writer's name over a date is no headline; the first line is the title then.
        assert_eq!(
            title(&format!(
                "Library stays open\n\nAnna Kowalski, Peter Brandt\n\nMarch 3, 2024\n\n{BODY}"
            ))
            .as_deref(),
            Some("Library stays open")
        );
    }

    #[test]
    fn the_title_is_the_first_kept_line() {
        let pipeline = Pipeline::new(Config::default()).expect("default config");
        let title = |text: &str| pipeline.clean_text(text).record.title;
        // A breadcrumb trail removed above the headline neither takes its place nor
        // hides it.
        assert_eq!(
            title("Forum › Hardware › Storage\n\nSSD not detected after BIOS update\n\nHi all, my drive no longer shows up after the update.\n").as_deref(),
            Some("SSD not detected after BIOS update")
        );
        // A first kept line that shares its paragraph is no title.
        assert_eq!(
            title("Forum › Hardware › Storage\n\nSSD not detected\nHi all, my drive no longer shows up.\n"),
            None
        );
        // A question heads a page as often as a statement; a sentence does not.
        assert_eq!(
            title("How do I reverse a list in Python?\n\nI have a list and want it backwards.\n")
                .as_deref(),
            Some("How do I reverse a list in Python?")
        );
        assert_eq!(
            title(
                "I have a list and want it backwards.\n\nWhat is the simplest way to do it here?\n"
            ),
            None
        );
    }

    #[test]
    fn a_line_finishing_a_removed_sentence_goes_with_it() {
        let pipeline = Pipeline::new(Config::default()).expect("default config");
        let body = "The council met on Tuesday and agreed to keep the library open.";
        let cleaned = pipeline.clean_text(&format!(
            "{body}\n\nMit dem Absenden des Kommentars bestätigst Du, dass Du unsere Datenschutzerklärung\nzur Kenntnis genommen hast.\n"
        ));
        assert_eq!(cleaned.text, format!("{body}\n"));
        assert_eq!(
            remover(&cleaned, "zur Kenntnis genommen hast."),
            Some("BP008")
        );
        // A line that starts a sentence of its own, or a paragraph of its own, stays.
        for kept in [
            "Mit dem Absenden des Kommentars bestätigst Du, dass Du unsere Datenschutzerklärung\nZur Kenntnis: die Sitzung beginnt um neun.\n",
            "Mit dem Absenden des Kommentars bestätigst Du, dass Du unsere Datenschutzerklärung\n\nzur Kenntnis: die Sitzung beginnt um neun.\n",
        ] {
            let cleaned = pipeline.clean_text(&format!("{body}\n\n{kept}"));
            assert!(cleaned.text.contains("die Sitzung beginnt um neun."), "{kept}");
        }
    }

    #[test]
    fn a_label_whose_content_was_removed_goes_with_it() {
        let pipeline = Pipeline::new(Config::default()).expect("default config");
        let body = "The council met on Tuesday and agreed to keep the library open.";
        let cleaned = pipeline.clean_text(&format!("{body}\n\nDatum:\n\n19.11.2021\n"));
        assert_eq!(cleaned.text, format!("{body}\n"));
        assert_eq!(remover(&cleaned, "Datum:"), Some("MT003"));
        // A line that is both a sentence's tail and a label is recorded once.
        let cleaned = pipeline.clean_text(&format!(
            "{body}\n\nMit dem Absenden des Kommentars bestätigst Du, dass Du unsere Datenschutzerklärung\nhier:\n\n19.11.2021\n"
        ));
        assert_eq!(cleaned.text, format!("{body}\n"));
        let times = cleaned
            .record
            .removed
            .iter()
            .filter(|r| r.text == "hier:")
            .count();
        assert_eq!(times, 1);
        // A label with kept lines under it in the removed line's paragraph stays, and
        // so does one above kept text.
        for kept in [
            "Zutaten:\nAnzeige\n200 g Mehl und zwei Eier\n",
            "Zutaten:\n\n200 g Mehl und zwei Eier\n",
        ] {
            let cleaned = pipeline.clean_text(&format!("{body}\n\n{kept}"));
            assert!(cleaned.text.contains("Zutaten:"), "{kept}");
        }
    }

    #[test]
    fn a_heading_left_last_over_a_removed_section_goes_with_it() {
        let pipeline = Pipeline::new(Config::default()).expect("default config");
        let html = |tail: &str| {
            clean_page(
                &pipeline,
                &format!(
                    "<html><body><article><h1>Library</h1><p>{COUNCIL}</p><p>{COUNCIL}</p>{tail}\
                     </article></body></html>"
                ),
            )
        };
        // The heading of a box of related links, the links dropped as a link list.
        let links: String = (1..=4)
            .map(|i| format!("<li><a href=/a{i}>Another story number {i}</a></li>"))
            .collect();
        let cleaned = html(&format!("<h2>Auch auf example.de</h2><ul>{links}</ul>"));
        assert!(!cleaned.text.contains("Auch auf"), "{}", cleaned.text);
        assert_eq!(remover(&cleaned, "Auch auf example.de"), Some("HX001"));
        // A heading with its section kept stays; so does one that ends the page with
        // nothing removed under it.
        let cleaned = html("<h2>What comes next</h2><p>The vote is due in May.</p>");
        assert!(cleaned.text.contains("What comes next"), "{}", cleaned.text);
        let cleaned = html("<h2>What comes next</h2>");
        assert!(cleaned.text.contains("What comes next"), "{}", cleaned.text);
        // A markdown heading over a removed line, the same.
        let cleaned = pipeline.clean_text(&format!("{COUNCIL}\n\n## Mehr zum Thema\n\nAnzeige\n"));
        assert_eq!(cleaned.text, format!("{COUNCIL}\n"));
        let cleaned = pipeline.clean_text(&format!(
            "{COUNCIL}\n\n## Outlook\n\nThe vote is due in May.\n"
        ));
        assert!(cleaned.text.contains("## Outlook"), "{}", cleaned.text);
    }

    #[test]
    fn prose_in_scripts_without_spaces_is_as_long_as_it_reads() {
        // Between removed lines a short line is a stray button; a sentence of Chinese,
        // Japanese or Thai is not short, though it holds no space.
        let pipeline = Pipeline::new(Config::default()).expect("default config");
        for prose in [
            "国家统计局发言人表示，一季度国内生产总值同比增长，主要经济指标好于预期。",
            "都内のすべての小中学校で年に二回の避難訓練を義務付ける。",
            "ผู้ว่าราชการกล่าวว่าโครงการนี้จะช่วยลดปัญหาการจราจรติดขัดในเมืองหลวง",
            "专家认为，这一计划有助于缓解城市热岛效应。",
            // Nor is a sentence of a script without capitals.
            "أعلنت وزارة الصحة اليوم عن إطلاق حملة تطعيم وطنية جديدة.",
            "मंत्री ने कहा कि योजना अगले महीने शुरू होगी।",
            "시의회는 월요일 저녁 새 예산안을 승인했다.",
            "מועצת העיר אישרה את התקציב החדש ביום שני בערב.",
        ] {
            let cleaned = pipeline.clean_text(&format!(
                "Related\n\n{prose}\n\nShare\n\n{prose}\n\nTweet\n"
            ));
            assert_eq!(cleaned.text, format!("{prose}\n\n{prose}\n"));
        }
        // The buttons themselves still go, in those scripts too.
        let cleaned =
            pipeline.clean_text("相关新闻\n\n专家认为，这一计划有助于缓解城市热岛效应。\n");
        assert_eq!(cleaned.text, "专家认为，这一计划有助于缓解城市热岛效应。\n");
    }

    #[test]
    fn explain_shows_a_line_of_link_markup_as_written() {
        let pipeline = Pipeline::new(Config::default()).expect("default config");
        let text = "Title here\n\n[![b](b.svg)](https://ci.example)\n\nBody of the text.\n";
        let (_, trace) = pipeline.trace(&Source::plain_text(text));
        let line = trace
            .iter()
            .find(|l| l.removed.is_some())
            .expect("a removed line");
        assert_eq!(line.text, "[![b](b.svg)](https://ci.example)");
    }

    /// `page` cleaned as an HTML document.
    fn clean_page(pipeline: &Pipeline, page: &str) -> Cleaned {
        pipeline.clean(&Source {
            id: "page".into(),
            path: "page.html".into(),
            bytes: page.as_bytes(),
            format: Some(Format::Html),
            ..Source::default()
        })
    }

    #[test]
    fn a_pages_metadata_is_normalized_as_its_text_is() {
        let pipeline = Pipeline::new(Config::default()).expect("default config");
        let prose = "The council met on Tuesday and, after a long debate, agreed to keep the library open for the whole summer.";
        let page = format!(
            "<html><head><title>\u{201c}What It\u{2019}s Like\u{201d}</title>\
             <meta name=author content=\"Sergey  Ivanov\">\
             <meta property=og:site_name content=\"The\u{a0}Gazette\"></head>\
             <body><article><p>{prose}</p><p>{prose}</p></article></body></html>"
        );
        let record = clean_page(&pipeline, &page).record;
        assert_eq!(record.title.as_deref(), Some("\"What It's Like\""));
        assert_eq!(record.authors, ["Sergei Ivanov"]);
        assert_eq!(record.publisher.as_deref(), Some("The Gazette"));
    }

    #[test]
    fn code_in_a_page_is_written_between_fences() {
        let pipeline = Pipeline::new(Config::default()).expect("default config");
        let prose = "The council met on Tuesday and, after a long debate, agreed to keep the library open for the whole summer.";
        let page = format!(
            "<html><body><nav><a href=/>Home</a></nav><article><h1>Library</h1><p>{prose}</p>\
             <pre><code class=language-rust>fn main() {{\n    let flags  =  &quot;--release&quot;;  // \u{201c}quoted\u{201d}\n\n    run(flags)...\n}}</code></pre>\
             <p>{prose}</p></article></body></html>"
        );
        let cleaned = clean_page(&pipeline, &page);
        assert!(
            cleaned
                .text
                .contains(&format!("{prose}\n\n```\n{CODE}\n```\n\n{prose}")),
            "{}",
            cleaned.text
        );
        assert_eq!(pipeline.clean_text(&cleaned.text).text, cleaned.text);
    }

    /// A paragraph of an article, for pages glued together around it.
    const COUNCIL: &str = "The council met on Tuesday and agreed to keep the library open \
                           for another five years, after a debate that lasted until late \
                           in the evening. The decision follows months of protest by \
                           readers, who collected four thousand signatures.";

    #[test]
    fn a_glued_page_loses_its_menus_and_keeps_its_sentences_as_they_were() {
        let pipeline = Pipeline::new(Config::default()).expect("default config");
        let paragraph = format!(
            "{COUNCIL} \"We are relieved,\" said Anna Berg, who runs the reading club on \
             Saturdays."
        );
        // Four paragraphs of the article, glued as a stripper leaves them ("Saturdays.The").
        let article = paragraph.repeat(4);
        let page = format!(
            "HomeNewsPoliticsBusinessSportsWeatherLoginSubscribe{article}\
             Related StoriesSign up for our newsletterFacebookTwitterEmail\n"
        );
        let cleaned = pipeline.clean_text(&page);
        // Kept pieces that stood side by side join as they were.
        assert_eq!(cleaned.text, format!("{article}\n"));
        let politics = removal(&cleaned, "Politics");
        assert_eq!(
            politics.map(|r| &page[r.start..r.end]),
            Some("Politics"),
            "{:?}",
            cleaned.record.removed
        );
        assert_eq!(pipeline.clean_text(&cleaned.text).text, cleaned.text);
        // Where a piece between two kept ones was removed, a paragraph starts.
        let cut = page.replacen("Saturdays.", "Saturdays.Advertisement", 1);
        let cleaned = pipeline.clean_text(&cut);
        let expected = article.replacen("Saturdays.", "Saturdays.\n\n", 1);
        assert_eq!(cleaned.text, format!("{expected}\n"));
    }

    #[test]
    fn a_line_the_output_glues_by_joining_a_wrap_is_cleaned_again() {
        let pipeline = Pipeline::new(Config::default()).expect("default config");
        let paragraph = COUNCIL;
        // Too short to be cut alone; long enough with the line that wraps onto it.
        let wrap = "the library board will meet again in the spring.";
        let mut line = format!(
            "HomeNewsPoliticsBusinessSportsWeatherLoginSubscribe{}The mayor said so",
            [paragraph; 3].join("")
        );
        while segment::glue::cuts(&format!("{line} {wrap}")).is_none() {
            line.push_str(" and so");
        }
        assert!(segment::glue::cuts(&line).is_none());
        assert!(segment::glue::cuts(&format!("{line} {wrap}")).is_some());
        let source = format!("{line}\n{wrap}\n");
        let (cleaned, trace) = pipeline.trace(&Source::plain_text(&source));
        assert!(!cleaned.text.contains("Politics"), "{}", cleaned.text);
        assert!(cleaned
            .text
            .ends_with("and so the library board will meet again in the spring.\n"));
        assert_eq!(pipeline.clean_text(&cleaned.text).text, cleaned.text);
        let politics = removal(&cleaned, "Politics");
        assert_eq!(politics.map(|r| &source[r.start..r.end]), Some("Politics"));
        assert!(trace
            .iter()
            .any(|t| t.text == "Politics" && t.removed.is_some()));
    }
}
