//! What the coordinator decides about the framework report beyond what the
//! vault counts: the texts only a person can write (executive summary,
//! context, limitations, acknowledgements, cover), per language, and the
//! choice of quotes (pinned to a theme, or kept out of reports). Neither
//! ever travels in a bundle.

use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, ZeroizeOnDrop};

use super::RecordId;

/// A part of the framework report the coordinator writes.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, ts_rs::TS,
)]
#[serde(rename_all = "snake_case")]
pub enum ReportPart {
    /// The cover's lines: organisations, date, the review it is for.
    Cover,
    /// The executive summary, first after the contents.
    Summary,
    /// Context and notes on the method, before the methodology.
    Context,
    /// Limitations, after the recommendations.
    Limitations,
    /// Acknowledgements, before the annex.
    Acknowledgements,
}

impl ReportPart {
    pub const ALL: [ReportPart; 5] = [
        ReportPart::Cover,
        ReportPart::Summary,
        ReportPart::Context,
        ReportPart::Limitations,
        ReportPart::Acknowledgements,
    ];

    /// The name the CLI and the files use.
    pub fn name(self) -> &'static str {
        match self {
            ReportPart::Cover => "cover",
            ReportPart::Summary => "summary",
            ReportPart::Context => "context",
            ReportPart::Limitations => "limitations",
            ReportPart::Acknowledgements => "acknowledgements",
        }
    }

    pub fn parse(name: &str) -> Option<ReportPart> {
        ReportPart::ALL.into_iter().find(|p| p.name() == name)
    }
}

impl Zeroize for ReportPart {
    fn zeroize(&mut self) {}
}

/// One part of the report in one language, as the coordinator wrote it
/// (see `docs/report-texts.md` for the markup).
#[derive(Clone, PartialEq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
#[serde(deny_unknown_fields)]
pub struct ReportText {
    pub engagement: RecordId,
    /// A shipped language code (`en`, `fr`, `es`, `ar`, `ru`).
    pub language: String,
    pub part: ReportPart,
    pub text: String,
    /// Unix seconds.
    pub updated_at: i64,
}

impl std::fmt::Debug for ReportText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReportText")
            .field("engagement", &self.engagement)
            .field("language", &self.language)
            .field("part", &self.part)
            .field("chars", &self.text.chars().count())
            .finish_non_exhaustive()
    }
}

/// A quote the coordinator chose to show under a theme.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Zeroize,
)]
#[serde(deny_unknown_fields)]
pub struct Pin {
    pub quote: RecordId,
    pub theme: RecordId,
}

/// The coordinator's choice of quotes for the reports of one engagement:
/// one record, replaced whole at each change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
#[serde(deny_unknown_fields)]
pub struct Curation {
    pub engagement: RecordId,
    /// Sorted, no repeats.
    pub pins: Vec<Pin>,
    /// Quotes never printed in a report. Sorted, no repeats.
    pub excluded: Vec<RecordId>,
    /// Unix seconds.
    pub updated_at: i64,
}

/// What a coordinator asked of the report's texts or quotes is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EditorialError {
    /// A line of a cover text is not `organisation:`, `date:`, `review:`
    /// or `annex:` followed by its value (1-based line).
    #[error("cover text line {line} is not understood")]
    CoverLine { line: usize },
    /// A quote can be pinned only to a theme it is coded with (or one
    /// above a theme it is coded with).
    #[error("the quote is not coded with this theme")]
    NotUnderTheme,
    /// A quote kept out of reports cannot be pinned.
    #[error("the quote is excluded from reports")]
    Excluded,
    /// A quote is shown once under a theme and the themes above and below
    /// it: it is already pinned to one of them.
    #[error("the quote is pinned to a related theme")]
    PinnedToRelated,
    /// The quote's speaker's consent does not cover reports.
    #[error("the quote's consent does not cover reports")]
    NotInReports,
}

impl crate::i18n::Localized for EditorialError {
    fn message(&self) -> crate::i18n::Message {
        use crate::i18n::Message;
        match self {
            EditorialError::CoverLine { line } => {
                Message::new("editorial-cover-line").arg("line", *line)
            }
            EditorialError::NotUnderTheme => Message::new("editorial-not-under-theme"),
            EditorialError::Excluded => Message::new("editorial-excluded"),
            EditorialError::PinnedToRelated => Message::new("editorial-pinned-related"),
            EditorialError::NotInReports => Message::new("editorial-not-in-reports"),
        }
    }
}
