//! Importing bundles and deciding about facilitator devices, as
//! `hearken import` and `hearken roster` do: each file goes through the
//! core's `Vault::import_bundle`, unknown devices are held in quarantine, and
//! approving a device merges its held bundles through `Vault::approve_device`.
//!
//! What it guarantees: one file's failure never stops the others, and each
//! file's result names the file and carries the core's own `{ code, args }`
//! reason, never the file's content. Progress reaches the UI through a
//! [`Channel`] as each file's outcome becomes final, so a long import shows
//! how far it is.

use std::path::{Path, PathBuf};

use hearken::views::DeviceView;
use hearken::{
    coordinator::ImportOutcome,
    i18n::{Localized, Message},
    progress::Step,
};
use serde::{Deserialize, Serialize};
use tauri::{State, ipc::Channel};

use super::CoordinatorError;
use crate::{
    commands::{operation::Operation, vault::VaultState},
    error::UiError,
};

/// Parameters of [`import_bundles`].
#[derive(Debug, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ImportBundlesParams {
    /// Bundle files, as picked, dropped or typed.
    pub paths: Vec<PathBuf>,
}

/// What became of one file: the core's [`ImportOutcome`], or why it was
/// rejected.
#[derive(Debug, Serialize, ts_rs::TS)]
#[serde(
    tag = "outcome",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum FileOutcome {
    /// Merged into the vault.
    Imported {
        added: usize,
        updated: usize,
        removed: usize,
        unchanged: usize,
        /// This device's sequence numbers still missing.
        missing: Vec<u64>,
    },
    /// Imported before: nothing changed.
    AlreadyHad,
    /// From a device not in the roster: held until approved.
    Quarantined { key_id: String, fingerprint: String },
    /// Refused; nothing of it changed the vault.
    Rejected {
        #[ts(type = "{ code: string, args: Record<string, string | number> }")]
        reason: Message,
    },
}

impl FileOutcome {
    fn of(result: Result<ImportOutcome, impl Localized>) -> Self {
        match result {
            Ok(ImportOutcome::Imported(done)) => Self::Imported {
                added: done.added,
                updated: done.updated,
                removed: done.removed,
                unchanged: done.unchanged,
                missing: done.missing,
            },
            Ok(ImportOutcome::AlreadyHad) => Self::AlreadyHad,
            Ok(ImportOutcome::Quarantined {
                key_id,
                fingerprint,
            }) => Self::Quarantined {
                key_id,
                fingerprint,
            },
            Err(e) => Self::Rejected {
                reason: e.message(),
            },
        }
    }
}

/// One file's line of the import summary.
#[derive(Debug, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct FileResult {
    /// The file's name (not its folder).
    pub file: String,
    #[serde(flatten)]
    pub outcome: FileOutcome,
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

/// Imports the files through the core's `Vault::import_files`, as
/// `hearken import` does (unknown devices go to quarantine), reporting
/// progress as each file's outcome becomes final. Cancelled, it fails with
/// the core's `cancelled`: the files finished by then stay imported.
#[tauri::command]
pub async fn import_bundles(
    vault: State<'_, VaultState>,
    operation: State<'_, Operation>,
    params: ImportBundlesParams,
    on_progress: Channel<Step>,
) -> Result<Vec<FileResult>, UiError> {
    let paths = params.paths;
    vault.with(|v| {
        operation.run(&on_progress, |progress| {
            let mut results = Vec::with_capacity(paths.len());
            v.import_files(&paths, false, progress, |i, result| {
                results.push(FileResult {
                    file: file_name(&paths[i]),
                    outcome: FileOutcome::of(result),
                });
            })?;
            Ok::<_, CoordinatorError>(results)
        })
    })
}

/// The roster of devices and those waiting in quarantine.
#[tauri::command]
pub fn roster_list(vault: State<'_, VaultState>) -> Result<Vec<DeviceView>, UiError> {
    vault.with(|v| Ok::<_, CoordinatorError>(hearken::views::roster(v)))
}

/// Parameters of [`roster_approve`] and [`roster_revoke`].
#[derive(Debug, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct DeviceParams {
    pub key_id: String,
    /// Approve: the person confirmed approving a revoked device again.
    #[serde(default)]
    pub confirm_revoked: bool,
    /// Revoke: also remove every record the device sent.
    #[serde(default)]
    pub remove_records: bool,
}

/// Approves a device and merges the bundles it has in quarantine; returns
/// each held file's result.
#[tauri::command]
pub async fn roster_approve(
    vault: State<'_, VaultState>,
    params: DeviceParams,
) -> Result<Vec<FileResult>, UiError> {
    vault.with(|v| {
        Ok::<_, CoordinatorError>(
            v.approve_device(&params.key_id, None, params.confirm_revoked)?
                .into_iter()
                .map(|(file, r)| FileResult {
                    file,
                    outcome: FileOutcome::of(r),
                })
                .collect(),
        )
    })
}

/// Revokes a device: its bundles are refused from now on and any it has in
/// quarantine are deleted; with `removeRecords`, what it sent goes too.
/// Returns how many records were removed.
#[tauri::command]
pub fn roster_revoke(vault: State<'_, VaultState>, params: DeviceParams) -> Result<usize, UiError> {
    vault.with(|v| {
        Ok::<_, CoordinatorError>(v.revoke_device(&params.key_id, params.remove_records)?)
    })
}
