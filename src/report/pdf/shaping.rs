//! From a string to positioned glyphs: bidi levels, font fallback per
//! script run, and real OpenType shaping.
//!
//! PDF text operators know nothing of Arabic joining or right-to-left order,
//! so the engine never hands the PDF characters: it shapes every run with
//! `rustybuzz` (HarfBuzz's algorithm) and places glyph ids, each remembering
//! the characters it stands for so that text extraction (`pdftotext`, copy
//! and paste, screen readers) gets the words back in logical order.
//!
//! A paragraph is cut into *pieces*: maximal runs that share one bidi level
//! (Unicode Bidirectional Algorithm, via `unicode-bidi`), one face and one
//! kind (word or space). Pieces are the units of line breaking and of the
//! shaping cache: reports repeat words, labels and numbers endlessly, and a
//! cached piece costs a hash lookup instead of a shaping pass. The cache
//! lives as long as one [`Shaper`], i.e. one render, so participants' words
//! do not linger in memory after the PDF is made.

use std::{collections::HashMap, ops::Range, rc::Rc};

use rustybuzz::{BufferClusterLevel, Direction, ShapePlan, UnicodeBuffer};
use unicode_bidi::{Level, ParagraphBidiInfo};

use super::{
    PdfError,
    fonts::{Face, Family, is_combining, is_default_ignorable, script_family},
    style::{Color, Style},
};

/// One glyph as the shaper placed it, in font units.
#[derive(Debug, Clone)]
pub(crate) struct Glyph {
    pub id: u16,
    pub advance: i32,
    pub x_offset: i32,
    pub y_offset: i32,
    /// The characters (byte range of [`Shaped::text`]) this glyph stands
    /// for; empty for the second and later glyphs of one character.
    pub text: Range<u32>,
}

/// A shaped run of one face and one direction; glyphs in visual order.
#[derive(Debug)]
pub(crate) struct Shaped {
    pub face: Face,
    /// Shaped right to left: glyphs are in reverse logical order.
    pub rtl: bool,
    pub text: Box<str>,
    pub glyphs: Box<[Glyph]>,
    /// Sum of the glyph advances, in font units.
    pub advance: i32,
}

impl Shaped {
    pub fn glyph_text(&self, g: &Glyph) -> &str {
        &self.text[g.text.start as usize..g.text.end as usize]
    }
}

/// A shaped piece of a paragraph with the style it is set in.
#[derive(Debug, Clone)]
pub(crate) struct Piece {
    pub shaped: Rc<Shaped>,
    /// Bidi embedding level: odd is right to left.
    pub level: u8,
    /// A run of spaces: a line-break opportunity, dropped at line ends.
    pub space: bool,
    pub size: f32,
    pub color: Color,
    pub bold: bool,
    /// Width in points.
    pub width: f32,
}

/// A paragraph cut into pieces in logical order.
#[derive(Debug, Clone)]
pub(crate) struct Paragraph {
    pub pieces: Vec<Piece>,
    pub rtl: bool,
    pub style: Style,
}

/// Which way a paragraph runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Dir {
    Ltr,
    Rtl,
    /// From the first strong character (rule P2), else the given default:
    /// for participants' words, whose language is theirs, not the report's.
    Auto {
        rtl_default: bool,
    },
}

impl Dir {
    pub fn of(rtl: bool) -> Dir {
        if rtl { Dir::Rtl } else { Dir::Ltr }
    }

    fn resolve(self, text: &str) -> bool {
        match self {
            Dir::Ltr => false,
            Dir::Rtl => true,
            Dir::Auto { rtl_default } => match unicode_bidi::get_base_direction(text) {
                unicode_bidi::Direction::Ltr => false,
                unicode_bidi::Direction::Rtl => true,
                unicode_bidi::Direction::Mixed => rtl_default,
            },
        }
    }
}

type PlanKey = (Face, bool, rustybuzz::Script);

/// First strong isolate and pop directional isolate (Unicode 6.3).
const FSI: char = '\u{2068}';
const PDI: char = '\u{2069}';

/// LRI, RLI, FSI and PDI.
fn is_isolate_mark(c: char) -> bool {
    ('\u{2066}'..='\u{2069}').contains(&c)
}

/// `s` without isolate marks, for text outside the page (the document's
/// title, bookmarks), where they would only be noise.
pub(crate) fn without_isolates(s: &str) -> String {
    s.chars().filter(|c| !is_isolate_mark(*c)).collect()
}

/// A letter written right to left (Arabic, Hebrew, Syriac, Thaana...).
fn is_rtl_letter(c: char) -> bool {
    use unicode_bidi::BidiClass;
    matches!(unicode_bidi::bidi_class(c), BidiClass::R | BidiClass::AL)
}

/// Shapes text for one render, caching pieces and shape plans.
#[derive(Default)]
pub(crate) struct Shaper {
    pieces: HashMap<(Face, bool), HashMap<Box<str>, Rc<Shaped>>>,
    plans: HashMap<PlanKey, ShapePlan>,
    buffer: Option<UnicodeBuffer>,
    /// The block being laid out (1-based), for error messages.
    pub block: usize,
}

impl Shaper {
    pub fn new() -> Self {
        Self::default()
    }

    /// Cuts `text` into shaped pieces. Control characters become spaces
    /// (a paragraph is one line of input; callers split on `\n`).
    pub fn paragraph(&mut self, text: &str, style: Style, dir: Dir) -> Result<Paragraph, PdfError> {
        self.emphasized(text, &[], style, dir)
    }

    /// As [`Shaper::paragraph`], with the byte ranges `strong` of `text`
    /// set in bold.
    pub fn emphasized(
        &mut self,
        text: &str,
        strong: &[(usize, usize)],
        style: Style,
        dir: Dir,
    ) -> Result<Paragraph, PdfError> {
        let clean: String;
        let text = if text.chars().any(char::is_control) {
            // As many spaces as the control's bytes, so `strong` still
            // points at the same characters.
            clean = text
                .chars()
                .map(|c| {
                    if c.is_control() {
                        " ".repeat(c.len_utf8())
                    } else {
                        c.to_string()
                    }
                })
                .collect();
            clean.as_str()
        } else {
            text
        };
        let rtl = dir.resolve(text);
        let mut pieces = Vec::new();
        if text.is_empty() {
            return Ok(Paragraph { pieces, rtl, style });
        }
        // A right-to-left line with no right-to-left letter (an English
        // need in an Arabic table, "<5") is its own isolate: it keeps its
        // order and its punctuation at its own end, as `<bdi>` would.
        let isolated: String;
        let (text, shift) = if rtl && !text.chars().any(is_rtl_letter) {
            isolated = format!("{FSI}{text}{PDI}");
            (isolated.as_str(), FSI.len_utf8())
        } else {
            (text, 0)
        };
        let base = if rtl { Level::rtl() } else { Level::ltr() };
        let bidi = ParagraphBidiInfo::new(text, Some(base));
        let faces = self.faces(text, rtl, |i| {
            style.bold
                || strong
                    .iter()
                    .any(|&(a, b)| (a + shift..b + shift).contains(&i))
        })?;

        // Isolate marks (Fluent puts them around every placeable) set the
        // levels and are then dropped: they are never shaped or extracted.
        let mut start = 0;
        let mut current: Option<(u8, Face, bool)> = None;
        for ((i, c), face) in text.char_indices().zip(faces) {
            let key = (bidi.levels[i].number(), face, c == ' ');
            let mark = is_isolate_mark(c);
            if let Some((level, face, space)) = current
                && (mark || (level, face, space) != key)
            {
                pieces.push(self.piece(&text[start..i], face, level, space, style));
                current = None;
            }
            if mark {
                start = i + c.len_utf8();
            } else {
                if current.is_none() {
                    start = i;
                }
                current = Some(key);
            }
        }
        if let Some((level, face, space)) = current {
            pieces.push(self.piece(&text[start..], face, level, space, style));
        }
        Ok(Paragraph { pieces, rtl, style })
    }

    /// The face for every character: its script's family, neutrals
    /// following the nearest strong neighbour, then fallback to the other
    /// family when a face lacks the glyph.
    fn faces(
        &self,
        text: &str,
        rtl: bool,
        bold: impl Fn(usize) -> bool,
    ) -> Result<Vec<Face>, PdfError> {
        let mut families: Vec<Option<Family>> = Vec::with_capacity(text.len());
        let mut previous: Option<Family> = None;
        for c in text.chars() {
            let family = if is_combining(c) {
                previous
            } else {
                script_family(c)
            };
            if family.is_some() {
                previous = family;
            }
            families.push(family);
        }
        // Neutrals take the previous strong family; leading ones the next.
        let default = if rtl { Family::Naskh } else { Family::Sans };
        let mut next = None;
        let mut backward = vec![None; families.len()];
        for (i, f) in families.iter().enumerate().rev() {
            if f.is_some() {
                next = *f;
            }
            backward[i] = next;
        }
        let mut last = None;
        let mut faces = Vec::with_capacity(families.len());
        for (((i, c), f), after) in text.char_indices().zip(&families).zip(backward) {
            let bold = bold(i);
            let family = f.or(last).or(after).unwrap_or(default);
            if f.is_some() {
                last = *f;
            }
            let mut face = Face::new(family, bold);
            if !is_default_ignorable(c) && !face.has_glyph(c) {
                let other = match family {
                    Family::Sans => Family::Naskh,
                    Family::Naskh => Family::Sans,
                };
                face = Face::new(other, bold);
                if !face.has_glyph(c) {
                    return Err(PdfError::UnsupportedCharacter {
                        block: self.block,
                        codepoint: format!("U+{:04X}", c as u32),
                    });
                }
            }
            faces.push(face);
        }
        Ok(faces)
    }

    fn piece(&mut self, text: &str, face: Face, level: u8, space: bool, style: Style) -> Piece {
        let shaped = self.shape(face, level % 2 == 1, text);
        let width = face.to_points(shaped.advance, style.size);
        Piece {
            shaped,
            level,
            space,
            size: style.size,
            color: style.color,
            bold: face.is_bold(),
            width,
        }
    }

    /// A copy of `piece` holding only `text` (a part of it), reshaped.
    pub fn reshape(&mut self, piece: &Piece, text: &str) -> Piece {
        let style = Style::new(piece.size, piece.bold, piece.color);
        self.piece(text, piece.shaped.face, piece.level, piece.space, style)
    }

    /// Shapes one run, from the cache when it was seen before.
    pub fn shape(&mut self, face: Face, rtl: bool, text: &str) -> Rc<Shaped> {
        if let Some(hit) = self.pieces.get(&(face, rtl)).and_then(|m| m.get(text)) {
            return hit.clone();
        }
        let mut buffer = self.buffer.take().unwrap_or_default();
        buffer.push_str(text);
        // A cluster is a grapheme: a letter and its marks (shadda, tanween)
        // stay together, so their characters travel with one glyph.
        buffer.set_cluster_level(BufferClusterLevel::MonotoneGraphemes);
        buffer.guess_segment_properties();
        let direction = if rtl {
            Direction::RightToLeft
        } else {
            Direction::LeftToRight
        };
        buffer.set_direction(direction);
        let script = buffer.script();
        let plan = self
            .plans
            .entry((face, rtl, script))
            .or_insert_with(|| ShapePlan::new(face.parsed(), direction, Some(script), None, &[]));
        let out = rustybuzz::shape_with_plan(face.parsed(), plan, buffer);

        let infos = out.glyph_infos();
        let positions = out.glyph_positions();
        let mut starts: Vec<u32> = infos.iter().map(|g| g.cluster).collect();
        starts.sort_unstable();
        starts.dedup();
        let end_of = |start: u32| {
            let i = starts.partition_point(|s| *s <= start);
            starts.get(i).copied().unwrap_or(text.len() as u32)
        };
        let mut glyphs: Vec<Glyph> = infos
            .iter()
            .zip(positions)
            .map(|(info, pos)| Glyph {
                id: info.glyph_id as u16,
                advance: pos.x_advance,
                x_offset: pos.x_offset,
                y_offset: pos.y_offset,
                text: info.cluster..end_of(info.cluster),
            })
            .collect();
        // Only the first glyph of a cluster in logical order (the base
        // letter) carries its characters; the others (its marks, the second
        // half of a split letter) would repeat them in extracted text.
        let mut seen = std::collections::HashSet::new();
        let mut mark = |g: &mut Glyph| {
            if !seen.insert(g.text.start) {
                g.text = g.text.start..g.text.start;
            }
        };
        if rtl {
            glyphs.iter_mut().rev().for_each(&mut mark);
        } else {
            glyphs.iter_mut().for_each(&mut mark);
        }
        let shaped = Rc::new(Shaped {
            face,
            rtl,
            text: text.into(),
            advance: glyphs.iter().map(|g| g.advance).sum(),
            glyphs: glyphs.into_boxed_slice(),
        });
        self.buffer = Some(out.clear());
        self.pieces
            .entry((face, rtl))
            .or_default()
            .insert(text.into(), shaped.clone());
        shaped
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::pdf::style::BODY;

    fn texts(p: &Paragraph) -> Vec<(&str, Face, u8)> {
        p.pieces
            .iter()
            .map(|x| (&*x.shaped.text, x.shaped.face, x.level))
            .collect()
    }

    #[test]
    fn arabic_is_joined_so_isolated_forms_are_not_used() {
        let mut s = Shaper::new();
        let word = "مياه";
        let joined = s.shape(Face::Naskh, true, word);
        // Each letter alone takes its isolated form; joined, at least the
        // middle letters change glyph.
        let isolated: Vec<u16> = word
            .chars()
            .map(|c| s.shape(Face::Naskh, true, &c.to_string()).glyphs[0].id)
            .collect();
        let mut shaped: Vec<u16> = joined.glyphs.iter().map(|g| g.id).collect();
        shaped.reverse(); // visual order is right to left
        assert_eq!(shaped.len(), isolated.len());
        assert!(shaped.iter().zip(&isolated).filter(|(a, b)| a != b).count() >= 2);
        // The glyphs carry the word back, in logical order.
        let back: String = joined
            .glyphs
            .iter()
            .rev()
            .map(|g| joined.glyph_text(g))
            .collect();
        assert_eq!(back, word);
    }

    #[test]
    fn ligatures_keep_all_their_characters() {
        let mut s = Shaper::new();
        let shaped = s.shape(Face::Sans, false, "office");
        let back: String = shaped.glyphs.iter().map(|g| shaped.glyph_text(g)).collect();
        assert_eq!(back, "office");
    }

    #[test]
    fn mixed_line_splits_by_level_face_and_spaces() {
        let mut s = Shaper::new();
        let p = s
            .paragraph("قال P3 إن المدرسة 2024.", BODY, Dir::Rtl)
            .unwrap();
        assert!(p.rtl);
        let t = texts(&p);
        assert_eq!(t[0], ("قال", Face::Naskh, 1));
        assert_eq!(t[1].0, " ");
        assert_eq!(t[2], ("P3", Face::Sans, 2));
        // Digits after Arabic take the Arabic face and an even (LTR) level.
        let year = t.iter().find(|x| x.0 == "2024").unwrap();
        assert_eq!(year.1, Face::Naskh);
        assert_eq!(year.2 % 2, 0);
        assert_eq!(
            p.pieces.iter().map(|x| &*x.shaped.text).collect::<String>(),
            "قال P3 إن المدرسة 2024."
        );
    }

    #[test]
    fn auto_direction_follows_the_first_strong_character() {
        let mut s = Shaper::new();
        let auto = Dir::Auto { rtl_default: false };
        assert!(s.paragraph("«نحتاج» water", BODY, auto).unwrap().rtl);
        assert!(!s.paragraph("Water «نحتاج»", BODY, auto).unwrap().rtl);
        let rtl_default = Dir::Auto { rtl_default: true };
        assert!(s.paragraph("2024", BODY, rtl_default).unwrap().rtl);
    }

    #[test]
    fn a_character_no_font_has_is_refused_with_its_code_point() {
        let mut s = Shaper::new();
        s.block = 7;
        match s.paragraph("water 水", BODY, Dir::Ltr) {
            Err(PdfError::UnsupportedCharacter { block, codepoint }) => {
                assert_eq!(block, 7);
                assert_eq!(codepoint, "U+6C34");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn repeated_pieces_come_from_the_cache() {
        let mut s = Shaper::new();
        let a = s.shape(Face::Sans, false, "water");
        let b = s.shape(Face::Sans, false, "water");
        assert!(Rc::ptr_eq(&a, &b));
        let c = s.shape(Face::SansBold, false, "water");
        assert!(!Rc::ptr_eq(&a, &c));
    }
}
