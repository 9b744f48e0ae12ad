//! The Tracking screen's commands, the same core calls as `hearken
//! tracking`, `hearken dashboard`, `hearken report --format review` and
//! `hearken update create`: official recommendations in, links, history
//! entries, and the follow-up's outputs (progress review PDF, dashboard
//! folder, open data, signed community update).

use std::path::PathBuf;

use hearken::{
    coordinator::{
        officials::{self, OfficialsImported},
        tracking::{TrackInput, Tracking},
    },
    model::{LinkTarget, RecordId},
    report::{self, pdf},
};
use serde::{Deserialize, Serialize};
use tauri::State;

use super::CoordinatorError;
use crate::{commands::vault::VaultState, error::UiError};

/// An engagement (id or prefix; `None`: the vault's only one).
#[derive(Debug, Default, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", default)]
pub struct EngagementParams {
    pub engagement: Option<String>,
}

pub(super) fn engagement(
    v: &hearken::vault::Vault,
    typed: Option<&str>,
) -> Result<RecordId, CoordinatorError> {
    if v.engagements().is_empty() {
        return Err(CoordinatorError::NoEngagement);
    }
    Ok(hearken::views::engagement(v, typed)?)
}

/// Everything followed up in the engagement.
#[tauri::command]
pub fn tracking_view(
    vault: State<'_, VaultState>,
    params: EngagementParams,
) -> Result<Tracking, UiError> {
    vault.with(|v| {
        let e = engagement(v, params.engagement.as_deref())?;
        Ok::<_, CoordinatorError>(v.tracking(e)?)
    })
}

/// Parameters of [`tracking_import`].
#[derive(Debug, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TrackingImportParams {
    pub engagement: Option<String>,
    /// A CSV or JSON file of official recommendations.
    pub path: PathBuf,
    /// Replace known identifiers whose fields changed.
    #[serde(default)]
    pub replace_changed: bool,
}

/// Imports official recommendations, all or nothing.
#[tauri::command]
pub fn tracking_import(
    vault: State<'_, VaultState>,
    params: TrackingImportParams,
) -> Result<OfficialsImported, UiError> {
    let bytes = hearken::files::read_bounded(&params.path, officials::MAX_FILE_BYTES)
        .map_err(hearken::Error::from)?;
    let rows = officials::parse(&bytes).map_err(hearken::Error::from)?;
    vault.with(|v| {
        let e = engagement(v, params.engagement.as_deref())?;
        Ok::<_, CoordinatorError>(v.import_officials(e, rows, params.replace_changed)?)
    })
}

/// Parameters of [`tracking_update`].
#[derive(Debug, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TrackingUpdateParams {
    /// The official or community recommendation.
    pub id: RecordId,
    pub entry: TrackInput,
}

/// Records a new history entry; resolves to its id.
#[tauri::command]
pub fn tracking_update(
    vault: State<'_, VaultState>,
    params: TrackingUpdateParams,
) -> Result<RecordId, UiError> {
    vault.with(|v| Ok::<_, CoordinatorError>(v.track(params.id, params.entry)?))
}

/// Parameters of [`tracking_link`].
#[derive(Debug, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TrackingLinkParams {
    /// The community recommendation.
    pub recommendation: RecordId,
    pub target: LinkTarget,
    /// Remove the link instead.
    #[serde(default)]
    pub unlink: bool,
}

/// Links (or unlinks) a community recommendation.
#[tauri::command]
pub fn tracking_link(
    vault: State<'_, VaultState>,
    params: TrackingLinkParams,
) -> Result<(), UiError> {
    vault.with(|v| {
        if params.unlink {
            v.unlink_recommendation(params.recommendation, &params.target)?;
        } else {
            v.link_recommendation(params.recommendation, params.target)?;
        }
        Ok::<_, CoordinatorError>(())
    })
}

/// Parameters of [`tracking_suggest`].
#[derive(Debug, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TrackingSuggestParams {
    pub recommendation: RecordId,
}

/// Official recommendations a community recommendation may support.
#[tauri::command]
pub fn tracking_suggest(
    vault: State<'_, VaultState>,
    params: TrackingSuggestParams,
) -> Result<Vec<RecordId>, UiError> {
    vault.with(|v| Ok::<_, CoordinatorError>(v.link_suggestions(params.recommendation)?))
}

/// What the follow-up writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, ts_rs::TS)]
#[serde(rename_all = "kebab-case")]
pub enum FollowUpOutput {
    /// The progress review (PDF).
    Review,
    /// The public dashboard (a folder).
    Dashboard,
    /// Open data as CSV.
    OpenDataCsv,
    /// Open data as JSON.
    OpenDataJson,
    /// A signed community update.
    Update,
}

/// Parameters of [`tracking_write`].
#[derive(Debug, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TrackingWriteParams {
    pub engagement: Option<String>,
    pub output: FollowUpOutput,
    /// The file (or, for the dashboard, the folder) to write.
    pub path: PathBuf,
    /// The review's language (default English).
    #[serde(default)]
    pub language: Option<String>,
    /// The themes heard from the analysis coding (`hearken qda import`)
    /// instead of the kit's codebook (dashboard and review).
    #[serde(default)]
    pub analysis: bool,
}

/// What was written.
#[derive(Debug, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct FollowUpWritten {
    /// Pages of the review; files of the dashboard; 1 otherwise.
    pub count: usize,
    pub bytes: usize,
}

/// Writes one of the follow-up's outputs, whole or not at all.
#[tauri::command]
pub async fn tracking_write(
    vault: State<'_, VaultState>,
    params: TrackingWriteParams,
) -> Result<FollowUpWritten, UiError> {
    let lang = match &params.language {
        Some(l) => report::framework::language(l).map_err(hearken::Error::from)?,
        None => "en",
    };
    vault.with(|v| {
        let e = engagement(v, params.engagement.as_deref())?;
        let (bytes, count) = match params.output {
            FollowUpOutput::Dashboard => {
                let (t, s) = v.published(e, params.analysis)?;
                let files = report::dashboard::build(&t, &s);
                hearken::files::write_folder(
                    &params.path,
                    &files,
                    v.path(),
                    report::dashboard::is_dashboard,
                )
                .map_err(hearken::Error::from)?;
                let bytes = files.iter().map(|(_, b)| b.len()).sum();
                return Ok::<_, CoordinatorError>(FollowUpWritten {
                    count: files.len(),
                    bytes,
                });
            }
            FollowUpOutput::Review => {
                let (t, s) = v.published(e, params.analysis)?;
                let names = v
                    .label_book(e, lang)
                    .theme_names(&s, &hearken::i18n::Localizer::report(lang));
                let doc = report::review::document(&t, &s.evaluation, lang, &names);
                let rendered = pdf::render(&doc).map_err(hearken::Error::from)?;
                (rendered.bytes, rendered.pages)
            }
            FollowUpOutput::OpenDataCsv | FollowUpOutput::OpenDataJson => {
                let t = v.tracking(e)?;
                let bytes = if params.output == FollowUpOutput::OpenDataCsv {
                    report::open_data::csv(&t)
                } else {
                    report::open_data::json(&t)
                }
                .map_err(hearken::Error::from)?;
                (bytes, 1)
            }
            FollowUpOutput::Update => (v.create_update(e)?, 1),
        };
        hearken::files::write_output(&params.path, &bytes, v.path())
            .map_err(hearken::Error::from)?;
        Ok(FollowUpWritten {
            count,
            bytes: bytes.len(),
        })
    })
}
