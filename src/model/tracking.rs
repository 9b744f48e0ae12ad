//! Following up: the official recommendations a review produced (UPR
//! recommendations, treaty-body concluding observations), the coordinator's
//! links from community recommendations to them, and the append-only
//! history of what became of each (docs/tracking.md). All of it is the
//! coordinator's own work: none of these kinds travels in bundles.

use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, ZeroizeOnDrop};

use super::RecordId;

/// Which human-rights mechanism produced an official recommendation.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    Zeroize,
    ts_rs::TS,
)]
#[serde(rename_all = "snake_case")]
pub enum Mechanism {
    /// The Universal Periodic Review.
    Upr,
    /// A treaty body's concluding observations.
    Treaty,
}

impl Mechanism {
    pub fn name(self) -> &'static str {
        match self {
            Mechanism::Upr => "upr",
            Mechanism::Treaty => "treaty",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "upr" => Some(Mechanism::Upr),
            "treaty" => Some(Mechanism::Treaty),
            _ => None,
        }
    }
}

/// The State's response to a UPR recommendation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Zeroize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Response {
    Supported,
    Noted,
}

impl Response {
    pub fn name(self) -> &'static str {
        match self {
            Response::Supported => "supported",
            Response::Noted => "noted",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "supported" => Some(Response::Supported),
            "noted" => Some(Response::Noted),
            _ => None,
        }
    }
}

/// Where the implementation of a recommendation stands.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    Zeroize,
    ts_rs::TS,
)]
#[serde(rename_all = "snake_case")]
pub enum TrackState {
    NotStarted,
    InProgress,
    PartiallyImplemented,
    Implemented,
    Regressed,
    NoInformation,
}

impl TrackState {
    /// Every state, in the order reports list them.
    pub const ALL: [TrackState; 6] = [
        TrackState::NotStarted,
        TrackState::InProgress,
        TrackState::PartiallyImplemented,
        TrackState::Implemented,
        TrackState::Regressed,
        TrackState::NoInformation,
    ];
    /// The snake_case name used in files, the CLI and Fluent ids
    /// (`state-<name>`).
    pub fn name(self) -> &'static str {
        match self {
            TrackState::NotStarted => "not_started",
            TrackState::InProgress => "in_progress",
            TrackState::PartiallyImplemented => "partially_implemented",
            TrackState::Implemented => "implemented",
            TrackState::Regressed => "regressed",
            TrackState::NoInformation => "no_information",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        TrackState::ALL.into_iter().find(|t| t.name() == s)
    }
}

/// Whether a tracked recommendation is official or a community's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum TrackedKind {
    Official,
    Community,
}

/// An earlier text of an official recommendation, kept when a re-import
/// replaced it on purpose.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    pub text: String,
    /// Unix seconds when it was replaced.
    pub replaced_at: i64,
}

/// A recommendation a human-rights mechanism addressed to the State.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
#[serde(deny_unknown_fields)]
pub struct Official {
    pub engagement: RecordId,
    /// The mechanism's identifier: `158.12`, `CEDAW/C/ARC/CO/8 para 23`.
    pub code: String,
    #[zeroize(skip)]
    pub mechanism: Mechanism,
    /// The UPR cycle or the treaty body's document symbol.
    pub source: String,
    pub text: String,
    #[zeroize(skip)]
    pub response: Option<Response>,
    /// UPR: the State that made the recommendation.
    pub recommending_state: String,
    /// Treaty articles it concerns (`CEDAW art. 14`).
    pub articles: Vec<String>,
    /// Earlier texts, oldest first.
    pub corrections: Vec<Correction>,
    /// Unix seconds.
    pub imported_at: i64,
}

/// What a community recommendation is linked to.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, Zeroize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum LinkTarget {
    /// An official recommendation (its record id).
    Official(RecordId),
    /// A treaty article, as written in the codebook (`CEDAW art. 14`).
    Article(String),
}

/// "Community recommendation `recommendation` supports `target`." Unlinking
/// deletes the link record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
#[serde(deny_unknown_fields)]
pub struct TrackLink {
    pub engagement: RecordId,
    pub recommendation: RecordId,
    pub target: LinkTarget,
    /// Unix seconds.
    pub at: i64,
}

/// One entry of a tracked recommendation's history. Entries are never
/// changed or removed: a correction is a newer entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
#[serde(deny_unknown_fields)]
pub struct TrackEntry {
    pub engagement: RecordId,
    /// The official recommendation or community recommendation tracked.
    pub target: RecordId,
    /// YYYY-MM-DD: when this state was observed.
    pub date: String,
    #[zeroize(skip)]
    pub state: TrackState,
    pub evidence: String,
    /// The document or link the evidence comes from.
    pub source: String,
    /// The responsible body from this entry on ("" keeps the earlier one).
    pub body: String,
    /// YYYY-MM-DD: when to look at it again.
    pub next_review: Option<String>,
    /// The key id of the vault that recorded it.
    pub recorded_by: String,
    /// Unix seconds.
    pub recorded_at: i64,
}

/// One anonymous answer to an evaluation question.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Zeroize, ts_rs::TS, Default,
)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Yes,
    Partly,
    No,
    #[default]
    Unanswered,
}

impl Answer {
    pub const ALL: [Answer; 4] = [Answer::Yes, Answer::Partly, Answer::No, Answer::Unanswered];
    pub fn name(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::Partly => "partly",
            Answer::No => "no",
            Answer::Unanswered => "unanswered",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        Answer::ALL.into_iter().find(|a| a.name() == s)
    }
}

/// The evaluation questions, in the order forms and reports show them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Question {
    FeltSafe,
    OwnLanguage,
    Accessible,
    Again,
}

impl Question {
    pub const ALL: [Question; 4] = [
        Question::FeltSafe,
        Question::OwnLanguage,
        Question::Accessible,
        Question::Again,
    ];
    pub fn name(self) -> &'static str {
        match self {
            Question::FeltSafe => "felt_safe",
            Question::OwnLanguage => "own_language",
            Question::Accessible => "accessible",
            Question::Again => "again",
        }
    }
}

/// Longest evaluation comment, in characters.
pub const MAX_COMMENT_CHARS: usize = 1000;

/// One participant's anonymous evaluation of a session: no participant
/// code, and a comment already passed through the anonymization assistant.
#[derive(Clone, PartialEq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
#[serde(deny_unknown_fields)]
pub struct Evaluation {
    pub session: RecordId,
    #[zeroize(skip)]
    pub felt_safe: Answer,
    #[zeroize(skip)]
    pub own_language: Answer,
    #[zeroize(skip)]
    pub accessible: Answer,
    #[zeroize(skip)]
    pub again: Answer,
    pub comment: String,
    /// Unix seconds.
    pub created_at: i64,
}

impl Evaluation {
    pub fn answer(&self, q: Question) -> Answer {
        match q {
            Question::FeltSafe => self.felt_safe,
            Question::OwnLanguage => self.own_language,
            Question::Accessible => self.accessible,
            Question::Again => self.again,
        }
    }
}

impl std::fmt::Debug for Evaluation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Evaluation")
            .field("session", &self.session)
            .finish_non_exhaustive()
    }
}

/// What a participant answered, as typed.
#[derive(Clone, Default, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", default)]
pub struct EvaluationInput {
    pub felt_safe: Answer,
    pub own_language: Answer,
    pub accessible: Answer,
    pub again: Answer,
    pub comment: String,
}

// The comment is a participant's words: never in Debug output.
impl std::fmt::Debug for EvaluationInput {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EvaluationInput")
            .field("comment_chars", &self.comment.chars().count())
            .finish_non_exhaustive()
    }
}

/// A community update the facilitator imported: the coordinator's signed
/// account of what became of the communities' input.
#[derive(Clone, PartialEq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
#[serde(deny_unknown_fields)]
pub struct CommunityUpdate {
    pub engagement: RecordId,
    pub sequence: u64,
    /// The manifest digest (hex) of the file it came in.
    pub digest: String,
    /// The verified `update.json`, as received.
    pub content: String,
    /// Unix seconds.
    pub imported_at: i64,
}

impl std::fmt::Debug for CommunityUpdate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CommunityUpdate")
            .field("engagement", &self.engagement)
            .field("sequence", &self.sequence)
            .finish_non_exhaustive()
    }
}
