//! The building blocks of layout: what a page holds ([`Item`]), the slices
//! blocks are cut into before pagination ([`Chunk`]), and the [`Frame`]
//! that mirrors positions for right-to-left languages.
//!
//! Every block is laid out into chunks: slices of known height that must
//! not be split (a line of a paragraph, a table row, a bar of a chart);
//! [`paginate`](super::paginate) then stacks them onto pages. Positions are
//! computed from the document's start edge and mirrored by [`Frame`], so
//! one layout code path serves both directions.

use std::rc::Rc;

use super::{
    PdfError,
    lines::{Line, break_lines},
    model::{Align, Inline},
    shaping::{Dir, Shaper},
    style::{Color, Style},
};
use crate::i18n::Localizer;

/// Something drawn on a page. Coordinates are points from the top-left
/// corner of the page; `x` is always the left edge, already mirrored.
#[derive(Debug, Clone)]
pub(crate) enum Item {
    /// A set line; `y` is the top of its line box.
    Text { x: f32, y: f32, line: Line },
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        color: Color,
    },
    Rule {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
        color: Color,
        dotted: bool,
    },
    /// A clickable area that goes to another page (1-based).
    Link {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        page: usize,
    },
    /// The page number a heading lands on, set in a box of width `w`
    /// at the end side; resolved (with a link over `link_w`) after layout.
    PageRef {
        anchor: usize,
        x: f32,
        y: f32,
        w: f32,
        link_x: f32,
        link_w: f32,
        style: Style,
    },
}

impl Item {
    /// Moves the item down by `dy` points.
    pub fn shift(&mut self, dy: f32) {
        match self {
            Item::Text { y, .. }
            | Item::Rect { y, .. }
            | Item::Link { y, .. }
            | Item::PageRef { y, .. } => *y += dy,
            Item::Rule { y1, y2, .. } => {
                *y1 += dy;
                *y2 += dy;
            }
        }
    }
}

/// A slice of a block that stays in one piece; items are relative to its
/// top.
#[derive(Debug, Clone, Default)]
pub(crate) struct Chunk {
    pub height: f32,
    /// Space above, dropped at the top of a page.
    pub space_before: f32,
    pub items: Vec<Item>,
    /// Move to the next page with the following chunk rather than be left
    /// alone at the bottom of a page (headings, captions).
    pub keep_with_next: bool,
    /// Start a new page first.
    pub break_before: bool,
    /// Records the page this chunk lands on for the contents and outline.
    pub anchor: Option<usize>,
    /// Placed first when this chunk opens a page (a table's header row).
    pub header: Option<Rc<Chunk>>,
    /// The block it came from, 1-based, for error messages.
    pub block: usize,
}

impl Chunk {
    pub fn new(height: f32, items: Vec<Item>) -> Self {
        Self {
            height,
            items,
            ..Self::default()
        }
    }

    pub fn space(mut self, before: f32) -> Self {
        self.space_before = before;
        self
    }
}

/// The text area of a page and its direction.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Frame {
    pub left: f32,
    pub width: f32,
    pub rtl: bool,
}

impl Frame {
    /// Physical left edge of a box `width` wide, `start` points from the
    /// start edge (left in LTR, right in RTL).
    pub fn x(&self, start: f32, width: f32) -> f32 {
        if self.rtl {
            self.left + self.width - start - width
        } else {
            self.left + start
        }
    }

    /// Left edge of a line set in a box, on the line's own start side.
    pub fn line_x(&self, start: f32, box_width: f32, line: &Line) -> f32 {
        let bx = self.x(start, box_width);
        if line.rtl {
            bx + box_width - line.width
        } else {
            bx
        }
    }

    /// Left edge of a line aligned in a box relative to the document's
    /// direction (`Start` is the right side in Arabic).
    pub fn aligned_x(&self, start: f32, box_width: f32, line: &Line, align: Align) -> f32 {
        let bx = self.x(start, box_width);
        let slack = box_width - line.width;
        match (align, self.rtl) {
            (Align::Center, _) => bx + slack / 2.0,
            (Align::Start, false) | (Align::End, true) => bx,
            (Align::Start, true) | (Align::End, false) => bx + slack,
        }
    }
}

/// What block layout needs: the shaper, the frame and the engine's strings.
pub(crate) struct Ctx<'a> {
    pub shaper: Shaper,
    pub frame: Frame,
    pub loc: &'a Localizer,
    /// Level-1 and level-2 headings in order: (level, text).
    pub headings: Vec<(u8, String)>,
    /// Next anchor to hand out while laying out headings.
    pub next_anchor: usize,
}

impl Ctx<'_> {
    pub fn rtl(&self) -> bool {
        self.frame.rtl
    }

    /// Sets `text` (document direction unless `dir` says otherwise) in a
    /// box `width` wide.
    pub fn lines(
        &mut self,
        text: &str,
        style: Style,
        dir: Dir,
        width: f32,
    ) -> Result<Vec<Line>, PdfError> {
        let mut out = Vec::new();
        for part in text.split('\n') {
            let para = self.shaper.paragraph(part, style, dir)?;
            out.extend(break_lines(&mut self.shaper, para, width));
        }
        Ok(out)
    }

    /// A coordinator's text with its emphasis, in the document's direction.
    pub fn inline_lines(
        &mut self,
        text: &Inline,
        style: Style,
        width: f32,
    ) -> Result<Vec<Line>, PdfError> {
        let dir = Dir::of(self.rtl());
        let para = self
            .shaper
            .emphasized(&text.text, &text.strong, style, dir)?;
        Ok(break_lines(&mut self.shaper, para, width))
    }

    /// Document-direction text.
    pub fn doc_lines(
        &mut self,
        text: &str,
        style: Style,
        width: f32,
    ) -> Result<Vec<Line>, PdfError> {
        let dir = Dir::of(self.rtl());
        self.lines(text, style, dir, width)
    }
}

/// Stacks lines into one chunk each, in a box at `start` and `width`.
pub(crate) fn line_chunks(frame: &Frame, lines: Vec<Line>, start: f32, width: f32) -> Vec<Chunk> {
    lines
        .into_iter()
        .map(|line| {
            let x = frame.line_x(start, width, &line);
            Chunk::new(line.height, vec![Item::Text { x, y: 0.0, line }])
        })
        .collect()
}

/// Stacks lines into a single chunk (a label that must not split).
pub(crate) fn stack(
    frame: &Frame,
    lines: Vec<Line>,
    start: f32,
    width: f32,
    align: Option<Align>,
) -> (f32, Vec<Item>) {
    let mut y = 0.0;
    let mut items = Vec::with_capacity(lines.len());
    for line in lines {
        let x = match align {
            Some(a) => frame.aligned_x(start, width, &line, a),
            None => frame.line_x(start, width, &line),
        };
        let h = line.height;
        items.push(Item::Text { x, y, line });
        y += h;
    }
    (y, items)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_frame_mirrors_boxes_for_right_to_left() {
        let ltr = Frame {
            left: 50.0,
            width: 500.0,
            rtl: false,
        };
        let rtl = Frame { rtl: true, ..ltr };
        assert_eq!(ltr.x(10.0, 100.0), 60.0);
        assert_eq!(rtl.x(10.0, 100.0), 440.0);
        assert_eq!(rtl.x(0.0, 500.0), 50.0);
    }
}
