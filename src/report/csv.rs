//! CSV for spreadsheets, three files side by side: the quotes (each with
//! whether its speaker's consent covers sharing beyond the coordinator),
//! the documented needs, and the recommendations (a merged one with the
//! ids it stands for). RFC 4180 quoting; UTF-8 with a byte order mark so
//! spreadsheet programs read Arabic and Cyrillic correctly. Participants
//! appear only as codes; session name lists never appear.

use std::{
    collections::HashMap,
    path::{Path, PathBuf},
};

use super::ExportError;
use crate::synthesis::{Records, Synthesis};

/// The quotes file's header (stable, not translated, so scripts can rely
/// on it).
pub const QUOTES_HEADER: [&str; 12] = [
    "id",
    "session",
    "date",
    "region",
    "place",
    "language",
    "speaker",
    "themes",
    "text",
    "translation",
    "bundle",
    "shared_consent",
];

/// The needs file's header.
pub const NEEDS_HEADER: [&str; 9] = [
    "id", "session", "date", "region", "place", "language", "themes", "text", "bundle",
];

/// The recommendations file's header.
pub const RECOMMENDATIONS_HEADER: [&str; 12] = [
    "id",
    "session",
    "date",
    "region",
    "place",
    "language",
    "themes",
    "text",
    "duty_bearer",
    "references",
    "merged",
    "bundle",
];

/// The three files' bytes, BOM first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvFiles {
    pub quotes: Vec<u8>,
    pub needs: Vec<u8>,
    pub recommendations: Vec<u8>,
}

impl CsvFiles {
    /// Where each file goes for `--out heard.csv`: `heard.csv` (quotes),
    /// `heard-needs.csv` and `heard-recommendations.csv`, in that order.
    pub fn paths(out: &Path) -> [PathBuf; 3] {
        let stem = out
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let beside = |suffix: &str| out.with_file_name(format!("{stem}-{suffix}.csv"));
        [
            out.to_path_buf(),
            beside("needs"),
            beside("recommendations"),
        ]
    }

    /// Writes the three files beside each other, together or not at all
    /// ([`crate::files::write_outputs`]).
    pub fn save(&self, out: &Path, vault: &Path) -> Result<(), crate::Error> {
        let paths = Self::paths(out);
        let files = [
            (paths[0].as_path(), self.quotes.as_slice()),
            (paths[1].as_path(), self.needs.as_slice()),
            (paths[2].as_path(), self.recommendations.as_slice()),
        ];
        crate::files::write_outputs(&files, vault)?;
        Ok(())
    }

    /// Bytes of all three files (for a size in a summary).
    pub fn len(&self) -> usize {
        self.quotes.len() + self.needs.len() + self.recommendations.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

fn writer() -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(vec![0xEF, 0xBB, 0xBF])
}

fn finish(out: csv::Writer<Vec<u8>>) -> Result<Vec<u8>, ExportError> {
    out.into_inner()
        .map_err(|e| ExportError::Write(e.into_error()))
}

/// The three CSV files of a synthesis and its records.
pub fn write(synthesis: &Synthesis, records: &Records) -> Result<CsvFiles, ExportError> {
    let sessions: HashMap<_, _> = records.sessions.iter().map(|s| (s.id, s)).collect();
    let place = |id| {
        sessions
            .get(&id)
            .map(|s| (s.date.as_str(), s.region.as_str(), s.place.as_str()))
            .unwrap_or_default()
    };
    let mut quotes = writer();
    super::csv_row(&mut quotes, QUOTES_HEADER)?;
    for q in &records.quotes {
        let (date, region, where_) = place(q.session);
        super::csv_row(
            &mut quotes,
            [
                q.id.to_string().as_str(),
                &q.session.to_string(),
                date,
                region,
                where_,
                &q.language,
                &q.speaker,
                &q.codes.join(";"),
                &q.text,
                q.translation.as_deref().unwrap_or(""),
                q.bundle.as_deref().unwrap_or(""),
                if q.shareable { "yes" } else { "no" },
            ],
        )?;
    }
    let mut needs = writer();
    super::csv_row(&mut needs, NEEDS_HEADER)?;
    for n in &synthesis.needs {
        let (date, region, where_) = place(n.session);
        super::csv_row(
            &mut needs,
            [
                n.id.to_string().as_str(),
                &n.session.to_string(),
                date,
                region,
                where_,
                &n.language,
                &n.themes.join(";"),
                &n.text,
                n.bundle.as_deref().unwrap_or(""),
            ],
        )?;
    }
    let mut recommendations = writer();
    super::csv_row(&mut recommendations, RECOMMENDATIONS_HEADER)?;
    for r in &synthesis.recommendations.all {
        let (date, region, where_) = place(r.session);
        let merged: Vec<String> = r.merged.iter().map(|m| m.id.to_string()).collect();
        super::csv_row(
            &mut recommendations,
            [
                r.id.to_string().as_str(),
                &r.session.to_string(),
                date,
                region,
                where_,
                &r.language,
                &r.themes.join(";"),
                &r.text,
                &r.duty_bearer,
                &r.references.join(";"),
                &merged.join(";"),
                r.bundle.as_deref().unwrap_or(""),
            ],
        )?;
    }
    Ok(CsvFiles {
        quotes: finish(quotes)?,
        needs: finish(needs)?,
        recommendations: finish(recommendations)?,
    })
}
