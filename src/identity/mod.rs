//! The two keys every vault holds, and how people compare them.
//!
//! A vault signs what it sends with an Ed25519 [`SigningKey`] (published as a
//! minisign public key, so Debian's `minisign -V` checks our signatures) and
//! receives bundles with an age X25519 [`AgeIdentity`]. The vault seals both;
//! this module only gives them types that zeroize on drop, never print their
//! secret half, and round-trip through the bytes or string the vault stores.
//!
//! [`Fingerprint`] is the short, language-neutral form of a public key that a
//! facilitator and a coordinator read to each other by phone before a key is
//! pinned. The derivations are normative: `docs/format.md` §2.

mod fingerprint;
mod sealing;
mod signing;

pub use fingerprint::Fingerprint;
pub use sealing::{AgeIdentity, parse_recipient};
pub use signing::{KeyId, PublicKey, SECRET_KEY_LEN, SigningKey};

use crate::i18n::{Localized, Message};

/// Why a key could not be made or read back.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum IdentityError {
    /// Stored signing-key bytes do not have the length of an Ed25519 seed:
    /// the vault record is damaged or is not a signing key.
    #[error("stored signing key has the wrong length")]
    MalformedSigningKey,
    /// A public key string is not a minisign Ed25519 public key (bad base64,
    /// wrong length, wrong algorithm, or a degenerate key).
    #[error("not a minisign Ed25519 public key")]
    MalformedPublicKey,
    /// A well-formed minisign public key whose key id is not derived from the
    /// key as Hearken requires: it was made by another tool.
    #[error("public key was not made by Hearken (key id not derived from the key)")]
    ForeignPublicKey,
    /// A string is not an `AGE-SECRET-KEY-1...` X25519 identity.
    #[error("not an age X25519 identity")]
    MalformedAgeIdentity,
    /// A string is not an `age1...` X25519 recipient.
    #[error("not an age X25519 recipient")]
    MalformedRecipient,
    /// The operating system gave no randomness to make a key with.
    #[error("the system random number generator failed")]
    NoRandomness,
}

impl Localized for IdentityError {
    fn message(&self) -> Message {
        Message::new(match self {
            IdentityError::MalformedSigningKey => "identity-malformed-signing-key",
            IdentityError::MalformedPublicKey => "identity-malformed-public-key",
            IdentityError::ForeignPublicKey => "identity-foreign-public-key",
            IdentityError::MalformedAgeIdentity => "identity-malformed-age-identity",
            IdentityError::MalformedRecipient => "identity-malformed-recipient",
            IdentityError::NoRandomness => "identity-no-randomness",
        })
    }
}
