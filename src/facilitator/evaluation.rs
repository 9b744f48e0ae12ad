//! The participants' anonymous evaluation of a session: four fixed
//! questions and an optional comment, which needs the session's group
//! consent (and is cleared when that consent is narrowed or withdrawn). No participant code is attached, and
//! the comment passes through the anonymization assistant before it is
//! stored: every identifying detail it finds (names typed for the session,
//! places of the gazetteer, phone numbers, addresses...) is replaced by its
//! placeholder, so no raw comment is ever written.

use crate::{
    Error,
    model::{
        Evaluation, EvaluationInput, Kind, MAX_COMMENT_CHARS, Record, RecordId, now,
        validate::RecordError,
    },
    redact::{self, Placeholders},
    vault::{Change, Vault},
};

/// What adding an evaluation did.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct EvaluationAdded {
    pub id: RecordId,
    /// How many identifying details were replaced in the comment.
    pub redacted: usize,
}

impl Vault {
    /// Records one participant's anonymous evaluation of `session`.
    pub fn add_evaluation(
        &mut self,
        session: RecordId,
        input: EvaluationInput,
    ) -> Result<EvaluationAdded, Error> {
        let s = self.session(session)?;
        let comment = input.comment.trim();
        if comment.chars().count() > MAX_COMMENT_CHARS {
            return Err(RecordError::TooLong {
                field: "comment",
                max: MAX_COMMENT_CHARS,
            }
            .into());
        }
        // A comment is the group's words: like needs and recommendations it
        // needs the session's group consent (answers alone do not).
        if !comment.is_empty() {
            crate::consent::check_session_may_record(self, session)?;
        }
        let lang = s.languages.first().cloned().unwrap_or_else(|| "en".into());
        let findings = self.scanner(session)?.scan(comment);
        let done = redact::apply(comment, &findings, &Placeholders::for_language(&lang))?;
        // Placeholders can be longer than what they replace.
        if done.text.chars().count() > MAX_COMMENT_CHARS {
            return Err(RecordError::TooLong {
                field: "comment",
                max: MAX_COMMENT_CHARS,
            }
            .into());
        }
        let id = RecordId::random();
        self.commit(vec![Change::Put(
            id,
            Record::Evaluation(Evaluation {
                session,
                felt_safe: input.felt_safe,
                own_language: input.own_language,
                accessible: input.accessible,
                again: input.again,
                comment: done.text,
                // To the hour: the order of answers must not line up with
                // the order of consents.
                created_at: now() / 3600 * 3600,
            }),
        )])?;
        Ok(EvaluationAdded {
            id,
            redacted: findings.len(),
        })
    }

    /// The changes that empty the comments of a session's evaluations (the
    /// group's words) and keep the anonymous answers; a new version of each,
    /// so the next bundle replaces the coordinator's copy.
    pub(crate) fn clear_evaluation_comments(&self, session: RecordId) -> Vec<Change> {
        self.evaluations(session)
            .into_iter()
            .filter(|(_, e)| !e.comment.is_empty())
            .map(|(id, e)| {
                let mut e = e.clone();
                e.comment.clear();
                Change::Put(id, Record::Evaluation(e))
            })
            .collect()
    }

    /// The evaluations of a session, by hour, then in an order that says
    /// nothing of who answered when.
    pub fn evaluations(&self, session: RecordId) -> Vec<(RecordId, &Evaluation)> {
        let mut out: Vec<_> = self
            .children(session, Kind::Evaluation)
            .filter_map(|(id, r)| match r {
                Record::Evaluation(e) => Some((id, e)),
                _ => None,
            })
            .collect();
        out.sort_by_key(|(id, e)| (e.created_at, *id));
        out
    }
}
