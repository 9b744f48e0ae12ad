//! Importing bundles (coordinator): open and verify against the roster,
//! hold bundles of devices not approved for their engagement in a bounded
//! quarantine, and merge records under the trust model ([`super::apply`]) so
//! that the result does not depend on the order bundles arrive in
//! (docs/format.md §10). Each bundle is applied in one transaction: all of
//! it or nothing.
//!
//! The roster is per engagement: a device approved for one engagement
//! writes nothing into another. Every decision is a [`Grant`] record, kept
//! as the roster's history; a revoked device is approved again only when a
//! person confirms it on purpose.

use super::apply;
use crate::exchange::{
    ExchangeError,
    content::{RECORDS_FILE, RecordsFile},
};
use crate::{
    Error,
    bundle::{self, KeyStatus, Roster},
    format::{FormatError, Limits, ManifestDigest},
    identity::{AgeIdentity, KeyId},
    model::{DeviceStatus, GrantDecision, Received, Record, RecordId, now},
    vault::{Change, Vault},
};

/// What importing one file did.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case", tag = "outcome")]
pub enum ImportOutcome {
    /// Merged into the vault.
    Imported(Imported),
    /// The same bundle was imported before: nothing changed.
    AlreadyHad,
    /// Signed by a device not in the roster: kept sealed, not merged, until
    /// a person approves the device.
    Quarantined { key_id: String, fingerprint: String },
}

/// A merged bundle.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Imported {
    pub engagement: RecordId,
    pub device: String,
    pub sequence: u64,
    pub digest: String,
    /// Records new to the vault.
    pub added: usize,
    /// Records replaced by a newer version.
    pub updated: usize,
    /// Records removed by tombstones.
    pub removed: usize,
    /// Records already held at this version or newer, or removed for good.
    pub unchanged: usize,
    /// Sequence numbers of this device still missing below the highest seen.
    pub missing: Vec<u64>,
}

/// One quarantined file's outcome once its device is approved.
pub type ImportResult = Result<ImportOutcome, Error>;

/// A bundle file after the checks that need no vault: read, decrypted,
/// verified and its records parsed. The file's bytes stay for quarantine.
pub(super) struct Prepared {
    name: String,
    bytes: Vec<u8>,
    pub(super) verified: Result<Verified, Error>,
}

pub(super) struct Verified {
    pub(super) bundle: bundle::VerifiedBundle,
    /// Parsed ahead, but reported only after the roster check, so an
    /// unknown device's bundle goes to quarantine whatever it holds.
    records: Result<RecordsFile, Error>,
}

impl Prepared {
    pub(super) fn new(identity: &AgeIdentity, name: &str, bytes: Vec<u8>) -> Self {
        let verified = bundle::verify(&bytes, identity, &Limits::DEFAULT)
            .map_err(Error::from)
            .map(|bundle| {
                let records = match bundle.files().get(RECORDS_FILE) {
                    Some(json) => RecordsFile::parse(json).map_err(Error::from),
                    None => Err(ExchangeError::BadContent {
                        what: "records.json",
                    }
                    .into()),
                };
                Verified { bundle, records }
            });
        Prepared {
            name: name.to_owned(),
            bytes,
            verified,
        }
    }

    fn unreadable(name: String, why: crate::files::FileError) -> Self {
        let error = match why {
            crate::files::FileError::Unreadable => {
                ExchangeError::ReadFile { path: name.clone() }.into()
            }
            other => other.into(),
        };
        Prepared {
            verified: Err(error),
            name,
            bytes: vec![],
        }
    }
}

struct VaultRoster<'a>(&'a Vault);

impl Roster for VaultRoster<'_> {
    fn key_status(&self, key_id: KeyId) -> KeyStatus {
        match self.0.device(&key_id.to_string()) {
            Some((_, d)) if d.status == DeviceStatus::Revoked => KeyStatus::Revoked,
            Some((_, d)) => d
                .public_key
                .parse()
                .map_or(KeyStatus::Revoked, KeyStatus::Active),
            None => KeyStatus::Unknown,
        }
    }
    fn imported(&self, key_id: KeyId, device_sequence: u64) -> Option<ManifestDigest> {
        let (_, d) = self.0.device(&key_id.to_string())?;
        let r = d.received.iter().find(|r| r.sequence == device_sequence)?;
        let mut digest = [0u8; 32];
        hex::decode_to_slice(&r.digest, &mut digest).ok()?;
        Some(ManifestDigest(digest))
    }
}

pub(super) fn file_name(name: &str) -> String {
    std::path::Path::new(name)
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
}

impl Vault {
    /// Imports one bundle file. With `approve_new_keys`, a device not yet
    /// approved for the bundle's engagement is approved on the spot instead
    /// of its bundle quarantined (never a revoked one).
    pub fn import_bundle(
        &mut self,
        bytes: &[u8],
        name: &str,
        approve_new_keys: bool,
    ) -> Result<ImportOutcome, Error> {
        let identity = self.identity()?.age;
        let prepared = Prepared::new(&identity, name, bytes.to_vec());
        self.import_prepared(prepared, approve_new_keys)
    }
    /// Imports bundle files in the order given, each exactly as
    /// [`import_bundle`](Self::import_bundle) would, and hands each file's
    /// outcome to `each` (with its index) as soon as it is final. While one
    /// bundle is written and synced, the next is read, decrypted, verified
    /// and parsed on another thread: the same checks, overlapped. Fails as a
    /// whole only when the vault's own identity cannot be read, or with
    /// [`Cancelled`](crate::progress::Cancelled) when `progress` is
    /// cancelled: the files finished by then stay imported, each whole, and
    /// no later file is touched.
    pub fn import_files(
        &mut self,
        paths: &[std::path::PathBuf],
        approve_new_keys: bool,
        progress: &crate::progress::Progress,
        mut each: impl FnMut(usize, ImportResult),
    ) -> Result<(), Error> {
        use crate::progress::Stage::Importing;
        let identity = self.identity()?.age;
        let total = paths.len();
        progress.step(Importing, 0, total)?;
        std::thread::scope(|s| {
            // Two bundles ahead at most: enough to hide the next one's
            // checks behind this one's write, without holding many
            // decrypted archives in memory.
            let (ahead, prepared) = std::sync::mpsc::sync_channel(2);
            s.spawn(move || {
                for path in paths {
                    let name = path.display().to_string();
                    let p = match crate::files::read_bounded(path, crate::files::MAX_BUNDLE_BYTES) {
                        Ok(bytes) => Prepared::new(&identity, &name, bytes),
                        Err(e) => Prepared::unreadable(name, e),
                    };
                    if ahead.send(p).is_err() {
                        break;
                    }
                }
            });
            // Dropping `prepared` on cancel stops the reader.
            for (i, p) in prepared.into_iter().enumerate() {
                progress.check()?;
                each(i, self.import_prepared(p, approve_new_keys));
                progress.step(Importing, i + 1, total)?;
            }
            Ok(())
        })
    }
    /// The roster-dependent half of an import: roster check, quarantine,
    /// merge and one transaction.
    pub(super) fn import_prepared(&mut self, p: Prepared, approve_new_keys: bool) -> ImportResult {
        let verified = p.verified?;
        let signer = verified.bundle.signer().clone();
        let key_id = signer.key_id().to_string();
        let engagement: RecordId = verified
            .bundle
            .engagement_id()
            .parse()
            .map_err(|_| ExchangeError::UnknownEngagement)?;
        if self.engagement(engagement).is_err() {
            return Err(ExchangeError::UnknownEngagement.into());
        }
        let revoked = self
            .device(&key_id)
            .is_some_and(|(_, d)| d.status == DeviceStatus::Revoked);
        if approve_new_keys && !revoked && !self.approved_engagements(&key_id).contains(&engagement)
        {
            self.grant(&signer, engagement, GrantDecision::Approved)?;
        }
        let opened = match verified.bundle.check(&VaultRoster(self)) {
            Ok(o) => o,
            Err(FormatError::AlreadyImported) => return Ok(ImportOutcome::AlreadyHad),
            Err(FormatError::UnknownKey(_)) => return self.hold(&signer, &p.name, p.bytes),
            Err(e) => return Err(e.into()),
        };
        if !self.approved_engagements(&key_id).contains(&engagement) {
            return self.hold(&signer, &p.name, p.bytes);
        }
        let file = verified.records?;
        if file.engagement != engagement {
            return Err(ExchangeError::UnknownEngagement.into());
        }
        let digest = opened.digest().to_string();
        let plan = apply::plan(self, engagement, &key_id, &digest, file)?;
        let (device_id, mut device) = self
            .device(&key_id)
            .map(|(id, d)| (id, d.clone()))
            .expect("an approved device is in the roster");
        device.received.push(Received {
            sequence: opened.device_sequence(),
            digest: digest.clone(),
            at: now(),
            file: file_name(&p.name),
        });
        device.received.sort_by_key(|r| r.sequence);
        let outcome = Imported {
            engagement,
            device: key_id,
            sequence: opened.device_sequence(),
            digest,
            added: plan.counts.added,
            updated: plan.counts.updated,
            removed: plan.counts.removed,
            unchanged: plan.counts.unchanged,
            missing: device.missing(),
        };
        let mut changes = plan.changes;
        changes.push(Change::Put(device_id, Record::Device(device)));
        self.commit(changes)?;
        Ok(ImportOutcome::Imported(outcome))
    }
}
