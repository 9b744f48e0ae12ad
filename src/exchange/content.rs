//! The content files Hearken puts in kits and bundles (docs/format.md §14):
//! `engagement.json` in a kit, `records.json` in a bundle. JSON, so a person
//! who opened a bundle with `age` and `tar` can read what it holds.

use serde::{Deserialize, Serialize};

use super::{ExchangeError, wire::WireRecord};
use crate::model::{Engagement, Kind, Label, RecordId, Theme};

/// The kit's content file.
pub const ENGAGEMENT_FILE: &str = "engagement.json";
/// The bundle's content file.
pub const RECORDS_FILE: &str = "records.json";

const ENGAGEMENT_FORMAT: &str = "hearken-engagement";
const RECORDS_FORMAT: &str = "hearken-records";
const VERSION: u64 = 1;

/// An engagement with its codebook, as a kit carries it.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EngagementFile {
    pub format: String,
    pub version: u64,
    pub id: RecordId,
    pub engagement: Engagement,
    pub themes: Vec<ThemeEntry>,
    /// The engagement's labels in its other languages (none in kits made
    /// before translations existed).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub labels: Vec<Label>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThemeEntry {
    pub id: RecordId,
    pub theme: Theme,
}

/// One record in a bundle, with its version on the author device.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordEntry {
    pub id: RecordId,
    pub counter: i64,
    pub record: WireRecord,
}

/// A bundle's records.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordsFile {
    pub format: String,
    pub version: u64,
    pub engagement: RecordId,
    pub records: Vec<RecordEntry>,
}

/// Kinds a bundle may carry.
pub const BUNDLE_KINDS: [Kind; 7] = [
    Kind::Session,
    Kind::Participant,
    Kind::Quote,
    Kind::Need,
    Kind::Recommendation,
    Kind::Tombstone,
    Kind::Evaluation,
];

impl EngagementFile {
    pub fn new(
        id: RecordId,
        engagement: Engagement,
        themes: Vec<ThemeEntry>,
        labels: Vec<Label>,
    ) -> Self {
        Self {
            format: ENGAGEMENT_FORMAT.into(),
            version: VERSION,
            id,
            engagement,
            themes,
            labels,
        }
    }
    pub fn parse(bytes: &[u8]) -> Result<Self, ExchangeError> {
        let f: Self = serde_json::from_slice(bytes).map_err(|_| ExchangeError::BadContent {
            what: "engagement.json",
        })?;
        if f.format != ENGAGEMENT_FORMAT || f.version != VERSION {
            return Err(ExchangeError::BadContent {
                what: "engagement.json",
            });
        }
        Ok(f)
    }
}

impl RecordsFile {
    pub fn new(engagement: RecordId, records: Vec<RecordEntry>) -> Self {
        Self {
            format: RECORDS_FORMAT.into(),
            version: VERSION,
            engagement,
            records,
        }
    }
    pub fn parse(bytes: &[u8]) -> Result<Self, ExchangeError> {
        let f: Self = serde_json::from_slice(bytes).map_err(|_| ExchangeError::BadContent {
            what: "records.json",
        })?;
        if f.format != RECORDS_FORMAT || f.version != VERSION {
            return Err(ExchangeError::BadContent {
                what: "records.json",
            });
        }
        let mut seen = std::collections::HashSet::new();
        for r in &f.records {
            if !BUNDLE_KINDS.contains(&r.record.kind()) || r.counter <= 0 || !seen.insert(r.id) {
                return Err(ExchangeError::BadContent {
                    what: "records.json",
                });
            }
        }
        Ok(f)
    }
}
