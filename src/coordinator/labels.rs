//! Translations of the engagement's words (theme labels and descriptions,
//! region and group names) into its other languages: set one at a time or
//! from a CSV file (docs/format.md §16), all or nothing, listed with what
//! is still missing, and looked up by the reports in the reader's
//! language ([`LabelBook`]), falling back visibly to the engagement's
//! first language.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::{
    Error,
    i18n::{Arg, Localized, Localizer, Message},
    model::{Engagement, Kind, Label, LabelTarget, Labels, Record, RecordId, now},
    synthesis::{Records, Synthesis},
    vault::{Change, Vault},
};

pub use crate::model::MAX_LABEL_CHARS;
/// Largest labels file read.
pub const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// A labels file or a translation that is refused; nothing is changed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum LabelsError {
    /// A field of a line is missing or not acceptable (1-based line; the
    /// header is line 1, a single translation is line 0).
    #[error("line {line}, field {field}")]
    Field { line: u64, field: &'static str },
    /// A line translates what an earlier line translated, into the same
    /// language.
    #[error("line {line} repeats an earlier one")]
    Duplicate { line: u64 },
    /// The first line does not name the columns.
    #[error("bad header")]
    Header,
    /// A line that cannot be read (fields, quoting, UTF-8).
    #[error("line {line} cannot be read")]
    BadLine { line: u64 },
}

impl Localized for LabelsError {
    fn message(&self) -> Message {
        match self {
            LabelsError::Field { line, field } => Message::new("labels-field")
                .arg("n", *line as usize)
                .arg("field", *field),
            LabelsError::Duplicate { line } => {
                Message::new("labels-duplicate").arg("n", *line as usize)
            }
            LabelsError::Header => Message::new("labels-header"),
            LabelsError::BadLine { line } => {
                Message::new("labels-bad-line").arg("n", *line as usize)
            }
        }
    }
}

/// One translation as a file or a person gives it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, ts_rs::TS)]
#[serde(deny_unknown_fields)]
pub struct LabelRow {
    /// `theme`, `region` or `group`.
    pub kind: String,
    /// A theme's code, or a region's or group's name in the engagement's
    /// first language.
    pub key: String,
    pub lang: String,
    /// Empty removes the translation.
    pub label: String,
    #[serde(default)]
    pub description: String,
}

/// What an import changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct LabelsImported {
    pub added: usize,
    pub changed: usize,
    pub removed: usize,
    pub unchanged: usize,
}

/// A translation the engagement still lacks.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct MissingLabel {
    pub kind: String,
    pub key: String,
    pub lang: String,
}

/// Reads a labels CSV: a header naming `kind`, `key`, `lang`, `label` and
/// (optionally) `description` and `source` (the words translated, for the
/// translator; not read), then one translation per line.
pub fn parse_csv(bytes: &[u8]) -> Result<Vec<(u64, LabelRow)>, LabelsError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(bytes);
    let header: Vec<String> = reader
        .headers()
        .map_err(|_| LabelsError::Header)?
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    let col = |name: &str| header.iter().position(|h| h == name);
    let (Some(kind), Some(key), Some(lang), Some(label)) =
        (col("kind"), col("key"), col("lang"), col("label"))
    else {
        return Err(LabelsError::Header);
    };
    let description = col("description");
    if header
        .iter()
        .any(|h| !["kind", "key", "lang", "source", "label", "description"].contains(&h.as_str()))
    {
        return Err(LabelsError::Header);
    }
    let mut out = vec![];
    for (i, record) in reader.records().enumerate() {
        let line = i as u64 + 2;
        let r = record.map_err(|_| LabelsError::BadLine { line })?;
        let get = |c: usize| r.get(c).unwrap_or_default().trim().to_owned();
        out.push((
            line,
            LabelRow {
                kind: get(kind),
                key: get(key),
                lang: get(lang),
                label: get(label),
                description: description.map(get).unwrap_or_default(),
            },
        ));
    }
    Ok(out)
}

/// The engagement's labels for one language, with the engagement's own
/// words as the fallback.
#[derive(Debug, Clone, Default)]
pub struct LabelBook {
    lang: String,
    /// The engagement's first language: its own words need no translation.
    source: String,
    themes: HashMap<String, (String, String)>,
    regions: HashMap<String, String>,
    groups: HashMap<String, String>,
}

impl LabelBook {
    /// A book that translates nothing (every word as the engagement has it).
    pub fn none() -> Self {
        Self::default()
    }

    /// A label: its translation, the word itself in the engagement's first
    /// language, or the word with the language it is in, visibly.
    fn show(&self, found: Option<&String>, word: &str, loc: &Localizer) -> String {
        match found {
            Some(t) => t.clone(),
            None if self.lang.is_empty()
                || primary(&self.lang) == primary(&self.source)
                || word.is_empty() =>
            {
                word.to_owned()
            }
            None => {
                let id = format!("language-{}", self.source);
                let language = if loc.has(&id) {
                    loc.text(&id)
                } else {
                    self.source.clone()
                };
                loc.format(
                    "label-untranslated",
                    &[
                        ("label", Arg::from(word)),
                        ("language", Arg::from(language)),
                    ],
                )
            }
        }
    }

    /// A theme's label (by code) in the book's language.
    pub fn theme(&self, code: &str, label: &str, loc: &Localizer) -> String {
        self.show(self.themes.get(code).map(|(l, _)| l), label, loc)
    }

    /// A theme's description (by code) in the book's language, or as the
    /// engagement has it.
    pub fn theme_description(&self, code: &str, description: &str) -> String {
        match self.themes.get(code) {
            Some((_, d)) if !d.is_empty() => d.clone(),
            _ => description.to_owned(),
        }
    }

    /// The theme labels and descriptions of a synthesis and its records in
    /// the book's language, for exports and screens (codes and keys stay).
    pub fn relabel(&self, synthesis: &mut Synthesis, records: &mut Records, loc: &Localizer) {
        for t in &mut synthesis.themes {
            t.label = self.theme(&t.code, &t.label, loc);
        }
        for t in &mut records.themes {
            t.description = self.theme_description(&t.code, &t.description);
            t.label = self.theme(&t.code, &t.label, loc);
        }
    }

    /// Each theme's label in the book's language, by code (the progress
    /// review names themes with it).
    pub fn theme_names(
        &self,
        synthesis: &Synthesis,
        loc: &Localizer,
    ) -> std::collections::HashMap<String, String> {
        synthesis
            .themes
            .iter()
            .map(|t| (t.code.clone(), self.theme(&t.code, &t.label, loc)))
            .collect()
    }

    /// A region's name in the book's language.
    pub fn region(&self, name: &str, loc: &Localizer) -> String {
        self.show(self.regions.get(name), name, loc)
    }

    /// A demographic group's name in the book's language.
    pub fn group(&self, name: &str, loc: &Localizer) -> String {
        self.show(self.groups.get(name), name, loc)
    }
}

/// The primary language subtag, lower case: `fr` for `fr-CA`.
fn primary(tag: &str) -> String {
    tag.split(['-', '_'])
        .next()
        .unwrap_or(tag)
        .to_ascii_lowercase()
}

/// The engagement's first language (its own words are in it).
pub fn source_language(e: &Engagement) -> &str {
    e.languages.first().map_or("en", String::as_str)
}

impl Vault {
    /// The translations of `engagement`, if any were made.
    pub fn labels(&self, engagement: RecordId) -> Option<(RecordId, &Labels)> {
        self.children(engagement, Kind::Labels)
            .find_map(|(id, r)| match r {
                Record::Labels(l) => Some((id, l)),
                _ => None,
            })
    }

    /// The labels of `engagement` in `lang`, for reports and screens.
    pub fn label_book(&self, engagement: RecordId, lang: &str) -> LabelBook {
        let Ok(e) = self.engagement(engagement) else {
            return LabelBook::none();
        };
        let mut book = LabelBook {
            lang: lang.to_owned(),
            source: source_language(e).to_owned(),
            ..LabelBook::default()
        };
        let Some((_, labels)) = self.labels(engagement) else {
            return book;
        };
        let codes: HashMap<RecordId, &str> = self
            .themes(engagement)
            .into_iter()
            .map(|(id, t)| (id, t.code.as_str()))
            .collect();
        let wanted = primary(lang);
        for l in labels.entries.iter().filter(|l| primary(&l.lang) == wanted) {
            match &l.target {
                LabelTarget::Theme(id) => {
                    if let Some(code) = codes.get(id) {
                        book.themes
                            .insert((*code).to_owned(), (l.label.clone(), l.description.clone()));
                    }
                }
                LabelTarget::Region(r) => {
                    book.regions.insert(r.clone(), l.label.clone());
                }
                LabelTarget::Group(g) => {
                    book.groups.insert(g.clone(), l.label.clone());
                }
            }
        }
        book
    }

    /// Every translation the engagement lacks: each theme, region and
    /// group, in each of its languages but the first.
    pub fn missing_labels(&self, engagement: RecordId) -> Result<Vec<MissingLabel>, Error> {
        let e = self.engagement(engagement)?;
        let labels = self.labels(engagement).map(|(_, l)| l);
        let has = |t: &LabelTarget, lang: &str| labels.is_some_and(|l| l.get(t, lang).is_some());
        let mut out = vec![];
        for lang in e.languages.iter().skip(1) {
            for (id, t) in self.themes(engagement) {
                if !has(&LabelTarget::Theme(id), lang) {
                    out.push(missing("theme", &t.code, lang));
                }
            }
            for r in &e.regions {
                if !has(&LabelTarget::Region(r.clone()), lang) {
                    out.push(missing("region", r, lang));
                }
            }
            for g in &e.groups {
                if !has(&LabelTarget::Group(g.clone()), lang) {
                    out.push(missing("group", g, lang));
                }
            }
        }
        Ok(out)
    }

    /// Adds, changes or (an empty label) removes translations of
    /// `engagement`, all or nothing: every row is checked first, and a
    /// refused row names its line. Rows already as given change nothing.
    /// (That the report's fonts can print them is checked by the front
    /// ends, with [`crate::report::editorial::check_labels`].)
    pub fn import_labels(
        &mut self,
        engagement: RecordId,
        rows: &[(u64, LabelRow)],
    ) -> Result<LabelsImported, Error> {
        let e = self.engagement(engagement)?;
        let codes: HashMap<String, RecordId> = self
            .themes(engagement)
            .into_iter()
            .map(|(id, t)| (t.code.clone(), id))
            .collect();
        let mut checked: Vec<Label> = Vec::with_capacity(rows.len());
        let mut seen = HashSet::new();
        for (line, r) in rows {
            let line = *line;
            let bad = |field| LabelsError::Field { line, field };
            let target = match r.kind.as_str() {
                "theme" => LabelTarget::Theme(*codes.get(&r.key).ok_or(bad("key"))?),
                "region" if e.regions.contains(&r.key) => LabelTarget::Region(r.key.clone()),
                "group" if e.groups.contains(&r.key) => LabelTarget::Group(r.key.clone()),
                "region" | "group" => return Err(bad("key").into()),
                _ => return Err(bad("kind").into()),
            };
            if !e.languages.iter().skip(1).any(|l| *l == r.lang) {
                return Err(bad("lang").into());
            }
            if r.label.chars().count() > MAX_LABEL_CHARS || r.label.chars().any(char::is_control) {
                return Err(bad("label").into());
            }
            let description_allowed = matches!(target, LabelTarget::Theme(_));
            if r.description.chars().count() > crate::model::validate::MAX_TEXT_CHARS
                || (!description_allowed && !r.description.is_empty())
            {
                return Err(bad("description").into());
            }
            if !seen.insert((target.clone(), r.lang.clone())) {
                return Err(LabelsError::Duplicate { line }.into());
            }
            checked.push(Label {
                target,
                lang: r.lang.clone(),
                label: r.label.clone(),
                description: r.description.clone(),
            });
        }
        let previous = self.labels(engagement);
        let mut entries: Vec<Label> = previous.map(|(_, l)| l.entries.clone()).unwrap_or_default();
        let mut done = LabelsImported::default();
        for l in checked {
            let at = entries
                .iter()
                .position(|x| x.target == l.target && x.lang == l.lang);
            match (at, l.label.is_empty()) {
                (None, true) => done.unchanged += 1,
                (None, false) => {
                    entries.push(l);
                    done.added += 1;
                }
                (Some(i), true) => {
                    entries.remove(i);
                    done.removed += 1;
                }
                (Some(i), false) if entries[i] == l => done.unchanged += 1,
                (Some(i), false) => {
                    entries[i] = l;
                    done.changed += 1;
                }
            }
        }
        if done.added + done.changed + done.removed == 0 {
            return Ok(done);
        }
        entries.sort_by(|a, b| (&a.target, &a.lang).cmp(&(&b.target, &b.lang)));
        let id = previous.map_or_else(RecordId::random, |(id, _)| id);
        self.commit(vec![Change::Put(
            id,
            Record::Labels(Labels {
                engagement,
                entries,
                updated_at: now(),
            }),
        )])?;
        Ok(done)
    }
}

fn missing(kind: &str, key: &str, lang: &str) -> MissingLabel {
    MissingLabel {
        kind: kind.to_owned(),
        key: key.to_owned(),
        lang: lang.to_owned(),
    }
}
