//! The document model a report is poured into before it becomes a PDF.
//!
//! The model says *what* a report contains (headings, quotes, tables,
//! charts) and nothing about where it lands on a page: the layout engine
//! decides that, mirrored for right-to-left languages. Everything here is
//! plain owned data so the synthesis code can build it without knowing the
//! renderer, and so one model can be rendered in any language the engine's
//! own strings ("Contents", "Page 3 of 12") are translated into.

pub use crate::report::markup::Inline;

/// A report or summary ready to be rendered.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// Language of the document (`en`, `fr`, `es`, `ar`, `ru`): picks the
    /// engine's own strings and the page direction (Arabic is mirrored).
    pub lang: String,
    /// Title on the cover (or at the top of page 1) and in the PDF metadata.
    pub title: String,
    /// Second line under the title, e.g. the engagement and treaty.
    pub subtitle: Option<String>,
    /// Short lines under the title: organisation, period, date of issue.
    pub byline: Vec<String>,
    /// Whether the document opens with a cover page of its own. The framework
    /// report has one; a one-page session summary does not.
    pub cover: bool,
    /// Fails rendering with [`PdfError::TooManyPages`](super::PdfError) when
    /// the document needs more pages than this (a summary promised to fit on
    /// one page).
    pub page_limit: Option<usize>,
    /// What the footer says at the start side instead of the title (a
    /// filtered report says which filter made it); the title if `None`.
    pub footer: Option<String>,
    /// The content, in reading order.
    pub blocks: Vec<Block>,
}

impl Document {
    /// A framework report: cover page, then the blocks.
    pub fn report(lang: &str, title: impl Into<String>) -> Self {
        Self {
            lang: lang.to_owned(),
            title: title.into(),
            subtitle: None,
            byline: Vec::new(),
            cover: true,
            page_limit: None,
            footer: None,
            blocks: Vec::new(),
        }
    }

    /// A one-page summary: title at the top of the page, no cover, and
    /// rendering fails rather than spill onto a second page.
    pub fn summary(lang: &str, title: impl Into<String>) -> Self {
        Self {
            cover: false,
            page_limit: Some(1),
            ..Self::report(lang, title)
        }
    }

    /// Sets the subtitle (builder style).
    pub fn subtitle(mut self, subtitle: impl Into<String>) -> Self {
        self.subtitle = Some(subtitle.into());
        self
    }

    /// Adds a byline (builder style).
    pub fn byline(mut self, line: impl Into<String>) -> Self {
        self.byline.push(line.into());
        self
    }

    /// Appends a block (builder style).
    pub fn push(&mut self, block: Block) -> &mut Self {
        self.blocks.push(block);
        self
    }
}

/// One piece of content. Text written by the report's authors (headings,
/// paragraphs, labels) runs in the document's direction; a quote's own words
/// run in the direction of their first strong character, so an Arabic quote
/// in an English report still reads right to left.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A section heading. Levels 1 and 2 appear in the table of contents
    /// and the PDF outline; level 3 is a run-in sub-heading.
    Heading { level: u8, text: String },
    /// A paragraph of running text. A `\n` starts a new line.
    Paragraph(String),
    /// A participant's words, with an optional translation and the trace
    /// back to where they were heard.
    Quote(QuoteBlock),
    /// Running text with emphasised words (a coordinator's own text).
    Rich(Inline),
    /// A list, bulleted or numbered.
    List { numbered: bool, items: Vec<Inline> },
    /// A table; its header row repeats on every page it spans.
    Table(Table),
    /// Horizontal bar chart (bars grow from the start side).
    BarChart(BarChart),
    /// A heat table: rows by columns, each cell shaded by its value.
    Matrix(Matrix),
    /// A row of headline numbers in boxes ("48 sessions", "612 participants").
    KeyFigures(Vec<KeyFigure>),
    /// The table of contents: entries for every level-1 and level-2 heading
    /// with the page it lands on.
    TableOfContents,
    /// Continue on a new page.
    PageBreak,
}

impl Block {
    /// A heading of `level` 1 to 3.
    pub fn heading(level: u8, text: impl Into<String>) -> Self {
        Block::Heading {
            level,
            text: text.into(),
        }
    }

    /// A paragraph.
    pub fn paragraph(text: impl Into<String>) -> Self {
        Block::Paragraph(text.into())
    }

    /// The words it prints in a document in `loc`'s language (a
    /// submission's word budget counts them): whitespace-separated runs,
    /// numbers, labels and a quote's "Translation:" and dash included.
    pub fn words(&self, loc: &crate::i18n::Localizer) -> usize {
        // A number grouped with no-break spaces ("12 345") is one word.
        fn n(s: &str) -> usize {
            s.split(|c: char| c.is_whitespace() && c != '\u{00A0}' && c != '\u{202F}')
                .filter(|w| !w.is_empty())
                .count()
        }
        match self {
            Block::Heading { text, .. } | Block::Paragraph(text) => n(text),
            Block::Rich(t) => n(&t.text),
            Block::Quote(q) => {
                let (translation, attribution) = super::blocks::quote_lines(loc, q);
                n(&q.text) + translation.as_deref().map_or(0, n) + n(&attribution)
            }
            Block::List { numbered, items } => {
                // A numbered list prints its numbers too.
                items.iter().map(|i| n(&i.text)).sum::<usize>()
                    + if *numbered { items.len() } else { 0 }
            }
            Block::Table(t) => t
                .headers
                .iter()
                .chain(t.rows.iter().flatten())
                .map(|c| n(c))
                .sum(),
            Block::BarChart(c) => {
                n(&c.title)
                    + c.bars
                        .iter()
                        .map(|b| n(&b.label) + n(&b.shown))
                        .sum::<usize>()
            }
            Block::Matrix(m) => {
                n(&m.title)
                    + m.columns.iter().map(|c| n(c)).sum::<usize>()
                    + m.rows
                        .iter()
                        .map(|(label, cells)| {
                            n(label) + cells.iter().map(|c| n(&c.shown)).sum::<usize>()
                        })
                        .sum::<usize>()
            }
            Block::KeyFigures(f) => f.iter().map(|f| n(&f.value) + n(&f.label)).sum(),
            Block::TableOfContents | Block::PageBreak => 0,
        }
    }

    /// A bulleted list of plain items.
    pub fn bullets(items: Vec<String>) -> Self {
        Block::List {
            numbered: false,
            items: items
                .into_iter()
                .map(|text| Inline {
                    text,
                    strong: vec![],
                })
                .collect(),
        }
    }
}

/// A quote as heard, with provenance.
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteBlock {
    /// The participant's words in the language they were said in.
    pub text: String,
    /// A translation into the document's language, when one was given.
    pub translation: Option<String>,
    /// Where it comes from, e.g. "P3 · Session 4, Irbid · bundle 7f3a".
    pub attribution: String,
}

/// Horizontal alignment of a table column, relative to the document's
/// direction (`Start` is the right side in Arabic).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Align {
    #[default]
    Start,
    Center,
    End,
}

/// A table of text cells.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub headers: Vec<String>,
    /// Every row has exactly as many cells as `headers`.
    pub rows: Vec<Vec<String>>,
    /// Per-column alignment; missing entries mean [`Align::Start`].
    pub align: Vec<Align>,
}

/// One bar: its label, the value that sets its length, and the text shown
/// at its end (e.g. "42 (12%)", or "<5" where a small count is suppressed).
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub value: f64,
    pub shown: String,
}

/// A horizontal bar chart. Values must be finite and not negative.
#[derive(Debug, Clone, PartialEq)]
pub struct BarChart {
    pub title: String,
    pub bars: Vec<Bar>,
}

/// One cell of a [`Matrix`]: the value that sets its shade and the text
/// printed in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub value: f64,
    pub shown: String,
}

/// A heat table, e.g. themes by region. Values must be finite and not
/// negative; the darkest shade is the largest value.
#[derive(Debug, Clone, PartialEq)]
pub struct Matrix {
    pub title: String,
    pub columns: Vec<String>,
    /// (row label, one cell per column).
    pub rows: Vec<(String, Vec<Cell>)>,
}

/// A headline number and what it counts.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyFigure {
    pub value: String,
    pub label: String,
}

impl KeyFigure {
    pub fn new(value: impl Into<String>, label: impl Into<String>) -> Self {
        Self {
            value: value.into(),
            label: label.into(),
        }
    }
}

impl Bar {
    pub fn new(label: impl Into<String>, value: f64, shown: impl Into<String>) -> Self {
        Self {
            label: label.into(),
            value,
            shown: shown.into(),
        }
    }
}

impl Cell {
    pub fn new(value: f64, shown: impl Into<String>) -> Self {
        Self {
            value,
            shown: shown.into(),
        }
    }
}
