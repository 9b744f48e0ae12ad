//! Kits and bundles between a vault and the world: the record layer on top
//! of the format layer (`kit`, `bundle`, `format`). It decides what leaves a
//! device (only consented, anonymized content), serializes records into
//! content files (docs/format.md §14), and merges what arrives
//! (§10.3: newer version wins, tombstones win for good, any order gives the
//! same result, re-imports change nothing).

pub(crate) mod content;
mod keys;
mod kits;
pub mod updates;
pub mod wire;

pub use keys::Identity;
pub use kits::KitImported;

use crate::{
    i18n::{Localized, Message},
    model::Kind,
};

/// Exchanging kits and bundles failed for a reason of the record layer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ExchangeError {
    /// No recipient to encrypt the bundle to: no kit, and none given.
    #[error("no recipient")]
    NoRecipients,
    /// Nothing to export.
    #[error("no session to export")]
    NoSessions,
    /// The sessions chosen belong to different engagements.
    #[error("sessions of several engagements")]
    MixedEngagements,
    /// Quotes still hold identifying details nobody redacted or reviewed.
    #[error("{quotes} quotes hold unresolved identifying details")]
    Unresolved { quotes: usize },
    /// A bundle or kit names an engagement this vault does not hold.
    #[error("unknown engagement")]
    UnknownEngagement,
    /// The records inside a verified kit or bundle are not acceptable.
    #[error("bad content: {what}")]
    BadContent { what: &'static str },
    /// No device in the roster has this key id.
    #[error("unknown device")]
    UnknownDevice,
    /// A bundle file cannot be read.
    #[error("cannot read a file")]
    ReadFile { path: String },
    /// A bundle creates, changes or removes a record another device (or
    /// this vault) wrote, or writes into another device's session.
    #[error("the bundle touches a {} of another device", kind.name())]
    ForeignRecord { kind: Kind },
    /// A bundle holds a quote without its speaker's consent covering it, or
    /// a need or recommendation without the session's group consent.
    #[error("a {} without consent", kind.name())]
    WithoutConsent { kind: Kind },
    /// The device is not approved for the bundle's engagement.
    #[error("device not approved for this engagement")]
    NotApproved,
    /// The device was revoked; approving it again needs an explicit
    /// confirmation.
    #[error("device was revoked")]
    Revoked,
    /// The quarantine holds as much as it may (for this device, or in all).
    #[error("quarantine full")]
    QuarantineFull,
    /// The bundle would be encrypted to a recipient the kit does not name,
    /// and nobody confirmed it.
    #[error("recipient not named by the kit")]
    OtherRecipient,
    /// Several engagements could be meant: one must be named.
    #[error("which engagement")]
    WhichEngagement,
}

impl Localized for ExchangeError {
    fn message(&self) -> Message {
        match self {
            ExchangeError::NoRecipients => Message::new("exchange-no-recipients"),
            ExchangeError::NoSessions => Message::new("exchange-no-sessions"),
            ExchangeError::MixedEngagements => Message::new("exchange-mixed-engagements"),
            ExchangeError::Unresolved { quotes } => {
                Message::new("exchange-unresolved").arg("n", *quotes)
            }
            ExchangeError::UnknownEngagement => Message::new("exchange-unknown-engagement"),
            ExchangeError::ReadFile { path } => {
                Message::new("exchange-read-file").arg("path", path.clone())
            }
            ExchangeError::BadContent { what } => {
                Message::new("exchange-bad-content").arg("what", *what)
            }
            ExchangeError::UnknownDevice => Message::new("exchange-unknown-device"),
            ExchangeError::ForeignRecord { kind } => {
                Message::new("exchange-foreign-record").arg("kind", kind.name())
            }
            ExchangeError::WithoutConsent { kind } => {
                Message::new("exchange-without-consent").arg("kind", kind.name())
            }
            ExchangeError::NotApproved => Message::new("exchange-not-approved"),
            ExchangeError::Revoked => Message::new("exchange-revoked"),
            ExchangeError::QuarantineFull => Message::new("exchange-quarantine-full"),
            ExchangeError::WhichEngagement => Message::new("exchange-which-engagement"),
            ExchangeError::OtherRecipient => Message::new("exchange-other-recipient"),
        }
    }
}
