//! What an element's tag, attributes, `class` and `id` say about its role on the page:
//! hidden, never content (scripts, navigation), likely boilerplate (share bars, related
//! links, cookie banners), or likely the article. Token checks work on borrowed slices
//! so the walk over a large page allocates nothing per element.

use scraper::node::Element;

/// Tags whose content is never article text. (`nav`, `aside` and `figure` are not
/// dropped outright but marked boilerplate by [`signal`]: a few sites put the whole
/// article inside one.)
#[rustfmt::skip]
pub fn is_dropped_tag(tag: &str) -> bool {
    matches!(
        tag,
        "script" | "style" | "noscript" | "template" | "svg" | "math" | "iframe" | "object"
            | "embed" | "video" | "audio" | "canvas" | "title" | "button" | "select" | "input"
            | "textarea" | "rt" | "rp" | "map" | "dialog" | "img" | "picture" | "source" | "label"
    )
}

/// Elements whose boundaries separate blocks of text.
#[rustfmt::skip]
pub fn is_block_tag(tag: &str) -> bool {
    matches!(
        tag,
        "address" | "article" | "blockquote" | "body" | "center" | "dd" | "details" | "dir"
            | "div" | "dl" | "dt" | "fieldset" | "footer" | "form" | "h1" | "h2" | "h3" | "h4"
            | "h5" | "h6" | "header" | "hgroup" | "hr" | "html" | "li" | "main" | "menu" | "ol"
            | "p" | "pre" | "section" | "summary" | "table" | "tbody" | "thead" | "tfoot" | "tr"
            | "ul" | "caption" | "legend" | "nav" | "aside" | "figure" | "figcaption"
    )
}

/// Whether the element is hidden from readers by its attributes.
pub fn is_hidden(el: &Element) -> bool {
    if el.attr("hidden").is_some()
        || el
            .attr("aria-hidden")
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
    {
        return true;
    }
    el.attr("style").is_some_and(|style| {
        let squeezed: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        squeezed.contains("display:none") || squeezed.contains("visibility:hidden")
    })
}

/// A role an element's markup suggests.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Signal {
    /// Marked as the article: `<article>`, `<main>`, `itemprop=articleBody`,
    /// `role=main`, or class/id tokens such as `article-body`, `entry-content`.
    pub article: bool,
    /// Markup says boilerplate: class/id tokens such as `share`, `related`, `cookie`, or
    /// tags such as `<header>`, `<footer>`, `<form>`.
    pub boilerplate: bool,
    /// Boilerplate by a mark that no amount of text overrules (comment sections).
    pub firm: bool,
    /// `<header>`: boilerplate only outside the article.
    pub frame: bool,
    /// Boilerplate by a teaser mark only, which does not count inside the article.
    pub teaser: bool,
    /// `<form>`: boilerplate unless it holds much of the page's text (some sites wrap
    /// the whole page, or a product description, in a form).
    pub form: bool,
}

/// Class and id tokens that mark the article text.
#[rustfmt::skip]
const ARTICLE_TOKENS: &[&str] = &[
    "article", "articlebody", "articletext", "artikel", "content", "story", "storybody", "body",
    "text", "entry", "post", "postbody", "main", "blog", "news", "richtext", "prose", "single",
    "beitrag", "inhalt", "haupttext", "fliesstext", "bodytext", "maincontent",
];

/// Class and id tokens that mark boilerplate.
#[rustfmt::skip]
const BOILERPLATE_TOKENS: &[&str] = &[
    "related", "relatedposts", "share", "shares", "sharing", "sharebar", "social", "socials",
    "promo", "promotion", "newsletter", "subscribe", "subscription", "abo", "cookie", "cookies",
    "consent", "gdpr", "breadcrumb", "breadcrumbs", "tags", "tagcloud", "taglist", "caption",
    "byline", "footer", "sidebar", "nav", "navigation", "navbar", "menu",
    "ad", "ads", "advert", "adverts", "advertisement", "anzeige", "werbung", "banner", "sponsor",
    "sponsored", "popup", "modal", "overlay", "meta", "author", "authors", "print", "rating",
    "recommended", "recommendations", "outbrain", "taboola", "pagination", "pager", "login",
    "signup", "paywall", "toolbar", "masthead", "header", "copyright", "credit", "credits",
    "lightbox", "carousel", "slider", "slideshow", "gallery", "skip", "dateline", "date",
    "timestamp", "published", "keywords", "topics", "more", "readmore", "follow", "disclaimer",
    "noprint", "shariff", "addthis", "jump", "toc", "feedback", "tweet", "embed", "instagram",
    "picture", "photo", "annotation", "bildunterschrift", "bildnachweis", "donate", "donation",
    "spende", "bio", "cta", "notice", "newsticker", "ticker", "recirculation", "trending",
    "popular", "mostread", "latest", "weitere", "empfehlungen", "kicker", "eyebrow", "overline",
    "dachzeile", "rubrik", "ressort", "contact", "kontakt", "formular", "aside", "assinatura",
    "disclosure", "license", "licence", "citation",
];

/// Tokens that mark boilerplate outside the article but not inside it: a teaser box
/// on a page links to other articles, a teaser text inside the article is its lead.
#[rustfmt::skip]
const TEASER_TOKENS: &[&str] = &["teaser", "teasers", "teasertext"];

/// Tokens that mark boilerplate only in a short class name (`widget`, `widget_text`):
/// page builders put them into every long one (`builder-widget-container`).
#[rustfmt::skip]
const SHORT_NAME_TOKENS: &[&str] = &[
    "widget", "widgets", "textwidget", "widgetcontainer", "legend",
];

/// Tokens that mark boilerplate however much text it holds: comment sections,
/// related-article lists, share bars, sign-up and consent prompts.
#[rustfmt::skip]
const FIRM_TOKENS: &[&str] = &[
    "comment", "comments", "commentlist", "disqus", "respond", "kommentar", "kommentare",
    "replies", "related", "relatedposts", "share", "sharing", "sharebar", "shariff", "addthis",
    "newsletter", "subscribe", "subscription", "cookie", "cookies", "consent", "gdpr", "paywall",
    "affiliate", "webform",
];

/// The signal of one element, from its tag and attributes.
pub fn signal(el: &Element) -> Signal {
    let tag = el.name();
    let mut s = Signal {
        article: matches!(tag, "article" | "main"),
        boilerplate: matches!(
            tag,
            "header" | "footer" | "form" | "nav" | "aside" | "figure" | "figcaption" | "address"
        ),
        firm: tag == "nav",
        // An article's own header holds its headline; its footer holds tags, share
        // links and notes about the author, so only the header is spared.
        frame: tag == "header",
        form: tag == "form",
        teaser: false,
    };
    if let Some(prop) = el.attr("itemprop") {
        s.article |= prop
            .split_ascii_whitespace()
            .any(|p| p.eq_ignore_ascii_case("articleBody"));
    }
    if let Some(role) = el.attr("role") {
        match role.trim().to_ascii_lowercase().as_str() {
            "main" | "article" => s.article = true,
            "navigation" | "banner" | "contentinfo" | "complementary" | "search" | "dialog"
            | "alert" | "menu" => {
                s.boilerplate = true;
                s.firm = true;
            }
            _ => {}
        }
    }
    let (mut positive, mut negative, mut comments, mut teaser) = (false, false, false, false);
    // Each class name counts once: a name with a boilerplate token ("post-footer",
    // "caption-text") is boilerplate, a name with only article tokens is article.
    // Custom elements (`<pp-inline-teaser>`) name their role like a class does.
    let custom = tag.contains('-').then_some(tag);
    for value in [el.attr("class"), el.attr("id"), custom]
        .into_iter()
        .flatten()
    {
        for name in value.split_ascii_whitespace() {
            let (mut good, mut bad, mut comment, mut teasing) = (false, false, false, false);
            let short = tokens(name).nth(2).is_none();
            for token in tokens(name) {
                teasing |= TEASER_TOKENS.iter().any(|w| token.eq_ignore_ascii_case(w));
                bad |= short
                    && SHORT_NAME_TOKENS
                        .iter()
                        .any(|w| token.eq_ignore_ascii_case(w));
                comment |= FIRM_TOKENS.iter().any(|w| token.eq_ignore_ascii_case(w));
                bad |= BOILERPLATE_TOKENS
                    .iter()
                    .any(|w| token.eq_ignore_ascii_case(w));
                good |= ARTICLE_TOKENS.iter().any(|w| token.eq_ignore_ascii_case(w));
            }
            comments |= comment;
            negative |= bad || comment;
            teaser |= teasing && !bad && !comment;
            positive |= good && !bad && !comment && !teasing;
        }
    }
    // `<article>` and `itemprop=articleBody` say more than class names, which on such
    // elements often list the post's tags and categories; and a class list with both
    // kinds of name ("post hentry category-comments") is left neutral: one stray name
    // must not drop an article.
    let marked = s.article;
    let boilerplate = (negative || teaser) && !positive && !marked;
    s.teaser = teaser && !negative && !s.boilerplate;
    s.firm |= comments && boilerplate;
    s.boilerplate |= boilerplate || s.firm;
    s.article |= positive && !negative;
    s
}

/// The tokens of a class or id value: split on anything but letters and digits and at
/// lower-to-upper case changes (`relatedPosts` → `related`, `Posts`).
pub fn tokens(value: &str) -> impl Iterator<Item = &str> {
    value
        .split(|c: char| !c.is_ascii_alphanumeric())
        .flat_map(split_camel)
        .filter(|t| !t.is_empty())
}

fn split_camel(word: &str) -> impl Iterator<Item = &str> {
    let bytes = word.as_bytes();
    let mut start = 0;
    let mut at = 1;
    std::iter::from_fn(move || {
        if start >= bytes.len() {
            return None;
        }
        while at < bytes.len() {
            let cut = bytes[at].is_ascii_uppercase() && bytes[at - 1].is_ascii_lowercase();
            at += 1;
            if cut {
                let token = &word[start..at - 1];
                start = at - 1;
                return Some(token);
            }
        }
        let token = &word[start..];
        start = bytes.len();
        Some(token)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_tokens() {
        let t: Vec<&str> = tokens("article-body relatedPosts  share_bar").collect();
        assert_eq!(t, ["article", "body", "related", "Posts", "share", "bar"]);
        assert_eq!(tokens("").count(), 0);
    }

    fn element(html: &str) -> scraper::node::Element {
        let doc = scraper::Html::parse_fragment(html);
        let el = doc
            .root_element()
            .first_child()
            .and_then(|n| n.value().as_element().cloned());
        el.expect("one element")
    }

    #[test]
    fn reads_signals() {
        assert!(signal(&element("<div class=\"article-body\"></div>")).article);
        assert!(signal(&element("<div class=\"social-share\"></div>")).boilerplate);
        assert!(signal(&element("<section id=\"comments\"></section>")).firm);
        assert!(signal(&element("<article></article>")).article);
        let mixed = signal(&element("<div class=\"image-caption-text\"></div>"));
        assert!(mixed.boilerplate && !mixed.article);
        assert!(is_hidden(&element("<div style=\"display: none\"></div>")));
        assert!(is_hidden(&element("<div aria-hidden=\"true\"></div>")));
        assert!(!is_hidden(&element("<div style=\"color: red\"></div>")));
    }
}
