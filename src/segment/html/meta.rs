//! Page metadata: title, authors, date, publisher, canonical URL and language, from
//! meta tags, JSON-LD, microdata and the visible page (`<h1>`, `<time>`, bylines).
//! Every value records where it came from. JSON-LD that does not parse is skipped.

use ego_tree::NodeRef;
use scraper::node::Element;
use scraper::Node;
use serde_json::Value;

use super::classify;
use crate::segment::{Found, PageMeta};
use crate::{authors, dates, shape};

/// Longest text taken from one element (a byline, a title).
const MAX_FIELD_CHARS: usize = 300;
/// JSON-LD blocks kept per page; pages with more are not articles.
const MAX_JSON_LD: usize = 16;

/// What the walk saw; turned into [`PageMeta`] by [`Collector::finish`].
#[derive(Debug, Default)]
pub struct Collector {
    lang: Option<String>,
    title: Option<String>,
    /// `(key, value)`: key is a meta tag's `property`/`name`/`http-equiv` or
    /// `itemprop:<name>` for microdata, lowercase.
    metas: Vec<(String, String)>,
    canonical: Option<String>,
    json_ld: Vec<String>,
    time: Option<String>,
    /// The first date read from the text of an element marked as a date (a `<time>`
    /// without `datetime`, a class such as `post-date` or `datum`).
    date_text: Option<String>,
    bylines: Vec<String>,
}

/// Metadata plus the article text a page declares in JSON-LD (`articleBody`).
#[derive(Debug, Default)]
pub struct Declared {
    pub meta: PageMeta,
    pub article_body: Option<String>,
    /// The page's summary of itself (`og:description`, `description`).
    pub description: Option<String>,
}

impl Collector {
    /// Looks at one element on the way down (every element, dropped ones included).
    pub fn element(&mut self, node: NodeRef<Node>, el: &Element, attrs: &classify::Attrs) {
        match el.name() {
            "html" if self.lang.is_none() => {
                self.lang = el
                    .attr("lang")
                    .or_else(|| el.attr("xml:lang"))
                    .map(clean_value)
                    .filter(|v| !v.is_empty());
            }
            "title" if self.title.is_none() => {
                self.title = Some(text_of(node)).filter(|t| !t.is_empty());
            }
            "meta" => {
                let key = el
                    .attr("property")
                    .or_else(|| el.attr("name"))
                    .or_else(|| el.attr("http-equiv"))
                    .or_else(|| el.attr("itemprop"));
                if let (Some(key), Some(content)) = (key, el.attr("content")) {
                    self.push_meta(key.trim().to_ascii_lowercase(), clean_value(content));
                }
            }
            "link" => {
                let canonical = el.attr("rel").is_some_and(|r| {
                    r.split_ascii_whitespace()
                        .any(|t| t.eq_ignore_ascii_case("canonical"))
                });
                if canonical && self.canonical.is_none() {
                    self.canonical = el.attr("href").map(clean_value).filter(|v| !v.is_empty());
                }
            }
            "script" => {
                let ld = el
                    .attr("type")
                    .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
                if ld && self.json_ld.len() < MAX_JSON_LD {
                    let raw: String = node
                        .children()
                        .filter_map(|c| c.value().as_text().map(|t| &**t))
                        .collect();
                    self.json_ld.push(raw);
                }
            }
            "time" if self.time.is_none() => {
                self.time = el.attr("datetime").and_then(dates::parse_date);
            }
            _ => {}
        }
        if self.date_text.is_none()
            && (el.name() == "time" && el.attr("datetime").is_none() && !is_other_date(attrs)
                || is_date_element(attrs))
        {
            self.date_text = date_in(&text_of(node));
        }
        if el.name() != "meta" {
            if let Some(prop) = attrs.itemprop {
                self.microdata(node, el, prop);
            }
        }
        // A link to the author's page ("/author/jane/") names the author when nothing
        // marks a byline: the first such link only, since a list of other posts may
        // link their authors too.
        let author_link = el.name() == "a"
            && self.bylines.is_empty()
            && el.attr("href").is_some_and(is_author_url);
        if self.bylines.len() < 4 && (is_byline(attrs) || author_link) {
            let text = text_of(node);
            if !text.is_empty() && text.chars().count() <= 120 {
                self.bylines.push(text);
            }
        }
    }

    fn push_meta(&mut self, key: String, value: String) {
        if !value.is_empty() && self.metas.len() < 512 {
            self.metas.push((key, value));
        }
    }

    fn microdata(&mut self, node: NodeRef<Node>, el: &Element, prop: &str) {
        for name in prop.split_ascii_whitespace() {
            let name = name.to_ascii_lowercase();
            if !matches!(
                name.as_str(),
                "author" | "datepublished" | "headline" | "publisher"
            ) {
                continue;
            }
            // An author given as an item (`itemscope`, a Person or an Organization) is
            // named by its own `name` property; the rest of its text is a biography,
            // a role, a link to the writer's posts.
            let item_name = (name == "author" && el.attr("itemscope").is_some())
                .then(|| item_name(node))
                .flatten();
            let value = el
                .attr("content")
                .or_else(|| el.attr("datetime"))
                .map(clean_value)
                .or(item_name)
                .unwrap_or_else(|| text_of(node));
            self.push_meta(format!("itemprop:{name}"), value);
        }
    }

    fn meta(&self, key: &str) -> Option<&str> {
        self.metas
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// The page's metadata; `h1` is the text of its main heading, if it has one.
    pub fn finish(self, h1: Option<&str>) -> Declared {
        let ld = JsonLd::read(&self.json_ld);
        let mut meta = PageMeta::default();
        let publisher = first_found([
            (self.meta("og:site_name"), "og:site_name"),
            (ld.publisher.as_deref(), "json-ld:publisher"),
            (self.meta("itemprop:publisher"), "itemprop:publisher"),
            (self.meta("application-name"), "meta:application-name"),
        ]);
        let site = publisher.as_ref().map(|p| p.value.clone());
        meta.publisher = publisher;
        meta.published = [
            (
                self.meta("article:published_time"),
                "article:published_time",
            ),
            (ld.published.as_deref(), "json-ld:datePublished"),
            (
                self.meta("itemprop:datepublished"),
                "itemprop:datePublished",
            ),
            (self.meta("og:published_time"), "og:published_time"),
            (self.meta("date"), "meta:date"),
            (self.meta("pubdate"), "meta:pubdate"),
            (self.meta("publishdate"), "meta:publishdate"),
            (self.meta("dc.date.issued"), "meta:dc.date.issued"),
            (self.meta("dc.date"), "meta:dc.date"),
            (self.meta("dcterms.date"), "meta:dcterms.date"),
            (self.meta("parsely-pub-date"), "meta:parsely-pub-date"),
            (self.meta("sailthru.date"), "meta:sailthru.date"),
            (self.time.as_deref(), "time"),
            (self.date_text.as_deref(), "date-element"),
        ]
        .into_iter()
        .find_map(|(v, from)| v.and_then(dates::parse_date).map(|d| Found::new(d, from)));
        meta.url = first_found([
            (self.canonical.as_deref(), "link:canonical"),
            (self.meta("og:url"), "og:url"),
            (ld.url.as_deref(), "json-ld:url"),
        ]);
        let locale = self.meta("og:locale").map(|l| l.replace('_', "-"));
        meta.language = first_found([
            (self.lang.as_deref(), "html:lang"),
            (
                self.meta("content-language")
                    .map(|l| l.split(',').next().unwrap_or(l).trim()),
                "content-language",
            ),
            (ld.language.as_deref(), "json-ld:inLanguage"),
            (locale.as_deref(), "og:locale"),
        ]);
        let url = meta.url.as_ref().map(|u| u.value.as_str());
        let author_sources: [(Vec<String>, &str); 4] = [
            (
                self.meta("author")
                    .map(|a| vec![a.to_string()])
                    .unwrap_or_default(),
                "meta:author",
            ),
            (ld.authors.clone(), "json-ld:author"),
            (
                self.metas
                    .iter()
                    .filter(|(k, _)| k == "itemprop:author")
                    .map(|(_, v)| v.clone())
                    .collect(),
                "itemprop:author",
            ),
            (self.bylines.clone(), "byline"),
        ];
        for (values, from) in author_sources {
            let names = author_names(&values, site.as_deref(), url);
            if !names.is_empty() {
                meta.authors = names;
                meta.authors_from = from.to_string();
                break;
            }
        }
        // Lazily: cutting the site's name is asked only of the value that is taken.
        meta.title = [
            (self.meta("og:title"), true, "og:title"),
            (ld.headline.as_deref(), false, "json-ld:headline"),
            (self.meta("itemprop:headline"), false, "itemprop:headline"),
            (h1, false, "h1"),
            (self.title.as_deref(), true, "title"),
            (self.meta("twitter:title"), true, "twitter:title"),
        ]
        .into_iter()
        .find_map(|(value, cut, from)| {
            value
                .map(|t| {
                    if cut {
                        strip_author_suffix(strip_site_suffix(t, site.as_deref()), &meta.authors)
                    } else {
                        t
                    }
                })
                .map(clean_value)
                .filter(|v| !v.is_empty())
                .map(|v| Found::new(v, from))
        });
        let description = self
            .meta("og:description")
            .or_else(|| self.meta("description"))
            .map(str::to_string);
        Declared {
            meta,
            article_body: ld.body,
            description,
        }
    }
}

fn first_found<const N: usize>(candidates: [(Option<&str>, &str); N]) -> Option<Found> {
    candidates.into_iter().find_map(|(v, from)| {
        v.map(clean_value)
            .filter(|v| !v.is_empty())
            .map(|v| Found::new(v, from))
    })
}

/// Whether an element is the article's byline: `rel="author"`, or a class name with a
/// byline token (`byline`, `author-name`, `articleAuthor`) and none that makes it
/// something else about an author: a commenter (`comment-author-link`), a comment
/// form's name field (`comment-form-author`), a menu entry listing a writer's column
/// (`menu-item-object-autor`), the label before the name (`AuthorDateBlockLabel`),
/// their picture.
fn is_byline(attrs: &classify::Attrs) -> bool {
    const BYLINE: &[&str] = &["byline", "author", "autor", "authorname"];
    #[rustfmt::skip]
    const ELSE: &[&str] = &[
        "comment", "comments", "form", "reply", "respond", "menu", "nav", "label", "photo",
        "avatar", "image", "img",
    ];
    if attrs.rel.is_some_and(|r| r.eq_ignore_ascii_case("author")) {
        return true;
    }
    has_stem(attrs, &[b"byl", b"aut"]) && names_with(attrs, BYLINE, ELSE)
}

/// Whether an element's class marks it as the article's date: a class name with a
/// date token (`date`, `post-date`, `datum`, `pubdate`) and none that makes it another
/// date (a list's entries, an event's, today's, the print date, the last change, a
/// reading time).
fn is_date_element(attrs: &classify::Attrs) -> bool {
    #[rustfmt::skip]
    const DATE: &[&str] = &["date", "datum", "pubdate", "postdate", "published", "publishdate"];
    has_stem(attrs, &[b"dat", b"pub"]) && names_with(attrs, DATE, OTHER_DATES)
}

/// Class tokens of a date that is not the article's.
#[rustfmt::skip]
const OTHER_DATES: &[&str] = &[
    "list", "event", "events", "range", "today", "print", "modified", "updated", "update",
    "reading", "comment", "comments", "teaser", "related", "archive", "picker", "business",
];

/// Whether a class name of the element says its date is not the article's
/// (`js-print-date` on a `<time>`).
fn is_other_date(attrs: &classify::Attrs) -> bool {
    class_names(attrs).any(|name| classify::tokens(name).any(|t| is_one_of(t, OTHER_DATES)))
}

/// Whether the element's class attribute holds one of `stems` anywhere, in any case:
/// one pass over its bytes that turns most elements away before their class names are
/// split into tokens.
fn has_stem(attrs: &classify::Attrs, stems: &[&[u8; 3]]) -> bool {
    attrs.class.is_some_and(|class| {
        class
            .as_bytes()
            .windows(3)
            .any(|w| stems.iter().any(|s| w.eq_ignore_ascii_case(&s[..])))
    })
}

/// Whether a class name of the element has a token of `with` and none of `without`
/// (compared case-insensitively).
fn names_with(attrs: &classify::Attrs, with: &[&str], without: &[&str]) -> bool {
    class_names(attrs).any(|name| {
        classify::tokens(name).any(|t| is_one_of(t, with))
            && !classify::tokens(name).any(|t| is_one_of(t, without))
    })
}

fn class_names<'a>(attrs: &classify::Attrs<'a>) -> impl Iterator<Item = &'a str> {
    attrs.class.unwrap_or("").split_ascii_whitespace()
}

fn is_one_of(token: &str, list: &[&str]) -> bool {
    list.iter().any(|w| token.eq_ignore_ascii_case(w))
}

/// The date a date element's text gives: the whole text, or its end after a short
/// label ("Published on August 19, 2019", "Mittwoch, 26.01.2022 - 14:30").
fn date_in(text: &str) -> Option<String> {
    if text.chars().count() > 60 {
        return None;
    }
    // The date of a change is not the publication's ("Updated June 13, 2019").
    const CHANGED: &[&str] = &["update", "aktualisiert", "geändert", "modifi", "actualiz"];
    let (head, date) = dates::split_trailing_date(text)?;
    let head = head.to_lowercase();
    (head.split_whitespace().count() <= 3 && !CHANGED.iter().any(|c| head.contains(c)))
        .then_some(date)
}

/// Whether a link goes to an author's page: a path segment `author`, `authors`,
/// `autor`, `autoren`, `auteur` or `autore` before the name.
fn is_author_url(href: &str) -> bool {
    let path = href.split(['?', '#']).next().unwrap_or(href);
    let mut segments = path.split('/').filter(|s| !s.is_empty());
    while let Some(segment) = segments.next() {
        let author = ["author", "authors", "autor", "autoren", "auteur", "autore"]
            .iter()
            .any(|w| segment.eq_ignore_ascii_case(w));
        if author {
            return segments.next().is_some();
        }
    }
    false
}

/// The collapsed text of a node's subtree, cut at [`MAX_FIELD_CHARS`].
/// The `name` property of the microdata item at `node`: the first element below it
/// whose `itemprop` holds `name`, outside any item nested in it (a Person's employer
/// has a name too); its `content` attribute or its text.
fn item_name(node: NodeRef<Node>) -> Option<String> {
    // Depth first, in document order, with a stack of its own: pages nest deep.
    let mut stack: Vec<NodeRef<Node>> = node.children().rev().collect();
    while let Some(child) = stack.pop() {
        let Some(el) = child.value().as_element() else {
            continue;
        };
        let named = el.attr("itemprop").is_some_and(|p| {
            p.split_ascii_whitespace()
                .any(|t| t.eq_ignore_ascii_case("name"))
        });
        if named {
            let value = el
                .attr("content")
                .map(clean_value)
                .unwrap_or_else(|| text_of(child));
            if !value.is_empty() {
                return Some(value);
            }
        }
        if el.attr("itemscope").is_none() {
            stack.extend(child.children().rev());
        }
    }
    None
}

fn text_of(node: NodeRef<Node>) -> String {
    let mut out = String::new();
    for d in node.descendants() {
        if let Some(t) = d.value().as_text() {
            out.push_str(t);
            out.push(' ');
            if out.len() > MAX_FIELD_CHARS * 4 {
                break;
            }
        }
    }
    let collapsed = clean_value(&out);
    match collapsed.char_indices().nth(MAX_FIELD_CHARS) {
        Some((at, _)) => collapsed[..at].to_string(),
        None => collapsed,
    }
}

/// Whitespace collapsed, soft hyphens dropped, trimmed.
fn clean_value(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('\u{ad}', "")
}

/// "Headline | Site" → "Headline": a short tail after a separator is the site's name.
fn strip_site_suffix<'a>(title: &'a str, site: Option<&str>) -> &'a str {
    const SEPARATORS: [&str; 11] = [
        " | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » ", " │ ", " ⋆ ", " • ",
    ];
    let mut title = title.trim();
    // The site's name first ("TechCrunch | Headline"), when a headline of three words
    // or more follows (a page that gives its headline as the site's name puts the
    // real site's after it: "Windpark Steinheim | EnBW").
    if let Some(site) = site.map(str::trim).filter(|s| !s.is_empty()) {
        for sep in SEPARATORS {
            let head = title
                .get(..site.len())
                .filter(|h| h.eq_ignore_ascii_case(site));
            let rest = head.and_then(|_| title[site.len()..].strip_prefix(sep));
            if let Some(rest) = rest
                .map(str::trim)
                .filter(|r| r.split_whitespace().count() >= 3)
            {
                title = rest;
                break;
            }
        }
    }
    // The site's name whole, where it has a separator of its own ("Martina Berg -
    // Lady 50plus"); else a date after the site's name ("… | DW | 19.01.2020").
    if let Some(site) = site.map(str::trim).filter(|s| !s.is_empty()) {
        for sep in SEPARATORS {
            let cut = title.len().checked_sub(sep.len() + site.len());
            if let Some(cut) = cut.filter(|&c| c > 0 && title.is_char_boundary(c)) {
                let tail = &title[cut..];
                if tail.starts_with(sep) && tail[sep.len()..].eq_ignore_ascii_case(site) {
                    // What is left is the title: a part before the site's name is the
                    // title's own ("… – Geheimtipp - Site").
                    return title[..cut].trim_end();
                }
            }
        }
    }
    for sep in SEPARATORS {
        if let Some(at) = rfind_separator(title, sep) {
            let tail = title[at + sep.len()..].trim();
            // Day, month and year between dots, slashes or dashes; a year alone may
            // be the title's ("Saison 2021 - 2022").
            let parts = tail.split(['.', '/', '-']).filter(|p| !p.trim().is_empty());
            let date = parts.count() >= 3
                && tail
                    .chars()
                    .all(|c| c.is_ascii_digit() || ".-/: ".contains(c));
            if date && at > 0 {
                title = title[..at].trim_end();
                break;
            }
        }
    }
    for sep in SEPARATORS {
        if let Some(at) = rfind_separator(title, sep) {
            let (head, tail) = (title[..at].trim(), title[at + sep.len()..].trim());
            // The tail holds the site's name, or is a part of it of two words or more
            // ("… • Dustin Curtis" on "Dustin Curtis on Svbtle").
            let names_site = site.is_some_and(|s| {
                let (s, t) = (s.to_lowercase(), tail.to_lowercase());
                s == t || t.contains(&s) || tail.split_whitespace().count() >= 2 && s.contains(&t)
            });
            if !head.is_empty()
                && (names_site
                    || tail.split_whitespace().count() <= 4 && head.split_whitespace().count() >= 3)
            {
                return head;
            }
        }
    }
    title
}

/// Where `sep`, a title separator (a space, a mark, a space), last starts in `title`:
/// `str::rfind` for a title's length, without building a searcher per separator. Only
/// places holding the separator's first two bytes are compared whole.
fn rfind_separator(title: &str, sep: &str) -> Option<usize> {
    let (t, s) = (title.as_bytes(), sep.as_bytes());
    debug_assert!(s.len() >= 2 && s[0] == b' ');
    (0..=t.len().checked_sub(s.len())?)
        .rev()
        .find(|&at| t[at] == s[0] && t[at + 1] == s[1] && t[at..].starts_with(s))
}

/// "Headline - Anna Smith and Bo Lee" → "Headline": a tail after a separator that
/// names the page's authors and nothing else.
fn strip_author_suffix<'a>(title: &'a str, authors: &[String]) -> &'a str {
    if authors.is_empty() {
        return title;
    }
    let Some((at, sep)) = [" | ", " - ", " – ", " — ", " • "]
        .iter()
        .filter_map(|sep| rfind_separator(title, sep).map(|at| (at, sep.len())))
        .max()
    else {
        return title;
    };
    let tail = title[at + sep..].trim();
    let by = tail
        .get(..3)
        .filter(|b| b.eq_ignore_ascii_case("by "))
        .map_or(tail, |_| &tail[3..]);
    let all_authors = by
        .split([',', '&'])
        .flat_map(|p| p.split(" and "))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .all(|p| authors.iter().any(|a| a.eq_ignore_ascii_case(p)));
    if all_authors && at > 0 {
        title[..at].trim_end()
    } else {
        title
    }
}

/// Person names from author fields: prefixes such as "By" dropped, lists split, URLs,
/// e-mail addresses, roles, agencies and the site's own name (as `site` or the page's
/// address `url` spells it) left out; see [`authors::read`].
fn author_names(values: &[String], site: Option<&str>, url: Option<&str>) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let host = url.map(authors::Host::of).unwrap_or_default();
    for value in values {
        let value = clean_value(value);
        let mut rest = value.as_str();
        for prefix in [
            "posted by ",
            "erstellt von ",
            "verfasst von ",
            "written by ",
            "published by ",
            "veröffentlicht von ",
            "geschrieben von ",
            "publicado por ",
            "escrito por ",
            "publié par ",
            "by ",
            "von ",
            "par ",
            "por ",
            "di ",
            "door ",
            "author: ",
            "autor: ",
            "text: ",
            "von: ",
        ] {
            if rest.len() > prefix.len()
                && rest.is_char_boundary(prefix.len())
                && rest[..prefix.len()].eq_ignore_ascii_case(prefix)
            {
                rest = &rest[prefix.len()..];
            }
        }
        let rest = after_label(rest);
        for part in rest
            .split([',', ';', '|', '/', '&', '•', '·'])
            .flat_map(authors::split_at_dashes)
            .flat_map(|p| p.split(" and "))
            .flat_map(|p| p.split(" und "))
        {
            let name = part
                .trim()
                .trim_matches(|c: char| !c.is_alphanumeric() && c != '.' && c != ')');
            let name = said_twice(name).unwrap_or(name);
            let authors::Part::Person(name) = authors::read(name) else {
                continue;
            };
            if !names.contains(&name) && looks_like_name(&name, site) && !host.is_named_by(&name) {
                names.push(name);
            }
        }
    }
    names
}

/// What follows a label that ends in "by" and opens a byline's part ("Story By David
/// Brancaccio", "Text by …"); a photographer's or a video's credit is not an author's.
fn after_label(s: &str) -> &str {
    let lower = s.to_lowercase();
    let Some(at) = lower.find(" by ") else {
        return s;
    };
    let label = &lower[..at];
    let credit = [
        "photo",
        "foto",
        "image",
        "bild",
        "video",
        "illustration",
        "graphic",
    ];
    if label.split_whitespace().count() > 2 || credit.iter().any(|c| label.contains(c)) {
        return s;
    }
    // Lowercasing can change byte lengths: cut where the original's " by " is.
    match s.get(at..at + 4) {
        Some(by) if by.eq_ignore_ascii_case(" by ") => &s[at + 4..],
        _ => s,
    }
}

/// "Kathrin Führes Kathrin Führes" (a byline link that holds the name twice, once for
/// screen readers): the name once.
fn said_twice(s: &str) -> Option<&str> {
    let words: Vec<&str> = s.split_whitespace().collect();
    let half = words.len() / 2;
    if half == 0 || words.len() % 2 != 0 || words[..half] != words[half..] {
        return None;
    }
    // Where the first half's last word ends: words are slices of `s`.
    let last = words[half - 1];
    let end = last.as_ptr() as usize - s.as_ptr() as usize + last.len();
    Some(&s[..end])
}

fn looks_like_name(s: &str, site: Option<&str>) -> bool {
    // A byline's label, a placeholder where the name should be ("No Author", "Follow":
    // the button beside it), a sponsor's mark or a day in a byline's date.
    #[rustfmt::skip]
    const LABELS: &[&str] = &[
        "author", "authors", "autor", "autorin", "autoren", "auteur", "autore", "verfasser",
        "name", "nombre", "nom", "no author", "unknown", "unbekannt", "unbenannt", "follow",
        "posted", "geschrieben", "veröffentlicht", "sponsored", "gesponsert",
        "gesponserte inhalte", "anzeige", "advertorial", "phd", "md", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag",
        "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    ];
    // Lowercase words inside names beyond the shared ones ("Maria do Carmo").
    const MORE_PARTICLES: &[&str] = &["della", "e", "el", "dos", "das", "do"];
    let particle = |w: &str| shape::NAME_PARTICLES.contains(&w) || MORE_PARTICLES.contains(&w);
    // The last word of a label that stands before a name or a date: "Article by",
    // "Publiziert am", "Posted on".
    const BEFORE: &[&str] = &["by", "por", "par", "door", "am", "on"];
    let words: Vec<&str> = s.split_whitespace().collect();
    let Some(&last) = words.last() else {
        return false;
    };
    if LABELS.iter().any(|l| l.eq_ignore_ascii_case(s))
        || BEFORE.iter().any(|b| b.eq_ignore_ascii_case(last))
        || particle(last)
    {
        return false;
    }
    // Every word before the last a name's: capitalized ("Lars Fischer", not "Lars
    // Fischer ist Chemiker" or "GIGA-Experte für Windows"), a particle, a domain
    // ("Team wPolityce.pl"), or no word at all ("&"). A last name may be written in
    // lowercase ("Mobasir hassan").
    let name_word = |w: &&str| {
        particle(w)
            || w.contains('.')
            || w.chars()
                .find(|c| c.is_alphabetic())
                .is_none_or(|c| c.is_uppercase() || !c.is_ascii() && !c.is_lowercase())
    };
    if !words[..words.len() - 1].iter().all(name_word) {
        return false;
    }
    // Initials alone ("S.", "D. K.") name no one.
    if words
        .iter()
        .all(|w| w.ends_with('.') && w.chars().count() <= 2)
    {
        return false;
    }
    (1..=5).contains(&words.len())
        && s.chars().count() <= 60
        && !s.contains("://")
        && !s.contains('@')
        && !s.contains(':')
        && !s.starts_with("www.")
        && !s.chars().any(|c| c.is_ascii_digit())
        && s.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || !c.is_ascii())
        && site.is_none_or(|site| !site.eq_ignore_ascii_case(s))
}

/// The fields docclean reads from a page's JSON-LD, from the most article-like object.
#[derive(Debug, Default)]
struct JsonLd {
    headline: Option<String>,
    authors: Vec<String>,
    published: Option<String>,
    publisher: Option<String>,
    url: Option<String>,
    language: Option<String>,
    body: Option<String>,
}

impl JsonLd {
    fn read(raw: &[String]) -> JsonLd {
        let mut objects: Vec<&serde_json::Map<String, Value>> = Vec::new();
        let values: Vec<Value> = raw.iter().filter_map(|r| parse_lenient(r)).collect();
        // Every object, however nested (arrays, @graph, mainEntity), walked with a stack.
        let mut stack: Vec<&Value> = values.iter().collect();
        while let Some(v) = stack.pop() {
            if objects.len() > 1024 {
                break;
            }
            match v {
                Value::Array(items) => stack.extend(items.iter().rev()),
                Value::Object(map) => {
                    objects.push(map);
                    for key in ["@graph", "mainEntity", "itemListElement"] {
                        if let Some(inner) = map.get(key) {
                            stack.push(inner);
                        }
                    }
                }
                _ => {}
            }
        }
        let names_by_id = |id: &str| {
            objects
                .iter()
                .find(|o| o.get("@id").and_then(Value::as_str) == Some(id))
                .and_then(|o| o.get("name"))
                .and_then(Value::as_str)
                .map(str::to_string)
        };
        let rank = |o: &serde_json::Map<String, Value>| -> u8 {
            let types = types_of(o);
            if types.iter().any(|t| {
                t.ends_with("Article")
                    || *t == "BlogPosting"
                    || *t == "Report"
                    || *t == "LiveBlogPosting"
            }) {
                2
            } else if types.iter().any(|t| t.ends_with("WebPage")) {
                1
            } else {
                0
            }
        };
        let Some(best) = objects
            .iter()
            .copied()
            .filter(|o| rank(o) > 0)
            .max_by_key(|o| rank(o))
        else {
            return JsonLd::default();
        };
        let name_of = |v: &Value| -> Vec<String> {
            let items: Vec<&Value> = match v {
                Value::Array(items) => items.iter().collect(),
                other => vec![other],
            };
            items
                .into_iter()
                .filter_map(|item| match item {
                    Value::String(s) => Some(s.clone()),
                    Value::Object(o) => o
                        .get("name")
                        .and_then(Value::as_str)
                        .map(str::to_string)
                        .or_else(|| o.get("@id").and_then(Value::as_str).and_then(names_by_id)),
                    _ => None,
                })
                .collect()
        };
        let text = |key: &str| best.get(key).and_then(Value::as_str).map(str::to_string);
        JsonLd {
            headline: text("headline")
                .or_else(|| if rank(best) == 2 { text("name") } else { None }),
            authors: best
                .get("author")
                .or_else(|| best.get("creator"))
                .map(name_of)
                .unwrap_or_default(),
            published: text("datePublished").or_else(|| text("dateCreated")),
            publisher: best
                .get("publisher")
                .map(name_of)
                .and_then(|v| v.into_iter().next()),
            url: text("url").or_else(|| {
                best.get("mainEntityOfPage").and_then(|m| {
                    m.as_str()
                        .map(str::to_string)
                        .or_else(|| m.get("@id").and_then(Value::as_str).map(str::to_string))
                })
            }),
            language: text("inLanguage"),
            body: text("articleBody"),
        }
    }
}

fn types_of(o: &serde_json::Map<String, Value>) -> Vec<&str> {
    match o.get("@type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    }
}

/// JSON-LD as pages write it: raw line breaks inside strings and HTML comment or CDATA
/// wrappers are common, and are tolerated.
fn parse_lenient(raw: &str) -> Option<Value> {
    let trimmed = raw
        .trim()
        .trim_start_matches("<!--")
        .trim_end_matches("-->")
        .trim();
    let trimmed = trimmed
        .trim_start_matches("//<![CDATA[")
        .trim_end_matches("//]]>")
        .trim();
    serde_json::from_str(trimmed).ok().or_else(|| {
        let squeezed: String = trimmed
            .chars()
            .map(|c| if c.is_control() { ' ' } else { c })
            .collect();
        serde_json::from_str(&squeezed).ok()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An element with class `c`.
    fn classed(c: &'static str) -> classify::Attrs<'static> {
        classify::Attrs {
            class: Some(c),
            ..Default::default()
        }
    }

    /// Asserts that `test` holds for elements of the `yes` classes and not the `no` ones.
    fn sorts(test: fn(&classify::Attrs) -> bool, yes: &[&'static str], no: &[&'static str]) {
        for c in yes {
            assert!(test(&classed(c)), "{c}");
        }
        for c in no {
            assert!(!test(&classed(c)), "{c}");
        }
    }

    #[test]
    fn a_date_element_is_the_articles_date() {
        sorts(
            is_date_element,
            &[
                "date",
                "post-date",
                "field--name-field-publishing-date",
                "entry-datum",
            ],
            &[
                "news-list-date",
                "event-date",
                "print-date",
                "updated-date",
                "date-picker",
            ],
        );
        assert_eq!(date_in("27.01.2022").as_deref(), Some("2022-01-27"));
        assert_eq!(
            date_in("Published on August 19, 2019").as_deref(),
            Some("2019-08-19")
        );
        assert_eq!(date_in("Mo - So von 08 - 20 Uhr"), None);
        assert_eq!(date_in("Updated June 13, 2019"), None);
        assert!(is_other_date(&classed("js-print-date")));
        assert_eq!(
            date_in("Vor 3 Stunden von Anna Berg aktualisiert, 12.03.2022"),
            None
        );
    }

    #[test]
    fn a_bylines_label_is_no_name() {
        for label in [
            "Autoren",
            "Article by",
            "Name",
            "Text von",
            "Por",
            "Publiziert am",
            "Posted on",
            "No Author",
            "Follow",
        ] {
            assert!(!looks_like_name(label, None), "{label}");
        }
        for name in [
            "Anna Schmidt",
            "Ramón Da Silva",
            "Redaktion",
            "Minh Le",
            "Ursula von der Leyen",
            "Maria do Carmo",
            "T. V. Raman",
            "Les Amis de la Terre",
            "Zoë Ørsted",
        ] {
            assert!(looks_like_name(name, None), "{name}");
        }
    }

    #[test]
    fn a_byline_class_names_the_writer_not_a_commenter_or_a_label() {
        sorts(
            is_byline,
            &[
                "byline",
                "post-author vcard",
                "articleAuthor",
                "entry-autor",
            ],
            &[
                "comment-form-author",
                "comment-author-link",
                "menu-item menu-item-object-autor",
                "liveArticleAuthorDateBlockLabel",
                "author-avatar",
                "authorphoto",
            ],
        );
    }

    #[test]
    fn strips_site_suffixes() {
        assert_eq!(
            strip_site_suffix("Talks end without a deal | Example News", None),
            "Talks end without a deal"
        );
        assert_eq!(
            strip_site_suffix("Talks end - Example News", Some("Example News")),
            "Talks end"
        );
        assert_eq!(strip_site_suffix("Pro - Contra", None), "Pro - Contra");
        assert_eq!(
            strip_site_suffix(
                "Mystery bag for every woman - Martina Berg - Lady 50plus",
                Some("Martina Berg - Lady 50plus")
            ),
            "Mystery bag for every woman"
        );
        assert_eq!(
            strip_site_suffix("Berlin confronts its colonial past | DW | 19.01.2020", None),
            "Berlin confronts its colonial past"
        );
        assert_eq!(
            strip_site_suffix("Gratis testen und bewerten │ Nestlé Marktplatz", None),
            "Gratis testen und bewerten"
        );
        assert_eq!(
            strip_site_suffix("Election results 2024", None),
            "Election results 2024"
        );
        assert_eq!(
            strip_site_suffix("Bundesliga-Saison 2021 - 2022", None),
            "Bundesliga-Saison 2021 - 2022"
        );
        // The site's name before the headline, or a part of it after.
        assert_eq!(
            strip_site_suffix("TechCrunch | Zuckerberg at 21", Some("TechCrunch")),
            "Zuckerberg at 21"
        );
        assert_eq!(
            strip_site_suffix("TechCrunch rounds up the week", Some("TechCrunch")),
            "TechCrunch rounds up the week"
        );
        assert_eq!(
            strip_site_suffix(
                "Bürgerbeteiligung für Windpark Steinheim | EnBW",
                Some("Bürgerbeteiligung für Windpark Steinheim")
            ),
            "Bürgerbeteiligung für Windpark Steinheim"
        );
        assert_eq!(
            strip_site_suffix(
                "Voice interfaces • Dustin Curtis",
                Some("Dustin Curtis on Svbtle")
            ),
            "Voice interfaces"
        );
        assert_eq!(
            strip_site_suffix("Voice interfaces • Curtis", Some("Dustin Curtis on Svbtle")),
            "Voice interfaces • Curtis"
        );
    }

    #[test]
    fn strips_the_authors_names_after_a_title() {
        let authors = ["Maggie Haberman".to_string(), "Shira Toeplitz".to_string()];
        assert_eq!(
            strip_author_suffix(
                "Map takes shape - Maggie Haberman and Shira Toeplitz",
                &authors
            ),
            "Map takes shape"
        );
        assert_eq!(
            strip_author_suffix("Map takes shape | By Maggie Haberman", &authors),
            "Map takes shape"
        );
        assert_eq!(
            strip_author_suffix("Map takes shape - Maggie Haberman and a Friend", &authors),
            "Map takes shape - Maggie Haberman and a Friend"
        );
        assert_eq!(
            strip_author_suffix("Map takes shape - Maggie Haberman", &[]),
            "Map takes shape - Maggie Haberman"
        );
    }

    #[test]
    fn reads_json_ld_graphs() {
        let raw = r##"{"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","@id":"#site","name":"Example"},
            {"@type":"Person","@id":"#p1","name":"Anna Smith"},
            {"@type":["NewsArticle"],"headline":"A headline","author":{"@id":"#p1"},
             "datePublished":"2021-03-04T05:06:07+01:00","publisher":{"@type":"Organization","name":"Example News"},
             "articleBody":"Body
text"}]}"##;
        let ld = JsonLd::read(&[raw.to_string(), "{not json".to_string()]);
        assert_eq!(ld.headline.as_deref(), Some("A headline"));
        assert_eq!(ld.authors, ["Anna Smith"]);
        assert_eq!(ld.published.as_deref(), Some("2021-03-04T05:06:07+01:00"));
        assert_eq!(ld.publisher.as_deref(), Some("Example News"));
        assert_eq!(ld.body.as_deref(), Some("Body text"));
    }

    #[test]
    fn cleans_author_names() {
        let names = author_names(
            &["By Anna Smith and Bo Lee".into(), "https://x.org/a".into()],
            None,
            None,
        );
        assert_eq!(names, ["Anna Smith", "Bo Lee"]);
        assert!(author_names(&["Example News".into()], Some("Example News"), None).is_empty());
        assert_eq!(
            author_names(&["Veröffentlicht von Cem Ay".into()], None, None),
            ["Cem Ay"]
        );
        assert_eq!(
            author_names(&["Kathrin Führes Kathrin Führes".into()], None, None),
            ["Kathrin Führes"]
        );
        assert_eq!(author_names(&["Anna Anna".into()], None, None), ["Anna"]);
        assert_eq!(
            author_names(&["Erstellt von Andri Bryner".into()], None, None),
            ["Andri Bryner"]
        );
        assert_eq!(author_names(&["Jo Jo Jo Jo".into()], None, None), ["Jo Jo"]);
        // Roles, agencies, the site's own name and a label before "by" are no names;
        // names in capitals are recased.
        let url = Some("https://www.usatoday.com/story/news/1/");
        assert_eq!(
            author_names(&["Doug Stanglin, USA TODAY".into()], None, url),
            ["Doug Stanglin"]
        );
        assert_eq!(
            author_names(
                &["By JORDAN ROBERTSON and RACHEL METZ — AP Technology Writers | AP — 1 hr 4 mins ago".into()],
                None,
                None
            ),
            ["Jordan Robertson", "Rachel Metz"]
        );
        assert_eq!(
            author_names(&["Ed Hornick, CNN".into()], None, None),
            ["Ed Hornick"]
        );
        assert_eq!(
            author_names(&["Story By David Brancaccio".into()], None, None),
            ["David Brancaccio"]
        );
        assert_eq!(
            author_names(&["Photos by Anna Lee".into()], None, None),
            Vec::<String>::new()
        );
        assert_eq!(
            author_names(&["DAVID LIEBERMAN, Executive Editor".into()], None, None),
            ["David Lieberman"]
        );
        assert_eq!(
            author_names(&["Bryan Walsh Tuesday, Aug. 17, 2010".into()], None, None),
            ["Bryan Walsh"]
        );
    }

    #[test]
    fn author_page_links() {
        assert!(is_author_url("/author/jane-doe/"));
        assert!(is_author_url(
            "https://example.com/autoren/max-muster?ref=top"
        ));
        assert!(!is_author_url("/author/"));
        assert!(!is_author_url("/authority/report"));
        assert!(!is_author_url("/blog/author-interview"));
    }

    #[test]
    fn the_first_author_link_names_the_author() {
        let page = r#"<html><body><article><h1>Title</h1>
            <div class="entry-meta">Posted on March 1 by <a href="/author/jane-doe/">Jane Doe</a></div>
            <p>Text of the post, long enough to be the article.</p></article>
            <aside><a href="/author/bo-lee/">Bo Lee</a></aside></body></html>"#;
        let (_, meta) = crate::segment::html::segment(page);
        assert_eq!(meta.authors, ["Jane Doe"]);
        assert_eq!(meta.authors_from, "byline");
    }

    proptest::proptest! {
        /// Separators are found where `str::rfind` finds them, overlapping or not.
        #[test]
        fn separators_are_found_where_rfind_finds_them(
            parts in proptest::collection::vec(
                proptest::sample::select(vec!["a", "é", " ", "-", "|", " - ", " | ", " – ", " • "]),
                0..12,
            ),
            sep in proptest::sample::select(vec![" | ", " - ", " – ", " • ", " - - "]),
        ) {
            let title = parts.concat();
            proptest::prop_assert_eq!(rfind_separator(&title, sep), title.rfind(sep));
        }
    }
}
