//! Choosing the article: every block gets a value (prose adds, link lists and
//! boilerplate subtract), values sum up the element tree in one bottom-up pass, and the
//! element whose subtree sums highest is the article. Siblings that belong to the
//! article come with it because their prose raises the sum of the common parent more
//! than the boilerplate between them lowers it. A post of short lines whose own list of
//! related links costs it more than its lines earn is found by widening the winner to
//! an ancestor that scores nearly as high with several times its text. Inside the
//! article, boilerplate subtrees and link-dense blocks are dropped.
//!
//! Markup (`<article>`, `itemprop=articleBody`, class tokens) and a JSON-LD
//! `articleBody` are evidence that tips close calls, never the only reason.

use std::collections::HashMap;

use super::flatten::{Flat, NO_PARENT};
use crate::shape;

/// Blocks shorter than this (in non-space characters) carry no weight as prose.
const SHORT_BLOCK: u32 = 25;
/// What a character of a short unlinked line is worth, against one of prose.
const SHORT_WEIGHT: f32 = 0.2;
/// An author's microdata item with this much text holds more than a name: an author
/// box.
const AUTHOR_BOX_CHARS: u32 = 80;
/// A block or subtree with this share of link text is navigation.
const LINK_DENSE: f32 = 0.5;
/// A boilerplate-marked subtree holding this share of the text is the page itself.
const MOST_TEXT: f32 = 0.5;
/// The same inside the chosen article, where a marked box holding this share of the
/// article's text is taken for part of it (a class name such as
/// `TestReport__Section--Ads` misfires more often than a quarter of an article is an ad).
const MOST_ARTICLE_TEXT: f32 = 0.4;
/// What a non-space character of navigation or boilerplate costs a candidate root, as
/// a share of what a character of prose earns. Small, because blocks of either kind
/// are dropped again inside the chosen root: the cost only tips roots toward the
/// tighter of two that hold the same prose.
const NOISE_COST: f32 = 0.3;
/// What prose under a boilerplate class name or tag is worth when choosing the root.
const SOFT_WEIGHT: f32 = 0.3;
/// See [`widened`].
const WIDEN_SCORE: f32 = 0.75;
const WIDEN_TEXT: u32 = 3;

/// The article: its root element (if one stands out) and the blocks to keep.
#[derive(Debug, Default)]
pub struct Selection {
    pub root: Option<u32>,
    /// Indices into `Flat::blocks`, in document order, with whether each lies inside
    /// the root.
    pub keep: Vec<(usize, bool)>,
}

/// Per-block measures.
#[derive(Debug, Clone, Copy, Default)]
struct Measure {
    chars: u32,
    link_chars: u32,
    prose: bool,
    /// The page's JSON-LD `articleBody` contains this block's text.
    declared: bool,
}

impl Measure {
    fn link_density(&self) -> f32 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars as f32 / self.chars as f32
        }
    }

    /// Whether the block could be a lead paragraph: prose of a full sentence or more,
    /// hardly any of it links.
    fn reads_as_lead(&self) -> bool {
        self.prose && self.chars >= LEAD_CHARS && self.link_density() < 0.2
    }

    /// What the block adds to the sum of every element that holds it.
    fn value(&self, heading: bool) -> f32 {
        let own = self.chars.saturating_sub(self.link_chars) as f32;
        let value = if self.link_density() >= LINK_DENSE {
            -(self.chars as f32) * NOISE_COST
        } else if self.chars < SHORT_BLOCK {
            // Short lines count little: captions of a photo post and labels of a menu
            // look alike; the text around them decides.
            let _ = heading;
            own * SHORT_WEIGHT
        } else if self.prose {
            own
        } else {
            own * 0.3
        };
        if self.declared {
            value.abs() * 1.5
        } else {
            value
        }
    }
}

fn measure(text: &str, links: &[std::ops::Range<usize>], declared: Option<&str>) -> Measure {
    let chars = shape::non_space_chars(text);
    let link_chars = links
        .iter()
        .filter_map(|r| text.get(r.clone()))
        .map(shape::non_space_chars)
        .sum();
    let declared =
        declared.is_some_and(|body| chars >= SHORT_BLOCK && body.contains(prefix(text, 80)));
    Measure {
        chars,
        link_chars,
        prose: chars >= 40 && has_sentence_punctuation(text),
        declared,
    }
}

/// Whether `text` holds a sentence or clause mark, in Latin, CJK or Devanagari writing.
fn has_sentence_punctuation(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr3(b'.', b',', b'!', bytes).is_some()
        || memchr::memchr2(b'?', b';', bytes).is_some()
        || crate::normalize::scan::non_ascii_chars(text)
            .any(|(_, c)| matches!(c, '。' | '，' | '、' | '！' | '？' | '।'))
}

/// The first `max` bytes of `text`, cut at a character boundary.
fn prefix(text: &str, max: usize) -> &str {
    let mut end = text.len().min(max);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Per-element sums over the blocks each subtree holds.
struct Sums {
    chars: Vec<u32>,
    link_chars: Vec<u32>,
    declared_chars: Vec<u32>,
    /// Characters of blocks that read as a lead paragraph (see
    /// [`Measure::reads_as_lead`]).
    lead_chars: Vec<u32>,
    value: Vec<f32>,
}

/// What a page says about its own article, outside the text.
#[derive(Debug, Default, Clone, Copy)]
pub struct Hints<'a> {
    /// JSON-LD `articleBody`.
    pub body: Option<&'a str>,
    /// `og:description` or `description`.
    pub description: Option<&'a str>,
    /// The title from `og:title`, JSON-LD, microdata or `<title>` (not from an `<h1>`).
    pub title: Option<&'a str>,
}

/// Chooses the article of a flattened page.
pub fn select(flat: &Flat, hints: Hints) -> Selection {
    let n = flat.elems.len();
    if n == 0 || flat.blocks.is_empty() {
        return Selection::default();
    }
    let body = hints
        .body
        .map(|b| b.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|b| b.len() >= 200);
    let measures: Vec<Measure> = flat
        .blocks
        .iter()
        .map(|b| measure(&b.text, &b.links, body.as_deref()))
        .collect();
    let mut sums = Sums {
        chars: vec![0; n],
        link_chars: vec![0; n],
        declared_chars: vec![0; n],
        lead_chars: vec![0; n],
        value: vec![0.0; n],
    };
    for (block, m) in flat.blocks.iter().zip(&measures) {
        let o = block.owner as usize;
        sums.chars[o] += m.chars;
        sums.link_chars[o] += m.link_chars;
        sums.declared_chars[o] += if m.declared { m.chars } else { 0 };
        sums.lead_chars[o] += if m.reads_as_lead() { m.chars } else { 0 };
    }
    propagate(flat, &mut sums.chars);
    propagate(flat, &mut sums.link_chars);
    propagate(flat, &mut sums.declared_chars);
    propagate(flat, &mut sums.lead_chars);
    let total = sums.chars[0].max(1);
    // Page-wide, class names and tags only weaken a region (they misfire too often
    // to decide alone); comment sections and navigation count against it.
    let marks = exclusions(flat, &sums, 0, total);
    let excluded: Vec<bool> = marks.iter().map(|&m| m == Mark::Firm).collect();
    for (block, m) in flat.blocks.iter().zip(&measures) {
        let o = block.owner as usize;
        let heading = block.tag.len() == 2 && block.tag.starts_with('h');
        sums.value[o] += match marks[o] {
            Mark::Firm => -(m.chars as f32) * NOISE_COST,
            Mark::Soft => m.value(heading).min(m.value(heading) * SOFT_WEIGHT),
            Mark::None => m.value(heading),
        };
    }
    propagate_f32(flat, &mut sums.value);

    let mut best: Option<(u32, f32)> = None;
    for (i, e) in flat.elems.iter().enumerate() {
        // A heading alone is never the article, however long it is.
        let heading = e.tag.len() == 2 && e.tag.starts_with('h') && e.tag != "hr";
        if excluded[i] || heading {
            continue;
        }
        let score = sums.value[i] * if e.signal.article { 1.1 } else { 1.0 };
        if score > 0.0 && best.is_none_or(|(_, s)| score > s) {
            best = Some((i as u32, score));
        }
    }
    let best = best.map(|(root, score)| (widened(flat, &sums, &excluded, root, score), score));
    let Some((root, _)) = best else {
        // No article stands out: keep whatever is not boilerplate or navigation.
        let keep = (0..flat.blocks.len())
            .filter(|&b| {
                !excluded[flat.blocks[b].owner as usize] && measures[b].link_density() < LINK_DENSE
            })
            .map(|b| (b, false))
            .collect();
        return Selection { root: None, keep };
    };
    let r = root as usize;
    let local: Vec<bool> = exclusions(flat, &sums, r, sums.chars[r].max(1))
        .into_iter()
        .map(|m| m != Mark::None)
        .collect();
    let end = flat.elems[r].end as usize;
    let mut keep: Vec<(usize, bool)> = Vec::new();
    for (b, block) in flat.blocks.iter().enumerate() {
        let o = block.owner as usize;
        if (r..end).contains(&o) && !local[o] && measures[b].link_density() < LINK_DENSE {
            keep.push((b, true));
        }
    }
    if let Some(title) = title_before(flat, r, &keep, hints.title) {
        let lead = lead_between(flat, &measures, &marks, title, &keep);
        keep.splice(0..0, std::iter::once(title).chain(lead).map(|b| (b, false)));
    }
    if let Some(lead) = described_lead(flat, &measures, hints.description, &keep) {
        let at = keep.partition_point(|&(b, _)| b < lead);
        keep.insert(at, (lead, false));
    }
    Selection {
        root: Some(root),
        keep,
    }
}

/// Of a chosen root, the ancestor that holds the article it belongs to: a box of a
/// few short lines of text ("Filmmaterial" / "Fuji X-TRA 400.") can outscore the post
/// around it, when a list of related links inside the post costs the post more than its
/// short lines earn. An ancestor scoring nearly as high (at least [`WIDEN_SCORE`] of
/// the root's score) with several times the root's unlinked text
/// ([`WIDEN_TEXT`]) is the article; the link lists inside it are dropped again there.
fn widened(flat: &Flat, sums: &Sums, excluded: &[bool], root: u32, score: f32) -> u32 {
    let own = |i: usize| sums.chars[i].saturating_sub(sums.link_chars[i]);
    let mut root = root as usize;
    let mut p = flat.elems[root].parent;
    while p != NO_PARENT && p != 0 {
        let a = p as usize;
        if excluded[a] || sums.value[a] < WIDEN_SCORE * score || own(a) < WIDEN_TEXT * own(root) {
            break;
        }
        root = a;
        p = flat.elems[a].parent;
    }
    root as u32
}

/// Adds each element's sum to its parent's, children first (pre-order indices put every
/// child after its parent).
fn propagate(flat: &Flat, values: &mut [u32]) {
    for i in (0..flat.elems.len()).rev() {
        let p = flat.elems[i].parent;
        if p != NO_PARENT {
            values[p as usize] = values[p as usize].saturating_add(values[i]);
        }
    }
}

fn propagate_f32(flat: &Flat, values: &mut [f32]) {
    for i in (0..flat.elems.len()).rev() {
        let p = flat.elems[i].parent;
        if p != NO_PARENT {
            values[p as usize] += values[i];
        }
    }
}

/// Which elements of the subtree of `scope` are boilerplate, themselves or through an
/// ancestor below `scope`. `total` is the text of the scope, for the "most text" check.
fn exclusions(flat: &Flat, sums: &Sums, scope: usize, total: u32) -> Vec<Mark> {
    let n = flat.elems.len();
    let mut excluded = vec![Mark::None; n];
    // Inside an `<article>`/`<main>` element, where `<header>`/`<footer>` belong to it.
    let mut in_article = vec![false; n];
    let end = flat.elems[scope].end as usize;
    let layout = layout_classes(flat, sums, scope, total);
    let dense = if scope != 0 {
        link_dense(flat, sums, scope)
    } else {
        Vec::new()
    };
    for i in scope + 1..end.min(n) {
        let e = &flat.elems[i];
        let p = e.parent as usize;
        let parent_tag = flat.elems.get(p).map_or("", |pe| pe.tag);
        in_article[i] = p < n && (in_article[p] || matches!(parent_tag, "article" | "main"));
        let inherited = if p < n && p > scope {
            excluded[p]
        } else {
            Mark::None
        };
        let own = if dense.get(i).copied().unwrap_or(false) {
            Mark::Firm
        } else if layout[i] {
            Mark::None
        } else {
            is_boilerplate(flat, sums, i, total, in_article[i], scope != 0)
        };
        excluded[i] = inherited.max(own);
    }
    excluded
}

/// The elements of the subtree of `scope` that are link lists: at least half of their
/// text is link text. A box whose links are lists of their own (which go on their own)
/// beside a lead-sized paragraph of prose is not one: a paragraph sharing its box with
/// a list of related headlines stays, though the headlines outweigh it. A box of
/// links under a heading, or with a line of text, still is one, and so is a sidebar
/// whose text outside its lists is mostly not such prose (a calendar, labels, and one
/// feedback paragraph).
fn link_dense(flat: &Flat, sums: &Sums, scope: usize) -> Vec<bool> {
    let end = (flat.elems[scope].end as usize).min(flat.elems.len());
    // Each element's text outside the link lists inside it: its own first (its
    // subtree's less its children's), then, children first, each adds that of its
    // own to its parent's.
    let mut chars = sums.chars[..end].to_vec();
    let mut links = sums.link_chars[..end].to_vec();
    let mut lead = sums.lead_chars[..end].to_vec();
    for i in scope + 1..end {
        let p = flat.elems[i].parent as usize;
        if p < end {
            chars[p] -= sums.chars[i];
            links[p] -= sums.link_chars[i];
            lead[p] -= sums.lead_chars[i];
        }
    }
    let dense_at = |chars: u32, links: u32| chars > 0 && links as f32 >= LINK_DENSE * chars as f32;
    let mut dense = vec![false; end];
    for i in (scope + 1..end).rev() {
        let outside_lists =
            !dense_at(chars[i], links[i]) && lead[i] >= LEAD_CHARS && lead[i] * 2 >= chars[i];
        dense[i] = dense_at(sums.chars[i], sums.link_chars[i]) && !outside_lists
            || dense_at(chars[i], links[i]);
        let p = flat.elems[i].parent as usize;
        if !dense[i] && p < end {
            chars[p] += chars[i];
            links[p] += links[i];
            lead[p] += lead[i];
        }
    }
    dense
}

/// Elements of the subtree of `scope` whose boilerplate mark is the article's own
/// layout: elements sharing the tag and the whole `class` attribute that together
/// hold most of the text, where one box marked so would hold a small part
/// (`TestReport__Section--Ads` on every section of a product test, a gallery whose
/// text is the caption of each slide), and elements of that tag whose class has every
/// name of such a group's and more (the one section that adds `--Conclusion`). A soft
/// mark only, and never a link-dense subtree (that check comes first in
/// [`is_boilerplate`]).
fn layout_classes(flat: &Flat, sums: &Sums, scope: usize, total: u32) -> Vec<bool> {
    let n = flat.elems.len();
    let end = (flat.elems[scope].end as usize).min(n);
    let share = if scope != 0 {
        MOST_ARTICLE_TEXT
    } else {
        MOST_TEXT
    };
    let marked = |i: usize| {
        let e = &flat.elems[i];
        let s = e.signal;
        (s.boilerplate && !s.firm && !s.form)
            .then_some(e.class)
            .flatten()
            .map(|class| (e.tag, class))
    };
    let mut groups: HashMap<(&str, &str), (u32, u32)> = HashMap::new();
    for i in scope + 1..end {
        if let Some(key) = marked(i) {
            let group = groups.entry(key).or_default();
            group.0 = group.0.saturating_add(sums.chars[i]);
            group.1 += 1;
        }
    }
    let layouts: Vec<(&str, &str)> = groups
        .into_iter()
        .filter(|&(_, (chars, count))| count >= 2 && chars as f32 >= share * total as f32)
        .map(|(key, _)| key)
        .collect();
    let mut layout = vec![false; n];
    if layouts.is_empty() {
        return layout;
    }
    // One box of the layout may add a name of its own ("TestReport__Section
    // TestReport__Section--Conclusion TestReport__Section--Ads" among sections without
    // the middle name): every name of the group's is there.
    let in_layout = |(tag, class): (&str, &str)| {
        layouts.iter().any(|&(t, c)| {
            t == tag
                && (c == class
                    || c.split_ascii_whitespace()
                        .all(|name| class.split_ascii_whitespace().any(|own| own == name)))
        })
    };
    for (i, slot) in layout.iter_mut().enumerate().take(end).skip(scope + 1) {
        *slot = marked(i).is_some_and(in_layout);
    }
    layout
}

fn is_boilerplate(
    flat: &Flat,
    sums: &Sums,
    i: usize,
    total: u32,
    in_article: bool,
    inside_root: bool,
) -> Mark {
    let s = flat.elems[i].signal;
    let chars = sums.chars[i];
    let author_box = s.author_item && chars >= AUTHOR_BOX_CHARS;
    if !(s.boilerplate || author_box) || s.frame && in_article || s.teaser && inside_root {
        return Mark::None;
    }
    let share = if s.firm {
        0.8
    } else if s.form {
        0.2
    } else if inside_root {
        MOST_ARTICLE_TEXT
    } else {
        MOST_TEXT
    };
    let most_text = chars as f32 >= share * total as f32;
    let declared = sums.declared_chars[i] * 2 >= chars && sums.declared_chars[i] > 0;
    match (most_text || declared, s.firm) {
        (true, _) => Mark::None,
        (false, true) => Mark::Firm,
        (false, false) => Mark::Soft,
    }
}

/// The lead paragraphs between a title brought back by [`title_before`] and the first
/// kept block: a standfirst often sits in the page header with the headline, apart
/// from the body. Only prose of a full sentence or more, unmarked and not links, under
/// the title's own parent.
fn lead_between(
    flat: &Flat,
    measures: &[Measure],
    marks: &[Mark],
    title: usize,
    keep: &[(usize, bool)],
) -> Vec<usize> {
    let first_kept = keep.first().map_or(flat.blocks.len(), |&(b, _)| b);
    let parent = flat.elems[flat.blocks[title].owner as usize].parent;
    if parent == NO_PARENT {
        return Vec::new();
    }
    let scope = parent as usize..flat.elems[parent as usize].end as usize;
    (title + 1..first_kept)
        .filter(|&b| {
            let o = flat.blocks[b].owner as usize;
            scope.contains(&o)
                && marks[o] == Mark::None
                && measures[b].reads_as_lead()
                && shape::ends_like_sentence(&flat.blocks[b].text)
        })
        .collect()
}

/// The paragraph the page's description repeats, when it stands before the article's
/// first block and outside it: a video or audio page often prints its summary above
/// the player, apart from the rest. Only prose of a full sentence or more, not links,
/// and only when no kept block already holds the description.
fn described_lead(
    flat: &Flat,
    measures: &[Measure],
    description: Option<&str>,
    keep: &[(usize, bool)],
) -> Option<usize> {
    // A description cut short ends in "…" or "...", which the page's text does not.
    let description = description?.trim_end_matches(['…', '.', '[', ']', ' ']);
    let opening = prefix(description, 60);
    if opening.len() < 40 {
        return None;
    }
    let first_inside = keep
        .iter()
        .find(|&&(_, inside)| inside)
        .map_or(flat.blocks.len(), |&(b, _)| b);
    if keep
        .iter()
        .any(|&(b, _)| flat.blocks[b].text.contains(opening))
    {
        return None;
    }
    (0..first_inside)
        .find(|&b| measures[b].reads_as_lead() && flat.blocks[b].text.starts_with(opening))
}

/// Fewest non-space characters of a lead paragraph.
const LEAD_CHARS: u32 = 80;

/// How sure the markup is that a subtree is boilerplate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Mark {
    None,
    /// Class names, `<header>`, `<form>`: weakens the region's claim to be the article.
    Soft,
    /// Navigation, comment sections, link lists.
    Firm,
}

/// The page's `<h1>` when it stands just outside the article (in a header above the
/// body text) and the article has none of its own: near the root, or anywhere before
/// it when its text is the title the page declares in its metadata.
fn title_before(
    flat: &Flat,
    root: usize,
    keep: &[(usize, bool)],
    declared: Option<&str>,
) -> Option<usize> {
    if keep.iter().any(|&(b, _)| flat.blocks[b].tag == "h1") {
        return None;
    }
    let first_kept = keep.first().map_or(flat.blocks.len(), |&(b, _)| b);
    // The h1 must share a near ancestor with the root: its grandparent's subtree.
    let mut scope = root;
    for _ in 0..3 {
        let p = flat.elems[scope].parent;
        if p == NO_PARENT {
            break;
        }
        scope = p as usize;
    }
    let (lo, hi) = (scope, flat.elems[scope].end as usize);
    let near = (0..first_kept).rev().take(64).find(|&b| {
        flat.blocks[b].tag == "h1" && (lo..hi).contains(&(flat.blocks[b].owner as usize))
    });
    near.or_else(|| {
        let declared = declared.map(str::trim).filter(|t| !t.is_empty())?;
        (0..first_kept)
            .rev()
            .find(|&b| flat.blocks[b].tag == "h1" && flat.blocks[b].text.trim() == declared)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn finds_sentence_punctuation_in_any_script() {
        assert!(has_sentence_punctuation("One, two"));
        assert!(has_sentence_punctuation("東京へ行った。"));
        assert!(has_sentence_punctuation("यह है।"));
        assert!(!has_sentence_punctuation("Home — News: Sport"));
    }

    proptest! {
        #[test]
        fn finds_punctuation_as_a_char_walk_does(
            s in "([ .,;aé—。，、।！]|(?s).){0,200}"
        ) {
            let punct = s.chars().any(|c| {
                matches!(c, '.' | ',' | '!' | '?' | ';' | '。' | '，' | '、' | '！' | '？' | '।')
            });
            prop_assert_eq!(has_sentence_punctuation(&s), punct);
        }
    }
}
