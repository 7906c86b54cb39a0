//! Library errors. Each names the file it is about and the cause.

use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    // The cause is part of the message and deliberately not the error's `source`:
    // `{:#}` chains would print it twice.
    #[error("{}: {cause}", path.display())]
    Io {
        path: PathBuf,
        cause: std::io::Error,
    },
    #[error("{}: invalid config: {message}", path.display())]
    Config { path: PathBuf, message: String },
    #[error("{}: line {line}: {message}", path.display())]
    Aliases {
        path: PathBuf,
        line: usize,
        message: String,
    },
}

impl Error {
    pub fn io(path: &Path, cause: std::io::Error) -> Self {
        Error::Io {
            path: path.to_path_buf(),
            cause,
        }
    }
}

/// Why one document could not be cleaned. It is reported in the manifest; the run goes on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DocError {
    #[error("empty document")]
    Empty,
    #[error("no text left after cleaning")]
    NoText,
    #[error("unsupported binary content ({0})")]
    Binary(String),
    #[error("cannot read: {0}")]
    Unreadable(String),
    #[error("{0}")]
    Invalid(String),
}
