//! Importing bundles (coordinator): open and verify against the roster,
//! hold unknown devices in quarantine, and merge records so that the result
//! does not depend on the order bundles arrive in (docs/format.md §10).
//! Each bundle is applied in one transaction: all of it or nothing.

use std::collections::{HashMap, HashSet};

use sha2::{Digest, Sha256};

use super::{
    ExchangeError,
    content::{RECORDS_FILE, RecordsFile},
};
use crate::{
    Error,
    bundle::{self, KeyStatus, Roster},
    format::{FormatError, Limits, ManifestDigest},
    identity::{AgeIdentity, KeyId},
    model::{
        Device, DeviceStatus, Kind, Origin, Quarantined, Received, Record, RecordId, Speaker,
        Tombstone, now,
    },
    vault::{Change, Vault},
};

/// What importing one file did.
#[derive(Debug, Clone, serde::Serialize)]
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
#[derive(Debug, Clone, serde::Serialize)]
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
struct Prepared {
    name: String,
    bytes: Vec<u8>,
    verified: Result<Verified, Error>,
}

struct Verified {
    bundle: bundle::VerifiedBundle,
    /// Parsed ahead, but reported only after the roster check, so an
    /// unknown device's bundle goes to quarantine whatever it holds.
    records: Result<RecordsFile, Error>,
}

impl Prepared {
    fn new(identity: &AgeIdentity, name: &str, bytes: Vec<u8>) -> Self {
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

    fn unreadable(name: String) -> Self {
        Prepared {
            verified: Err(ExchangeError::ReadFile { path: name.clone() }.into()),
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

fn file_name(name: &str) -> String {
    std::path::Path::new(name)
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
}

impl Vault {
    /// The roster of facilitator devices.
    pub fn roster(&self) -> Vec<(RecordId, &Device)> {
        let mut v: Vec<_> = self
            .records(Kind::Device)
            .filter_map(|(id, r)| match r {
                Record::Device(d) => Some((id, d)),
                _ => None,
            })
            .collect();
        v.sort_by_key(|(_, d)| d.added_at);
        v
    }

    /// A device of the roster by key id (as printed, case-insensitive).
    pub fn device(&self, key_id: &str) -> Option<(RecordId, &Device)> {
        self.roster()
            .into_iter()
            .find(|(_, d)| d.key_id.eq_ignore_ascii_case(key_id.trim()))
    }

    /// Bundles held until their device is approved.
    pub fn quarantine(&self) -> Vec<(RecordId, &Quarantined)> {
        let mut v: Vec<_> = self
            .records(Kind::Quarantined)
            .filter_map(|(id, r)| match r {
                Record::Quarantined(q) => Some((id, q)),
                _ => None,
            })
            .collect();
        v.sort_by_key(|(_, q)| q.received_at);
        v
    }

    /// Imports one bundle file. With `approve_new_keys`, a device not in the
    /// roster is approved on the spot instead of quarantined.
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
    /// whole only when the vault's own identity cannot be read.
    pub fn import_files(
        &mut self,
        paths: &[std::path::PathBuf],
        approve_new_keys: bool,
        mut each: impl FnMut(usize, ImportResult),
    ) -> Result<(), Error> {
        let identity = self.identity()?.age;
        std::thread::scope(|s| {
            // Two bundles ahead at most: enough to hide the next one's
            // checks behind this one's write, without holding many
            // decrypted archives in memory.
            let (ahead, prepared) = std::sync::mpsc::sync_channel(2);
            s.spawn(move || {
                for path in paths {
                    let name = path.display().to_string();
                    let p = match std::fs::read(path) {
                        Ok(bytes) => Prepared::new(&identity, &name, bytes),
                        Err(_) => Prepared::unreadable(name),
                    };
                    if ahead.send(p).is_err() {
                        break;
                    }
                }
            });
            for (i, p) in prepared.into_iter().enumerate() {
                each(i, self.import_prepared(p, approve_new_keys));
            }
        });
        Ok(())
    }

    /// The roster-dependent half of an import: roster check, quarantine,
    /// merge and one transaction.
    fn import_prepared(&mut self, p: Prepared, approve_new_keys: bool) -> ImportResult {
        let verified = p.verified?;
        if approve_new_keys
            && self
                .device(&verified.bundle.signer().key_id().to_string())
                .is_none()
        {
            let signer = verified.bundle.signer();
            self.add_device(&signer.to_string(), &signer.key_id().to_string())?;
        }
        let opened = match verified.bundle.check(&VaultRoster(self)) {
            Ok(o) => o,
            Err(FormatError::AlreadyImported) => return Ok(ImportOutcome::AlreadyHad),
            Err(FormatError::UnknownKey(unknown)) => {
                let key_id = unknown.signer.key_id().to_string();
                let fingerprint = unknown.signer.fingerprint().to_string();
                let q = Quarantined {
                    key_id: key_id.clone(),
                    public_key: unknown.signer.to_string(),
                    received_at: now(),
                    file: file_name(&p.name),
                    bytes: p.bytes,
                };
                self.commit(vec![Change::Put(
                    RecordId::random(),
                    Record::Quarantined(q),
                )])?;
                return Ok(ImportOutcome::Quarantined {
                    key_id,
                    fingerprint,
                });
            }
            Err(e) => return Err(e.into()),
        };
        let file = verified.records?;
        let engagement: RecordId = opened
            .engagement_id()
            .parse()
            .map_err(|_| ExchangeError::UnknownEngagement)?;
        if file.engagement != engagement || self.engagement(engagement).is_err() {
            return Err(ExchangeError::UnknownEngagement.into());
        }
        let device_key = opened.device_key().key_id().to_string();
        let digest = opened.digest().to_string();
        let (mut changes, mut outcome) = self.merge(engagement, &device_key, &digest, file)?;
        let (device_id, mut device) = self
            .device(&device_key)
            .map(|(id, d)| (id, d.clone()))
            .expect("roster had it");
        device.received.push(Received {
            sequence: opened.device_sequence(),
            digest: digest.clone(),
            at: now(),
            file: file_name(&p.name),
        });
        device.received.sort_by_key(|r| r.sequence);
        outcome.sequence = opened.device_sequence();
        outcome.missing = device.missing();
        changes.push(Change::Put(device_id, Record::Device(device)));
        self.commit(changes)?;
        Ok(ImportOutcome::Imported(outcome))
    }

    fn add_device(&mut self, public_key: &str, key_id: &str) -> Result<RecordId, Error> {
        let d = Device {
            key_id: key_id.to_owned(),
            public_key: public_key.to_owned(),
            status: DeviceStatus::Approved,
            added_at: now(),
            received: vec![],
        };
        let id = RecordId::random();
        self.commit(vec![Change::Put(id, Record::Device(d))])?;
        Ok(id)
    }

    /// Approves a device held in quarantine and imports its bundles. Returns
    /// each quarantined file's name with its outcome.
    pub fn approve_device(&mut self, key_id: &str) -> Result<Vec<(String, ImportResult)>, Error> {
        let held: Vec<(RecordId, Quarantined)> = self
            .quarantine()
            .into_iter()
            .filter(|(_, q)| q.key_id.eq_ignore_ascii_case(key_id.trim()))
            .map(|(id, q)| (id, q.clone()))
            .collect();
        match self.device(key_id).map(|(id, d)| (id, d.clone())) {
            Some((id, mut d)) => {
                d.status = DeviceStatus::Approved;
                self.commit(vec![Change::Put(id, Record::Device(d))])?;
            }
            None => {
                let Some((_, first)) = held.first() else {
                    return Err(ExchangeError::UnknownDevice.into());
                };
                self.add_device(&first.public_key, &first.key_id)?;
            }
        }
        let mut results = vec![];
        for (qid, q) in held {
            let result = self.import_bundle(&q.bytes, &q.file, false);
            if result.is_ok() {
                self.commit(vec![Change::Delete(qid)])?;
            }
            results.push((q.file.clone(), result));
        }
        Ok(results)
    }

    /// Revokes a device: every bundle it signed is refused from now on, and
    /// anything it still has in quarantine is deleted.
    pub fn revoke_device(&mut self, key_id: &str) -> Result<(), Error> {
        let mut changes: Vec<Change> = self
            .quarantine()
            .into_iter()
            .filter(|(_, q)| q.key_id.eq_ignore_ascii_case(key_id.trim()))
            .map(|(id, _)| Change::Delete(id))
            .collect();
        match self.device(key_id).map(|(id, d)| (id, d.clone())) {
            Some((id, mut d)) => {
                d.status = DeviceStatus::Revoked;
                changes.push(Change::Put(id, Record::Device(d)));
            }
            None => {
                let Some((_, q)) = self
                    .quarantine()
                    .into_iter()
                    .find(|(_, q)| q.key_id.eq_ignore_ascii_case(key_id.trim()))
                else {
                    return Err(ExchangeError::UnknownDevice.into());
                };
                let d = Device {
                    key_id: q.key_id.clone(),
                    public_key: q.public_key.clone(),
                    status: DeviceStatus::Revoked,
                    added_at: now(),
                    received: vec![],
                };
                changes.push(Change::Put(RecordId::random(), Record::Device(d)));
            }
        }
        self.commit(changes)
    }

    /// Works out the changes a bundle's records make (§10.3), checking that
    /// they hang together with this engagement.
    fn merge(
        &self,
        engagement: RecordId,
        author: &str,
        bundle: &str,
        file: RecordsFile,
    ) -> Result<(Vec<Change>, Imported), Error> {
        let bad = |what| Error::from(ExchangeError::BadContent { what });
        let mut outcome = Imported {
            engagement,
            device: author.to_owned(),
            sequence: 0,
            digest: bundle.to_owned(),
            added: 0,
            updated: 0,
            removed: 0,
            unchanged: 0,
            missing: vec![],
        };
        // Sessions of this engagement: held, and arriving.
        let mut sessions: HashSet<RecordId> = self
            .sessions(Some(engagement))
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        let mut participants: HashMap<RecordId, (RecordId, String)> = HashMap::new();
        for r in &file.records {
            match &r.record {
                Record::Session(s) if s.engagement == engagement && s.private_names.is_empty() => {
                    sessions.insert(r.id);
                }
                Record::Session(_) => return Err(bad("session")),
                Record::Participant(p) => {
                    participants.insert(r.id, (p.session, p.code.clone()));
                }
                _ => {}
            }
        }
        let themes: HashSet<RecordId> = self
            .themes(engagement)
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        // Everything tombstoned, held or arriving, wins for good.
        let mut gone: HashSet<RecordId> = HashSet::new();
        let mut withdrawn: HashSet<(RecordId, String)> = HashSet::new();
        let held_tombs = self.records(Kind::Tombstone).filter_map(|(_, r)| match r {
            Record::Tombstone(t) => Some(t.clone()),
            _ => None,
        });
        let new_tombs = file.records.iter().filter_map(|r| match &r.record {
            Record::Tombstone(t) => Some(t.clone()),
            _ => None,
        });
        for t in held_tombs.chain(new_tombs) {
            gone.insert(t.target);
            if t.target_kind == Kind::Participant {
                let known = participants.get(&t.target).cloned().or_else(|| {
                    self.participant(t.target)
                        .ok()
                        .map(|p| (p.session, p.code.clone()))
                });
                if let Some(key) = known {
                    withdrawn.insert(key);
                }
            }
        }
        let mut changes = vec![];
        let mut deleted: HashSet<RecordId> = HashSet::new();
        for entry in file.records {
            let id = entry.id;
            let record = entry.record;
            let session = record.parent().ok_or_else(|| bad("records.json"))?;
            let in_engagement = match &record {
                Record::Session(_) => true,
                _ => sessions.contains(&session),
            };
            if !in_engagement {
                return Err(bad("session"));
            }
            let record_themes: &[RecordId] = match &record {
                Record::Quote(q) => &q.themes,
                Record::Need(n) => &n.themes,
                Record::Recommendation(r) => &r.themes,
                _ => &[],
            };
            if record_themes.iter().any(|t| !themes.contains(t)) {
                return Err(bad("theme"));
            }
            if let Record::Tombstone(t) = &record
                && t.session != session
            {
                return Err(bad("tombstone"));
            }
            let origin = Origin {
                author: author.to_owned(),
                counter: entry.counter,
                bundle: bundle.to_owned(),
            };
            if let Record::Tombstone(Tombstone {
                target,
                target_kind,
                ..
            }) = &record
            {
                if self.record(*target).is_some() && deleted.insert(*target) {
                    changes.push(Change::Delete(*target));
                    outcome.removed += 1;
                }
                if *target_kind == Kind::Participant
                    && let Some((s, code)) = participants.get(target).cloned().or_else(|| {
                        self.participant(*target)
                            .ok()
                            .map(|p| (p.session, p.code.clone()))
                    })
                {
                    let speaker = Speaker::Participant(code);
                    for q in crate::consent::attributed_quotes(self, s, &speaker) {
                        if deleted.insert(q) {
                            changes.push(Change::Delete(q));
                            outcome.removed += 1;
                        }
                    }
                }
                if self.record(id).is_some() {
                    outcome.unchanged += 1;
                } else {
                    changes.push(Change::Import(id, record, origin));
                    outcome.added += 1;
                }
                continue;
            }
            let withdrawn_quote = match &record {
                Record::Quote(q) => match &q.speaker {
                    Speaker::Participant(code) => withdrawn.contains(&(q.session, code.clone())),
                    Speaker::Group => false,
                },
                _ => false,
            };
            if gone.contains(&id) || withdrawn_quote {
                outcome.unchanged += 1;
                continue;
            }
            match (self.record(id), self.origin_of(id)) {
                (Some(held_record), Some(held)) if !newer(&origin, &record, held, held_record) => {
                    outcome.unchanged += 1
                }
                (Some(_), _) => {
                    changes.push(Change::Import(id, record, origin));
                    outcome.updated += 1;
                }
                (None, _) => {
                    changes.push(Change::Import(id, record, origin));
                    outcome.added += 1;
                }
            }
        }
        Ok((changes, outcome))
    }
}

/// Whether an arriving version beats the held one (docs/format.md §10.3):
/// by counter, then author key id, then the SHA-256 of the serialized record
/// (computed only on the rare exact tie).
fn newer(incoming: &Origin, record: &Record, held: &Origin, held_record: &Record) -> bool {
    let hash = |r: &Record| Sha256::digest(serde_json::to_vec(r).expect("records serialize"));
    match (incoming.counter, &incoming.author).cmp(&(held.counter, &held.author)) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => hash(record) > hash(held_record),
    }
}
