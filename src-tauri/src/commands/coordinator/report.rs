//! Exports from the report builder, made by the same core functions as
//! `hearken report`: the synthesis and its records under the chosen filters,
//! written by `report::{csv,json,qdpx}::write` and saved whole (or not at
//! all) by `report::save`.

use std::path::PathBuf;

use hearken::{
    report,
    synthesis::{Records, Synthesis},
};
use serde::{Deserialize, Serialize};
use tauri::State;

use super::{CoordinatorError, FilterParams};
use crate::{commands::vault::VaultState, error::UiError};

/// Export formats the builder writes.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ExportFormat {
    Csv,
    Json,
    Qdpx,
}

/// Parameters of [`report_export`].
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReportExportParams {
    pub format: ExportFormat,
    pub filters: FilterParams,
    /// The file to write (replaced whole, or left as it was on error).
    pub path: PathBuf,
}

/// What was written.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Exported {
    pub quotes: usize,
    pub sessions: usize,
    pub bytes: usize,
}

/// Writes the export of the engagement under the filters to `path`.
#[tauri::command]
pub async fn report_export(
    vault: State<'_, VaultState>,
    params: ReportExportParams,
) -> Result<Exported, UiError> {
    vault.with(|v| {
        let (engagement, filters) = params.filters.resolve(v)?;
        let s = Synthesis::compute(v, engagement, &filters)?;
        let records = Records::collect(v, &s, filters.shared_only);
        let bytes = match params.format {
            ExportFormat::Csv => report::csv::write(&s, &records),
            ExportFormat::Json => report::json::write(&s, &records),
            ExportFormat::Qdpx => report::qdpx::write(&s, &records),
        }
        .map_err(hearken::Error::from)?;
        report::save(&params.path, &bytes).map_err(hearken::Error::from)?;
        Ok::<_, CoordinatorError>(Exported {
            quotes: records.quotes.len(),
            sessions: records.sessions.len(),
            bytes: bytes.len(),
        })
    })
}
