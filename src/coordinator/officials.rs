//! Importing the official recommendations a review produced, from the CSV
//! or JSON files of docs/tracking.md §1: strict, all-or-nothing, and a
//! re-import changes nothing. A known identifier whose text changed is
//! reported and kept as it was unless the coordinator asks to replace it;
//! the replaced text stays in the record's corrections.

use std::collections::{HashMap, HashSet};

use serde::Deserialize;

use super::tracking::TrackingError;
use crate::{
    Error,
    model::{Correction, Kind, Mechanism, Official, Record, RecordId, Response, now},
    vault::{Change, Vault},
};

/// Largest file read.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// Most rows a file may hold.
pub const MAX_ROWS: usize = 100_000;

const JSON_FORMAT: &str = "hearken-official-recommendations";
const COLUMNS: [&str; 7] = [
    "id",
    "mechanism",
    "source",
    "text",
    "response",
    "recommending_state",
    "articles",
];
const REQUIRED: [&str; 4] = ["id", "mechanism", "source", "text"];

/// Where in the file a row came from, for error messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowAt {
    /// A CSV line (the header is line 1).
    Line(u64),
    /// A JSON entry of `recommendations` (from 0).
    Entry(usize),
}

/// One official recommendation as a file gives it, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct OfficialRow {
    pub at: RowAt,
    pub code: String,
    pub mechanism: Mechanism,
    pub source: String,
    pub text: String,
    pub response: Option<Response>,
    pub recommending_state: String,
    pub articles: Vec<String>,
}

/// What importing a file did.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct OfficialsImported {
    pub added: usize,
    pub unchanged: usize,
    /// Known identifiers whose fields differ in the file (left as they
    /// were unless replaced).
    pub changed: Vec<String>,
    /// Whether the changed ones were replaced.
    pub replaced: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonFile {
    format: String,
    version: u64,
    recommendations: Vec<JsonRow>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonRow {
    id: String,
    mechanism: String,
    source: String,
    text: String,
    #[serde(default)]
    response: Option<String>,
    #[serde(default)]
    recommending_state: String,
    #[serde(default)]
    articles: Vec<String>,
}

/// Reads a CSV or JSON file of official recommendations (JSON when its
/// first non-blank byte is `{`), refusing it whole on the first problem.
pub fn parse(bytes: &[u8]) -> Result<Vec<OfficialRow>, TrackingError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let rows = if bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{') {
        parse_json(bytes)?
    } else {
        parse_csv(bytes)?
    };
    let mut seen = HashSet::with_capacity(rows.len());
    for r in &rows {
        if !seen.insert(r.code.as_str()) {
            return Err(TrackingError::row(r.at, "id", Problem::Duplicate));
        }
    }
    Ok(rows)
}

/// What is wrong with a field of a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    Empty,
    TooLong {
        max: usize,
    },
    Invalid,
    Duplicate,
    /// A response given for a treaty-body recommendation.
    NotUpr,
}

fn parse_csv(bytes: &[u8]) -> Result<Vec<OfficialRow>, TrackingError> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(false)
        .from_reader(bytes);
    let header = reader.headers().map_err(|_| TrackingError::NotCsv)?.clone();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for (i, name) in header.iter().enumerate() {
        let name = name.trim();
        if !COLUMNS.contains(&name) {
            return Err(TrackingError::UnknownColumn {
                column: name.chars().take(40).collect(),
            });
        }
        if index.insert(name, i).is_some() {
            return Err(TrackingError::UnknownColumn {
                column: name.chars().take(40).collect(),
            });
        }
    }
    for col in REQUIRED {
        if !index.contains_key(col) {
            return Err(TrackingError::MissingColumn { column: col });
        }
    }
    let get = |r: &csv::StringRecord, col: &str| -> String {
        index
            .get(col)
            .and_then(|&i| r.get(i))
            .unwrap_or("")
            .trim()
            .to_string()
    };
    let mut rows = vec![];
    let mut record = csv::StringRecord::new();
    loop {
        let line = reader.position().line();
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map(|p| p.line()).unwrap_or(line);
                return Err(TrackingError::BadRow { line });
            }
        }
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        if rows.len() == MAX_ROWS {
            return Err(TrackingError::TooManyRows { max: MAX_ROWS });
        }
        let at = RowAt::Line(record.position().map(|p| p.line()).unwrap_or(line));
        let articles = get(&record, "articles")
            .split(';')
            .map(|a| a.trim().to_string())
            .filter(|a| !a.is_empty())
            .collect();
        let response = get(&record, "response");
        rows.push(row(
            at,
            get(&record, "id"),
            &get(&record, "mechanism"),
            get(&record, "source"),
            get(&record, "text"),
            (!response.is_empty()).then_some(response.as_str()),
            get(&record, "recommending_state"),
            articles,
        )?);
    }
    Ok(rows)
}

fn parse_json(bytes: &[u8]) -> Result<Vec<OfficialRow>, TrackingError> {
    let file: JsonFile = serde_json::from_slice(bytes).map_err(|e| TrackingError::NotJson {
        line: e.line() as u64,
    })?;
    if file.format != JSON_FORMAT || file.version != 1 {
        return Err(TrackingError::NotJson { line: 1 });
    }
    if file.recommendations.len() > MAX_ROWS {
        return Err(TrackingError::TooManyRows { max: MAX_ROWS });
    }
    file.recommendations
        .into_iter()
        .enumerate()
        .map(|(i, r)| {
            let response = r.response.filter(|s| !s.trim().is_empty());
            row(
                RowAt::Entry(i),
                r.id.trim().to_string(),
                r.mechanism.trim(),
                r.source.trim().to_string(),
                r.text.trim().to_string(),
                response.as_deref().map(str::trim),
                r.recommending_state.trim().to_string(),
                r.articles
                    .into_iter()
                    .map(|a| a.trim().to_string())
                    .collect(),
            )
        })
        .collect()
}

fn text_field(
    at: RowAt,
    field: &'static str,
    value: &str,
    max: usize,
    required: bool,
) -> Result<(), TrackingError> {
    if required && value.is_empty() {
        return Err(TrackingError::row(at, field, Problem::Empty));
    }
    if value.chars().count() > max {
        return Err(TrackingError::row(at, field, Problem::TooLong { max }));
    }
    if value
        .chars()
        .any(|c| c.is_control() && c != '\n' && c != '\t')
    {
        return Err(TrackingError::row(at, field, Problem::Invalid));
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn row(
    at: RowAt,
    code: String,
    mechanism: &str,
    source: String,
    text: String,
    response: Option<&str>,
    recommending_state: String,
    articles: Vec<String>,
) -> Result<OfficialRow, TrackingError> {
    text_field(at, "id", &code, 120, true)?;
    if code.contains('\n') || code.contains('\t') {
        return Err(TrackingError::row(at, "id", Problem::Invalid));
    }
    let mechanism = match mechanism {
        "" => return Err(TrackingError::row(at, "mechanism", Problem::Empty)),
        m => Mechanism::parse(m).ok_or(TrackingError::row(at, "mechanism", Problem::Invalid))?,
    };
    text_field(at, "source", &source, 200, true)?;
    text_field(at, "text", &text, 4000, true)?;
    let response = match response {
        None => None,
        Some(_) if mechanism == Mechanism::Treaty => {
            return Err(TrackingError::row(at, "response", Problem::NotUpr));
        }
        Some(r) => {
            Some(Response::parse(r).ok_or(TrackingError::row(at, "response", Problem::Invalid))?)
        }
    };
    text_field(at, "recommending_state", &recommending_state, 200, false)?;
    if mechanism == Mechanism::Treaty && !recommending_state.is_empty() {
        return Err(TrackingError::row(
            at,
            "recommending_state",
            Problem::NotUpr,
        ));
    }
    if articles.len() > 50 {
        return Err(TrackingError::row(
            at,
            "articles",
            Problem::TooLong { max: 50 },
        ));
    }
    for a in &articles {
        text_field(at, "articles", a, 80, true)?;
    }
    Ok(OfficialRow {
        at,
        code,
        mechanism,
        source,
        text,
        response,
        recommending_state,
        articles,
    })
}

/// Identifiers in the order people expect: `158.2` before `158.10`.
pub fn natural(a: &str, b: &str) -> std::cmp::Ordering {
    fn parts(s: &str) -> Vec<Result<u64, &str>> {
        let mut out = vec![];
        let mut rest = s;
        while !rest.is_empty() {
            let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            if digits > 0 {
                out.push(rest[..digits].parse::<u64>().map_err(|_| &rest[..digits]));
                rest = &rest[digits..];
            } else {
                let other =
                    rest.len() - rest.trim_start_matches(|c: char| !c.is_ascii_digit()).len();
                out.push(Err(&rest[..other]));
                rest = &rest[other..];
            }
        }
        out
    }
    parts(a).cmp(&parts(b)).then_with(|| a.cmp(b))
}

impl OfficialRow {
    fn same_as(&self, o: &Official) -> bool {
        self.mechanism == o.mechanism
            && self.source == o.source
            && self.text == o.text
            && self.response == o.response
            && self.recommending_state == o.recommending_state
            && self.articles == o.articles
    }
}

impl Vault {
    /// The official recommendations of an engagement, by identifier order.
    pub fn officials(&self, engagement: RecordId) -> Vec<(RecordId, &Official)> {
        let mut out: Vec<_> = self
            .children(engagement, Kind::Official)
            .filter_map(|(id, r)| match r {
                Record::Official(o) => Some((id, o)),
                _ => None,
            })
            .collect();
        out.sort_by(|a, b| natural(&a.1.code, &b.1.code));
        out
    }

    /// The official recommendation with identifier `code` (as the
    /// mechanism writes it) or record id (or prefix).
    pub fn official(&self, engagement: RecordId, typed: &str) -> Result<RecordId, Error> {
        if let Some((id, _)) = self
            .children(engagement, Kind::Official)
            .find(|(_, r)| matches!(r, Record::Official(o) if o.code == typed))
        {
            return Ok(id);
        }
        let unknown = || TrackingError::UnknownOfficial {
            id: typed.chars().take(120).collect(),
        };
        let id = self.resolve(Kind::Official, typed).map_err(|e| match e {
            Error::Record(crate::model::validate::RecordError::NotFound { .. }) => unknown().into(),
            e => e,
        })?;
        match self.record(id) {
            Some(Record::Official(o)) if o.engagement == engagement => Ok(id),
            _ => Err(unknown().into()),
        }
    }

    /// Imports checked rows into `engagement` in one write. Rows already
    /// known with the same fields are skipped; known ones that differ are
    /// reported, and replaced only with `replace_changed` (the old text is
    /// kept as a correction).
    pub fn import_officials(
        &mut self,
        engagement: RecordId,
        rows: Vec<OfficialRow>,
        replace_changed: bool,
    ) -> Result<OfficialsImported, Error> {
        self.engagement(engagement)?;
        let known: HashMap<String, RecordId> = self
            .children(engagement, Kind::Official)
            .filter_map(|(id, r)| match r {
                Record::Official(o) => Some((o.code.clone(), id)),
                _ => None,
            })
            .collect();
        let at = now();
        let mut out = OfficialsImported {
            replaced: replace_changed,
            ..Default::default()
        };
        let mut changes = Vec::with_capacity(rows.len());
        for r in rows {
            match known.get(&r.code) {
                Some(&id) => {
                    let Some(Record::Official(old)) = self.record(id) else {
                        continue;
                    };
                    if r.same_as(old) {
                        out.unchanged += 1;
                        continue;
                    }
                    out.changed.push(r.code.clone());
                    if replace_changed {
                        let mut new = old.clone();
                        if new.text != r.text {
                            new.corrections.push(Correction {
                                text: std::mem::take(&mut new.text),
                                replaced_at: at,
                            });
                        }
                        new.mechanism = r.mechanism;
                        new.source = r.source;
                        new.text = r.text;
                        new.response = r.response;
                        new.recommending_state = r.recommending_state;
                        new.articles = r.articles;
                        changes.push(Change::Put(id, Record::Official(new)));
                    }
                }
                None => {
                    out.added += 1;
                    changes.push(Change::Put(
                        RecordId::random(),
                        Record::Official(Official {
                            engagement,
                            code: r.code,
                            mechanism: r.mechanism,
                            source: r.source,
                            text: r.text,
                            response: r.response,
                            recommending_state: r.recommending_state,
                            articles: r.articles,
                            corrections: vec![],
                            imported_at: at,
                        }),
                    ));
                }
            }
        }
        if !changes.is_empty() {
            self.commit(changes)?;
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn csv(body: &str) -> Result<Vec<OfficialRow>, TrackingError> {
        parse(format!("id,mechanism,source,text,response\n{body}").as_bytes())
    }

    #[test]
    fn csv_rows_are_checked_field_by_field_with_their_line() {
        let rows = csv("158.12,upr,4,Ensure water,supported\n\"CEDAW/C/X/CO/8 para 23\",treaty,CEDAW/C/X/CO/8,\"Health, rural\",\n").unwrap();
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].response, Some(Response::Supported));
        assert_eq!(rows[1].text, "Health, rural");
        assert_eq!(rows[1].at, RowAt::Line(3));
        let bad = |body: &str| csv(body).unwrap_err();
        assert_eq!(
            bad("1,upr,4,a,\n2,ngo,4,b,\n"),
            TrackingError::row(RowAt::Line(3), "mechanism", Problem::Invalid)
        );
        assert_eq!(
            bad("1,treaty,S,a,noted\n"),
            TrackingError::row(RowAt::Line(2), "response", Problem::NotUpr)
        );
        assert_eq!(
            bad("1,upr,4,a,maybe\n"),
            TrackingError::row(RowAt::Line(2), "response", Problem::Invalid)
        );
        assert_eq!(
            bad("1,upr,4,,\n"),
            TrackingError::row(RowAt::Line(2), "text", Problem::Empty)
        );
        assert_eq!(
            bad("1,upr,4,a,\n1,upr,4,b,\n"),
            TrackingError::row(RowAt::Line(3), "id", Problem::Duplicate)
        );
        assert_eq!(bad("1,upr,4\n"), TrackingError::BadRow { line: 2 });
        assert_eq!(
            parse(b"id,mechanism,source,text,colour\n").unwrap_err(),
            TrackingError::UnknownColumn {
                column: "colour".into()
            }
        );
        assert_eq!(
            parse(b"id,mechanism,text\n").unwrap_err(),
            TrackingError::MissingColumn { column: "source" }
        );
    }

    #[test]
    fn identifiers_sort_as_numbers() {
        let mut codes = vec![
            "158.10",
            "158.2",
            "158.1",
            "CEDAW/C/X/CO/8 para 3",
            "158.12",
        ];
        codes.sort_by(|a, b| natural(a, b));
        assert_eq!(
            codes,
            [
                "158.1",
                "158.2",
                "158.10",
                "158.12",
                "CEDAW/C/X/CO/8 para 3"
            ]
        );
    }

    #[test]
    fn json_rows_name_their_entry() {
        let ok = br#"{"format":"hearken-official-recommendations","version":1,"recommendations":[
            {"id":"158.1","mechanism":"upr","source":"4","text":"t","response":"noted","articles":["CEDAW art. 14"]}]}"#;
        let rows = parse(ok).unwrap();
        assert_eq!(rows[0].articles, ["CEDAW art. 14"]);
        let bad = br#"{"format":"hearken-official-recommendations","version":1,"recommendations":[
            {"id":"158.1","mechanism":"upr","source":"4","text":"t"},
            {"id":"158.2","mechanism":"upr","source":"","text":"t"}]}"#;
        assert_eq!(
            parse(bad).unwrap_err(),
            TrackingError::row(RowAt::Entry(1), "source", Problem::Empty)
        );
        assert!(matches!(
            parse(br#"{"format":"x","version":1,"recommendations":[]}"#),
            Err(TrackingError::NotJson { .. })
        ));
        assert!(matches!(
            parse(br#"{"format":"hearken-official-recommendations","version":1,"recommendations":[],"extra":1}"#),
            Err(TrackingError::NotJson { .. })
        ));
    }
}
