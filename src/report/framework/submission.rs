//! Submission mode: the framework report within a word budget (a UPR
//! stakeholder submission's limit, say). What is always printed: the
//! coordinator's texts, a short methodology and a closing note on what was
//! left out and where the full report is. The rest of the budget goes to
//! the most-supported themes (by sessions, then quotes, each with its first
//! shareable quote), recommendations (by how many were merged into one,
//! then by their themes' support) and needs (by their themes' support),
//! taken in turn so that no kind crowds out the others. Every word of the
//! body counts, headings and attributions included ([`super::words`]).

use std::collections::HashMap;

use super::{Context, Editorial, sections};
use crate::{
    i18n::{Arg, Localizer},
    model::ReportPart,
    report::{
        editorial,
        pdf::{Block, Document, Inline, QuoteBlock},
    },
};

/// One thing a submission may hold: its blocks and what it costs.
struct Unit {
    blocks: Vec<Block>,
    words: usize,
}

impl Unit {
    fn new(loc: &Localizer, blocks: Vec<Block>) -> Unit {
        let words = blocks.iter().map(|b| b.words(loc)).sum();
        Unit { blocks, words }
    }
}

/// A kind of finding: its heading (paid for with the first unit taken) and
/// its units, best supported first.
struct Kind {
    heading: Vec<Block>,
    units: Vec<Unit>,
    taken: Vec<Unit>,
    closed: bool,
}

impl Kind {
    fn new(heading: Vec<Block>, units: Vec<Unit>) -> Kind {
        Kind {
            heading,
            units,
            taken: vec![],
            closed: false,
        }
    }

    fn cost_of_next(&self, loc: &Localizer) -> Option<usize> {
        let unit = self.units.get(self.taken.len())?;
        let heading: usize = if self.taken.is_empty() {
            self.heading.iter().map(|b| b.words(loc)).sum()
        } else {
            0
        };
        Some(unit.words + heading)
    }

    fn left_out(&self) -> usize {
        self.units.len()
    }
}

pub(super) fn body(
    ctx: &Context,
    doc: &mut Document,
    editorial: &Editorial,
    start: usize,
    max: usize,
) {
    sections::method_brief(ctx, doc);
    let mut tail = vec![];
    for part in [ReportPart::Limitations, ReportPart::Acknowledgements] {
        if let Some(text) = editorial.parts.get(&part).filter(|t| !t.trim().is_empty()) {
            tail.extend(editorial::blocks(
                ctx.t(&format!("fw-part-{}", part.name())),
                text,
            ));
        }
    }
    let mut kinds = [themes(ctx), needs(ctx), recommendations(ctx)];
    // The closing note, measured with every count at its largest.
    let most = left_out(
        ctx,
        editorial,
        [
            kinds[0].left_out(),
            kinds[1].left_out(),
            kinds[2].left_out(),
        ],
    );
    let fixed: usize = doc.blocks[start..]
        .iter()
        .chain(&tail)
        .chain(&most)
        .map(|b| b.words(ctx.loc))
        .sum();
    let mut left = max.saturating_sub(fixed);
    let mut progress = true;
    while progress {
        progress = false;
        for kind in &mut kinds {
            if kind.closed {
                continue;
            }
            match kind.cost_of_next(ctx.loc) {
                Some(cost) if cost <= left => {
                    left -= cost;
                    let i = kind.taken.len();
                    let unit = std::mem::replace(
                        &mut kind.units[i],
                        Unit {
                            blocks: vec![],
                            words: 0,
                        },
                    );
                    kind.taken.push(unit);
                    progress = true;
                }
                _ => kind.closed = true,
            }
        }
    }
    let mut counts = [0; 3];
    for (kind, count) in kinds.iter_mut().zip(&mut counts) {
        *count = kind.units.len() - kind.taken.len();
        if kind.taken.is_empty() {
            continue;
        }
        doc.blocks.append(&mut kind.heading);
        let mut items = vec![];
        for unit in kind.taken.drain(..) {
            for b in unit.blocks {
                // Items of a list kind are gathered into one list.
                match b {
                    Block::List { items: mut i, .. } => items.append(&mut i),
                    other => doc.blocks.push(other),
                }
            }
        }
        if !items.is_empty() {
            doc.blocks.push(Block::List {
                numbered: false,
                items,
            });
        }
    }
    doc.blocks.extend(tail);
    doc.blocks.extend(left_out(ctx, editorial, counts));
}

/// The closing note: what was left out, and where the full report is.
fn left_out(
    ctx: &Context,
    editorial: &Editorial,
    [themes, needs, recommendations]: [usize; 3],
) -> Vec<Block> {
    let mut out = vec![Block::heading(1, ctx.t("fw-left-out"))];
    if themes + recommendations + needs == 0 {
        out.push(Block::paragraph(ctx.t("fw-left-out-none")));
        return out;
    }
    out.push(Block::paragraph(ctx.loc.format(
        "fw-left-out-counts",
        &[
            ("themes", Arg::from(themes)),
            ("needs", Arg::from(needs)),
            ("recommendations", Arg::from(recommendations)),
        ],
    )));
    out.push(Block::paragraph(match &editorial.cover.annex {
        Some(place) => ctx
            .loc
            .format("fw-left-out-where", &[("where", Arg::from(place.as_str()))]),
        None => ctx.t("fw-left-out-ask"),
    }));
    out
}

fn item(text: String) -> Block {
    Block::List {
        numbered: false,
        items: vec![Inline {
            text,
            strong: vec![],
        }],
    }
}

/// Themes raised, most sessions first, then most quotes.
fn themes(ctx: &Context) -> Kind {
    let s = ctx.synthesis;
    let mut raised: Vec<_> = s.themes.iter().filter(|t| t.quotes > 0).collect();
    raised.sort_by_key(|t| std::cmp::Reverse((t.sessions, t.quotes)));
    let units = raised
        .into_iter()
        .map(|t| {
            let mut blocks = vec![
                Block::heading(2, ctx.theme(&t.code)),
                Block::paragraph(ctx.loc.format(
                    "fw-theme-counts",
                    &[
                        ("quotes", Arg::from(t.quotes)),
                        ("sessions", Arg::from(t.sessions)),
                    ],
                )),
            ];
            if let Some(q) = s
                .representative
                .iter()
                .find(|q| q.theme == t.code && q.shareable)
            {
                blocks.push(Block::Quote(QuoteBlock {
                    text: q.text.clone(),
                    translation: q
                        .translation
                        .clone()
                        .filter(|_| q.language != ctx.loc.lang()),
                    attribution: ctx.attribution(&q.speaker, q.session, q.bundle.as_deref()),
                }));
            }
            Unit::new(ctx.loc, blocks)
        })
        .collect();
    Kind::new(vec![Block::heading(1, ctx.t("fw-findings"))], units)
}

/// How many sessions raised each theme, by code.
fn support<'a>(ctx: &Context<'a>) -> HashMap<&'a str, usize> {
    ctx.synthesis
        .themes
        .iter()
        .map(|t| (t.code.as_str(), t.sessions))
        .collect()
}

fn theme_support(support: &HashMap<&str, usize>, codes: &[String]) -> usize {
    codes
        .iter()
        .filter_map(|c| support.get(c.as_str()))
        .max()
        .copied()
        .unwrap_or(0)
}

/// Recommendations, most merged sources first, then by their themes'
/// support; numbered as in the full report.
fn recommendations(ctx: &Context) -> Kind {
    let support = support(ctx);
    let all = &ctx.synthesis.recommendations.all;
    let mut order: Vec<usize> = (0..all.len()).collect();
    order.sort_by_key(|i| {
        let r = &all[*i];
        (
            std::cmp::Reverse(r.merged.len()),
            std::cmp::Reverse(theme_support(&support, &r.themes)),
            *i,
        )
    });
    let units = order
        .into_iter()
        .map(|i| {
            let r = &all[i];
            let text = if r.duty_bearer.is_empty() {
                ctx.loc.format(
                    "fw-submission-recommendation",
                    &[
                        ("number", Arg::from(sections::number(i))),
                        ("text", Arg::from(r.text.as_str())),
                    ],
                )
            } else {
                ctx.loc.format(
                    "fw-submission-recommendation-bearer",
                    &[
                        ("number", Arg::from(sections::number(i))),
                        ("text", Arg::from(r.text.as_str())),
                        ("bearer", Arg::from(r.duty_bearer.as_str())),
                    ],
                )
            };
            Unit::new(ctx.loc, vec![item(text)])
        })
        .collect();
    Kind::new(vec![Block::heading(1, ctx.t("fw-recommendations"))], units)
}

/// Needs, by their themes' support.
fn needs(ctx: &Context) -> Kind {
    let support = support(ctx);
    let all = &ctx.synthesis.needs;
    let mut order: Vec<usize> = (0..all.len()).collect();
    order.sort_by_key(|i| {
        (
            std::cmp::Reverse(theme_support(&support, &all[*i].themes)),
            *i,
        )
    });
    let units = order
        .into_iter()
        .map(|i| Unit::new(ctx.loc, vec![item(all[i].text.clone())]))
        .collect();
    Kind::new(vec![Block::heading(1, ctx.t("fw-needs"))], units)
}
