//! The bundle that leaves the device. The core decides what goes
//! (`Vault::export_preview` / `export_bundle`: only consented, anonymized
//! content; quotes whose consent does not allow it stay home); the preview
//! the facilitator sees is the same plan the export then writes.

use hearken::{
    facilitator::{ExportRequest, Exported},
    model::RecordId,
};
use serde::Deserialize;
use tauri::State;

use super::files::FileError;
use crate::{commands::vault::VaultState, error::UiError};

/// Parameters of [`export_preview`].
#[derive(Debug, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportPreviewParams {
    pub sessions: Vec<RecordId>,
}

/// What a bundle of these sessions would hold, and what would stay home.
#[tauri::command]
pub fn export_preview(
    vault: State<'_, VaultState>,
    params: ExportPreviewParams,
) -> Result<Exported, UiError> {
    vault.with(|v| {
        v.export_preview(&ExportRequest {
            sessions: params.sessions,
            ..ExportRequest::default()
        })
    })
}

/// Parameters of [`export_bundle`].
#[derive(Debug, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ExportBundleParams {
    pub sessions: Vec<RecordId>,
    /// Where to save the bundle (from the save dialog, or typed).
    pub path: String,
}

/// Signs and encrypts a bundle to the kit's recipients and saves it whole
/// or not at all. Refuses an empty session list: exporting "everything" is
/// never implied from the screen.
#[tauri::command]
pub async fn export_bundle(
    vault: State<'_, VaultState>,
    params: ExportBundleParams,
) -> Result<Exported, UiError> {
    let path = params.path.trim();
    if path.is_empty() {
        return Err(FileError::NoPath.into());
    }
    if params.sessions.is_empty() {
        return Err(hearken::exchange::ExchangeError::NoSessions.into());
    }
    vault.with(|v| {
        // Checked before the bundle takes its sequence number, so a refused
        // path leaves no gap at the coordinator.
        hearken::files::check_output(std::path::Path::new(path), v.path())
            .map_err(hearken::Error::from)?;
        let done = v.export_bundle(&ExportRequest {
            sessions: params.sessions,
            ..ExportRequest::default()
        })?;
        hearken::files::write_output(std::path::Path::new(path), &done.bytes, v.path())
            .map_err(hearken::Error::from)?;
        Ok::<_, hearken::Error>(done)
    })
}
