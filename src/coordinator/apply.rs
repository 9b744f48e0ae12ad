//! Applying a bundle's records to a coordinator's vault (docs/format.md
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

/// What applying a bundle reads of the records a coordinator holds: a
/// vault, or records in memory ([`HeldRecords`]) to test and fuzz it
/// without one.
pub trait Held {
    /// A record by id (records of lazy kinds are not returned).
    fn record(&self, id: RecordId) -> Option<&Record>;
    /// Where a held record came from.
    fn origin(&self, id: RecordId) -> Option<&Origin>;
    /// Whether a record of any kind has this id.
    fn holds(&self, id: RecordId) -> bool;
    /// Every record of a kind.
    fn of_kind(&self, kind: Kind) -> impl Iterator<Item = (RecordId, &Record)>;
    /// The records of a kind whose parent is `parent`.
    fn children(&self, parent: RecordId, kind: Kind) -> impl Iterator<Item = (RecordId, &Record)>;
}

impl Held for Vault {
    fn record(&self, id: RecordId) -> Option<&Record> {
        Vault::record(self, id)
    }
    fn origin(&self, id: RecordId) -> Option<&Origin> {
        self.origin_of(id)
    }
    fn holds(&self, id: RecordId) -> bool {
        Vault::holds(self, id)
    }
    fn of_kind(&self, kind: Kind) -> impl Iterator<Item = (RecordId, &Record)> {
        self.records(kind)
    }
    fn children(&self, parent: RecordId, kind: Kind) -> impl Iterator<Item = (RecordId, &Record)> {
        Vault::children(self, parent, kind)
    }
}

/// Records held in memory: the coordinator's side of applying a bundle
/// without a vault, for tests and fuzzing.
#[derive(Debug, Default)]
pub struct HeldRecords {
    records: std::collections::BTreeMap<RecordId, (Record, Option<Origin>)>,
}

impl HeldRecords {
    /// Holds `record` under `id`, written by device `author` (`None`: made
    /// by the coordinator itself).
    pub fn hold(&mut self, id: RecordId, record: Record, author: Option<&str>) {
        let origin = author.map(|a| Origin {
            author: a.to_owned(),
            counter: 1,
            bundle: String::new(),
        });
        self.records.insert(id, (record, origin));
    }
}

impl Held for HeldRecords {
    fn record(&self, id: RecordId) -> Option<&Record> {
        self.records.get(&id).map(|(r, _)| r)
    }
    fn origin(&self, id: RecordId) -> Option<&Origin> {
        self.records.get(&id).and_then(|(_, o)| o.as_ref())
    }
    fn holds(&self, id: RecordId) -> bool {
        self.records.contains_key(&id)
    }
    fn of_kind(&self, kind: Kind) -> impl Iterator<Item = (RecordId, &Record)> {
        self.records
            .iter()
            .filter(move |(_, (r, _))| r.kind() == kind)
            .map(|(id, (r, _))| (*id, r))
    }
    fn children(&self, parent: RecordId, kind: Kind) -> impl Iterator<Item = (RecordId, &Record)> {
        self.of_kind(kind)
            .filter(move |(_, r)| r.parent() == Some(parent))
    }
}

/// An arriving record in the model's terms, with its version on the author
/// device.
struct Incoming {
    id: RecordId,
    counter: i64,
    record: Record,
}

/// How many records applying a bundle adds, replaces, removes or leaves
/// alone.
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
    vault: &impl Held,
    engagement: RecordId,
    author: &str,
    bundle: &str,
    file: RecordsFile,
) -> Result<Plan, ExchangeError> {
    let owned = |id: RecordId| vault.origin(id).is_some_and(|o| o.author == author);
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
        .of_kind(Kind::Session)
        .filter_map(|(id, r)| match r {
            Record::Session(s) if s.engagement == engagement && owned(id) => Some((id, s)),
            _ => None,
        })
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
        .of_kind(Kind::Theme)
        .filter_map(|(id, r)| match r {
            Record::Theme(t) if t.engagement == engagement => Some(id),
            _ => None,
        })
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
                                .children(q.session, Kind::Participant)
                                .find_map(|(_, r)| match r {
                                    Record::Participant(p) if &p.code == code => Some(p),
                                    _ => None,
                                })
                                .and_then(|p| p.consent.as_ref())
                        }),
                };
                if consent.is_none_or(|c| consent::covers_recording(c).is_err()) {
                    return Err(ExchangeError::WithoutConsent { kind: Kind::Quote });
                }
            }
            Record::Evaluation(e) if e.comment.is_empty() => {}
            Record::Need(_) | Record::Recommendation(_) | Record::Evaluation(_) => {
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
        .of_kind(Kind::Tombstone)
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
        participant_ids
            .get(&id)
            .cloned()
            .or_else(|| match vault.record(id) {
                Some(Record::Participant(p)) => Some((p.session, p.code.clone())),
                _ => None,
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
                let attributed: Vec<RecordId> = vault
                    .children(s, Kind::Quote)
                    .filter_map(|(q, r)| match r {
                        Record::Quote(quote) if quote.speaker == speaker => Some(q),
                        _ => None,
                    })
                    .collect();
                for q in attributed {
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
        match (vault.record(id), vault.origin(id)) {
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
    vault: &impl Held,
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
        Record::Evaluation(e) => {
            if e.comment.chars().count() > crate::model::MAX_COMMENT_CHARS {
                return Err(bad("evaluation"));
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
    vault: &impl Held,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        exchange::wire::WireRecord,
        model::{Quote, Session, Speaker},
    };

    const A: &str = "AAAAAAAAAAAAAAAA";
    const B: &str = "BBBBBBBBBBBBBBBB";

    fn session(engagement: RecordId) -> Record {
        Record::Session(Session {
            engagement,
            title: String::new(),
            date: "2026-03-21".into(),
            place: "North".into(),
            region: String::new(),
            languages: vec!["en".into()],
            agenda: vec![],
            group_consent: None,
            demographics: vec![],
            private_names: vec![],
            created_at: 0,
        })
    }

    fn group_quote(session: RecordId) -> Record {
        Record::Quote(Quote {
            session,
            speaker: Speaker::Group,
            text: "Words".into(),
            language: "en".into(),
            translation: None,
            themes: vec![],
            read_back: None,
            read_back_at: None,
            redactions: vec![],
            translation_redactions: vec![],
            review_marks: vec![],
            created_at: 0,
            updated_at: 0,
        })
    }

    fn json(engagement: RecordId, records: &[(RecordId, i64, Record)]) -> Vec<u8> {
        let entries: Vec<_> = records
            .iter()
            .map(|(id, counter, r)| {
                serde_json::json!({ "id": id, "counter": counter, "record": WireRecord::of(r) })
            })
            .collect();
        serde_json::to_vec(&serde_json::json!({
            "format": "hearken-records", "version": 1,
            "engagement": engagement, "records": entries,
        }))
        .unwrap()
    }

    #[test]
    fn applying_is_decided_from_held_records_alone() {
        let engagement = RecordId([1; 16]);
        let (sa, qa, sb) = (RecordId([2; 16]), RecordId([3; 16]), RecordId([4; 16]));
        let mut held = HeldRecords::default();
        held.hold(sa, session(engagement), Some(A));
        held.hold(qa, group_quote(sa), Some(A));
        // Device B writing into A's session, or over A's quote: refused.
        let into_a = json(engagement, &[(RecordId([9; 16]), 1, group_quote(sa))]);
        assert_eq!(
            check_json(&held, engagement, B, &into_a),
            Err(ExchangeError::ForeignRecord {
                kind: Kind::Session
            })
        );
        let over_a = json(
            engagement,
            &[(sb, 1, session(engagement)), (qa, 9, group_quote(sb))],
        );
        assert_eq!(
            check_json(&held, engagement, B, &over_a),
            Err(ExchangeError::ForeignRecord { kind: Kind::Quote })
        );
        // Its own session without group consent: a group quote is refused,
        // the session alone is planned.
        let own = json(
            engagement,
            &[
                (sb, 1, session(engagement)),
                (RecordId([8; 16]), 2, group_quote(sb)),
            ],
        );
        assert_eq!(
            check_json(&held, engagement, B, &own),
            Err(ExchangeError::WithoutConsent { kind: Kind::Quote })
        );
        let alone = json(engagement, &[(sb, 1, session(engagement))]);
        assert_eq!(check_json(&held, engagement, B, &alone).unwrap().added, 1);
    }
}
