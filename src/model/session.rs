//! Sessions (one community dialogue), the participants in them by
//! pseudonymous code, and the consent each gave.

use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, ZeroizeOnDrop};

use super::{AgendaSegment, RecordId};

/// How consent was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Zeroize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum ConsentMethod {
    Oral,
    Written,
    Witnessed,
}

/// One thing a participant may agree to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
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
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, Zeroize, ts_rs::TS,
)]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop, ts_rs::TS)]
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
#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop, ts_rs::TS)]
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
#[derive(Debug, Clone, Default, Deserialize, ts_rs::TS)]
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
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, Zeroize, ts_rs::TS)]
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
