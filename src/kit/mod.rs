//! Engagement kits: what a coordinator sends facilitators, signed, not
//! encrypted (agenda, questions, codebook, consent texts, and the keys
//! bundles must be encrypted to).
//!
//! Spec: `docs/format.md` §6. [`write()`] signs content files into a kit;
//! [`read()`] verifies one completely and checks it against the caller's pins
//! (trust on first use: the first kit of an engagement pins its signer, after
//! the facilitator compared fingerprints by phone; later kits must come from
//! the same key and must not be older). Serializing records into content
//! files, and storing pins, belong to the layers above.

mod read;
mod write;

pub use read::{read, read_with_limits};
pub use write::{KitHeader, write};

use age::x25519;

use crate::{
    format::{ContentFiles, Manifest, ManifestDigest},
    identity::PublicKey,
};

/// What the facilitator's vault remembers of the last kit it imported for
/// an engagement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pin {
    /// The coordinator key pinned on first import.
    pub signer: PublicKey,
    /// The newest kit version imported.
    pub kit_version: u64,
    /// The digest of that kit's manifest.
    pub digest: ManifestDigest,
}

/// The caller's store of pins, looked up by engagement id.
pub trait KitPins {
    /// The pin for an engagement, if a kit of it was imported before.
    fn pin(&self, engagement_id: &str) -> Option<Pin>;
}

/// No pins at all: every kit is a first use.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoPins;

impl KitPins for NoPins {
    fn pin(&self, _: &str) -> Option<Pin> {
        None
    }
}

/// How a verified kit relates to the pins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinStatus {
    /// No pin for this engagement: show the signer's fingerprint, have the
    /// facilitator compare it with the coordinator, and pin only if it
    /// matches.
    FirstUse,
    /// Signed by the pinned key and newer than the last kit imported.
    Pinned,
}

/// A verified kit.
#[derive(Debug)]
pub struct Kit {
    manifest: Manifest,
    digest: ManifestDigest,
    kit_version: u64,
    recipients: Vec<x25519::Recipient>,
    pin: PinStatus,
    files: ContentFiles,
}

impl Kit {
    /// The verified manifest.
    pub fn manifest(&self) -> &Manifest {
        &self.manifest
    }

    /// The manifest digest: store it in the [`Pin`].
    pub fn digest(&self) -> ManifestDigest {
        self.digest
    }

    /// The coordinator key that signed the kit.
    pub fn signer(&self) -> &PublicKey {
        &self.manifest.signer
    }

    /// How the kit relates to the caller's pins.
    pub fn pin_status(&self) -> PinStatus {
        self.pin
    }

    /// The engagement id.
    pub fn engagement_id(&self) -> &str {
        &self.manifest.engagement_id
    }

    /// The kit version.
    pub fn kit_version(&self) -> u64 {
        self.kit_version
    }

    /// Where bundles of this engagement must be encrypted to.
    pub fn recipients(&self) -> &[x25519::Recipient] {
        &self.recipients
    }

    /// The pin to store once the kit is accepted.
    pub fn to_pin(&self) -> Pin {
        Pin {
            signer: self.manifest.signer.clone(),
            kit_version: self.kit_version(),
            digest: self.digest,
        }
    }

    /// The content files.
    pub fn files(&self) -> &ContentFiles {
        &self.files
    }
}
