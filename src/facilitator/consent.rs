//! Giving and withdrawing consent, a participant's or the group's. The
//! rules themselves are [`crate::consent`]'s; withdrawal removes the words
//! it covered at once and leaves tombstones for the coordinator.

use crate::{
    Error,
    consent::{self, ConsentError},
    model::{
        Consent, ConsentInput, Kind, Record, RecordId, Scopes, Speaker, Tombstone, TombstoneReason,
        now,
        validate::{self},
    },
    vault::{Change, Vault},
};
use sha2::{Digest, Sha256};

impl Vault {
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
        let consent = self.consent_from(session, input)?;
        let mut changes = vec![];
        // Narrowed so it no longer covers recording: the group's words in
        // evaluation comments go, as on withdrawal.
        if crate::consent::covers_recording(&consent).is_err() {
            changes.extend(self.clear_evaluation_comments(session));
        }
        s.group_consent = Some(consent);
        changes.push(Change::Put(session, Record::Session(s)));
        self.commit(changes)
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
        changes.extend(self.clear_evaluation_comments(session));
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
