//! Layout of the text blocks: cover, headings, paragraphs, quotes, lists,
//! key figures and the table of contents. Tables and charts have their own
//! modules. Each function turns one block into chunks for the flow.

use super::{
    PdfError, charts,
    layout::{Chunk, Ctx, Item, line_chunks, stack},
    model::{Align, Block, Document, Inline, KeyFigure, QuoteBlock},
    shaping::Dir,
    style::{self, Style},
    table,
};
use crate::i18n::{Arg, Localizer};

/// Lays out one block.
pub(crate) fn block(ctx: &mut Ctx, block: &Block) -> Result<Vec<Chunk>, PdfError> {
    match block {
        Block::Heading { level, text } => heading(ctx, *level, text),
        Block::Paragraph(text) => paragraph(ctx, text),
        Block::Quote(q) => quote(ctx, q),
        Block::Rich(text) => rich(ctx, text),
        Block::List { numbered, items } => list(ctx, *numbered, items),
        Block::Table(t) => table::table(ctx, t),
        Block::Matrix(m) => table::matrix(ctx, m),
        Block::BarChart(c) => charts::bar_chart(ctx, c),
        Block::KeyFigures(figures) => key_figures(ctx, figures),
        Block::TableOfContents => contents(ctx),
        Block::PageBreak => Ok(vec![Chunk {
            break_before: true,
            ..Chunk::default()
        }]),
    }
}

fn heading(ctx: &mut Ctx, level: u8, text: &str) -> Result<Vec<Chunk>, PdfError> {
    let (style, space) = match level {
        1 => (style::H1, 22.0),
        2 => (style::H2, 16.0),
        3 => (style::H3, 11.0),
        _ => {
            return Err(PdfError::HeadingLevel {
                block: ctx.shaper.block,
                level,
            });
        }
    };
    let frame = ctx.frame;
    let lines = ctx.doc_lines(text, style, frame.width)?;
    let (mut height, mut items) = stack(&frame, lines, 0.0, frame.width, None);
    if level == 1 {
        items.push(Item::Rule {
            x1: frame.x(0.0, 48.0),
            y1: height + 3.0,
            x2: frame.x(0.0, 48.0) + 48.0,
            y2: height + 3.0,
            width: 2.0,
            color: style::ACCENT,
            dotted: false,
        });
        height += 9.0;
    }
    let anchor = (level <= 2).then(|| {
        ctx.next_anchor += 1;
        ctx.next_anchor - 1
    });
    Ok(vec![Chunk {
        height: height + 3.0,
        space_before: space,
        items,
        keep_with_next: true,
        anchor,
        ..Chunk::default()
    }])
}

fn paragraph(ctx: &mut Ctx, text: &str) -> Result<Vec<Chunk>, PdfError> {
    let width = ctx.frame.width;
    let lines = ctx.doc_lines(text, style::BODY, width)?;
    Ok(first_spaced(
        line_chunks(&ctx.frame, lines, 0.0, width),
        7.0,
    ))
}

fn rich(ctx: &mut Ctx, text: &Inline) -> Result<Vec<Chunk>, PdfError> {
    let width = ctx.frame.width;
    let lines = ctx.inline_lines(text, style::BODY, width)?;
    Ok(first_spaced(
        line_chunks(&ctx.frame, lines, 0.0, width),
        7.0,
    ))
}

/// Widow and orphan control for the lines of one paragraph: a short one
/// (up to four lines) is kept whole, a longer one never leaves its first
/// or last line alone on a page.
fn no_widows(lines: &mut [Chunk]) {
    let n = lines.len();
    for (i, c) in lines.iter_mut().enumerate().take(n.saturating_sub(1)) {
        if n <= 4 || i == 0 || i + 2 >= n {
            c.keep_with_next = true;
        }
    }
}

fn first_spaced(mut chunks: Vec<Chunk>, space: f32) -> Vec<Chunk> {
    if let Some(c) = chunks.first_mut() {
        c.space_before = space;
    }
    chunks
}

/// Width of the bar on a quote's start side, and where its text starts.
const QUOTE_BAR: f32 = 2.5;
const QUOTE_INDENT: f32 = 16.0;

/// A quote's translation line and attribution line as printed (what a
/// word count counts too).
pub(crate) fn quote_lines(loc: &Localizer, q: &QuoteBlock) -> (Option<String>, String) {
    let translation = q
        .translation
        .as_deref()
        .map(|t| loc.format("report-translation", &[("text", Arg::from(t))]));
    (translation, format!("— {}", q.attribution))
}

fn quote(ctx: &mut Ctx, q: &QuoteBlock) -> Result<Vec<Chunk>, PdfError> {
    let frame = ctx.frame;
    let width = frame.width - QUOTE_INDENT;
    // The participant's words run in their own direction.
    let own = Dir::Auto {
        rtl_default: ctx.rtl(),
    };
    let (translation, attribution) = quote_lines(ctx.loc, q);
    let mut parts = vec![(ctx.lines(&q.text, style::QUOTE, own, width)?, 12.0)];
    if let Some(text) = translation {
        parts.push((ctx.doc_lines(&text, style::TRANSLATION, width)?, 3.0));
    }
    let mut chunks: Vec<Chunk> = Vec::new();
    for (lines, space) in parts {
        // Each part's last line stays with what follows (the translation,
        // then the attribution).
        if let Some(last) = chunks.last_mut() {
            last.keep_with_next = true;
        }
        let mut part = first_spaced(line_chunks(&frame, lines, QUOTE_INDENT, width), space);
        no_widows(&mut part);
        chunks.extend(part);
    }
    // The bar runs unbroken beside the quote and its translation.
    let bar_x = frame.x(1.0, QUOTE_BAR);
    for (i, c) in chunks.iter_mut().enumerate() {
        let reach = if i == 0 { 0.0 } else { c.space_before };
        c.items.push(Item::Rect {
            x: bar_x,
            y: -reach,
            w: QUOTE_BAR,
            h: c.height + reach,
            color: style::ACCENT.tint(0.55),
        });
    }
    if let Some(last) = chunks.last_mut() {
        // The attribution never starts a page on its own.
        last.keep_with_next = true;
    }
    let lines = ctx.doc_lines(&attribution, style::SMALL, width)?;
    chunks.extend(first_spaced(
        line_chunks(&frame, lines, QUOTE_INDENT, width),
        2.0,
    ));
    Ok(chunks)
}

const BULLET_INDENT: f32 = 20.0;

fn list(ctx: &mut Ctx, numbered: bool, items: &[Inline]) -> Result<Vec<Chunk>, PdfError> {
    let frame = ctx.frame;
    let width = frame.width - BULLET_INDENT;
    let mut chunks = Vec::new();
    for (i, text) in items.iter().enumerate() {
        let lines = ctx.inline_lines(text, style::BODY, width)?;
        let mut item = line_chunks(&frame, lines, BULLET_INDENT, width);
        let mark = if numbered {
            ctx.loc
                .format("report-list-number", &[("n", Arg::from(i + 1))])
        } else {
            "•".to_owned()
        };
        let bullet = ctx.doc_lines(&mark, style::BODY, BULLET_INDENT)?.remove(0);
        if let Some(first) = item.first_mut() {
            first.space_before = if i == 0 { 7.0 } else { 3.0 };
            let x = frame.x(4.0, bullet.width);
            first.items.push(Item::Text {
                x,
                y: 0.0,
                line: bullet,
            });
        }
        chunks.extend(item);
    }
    Ok(chunks)
}

const FIGURES_PER_ROW: usize = 4;
const FIGURE_GAP: f32 = 10.0;
const FIGURE_PAD: f32 = 9.0;

fn key_figures(ctx: &mut Ctx, figures: &[KeyFigure]) -> Result<Vec<Chunk>, PdfError> {
    let frame = ctx.frame;
    let mut chunks = Vec::new();
    for row in figures.chunks(FIGURES_PER_ROW) {
        let n = row.len() as f32;
        let box_w = (frame.width - FIGURE_GAP * (n - 1.0)) / n;
        let inner = box_w - 2.0 * FIGURE_PAD;
        let mut boxes = Vec::new();
        let mut height: f32 = 0.0;
        for (i, fig) in row.iter().enumerate() {
            let start = i as f32 * (box_w + FIGURE_GAP);
            let mut lines = ctx.doc_lines(&fig.value, style::FIGURE_VALUE, inner)?;
            lines.extend(ctx.doc_lines(&fig.label, style::FIGURE_LABEL, inner)?);
            let (h, mut items) = stack(
                &frame,
                lines,
                start + FIGURE_PAD,
                inner,
                Some(Align::Center),
            );
            items.iter_mut().for_each(|it| it.shift(FIGURE_PAD));
            height = height.max(h + 2.0 * FIGURE_PAD);
            boxes.push((frame.x(start, box_w), box_w, items));
        }
        let mut items = Vec::new();
        for (x, w, texts) in boxes {
            items.push(Item::Rect {
                x,
                y: 0.0,
                w,
                h: height,
                color: style::PANEL,
            });
            items.extend(texts);
        }
        chunks.push(Chunk::new(height, items).space(10.0));
    }
    Ok(chunks)
}

/// Width kept for page numbers in the contents, at the end side.
const TOC_NUMBER: f32 = 30.0;

fn contents(ctx: &mut Ctx) -> Result<Vec<Chunk>, PdfError> {
    let frame = ctx.frame;
    let title = ctx.loc.text("report-contents");
    let lines = ctx.doc_lines(&title, style::H1, frame.width)?;
    let (h, items) = stack(&frame, lines, 0.0, frame.width, None);
    let mut chunks = vec![Chunk {
        keep_with_next: true,
        ..Chunk::new(h + 8.0, items)
    }];
    let headings = ctx.headings.clone();
    for (anchor, (level, text)) in headings.iter().enumerate() {
        let (indent, style, space) = if *level == 1 {
            (0.0, Style::new(10.5, true, style::INK), 7.0)
        } else {
            (14.0, style::BODY, 2.0)
        };
        let width = frame.width - indent - TOC_NUMBER - 10.0;
        let lines = ctx.doc_lines(text, style, width)?;
        let last = lines.last().map(|l| (l.width, l.height, l.baseline));
        let (height, mut items) = stack(&frame, lines, indent, width, None);
        if let Some((w, h, baseline)) = last {
            let y = height - h;
            let number_x = frame.x(frame.width - TOC_NUMBER, TOC_NUMBER);
            let text_x = frame.x(indent, width);
            let (x1, x2) = if frame.rtl {
                (number_x + TOC_NUMBER - 8.0, text_x + width - w - 4.0)
            } else {
                (text_x + w + 4.0, number_x + 8.0)
            };
            if (x2 - x1).abs() > 12.0 {
                items.push(Item::Rule {
                    x1,
                    y1: y + baseline,
                    x2,
                    y2: y + baseline,
                    width: 0.6,
                    color: style::RULE,
                    dotted: true,
                });
            }
            items.push(Item::PageRef {
                anchor,
                x: number_x,
                y,
                w: TOC_NUMBER,
                link_x: frame.left,
                link_w: frame.width,
                style,
            });
        }
        chunks.push(Chunk::new(height, items).space(space));
    }
    Ok(chunks)
}

/// The cover page's items.
pub(crate) fn cover(ctx: &mut Ctx, doc: &Document) -> Result<Vec<Item>, PdfError> {
    let frame = ctx.frame;
    let mut items = vec![Item::Rect {
        x: 0.0,
        y: 0.0,
        w: style::PAGE_WIDTH,
        h: 18.0,
        color: style::ACCENT,
    }];
    let mut y = 250.0;
    let title = ctx.doc_lines(&doc.title, style::COVER_TITLE, frame.width)?;
    let (h, texts) = stack(&frame, title, 0.0, frame.width, None);
    items.extend(shifted(texts, y));
    y += h + 14.0;
    items.push(Item::Rect {
        x: frame.x(0.0, 64.0),
        y,
        w: 64.0,
        h: 3.0,
        color: style::ACCENT,
    });
    y += 20.0;
    if let Some(sub) = &doc.subtitle {
        let lines = ctx.doc_lines(sub, style::COVER_SUBTITLE, frame.width)?;
        let (h, texts) = stack(&frame, lines, 0.0, frame.width, None);
        items.extend(shifted(texts, y));
        y += h + 18.0;
    }
    for line in &doc.byline {
        let lines = ctx.doc_lines(line, style::COVER_BYLINE, frame.width)?;
        let (h, texts) = stack(&frame, lines, 0.0, frame.width, None);
        items.extend(shifted(texts, y));
        y += h + 2.0;
    }
    Ok(items)
}

/// The title block at the top of a document without a cover.
pub(crate) fn title(ctx: &mut Ctx, doc: &Document) -> Result<Vec<Chunk>, PdfError> {
    let frame = ctx.frame;
    let mut lines = ctx.doc_lines(&doc.title, style::H1, frame.width)?;
    if let Some(sub) = &doc.subtitle {
        lines.extend(ctx.doc_lines(sub, Style::new(12.0, false, style::ACCENT), frame.width)?);
    }
    for b in &doc.byline {
        lines.extend(ctx.doc_lines(b, style::SMALL, frame.width)?);
    }
    let (h, mut items) = stack(&frame, lines, 0.0, frame.width, None);
    items.push(Item::Rule {
        x1: frame.left,
        y1: h + 6.0,
        x2: frame.left + frame.width,
        y2: h + 6.0,
        width: 0.8,
        color: style::RULE,
        dotted: false,
    });
    Ok(vec![Chunk::new(h + 10.0, items)])
}

fn shifted(items: Vec<Item>, dy: f32) -> impl Iterator<Item = Item> {
    items.into_iter().map(move |mut it| {
        it.shift(dy);
        it
    })
}
