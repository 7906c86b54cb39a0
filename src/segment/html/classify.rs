//! What an element's tag, attributes, `class` and `id` say about its role on the page:
//! hidden, never content (scripts, navigation), likely boilerplate (share bars, related
//! links, cookie banners), or likely the article. Token checks work on borrowed slices
//! so the walk over a large page allocates nothing per element.

use std::collections::HashMap;
use std::sync::LazyLock;

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

/// Whether a `class` attribute names code or a code highlighter (`language-rust`,
/// `highlight`, `hljs`, `prettyprint`, `wp-block-code`, `brush: js`, `console`): said of a
/// `<pre>` or the few elements around it, the text inside is code.
pub fn names_code(class: &str) -> bool {
    class
        .split(|c: char| c.is_whitespace() || matches!(c, '-' | '_' | ':' | ';'))
        .any(|token| {
            let token = token.to_ascii_lowercase();
            matches!(
                token.as_str(),
                "code"
                    | "codehilite"
                    | "highlight"
                    | "highlighter"
                    | "highlighted"
                    | "hljs"
                    | "sourcecode"
                    | "prettyprint"
                    | "prettyprinted"
                    | "brush"
                    | "syntax"
                    | "syntaxhighlighter"
                    | "language"
                    | "lang"
                    | "prism"
                    | "console"
                    | "shell"
                    | "terminal"
                    | "programlisting"
                    | "listing"
                    | "snippet"
            )
        })
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

/// The attributes extraction reads, gathered in one pass over an element's
/// attributes (looking each up by name would intern the name every time).
#[derive(Debug, Clone, Copy, Default)]
pub struct Attrs<'a> {
    pub class: Option<&'a str>,
    pub id: Option<&'a str>,
    pub style: Option<&'a str>,
    pub hidden: bool,
    pub aria_hidden: Option<&'a str>,
    pub itemprop: Option<&'a str>,
    /// An `itemscope` attribute: the element is a microdata item (a Person, say).
    pub itemscope: bool,
    pub role: Option<&'a str>,
    pub rel: Option<&'a str>,
    /// An `href` attribute.
    pub href: bool,
    /// A `name` attribute: `<a name=…>` without `href` is a named anchor, a place in
    /// the text, not a link.
    pub name: bool,
}

impl<'a> Attrs<'a> {
    pub fn of(el: &'a Element) -> Self {
        let mut a = Attrs::default();
        for (name, value) in el.attrs() {
            match name {
                "class" => a.class = Some(value),
                "id" => a.id = Some(value),
                "style" => a.style = Some(value),
                "hidden" => a.hidden = true,
                "aria-hidden" => a.aria_hidden = Some(value),
                "itemprop" => a.itemprop = Some(value),
                "itemscope" => a.itemscope = true,
                "role" => a.role = Some(value),
                "rel" => a.rel = Some(value),
                "href" => a.href = true,
                "name" => a.name = true,
                _ => {}
            }
        }
        a
    }
}

impl Attrs<'_> {
    /// Whether an `<a>` with these attributes is a link. An `<a>` with neither `href`
    /// nor `name` is a link all the same: scripts make such ones into buttons and
    /// menu entries.
    pub fn links(&self) -> bool {
        self.href || !self.name
    }
}

/// Whether the element is hidden from readers by its attributes.
pub fn is_hidden(a: &Attrs) -> bool {
    if a.hidden
        || a.aria_hidden
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
    {
        return true;
    }
    a.style.is_some_and(|style| {
        let lower = style.to_ascii_lowercase();
        if !lower.contains("none") && !lower.contains("hidden") {
            return false;
        }
        let squeezed: String = lower.chars().filter(|c| !c.is_whitespace()).collect();
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
    /// The page's author as a microdata item in a block of its own
    /// (`itemprop=author itemscope`): a byline when it holds a name, an author box
    /// (boilerplate) when it holds more, a biography and links to profiles.
    pub author_item: bool,
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
    "disclosure", "license", "licence", "citation", "userinfo", "memberinfo", "authorinfo",
    "postprofile",
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

const ARTICLE: u8 = 1;
const BOILERPLATE: u8 = 2;
const FIRM: u8 = 4;
const TEASER: u8 = 8;
const SHORT_NAME: u8 = 16;

/// Every listed token with the lists it is on, for one hash lookup per token.
static TOKEN_KINDS: LazyLock<HashMap<&'static str, u8>> = LazyLock::new(|| {
    let mut kinds: HashMap<&'static str, u8> = HashMap::new();
    for (list, kind) in [
        (ARTICLE_TOKENS, ARTICLE),
        (BOILERPLATE_TOKENS, BOILERPLATE),
        (FIRM_TOKENS, FIRM),
        (TEASER_TOKENS, TEASER),
        (SHORT_NAME_TOKENS, SHORT_NAME),
    ] {
        for word in list {
            *kinds.entry(word).or_default() |= kind;
        }
    }
    kinds
});

/// The lists a class-name token is on (compared case-insensitively), as bits.
fn token_kind(token: &str) -> u8 {
    let mut buf = [0u8; 32];
    let Some(lower) = buf.get_mut(..token.len()) else {
        return 0;
    };
    lower.copy_from_slice(token.as_bytes());
    lower.make_ascii_lowercase();
    std::str::from_utf8(lower)
        .ok()
        .and_then(|t| TOKEN_KINDS.get(t))
        .copied()
        .unwrap_or(0)
}

/// Tokens of a comment section: on a forum's page the posts are the text.
const COMMENT_TOKENS: &[&str] = &[
    "comment",
    "comments",
    "commentlist",
    "kommentar",
    "kommentare",
    "replies",
    "respond",
];

/// Whether the page's outer element (`<body>`, `<html>`) names it a forum thread.
pub fn is_forum_page(a: &Attrs) -> bool {
    [a.class, a.id].into_iter().flatten().any(|v| {
        tokens(v).any(|t| {
            ["forum", "thread", "discussion", "viewtopic", "showthread"]
                .iter()
                .any(|f| t.eq_ignore_ascii_case(f))
        })
    })
}

/// The signal of one element, from its tag and attributes; `forum` on a page whose
/// comments are its text (a forum thread), where comment tokens mark nothing.
pub fn signal(tag: &str, a: &Attrs, forum: bool) -> Signal {
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
        author_item: false,
    };
    if let Some(prop) = a.itemprop {
        s.article |= prop
            .split_ascii_whitespace()
            .any(|p| p.eq_ignore_ascii_case("articleBody"));
        s.author_item = a.itemscope
            && is_block_tag(tag)
            && prop
                .split_ascii_whitespace()
                .any(|p| p.eq_ignore_ascii_case("author"));
    }
    if let Some(role) = a.role {
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
    // A custom element named for navigation (`<pp-navigation-item>`) is a `<nav>`.
    if tag.contains('-')
        && tokens(tag).any(|t| matches!(t, "nav" | "navigation" | "navbar" | "menu"))
    {
        s.boilerplate = true;
        s.firm = true;
    }
    let (mut positive, mut negative, mut comments, mut teaser) = (false, false, false, false);
    // Each class name counts once: a name with a boilerplate token ("post-footer",
    // "caption-text") is boilerplate, a name with only article tokens is article.
    // Custom elements (`<pp-inline-teaser>`) name their role like a class does.
    let custom = tag.contains('-').then_some(tag);
    for value in [a.class, a.id, custom].into_iter().flatten() {
        for name in value.split_ascii_whitespace() {
            let (mut good, mut bad, mut comment, mut teasing) = (false, false, false, false);
            let short = tokens(name).nth(2).is_none();
            for token in tokens(name) {
                let kind = if forum && COMMENT_TOKENS.iter().any(|c| token.eq_ignore_ascii_case(c))
                {
                    0
                } else {
                    token_kind(token)
                };
                teasing |= kind & TEASER != 0;
                bad |= kind & SHORT_NAME != 0 && short;
                comment |= kind & FIRM != 0;
                bad |= kind & BOILERPLATE != 0;
                good |= kind & ARTICLE != 0;
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
    fn classes_that_name_code() {
        for class in [
            "language-rust",
            "highlight",
            "wp-block-code",
            "brush: js",
            "hljs python",
        ] {
            assert!(names_code(class), "{class}");
        }
        for class in ["address", "entry-content", "codename", "postcode-field"] {
            assert!(!names_code(class), "{class}");
        }
    }

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
        let sig = |html: &str| {
            let el = element(html);
            signal(el.name(), &Attrs::of(&el), false)
        };
        assert!(sig("<div class=\"article-body\"></div>").article);
        assert!(sig("<div class=\"social-share\"></div>").boilerplate);
        assert!(sig("<section id=\"comments\"></section>").firm);
        assert!(sig("<article></article>").article);
        // A forum post's profile box: the poster's name, rank and counts.
        assert!(sig("<dl class=\"postprofile\"></dl>").boilerplate);
        assert!(sig("<div class=\"userinfo\"></div>").boilerplate);
        let mixed = sig("<div class=\"image-caption-text\"></div>");
        assert!(mixed.boilerplate && !mixed.article);
        assert!(is_hidden(&Attrs::of(&element(
            "<div style=\"display: none\"></div>"
        ))));
        assert!(is_hidden(&Attrs::of(&element(
            "<div aria-hidden=\"true\"></div>"
        ))));
        assert!(!is_hidden(&Attrs::of(&element(
            "<div style=\"color: red\"></div>"
        ))));
    }

    #[test]
    fn custom_navigation_elements_are_nav() {
        let sig = |html: &str| {
            let el = element(html);
            signal(el.name(), &Attrs::of(&el), false)
        };
        let nav = sig("<pp-navigation-desktop-item></pp-navigation-desktop-item>");
        assert!(nav.boilerplate && nav.firm);
        assert!(sig("<x-site-menu></x-site-menu>").firm);
        // A class name with "menu" stays a soft mark, as does a custom element that
        // does not name navigation.
        let class = sig("<div class=\"menu-card\"></div>");
        assert!(class.boilerplate && !class.firm);
        assert!(!sig("<pp-text-inline></pp-text-inline>").firm);
        assert!(!sig("<menuette-list></menuette-list>").firm);
    }
}
