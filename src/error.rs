//! The errors the library returns. Each area has its own typed enum; this
//! module gathers them so callers can hold one type, and turns each into a
//! translatable [`Message`](crate::i18n::Message) in one place.

use crate::i18n::{Localized, Message};

/// Any error Hearken's library can return.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Writing, reading or opening a kit or bundle.
    #[error(transparent)]
    Format(#[from] crate::format::FormatError),
    /// Making or reading back a vault key.
    #[error(transparent)]
    Identity(#[from] crate::identity::IdentityError),
}

impl Localized for Error {
    fn message(&self) -> Message {
        match self {
            Error::Format(e) => e.message(),
            Error::Identity(e) => e.message(),
        }
    }
}
