//! The roster of facilitator devices, per engagement, and the quarantine of
//! bundles waiting for a person's decision. Every decision is a [`Grant`]
//! record, kept as the roster's history: approved, revoked, approved again
//! (only when confirmed on purpose). The quarantine is bounded per device
//! and in all, and its files stay sealed on disk until approved.

use super::import::{ImportOutcome, ImportResult, Prepared, file_name};
use crate::{
    Error,
    exchange::{ExchangeError, content::BUNDLE_KINDS},
    identity::PublicKey,
    model::{
        Device, DeviceStatus, Grant, GrantDecision, HeldBundle, Kind, Quarantined, Record,
        RecordId, now,
    },
    vault::{Change, Vault},
};

/// Most bundles held in quarantine for one device.
pub const QUARANTINE_PER_DEVICE: usize = 16;
/// Most bytes held in quarantine for one device.
pub const QUARANTINE_BYTES_PER_DEVICE: u64 = 256 * 1024 * 1024;
/// Most bundles held in quarantine in all.
pub const QUARANTINE_TOTAL: usize = 256;
/// Most bytes held in quarantine in all.
pub const QUARANTINE_BYTES_TOTAL: u64 = 1024 * 1024 * 1024;

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
    /// The roster's history for one device: every decision, oldest first.
    pub fn grants(&self, key_id: &str) -> Vec<&Grant> {
        let mut v: Vec<(i64, &Grant)> = self
            .records(Kind::Grant)
            .filter_map(|(id, r)| match r {
                Record::Grant(g) if g.key_id.eq_ignore_ascii_case(key_id.trim()) => {
                    Some((self.order_of(id), g))
                }
                _ => None,
            })
            .collect();
        v.sort_by_key(|(order, _)| *order);
        v.into_iter().map(|(_, g)| g).collect()
    }
    /// The engagements a device may write into now.
    pub fn approved_engagements(&self, key_id: &str) -> Vec<RecordId> {
        if self
            .device(key_id)
            .is_none_or(|(_, d)| d.status == DeviceStatus::Revoked)
        {
            return vec![];
        }
        let mut latest: Vec<(RecordId, GrantDecision)> = vec![];
        for g in self.grants(key_id) {
            latest.retain(|(e, _)| *e != g.engagement);
            latest.push((g.engagement, g.decision));
        }
        latest
            .into_iter()
            .filter(|(_, d)| *d != GrantDecision::Revoked)
            .map(|(e, _)| e)
            .collect()
    }
    /// Bundles held until their device is approved (without their bytes,
    /// which stay on disk).
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
    /// The file a quarantined bundle arrived as, read from disk.
    pub(super) fn held_bytes(&self, id: RecordId, q: &Quarantined) -> Result<Vec<u8>, Error> {
        if !q.bytes.is_empty() {
            return Ok(q.bytes.clone());
        }
        let child = self
            .lazy_rows(Kind::HeldBundle)
            .find(|(_, parent, _)| *parent == Some(id))
            .map(|(child, _, _)| child)
            .ok_or(ExchangeError::BadContent { what: "quarantine" })?;
        match self.load_lazy(child)? {
            Record::HeldBundle(h) => Ok(h.bytes.clone()),
            _ => Err(ExchangeError::BadContent { what: "quarantine" }.into()),
        }
    }
    /// Sizes of what the quarantine holds: (bundles, bytes) for `key_id`
    /// and in all.
    fn quarantine_load(&self, key_id: &str) -> ((usize, u64), (usize, u64)) {
        let sizes: std::collections::HashMap<RecordId, u64> = self
            .lazy_rows(Kind::HeldBundle)
            .filter_map(|(_, parent, size)| Some((parent?, size)))
            .collect();
        let (mut mine, mut all) = ((0, 0), (0, 0));
        for (id, q) in self.quarantine() {
            let size = sizes.get(&id).copied().unwrap_or(q.bytes.len() as u64);
            all = (all.0 + 1, all.1 + size);
            if q.key_id.eq_ignore_ascii_case(key_id) {
                mine = (mine.0 + 1, mine.1 + size);
            }
        }
        (mine, all)
    }
    /// Holds a bundle in quarantine, within the bounds per device and in all.
    pub(super) fn hold(
        &mut self,
        signer: &PublicKey,
        name: &str,
        bytes: Vec<u8>,
    ) -> Result<ImportOutcome, Error> {
        let key_id = signer.key_id().to_string();
        let ((mine, mine_bytes), (all, all_bytes)) = self.quarantine_load(&key_id);
        let size = bytes.len() as u64;
        if mine >= QUARANTINE_PER_DEVICE
            || mine_bytes + size > QUARANTINE_BYTES_PER_DEVICE
            || all >= QUARANTINE_TOTAL
            || all_bytes + size > QUARANTINE_BYTES_TOTAL
        {
            return Err(ExchangeError::QuarantineFull.into());
        }
        let q = Quarantined {
            key_id: key_id.clone(),
            public_key: signer.to_string(),
            received_at: now(),
            file: file_name(name),
            bytes: vec![],
        };
        let id = RecordId::random();
        self.commit(vec![
            Change::Put(id, Record::Quarantined(q)),
            Change::Put(
                RecordId::random(),
                Record::HeldBundle(HeldBundle {
                    quarantined: id,
                    bytes,
                }),
            ),
        ])?;
        Ok(ImportOutcome::Quarantined {
            key_id,
            fingerprint: signer.fingerprint().to_string(),
        })
    }
    /// Records a roster decision for `signer` in `engagement`, adding the
    /// device to the roster (or marking it approved again) as needed.
    pub(super) fn grant(
        &mut self,
        signer: &PublicKey,
        engagement: RecordId,
        decision: GrantDecision,
    ) -> Result<(), Error> {
        let key_id = signer.key_id().to_string();
        let mut changes = vec![];
        match self.device(&key_id).map(|(id, d)| (id, d.clone())) {
            Some((id, mut d)) => {
                if decision != GrantDecision::Revoked && d.status == DeviceStatus::Revoked {
                    d.status = DeviceStatus::Approved;
                    changes.push(Change::Put(id, Record::Device(d)));
                }
            }
            None => changes.push(Change::Put(
                RecordId::random(),
                Record::Device(Device {
                    key_id: key_id.clone(),
                    public_key: signer.to_string(),
                    status: if decision == GrantDecision::Revoked {
                        DeviceStatus::Revoked
                    } else {
                        DeviceStatus::Approved
                    },
                    added_at: now(),
                    received: vec![],
                }),
            )),
        }
        changes.push(Change::Put(
            RecordId::random(),
            Record::Grant(Grant {
                key_id,
                engagement,
                decision,
                at: now(),
            }),
        ));
        self.commit(changes)
    }
    /// Approves a device for `engagement` (or, when none is named, for the
    /// engagements of the bundles it has in quarantine) and imports its
    /// quarantined bundles of those engagements. A revoked device is
    /// approved again only with `confirm_revoked`, and the roster records
    /// that it was. Returns each quarantined file's name with its outcome.
    pub fn approve_device(
        &mut self,
        key_id: &str,
        engagement: Option<RecordId>,
        confirm_revoked: bool,
    ) -> Result<Vec<(String, ImportResult)>, Error> {
        let held: Vec<(RecordId, Quarantined)> = self
            .quarantine()
            .into_iter()
            .filter(|(_, q)| q.key_id.eq_ignore_ascii_case(key_id.trim()))
            .map(|(id, q)| (id, q.clone()))
            .collect();
        let known = self.device(key_id).map(|(_, d)| d.clone());
        let public_key = match (&known, held.first()) {
            (Some(d), _) => d.public_key.clone(),
            (None, Some((_, q))) => q.public_key.clone(),
            (None, None) => return Err(ExchangeError::UnknownDevice.into()),
        };
        let signer: PublicKey = public_key
            .parse()
            .map_err(|_| ExchangeError::UnknownDevice)?;
        let revoked = known
            .as_ref()
            .is_some_and(|d| d.status == DeviceStatus::Revoked);
        if revoked && !confirm_revoked {
            return Err(ExchangeError::Revoked.into());
        }
        let decision = if revoked {
            GrantDecision::Reapproved
        } else {
            GrantDecision::Approved
        };
        // Nothing held and nothing named: the vault's only engagement.
        let named = match (engagement, self.engagements().as_slice()) {
            (Some(e), _) => Some(e),
            (None, [(only, _)]) if held.is_empty() => Some(*only),
            (None, _) if held.is_empty() => return Err(ExchangeError::WhichEngagement.into()),
            (None, _) => None,
        };
        if let Some(e) = named {
            self.engagement(e)?;
            self.grant(&signer, e, decision)?;
        }
        let identity = self.identity()?.age;
        let mut results = vec![];
        for (qid, q) in held {
            let bytes = self.held_bytes(qid, &q)?;
            let prepared = Prepared::new(&identity, &q.file, bytes);
            let theirs = prepared
                .verified
                .as_ref()
                .ok()
                .and_then(|v| v.bundle.engagement_id().parse::<RecordId>().ok());
            if engagement.is_some() && theirs != engagement {
                continue;
            }
            if let Some(e) = theirs
                && self.engagement(e).is_ok()
                && !self.approved_engagements(key_id).contains(&e)
            {
                self.grant(&signer, e, decision)?;
            }
            let result = self.import_prepared(prepared, false);
            if result.is_ok() {
                self.drop_held(qid)?;
            }
            results.push((q.file.clone(), result));
        }
        Ok(results)
    }
    /// Removes a quarantined bundle and its bytes.
    pub(super) fn drop_held(&mut self, id: RecordId) -> Result<(), Error> {
        let mut changes = vec![Change::Delete(id)];
        changes.extend(
            self.lazy_rows(Kind::HeldBundle)
                .filter(|(_, parent, _)| *parent == Some(id))
                .map(|(child, _, _)| Change::Delete(child))
                .collect::<Vec<_>>(),
        );
        self.commit(changes)
    }
    /// How many records each device wrote (by key id, upper case), in one
    /// pass over the vault rather than one per device.
    pub fn records_by_author(&self) -> std::collections::HashMap<String, usize> {
        let mut counts = std::collections::HashMap::new();
        for kind in BUNDLE_KINDS {
            for (id, _) in self.records(kind) {
                if let Some(o) = self.origin_of(id) {
                    *counts.entry(o.author.to_ascii_uppercase()).or_insert(0) += 1;
                }
            }
        }
        counts
    }

    /// What revoking a device with `remove_records` would remove: the
    /// records it wrote that the vault holds.
    pub fn records_written_by(&self, key_id: &str) -> Vec<RecordId> {
        let mut v: Vec<RecordId> = BUNDLE_KINDS
            .into_iter()
            .flat_map(|k| self.records(k))
            .filter(|(id, _)| {
                self.origin_of(*id)
                    .is_some_and(|o| o.author.eq_ignore_ascii_case(key_id.trim()))
            })
            .map(|(id, _)| id)
            .collect();
        v.sort();
        v
    }
    /// Revokes a device: every bundle it signs is refused from now on, in
    /// every engagement, and anything it has in quarantine is deleted. With
    /// `remove_records`, every record it wrote is removed too (its
    /// sessions, participants, quotes, needs, recommendations and
    /// tombstones). Returns how many records were removed.
    pub fn revoke_device(&mut self, key_id: &str, remove_records: bool) -> Result<usize, Error> {
        let held: Vec<RecordId> = self
            .quarantine()
            .into_iter()
            .filter(|(_, q)| q.key_id.eq_ignore_ascii_case(key_id.trim()))
            .map(|(id, _)| id)
            .collect();
        let known = self.device(key_id).map(|(_, d)| d.public_key.clone());
        let public_key = match known {
            Some(k) => k,
            None => self
                .quarantine()
                .into_iter()
                .find(|(_, q)| q.key_id.eq_ignore_ascii_case(key_id.trim()))
                .map(|(_, q)| q.public_key.clone())
                .ok_or(ExchangeError::UnknownDevice)?,
        };
        let signer: PublicKey = public_key
            .parse()
            .map_err(|_| ExchangeError::UnknownDevice)?;
        for id in held {
            self.drop_held(id)?;
        }
        let removed = if remove_records {
            self.records_written_by(key_id)
        } else {
            vec![]
        };
        let mut changes: Vec<Change> = removed.iter().map(|id| Change::Delete(*id)).collect();
        let key = signer.key_id().to_string();
        match self.device(&key).map(|(id, d)| (id, d.clone())) {
            Some((id, mut d)) => {
                d.status = DeviceStatus::Revoked;
                changes.push(Change::Put(id, Record::Device(d)));
            }
            None => changes.push(Change::Put(
                RecordId::random(),
                Record::Device(Device {
                    key_id: key.clone(),
                    public_key: signer.to_string(),
                    status: DeviceStatus::Revoked,
                    added_at: now(),
                    received: vec![],
                }),
            )),
        }
        let engagements: Vec<RecordId> = {
            let mut v: Vec<RecordId> = self.grants(&key).iter().map(|g| g.engagement).collect();
            v.sort();
            v.dedup();
            v
        };
        for engagement in engagements {
            changes.push(Change::Put(
                RecordId::random(),
                Record::Grant(Grant {
                    key_id: key.clone(),
                    engagement,
                    decision: GrantDecision::Revoked,
                    at: now(),
                }),
            ));
        }
        self.commit(changes)?;
        Ok(removed.len())
    }
}
