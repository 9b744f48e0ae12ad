//! Merging recommendations that say the same thing, by hand, as
//! `hearken recommendation merge|unmerge` does: the core's
//! `Vault::merge_recommendations` records the coordinator's judgement in the
//! vault (never in bundles) and the synthesis then shows the kept
//! recommendation with every merged one as a source; undoing loses nothing.

use hearken::{
    coordinator::{DEFAULT_SIMILARITY, MergeSuggestion},
    model::{Kind, RecordId},
    vault::Vault,
};
use serde::Deserialize;
use tauri::State;

use super::{CoordinatorError, tracking::engagement};
use crate::{commands::vault::VaultState, error::UiError};

/// Parameters of [`recommendation_merge`] and [`recommendation_unmerge`].
#[derive(Debug, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct MergeParams {
    /// The recommendation kept and shown (id or prefix).
    pub kept: String,
    /// The one shown as part of it, as one more source (id or prefix).
    pub merged: String,
}

impl MergeParams {
    /// The two recommendations named, as (kept, merged).
    fn resolve(&self, vault: &Vault) -> Result<(RecordId, RecordId), hearken::Error> {
        Ok((
            vault.resolve(Kind::Recommendation, &self.kept)?,
            vault.resolve(Kind::Recommendation, &self.merged)?,
        ))
    }
}

/// Shows `merged` as part of `kept` from now on.
#[tauri::command]
pub fn recommendation_merge(
    vault: State<'_, VaultState>,
    params: MergeParams,
) -> Result<(), UiError> {
    vault.with(|v| {
        let (kept, merged) = params.resolve(v)?;
        v.merge_recommendations(kept, merged)?;
        Ok::<_, CoordinatorError>(())
    })
}

/// Undoes the merge of `merged` into `kept`.
#[tauri::command]
pub fn recommendation_unmerge(
    vault: State<'_, VaultState>,
    params: MergeParams,
) -> Result<(), UiError> {
    vault.with(|v| {
        let (kept, merged) = params.resolve(v)?;
        Ok::<_, CoordinatorError>(v.unmerge_recommendations(kept, merged)?)
    })
}

/// Parameters of [`recommendation_suggestions`].
#[derive(Debug, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SuggestParams {
    pub engagement: Option<String>,
    /// How much the words must overlap, 0 to 1 (default 0.6).
    #[serde(default)]
    pub min: Option<f64>,
}

/// Recommendations that likely say the same thing, as `hearken
/// recommendation suggest` lists them.
#[tauri::command]
pub async fn recommendation_suggestions(
    vault: State<'_, VaultState>,
    params: SuggestParams,
) -> Result<Vec<MergeSuggestion>, UiError> {
    vault.with(|v| {
        let e = engagement(v, params.engagement.as_deref())?;
        let min = params.min.unwrap_or(DEFAULT_SIMILARITY).clamp(0.0, 1.0);
        Ok::<_, CoordinatorError>(v.merge_suggestions(e, min))
    })
}

/// Parameters of [`recommendation_merge_many`].
#[derive(Debug, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct MergeManyParams {
    /// (kept, merged) pairs, ids.
    pub pairs: Vec<(RecordId, RecordId)>,
}

/// Merges every pair, all or nothing; returns how many.
#[tauri::command]
pub async fn recommendation_merge_many(
    vault: State<'_, VaultState>,
    params: MergeManyParams,
) -> Result<usize, UiError> {
    vault.with(|v| Ok::<_, CoordinatorError>(v.merge_many(&params.pairs)?.len()))
}
