//! Inline normalization: Unicode, whitespace, punctuation and names. Each step is a
//! counted rule with its own code, selectable in the config like any other rule.

use std::collections::BTreeMap;
use std::path::Path;

use crate::config::{Config, DashPolicy, QuotePolicy};
use crate::error::Error;
use crate::rules::RuleMeta;

pub mod dashes;
pub mod ellipsis;
pub mod exotic_space;
pub mod invisible_char;
pub mod names;
pub mod nfc;
pub mod quotes;
pub mod whitespace;

pub use names::AliasTable;

/// How often each normalization rule changed something, by rule code.
pub type Counts = BTreeMap<&'static str, u64>;

/// Every normalization step, in the order they run.
pub fn all_steps() -> [&'static RuleMeta; 8] {
    [
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

    /// Unicode, whitespace and punctuation steps on one block's text.
    pub fn text(&self, s: &mut String, counts: &mut Counts) {
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
        step(self.nfc, &nfc::META, &nfc::apply);
        step(self.exotic_space, &exotic_space::META, &exotic_space::apply);
        step(
            self.invisible,
            &invisible_char::META,
            &invisible_char::apply,
        );
        step(self.whitespace, &whitespace::META, &whitespace::apply);
        step(self.quotes, &quotes::META, &quotes::apply);
        step(self.ellipsis, &ellipsis::META, &ellipsis::apply);
        let policy = self.dashes;
        step(policy != DashPolicy::Keep, &dashes::META, &|t| {
            dashes::apply(t, policy)
        });
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
