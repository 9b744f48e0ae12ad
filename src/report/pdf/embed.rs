//! Embedding fonts: subset, renumbered, with a `/ToUnicode` map that gives
//! text extraction the words back in logical order.
//!
//! Subsetting is done here, not by printpdf: its subsetter needs the
//! `text_layout` feature, which pulls a whole HTML layout engine into the
//! build (measured: +3.5 CPU-minutes on a clean build). The glyphs a
//! document uses are cut out of the shipped fonts with `allsorts` (which
//! printpdf depends on anyway) and embedded under a `XXXXXX+Name` subset
//! tag (ISO 32000-1, 9.6.4).
//!
//! A `/ToUnicode` map gives each glyph one string, but one glyph can stand
//! for different text in different places: the final waw alone (`و`) and
//! under a shadda (`وّ`, the mark's own glyph carrying nothing). Each such
//! glyph gets one *variant* per distinct text: variant 0 of a face holds
//! every glyph the document uses, variant 1 only the glyphs that need a
//! second meaning, and so on; each variant is its own small font resource.
//!
//! Extractors (poppler's `pdftotext`, pdf.js) read glyphs left to right and
//! reverse right-to-left runs character by character, so a right-to-left
//! glyph standing for several characters maps to them in visual order.

use std::{
    collections::{BTreeMap, HashMap},
    rc::Rc,
};

use printpdf::{FontId, ParsedFont, PdfDocument};
use sha2::{Digest, Sha256};

use super::{
    PdfError,
    fonts::Face,
    layout::Item,
    paginate::Laid,
    shaping::{Glyph, Shaped},
};

/// The characters a glyph stands for, as extraction wants them.
fn extraction_text(shaped: &Shaped, g: &Glyph) -> String {
    let text = shaped.glyph_text(g);
    if shaped.rtl {
        text.chars().rev().collect()
    } else {
        text.to_owned()
    }
}

/// One face (or variant of it) cut down to the glyphs it must carry.
struct Subset {
    id: FontId,
    font: ParsedFont,
    /// Original glyph id -> (subset glyph id, extraction text).
    glyphs: BTreeMap<u16, (u16, String)>,
}

impl Subset {
    /// The glyph's width as the PDF's `/W` array states it, in 1/1000 em
    /// (printpdf truncates exactly like this).
    fn pdf_width(&self, new_id: u16) -> f32 {
        let upm = self.font.units_per_em.max(1) as f32;
        self.font
            .get_glyph_width(new_id)
            .map(|w| ((w as f32) * 1000.0 / upm) as i64 as f32)
            .unwrap_or(0.0)
    }
}

/// A glyph ready for the content stream.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Placed {
    pub variant: usize,
    pub id: u16,
    /// TJ adjustment (1/1000 em) that makes the pen move by the shaped
    /// advance instead of the `/W` width.
    pub adjust: f32,
}

/// Every font resource of one document.
pub(crate) struct Embedded {
    subsets: BTreeMap<(Face, usize), Subset>,
    /// Per face and original glyph: its distinct texts, variant order.
    texts: BTreeMap<Face, HashMap<u16, Vec<String>>>,
    /// Shaped pieces repeat across a report; place each once.
    placed: HashMap<*const Shaped, Rc<[Placed]>>,
}

impl Embedded {
    /// Collects the glyphs `laid` uses and adds their subsets to `doc`.
    pub fn new(laid: &Laid, doc: &mut PdfDocument) -> Result<Self, PdfError> {
        let mut texts: BTreeMap<Face, HashMap<u16, Vec<String>>> = BTreeMap::new();
        let mut seen: HashMap<*const Shaped, ()> = HashMap::new();
        for page in &laid.pages {
            for item in &page.items {
                let Item::Text { line, .. } = item else {
                    continue;
                };
                for piece in &line.pieces {
                    let shaped = &piece.shaped;
                    if seen.insert(Rc::as_ptr(shaped), ()).is_some() {
                        continue;
                    }
                    let faces = texts.entry(shaped.face).or_default();
                    for g in shaped.glyphs.iter() {
                        let text = extraction_text(shaped, g);
                        let known = faces.entry(g.id).or_default();
                        if !known.contains(&text) {
                            known.push(text);
                        }
                    }
                }
            }
        }
        let mut subsets = BTreeMap::new();
        for (face, glyphs) in &texts {
            let variants = glyphs.values().map(Vec::len).max().unwrap_or(0);
            for v in 0..variants {
                let chosen: BTreeMap<u16, String> = glyphs
                    .iter()
                    .filter_map(|(id, t)| t.get(v).map(|t| (*id, t.clone())))
                    .collect();
                subsets.insert((*face, v), subset(*face, v, chosen, doc)?);
            }
        }
        Ok(Self {
            subsets,
            texts,
            placed: HashMap::new(),
        })
    }

    /// The font resource of a face variant.
    pub fn font_id(&self, face: Face, variant: usize) -> &FontId {
        &self.subsets[&(face, variant)].id
    }

    /// The extraction text of glyph `original` in a face variant.
    #[cfg(test)]
    pub fn text(&self, face: Face, variant: usize, original: u16) -> String {
        self.subsets[&(face, variant)].glyphs[&original].1.clone()
    }

    /// Every glyph of every subset shown once with its extraction text:
    /// what printpdf reads to embed the fonts and write their `/ToUnicode`
    /// maps. The writer draws the real text itself.
    pub fn inventory(&self) -> Vec<printpdf::Op> {
        use printpdf::{Codepoint, Op, PdfFontHandle, Pt, TextItem};
        let mut ops = vec![Op::StartTextSection];
        for s in self.subsets.values() {
            ops.push(Op::SetFont {
                font: PdfFontHandle::External(s.id.clone()),
                size: Pt(10.0),
            });
            let glyphs = s
                .glyphs
                .values()
                .map(|(id, text)| Codepoint::with_cid(*id, 0.0, text.clone()))
                .collect();
            ops.push(Op::ShowText {
                items: vec![TextItem::GlyphIds(glyphs)],
            });
        }
        ops.push(Op::EndTextSection);
        ops
    }

    /// Content-stream glyphs for a shaped piece.
    pub fn place(&mut self, shaped: &Rc<Shaped>) -> Rc<[Placed]> {
        if let Some(p) = self.placed.get(&Rc::as_ptr(shaped)) {
            return p.clone();
        }
        let upm = shaped.face.units_per_em();
        let texts = &self.texts[&shaped.face];
        // Adjustments are whole thousandths of an em: finer steps cannot be
        // seen, and would put a long number after every Naskh glyph (2048
        // units per em do not divide evenly). The rounding error is carried
        // to the next glyph, so the pen never drifts.
        let mut carry = 0.0f32;
        let placed: Rc<[Placed]> = shaped
            .glyphs
            .iter()
            .map(|g| {
                let text = extraction_text(shaped, g);
                let variant = texts[&g.id]
                    .iter()
                    .position(|t| *t == text)
                    .expect("every glyph text was collected");
                let subset = &self.subsets[&(shaped.face, variant)];
                let id = subset.glyphs[&g.id].0;
                let exact = subset.pdf_width(id) - g.advance as f32 * 1000.0 / upm + carry;
                let adjust = exact.round();
                carry = exact - adjust;
                Placed {
                    variant,
                    id,
                    adjust,
                }
            })
            .collect();
        self.placed.insert(Rc::as_ptr(shaped), placed.clone());
        placed
    }
}

/// Six capital letters naming one particular subset.
fn subset_tag(face: Face, variant: usize, ids: &[u16]) -> String {
    let mut h = Sha256::new();
    h.update(face.name().as_bytes());
    h.update(variant.to_be_bytes());
    for id in ids {
        h.update(id.to_be_bytes());
    }
    h.finalize()
        .iter()
        .take(6)
        .map(|b| (b'A' + b % 26) as char)
        .collect()
}

fn subset(
    face: Face,
    variant: usize,
    mut glyphs: BTreeMap<u16, String>,
    doc: &mut PdfDocument,
) -> Result<Subset, PdfError> {
    use allsorts::{
        binary::read::ReadScope,
        font_data::FontData,
        subset::{CmapTarget, SubsetProfile},
    };
    let fail = |reason: String| PdfError::FontEmbedding {
        font: face.name(),
        reason,
    };
    // Glyph 0 (.notdef) comes first; allsorts numbers the subset's glyphs
    // by their position in this list.
    let ids: Vec<u16> = std::iter::once(0)
        .chain(glyphs.keys().copied().filter(|g| *g != 0))
        .collect();
    let file = ReadScope::new(face.bytes())
        .read::<FontData<'_>>()
        .map_err(|e| fail(e.to_string()))?;
    let provider = file.table_provider(0).map_err(|e| fail(e.to_string()))?;
    let bytes = allsorts::subset::subset(&provider, &ids, &SubsetProfile::Pdf, CmapTarget::Unicode)
        .map_err(|e| fail(e.to_string()))?;
    let mut warnings = Vec::new();
    let mut font = ParsedFont::from_bytes(&bytes, 0, &mut warnings)
        .ok_or_else(|| fail("the subset does not parse".into()))?;
    font.font_name = Some(format!(
        "{}+{}",
        subset_tag(face, variant, &ids),
        face.name()
    ));
    let id = doc.add_font(&font);
    let map = ids
        .iter()
        .enumerate()
        .map(|(new, old)| (*old, (new as u16, glyphs.remove(old).unwrap_or_default())))
        .collect();
    Ok(Subset {
        id,
        font,
        glyphs: map,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::pdf::{
        layout::Item,
        lines::break_lines,
        paginate::{Laid, Page},
        shaping::{Dir, Shaper},
        style::BODY,
    };

    fn laid(texts: &[&str]) -> Laid {
        let mut shaper = Shaper::new();
        let items = texts
            .iter()
            .map(|t| {
                let para = shaper.paragraph(t, BODY, Dir::Rtl).unwrap();
                let line = break_lines(&mut shaper, para, 500.0).remove(0);
                Item::Text {
                    x: 0.0,
                    y: 0.0,
                    line,
                }
            })
            .collect();
        Laid {
            pages: vec![Page { items }],
            outline: Vec::new(),
        }
    }

    fn pieces(laid: &Laid) -> Vec<Rc<Shaped>> {
        laid.pages[0]
            .items
            .iter()
            .flat_map(|i| match i {
                Item::Text { line, .. } => line.pieces.iter().map(|p| p.shaped.clone()).collect(),
                _ => Vec::new(),
            })
            .collect()
    }

    #[test]
    fn a_letter_under_a_mark_carries_both_in_visual_order() {
        let l = laid(&["وّ"]);
        let shaped = &pieces(&l)[0];
        let texts: Vec<String> = shaped
            .glyphs
            .iter()
            .map(|g| extraction_text(shaped, g))
            .collect();
        // Waw and shadda: one glyph carries both (reversed: extractors
        // reverse right-to-left runs), the mark's own glyph carries none.
        assert!(texts.contains(&"\u{651}و".to_owned()), "{texts:?}");
        assert!(texts.contains(&String::new()), "{texts:?}");
    }

    #[test]
    fn one_glyph_with_two_meanings_gets_a_second_font_variant() {
        let l = laid(&["و", "وّ"]);
        let mut doc = PdfDocument::new("t");
        let mut fonts = Embedded::new(&l, &mut doc).unwrap();
        assert_eq!(
            doc.resources.fonts.map.len(),
            2,
            "Naskh and one variant of it"
        );
        let p = pieces(&l);
        let plain = fonts.place(&p[0]);
        let marked = fonts.place(&p[1]);
        let waw = p[0].glyphs[0].id;
        let carrier = p[1]
            .glyphs
            .iter()
            .zip(marked.iter())
            .find(|(g, _)| g.id == waw)
            .map(|(_, placed)| *placed)
            .expect("the same waw glyph under the shadda");
        assert_eq!(plain[0].variant, 0);
        assert_eq!(carrier.variant, 1);
        assert_eq!(fonts.text(Face::Naskh, 0, waw), "و");
        assert_eq!(fonts.text(Face::Naskh, 1, waw), "\u{651}و");
    }

    #[test]
    fn subsets_are_tagged_and_much_smaller_than_the_font() {
        let l = laid(&["نحتاج إلى مياه نظيفة"]);
        let mut doc = PdfDocument::new("t");
        Embedded::new(&l, &mut doc).unwrap();
        let font = &doc.resources.fonts.map.values().next().unwrap().parsed_font;
        let name = font.font_name.clone().unwrap();
        let (tag, face) = name.split_once('+').unwrap();
        assert_eq!(face, "NotoNaskhArabic-Regular");
        assert!(tag.len() == 6 && tag.chars().all(|c| c.is_ascii_uppercase()));
        assert!(font.original_bytes.len() * 10 < Face::Naskh.bytes().len());
    }
}
