//! The errors the library returns. Each area has its own typed enum; this
//! module gathers them so callers can hold one type, and turns each into a
//! translatable [`Message`](crate::i18n::Message) in one place.

use crate::i18n::{Localized, Message};

/// Any error Hearken's library can return.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A report could not be rendered to PDF or saved.
    #[error(transparent)]
    Pdf(#[from] crate::report::pdf::PdfError),
}

impl Localized for Error {
    fn message(&self) -> Message {
        match self {
            Error::Pdf(e) => e.message(),
        }
    }
}
