//! The errors the library returns. Each area has its own typed enum; this
//! module gathers them so callers can hold one type, and turns each into a
//! translatable [`Message`](crate::i18n::Message) in one place.

use crate::i18n::{Localized, Message};

/// Any error Hearken's library can return.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Finding, redacting or suppressing identifying details.
    #[error(transparent)]
    Redact(#[from] crate::redact::RedactError),
}

impl Localized for Error {
    fn message(&self) -> Message {
        match self {
            Error::Redact(e) => e.message(),
        }
    }
}
