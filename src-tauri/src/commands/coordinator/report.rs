//! Reports and exports from the report builder, made by the same core
//! functions as `hearken report`: the framework report and a session's
//! "What we heard" summary through `report::framework` and `pdf::render`,
//! exports through `report::{csv,json,qdpx}::write`; every file is saved
//! whole (or not at all) by `files::write_output`.

use std::path::PathBuf;

use hearken::{
    model::Kind,
    progress::{Stage, Step},
    report::{self, framework, pdf},
    synthesis::{Records, Synthesis},
};
use serde::{Deserialize, Serialize};
use tauri::{State, ipc::Channel};

use super::{CoordinatorError, FilterParams};
use crate::{
    commands::{operation::Operation, vault::VaultState},
    error::UiError,
};

/// What the builder writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum ReportFormat {
    Csv,
    Json,
    Qdpx,
    /// The framework report (PDF).
    PdfFramework,
    /// The framework report as an editable Word document.
    Docx,
    /// One session's "What we heard" summary (PDF).
    PdfSummary,
}

/// Parameters of [`report_export`].
#[derive(Debug, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportExportParams {
    pub format: ReportFormat,
    pub filters: FilterParams,
    /// The file to write (replaced whole, or left as it was on error).
    pub path: PathBuf,
    /// The PDF's language; `None`: the framework report in English, a
    /// summary in its session's language (as the CLI without `--lang`).
    #[serde(default)]
    pub language: Option<String>,
    /// The session of a "What we heard" summary (id or prefix).
    #[serde(default)]
    pub session: Option<String>,
    /// The framework report as a submission within this many words.
    #[serde(default)]
    pub max_words: Option<u32>,
}

/// What was written.
#[derive(Debug, Serialize, ts_rs::TS)]
#[ts(rename = "ReportWritten")]
#[serde(rename_all = "camelCase")]
pub struct Exported {
    /// Quotes in an export (`None` for a PDF).
    pub quotes: Option<usize>,
    /// Pages of a PDF (`None` for an export).
    pub pages: Option<usize>,
    /// Words of a submission's body (`None` otherwise).
    pub words: Option<usize>,
    pub bytes: usize,
}

/// Writes the report or export of the engagement under the filters to `path`.
#[tauri::command]
pub async fn report_export(
    vault: State<'_, VaultState>,
    operation: State<'_, Operation>,
    params: ReportExportParams,
    on_progress: Channel<Step>,
) -> Result<Exported, UiError> {
    let pdf_format = matches!(
        params.format,
        ReportFormat::PdfFramework | ReportFormat::PdfSummary | ReportFormat::Docx
    );
    // A language that does not exist is refused before anything else.
    let asked = match (&params.language, pdf_format) {
        (Some(l), true) => Some(framework::language(l).map_err(hearken::Error::from)?),
        _ => None,
    };
    vault.with(|v| {
        operation.run(&on_progress, |progress| {
            // Cancelling stops between stages, before anything is written.
            let stage = |stage| progress.step(stage, 0, 1).map_err(hearken::Error::from);
            stage(Stage::Synthesis)?;
            let (engagement, mut filters) = params.filters.resolve(v)?;
            // As `hearken report --format pdf`: the framework report prints only
            // quotes consented for sharing beyond the coordinator.
            if matches!(
                params.format,
                ReportFormat::PdfFramework | ReportFormat::Docx
            ) {
                filters.shared_only = true;
            }
            let s = Synthesis::compute(v, engagement, &filters)?;
            stage(if pdf_format {
                Stage::Rendering
            } else {
                Stage::Exporting
            })?;
            let mut words = None;
            let max_words = params.max_words.map(framework::budget).transpose()?;
            let (bytes, quotes, pages) = match params.format {
                ReportFormat::PdfFramework | ReportFormat::PdfSummary | ReportFormat::Docx => {
                    let doc = if params.format == ReportFormat::PdfSummary {
                        let typed = params.session.as_deref().unwrap_or_default();
                        let session = v.resolve(Kind::Session, typed)?;
                        framework::summary(v, &s, session, asked)?
                    } else {
                        let doc =
                            framework::with_editorial(v, &s, asked.unwrap_or("en"), max_words);
                        words = max_words.map(|_| framework::words(&doc));
                        doc
                    };
                    if params.format == ReportFormat::Docx {
                        let bytes = report::docx::write(&doc).map_err(hearken::Error::from)?;
                        (bytes, None, None)
                    } else {
                        let rendered = pdf::render(&doc).map_err(hearken::Error::from)?;
                        (rendered.bytes, None, Some(rendered.pages))
                    }
                }
                ReportFormat::Csv => {
                    // Quotes, needs and recommendations side by side.
                    let records = Records::collect(v, &s, filters.shared_only);
                    let files = report::csv::write(&s, &records).map_err(hearken::Error::from)?;
                    progress.check().map_err(hearken::Error::from)?;
                    files.save(&params.path, v.path())?;
                    return Ok(Exported {
                        quotes: Some(records.quotes.len()),
                        pages: None,
                        words: None,
                        bytes: files.len(),
                    });
                }
                ReportFormat::Json | ReportFormat::Qdpx => {
                    let mut records = Records::collect(v, &s, filters.shared_only);
                    // Theme labels in the language chosen (codes stay).
                    let mut s = s;
                    if let Some(lang) = params
                        .language
                        .as_deref()
                        .and_then(|l| framework::language(l).ok())
                    {
                        let loc = hearken::i18n::Localizer::new(lang, false);
                        v.label_book(engagement, lang)
                            .relabel(&mut s, &mut records, &loc);
                    }
                    let bytes = match params.format {
                        ReportFormat::Json => report::json::write(&s, &records),
                        _ => report::qdpx::write(&s, &records),
                    }
                    .map_err(hearken::Error::from)?;
                    (bytes, Some(records.quotes.len()), None)
                }
            };
            progress.check().map_err(hearken::Error::from)?;
            hearken::files::write_output(&params.path, &bytes, v.path())
                .map_err(hearken::Error::from)?;
            Ok::<_, CoordinatorError>(Exported {
                quotes,
                pages,
                words,
                bytes: bytes.len(),
            })
        })
    })
}
