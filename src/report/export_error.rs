//! What can go wrong writing a report or an export (PDF, CSV, JSON, QDPX)
//! beyond the PDF engine's own errors.

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
    /// A report was asked for in a language Hearken does not ship. Carries
    /// at most the first 16 characters typed.
    #[error("no report language {lang}")]
    Language { lang: String },
    /// A session summary was asked for a session the synthesis does not cover.
    #[error("session not in the report")]
    Session,
}

impl Localized for ExportError {
    fn message(&self) -> Message {
        match self {
            ExportError::Write(_) => Message::new("export-write"),
            ExportError::Archive => Message::new("export-archive"),
            ExportError::Language { lang } => {
                Message::new("report-language").arg("lang", lang.as_str())
            }
            ExportError::Session => Message::new("report-session"),
        }
    }
}
