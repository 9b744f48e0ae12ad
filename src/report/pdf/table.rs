//! Tables and heat tables (matrices) as a grid of wrapped cells.
//!
//! Column widths come from the content, for tables and heat tables alike:
//! each column gets at least its longest word and then a share of the
//! remaining width in proportion to how much its cells would like, so a
//! narrow count column stays narrow beside a column of long theme names.
//! A table whose longest words do not fit side by side is set in smaller
//! type rather than cutting a word. Each row is one chunk, so a long
//! table breaks between rows and repeats its header row on every page.
//! Columns run from the start side: the first column is on the right in
//! Arabic.

use std::rc::Rc;

use super::{
    PdfError,
    layout::{Chunk, Ctx, Item, stack},
    model::{Align, Matrix, Table},
    shaping::Dir,
    style::{self, Color, Style},
};

const PAD_X: f32 = 5.0;
const PAD_Y: f32 = 4.0;

/// One cell as the grid draws it.
struct GridCell<'a> {
    text: &'a str,
    fill: Option<Color>,
    style: Style,
}

struct Grid<'a> {
    header: Vec<GridCell<'a>>,
    rows: Vec<Vec<GridCell<'a>>>,
    align: Vec<Align>,
    /// Column widths in points, start side first.
    widths: Vec<f32>,
}

impl<'a> Grid<'a> {
    fn new(
        header: Vec<GridCell<'a>>,
        rows: Vec<Vec<GridCell<'a>>>,
        align: Vec<Align>,
        widths: Vec<f32>,
    ) -> Self {
        Self {
            header,
            rows,
            align,
            widths,
        }
    }
}

pub(crate) fn table(ctx: &mut Ctx, t: &Table) -> Result<Vec<Chunk>, PdfError> {
    let expected = t.headers.len();
    if let Some(bad) = t.rows.iter().find(|r| r.len() != expected) {
        return Err(PdfError::TableShape {
            block: ctx.shaper.block,
            expected,
            found: bad.len(),
        });
    }
    fn cell(text: &str, style: Style) -> GridCell<'_> {
        GridCell {
            text,
            fill: None,
            style,
        }
    }
    let mut header: Vec<GridCell> = t
        .headers
        .iter()
        .map(|h| cell(h, style::TABLE_HEAD))
        .collect();
    let mut rows: Vec<Vec<GridCell>> = t
        .rows
        .iter()
        .map(|r| r.iter().map(|c| cell(c, style::TABLE_CELL)).collect())
        .collect();
    let widths = fit_columns(ctx, &mut header, &mut rows)?;
    let align = (0..expected)
        .map(|i| t.align.get(i).copied().unwrap_or_default())
        .collect();
    grid(ctx, Grid::new(header, rows, align, widths))
}

pub(crate) fn matrix(ctx: &mut Ctx, m: &Matrix) -> Result<Vec<Chunk>, PdfError> {
    let block = ctx.shaper.block;
    let values = m
        .rows
        .iter()
        .flat_map(|(_, cells)| cells.iter().map(|c| c.value));
    let mut max: f64 = 0.0;
    for v in values {
        if !v.is_finite() || v < 0.0 {
            return Err(PdfError::ChartValue { block });
        }
        max = max.max(v);
    }
    let columns = m.columns.len();
    if let Some((_, bad)) = m.rows.iter().find(|(_, cells)| cells.len() != columns) {
        return Err(PdfError::TableShape {
            block,
            expected: columns,
            found: bad.len(),
        });
    }
    let mut header = vec![GridCell {
        text: "",
        fill: None,
        style: style::TABLE_HEAD,
    }];
    header.extend(m.columns.iter().map(|c| GridCell {
        text: c,
        fill: None,
        style: style::TABLE_HEAD,
    }));
    let mut rows: Vec<Vec<GridCell>> = m
        .rows
        .iter()
        .map(|(label, cells)| {
            let mut row = vec![GridCell {
                text: label,
                fill: None,
                style: style::TABLE_CELL,
            }];
            row.extend(cells.iter().map(|c| {
                let share = if max > 0.0 { c.value / max } else { 0.0 } as f32;
                let fill = style::ACCENT.tint(1.0 - 0.88 * share);
                let ink = if fill.luminance() < 0.55 {
                    style::WHITE
                } else {
                    style::INK
                };
                GridCell {
                    text: &c.shown,
                    fill: Some(fill),
                    style: Style::new(style::TABLE_CELL.size, false, ink),
                }
            }));
            row
        })
        .collect();
    let widths = fit_columns(ctx, &mut header, &mut rows)?;
    let mut align = vec![Align::Start];
    align.extend(std::iter::repeat_n(Align::Center, columns));
    let mut chunks = caption(ctx, &m.title)?;
    chunks.extend(grid(ctx, Grid::new(header, rows, align, widths))?);
    Ok(chunks)
}

/// A chart or matrix title, kept with what follows.
pub(crate) fn caption(ctx: &mut Ctx, title: &str) -> Result<Vec<Chunk>, PdfError> {
    if title.is_empty() {
        return Ok(Vec::new());
    }
    let frame = ctx.frame;
    let lines = ctx.doc_lines(title, style::CHART_TITLE, frame.width)?;
    let (h, items) = stack(&frame, lines, 0.0, frame.width, None);
    Ok(vec![Chunk {
        keep_with_next: true,
        ..Chunk::new(h + 4.0, items).space(12.0)
    }])
}

/// Natural (unwrapped) width and longest word of a cell, in points.
fn measure(ctx: &mut Ctx, text: &str, style: Style) -> Result<(f32, f32), PdfError> {
    let rtl = ctx.rtl();
    let mut natural: f32 = 0.0;
    let mut word: f32 = 0.0;
    for part in text.split('\n') {
        let para = ctx.shaper.paragraph(part, style, Dir::of(rtl))?;
        natural = natural.max(para.pieces.iter().map(|p| p.width).sum());
        let mut run = 0.0;
        for p in &para.pieces {
            if p.space {
                run = 0.0;
            } else {
                run += p.width;
                word = word.max(run);
            }
        }
    }
    Ok((natural, word))
}

/// Smallest type a table shrinks to before a word would be cut.
const MIN_TABLE_SIZE: f32 = 6.0;

/// Column widths filling the frame: each column at least as wide as its
/// longest word, then the rest in proportion to what each column would take
/// unwrapped. When the longest words alone are wider than the frame, the
/// table's type shrinks (down to [`MIN_TABLE_SIZE`]) so that no word is
/// cut; only below that is a word cut, as a last resort.
fn fit_columns<'a>(
    ctx: &mut Ctx,
    header: &mut [GridCell<'a>],
    rows: &mut [Vec<GridCell<'a>>],
) -> Result<Vec<f32>, PdfError> {
    let total = ctx.frame.width;
    let n = header.len().max(1);
    let padding = 2.0 * PAD_X * n as f32;
    let (mut natural, mut least) = measure_columns(ctx, header, rows)?;
    for _ in 0..3 {
        let least_sum: f32 = least.iter().sum();
        let size = header.first().map_or(MIN_TABLE_SIZE, |c| c.style.size);
        if least_sum <= total || size <= MIN_TABLE_SIZE {
            break;
        }
        // Widths grow with the type size, padding does not.
        let scale = ((total - padding) / (least_sum - padding).max(f32::EPSILON)) * 0.99;
        for c in header.iter_mut().chain(rows.iter_mut().flatten()) {
            c.style.size = (c.style.size * scale).max(MIN_TABLE_SIZE);
        }
        (natural, least) = measure_columns(ctx, header, rows)?;
    }
    let least_sum: f32 = least.iter().sum();
    if least_sum >= total {
        return Ok(least.iter().map(|w| w * total / least_sum).collect());
    }
    let natural_sum: f32 = natural.iter().sum();
    if natural_sum <= total {
        return Ok(natural.iter().map(|w| w * total / natural_sum).collect());
    }
    let want: Vec<f32> = natural.iter().zip(&least).map(|(n, l)| n - l).collect();
    let want_sum: f32 = want.iter().sum();
    let spare = total - least_sum;
    Ok(least
        .iter()
        .zip(&want)
        .map(|(l, w)| l + spare * w / want_sum.max(f32::EPSILON))
        .collect())
}

/// Each column's natural width and longest word, padding included.
fn measure_columns(
    ctx: &mut Ctx,
    header: &[GridCell],
    rows: &[Vec<GridCell>],
) -> Result<(Vec<f32>, Vec<f32>), PdfError> {
    let n = header.len().max(1);
    let mut natural = vec![0.0f32; n];
    let mut least = vec![0.0f32; n];
    for row in std::iter::once(header).chain(rows.iter().map(Vec::as_slice)) {
        for (i, c) in row.iter().enumerate() {
            let (nat, word) = measure(ctx, c.text, c.style)?;
            natural[i] = natural[i].max(nat + 2.0 * PAD_X);
            least[i] = least[i].max(word + 2.0 * PAD_X);
        }
    }
    Ok((natural, least))
}

/// One row: wrapped cells, fills, and a rule under it.
fn row_chunk(
    ctx: &mut Ctx,
    cells: &[GridCell],
    align: &[Align],
    widths: &[f32],
    rule: f32,
) -> Result<Chunk, PdfError> {
    let frame = ctx.frame;
    let mut texts = Vec::new();
    let mut height: f32 = 0.0;
    let mut start = 0.0;
    let mut fills = Vec::new();
    for ((cell, a), w) in cells.iter().zip(align).zip(widths) {
        let lines = ctx.doc_lines(cell.text, cell.style, w - 2.0 * PAD_X)?;
        let (h, items) = stack(&frame, lines, start + PAD_X, w - 2.0 * PAD_X, Some(*a));
        height = height.max(h + 2.0 * PAD_Y);
        texts.extend(items.into_iter().map(|mut it| {
            it.shift(PAD_Y);
            it
        }));
        if let Some(color) = cell.fill {
            fills.push((frame.x(start, *w), *w, color));
        }
        start += w;
    }
    let mut items: Vec<Item> = fills
        .into_iter()
        .map(|(x, w, color)| Item::Rect {
            x: x + 0.5,
            y: 0.5,
            w: w - 1.0,
            h: height - 1.0,
            color,
        })
        .collect();
    items.extend(texts);
    items.push(Item::Rule {
        x1: frame.left,
        y1: height,
        x2: frame.left + frame.width,
        y2: height,
        width: rule,
        color: style::RULE,
        dotted: false,
    });
    Ok(Chunk::new(height, items))
}

fn grid(ctx: &mut Ctx, g: Grid) -> Result<Vec<Chunk>, PdfError> {
    let frame = ctx.frame;
    let mut header = row_chunk(ctx, &g.header, &g.align, &g.widths, 0.9)?;
    header.items.insert(
        0,
        Item::Rect {
            x: frame.left,
            y: 0.0,
            w: frame.width,
            h: header.height,
            color: style::PANEL,
        },
    );
    header.space_before = 10.0;
    header.keep_with_next = true;
    let repeat = Rc::new(Chunk {
        space_before: 0.0,
        keep_with_next: false,
        ..header.clone()
    });
    let mut chunks = vec![header];
    for row in &g.rows {
        let mut c = row_chunk(ctx, row, &g.align, &g.widths, 0.4)?;
        c.header = Some(repeat.clone());
        chunks.push(c);
    }
    Ok(chunks)
}
