//! The round trip with qualitative-analysis (QDA) tools: a REFI-QDA project
//! that analysts coded in NVivo, ATLAS.ti, MAXQDA or QualCoder comes back as
//! the engagement's analysis coding (docs/qda.md). The export is
//! [`crate::report::qdpx`].

mod apply;
mod compare;
pub mod read;

pub use apply::{CodeView, QdaImported, codebook};

use crate::i18n::{Localized, Message};

/// A project Hearken cannot read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum QdaError {
    /// Not a ZIP archive (a `.qdpx` is one).
    #[error("not a REFI-QDA project (not a ZIP archive)")]
    NotZip,
    /// The archive holds no `project.qde`.
    #[error("no project.qde in the archive")]
    NoProject,
    /// An entry unpacks to more than the limit.
    #[error("an entry is larger than {limit} bytes")]
    TooLarge { limit: u64 },
    /// `project.qde` is not well-formed XML (or declares a DTD).
    #[error("project.qde is not well-formed XML (line {line})")]
    Xml { line: u32 },
    /// `project.qde` breaks a rule of the schema.
    #[error("project.qde breaks the schema at line {line}: {what}")]
    Schema { what: String, line: u32 },
    /// A selection reaches outside its source.
    #[error("a selection reaches outside its source (line {line})")]
    Outside { line: u32 },
    /// More codes, or codes on one selection, than Hearken takes.
    #[error("more than {max} {what}")]
    TooMany { what: &'static str, max: usize },
    /// The project codes passages, none of them a quote of this engagement.
    #[error("no coded passage is a quote of this engagement")]
    NothingMatched,
    /// A source's `internal://` text is not in the archive.
    #[error("a source's text is missing from the archive")]
    SourceMissing { path: String },
}

impl Localized for QdaError {
    fn message(&self) -> Message {
        match self {
            QdaError::NotZip => Message::new("qda-not-zip"),
            QdaError::NoProject => Message::new("qda-no-project"),
            QdaError::TooLarge { limit } => {
                Message::new("qda-too-large").arg("mib", (*limit / (1024 * 1024)) as usize)
            }
            QdaError::Xml { line } => Message::new("qda-xml").arg("line", *line as usize),
            QdaError::Schema { what, line } => Message::new("qda-schema")
                .arg("what", what.as_str())
                .arg("line", *line as usize),
            QdaError::Outside { line } => Message::new("qda-outside").arg("line", *line as usize),
            QdaError::TooMany { what, max } => Message::new(if *what == "codes" {
                "qda-too-many-codes"
            } else {
                "qda-too-many-codes-per-selection"
            })
            .arg("max", *max),
            QdaError::NothingMatched => Message::new("qda-nothing-matched"),
            QdaError::SourceMissing { path } => {
                Message::new("qda-source-missing").arg("path", path.as_str())
            }
        }
    }
}
