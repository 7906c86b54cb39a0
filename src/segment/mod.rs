//! Decoded text of one format to the `Block` list every rule works on, plus the
//! metadata a format carries outside its text (HTML meta tags, structured data).

pub mod fence;
pub mod glue;
pub mod html;
pub mod text;

/// A metadata value and where it was found (`og:title`, `json-ld:author`, …).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub value: String,
    pub from: String,
}

impl Found {
    pub fn new(value: impl Into<String>, from: impl Into<String>) -> Self {
        Found {
            value: value.into(),
            from: from.into(),
        }
    }
}

/// Metadata a page declares outside its text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageMeta {
    pub title: Option<Found>,
    pub authors: Vec<String>,
    pub authors_from: String,
    pub published: Option<Found>,
    pub publisher: Option<Found>,
    pub url: Option<Found>,
    pub language: Option<Found>,
}
