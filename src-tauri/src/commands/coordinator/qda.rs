//! The round trip with QDA tools, the same core calls as `hearken qda`: a
//! coded REFI-QDA project in as the analysis coding, and that coding's
//! codebook for the Themes screen (the export is `report_export`'s qdpx).

use std::path::PathBuf;

use hearken::qda::{self, CodeView, QdaImported};
use serde::Deserialize;
use tauri::State;

use super::{CoordinatorError, tracking::EngagementParams, tracking::engagement};
use crate::{commands::vault::VaultState, error::UiError};

/// Parameters of [`qda_import`].
#[derive(Debug, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct QdaImportParams {
    pub engagement: Option<String>,
    /// A `.qdpx` file.
    pub path: PathBuf,
}

/// Imports a coded project as the engagement's analysis coding, whole or
/// not at all.
#[tauri::command]
pub async fn qda_import(
    vault: State<'_, VaultState>,
    params: QdaImportParams,
) -> Result<QdaImported, UiError> {
    let project = qda::read::read_file(&params.path)?;
    vault.with(|v| {
        let e = engagement(v, params.engagement.as_deref())?;
        Ok::<_, CoordinatorError>(v.import_analysis(e, project)?)
    })
}

/// The analysis codebook, or `None` before any import.
#[tauri::command]
pub async fn qda_codebook(
    vault: State<'_, VaultState>,
    params: EngagementParams,
) -> Result<Option<Vec<CodeView>>, UiError> {
    vault.with(|v| {
        let e = engagement(v, params.engagement.as_deref())?;
        Ok::<_, CoordinatorError>(v.analysis(e).map(|(_, a)| qda::codebook(v, a)))
    })
}
