//! Reports a coordinator hands on: the framework report and the one-page
//! "What we heard" summaries (PDF), and exports for spreadsheets (CSV),
//! scripts (JSON) and QDA software (REFI-QDA `.qdpx`). Each output format
//! has its own module; they all read the same synthesis and its records.
//! The follow-up outputs (progress review, community update, open data,
//! dashboard) read the same [`crate::coordinator::tracking::Tracking`].

pub mod csv;
pub mod dashboard;
pub mod docx;
pub mod editorial;
mod export_error;
pub mod framework;
pub mod json;
pub mod markup;
pub mod open_data;
pub mod pdf;
pub mod qdpx;
pub mod review;
pub mod update;

pub use export_error::ExportError;

/// One CSV record, every cell written so that a spreadsheet program shows it
/// as text and never runs it: a cell starting with `=`, `+`, `-`, `@`, a tab
/// or a carriage return gets a leading apostrophe (OWASP's advice on CSV
/// injection), so a quote such as "=HYPERLINK(...)" stays words.
pub(crate) fn csv_row<'a>(
    out: &mut ::csv::Writer<Vec<u8>>,
    cells: impl IntoIterator<Item = &'a str>,
) -> Result<(), ExportError> {
    let safe = cells.into_iter().map(|c| {
        if c.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            std::borrow::Cow::Owned(format!("'{c}"))
        } else {
            std::borrow::Cow::Borrowed(c)
        }
    });
    out.write_record(safe.map(|c| c.into_owned()))
        .map_err(|e| ExportError::Write(e.into()))
}

/// Text safe inside XML and HTML content and attribute values: markup
/// escaped; tab and line ends as character references, so an attribute
/// keeps them as they were; and the characters XML 1.0 forbids, and C1
/// controls, replaced (the QDPX project and the dashboard's pages).
pub(crate) fn escape_markup(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' => out.push_str("&#9;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            c if c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn csv_cells_a_spreadsheet_would_run_are_written_as_text() {
        let mut out = ::csv::Writer::from_writer(vec![]);
        super::csv_row(
            &mut out,
            [
                "=HYPERLINK(\"x\")",
                "+1",
                "-2",
                "@SUM(A1)",
                "water",
                "2026-01-02",
            ],
        )
        .unwrap();
        let line = String::from_utf8(out.into_inner().unwrap()).unwrap();
        assert_eq!(
            line,
            "\"'=HYPERLINK(\"\"x\"\")\",'+1,'-2,'@SUM(A1),water,2026-01-02\n"
        );
    }
}
