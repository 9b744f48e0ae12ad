//! What the dashboard, the theme explorer and the recommendations screen
//! read: the core's [`Synthesis`] and [`Records`], computed exactly as
//! `hearken synthesis` computes them, so small cells are suppressed by the
//! same rule and the screens show the numbers the CLI and reports show.

use std::collections::BTreeMap;

use hearken::{
    i18n::Localizer,
    synthesis::{Records, Synthesis},
};
use serde::{Deserialize, Serialize};
use tauri::State;

use super::{CoordinatorError, FilterParams};
use crate::{commands::vault::VaultState, error::UiError};

/// An engagement the vault holds.
#[derive(Debug, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct EngagementEntry {
    pub id: String,
    pub title: String,
}

/// The engagements in the vault, for the screens' engagement choice.
#[tauri::command]
pub fn coordinator_engagements(
    vault: State<'_, VaultState>,
) -> Result<Vec<EngagementEntry>, UiError> {
    vault.with(|v| {
        Ok::<_, CoordinatorError>(
            v.engagements()
                .into_iter()
                .map(|(id, e)| EngagementEntry {
                    id: id.to_string(),
                    title: e.title.clone(),
                })
                .collect(),
        )
    })
}

/// Parameters of [`synthesis_compute`].
#[derive(Debug, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SynthesisParams {
    pub filters: FilterParams,
    /// The reader's language: theme labels, regions and groups shown in it
    /// where the engagement translates them (keys stay as they are).
    #[serde(default)]
    pub lang: Option<String>,
}

/// The synthesis and the records it draws on (quotes with their sessions
/// and bundles), for one engagement under the filters.
#[derive(Debug, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SynthesisView {
    pub synthesis: Synthesis,
    pub records: Records,
    /// Each region's and group's name in the reader's language, by key.
    pub names: Names,
}

/// Names of regions and groups to show, by the key filters use.
#[derive(Debug, Default, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Names {
    pub regions: BTreeMap<String, String>,
    pub groups: BTreeMap<String, String>,
}

/// The synthesis of an engagement and its records under `filters`.
#[tauri::command]
pub async fn synthesis_compute(
    vault: State<'_, VaultState>,
    params: SynthesisParams,
) -> Result<SynthesisView, UiError> {
    vault.with(|v| {
        let (engagement, filters) = params.filters.resolve(v)?;
        let mut synthesis = Synthesis::compute(v, engagement, &filters)?;
        let mut records = Records::collect(v, &synthesis, filters.shared_only);
        let mut names = Names::default();
        if let Some(lang) = params.lang.as_deref().filter(|l| !l.is_empty()) {
            let book = v.label_book(engagement, lang);
            let loc = Localizer::new(lang, false);
            book.relabel(&mut synthesis, &mut records, &loc);
            let e = v.engagement(engagement)?;
            let keys = |list: &[String], cells: &[hearken::synthesis::Cell]| -> Vec<String> {
                list.iter()
                    .cloned()
                    .chain(cells.iter().map(|c| c.key.clone()))
                    .collect()
            };
            for r in keys(&e.regions, &synthesis.coverage.regions.cells) {
                let name = book.region(&r, &loc);
                names.regions.insert(r, name);
            }
            for g in keys(&e.groups, &synthesis.coverage.groups.cells) {
                let name = book.group(&g, &loc);
                names.groups.insert(g, name);
            }
        }
        Ok::<_, CoordinatorError>(SynthesisView {
            synthesis,
            records,
            names,
        })
    })
}
