//! What a session produces: anonymized quotes, documented needs and
//! recommendations, each coded with themes of the engagement's codebook.

use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, ZeroizeOnDrop};

use super::{RecordId, Speaker};
use crate::{
    Error,
    model::validate::RecordError,
    redact::{self, Finding, Placeholders, Redaction, Scanner, review::ReviewMark},
};

/// Whether the speaker heard the quote read back, and what they said.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Zeroize, ts_rs::TS)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum QuoteField {
    Text,
    Translation,
}

/// What a facilitator supplies to record a quote.
#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
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
#[derive(Debug, Clone, Default, Deserialize, ts_rs::TS)]
#[ts(optional_fields)]
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
#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
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
#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
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
