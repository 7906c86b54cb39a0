//! Generates a deterministic benchmark corpus: news-like text documents carrying the
//! boilerplate kinds of the seed corpus (captions, related headlines, bylines, link lines,
//! disclaimers, comment prompts, Cyrillic UI lines, no-break spaces, curly quotes) and
//! HTML pages with navigation, asides and footers, plus a JSONL stream of both.
//!
//! ```text
//! cargo run --release --example gen_corpus -- OUT [--text-mb 200] [--html-mb 100] [--records 20000] [--seed 1] [--bad-records]
//! ```
//!
//! Writes OUT/text/*.txt, OUT/html/*.html, the same documents as OUT/text.jsonl and
//! OUT/html.jsonl, and OUT/stream.jsonl. The same arguments give
//! the same bytes on every machine.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

/// splitmix64: small, fast and fully determined by its seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const WORDS: &[&str] = &[
    "the",
    "a",
    "of",
    "to",
    "and",
    "in",
    "that",
    "on",
    "for",
    "with",
    "as",
    "was",
    "by",
    "at",
    "from",
    "his",
    "her",
    "their",
    "minister",
    "government",
    "officials",
    "talks",
    "agreement",
    "meeting",
    "council",
    "region",
    "border",
    "economy",
    "sanctions",
    "report",
    "statement",
    "press",
    "conference",
    "week",
    "year",
    "month",
    "city",
    "country",
    "people",
    "said",
    "told",
    "announced",
    "discussed",
    "agreed",
    "rejected",
    "proposed",
    "expected",
    "noted",
    "warned",
    "added",
    "new",
    "former",
    "foreign",
    "local",
    "national",
    "public",
    "economic",
    "military",
    "political",
    "recent",
    "major",
    "election",
    "policy",
    "budget",
    "trade",
    "energy",
    "security",
    "court",
    "parliament",
    "president",
    "committee",
    "would",
    "could",
    "will",
    "has",
    "have",
    "had",
    "not",
    "also",
    "after",
    "before",
    "during",
    "while",
    "since",
    "relations",
    "issue",
    "plan",
    "decision",
    "vote",
    "support",
    "growth",
    "prices",
    "market",
    "investment",
    "workers",
    "schools",
    "hospitals",
    "roads",
    "water",
    "farmers",
    "companies",
    "banks",
    "tax",
    "reform",
    "crisis",
    "peace",
];

const NAMES: &[&str] = &[
    "Anna Smith",
    "Sergei Lavrov",
    "Maria Petrova",
    "John Miller",
    "Elena Ivanova",
    "David Brown",
    "Olga Sokolova",
    "Peter Hughes",
    "Lena Fischer",
    "Thomas Wagner",
    "Sara Lopez",
    "Mikhail Orlov",
    "Rex Tillerson",
    "Julia Novak",
];

const PLACES: &[&str] = &[
    "WASHINGTON",
    "MOSCOW",
    "BERLIN",
    "LONDON",
    "KIEV",
    "PARIS",
    "BRUSSELS",
    "GENEVA",
];
const OUTLETS: &[&str] = &[
    "Global Research",
    "Sputnik",
    "The Daily Ledger",
    "Reuters",
    "Nordic Times",
    "Kyiv Post",
];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
];

/// Boilerplate lines of the kinds the seed documents carry.
fn boilerplate(rng: &mut Rng) -> String {
    let name = rng.pick(NAMES);
    let outlet = rng.pick(OUTLETS);
    match rng.below(12) {
        0 => format!("Photo: {name}/{outlet}"),
        1 => format!("Image caption: {} {} {} in the capital", name, rng.pick(&["speaks", "arrives", "waits"]), rng.pick(&["on Monday", "yesterday", "this week"])),
        2 => format!("Read more: {}", headline(rng)),
        3 => "Leave a comment".to_string(),
        4 => "To participate in the discussion log in or register".to_string(),
        5 => format!("\u{a9} {} {outlet}. All rights reserved.", 2010 + rng.below(10)),
        6 => "The views expressed in this article are solely those of the author and do not necessarily reflect the official position of the publisher.".to_string(),
        7 => rng.pick(&["Открыть статью", "Читайте также", "Войдите, чтобы комментировать", "Подписаться"]).to_string(),
        8 => format!("Region: [Russia and FSU](https://example.org/region/{}), [USA](https://example.org/region/usa)", rng.below(90)),
        9 => "Subscribe to our newsletter".to_string(),
        10 => format!("Email: press{}@example.org", rng.below(50)),
        _ => format!("{} Comments", rng.below(300)),
    }
}

fn headline(rng: &mut Rng) -> String {
    let mut words: Vec<String> = (0..5 + rng.below(6))
        .map(|_| rng.pick(WORDS).to_string())
        .collect();
    if let Some(first) = words.first_mut() {
        *first = capitalized(first);
    }
    words.join(" ")
}

fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// One prose paragraph with the typographic noise of scraped text: curly quotes, a
/// no-break space, an em dash, an ellipsis.
fn paragraph(rng: &mut Rng) -> String {
    let mut out = String::new();
    for s in 0..2 + rng.below(5) {
        if s > 0 {
            out.push(' ');
        }
        let len = 8 + rng.below(18);
        for w in 0..len {
            let word = rng.pick(WORDS);
            if w == 0 {
                out.push_str(&capitalized(word));
            } else {
                out.push(if rng.chance(3) { '\u{a0}' } else { ' ' });
                out.push_str(word);
            }
            if w == len / 2 && rng.chance(15) {
                out.push_str(" \u{2014}");
            }
        }
        match rng.below(10) {
            0 => {
                let _ = write!(
                    out,
                    ", \u{201c}{} {}\u{201d} said {}.",
                    rng.pick(WORDS),
                    rng.pick(WORDS),
                    rng.pick(NAMES)
                );
            }
            1 => out.push('\u{2026}'),
            2 => {
                let _ = write!(out, " in {}\u{2019}s {}.", rng.pick(NAMES), rng.pick(WORDS));
            }
            _ => out.push('.'),
        }
    }
    out
}

fn date(rng: &mut Rng) -> (String, String) {
    let (y, m, d) = (
        2015 + rng.below(8),
        rng.below(MONTHS.len()),
        1 + rng.below(28),
    );
    (
        format!("{y}-{:02}-{d:02}", m + 1),
        format!("{} {d}, {y}", MONTHS[m]),
    )
}

/// A text document of about `target` bytes.
fn text_document(rng: &mut Rng, target: usize) -> String {
    let mut out = String::new();
    let (iso, long) = date(rng);
    out.push_str(&headline(rng));
    out.push_str("\n\n");
    if rng.chance(50) {
        let _ = write!(out, "By {}\n\n", rng.pick(NAMES));
    }
    if rng.chance(30) {
        let _ = write!(out, "{}, {long}\n\n", rng.pick(OUTLETS));
    }
    if rng.chance(40) {
        let _ = write!(
            out,
            "date {iso} {} ({}) \u{2014} ",
            rng.pick(PLACES),
            rng.pick(OUTLETS)
        );
    }
    while out.len() < target {
        out.push_str(&paragraph(rng));
        out.push_str("\n\n");
        if rng.chance(25) {
            out.push_str(&boilerplate(rng));
            out.push_str("\n\n");
        }
    }
    if rng.chance(50) {
        let _ = writeln!(out, "Source: {}", rng.pick(OUTLETS));
    }
    out
}

fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// An HTML page of about `target` bytes: head metadata, navigation, an article with
/// paragraphs and figures, a related-links aside and a footer.
fn html_document(rng: &mut Rng, target: usize) -> String {
    let title = headline(rng);
    let (iso, long) = date(rng);
    let author = rng.pick(NAMES);
    let outlet = rng.pick(OUTLETS);
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title} | {outlet}</title>\n\
         <meta property=\"og:title\" content=\"{title}\"><meta name=\"author\" content=\"{author}\">\n\
         <meta property=\"article:published_time\" content=\"{iso}T08:00:00Z\">\n\
         <link rel=\"canonical\" href=\"https://example.org/news/{}\">\n\
         <script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}</script>\n\
         <style>body{{font-family:sans-serif}} .nav a{{margin:0 4px}}</style></head>\n<body>\n<nav class=\"nav menu\"><ul>",
        rng.below(1_000_000)
    );
    for section in [
        "Home", "World", "Politics", "Economy", "Opinion", "Video", "Contact",
    ] {
        let _ = write!(
            out,
            "<li><a href=\"/{}\">{section}</a></li>",
            section.to_lowercase()
        );
    }
    let _ = write!(
        out,
        "</ul></nav>\n<main><article class=\"post\"><h1>{title}</h1>\n<p class=\"byline\">By {author} | {long}</p>\n"
    );
    let body_end = target.saturating_sub(1500);
    while out.len() < body_end {
        let _ = writeln!(out, "<p>{}</p>", escape_html(&paragraph(rng)));
        if rng.chance(15) {
            let _ = writeln!(
                out,
                "<figure><img src=\"/img/{}.jpg\" alt=\"\"><figcaption>Photo: {}/{}</figcaption></figure>",
                rng.below(99_999),
                rng.pick(NAMES),
                outlet
            );
        }
        if rng.chance(10) {
            let _ = writeln!(
                out,
                "<p><a href=\"/subscribe\">Subscribe to our newsletter</a></p>"
            );
        }
    }
    out.push_str("</article>\n<aside class=\"related sidebar\"><h3>Related</h3><ul>");
    for _ in 0..4 {
        let _ = write!(
            out,
            "<li><a href=\"/news/{}\">{}</a></li>",
            rng.below(1_000_000),
            headline(rng)
        );
    }
    let _ = write!(
        out,
        "</ul></aside></main>\n<div class=\"comments\"><p>Leave a comment</p><p>{} Comments</p></div>\n\
         <footer><p>\u{a9} {} {outlet}. All rights reserved.</p><p><a href=\"/privacy\">Privacy</a> \u{b7} <a href=\"/terms\">Terms</a></p></footer>\n</body></html>\n",
        rng.below(200),
        2015 + rng.below(8)
    );
    out
}

struct Args {
    out: PathBuf,
    text_mb: usize,
    html_mb: usize,
    records: usize,
    seed: u64,
    /// Mix in records a stream must answer with an error: no text, blank text.
    bad_records: bool,
}

fn parse_args() -> Result<Args> {
    let mut args = Args {
        out: PathBuf::new(),
        text_mb: 200,
        html_mb: 100,
        records: 20_000,
        seed: 1,
        bad_records: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = |name: &str| -> Result<u64> {
            let v = it.next().with_context(|| format!("{name} needs a value"))?;
            v.parse()
                .with_context(|| format!("{name}: not a number: `{v}`"))
        };
        match arg.as_str() {
            "--text-mb" => args.text_mb = value("--text-mb")? as usize,
            "--html-mb" => args.html_mb = value("--html-mb")? as usize,
            "--records" => args.records = value("--records")? as usize,
            "--seed" => args.seed = value("--seed")?,
            "--bad-records" => args.bad_records = true,
            other if other.starts_with('-') => bail!("unknown option `{other}`"),
            other => args.out = PathBuf::from(other),
        }
    }
    if args.out.as_os_str().is_empty() {
        bail!("usage: gen_corpus OUT [--text-mb N] [--html-mb N] [--records N] [--seed N]");
    }
    Ok(args)
}

/// Writes documents into `dir` until they add up to `mb` megabytes, and the same
/// documents as JSONL records (`id` the file name, the text under `field`) into
/// `jsonl`, so that a stream run can be set beside a run over the files.
fn write_documents(
    dir: &Path,
    jsonl: &Path,
    field: &str,
    mb: usize,
    ext: &str,
    rng: &mut Rng,
    make: fn(&mut Rng, usize) -> String,
) -> Result<usize> {
    std::fs::create_dir_all(dir).with_context(|| format!("{}: cannot create", dir.display()))?;
    let file = std::fs::File::create(jsonl)
        .with_context(|| format!("{}: cannot create", jsonl.display()))?;
    let mut records = std::io::BufWriter::new(file);
    let (mut total, mut n) = (0, 0);
    while total < mb * 1_000_000 {
        // Sizes spread from short notes to long reads, as in a scraped corpus.
        let target = 1_000 + rng.below(4) * rng.below(6_000) + rng.below(3_000);
        let doc = make(rng, target);
        let name = format!("{n:07}.{ext}");
        let path = dir.join(&name);
        std::fs::write(&path, &doc).with_context(|| format!("{}: cannot write", path.display()))?;
        let record = serde_json::json!({"id": name, field: doc});
        writeln!(records, "{record}")
            .with_context(|| format!("{}: cannot write", jsonl.display()))?;
        total += doc.len();
        n += 1;
    }
    records
        .flush()
        .with_context(|| format!("{}: cannot write", jsonl.display()))?;
    Ok(n)
}

fn write_stream(path: &Path, records: usize, bad_records: bool, rng: &mut Rng) -> Result<()> {
    let file = std::fs::File::create(path)
        .with_context(|| format!("{}: cannot create", path.display()))?;
    let mut out = std::io::BufWriter::new(file);
    for i in 0..records {
        let target = 1_000 + rng.below(8_000);
        let record = if bad_records && i % 499 == 17 {
            serde_json::json!({"id": format!("x{i:07}"), "source": "bench", "title": "a record without text"})
        } else if bad_records && i % 499 == 101 {
            serde_json::json!({"id": format!("x{i:07}"), "source": "bench", "text": " \n "})
        } else if rng.chance(30) {
            serde_json::json!({"id": format!("h{i:07}"), "source": "bench", "url": format!("https://example.org/p/{i}"), "html": html_document(rng, target)})
        } else {
            serde_json::json!({"id": format!("t{i:07}"), "source": "bench", "added": "2024-05-01T00:00:00Z", "text": text_document(rng, target)})
        };
        writeln!(out, "{record}").with_context(|| format!("{}: cannot write", path.display()))?;
    }
    out.flush()
        .with_context(|| format!("{}: cannot write", path.display()))?;
    Ok(())
}

fn main() -> Result<()> {
    let args = parse_args()?;
    let mut rng = Rng(args.seed);
    let texts = write_documents(
        &args.out.join("text"),
        &args.out.join("text.jsonl"),
        "text",
        args.text_mb,
        "txt",
        &mut rng,
        text_document,
    )?;
    let pages = write_documents(
        &args.out.join("html"),
        &args.out.join("html.jsonl"),
        "html",
        args.html_mb,
        "html",
        &mut rng,
        html_document,
    )?;
    write_stream(
        &args.out.join("stream.jsonl"),
        args.records,
        args.bad_records,
        &mut rng,
    )?;
    eprintln!(
        "gen_corpus: {texts} text documents, {pages} HTML pages, {} stream records in {}",
        args.records,
        args.out.display()
    );
    Ok(())
}
