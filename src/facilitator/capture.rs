//! What a session produces, captured live: anonymized quotes, documented
//! needs and recommendations, read-back and deletion. Every write asks
//! [`crate::consent`] first.

use crate::{
    Error, consent,
    model::{
        Kind, Need, NeedInput, Quote, QuoteEdit, QuoteInput, ReadBack, Recommendation,
        RecommendationInput, Record, RecordId, Tombstone, TombstoneReason, now,
        validate::{self, RecordError},
    },
    redact::{Placeholders, Redaction},
    vault::{Change, Vault},
};

impl Vault {
    /// Themes must come from the session's engagement.
    fn check_themes(&self, session: RecordId, themes: &[RecordId]) -> Result<(), Error> {
        let engagement = self.session(session)?.engagement;
        for t in themes {
            match self.record(*t) {
                Some(Record::Theme(th)) if th.engagement == engagement => {}
                _ => return Err(RecordError::NotFound { kind: Kind::Theme }.into()),
            }
        }
        Ok(())
    }
    /// Records a quote, if consent allows it. Durable when this returns.
    pub fn add_quote(&mut self, session: RecordId, input: QuoteInput) -> Result<RecordId, Error> {
        Ok(self.add_quotes(session, vec![input])?[0])
    }
    /// Records several quotes in one transaction: all of them, or none if
    /// any one is refused (for pasting a list, or loading notes typed
    /// elsewhere).
    pub fn add_quotes(
        &mut self,
        session: RecordId,
        inputs: Vec<QuoteInput>,
    ) -> Result<Vec<RecordId>, Error> {
        self.session(session)?;
        let at = now();
        let mut changes = Vec::with_capacity(inputs.len());
        let mut ids = Vec::with_capacity(inputs.len());
        for input in inputs {
            let q = self.new_quote(session, input, at)?;
            let id = RecordId::random();
            ids.push(id);
            changes.push(Change::Put(id, Record::Quote(q)));
        }
        self.commit(changes)?;
        Ok(ids)
    }
    /// A quote as first recorded, once consent and the input are checked
    /// (nothing is written).
    pub(crate) fn new_quote(
        &self,
        session: RecordId,
        input: QuoteInput,
        at: i64,
    ) -> Result<Quote, Error> {
        consent::check_may_record(self, session, &input.speaker)?;
        validate::non_empty("text", &input.text)?;
        validate::language(&input.language)?;
        if let Some(t) = &input.translation {
            validate::max_len("translation", t)?;
        }
        self.check_themes(session, &input.themes)?;
        Ok(Quote {
            session,
            speaker: input.speaker,
            text: input.text,
            language: input.language,
            translation: input.translation.filter(|t| !t.trim().is_empty()),
            themes: dedup(input.themes),
            read_back: None,
            read_back_at: None,
            redactions: vec![],
            translation_redactions: vec![],
            review_marks: vec![],
            created_at: at,
            updated_at: at,
        })
    }
    /// A quote by id.
    pub fn quote(&self, id: RecordId) -> Result<&Quote, Error> {
        match self.record(id) {
            Some(Record::Quote(q)) => Ok(q),
            _ => Err(RecordError::NotFound { kind: Kind::Quote }.into()),
        }
    }
    /// Quotes of a session (or of all sessions), in the order recorded.
    pub fn quotes(&self, session: Option<RecordId>) -> Vec<(RecordId, &Quote)> {
        self.in_creation_order(session, Kind::Quote, |r| match r {
            Record::Quote(q) => Some(q),
            _ => None,
        })
    }
    /// Edits a quote. Consent is checked again: words of a speaker whose
    /// consent no longer allows recording cannot be changed, only deleted.
    pub fn edit_quote(&mut self, id: RecordId, edit: QuoteEdit) -> Result<(), Error> {
        let mut q = self.quote(id)?.clone();
        consent::check_may_record(self, q.session, &q.speaker)?;
        if let Some(text) = edit.text {
            validate::non_empty("text", &text)?;
            if text != q.text {
                q.read_back = None;
                q.read_back_at = None;
                q.redactions = still_in_place(&text, &q.redactions, &q.language);
            }
            q.text = text;
        }
        if let Some(lang) = edit.language {
            validate::language(&lang)?;
            q.language = lang;
        }
        if let Some(tr) = edit.translation {
            if let Some(t) = &tr {
                validate::max_len("translation", t)?;
            }
            q.translation = tr.filter(|t| !t.trim().is_empty());
            let tr = q.translation.clone().unwrap_or_default();
            q.translation_redactions = still_in_place(&tr, &q.translation_redactions, &q.language);
        }
        if let Some(themes) = edit.themes {
            self.check_themes(q.session, &themes)?;
            q.themes = dedup(themes);
        }
        q.updated_at = now();
        self.commit(vec![Change::Put(id, Record::Quote(q))])
    }
    /// Records the outcome of reading a quote back to its speaker.
    pub fn record_read_back(&mut self, id: RecordId, outcome: ReadBack) -> Result<(), Error> {
        let mut q = self.quote(id)?.clone();
        q.read_back = Some(outcome);
        q.read_back_at = Some(now());
        self.commit(vec![Change::Put(id, Record::Quote(q))])
    }
    /// Deletes a quote, need or recommendation for good, leaving a tombstone
    /// so a coordinator that already imported it removes it too.
    pub fn delete_captured(&mut self, id: RecordId) -> Result<(), Error> {
        let (kind, session) = match self.record(id) {
            Some(r @ (Record::Quote(_) | Record::Need(_) | Record::Recommendation(_))) => (
                r.kind(),
                r.parent().expect("captured records have a session"),
            ),
            _ => return Err(RecordError::NotFound { kind: Kind::Quote }.into()),
        };
        let tomb = Tombstone {
            target: id,
            target_kind: kind,
            session,
            reason: TombstoneReason::Deleted,
            at: now(),
        };
        self.commit(vec![
            Change::Delete(id),
            Change::Put(RecordId::random(), Record::Tombstone(tomb)),
        ])
    }
    /// Documents a need raised in a session.
    pub fn add_need(&mut self, session: RecordId, input: NeedInput) -> Result<RecordId, Error> {
        self.session(session)?;
        validate::non_empty("text", &input.text)?;
        validate::language(&input.language)?;
        self.check_themes(session, &input.themes)?;
        consent::check_session_may_record(self, session)?;
        let n = Need {
            session,
            text: input.text,
            language: input.language,
            themes: dedup(input.themes),
            created_at: now(),
        };
        let id = RecordId::random();
        self.commit(vec![Change::Put(id, Record::Need(n))])?;
        Ok(id)
    }
    /// Needs of a session (or of all sessions).
    pub fn needs(&self, session: Option<RecordId>) -> Vec<(RecordId, &Need)> {
        self.in_creation_order(session, Kind::Need, |r| match r {
            Record::Need(n) => Some(n),
            _ => None,
        })
    }
    /// Records a recommendation proposed in a session.
    pub fn add_recommendation(
        &mut self,
        session: RecordId,
        input: RecommendationInput,
    ) -> Result<RecordId, Error> {
        self.session(session)?;
        validate::non_empty("text", &input.text)?;
        validate::max_len("duty_bearer", &input.duty_bearer)?;
        validate::language(&input.language)?;
        self.check_themes(session, &input.themes)?;
        consent::check_session_may_record(self, session)?;
        let r = Recommendation {
            session,
            text: input.text,
            language: input.language,
            themes: dedup(input.themes),
            duty_bearer: input.duty_bearer.trim().to_owned(),
            references: input.references,
            created_at: now(),
        };
        let id = RecordId::random();
        self.commit(vec![Change::Put(id, Record::Recommendation(r))])?;
        Ok(id)
    }
    /// Recommendations of a session (or of all sessions).
    pub fn recommendations(&self, session: Option<RecordId>) -> Vec<(RecordId, &Recommendation)> {
        self.in_creation_order(session, Kind::Recommendation, |r| match r {
            Record::Recommendation(x) => Some(x),
            _ => None,
        })
    }
    /// Records of one kind, of a session or of all, in creation order.
    fn in_creation_order<'v, T>(
        &'v self,
        session: Option<RecordId>,
        kind: Kind,
        pick: impl Fn(&'v Record) -> Option<&'v T>,
    ) -> Vec<(RecordId, &'v T)> {
        let found: Vec<(RecordId, &Record)> = match session {
            Some(s) => self.children(s, kind).collect(),
            None => self.records(kind).collect(),
        };
        let mut v: Vec<_> = found
            .into_iter()
            .filter_map(|(id, r)| Some((id, pick(r)?)))
            .collect();
        v.sort_by_key(|(id, _)| self.order_of(*id));
        v
    }
}

fn dedup(mut ids: Vec<RecordId>) -> Vec<RecordId> {
    let mut seen = std::collections::HashSet::new();
    ids.retain(|id| seen.insert(*id));
    ids
}

/// The log entries whose placeholder still stands at its position in `text`.
fn still_in_place(text: &str, log: &[Redaction], lang: &str) -> Vec<Redaction> {
    let placeholders = Placeholders::for_language(lang);
    let chars: Vec<char> = text.chars().collect();
    log.iter()
        .filter(|r| {
            chars
                .get(r.start..r.end)
                .is_some_and(|s| s.iter().collect::<String>() == placeholders.get(r.kind))
        })
        .copied()
        .collect()
}
