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

use super::{ThemeRecord, represent::Permissions};
use sha2::{Digest, Sha256};

use crate::{
    model::{Analysis, Kind, Record, RecordId, Session, Speaker},
    vault::Vault,
};

/// The engagement's themes, with their ancestry resolved.
pub(crate) struct Codebook {
    /// (id, code, label, parent code), in code order.
    pub themes: Vec<(RecordId, String, String, Option<String>)>,
    code_of: HashMap<RecordId, String>,
    parent_of: HashMap<RecordId, RecordId>,
    /// Position of each theme in `themes`.
    row_of: HashMap<RecordId, usize>,
    /// Every theme in full, in the same order: one of the kit's, or a code
    /// of the analysis coding (a code matched to a kit theme takes that
    /// theme's id, so needs and recommendations coded with the theme stay
    /// under it).
    pub list: Vec<ThemeRecord>,
    /// With the analysis coding: each quote's codes.
    quote_themes: Option<HashMap<RecordId, Vec<RecordId>>>,
}

fn kit_rows(vault: &Vault, engagement: RecordId) -> Vec<ThemeRecord> {
    vault
        .themes(engagement)
        .into_iter()
        .map(|(id, t)| ThemeRecord {
            id,
            code: t.code.clone(),
            label: t.label.clone(),
            description: t.description.clone(),
            parent: t.parent,
            references: t.references.clone(),
        })
        .collect()
}

/// The analysis codes as themes, and each quote's codes.
fn analysis_rows(
    vault: &Vault,
    a: &Analysis,
) -> (Vec<ThemeRecord>, HashMap<RecordId, Vec<RecordId>>) {
    let kit: HashMap<RecordId, &crate::model::Theme> =
        vault.themes(a.engagement).into_iter().collect();
    let mut taken = std::collections::HashSet::new();
    let ids: Vec<RecordId> = a
        .codes
        .iter()
        .map(|c| match c.theme.filter(|t| kit.contains_key(t)) {
            Some(t) if taken.insert(t) => t,
            _ => {
                let d = Sha256::new()
                    .chain_update(b"analysis-code")
                    .chain_update(c.guid.as_bytes())
                    .finalize();
                let mut id = [0u8; 16];
                id.copy_from_slice(&d[..16]);
                RecordId(id)
            }
        })
        .collect();
    let by_guid: HashMap<&str, RecordId> = a
        .codes
        .iter()
        .zip(&ids)
        .map(|(c, id)| (c.guid.as_str(), *id))
        .collect();
    // Codes name themes everywhere (counts, matrices, exports), so each is
    // unique: a matched code keeps its theme's code; another its name, or
    // its parent's code and its name, or that numbered.
    let mut used: std::collections::HashSet<String> = ids
        .iter()
        .filter_map(|id| kit.get(id).map(|t| t.code.clone()))
        .collect();
    let mut code_of: HashMap<RecordId, String> = HashMap::new();
    let mut rows = Vec::with_capacity(a.codes.len());
    for (c, id) in a.codes.iter().zip(&ids) {
        let theme = kit.get(id);
        let parent = c.parent.as_deref().and_then(|p| by_guid.get(p).copied());
        let (code, label) = match theme {
            // A code named "WAT Water" after the kit theme keeps its code.
            Some(t) => (
                t.code.clone(),
                c.name
                    .strip_prefix(&format!("{} ", t.code))
                    .unwrap_or(&c.name)
                    .to_owned(),
            ),
            None => {
                let mut code = c.name.clone();
                if used.contains(&code)
                    && let Some(p) = parent.and_then(|p| code_of.get(&p))
                {
                    code = format!("{p} / {}", c.name);
                }
                let base = code.clone();
                let mut n = 1;
                while used.contains(&code) {
                    n += 1;
                    code = format!("{base} ({n})");
                }
                used.insert(code.clone());
                (code, c.name.clone())
            }
        };
        code_of.insert(*id, code.clone());
        rows.push(ThemeRecord {
            id: *id,
            code,
            label,
            description: c.description.clone(),
            parent,
            references: theme.map(|t| t.references.clone()).unwrap_or_default(),
        });
    }
    let mut coded: HashMap<RecordId, Vec<RecordId>> = HashMap::new();
    for c in &a.codings {
        coded.entry(c.quote).or_default().push(ids[c.code as usize]);
    }
    (rows, coded)
}

impl Vault {
    /// The analysis coding of `engagement`, if one was imported (see
    /// [`crate::qda`]).
    pub fn analysis(&self, engagement: RecordId) -> Option<(RecordId, &Analysis)> {
        self.children(engagement, Kind::Analysis)
            .find_map(|(id, r)| match r {
                Record::Analysis(a) => Some((id, a)),
                _ => None,
            })
    }
}

impl Codebook {
    /// The rows of a theme and of every theme above it.
    pub fn lineage(&self, row: usize) -> Vec<usize> {
        let mut out = vec![row];
        let mut id = self.themes[row].0;
        while let Some(parent) = self.parent_of.get(&id) {
            match self.row_of.get(parent) {
                Some(r) if !out.contains(r) => out.push(*r),
                _ => break,
            }
            id = *parent;
        }
        out
    }

    /// The kit's codebook, or (`analysis`) the analysis coding imported
    /// from a QDA tool.
    pub fn new(vault: &Vault, engagement: RecordId, analysis: Option<&Analysis>) -> Self {
        let (list, quote_themes) = match analysis {
            Some(a) => {
                let (list, coded) = analysis_rows(vault, a);
                (list, Some(coded))
            }
            None => (kit_rows(vault, engagement), None),
        };
        let code_of: HashMap<_, _> = list.iter().map(|t| (t.id, t.code.clone())).collect();
        let parent_of = list
            .iter()
            .filter_map(|t| t.parent.map(|p| (t.id, p)))
            .collect();
        let themes = list
            .iter()
            .map(|t| {
                let parent = t.parent.and_then(|p| code_of.get(&p).cloned());
                (t.id, t.code.clone(), t.label.clone(), parent)
            })
            .collect();
        let row_of = list.iter().enumerate().map(|(i, t)| (t.id, i)).collect();
        Codebook {
            themes,
            code_of,
            parent_of,
            row_of,
            list,
            quote_themes,
        }
    }

    /// The themes a quote is coded with: its own (the kit's), or its
    /// codings in the analysis.
    pub fn themes_of<'a>(&'a self, quote: RecordId, kit: &'a [RecordId]) -> &'a [RecordId] {
        match &self.quote_themes {
            Some(coded) => coded.get(&quote).map_or(&[], Vec::as_slice),
            None => kit,
        }
    }

    /// Rows of the given themes (unknown ids skipped), ascending.
    pub fn rows(&self, ids: &[RecordId]) -> Vec<usize> {
        let mut rows: Vec<usize> = ids
            .iter()
            .filter_map(|t| self.row_of.get(t).copied())
            .collect();
        rows.sort_unstable();
        rows.dedup();
        rows
    }

    /// Rows of the given themes and all their ancestors, ascending.
    pub fn rows_with_ancestors(&self, ids: &[RecordId]) -> Vec<usize> {
        let mut rows = vec![];
        for id in ids {
            let mut at = Some(*id);
            // The depth bound guards against a cycle in imported data.
            for _ in 0..=self.themes.len() {
                let Some(t) = at else { break };
                match self.row_of.get(&t) {
                    Some(r) if !rows.contains(r) => rows.push(*r),
                    _ => break,
                }
                at = self.parent_of.get(&t).copied();
            }
        }
        rows.sort_unstable();
        rows
    }

    pub fn code(&self, id: RecordId) -> Option<&str> {
        self.code_of.get(&id).map(String::as_str)
    }

    /// Codes of the given themes (unknown ids skipped), in code order.
    pub fn codes(&self, ids: &[RecordId]) -> Vec<String> {
        let set: BTreeSet<&str> = ids.iter().filter_map(|t| self.code(*t)).collect();
        set.into_iter().map(str::to_owned).collect()
    }
}

/// One quote as the counts see it: what it needs, borrowed from the vault
/// (a national consultation has a million of them).
pub(crate) struct QuoteFacts<'v> {
    pub id: RecordId,
    pub session: RecordId,
    pub region: &'v str,
    pub speaker: &'v Speaker,
    /// The language it was said in.
    pub language: &'v str,
    /// Codebook rows of the themes coded directly, ascending.
    pub direct: Vec<usize>,
    /// Codebook rows it counts for (direct and ancestors), ascending.
    pub counted: Vec<usize>,
    /// Whether the speaker's consent, now, covers sharing beyond the coordinator.
    pub shareable: bool,
    /// Whether it covers quoting them in reports.
    pub in_reports: bool,
}

pub(crate) fn collect_quotes<'v>(
    vault: &'v Vault,
    sessions: &[(RecordId, &'v Session)],
    codebook: &Codebook,
) -> Vec<QuoteFacts<'v>> {
    let mut out = vec![];
    for (sid, s) in sessions {
        let mut permissions = Permissions::new(vault, *sid);
        for (id, q) in vault.quotes(Some(*sid)) {
            let used = permissions.of(&q.speaker);
            let (shareable, in_reports) = (used.shared(), used.in_reports());
            out.push(QuoteFacts {
                id,
                session: *sid,
                region: &s.region,
                speaker: &q.speaker,
                language: &q.language,
                direct: codebook.rows(codebook.themes_of(id, &q.themes)),
                counted: codebook.rows_with_ancestors(codebook.themes_of(id, &q.themes)),
                shareable,
                in_reports,
            });
        }
    }
    out
}

/// How often one theme comes up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
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

/// One pass over the quotes (a report may have 100,000).
pub(crate) fn counts(codebook: &Codebook, quotes: &[QuoteFacts]) -> Vec<ThemeCount> {
    let mut hits = vec![0usize; codebook.themes.len()];
    let mut sessions: Vec<BTreeSet<RecordId>> = vec![BTreeSet::new(); codebook.themes.len()];
    for q in quotes {
        for &r in &q.counted {
            hits[r] += 1;
            sessions[r].insert(q.session);
        }
    }
    codebook
        .themes
        .iter()
        .zip(hits.into_iter().zip(sessions))
        .map(
            |((_, code, label, parent), (quotes, sessions))| ThemeCount {
                code: code.clone(),
                label: label.clone(),
                parent: parent.clone(),
                quotes,
                sessions: sessions.len(),
            },
        )
        .collect()
}

/// Quote counts per theme (rows) and some other dimension (columns).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Matrix {
    pub rows: Vec<String>,
    pub columns: Vec<String>,
    /// Row-major: `counts[r][c]`.
    pub counts: Vec<Vec<usize>>,
}

/// One pass over the quotes: each adds one to the cell of every theme it
/// counts for and every column `columns_of` puts it in.
fn matrix<'c, F>(
    codebook: &Codebook,
    columns: Vec<String>,
    quotes: &[QuoteFacts],
    columns_of: F,
) -> Matrix
where
    F: Fn(usize, &QuoteFacts) -> &'c [usize],
{
    let rows: Vec<String> = codebook.themes.iter().map(|t| t.1.clone()).collect();
    let mut counts = vec![vec![0usize; columns.len()]; rows.len()];
    for (i, q) in quotes.iter().enumerate() {
        let cols = columns_of(i, q);
        for &r in &q.counted {
            for &c in cols {
                counts[r][c] += 1;
            }
        }
    }
    Matrix {
        rows,
        columns,
        counts,
    }
}

pub(crate) fn by_region(codebook: &Codebook, quotes: &[QuoteFacts]) -> Matrix {
    let regions: Vec<String> = quotes
        .iter()
        .map(|q| q.region.to_owned())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let column: HashMap<&str, usize> = regions
        .iter()
        .enumerate()
        .map(|(i, r)| (r.as_str(), i))
        .collect();
    let column_of: Vec<usize> = quotes.iter().map(|q| column[q.region]).collect();
    matrix(codebook, regions.clone(), quotes, |i, _| {
        std::slice::from_ref(&column_of[i])
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
    let groups: Vec<String> = sessions
        .iter()
        .flat_map(|(_, s)| s.demographics.iter())
        .filter(|g| g.count > 0)
        .map(|g| g.group.clone())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let column: HashMap<&str, usize> = groups
        .iter()
        .enumerate()
        .map(|(i, g)| (g.as_str(), i))
        .collect();
    let columns_of: HashMap<RecordId, Vec<usize>> = sessions
        .iter()
        .map(|(id, s)| {
            let cols: BTreeSet<usize> = s
                .demographics
                .iter()
                .filter(|g| g.count > 0)
                .map(|g| column[g.group.as_str()])
                .collect();
            (*id, cols.into_iter().collect())
        })
        .collect();
    matrix(codebook, groups, quotes, |_, q| {
        columns_of.get(&q.session).map_or(&[][..], Vec::as_slice)
    })
}

/// Two themes coded on the same quotes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct CoOccurrence {
    pub a: String,
    pub b: String,
    pub quotes: usize,
}

/// Pairs in code order (`a < b`), most frequent first.
pub(crate) fn co_occurrence(codebook: &Codebook, quotes: &[QuoteFacts]) -> Vec<CoOccurrence> {
    // Rows follow code order, so a pair of rows is a pair of codes in order.
    let mut pairs: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    for q in quotes {
        for (i, a) in q.direct.iter().enumerate() {
            for b in &q.direct[i + 1..] {
                *pairs.entry((*a, *b)).or_default() += 1;
            }
        }
    }
    let mut v: Vec<CoOccurrence> = pairs
        .into_iter()
        .map(|((a, b), quotes)| CoOccurrence {
            a: codebook.themes[a].1.clone(),
            b: codebook.themes[b].1.clone(),
            quotes,
        })
        .collect();
    v.sort_by(|x, y| {
        y.quotes
            .cmp(&x.quotes)
            .then_with(|| (&x.a, &x.b).cmp(&(&y.a, &y.b)))
    });
    v
}
