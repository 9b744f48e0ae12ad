//! Merging recommendations that say the same thing, by hand, as
//! `hearken recommendation merge|unmerge` does: the core's
//! `Vault::merge_recommendations` records the coordinator's judgement in the
//! vault (never in bundles) and the synthesis then shows the kept
//! recommendation with every merged one as a source; undoing loses nothing.

use hearken::{
    model::{Kind, RecordId},
    vault::Vault,
};
use serde::Deserialize;
use tauri::State;

use super::CoordinatorError;
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
