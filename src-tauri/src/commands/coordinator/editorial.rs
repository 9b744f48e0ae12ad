//! The coordinator's editorial control over the framework report, the same
//! core calls as `hearken report-text` and `hearken quote
//! pin|unpin|exclude|include`: the texts only a person can write, their
//! preview, and the choice of quotes.

use hearken::{
    model::{Record, RecordId, ReportPart},
    report::{
        editorial::{self, Cover, TextSet, TextView},
        markup::{self, MarkupBlock},
    },
};
use serde::{Deserialize, Serialize};
use tauri::State;

use super::{CoordinatorError, tracking::EngagementParams, tracking::engagement};
use crate::{commands::vault::VaultState, error::UiError};

/// The engagement's report texts, every language.
#[tauri::command]
pub async fn report_texts(
    vault: State<'_, VaultState>,
    params: EngagementParams,
) -> Result<Vec<TextView>, UiError> {
    vault.with(|v| {
        let e = engagement(v, params.engagement.as_deref())?;
        Ok::<_, CoordinatorError>(v.report_text_views(e, None))
    })
}

/// Parameters of [`report_text_set`]. (Debug shows the text's length only.)
#[derive(Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ReportTextParams {
    pub engagement: Option<String>,
    pub language: String,
    pub part: ReportPart,
    /// The whole text; empty removes the part.
    pub text: String,
}

impl std::fmt::Debug for ReportTextParams {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReportTextParams")
            .field("language", &self.language)
            .field("part", &self.part)
            .field("chars", &self.text.chars().count())
            .finish_non_exhaustive()
    }
}

impl std::fmt::Debug for PreviewParams {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PreviewParams")
            .field("part", &self.part)
            .field("chars", &self.text.chars().count())
            .finish()
    }
}

impl std::fmt::Debug for Preview {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Preview")
            .field("blocks", &self.blocks.len())
            .field("words", &self.words)
            .finish_non_exhaustive()
    }
}

/// Keeps one part in one language, whole or not at all.
#[tauri::command]
pub async fn report_text_set(
    vault: State<'_, VaultState>,
    params: ReportTextParams,
) -> Result<TextSet, UiError> {
    vault.with(|v| {
        let e = engagement(v, params.engagement.as_deref())?;
        Ok::<_, CoordinatorError>(v.set_report_text(
            e,
            &params.language,
            params.part,
            &params.text,
        )?)
    })
}

/// Parameters of [`report_text_preview`]. (Debug shows the text's length
/// only.)
#[derive(Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct PreviewParams {
    pub part: ReportPart,
    pub text: String,
}

/// A text as the report will print it.
#[derive(Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Preview {
    /// The prose parts' blocks (empty for the cover).
    pub blocks: Vec<MarkupBlock>,
    /// The cover's lines (`None` for a prose part).
    pub cover: Option<Cover>,
    pub words: usize,
}

/// Reads a text as the report would, or says why it would be refused.
/// Needs no vault: nothing is read or kept.
#[tauri::command]
pub async fn report_text_preview(params: PreviewParams) -> Result<Preview, UiError> {
    editorial::check(params.part, &params.text)?;
    let (blocks, cover) = match params.part {
        ReportPart::Cover => (
            vec![],
            Some(editorial::cover(&params.text).map_err(hearken::Error::from)?),
        ),
        _ => (markup::parse(&params.text), None),
    };
    Ok(Preview {
        blocks,
        cover,
        words: editorial::words(params.part, &params.text),
    })
}

/// The coordinator's choice of quotes, as the Themes screen shows it.
#[derive(Debug, Default, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct CurationView {
    /// (quote id, theme code) pairs.
    pub pins: Vec<(RecordId, String)>,
    pub excluded: Vec<RecordId>,
}

fn view(v: &hearken::vault::Vault, e: RecordId) -> CurationView {
    let Some((_, c)) = v.curation(e) else {
        return CurationView::default();
    };
    CurationView {
        pins: c
            .pins
            .iter()
            .filter_map(|p| match v.record(p.theme) {
                Some(Record::Theme(t)) => Some((p.quote, t.code.clone())),
                _ => None,
            })
            .collect(),
        excluded: c.excluded.clone(),
    }
}

/// The choice of quotes of the engagement.
#[tauri::command]
pub async fn quote_curation(
    vault: State<'_, VaultState>,
    params: EngagementParams,
) -> Result<CurationView, UiError> {
    vault.with(|v| {
        let e = engagement(v, params.engagement.as_deref())?;
        Ok::<_, CoordinatorError>(view(v, e))
    })
}

/// What [`quote_curate`] does to a quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum CurateAction {
    Pin,
    Unpin,
    Exclude,
    Include,
}

/// Parameters of [`quote_curate`].
#[derive(Debug, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct CurateParams {
    pub engagement: Option<String>,
    pub quote: RecordId,
    pub action: CurateAction,
    /// The theme's code: required to pin; to unpin, `None` unpins from
    /// every theme.
    #[serde(default)]
    pub theme: Option<String>,
}

/// Pins, unpins, excludes or includes a quote; returns the choice after.
#[tauri::command]
pub async fn quote_curate(
    vault: State<'_, VaultState>,
    params: CurateParams,
) -> Result<CurationView, UiError> {
    vault.with(|v| {
        let e = engagement(v, params.engagement.as_deref())?;
        // Only a quote of the engagement on show.
        let of_engagement = v
            .quote(params.quote)
            .and_then(|q| v.session(q.session))
            .is_ok_and(|s| s.engagement == e);
        if !of_engagement {
            return Err(
                hearken::Error::from(hearken::model::validate::RecordError::NotFound {
                    kind: hearken::model::Kind::Quote,
                })
                .into(),
            );
        }
        let theme = params
            .theme
            .as_deref()
            .map(|code| {
                hearken::views::theme_by_code(v, e, code).ok_or(hearken::Error::from(
                    hearken::model::validate::RecordError::NotFound {
                        kind: hearken::model::Kind::Theme,
                    },
                ))
            })
            .transpose()?;
        match (params.action, theme) {
            (CurateAction::Pin, Some(t)) => v.pin_quote(params.quote, t)?,
            (CurateAction::Pin, None) => Err(hearken::Error::from(
                hearken::model::validate::RecordError::Empty { field: "theme" },
            ))?,
            (CurateAction::Unpin, t) => v.unpin_quote(params.quote, t)?,
            (CurateAction::Exclude, _) => v.exclude_quote(params.quote)?,
            (CurateAction::Include, _) => v.include_quote(params.quote)?,
        };
        Ok::<_, CoordinatorError>(view(v, e))
    })
}
