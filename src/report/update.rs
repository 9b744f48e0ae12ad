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

/// Themes and recommendations that fit on the page.
const THEMES_SHOWN: usize = 5;
const RECOMMENDATIONS_SHOWN: usize = 6;
const TEXT_CHARS: usize = 150;

fn shorten(text: &str) -> String {
    let mut out: String = text.chars().take(TEXT_CHARS).collect();
    if text.chars().count() > TEXT_CHARS {
        out.push('…');
    }
    out
}

/// The update as one page in `lang`.
pub fn document(u: &UpdateFile, lang: &str) -> Document {
    let loc = Localizer::new(lang, false);
    let l = Labels(&loc);
    let mut doc = Document::summary(loc.lang(), loc.text("up-title"))
        .subtitle(&u.title)
        .byline(loc.format("up-issued", &[("date", Arg::from(u.issued.as_str()))]));
    doc.push(Block::KeyFigures(vec![
        KeyFigure::new(u.heard.sessions.to_string(), loc.text("up-fig-sessions")),
        KeyFigure::new(
            u.heard.participants.display(&loc),
            loc.text("up-fig-people"),
        ),
        KeyFigure::new(u.heard.quotes.to_string(), loc.text("up-fig-quotes")),
    ]));
    doc.push(Block::heading(2, loc.text("up-heard")));
    doc.push(Block::Bullets(
        u.heard
            .themes
            .iter()
            .take(THEMES_SHOWN)
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
        .take(RECOMMENDATIONS_SHOWN)
        .map(|r| {
            let mut line = format!("{} — {}: {}", r.id, l.state(r.state), shorten(&r.text));
            if !r.body.is_empty() {
                line.push_str(&format!(" ({})", r.body));
            }
            line
        })
        .collect();
    if items.len() > RECOMMENDATIONS_SHOWN {
        lines.push(loc.format(
            "up-more",
            &[("n", Arg::from(items.len() - RECOMMENDATIONS_SHOWN))],
        ));
    }
    if lines.is_empty() {
        doc.push(Block::paragraph(loc.text("up-nothing-yet")));
    } else {
        doc.push(Block::Bullets(lines));
    }
    if u.evaluation.sessions > 0 {
        doc.push(Block::heading(2, loc.text("up-evaluation")));
        doc.push(evaluation_table(&loc, &u.evaluation));
    }
    doc
}
