//! Merging a bundle's records into a coordinator's vault (docs/format.md
//! §10): a plan worked out from what the vault holds and what arrives,
//! checked against the trust model before anything is written. Nothing
//! here writes; the caller commits the plan in one transaction.
//!
//! The trust model (docs/threat-model.md): a signature says who sent a
//! bundle, not what it may touch.
//! - Every record belongs to the device that created it (its
//!   [`Origin`](crate::model::Origin) author). A bundle may create, change
//!   or tombstone only its own device's records, in sessions its device
//!   created, in the bundle's engagement.
//! - Every quote needs its speaker's consent covering it, and every need
//!   and recommendation the session's group consent, as this bundle (or an
//!   earlier one from the same device) carries it.
//! - A tombstone removes only its own device's records, and wins over them
//!   for good: an older bundle never brings removed words back.
//!
//! Anything else refuses the whole bundle with a reason, and nothing of it
//! is written.

use std::collections::{HashMap, HashSet};

use sha2::{Digest, Sha256};

use crate::exchange::{ExchangeError, content::RecordsFile};
use crate::{
    consent,
    model::validate,
    model::{Consent, Kind, Origin, Record, RecordId, Session, Speaker, Tombstone},
    vault::{Change, Vault},
};

/// An arriving record in the model's terms, with its version on the author
/// device.
struct Incoming {
    id: RecordId,
    counter: i64,
    record: Record,
}

/// How many records a merge adds, replaces, removes or leaves alone.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub added: usize,
    pub updated: usize,
    pub removed: usize,
    pub unchanged: usize,
}

/// The changes a bundle makes, ready to commit.
pub struct Plan {
    pub changes: Vec<Change>,
    pub counts: Counts,
}

/// Works out what `file`, signed by device `author` and received in the
/// bundle with manifest digest `bundle`, changes in `engagement`; refuses
/// the whole bundle when any record breaks the trust model.
pub fn plan(
    vault: &Vault,
    engagement: RecordId,
    author: &str,
    bundle: &str,
    file: RecordsFile,
) -> Result<Plan, ExchangeError> {
    let owned = |id: RecordId| vault.origin_of(id).is_some_and(|o| o.author == author);
    // The one place wire records become the model's.
    let records: Vec<Incoming> = file
        .records
        .into_iter()
        .map(|e| Incoming {
            id: e.id,
            counter: e.counter,
            record: e.record.into_record(),
        })
        .collect();
    for entry in &records {
        check_shape(&entry.record, engagement)?;
        // A record already held must be this device's, of the same kind.
        if vault.holds(entry.id) {
            let same_kind = vault
                .record(entry.id)
                .is_some_and(|r| r.kind() == entry.record.kind());
            if !same_kind || !owned(entry.id) {
                return Err(ExchangeError::ForeignRecord {
                    kind: entry.record.kind(),
                });
            }
        }
    }

    // The device's sessions in this engagement: held, and arriving (the
    // arriving version is the newest the device has).
    let mut sessions: HashMap<RecordId, &Session> = vault
        .sessions(Some(engagement))
        .into_iter()
        .filter(|(id, _)| owned(*id))
        .collect();
    for entry in &records {
        if let Record::Session(s) = &entry.record {
            sessions.insert(entry.id, s);
        }
    }
    for entry in &records {
        if let Record::Session(_) = entry.record {
            continue;
        }
        let session = entry.record.parent().expect("bundle kinds have a parent");
        if !sessions.contains_key(&session) {
            return Err(if vault.holds(session) {
                ExchangeError::ForeignRecord {
                    kind: Kind::Session,
                }
            } else {
                ExchangeError::BadContent { what: "session" }
            });
        }
    }

    let themes: HashSet<RecordId> = vault
        .themes(engagement)
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    let arriving: HashMap<RecordId, Kind> =
        records.iter().map(|e| (e.id, e.record.kind())).collect();
    let mut participants: HashMap<(RecordId, &str), Option<&Consent>> = HashMap::new();
    let mut participant_ids: HashMap<RecordId, (RecordId, String)> = HashMap::new();
    for entry in &records {
        if let Record::Participant(p) = &entry.record {
            participants.insert((p.session, p.code.as_str()), p.consent.as_ref());
            participant_ids.insert(entry.id, (p.session, p.code.clone()));
        }
    }
    for entry in &records {
        let record_themes: &[RecordId] = match &entry.record {
            Record::Quote(q) => &q.themes,
            Record::Need(n) => &n.themes,
            Record::Recommendation(r) => &r.themes,
            _ => &[],
        };
        if record_themes.iter().any(|t| !themes.contains(t)) {
            return Err(ExchangeError::BadContent { what: "theme" });
        }
        match &entry.record {
            Record::Tombstone(t) => check_tombstone(vault, t, &arriving, &owned)?,
            Record::Quote(q) => {
                let consent = match &q.speaker {
                    Speaker::Group => sessions[&q.session].group_consent.as_ref(),
                    Speaker::Participant(code) => participants
                        .get(&(q.session, code.as_str()))
                        .copied()
                        .unwrap_or_else(|| {
                            vault
                                .participant_by_code(q.session, code)
                                .ok()
                                .and_then(|(_, p)| p.consent.as_ref())
                        }),
                };
                if consent.is_none_or(|c| consent::covers_recording(c).is_err()) {
                    return Err(ExchangeError::WithoutConsent { kind: Kind::Quote });
                }
            }
            Record::Need(_) | Record::Recommendation(_) => {
                let session = entry.record.parent().expect("captured records have one");
                let group = sessions[&session].group_consent.as_ref();
                if group.is_none_or(|c| consent::covers_recording(c).is_err()) {
                    return Err(ExchangeError::WithoutConsent {
                        kind: entry.record.kind(),
                    });
                }
            }
            _ => {}
        }
    }

    // What this device removed for good, held or arriving. Another
    // device's tombstones never touch this device's records.
    let held_tombs = vault
        .records(Kind::Tombstone)
        .filter(|(id, _)| owned(*id))
        .filter_map(|(_, r)| match r {
            Record::Tombstone(t) => Some(t),
            _ => None,
        });
    let new_tombs = records.iter().filter_map(|e| match &e.record {
        Record::Tombstone(t) => Some(t),
        _ => None,
    });
    let participant_of = |id: RecordId| {
        participant_ids.get(&id).cloned().or_else(|| {
            vault
                .participant(id)
                .ok()
                .map(|p| (p.session, p.code.clone()))
        })
    };
    let mut gone: HashSet<RecordId> = HashSet::new();
    let mut withdrawn: HashSet<(RecordId, String)> = HashSet::new();
    for t in held_tombs.chain(new_tombs) {
        gone.insert(t.target);
        if t.target_kind == Kind::Participant
            && let Some(key) = participant_of(t.target)
        {
            withdrawn.insert(key);
        }
    }

    let mut counts = Counts::default();
    let mut changes = vec![];
    let mut deleted: HashSet<RecordId> = HashSet::new();
    for Incoming {
        id,
        counter,
        record,
    } in records
    {
        let origin = Origin {
            author: author.to_owned(),
            counter,
            bundle: bundle.to_owned(),
        };
        if let Record::Tombstone(t) = &record {
            if vault.record(t.target).is_some() && deleted.insert(t.target) {
                changes.push(Change::Delete(t.target));
                counts.removed += 1;
            }
            if t.target_kind == Kind::Participant
                && let Some((s, code)) = participant_of(t.target)
            {
                let speaker = Speaker::Participant(code);
                for q in consent::attributed_quotes(vault, s, &speaker) {
                    if deleted.insert(q) {
                        changes.push(Change::Delete(q));
                        counts.removed += 1;
                    }
                }
            }
            if vault.record(id).is_some() {
                counts.unchanged += 1;
            } else {
                changes.push(Change::Import(id, record, origin));
                counts.added += 1;
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
            counts.unchanged += 1;
            continue;
        }
        match (vault.record(id), vault.origin_of(id)) {
            (Some(held_record), Some(held)) if !newer(&origin, &record, held, held_record) => {
                counts.unchanged += 1
            }
            (Some(_), _) => {
                changes.push(Change::Import(id, record, origin));
                counts.updated += 1;
            }
            (None, _) => {
                changes.push(Change::Import(id, record, origin));
                counts.added += 1;
            }
        }
    }
    Ok(Plan { changes, counts })
}

/// Parses a bundle's `records.json` and works out its plan without writing
/// anything: the record layer as a whole, after the signature check. What
/// the fuzz target and the record vectors drive.
pub fn check_json(
    vault: &Vault,
    engagement: RecordId,
    author: &str,
    records_json: &[u8],
) -> Result<Counts, ExchangeError> {
    let file = RecordsFile::parse(records_json)?;
    if file.engagement != engagement {
        return Err(ExchangeError::UnknownEngagement);
    }
    Ok(plan(vault, engagement, author, "check", file)?.counts)
}

/// A record's own form: what a device could have written at all.
fn check_shape(record: &Record, engagement: RecordId) -> Result<(), ExchangeError> {
    let bad = |what| ExchangeError::BadContent { what };
    let consent_ok = |c: &Option<Consent>| {
        c.as_ref()
            .is_none_or(|c| validate::language(&c.language).is_ok())
    };
    match record {
        Record::Session(s) => {
            let fields_ok = [&s.title, &s.place, &s.region]
                .iter()
                .all(|t| validate::max_len("session", t).is_ok())
                && validate::date(&s.date).is_ok()
                && s.languages.iter().all(|l| validate::language(l).is_ok())
                && consent_ok(&s.group_consent);
            if s.engagement != engagement || !s.private_names.is_empty() || !fields_ok {
                return Err(bad("session"));
            }
        }
        Record::Participant(p) => {
            if validate::participant_code(&p.code).is_err() || !consent_ok(&p.consent) {
                return Err(bad("participant"));
            }
        }
        Record::Quote(q) => {
            let ok = validate::non_empty("text", &q.text).is_ok()
                && validate::language(&q.language).is_ok()
                && q.translation
                    .as_deref()
                    .is_none_or(|t| validate::max_len("translation", t).is_ok())
                && match &q.speaker {
                    Speaker::Participant(c) => validate::participant_code(c).is_ok(),
                    Speaker::Group => true,
                };
            if !ok {
                return Err(bad("quote"));
            }
        }
        Record::Need(n) => {
            if validate::non_empty("text", &n.text).is_err()
                || validate::language(&n.language).is_err()
            {
                return Err(bad("need"));
            }
        }
        Record::Recommendation(r) => {
            if validate::non_empty("text", &r.text).is_err()
                || validate::language(&r.language).is_err()
                || validate::max_len("duty_bearer", &r.duty_bearer).is_err()
            {
                return Err(bad("recommendation"));
            }
        }
        Record::Tombstone(t) => {
            if !matches!(
                t.target_kind,
                Kind::Quote | Kind::Need | Kind::Recommendation | Kind::Participant
            ) {
                return Err(bad("tombstone"));
            }
        }
        _ => return Err(bad("records.json")),
    }
    Ok(())
}

/// A tombstone may only name this device's records, in the session it says.
fn check_tombstone(
    vault: &Vault,
    t: &Tombstone,
    arriving: &HashMap<RecordId, Kind>,
    owned: &impl Fn(RecordId) -> bool,
) -> Result<(), ExchangeError> {
    let foreign = ExchangeError::ForeignRecord {
        kind: t.target_kind,
    };
    if vault.holds(t.target) {
        let fits = vault
            .record(t.target)
            .is_some_and(|r| r.kind() == t.target_kind && r.parent() == Some(t.session));
        if !fits || !owned(t.target) {
            return Err(foreign);
        }
    }
    if arriving.get(&t.target).is_some_and(|k| *k != t.target_kind) {
        return Err(ExchangeError::BadContent { what: "tombstone" });
    }
    Ok(())
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
