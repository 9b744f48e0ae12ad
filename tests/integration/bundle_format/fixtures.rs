//! Fixed keys, times and files shared by the format tests and the vector
//! generator. The keys are test keys, published on purpose: never use them
//! for anything else.

use std::collections::HashMap;

use age::secrecy::SecretString;
use hearken::{
    bundle::{self, BundleHeader, KeyStatus, Roster},
    format::ManifestDigest,
    identity::{AgeIdentity, KeyId, SigningKey},
    kit::{self, KitHeader, KitPins, Pin},
};
use time::{OffsetDateTime, macros::datetime};

pub const ENGAGEMENT: &str = "upr-2025-kenya";
pub const CREATED: OffsetDateTime = datetime!(2025-03-01 09:30:00 UTC);

/// The coordinator's age identity (bundles are encrypted to it).
pub const COORDINATOR_AGE: &str =
    "AGE-SECRET-KEY-1TUVMTQ3DK2FCT8FC8GCLFZ404MJJPL2E9H07W38DAF632VWYGHVQW0CT83";
/// An escrow identity some kits name as a second recipient.
pub const ESCROW_AGE: &str =
    "AGE-SECRET-KEY-1QF7GPLRFZ3AEH3RT8SAZH4674C0FJMSZ239J28QJ9H2493KN40KQNG98QP";
/// Someone else entirely.
pub const STRANGER_AGE: &str =
    "AGE-SECRET-KEY-13TPU8CAWHSXPJYL3MVN2YHM0V5PP5QCHGNAUVD94X738X5HV3FAS5X234T";

pub fn age_identity(secret: &str) -> AgeIdentity {
    AgeIdentity::from_secret(&SecretString::from(secret.to_owned())).unwrap()
}

/// The coordinator's signing key (signs kits).
pub fn coordinator() -> SigningKey {
    SigningKey::from_bytes(&[0x11; 32]).unwrap()
}

/// A facilitator device's signing key (signs bundles).
pub fn device() -> SigningKey {
    SigningKey::from_bytes(&[0x22; 32]).unwrap()
}

/// Another coordinator's key.
pub fn impostor() -> SigningKey {
    SigningKey::from_bytes(&[0x33; 32]).unwrap()
}

pub const KIT_FILES: [(&str, &[u8]); 2] = [
    (
        "agenda.json",
        b"{\"items\":[\"Welcome and consent\",\"Access to clean water\",\"Read-back\"]}\n",
    ),
    (
        "consent-en.txt",
        b"You may stop at any time. Your name is never written down.\n",
    ),
];

pub const BUNDLE_FILES: [(&str, &[u8]); 2] = [
    (
        "quotes.json",
        b"[{\"speaker\":\"P1\",\"text\":\"The well is two hours away.\"}]\n",
    ),
    ("tombstones.json", b"[]\n"),
];

pub fn kit_bytes(key: &SigningKey, kit_version: u64) -> Vec<u8> {
    let recipients = [age_identity(COORDINATOR_AGE).recipient()];
    let header = KitHeader {
        engagement_id: ENGAGEMENT,
        kit_version,
        created: CREATED,
        recipients: &recipients,
    };
    kit::write(&header, &KIT_FILES, key).unwrap()
}

pub fn bundle_bytes(device_sequence: u64, recipients: &[&str]) -> Vec<u8> {
    let recipients: Vec<_> = recipients
        .iter()
        .map(|s| age_identity(s).recipient())
        .collect();
    let header = BundleHeader {
        engagement_id: ENGAGEMENT,
        device_sequence,
        created: CREATED,
    };
    bundle::write(&header, &BUNDLE_FILES, &device(), &recipients).unwrap()
}

/// An in-memory roster, as the coordinator's vault would keep it.
#[derive(Default)]
pub struct MemoryRoster {
    pub keys: HashMap<KeyId, KeyStatus>,
    pub imported: HashMap<(KeyId, u64), ManifestDigest>,
}

impl MemoryRoster {
    /// A roster that knows the test device, active.
    pub fn with_device() -> Self {
        let mut roster = Self::default();
        let key = device().public_key().clone();
        roster.keys.insert(key.key_id(), KeyStatus::Active(key));
        roster
    }
}

impl Roster for MemoryRoster {
    fn key_status(&self, key_id: KeyId) -> KeyStatus {
        self.keys
            .get(&key_id)
            .cloned()
            .unwrap_or(KeyStatus::Unknown)
    }

    fn imported(&self, key_id: KeyId, device_sequence: u64) -> Option<ManifestDigest> {
        self.imported.get(&(key_id, device_sequence)).copied()
    }
}

/// In-memory kit pins, as a facilitator's vault would keep them.
#[derive(Default)]
pub struct MemoryPins(pub HashMap<String, Pin>);

impl KitPins for MemoryPins {
    fn pin(&self, engagement_id: &str) -> Option<Pin> {
        self.0.get(engagement_id).cloned()
    }
}
