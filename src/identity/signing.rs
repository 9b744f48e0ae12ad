//! The Ed25519 signing key of a vault and its minisign public key.
//!
//! Spec: `docs/format.md` §2.1. The key id is not random as in minisign: it is
//! the first 8 bytes of `SHA-256("hearken key id v1" || public key)`, so a key
//! id names exactly one key and a roster keyed by id cannot be confused by a
//! second key that claims the same id.

use std::{fmt, str::FromStr};

use data_encoding::BASE64;
use ed25519_dalek::{Signature, Signer};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::{Fingerprint, IdentityError};

/// Length of the stored secret: the Ed25519 seed.
pub const SECRET_KEY_LEN: usize = 32;

/// minisign's algorithm tag for Ed25519 keys.
const KEY_ALGORITHM: [u8; 2] = *b"Ed";
const KEY_ID_DOMAIN: &[u8] = b"hearken key id v1";
/// Bytes of a decoded minisign public key: algorithm, key id, key.
const PUBLIC_KEY_BYTES: usize = 2 + 8 + 32;

/// The 8-byte id minisign puts in keys and signatures. Displayed as minisign
/// shows it (`%016X` of the little-endian number), so the ids people see in
/// Hearken and in `minisign` output are the same text.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct KeyId([u8; 8]);

impl KeyId {
    /// The id derived from an Ed25519 public key (`docs/format.md` §2.1).
    pub fn derive(public_key: &[u8; 32]) -> Self {
        let digest: [u8; 32] = Sha256::new()
            .chain_update(KEY_ID_DOMAIN)
            .chain_update(public_key)
            .finalize()
            .into();
        let mut id = [0u8; 8];
        id.copy_from_slice(&digest[..8]);
        KeyId(id)
    }

    /// The id as it appears on the wire (in keys and signatures).
    pub fn to_bytes(self) -> [u8; 8] {
        self.0
    }

    /// An id from its wire bytes.
    pub fn from_bytes(bytes: [u8; 8]) -> Self {
        KeyId(bytes)
    }
}

impl fmt::Display for KeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:016X}", u64::from_le_bytes(self.0))
    }
}

impl fmt::Debug for KeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "KeyId({self})")
    }
}

impl FromStr for KeyId {
    type Err = IdentityError;

    /// Parses the displayed form (16 upper- or lower-case hex digits).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s.len() != 16 || !s.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(IdentityError::MalformedPublicKey);
        }
        let n = u64::from_str_radix(s, 16).map_err(|_| IdentityError::MalformedPublicKey)?;
        Ok(KeyId(n.to_le_bytes()))
    }
}

/// A vault's Ed25519 signing key. Zeroized on drop (by `ed25519-dalek`);
/// `Debug` shows only the key id.
pub struct SigningKey {
    key: ed25519_dalek::SigningKey,
    public: PublicKey,
}

impl SigningKey {
    /// A new random key from the operating system's generator.
    pub fn generate() -> Result<Self, IdentityError> {
        let mut seed = Zeroizing::new([0u8; SECRET_KEY_LEN]);
        getrandom::fill(seed.as_mut()).map_err(|_| IdentityError::NoRandomness)?;
        Ok(Self::from_seed(&seed))
    }

    /// The key from the bytes [`SigningKey::to_bytes`] gave (what the vault
    /// seals).
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, IdentityError> {
        let seed: &[u8; SECRET_KEY_LEN] = bytes
            .try_into()
            .map_err(|_| IdentityError::MalformedSigningKey)?;
        Ok(Self::from_seed(seed))
    }

    fn from_seed(seed: &[u8; SECRET_KEY_LEN]) -> Self {
        let key = ed25519_dalek::SigningKey::from_bytes(seed);
        let public = PublicKey::from_verifying_key(key.verifying_key());
        Self { key, public }
    }

    /// The secret seed, for the vault to seal. Zeroized when dropped.
    pub fn to_bytes(&self) -> Zeroizing<[u8; SECRET_KEY_LEN]> {
        Zeroizing::new(self.key.to_bytes())
    }

    /// The public half.
    pub fn public_key(&self) -> &PublicKey {
        &self.public
    }

    /// The key id (also in [`SigningKey::public_key`]).
    pub fn key_id(&self) -> KeyId {
        self.public.key_id
    }

    /// A plain Ed25519 signature of `message`. minisign's prehashed mode
    /// calls this with the BLAKE2b-512 digest of the signed file.
    pub(crate) fn sign(&self, message: &[u8]) -> [u8; 64] {
        self.key.sign(message).to_bytes()
    }
}

impl fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SigningKey")
            .field("key_id", &self.public.key_id)
            .finish_non_exhaustive()
    }
}

/// An Ed25519 public key with its derived key id. Its text form is the
/// minisign public key line (`RW...`), what `minisign -V -P` takes.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PublicKey {
    key: ed25519_dalek::VerifyingKey,
    key_id: KeyId,
}

impl PublicKey {
    fn from_verifying_key(key: ed25519_dalek::VerifyingKey) -> Self {
        let key_id = KeyId::derive(key.as_bytes());
        Self { key, key_id }
    }

    /// The key id.
    pub fn key_id(&self) -> KeyId {
        self.key_id
    }

    /// The raw 32-byte Ed25519 key.
    pub fn to_bytes(&self) -> [u8; 32] {
        self.key.to_bytes()
    }

    /// The digits people read aloud to compare this key (`docs/format.md` §2.3).
    pub fn fingerprint(&self) -> Fingerprint {
        Fingerprint::of_public_key(&self.key.to_bytes())
    }

    /// A minisign public key file (`minisign -p` reads it).
    pub fn to_minisign_file(&self) -> String {
        format!(
            "untrusted comment: minisign public key {}\n{self}\n",
            self.key_id
        )
    }

    /// Checks a plain Ed25519 signature strictly: non-canonical signatures
    /// and small-order keys are refused, so a signature has one encoding.
    pub(crate) fn verify(&self, message: &[u8], signature: &[u8; 64]) -> bool {
        let signature = Signature::from_bytes(signature);
        self.key.verify_strict(message, &signature).is_ok()
    }
}

impl FromStr for PublicKey {
    type Err = IdentityError;

    /// Parses the base64 line of a minisign public key (`RW...`), surrounding
    /// whitespace allowed.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bytes = BASE64
            .decode(s.trim().as_bytes())
            .map_err(|_| IdentityError::MalformedPublicKey)?;
        let bytes: [u8; PUBLIC_KEY_BYTES] = bytes
            .try_into()
            .map_err(|_| IdentityError::MalformedPublicKey)?;
        if bytes[..2] != KEY_ALGORITHM {
            return Err(IdentityError::MalformedPublicKey);
        }
        let mut id = [0u8; 8];
        id.copy_from_slice(&bytes[2..10]);
        let mut raw = [0u8; 32];
        raw.copy_from_slice(&bytes[10..]);
        let key = ed25519_dalek::VerifyingKey::from_bytes(&raw)
            .map_err(|_| IdentityError::MalformedPublicKey)?;
        if key.is_weak() {
            return Err(IdentityError::MalformedPublicKey);
        }
        let public = Self::from_verifying_key(key);
        if public.key_id != KeyId(id) {
            return Err(IdentityError::ForeignPublicKey);
        }
        Ok(public)
    }
}

impl fmt::Display for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut bytes = [0u8; PUBLIC_KEY_BYTES];
        bytes[..2].copy_from_slice(&KEY_ALGORITHM);
        bytes[2..10].copy_from_slice(&self.key_id.0);
        bytes[10..].copy_from_slice(self.key.as_bytes());
        f.write_str(&BASE64.encode(&bytes))
    }
}

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PublicKey({self})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signing_key_round_trips_through_its_sealed_bytes() {
        let key = SigningKey::generate().unwrap();
        let again = SigningKey::from_bytes(key.to_bytes().as_ref()).unwrap();
        assert_eq!(again.public_key(), key.public_key());
        assert_eq!(
            SigningKey::from_bytes(&[0u8; 31]).unwrap_err(),
            IdentityError::MalformedSigningKey
        );
    }

    #[test]
    fn public_key_line_round_trips_and_starts_like_minisign() {
        let key = SigningKey::generate().unwrap();
        let line = key.public_key().to_string();
        assert!(line.starts_with("RW"), "{line}");
        assert_eq!(line.len(), 56);
        assert_eq!(&line.parse::<PublicKey>().unwrap(), key.public_key());
    }

    #[test]
    fn a_key_id_not_derived_from_the_key_is_refused() {
        let key = SigningKey::from_bytes(&[7u8; 32]).unwrap();
        let mut bytes = BASE64
            .decode(key.public_key().to_string().as_bytes())
            .unwrap();
        bytes[2] ^= 1;
        let forged = BASE64.encode(&bytes);
        assert_eq!(
            forged.parse::<PublicKey>().unwrap_err(),
            IdentityError::ForeignPublicKey
        );
        bytes[0] = b'X';
        assert_eq!(
            BASE64.encode(&bytes).parse::<PublicKey>().unwrap_err(),
            IdentityError::MalformedPublicKey
        );
    }

    #[test]
    fn key_id_displays_as_minisign_does_and_parses_back() {
        let id = KeyId::from_bytes([1, 2, 3, 4, 5, 6, 7, 0xAB]);
        assert_eq!(id.to_string(), "AB07060504030201");
        assert_eq!("ab07060504030201".parse::<KeyId>().unwrap(), id);
        assert!("AB0706050403020".parse::<KeyId>().is_err());
    }

    #[test]
    fn debug_never_shows_the_secret() {
        let key = SigningKey::from_bytes(&[9u8; 32]).unwrap();
        let debug = format!("{key:?}");
        assert!(debug.contains(&key.key_id().to_string()));
        assert!(!debug.contains("9, 9"), "{debug}");
    }
}
