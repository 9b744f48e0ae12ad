//! Specimen documents: a realistic framework report and session summary in
//! every shipped language, and a large report for benchmarks.
//!
//! They exercise every block kind with the text reports really carry:
//! quotes in five languages with translations, an Arabic line quoting Latin
//! names and numbers, suppressed small counts, long tables. Tests, benches
//! and demos render them; the quotes are invented, no participant said them.
//! Test fixtures, not part of the library: the integration tests and the
//! PDF bench include this folder as a module, each using part of it.
#![allow(dead_code, unused_imports)]

mod words;

pub use words::{ARABIC_QUOTE, ENGLISH_QUOTE, MIXED_ARABIC_QUOTE};
use words::{HEARD, Heard, LEXICONS, Lexicon};

use hearken::report::pdf::{
    Align, Bar, BarChart, Block, Cell, Document, KeyFigure, Matrix, QuoteBlock, Table,
};

fn lexicon(lang: &str) -> &'static Lexicon {
    let lang = hearken::i18n::negotiate(&[lang]);
    LEXICONS
        .iter()
        .find(|l| l.lang == lang)
        .unwrap_or(&LEXICONS[0])
}

fn lexicon_index(lex: &Lexicon) -> usize {
    LEXICONS
        .iter()
        .position(|l| l.lang == lex.lang)
        .unwrap_or(0)
}

/// The quote as a report in `lex`'s language shows it.
fn quote(lex: &Lexicon, heard: &Heard, participant: usize, session: usize) -> QuoteBlock {
    let translation =
        (heard.lang != lex.lang).then(|| heard.translations[lexicon_index(lex)].to_owned());
    QuoteBlock {
        text: heard.text.to_owned(),
        translation,
        attribution: format!(
            "P{participant} · {} {session} · {}",
            lex.session,
            bundle_id(session)
        ),
    }
}

fn bundle_id(session: usize) -> String {
    format!("{:08x}", (session as u32).wrapping_mul(2_654_435_761))
}

const SESSIONS: [usize; 5] = [14, 11, 12, 9, 2];
const PARTICIPANTS: [usize; 5] = [183, 140, 171, 96, 22];

fn figures(lex: &Lexicon) -> Block {
    let sessions: usize = SESSIONS.iter().sum();
    let participants: usize = PARTICIPANTS.iter().sum();
    Block::KeyFigures(vec![
        KeyFigure::new(sessions.to_string(), lex.figures[0]),
        KeyFigure::new(participants.to_string(), lex.figures[1]),
        KeyFigure::new("1934", lex.figures[2]),
        KeyFigure::new("5", lex.figures[3]),
    ])
}

/// The framework report in `lang`, about ten pages.
pub fn framework_report(lang: &str) -> Document {
    report_with(lang, None)
}

/// A framework report of `themes` theme sections with `quotes_per_theme`
/// quotes each, for benchmarks (50 x 40 is about 300 pages).
pub fn large_report(lang: &str, themes: usize, quotes_per_theme: usize) -> Document {
    report_with(lang, Some((themes, quotes_per_theme)))
}

/// `size`: (theme sections, quotes per section); `None` for the specimen's
/// six themes with their own quotes.
fn report_with(lang: &str, size: Option<(usize, usize)>) -> Document {
    let lex = lexicon(lang);
    let mut doc = Document::report(lex.lang, lex.title)
        .subtitle(lex.subtitle)
        .byline(lex.org)
        .byline(lex.period);
    doc.push(Block::TableOfContents).push(Block::PageBreak);
    doc.push(Block::heading(1, lex.summary_h));
    doc.push(Block::paragraph(lex.summary_p));
    doc.push(figures(lex));

    doc.push(Block::heading(1, lex.method_h));
    doc.push(Block::paragraph(lex.method_p));
    doc.push(Block::heading(2, lex.sessions_h));
    let languages = ["ar, en", "en, fr", "en, es, fr", "ru, en", "ar"];
    doc.push(Block::Table(Table {
        headers: lex.region_cols.iter().map(|s| s.to_string()).collect(),
        rows: (0..5)
            .map(|i| {
                vec![
                    lex.regions[i].to_owned(),
                    SESSIONS[i].to_string(),
                    PARTICIPANTS[i].to_string(),
                    languages[i].to_owned(),
                ]
            })
            .collect(),
        align: vec![Align::Start, Align::End, Align::End, Align::Start],
    }));

    doc.push(Block::heading(1, lex.coverage_h));
    doc.push(Block::paragraph(lex.coverage_p));
    doc.push(Block::BarChart(BarChart {
        title: lex.chart_title.into(),
        bars: (0..5)
            .map(|i| {
                let shown = if PARTICIPANTS[i] < 5 {
                    "<5".to_owned()
                } else {
                    PARTICIPANTS[i].to_string()
                };
                Bar::new(lex.regions[i], PARTICIPANTS[i] as f64, shown)
            })
            .collect(),
    }));
    doc.push(Block::Matrix(Matrix {
        title: lex.matrix_title.into(),
        columns: lex.regions.iter().map(|s| s.to_string()).collect(),
        rows: lex
            .themes
            .iter()
            .enumerate()
            .map(|(t, name)| {
                let cells = (0..5)
                    .map(|r| {
                        let n = (t * 37 + r * 53 + 11) % 97;
                        if n < 5 {
                            Cell::new(n as f64, "<5")
                        } else {
                            Cell::new(n as f64, n.to_string())
                        }
                    })
                    .collect();
                (name.to_string(), cells)
            })
            .collect(),
    }));

    doc.push(Block::PageBreak);
    doc.push(Block::heading(1, lex.findings_h));
    let mut participant = 1;
    let themes = size.map_or(lex.themes.len(), |(themes, _)| themes);
    for n in 0..themes {
        let t = n % lex.themes.len();
        let round = n / lex.themes.len();
        let title = if round == 0 {
            lex.themes[t].to_owned()
        } else {
            format!("{} ({})", lex.themes[t], round + 1)
        };
        doc.push(Block::heading(2, title));
        let intro = lex
            .theme_intro
            .replace("{s}", &(4 + (n * 7) % 11).to_string())
            .replace("{p}", &(31 + (n * 13) % 90).to_string());
        doc.push(Block::Paragraph(intro));
        let heard: Vec<&Heard> = match size {
            None => HEARD.iter().filter(|h| h.theme == t).collect(),
            Some((_, per)) => (0..per).map(|q| &HEARD[(n + q) % HEARD.len()]).collect(),
        };
        for (q, h) in heard.into_iter().enumerate() {
            doc.push(Block::Quote(quote(
                lex,
                h,
                participant,
                1 + (n * 5 + q) % 48,
            )));
            participant += 1;
        }
    }

    doc.push(Block::heading(1, lex.needs_h));
    doc.push(Block::bullets(
        lex.needs.iter().map(|s| s.to_string()).collect(),
    ));
    doc.push(Block::heading(1, lex.recs_h));
    doc.push(Block::Table(Table {
        headers: lex.rec_cols.iter().map(|s| s.to_string()).collect(),
        rows: lex
            .recs
            .iter()
            .map(|r| r.iter().map(|s| s.to_string()).collect())
            .collect(),
        align: vec![Align::Start; 3],
    }));

    doc.push(Block::PageBreak);
    doc.push(Block::heading(1, lex.annex_h));
    let langs = ["ar", "en", "fr", "es", "ru"];
    doc.push(Block::Table(Table {
        headers: lex.annex_cols.iter().map(|s| s.to_string()).collect(),
        rows: (1..=48)
            .map(|s| {
                vec![
                    format!("{} {s}", lex.session),
                    lex.regions[s % 5].to_owned(),
                    format!("2025-{:02}-{:02}", 2 + s % 3, 1 + (s * 7) % 28),
                    langs[s % 5].to_owned(),
                    bundle_id(s),
                ]
            })
            .collect(),
        align: vec![
            Align::Start,
            Align::Start,
            Align::Start,
            Align::Center,
            Align::Start,
        ],
    }));
    doc
}

/// The one-page "What we heard" summary of one session, in `lang`.
pub fn session_summary(lang: &str) -> Document {
    let lex = lexicon(lang);
    let place = lex.regions[1];
    let title = lex
        .summary_title
        .replace("{heard}", lex.heard)
        .replace("{session}", lex.session)
        .replace("{place}", place);
    let mut doc = Document::summary(lex.lang, title)
        .subtitle(lex.subtitle)
        .byline(format!("2025-03-12 · {}", lex.org));
    doc.push(Block::KeyFigures(vec![
        KeyFigure::new("23", lex.figures[1]),
        KeyFigure::new("41", lex.figures[2]),
        KeyFigure::new("3", lex.fig_themes),
    ]));
    doc.push(Block::heading(2, lex.main_themes_h));
    doc.push(Block::bullets(vec![
        lex.themes[0].into(),
        lex.themes[1].into(),
        lex.themes[5].into(),
    ]));
    doc.push(Block::heading(2, lex.words_h));
    for (i, h) in [&HEARD[0], &HEARD[1], &HEARD[7]].into_iter().enumerate() {
        doc.push(Block::Quote(quote(lex, h, 3 + i * 4, 4)));
    }
    doc.push(Block::heading(2, lex.next_h));
    doc.push(Block::paragraph(lex.next_p));
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_its_own_words_and_every_quote_a_translation() {
        let langs: Vec<&str> = LEXICONS.iter().map(|l| l.lang).collect();
        assert_eq!(langs, hearken::i18n::LANGUAGES);
        for (i, lex) in LEXICONS.iter().enumerate() {
            for h in &HEARD {
                let missing = h.translations[i].is_empty();
                assert_eq!(missing, h.lang == lex.lang, "{} / {}", lex.lang, h.text);
            }
        }
        let titles: std::collections::HashSet<_> = LEXICONS.iter().map(|l| l.title).collect();
        assert_eq!(titles.len(), LEXICONS.len());
    }

    #[test]
    fn the_large_report_has_the_asked_number_of_sections_and_quotes() {
        let doc = large_report("en", 50, 40);
        let quotes = doc
            .blocks
            .iter()
            .filter(|b| matches!(b, Block::Quote(_)))
            .count();
        let sections = doc
            .blocks
            .iter()
            .filter(|b| matches!(b, Block::Heading { level: 2, .. }))
            .count();
        assert_eq!(quotes, 2000);
        assert_eq!(sections, 50 + 1);
    }
}
