//! CSV for spreadsheets: one row per quote, per need and per
//! recommendation, a `type` column telling them apart, and for each quote
//! whether its speaker's consent covers sharing beyond the coordinator. RFC 4180 quoting; UTF-8 with a byte
//! order mark so spreadsheet programs read Arabic and Cyrillic correctly.
//! Participants appear only as codes; session name lists never appear.

use std::collections::HashMap;

use super::ExportError;
use crate::synthesis::{Records, Synthesis};

/// The header row (stable, not translated, so scripts can rely on it).
pub const HEADER: [&str; 15] = [
    "type",
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
    "duty_bearer",
    "references",
    "bundle",
    "shared_consent",
];

/// The CSV bytes, BOM first.
pub fn write(synthesis: &Synthesis, records: &Records) -> Result<Vec<u8>, ExportError> {
    let sessions: HashMap<_, _> = records.sessions.iter().map(|s| (s.id, s)).collect();
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(vec![0xEF, 0xBB, 0xBF]);
    let io = |e: csv::Error| ExportError::Write(e.into());
    out.write_record(HEADER).map_err(io)?;
    let place = |id| {
        sessions
            .get(&id)
            .map(|s| (s.date.as_str(), s.region.as_str(), s.place.as_str()))
            .unwrap_or_default()
    };
    for q in &records.quotes {
        let (date, region, where_) = place(q.session);
        super::csv_row(
            &mut out,
            [
                "quote",
                &q.id.to_string(),
                &q.session.to_string(),
                date,
                region,
                where_,
                &q.language,
                &q.speaker,
                &q.codes.join(";"),
                &q.text,
                q.translation.as_deref().unwrap_or(""),
                "",
                "",
                q.bundle.as_deref().unwrap_or(""),
                if q.shareable { "yes" } else { "no" },
            ],
        )?;
    }
    for n in &synthesis.needs {
        let (date, region, where_) = place(n.session);
        super::csv_row(
            &mut out,
            [
                "need",
                &n.id.to_string(),
                &n.session.to_string(),
                date,
                region,
                where_,
                &n.language,
                "",
                &n.themes.join(";"),
                &n.text,
                "",
                "",
                "",
                n.bundle.as_deref().unwrap_or(""),
                "",
            ],
        )?;
    }
    for r in &synthesis.recommendations.all {
        let (date, region, where_) = place(r.session);
        super::csv_row(
            &mut out,
            [
                "recommendation",
                &r.id.to_string(),
                &r.session.to_string(),
                date,
                region,
                where_,
                &r.language,
                "",
                &r.themes.join(";"),
                &r.text,
                "",
                &r.duty_bearer,
                &r.references.join(";"),
                r.bundle.as_deref().unwrap_or(""),
                "",
            ],
        )?;
    }
    out.into_inner()
        .map_err(|e| ExportError::Write(e.into_error()))
}
