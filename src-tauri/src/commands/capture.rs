//! Capture during a session: quotes (with the anonymization assistant's
//! findings), needs, recommendations, and the read-back of quotes to the
//! people who said them.
//!
//! Every add or edit is one core call that commits before it returns
//! (`synchronous=FULL`), so "saved" on screen means on disk. Consent is the
//! core's to check: a quote from a participant without consent is refused
//! with `consent-*`. Findings come from the core scanner of the session
//! (its private names and the kit's gazetteer); redaction and review are the
//! core's `redact_quote` / `review_quote`, never done in the UI.

use hearken::{
    model::{NeedInput, QuoteEdit, QuoteInput, ReadBack, RecommendationInput, RecordId, Speaker},
    redact::Finding,
    vault::Vault,
};
use serde::{Deserialize, Serialize};
use tauri::State;

use super::engagement::RecordParams;
use crate::{commands::vault::VaultState, error::UiError};

pub use hearken::views::{QuoteFinding, QuoteView};

fn view(v: &Vault, id: RecordId) -> Result<QuoteView, hearken::Error> {
    hearken::views::quote(v, id)
}

/// Parameters of [`quote_add`].
#[derive(Debug, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct QuoteAddParams {
    pub session: RecordId,
    /// A participant's code or `group`, as typed.
    pub speaker: String,
    pub text: String,
    pub language: String,
    #[serde(default)]
    pub translation: Option<String>,
    #[serde(default)]
    pub themes: Vec<RecordId>,
    /// Replace every identifying detail found with a placeholder before
    /// the quote is written (the one-key redaction of the draft).
    #[serde(default)]
    pub redact: bool,
}

/// Records a quote (durable when this returns), redacted first if asked, and
/// returns it with what the assistant still finds in it.
#[tauri::command]
pub fn quote_add(
    vault: State<'_, VaultState>,
    params: QuoteAddParams,
) -> Result<QuoteView, UiError> {
    vault.with(|v| {
        let input = QuoteInput {
            speaker: Speaker::parse(&params.speaker),
            text: params.text,
            language: params.language,
            translation: params.translation,
            themes: params.themes,
        };
        let id = if params.redact {
            v.add_quote_redacted(params.session, input)?
        } else {
            v.add_quote(params.session, input)?
        };
        view(v, id)
    })
}

/// Quotes of a session, in the order recorded.
#[tauri::command]
pub fn quote_list(
    vault: State<'_, VaultState>,
    params: RecordParams,
) -> Result<Vec<QuoteView>, UiError> {
    vault.with(|v| {
        v.quotes(Some(params.id))
            .into_iter()
            .map(|(id, _)| id)
            .collect::<Vec<_>>()
            .into_iter()
            .map(|id| view(v, id))
            .collect::<Result<Vec<_>, _>>()
    })
}

/// Parameters of [`quote_edit`].
#[derive(Debug, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct QuoteEditParams {
    pub id: RecordId,
    pub edit: QuoteEdit,
}

/// Changes a quote (consent is checked again by the core).
#[tauri::command]
pub fn quote_edit(
    vault: State<'_, VaultState>,
    params: QuoteEditParams,
) -> Result<QuoteView, UiError> {
    vault.with(|v| {
        v.edit_quote(params.id, params.edit)?;
        view(v, params.id)
    })
}

/// Replaces every unresolved identifying detail of a quote with a typed
/// placeholder in the quote's language.
#[tauri::command]
pub fn quote_redact(
    vault: State<'_, VaultState>,
    params: RecordParams,
) -> Result<QuoteView, UiError> {
    vault.with(|v| {
        v.redact_all_findings(params.id)?;
        view(v, params.id)
    })
}

/// Keeps a quote's findings as written (the facilitator reviewed them: a
/// public figure, a place that identifies no one).
#[tauri::command]
pub fn quote_review(
    vault: State<'_, VaultState>,
    params: RecordParams,
) -> Result<QuoteView, UiError> {
    vault.with(|v| {
        v.review_all_findings(params.id)?;
        view(v, params.id)
    })
}

/// Parameters of [`text_scan`].
#[derive(Debug, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TextScanParams {
    pub session: RecordId,
    pub text: String,
}

/// What the anonymization assistant finds in a draft, as it is typed.
#[tauri::command]
pub fn text_scan(
    vault: State<'_, VaultState>,
    params: TextScanParams,
) -> Result<Vec<Finding>, UiError> {
    vault.with(|v| Ok::<_, hearken::Error>(v.scanner(params.session)?.scan(&params.text)))
}

/// Parameters of [`quote_read_back`].
#[derive(Debug, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct QuoteReadBackParams {
    pub id: RecordId,
    pub outcome: ReadBack,
}

/// Records what the speaker said when the quote was read back to them.
#[tauri::command]
pub fn quote_read_back(
    vault: State<'_, VaultState>,
    params: QuoteReadBackParams,
) -> Result<QuoteView, UiError> {
    vault.with(|v| {
        v.record_read_back(params.id, params.outcome)?;
        view(v, params.id)
    })
}

/// Deletes a quote, need or recommendation for good (a tombstone follows it
/// to the coordinator).
#[tauri::command]
pub fn captured_delete(vault: State<'_, VaultState>, params: RecordParams) -> Result<(), UiError> {
    vault.with(|v| v.delete_captured(params.id))
}

/// A need or a recommendation as listed.
#[derive(Debug, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct NoteView {
    pub id: RecordId,
    /// `need` or `recommendation`.
    pub kind: &'static str,
    pub text: String,
    pub language: String,
    pub themes: Vec<RecordId>,
    pub duty_bearer: String,
}

/// Needs and recommendations of a session, each in the order recorded.
#[tauri::command]
pub fn note_list(
    vault: State<'_, VaultState>,
    params: RecordParams,
) -> Result<Vec<NoteView>, UiError> {
    vault.with(|v| {
        v.session(params.id)?;
        let needs = v
            .needs(Some(params.id))
            .into_iter()
            .map(|(id, n)| NoteView {
                id,
                kind: "need",
                text: n.text.clone(),
                language: n.language.clone(),
                themes: n.themes.clone(),
                duty_bearer: String::new(),
            });
        let recs = v
            .recommendations(Some(params.id))
            .into_iter()
            .map(|(id, r)| NoteView {
                id,
                kind: "recommendation",
                text: r.text.clone(),
                language: r.language.clone(),
                themes: r.themes.clone(),
                duty_bearer: r.duty_bearer.clone(),
            });
        Ok::<_, hearken::Error>(needs.chain(recs).collect())
    })
}

/// Parameters of [`need_add`].
#[derive(Debug, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct NeedAddParams {
    pub session: RecordId,
    pub need: NeedInput,
}

/// Documents a need; returns its id.
#[tauri::command]
pub fn need_add(vault: State<'_, VaultState>, params: NeedAddParams) -> Result<RecordId, UiError> {
    vault.with(|v| v.add_need(params.session, params.need))
}

/// Parameters of [`recommendation_add`].
#[derive(Debug, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RecommendationAddParams {
    pub session: RecordId,
    pub recommendation: RecommendationInput,
}

/// Records a recommendation; returns its id.
#[tauri::command]
pub fn recommendation_add(
    vault: State<'_, VaultState>,
    params: RecommendationAddParams,
) -> Result<RecordId, UiError> {
    vault.with(|v| v.add_recommendation(params.session, params.recommendation))
}
