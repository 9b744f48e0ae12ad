//! Line breaking by advance widths, then visual reordering of each line.
//!
//! Lines break at spaces, greedily; a word wider than the whole line (a
//! long URL, a bundle hash) is cut at the widest character prefix that fits
//! and reshaped, so nothing runs off the page. Reordering happens per line,
//! after breaking, as the Unicode Bidirectional Algorithm requires (rule
//! L2): a line of an Arabic paragraph that quotes "UPR 2024" shows the
//! Latin words left to right inside a right-to-left line.

use super::shaping::{Paragraph, Piece, Shaper};

/// One set line: pieces in visual order (left to right on the page).
#[derive(Debug, Clone)]
pub(crate) struct Line {
    pub pieces: Vec<Piece>,
    pub width: f32,
    /// Distance from the top of the line box to the baseline.
    pub baseline: f32,
    pub height: f32,
    /// The paragraph's direction: a right-to-left line hangs from the right.
    pub rtl: bool,
}

/// Line height as a multiple of the type size, for Latin and Cyrillic.
const LEADING: f32 = 1.42;

impl Line {
    fn new(logical: Vec<Piece>, rtl: bool, size: f32) -> Line {
        let width = logical.iter().map(|p| p.width).sum();
        let mut ascent: f32 = 0.0;
        let mut descent: f32 = 0.0;
        for p in &logical {
            ascent = ascent.max(p.shaped.face.ascent() * p.size);
            descent = descent.max(p.shaped.face.descent() * p.size);
        }
        if logical.is_empty() {
            ascent = size;
            descent = size * 0.3;
        }
        let content = ascent + descent;
        let height = content.max(size * LEADING);
        Line {
            pieces: reorder(logical),
            width,
            baseline: ascent + (height - content) / 2.0,
            height,
            rtl,
        }
    }
}

/// Breaks a paragraph into lines no wider than `max_width` points.
pub(crate) fn break_lines(shaper: &mut Shaper, para: Paragraph, max_width: f32) -> Vec<Line> {
    let rtl = para.rtl;
    let size = para.style.size;
    let mut lines = Vec::new();
    let mut line: Vec<Piece> = Vec::new();
    let mut line_width = 0.0;
    let mut gap: Vec<Piece> = Vec::new();

    for word in words(para.pieces) {
        if word[0].space {
            if !line.is_empty() {
                gap.extend(word);
            }
            continue;
        }
        let word_width: f32 = word.iter().map(|p| p.width).sum();
        let gap_width: f32 = gap.iter().map(|p| p.width).sum();
        if !line.is_empty() && line_width + gap_width + word_width <= max_width {
            line.append(&mut gap);
            line.extend(word);
            line_width += gap_width + word_width;
            continue;
        }
        gap.clear();
        if !line.is_empty() {
            lines.push(Line::new(std::mem::take(&mut line), rtl, size));
        }
        let mut rest = word;
        let mut rest_width = word_width;
        while rest_width > max_width {
            let (head, tail) = cut(shaper, rest, max_width);
            lines.push(Line::new(head, rtl, size));
            rest_width = tail.iter().map(|p| p.width).sum();
            rest = tail;
        }
        line_width = rest_width;
        line = rest;
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(Line::new(line, rtl, size));
    }
    lines
}

/// Groups pieces into words and runs of spaces, in logical order.
fn words(pieces: Vec<Piece>) -> Vec<Vec<Piece>> {
    let mut out: Vec<Vec<Piece>> = Vec::new();
    for p in pieces {
        match out.last_mut() {
            Some(w) if w[0].space == p.space => w.push(p),
            _ => out.push(vec![p]),
        }
    }
    out
}

/// Splits a word too wide for a line: the widest prefix that fits (at
/// least one character, so a narrow column still makes progress), and the
/// rest. Both halves are reshaped.
fn cut(shaper: &mut Shaper, word: Vec<Piece>, max_width: f32) -> (Vec<Piece>, Vec<Piece>) {
    let mut head = Vec::new();
    let mut used = 0.0;
    let mut pieces = word.into_iter();
    while let Some(p) = pieces.next() {
        if used + p.width <= max_width {
            used += p.width;
            head.push(p);
            continue;
        }
        let text = p.shaped.text.clone();
        let bounds: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .skip(1)
            .chain([text.len()])
            .collect();
        // Widest prefix that fits, by binary search over character counts.
        let (mut lo, mut hi) = (0usize, bounds.len());
        while lo < hi {
            let mid = (lo + hi).div_ceil(2);
            if used + shaper.reshape(&p, &text[..bounds[mid - 1]]).width <= max_width {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        let mut tail = Vec::new();
        if lo == 0 && !head.is_empty() {
            tail.push(p);
        } else {
            let n = lo.max(1);
            let split = bounds[n - 1];
            head.push(shaper.reshape(&p, &text[..split]));
            if split < text.len() {
                tail.push(shaper.reshape(&p, &text[split..]));
            }
        }
        tail.extend(pieces);
        return (head, tail);
    }
    (head, Vec::new())
}

/// Rule L2: from the highest level down to the lowest odd one, reverse
/// every run of pieces at that level or higher.
fn reorder(mut pieces: Vec<Piece>) -> Vec<Piece> {
    let Some(max) = pieces.iter().map(|p| p.level).max() else {
        return pieces;
    };
    let min = pieces.iter().map(|p| p.level).min().unwrap_or(0);
    let lowest_odd = if min % 2 == 1 { min } else { min + 1 };
    let mut level = max;
    while level >= lowest_odd {
        let mut i = 0;
        while i < pieces.len() {
            if pieces[i].level >= level {
                let start = i;
                while i < pieces.len() && pieces[i].level >= level {
                    i += 1;
                }
                pieces[start..i].reverse();
            } else {
                i += 1;
            }
        }
        level -= 1;
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::pdf::shaping::Dir;
    use crate::report::pdf::style::BODY;

    fn visual(line: &Line) -> String {
        line.pieces.iter().map(|p| &*p.shaped.text).collect()
    }

    #[test]
    fn lines_fit_their_width_and_keep_every_word() {
        let mut s = Shaper::new();
        let text = "Participants said the clinic is too far to reach without a car, \
                    and that the bus runs twice a week in the dry season only.";
        let para = s.paragraph(text, BODY, Dir::Ltr).unwrap();
        let lines = break_lines(&mut s, para, 150.0);
        assert!(lines.len() >= 4);
        for l in &lines {
            assert!(l.width <= 150.0, "{} > 150", l.width);
            assert!(!l.pieces.first().unwrap().space && !l.pieces.last().unwrap().space);
        }
        let joined: Vec<String> = lines.iter().map(visual).collect();
        assert_eq!(joined.join(" "), text);
    }

    #[test]
    fn a_latin_run_reads_left_to_right_inside_an_arabic_line() {
        let mut s = Shaper::new();
        let para = s
            .paragraph("قدمنا تقرير UPR 2024 للجنة", BODY, Dir::Rtl)
            .unwrap();
        let lines = break_lines(&mut s, para, 1000.0);
        assert_eq!(lines.len(), 1);
        // Visual order, left to right: the last Arabic word comes first, the
        // Latin run keeps its own order in the middle.
        assert_eq!(visual(&lines[0]), "للجنة UPR 2024 تقرير قدمنا");
    }

    #[test]
    fn an_english_phrase_stays_in_order_inside_arabic() {
        let mut s = Shaper::new();
        let para = s
            .paragraph("قالت: clean water now وشكرا", BODY, Dir::Rtl)
            .unwrap();
        let lines = break_lines(&mut s, para, 1000.0);
        let v: Vec<&str> = lines[0].pieces.iter().map(|p| &*p.shaped.text).collect();
        let clean = v.iter().position(|t| *t == "clean").unwrap();
        let now = v.iter().position(|t| *t == "now").unwrap();
        assert!(clean < now);
        assert_eq!(v.first(), Some(&"وشكرا"));
    }

    #[test]
    fn a_word_wider_than_the_line_is_cut_not_overflowed() {
        let mut s = Shaper::new();
        let hash = "7f3a9c0d1e2b4a5f6e7d8c9b0a1f2e3d4c5b6a79";
        let para = s.paragraph(hash, BODY, Dir::Ltr).unwrap();
        let lines = break_lines(&mut s, para, 60.0);
        assert!(lines.len() > 2);
        for l in &lines {
            assert!(l.width <= 60.0);
        }
        assert_eq!(lines.iter().map(visual).collect::<String>(), hash);
    }

    #[test]
    fn an_empty_paragraph_still_takes_a_line() {
        let mut s = Shaper::new();
        let para = s.paragraph("", BODY, Dir::Ltr).unwrap();
        let lines = break_lines(&mut s, para, 100.0);
        assert_eq!(lines.len(), 1);
        assert!(lines[0].height > BODY.size);
    }
}
