//! Sessions (one community dialogue) and their participants, by
//! pseudonymous code: setting them up and finding them.

use crate::{
    Error,
    consent::ConsentError,
    model::{
        Kind, Participant, Record, RecordId, Session, SessionInput, now,
        validate::{self, RecordError},
    },
    vault::{Change, Vault},
};

/// `typed` as the engagement's list spells it (case and spaces aside), or
/// as typed when the list is empty; refused when the list does not have it.
fn listed(field: &'static str, list: &[String], typed: &str) -> Result<String, Error> {
    let typed = typed.trim();
    if list.is_empty() || typed.is_empty() {
        return Ok(typed.to_owned());
    }
    let fold = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    list.iter()
        .find(|x| fold(x) == fold(typed))
        .cloned()
        .ok_or_else(|| RecordError::NotListed { field }.into())
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
        // Regions and groups come from the engagement's lists (when it has
        // them), spelled as there, so one region or group is never two.
        let region = listed("region", &e.regions, &input.region)?;
        let mut demographics: Vec<crate::model::GroupCount> = vec![];
        for g in input.demographics {
            let group = listed("group", &e.groups, &g.group)?;
            if demographics.iter().any(|d| d.group == group) {
                return Err(RecordError::Duplicate { field: "group" }.into());
            }
            demographics.push(crate::model::GroupCount {
                group,
                count: g.count,
            });
        }
        let agenda = input.agenda.unwrap_or_else(|| e.agenda.clone());
        let s = Session {
            engagement,
            title: input.title.trim().to_owned(),
            date: input.date,
            place: input.place.trim().to_owned(),
            region,
            languages: input.languages,
            agenda,
            group_consent: None,
            demographics,
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
}

/// Orders P2 before P10.
fn code_order(code: &str) -> (String, u32, String) {
    let digits_at = code
        .find(|c: char| c.is_ascii_digit())
        .unwrap_or(code.len());
    let (head, tail) = code.split_at(digits_at);
    (head.to_owned(), tail.parse().unwrap_or(0), tail.to_owned())
}
