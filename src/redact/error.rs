//! Errors of the anonymization assistant. Arguments are counts, positions and
//! limits, never the text of a quote or of a list entry.

use crate::i18n::{Localized, Message};

/// What went wrong while compiling lists, redacting, checking a quote for
/// export or suppressing small cells.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RedactError {
    /// A name or place entry is longer than any name or place (line counted
    /// from 1 within its list).
    #[error("list entry {line} is longer than {max} characters")]
    EntryTooLong { line: usize, max: usize },
    /// The name list and gazetteer together are too large to compile.
    #[error("the name and place lists are too large")]
    ListsTooLarge,
    /// A finding to redact lies outside the text (character offsets).
    #[error("finding {start}..{end} lies outside a text of {len} characters")]
    SpanOutOfRange {
        start: usize,
        end: usize,
        len: usize,
    },
    /// The quote still holds findings that are neither redacted nor marked
    /// reviewed.
    #[error("{count} identifying details are unresolved")]
    UnresolvedFindings { count: usize },
    /// The counts do not fill the table's rows and columns.
    #[error("{len} counts do not fill a table of {rows} by {cols}")]
    TableShape {
        rows: usize,
        cols: usize,
        len: usize,
    },
    /// A threshold below 3 cannot hide a count: with k = 2 every hidden
    /// count is 0 or 1 and the totals give it away.
    #[error("the small-cell threshold {k} is below 3")]
    ThresholdTooLow { k: u64 },
    /// No set of hidden cells keeps every small count from being worked out.
    #[error("no suppression pattern protects this table")]
    CannotProtect,
}

impl Localized for RedactError {
    fn message(&self) -> Message {
        match *self {
            RedactError::EntryTooLong { line, max } => Message::new("redact-entry-too-long")
                .arg("line", line)
                .arg("max", max),
            RedactError::ListsTooLarge => Message::new("redact-lists-too-large"),
            RedactError::SpanOutOfRange { start, end, len } => {
                Message::new("redact-span-out-of-range")
                    .arg("start", start)
                    .arg("end", end)
                    .arg("len", len)
            }
            RedactError::UnresolvedFindings { count } => {
                Message::new("redact-unresolved-findings").arg("count", count)
            }
            RedactError::TableShape { rows, cols, len } => Message::new("redact-table-shape")
                .arg("rows", rows)
                .arg("cols", cols)
                .arg("len", len),
            RedactError::ThresholdTooLow { k } => {
                Message::new("redact-threshold-too-low").arg("k", k)
            }
            RedactError::CannotProtect => Message::new("redact-cannot-protect"),
        }
    }
}
