//! Open data of the follow-up (docs/tracking.md §4): CSV with one row per
//! history entry (one row with empty entry columns for a recommendation
//! without history), and JSON with each recommendation and its history.
//! Like the dashboard they are made to be published, so they hold only
//! what may be shared: official recommendations, and community ones whose
//! session's group consent covers sharing; never quotes, participant codes
//! or session places.

use serde::Serialize;

use super::{ExportError, review::shareable};
use crate::coordinator::tracking::{HistoryEntry, Linked, Tracking};

/// The CSV header (stable, not translated).
pub const HEADER: [&str; 13] = [
    "id",
    "kind",
    "mechanism",
    "source",
    "text",
    "response",
    "body",
    "state",
    "date",
    "entry_state",
    "evidence",
    "entry_source",
    "recorded_by",
];

/// CSV bytes, UTF-8 with a byte order mark.
pub fn csv(tracking: &Tracking) -> Result<Vec<u8>, ExportError> {
    let mut out = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(vec![0xEF, 0xBB, 0xBF]);
    let io = |e: csv::Error| ExportError::Write(e.into());
    out.write_record(HEADER).map_err(io)?;
    for t in shareable(tracking) {
        let kind = match t.kind {
            crate::model::TrackedKind::Official => "official",
            crate::model::TrackedKind::Community => "community",
        };
        let fixed = [
            t.code.as_str(),
            kind,
            t.mechanism.map_or("", |m| m.name()),
            t.source.as_str(),
            t.text.as_str(),
            t.response.map_or("", |r| r.name()),
            t.body.as_str(),
            t.state.name(),
        ];
        if t.history.is_empty() {
            let mut row = fixed.to_vec();
            row.extend(["", "", "", "", ""]);
            super::csv_row(&mut out, row)?;
        }
        for e in &t.history {
            let mut row = fixed.to_vec();
            row.extend([
                e.date.as_str(),
                e.state.name(),
                e.evidence.as_str(),
                e.source.as_str(),
                e.recorded_by.as_str(),
            ]);
            super::csv_row(&mut out, row)?;
        }
    }
    out.into_inner()
        .map_err(|e| ExportError::Write(e.into_error()))
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Item<'a> {
    id: &'a str,
    kind: crate::model::TrackedKind,
    mechanism: Option<crate::model::Mechanism>,
    source: &'a str,
    text: &'a str,
    response: Option<crate::model::Response>,
    body: &'a str,
    state: crate::model::TrackState,
    since: Option<&'a str>,
    next_review: Option<&'a str>,
    articles: &'a [String],
    themes: &'a [String],
    links: Vec<&'a str>,
    history: &'a [HistoryEntry],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct File<'a> {
    format: &'static str,
    version: u32,
    engagement: String,
    generated: &'a str,
    recommendations: Vec<Item<'a>>,
}

/// Pretty-printed JSON bytes.
pub fn json(tracking: &Tracking) -> Result<Vec<u8>, ExportError> {
    let items = shareable(tracking)
        .into_iter()
        .map(|t| Item {
            id: &t.code,
            kind: t.kind,
            mechanism: t.mechanism,
            source: &t.source,
            text: &t.text,
            response: t.response,
            body: &t.body,
            state: t.state,
            since: t.since.as_deref(),
            next_review: t.next_review.as_deref(),
            articles: &t.articles,
            themes: &t.themes,
            links: t.links.iter().map(|l: &Linked| l.code.as_str()).collect(),
            history: &t.history,
        })
        .collect();
    serde_json::to_vec_pretty(&File {
        format: "hearken-tracking",
        version: 1,
        engagement: tracking.engagement.to_string(),
        generated: &tracking.today,
        recommendations: items,
    })
    .map_err(|e| ExportError::Write(e.into()))
}
