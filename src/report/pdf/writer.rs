//! From laid-out pages to PDF bytes with printpdf.
//!
//! Text is written as glyph ids (Identity-H CID fonts), never as characters,
//! so the shaper's Arabic joining and the bidi order survive exactly; what
//! the glyphs mean for extraction is the job of [`embed`](super::embed).
//! Graphics (fills, rules, links) are drawn first on each page, then all
//! text in one text object.

use printpdf::{
    Actions, BorderArray, Codepoint, Destination, LineDashPattern, LinePoint, LinkAnnotation, Mm,
    Op, PaintMode, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, Rect, Rgb,
    TextItem, TextMatrix,
};

use super::{
    PdfError,
    embed::Embedded,
    fonts::Face,
    layout::Item,
    lines::Line,
    outline,
    paginate::Laid,
    style::{self, Color},
};

fn rgb(c: Color) -> printpdf::Color {
    printpdf::Color::Rgb(Rgb {
        r: c.0 as f32 / 255.0,
        g: c.1 as f32 / 255.0,
        b: c.2 as f32 / 255.0,
        icc_profile: None,
    })
}

/// PDF y (from the bottom) of a layout y (from the top).
fn flip(y: f32) -> f32 {
    style::PAGE_HEIGHT - y
}

/// Renders laid-out pages to a PDF file's bytes.
pub(crate) fn write(laid: &Laid, title: &str, lang: &str) -> Result<Vec<u8>, PdfError> {
    let mut doc = PdfDocument::new(&super::shaping::without_isolates(title));
    doc.metadata.info.creator = "Hearken".into();
    doc.metadata.info.producer = "Hearken".into();
    let mut fonts = Embedded::new(laid, &mut doc)?;
    let pages = laid
        .pages
        .iter()
        .map(|page| {
            let mut ops = Vec::new();
            for item in &page.items {
                graphics(item, &mut ops);
            }
            let mut text = TextState::default();
            ops.push(Op::StartTextSection);
            for item in &page.items {
                if let Item::Text { x, y, line } = item {
                    text.line(*x, *y, line, &mut fonts, &mut ops);
                }
            }
            ops.push(Op::EndTextSection);
            PdfPage::new(Mm(style::PAGE_WIDTH_MM), Mm(style::PAGE_HEIGHT_MM), ops)
        })
        .collect();
    doc.with_pages(pages);
    let mut warnings = Vec::new();
    let options = PdfSaveOptions {
        // The fonts are subset already (printpdf's own subsetter is not
        // compiled in), and streams are compressed below.
        subset_fonts: false,
        optimize: false,
        ..PdfSaveOptions::default()
    };
    let mut pdf = doc.to_lopdf_document(&options, &mut warnings);
    let broken = |e: lopdf::Error| PdfError::Write(std::io::Error::other(e.to_string()));
    outline::add(&mut pdf, &laid.outline).map_err(broken)?;
    // The document language, for screen readers and text-to-speech.
    pdf.catalog_mut()
        .map_err(broken)?
        .set("Lang", lopdf::Object::string_literal(lang));
    info(&mut pdf).map_err(broken)?;
    for object in pdf.objects.values_mut() {
        if let lopdf::Object::Stream(stream) = object {
            deflate(stream).map_err(PdfError::Write)?;
        }
    }
    let mut bytes = Vec::new();
    pdf.save_to(&mut bytes).map_err(PdfError::Write)?;
    Ok(bytes)
}

/// The document information as it is: made now (printpdf writes the Unix
/// epoch), and without the empty PDF/X version and empty entries printpdf
/// adds, which would claim a conformance the file does not have.
fn info(pdf: &mut lopdf::Document) -> Result<(), lopdf::Error> {
    let id = pdf.trailer.get(b"Info")?.as_reference()?;
    let dict = pdf.get_object_mut(id)?.as_dict_mut()?;
    let now = time::OffsetDateTime::now_utc();
    let stamp = format!(
        "D:{:04}{:02}{:02}{:02}{:02}{:02}Z",
        now.year(),
        u8::from(now.month()),
        now.day(),
        now.hour(),
        now.minute(),
        now.second()
    );
    for key in ["CreationDate", "ModDate"] {
        dict.set(key, lopdf::Object::string_literal(stamp.as_str()));
    }
    for key in ["GTS_PDFXVersion", "GTS_PDFXConformance", "Trapped"] {
        dict.remove(key.as_bytes());
    }
    let empty: Vec<Vec<u8>> = dict
        .iter()
        .filter(|(_, v)| matches!(v, lopdf::Object::String(s, _) if s.is_empty()))
        .map(|(k, _)| k.clone())
        .collect();
    for key in empty {
        dict.remove(&key);
    }
    Ok(())
}

/// Compresses a stream with Flate. printpdf would use level 9, which took
/// 40% of a large report's render time for a 3% smaller file.
fn deflate(stream: &mut lopdf::Stream) -> std::io::Result<()> {
    use std::io::Write;
    if !stream.allows_compression || stream.dict.get(b"Filter").is_ok() {
        return Ok(());
    }
    let mut encoder =
        flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(DEFLATE_LEVEL));
    encoder.write_all(&stream.content)?;
    let compressed = encoder.finish()?;
    if compressed.len() < stream.content.len() {
        stream.dict.set("Filter", "FlateDecode");
        stream.set_content(compressed);
    }
    Ok(())
}

const DEFLATE_LEVEL: u32 = 6;

fn graphics(item: &Item, ops: &mut Vec<Op>) {
    match *item {
        Item::Rect { x, y, w, h, color } => {
            ops.push(Op::SetFillColor { col: rgb(color) });
            ops.push(Op::DrawRectangle {
                rectangle: Rect {
                    x: Pt(x),
                    y: Pt(flip(y + h)),
                    width: Pt(w),
                    height: Pt(h),
                    mode: Some(PaintMode::Fill),
                    winding_order: None,
                },
            });
        }
        Item::Rule {
            x1,
            y1,
            x2,
            y2,
            width,
            color,
            dotted,
        } => {
            ops.push(Op::SetOutlineColor { col: rgb(color) });
            ops.push(Op::SetOutlineThickness { pt: Pt(width) });
            if dotted {
                ops.push(Op::SetLineDashPattern {
                    dash: LineDashPattern::new(0.0, &[1.0, 2.0]),
                });
            }
            ops.push(Op::DrawLine {
                line: printpdf::Line {
                    points: vec![
                        LinePoint {
                            p: Point {
                                x: Pt(x1),
                                y: Pt(flip(y1)),
                            },
                            bezier: false,
                        },
                        LinePoint {
                            p: Point {
                                x: Pt(x2),
                                y: Pt(flip(y2)),
                            },
                            bezier: false,
                        },
                    ],
                    is_closed: false,
                },
            });
            if dotted {
                ops.push(Op::SetLineDashPattern {
                    dash: LineDashPattern::solid(),
                });
            }
        }
        Item::Link { x, y, w, h, page } => ops.push(Op::LinkAnnotation {
            link: LinkAnnotation::new(
                Rect {
                    x: Pt(x),
                    y: Pt(flip(y + h)),
                    width: Pt(w),
                    height: Pt(h),
                    mode: None,
                    winding_order: None,
                },
                Actions::Goto(Destination::Xyz {
                    page,
                    left: None,
                    top: None,
                    zoom: None,
                }),
                Some(BorderArray::Solid([0.0, 0.0, 0.0])),
                None,
                None,
            ),
        }),
        Item::Text { .. } | Item::PageRef { .. } => {}
    }
}

/// The text state already set in the content stream, so font and colour
/// are only switched when they change.
#[derive(Default)]
struct TextState {
    font: Option<(Face, usize, u32)>,
    color: Option<Color>,
}

impl TextState {
    fn set_font(
        &mut self,
        fonts: &Embedded,
        face: Face,
        variant: usize,
        size: f32,
        ops: &mut Vec<Op>,
    ) {
        let key = (face, variant, size.to_bits());
        if self.font != Some(key) {
            ops.push(Op::SetFont {
                font: PdfFontHandle::External(fonts.font_id(face, variant).clone()),
                size: Pt(size),
            });
            self.font = Some(key);
        }
    }

    fn line(&mut self, x: f32, y: f32, line: &Line, fonts: &mut Embedded, ops: &mut Vec<Op>) {
        let baseline = flip(y + line.baseline);
        // One text position per line: pieces follow each other at the pen
        // (glyph widths plus TJ adjustments), marks are lifted with the text
        // rise (Ts) so extraction keeps them on their letter's baseline.
        ops.push(Op::SetTextMatrix {
            matrix: TextMatrix::Translate(Pt(x), Pt(baseline)),
        });
        // Glyphs gather into one TJ until the font or colour changes.
        let mut items: Vec<TextItem> = Vec::new();
        let mut run: Vec<Codepoint> = Vec::new();
        let flush = |items: &mut Vec<TextItem>, run: &mut Vec<Codepoint>, ops: &mut Vec<Op>| {
            if !run.is_empty() {
                items.push(TextItem::GlyphIds(std::mem::take(run)));
            }
            if !items.is_empty() {
                ops.push(Op::ShowText {
                    items: std::mem::take(items),
                });
            }
        };
        for piece in &line.pieces {
            let shaped = &piece.shaped;
            let face = shaped.face;
            let size = piece.size * face.optical_scale();
            if self.color != Some(piece.color) {
                flush(&mut items, &mut run, ops);
                ops.push(Op::SetFillColor {
                    col: rgb(piece.color),
                });
                self.color = Some(piece.color);
            }
            let upm = face.units_per_em();
            let placed = fonts.place(shaped);
            for (g, p) in shaped.glyphs.iter().zip(placed.iter()) {
                if self.font != Some((face, p.variant, size.to_bits())) {
                    flush(&mut items, &mut run, ops);
                    self.set_font(fonts, face, p.variant, size, ops);
                }
                let text = fonts.text(face, p.variant, g.id);
                if g.x_offset == 0 && g.y_offset == 0 {
                    run.push(Codepoint::with_cid(p.id, p.adjust, text));
                    continue;
                }
                let shift = g.x_offset as f32 * 1000.0 / upm;
                if !run.is_empty() {
                    items.push(TextItem::GlyphIds(std::mem::take(&mut run)));
                }
                items.push(TextItem::Offset(-shift));
                let mark = Codepoint::with_cid(p.id, p.adjust + shift, text);
                if g.y_offset == 0 {
                    items.push(TextItem::GlyphIds(vec![mark]));
                    continue;
                }
                flush(&mut items, &mut run, ops);
                ops.push(Op::SetLineOffset {
                    multiplier: g.y_offset as f32 * size / upm,
                });
                ops.push(Op::ShowText {
                    items: vec![TextItem::GlyphIds(vec![mark])],
                });
                ops.push(Op::SetLineOffset { multiplier: 0.0 });
            }
        }
        flush(&mut items, &mut run, ops);
    }
}
