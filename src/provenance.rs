//! The per-document metadata and provenance record, written as `<stem>.json`, as one
//! manifest line, and under `docclean` in streamed records. One schema version.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Bumped whenever a field is renamed, removed or changes meaning.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Record {
    pub schema: u32,
    pub id: String,
    pub title: Option<String>,
    pub authors: Vec<String>,
    /// ISO 8601 date (`YYYY-MM-DD`).
    pub published: Option<String>,
    pub publisher: Option<String>,
    /// Where a syndicated article first appeared.
    pub syndication: Option<Syndication>,
    pub url: Option<String>,
    pub language: Option<String>,
    /// For each metadata field found, where it came from (a rule code, an HTML source).
    pub metadata_sources: BTreeMap<String, String>,
    pub source: SourceInfo,
    pub removed: Vec<Removed>,
    /// How often each normalization rule changed the kept text, by rule code.
    pub normalized: BTreeMap<String, u64>,
    pub output: Option<OutputInfo>,
    pub pipeline: PipelineInfo,
    /// Why the document could not be cleaned; `null` when it was.
    pub error: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Syndication {
    pub publisher: String,
    pub published: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct SourceInfo {
    /// Path relative to the input root given on the command line (`/` separators).
    pub path: String,
    pub sha256: String,
    pub bytes: u64,
    /// `text`, `markdown` or `html`.
    pub format: String,
    /// WHATWG name of the encoding the bytes were decoded with.
    pub encoding: String,
    /// How the encoding was chosen: `bom`, `declared`, `detected`, `override`.
    pub encoding_source: String,
    /// Undecodable byte sequences replaced by U+FFFD.
    pub replacements: u64,
}

/// One removed block or inline cut.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Removed {
    pub rule: String,
    pub name: String,
    /// What went, after normalization.
    pub text: String,
    /// Byte span in the decoded source text (for plain text, after the encoding repair
    /// rules EN001–EN003, which run before segmentation). For an inline cut inside a
    /// block that normalization changed, the span of the whole block.
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct OutputInfo {
    pub sha256: String,
    /// Unicode scalar values in the clean text.
    pub chars: u64,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct PipelineInfo {
    pub version: String,
    pub config_sha256: String,
}

/// Lowercase hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let digest = Sha256::digest(bytes);
    let mut out = Vec::with_capacity(64);
    for b in digest {
        out.extend([HEX[usize::from(b >> 4)], HEX[usize::from(b & 15)]]);
    }
    // Hex digits only: always UTF-8.
    String::from_utf8(out).unwrap_or_default()
}
