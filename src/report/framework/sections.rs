//! The sections of the framework report, in reading order.

use std::collections::{BTreeSet, HashMap};

use super::{Context, bar_value, bundle_name};
use crate::{
    i18n::Arg,
    report::pdf::{
        Align, Bar, BarChart, Block, Cell, Document, KeyFigure, Matrix, QuoteBlock, Table,
    },
    synthesis::Breakdown,
};

/// Recommendation numbers per row of the obligations index.
const NUMBERS_PER_ROW: usize = 40;

/// Co-occurring theme pairs listed; the rest are the long tail of ones and twos.
const CO_OCCURRENCE_SHOWN: usize = 15;

fn table(headers: Vec<String>, rows: Vec<Vec<String>>, align: Vec<Align>) -> Block {
    Block::Table(Table {
        headers,
        rows,
        align,
    })
}

/// A breakdown as a table: key, sessions, people, and the total.
fn breakdown_table(ctx: &Context, key_col: &str, b: &Breakdown) -> Block {
    let mut rows: Vec<Vec<String>> = b
        .cells
        .iter()
        .map(|c| {
            vec![
                ctx.key(key_col, &c.key),
                ctx.loc.count(c.sessions),
                ctx.people(&c.people),
            ]
        })
        .collect();
    rows.push(vec![ctx.t("fw-total"), String::new(), ctx.people(&b.total)]);
    table(
        vec![
            ctx.t(key_col),
            ctx.t("fw-col-sessions"),
            ctx.t("fw-col-people"),
        ],
        rows,
        vec![Align::Start, Align::End, Align::End],
    )
}

fn breakdown_chart(ctx: &Context, title: &str, b: &Breakdown) -> Block {
    Block::BarChart(BarChart {
        title: ctx.t(title),
        bars: b
            .cells
            .iter()
            .map(|c| {
                Bar::new(
                    ctx.key(title, &c.key),
                    bar_value(&c.people),
                    ctx.people(&c.people),
                )
            })
            .collect(),
    })
}

/// The method in brief: how many, where, and how small counts are kept
/// (a submission prints this and no more of the method).
pub(super) fn method_brief(ctx: &Context, doc: &mut Document) {
    let s = ctx.synthesis;
    doc.push(Block::heading(1, ctx.t("fw-method")));
    doc.push(Block::paragraph(ctx.t("fw-method-intro")));
    doc.push(Block::KeyFigures(vec![
        KeyFigure::new(ctx.loc.count(s.reach.sessions), ctx.t("fw-fig-sessions")),
        KeyFigure::new(
            ctx.people(&s.reach.participants),
            ctx.t("fw-fig-participants"),
        ),
        KeyFigure::new(ctx.loc.count(s.reach.quotes), ctx.t("fw-fig-quotes")),
        KeyFigure::new(
            ctx.loc.count(s.coverage.regions.cells.len()),
            ctx.t("fw-fig-regions"),
        ),
        KeyFigure::new(
            ctx.loc.count(s.coverage.languages.cells.len()),
            ctx.t("fw-fig-languages"),
        ),
    ]));
    if let Some((from, to)) = ctx.period() {
        doc.push(Block::paragraph(ctx.loc.format(
            "fw-period",
            &[("from", from.into()), ("to", to.into())],
        )));
    }
    doc.push(Block::paragraph(
        ctx.loc.format("redact-cell-note", &[("k", Arg::from(s.k))]),
    ));
    if s.withheld_for_differencing {
        doc.push(Block::paragraph(
            ctx.loc.format("fw-differencing", &[("k", Arg::from(s.k))]),
        ));
    }
    if s.filters.analysis {
        doc.push(Block::paragraph(ctx.t("fw-analysis-codebook")));
    }
}

pub(super) fn methodology(ctx: &Context, doc: &mut Document) {
    let s = ctx.synthesis;
    method_brief(ctx, doc);
    doc.push(Block::heading(2, ctx.t("fw-sessions-by-region")));
    doc.push(breakdown_table(ctx, "fw-col-region", &s.coverage.regions));
    doc.push(Block::heading(2, ctx.t("fw-sessions-by-language")));
    doc.push(breakdown_table(
        ctx,
        "fw-col-language",
        &s.coverage.languages,
    ));
    if s.evaluation.sessions > 0 {
        doc.push(Block::heading(2, ctx.t("rv-evaluation")));
        doc.push(Block::paragraph(ctx.loc.format(
            "rv-evaluation-intro",
            &[
                ("sessions", Arg::from(s.evaluation.sessions)),
                ("people", Arg::from(ctx.people(&s.evaluation.responses))),
            ],
        )));
        doc.push(crate::report::review::evaluation_table(
            ctx.loc,
            &s.evaluation,
        ));
    }
}

pub(super) fn coverage(ctx: &Context, doc: &mut Document) {
    let s = ctx.synthesis;
    doc.push(Block::heading(1, ctx.t("fw-coverage")));
    doc.push(Block::paragraph(ctx.t("fw-coverage-intro")));
    doc.push(breakdown_chart(
        ctx,
        "fw-chart-regions",
        &s.coverage.regions,
    ));
    doc.push(breakdown_chart(
        ctx,
        "fw-chart-languages",
        &s.coverage.languages,
    ));
    doc.push(breakdown_chart(ctx, "fw-chart-groups", &s.coverage.groups));
    doc.push(breakdown_table(ctx, "fw-col-group", &s.coverage.groups));
    doc.push(Block::heading(2, ctx.t("fw-gaps")));
    if s.gaps.regions.is_empty() && s.gaps.groups.is_empty() {
        doc.push(Block::paragraph(ctx.t("fw-gaps-none")));
        return;
    }
    doc.push(Block::paragraph(ctx.t("fw-gaps-intro")));
    let mut gaps: Vec<String> = s
        .gaps
        .regions
        .iter()
        .map(|r| {
            ctx.loc
                .format("fw-gap-region", &[("region", ctx.region(r).into())])
        })
        .collect();
    gaps.extend(s.gaps.groups.iter().map(|g| {
        ctx.loc
            .format("fw-gap-group", &[("group", ctx.group(g).into())])
    }));
    doc.push(Block::bullets(gaps));
}

fn count_matrix(ctx: &Context, title: &str, m: &crate::synthesis::Matrix) -> Block {
    Block::Matrix(Matrix {
        title: ctx.t(title),
        columns: m.columns.iter().map(|c| ctx.key(title, c)).collect(),
        rows: m
            .rows
            .iter()
            .zip(&m.counts)
            .map(|(code, counts)| {
                let cells = counts
                    .iter()
                    .map(|n| Cell::new(*n as f64, ctx.loc.count(*n)))
                    .collect();
                (ctx.theme(code), cells)
            })
            .collect(),
    })
}

pub(super) fn findings(ctx: &Context, doc: &mut Document) {
    let s = ctx.synthesis;
    doc.push(Block::PageBreak);
    doc.push(Block::heading(1, ctx.t("fw-findings")));
    doc.push(Block::paragraph(ctx.t("fw-findings-intro")));
    let raised: Vec<_> = s.themes.iter().filter(|t| t.quotes > 0).collect();
    doc.push(Block::BarChart(BarChart {
        title: ctx.t("fw-chart-theme-quotes"),
        bars: raised
            .iter()
            .map(|t| Bar::new(ctx.theme(&t.code), t.quotes as f64, ctx.loc.count(t.quotes)))
            .collect(),
    }));
    doc.push(Block::BarChart(BarChart {
        title: ctx.t("fw-chart-theme-sessions"),
        bars: raised
            .iter()
            .map(|t| {
                Bar::new(
                    ctx.theme(&t.code),
                    t.sessions as f64,
                    ctx.loc.count(t.sessions),
                )
            })
            .collect(),
    }));
    let silent: Vec<String> = s
        .themes
        .iter()
        .filter(|t| t.quotes == 0)
        .map(|t| ctx.theme(&t.code))
        .collect();
    if !silent.is_empty() {
        doc.push(Block::paragraph(ctx.loc.format(
            "fw-themes-silent",
            &[("themes", silent.join(", ").into())],
        )));
    }
    if !s.theme_by_region.columns.is_empty() {
        doc.push(count_matrix(ctx, "fw-matrix-region", &s.theme_by_region));
    }
    if !s.theme_by_group.columns.is_empty() {
        doc.push(count_matrix(ctx, "fw-matrix-group", &s.theme_by_group));
    }
    doc.push(Block::heading(2, ctx.t("fw-co-occurrence")));
    if s.co_occurrence.is_empty() {
        doc.push(Block::paragraph(ctx.t("fw-co-none")));
    } else {
        doc.push(table(
            vec![ctx.t("fw-col-pair"), ctx.t("fw-col-quotes")],
            s.co_occurrence
                .iter()
                .take(CO_OCCURRENCE_SHOWN)
                .map(|c| {
                    vec![
                        format!("{} + {}", ctx.theme(&c.a), ctx.theme(&c.b)),
                        ctx.loc.count(c.quotes),
                    ]
                })
                .collect(),
            vec![Align::Start, Align::End],
        ));
    }
    for t in &raised {
        doc.push(Block::heading(2, ctx.theme(&t.code)));
        doc.push(Block::paragraph(ctx.loc.format(
            "fw-theme-counts",
            &[
                ("quotes", Arg::from(t.quotes)),
                ("sessions", Arg::from(t.sessions)),
            ],
        )));
        let mut shown = 0;
        // Representatives are chosen among quotes consented for reports;
        // this report travels beyond the coordinator, so sharing too.
        for q in s
            .representative
            .iter()
            .filter(|q| q.theme == t.code && q.shareable)
        {
            doc.push(Block::Quote(QuoteBlock {
                text: q.text.clone(),
                translation: q.translation.clone().filter(|_| q.language != doc.lang),
                attribution: ctx.attribution(&q.speaker, q.session, q.bundle.as_deref()),
            }));
            shown += 1;
        }
        if shown == 0 {
            doc.push(Block::paragraph(ctx.t("fw-theme-nothing-shown")));
        }
    }
}

pub(super) fn needs(ctx: &Context, doc: &mut Document) {
    let s = ctx.synthesis;
    doc.push(Block::heading(1, ctx.t("fw-needs")));
    if s.needs.is_empty() {
        doc.push(Block::paragraph(ctx.t("fw-needs-none")));
        return;
    }
    doc.push(table(
        vec![
            ctx.t("fw-col-need"),
            ctx.t("fw-col-themes"),
            ctx.t("fw-col-sources"),
        ],
        s.needs
            .iter()
            .map(|n| {
                vec![
                    n.text.clone(),
                    n.themes
                        .iter()
                        .map(|c| ctx.theme(c))
                        .collect::<Vec<_>>()
                        .join(", "),
                    ctx.source(n.session, n.bundle.as_deref()),
                ]
            })
            .collect(),
        vec![Align::Start; 3],
    ));
}

/// A treaty reference ("CEDAW art. 14", "UPR 158.12") kept on one line:
/// its spaces do not break.
fn unbroken(reference: &str) -> String {
    reference.replace(' ', "\u{00A0}")
}

/// "R12": how a recommendation is numbered in the report (its place in
/// the synthesis), so the obligations index can point at it.
pub(super) fn number(n: usize) -> String {
    format!("R{}", n + 1)
}

/// Recommendations are listed in full once, by theme (an unthemed group
/// last), numbered; each treaty obligation then points at its numbers. A
/// second full listing by obligation would double the longest part of a
/// large report and add nothing a reader cannot follow by number.
pub(super) fn recommendations(ctx: &Context, doc: &mut Document) {
    let g = &ctx.synthesis.recommendations;
    doc.push(Block::heading(1, ctx.t("fw-recommendations")));
    if g.all.is_empty() {
        doc.push(Block::paragraph(ctx.t("fw-recommendations-none")));
        return;
    }
    doc.push(Block::paragraph(ctx.t("fw-recommendations-intro")));
    let at: HashMap<_, usize> = g.all.iter().enumerate().map(|(i, r)| (r.id, i)).collect();
    let pick = |ids: &[crate::model::RecordId]| {
        let mut seen = BTreeSet::new();
        ids.iter()
            .filter(move |id| seen.insert(**id))
            .filter_map(|id| at.get(id).copied())
            .collect::<Vec<usize>>()
    };
    doc.push(Block::heading(2, ctx.t("fw-by-theme")));
    let groups = g
        .by_theme
        .iter()
        .map(|(code, ids)| (ctx.theme(code), ids))
        .chain((!g.unthemed.is_empty()).then(|| (ctx.t("fw-unthemed"), &g.unthemed)));
    for (title, ids) in groups {
        doc.push(Block::heading(3, title));
        doc.push(table(
            vec![
                ctx.t("fw-col-number"),
                ctx.t("fw-col-recommendation"),
                ctx.t("fw-col-duty-bearer"),
                ctx.t("fw-col-references"),
                ctx.t("fw-col-sources"),
            ],
            pick(ids)
                .into_iter()
                .map(|i| {
                    let r = &g.all[i];
                    vec![
                        number(i),
                        Context::recommendation_text(r),
                        r.duty_bearer.clone(),
                        // A treaty reference is never broken inside.
                        r.references
                            .iter()
                            .map(|x| unbroken(x))
                            .collect::<Vec<_>>()
                            .join("\n"),
                        ctx.sources(r),
                    ]
                })
                .collect(),
            vec![Align::Start; 5],
        ));
    }
    doc.push(Block::heading(2, ctx.t("fw-by-reference")));
    doc.push(Block::paragraph(ctx.t("fw-by-reference-intro")));
    let mut rows = vec![];
    let groups = g
        .by_reference
        .iter()
        .map(|(x, ids)| (x.clone(), ids))
        .chain((!g.unreferenced.is_empty()).then(|| (ctx.t("fw-unreferenced"), &g.unreferenced)));
    for (obligation, ids) in groups {
        let picked = pick(ids);
        let bearers: BTreeSet<&str> = picked
            .iter()
            .map(|i| g.all[*i].duty_bearer.as_str())
            .filter(|d| !d.is_empty())
            .collect();
        let mut bearers = bearers.into_iter().collect::<Vec<_>>().join("\n");
        let mut obligation = obligation;
        // A row never grows taller than a page: long lists continue on
        // rows of their own.
        for chunk in picked.chunks(NUMBERS_PER_ROW) {
            rows.push(vec![
                unbroken(&std::mem::take(&mut obligation)),
                chunk
                    .iter()
                    .map(|i| number(*i))
                    .collect::<Vec<_>>()
                    .join(", "),
                std::mem::take(&mut bearers),
            ]);
        }
    }
    doc.push(table(
        vec![
            ctx.t("fw-col-obligation"),
            ctx.t("fw-col-recommendations"),
            ctx.t("fw-col-duty-bearer"),
        ],
        rows,
        vec![Align::Start; 3],
    ));
}

pub(super) fn annex(ctx: &Context, doc: &mut Document) {
    doc.push(Block::PageBreak);
    doc.push(Block::heading(1, ctx.t("fw-annex")));
    doc.push(table(
        vec![
            ctx.t("fw-col-session"),
            ctx.t("fw-col-date"),
            ctx.t("fw-col-place"),
            ctx.t("fw-col-region"),
            ctx.t("fw-col-languages"),
            ctx.t("fw-col-quotes"),
            ctx.t("fw-col-bundle"),
        ],
        ctx.synthesis
            .sessions
            .iter()
            .map(|s| {
                vec![
                    Context::session_name(s.id),
                    ctx.loc.date(&s.date),
                    s.place.clone(),
                    ctx.region(&s.region),
                    s.languages
                        .iter()
                        .map(|l| ctx.language(l))
                        .collect::<Vec<_>>()
                        .join(", "),
                    ctx.loc.count(s.quotes),
                    match (&s.bundle, &s.device) {
                        (Some(b), Some(d)) => format!("{}\n{d}", bundle_name(b)),
                        (Some(b), None) => bundle_name(b),
                        _ => ctx.t("fw-local"),
                    },
                ]
            })
            .collect(),
        vec![
            Align::Start,
            Align::Start,
            Align::Start,
            Align::Start,
            Align::Start,
            Align::End,
            Align::Start,
        ],
    ));
}
