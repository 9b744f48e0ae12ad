//! What the dashboard, the theme explorer and the recommendations screen
//! read: the core's [`Synthesis`] and [`Records`], computed exactly as
//! `hearken synthesis` computes them, so small cells are suppressed by the
//! same rule and the screens show the numbers the CLI and reports show.

use hearken::synthesis::{Records, Synthesis};
use serde::{Deserialize, Serialize};
use tauri::State;

use super::{CoordinatorError, FilterParams};
use crate::{commands::vault::VaultState, error::UiError};

/// An engagement the vault holds.
#[derive(Debug, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct EngagementEntry {
    pub id: String,
    pub title: String,
}

/// The engagements in the vault, for the screens' engagement choice.
#[tauri::command]
pub fn coordinator_engagements(
    vault: State<'_, VaultState>,
) -> Result<Vec<EngagementEntry>, UiError> {
    vault.with(|v| {
        Ok::<_, CoordinatorError>(
            v.engagements()
                .into_iter()
                .map(|(id, e)| EngagementEntry {
                    id: id.to_string(),
                    title: e.title.clone(),
                })
                .collect(),
        )
    })
}

/// Parameters of [`synthesis_compute`].
#[derive(Debug, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SynthesisParams {
    pub filters: FilterParams,
}

/// The synthesis and the records it draws on (quotes with their sessions
/// and bundles), for one engagement under the filters.
#[derive(Debug, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SynthesisView {
    pub synthesis: Synthesis,
    pub records: Records,
}

/// The synthesis of an engagement and its records under `filters`.
#[tauri::command]
pub async fn synthesis_compute(
    vault: State<'_, VaultState>,
    params: SynthesisParams,
) -> Result<SynthesisView, UiError> {
    vault.with(|v| {
        let (engagement, filters) = params.filters.resolve(v)?;
        let synthesis = Synthesis::compute(v, engagement, &filters)?;
        let records = Records::collect(v, &synthesis, filters.shared_only);
        Ok::<_, CoordinatorError>(SynthesisView { synthesis, records })
    })
}
