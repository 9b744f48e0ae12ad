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
    compare::{coding_of, compare, kit_coding},
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
    fn new(vault: &Vault, synthesis: &Synthesis, records: &Records) -> Self {
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
        for t in source_texts(records) {
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
        // What an export would hold now: the quotes reports may use.
        let records = Records::collect(self, &synthesis, false);
        let quotes = Quotes::new(self, &synthesis, &records);
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
            None => kit_coding(&records),
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
