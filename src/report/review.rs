//! The progress review (PDF): the yearly or mid-term account of what
//! became of the recommendations, per responsible body and per theme, with
//! each recommendation's state, history, the community recommendations
//! linked to it and at most two quotes consented for sharing. It is made
//! to be handed on, so it holds only what may go beyond the coordinator:
//! community recommendations whose session's group consent covers sharing,
//! quotes whose speaker's does.

use std::collections::BTreeMap;

use super::pdf::{Align, Bar, BarChart, Block, Document, KeyFigure, QuoteBlock, Table};
use crate::{
    coordinator::tracking::{Tracked, Tracking},
    i18n::{Arg, Localizer},
    model::{Answer, TrackState, TrackedKind},
    synthesis::EvaluationSummary,
};

/// The labels every follow-up output shares.
pub struct Labels<'a>(pub &'a Localizer);

impl Labels<'_> {
    pub fn state(&self, s: TrackState) -> String {
        self.0
            .text(&format!("state-{}", s.name().replace('_', "-")))
    }
    pub fn mechanism(&self, t: &Tracked) -> String {
        match (t.kind, t.mechanism) {
            (TrackedKind::Official, Some(_)) => {
                let mut parts = vec![self.mechanism_name(t), t.source.clone()];
                if !t.recommending_state.is_empty() {
                    parts.push(self.0.format(
                        "rv-recommended-by",
                        &[("state", Arg::from(t.recommending_state.as_str()))],
                    ));
                }
                if let Some(r) = t.response {
                    parts.push(self.0.text(&format!("response-{}", r.name())));
                }
                parts.join(" · ")
            }
            _ => self.0.text("mechanism-community"),
        }
    }
    /// The mechanism alone: UPR, treaty body or community.
    pub fn mechanism_name(&self, t: &Tracked) -> String {
        match (t.kind, t.mechanism) {
            (TrackedKind::Official, Some(m)) => self.0.text(&format!("mechanism-{}", m.name())),
            _ => self.0.text("mechanism-community"),
        }
    }
    pub fn body(&self, body: &str) -> String {
        if body.is_empty() {
            self.0.text("rv-no-body")
        } else {
            body.to_owned()
        }
    }
    pub fn history_line(&self, e: &crate::coordinator::tracking::HistoryEntry) -> String {
        let mut line = format!(
            "{} · {} · {}",
            self.0.date(&e.date),
            self.state(e.state),
            e.evidence
        );
        if !e.source.is_empty() {
            line.push_str(&format!(" ({})", e.source));
        }
        line
    }
    pub fn answer(&self, a: Answer) -> String {
        self.0.text(&format!("answer-{}", a.name()))
    }
    pub fn question(&self, q: crate::model::Question) -> String {
        self.0
            .text(&format!("question-{}", q.name().replace('_', "-")))
    }
}

/// The items a shared output may show: official ones, and community ones
/// whose session's group consent covers sharing.
pub fn shareable(tracking: &Tracking) -> Vec<&Tracked> {
    tracking.items.iter().filter(|t| t.shareable).collect()
}

/// The evaluation as a table: one row per question, one column per answer.
pub fn evaluation_table(loc: &Localizer, e: &EvaluationSummary) -> Block {
    let l = Labels(loc);
    let mut headers = vec![loc.text("rv-question")];
    headers.extend(Answer::ALL.iter().map(|a| l.answer(*a)));
    let rows = e
        .questions
        .iter()
        .map(|q| {
            let mut row = vec![l.question(q.question)];
            row.extend(q.answers.iter().map(|s| s.display(loc)));
            row
        })
        .collect();
    let mut align = vec![Align::Start];
    align.extend([Align::End; 4]);
    Block::Table(Table {
        headers,
        rows,
        align,
    })
}

/// The progress review of `tracking` in `lang`, with the evaluation;
/// themes named by `themes` (code → label in `lang`, see
/// [`crate::coordinator::labels::LabelBook::theme_names`]), by code where
/// it has none.
pub fn document(
    tracking: &Tracking,
    evaluation: &EvaluationSummary,
    lang: &str,
    themes: &std::collections::HashMap<String, String>,
) -> Document {
    let loc = Localizer::report(lang);
    let l = Labels(&loc);
    let items = shareable(tracking);
    let mut doc = Document::report(loc.lang(), loc.text("rv-title"))
        .subtitle(&tracking.title)
        .byline(loc.format(
            "rv-as-of",
            &[("date", Arg::from(loc.date(&tracking.today)))],
        ));
    doc.push(Block::TableOfContents).push(Block::PageBreak);

    // Summary: figures, states as a table and a chart.
    doc.push(Block::heading(1, loc.text("rv-summary")));
    let states = tracking.states(&items);
    let official = items
        .iter()
        .filter(|t| t.kind == TrackedKind::Official)
        .count();
    let due = items.iter().filter(|t| t.due).count();
    doc.push(Block::KeyFigures(vec![
        KeyFigure::new(official.to_string(), loc.text("rv-fig-official")),
        KeyFigure::new(
            (items.len() - official).to_string(),
            loc.text("rv-fig-community"),
        ),
        KeyFigure::new(states[3].to_string(), l.state(TrackState::Implemented)),
        KeyFigure::new(due.to_string(), loc.text("rv-fig-due")),
    ]));
    let total = items.len().max(1) as f64;
    doc.push(Block::Table(Table {
        headers: vec![loc.text("rv-col-state"), loc.text("rv-col-count")],
        rows: TrackState::ALL
            .iter()
            .zip(states)
            .map(|(s, n)| vec![l.state(*s), n.to_string()])
            .collect(),
        align: vec![Align::Start, Align::End],
    }));
    doc.push(Block::BarChart(BarChart {
        title: loc.text("rv-chart-states"),
        bars: TrackState::ALL
            .iter()
            .zip(states)
            .map(|(s, n)| {
                Bar::new(
                    l.state(*s),
                    n as f64,
                    format!("{n} ({:.0}%)", n as f64 * 100.0 / total),
                )
            })
            .collect(),
    }));

    // Per theme: how the recommendations linked to each theme stand.
    let mut by_theme: BTreeMap<&str, [usize; 6]> = BTreeMap::new();
    for t in &items {
        for code in &t.themes {
            let i = TrackState::ALL
                .iter()
                .position(|s| *s == t.state)
                .unwrap_or(5);
            by_theme.entry(code.as_str()).or_default()[i] += 1;
        }
    }
    doc.push(Block::heading(1, loc.text("rv-by-theme")));
    if by_theme.is_empty() {
        doc.push(Block::paragraph(loc.text("rv-no-themes")));
    } else {
        let mut headers = vec![loc.text("rv-col-theme")];
        headers.extend(TrackState::ALL.iter().map(|s| l.state(*s)));
        let mut align = vec![Align::Start];
        align.extend([Align::End; 6]);
        doc.push(Block::Table(Table {
            headers,
            rows: by_theme
                .iter()
                .map(|(code, n)| {
                    let name = themes.get(*code).map_or(*code, String::as_str);
                    let mut row = vec![name.to_owned()];
                    row.extend(n.iter().map(usize::to_string));
                    row
                })
                .collect(),
            align,
        }));
    }

    // Per responsible body: each recommendation in full.
    let mut by_body: BTreeMap<&str, Vec<&Tracked>> = BTreeMap::new();
    for t in &items {
        by_body.entry(t.body.as_str()).or_default().push(t);
    }
    doc.push(Block::heading(1, loc.text("rv-by-body")));
    for (body, list) in by_body {
        doc.push(Block::heading(2, l.body(body)));
        for t in list {
            recommendation(&l, &mut doc, t);
        }
    }

    doc.push(Block::heading(1, loc.text("rv-evaluation")));
    doc.push(Block::paragraph(loc.format(
        "rv-evaluation-intro",
        &[
            ("sessions", Arg::from(evaluation.sessions)),
            ("people", Arg::from(evaluation.responses.display(&loc))),
        ],
    )));
    doc.push(evaluation_table(&loc, evaluation));
    doc
}

fn recommendation(l: &Labels, doc: &mut Document, t: &Tracked) {
    let loc = l.0;
    doc.push(Block::heading(
        3,
        format!("{} — {}", t.code, l.mechanism(t)),
    ));
    doc.push(Block::paragraph(t.text.clone()));
    let mut status = loc.format(
        "rv-status",
        &[
            ("state", Arg::from(l.state(t.state))),
            ("since", Arg::from(t.since.as_deref().unwrap_or("—"))),
        ],
    );
    if let Some(r) = &t.next_review {
        status.push_str(" · ");
        status.push_str(&loc.format("rv-next-review", &[("date", Arg::from(loc.date(r)))]));
    }
    doc.push(Block::paragraph(status));
    if !t.history.is_empty() {
        doc.push(Block::bullets(
            t.history.iter().map(|e| l.history_line(e)).collect(),
        ));
    }
    if !t.links.is_empty() {
        doc.push(Block::paragraph(
            loc.format(
                "rv-linked",
                &[(
                    "codes",
                    Arg::from(
                        t.links
                            .iter()
                            .map(|k| k.code.as_str())
                            .collect::<Vec<_>>()
                            .join(", "),
                    ),
                )],
            ),
        ));
    }
    for q in t.quotes.iter().filter(|q| q.shareable).take(2) {
        doc.push(Block::Quote(QuoteBlock {
            text: q.text.clone(),
            translation: None,
            attribution: match &q.bundle {
                Some(b) => loc.format(
                    "rv-quote-trace",
                    &[
                        ("code", Arg::from(q.id.short())),
                        ("session", Arg::from(q.session.short())),
                        ("bundle", Arg::from(b.chars().take(12).collect::<String>())),
                    ],
                ),
                None => loc.format("rv-quote-from", &[("code", Arg::from(q.id.short()))]),
            },
        }));
    }
}
