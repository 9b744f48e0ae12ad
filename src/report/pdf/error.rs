//! Why a report could not be rendered. Each variant names the block that
//! caused it (counted from 1, as a person would) but never carries the text
//! itself: reports hold participants' words and errors end up in logs.

use crate::i18n::{Localized, Message};

/// A document that cannot become a PDF, or a PDF that cannot be written.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PdfError {
    /// A character that none of the embedded fonts can draw (e.g. Chinese,
    /// emoji). Rendering refuses rather than print empty boxes in place of
    /// someone's words.
    #[error("block {block} contains {codepoint}, which the embedded fonts cannot draw")]
    UnsupportedCharacter { block: usize, codepoint: String },
    /// The document needs more pages than its [`page_limit`](super::Document::page_limit).
    #[error("the document needs {pages} pages, more than its limit of {limit}")]
    TooManyPages { pages: usize, limit: usize },
    /// A table row whose number of cells differs from the header's.
    #[error("table in block {block} has a row of {found} cells under {expected} headers")]
    TableShape {
        block: usize,
        expected: usize,
        found: usize,
    },
    /// A chart or matrix value that is negative, infinite or not a number.
    #[error("chart in block {block} has a negative or non-finite value")]
    ChartValue { block: usize },
    /// A heading level other than 1, 2 or 3.
    #[error("heading in block {block} has level {level}; 1 to 3 are allowed")]
    HeadingLevel { block: usize, level: u8 },
    /// A table row, chart or figure row taller than a whole page.
    #[error("block {block} is taller than a page")]
    TooTall { block: usize },
    /// An embedded font could not be subset for embedding (a bug: the fonts
    /// ship with Hearken and are tested).
    #[error("font {font} could not be embedded: {reason}")]
    FontEmbedding { font: &'static str, reason: String },
    /// The PDF could not be assembled (compressing or serializing its
    /// objects failed).
    #[error("the report could not be written")]
    Write(#[source] std::io::Error),
}

impl Localized for PdfError {
    fn message(&self) -> Message {
        match self {
            PdfError::UnsupportedCharacter { block, codepoint } => {
                Message::new("pdf-unsupported-character")
                    .arg("block", *block)
                    .arg("codepoint", codepoint.as_str())
            }
            PdfError::TooManyPages { pages, limit } => Message::new("pdf-too-many-pages")
                .arg("pages", *pages)
                .arg("limit", *limit),
            PdfError::TableShape {
                block,
                expected,
                found,
            } => Message::new("pdf-table-shape")
                .arg("block", *block)
                .arg("expected", *expected)
                .arg("found", *found),
            PdfError::ChartValue { block } => Message::new("pdf-chart-value").arg("block", *block),
            PdfError::HeadingLevel { block, level } => Message::new("pdf-heading-level")
                .arg("block", *block)
                .arg("level", *level),
            PdfError::TooTall { block } => Message::new("pdf-too-tall").arg("block", *block),
            PdfError::FontEmbedding { font, .. } => {
                Message::new("pdf-font-embedding").arg("font", *font)
            }
            PdfError::Write(_) => Message::new("pdf-write"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{LANGUAGES, Localizer};

    #[test]
    fn every_error_reads_in_every_language_without_the_documents_text() {
        let errors = [
            PdfError::UnsupportedCharacter {
                block: 3,
                codepoint: "U+6C34".into(),
            },
            PdfError::TooManyPages { pages: 2, limit: 1 },
            PdfError::TableShape {
                block: 2,
                expected: 3,
                found: 2,
            },
            PdfError::ChartValue { block: 5 },
            PdfError::HeadingLevel { block: 1, level: 7 },
            PdfError::TooTall { block: 9 },
            PdfError::FontEmbedding {
                font: "NotoSans-Regular",
                reason: "boom".into(),
            },
            PdfError::Write(std::io::Error::other("disk full")),
        ];
        for lang in LANGUAGES {
            let loc = Localizer::new(lang, false);
            for e in &errors {
                let code = e.message().code;
                assert!(loc.has(&format!("err-{code}")), "{lang} lacks err-{code}");
                let line = loc.error_line(e);
                assert!(
                    !line.contains("err-") && !line.contains('{'),
                    "{lang}: {line}"
                );
                assert!(
                    !line.contains("boom") && !line.contains("disk full"),
                    "{line}"
                );
            }
        }
    }
}
