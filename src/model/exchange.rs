//! What a vault keeps to exchange kits and bundles: its own keys, the pin
//! of the coordinator key per engagement (facilitator side), and the roster
//! of facilitator devices with what each sent, plus bundles held in
//! quarantine (coordinator side). All sealed like every other record.

use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, ZeroizeOnDrop};

/// This vault's keys: an Ed25519 signing key (minisign format) and an age
/// X25519 identity. Made on first use; never leaves the vault except when a
/// person exports the age identity on purpose.
#[derive(Clone, PartialEq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
pub struct DeviceKeys {
    /// The 32-byte Ed25519 seed.
    pub signing_key: Vec<u8>,
    /// `AGE-SECRET-KEY-1...`.
    pub age_identity: String,
    pub created_at: i64,
    /// Bundles exported so far: the next bundle's sequence number is one more.
    pub bundles_exported: u64,
}

impl std::fmt::Debug for DeviceKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeviceKeys")
            .field("bundles_exported", &self.bundles_exported)
            .finish_non_exhaustive()
    }
}

/// The coordinator key pinned for an engagement imported from a kit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
#[serde(deny_unknown_fields)]
pub struct KitPin {
    /// The coordinator's minisign public key line.
    pub signer: String,
    pub kit_version: u64,
    /// Manifest digest (hex) of the last kit imported.
    pub digest: String,
    /// Where bundles of this engagement go (`age1...`).
    pub recipients: Vec<String>,
}

/// Whether a facilitator device may send bundles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Zeroize)]
#[serde(rename_all = "snake_case")]
pub enum DeviceStatus {
    Approved,
    /// Lost or seized: everything it signed is refused.
    Revoked,
}

/// One bundle imported from a device.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
pub struct Received {
    pub sequence: u64,
    /// Manifest digest (hex).
    pub digest: String,
    pub at: i64,
    /// The file's name as it arrived (no folder).
    pub file: String,
}

/// A facilitator device in the coordinator's roster.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
pub struct Device {
    pub key_id: String,
    /// The device's minisign public key line.
    pub public_key: String,
    pub status: DeviceStatus,
    pub added_at: i64,
    pub received: Vec<Received>,
}

impl Device {
    /// Sequence numbers below the highest received that never arrived.
    pub fn missing(&self) -> Vec<u64> {
        let have: std::collections::BTreeSet<u64> =
            self.received.iter().map(|r| r.sequence).collect();
        let top = have.last().copied().unwrap_or(0);
        (1..top).filter(|s| !have.contains(s)).collect()
    }
}

/// A bundle from a device not approved for its engagement, kept as
/// received (still encrypted) until a person approves or rejects the device.
/// The file's bytes live in a [`HeldBundle`] child record that is not
/// loaded at unlock; `bytes` is only non-empty in records written before
/// that record existed.
#[derive(Clone, PartialEq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
pub struct Quarantined {
    pub key_id: String,
    pub public_key: String,
    pub received_at: i64,
    pub file: String,
    pub bytes: Vec<u8>,
}

impl std::fmt::Debug for Quarantined {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Quarantined")
            .field("key_id", &self.key_id)
            .field("file", &self.file)
            .finish_non_exhaustive()
    }
}

/// Where an imported record came from: its author device and the version
/// counter it had there (docs/format.md §10.3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
pub struct Origin {
    /// The author device's key id.
    pub author: String,
    pub counter: i64,
    /// Manifest digest (hex) of the bundle it came in.
    pub bundle: String,
}

/// The bytes of a quarantined bundle: a child of its [`Quarantined`] record,
/// read from disk only when the bundle is approved.
#[derive(Clone, PartialEq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
pub struct HeldBundle {
    /// The [`Quarantined`] record this belongs to.
    pub quarantined: crate::model::RecordId,
    pub bytes: Vec<u8>,
}

impl std::fmt::Debug for HeldBundle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HeldBundle")
            .field("size", &self.bytes.len())
            .finish_non_exhaustive()
    }
}

/// A coordinator's decision about a device for one engagement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Zeroize)]
#[serde(rename_all = "snake_case")]
pub enum GrantDecision {
    /// The device may write its own records into the engagement.
    Approved,
    /// A device revoked before was approved again, after the person
    /// confirmed it on purpose.
    Reapproved,
    /// The device was revoked: nothing it signs is accepted.
    Revoked,
}

/// One entry of the roster's history: who may write into which engagement,
/// decided when. Append-only; the latest entry for a (device, engagement)
/// pair is in force.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
pub struct Grant {
    pub key_id: String,
    pub engagement: crate::model::RecordId,
    #[zeroize(skip)]
    pub decision: GrantDecision,
    pub at: i64,
}
