//! Pagination: chunks flow onto pages.
//!
//! The flow stacks chunks down the page and starts a new page when the
//! next one does not fit, keeping a heading with what follows it and
//! repeating a table's header row on each page the table spans.
//!
//! Anything that depends on where things land (the table of contents'
//! page numbers, "Page 3 of 12") is left as a reference and resolved once
//! every page is known: the second pass of a two-pass layout, without
//! setting the text twice, since widths reserved for the numbers make the
//! first pass independent of them.

use super::{
    PdfError, blocks,
    layout::{Chunk, Ctx, Frame, Item},
    model::{Block, Document},
    shaping::Shaper,
    style,
};
use crate::i18n::{Arg, Localizer};

/// One laid-out page.
#[derive(Debug, Default)]
pub(crate) struct Page {
    pub items: Vec<Item>,
}

/// Where a heading landed, for the PDF outline.
#[derive(Debug, Clone)]
pub(crate) struct OutlineEntry {
    pub level: u8,
    pub title: String,
    pub page: usize,
}

/// The laid-out document.
pub(crate) struct Laid {
    pub pages: Vec<Page>,
    pub outline: Vec<OutlineEntry>,
}

const BODY_TOP: f32 = style::MARGIN_TOP;
const BODY_BOTTOM: f32 = style::PAGE_HEIGHT - style::MARGIN_BOTTOM;

struct Flow {
    pages: Vec<Page>,
    y: f32,
    empty: bool,
    anchors: Vec<usize>,
}

impl Flow {
    fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = BODY_TOP;
        self.empty = true;
    }

    fn put(&mut self, chunk: &Chunk, space: f32) {
        let top = self.y + space;
        let page = self.pages.last_mut().expect("a page is open");
        page.items.extend(chunk.items.iter().cloned().map(|mut it| {
            it.shift(top);
            it
        }));
        self.y = top + chunk.height;
        if chunk.height > 0.0 || !chunk.items.is_empty() {
            self.empty = false;
        }
    }

    /// Places `chunk`; `rest` is what follows it. A chunk kept with the
    /// next one moves to a new page unless the whole chain of chunks kept
    /// together fits (as far as a page can hold).
    fn place(&mut self, chunk: &Chunk, rest: &[Chunk]) -> Result<(), PdfError> {
        if chunk.height > BODY_BOTTOM - BODY_TOP {
            return Err(PdfError::TooTall { block: chunk.block });
        }
        if chunk.break_before && !self.empty {
            self.new_page();
        }
        let space = if self.empty { 0.0 } else { chunk.space_before };
        let mut need = space + chunk.height;
        let mut kept = chunk.keep_with_next;
        for n in rest {
            if !kept {
                break;
            }
            need += n.space_before + n.height;
            kept = n.keep_with_next;
            if need > BODY_BOTTOM - BODY_TOP {
                // A chain taller than a page cannot stay together: keep
                // this chunk with the next one only.
                let first = &rest[0];
                need = space + chunk.height + first.space_before + first.height;
                break;
            }
        }
        if self.y + need > BODY_BOTTOM && !self.empty {
            self.new_page();
            if let Some(h) = &chunk.header {
                self.put(h, 0.0);
            }
        }
        let space = if self.empty { 0.0 } else { space };
        if let Some(a) = chunk.anchor {
            self.anchors[a] = self.pages.len();
        }
        self.put(chunk, space);
        Ok(())
    }
}

/// Lays the whole document out: cover, blocks, then page references and
/// footers.
pub(crate) fn lay_out(doc: &Document, loc: &Localizer) -> Result<Laid, PdfError> {
    let rtl = crate::i18n::is_rtl(loc.lang());
    let frame = Frame {
        left: style::MARGIN_SIDE,
        width: style::PAGE_WIDTH - 2.0 * style::MARGIN_SIDE,
        rtl,
    };
    let headings: Vec<(u8, String)> = doc
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading { level, text } if *level <= 2 => Some((*level, text.clone())),
            _ => None,
        })
        .collect();
    let mut ctx = Ctx {
        shaper: Shaper::new(),
        frame,
        loc,
        headings,
        next_anchor: 0,
    };

    let mut chunks = Vec::new();
    let mut flow = Flow {
        pages: Vec::new(),
        y: BODY_TOP,
        empty: true,
        anchors: vec![0; ctx.headings.len()],
    };
    flow.new_page();
    if doc.cover {
        flow.pages[0].items = blocks::cover(&mut ctx, doc)?;
        flow.empty = false;
    } else {
        chunks.extend(blocks::title(&mut ctx, doc)?);
    }
    for (i, block) in doc.blocks.iter().enumerate() {
        ctx.shaper.block = i + 1;
        let mut laid = blocks::block(&mut ctx, block)?;
        for c in &mut laid {
            c.block = i + 1;
        }
        chunks.extend(laid);
    }
    if doc.cover
        && let Some(first) = chunks.first_mut()
    {
        first.break_before = true;
    }
    for (i, chunk) in chunks.iter().enumerate() {
        flow.place(chunk, &chunks[i + 1..])?;
    }

    let total = flow.pages.len();
    if let Some(limit) = doc.page_limit
        && total > limit
    {
        return Err(PdfError::TooManyPages {
            pages: total,
            limit,
        });
    }
    let anchors = flow.anchors;
    let mut pages = flow.pages;
    for (n, page) in pages.iter_mut().enumerate() {
        resolve_refs(&mut ctx, page, &anchors)?;
        if !(doc.cover && n == 0) {
            page.items.extend(footer(&mut ctx, doc, n + 1, total)?);
        }
    }
    let outline = ctx
        .headings
        .iter()
        .zip(&anchors)
        .map(|((level, title), page)| OutlineEntry {
            level: *level,
            title: title.clone(),
            page: *page,
        })
        .collect();
    Ok(Laid { pages, outline })
}

/// Turns page references into numbers set at the end side, with links.
fn resolve_refs(ctx: &mut Ctx, page: &mut Page, anchors: &[usize]) -> Result<(), PdfError> {
    let mut resolved = Vec::new();
    for item in &page.items {
        if let Item::PageRef {
            anchor,
            x,
            y,
            w,
            link_x,
            link_w,
            style,
        } = *item
        {
            let target = anchors[anchor];
            let mut lines = ctx.doc_lines(&target.to_string(), style, w)?;
            let line = lines.remove(0);
            let lx = if ctx.rtl() { x } else { x + w - line.width };
            resolved.push(Item::Link {
                x: link_x,
                y,
                w: link_w,
                h: line.height,
                page: target,
            });
            resolved.push(Item::Text { x: lx, y, line });
        }
    }
    page.items.retain(|i| !matches!(i, Item::PageRef { .. }));
    page.items.extend(resolved);
    Ok(())
}

/// "Page N of M" at the end side, the title at the start side when it fits.
fn footer(ctx: &mut Ctx, doc: &Document, n: usize, total: usize) -> Result<Vec<Item>, PdfError> {
    let frame = ctx.frame;
    let text = ctx.loc.format(
        "report-page-of",
        &[("n", Arg::from(n)), ("total", Arg::from(total))],
    );
    let rule_y = style::PAGE_HEIGHT - style::MARGIN_BOTTOM + 18.0;
    let mut items = vec![Item::Rule {
        x1: frame.left,
        y1: rule_y,
        x2: frame.left + frame.width,
        y2: rule_y,
        width: 0.5,
        color: style::RULE,
        dotted: false,
    }];
    let number = ctx.doc_lines(&text, style::FOOTER, frame.width)?.remove(0);
    let top = style::PAGE_HEIGHT - style::FOOTER_BASELINE - number.baseline;
    let number_width = number.width;
    items.push(Item::Text {
        x: frame.x(frame.width - number_width, number_width),
        y: top,
        line: number,
    });
    let room = frame.width - number_width - 24.0;
    // The footer text if it fits, else (for a filtered report) what is
    // after its last " · ": the filter, which must not be lost.
    let said = doc.footer.as_deref().unwrap_or(&doc.title);
    let mut candidates = vec![said];
    if let Some((_, tail)) = said.rsplit_once(" · ") {
        candidates.push(tail);
    }
    for text in candidates {
        let line = ctx.doc_lines(text, style::FOOTER, f32::MAX)?.remove(0);
        if line.width <= room {
            items.push(Item::Text {
                x: frame.x(0.0, line.width),
                y: top,
                line,
            });
            break;
        }
    }
    Ok(items)
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use super::*;

    fn flow(anchors: usize) -> Flow {
        let mut f = Flow {
            pages: Vec::new(),
            y: BODY_TOP,
            empty: true,
            anchors: vec![0; anchors],
        };
        f.new_page();
        f
    }

    fn marker(y: f32) -> Item {
        Item::Rect {
            x: 0.0,
            y,
            w: 1.0,
            h: 1.0,
            color: style::INK,
        }
    }

    fn block(height: f32) -> Chunk {
        Chunk::new(height, vec![marker(0.0)])
    }

    fn tops(page: &Page) -> Vec<f32> {
        page.items
            .iter()
            .filter_map(|i| match i {
                Item::Rect { y, .. } => Some(*y),
                _ => None,
            })
            .collect()
    }

    const BODY: f32 = BODY_BOTTOM - BODY_TOP;

    #[test]
    fn a_heading_that_would_end_a_page_moves_with_what_follows() {
        let mut f = flow(1);
        f.place(&block(BODY - 40.0), &[]).unwrap();
        let heading = Chunk {
            keep_with_next: true,
            anchor: Some(0),
            ..block(20.0)
        };
        let paragraph = block(30.0);
        f.place(&heading, std::slice::from_ref(&paragraph)).unwrap();
        f.place(&paragraph, &[]).unwrap();
        assert_eq!(f.pages.len(), 2);
        assert_eq!(tops(&f.pages[1]), vec![BODY_TOP, BODY_TOP + 20.0]);
        assert_eq!(
            f.anchors,
            vec![2],
            "the contents point at the page it moved to"
        );
    }

    #[test]
    fn a_chain_of_lines_kept_together_moves_whole() {
        let mut f = flow(0);
        f.place(&block(BODY - 45.0), &[]).unwrap();
        let kept = Chunk {
            keep_with_next: true,
            ..block(20.0)
        };
        let lines = [kept.clone(), kept, block(20.0)];
        for i in 0..lines.len() {
            f.place(&lines[i], &lines[i + 1..]).unwrap();
        }
        // The first two would fit on page 1; the third would not, so all
        // three open page 2.
        assert_eq!(f.pages.len(), 2);
        assert_eq!(tops(&f.pages[1]).len(), 3);
    }

    #[test]
    fn a_chain_taller_than_a_page_still_fills_its_pages() {
        let mut f = flow(0);
        let kept = Chunk {
            keep_with_next: true,
            ..block(BODY / 10.0)
        };
        let lines: Vec<Chunk> = (0..40).map(|_| kept.clone()).collect();
        for i in 0..lines.len() {
            f.place(&lines[i], &lines[i + 1..]).unwrap();
        }
        // Forty tenth-of-a-page chunks take four or five pages, not forty.
        assert!(f.pages.len() <= 5, "{} pages", f.pages.len());
    }

    #[test]
    fn space_before_is_dropped_at_the_top_of_a_page() {
        let mut f = flow(0);
        f.place(&block(BODY - 5.0), &[]).unwrap();
        f.place(&block(10.0).space(12.0), &[]).unwrap();
        assert_eq!(tops(&f.pages[1]), vec![BODY_TOP]);
        f.place(&block(10.0).space(12.0), &[]).unwrap();
        assert_eq!(tops(&f.pages[1])[1], BODY_TOP + 10.0 + 12.0);
    }

    #[test]
    fn a_table_row_opening_a_page_brings_the_header_row() {
        let mut f = flow(0);
        let header = Rc::new(Chunk::new(15.0, vec![marker(0.0), marker(1.0)]));
        f.place(&block(BODY - 10.0), &[]).unwrap();
        let row = Chunk {
            header: Some(header),
            ..block(20.0)
        };
        f.place(&row, &[]).unwrap();
        assert_eq!(
            tops(&f.pages[1]),
            vec![BODY_TOP, BODY_TOP + 1.0, BODY_TOP + 15.0]
        );
    }

    #[test]
    fn a_page_break_on_an_empty_page_adds_no_blank_page() {
        let mut f = flow(0);
        let brk = Chunk {
            break_before: true,
            ..Chunk::default()
        };
        f.place(&brk, &[]).unwrap();
        f.place(&block(10.0), &[]).unwrap();
        f.place(&brk, &[]).unwrap();
        f.place(&block(10.0), &[]).unwrap();
        assert_eq!(f.pages.len(), 2);
    }

    #[test]
    fn a_chunk_taller_than_a_page_is_refused() {
        let mut f = flow(0);
        let tall = Chunk {
            block: 4,
            ..block(BODY + 1.0)
        };
        assert!(matches!(
            f.place(&tall, &[]),
            Err(PdfError::TooTall { block: 4 })
        ));
    }
}
