//! The PDF engine: a [`Document`] in, a PDF with embedded, subset fonts out.
//!
//! What it guarantees:
//! - Text in any of Hearken's languages renders correctly, Arabic shaped and
//!   right to left, mixed Arabic/Latin lines in bidi order, and extracts
//!   (`pdftotext`, copy-paste) in logical order.
//! - The whole page is mirrored for right-to-left languages: text starts on
//!   the right, charts grow leftwards, page numbers move to the left.
//! - Reports depend on nothing on the host: the fonts ship in the binary.
//! - The engine's own words ("Contents", "Page 3 of 12") come from
//!   `locales/<lang>/report.ftl`.
//! - A document that cannot be rendered faithfully (a character no font
//!   has, a malformed table) is refused with a [`PdfError`], never printed
//!   with gaps. Files are written, like every export, with
//!   [`crate::files::write_output`] (whole or not at all).
//!
//! ```no_run
//! use hearken::report::pdf::{Block, Document, QuoteBlock, render};
//!
//! let mut doc = Document::report("ar", "ما سمعناه والإجراءات المقترحة");
//! doc.push(Block::TableOfContents).push(Block::PageBreak);
//! doc.push(Block::Heading { level: 1, text: "المياه".into() });
//! doc.push(Block::Quote(QuoteBlock {
//!     text: "نحتاج إلى مياه نظيفة في المدرسة".into(),
//!     translation: None,
//!     attribution: "P3 · الجلسة 4".into(),
//! }));
//! let out = render(&doc)?;
//! let vault = std::path::Path::new("vault.hearken");
//! hearken::files::write_output(std::path::Path::new("report.pdf"), &out.bytes, vault)?;
//! println!("{} pages", out.pages);
//! # Ok::<(), hearken::Error>(())
//! ```

mod blocks;
mod charts;
mod embed;
mod error;
mod fonts;
mod layout;
mod lines;
mod model;
mod outline;
mod paginate;
mod shaping;
mod style;
mod table;
mod writer;

pub(crate) use blocks::quote_lines;
pub use error::PdfError;
pub use model::{
    Align, Bar, BarChart, Block, Cell, Document, Inline, KeyFigure, Matrix, QuoteBlock, Table,
};

use crate::i18n::Localizer;

/// A finished PDF.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// The PDF file's bytes.
    pub bytes: Vec<u8>,
    /// Number of pages, cover included.
    pub pages: usize,
}

/// Checks that every character of `text` can be set with the embedded
/// fonts, what would otherwise make [`render`] fail later; the error names
/// the line (as the block) and the character.
pub fn check_printable(text: &str) -> Result<(), PdfError> {
    let mut shaper = shaping::Shaper::new();
    for (i, line) in text.lines().enumerate() {
        shaper.block = i + 1;
        shaper.paragraph(line, style::BODY, shaping::Dir::Ltr)?;
    }
    Ok(())
}

/// Renders a document to PDF bytes.
pub fn render(doc: &Document) -> Result<Rendered, PdfError> {
    let loc = Localizer::report(&doc.lang);
    let laid = paginate::lay_out(doc, &loc)?;
    let pages = laid.pages.len();
    let bytes = writer::write(laid, &doc.title, loc.lang())?;
    Ok(Rendered { bytes, pages })
}
