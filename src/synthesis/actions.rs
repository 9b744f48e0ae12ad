//! Documented needs and recommendations, with the recommendations grouped
//! by theme and by treaty reference so a report can tie each to an
//! obligation.
//!
//! Recommendations a coordinator merged ([`crate::model::Merge`]) appear
//! once, as the kept one, carrying every merged one as a source: its
//! session, bundle and words, and its themes and references added to the
//! kept one's. A merge applies only when both recommendations are in the
//! sessions the filters admit; otherwise each stands on its own.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;

use super::themes::Codebook;
use crate::{
    consent,
    model::{RecordId, Session},
    vault::Vault,
};

/// A documented need.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct RecommendationEntry {
    pub id: RecordId,
    pub session: RecordId,
    pub text: String,
    pub language: String,
    /// Its own themes and those of the recommendations merged into it.
    pub themes: Vec<String>,
    pub duty_bearer: String,
    /// Its own references and those of the recommendations merged into it.
    pub references: Vec<String>,
    pub bundle: Option<String>,
    /// Recommendations a coordinator merged into this one, in creation order.
    pub merged: Vec<MergedSource>,
}

/// A recommendation merged into another: where it was heard, in its words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct MergedSource {
    pub id: RecordId,
    pub session: RecordId,
    pub text: String,
    pub language: String,
    pub duty_bearer: String,
    pub bundle: Option<String>,
}

/// Recommendations, and their ids grouped two ways. A recommendation with
/// several themes or references appears in each group; one with none is
/// listed under `unthemed` / `unreferenced`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
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
        .filter(|(sid, _)| consent::check_session_may_record(vault, *sid).is_ok())
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
    engagement: RecordId,
    sessions: &[(RecordId, &Session)],
    codebook: &Codebook,
) -> RecommendationGroups {
    let listed: Vec<RecommendationEntry> = sessions
        .iter()
        .filter(|(sid, _)| consent::check_session_may_record(vault, *sid).is_ok())
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
            merged: vec![],
        })
        .collect();
    let all = apply_merges(vault, engagement, listed);
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

/// Folds each merged recommendation into the one kept, when both are listed.
fn apply_merges(
    vault: &Vault,
    engagement: RecordId,
    listed: Vec<RecommendationEntry>,
) -> Vec<RecommendationEntry> {
    let present: HashMap<RecordId, usize> =
        listed.iter().enumerate().map(|(i, r)| (r.id, i)).collect();
    let into: HashMap<RecordId, RecordId> = vault
        .merges(engagement)
        .into_iter()
        .filter(|(_, m)| present.contains_key(&m.kept) && present.contains_key(&m.merged))
        .map(|(_, m)| (m.merged, m.kept))
        .collect();
    let mut out: Vec<RecommendationEntry> = Vec::with_capacity(listed.len());
    let mut at: HashMap<RecordId, usize> = HashMap::new();
    let mut folded: Vec<(RecordId, RecommendationEntry)> = vec![];
    for r in listed {
        match into.get(&r.id) {
            Some(kept) => folded.push((*kept, r)),
            None => {
                at.insert(r.id, out.len());
                out.push(r);
            }
        }
    }
    for (kept, r) in folded {
        let Some(k) = at.get(&kept).map(|i| &mut out[*i]) else {
            continue;
        };
        for t in &r.themes {
            if !k.themes.contains(t) {
                k.themes.push(t.clone());
            }
        }
        k.themes.sort();
        for x in &r.references {
            if !k.references.contains(x) {
                k.references.push(x.clone());
            }
        }
        k.merged.push(MergedSource {
            id: r.id,
            session: r.session,
            text: r.text.clone(),
            language: r.language.clone(),
            duty_bearer: r.duty_bearer.clone(),
            bundle: r.bundle.clone(),
        });
    }
    out
}
