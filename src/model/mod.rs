//! The domain: engagements with their codebook and agenda, sessions,
//! participants with their consent, quotes, needs, recommendations,
//! tombstones and the coordinator's merges of recommendations. These are plain data; the rules that govern them live in
//! [`crate::consent`] and in the operations in each submodule, which are the
//! only way to change a vault's records.
//!
//! Every type wipes its text on drop, so locking a vault leaves no decrypted
//! words behind in memory.

mod analysis;
mod editorial;
mod engagement;
mod exchange;
mod labels;
mod merge;
mod quote;
mod session;
mod tracking;
pub mod validate;

pub use analysis::{Analysis, AnalysisCode, AnalysisCoding};
pub use editorial::{Curation, EditorialError, Pin, ReportPart, ReportText};
pub use engagement::{
    AgendaSegment, DEFAULT_K, Engagement, EngagementInput, LangText, Theme, ThemeInput,
};
pub use exchange::{
    Device, DeviceKeys, DeviceStatus, Grant, GrantDecision, HeldBundle, KitPin, Origin,
    Quarantined, Received,
};
pub use labels::{Label, LabelTarget, Labels, MAX_LABEL_CHARS};
pub use merge::{Merge, MergeError};
pub use quote::{
    Need, NeedInput, Quote, QuoteEdit, QuoteField, QuoteInput, ReadBack, Recommendation,
    RecommendationInput,
};
pub use session::{
    Consent, ConsentInput, ConsentMethod, GroupConsent, GroupCount, Participant, Scope, Scopes,
    Session, SessionInput, Speaker,
};
pub use tracking::{
    Answer, CommunityUpdate, Correction, Evaluation, EvaluationInput, LinkTarget,
    MAX_COMMENT_CHARS, Mechanism, Official, Question, Response, TrackEntry, TrackLink, TrackState,
    TrackedKind,
};

use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, ZeroizeOnDrop};

/// A record's random 128-bit id. Shown as 32 hex digits (and written so in
/// JSON); stored as 16 bytes in sealed records. The CLI accepts any unique
/// prefix of at least four hex digits.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Zeroize, ts_rs::TS)]
#[ts(type = "string")]
pub struct RecordId(pub [u8; 16]);

impl Serialize for RecordId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            s.serialize_str(&self.to_string())
        } else {
            self.0.serialize(s)
        }
    }
}

impl<'de> Deserialize<'de> for RecordId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        if d.is_human_readable() {
            let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
            s.parse().map_err(serde::de::Error::custom)
        } else {
            <[u8; 16]>::deserialize(d).map(RecordId)
        }
    }
}

impl RecordId {
    /// A fresh random id.
    pub fn random() -> Self {
        let mut b = [0u8; 16];
        getrandom::fill(&mut b).expect("the OS random source is available");
        RecordId(b)
    }
    /// The first eight hex digits, for listings.
    pub fn short(&self) -> String {
        hex::encode(&self.0[..4])
    }
}

impl std::fmt::Display for RecordId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&hex::encode(self.0))
    }
}
impl std::fmt::Debug for RecordId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "RecordId({})", self.short())
    }
}
impl std::str::FromStr for RecordId {
    type Err = &'static str;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut b = [0u8; 16];
        hex::decode_to_slice(s, &mut b).map_err(|_| "not a record id")?;
        Ok(RecordId(b))
    }
}

/// What a record is; stored in the clear beside the sealed body so the vault
/// can count and order records without opening them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[repr(u8)]
pub enum Kind {
    Engagement = 1,
    Theme = 2,
    Session = 3,
    Participant = 4,
    Quote = 5,
    Need = 6,
    Recommendation = 7,
    Tombstone = 8,
    Keys = 9,
    Device = 10,
    Quarantined = 11,
    /// A coordinator's merge of two recommendations (never in bundles).
    Merge = 12,
    /// A roster decision for one device and one engagement.
    Grant = 13,
    /// A quarantined bundle's bytes (not loaded at unlock).
    HeldBundle = 14,
    /// An official (UPR or treaty-body) recommendation.
    Official = 15,
    /// A community recommendation's link to an official one or an article.
    TrackLink = 16,
    /// One entry of a tracked recommendation's history.
    TrackEntry = 17,
    /// A participant's anonymous evaluation of a session.
    Evaluation = 18,
    /// A community update the facilitator imported.
    CommunityUpdate = 19,
    /// The coordinator's analysis coding from a QDA project.
    Analysis = 20,
    /// A part of the framework report the coordinator wrote, in one language.
    ReportText = 21,
    /// The coordinator's choice of quotes for reports.
    Curation = 22,
    /// The engagement's labels in each of its languages (travels in kits).
    Labels = 23,
}

impl Kind {
    /// Every kind, in storage order.
    pub const ALL: [Kind; 23] = [
        Kind::Engagement,
        Kind::Theme,
        Kind::Session,
        Kind::Participant,
        Kind::Quote,
        Kind::Need,
        Kind::Recommendation,
        Kind::Tombstone,
        Kind::Keys,
        Kind::Device,
        Kind::Quarantined,
        Kind::Merge,
        Kind::Grant,
        Kind::HeldBundle,
        Kind::Official,
        Kind::TrackLink,
        Kind::TrackEntry,
        Kind::Evaluation,
        Kind::CommunityUpdate,
        Kind::Analysis,
        Kind::ReportText,
        Kind::Curation,
        Kind::Labels,
    ];
    pub fn from_u8(v: u8) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| *k as u8 == v)
    }
    /// The snake_case name used in JSON and Fluent ids.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Engagement => "engagement",
            Kind::Theme => "theme",
            Kind::Session => "session",
            Kind::Participant => "participant",
            Kind::Quote => "quote",
            Kind::Need => "need",
            Kind::Recommendation => "recommendation",
            Kind::Tombstone => "tombstone",
            Kind::Keys => "keys",
            Kind::Device => "device",
            Kind::Quarantined => "quarantined",
            Kind::Merge => "merge",
            Kind::Grant => "grant",
            Kind::HeldBundle => "held_bundle",
            Kind::Official => "official",
            Kind::TrackLink => "track_link",
            Kind::TrackEntry => "track_entry",
            Kind::Evaluation => "evaluation",
            Kind::CommunityUpdate => "community_update",
            Kind::Analysis => "analysis",
            Kind::ReportText => "report_text",
            Kind::Curation => "curation",
            Kind::Labels => "labels",
        }
    }

    /// Kinds whose records stay on disk after unlock, read only when asked
    /// for (large, rarely needed: quarantined bundles).
    pub fn is_lazy(self) -> bool {
        self == Kind::HeldBundle
    }
}

/// Why a record is gone for good.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Zeroize)]
#[serde(rename_all = "snake_case")]
pub enum TombstoneReason {
    /// The facilitator deleted it.
    Deleted,
    /// The participant withdrew consent; everything attributed to them goes.
    ConsentWithdrawn,
}

/// A permanent marker that a record was removed. Tombstones travel in
/// bundles so the coordinator removes what it already imported, and they win
/// over any version of the record they name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
#[serde(deny_unknown_fields)]
pub struct Tombstone {
    /// The removed record (for a withdrawal, the participant).
    pub target: RecordId,
    #[zeroize(skip)]
    pub target_kind: Kind,
    pub session: RecordId,
    pub reason: TombstoneReason,
    /// Unix seconds.
    pub at: i64,
}

/// Any record a vault holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Record {
    Engagement(Engagement),
    Theme(Theme),
    Session(Session),
    Participant(Participant),
    Quote(Quote),
    Need(Need),
    Recommendation(Recommendation),
    Tombstone(Tombstone),
    Keys(DeviceKeys),
    Device(Device),
    Quarantined(Quarantined),
    Merge(Merge),
    Grant(Grant),
    HeldBundle(HeldBundle),
    Official(Official),
    TrackLink(TrackLink),
    TrackEntry(TrackEntry),
    Evaluation(Evaluation),
    CommunityUpdate(CommunityUpdate),
    Analysis(Analysis),
    ReportText(ReportText),
    Curation(Curation),
    Labels(Labels),
}

impl Record {
    pub fn kind(&self) -> Kind {
        match self {
            Record::Engagement(_) => Kind::Engagement,
            Record::Theme(_) => Kind::Theme,
            Record::Session(_) => Kind::Session,
            Record::Participant(_) => Kind::Participant,
            Record::Quote(_) => Kind::Quote,
            Record::Need(_) => Kind::Need,
            Record::Recommendation(_) => Kind::Recommendation,
            Record::Tombstone(_) => Kind::Tombstone,
            Record::Keys(_) => Kind::Keys,
            Record::Device(_) => Kind::Device,
            Record::Quarantined(_) => Kind::Quarantined,
            Record::Merge(_) => Kind::Merge,
            Record::Grant(_) => Kind::Grant,
            Record::HeldBundle(_) => Kind::HeldBundle,
            Record::Official(_) => Kind::Official,
            Record::TrackLink(_) => Kind::TrackLink,
            Record::TrackEntry(_) => Kind::TrackEntry,
            Record::Evaluation(_) => Kind::Evaluation,
            Record::CommunityUpdate(_) => Kind::CommunityUpdate,
            Record::Analysis(_) => Kind::Analysis,
            Record::ReportText(_) => Kind::ReportText,
            Record::Curation(_) => Kind::Curation,
            Record::Labels(_) => Kind::Labels,
        }
    }

    /// The record this one belongs to, stored in the clear: the engagement of
    /// a theme or session, the session of everything captured in it.
    pub fn parent(&self) -> Option<RecordId> {
        match self {
            Record::Engagement(_)
            | Record::Keys(_)
            | Record::Device(_)
            | Record::Quarantined(_) => None,
            Record::Theme(t) => Some(t.engagement),
            Record::Session(s) => Some(s.engagement),
            Record::Participant(p) => Some(p.session),
            Record::Quote(q) => Some(q.session),
            Record::Need(n) => Some(n.session),
            Record::Recommendation(r) => Some(r.session),
            Record::Tombstone(t) => Some(t.session),
            Record::Merge(m) => Some(m.engagement),
            Record::Grant(g) => Some(g.engagement),
            Record::HeldBundle(h) => Some(h.quarantined),
            Record::Official(o) => Some(o.engagement),
            Record::TrackLink(l) => Some(l.engagement),
            Record::TrackEntry(e) => Some(e.engagement),
            Record::Evaluation(e) => Some(e.session),
            Record::CommunityUpdate(u) => Some(u.engagement),
            Record::Analysis(a) => Some(a.engagement),
            Record::ReportText(t) => Some(t.engagement),
            Record::Curation(c) => Some(c.engagement),
            Record::Labels(l) => Some(l.engagement),
        }
    }
}

/// Now, in Unix seconds.
pub fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_output_never_shows_participants_words_or_names() {
        let q = Quote {
            session: RecordId([1; 16]),
            speaker: Speaker::Group,
            text: "CANARY words of a participant".into(),
            language: "en".into(),
            translation: Some("CANARY translated".into()),
            themes: vec![],
            read_back: None,
            read_back_at: None,
            redactions: vec![],
            translation_redactions: vec![],
            review_marks: vec![],
            created_at: 0,
            updated_at: 0,
        };
        let shown = format!("{:?}", Record::Quote(q));
        assert!(!shown.contains("CANARY"), "{shown}");
        let s = Session {
            engagement: RecordId([2; 16]),
            title: String::new(),
            date: "2026-01-01".into(),
            place: "x".into(),
            region: String::new(),
            languages: vec![],
            agenda: vec![],
            group_consent: None,
            demographics: vec![],
            private_names: vec!["CANARY Amina".into()],
            created_at: 0,
        };
        assert!(!format!("{s:?}").contains("CANARY"));
        let answers = EvaluationInput {
            comment: "CANARY the hall was cold".into(),
            ..Default::default()
        };
        assert!(!format!("{answers:?}").contains("CANARY"));
        let e = Evaluation {
            session: RecordId([3; 16]),
            felt_safe: Answer::Yes,
            own_language: Answer::Yes,
            accessible: Answer::No,
            again: Answer::Partly,
            comment: "CANARY the hall was cold".into(),
            created_at: 0,
        };
        assert!(!format!("{:?}", Record::Evaluation(e)).contains("CANARY"));
    }
}
