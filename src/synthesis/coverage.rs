//! Who was reached, where, in which language and from which groups, with
//! small cells suppressed; and what the engagement planned but has not
//! reached yet.
//!
//! Participants are the pseudonymous participant records of the sessions.
//! They are broken down by region and by the language they consented in (so
//! each is counted once in each breakdown). Demographic groups come from
//! each session's head counts, which may include people who gave no quote.
//! The region and language breakdowns share one total: if either breakdown
//! needs it hidden, it is hidden in both and in [`Reach::participants`].

use std::collections::BTreeMap;

use serde::Serialize;

use crate::{
    Error,
    model::{Engagement, Kind, RecordId, Session},
    redact::cells::{Shown, suppress_breakdown},
    vault::Vault,
};

/// Overall reach.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Reach {
    pub sessions: usize,
    /// Participant records, suppressed below k.
    pub participants: Shown,
    /// Quotes (records, not people: exact).
    pub quotes: usize,
}

/// One cell of a breakdown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Cell {
    pub key: String,
    /// Sessions (records, not people: exact).
    pub sessions: usize,
    pub people: Shown,
}

/// A breakdown of people with its total.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Breakdown {
    pub cells: Vec<Cell>,
    pub total: Shown,
}

/// Coverage by region, language and demographic group.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Coverage {
    pub regions: Breakdown,
    pub languages: Breakdown,
    /// Head counts from the sessions' demographics.
    pub groups: Breakdown,
}

/// What the engagement names but the sessions have not reached.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Gaps {
    /// Regions of the engagement with no session.
    pub regions: Vec<String>,
    /// Groups of the engagement nobody was counted in.
    pub groups: Vec<String>,
}

/// Per key: (sessions, people).
type Tally = BTreeMap<String, (usize, u64)>;

fn protect(tally: Tally, k: u64) -> Result<Breakdown, Error> {
    let counts: Vec<u64> = tally.values().map(|(_, n)| *n).collect();
    if counts.is_empty() {
        return Ok(Breakdown {
            cells: vec![],
            total: Shown::Below(k),
        });
    }
    let shown = suppress_breakdown(&counts, k)?;
    let cells = tally
        .into_iter()
        .zip(shown.cells)
        .map(|((key, (sessions, _)), people)| Cell {
            key,
            sessions,
            people,
        })
        .collect();
    Ok(Breakdown {
        cells,
        total: shown.total,
    })
}

fn hidden_rank(s: &Shown) -> u8 {
    match s {
        Shown::Exact(_) => 0,
        Shown::Below(_) => 1,
        Shown::Withheld => 2,
    }
}

/// The raw counts of people behind the coverage, before protection.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Tallies {
    regions: Tally,
    languages: Tally,
    groups: Tally,
}

impl Tallies {
    pub(crate) fn of(vault: &Vault, sessions: &[(RecordId, &Session)]) -> Self {
        let mut regions = Tally::new();
        let mut languages = Tally::new();
        let mut groups = Tally::new();
        for (sid, s) in sessions {
            let people = vault.participants(*sid);
            let r = regions.entry(s.region.clone()).or_default();
            r.0 += 1;
            r.1 += people.len() as u64;
            for l in &s.languages {
                languages.entry(l.clone()).or_default().0 += 1;
            }
            for (_, p) in &people {
                let lang = p
                    .consent
                    .as_ref()
                    .map(|c| c.language.clone())
                    .or_else(|| s.languages.first().cloned())
                    .unwrap_or_else(|| "und".to_owned());
                languages.entry(lang).or_default().1 += 1;
            }
            for g in &s.demographics {
                let e = groups.entry(g.group.clone()).or_default();
                e.0 += usize::from(g.count > 0);
                e.1 += u64::from(g.count);
            }
        }
        Tallies {
            regions,
            languages,
            groups,
        }
    }
}

pub(crate) fn compute(
    vault: &Vault,
    sessions: &[(RecordId, &Session)],
    k: u64,
) -> Result<(Reach, Coverage), Error> {
    let Tallies {
        regions,
        languages,
        groups,
    } = Tallies::of(vault, sessions);
    let mut regions = protect(regions, k)?;
    let mut languages = protect(languages, k)?;
    let groups = protect(groups, k)?;
    // One number shown twice must be hidden as much as either breakdown needs.
    let total = if hidden_rank(&regions.total) >= hidden_rank(&languages.total) {
        regions.total
    } else {
        languages.total
    };
    regions.total = total;
    languages.total = total;
    let quotes = sessions
        .iter()
        .map(|(sid, _)| vault.children(*sid, Kind::Quote).count())
        .sum();
    Ok((
        Reach {
            sessions: sessions.len(),
            participants: total,
            quotes,
        },
        Coverage {
            regions,
            languages,
            groups,
        },
    ))
}

impl Reach {
    /// Hides every count of people (see [`super::Synthesis::compute`] on
    /// differencing).
    pub(crate) fn withhold(&mut self) {
        self.participants = Shown::Withheld;
    }
}

impl Coverage {
    /// Hides every count of people.
    pub(crate) fn withhold(&mut self) {
        for b in [&mut self.regions, &mut self.languages, &mut self.groups] {
            b.total = Shown::Withheld;
            for c in &mut b.cells {
                c.people = Shown::Withheld;
            }
        }
    }
}

pub(crate) fn gaps(e: &Engagement, sessions: &[(RecordId, &Session)]) -> Gaps {
    Gaps {
        regions: e
            .regions
            .iter()
            .filter(|r| !sessions.iter().any(|(_, s)| &s.region == *r))
            .cloned()
            .collect(),
        groups: e
            .groups
            .iter()
            .filter(|g| {
                !sessions
                    .iter()
                    .any(|(_, s)| s.demographics.iter().any(|d| &d.group == *g && d.count > 0))
            })
            .cloned()
            .collect(),
    }
}
