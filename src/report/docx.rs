//! The framework report as a Word document (`.docx`, which LibreOffice opens
//! too), for partners who edit it before it is submitted: the same
//! [`Document`] the PDF is made from, so both hold the same words, written
//! with `docx-rs`. Headings carry Word's heading styles (the contents field
//! lists them; Word and LibreOffice fill in the pages when the file is
//! updated), tables are tables, and charts and heat tables become tables
//! of their values (the document embeds no images). Arabic paragraphs run
//! right to left.

use docx_rs::{
    AlignmentType, BreakType, Docx, Paragraph, Run, RunFonts, Style, StyleType, Table, TableCell,
    TableOfContents, TableRow,
};

use super::{
    ExportError,
    pdf::{Block, Document, Inline},
};
use crate::i18n::{Localizer, is_rtl};

/// Sizes in half-points.
const BODY: usize = 21;
const SMALL: usize = 17;

/// The `.docx` bytes of `doc`.
pub fn write(doc: &Document) -> Result<Vec<u8>, ExportError> {
    let loc = Localizer::report(&doc.lang);
    let w = Writer {
        rtl: is_rtl(&doc.lang),
    };
    let mut d = Docx::new()
        // A4, in twentieths of a point.
        .page_size(11906, 16838)
        .default_size(BODY)
        .default_fonts(
            RunFonts::new()
                .ascii("Noto Sans")
                .hi_ansi("Noto Sans")
                .cs("Noto Naskh Arabic"),
        )
        .created_at(&now())
        .add_style(w.style("Title", "Title", 56))
        .add_style(w.style("Subtitle", "Subtitle", 30))
        .add_style(w.style("Heading1", "heading 1", 38).outline_lvl(0))
        .add_style(w.style("Heading2", "heading 2", 28).outline_lvl(1))
        .add_style(w.style("Heading3", "heading 3", 23).outline_lvl(2));
    d = d.add_paragraph(w.para(&doc.title).style("Title"));
    if let Some(s) = &doc.subtitle {
        d = d.add_paragraph(w.para(s).style("Subtitle"));
    }
    for line in &doc.byline {
        d = d.add_paragraph(w.para(line));
    }
    for block in &doc.blocks {
        d = w.block(d, block, &loc);
    }
    let mut out = std::io::Cursor::new(Vec::new());
    d.build()
        .pack(&mut out)
        .map_err(|e| ExportError::Write(std::io::Error::other(e.to_string())))?;
    Ok(out.into_inner())
}

/// Now, as the document's creation date (W3C form).
fn now() -> String {
    let t = time::OffsetDateTime::now_utc();
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

struct Writer {
    rtl: bool,
}

impl Writer {
    fn style(&self, id: &str, name: &str, size: usize) -> Style {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .size(size)
            .bold()
    }

    /// A paragraph in the document's direction.
    fn paragraph(&self) -> Paragraph {
        let mut p = Paragraph::new();
        if self.rtl {
            p.property = p.property.bidi(true);
            p = p.align(AlignmentType::Right);
        }
        p
    }

    fn para(&self, text: &str) -> Paragraph {
        self.paragraph().add_run(Run::new().add_text(text))
    }

    /// Runs of `text`, its strong spans in bold.
    fn rich(&self, mut p: Paragraph, text: &Inline) -> Paragraph {
        let mut at = 0;
        for &(start, end) in &text.strong {
            let (Some(before), Some(strong)) =
                (text.text.get(at..start), text.text.get(start..end))
            else {
                continue;
            };
            if !before.is_empty() {
                p = p.add_run(Run::new().add_text(before));
            }
            p = p.add_run(Run::new().add_text(strong).bold());
            at = end;
        }
        p.add_run(Run::new().add_text(text.text.get(at..).unwrap_or_default()))
    }

    fn cell(&self, text: &str, bold: bool) -> TableCell {
        let mut cell = TableCell::new();
        for line in text.split('\n') {
            let run = Run::new().add_text(line).size(SMALL + 1);
            cell =
                cell.add_paragraph(
                    self.paragraph()
                        .add_run(if bold { run.bold() } else { run }),
                );
        }
        cell
    }

    fn table(&self, headers: &[String], rows: &[Vec<String>]) -> Table {
        let mut out = vec![TableRow::new(
            headers.iter().map(|h| self.cell(h, true)).collect(),
        )];
        out.extend(
            rows.iter()
                .map(|r| TableRow::new(r.iter().map(|c| self.cell(c, false)).collect())),
        );
        Table::new(out)
    }

    fn block(&self, d: Docx, block: &Block, loc: &Localizer) -> Docx {
        match block {
            Block::Heading { level, text } => {
                let style = format!("Heading{}", (*level).clamp(1, 3));
                d.add_paragraph(self.para(text).style(&style).keep_next(true))
            }
            Block::Paragraph(text) => text
                .split('\n')
                .fold(d, |d, line| d.add_paragraph(self.para(line))),
            Block::Rich(text) => d.add_paragraph(self.rich(self.paragraph(), text)),
            Block::List { numbered, items } => items.iter().enumerate().fold(d, |d, (i, item)| {
                let mark = if *numbered {
                    loc.format("report-list-number", &[("n", (i + 1).into())])
                } else {
                    "•".to_owned()
                };
                let p = self
                    .paragraph()
                    .indent(
                        Some(360),
                        Some(docx_rs::SpecialIndentType::Hanging(360)),
                        None,
                        None,
                    )
                    .add_run(Run::new().add_text(format!("{mark}\t")));
                d.add_paragraph(self.rich(p, item))
            }),
            Block::Quote(q) => {
                let (translation, attribution) = super::pdf::quote_lines(loc, q);
                let mut quote = Paragraph::new()
                    .indent(Some(567), None, None, None)
                    .add_run(Run::new().add_text(&q.text).italic());
                // The participant's words run in their own direction.
                if q.text
                    .chars()
                    .find(|c| c.is_alphabetic())
                    .is_some_and(is_rtl_char)
                {
                    quote.property = quote.property.bidi(true);
                }
                let mut d = d.add_paragraph(quote);
                if let Some(t) = translation {
                    d = d.add_paragraph(
                        self.paragraph()
                            .indent(Some(567), None, None, None)
                            .add_run(Run::new().add_text(t).size(SMALL + 2)),
                    );
                }
                d.add_paragraph(
                    self.paragraph()
                        .indent(Some(567), None, None, None)
                        .add_run(Run::new().add_text(attribution).size(SMALL)),
                )
            }
            Block::Table(t) => d.add_table(self.table(&t.headers, &t.rows)),
            Block::BarChart(c) => {
                let rows: Vec<Vec<String>> = c
                    .bars
                    .iter()
                    .map(|b| vec![b.label.clone(), b.shown.clone()])
                    .collect();
                d.add_paragraph(
                    self.paragraph()
                        .add_run(Run::new().add_text(&c.title).bold()),
                )
                .add_table(self.table(&[String::new(), String::new()], &rows))
            }
            Block::Matrix(m) => {
                let mut headers = vec![String::new()];
                headers.extend(m.columns.iter().cloned());
                let rows: Vec<Vec<String>> = m
                    .rows
                    .iter()
                    .map(|(label, cells)| {
                        std::iter::once(label.clone())
                            .chain(cells.iter().map(|c| c.shown.clone()))
                            .collect()
                    })
                    .collect();
                d.add_paragraph(
                    self.paragraph()
                        .add_run(Run::new().add_text(&m.title).bold()),
                )
                .add_table(self.table(&headers, &rows))
            }
            Block::KeyFigures(figures) => {
                let headers: Vec<String> = figures.iter().map(|f| f.value.clone()).collect();
                let labels: Vec<String> = figures.iter().map(|f| f.label.clone()).collect();
                d.add_table(self.table(&headers, &[labels]))
            }
            Block::TableOfContents => d.add_table_of_contents(
                TableOfContents::new()
                    .heading_styles_range(1, 2)
                    .alias(loc.text("report-contents"))
                    .auto(),
            ),
            Block::PageBreak => {
                d.add_paragraph(Paragraph::new().add_run(Run::new().add_break(BreakType::Page)))
            }
        }
    }
}

fn is_rtl_char(c: char) -> bool {
    matches!(
        unicode_bidi::bidi_class(c),
        unicode_bidi::BidiClass::R | unicode_bidi::BidiClass::AL
    )
}
