//! The engagement's words in each of its languages: the codebook's theme
//! labels and descriptions, and the names of its regions and demographic
//! groups, translated by the coordinator. They travel in the kit with the
//! engagement, so the facilitator's screens, the reports and the exports
//! can speak the reader's language. The engagement's own words (theme
//! labels, region and group names as typed) are in its first language.

use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, ZeroizeOnDrop};

use super::{Engagement, RecordId};

/// Longest label (a theme's label, a region's or group's name).
pub const MAX_LABEL_CHARS: usize = 200;

/// What a translation is of.
#[derive(
    Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Zeroize, ts_rs::TS,
)]
#[serde(rename_all = "snake_case")]
pub enum LabelTarget {
    /// A theme of the codebook, by id.
    Theme(RecordId),
    /// A region of the engagement, by its name in the first language.
    Region(String),
    /// A demographic group of the engagement, by its name in the first
    /// language.
    Group(String),
}

/// One translation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Zeroize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Label {
    pub target: LabelTarget,
    /// A language of the engagement.
    pub lang: String,
    pub label: String,
    /// A theme's description (empty for regions and groups).
    #[serde(default)]
    pub description: String,
}

/// Every translation of one engagement: one record, replaced whole.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
#[serde(deny_unknown_fields)]
pub struct Labels {
    pub engagement: RecordId,
    /// Sorted by target then language; one per pair.
    pub entries: Vec<Label>,
    /// Unix seconds.
    pub updated_at: i64,
}

impl Labels {
    /// The translation of `target` into `lang`, if there is one.
    pub fn get(&self, target: &LabelTarget, lang: &str) -> Option<&Label> {
        self.entries
            .iter()
            .find(|l| l.target == *target && l.lang == lang)
    }
}

impl Label {
    /// Whether this label is acceptable for `e` (as a kit carries it): a
    /// language of the engagement but its first, a label within
    /// [`MAX_LABEL_CHARS`] without control characters, a description only
    /// on a theme.
    pub fn acceptable(&self, e: &Engagement) -> bool {
        e.languages.iter().skip(1).any(|x| *x == self.lang)
            && !self.label.is_empty()
            && self.label.chars().count() <= MAX_LABEL_CHARS
            && !self.label.chars().any(char::is_control)
            && self.description.chars().count() <= super::validate::MAX_TEXT_CHARS
            && (matches!(self.target, LabelTarget::Theme(_)) || self.description.is_empty())
    }
}
