//! Comparing two codings, code by code: what an import changes.

use std::collections::{BTreeSet, HashMap};

use super::QdaImported;
use crate::{
    model::{Analysis, RecordId},
    report::qdpx::{code_name, guid},
    synthesis::Records,
};

/// A coding, compared code by code: by GUID, or (for tools that write new
/// GUIDs on every export) by the path of names from the top.
pub(super) struct Coding {
    /// GUID to (path, name, parent GUID, description).
    codes: HashMap<String, (String, String, Option<String>, String)>,
    pairs: BTreeSet<(RecordId, String)>,
}

impl Coding {
    fn new(
        list: impl Iterator<Item = (String, String, Option<String>, String)>,
        pairs: BTreeSet<(RecordId, String)>,
    ) -> Self {
        let list: Vec<_> = list.collect();
        let name: HashMap<&str, (&str, Option<&str>)> = list
            .iter()
            .map(|(g, n, p, _)| (g.as_str(), (n.as_str(), p.as_deref())))
            .collect();
        let path = |g: &str| {
            let mut parts = vec![];
            let mut at = Some(g);
            while let Some(g) = at.take() {
                if let Some((n, p)) = name.get(g) {
                    parts.push(*n);
                    // A cycle cannot come from nested XML; stop at depth 64.
                    at = p.filter(|_| parts.len() < 64);
                }
            }
            parts.reverse();
            parts.join(" / ")
        };
        Coding {
            codes: list
                .iter()
                .map(|(g, n, p, d)| (g.clone(), (path(g), n.clone(), p.clone(), d.clone())))
                .collect(),
            pairs,
        }
    }
}

pub(super) fn coding_of(a: &Analysis) -> Coding {
    Coding::new(
        a.codes.iter().map(|c| {
            (
                c.guid.clone(),
                c.name.clone(),
                c.parent.clone(),
                c.description.clone(),
            )
        }),
        a.codings
            .iter()
            .map(|c| (c.quote, a.codes[c.code as usize].guid.clone()))
            .collect(),
    )
}

/// The kit's coding of the quotes reports may use, as Hearken exports it.
pub(super) fn kit_coding(records: &Records) -> Coding {
    let known: BTreeSet<RecordId> = records.themes.iter().map(|t| t.id).collect();
    Coding::new(
        records.themes.iter().map(|t| {
            (
                guid("code", &t.id),
                code_name(&t.code, &t.label),
                t.parent
                    .filter(|p| known.contains(p))
                    .map(|p| guid("code", &p)),
                t.description.trim().to_owned(),
            )
        }),
        records
            .quotes
            .iter()
            .flat_map(|q| {
                q.themes
                    .iter()
                    .filter(|t| known.contains(t))
                    .map(|t| (q.id, guid("code", t)))
            })
            .collect(),
    )
}

/// Fills `out`'s differences; whether there are none.
pub(super) fn compare(before: &Coding, after: &Coding, out: &mut QdaImported) -> bool {
    // Paths that name one code on their side only can stand for it.
    let unique = |c: &Coding| -> HashMap<String, String> {
        let mut seen: HashMap<&str, Option<&str>> = HashMap::new();
        for (g, (path, ..)) in &c.codes {
            seen.entry(path)
                .and_modify(|x| *x = None)
                .or_insert(Some(g));
        }
        seen.into_iter()
            .filter_map(|(p, g)| g.map(|g| (p.to_owned(), g.to_owned())))
            .collect()
    };
    let (before_paths, after_paths) = (unique(before), unique(after));
    // Each code of `after` as the code of `before` it is, if any: the same
    // GUID, or else the same unique path (one to one).
    let mut alias: HashMap<&str, &str> = HashMap::new();
    let mut taken: std::collections::HashSet<&str> = std::collections::HashSet::new();
    for g in after.codes.keys().filter(|g| before.codes.contains_key(*g)) {
        alias.insert(g, g);
        taken.insert(g);
    }
    let mut by_path: Vec<(&String, &str)> = after
        .codes
        .iter()
        .filter(|(g, _)| !alias.contains_key(g.as_str()))
        .filter(|(g, (path, ..))| after_paths.get(path) == Some(*g))
        .filter_map(|(g, (path, ..))| {
            let (b, _) = before.codes.get_key_value(before_paths.get(path)?)?;
            Some((g, b.as_str()))
        })
        .collect();
    by_path.sort();
    for (g, b) in by_path {
        if taken.insert(b) {
            alias.insert(g, b);
        }
    }
    let mut other = false;
    for (g, (_, name, parent, description)) in &after.codes {
        let Some(b) = alias.get(g.as_str()) else {
            out.codes_added.push(name.clone());
            continue;
        };
        let (_, old, old_parent, old_description) = &before.codes[*b];
        if old != name {
            out.codes_renamed.push((old.clone(), name.clone()));
        }
        let parent = parent
            .as_deref()
            .map(|p| alias.get(p).copied().unwrap_or(p));
        other |= parent != old_parent.as_deref() || description != old_description;
    }
    let kept: BTreeSet<&str> = alias.values().copied().collect();
    for (g, (_, name, ..)) in &before.codes {
        if !kept.contains(g.as_str()) {
            out.codes_removed.push(name.clone());
        }
    }
    out.codes_added.sort();
    out.codes_removed.sort();
    out.codes_renamed.sort();
    let pairs: BTreeSet<(RecordId, String)> = after
        .pairs
        .iter()
        .map(|(q, g)| {
            (
                *q,
                alias.get(g.as_str()).map_or(g.clone(), |b| (*b).to_owned()),
            )
        })
        .collect();
    out.codings_added = pairs.difference(&before.pairs).count();
    out.codings_removed = before.pairs.difference(&pairs).count();
    !other
        && out.codes_added.is_empty()
        && out.codes_removed.is_empty()
        && out.codes_renamed.is_empty()
        && out.codings_added == 0
        && out.codings_removed == 0
}
