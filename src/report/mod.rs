//! Reports a coordinator hands on: the framework report and the one-page
//! "What we heard" summaries (PDF), and exports for spreadsheets (CSV),
//! scripts (JSON) and QDA software (REFI-QDA `.qdpx`). Each output format
//! has its own module; they all read the same synthesis and its records.
//! The follow-up outputs (progress review, community update, open data,
//! dashboard) read the same [`crate::coordinator::tracking::Tracking`].

pub mod csv;
pub mod dashboard;
mod export_error;
pub mod framework;
pub mod json;
pub mod open_data;
pub mod pdf;
pub mod qdpx;
pub mod review;
pub mod update;

pub use export_error::ExportError;

/// Text safe inside XML and HTML content and attribute values: markup
/// escaped, and the characters XML 1.0 forbids replaced (the QDPX project
/// and the dashboard's pages).
pub(crate) fn escape_markup(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}
