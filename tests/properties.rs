//! Invariants: cleaning clean output changes nothing (idempotence), output bytes do not
//! depend on the thread count (determinism), and no input makes the pipeline panic.

use std::path::Path;

use docclean::{corpus, Config, Pipeline};
use proptest::prelude::*;

fn pipeline() -> &'static Pipeline {
    static PIPELINE: std::sync::LazyLock<Pipeline> = std::sync::LazyLock::new(|| {
        Pipeline::new(Config::default()).expect("default config is valid")
    });
    &PIPELINE
}

/// Lines of the kinds scraped documents are made of: prose, headings, quotes, code and
/// the boilerplate the rules remove.
const LINES: &[&str] = &[
    "Lavrov said the talks with Tillerson had been constructive and useful.",
    "The two ministers met for more than an hour at the State Department on Wednesday.",
    "\u{201c}We\u{2019}re talking about Syria,\u{201d} Trump told reporters \u{2014} and smiled.",
    "Syria Safe Zones",
    "What Was Discussed",
    "By Oleg Yegorov",
    "Global Research, May 14, 2017",
    "\u{a9} REUTERS / Yuri Gripas Lavrov shakes hands with Tillerson in Washington.",
    "People walk in Damascus, Syria. (File) - Sputnik International",
    "Regime Change and Jihad: Two Sides of the Same Coin",
    "Region: [Russia and FSU](#), [USA](#)",
    "Kortunov [underlined](#) that the meeting was not simply a polite gesture.",
    "To participate in the discussion",
    "log in or register",
    "\u{417}\u{430}\u{433}\u{43e}\u{43b}\u{43e}\u{432}\u{43e}\u{43a} \u{43c}\u{430}\u{442}\u{435}\u{440}\u{438}\u{430}\u{43b}\u{430}",
    "Disclaimer: The contents of this article are of sole responsibility of the author(s).",
    "For media inquiries: press@example.org",
    "date 2017-05-11 MOSCOW (Reuters) - Sergey Lavrov arrived in Washington\u{2026}",
    "  \u{2022} Leroy Wright",
    "the talks continued late into the night, officials said",
    "Become a Member of Global Research",
    "- a list item about sanctions",
    "2 - 3 = -1 is simple arithmetic.",
    // Fragments of lines wrapped in the source, which the output joins.
    "Powered",
    "by WordPress.",
    "Become",
    "a member",
    "Tom &amp;amp; Jerry&amp;#8217;s caf&eacute;",
    // A sentence a link on a line of its own cut before its comma or full stop.
    "The boot holds up to 1,704",
    ". With a payload of 685 kg it carries more.",
    ", which feels quicker in practice",
    // A sentence broken after an article, and a capitalized line that goes on from it.
    "Am Sonntag sind wir mit der",
    "Anna auf die Höhe gefahren.",
    // A site's menu, one entry per line, and entries of it alone, which may stand
    // next to it or make a row of their own with other short lines.
    "Startseite\nEnergieberatung\nFördermittel\nReferenzen\nWärmepumpen\nSolaranlagen\nDämmung\nKontakt",
    "Heizungstausch",
    "Fenster und Türen",
    // A fenced code block, kept as written, and a fence alone, which may pair with
    // another one or open nothing.
    "```sh\n$ make  test --release\n\n    x  =  \u{201c}y\u{201d} -- z...\n```",
    "```",
];

fn document() -> impl Strategy<Value = String> {
    // Nothing between two lines glues them, as a tag stripper does with the elements
    // of a page written without line breaks.
    prop::collection::vec((0..LINES.len(), 0..5usize), 1..24).prop_map(|parts| {
        let mut doc = String::new();
        for (line, gap) in parts {
            doc.push_str(LINES[line]);
            doc.push_str(["\n", "\n\n", "\r\n\r\n", "", ""][gap]);
        }
        doc
    })
}

/// A page of a few long lines, each many lines glued together, as a minified page
/// stripped of its tags leaves them: long enough, most of them, to be cut into pieces.
fn glued_page() -> impl Strategy<Value = String> {
    let line = prop::collection::vec(0..LINES.len(), 4..48);
    prop::collection::vec((line, 0..2usize), 1..5).prop_map(|lines| {
        let mut doc = String::new();
        for (parts, gap) in lines {
            for part in parts {
                doc.push_str(LINES[part]);
            }
            doc.push_str(["\n", "\n\n"][gap]);
        }
        doc
    })
}

/// The document cleaned, and its output cleaned again.
fn cleaned_twice(doc: &str) -> (String, String) {
    let once = pipeline().clean_text(doc).text;
    let twice = pipeline().clean_text(&once).text;
    (once, twice)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1024, ..ProptestConfig::default() })]

    #[test]
    fn cleaning_clean_text_changes_nothing(doc in document()) {
        let (once, twice) = cleaned_twice(&doc);
        prop_assume!(!once.is_empty());
        prop_assert_eq!(once, twice);
    }

    #[test]
    fn cleaning_a_clean_glued_page_changes_nothing(doc in glued_page()) {
        let (once, twice) = cleaned_twice(&doc);
        prop_assume!(!once.is_empty());
        prop_assert_eq!(once, twice);
    }

    #[test]
    fn any_bytes_clean_without_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let p = pipeline();
        let source = docclean::Source { id: "x".into(), path: "x".into(), bytes: &bytes, ..Default::default() };
        let cleaned = p.clean(&source);
        prop_assert!(cleaned.record.error.is_some() || !cleaned.text.is_empty());
    }
}

/// The output joins a paragraph's lines where a sentence runs on; cleaning it again
/// judges the joined line. Lines escaped twice come out unescaped in one go.
#[test]
fn wrapped_lines_are_judged_as_the_output_joins_them() {
    let p = pipeline();
    let doc = "Lavrov said the talks with Tillerson had been constructive and useful.\n\n\
               Donate\n\nBecome\na member\n\n\
               The ministers spoke for an hour about Syria and the\nsanctions, officials said.\n\n\
               Tom &amp;amp; Jerry&amp;#8217;s caf&eacute; opened.\n\n\
               Powered\nby WordPress.\n";
    let once = p.clean_text(doc).text;
    assert_eq!(
        once,
        "Lavrov said the talks with Tillerson had been constructive and useful.\n\n\
         Donate\n\n\
         The ministers spoke for an hour about Syria and the sanctions, officials said.\n\n\
         Tom & Jerry's café opened.\n"
    );
    assert_eq!(p.clean_text(&once).text, once);
}

/// A tag stripper that sets a link on a line of its own cuts the sentence before the
/// comma or full stop that follows the link; the output puts the mark back after it.
#[test]
fn a_mark_cut_off_by_a_link_closes_the_line_above() {
    let p = pipeline();
    let doc = "The boot holds up to 1,704 litres of luggage on a trip to the\ncoast\n\
               . With a payload of 685 kg it carries more than most.\n\n\
               Shifting is done by a six-speed automatic gearbox\n\
               , which feels quicker in practice than the figures say.\n";
    let once = p.clean_text(doc).text;
    assert_eq!(
        once,
        "The boot holds up to 1,704 litres of luggage on a trip to the coast. With a \
         payload of 685 kg it carries more than most.\n\n\
         Shifting is done by a six-speed automatic gearbox, which feels quicker in \
         practice than the figures say.\n"
    );
    assert_eq!(p.clean_text(&once).text, once);
}

#[test]
fn seeds_are_idempotent() {
    let p = pipeline();
    let raw = Path::new(env!("CARGO_MANIFEST_DIR")).join("raw");
    for entry in std::fs::read_dir(raw).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let source = docclean::Source {
            id: name.clone(),
            path: name.clone(),
            bytes: &bytes,
            ..Default::default()
        };
        let once = p.clean(&source).text;
        if once.is_empty() {
            continue;
        }
        let twice = p.clean_text(&once).text;
        assert_eq!(once, twice, "{name}: cleaning the clean text changed it");
    }
}

#[test]
fn output_bytes_do_not_depend_on_thread_count() {
    let raw = Path::new(env!("CARGO_MANIFEST_DIR")).join("raw");
    let run = |threads: usize| {
        let out = tempfile::tempdir().unwrap();
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap();
        pool.install(|| {
            corpus::clean_corpus(pipeline(), std::slice::from_ref(&raw), out.path()).unwrap()
        });
        let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(out.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .map(|p| {
                (
                    p.file_name().unwrap().to_string_lossy().into_owned(),
                    std::fs::read(&p).unwrap(),
                )
            })
            .collect();
        files.sort();
        files
    };
    let one = run(1);
    assert!(!one.is_empty());
    assert_eq!(one, run(4));
}

/// A page whose article holds what HTML cleaning keeps and text rules must not take
/// away on a second pass: a list of short items, a short heading, a quote.
const LIST_PAGE: &str = r#"<!doctype html><html><head><title>Lavrov in Washington</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li></ul></nav>
<article><h1>Lavrov in Washington</h1>
<p>The two ministers met for more than an hour at the State Department on Wednesday, officials said.</p>
<h2>What was discussed</h2>
<ul><li>Syria</li><li>Ukraine</li><li>North Korea</li><li>Arms control</li><li>Embassies</li><li>Sanctions</li><li>Cyber security</li></ul>
<p>Lavrov said the talks with Tillerson had been constructive and useful, and that both sides wanted to meet again soon.</p>
<blockquote>We are talking about Syria, Trump told reporters.</blockquote>
</article><footer>© 2017 Example News. All rights reserved.</footer></body></html>"#;

/// Clean text of an HTML page, cleaned again as plain text, is unchanged: the text
/// rules never take what the HTML path kept. Runs on the page above and, when
/// ../shared/devdata is there, on every development page.
#[test]
fn html_output_cleaned_again_as_text_is_unchanged() {
    let p = pipeline();
    let mut pages: Vec<(String, Vec<u8>)> =
        vec![("list.html".into(), LIST_PAGE.as_bytes().to_vec())];
    let devdata = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/devdata/html");
    match std::fs::read_dir(&devdata) {
        Ok(entries) => {
            for entry in entries.flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                pages.push((name, std::fs::read(entry.path()).unwrap()));
            }
        }
        Err(_) => eprintln!("skipped the devdata pages: {} not found", devdata.display()),
    }
    for (name, bytes) in &pages {
        let source = docclean::Source {
            id: name.clone(),
            path: name.clone(),
            bytes,
            format: docclean::sniff::Format::from_extension("html"),
            ..Default::default()
        };
        let once = p.clean(&source).text;
        if name == "list.html" {
            assert!(once.contains("\n\nArms control\n\nEmbassies\n"), "{once}");
        }
        if once.is_empty() {
            continue;
        }
        let twice = p.clean_text(&once).text;
        assert_eq!(
            once, twice,
            "{name}: cleaning the clean text of the page changed it"
        );
    }
}
