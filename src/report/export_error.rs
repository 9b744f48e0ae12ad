//! What can go wrong writing a CSV, JSON or QDPX export.

use crate::i18n::{Localized, Message};

/// An export could not be made or saved.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ExportError {
    /// The file could not be written (disk full, no permission, no folder).
    #[error("cannot write the export")]
    Write(#[source] std::io::Error),
    /// The archive could not be assembled (a bug: everything is in memory).
    #[error("cannot assemble the archive")]
    Archive,
}

impl Localized for ExportError {
    fn message(&self) -> Message {
        match self {
            ExportError::Write(_) => Message::new("export-write"),
            ExportError::Archive => Message::new("export-archive"),
        }
    }
}
