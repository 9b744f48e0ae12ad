//! The errors the library returns. Each area has its own typed enum; this
//! module gathers them so callers can hold one type, and turns each into a
//! translatable [`Message`](crate::i18n::Message) in one place.

use crate::{
    consent::ConsentError,
    i18n::{Localized, Message},
    validate::RecordError,
    vault::VaultError,
};

/// Any error Hearken's library can return.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    #[error(transparent)]
    Vault(#[from] VaultError),
    #[error(transparent)]
    Consent(#[from] ConsentError),
    #[error(transparent)]
    Record(#[from] RecordError),
    /// Finding, redacting or suppressing identifying details.
    #[error(transparent)]
    Redact(#[from] crate::redact::RedactError),
}

impl Error {
    /// Whether a person typed the wrong passphrase or recovery key.
    pub fn is_wrong_secret(&self) -> bool {
        matches!(self, Error::Vault(v) if v.is_wrong_secret())
    }
}

impl Localized for Error {
    fn message(&self) -> Message {
        match self {
            Error::Vault(e) => e.message(),
            Error::Consent(e) => e.message(),
            Error::Record(e) => e.message(),
            Error::Redact(e) => e.message(),
        }
    }
}
