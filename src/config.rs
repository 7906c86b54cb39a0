//! Configuration: which rules run, extra phrases, alias tables and punctuation policy.
//! Loaded from a TOML file; unknown keys are an error that names the key.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::Error;

/// How curly quotes, ellipses and dashes are written in the output.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields, default)]
pub struct Punctuation {
    /// `"ascii"`: curly quotes and apostrophes become `"` and `'`; `"keep"`: untouched.
    pub quotes: QuotePolicy,
    /// `"ascii"`: `…` becomes `...`; `"keep"`: untouched.
    pub ellipsis: QuotePolicy,
    /// `"em"`: a dash between words (spaced hyphen, en or em dash, `--`) becomes ` — `;
    /// `"ascii"`: every dash becomes `-` and a dash between words ` - `; `"keep"`: untouched.
    pub dashes: DashPolicy,
}

impl Default for Punctuation {
    fn default() -> Self {
        Punctuation {
            quotes: QuotePolicy::Ascii,
            ellipsis: QuotePolicy::Ascii,
            dashes: DashPolicy::Em,
        }
    }
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum QuotePolicy {
    Ascii,
    Keep,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum DashPolicy {
    Em,
    Ascii,
    Keep,
}

/// Name normalization settings.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields, default)]
pub struct Names {
    /// Whether the alias table shipped with docclean is used.
    pub builtin: bool,
    /// Extra alias tables (`canonical<TAB>variant` lines), relative to the config file.
    pub aliases: Vec<PathBuf>,
}

impl Default for Names {
    fn default() -> Self {
        Names {
            builtin: true,
            aliases: Vec::new(),
        }
    }
}

/// The whole configuration.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// Rule codes or prefixes to run (`"BP"`, `"MT002"`); empty means all.
    pub select: Vec<String>,
    /// Rule codes or prefixes not to run; wins over `select`.
    pub ignore: Vec<String>,
    pub punctuation: Punctuation,
    pub names: Names,
    /// Extra phrases per rule code, added to the rule's own list.
    pub phrases: BTreeMap<String, Vec<String>>,
}

impl Config {
    /// Reads a TOML config file; relative alias paths are resolved against its folder.
    pub fn load(path: &Path) -> Result<Config, Error> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        let mut config: Config = toml::from_str(&text).map_err(|e| Error::Config {
            path: path.to_path_buf(),
            message: e.message().to_string(),
        })?;
        let base = path.parent().unwrap_or(Path::new("."));
        for alias in &mut config.names.aliases {
            if alias.is_relative() {
                *alias = base.join(&*alias);
            }
        }
        Ok(config)
    }

    /// Whether the rule with `code` runs under this configuration.
    pub fn is_selected(&self, code: &str) -> bool {
        let selected =
            self.select.is_empty() || self.select.iter().any(|s| code.starts_with(s.as_str()));
        selected && !self.ignore.iter().any(|s| code.starts_with(s.as_str()))
    }

    /// Checks that every code or prefix named in the config belongs to a known rule.
    pub fn check_codes(&self, known: &[&str], origin: &str) -> Result<(), Error> {
        let named = self
            .select
            .iter()
            .chain(&self.ignore)
            .chain(self.phrases.keys());
        for code in named {
            if !known.iter().any(|k| k.starts_with(code.as_str())) {
                return Err(Error::Config {
                    path: PathBuf::from(origin),
                    message: format!("unknown rule code or prefix `{code}`"),
                });
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_key_is_named() {
        let err = toml::from_str::<Config>("selcet = [\"BP\"]").unwrap_err();
        assert!(err.message().contains("selcet"), "{}", err.message());
    }

    #[test]
    fn select_and_ignore_by_prefix() {
        let config = Config {
            select: vec!["BP".into()],
            ignore: vec!["BP006".into()],
            ..Config::default()
        };
        assert!(config.is_selected("BP001"));
        assert!(!config.is_selected("BP006"));
        assert!(!config.is_selected("MT001"));
        assert!(Config::default().is_selected("NM001"));
    }
}
