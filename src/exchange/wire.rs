//! The bundle's record layer on the wire (docs/format.md §14.2): the types
//! `records.json` is made of, apart from the domain model, so the model can
//! change without changing what devices exchange, and what arrives is read
//! strictly. Every object refuses fields this version does not define, at
//! every level. Records are converted in one place each way:
//! [`WireRecord::of`] when a facilitator exports, [`WireRecord::into_record`]
//! when a coordinator imports. What a device never sends cannot even be
//! read: review marks and private name lists are always empty lists.
//!
//! The field names and their order are those of version 1, so bundles made
//! before these types existed read back byte for byte. The types that hold
//! words or places have no `Debug`, so no log or panic can print them.
//!
//! Long on purpose: every wire type and both conversions stay in one file,
//! so a change of what devices exchange is reviewed in one place.

use serde::{Deserialize, Serialize};

use crate::{
    model::{self, Kind, Record, RecordId},
    redact::{FindingKind, Redaction},
};

/// A value that never travels in a bundle: the list holding it is always
/// empty (`[]`), and anything in it refuses the bundle.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum NotCarried {}

/// One record of a bundle, by kind (§14.2).
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum WireRecord {
    Session(WireSession),
    Participant(WireParticipant),
    Quote(WireQuote),
    Need(WireNeed),
    Recommendation(WireRecommendation),
    Tombstone(WireTombstone),
    Evaluation(WireEvaluation),
}

/// A session without the facilitator's private name list.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WireSession {
    pub engagement: RecordId,
    pub title: String,
    /// YYYY-MM-DD.
    pub date: String,
    pub place: String,
    pub region: String,
    pub languages: Vec<String>,
    pub agenda: Vec<WireSegment>,
    pub group_consent: Option<WireConsent>,
    pub demographics: Vec<WireGroupCount>,
    /// Always empty: the names typed to spot them in quotes stay home.
    pub private_names: Vec<NotCarried>,
    pub created_at: i64,
}

#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WireSegment {
    pub title: String,
    pub minutes: u32,
    pub questions: Vec<String>,
}

#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WireGroupCount {
    pub group: String,
    pub count: u32,
}

#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WireConsent {
    pub scopes: WireScopes,
    pub method: WireMethod,
    pub language: String,
    pub text_sha256: String,
    pub given_at: i64,
    pub withdrawn_at: Option<i64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WireScopes {
    pub take_part: bool,
    pub quotes_in_reports: bool,
    pub quotes_shared: bool,
    pub demographics: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WireMethod {
    Oral,
    Written,
    Witnessed,
}

#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WireParticipant {
    pub session: RecordId,
    pub code: String,
    pub consent: Option<WireConsent>,
}

/// Who said it: `{"participant": "P3"}` or `"group"`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WireSpeaker {
    Participant(String),
    Group,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WireReadBack {
    Confirmed,
    ChangeRequested,
}

/// Where a placeholder replaced an identifying detail (kind and position).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WireRedaction {
    pub kind: FindingKind,
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WireQuote {
    pub session: RecordId,
    pub speaker: WireSpeaker,
    pub text: String,
    pub language: String,
    pub translation: Option<String>,
    pub themes: Vec<RecordId>,
    pub read_back: Option<WireReadBack>,
    pub read_back_at: Option<i64>,
    pub redactions: Vec<WireRedaction>,
    pub translation_redactions: Vec<WireRedaction>,
    /// Always empty: the facilitator's reviews stay home.
    pub review_marks: Vec<NotCarried>,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WireNeed {
    pub session: RecordId,
    pub text: String,
    pub language: String,
    pub themes: Vec<RecordId>,
    pub created_at: i64,
}

#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WireRecommendation {
    pub session: RecordId,
    pub text: String,
    pub language: String,
    pub themes: Vec<RecordId>,
    pub duty_bearer: String,
    pub references: Vec<String>,
    pub created_at: i64,
}

/// A participant's anonymous evaluation of a session; answers are `yes`,
/// `partly`, `no` or `unanswered`, the comment "" unless the session's
/// group consent is in force.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WireEvaluation {
    pub session: RecordId,
    pub felt_safe: model::Answer,
    pub own_language: model::Answer,
    pub accessible: model::Answer,
    pub again: model::Answer,
    pub comment: String,
    pub created_at: i64,
}

/// What a tombstone may remove.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WireTarget {
    Participant,
    Quote,
    Need,
    Recommendation,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WireReason {
    Deleted,
    ConsentWithdrawn,
}

#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WireTombstone {
    pub target: RecordId,
    pub target_kind: WireTarget,
    pub session: RecordId,
    pub reason: WireReason,
    pub at: i64,
}

fn consent_out(c: &model::Consent) -> WireConsent {
    WireConsent {
        scopes: WireScopes {
            take_part: c.scopes.take_part,
            quotes_in_reports: c.scopes.quotes_in_reports,
            quotes_shared: c.scopes.quotes_shared,
            demographics: c.scopes.demographics,
        },
        method: match c.method {
            model::ConsentMethod::Oral => WireMethod::Oral,
            model::ConsentMethod::Written => WireMethod::Written,
            model::ConsentMethod::Witnessed => WireMethod::Witnessed,
        },
        language: c.language.clone(),
        text_sha256: c.text_sha256.clone(),
        given_at: c.given_at,
        withdrawn_at: c.withdrawn_at,
    }
}

fn consent_in(c: WireConsent) -> model::Consent {
    model::Consent {
        scopes: model::Scopes {
            take_part: c.scopes.take_part,
            quotes_in_reports: c.scopes.quotes_in_reports,
            quotes_shared: c.scopes.quotes_shared,
            demographics: c.scopes.demographics,
        },
        method: match c.method {
            WireMethod::Oral => model::ConsentMethod::Oral,
            WireMethod::Written => model::ConsentMethod::Written,
            WireMethod::Witnessed => model::ConsentMethod::Witnessed,
        },
        language: c.language,
        text_sha256: c.text_sha256,
        given_at: c.given_at,
        withdrawn_at: c.withdrawn_at,
    }
}

fn speaker_out(s: &model::Speaker) -> WireSpeaker {
    match s {
        model::Speaker::Participant(c) => WireSpeaker::Participant(c.clone()),
        model::Speaker::Group => WireSpeaker::Group,
    }
}

fn speaker_in(s: WireSpeaker) -> model::Speaker {
    match s {
        WireSpeaker::Participant(c) => model::Speaker::Participant(c),
        WireSpeaker::Group => model::Speaker::Group,
    }
}

fn redactions_out(log: &[Redaction]) -> Vec<WireRedaction> {
    log.iter()
        .map(|r| WireRedaction {
            kind: r.kind,
            start: r.start,
            end: r.end,
        })
        .collect()
}

fn redactions_in(log: Vec<WireRedaction>) -> Vec<Redaction> {
    log.into_iter()
        .map(|r| Redaction {
            kind: r.kind,
            start: r.start,
            end: r.end,
        })
        .collect()
}

impl WireRecord {
    /// The wire form of a record a facilitator exports: private names and
    /// review marks left out. `None` for kinds a bundle never carries.
    pub fn of(record: &Record) -> Option<WireRecord> {
        Some(match record {
            Record::Session(s) => WireRecord::Session(WireSession {
                engagement: s.engagement,
                title: s.title.clone(),
                date: s.date.clone(),
                place: s.place.clone(),
                region: s.region.clone(),
                languages: s.languages.clone(),
                agenda: s
                    .agenda
                    .iter()
                    .map(|a| WireSegment {
                        title: a.title.clone(),
                        minutes: a.minutes,
                        questions: a.questions.clone(),
                    })
                    .collect(),
                group_consent: s.group_consent.as_ref().map(consent_out),
                demographics: s
                    .demographics
                    .iter()
                    .map(|g| WireGroupCount {
                        group: g.group.clone(),
                        count: g.count,
                    })
                    .collect(),
                private_names: vec![],
                created_at: s.created_at,
            }),
            Record::Participant(p) => WireRecord::Participant(WireParticipant {
                session: p.session,
                code: p.code.clone(),
                consent: p.consent.as_ref().map(consent_out),
            }),
            Record::Quote(q) => WireRecord::Quote(WireQuote {
                session: q.session,
                speaker: speaker_out(&q.speaker),
                text: q.text.clone(),
                language: q.language.clone(),
                translation: q.translation.clone(),
                themes: q.themes.clone(),
                read_back: q.read_back.map(|r| match r {
                    model::ReadBack::Confirmed => WireReadBack::Confirmed,
                    model::ReadBack::ChangeRequested => WireReadBack::ChangeRequested,
                }),
                read_back_at: q.read_back_at,
                redactions: redactions_out(&q.redactions),
                translation_redactions: redactions_out(&q.translation_redactions),
                review_marks: vec![],
                created_at: q.created_at,
                updated_at: q.updated_at,
            }),
            Record::Need(n) => WireRecord::Need(WireNeed {
                session: n.session,
                text: n.text.clone(),
                language: n.language.clone(),
                themes: n.themes.clone(),
                created_at: n.created_at,
            }),
            Record::Recommendation(r) => WireRecord::Recommendation(WireRecommendation {
                session: r.session,
                text: r.text.clone(),
                language: r.language.clone(),
                themes: r.themes.clone(),
                duty_bearer: r.duty_bearer.clone(),
                references: r.references.clone(),
                created_at: r.created_at,
            }),
            Record::Tombstone(t) => WireRecord::Tombstone(WireTombstone {
                target: t.target,
                target_kind: match t.target_kind {
                    Kind::Participant => WireTarget::Participant,
                    Kind::Quote => WireTarget::Quote,
                    Kind::Need => WireTarget::Need,
                    Kind::Recommendation => WireTarget::Recommendation,
                    _ => return None,
                },
                session: t.session,
                reason: match t.reason {
                    model::TombstoneReason::Deleted => WireReason::Deleted,
                    model::TombstoneReason::ConsentWithdrawn => WireReason::ConsentWithdrawn,
                },
                at: t.at,
            }),
            Record::Evaluation(e) => WireRecord::Evaluation(WireEvaluation {
                session: e.session,
                felt_safe: e.felt_safe,
                own_language: e.own_language,
                accessible: e.accessible,
                again: e.again,
                comment: e.comment.clone(),
                created_at: e.created_at,
            }),
            _ => return None,
        })
    }

    /// The kind of record it becomes.
    pub fn kind(&self) -> Kind {
        match self {
            WireRecord::Session(_) => Kind::Session,
            WireRecord::Participant(_) => Kind::Participant,
            WireRecord::Quote(_) => Kind::Quote,
            WireRecord::Need(_) => Kind::Need,
            WireRecord::Recommendation(_) => Kind::Recommendation,
            WireRecord::Tombstone(_) => Kind::Tombstone,
            WireRecord::Evaluation(_) => Kind::Evaluation,
        }
    }

    /// The record a coordinator stores for this wire record.
    pub fn into_record(self) -> Record {
        match self {
            WireRecord::Session(s) => Record::Session(model::Session {
                engagement: s.engagement,
                title: s.title,
                date: s.date,
                place: s.place,
                region: s.region,
                languages: s.languages,
                agenda: s
                    .agenda
                    .into_iter()
                    .map(|a| model::AgendaSegment {
                        title: a.title,
                        minutes: a.minutes,
                        questions: a.questions,
                    })
                    .collect(),
                group_consent: s.group_consent.map(consent_in),
                demographics: s
                    .demographics
                    .into_iter()
                    .map(|g| model::GroupCount {
                        group: g.group,
                        count: g.count,
                    })
                    .collect(),
                private_names: vec![],
                created_at: s.created_at,
            }),
            WireRecord::Participant(p) => Record::Participant(model::Participant {
                session: p.session,
                code: p.code,
                consent: p.consent.map(consent_in),
            }),
            WireRecord::Quote(q) => Record::Quote(model::Quote {
                session: q.session,
                speaker: speaker_in(q.speaker),
                text: q.text,
                language: q.language,
                translation: q.translation,
                themes: q.themes,
                read_back: q.read_back.map(|r| match r {
                    WireReadBack::Confirmed => model::ReadBack::Confirmed,
                    WireReadBack::ChangeRequested => model::ReadBack::ChangeRequested,
                }),
                read_back_at: q.read_back_at,
                redactions: redactions_in(q.redactions),
                translation_redactions: redactions_in(q.translation_redactions),
                review_marks: vec![],
                created_at: q.created_at,
                updated_at: q.updated_at,
            }),
            WireRecord::Need(n) => Record::Need(model::Need {
                session: n.session,
                text: n.text,
                language: n.language,
                themes: n.themes,
                created_at: n.created_at,
            }),
            WireRecord::Recommendation(r) => Record::Recommendation(model::Recommendation {
                session: r.session,
                text: r.text,
                language: r.language,
                themes: r.themes,
                duty_bearer: r.duty_bearer,
                references: r.references,
                created_at: r.created_at,
            }),
            WireRecord::Tombstone(t) => Record::Tombstone(model::Tombstone {
                target: t.target,
                target_kind: match t.target_kind {
                    WireTarget::Participant => Kind::Participant,
                    WireTarget::Quote => Kind::Quote,
                    WireTarget::Need => Kind::Need,
                    WireTarget::Recommendation => Kind::Recommendation,
                },
                session: t.session,
                reason: match t.reason {
                    WireReason::Deleted => model::TombstoneReason::Deleted,
                    WireReason::ConsentWithdrawn => model::TombstoneReason::ConsentWithdrawn,
                },
                at: t.at,
            }),
            WireRecord::Evaluation(e) => Record::Evaluation(model::Evaluation {
                session: e.session,
                felt_safe: e.felt_safe,
                own_language: e.own_language,
                accessible: e.accessible,
                again: e.again,
                comment: e.comment,
                created_at: e.created_at,
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn review_marks_and_private_names_never_travel() {
        let with_mark = r#"{"session":"00000000000000000000000000000000","speaker":"group",
            "text":"x","language":"en","translation":null,"themes":[],"read_back":null,
            "read_back_at":null,"redactions":[],"translation_redactions":[],
            "review_marks":[{"kind":"name","start":0,"end":1,"text_digest":"00"}],
            "created_at":0,"updated_at":0}"#;
        assert!(serde_json::from_str::<WireQuote>(with_mark).is_err());
        let ok = with_mark.replace(
            r#"[{"kind":"name","start":0,"end":1,"text_digest":"00"}]"#,
            "[]",
        );
        assert!(serde_json::from_str::<WireQuote>(&ok).is_ok());
    }
}
