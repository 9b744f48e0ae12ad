//! Community updates (docs/tracking.md §6, docs/format.md §15): what the
//! coordinator tells communities became of their input. This module holds
//! the file's content and the facilitator's import; the coordinator makes
//! one in `coordinator::updates`. An update is a
//! file in the kit container, signed with the coordinator's key, whose one
//! content file is `update.json`. The facilitator's vault accepts it only
//! when the key that signed it is the one pinned for the engagement by its
//! kit and its sequence is newer than the last update imported.

use serde::{Deserialize, Serialize};

use super::ExchangeError;
use crate::{
    Error,
    format::ManifestDigest,
    kit::{self, KitPins, Pin},
    model::{CommunityUpdate, Kind, Record, RecordId, TrackState, TrackedKind, now},
    redact::cells::Shown,
    synthesis::EvaluationSummary,
    vault::{Change, Vault},
};

/// The update's content file.
pub const UPDATE_FILE: &str = "update.json";
pub(crate) const UPDATE_FORMAT: &str = "hearken-community-update";

/// What was heard across communities, in numbers.
#[derive(Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct Heard {
    pub sessions: usize,
    /// People reached, suppressed below k.
    pub participants: Shown,
    pub quotes: usize,
    /// The most-heard themes, most quotes first.
    pub themes: Vec<HeardTheme>,
}

#[derive(Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct HeardTheme {
    pub code: String,
    pub label: String,
    pub quotes: usize,
    pub sessions: usize,
}

/// A recommendation and where it stands.
#[derive(Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct UpdateItem {
    pub kind: TrackedKind,
    /// The official identifier, or the community recommendation's short id.
    pub id: String,
    pub text: String,
    pub body: String,
    pub state: TrackState,
    /// YYYY-MM-DD of the entry that set the state.
    pub since: Option<String>,
}

/// `update.json`.
#[derive(Clone, PartialEq, Serialize, Deserialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct UpdateFile {
    pub format: String,
    pub version: u64,
    pub engagement: RecordId,
    pub sequence: u64,
    /// YYYY-MM-DD.
    pub issued: String,
    pub title: String,
    pub heard: Heard,
    pub recommendations: Vec<UpdateItem>,
    pub evaluation: EvaluationSummary,
}

impl UpdateFile {
    fn parse(bytes: &[u8]) -> Result<Self, ExchangeError> {
        let bad = ExchangeError::BadContent { what: UPDATE_FILE };
        let f: Self = serde_json::from_slice(bytes).map_err(|_| bad.clone())?;
        if f.format != UPDATE_FORMAT || f.version != 1 || f.sequence == 0 {
            return Err(bad);
        }
        Ok(f)
    }
}

/// What importing an update did.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct UpdateImported {
    pub engagement: RecordId,
    pub title: String,
    pub sequence: u64,
    pub issued: String,
    pub recommendations: usize,
}

/// The pins of updates: the engagement's pinned coordinator key, and the
/// last update imported (or none yet: sequence 0).
struct UpdatePins<'a>(&'a Vault);

impl KitPins for UpdatePins<'_> {
    fn pin(&self, engagement_id: &str) -> Option<Pin> {
        let id: RecordId = engagement_id.parse().ok()?;
        let signer = self
            .0
            .engagement(id)
            .ok()?
            .kit
            .as_ref()?
            .signer
            .parse()
            .ok()?;
        let (kit_version, digest) = match self.0.latest_update_record(id) {
            Some(u) => {
                let mut d = [0u8; 32];
                hex::decode_to_slice(&u.digest, &mut d).ok()?;
                (u.sequence, ManifestDigest(d))
            }
            None => (0, ManifestDigest([0; 32])),
        };
        Some(Pin {
            signer,
            kit_version,
            digest,
        })
    }
}

impl Vault {
    /// Verifies and stores a community update. A file signed by any key
    /// but the engagement's pinned coordinator key, an update not newer
    /// than the last one, a kit, or a damaged file is refused and changes
    /// nothing.
    pub fn import_update(&mut self, bytes: &[u8]) -> Result<UpdateImported, Error> {
        let k = kit::read(bytes, &UpdatePins(self))?;
        if k.pin_status() == kit::PinStatus::FirstUse {
            // No kit of this engagement was imported: no key to trust.
            return Err(ExchangeError::UnknownEngagement.into());
        }
        let files = k.files();
        if files.get(super::content::ENGAGEMENT_FILE).is_some() || files.iter().count() != 1 {
            return Err(ExchangeError::BadContent { what: UPDATE_FILE }.into());
        }
        let content = files
            .get(UPDATE_FILE)
            .ok_or(ExchangeError::BadContent { what: UPDATE_FILE })?;
        let file = UpdateFile::parse(content)?;
        if file.engagement.to_string() != k.engagement_id() || file.sequence != k.kit_version() {
            return Err(ExchangeError::BadContent { what: UPDATE_FILE }.into());
        }
        let text = String::from_utf8(content.to_vec())
            .map_err(|_| ExchangeError::BadContent { what: UPDATE_FILE })?;
        let record = CommunityUpdate {
            engagement: file.engagement,
            sequence: file.sequence,
            digest: k.digest().to_string(),
            content: text,
            imported_at: now(),
        };
        // Only the newest update is kept.
        let mut changes: Vec<Change> = self
            .children(file.engagement, Kind::CommunityUpdate)
            .map(|(id, _)| Change::Delete(id))
            .collect();
        changes.push(Change::Put(
            RecordId::random(),
            Record::CommunityUpdate(record),
        ));
        self.commit(changes)?;
        Ok(UpdateImported {
            engagement: file.engagement,
            title: file.title,
            sequence: file.sequence,
            issued: file.issued,
            recommendations: file.recommendations.len(),
        })
    }

    fn latest_update_record(&self, engagement: RecordId) -> Option<&CommunityUpdate> {
        self.children(engagement, Kind::CommunityUpdate)
            .filter_map(|(_, r)| match r {
                Record::CommunityUpdate(u) => Some(u),
                _ => None,
            })
            .max_by_key(|u| u.sequence)
    }

    /// The newest community update imported for `engagement`.
    pub fn latest_update(&self, engagement: RecordId) -> Option<UpdateFile> {
        let u = self.latest_update_record(engagement)?;
        UpdateFile::parse(u.content.as_bytes()).ok()
    }
}
