//! The errors the library returns. Each area has its own typed enum; this
//! module gathers them so callers can hold one type, and turns each into a
//! translatable [`Message`](crate::i18n::Message) in one place.

use crate::{
    consent::ConsentError,
    i18n::{Localized, Message},
    model::MergeError,
    model::validate::RecordError,
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
    /// Merging or unmerging recommendations.
    #[error(transparent)]
    Merge(#[from] MergeError),
    /// Finding, redacting or suppressing identifying details.
    #[error(transparent)]
    Redact(#[from] crate::redact::RedactError),
    /// Exchanging kits and bundles (what leaves, what merges).
    #[error(transparent)]
    Exchange(#[from] crate::exchange::ExchangeError),
    /// Writing, reading or opening a kit or bundle.
    #[error(transparent)]
    Format(#[from] crate::format::FormatError),
    /// Making or reading back a vault key.
    #[error(transparent)]
    Identity(#[from] crate::identity::IdentityError),
    /// A report could not be rendered to PDF or saved.
    #[error(transparent)]
    Pdf(#[from] crate::report::pdf::PdfError),
    /// A file from outside could not be read, or an output not written.
    #[error(transparent)]
    File(#[from] crate::files::FileError),
    /// A CSV, JSON or QDPX export could not be made or saved.
    #[error(transparent)]
    Export(#[from] crate::report::ExportError),
    /// Importing official recommendations, linking and tracking them.
    #[error(transparent)]
    Tracking(#[from] crate::coordinator::tracking::TrackingError),
    #[error(transparent)]
    Qda(#[from] crate::qda::QdaError),
    /// The coordinator's report texts and choice of quotes.
    #[error(transparent)]
    Editorial(#[from] crate::model::EditorialError),
    /// Translations of the engagement's labels.
    #[error(transparent)]
    Labels(#[from] crate::coordinator::labels::LabelsError),
    /// The person cancelled a long operation.
    #[error(transparent)]
    Cancelled(#[from] crate::progress::Cancelled),
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
            Error::Merge(e) => e.message(),
            Error::Redact(e) => e.message(),
            Error::Format(e) => e.message(),
            Error::Exchange(e) => e.message(),
            Error::Identity(e) => e.message(),
            Error::Export(e) => e.message(),
            Error::Pdf(e) => e.message(),
            Error::File(e) => e.message(),
            Error::Tracking(e) => e.message(),
            Error::Qda(e) => e.message(),
            Error::Editorial(e) => e.message(),
            Error::Labels(e) => e.message(),
            Error::Cancelled(e) => e.message(),
        }
    }
}
