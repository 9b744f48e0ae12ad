//! Bundles: what a facilitator's device sends the coordinator. Signed, then
//! encrypted with age to the recipients the engagement's kit names.
//!
//! Spec: `docs/format.md` §7. [`write()`] signs content files into an archive
//! and encrypts it; [`open()`] decrypts with the vault's identity, verifies
//! the archive completely, then checks the signer against the caller's
//! [`Roster`]: an unknown key is refused with [`FormatError::UnknownKey`]
//! carrying the self-verified signer and manifest, so the caller can keep
//! the file (still encrypted) in quarantine until a person approves the key
//! (§10.2). Replays are told apart from conflicts by the manifest digest.
//! Serializing records, merging them and storing the roster belong to the
//! layers above.

mod open;
mod write;

pub use open::{VerifiedBundle, open, open_archive, open_with_limits, verify};
pub use write::{BundleHeader, write, write_to};

use crate::{
    format::{ContentFiles, FormatError, Manifest, ManifestDigest, UnknownSigner},
    identity::{KeyId, PublicKey},
};

/// What the coordinator's roster says about a device key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyStatus {
    /// Approved: bundles signed by this key are accepted.
    Active(PublicKey),
    /// Revoked (lost or seized device): every bundle it signed is refused.
    Revoked,
    /// Never seen: bundles go to quarantine.
    Unknown,
}

/// The caller's roster of device keys and of bundles already imported.
pub trait Roster {
    /// What the roster says about a key id.
    fn key_status(&self, key_id: KeyId) -> KeyStatus;

    /// The manifest digest of the bundle already imported with this device
    /// key and sequence number, if any.
    fn imported(&self, key_id: KeyId, device_sequence: u64) -> Option<ManifestDigest>;
}

/// A decrypted and verified bundle from an approved device.
#[derive(Debug)]
pub struct OpenedBundle {
    manifest: Manifest,
    digest: ManifestDigest,
    device_sequence: u64,
    files: ContentFiles,
}

impl OpenedBundle {
    /// The verified manifest.
    pub fn manifest(&self) -> &Manifest {
        &self.manifest
    }

    /// The manifest digest: record it with the device key and sequence
    /// number so a re-import is recognised ([`Roster::imported`]).
    pub fn digest(&self) -> ManifestDigest {
        self.digest
    }

    /// The device key that signed the bundle (in the roster, active).
    pub fn device_key(&self) -> &PublicKey {
        &self.manifest.signer
    }

    /// The device's sequence number for this bundle.
    pub fn device_sequence(&self) -> u64 {
        self.device_sequence
    }

    /// The engagement id.
    pub fn engagement_id(&self) -> &str {
        &self.manifest.engagement_id
    }

    /// The content files (zeroized on drop).
    pub fn files(&self) -> &ContentFiles {
        &self.files
    }
}

/// Applies the roster to a verified bundle (§10.2).
fn check_roster(
    roster: &dyn Roster,
    manifest: Manifest,
    digest: ManifestDigest,
    device_sequence: u64,
) -> Result<Manifest, FormatError> {
    let key_id = manifest.signer.key_id();
    match roster.key_status(key_id) {
        KeyStatus::Unknown => {
            return Err(FormatError::UnknownKey(Box::new(UnknownSigner {
                signer: manifest.signer.clone(),
                manifest,
            })));
        }
        KeyStatus::Revoked => return Err(FormatError::RevokedKey { key_id }),
        KeyStatus::Active(key) if key != manifest.signer => {
            return Err(FormatError::KeyMismatch { key_id });
        }
        KeyStatus::Active(_) => {}
    }
    match roster.imported(key_id, device_sequence) {
        Some(seen) if seen == digest => Err(FormatError::AlreadyImported),
        Some(_) => Err(FormatError::SequenceReused {
            sequence: device_sequence,
        }),
        None => Ok(manifest),
    }
}
