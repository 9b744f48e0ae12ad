//! Recommendations a coordinator judged to say the same thing. Communities
//! often propose the same action in their own words; the report should show
//! it once, yet never lose a session that asked for it. A [`Merge`] records
//! "recommendation B is shown as part of A": both records stay untouched,
//! the synthesis shows A with B's sources, and undoing the merge deletes
//! only the merge record. Merges are the coordinator's editorial work: the
//! kind is not among the kinds a bundle carries, so they never leave the
//! vault.

use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, ZeroizeOnDrop};

use super::RecordId;
use crate::i18n::{Localized, Message};

/// "Recommendation `merged` is shown as part of `kept`."
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
pub struct Merge {
    pub engagement: RecordId,
    pub kept: RecordId,
    pub merged: RecordId,
    /// Unix seconds.
    pub at: i64,
}

/// A merge that would not make sense.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum MergeError {
    /// Both ids name the same recommendation.
    #[error("a recommendation cannot be merged into itself")]
    Same,
    /// The two recommendations belong to different engagements.
    #[error("recommendations of different engagements")]
    Engagement,
    /// One side is already part of another merge the wrong way round: the
    /// merged one is already merged or has others merged into it, or the
    /// kept one is itself merged. Merges are one level deep so that undoing
    /// one never changes what another shows.
    #[error("merges cannot be chained")]
    Chain,
    /// Unmerging two recommendations that are not merged.
    #[error("not merged")]
    NotMerged,
}

impl Localized for MergeError {
    fn message(&self) -> Message {
        match self {
            MergeError::Same => Message::new("merge-same"),
            MergeError::Engagement => Message::new("merge-engagement"),
            MergeError::Chain => Message::new("merge-chain"),
            MergeError::NotMerged => Message::new("merge-none"),
        }
    }
}
