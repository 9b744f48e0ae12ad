//! The age X25519 identity a vault receives bundles with.
//!
//! Stored as the standard `AGE-SECRET-KEY-1...` string, so a coordinator can
//! export it to an identity file and decrypt a bundle with Debian's `age -d`
//! when Hearken is not at hand (`docs/format.md` §7.3).

use std::{fmt, str::FromStr};

use age::{
    secrecy::{ExposeSecret, SecretString},
    x25519,
};

use super::IdentityError;

/// An age X25519 identity. The secret is zeroized on drop (by
/// `x25519-dalek`); `Debug` shows only the recipient.
#[derive(Clone)]
pub struct AgeIdentity(x25519::Identity);

impl AgeIdentity {
    /// A new random identity.
    pub fn generate() -> Self {
        AgeIdentity(x25519::Identity::generate())
    }

    /// The identity from its `AGE-SECRET-KEY-1...` string (what the vault
    /// seals, and what an age identity file holds).
    pub fn from_secret(secret: &SecretString) -> Result<Self, IdentityError> {
        x25519::Identity::from_str(secret.expose_secret().trim())
            .map(AgeIdentity)
            .map_err(|_| IdentityError::MalformedAgeIdentity)
    }

    /// The `AGE-SECRET-KEY-1...` string.
    pub fn to_secret(&self) -> SecretString {
        self.0.to_string()
    }

    /// The recipient (`age1...`) that senders encrypt to.
    pub fn recipient(&self) -> x25519::Recipient {
        self.0.to_public()
    }

    pub(crate) fn as_age(&self) -> &x25519::Identity {
        &self.0
    }
}

impl fmt::Debug for AgeIdentity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AgeIdentity")
            .field("recipient", &self.recipient().to_string())
            .finish_non_exhaustive()
    }
}

/// Parses an `age1...` X25519 recipient.
pub fn parse_recipient(text: &str) -> Result<x25519::Recipient, IdentityError> {
    x25519::Recipient::from_str(text.trim()).map_err(|_| IdentityError::MalformedRecipient)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identity_round_trips_through_its_secret_string() {
        let id = AgeIdentity::generate();
        let secret = id.to_secret();
        assert!(secret.expose_secret().starts_with("AGE-SECRET-KEY-1"));
        let again = AgeIdentity::from_secret(&secret).unwrap();
        assert_eq!(again.recipient().to_string(), id.recipient().to_string());
        assert!(id.recipient().to_string().starts_with("age1"));
    }

    #[test]
    fn malformed_strings_are_refused_and_debug_hides_the_secret() {
        let bad = SecretString::from("AGE-SECRET-KEY-1NOTAKEY".to_owned());
        assert_eq!(
            AgeIdentity::from_secret(&bad).unwrap_err(),
            IdentityError::MalformedAgeIdentity
        );
        assert_eq!(
            parse_recipient("age1nope").unwrap_err(),
            IdentityError::MalformedRecipient
        );
        let id = AgeIdentity::generate();
        let debug = format!("{id:?}");
        assert!(!debug.contains("AGE-SECRET-KEY"), "{debug}");
        assert!(debug.contains("age1"));
    }
}
