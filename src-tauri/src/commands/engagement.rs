//! Engagements as the facilitator receives them: a kit from the
//! coordinator, checked and pinned by the core (`Vault::inspect_kit`,
//! `Vault::import_kit`), then shown with what the session needs: the
//! coordinator's fingerprint to read aloud, the codebook, the agenda and
//! the consent texts.

use hearken::{
    exchange::KitImported,
    identity::PublicKey,
    kit::PinStatus,
    model::{AgendaSegment, LangText, RecordId},
};
use serde::{Deserialize, Serialize};
use tauri::State;

use super::files::read_picked;
use crate::{commands::vault::VaultState, error::UiError};

/// Parameters of the kit commands.
#[derive(Debug, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct KitFileParams {
    /// The kit file, picked in the dialog or typed.
    pub path: String,
}

/// Who signed a kit, before it is imported.
#[derive(Debug, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct KitInspection {
    /// The coordinator key's fingerprint, to compare by phone.
    pub fingerprint: String,
    /// `first_use`, `pinned` (same key as before) or another core status.
    pub pin: &'static str,
}

fn pin_name(status: PinStatus) -> &'static str {
    match status {
        PinStatus::FirstUse => "first_use",
        _ => "pinned",
    }
}

/// Verifies a kit without importing it.
#[tauri::command]
pub async fn kit_inspect(
    vault: State<'_, VaultState>,
    params: KitFileParams,
) -> Result<KitInspection, UiError> {
    let bytes = read_picked(&params.path)?;
    vault.with(|v| {
        v.inspect_kit(&bytes).map(|(fp, status)| KitInspection {
            fingerprint: fp.to_string(),
            pin: pin_name(status),
        })
    })
}

/// Imports a kit: the engagement, its codebook and the coordinator key pin.
#[tauri::command]
pub async fn kit_import(
    vault: State<'_, VaultState>,
    params: KitFileParams,
) -> Result<KitImported, UiError> {
    let bytes = read_picked(&params.path)?;
    vault.with(|v| v.import_kit(&bytes))
}

/// An engagement in the list.
#[derive(Debug, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct EngagementSummary {
    pub id: RecordId,
    pub title: String,
    /// The pinned coordinator key's fingerprint; `None` for an engagement
    /// made in this vault.
    pub fingerprint: Option<String>,
    pub kit_version: Option<u64>,
}

/// A codebook theme as the screens show it.
#[derive(Debug, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ThemeView {
    pub id: RecordId,
    pub parent: Option<RecordId>,
    pub code: String,
    pub label: String,
    pub description: String,
    pub references: Vec<String>,
}

/// Everything the facilitator reads in an engagement.
#[derive(Debug, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct EngagementView {
    #[serde(flatten)]
    pub summary: EngagementSummary,
    pub description: String,
    pub references: Vec<String>,
    pub languages: Vec<String>,
    pub agenda: Vec<AgendaSegment>,
    pub consent_texts: Vec<LangText>,
    pub themes: Vec<ThemeView>,
    /// The engagement's regions, to choose a session's from.
    pub regions: Vec<Choice>,
    /// The engagement's demographic groups.
    pub groups: Vec<Choice>,
}

/// One of the engagement's regions or groups: the value kept, and the name
/// shown in the reader's language.
#[derive(Debug, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Choice {
    pub value: String,
    pub label: String,
}

fn summary(id: RecordId, e: &hearken::model::Engagement) -> EngagementSummary {
    let pin = e.kit.as_ref();
    EngagementSummary {
        id,
        title: e.title.clone(),
        fingerprint: pin
            .and_then(|k| k.signer.parse::<PublicKey>().ok())
            .map(|k| k.fingerprint().to_string()),
        kit_version: pin.map(|k| k.kit_version),
    }
}

/// Every engagement in the vault, oldest first.
#[tauri::command]
pub fn engagement_list(vault: State<'_, VaultState>) -> Result<Vec<EngagementSummary>, UiError> {
    vault.with(|v| {
        Ok::<_, hearken::Error>(
            v.engagements()
                .into_iter()
                .map(|(id, e)| summary(id, e))
                .collect(),
        )
    })
}

/// Parameters of commands about one record.
#[derive(Debug, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RecordParams {
    pub id: RecordId,
}

/// Parameters of [`engagement_show`].
#[derive(Debug, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct EngagementShowParams {
    pub id: RecordId,
    /// The reader's language: theme labels, regions and groups in it when
    /// the kit translates them (else as the engagement has them, marked).
    #[serde(default)]
    pub lang: Option<String>,
}

/// One engagement with its codebook, agenda and consent texts, its labels
/// in the reader's language.
#[tauri::command]
pub fn engagement_show(
    vault: State<'_, VaultState>,
    params: EngagementShowParams,
) -> Result<EngagementView, UiError> {
    vault.with(|v| {
        let e = v.engagement(params.id)?;
        let lang = params.lang.as_deref().unwrap_or("");
        let book = if lang.is_empty() {
            hearken::coordinator::labels::LabelBook::none()
        } else {
            v.label_book(params.id, lang)
        };
        let loc = hearken::i18n::Localizer::new(if lang.is_empty() { "en" } else { lang }, false);
        let themes = v
            .themes(params.id)
            .into_iter()
            .map(|(id, t)| ThemeView {
                id,
                parent: t.parent,
                code: t.code.clone(),
                label: book.theme(&t.code, &t.label, &loc),
                description: book.theme_description(&t.code, &t.description),
                references: t.references.clone(),
            })
            .collect();
        let choices = |list: &[String], show: &dyn Fn(&str) -> String| {
            list.iter()
                .map(|x| Choice {
                    value: x.clone(),
                    label: show(x),
                })
                .collect()
        };
        Ok::<_, hearken::Error>(EngagementView {
            summary: summary(params.id, e),
            description: e.description.clone(),
            references: e.references.clone(),
            languages: e.languages.clone(),
            agenda: e.agenda.clone(),
            consent_texts: e.consent_texts.clone(),
            themes,
            regions: choices(&e.regions, &|r| book.region(r, &loc)),
            groups: choices(&e.groups, &|g| book.group(g, &loc)),
        })
    })
}
