//! What a session produces: anonymized quotes, documented needs and
//! recommendations, each coded with themes of the engagement's codebook.

use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, ZeroizeOnDrop};

use super::{Kind, Record, RecordId, Speaker, Tombstone, TombstoneReason, now};
use crate::{
    Error, consent,
    redact::{self, Finding, Placeholders, Redaction, Scanner, review::ReviewMark},
    validate::{self, RecordError},
    vault::{Change, Vault},
};

/// Whether the speaker heard the quote read back, and what they said.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Zeroize)]
#[serde(rename_all = "snake_case")]
pub enum ReadBack {
    /// Read back and confirmed as accurate.
    Confirmed,
    /// Read back; the speaker asked for a change.
    ChangeRequested,
}

/// Something a participant (or the group) said, as recorded.
#[derive(Clone, PartialEq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    pub session: RecordId,
    pub speaker: Speaker,
    pub text: String,
    pub language: String,
    pub translation: Option<String>,
    pub themes: Vec<RecordId>,
    pub read_back: Option<ReadBack>,
    pub read_back_at: Option<i64>,
    /// Where placeholders replaced identifying details in `text` (kind and
    /// position only; the removed words are kept nowhere).
    #[zeroize(skip)]
    pub redactions: Vec<Redaction>,
    /// The same for `translation`.
    #[zeroize(skip)]
    pub translation_redactions: Vec<Redaction>,
    /// Findings the facilitator decided to keep as written; each is bound to
    /// the exact text it was made on, so an edit cancels it.
    #[zeroize(skip)]
    pub review_marks: Vec<ReviewMark>,
    pub created_at: i64,
    pub updated_at: i64,
}

/// Which text of a quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteField {
    Text,
    Translation,
}

/// What a facilitator supplies to record a quote.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct QuoteInput {
    pub speaker: Speaker,
    pub text: String,
    pub language: String,
    #[serde(default)]
    pub translation: Option<String>,
    #[serde(default)]
    pub themes: Vec<RecordId>,
}

/// Changes to a quote; absent fields stay as they are.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct QuoteEdit {
    pub text: Option<String>,
    pub language: Option<String>,
    /// `Some(None)` removes the translation.
    pub translation: Option<Option<String>>,
    pub themes: Option<Vec<RecordId>>,
}

/// A documented need of the community.
#[derive(Clone, PartialEq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
#[serde(deny_unknown_fields)]
pub struct Need {
    pub session: RecordId,
    pub text: String,
    pub language: String,
    pub themes: Vec<RecordId>,
    pub created_at: i64,
}

/// What a facilitator supplies to document a need.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NeedInput {
    pub text: String,
    pub language: String,
    #[serde(default)]
    pub themes: Vec<RecordId>,
}

/// An action the community proposes, addressed to a duty-bearer.
#[derive(Clone, PartialEq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
#[serde(deny_unknown_fields)]
pub struct Recommendation {
    pub session: RecordId,
    pub text: String,
    pub language: String,
    pub themes: Vec<RecordId>,
    /// Who should act (a ministry, the municipality...).
    pub duty_bearer: String,
    /// Treaty obligations or UPR recommendations it relates to.
    pub references: Vec<String>,
    pub created_at: i64,
}

/// What a facilitator supplies to record a recommendation.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct RecommendationInput {
    pub text: String,
    pub language: String,
    #[serde(default)]
    pub themes: Vec<RecordId>,
    #[serde(default)]
    pub duty_bearer: String,
    #[serde(default)]
    pub references: Vec<String>,
}

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
}

impl Quote {
    /// What the assistant finds in its texts that is neither redacted nor
    /// reviewed.
    pub(crate) fn findings(&self, scanner: &Scanner) -> Vec<(QuoteField, Finding)> {
        let mut out: Vec<_> = redact::review::unresolved(scanner, &self.text, &self.review_marks)
            .into_iter()
            .map(|f| (QuoteField::Text, f))
            .collect();
        if let Some(t) = &self.translation {
            out.extend(
                redact::review::unresolved(scanner, t, &self.review_marks)
                    .into_iter()
                    .map(|f| (QuoteField::Translation, f)),
            );
        }
        out
    }

    /// Replaces findings in one of its texts with typed placeholders in the
    /// quote's language, and logs kind and position (nothing is written).
    pub(crate) fn redact(&mut self, field: QuoteField, findings: &[Finding]) -> Result<(), Error> {
        let placeholders = Placeholders::for_language(&self.language);
        let (text, log) = match field {
            QuoteField::Text => (&self.text, &self.redactions),
            QuoteField::Translation => match &self.translation {
                Some(t) => (t, &self.translation_redactions),
                None => {
                    return Err(RecordError::Empty {
                        field: "translation",
                    }
                    .into());
                }
            },
        };
        let done = redact::apply(text, findings, &placeholders)?;
        let mut merged = shift_log(log, findings, &placeholders);
        merged.extend(done.log);
        merged.sort_by_key(|r| r.start);
        match field {
            QuoteField::Text => {
                self.text = done.text;
                self.redactions = merged;
            }
            QuoteField::Translation => {
                self.translation = Some(done.text);
                self.translation_redactions = merged;
            }
        }
        Ok(())
    }
}

impl Vault {
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

    /// The anonymization scanner for a session: its private name list and
    /// its engagement's gazetteer.
    pub fn scanner(&self, session: RecordId) -> Result<Scanner, Error> {
        let s = self.session(session)?;
        let places = &self.engagement(s.engagement)?.gazetteer;
        Ok(Scanner::new(&s.private_names, places)?)
    }

    /// Identifying details still unresolved in a quote's text and translation.
    pub fn quote_findings(
        &self,
        id: RecordId,
        scanner: &Scanner,
    ) -> Result<Vec<(QuoteField, Finding)>, Error> {
        Ok(self.quote(id)?.findings(scanner))
    }

    /// Replaces findings in one text of a quote with typed placeholders in the
    /// quote's language, and logs kind and position.
    pub fn redact_quote(
        &mut self,
        id: RecordId,
        field: QuoteField,
        findings: &[Finding],
    ) -> Result<(), Error> {
        let mut q = self.quote(id)?.clone();
        q.redact(field, findings)?;
        q.updated_at = now();
        self.commit(vec![Change::Put(id, Record::Quote(q))])
    }

    /// Marks findings of one text of a quote as reviewed: kept as written.
    pub fn review_quote(
        &mut self,
        id: RecordId,
        field: QuoteField,
        findings: &[Finding],
    ) -> Result<(), Error> {
        let mut q = self.quote(id)?.clone();
        let text = match field {
            QuoteField::Text => q.text.clone(),
            QuoteField::Translation => q.translation.clone().unwrap_or_default(),
        };
        let len = text.chars().count();
        for f in findings {
            if f.start >= f.end || f.end > len {
                return Err(RecordError::Invalid { field: "finding" }.into());
            }
            q.review_marks.push(ReviewMark::new(&text, f));
        }
        self.commit(vec![Change::Put(id, Record::Quote(q))])
    }
}

/// Moves earlier log entries to where their placeholders sit after `findings`
/// (in the same text) were replaced.
fn shift_log(
    log: &[Redaction],
    findings: &[Finding],
    placeholders: &Placeholders,
) -> Vec<Redaction> {
    log.iter()
        .filter(|r| !findings.iter().any(|f| f.start < r.end && r.start < f.end))
        .map(|r| {
            let delta: isize = findings
                .iter()
                .filter(|f| f.end <= r.start)
                .map(|f| {
                    placeholders.get(f.kind).chars().count() as isize - (f.end - f.start) as isize
                })
                .sum();
            Redaction {
                kind: r.kind,
                start: (r.start as isize + delta) as usize,
                end: (r.end as isize + delta) as usize,
            }
        })
        .collect()
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

fn dedup(mut ids: Vec<RecordId>) -> Vec<RecordId> {
    let mut seen = std::collections::HashSet::new();
    ids.retain(|id| seen.insert(*id));
    ids
}

// Participants' words never reach Debug output (logs, panics): only ids,
// languages and counts do.
impl std::fmt::Debug for Quote {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Quote")
            .field("session", &self.session)
            .field("language", &self.language)
            .field("chars", &self.text.chars().count())
            .finish_non_exhaustive()
    }
}

impl std::fmt::Debug for Need {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Need")
            .field("session", &self.session)
            .finish_non_exhaustive()
    }
}

impl std::fmt::Debug for Recommendation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Recommendation")
            .field("session", &self.session)
            .finish_non_exhaustive()
    }
}
