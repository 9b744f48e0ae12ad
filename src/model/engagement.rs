//! Engagements: what a coordinator asks communities about, with the
//! codebook of themes (linked to treaty articles and UPR recommendations),
//! the agenda template and the consent text in each language.

use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, ZeroizeOnDrop};

use super::RecordId;

/// A text in one language (consent texts, translations).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct LangText {
    pub lang: String,
    pub text: String,
}

/// One timed part of a session's agenda.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct AgendaSegment {
    pub title: String,
    pub minutes: u32,
    #[serde(default)]
    pub questions: Vec<String>,
}

/// A consultation a coordinator runs across communities.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
#[serde(deny_unknown_fields)]
pub struct Engagement {
    pub title: String,
    pub description: String,
    /// Treaty and UPR references the engagement feeds (e.g. "CEDAW", "UPR cycle 4").
    pub references: Vec<String>,
    /// Languages sessions may run in (BCP 47 primary tags).
    pub languages: Vec<String>,
    /// Small-cell threshold: counts below it are never shown exactly.
    pub k: u32,
    pub agenda: Vec<AgendaSegment>,
    pub consent_texts: Vec<LangText>,
    /// Regions and groups the coordinator wants to hear from (for coverage gaps).
    pub regions: Vec<String>,
    pub groups: Vec<String>,
    /// Place names to flag in quotes.
    pub gazetteer: Vec<String>,
    pub created_at: i64,
    /// Facilitator side: the coordinator key pinned when the engagement came
    /// in a kit.
    pub kit: Option<super::KitPin>,
    /// Coordinator side: the version of the last kit issued.
    pub kits_issued: u64,
}

impl Engagement {
    /// The consent text for `lang`, if the engagement has one.
    pub fn consent_text(&self, lang: &str) -> Option<&str> {
        self.consent_texts
            .iter()
            .find(|t| t.lang == lang)
            .map(|t| t.text.as_str())
    }
}

/// What a person supplies to create an engagement.
#[derive(Debug, Clone, Default, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", default)]
pub struct EngagementInput {
    pub title: String,
    pub description: String,
    pub references: Vec<String>,
    pub languages: Vec<String>,
    pub k: Option<u32>,
    pub agenda: Vec<AgendaSegment>,
    pub consent_texts: Vec<LangText>,
    pub regions: Vec<String>,
    pub groups: Vec<String>,
    pub gazetteer: Vec<String>,
}

/// The default small-cell threshold.
pub const DEFAULT_K: u32 = 5;

/// A theme of the codebook; themes nest through `parent`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Theme {
    pub engagement: RecordId,
    pub parent: Option<RecordId>,
    /// A short code people type and see in exports, unique in the engagement.
    pub code: String,
    pub label: String,
    pub description: String,
    /// Treaty articles or UPR recommendation numbers, e.g. "CEDAW art. 14", "UPR 153.42".
    pub references: Vec<String>,
}

/// What a person supplies to add a theme.
#[derive(Debug, Clone, Default, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", default)]
pub struct ThemeInput {
    pub parent: Option<RecordId>,
    pub code: String,
    pub label: String,
    pub description: String,
    pub references: Vec<String>,
}
