//! The framework report as a Word document (`.docx`, which LibreOffice opens
//! too), for partners who edit it before it is submitted: the same
//! [`Document`] the PDF is made from, so both hold the same words, written
//! with `docx-rs`. Headings carry Word's heading styles (the contents field
//! lists them; Word and LibreOffice fill in the pages when the file is
//! updated), tables are tables, a bar chart is a picture of its bars with
//! a table of its labels and values, and a heat table a table of its
//! values. Arabic paragraphs run right to left.

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

/// Text as XML 1.0 allows it: the control characters it forbids (text
/// pasted from a slide can hold a vertical tab) become spaces, as in the
/// PDF; tab and line ends stay.
fn clean(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\t' | '\n' | '\r' => c,
            c if c.is_control() || c == '\u{FFFE}' || c == '\u{FFFF}' => ' ',
            c => c,
        })
        .collect()
}

/// A run of `text`, cleaned.
fn run(text: &str) -> Run {
    Run::new().add_text(clean(text))
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
        self.paragraph().add_run(run(text))
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
                p = p.add_run(run(before));
            }
            p = p.add_run(run(strong).bold());
            at = end;
        }
        p.add_run(run(text.text.get(at..).unwrap_or_default()))
    }

    fn cell(&self, text: &str, bold: bool) -> TableCell {
        let mut cell = TableCell::new();
        for line in text.split('\n') {
            let r = run(line).size(SMALL + 1);
            cell = cell.add_paragraph(self.paragraph().add_run(if bold { r.bold() } else { r }));
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
                    .add_run(run(&format!("{mark}\t")));
                d.add_paragraph(self.rich(p, item))
            }),
            Block::Quote(q) => {
                let (translation, attribution) = super::pdf::quote_lines(loc, q);
                let mut quote = Paragraph::new()
                    .indent(Some(567), None, None, None)
                    .add_run(run(&q.text).italic());
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
                            .add_run(run(&t).size(SMALL + 2)),
                    );
                }
                d.add_paragraph(
                    self.paragraph()
                        .indent(Some(567), None, None, None)
                        .add_run(run(&attribution).size(SMALL)),
                )
            }
            Block::Table(t) => d.add_table(self.table(&t.headers, &t.rows)),
            Block::BarChart(c) => {
                let rows: Vec<Vec<String>> = c
                    .bars
                    .iter()
                    .map(|b| vec![b.label.clone(), b.shown.clone()])
                    .collect();
                let mut d = d.add_paragraph(
                    self.paragraph()
                        .add_run(run(&c.title).bold())
                        .keep_next(true),
                );
                // The bars as a picture, their labels and values below it
                // in a table, in the same order.
                if let Some((png, w, h)) = bars_png(c, self.rtl) {
                    let pic = docx_rs::Pic::new_with_dimensions(png, w, h);
                    d = d.add_paragraph(
                        self.paragraph()
                            .keep_next(true)
                            .add_run(Run::new().add_image(pic)),
                    );
                }
                d.add_table(self.table(&[String::new(), String::new()], &rows))
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
                d.add_paragraph(self.paragraph().add_run(run(&m.title).bold()))
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

/// Pixels of one bar's row, and the picture's width.
const ROW_PX: u32 = 22;
const WIDTH_PX: u32 = 560;

/// A bar chart as a PNG (bars and gridlines; the words are in the table
/// below it), mirrored for right-to-left documents; `None` when it has no
/// bars. A suppressed count has no bar, as in the PDF.
fn bars_png(chart: &super::pdf::BarChart, rtl: bool) -> Option<(Vec<u8>, u32, u32)> {
    if chart.bars.is_empty() {
        return None;
    }
    // At most a page high: rows get thinner past 36 bars, and a chart of
    // more than 200 bars is left to its table.
    if chart.bars.len() > 200 {
        return None;
    }
    let n = chart.bars.len() as u32;
    let row = (ROW_PX * 36 / n.max(36)).max(4);
    let (w, h) = (WIDTH_PX, row * n + 8);
    let max = chart.bars.iter().map(|b| b.value).fold(0.0, f64::max);
    let mut px = vec![255u8; (w * h * 3) as usize];
    let mut fill = |x0: u32, y0: u32, x1: u32, y1: u32, rgb: [u8; 3]| {
        for y in y0..y1.min(h) {
            for x in x0..x1.min(w) {
                let x = if rtl { w - 1 - x } else { x };
                let i = ((y * w + x) * 3) as usize;
                px[i..i + 3].copy_from_slice(&rgb);
            }
        }
    };
    for g in 0..=4 {
        let x = (w - 1) * g / 4;
        fill(x, 0, x + 1, h, [0xc5, 0xcb, 0xd2]);
    }
    for (i, b) in chart.bars.iter().enumerate() {
        let len = if max > 0.0 {
            ((b.value / max) * f64::from(w - 2)) as u32
        } else {
            0
        };
        let y = 4 + row * i as u32;
        fill(0, y + row / 5, len, y + row - row / 5, [0x1d, 0x5c, 0x8c]);
    }
    let mut out = vec![];
    let mut enc = png::Encoder::new(&mut out, w, h);
    enc.set_color(png::ColorType::Rgb);
    enc.set_depth(png::BitDepth::Eight);
    enc.write_header().ok()?.write_image_data(&px).ok()?;
    Some((out, w, h))
}

fn is_rtl_char(c: char) -> bool {
    matches!(
        unicode_bidi::bidi_class(c),
        unicode_bidi::BidiClass::R | unicode_bidi::BidiClass::AL
    )
}
