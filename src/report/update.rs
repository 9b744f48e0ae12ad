//! The one-page community update ("What happened with your input"), in the
//! session's language, to hand out or read aloud at the next meeting: what
//! was heard across communities, and where the recommendations stand, from
//! the newest update the coordinator signed.

use super::{
    pdf::{Block, Document, KeyFigure},
    review::{Labels, evaluation_table},
};
use crate::{
    exchange::updates::UpdateFile,
    i18n::{Arg, Localizer},
    model::TrackState,
};

/// How much the page holds, from the fullest to the barest: themes,
/// recommendations, characters of each text, and the evaluation table.
const LEVELS: [(usize, usize, usize, bool); 4] = [
    (5, 6, 150, true),
    (5, 5, 110, false),
    (4, 4, 90, false),
    (3, 3, 70, false),
];

fn shorten(text: &str, max: usize) -> String {
    let mut out: String = text.chars().take(max).collect();
    if text.chars().count() > max {
        out.push('…');
    }
    out
}

/// The update as one page in `lang`: the fullest version that fits (long
/// texts in some languages take more lines).
pub fn document(u: &UpdateFile, lang: &str) -> Result<Document, crate::Error> {
    let mut last = None;
    for level in LEVELS {
        let doc = at_level(u, lang, level);
        match super::pdf::render(&doc) {
            Ok(_) => return Ok(doc),
            Err(e @ super::pdf::PdfError::TooManyPages { .. }) => last = Some(e),
            Err(e) => return Err(e.into()),
        }
    }
    Err(last.expect("at least one level").into())
}

fn at_level(
    u: &UpdateFile,
    lang: &str,
    (themes_shown, recommendations_shown, text_chars, evaluation): (usize, usize, usize, bool),
) -> Document {
    let loc = Localizer::report(lang);
    let l = Labels(&loc);
    let mut doc = Document::summary(loc.lang(), loc.text("up-title"))
        .subtitle(&u.title)
        .byline(loc.format("up-issued", &[("date", Arg::from(loc.date(&u.issued)))]));
    doc.push(Block::KeyFigures(vec![
        KeyFigure::new(u.heard.sessions.to_string(), loc.text("up-fig-sessions")),
        KeyFigure::new(
            u.heard.participants.display(&loc),
            loc.text("up-fig-people"),
        ),
        KeyFigure::new(u.heard.quotes.to_string(), loc.text("up-fig-quotes")),
    ]));
    doc.push(Block::heading(2, loc.text("up-heard")));
    doc.push(Block::bullets(
        u.heard
            .themes
            .iter()
            .take(themes_shown)
            .map(|t| {
                loc.format(
                    "up-theme",
                    &[
                        ("theme", Arg::from(t.label.as_str())),
                        ("quotes", Arg::from(t.quotes)),
                        ("sessions", Arg::from(t.sessions)),
                    ],
                )
            })
            .collect(),
    ));
    doc.push(Block::heading(2, loc.text("up-happened")));
    let mut items: Vec<_> = u.recommendations.iter().collect();
    // What moved most recently first; nothing known last.
    items.sort_by(|a, b| {
        (b.state != TrackState::NoInformation, &b.since)
            .cmp(&(a.state != TrackState::NoInformation, &a.since))
    });
    let mut lines: Vec<String> = items
        .iter()
        .take(recommendations_shown)
        .map(|r| {
            let mut line = format!(
                "{} — {}: {}",
                r.id,
                l.state(r.state),
                shorten(&r.text, text_chars)
            );
            if !r.body.is_empty() {
                line.push_str(&format!(" ({})", r.body));
            }
            line
        })
        .collect();
    if items.len() > recommendations_shown {
        lines.push(loc.format(
            "up-more",
            &[("n", Arg::from(items.len() - recommendations_shown))],
        ));
    }
    if lines.is_empty() {
        doc.push(Block::paragraph(loc.text("up-nothing-yet")));
    } else {
        doc.push(Block::bullets(lines));
    }
    if evaluation && u.evaluation.sessions > 0 {
        doc.push(Block::heading(2, loc.text("up-evaluation")));
        doc.push(evaluation_table(&loc, &u.evaluation));
    }
    doc
}
