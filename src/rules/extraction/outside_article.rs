//! Text of an HTML page outside the container chosen as the article: navigation,
//! headers and footers, sidebars, related-article lists, comment sections (except on a
//! forum thread's page, whose `<body>` class names it so and whose posts are its text),
//! share and sign-up boxes, and whatever else scored as not belonging to the article.
//!
//! Why: main-content extraction decides by the page's structure (text and link
//! density, punctuation, the class and id names of the containers, structured data)
//! which region is the article. Each block it leaves out is recorded here, so the
//! ledger shows everything that went, and `docclean explain` shows it in place.
//!
//! Extraction is not a rule the config can switch off: `select` and `ignore` leave it
//! alone.
//!
//! Known false positives: article text in a region the page marks up like boilerplate
//! (a lead paragraph in a "teaser" box, a caption-only photo essay); see the HTML
//! extraction figures in the README for how often that happens.
//!
//! Example: `<nav><a href="/">Home</a> <a href="/news">News</a></nav>` above the
//! article is recorded as `HX001 outside-article: Home News`.

use crate::rules::RuleMeta;

pub static OUTSIDE_ARTICLE: RuleMeta = RuleMeta {
    code: "HX001",
    name: "outside-article",
    source: include_str!("outside_article.rs"),
};
