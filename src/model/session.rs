//! Sessions (one community dialogue), the participants in them by
//! pseudonymous code, and the consent each gave.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zeroize::{Zeroize, ZeroizeOnDrop};

use super::{AgendaSegment, Kind, Record, RecordId, Tombstone, TombstoneReason, now};
use crate::{
    Error,
    consent::{self, ConsentError},
    validate::{self, RecordError},
    vault::{Change, Vault},
};

/// How consent was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Zeroize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentMethod {
    Oral,
    Written,
    Witnessed,
}

/// One thing a participant may agree to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// Taking part in the dialogue at all.
    TakePart,
    /// Their words quoted anonymously in the coordinator's reports.
    QuotesInReports,
    /// Their anonymized quotes shared beyond the coordinator (treaty bodies, government).
    QuotesShared,
    /// Their demographic group recorded in counts.
    Demographics,
}

impl Scope {
    pub const ALL: [Scope; 4] = [
        Scope::TakePart,
        Scope::QuotesInReports,
        Scope::QuotesShared,
        Scope::Demographics,
    ];
    /// The snake_case name used in the CLI, JSON and Fluent ids.
    pub fn name(self) -> &'static str {
        match self {
            Scope::TakePart => "take_part",
            Scope::QuotesInReports => "quotes_in_reports",
            Scope::QuotesShared => "quotes_shared",
            Scope::Demographics => "demographics",
        }
    }
    pub fn from_name(s: &str) -> Option<Scope> {
        let s = s.replace('-', "_");
        Scope::ALL.into_iter().find(|x| x.name() == s)
    }
}

/// The scopes a person agreed to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, Zeroize)]
#[serde(deny_unknown_fields)]
pub struct Scopes {
    pub take_part: bool,
    pub quotes_in_reports: bool,
    pub quotes_shared: bool,
    pub demographics: bool,
}

impl Scopes {
    pub fn from_list(list: &[Scope]) -> Scopes {
        Scopes {
            take_part: list.contains(&Scope::TakePart),
            quotes_in_reports: list.contains(&Scope::QuotesInReports),
            quotes_shared: list.contains(&Scope::QuotesShared),
            demographics: list.contains(&Scope::Demographics),
        }
    }
    pub fn covers(&self, scope: Scope) -> bool {
        match scope {
            Scope::TakePart => self.take_part,
            Scope::QuotesInReports => self.quotes_in_reports,
            Scope::QuotesShared => self.quotes_shared,
            Scope::Demographics => self.demographics,
        }
    }
    pub fn list(&self) -> Vec<Scope> {
        Scope::ALL.into_iter().filter(|s| self.covers(*s)).collect()
    }
}

/// A participant's informed consent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
#[serde(deny_unknown_fields)]
pub struct Consent {
    pub scopes: Scopes,
    pub method: ConsentMethod,
    /// The language the consent text was shown in.
    pub language: String,
    /// SHA-256 (hex) of the consent text shown.
    pub text_sha256: String,
    pub given_at: i64,
    pub withdrawn_at: Option<i64>,
}

impl Consent {
    pub fn is_active(&self) -> bool {
        self.withdrawn_at.is_none()
    }
}

/// Consent of the group as a whole, needed for notes not attributed to anyone.
pub type GroupConsent = Consent;

/// What a person supplies when consent is given.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConsentInput {
    pub scopes: Vec<Scope>,
    pub method: ConsentMethod,
    pub language: String,
    /// The text shown; when absent, the engagement's consent text in `language`.
    #[serde(default)]
    pub text: Option<String>,
}

/// A count of participants in one demographic group.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
#[serde(deny_unknown_fields)]
pub struct GroupCount {
    pub group: String,
    pub count: u32,
}

/// One community dialogue.
#[derive(Clone, PartialEq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
#[serde(deny_unknown_fields)]
pub struct Session {
    pub engagement: RecordId,
    pub title: String,
    /// YYYY-MM-DD.
    pub date: String,
    /// A coarse place (a district, never an address).
    pub place: String,
    pub region: String,
    pub languages: Vec<String>,
    pub agenda: Vec<AgendaSegment>,
    pub group_consent: Option<GroupConsent>,
    pub demographics: Vec<GroupCount>,
    /// Names people said in the room, typed by the facilitator so the
    /// anonymization assistant can find them. Sealed; never exported.
    pub private_names: Vec<String>,
    pub created_at: i64,
}

/// What a person supplies to set up a session.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct SessionInput {
    pub title: String,
    pub date: String,
    pub place: String,
    pub region: String,
    pub languages: Vec<String>,
    /// When absent, the engagement's agenda template.
    pub agenda: Option<Vec<AgendaSegment>>,
    pub demographics: Vec<GroupCount>,
    pub private_names: Vec<String>,
}

/// A participant: a pseudonymous code, never a name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
#[serde(deny_unknown_fields)]
pub struct Participant {
    pub session: RecordId,
    pub code: String,
    pub consent: Option<Consent>,
}

/// Who said something: a participant by code, or the group.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, Zeroize)]
#[serde(rename_all = "snake_case")]
pub enum Speaker {
    Participant(String),
    Group,
}

impl Speaker {
    /// Parses what a facilitator types: `group` or a participant code.
    pub fn parse(s: &str) -> Speaker {
        if s.eq_ignore_ascii_case("group") {
            Speaker::Group
        } else {
            Speaker::Participant(s.trim().to_uppercase())
        }
    }
}

impl std::fmt::Display for Speaker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Speaker::Participant(c) => f.write_str(c),
            Speaker::Group => f.write_str("group"),
        }
    }
}

impl Vault {
    /// Sets up a session of an engagement.
    pub fn add_session(
        &mut self,
        engagement: RecordId,
        input: SessionInput,
    ) -> Result<RecordId, Error> {
        let e = self.engagement(engagement)?;
        validate::date(&input.date)?;
        validate::max_len("region", &input.region)?;
        validate::max_len("title", &input.title)?;
        validate::non_empty("place", &input.place)?;
        for l in &input.languages {
            validate::language(l)?;
        }
        let agenda = input.agenda.unwrap_or_else(|| e.agenda.clone());
        let s = Session {
            engagement,
            title: input.title.trim().to_owned(),
            date: input.date,
            place: input.place.trim().to_owned(),
            region: input.region.trim().to_owned(),
            languages: input.languages,
            agenda,
            group_consent: None,
            demographics: input.demographics,
            private_names: input.private_names,
            created_at: now(),
        };
        let id = RecordId::random();
        self.commit(vec![Change::Put(id, Record::Session(s))])?;
        Ok(id)
    }

    /// A session by id.
    pub fn session(&self, id: RecordId) -> Result<&Session, Error> {
        match self.record(id) {
            Some(Record::Session(s)) => Ok(s),
            _ => Err(RecordError::NotFound {
                kind: Kind::Session,
            }
            .into()),
        }
    }

    /// Sessions, of one engagement or of all, by date.
    pub fn sessions(&self, engagement: Option<RecordId>) -> Vec<(RecordId, &Session)> {
        let mut v: Vec<_> = self
            .records(Kind::Session)
            .filter_map(|(id, r)| match r {
                Record::Session(s) if engagement.is_none_or(|e| e == s.engagement) => Some((id, s)),
                _ => None,
            })
            .collect();
        v.sort_by(|a, b| (&a.1.date, a.1.created_at).cmp(&(&b.1.date, b.1.created_at)));
        v
    }

    /// Replaces a session's demographic counts.
    pub fn set_demographics(
        &mut self,
        session: RecordId,
        counts: Vec<GroupCount>,
    ) -> Result<(), Error> {
        let mut s = self.session(session)?.clone();
        for c in &counts {
            validate::non_empty("group", &c.group)?;
        }
        s.demographics = counts;
        self.commit(vec![Change::Put(session, Record::Session(s))])
    }

    /// Replaces the session's private name list (used only to flag names).
    pub fn set_private_names(
        &mut self,
        session: RecordId,
        names: Vec<String>,
    ) -> Result<(), Error> {
        let mut s = self.session(session)?.clone();
        s.private_names = names
            .into_iter()
            .map(|n| n.trim().to_owned())
            .filter(|n| !n.is_empty())
            .collect();
        self.commit(vec![Change::Put(session, Record::Session(s))])
    }

    fn consent_from(&self, session: RecordId, input: ConsentInput) -> Result<Consent, Error> {
        validate::language(&input.language)?;
        let s = self.session(session)?;
        let text = match &input.text {
            Some(t) => t.as_str(),
            None => self
                .engagement(s.engagement)?
                .consent_text(&input.language)
                .ok_or(ConsentError::NoConsentText)?,
        };
        validate::non_empty("consent_text", text)?;
        let scopes = Scopes::from_list(&input.scopes);
        if !scopes.take_part {
            return Err(ConsentError::TakePartRequired.into());
        }
        Ok(Consent {
            scopes,
            method: input.method,
            language: input.language,
            text_sha256: hex::encode(Sha256::digest(text.as_bytes())),
            given_at: now(),
            withdrawn_at: None,
        })
    }

    /// Records the group's consent for notes not attributed to anyone.
    pub fn give_group_consent(
        &mut self,
        session: RecordId,
        input: ConsentInput,
    ) -> Result<(), Error> {
        let mut s = self.session(session)?.clone();
        if s.group_consent.as_ref().is_some_and(|c| !c.is_active()) {
            return Err(ConsentError::Withdrawn.into());
        }
        s.group_consent = Some(self.consent_from(session, input)?);
        self.commit(vec![Change::Put(session, Record::Session(s))])
    }

    /// Withdraws the group's consent: every quote attributed to the group
    /// and every need and recommendation of the session is removed at once,
    /// with tombstones so the coordinator removes its copies. Like a
    /// participant's, the group's consent once withdrawn stays withdrawn.
    /// Returns how many records were removed.
    pub fn withdraw_group_consent(&mut self, session: RecordId) -> Result<usize, Error> {
        let mut s = self.session(session)?.clone();
        let consent = s
            .group_consent
            .as_mut()
            .ok_or(ConsentError::NoGroupConsent)?;
        if !consent.is_active() {
            return Err(ConsentError::Withdrawn.into());
        }
        let at = now();
        consent.withdrawn_at = Some(at);
        let mut purged: Vec<(RecordId, Kind)> =
            consent::attributed_quotes(self, session, &Speaker::Group)
                .into_iter()
                .map(|id| (id, Kind::Quote))
                .collect();
        for kind in [Kind::Need, Kind::Recommendation] {
            purged.extend(self.children(session, kind).map(|(id, _)| (id, kind)));
        }
        let mut changes = Vec::with_capacity(2 * purged.len() + 1);
        for (id, kind) in &purged {
            changes.push(Change::Delete(*id));
            changes.push(Change::Put(
                RecordId::random(),
                Record::Tombstone(Tombstone {
                    target: *id,
                    target_kind: *kind,
                    session,
                    reason: TombstoneReason::ConsentWithdrawn,
                    at,
                }),
            ));
        }
        changes.push(Change::Put(session, Record::Session(s)));
        self.commit(changes)?;
        Ok(purged.len())
    }

    /// How many records withdrawing the group's consent would remove.
    pub fn group_consent_reach(&self, session: RecordId) -> Result<usize, Error> {
        self.session(session)?;
        Ok(
            consent::attributed_quotes(self, session, &Speaker::Group).len()
                + self.children(session, Kind::Need).count()
                + self.children(session, Kind::Recommendation).count(),
        )
    }

    /// Adds a participant; without a code, the next free `P<n>`.
    pub fn add_participant(
        &mut self,
        session: RecordId,
        code: Option<&str>,
    ) -> Result<(RecordId, String), Error> {
        self.session(session)?;
        let taken: Vec<String> = self
            .participants(session)
            .iter()
            .map(|(_, p)| p.code.clone())
            .collect();
        let code = match code {
            Some(c) => {
                let c = c.trim().to_uppercase();
                validate::participant_code(&c)?;
                if taken.contains(&c) {
                    return Err(RecordError::Duplicate { field: "code" }.into());
                }
                c
            }
            None => {
                let next = taken
                    .iter()
                    .filter_map(|c| c.strip_prefix('P')?.parse::<u32>().ok())
                    .max()
                    .unwrap_or(0)
                    + 1;
                format!("P{next}")
            }
        };
        let id = RecordId::random();
        let p = Participant {
            session,
            code: code.clone(),
            consent: None,
        };
        self.commit(vec![Change::Put(id, Record::Participant(p))])?;
        Ok((id, code))
    }

    /// A participant by id.
    pub fn participant(&self, id: RecordId) -> Result<&Participant, Error> {
        match self.record(id) {
            Some(Record::Participant(p)) => Ok(p),
            _ => Err(RecordError::NotFound {
                kind: Kind::Participant,
            }
            .into()),
        }
    }

    /// The participant of a session with `code`.
    pub fn participant_by_code(
        &self,
        session: RecordId,
        code: &str,
    ) -> Result<(RecordId, &Participant), Error> {
        let code = code.trim().to_uppercase();
        self.participants(session)
            .into_iter()
            .find(|(_, p)| p.code == code)
            .ok_or_else(|| ConsentError::UnknownParticipant.into())
    }

    /// A session's participants, by code.
    pub fn participants(&self, session: RecordId) -> Vec<(RecordId, &Participant)> {
        let mut v: Vec<_> = self
            .children(session, Kind::Participant)
            .filter_map(|(id, r)| match r {
                Record::Participant(p) => Some((id, p)),
                _ => None,
            })
            .collect();
        v.sort_by_key(|(_, p)| code_order(&p.code));
        v
    }

    /// Records a participant's consent. Consent once withdrawn stays
    /// withdrawn: a person who returns takes part under a new code.
    pub fn give_consent(
        &mut self,
        participant: RecordId,
        input: ConsentInput,
    ) -> Result<(), Error> {
        let mut p = self.participant(participant)?.clone();
        if p.consent.as_ref().is_some_and(|c| !c.is_active()) {
            return Err(ConsentError::Withdrawn.into());
        }
        p.consent = Some(self.consent_from(p.session, input)?);
        self.commit(vec![Change::Put(participant, Record::Participant(p))])
    }

    /// Withdraws a participant's consent: every quote attributed to them is
    /// removed from the vault at once, in the same transaction, and
    /// tombstones record the removal so the coordinator removes its copies.
    /// Returns how many quotes were removed.
    pub fn withdraw_consent(&mut self, participant: RecordId) -> Result<usize, Error> {
        let mut p = self.participant(participant)?.clone();
        let consent = p.consent.as_mut().ok_or(ConsentError::NoConsent)?;
        if !consent.is_active() {
            return Err(ConsentError::Withdrawn.into());
        }
        let at = now();
        consent.withdrawn_at = Some(at);
        let session = p.session;
        let speaker = Speaker::Participant(p.code.clone());
        let purged = consent::attributed_quotes(self, session, &speaker);
        let mut changes = Vec::with_capacity(2 * purged.len() + 2);
        for id in &purged {
            changes.push(Change::Delete(*id));
            changes.push(Change::Put(
                RecordId::random(),
                Record::Tombstone(Tombstone {
                    target: *id,
                    target_kind: Kind::Quote,
                    session,
                    reason: TombstoneReason::ConsentWithdrawn,
                    at,
                }),
            ));
        }
        changes.push(Change::Put(
            RecordId::random(),
            Record::Tombstone(Tombstone {
                target: participant,
                target_kind: Kind::Participant,
                session,
                reason: TombstoneReason::ConsentWithdrawn,
                at,
            }),
        ));
        changes.push(Change::Put(participant, Record::Participant(p)));
        self.commit(changes)?;
        Ok(purged.len())
    }
}

/// Orders P2 before P10.
fn code_order(code: &str) -> (String, u32, String) {
    let digits_at = code
        .find(|c: char| c.is_ascii_digit())
        .unwrap_or(code.len());
    let (head, tail) = code.split_at(digits_at);
    (head.to_owned(), tail.parse().unwrap_or(0), tail.to_owned())
}

// The names typed to spot them in quotes never reach Debug output.
impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("engagement", &self.engagement)
            .field("date", &self.date)
            .field("private_names", &self.private_names.len())
            .finish_non_exhaustive()
    }
}
