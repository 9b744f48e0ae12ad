//! The dashboard's pages in one language: overview, the list of
//! recommendations (in pages of [`PER_PAGE`]), responsible bodies and
//! communities; and the records (text, history, quotes) that every
//! language's list leads to.

use std::fmt::Write as _;

mod recommendations;

use super::{LANGUAGES, PER_PAGE, RECORDS, endonym, esc, list_name, record_name};
use crate::{
    coordinator::tracking::{Tracked, Tracking},
    i18n::{Arg, Localizer},
    model::{Answer, TrackState, TrackedKind},
    redact::cells::Shown,
    report::review::Labels,
    synthesis::Synthesis,
};

/// Where a page sits.
#[derive(Clone, Copy)]
pub(super) enum Place<'a> {
    /// In the site's language folder, under this file name.
    Lang(&'a str),
    /// Among the records, as this page of them.
    Records(usize),
}

pub(super) struct Site<'a> {
    loc: &'a Localizer,
    l: Labels<'a>,
    lang: &'a str,
    tracking: &'a Tracking,
    synthesis: &'a Synthesis,
    items: &'a [&'a Tracked],
}

impl<'a> Site<'a> {
    pub(super) fn new(
        loc: &'a Localizer,
        tracking: &'a Tracking,
        synthesis: &'a Synthesis,
        items: &'a [&'a Tracked],
    ) -> Self {
        Site {
            loc,
            l: Labels(loc),
            lang: loc.lang(),
            tracking,
            synthesis,
            items,
        }
    }

    fn t(&self, id: &str) -> String {
        esc(&self.loc.text(id))
    }

    /// A count of people in a cell: exact, or in words where suppressed
    /// ("<5" reads backwards in right-to-left text).
    fn shown(&self, s: &Shown) -> String {
        match s {
            Shown::Exact(n) => n.to_string(),
            _ => format!(
                "<span class=\"suppressed\">{}</span>",
                esc(&self.people_words(s))
            ),
        }
    }

    /// A count of people inside a sentence, in words where suppressed.
    fn people_words(&self, s: &Shown) -> String {
        match s {
            Shown::Exact(n) => n.to_string(),
            Shown::Below(k) => self.loc.format("db-fewer-than", &[("k", Arg::from(*k))]),
            Shown::Withheld => self.loc.text("db-withheld"),
        }
    }

    /// A data table in a scrolling region of its own, so a wide table
    /// scrolls on a phone instead of the page. `head` is the header row's
    /// cells, `rows` the body's rows.
    fn table(&self, id: &str, caption: &str, head: &str, rows: &str) -> String {
        format!(
            "<div class=\"scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"{id}\"><table class=\"data\"><caption id=\"{id}\">{caption}</caption><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></div>"
        )
    }

    fn col(&self, label: &str, numeric: bool) -> String {
        format!(
            "<th scope=\"col\"{}>{label}</th>",
            if numeric { " class=\"num\"" } else { "" }
        )
    }

    /// The page around `body`, at `place`.
    fn page(&self, title: &str, place: Place, body: &str) -> String {
        let dir = if self.lang == "ar" { "rtl" } else { "ltr" };
        // Records sit beside the language folders: their menus lead into
        // the folder of the language they are written in.
        let (to_pages, current) = match place {
            Place::Lang(file) => (String::new(), file.to_owned()),
            Place::Records(page) => (format!("../{}/", self.lang), list_name(page)),
        };
        let mut h = String::with_capacity(body.len() + 2048);
        let _ = write!(
            h,
            "<!doctype html><html lang=\"{}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<title>{} · {}</title><link rel=\"stylesheet\" href=\"../style.css\"></head><body>\
<a class=\"skip\" href=\"#main\">{}</a><header class=\"site\"><p class=\"engagement\">{}</p>\
<nav class=\"pages\" aria-label=\"{}\"><ul>",
            self.lang,
            esc(title),
            esc(&self.tracking.title),
            self.t("db-skip"),
            esc(&self.tracking.title),
            self.t("db-nav-pages"),
        );
        for (file, label) in [
            ("index.html", "db-overview"),
            ("recommendations.html", "db-recommendations"),
            ("bodies.html", "db-bodies"),
            ("communities.html", "db-communities"),
        ] {
            let here = file == current
                || (file == "recommendations.html" && current.starts_with("recommendations"));
            let _ = write!(
                h,
                "<li><a href=\"{to_pages}{file}\"{}>{}</a></li>",
                if here { " aria-current=\"page\"" } else { "" },
                self.t(label)
            );
        }
        let _ = write!(
            h,
            "</ul></nav><nav class=\"langs\" aria-label=\"{}\"><ul>",
            self.t("db-nav-language")
        );
        for lang in LANGUAGES {
            let _ = write!(
                h,
                "<li><a href=\"../{lang}/{current}\" lang=\"{lang}\" hreflang=\"{lang}\"{}>{}</a></li>",
                if *lang == self.lang && matches!(place, Place::Lang(_)) {
                    " aria-current=\"true\""
                } else {
                    ""
                },
                endonym(lang)
            );
        }
        let _ = writeln!(
            h,
            "</ul></nav></header><main id=\"main\"><h1>{}</h1>{body}</main>\
<footer class=\"site\"><p>{}</p></footer></body></html>",
            esc(title),
            esc(&self.loc.format(
                "db-footer",
                &[
                    ("date", Arg::from(self.tracking.today.as_str())),
                    ("k", Arg::from(self.tracking.k)),
                ]
            ))
        );
        h
    }

    /// A state as a coloured badge. The class is short (`s-ip`, see
    /// style.css) as it is written once per row of every list.
    fn state_badge(&self, s: TrackState) -> String {
        let class = match s {
            TrackState::NotStarted => "ns",
            TrackState::InProgress => "ip",
            TrackState::PartiallyImplemented => "pi",
            TrackState::Implemented => "im",
            TrackState::Regressed => "re",
            TrackState::NoInformation => "ni",
        };
        format!("<span class=\"s-{class}\">{}</span>", esc(&self.l.state(s)))
    }

    /// Counts per state as an SVG bar chart (each label above its bar, so
    /// it stays legible on a phone) and the same numbers as a table.
    fn states(&self, id: &str, counts: [usize; 6]) -> String {
        let max = counts.iter().copied().max().unwrap_or(0).max(1) as f64;
        let rtl = self.lang == "ar";
        let title = self.t("db-chart-states");
        let row = 46;
        let mut h = format!(
            "<figure class=\"chart\"><svg role=\"img\" aria-labelledby=\"{id}\" viewBox=\"0 0 360 {}\" width=\"100%\"><title id=\"{id}\">{title}</title>",
            counts.len() * row + 4
        );
        for (i, (s, n)) in TrackState::ALL.iter().zip(counts).enumerate() {
            let y = i * row;
            let len = (n as f64 / max * 300.0).round();
            let label = esc(&self.l.state(*s));
            let (label_x, anchor, bar_x, value_x, value_anchor) = if rtl {
                (356.0, "end", 356.0 - len, 350.0 - len, "end")
            } else {
                (4.0, "start", 4.0, 10.0 + len, "start")
            };
            let _ = write!(
                h,
                "<g class=\"bar state-{}\"><text x=\"{label_x}\" y=\"{}\" text-anchor=\"{anchor}\">{label}</text><rect x=\"{bar_x}\" y=\"{}\" width=\"{len}\" height=\"18\"/><text x=\"{value_x}\" y=\"{}\" text-anchor=\"{value_anchor}\">{n}</text></g>",
                s.name(),
                y + 16,
                y + 22,
                y + 36,
            );
        }
        let _ = write!(h, "</svg><figcaption>{title}</figcaption></figure>");
        let head =
            self.col(&self.t("rv-col-state"), false) + &self.col(&self.t("rv-col-count"), true);
        let rows: String = TrackState::ALL
            .iter()
            .zip(counts)
            .map(|(s, n)| {
                format!(
                    "<tr><th scope=\"row\">{}</th><td class=\"num\">{n}</td></tr>",
                    self.state_badge(*s)
                )
            })
            .collect();
        h.push_str(&self.table(
            &format!("{id}-table"),
            &self.t("db-table-states"),
            &head,
            &rows,
        ));
        h
    }

    pub(super) fn overview(&self) -> String {
        let states = self.tracking.states(self.items);
        let official = self
            .items
            .iter()
            .filter(|t| t.kind == TrackedKind::Official)
            .count();
        let reach = &self.synthesis.reach;
        let mut b = format!(
            "<section aria-labelledby=\"s-figures\"><h2 id=\"s-figures\">{}</h2><dl class=\"figures\">",
            self.t("rv-summary")
        );
        for (label, value) in [
            (self.t("rv-fig-official"), official.to_string()),
            (
                self.t("rv-fig-community"),
                (self.items.len() - official).to_string(),
            ),
            (self.t("db-fig-sessions"), reach.sessions.to_string()),
            (self.t("db-fig-people"), self.shown(&reach.participants)),
        ] {
            let _ = write!(b, "<div><dt>{label}</dt><dd>{value}</dd></div>");
        }
        b.push_str("</dl></section>");
        let _ = write!(
            b,
            "<section aria-labelledby=\"s-states\"><h2 id=\"s-states\">{}</h2>{}</section>",
            self.t("db-states"),
            self.states("c-states", states)
        );
        // Mechanisms: how many recommendations each, by state.
        let mut head = self.col(&self.t("db-col-mechanism"), false);
        for st in TrackState::ALL {
            head.push_str(&self.col(&esc(&self.l.state(st)), true));
        }
        let mut rows = String::new();
        for (name, kind, mech) in [
            (
                "mechanism-upr",
                TrackedKind::Official,
                Some(crate::model::Mechanism::Upr),
            ),
            (
                "mechanism-treaty",
                TrackedKind::Official,
                Some(crate::model::Mechanism::Treaty),
            ),
            ("mechanism-community", TrackedKind::Community, None),
        ] {
            let of: Vec<&Tracked> = self
                .items
                .iter()
                .copied()
                .filter(|t| t.kind == kind && t.mechanism == mech)
                .collect();
            let _ = write!(rows, "<tr><th scope=\"row\">{}</th>", self.t(name));
            for n in self.tracking.states(&of) {
                let _ = write!(rows, "<td class=\"num\">{n}</td>");
            }
            rows.push_str("</tr>");
        }
        let _ = write!(
            b,
            "<section aria-labelledby=\"s-mech\"><h2 id=\"s-mech\">{}</h2>{}</section>",
            self.t("db-mechanisms"),
            self.table("t-mech", &self.t("db-table-mechanisms"), &head, &rows)
        );
        b.push_str(&self.evaluation());
        self.page(&self.loc.text("db-overview"), Place::Lang("index.html"), &b)
    }

    fn evaluation(&self) -> String {
        let e = &self.synthesis.evaluation;
        let mut b = format!(
            "<section aria-labelledby=\"s-eval\"><h2 id=\"s-eval\">{}</h2><p>{}</p>",
            self.t("rv-evaluation"),
            esc(&self.loc.format(
                "rv-evaluation-intro",
                &[
                    ("sessions", Arg::from(e.sessions)),
                    ("people", Arg::from(self.people_words(&e.responses))),
                ],
            ))
        );
        let mut head = self.col(&self.t("rv-question"), false);
        for a in Answer::ALL {
            head.push_str(&self.col(&esc(&self.l.answer(a)), true));
        }
        let mut rows = String::new();
        for q in &e.questions {
            let _ = write!(
                rows,
                "<tr><th scope=\"row\">{}</th>",
                esc(&self.l.question(q.question))
            );
            for s in &q.answers {
                let _ = write!(rows, "<td class=\"num\">{}</td>", self.shown(s));
            }
            rows.push_str("</tr>");
        }
        b.push_str(&self.table("t-eval", &self.t("db-table-evaluation"), &head, &rows));
        b.push_str("</section>");
        b
    }

    pub(super) fn bodies(&self) -> String {
        let mut by_body: std::collections::BTreeMap<&str, Vec<&Tracked>> = Default::default();
        for t in self.items {
            by_body.entry(t.body.as_str()).or_default().push(t);
        }
        let mut head =
            self.col(&self.t("db-col-body"), false) + &self.col(&self.t("rv-col-count"), true);
        for st in TrackState::ALL {
            head.push_str(&self.col(&esc(&self.l.state(st)), true));
        }
        let mut rows = String::new();
        for (body, list) in &by_body {
            let _ = write!(
                rows,
                "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td>",
                esc(&self.l.body(body)),
                list.len()
            );
            for n in self.tracking.states(list) {
                let _ = write!(rows, "<td class=\"num\">{n}</td>");
            }
            rows.push_str("</tr>");
        }
        let b = self.table("t-bodies", &self.t("db-table-bodies"), &head, &rows);
        self.page(&self.loc.text("db-bodies"), Place::Lang("bodies.html"), &b)
    }

    pub(super) fn communities(&self) -> String {
        let s = self.synthesis;
        let mut b = format!(
            "<p>{}</p>",
            esc(&self.loc.format(
                "db-communities-intro",
                &[
                    ("sessions", Arg::from(s.reach.sessions)),
                    (
                        "people",
                        Arg::from(self.people_words(&s.reach.participants))
                    ),
                ]
            ))
        );
        let head = self.col(&self.t("db-col-region"), false)
            + &self.col(&self.t("db-col-sessions"), true)
            + &self.col(&self.t("db-col-people"), true);
        let rows: String = s
            .coverage
            .regions
            .cells
            .iter()
            .map(|c| {
                format!(
                    "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
                    esc(&c.key),
                    c.sessions,
                    self.shown(&c.people)
                )
            })
            .collect();
        b.push_str(&self.table("t-regions", &self.t("db-regions"), &head, &rows));
        let head = self.col(&self.t("rv-col-theme"), false)
            + &self.col(&self.t("db-col-quotes"), true)
            + &self.col(&self.t("db-col-sessions"), true);
        let rows: String = s
            .themes
            .iter()
            .filter(|t| t.quotes > 0)
            .map(|t| {
                format!(
                    "<tr><th scope=\"row\">{}</th><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
                    esc(if t.label.trim().is_empty() {
                        &t.code
                    } else {
                        &t.label
                    }),
                    t.quotes,
                    t.sessions
                )
            })
            .collect();
        b.push_str(&self.table("t-themes", &self.t("db-themes"), &head, &rows));
        self.page(
            &self.loc.text("db-communities"),
            Place::Lang("communities.html"),
            &b,
        )
    }
}
