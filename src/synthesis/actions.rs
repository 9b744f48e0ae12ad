//! Documented needs and recommendations, with the recommendations grouped
//! by theme and by treaty reference so a report can tie each to an
//! obligation.

use std::collections::BTreeMap;

use serde::Serialize;

use super::themes::Codebook;
use crate::{
    model::{RecordId, Session},
    vault::Vault,
};

/// A documented need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NeedEntry {
    pub id: RecordId,
    pub session: RecordId,
    pub text: String,
    pub language: String,
    pub themes: Vec<String>,
    pub bundle: Option<String>,
}

/// A recommendation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RecommendationEntry {
    pub id: RecordId,
    pub session: RecordId,
    pub text: String,
    pub language: String,
    pub themes: Vec<String>,
    pub duty_bearer: String,
    pub references: Vec<String>,
    pub bundle: Option<String>,
}

/// Recommendations, and their ids grouped two ways. A recommendation with
/// several themes or references appears in each group; one with none is
/// listed under `unthemed` / `unreferenced`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RecommendationGroups {
    pub all: Vec<RecommendationEntry>,
    pub by_theme: BTreeMap<String, Vec<RecordId>>,
    pub unthemed: Vec<RecordId>,
    pub by_reference: BTreeMap<String, Vec<RecordId>>,
    pub unreferenced: Vec<RecordId>,
}

pub(crate) fn needs(
    vault: &Vault,
    sessions: &[(RecordId, &Session)],
    codebook: &Codebook,
) -> Vec<NeedEntry> {
    sessions
        .iter()
        .flat_map(|(sid, _)| vault.needs(Some(*sid)))
        .map(|(id, n)| NeedEntry {
            id,
            session: n.session,
            text: n.text.clone(),
            language: n.language.clone(),
            themes: codebook.codes(&n.themes),
            bundle: vault.origin_of(id).map(|o| o.bundle.clone()),
        })
        .collect()
}

pub(crate) fn recommendations(
    vault: &Vault,
    sessions: &[(RecordId, &Session)],
    codebook: &Codebook,
) -> RecommendationGroups {
    let all: Vec<RecommendationEntry> = sessions
        .iter()
        .flat_map(|(sid, _)| vault.recommendations(Some(*sid)))
        .map(|(id, r)| RecommendationEntry {
            id,
            session: r.session,
            text: r.text.clone(),
            language: r.language.clone(),
            themes: codebook.codes(&r.themes),
            duty_bearer: r.duty_bearer.clone(),
            references: r.references.iter().map(|s| s.trim().to_owned()).collect(),
            bundle: vault.origin_of(id).map(|o| o.bundle.clone()),
        })
        .collect();
    let mut g = RecommendationGroups {
        all: vec![],
        by_theme: BTreeMap::new(),
        unthemed: vec![],
        by_reference: BTreeMap::new(),
        unreferenced: vec![],
    };
    for r in &all {
        if r.themes.is_empty() {
            g.unthemed.push(r.id);
        }
        for t in &r.themes {
            g.by_theme.entry(t.clone()).or_default().push(r.id);
        }
        if r.references.is_empty() {
            g.unreferenced.push(r.id);
        }
        for x in &r.references {
            g.by_reference.entry(x.clone()).or_default().push(r.id);
        }
    }
    g.all = all;
    g
}
