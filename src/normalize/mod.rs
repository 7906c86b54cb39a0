//! Inline normalization: encoding repair, Unicode, whitespace, punctuation and names.
//! Each step is a counted rule with its own code, selectable in the config like any
//! other rule.

use std::collections::BTreeMap;
use std::path::Path;

use crate::config::{Config, DashPolicy, QuotePolicy};
use crate::error::Error;
use crate::rules::RuleMeta;

pub mod char_pass;
pub mod dashes;
pub mod ellipsis;
pub mod exotic_space;
pub mod html_entity;
pub mod invisible_char;
pub mod mojibake;
pub mod mojibake_cyrillic;
pub mod mojibake_latin;
pub mod names;
pub mod nfc;
pub mod quotes;
pub mod scan;
pub mod whitespace;

pub use names::AliasTable;

/// How often each normalization rule changed something, by rule code.
pub type Counts = BTreeMap<&'static str, u64>;

/// Every normalization step, in the order they run.
pub fn all_steps() -> [&'static RuleMeta; 11] {
    [
        &html_entity::META,
        &mojibake_latin::META,
        &mojibake_cyrillic::META,
        &nfc::META,
        &exotic_space::META,
        &invisible_char::META,
        &whitespace::META,
        &quotes::META,
        &ellipsis::META,
        &dashes::META,
        &names::META,
    ]
}

/// The configured normalization steps.
#[derive(Debug, Clone)]
pub struct Normalizer {
    html_entity: bool,
    mojibake_latin: bool,
    mojibake_cyrillic: bool,
    nfc: bool,
    exotic_space: bool,
    invisible: bool,
    whitespace: bool,
    quotes: bool,
    ellipsis: bool,
    dashes: DashPolicy,
    aliases: Option<AliasTable>,
}

impl Normalizer {
    pub fn new(config: &Config) -> Result<Self, Error> {
        let on = |meta: &RuleMeta| config.is_selected(meta.code);
        let aliases = if on(&names::META) {
            let mut table = AliasTable::empty();
            if config.names.builtin {
                table.add_table(names::BUILTIN_ALIASES, Path::new("data/aliases.tsv"))?;
            }
            for path in &config.names.aliases {
                table.load_file(path)?;
            }
            (!table.is_empty()).then_some(table)
        } else {
            None
        };
        Ok(Normalizer {
            html_entity: on(&html_entity::META),
            mojibake_latin: on(&mojibake_latin::META),
            mojibake_cyrillic: on(&mojibake_cyrillic::META),
            nfc: on(&nfc::META),
            exotic_space: on(&exotic_space::META),
            invisible: on(&invisible_char::META),
            whitespace: on(&whitespace::META),
            quotes: on(&quotes::META) && config.punctuation.quotes == QuotePolicy::Ascii,
            ellipsis: on(&ellipsis::META) && config.punctuation.ellipsis == QuotePolicy::Ascii,
            dashes: if on(&dashes::META) {
                config.punctuation.dashes
            } else {
                DashPolicy::Keep
            },
            aliases,
        })
    }

    /// Encoding repair on a whole decoded plain-text document, before it is split into
    /// blocks: entities (EN003), then mojibake (EN001, EN002). Whole-document repair
    /// sees all the evidence of damage at once and keeps line structure intact (a line
    /// holding only a damaged no-break space is blank again after repair).
    pub fn repair_document(&self, s: &str, counts: &mut Counts) -> Option<String> {
        run_steps(
            s,
            &[
                (self.html_entity, &html_entity::META, html_entity::apply),
                (
                    self.mojibake_latin,
                    &mojibake_latin::META,
                    mojibake_latin::apply,
                ),
                (
                    self.mojibake_cyrillic,
                    &mojibake_cyrillic::META,
                    mojibake_cyrillic::apply,
                ),
            ],
            counts,
        )
    }

    /// Mojibake repair, Unicode, whitespace and punctuation steps on one block's text.
    /// Mojibake repair here serves HTML text nodes; a block of a plain-text document,
    /// which [`Normalizer::repair_document`] repaired whole, skips it (`repaired`): it
    /// would find nothing more. The context-free character steps run as one walk
    /// ([`char_pass`]).
    pub fn text(&self, s: &mut String, repaired: bool, counts: &mut Counts) {
        let mut step =
            |enabled: bool, meta: &RuleMeta, f: &dyn Fn(&str) -> Option<(String, usize)>| {
                if !enabled {
                    return;
                }
                if let Some((changed, n)) = f(s) {
                    *s = changed;
                    *counts.entry(meta.code).or_default() += n as u64;
                }
            };
        step(
            self.mojibake_latin && !repaired,
            &mojibake_latin::META,
            &mojibake_latin::apply,
        );
        step(
            self.mojibake_cyrillic && !repaired,
            &mojibake_cyrillic::META,
            &mojibake_cyrillic::apply,
        );
        step(self.nfc, &nfc::META, &nfc::apply);
        if let Some((changed, n)) = char_pass::apply(s, self.char_steps()) {
            *s = changed;
            for (meta, n) in [
                (&exotic_space::META, n.exotic_space),
                (&invisible_char::META, n.invisible),
                (&whitespace::META, n.whitespace),
                (&quotes::META, n.quotes),
                (&ellipsis::META, n.ellipsis),
            ] {
                if n > 0 {
                    *counts.entry(meta.code).or_default() += n;
                }
            }
        }
        if self.dashes != DashPolicy::Keep {
            if let Some((changed, n)) = dashes::apply(s, self.dashes) {
                *s = changed;
                *counts.entry(dashes::META.code).or_default() += n as u64;
            }
        }
    }

    /// The steps that keep a code block's layout and characters, on its text: mojibake
    /// repair (unless `repaired`), NFC, exotic spaces and invisible characters. Quotes,
    /// dashes, ellipses and whitespace are the code's own (`"--release"` is no dash,
    /// two spaces of indentation are not one), and so are its names.
    pub fn preformatted(&self, s: &mut String, repaired: bool, counts: &mut Counts) {
        let steps: [Step; 5] = [
            (
                self.mojibake_latin && !repaired,
                &mojibake_latin::META,
                mojibake_latin::apply,
            ),
            (
                self.mojibake_cyrillic && !repaired,
                &mojibake_cyrillic::META,
                mojibake_cyrillic::apply,
            ),
            (self.nfc, &nfc::META, nfc::apply),
            (self.exotic_space, &exotic_space::META, exotic_space::apply),
            (self.invisible, &invisible_char::META, invisible_char::apply),
        ];
        if let Some(changed) = run_steps(s, &steps, counts) {
            *s = changed;
        }
    }

    fn char_steps(&self) -> char_pass::Steps {
        char_pass::Steps {
            exotic_space: self.exotic_space,
            invisible: self.invisible,
            whitespace: self.whitespace,
            quotes: self.quotes,
            ellipsis: self.ellipsis,
        }
    }

    /// Name aliases on one block's text.
    pub fn names(&self, s: &mut String, counts: &mut Counts) {
        let Some(table) = &self.aliases else { return };
        if let Some((changed, n)) = table.apply(s) {
            *s = changed;
            *counts.entry(names::META.code).or_default() += n as u64;
        }
    }
}

/// A step: whether it runs, its rule, and the text it makes (with its count of changes)
/// when it changes something.
type Step = (bool, &'static RuleMeta, fn(&str) -> Option<(String, usize)>);

/// Runs the enabled `steps` in order on `s`, counting each change under its rule; the
/// text when a step changed it.
fn run_steps(s: &str, steps: &[Step], counts: &mut Counts) -> Option<String> {
    let mut text: Option<String> = None;
    for &(enabled, meta, f) in steps {
        if !enabled {
            continue;
        }
        if let Some((changed, n)) = f(text.as_deref().unwrap_or(s)) {
            *counts.entry(meta.code).or_default() += n as u64;
            text = Some(changed);
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use encoding_rs::{Encoding, KOI8_R, WINDOWS_1251, WINDOWS_1252};
    use proptest::prelude::*;

    use super::{mojibake_cyrillic, mojibake_latin, Counts, Normalizer};
    use crate::config::Config;

    const LINES: &[&str] = &[
        "It’s a café — naïve, “quoted”",
        "Müller aß Spätzle in Köln; „Grüße“ — Straße",
        "Où est la pâte à crêpes ? « déjà vu » voilà !",
        "Привет, мир! Ёлка, щи, объём.",
        "Сергей Лавров встретился с Рексом Тиллерсоном",
        "Plain ASCII words, nothing to repair.",
        "São Paulo, ação, coração, irmã",
        "€100, £5, ©2024, ½ cup, 25°C",
    ];

    /// `text` as software that read its UTF-8 bytes in `encoding` shows it.
    fn damaged(text: &str, encoding: &'static Encoding) -> String {
        encoding
            .decode_without_bom_handling(text.as_bytes())
            .0
            .into_owned()
    }

    #[test]
    fn code_keeps_its_layout_and_punctuation() {
        let normalizer = Normalizer::new(&Config::default()).unwrap();
        let mut code =
            "x  =  \u{201c}a\u{201d} -- b...\n\tgo(\u{2026})\u{200b}\u{a0}// Cafe\u{301}"
                .to_string();
        let mut counts = Counts::new();
        normalizer.preformatted(&mut code, true, &mut counts);
        assert_eq!(
            code,
            "x  =  \u{201c}a\u{201d} -- b...\n\tgo(\u{2026}) // Caf\u{e9}"
        );
        assert_eq!(counts.get("UN003"), Some(&1));
        // Mojibake in the code of an HTML page is repaired as in its prose.
        let mut code = damaged("let café = 1;", WINDOWS_1252);
        normalizer.preformatted(&mut code, false, &mut Counts::new());
        assert_eq!(code, "let café = 1;");
    }

    proptest! {
        /// The blocks of a plain-text document skip mojibake repair because the whole
        /// document was repaired first: repairing a line of it again finds nothing.
        #[test]
        fn a_repaired_document_has_no_mojibake_left_in_any_line(
            parts in prop::collection::vec((0..LINES.len(), 0..4usize, 0..3usize), 1..12)
        ) {
            let mut doc = String::new();
            for (line, damage, gap) in parts {
                let line = LINES[line];
                match damage {
                    0 => doc.push_str(line),
                    1 => doc.push_str(&damaged(line, WINDOWS_1252)),
                    2 => doc.push_str(&damaged(line, WINDOWS_1251)),
                    _ => doc.push_str(&damaged(line, KOI8_R)),
                }
                doc.push_str(["\n", "\n\n", " "][gap]);
            }
            let normalizer = Normalizer::new(&Config::default()).unwrap();
            let repaired = normalizer
                .repair_document(&doc, &mut Counts::new())
                .unwrap_or(doc);
            for line in repaired.lines().map(str::trim).filter(|l| !l.is_empty()) {
                prop_assert_eq!(mojibake_latin::apply(line), None, "{:?}", line);
                prop_assert_eq!(mojibake_cyrillic::apply(line), None, "{:?}", line);
            }
        }
    }
}
