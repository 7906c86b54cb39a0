//! HTML pages: the DOM to the article's blocks, and the page's metadata.
//!
//! The page is parsed with html5ever (through `scraper`) after [`guard`] has capped
//! absurd nesting, flattened in one iterative walk ([`flatten`]) into an element table
//! and text blocks, and the article is chosen by scoring ([`article`]). Metadata comes
//! from meta tags, JSON-LD and the visible page ([`meta`]). Nothing here recurses over
//! the tree, so no page can overflow the stack.

mod article;
mod classify;
mod flatten;
mod guard;
mod meta;

use std::ops::Range;

use scraper::Html;

use crate::block::{Block, BlockKind, HtmlFeatures};
use crate::rules::extraction::outside_article::OUTSIDE_ARTICLE;
use crate::segment::PageMeta;

use flatten::{Flat, TextBlock, NO_PARENT};

/// Class tokens kept per block, nearest elements first.
const MAX_CLASS_TOKENS: usize = 24;

/// The page's text blocks and metadata. Blocks outside the article come marked as
/// removed by `HX001 outside-article`; a list with no unmarked block means the page has
/// no text worth keeping.
pub fn segment(text: &str) -> (Vec<Block>, PageMeta) {
    let capped = guard::cap_nesting(text);
    let doc = Html::parse_document(&capped);
    let mut collector = meta::Collector::default();
    let flat = flatten::flatten(&doc, &mut collector);
    let h1 = flat
        .blocks
        .iter()
        .find(|b| b.tag == "h1")
        .map(|b| b.text.as_str());
    let declared = collector.finish(h1);
    // A title read from the <h1> itself says nothing about where the <h1> stands.
    let title = declared
        .meta
        .title
        .as_ref()
        .filter(|t| t.from != "h1")
        .map(|t| t.value.as_str());
    let hints = article::Hints {
        body: declared.article_body.as_deref(),
        description: declared.description.as_deref(),
        title,
    };
    let selection = article::select(&flat, hints);
    let blocks = to_blocks(&doc, &flat, &selection, &capped);
    (blocks, declared.meta)
}

fn to_blocks(doc: &Html, flat: &Flat, selection: &article::Selection, source: &str) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::with_capacity(flat.blocks.len());
    let mut locator = Locator { source, cursor: 0 };
    let mut para = 0u32;
    let mut previous: Option<usize> = None;
    let mut kept = selection.keep.iter().peekable();
    for (b, raw) in flat.blocks.iter().enumerate() {
        let Some(&(_, in_article)) = kept.next_if(|&&(k, _)| k == b) else {
            // Left out by extraction: recorded, never seen by a rule. A run of left-out
            // blocks is one ledger entry, so a page of 100,000 menu links does not make
            // a record larger than the page.
            // Only a run's first block is looked for in the source; the run ends where
            // the next kept block starts (or with the page).
            match blocks.last_mut().filter(|last| last.removed_by.is_some()) {
                Some(run) => extend_run(run, &raw.text),
                None => {
                    if !blocks.is_empty() {
                        para += 1;
                    }
                    let span = locator.block(raw);
                    let span = span.start..source.len().max(span.end);
                    let mut block = Block::new(raw.text.clone(), span, kind(raw), para);
                    block.removed_by = Some(&OUTSIDE_ARTICLE);
                    blocks.push(block);
                }
            }
            previous = None;
            continue;
        };
        let continues = raw.continues && previous == Some(b.wrapping_sub(1)) && !blocks.is_empty();
        if !continues && !blocks.is_empty() {
            para += 1;
        }
        previous = Some(b);
        let span = locator.block(raw);
        if let Some(run) = blocks.last_mut().filter(|last| last.removed_by.is_some()) {
            run.span.end = span.start.max(run.span.start);
        }
        let mut block = Block::new(raw.text.clone(), span, kind(raw), para);
        block.links = raw.links.clone();
        let class_tokens = class_tokens(doc, flat, raw.owner, selection.root);
        block.html = Some(Box::new(HtmlFeatures {
            tag: raw.tag.to_string(),
            class_tokens,
            in_article,
        }));
        blocks.push(block);
    }
    blocks
}

/// Text of a run of left-out blocks is kept up to this many bytes; the span still
/// covers the whole run.
const RUN_TEXT_LIMIT: usize = 2000;

/// Adds a left-out block's text to the run before it, joined by " | ".
fn extend_run(run: &mut Block, text: &str) {
    if run.text.len() < RUN_TEXT_LIMIT {
        run.text.push_str(" | ");
        run.text.push_str(text);
        if run.text.len() >= RUN_TEXT_LIMIT {
            let cut = (0..=RUN_TEXT_LIMIT)
                .rev()
                .find(|&i| run.text.is_char_boundary(i))
                .unwrap_or(0);
            run.text.truncate(cut);
            run.text.push_str(" …");
        }
    }
}

/// Finds kept blocks in the page source, moving forward only, to give each a span
/// for the ledger. A span is approximate: it runs from the block's first word to its
/// last, and entities or markup inside those words hide them (the span is then empty,
/// at the position reached so far).
struct Locator<'s> {
    source: &'s str,
    cursor: usize,
}

/// How far ahead of the previous block a block is looked for.
const LOOKAHEAD: usize = 1 << 18;

impl Locator<'_> {
    fn block(&mut self, block: &TextBlock) -> Range<usize> {
        if block.preformatted {
            self.locate_code(&block.text)
        } else {
            self.locate(&block.text)
        }
    }

    fn locate(&mut self, text: &str) -> Range<usize> {
        let first = edge_word(text.split(' ').next().unwrap_or(""));
        let last = edge_word(text.rsplit(' ').next().unwrap_or(""));
        self.span(first, last, text.len() * 2 + 4096)
    }

    /// [`Locator::locate`] for a code block between fences: its first and last words
    /// are looked for, whatever whitespace sets them apart, and further: highlighted
    /// code wraps every token in markup.
    fn locate_code(&mut self, fenced: &str) -> Range<usize> {
        let code = fenced
            .split_once('\n')
            .and_then(|(_, rest)| rest.rsplit_once('\n'))
            .map_or(fenced, |(code, _)| code);
        let first = edge_word(code.split_whitespace().next().unwrap_or(""));
        let last = edge_word(code.split_whitespace().next_back().unwrap_or(""));
        self.span(first, last, code.len() * 16 + 4096)
    }

    /// From `first` (looked for ahead of the cursor) to `last` (looked for within
    /// `window` bytes of it); the cursor moves to the end.
    fn span(&mut self, first: &str, last: &str, window: usize) -> Range<usize> {
        let at = self.cursor;
        let Some(start) = self.find(first, at, LOOKAHEAD) else {
            return at..at;
        };
        let end = self
            .find(last, start, window)
            .map_or(start + first.len(), |i| i + last.len());
        self.cursor = end;
        start..end
    }

    /// Where `needle` first occurs in the `window` bytes of the source from `from`.
    fn find(&self, needle: &str, from: usize, window: usize) -> Option<usize> {
        if needle.is_empty() {
            return None;
        }
        let hay = self
            .source
            .as_bytes()
            .get(from..(from + window).min(self.source.len()))?;
        find_bytes(hay, needle.as_bytes()).map(|i| from + i)
    }
}

/// Where `needle` first occurs in `hay`. The locator searches once for each of many
/// short needles, so building `memmem`'s full searcher (rare-byte ranks, a two-way
/// table) for each would cost more than most searches; a vectorized byte-pair search
/// is built from the needle in a few steps.
fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle {
        [] => None,
        [byte] => memchr::memchr(*byte, hay),
        _ => {
            #[cfg(target_arch = "x86_64")]
            if let Some(pair) = memchr::arch::x86_64::avx2::packedpair::Finder::new(needle) {
                if hay.len() >= pair.min_haystack_len() {
                    return pair.find(hay, needle);
                }
            }
            memchr::memmem::find(hay, needle)
        }
    }
}

/// A word as it may appear verbatim in the source: empty when an entity or markup
/// could have produced it, cut to 24 bytes.
fn edge_word(word: &str) -> &str {
    if word.contains(['&', '<', '>', '"', '\'']) {
        return "";
    }
    let mut end = word.len().min(24);
    while !word.is_char_boundary(end) {
        end -= 1;
    }
    &word[..end]
}

fn kind(block: &TextBlock) -> BlockKind {
    match block.tag {
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
            BlockKind::Heading(block.tag.as_bytes()[1] - b'0')
        }
        _ if block.preformatted => BlockKind::Preformatted,
        _ if block.quoted => BlockKind::Quote,
        "li" | "dd" | "dt" => BlockKind::ListItem,
        "tr" => BlockKind::TableRow,
        _ => BlockKind::Paragraph,
    }
}

/// Lowercase class and id tokens of the block's element and its ancestors up to the
/// article root (or a few levels up for blocks outside it).
fn class_tokens(doc: &Html, flat: &Flat, owner: u32, root: Option<u32>) -> Vec<String> {
    let mut tokens: Vec<String> = Vec::new();
    let mut at = owner;
    for _ in 0..32 {
        let Some(elem) = flat.elems.get(at as usize) else {
            break;
        };
        if let Some(el) = doc.tree.get(elem.node).and_then(|n| n.value().as_element()) {
            for value in [el.attr("class"), el.attr("id")].into_iter().flatten() {
                for token in value
                    .split(|c: char| c.is_whitespace() || c == '-' || c == '_')
                    .filter(|t| !t.is_empty())
                {
                    let token = token.to_lowercase();
                    if tokens.len() < MAX_CLASS_TOKENS && !tokens.contains(&token) {
                        tokens.push(token);
                    }
                }
            }
        }
        if Some(at) == root || elem.parent == NO_PARENT {
            break;
        }
        at = elem.parent;
    }
    tokens
}
#[cfg(test)]
mod tests {
    use super::*;

    const PROSE: &str =
        "The council met on Tuesday and, after a long debate, agreed to keep the library open.";

    /// The kept blocks' texts.
    fn texts(blocks: &[Block]) -> Vec<&str> {
        kept(blocks).iter().map(|b| b.text.as_str()).collect()
    }

    fn kept(blocks: &[Block]) -> Vec<&Block> {
        blocks.iter().filter(|b| b.removed_by.is_none()).collect()
    }

    /// A thread of posts marked up as comments, in a page whose body class is `body`.
    fn thread(body: &str) -> String {
        let posts: String = [
            "Since the update my phone reaches the store only over wifi, never over mobile data.",
            "Same here with the latest version; restarting did not help, and nothing else fails.",
            "It went away for me after I switched the mobile network off and on again twice.",
        ]
        .iter()
        .map(|p| format!("<div class=comment><div class=comment-text>{p}</div></div>"))
        .collect();
        format!(
            "<html><body class=\"{body}\"><nav><a href=/>Home</a><a href=/f>Forum</a></nav>\
             <main><h1>Store unreachable over mobile data</h1>{posts}</main>\
             <aside><h3>Top news</h3><p>{PROSE}</p></aside></body></html>"
        )
    }

    #[test]
    fn a_forum_threads_posts_are_its_text() {
        let (blocks, _) = segment(&thread("forum forum_discussion"));
        let kept = texts(&blocks);
        assert_eq!(kept.len(), 4, "{kept:?}");
        assert!(kept[3].starts_with("It went away for me"), "{kept:?}");
        // Elsewhere a comment section is not the article, however long.
        let (blocks, _) = segment(&thread("single-post"));
        assert!(
            texts(&blocks).iter().all(|t| !t.contains("wifi")),
            "{:?}",
            texts(&blocks)
        );
    }

    #[test]
    fn keeps_the_article_and_drops_the_rest() {
        let page = format!(
            "<html><body><nav><a href=/>Home</a><a href=/n>News</a></nav>\
             <div class=story><h1>Library stays open</h1><p>{PROSE}</p>\
             <div class=share-bar><a href=#>Share</a> <a href=#>Tweet</a></div>\
             <p>A second paragraph, with a <a href=/x>link</a> inside it, follows here.</p></div>\
             <div class=related><h3>Related</h3><p>Another story entirely, with a summary that reads like prose.</p></div>\
             <footer>Imprint, privacy and contact details of the publisher.</footer></body></html>"
        );
        let (all, _) = segment(&page);
        let left_out: Vec<&str> = all
            .iter()
            .filter(|b| b.removed_by.is_some())
            .map(|b| b.text.as_str())
            .collect();
        assert_eq!(
            left_out,
            [
                "HomeNews",
                "Share Tweet",
                "Related | Another story entirely, with a summary that reads like prose. | Imprint, privacy and contact details of the publisher."
            ]
        );
        let blocks: Vec<Block> = kept(&all).into_iter().cloned().collect();
        assert_eq!(
            texts(&blocks),
            [
                "Library stays open",
                PROSE,
                "A second paragraph, with a link inside it, follows here."
            ]
        );
        assert_eq!(blocks[0].kind, BlockKind::Heading(1));
        let second = &blocks[2];
        assert_eq!(&second.text[second.links[0].clone()], "link");
        let html = second.html.as_deref().expect("HTML features");
        assert!(
            html.in_article && html.tag == "p" && html.class_tokens.contains(&"story".to_string())
        );
        let paras: Vec<u32> = blocks.iter().map(|b| b.para).collect();
        assert!(paras.windows(2).all(|w| w[0] < w[1]), "{paras:?}");
    }

    #[test]
    fn a_post_of_short_lines_outweighs_one_of_its_lines() {
        // A photo post of headings and one-line facts, with a list of related posts
        // inside its body: the body, not its one longer line, is the article.
        let related: String = (1..=5)
            .map(|i| format!("<li><a href=/p{i}>Swap, part {i}.</a></li>"))
            .collect();
        let tags: String = ["Germany", "Japan", "Widelux", "Fujifilm"]
            .iter()
            .map(|t| format!("<a href=/tag/{t}>{t}</a>, "))
            .collect();
        let page = format!(
            "<html><body><nav><a href=/>Home</a></nav><article><h1>Film swap, April</h1>\
             <div class=entry-content><h3>Places</h3><p>Shuji: Japan.</p><p>Walter: Germany.</p>\
             <h3>Film</h3><p>Fuji X-TRA 400.</p><h3>Cameras</h3><p>Shuji: Widelux.</p>\
             <ul class=related>{related}</ul>\
             <p>Copyright 2018. All rights reserved.</p></div>\
             <footer>Tagged: {tags}</footer></article></body></html>"
        );
        let (blocks, _) = segment(&page);
        let kept = texts(&blocks);
        for line in [
            "Places",
            "Shuji: Japan.",
            "Fuji X-TRA 400.",
            "Shuji: Widelux.",
        ] {
            assert!(kept.contains(&line), "{line}: {kept:?}");
        }
        assert!(kept.iter().all(|t| !t.contains("part 3")), "{kept:?}");
        // Without the list's cost, a box of short lines under a long paragraph stays
        // outside the article.
        let page = format!(
            "<html><body><article><h1>Library stays open</h1><p>{PROSE}</p><p>{PROSE}</p></article>\
             <aside><p>Opening hours: daily.</p><p>Phone: 555 1234.</p></aside></body></html>"
        );
        let (blocks, _) = segment(&page);
        let kept = texts(&blocks);
        assert!(kept.iter().all(|t| !t.contains("Phone")), "{kept:?}");
    }

    #[test]
    fn an_author_item_is_named_by_its_name_and_its_box_left_out() {
        let page = format!(
            "<html><body><article><h1>Lightroom runs fast again</h1><p>{PROSE}</p><p>{PROSE}</p>\
             <p>A second paragraph of the post, thanking the readers for their tips.</p>\
             <div class=box-wrap itemscope itemtype=https://schema.org/Person itemprop=author>\
             <div class=box-name><a href=/author/admin/ rel=author><span itemprop=name>Paddy</span></a></div>\
             <div itemprop=description><p>Patrick Ludolph, photographer from Hamburg and founder of this blog. \
             I like every kind of photography, but a person is in most of my pictures.</p></div></div>\
             </article></body></html>"
        );
        let (blocks, meta) = segment(&page);
        assert_eq!(meta.authors, ["Paddy"]);
        assert_eq!(meta.authors_from, "itemprop:author");
        let kept = texts(&blocks);
        assert!(kept.iter().all(|t| !t.contains("photographer")), "{kept:?}");
        assert!(
            kept.iter().any(|t| t.starts_with("A second paragraph")),
            "{kept:?}"
        );
        // An item that holds only the name is a byline, not a box.
        let page = format!(
            "<html><body><article><h1>Title</h1><p>{PROSE}</p><p>{PROSE}</p>\
             <div>Written by:</div><div itemprop=author itemscope>\
             <span itemprop=name>Jane Doe</span></div></article></body></html>"
        );
        let (blocks, meta) = segment(&page);
        assert_eq!(meta.authors, ["Jane Doe"]);
        assert!(texts(&blocks).contains(&"Jane Doe"), "{:?}", texts(&blocks));
        // The name in an item nested in it (the writer's employer) is not the writer's.
        let page = format!(
            "<html><body><article><h1>Title</h1><p>{PROSE}</p>\
             <p class=byline itemprop=author itemscope>\
             <span itemprop=worksFor itemscope><span itemprop=name>Example Times</span></span>, \
             <span itemprop=name>Jane Doe</span></p></article></body></html>"
        );
        assert_eq!(segment(&page).1.authors, ["Jane Doe"]);
        // An item without a name of its own is named by its text.
        let page = format!(
            "<html><body><article><h1>Title</h1><p>{PROSE}</p>\
             <p class=byline itemprop=author itemscope>Jane Doe</p></article></body></html>"
        );
        assert_eq!(segment(&page).1.authors, ["Jane Doe"]);
    }

    #[test]
    fn a_paragraph_beside_related_headlines_is_not_a_link_list() {
        let headlines: String = [
            "Minister says the budget for libraries will double next year in every district",
            "Readers write in about the opening hours of the central library and its branches",
            "What the new reading room will look like when the renovation is finished in May",
        ]
        .iter()
        .map(|h| format!("<article class=tease><h3><a href=/s>{h}</a></h3></article>"))
        .collect();
        let page = |extra: &str| {
            format!(
                "<html><body><nav><a href=/>Home</a><a href=/n>News</a></nav>\
                 <div class=content><div class=top><h1>Library stays open</h1>\
                 <h2>{PROSE} The mayor welcomed the decision, which ends a year of protests.</h2></div>\
                 <div class=body><p>{PROSE} Its <a href=/t>board</a> will meet again in June.</p>\
                 <aside><h4>Related:</h4>{headlines}</aside>{extra}</div></div></body></html>"
            )
        };
        // The paragraph stays though the headlines under it outweigh it; they go.
        let (blocks, _) = segment(&page(""));
        let kept = texts(&blocks);
        assert!(
            kept.iter().any(|t| t.ends_with("will meet again in June.")),
            "{kept:?}"
        );
        assert!(
            kept.iter().all(|t| !t.contains("Minister says")),
            "{kept:?}"
        );
        // A box of links under a heading is a link list, heading and all.
        let menu = "<div><h4>More from the city desk</h4><ul><li><a href=/a>Road works on the ring road</a></li>\
                    <li><a href=/b>Council elections: all the candidates</a></li></ul></div>";
        let (blocks, _) = segment(&page(menu));
        let kept = texts(&blocks);
        assert!(kept.iter().all(|t| !t.contains("city desk")), "{kept:?}");
        // So is a sidebar whose text beside its lists is mostly not prose: a calendar
        // and one feedback paragraph.
        let links: String = (1..=30)
            .map(|k| format!("<li><a href=/e{k}>Event number {k} of the month</a></li>"))
            .collect();
        let days: String = (1..=30)
            .map(|d| format!("<div>{d:02}. November</div>"))
            .collect();
        let sidebar = format!(
            "<div><ul>{links}</ul><p>Tell us what you like and what you do not: we read every \
             message, welcome your praise and take your criticism seriously.</p><div>{days}</div></div>"
        );
        let (blocks, _) = segment(&page(&sidebar));
        let kept = texts(&blocks);
        assert!(kept.iter().all(|t| !t.contains("Tell us what")), "{kept:?}");
    }

    #[test]
    fn a_boilerplate_class_on_every_section_is_the_articles_layout() {
        // Each section alone holds a small part of the article; together, most of it.
        let section = |class: &str, n: usize| {
            format!("<section class=\"{class}\"><h2>Part {n}</h2><p>{PROSE}</p><p>{PROSE}</p></section>")
        };
        let page = |class: &str| {
            let sections: String = (0..4).map(|n| section(class, n)).collect();
            format!("<html><body><article><p>{PROSE}</p>{sections}<div class=\"ad-box\"><p>Buy the better grill now and save a lot of money today.</p></div></article></body></html>")
        };
        let (all, _) = segment(&page("report-section report-section--ads"));
        let kept = texts(&all);
        assert_eq!(kept.iter().filter(|t| t.starts_with("Part")).count(), 4);
        assert_eq!(kept.iter().filter(|&&t| t == PROSE).count(), 9);
        // The one box with its own class stays out.
        assert!(!kept.iter().any(|t| t.starts_with("Buy")));
        // A class shared by sections that hold little of the article marks them out.
        let few = format!(
            "<html><body><article>{}{}<div class=\"ads\"><p>{PROSE}</p></div><div class=\"ads\"><p>{PROSE}</p></div></article></body></html>",
            body(),
            body()
        );
        let (all, _) = segment(&few);
        assert_eq!(texts(&all).len(), 8);
        // A gallery whose text is the caption under each slide.
        let slides: String = (0..6)
            .map(|n| format!("<figure class=\"slide\"><figcaption class=\"slide-caption\"><p>Idea {n}</p><p>{PROSE}</p></figcaption></figure>"))
            .collect();
        let gallery = format!("<html><body><article><h1>Ideas</h1><p>{PROSE}</p><div class=\"slides\">{slides}</div></article></body></html>");
        let (all, _) = segment(&gallery);
        assert_eq!(texts(&all).iter().filter(|&&t| t == PROSE).count(), 7);
        // One section with a name of its own besides the shared ones is part of the
        // layout; a box with only some of the shared names is not.
        let sections: String = (0..4)
            .map(|n| section("report-section report-section--ads", n))
            .collect();
        let page = format!("<html><body><article><p>{PROSE}</p>{sections}{}<div class=\"report-section--ads\"><p>Buy the better grill now and save a lot of money today.</p></div></article></body></html>", section("report-section report-section--verdict report-section--ads", 4));
        let (all, _) = segment(&page);
        let kept = texts(&all);
        assert_eq!(kept.iter().filter(|t| t.starts_with("Part")).count(), 5);
        assert!(!kept.iter().any(|t| t.starts_with("Buy")));
    }

    /// Four paragraphs of body text.
    fn body() -> String {
        (0..4).map(|_| format!("<p>{PROSE}</p>")).collect()
    }

    /// A list of links to other stories: beside the body, it weighs against their
    /// common parent, so the body's own element is chosen as the article.
    fn other_stories() -> String {
        (0..12)
            .map(|i| {
                format!("<li><a href=/s{i}>Another story from the town hall, number {i}</a></li>")
            })
            .collect()
    }

    #[test]
    fn brings_back_the_standfirst_beside_an_outside_headline() {
        let (body, links) = (body(), other_stories());
        let page = |lead: &str| {
            format!(
                "<html><body><div class=top><div class=head><h1>Library stays open</h1>{lead}\
                 <div class=sharing><a href=#>Share</a></div></div>\
                 <div class=col><div id=body>{body}</div><ul class=more>{links}</ul></div></div></body></html>"
            )
        };
        let lead = "<p class=intro>The council has voted to keep the town's only library open, after months of protest by its readers.</p>";
        let (all, _) = segment(&page(lead));
        let kept_texts = texts(&all);
        assert_eq!(kept_texts[0], "Library stays open");
        assert_eq!(
            kept_texts[1],
            "The council has voted to keep the town's only library open, after months of protest by its readers."
        );
        assert_eq!(kept_texts[2], PROSE);
        // A short line or a link beside the headline stays out.
        for other in [
            "<p>Updated Tuesday.</p>",
            "<p><a href=/x>The council has voted to keep the town's only library open, after months of protest by its readers.</a></p>",
        ] {
            let (all, _) = segment(&page(other));
            assert_eq!(texts(&all)[..2], ["Library stays open", PROSE], "{other}");
        }
    }

    #[test]
    fn brings_back_the_summary_the_page_describes_itself_with() {
        let (body, links) = (body(), other_stories());
        let summary =
            "The library in the old town stays open: the council voted for it late on Tuesday night, after a long debate.";
        let page = |description: &str| {
            format!(
                "<html><head><meta property=\"og:description\" content=\"{description}\"></head><body>\
                 <div class=player><p>{summary}</p><ul>{links}</ul></div>\
                 <div id=body><h2>Library stays open</h2>{body}</div></body></html>"
            )
        };
        let (all, _) = segment(&page(summary));
        assert_eq!(texts(&all)[..2], [summary, "Library stays open"]);
        // The description may be cut short; another description brings nothing back.
        let (all, _) = segment(&page(
            "The library in the old town stays open: the council…",
        ));
        assert_eq!(texts(&all)[0], summary);
        let (all, _) = segment(&page(
            "A page about the town's libraries, museums and parks.",
        ));
        assert_eq!(texts(&all)[0], "Library stays open");
    }

    #[test]
    fn brings_back_a_distant_headline_the_page_declares_as_its_title() {
        let (body, links) = (body(), other_stories());
        let page = |head: &str| {
            format!(
                "<html><head>{head}</head><body><div class=page><div class=top><div class=hero>\
                 <div class=inner><header><h1>Library stays open</h1></header></div></div></div>\
                 <div class=main><div class=col><div class=wrap><div id=body>{body}</div>\
                 <ul>{links}</ul></div></div></div></div></body></html>"
            )
        };
        let declared = "<meta property=\"og:title\" content=\"Library stays open\">";
        let (all, _) = segment(&page(declared));
        assert_eq!(texts(&all)[..2], ["Library stays open", PROSE]);
        // Too far from the article to be taken on its position alone.
        let (all, _) = segment(&page(""));
        assert_eq!(texts(&all)[0], PROSE);
    }

    #[test]
    fn named_anchors_are_not_links() {
        let links = |open: &str| {
            let page = format!(
                "<html><body><article><p>{PROSE}</p><p>{open}Was the council</a> right \
                 to vote so, after such a long and heated debate?</p></article></body></html>"
            );
            let (all, _) = segment(&page);
            kept(&all)[1].links.clone()
        };
        assert!(links("<a name=\"q1\">").is_empty());
        assert_eq!(links("<a href=/q1>"), vec![0..15]);
        // Without `href` or `name`, a script's button or menu entry: still a link.
        assert_eq!(links("<a class=more>"), vec![0..15]);
    }

    #[test]
    fn line_breaks_split_blocks_of_one_paragraph() {
        let page = format!("<html><body><article><p>{PROSE}</p><p>One line<br>and the next</p></article></body></html>");
        let (all, _) = segment(&page);
        let blocks: Vec<Block> = kept(&all).into_iter().cloned().collect();
        assert_eq!(texts(&blocks), [PROSE, "One line", "and the next"]);
        assert_eq!(blocks[1].para, blocks[2].para);
        assert_ne!(blocks[0].para, blocks[1].para);
    }

    #[test]
    fn spans_point_into_the_source() {
        let page = format!("<html><body><article><p>{PROSE}</p><p>Second   paragraph\nhere.</p></article></body></html>");
        let (all, _) = segment(&page);
        let blocks = kept(&all);
        assert_eq!(&page[blocks[0].span.clone()], PROSE);
        assert_eq!(&page[blocks[1].span.clone()], "Second   paragraph\nhere.");
    }

    #[test]
    fn empty_and_text_free_pages_give_no_blocks() {
        for page in [
            "",
            "<html></html>",
            "<script>var x = 1;</script>",
            "<div> \n </div><img src=x>",
        ] {
            assert!(kept(&segment(page).0).is_empty(), "{page:?}");
        }
    }

    #[test]
    fn code_in_pre_is_one_block_between_fences() {
        let page = |pre: &str| {
            format!(
                "<html><body><article><p>{PROSE}</p>{pre}<p>{PROSE}</p></article></body></html>"
            )
        };
        // Said by the markup: a <code> inside, or a highlighter's class around it.
        for pre in [
            "<pre><code>x  =  1\n\nprint(x)</code></pre>",
            "<div class=\"highlight\"><pre><span>x</span>  =  1\n\nprint(x)</pre></div>",
        ] {
            let page = page(pre);
            let (blocks, _) = segment(&page);
            let code: Vec<&Block> = kept(&blocks)
                .into_iter()
                .filter(|b| b.kind == BlockKind::Preformatted)
                .collect();
            assert_eq!(code.len(), 1, "{pre}");
            assert_eq!(code[0].text, "```\nx  =  1\n\nprint(x)\n```");
            assert_eq!(&page[code[0].span.clone()][..1], "x", "{pre}");
        }
        // Said by the text: indented lines.
        let (blocks, _) = segment(&page("<pre>if ready:\n    go()\n    stop()</pre>"));
        assert!(texts(&blocks).contains(&"```\nif ready:\n    go()\n    stop()\n```"));
    }

    #[test]
    fn prose_in_pre_stays_lines() {
        let mail = "<pre>Hello all,\nthe meeting moves to Friday at noon.\n\nRegards,\nAnna</pre>";
        let (blocks, _) = segment(&format!(
            "<html><body><article><p>{PROSE}</p>{mail}</article></body></html>"
        ));
        let texts = texts(&blocks);
        assert!(
            texts.contains(&"the meeting moves to Friday at noon."),
            "{texts:?}"
        );
        assert!(kept(&blocks)
            .iter()
            .all(|b| b.kind != BlockKind::Preformatted));
    }

    proptest::proptest! {
        /// The locator's search finds the first occurrence, as a plain scan does, for
        /// haystacks shorter and longer than the vectorized search's minimum.
        #[test]
        fn byte_search_finds_the_first_occurrence(
            hay in proptest::collection::vec(proptest::sample::select(b"abc <>\xc3\xa9".to_vec()), 0..200),
            needle in proptest::collection::vec(proptest::sample::select(b"abc <>\xc3\xa9".to_vec()), 0..6),
        ) {
            let expected = if needle.is_empty() {
                None
            } else {
                hay.windows(needle.len()).position(|w| w == needle.as_slice())
            };
            proptest::prop_assert_eq!(find_bytes(&hay, &needle), expected);
        }
    }
}
