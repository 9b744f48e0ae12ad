//! Exporting a bundle: only what consent allows and anonymization cleared
//! leaves the device, signed with the device key and encrypted to the
//! coordinator.

use crate::exchange::{
    ExchangeError,
    content::{RECORDS_FILE, RecordEntry, RecordsFile},
    wire::WireRecord,
};
use crate::{
    Error,
    bundle::{self, BundleHeader},
    consent,
    identity::parse_recipient,
    model::{Kind, Record, RecordId},
    vault::Vault,
};

/// What to export.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ExportRequest {
    /// Sessions to export; empty means every session of the vault (which
    /// must then belong to one engagement).
    pub sessions: Vec<RecordId>,
    /// Recipients (`age1...`); empty means the ones the engagement's kit names.
    pub recipients: Vec<String>,
    /// The person confirmed encrypting to recipients the kit does not name
    /// (anyone holding such a key can read the participants' words).
    pub other_recipients_confirmed: bool,
}

/// A bundle ready to be written, and what it holds.
#[derive(Clone, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Exported {
    #[serde(skip)]
    pub bytes: Vec<u8>,
    pub engagement: RecordId,
    pub sequence: u64,
    pub sessions: usize,
    pub participants: usize,
    pub quotes: usize,
    /// Quotes that stay on the device because consent does not allow them out.
    pub quotes_kept_home: usize,
    pub needs: usize,
    pub recommendations: usize,
    pub evaluations: usize,
    pub tombstones: usize,
    /// Quotes that keep the bundle from leaving until they are redacted or
    /// reviewed (a preview lists them; an export refuses).
    pub unresolved: Vec<crate::facilitator::FlaggedQuote>,
}

impl std::fmt::Debug for Exported {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Exported")
            .field("sequence", &self.sequence)
            .field("size", &self.bytes.len())
            .finish()
    }
}

impl Vault {
    /// What an export would hold, without writing anything: the preview a
    /// facilitator sees before a bundle leaves the device.
    pub fn export_preview(&self, request: &ExportRequest) -> Result<Exported, Error> {
        let (_, plan) = self.plan_export(request)?;
        Ok(plan)
    }

    /// Builds a bundle. Takes the next device sequence number first.
    /// Refuses while any quote holds unresolved identifying details, and
    /// refuses recipients the kit does not name unless the person confirmed
    /// them.
    pub fn export_bundle(&mut self, request: &ExportRequest) -> Result<Exported, Error> {
        let (file, mut plan) = self.plan_export(request)?;
        if !plan.unresolved.is_empty() {
            return Err(ExchangeError::Unresolved {
                quotes: plan.unresolved.len(),
            }
            .into());
        }
        let recipients = self.recipients_for(plan.engagement, &request.recipients)?;
        if !request.other_recipients_confirmed
            && !self
                .unnamed_recipients(plan.engagement, &request.recipients)?
                .is_empty()
        {
            return Err(ExchangeError::OtherRecipient.into());
        }
        let mut identity = self.identity()?;
        let sequence = self.next_bundle_sequence(&mut identity)?;
        let json = zeroize::Zeroizing::new(serde_json::to_vec(&file).expect("records serialize"));
        let engagement = plan.engagement.to_string();
        let header = BundleHeader {
            engagement_id: &engagement,
            device_sequence: sequence,
            created: time::OffsetDateTime::now_utc(),
        };
        plan.bytes = bundle::write(
            &header,
            &[(RECORDS_FILE, &json)],
            &identity.signing,
            &recipients,
        )?;
        plan.sequence = sequence;
        Ok(plan)
    }

    /// Recipients given that the engagement's kit does not name.
    pub fn unnamed_recipients(
        &self,
        engagement: RecordId,
        given: &[String],
    ) -> Result<Vec<String>, Error> {
        let from_kit = self
            .engagement(engagement)?
            .kit
            .as_ref()
            .map(|k| k.recipients.clone())
            .unwrap_or_default();
        Ok(given
            .iter()
            .filter(|r| !from_kit.iter().any(|k| k == r.trim()))
            .cloned()
            .collect())
    }

    fn recipients_for(
        &self,
        engagement: RecordId,
        given: &[String],
    ) -> Result<Vec<age::x25519::Recipient>, Error> {
        let from_kit = self
            .engagement(engagement)?
            .kit
            .as_ref()
            .map(|k| k.recipients.clone())
            .unwrap_or_default();
        let chosen = if given.is_empty() {
            from_kit
        } else {
            given.to_vec()
        };
        if chosen.is_empty() {
            return Err(ExchangeError::NoRecipients.into());
        }
        Ok(chosen
            .iter()
            .map(|r| parse_recipient(r))
            .collect::<Result<_, _>>()?)
    }

    fn plan_export(&self, request: &ExportRequest) -> Result<(RecordsFile, Exported), Error> {
        let sessions: Vec<RecordId> = if request.sessions.is_empty() {
            self.sessions(None).into_iter().map(|(id, _)| id).collect()
        } else {
            request.sessions.clone()
        };
        let Some(first) = sessions.first() else {
            return Err(ExchangeError::NoSessions.into());
        };
        let engagement = self.session(*first)?.engagement;
        let mut plan = Exported {
            bytes: vec![],
            engagement,
            sequence: 0,
            sessions: 0,
            participants: 0,
            quotes: 0,
            quotes_kept_home: 0,
            needs: 0,
            recommendations: 0,
            evaluations: 0,
            tombstones: 0,
            unresolved: vec![],
        };
        let mut entries = vec![];
        for sid in &sessions {
            let s = self.session(*sid)?;
            if s.engagement != engagement {
                return Err(ExchangeError::MixedEngagements.into());
            }
            // The wire form leaves the names typed to spot them in quotes
            // on the device.
            entries.push(self.entry(*sid, &Record::Session(s.clone())));
            plan.sessions += 1;
            for (id, p) in self.participants(*sid) {
                entries.push(self.entry(id, &Record::Participant(p.clone())));
                plan.participants += 1;
            }
            let scanner = self.scanner(*sid)?;
            for (id, q) in self.quotes(Some(*sid)) {
                if !consent::may_export(self, *sid, &q.speaker) {
                    plan.quotes_kept_home += 1;
                    continue;
                }
                if let Some(flagged) = self.flag(id, &scanner)? {
                    plan.unresolved.push(flagged);
                    continue;
                }
                // The facilitator's reviews stay on the device too.
                entries.push(self.entry(id, &Record::Quote(q.clone())));
                plan.quotes += 1;
            }
            // Needs and recommendations are the session's: without its
            // group consent in force they stay on the device.
            if consent::check_session_may_record(self, *sid).is_ok() {
                for (id, n) in self.needs(Some(*sid)) {
                    entries.push(self.entry(id, &Record::Need(n.clone())));
                    plan.needs += 1;
                }
                for (id, r) in self.recommendations(Some(*sid)) {
                    entries.push(self.entry(id, &Record::Recommendation(r.clone())));
                    plan.recommendations += 1;
                }
            }
            // Evaluations are anonymous answers; their comments are the
            // participants' words and go only under the group consent.
            let group = consent::check_session_may_record(self, *sid).is_ok();
            for (id, e) in self.evaluations(*sid) {
                let mut e = e.clone();
                if !group {
                    e.comment.clear();
                }
                entries.push(self.entry(id, &Record::Evaluation(e)));
                plan.evaluations += 1;
            }
            for (id, t) in self.children(*sid, Kind::Tombstone) {
                entries.push(self.entry(id, t));
                plan.tombstones += 1;
            }
        }
        Ok((RecordsFile::new(engagement, entries), plan))
    }
}

impl Vault {
    /// A record as a bundle carries it: its wire form and its version here.
    /// Only the kinds a bundle carries are exported.
    fn entry(&self, id: RecordId, record: &Record) -> RecordEntry {
        RecordEntry {
            id,
            counter: self.version_of(id),
            record: WireRecord::of(record).expect("only the kinds a bundle carries are exported"),
        }
    }
}
