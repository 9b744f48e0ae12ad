//! The PDF engine as readers meet it: real files checked by `qpdf --check`,
//! read back with `pdftotext`, fonts listed by `pdffonts`. Set
//! `HEARKEN_KEEP_PDF=<dir>` to keep the files for a look.

use std::{
    path::{Path, PathBuf},
    process::Command,
};

use hearken::{
    i18n::{Localized, Localizer},
    report::pdf::{Block, Document, PdfError, QuoteBlock, Rendered, Table, render},
};

use crate::specimen::{self, ARABIC_QUOTE, ENGLISH_QUOTE, MIXED_ARABIC_QUOTE};

pub(crate) fn run(cmd: &str, args: &[&str]) -> String {
    let out = Command::new(cmd)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{cmd} not runnable (scripts/deps.sh installs it): {e}"));
    assert!(
        out.status.success(),
        "{cmd} {args:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("tool output is UTF-8")
}

/// Renders `doc` and saves it the one way Hearken writes files; nothing is
/// written when rendering fails.
fn render_to_file(doc: &Document, path: &Path) -> Result<Rendered, PdfError> {
    let rendered = render(doc)?;
    hearken::files::write_output(path, &rendered.bytes, std::path::Path::new("no-vault"))
        .expect("saved");
    Ok(rendered)
}

/// Writes `doc` to `dir/name.pdf` (and to `$HEARKEN_KEEP_PDF` if set).
fn write(dir: &Path, name: &str, doc: &Document) -> (PathBuf, Rendered) {
    let path = dir.join(format!("{name}.pdf"));
    let rendered = render_to_file(doc, &path).expect("renders");
    if let Some(keep) = std::env::var_os("HEARKEN_KEEP_PDF") {
        std::fs::create_dir_all(&keep).unwrap();
        std::fs::copy(&path, Path::new(&keep).join(format!("{name}.pdf"))).unwrap();
    }
    (path, rendered)
}

pub(crate) fn qpdf_check(path: &Path) {
    let out = run("qpdf", &["--check", path.to_str().unwrap()]);
    assert!(out.contains("No syntax or stream encoding errors"), "{out}");
}

pub(crate) fn text(path: &Path, pages: Option<(usize, usize)>) -> String {
    let mut args = vec![];
    let (f, l);
    if let Some((first, last)) = pages {
        f = first.to_string();
        l = last.to_string();
        args.extend(["-f", f.as_str(), "-l", l.as_str()]);
    }
    args.extend([path.to_str().unwrap(), "-"]);
    run("pdftotext", &args)
}

/// Extracted text with bidi control marks (which pdftotext adds around
/// right-to-left runs) removed and whitespace collapsed.
pub(crate) fn normalized(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(*c as u32, 0x200E | 0x200F | 0x202A..=0x202E | 0x2066..=0x2069))
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

pub(crate) fn assert_holds(haystack: &str, needle: &str) {
    let needle = normalized(needle);
    assert!(
        haystack.contains(&needle),
        "extracted text lacks «{needle}»"
    );
}

/// Letters, digits and marks of `s`, in order: what reading order means.
/// `pdftotext` places spaces and neutral punctuation (".", ":", "،") next
/// to numbers and Latin words inside Arabic lines by its own heuristics,
/// so those are left out of the comparison.
fn letters(s: &str) -> String {
    s.chars()
        .filter(|c| {
            c.is_alphanumeric() || matches!(*c as u32, 0x0300..=0x036F | 0x064B..=0x065F | 0x0670)
        })
        .collect()
}

/// `needle`'s letters appear in `haystack` in the same (logical) order.
pub(crate) fn assert_in_order(haystack: &str, needle: &str) {
    assert!(
        letters(haystack).contains(&letters(needle)),
        "extracted text lacks «{needle}» in logical order"
    );
}

/// Every word of `quote` (letters and marks in logical order) is in the
/// text. For right-to-left lines on a page that is mostly left to right,
/// `pdftotext` emits the line's runs in visual order (it splits at digits
/// and neutral punctuation and reverses each Arabic run on its own), so
/// only the words, not the whole sentence, can be compared there.
pub(crate) fn assert_words(haystack: &str, quote: &str) {
    let words: Vec<&str> = haystack.split_whitespace().collect();
    for w in quote.split_whitespace() {
        let w = w.trim_matches(|c: char| c.is_ascii_punctuation() || c == '،');
        assert!(
            words.iter().any(|h| h.contains(w)),
            "extracted text lacks the word «{w}»"
        );
    }
}

/// Every font embedded, subset (tagged `ABCDEF+`) and with a Unicode map;
/// the faces are exactly `expected` (a face may be embedded several times,
/// once per variant of its Unicode map).
fn assert_fonts_embedded_and_subset(path: &Path, expected: &[&str]) {
    let out = run("pdffonts", &[path.to_str().unwrap()]);
    let mut faces = std::collections::BTreeSet::new();
    for row in out.lines().skip(2) {
        let cols: Vec<&str> = row.split_whitespace().collect();
        let (tag, face) = cols[0]
            .split_once('+')
            .unwrap_or_else(|| panic!("not subset: {row}"));
        assert!(
            tag.len() == 6 && tag.chars().all(|c| c.is_ascii_uppercase()),
            "{row}"
        );
        // name, "CID TrueType", encoding, emb, sub, uni, object, generation
        assert_eq!(&cols[4..7], ["yes", "yes", "yes"], "{row}");
        faces.insert(face.to_owned());
    }
    let expected: std::collections::BTreeSet<String> =
        expected.iter().map(|s| s.to_string()).collect();
    assert_eq!(faces, expected, "{out}");
}

/// Word boxes from `pdftotext -bbox`: (xMin, xMax, word) on page `page`.
fn word_boxes(path: &Path, page: usize) -> Vec<(f32, f32, String)> {
    let p = page.to_string();
    let html = run(
        "pdftotext",
        &["-bbox", "-f", &p, "-l", &p, path.to_str().unwrap(), "-"],
    );
    html.lines()
        .filter_map(|l| {
            let l = l.trim();
            let rest = l.strip_prefix("<word xMin=\"")?;
            let (x_min, rest) = rest.split_once('"')?;
            let rest = rest.split_once("xMax=\"")?.1;
            let (x_max, rest) = rest.split_once('"')?;
            let word = rest.split_once('>')?.1.strip_suffix("</word>")?;
            Some((x_min.parse().ok()?, x_max.parse().ok()?, word.to_owned()))
        })
        .collect()
}

#[test]
fn english_report_passes_qpdf_and_reads_back_with_quotes_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let doc = specimen::framework_report("en");
    let (path, out) = write(dir.path(), "report-en", &doc);
    qpdf_check(&path);
    assert!(out.pages >= 6, "{} pages", out.pages);
    let all = normalized(&text(&path, None));
    for heading in [
        "What We Heard and Proposed Actions Forward",
        "Contents",
        "Methodology",
        "Findings by theme",
        "Annex: sessions",
    ] {
        assert_holds(&all, heading);
    }
    assert_holds(&all, &format!("Page 2 of {}", out.pages));
    assert_holds(&all, &format!("Page {0} of {0}", out.pages));
    assert_holds(&all, ENGLISH_QUOTE);
    // Arabic quotes in an English report: shaped, and read back word by
    // word with letters and marks in logical order.
    assert_words(&all, ARABIC_QUOTE);
    assert_words(&all, MIXED_ARABIC_QUOTE);
    assert_holds(
        &all,
        "Translation: We walk two hours every day to fetch water",
    );
    // The cover carries no page number.
    assert!(!normalized(&text(&path, Some((1, 1)))).contains("Page 1 of"));
    assert_fonts_embedded_and_subset(
        &path,
        &[
            "NotoSans-Regular",
            "NotoSans-Bold",
            "NotoNaskhArabic-Regular",
        ],
    );
}

#[test]
fn contents_page_numbers_point_at_the_pages_the_headings_are_on() {
    let dir = tempfile::tempdir().unwrap();
    let doc = specimen::framework_report("en");
    let (path, out) = write(dir.path(), "toc-en", &doc);
    let contents = run(
        "pdftotext",
        &["-layout", "-f", "2", "-l", "2", path.to_str().unwrap(), "-"],
    );
    let mut checked = 0;
    for heading in [
        "Summary",
        "Methodology",
        "Findings by theme",
        "Health services",
        "Recommendations",
        "Annex: sessions",
    ] {
        let line = contents
            .lines()
            .find(|l| l.trim_start().starts_with(heading))
            .unwrap_or_else(|| panic!("{heading} not in contents:\n{contents}"));
        let page: usize = line
            .split_whitespace()
            .last()
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("no page number in «{line}»"));
        assert!(page > 2 && page <= out.pages, "{heading}: {page}");
        let on_page = normalized(&text(&path, Some((page, page))));
        assert!(on_page.contains(heading), "{heading} is not on page {page}");
        checked += 1;
    }
    assert_eq!(checked, 6);
}

#[test]
fn arabic_report_is_mirrored_and_extracts_in_logical_order() {
    let dir = tempfile::tempdir().unwrap();
    let doc = specimen::framework_report("ar");
    let (path, out) = write(dir.path(), "report-ar", &doc);
    qpdf_check(&path);
    let all = normalized(&text(&path, None));
    for s in [
        "ما سمعناه والإجراءات المقترحة للمضي قدماً",
        "المحتويات",
        "النتائج حسب الموضوع",
        "الجلسات والمشاركون",
    ] {
        assert_holds(&all, s);
    }
    assert_in_order(&all, &format!("صفحة 2 من {}", out.pages));
    assert_in_order(&all, ARABIC_QUOTE);
    assert_in_order(&all, MIXED_ARABIC_QUOTE);
    // An English quote keeps its order inside the Arabic report.
    assert_holds(&all, ENGLISH_QUOTE);
    assert_fonts_embedded_and_subset(
        &path,
        &[
            "NotoSans-Regular",
            "NotoNaskhArabic-Regular",
            "NotoNaskhArabic-Bold",
        ],
    );

    // Mirrored: on the contents page the headings hang from the right
    // margin and the page numbers sit at the left.
    // (`-bbox` lists each word's characters in visual order.)
    let words = word_boxes(&path, 2);
    let find = |logical: &str| {
        words
            .iter()
            .find(|w| w.2.chars().rev().eq(logical.chars()))
            .unwrap_or_else(|| panic!("{logical} not on the contents page"))
    };
    let right_margin = 595.28 - 62.0;
    let title = find("المحتويات");
    assert!(
        (title.1 - right_margin).abs() < 1.0,
        "title ends at {}",
        title.1
    );
    let first = find("ملخص");
    assert!(
        (first.1 - right_margin).abs() < 1.0,
        "entry ends at {}",
        first.1
    );
    let footer = find("صفحة");
    assert!(footer.1 < 595.28 / 2.0, "page number at x {}", footer.0);
    // The entry's page number sits at the left margin.
    let number = words
        .iter()
        .find(|w| (w.1 + w.0) / 2.0 < 100.0 && w.2.chars().all(|c| c.is_ascii_digit()))
        .expect("a page number at the left");
    assert!(number.0 >= 62.0 - 0.5, "{number:?}");
}

#[test]
fn summaries_fit_one_page_in_every_language() {
    let dir = tempfile::tempdir().unwrap();
    for lang in hearken::i18n::LANGUAGES {
        let doc = specimen::session_summary(lang);
        let (path, out) = write(dir.path(), &format!("summary-{lang}"), &doc);
        qpdf_check(&path);
        assert_eq!(out.pages, 1, "{lang}");
        let loc = Localizer::new(lang, false);
        let page = loc.format("report-page-of", &[("n", 1.into()), ("total", 1.into())]);
        let all = normalized(&text(&path, None));
        assert_in_order(&all, &page);
        if *lang == "ar" {
            assert_in_order(&all, MIXED_ARABIC_QUOTE);
        } else {
            assert_words(&all, MIXED_ARABIC_QUOTE);
        }
    }
}

#[test]
fn french_spanish_and_russian_reports_read_back() {
    let dir = tempfile::tempdir().unwrap();
    for (lang, title, contents) in [
        ("fr", "Ce que nous avons entendu", "Table des matières"),
        ("es", "Lo que escuchamos", "Índice"),
        ("ru", "Что мы услышали", "Содержание"),
    ] {
        let (path, out) = write(
            dir.path(),
            &format!("report-{lang}"),
            &specimen::framework_report(lang),
        );
        qpdf_check(&path);
        let all = normalized(&text(&path, None));
        assert_holds(&all, title);
        assert_holds(&all, contents);
        let loc = Localizer::new(lang, false);
        let last = loc.format(
            "report-page-of",
            &[("n", out.pages.into()), ("total", out.pages.into())],
        );
        assert_holds(&all, &last);
        assert_holds(&all, "Нам выдают документы только на государственном языке");
    }
}

#[test]
fn specimen_pdfs_stay_small_because_fonts_are_subset() {
    let en = render(&specimen::framework_report("en")).unwrap();
    let ar = render(&specimen::framework_report("ar")).unwrap();
    // The four fonts weigh 1.4 MB; subset, a ten-page report is far less.
    assert!(en.bytes.len() < 200_000, "en: {} bytes", en.bytes.len());
    assert!(ar.bytes.len() < 200_000, "ar: {} bytes", ar.bytes.len());
}

#[test]
fn a_summary_that_does_not_fit_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let mut doc = specimen::session_summary("en");
    for _ in 0..12 {
        doc.push(Block::Quote(QuoteBlock {
            text: ENGLISH_QUOTE.into(),
            translation: None,
            attribution: "P9 · Session 4".into(),
        }));
    }
    let path = dir.path().join("summary.pdf");
    match render_to_file(&doc, &path) {
        Err(PdfError::TooManyPages { pages, limit: 1 }) => assert!(pages >= 2),
        other => panic!("{other:?}"),
    }
    assert!(!path.exists());
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn a_character_no_font_can_draw_is_refused_with_a_translated_error() {
    let dir = tempfile::tempdir().unwrap();
    let mut doc = Document::summary("ar", "ما سمعناه");
    doc.push(Block::Paragraph("سطر أول".into()));
    doc.push(Block::Quote(QuoteBlock {
        text: "我们需要干净的水".into(),
        translation: None,
        attribution: "P1".into(),
    }));
    let path = dir.path().join("x.pdf");
    let err = render_to_file(&doc, &path).unwrap_err();
    assert!(
        matches!(&err, PdfError::UnsupportedCharacter { block: 2, codepoint } if codepoint == "U+6211")
    );
    let line = Localizer::new("ar", false).error_line(&err);
    assert!(
        line.contains("U+6211") && line.contains("الجزء 2"),
        "{line}"
    );
    assert!(!line.contains('我'), "the error must not repeat the quote");
    assert_eq!(err.message().code, "pdf-unsupported-character");
    assert!(!path.exists());
}

#[test]
fn a_malformed_table_is_refused() {
    let mut doc = Document::report("en", "T");
    doc.push(Block::Table(Table {
        headers: vec!["A".into(), "B".into()],
        rows: vec![vec!["1".into(), "2".into()], vec!["3".into()]],
        align: vec![],
    }));
    match render(&doc) {
        Err(PdfError::TableShape {
            block: 1,
            expected: 2,
            found: 1,
        }) => {}
        other => panic!("{other:?}"),
    }
}

/// A table whose longest words cannot stand side by side at the usual
/// size is set smaller: no word is cut, in its header, its cells or a heat
/// table's columns, in Russian as in English.
#[test]
fn a_table_too_wide_for_its_words_shrinks_rather_than_cutting_one() {
    let dir = tempfile::tempdir().unwrap();
    for (lang, words) in [
        (
            "en",
            [
                "Participation",
                "Consultation",
                "Documentation",
                "Implementation",
                "Recommendations",
                "Responsibility",
                "Accessibility",
                "Interpretation",
            ],
        ),
        (
            "ru",
            [
                "Представители",
                "Консультации",
                "Документы",
                "Осуществление",
                "Рекомендации",
                "Ответственные",
                "Доступность",
                "Переводчики",
            ],
        ),
    ] {
        let mut doc = Document::report(lang, "T");
        let headers: Vec<String> = words.iter().map(|w| (*w).to_owned()).collect();
        doc.push(Block::Table(Table {
            headers: headers.clone(),
            rows: vec![headers.iter().rev().cloned().collect()],
            align: vec![],
        }));
        doc.push(Block::Matrix(hearken::report::pdf::Matrix {
            title: "M".into(),
            columns: headers.clone(),
            rows: vec![(
                "Row".into(),
                headers
                    .iter()
                    .map(|_| hearken::report::pdf::Cell::new(1.0, "1"))
                    .collect(),
            )],
        }));
        let (path, _) = write(dir.path(), &format!("wide-table-{lang}"), &doc);
        let all = normalized(&text(&path, None));
        let tokens: Vec<&str> = all.split_whitespace().collect();
        for w in words {
            let whole = tokens.iter().filter(|t| **t == w).count();
            assert_eq!(whole, 3, "{lang}: «{w}» cut or missing in {all}");
        }
    }
}

/// The document information says when the file was made, and claims no
/// PDF/X conformance it does not have.
#[test]
fn the_pdf_says_when_it_was_made_and_claims_no_conformance() {
    let dir = tempfile::tempdir().unwrap();
    let mut doc = Document::report("en", "Dated");
    doc.push(Block::paragraph("Body."));
    let (path, _) = write(dir.path(), "dated", &doc);
    let info = run("pdfinfo", &[path.to_str().unwrap()]);
    let created = info
        .lines()
        .find_map(|l| l.strip_prefix("CreationDate:"))
        .expect("a creation date")
        .trim()
        .to_owned();
    let year = time::OffsetDateTime::now_utc().year().to_string();
    assert!(created.contains(&year), "{created}");
    let bytes = std::fs::read(&path).unwrap();
    let raw = String::from_utf8_lossy(&bytes);
    assert!(!raw.contains("GTS_PDFX"), "a PDF/X marker");
    assert!(!raw.contains("1970"), "an epoch date");
}

/// (depth, title, page) of every outline item, in order, read by qpdf.
fn outline(path: &Path) -> Vec<(usize, String, u64)> {
    let json = run(
        "qpdf",
        &["--json=2", "--json-key=outlines", path.to_str().unwrap()],
    );
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    fn walk(items: &serde_json::Value, depth: usize, out: &mut Vec<(usize, String, u64)>) {
        for it in items.as_array().unwrap() {
            let title = it["title"].as_str().unwrap().to_owned();
            out.push((depth, title, it["destpageposfrom1"].as_u64().unwrap_or(0)));
            walk(&it["kids"], depth + 1, out);
        }
    }
    let mut out = Vec::new();
    walk(&doc["outlines"], 0, &mut out);
    out
}

#[test]
fn the_outline_nests_themes_under_findings_in_reading_order() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = write(dir.path(), "outline-ar", &specimen::framework_report("ar"));
    // The catalog names the document's language for screen readers.
    let json = run(
        "qpdf",
        &["--json=2", "--json-key=qpdf", path.to_str().unwrap()],
    );
    let objects: serde_json::Value = serde_json::from_str(&json).unwrap();
    let catalog = objects["qpdf"][1]
        .as_object()
        .unwrap()
        .values()
        .map(|o| &o["value"])
        .find(|v| v["/Type"] == "/Catalog")
        .expect("a catalog");
    assert_eq!(catalog["/Lang"], "u:ar");
    let items = outline(&path);
    let findings = items
        .iter()
        .position(|(_, t, _)| t == "النتائج حسب الموضوع")
        .expect("findings in the outline");
    assert_eq!(items[findings].0, 0);
    let themes: Vec<&str> = items[findings + 1..]
        .iter()
        .take_while(|(depth, _, _)| *depth == 1)
        .map(|(_, t, _)| t.as_str())
        .collect();
    assert_eq!(themes.first(), Some(&"المياه والصرف الصحي"));
    assert_eq!(themes.len(), 6, "{themes:?}");
    let pages: Vec<u64> = items.iter().map(|(_, _, p)| *p).collect();
    assert!(pages.windows(2).all(|w| w[0] <= w[1]), "{pages:?}");
    assert!(pages.iter().all(|p| *p >= 3));
}

#[test]
fn sparse_and_empty_documents_still_make_valid_pdfs() {
    let dir = tempfile::tempdir().unwrap();
    let empty = Document::report("ru", "Пусто");
    let (path, out) = write(dir.path(), "empty", &empty);
    qpdf_check(&path);
    assert_eq!(out.pages, 1, "the cover alone");

    let mut sparse = Document::summary("ar", "جدول فارغ");
    sparse.push(Block::Table(Table {
        headers: vec!["المنطقة".into(), "العدد".into()],
        rows: vec![],
        align: vec![],
    }));
    sparse.push(Block::BarChart(hearken::report::pdf::BarChart {
        title: "لا شيء".into(),
        bars: vec![],
    }));
    sparse.push(Block::KeyFigures(vec![]));
    sparse.push(Block::bullets(vec![]));
    sparse.push(Block::Paragraph("سطر\n\nبعد سطر فارغ\twith a tab".into()));
    sparse.push(Block::Paragraph(
        "https://example.org/a-very-long-address-that-cannot-break-anywhere-at-all/".repeat(3),
    ));
    let (path, out) = write(dir.path(), "sparse", &sparse);
    qpdf_check(&path);
    assert_eq!(out.pages, 1);
    let all = normalized(&text(&path, None));
    assert_holds(&all, "بعد سطر فارغ");
    assert_holds(&all, "a-very-long-address-that");
}
