//! Theme counts: frequencies, theme × region and theme × group matrices and
//! co-occurrence.
//!
//! The rule for the hierarchy: a quote counts for every theme it is coded
//! with and for every ancestor of those themes, once per theme. So a quote
//! coded with both a child and its parent counts once for the parent.
//! Co-occurrence pairs only the themes coded directly on a quote, so that a
//! child is never reported as co-occurring with its own parent by rule.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;

use crate::{
    model::{RecordId, Session, Speaker},
    vault::Vault,
};

/// The engagement's themes, with their ancestry resolved.
pub(crate) struct Codebook {
    /// (id, code, label, parent code), in code order.
    pub themes: Vec<(RecordId, String, String, Option<String>)>,
    code_of: HashMap<RecordId, String>,
    parent_of: HashMap<RecordId, RecordId>,
}

impl Codebook {
    pub fn new(vault: &Vault, engagement: RecordId) -> Self {
        let list = vault.themes(engagement);
        let code_of: HashMap<_, _> = list.iter().map(|(id, t)| (*id, t.code.clone())).collect();
        let parent_of = list
            .iter()
            .filter_map(|(id, t)| t.parent.map(|p| (*id, p)))
            .collect();
        let themes = list
            .iter()
            .map(|(id, t)| {
                let parent = t.parent.and_then(|p| code_of.get(&p).cloned());
                (*id, t.code.clone(), t.label.clone(), parent)
            })
            .collect();
        Codebook {
            themes,
            code_of,
            parent_of,
        }
    }

    pub fn code(&self, id: RecordId) -> Option<&str> {
        self.code_of.get(&id).map(String::as_str)
    }

    /// Codes of the given themes (unknown ids skipped), in code order.
    pub fn codes(&self, ids: &[RecordId]) -> Vec<String> {
        let set: BTreeSet<&str> = ids.iter().filter_map(|t| self.code(*t)).collect();
        set.into_iter().map(str::to_owned).collect()
    }

    /// The given themes and all their ancestors, as codes.
    pub fn with_ancestors(&self, ids: &[RecordId]) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        for id in ids {
            let mut at = Some(*id);
            // The depth bound guards against a cycle in imported data.
            for _ in 0..=self.themes.len() {
                let Some(t) = at else { break };
                match self.code(t) {
                    Some(c) if out.insert(c.to_owned()) => {}
                    _ => break,
                }
                at = self.parent_of.get(&t).copied();
            }
        }
        out
    }
}

/// One quote as the counts see it.
pub(crate) struct QuoteFacts {
    pub id: RecordId,
    pub session: RecordId,
    pub region: String,
    pub speaker: Speaker,
    /// Codes coded directly.
    pub direct: Vec<String>,
    /// Codes it counts for (direct and ancestors).
    pub counted: BTreeSet<String>,
}

pub(crate) fn collect_quotes(
    vault: &Vault,
    sessions: &[(RecordId, &Session)],
    codebook: &Codebook,
) -> Vec<QuoteFacts> {
    sessions
        .iter()
        .flat_map(|(sid, s)| {
            vault
                .quotes(Some(*sid))
                .into_iter()
                .map(|(id, q)| QuoteFacts {
                    id,
                    session: *sid,
                    region: s.region.clone(),
                    speaker: q.speaker.clone(),
                    direct: codebook.codes(&q.themes),
                    counted: codebook.with_ancestors(&q.themes),
                })
        })
        .collect()
}

/// How often one theme comes up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ThemeCount {
    pub code: String,
    pub label: String,
    pub parent: Option<String>,
    /// Quotes that count for it (see the module's rule).
    pub quotes: usize,
    /// Sessions with at least one such quote.
    pub sessions: usize,
}

pub(crate) fn counts(codebook: &Codebook, quotes: &[QuoteFacts]) -> Vec<ThemeCount> {
    codebook
        .themes
        .iter()
        .map(|(_, code, label, parent)| {
            let hits: Vec<&QuoteFacts> =
                quotes.iter().filter(|q| q.counted.contains(code)).collect();
            let sessions: BTreeSet<RecordId> = hits.iter().map(|q| q.session).collect();
            ThemeCount {
                code: code.clone(),
                label: label.clone(),
                parent: parent.clone(),
                quotes: hits.len(),
                sessions: sessions.len(),
            }
        })
        .collect()
}

/// Quote counts per theme (rows) and some other dimension (columns).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Matrix {
    pub rows: Vec<String>,
    pub columns: Vec<String>,
    /// Row-major: `counts[r][c]`.
    pub counts: Vec<Vec<usize>>,
}

fn matrix<F>(
    codebook: &Codebook,
    columns: Vec<String>,
    quotes: &[QuoteFacts],
    in_column: F,
) -> Matrix
where
    F: Fn(&QuoteFacts, &str) -> bool,
{
    let rows: Vec<String> = codebook.themes.iter().map(|t| t.1.clone()).collect();
    let counts = rows
        .iter()
        .map(|code| {
            columns
                .iter()
                .map(|col| {
                    quotes
                        .iter()
                        .filter(|q| q.counted.contains(code) && in_column(q, col))
                        .count()
                })
                .collect()
        })
        .collect();
    Matrix {
        rows,
        columns,
        counts,
    }
}

pub(crate) fn by_region(codebook: &Codebook, quotes: &[QuoteFacts]) -> Matrix {
    let regions: BTreeSet<String> = quotes.iter().map(|q| q.region.clone()).collect();
    matrix(codebook, regions.into_iter().collect(), quotes, |q, r| {
        q.region == r
    })
}

/// Quotes carry no demographic of their own (speakers are pseudonymous
/// codes), so a quote counts for every group its session's demographics
/// count someone in.
pub(crate) fn by_group(
    codebook: &Codebook,
    quotes: &[QuoteFacts],
    sessions: &[(RecordId, &Session)],
) -> Matrix {
    let groups_of: HashMap<RecordId, BTreeSet<String>> = sessions
        .iter()
        .map(|(id, s)| {
            let g = s
                .demographics
                .iter()
                .filter(|g| g.count > 0)
                .map(|g| g.group.clone())
                .collect();
            (*id, g)
        })
        .collect();
    let columns: BTreeSet<String> = groups_of.values().flatten().cloned().collect();
    matrix(codebook, columns.into_iter().collect(), quotes, |q, g| {
        groups_of.get(&q.session).is_some_and(|set| set.contains(g))
    })
}

/// Two themes coded on the same quotes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CoOccurrence {
    pub a: String,
    pub b: String,
    pub quotes: usize,
}

/// Pairs in code order (`a < b`), most frequent first.
pub(crate) fn co_occurrence(quotes: &[QuoteFacts]) -> Vec<CoOccurrence> {
    let mut pairs: BTreeMap<(String, String), usize> = BTreeMap::new();
    for q in quotes {
        for (i, a) in q.direct.iter().enumerate() {
            for b in &q.direct[i + 1..] {
                *pairs.entry((a.clone(), b.clone())).or_default() += 1;
            }
        }
    }
    let mut v: Vec<CoOccurrence> = pairs
        .into_iter()
        .map(|((a, b), quotes)| CoOccurrence { a, b, quotes })
        .collect();
    v.sort_by(|x, y| {
        y.quotes
            .cmp(&x.quotes)
            .then_with(|| (&x.a, &x.b).cmp(&(&y.a, &y.b)))
    });
    v
}
