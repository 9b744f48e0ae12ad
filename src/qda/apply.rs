//! From a read project to the engagement's analysis coding.
//!
//! - A code maps to a kit theme when its GUID is the one Hearken exported
//!   for that theme, or else when its name is the theme's "code label", its
//!   code or its label (and no other theme's).
//! - A selection is one of Hearken's quotes when its GUID is the one
//!   Hearken exported for that quote, or else when it sits in a source
//!   Hearken exported, at exactly the quote's place with exactly its text
//!   (or, the source having changed since, with exactly the text of one
//!   quote of that source).
//! - Codings on text Hearken does not hold, and on quotes whose consent no
//!   longer lets them into reports (narrowed or withdrawn since the
//!   export), are counted and left out: an import never brings back what
//!   consent took away.
//! - The same project again changes nothing; Hearken's own export, coded
//!   as the kit codes it, changes nothing; any other project replaces the
//!   analysis coding whole.

use std::collections::{BTreeSet, HashMap};

use serde::Serialize;

use super::{
    QdaError,
    read::{Project, Selection, Source},
};
use crate::{
    Error,
    model::{Analysis, AnalysisCode, AnalysisCoding, Record, RecordId, Speaker, now},
    report::qdpx::{code_name, guid, lf, source_guid, source_texts},
    synthesis::{Filters, Records, Synthesis},
    vault::{Change, Vault},
};

/// What an import did. (Debug gives counts only: code names may quote a
/// participant.)
#[derive(Clone, Default, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct QdaImported {
    /// Whether the analysis coding was written (false: it was the same).
    pub changed: bool,
    /// The project codes the quotes as the kit does: nothing to keep apart.
    pub same_as_kit: bool,
    pub codes: usize,
    /// Codes mapped to a kit theme.
    pub mapped: usize,
    pub codings: usize,
    /// Against the analysis coding before (or the kit's coding, at first).
    pub codes_added: Vec<String>,
    pub codes_removed: Vec<String>,
    /// (old name, new name).
    pub codes_renamed: Vec<(String, String)>,
    pub codings_added: usize,
    pub codings_removed: usize,
    /// Coded selections on text Hearken does not hold.
    pub not_held: usize,
    /// Coded selections on quotes whose consent no longer allows reports.
    pub not_allowed: usize,
}

impl std::fmt::Debug for QdaImported {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("QdaImported")
            .field("changed", &self.changed)
            .field("same_as_kit", &self.same_as_kit)
            .field("codes", &self.codes)
            .field("mapped", &self.mapped)
            .field("codings", &self.codings)
            .field("codes_added", &self.codes_added.len())
            .field("codes_removed", &self.codes_removed.len())
            .field("codes_renamed", &self.codes_renamed.len())
            .field("codings_added", &self.codings_added)
            .field("codings_removed", &self.codings_removed)
            .field("not_held", &self.not_held)
            .field("not_allowed", &self.not_allowed)
            .finish()
    }
}

/// A quote in a source as Hearken exports it.
struct Span {
    quote: RecordId,
    /// Characters, end exclusive (`usize::MAX` for quotes no longer
    /// exported, which only their text finds).
    start: usize,
    end: usize,
    text: String,
    /// Whether reports may use it.
    usable: bool,
}

/// Hearken's quotes as a project names them.
struct Quotes {
    /// Selection GUID to a quote reports may use.
    usable: HashMap<String, RecordId>,
    /// Selection GUID to a quote held but no longer usable.
    held: HashMap<String, RecordId>,
    /// Source GUID to its quotes, in export order.
    sources: HashMap<String, Vec<Span>>,
    /// Source name, as exported, to its GUID (None: two sources have it).
    names: HashMap<String, Option<String>>,
}

impl Quotes {
    fn new(vault: &Vault, synthesis: &Synthesis) -> Self {
        let records = Records::collect(vault, synthesis, false);
        let mut out = Quotes {
            usable: HashMap::new(),
            held: HashMap::new(),
            sources: HashMap::new(),
            names: HashMap::new(),
        };
        let text_of: HashMap<RecordId, &str> = records
            .quotes
            .iter()
            .map(|q| (q.id, q.text.as_str()))
            .collect();
        for t in source_texts(&records) {
            out.names
                .entry(t.name.clone())
                .and_modify(|g| *g = None)
                .or_insert_with(|| Some(t.guid.clone()));
            let list = out.sources.entry(t.guid).or_default();
            for (q, start, end) in t.spans {
                list.push(Span {
                    quote: q,
                    start,
                    end,
                    text: lf(text_of[&q]).into_owned(),
                    usable: true,
                });
                out.usable.insert(guid("selection", &q), q);
            }
        }
        // Quotes still held that reports may no longer use: known by their
        // GUID or their text, never coded.
        for s in &synthesis.sessions {
            let participants: HashMap<String, RecordId> = vault
                .participants(s.id)
                .into_iter()
                .map(|(id, p)| (p.code.clone(), id))
                .collect();
            for (id, q) in vault.quotes(Some(s.id)) {
                if text_of.contains_key(&id) {
                    continue;
                }
                out.held.insert(guid("selection", &id), id);
                let participant = match &q.speaker {
                    Speaker::Participant(code) => participants.get(code),
                    Speaker::Group => None,
                };
                out.sources
                    .entry(source_guid(&s.id, participant))
                    .or_default()
                    .push(Span {
                        quote: id,
                        start: usize::MAX,
                        end: usize::MAX,
                        text: lf(&q.text).into_owned(),
                        usable: false,
                    });
            }
        }
        out
    }

    /// The quote a selection is, and whether reports may use it.
    fn find(&self, source: &Source, sel: &Selection) -> Option<(RecordId, bool)> {
        if let Some(q) = self.usable.get(&sel.guid) {
            return Some((*q, true));
        }
        if let Some(q) = self.held.get(&sel.guid) {
            return Some((*q, false));
        }
        let spans = self.sources.get(&source.guid).or_else(|| {
            // Tools that write new GUIDs (QualCoder) keep the source's name.
            self.names
                .get(&source.name)
                .and_then(Option::as_ref)
                .and_then(|g| self.sources.get(g))
        })?;
        let text = source.text_of(sel)?;
        if let Some(s) = spans
            .iter()
            .find(|s| s.start == sel.start && s.end == sel.end && s.text == text)
        {
            return Some((s.quote, s.usable));
        }
        let mut same = spans.iter().filter(|s| s.text == text);
        match (same.next(), same.next()) {
            (Some(s), None) => Some((s.quote, s.usable)),
            _ => None,
        }
    }
}

impl Vault {
    /// Imports a coded project as `engagement`'s analysis coding.
    pub fn import_analysis(
        &mut self,
        engagement: RecordId,
        project: Project,
    ) -> Result<QdaImported, Error> {
        self.engagement(engagement)?;
        let previous = self.analysis(engagement).map(|(id, a)| (id, a.clone()));
        if let Some((_, a)) = &previous
            && a.digest == project.digest
        {
            return Ok(unchanged(a));
        }
        let synthesis = Synthesis::compute(self, engagement, &Filters::default())?;
        let quotes = Quotes::new(self, &synthesis);
        let themes: Vec<(RecordId, String, String, Option<RecordId>)> = self
            .themes(engagement)
            .into_iter()
            .map(|(id, t)| (id, t.code.clone(), t.label.clone(), t.parent))
            .collect();
        let codes: Vec<AnalysisCode> = project
            .codes
            .iter()
            .map(|c| AnalysisCode {
                guid: c.guid.clone(),
                name: c.name.clone(),
                parent: c.parent.clone(),
                description: c.description.clone(),
                theme: map_theme(&themes, &c.guid, &c.name),
            })
            .collect();
        let index: HashMap<&str, u32> = codes
            .iter()
            .enumerate()
            .map(|(i, c)| (c.guid.as_str(), i as u32))
            .collect();
        let mut out = QdaImported::default();
        let mut codings = BTreeSet::new();
        for source in &project.sources {
            for sel in source.selections.iter().filter(|s| !s.codes.is_empty()) {
                match quotes.find(source, sel) {
                    Some((quote, true)) => {
                        codings.extend(sel.codes.iter().map(|c| AnalysisCoding {
                            quote,
                            code: index[c.as_str()],
                        }))
                    }
                    Some((_, false)) => out.not_allowed += 1,
                    None => out.not_held += 1,
                }
            }
        }
        let coded = out.not_held + out.not_allowed;
        if codings.is_empty() && coded > 0 && out.not_allowed == 0 {
            return Err(QdaError::NothingMatched.into());
        }
        out.not_held += project.other_selections;
        let analysis = Analysis {
            engagement,
            digest: project.digest,
            project: project.name,
            codes,
            codings: codings.into_iter().collect(),
            imported_at: now(),
        };
        out.codes = analysis.codes.len();
        out.mapped = analysis.codes.iter().filter(|c| c.theme.is_some()).count();
        out.codings = analysis.codings.len();
        // What it changes: against the analysis before, or the kit's coding.
        let before = match &previous {
            Some((_, a)) => coding_of(a),
            None => kit_coding(self, &synthesis),
        };
        if compare(&before, &coding_of(&analysis), &mut out) {
            out.same_as_kit = previous.is_none();
            return Ok(out);
        }
        let id = previous.map_or_else(RecordId::random, |(id, _)| id);
        self.commit(vec![Change::Put(id, Record::Analysis(analysis))])?;
        out.changed = true;
        Ok(out)
    }
}

fn unchanged(a: &Analysis) -> QdaImported {
    QdaImported {
        codes: a.codes.len(),
        mapped: a.codes.iter().filter(|c| c.theme.is_some()).count(),
        codings: a.codings.len(),
        ..QdaImported::default()
    }
}

/// The kit theme a code is: by the GUID Hearken exported for it, or else by
/// a name that only one theme has.
fn map_theme(
    themes: &[(RecordId, String, String, Option<RecordId>)],
    code_guid: &str,
    name: &str,
) -> Option<RecordId> {
    if let Some((id, ..)) = themes.iter().find(|(id, ..)| guid("code", id) == code_guid) {
        return Some(*id);
    }
    let mut by_name = themes.iter().filter(|(_, code, label, _)| {
        name == code_name(code, label) || name == code || name == label
    });
    match (by_name.next(), by_name.next()) {
        (Some((id, ..)), None) => Some(*id),
        _ => None,
    }
}

/// A coding, compared code by code: by GUID, or (for tools that write new
/// GUIDs on every export) by the path of names from the top.
struct Coding {
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

fn coding_of(a: &Analysis) -> Coding {
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
fn kit_coding(vault: &Vault, synthesis: &Synthesis) -> Coding {
    let records = Records::collect(vault, synthesis, false);
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
fn compare(before: &Coding, after: &Coding, out: &mut QdaImported) -> bool {
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

/// One code of the analysis codebook as lists show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct CodeView {
    pub name: String,
    /// 0 at the top.
    pub depth: usize,
    pub description: String,
    /// The code of the kit theme it maps to.
    pub theme: Option<String>,
    /// Quotes coded with it.
    pub quotes: usize,
}

/// The analysis codebook, parents before children, with the kit theme each
/// code maps to and its number of quotes.
pub fn codebook(vault: &Vault, a: &Analysis) -> Vec<CodeView> {
    let themes: HashMap<RecordId, String> = vault
        .themes(a.engagement)
        .into_iter()
        .map(|(id, t)| (id, t.code.clone()))
        .collect();
    // Quotes still held (a withdrawal since the import removed the others).
    let mut quotes = vec![0usize; a.codes.len()];
    for c in &a.codings {
        if matches!(vault.record(c.quote), Some(Record::Quote(_))) {
            quotes[c.code as usize] += 1;
        }
    }
    let mut depth: HashMap<&str, usize> = HashMap::new();
    a.codes
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let d = c
                .parent
                .as_deref()
                .and_then(|p| depth.get(p))
                .map_or(0, |d| d + 1);
            depth.insert(&c.guid, d);
            CodeView {
                name: c.name.clone(),
                depth: d,
                description: c.description.clone(),
                theme: c.theme.and_then(|t| themes.get(&t).cloned()),
                quotes: quotes[i],
            }
        })
        .collect()
}
