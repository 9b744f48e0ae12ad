//! The facilitator's end of the loop, as `hearken evaluation` and `hearken
//! update` do: the participants' anonymous evaluation of a session, and the
//! coordinator's signed community update ("What happened with your input"),
//! imported and printed on one page in the session's language.

use std::path::PathBuf;

use hearken::{
    exchange::updates::{UpdateFile, UpdateImported},
    facilitator::EvaluationAdded,
    model::{EvaluationInput, RecordId},
    report,
};
use serde::{Deserialize, Serialize};
use tauri::State;

use crate::{commands::vault::VaultState, error::UiError};

/// Parameters of [`evaluation_add`].
#[derive(Debug, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct EvaluationAddParams {
    pub session: RecordId,
    pub answers: EvaluationInput,
}

/// Records one participant's anonymous answers.
#[tauri::command]
pub fn evaluation_add(
    vault: State<'_, VaultState>,
    params: EvaluationAddParams,
) -> Result<EvaluationAdded, UiError> {
    vault.with(|v| v.add_evaluation(params.session, params.answers))
}

/// Parameters of [`evaluation_count`] and [`update_show`]'s session.
#[derive(Debug, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SessionParams {
    pub session: RecordId,
}

/// How many evaluations a session holds (the answers themselves stay
/// unseen on this screen: they are anonymous).
#[tauri::command]
pub fn evaluation_count(
    vault: State<'_, VaultState>,
    params: SessionParams,
) -> Result<usize, UiError> {
    vault.with(|v| {
        v.session(params.session)?;
        Ok::<_, hearken::Error>(v.evaluations(params.session).len())
    })
}

/// Parameters of [`update_import`].
#[derive(Debug, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct UpdateImportParams {
    pub path: PathBuf,
}

/// Verifies and stores a community update file.
#[tauri::command]
pub fn update_import(
    vault: State<'_, VaultState>,
    params: UpdateImportParams,
) -> Result<UpdateImported, UiError> {
    let bytes = hearken::files::read_bounded(&params.path, hearken::files::MAX_KIT_BYTES)
        .map_err(hearken::Error::from)?;
    vault.with(|v| v.import_update(&bytes))
}

/// What happened with the input of a session's engagement: the newest
/// update imported (`None` if none yet).
#[tauri::command]
pub fn update_show(
    vault: State<'_, VaultState>,
    params: SessionParams,
) -> Result<Option<UpdateFile>, UiError> {
    vault.with(|v| {
        let e = v.session(params.session)?.engagement;
        v.community_update(e)
    })
}

/// Parameters of [`update_print`].
#[derive(Debug, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct UpdatePrintParams {
    pub session: RecordId,
    pub path: PathBuf,
    /// Default: the session's first language.
    #[serde(default)]
    pub language: Option<String>,
}

/// What was printed.
#[derive(Debug, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct UpdatePrinted {
    pub pages: usize,
    pub language: String,
}

/// Writes the one-page update in the session's language.
#[tauri::command]
pub async fn update_print(
    vault: State<'_, VaultState>,
    params: UpdatePrintParams,
) -> Result<UpdatePrinted, UiError> {
    vault.with(|v| {
        let s = v.session(params.session)?;
        let lang = match &params.language {
            Some(l) => report::framework::language(l)?,
            None => s
                .languages
                .first()
                .and_then(|l| report::framework::language(l).ok())
                .unwrap_or("en"),
        };
        let u = v.community_update(s.engagement)?.ok_or(
            hearken::model::validate::RecordError::NotFound {
                kind: hearken::model::Kind::CommunityUpdate,
            },
        )?;
        let doc = report::update::document(&u, lang)?;
        let rendered = report::pdf::render(&doc)?;
        hearken::files::write_output(&params.path, &rendered.bytes, v.path())?;
        Ok::<_, hearken::Error>(UpdatePrinted {
            pages: rendered.pages,
            language: lang.to_owned(),
        })
    })
}
