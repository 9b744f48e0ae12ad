//! From laid-out pages to PDF bytes with printpdf.
//!
//! Text is written as glyph ids (Identity-H CID fonts), never as characters,
//! so the shaper's Arabic joining and the bidi order survive exactly; what
//! the glyphs mean for extraction is the job of [`embed`](super::embed).
//! Graphics (fills, rules, links) are drawn first on each page, then all
//! text in one text object.

use printpdf::{
    Actions, BorderArray, Destination, LineDashPattern, LinePoint, LinkAnnotation, Mm, Op,
    PaintMode, PdfDocument, PdfPage, PdfSaveOptions, Point, Pt, Rect, Rgb,
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

/// Renders laid-out pages to a PDF file's bytes. Each stage lets go of
/// what the next no longer needs (a page's layout once its operators are
/// made, the operators once the PDF objects are), so a report of thousands
/// of pages never holds three copies of itself.
pub(crate) fn write(laid: Laid, title: &str, lang: &str) -> Result<Vec<u8>, PdfError> {
    let mut doc = PdfDocument::new(&super::shaping::without_isolates(title));
    doc.metadata.info.creator = "Hearken".into();
    doc.metadata.info.producer = "Hearken".into();
    let mut fonts = Embedded::new(&laid, &mut doc)?;
    let Laid { pages, outline } = laid;
    // printpdf draws each page's graphics and links; the text is written
    // here straight into a compressed content stream per page, as printpdf
    // would write it, because printpdf's operators hold every glyph with
    // its own string (at thousands of pages, gigabytes).
    let mut texts = Vec::with_capacity(pages.len());
    let mut printed = Vec::with_capacity(pages.len() + 1);
    for page in pages {
        let mut ops = Vec::new();
        for item in &page.items {
            graphics(item, &mut ops);
        }
        let mut text = TextState::default();
        let mut content = b"BT\n".to_vec();
        for item in &page.items {
            if let Item::Text { x, y, line } = item {
                text.line(*x, *y, line, &mut fonts, &mut content);
            }
        }
        content.extend_from_slice(b"ET\n");
        texts.push(compress(&content).map_err(PdfError::Write)?);
        printed.push(PdfPage::new(
            Mm(style::PAGE_WIDTH_MM),
            Mm(style::PAGE_HEIGHT_MM),
            ops,
        ));
    }
    // A last page shows every glyph once with its text, from which
    // printpdf embeds the fonts and their /ToUnicode maps; it is removed
    // below.
    printed.push(PdfPage::new(
        Mm(style::PAGE_WIDTH_MM),
        Mm(style::PAGE_HEIGHT_MM),
        fonts.inventory(),
    ));
    doc.with_pages(printed);
    let mut warnings = Vec::new();
    let options = PdfSaveOptions {
        // The fonts are subset already (printpdf's own subsetter is not
        // compiled in), and streams are compressed below.
        subset_fonts: false,
        optimize: false,
        ..PdfSaveOptions::default()
    };
    let mut pdf = doc.to_lopdf_document(&options, &mut warnings);
    drop(doc);
    let broken = |e: lopdf::Error| PdfError::Write(std::io::Error::other(e.to_string()));
    attach_texts(&mut pdf, texts).map_err(broken)?;
    outline::add(&mut pdf, &outline).map_err(broken)?;
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

/// Removes the glyph inventory page and adds each page's text stream
/// after its graphics.
fn attach_texts(pdf: &mut lopdf::Document, texts: Vec<Vec<u8>>) -> Result<(), lopdf::Error> {
    let pages = pdf.get_pages();
    let inventory = u32::try_from(pages.len()).expect("fewer than 2^32 pages");
    for (n, text) in (1..).zip(texts) {
        let page = pages[&n];
        let mut dict = lopdf::Dictionary::new();
        dict.set("Filter", "FlateDecode");
        let stream = pdf.add_object(lopdf::Stream::new(dict, text).with_compression(false));
        let page = pdf.get_object_mut(page)?.as_dict_mut()?;
        let graphics = page.get(b"Contents")?.clone();
        page.set(
            "Contents",
            lopdf::Object::Array(vec![graphics, lopdf::Object::Reference(stream)]),
        );
    }
    pdf.delete_pages(&[inventory]);
    pdf.prune_objects();
    Ok(())
}

/// Compresses a content stream with Flate.
fn compress(content: &[u8]) -> std::io::Result<Vec<u8>> {
    use std::io::Write;
    let mut encoder =
        flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(DEFLATE_LEVEL));
    encoder.write_all(content)?;
    encoder.finish()
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

/// A number in a content stream: at most three decimals, no trailing zeros.
fn num(out: &mut Vec<u8>, v: f32) {
    use std::io::Write;
    let v = (v * 1000.0).round() / 1000.0;
    let v = if v == 0.0 { 0.0 } else { v };
    let _ = write!(out, "{v}");
}

/// The text state already set in the content stream, so font and colour
/// are only switched when they change.
#[derive(Default)]
struct TextState {
    font: Option<(Face, usize, u32)>,
    color: Option<Color>,
    /// Whether a `[ ... ] TJ` array is open.
    open: bool,
}

impl TextState {
    fn open(&mut self, out: &mut Vec<u8>) {
        if !self.open {
            out.push(b'[');
            self.open = true;
        }
    }
    fn close(&mut self, out: &mut Vec<u8>) {
        if self.open {
            out.extend_from_slice(b"] TJ\n");
            self.open = false;
        }
    }
    /// A glyph and the adjustment after it (thousandths of an em, TJ's
    /// sign), in the open array.
    fn glyph(&mut self, id: u16, adjust: f32, out: &mut Vec<u8>) {
        use std::io::Write;
        self.open(out);
        let _ = write!(out, "<{id:04X}>");
        if adjust != 0.0 {
            out.push(b' ');
            num(out, adjust);
            out.push(b' ');
        }
    }
    fn set_font(
        &mut self,
        fonts: &Embedded,
        face: Face,
        variant: usize,
        size: f32,
        out: &mut Vec<u8>,
    ) {
        let key = (face, variant, size.to_bits());
        if self.font != Some(key) {
            self.close(out);
            out.push(b'/');
            out.extend_from_slice(fonts.font_id(face, variant).0.as_bytes());
            out.push(b' ');
            num(out, size);
            out.extend_from_slice(b" Tf\n");
            self.font = Some(key);
        }
    }

    fn line(&mut self, x: f32, y: f32, line: &Line, fonts: &mut Embedded, out: &mut Vec<u8>) {
        let baseline = flip(y + line.baseline);
        // One text position per line: pieces follow each other at the pen
        // (glyph widths plus TJ adjustments), marks are lifted with the text
        // rise (Ts) so extraction keeps them on their letter's baseline.
        out.extend_from_slice(b"1 0 0 1 ");
        num(out, x);
        out.push(b' ');
        num(out, baseline);
        out.extend_from_slice(b" Tm\n");
        for piece in &line.pieces {
            let shaped = &piece.shaped;
            let face = shaped.face;
            let size = piece.size * face.optical_scale();
            if self.color != Some(piece.color) {
                self.close(out);
                let c = piece.color;
                for v in [c.0, c.1, c.2] {
                    num(out, f32::from(v) / 255.0);
                    out.push(b' ');
                }
                out.extend_from_slice(b"rg\n");
                self.color = Some(c);
            }
            let upm = face.units_per_em();
            let placed = fonts.place(shaped);
            for (g, p) in shaped.glyphs.iter().zip(placed.iter()) {
                self.set_font(fonts, face, p.variant, size, out);
                if g.x_offset == 0 && g.y_offset == 0 {
                    self.glyph(p.id, p.adjust, out);
                    continue;
                }
                let shift = g.x_offset as f32 * 1000.0 / upm;
                if g.y_offset == 0 {
                    self.open(out);
                    num(out, -shift);
                    out.push(b' ');
                    self.glyph(p.id, p.adjust + shift, out);
                    continue;
                }
                self.open(out);
                num(out, -shift);
                out.push(b' ');
                self.close(out);
                num(out, g.y_offset as f32 * size / upm);
                out.extend_from_slice(b" Ts\n");
                self.glyph(p.id, p.adjust + shift, out);
                self.close(out);
                out.extend_from_slice(b"0 Ts\n");
            }
        }
        self.close(out);
    }
}
