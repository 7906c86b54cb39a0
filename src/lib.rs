//! docclean turns raw scraped documents (plain text, markdown-ish text, HTML pages,
//! JSONL records, in any encoding) into clean, normalized text with a provenance record
//! that says where each document came from and what was removed or changed, and why.
//!
//! ```
//! use docclean::{Config, Pipeline};
//! let pipeline = Pipeline::new(Config::default()).unwrap();
//! let cleaned = pipeline.clean_text("Title\n\nBy Anna Smith\n\nThe talks went well.\n");
//! assert_eq!(cleaned.text, "Title\n\nThe talks went well.\n");
//! assert_eq!(cleaned.record.authors, ["Anna Smith"]);
//! ```

pub mod authors;
pub mod bits;
pub mod block;
pub mod bytescan;
pub mod config;
pub mod corpus;
pub mod dates;
pub mod decode;
pub mod error;
pub mod eval;
pub mod explain;
pub mod io;
pub mod json;
pub mod normalize;
pub mod pipeline;
pub mod provenance;
pub mod report;
pub mod rules;
pub mod segment;
pub mod shape;
pub mod sniff;
pub mod stream;

pub use config::Config;
pub use error::{DocError, Error};
pub use pipeline::{Cleaned, Pipeline, Source};
pub use provenance::Record;
