//! Following up recommendations (docs/tracking.md): links from community
//! recommendations to official ones and to treaty articles, the
//! append-only history of what became of each, and [`Tracking`], the one
//! view every output (CLI, app, progress review, dashboard, open data,
//! community update) reads, so the same rules apply everywhere:
//!
//! - The current state is the state of the entry with the latest date
//!   (ties: the one recorded last); the responsible body is the latest
//!   non-empty one.
//! - Community recommendations merged into another are tracked through
//!   the one they were merged into.
//! - A community recommendation's text leaves the coordinator (review,
//!   dashboard, update) only when its session's group consent covers
//!   sharing; quotes only when their speaker's does, and they pass the
//!   export gate.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use super::officials::{Problem, RowAt};
use crate::{
    Error,
    consent::QuoteUse,
    i18n::{Localized, Message},
    model::{
        Kind, LinkTarget, Mechanism, Record, RecordId, Response, TrackEntry, TrackLink, TrackState,
        now, validate,
    },
    synthesis::{Gate, Permissions},
    vault::{Change, Vault},
};

/// Tracking refused what it was given.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TrackingError {
    /// A field of a row of an official-recommendations file.
    #[error("row {at:?}, field {field}: {problem:?}")]
    Row {
        at: RowAt,
        field: &'static str,
        problem: Problem,
    },
    /// The CSV header names a column this format does not have.
    #[error("unknown column")]
    UnknownColumn { column: String },
    /// The CSV header lacks a required column.
    #[error("missing column {column}")]
    MissingColumn { column: &'static str },
    /// Not a CSV file (or not UTF-8).
    #[error("not a CSV file")]
    NotCsv,
    /// A CSV line that cannot be read (wrong number of fields, bad quoting,
    /// not UTF-8).
    #[error("line {line} cannot be read")]
    BadRow { line: u64 },
    /// Not a JSON file of official recommendations.
    #[error("not an official-recommendations JSON file (line {line})")]
    NotJson { line: u64 },
    /// More rows than a file may hold.
    #[error("more than {max} rows")]
    TooManyRows { max: usize },
    /// No official recommendation has this identifier.
    #[error("unknown official recommendation")]
    UnknownOfficial { id: String },
    /// A state name that does not exist.
    #[error("unknown state")]
    UnknownState { state: String },
    /// A history date after today.
    #[error("date in the future")]
    FutureDate,
    /// A next-review date not after the entry's date.
    #[error("review date not after the entry's date")]
    ReviewBeforeDate,
    /// The link exists already.
    #[error("already linked")]
    AlreadyLinked,
    /// There is no such link to remove.
    #[error("not linked")]
    NotLinked,
    /// Only official and community recommendations are tracked.
    #[error("not a recommendation")]
    NotTracked,
}

impl TrackingError {
    pub(crate) fn row(at: RowAt, field: &'static str, problem: Problem) -> Self {
        TrackingError::Row { at, field, problem }
    }
}

impl Localized for TrackingError {
    fn message(&self) -> Message {
        match self {
            TrackingError::Row { at, field, problem } => {
                let (place, n) = match at {
                    RowAt::Line(l) => ("line", *l as usize),
                    RowAt::Entry(i) => ("entry", *i),
                };
                let m = match problem {
                    Problem::Empty => Message::new("official-empty"),
                    Problem::TooLong { max } => Message::new("official-too-long").arg("max", *max),
                    Problem::Invalid => Message::new("official-invalid"),
                    Problem::Duplicate => Message::new("official-duplicate"),
                    Problem::NotUpr => Message::new("official-not-upr"),
                };
                m.arg("at", place).arg("n", n).arg("field", *field)
            }
            TrackingError::UnknownColumn { column } => {
                Message::new("official-unknown-column").arg("column", column.as_str())
            }
            TrackingError::MissingColumn { column } => {
                Message::new("official-missing-column").arg("column", *column)
            }
            TrackingError::NotCsv => Message::new("official-not-csv"),
            TrackingError::BadRow { line } => {
                Message::new("official-bad-line").arg("n", *line as usize)
            }
            TrackingError::NotJson { line } => {
                Message::new("official-not-json").arg("n", *line as usize)
            }
            TrackingError::TooManyRows { max } => {
                Message::new("official-too-many").arg("max", *max)
            }
            TrackingError::UnknownOfficial { id } => {
                Message::new("tracking-unknown-official").arg("id", id.as_str())
            }
            TrackingError::UnknownState { state } => {
                Message::new("tracking-unknown-state").arg("state", state.as_str())
            }
            TrackingError::FutureDate => Message::new("tracking-future-date"),
            TrackingError::ReviewBeforeDate => Message::new("tracking-review-before"),
            TrackingError::AlreadyLinked => Message::new("tracking-already-linked"),
            TrackingError::NotLinked => Message::new("tracking-not-linked"),
            TrackingError::NotTracked => Message::new("tracking-not-tracked"),
        }
    }
}

/// A new history entry, as typed.
#[derive(Debug, Clone, Default, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", default)]
pub struct TrackInput {
    /// YYYY-MM-DD, not after today.
    pub date: String,
    pub state: Option<TrackState>,
    pub evidence: String,
    pub source: String,
    pub body: String,
    pub next_review: Option<String>,
}

/// Whether a tracked recommendation is official or a community's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum TrackedKind {
    Official,
    Community,
}

/// One entry of a history, for display.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct HistoryEntry {
    pub id: RecordId,
    pub date: String,
    pub state: TrackState,
    pub evidence: String,
    pub source: String,
    pub body: String,
    pub next_review: Option<String>,
    pub recorded_by: String,
    /// Unix seconds.
    pub recorded_at: i64,
}

/// A linked recommendation, for display.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Linked {
    pub id: RecordId,
    /// The official identifier, or the community recommendation's short id.
    pub code: String,
}

/// A quote that gave rise to a community recommendation.
#[derive(Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TrackedQuote {
    pub id: RecordId,
    pub session: RecordId,
    /// The manifest digest of the bundle it came in (`None`: captured in
    /// this vault), for tracing it back.
    pub bundle: Option<String>,
    pub text: String,
    pub language: String,
    /// Whether its speaker's consent covers sharing beyond the coordinator.
    pub shareable: bool,
}

/// A tracked recommendation with everything known of it.
#[derive(Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Tracked {
    pub id: RecordId,
    pub kind: TrackedKind,
    /// The official identifier, or the community recommendation's short id.
    pub code: String,
    pub mechanism: Option<Mechanism>,
    /// UPR cycle or document symbol; for a community recommendation, the
    /// region of its session.
    pub source: String,
    pub text: String,
    /// The language of the text ("" for official ones).
    pub language: String,
    pub response: Option<Response>,
    pub recommending_state: String,
    /// Treaty articles: the official one's, or those linked.
    pub articles: Vec<String>,
    /// Theme codes: the community recommendation's, or those of the
    /// community recommendations linked to an official one.
    pub themes: Vec<String>,
    pub body: String,
    pub state: TrackState,
    /// The date of the entry that set the current state.
    pub since: Option<String>,
    pub next_review: Option<String>,
    /// Due for review: its next review date has come, or nothing was
    /// recorded for a year.
    pub due: bool,
    pub history: Vec<HistoryEntry>,
    /// Official: the community recommendations linked to it. Community:
    /// the official ones it is linked to.
    pub links: Vec<Linked>,
    /// Community: whether its session's group consent covers sharing.
    /// Official: always true.
    pub shareable: bool,
    /// Up to two quotes that gave rise to it (community: its own; official:
    /// those of the community recommendations linked), consented for the
    /// coordinator's reports.
    pub quotes: Vec<TrackedQuote>,
}

/// The follow-up of one engagement: official recommendations first (by
/// identifier), then community recommendations (by session date).
#[derive(Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Tracking {
    pub engagement: RecordId,
    pub title: String,
    pub k: u32,
    /// Today, YYYY-MM-DD, as "due" was worked out.
    pub today: String,
    pub items: Vec<Tracked>,
}

/// Filters for [`Tracking::filter`] (all optional).
#[derive(Debug, Clone, Default, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", default)]
pub struct TrackingFilter {
    pub mechanism: Option<Mechanism>,
    pub kind: Option<TrackedKind>,
    pub body: Option<String>,
    pub state: Option<TrackState>,
    /// A theme code.
    pub theme: Option<String>,
    pub article: Option<String>,
    pub due: bool,
}

impl Tracking {
    /// The items passing `f`.
    pub fn filter(&self, f: &TrackingFilter) -> Vec<&Tracked> {
        self.items
            .iter()
            .filter(|t| {
                f.mechanism.is_none_or(|m| t.mechanism == Some(m))
                    && f.kind.is_none_or(|k| t.kind == k)
                    && f.body.as_ref().is_none_or(|b| &t.body == b)
                    && f.state.is_none_or(|s| t.state == s)
                    && f.theme.as_ref().is_none_or(|c| t.themes.contains(c))
                    && f.article.as_ref().is_none_or(|a| t.articles.contains(a))
                    && (!f.due || t.due)
            })
            .collect()
    }

    /// The item with this id.
    pub fn get(&self, id: RecordId) -> Option<&Tracked> {
        self.items.iter().find(|t| t.id == id)
    }

    /// How many items are in each state, in [`TrackState::ALL`] order.
    pub fn states(&self, items: &[&Tracked]) -> [usize; 6] {
        let mut out = [0; 6];
        for t in items {
            out[TrackState::ALL
                .iter()
                .position(|s| *s == t.state)
                .unwrap_or(5)] += 1;
        }
        out
    }
}

fn today() -> time::Date {
    time::OffsetDateTime::now_utc().date()
}

fn ymd(d: time::Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

impl Vault {
    /// The engagement a tracked recommendation belongs to, checking that
    /// `id` is one.
    fn tracked_engagement(&self, id: RecordId) -> Result<RecordId, Error> {
        match self.record(id) {
            Some(Record::Official(o)) => Ok(o.engagement),
            Some(Record::Recommendation(r)) => Ok(self.session(r.session)?.engagement),
            _ => Err(TrackingError::NotTracked.into()),
        }
    }

    /// The links of an engagement.
    pub fn track_links(&self, engagement: RecordId) -> Vec<(RecordId, &TrackLink)> {
        self.children(engagement, Kind::TrackLink)
            .filter_map(|(id, r)| match r {
                Record::TrackLink(l) => Some((id, l)),
                _ => None,
            })
            .collect()
    }

    /// Links community recommendation `recommendation` to `target`.
    pub fn link_recommendation(
        &mut self,
        recommendation: RecordId,
        target: LinkTarget,
    ) -> Result<RecordId, Error> {
        let engagement = match self.record(recommendation) {
            Some(Record::Recommendation(_)) => self.tracked_engagement(recommendation)?,
            _ => {
                return Err(validate::RecordError::NotFound {
                    kind: Kind::Recommendation,
                }
                .into());
            }
        };
        match &target {
            LinkTarget::Official(o) => match self.record(*o) {
                Some(Record::Official(off)) if off.engagement == engagement => {}
                _ => {
                    return Err(TrackingError::UnknownOfficial { id: o.short() }.into());
                }
            },
            LinkTarget::Article(a) => {
                let a = a.trim();
                if a.is_empty() || a.chars().count() > 80 || a.chars().any(char::is_control) {
                    return Err(validate::RecordError::Invalid { field: "article" }.into());
                }
            }
        }
        let target = match target {
            LinkTarget::Article(a) => LinkTarget::Article(a.trim().to_string()),
            t => t,
        };
        if self
            .track_links(engagement)
            .iter()
            .any(|(_, l)| l.recommendation == recommendation && l.target == target)
        {
            return Err(TrackingError::AlreadyLinked.into());
        }
        let id = RecordId::random();
        self.commit(vec![Change::Put(
            id,
            Record::TrackLink(TrackLink {
                engagement,
                recommendation,
                target,
                at: now(),
            }),
        )])?;
        Ok(id)
    }

    /// Removes a link.
    pub fn unlink_recommendation(
        &mut self,
        recommendation: RecordId,
        target: &LinkTarget,
    ) -> Result<(), Error> {
        let engagement = self.tracked_engagement(recommendation)?;
        let found = self
            .track_links(engagement)
            .into_iter()
            .find(|(_, l)| l.recommendation == recommendation && &l.target == target)
            .map(|(id, _)| id)
            .ok_or(TrackingError::NotLinked)?;
        self.commit(vec![Change::Delete(found)])
    }

    /// Official recommendations a community recommendation may support:
    /// those whose identifier its references (or its themes') name, or that
    /// share a treaty article with its themes. Already linked ones are
    /// left out. The coordinator decides.
    pub fn link_suggestions(&self, recommendation: RecordId) -> Result<Vec<RecordId>, Error> {
        let Some(Record::Recommendation(r)) = self.record(recommendation) else {
            return Err(validate::RecordError::NotFound {
                kind: Kind::Recommendation,
            }
            .into());
        };
        let engagement = self.tracked_engagement(recommendation)?;
        let mut refs: Vec<&str> = r.references.iter().map(String::as_str).collect();
        for t in &r.themes {
            if let Some(Record::Theme(th)) = self.record(*t) {
                refs.extend(th.references.iter().map(String::as_str));
            }
        }
        let linked: HashSet<RecordId> = self
            .track_links(engagement)
            .iter()
            .filter(|(_, l)| l.recommendation == recommendation)
            .filter_map(|(_, l)| match l.target {
                LinkTarget::Official(o) => Some(o),
                _ => None,
            })
            .collect();
        Ok(self
            .officials(engagement)
            .into_iter()
            .filter(|(id, o)| {
                !linked.contains(id)
                    && refs.iter().any(|r| {
                        names_code(r, &o.code) || o.articles.iter().any(|a| a.as_str() == *r)
                    })
            })
            .map(|(id, _)| id)
            .collect())
    }

    /// Records a new history entry for an official or community
    /// recommendation. Nothing earlier changes.
    pub fn track(&mut self, target: RecordId, input: TrackInput) -> Result<RecordId, Error> {
        let engagement = self.tracked_engagement(target)?;
        let date = validate::date(input.date.trim())?;
        if date > today() {
            return Err(TrackingError::FutureDate.into());
        }
        let state = input
            .state
            .ok_or(validate::RecordError::Empty { field: "state" })?;
        let evidence = input.evidence.trim().to_string();
        if evidence.is_empty() {
            return Err(validate::RecordError::Empty { field: "evidence" }.into());
        }
        for (field, value, max) in [
            ("evidence", evidence.as_str(), 4000),
            ("source", input.source.trim(), 1000),
            ("body", input.body.trim(), 200),
        ] {
            if value.chars().count() > max {
                return Err(validate::RecordError::TooLong { field, max }.into());
            }
        }
        let next_review = match input.next_review.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(r) => {
                let fmt = time::macros::format_description!("[year]-[month]-[day]");
                let d = time::Date::parse(r, &fmt).map_err(|_| validate::RecordError::BadDate)?;
                if d <= date {
                    return Err(TrackingError::ReviewBeforeDate.into());
                }
                Some(ymd(d))
            }
        };
        let recorded_by = self.identity()?.key_id().to_string();
        let id = RecordId::random();
        self.commit(vec![Change::Put(
            id,
            Record::TrackEntry(TrackEntry {
                engagement,
                target,
                date: ymd(date),
                state,
                evidence,
                source: input.source.trim().to_string(),
                body: input.body.trim().to_string(),
                next_review,
                recorded_by,
                recorded_at: now(),
            }),
        )])?;
        Ok(id)
    }

    /// Everything followed up in `engagement`.
    pub fn tracking(&self, engagement: RecordId) -> Result<Tracking, Error> {
        let e = self.engagement(engagement)?;
        let today = today();
        let themes: HashMap<RecordId, String> = self
            .themes(engagement)
            .into_iter()
            .map(|(id, t)| (id, t.code.clone()))
            .collect();
        let mut history: HashMap<RecordId, Vec<HistoryEntry>> = HashMap::new();
        for (id, r) in self.children(engagement, Kind::TrackEntry) {
            if let Record::TrackEntry(t) = r {
                history.entry(t.target).or_default().push(HistoryEntry {
                    id,
                    date: t.date.clone(),
                    state: t.state,
                    evidence: t.evidence.clone(),
                    source: t.source.clone(),
                    body: t.body.clone(),
                    next_review: t.next_review.clone(),
                    recorded_by: t.recorded_by.clone(),
                    recorded_at: t.recorded_at,
                });
            }
        }
        let merged: HashSet<RecordId> = self
            .merges(engagement)
            .into_iter()
            .map(|(_, m)| m.merged)
            .collect();
        let links = self.track_links(engagement);
        let mut officials_of: HashMap<RecordId, Vec<RecordId>> = HashMap::new();
        let mut community_of: HashMap<RecordId, Vec<RecordId>> = HashMap::new();
        let mut articles_of: HashMap<RecordId, Vec<String>> = HashMap::new();
        for (_, l) in &links {
            match &l.target {
                LinkTarget::Official(o) => {
                    officials_of.entry(l.recommendation).or_default().push(*o);
                    community_of.entry(*o).or_default().push(l.recommendation);
                }
                LinkTarget::Article(a) => articles_of
                    .entry(l.recommendation)
                    .or_default()
                    .push(a.clone()),
            }
        }
        let officials = self.officials(engagement);
        let code_of: HashMap<RecordId, String> = officials
            .iter()
            .map(|(id, o)| (*id, o.code.clone()))
            .collect();

        let mut gate = Gate::new(self);
        let mut items = vec![];
        let mut community = vec![];
        let sessions = self.sessions(Some(engagement));
        let mut quotes_of: HashMap<RecordId, Vec<TrackedQuote>> = HashMap::new();
        for (sid, s) in &sessions {
            let group_shared = QuoteUse::of(s.group_consent.as_ref()).shared();
            let recs = self.recommendations(Some(*sid));
            if recs.is_empty() {
                continue;
            }
            let mut permissions = Permissions::new(self, *sid);
            let quotes: Vec<_> = self
                .quotes(Some(*sid))
                .into_iter()
                .filter_map(|(qid, q)| {
                    let use_ = permissions.of(&q.speaker);
                    (use_.in_reports() && gate.clear(qid, *sid)).then_some((qid, q, use_))
                })
                .collect();
            for (rid, r) in recs {
                if merged.contains(&rid) {
                    continue;
                }
                let mut candidates: Vec<_> = quotes
                    .iter()
                    .filter(|(_, q, _)| q.themes.iter().any(|t| r.themes.contains(t)))
                    .collect();
                // Shareable ones first, so shared outputs find two if any.
                candidates.sort_by_key(|(_, _, u)| !u.shared());
                let picked: Vec<TrackedQuote> = candidates
                    .into_iter()
                    .take(2)
                    .map(|(qid, q, u)| TrackedQuote {
                        id: *qid,
                        session: *sid,
                        bundle: self.origin_of(*qid).map(|o| o.bundle.clone()),
                        text: q.text.clone(),
                        language: q.language.clone(),
                        shareable: u.shared(),
                    })
                    .collect();
                quotes_of.insert(rid, picked.clone());
                community.push(Tracked {
                    id: rid,
                    kind: TrackedKind::Community,
                    code: community_code(rid),
                    mechanism: None,
                    source: s.region.clone(),
                    text: r.text.clone(),
                    language: r.language.clone(),
                    response: None,
                    recommending_state: String::new(),
                    articles: articles_of.remove(&rid).unwrap_or_default(),
                    themes: r
                        .themes
                        .iter()
                        .filter_map(|t| themes.get(t).cloned())
                        .collect(),
                    body: r.duty_bearer.clone(),
                    state: TrackState::NoInformation,
                    since: None,
                    next_review: None,
                    due: false,
                    history: vec![],
                    links: officials_of
                        .get(&rid)
                        .map(|os| {
                            os.iter()
                                .map(|o| Linked {
                                    id: *o,
                                    code: code_of.get(o).cloned().unwrap_or_default(),
                                })
                                .collect()
                        })
                        .unwrap_or_default(),
                    shareable: group_shared,
                    quotes: picked,
                });
            }
        }
        let themes_of: HashMap<RecordId, Vec<String>> =
            community.iter().map(|c| (c.id, c.themes.clone())).collect();
        for (oid, o) in officials {
            let linked = community_of.remove(&oid).unwrap_or_default();
            let mut ts: Vec<String> = linked
                .iter()
                .flat_map(|c| themes_of.get(c).cloned().unwrap_or_default())
                .collect();
            ts.sort();
            ts.dedup();
            let mut quotes: Vec<TrackedQuote> = linked
                .iter()
                .flat_map(|c| quotes_of.get(c).cloned().unwrap_or_default())
                .collect();
            quotes.sort_by_key(|q| !q.shareable);
            quotes.truncate(2);
            items.push(Tracked {
                id: oid,
                kind: TrackedKind::Official,
                code: o.code.clone(),
                mechanism: Some(o.mechanism),
                source: o.source.clone(),
                text: o.text.clone(),
                language: String::new(),
                response: o.response,
                recommending_state: o.recommending_state.clone(),
                articles: o.articles.clone(),
                themes: ts,
                body: String::new(),
                state: TrackState::NoInformation,
                since: None,
                next_review: None,
                due: false,
                history: vec![],
                links: linked
                    .iter()
                    .map(|c| Linked {
                        id: *c,
                        code: community_code(*c),
                    })
                    .collect(),
                shareable: true,
                quotes,
            });
        }
        items.extend(community);
        let year_ago = today - time::Duration::days(365);
        for t in &mut items {
            let mut h = history.remove(&t.id).unwrap_or_default();
            h.sort_by(|a, b| (&a.date, a.recorded_at).cmp(&(&b.date, b.recorded_at)));
            if let Some(last) = h.last() {
                t.state = last.state;
                t.since = Some(last.date.clone());
                // Each entry sets the next review (or none: then a year).
                t.next_review = last.next_review.clone();
            }
            if let Some(b) = h.iter().rev().find(|e| !e.body.is_empty()) {
                t.body = b.body.clone();
            }
            let today_s = ymd(today);
            t.due = match (&t.next_review, h.last()) {
                (Some(r), _) => r.as_str() <= today_s.as_str(),
                (None, Some(last)) => last.date.as_str() <= ymd(year_ago).as_str(),
                (None, None) => false,
            };
            t.history = h;
        }
        Ok(Tracking {
            engagement,
            title: e.title.clone(),
            k: e.k,
            today: ymd(today),
            items,
        })
    }
}

/// How a community recommendation is named in lists and files: 12 hex
/// digits of its id (any unique prefix also works in the CLI).
pub fn community_code(id: RecordId) -> String {
    id.to_string()[..12].to_owned()
}

/// Whether reference `r` names official identifier `code` (`UPR 158.12`
/// names `158.12`; `158.1` does not name `158.12`).
fn names_code(r: &str, code: &str) -> bool {
    r.match_indices(code).any(|(i, _)| {
        let before = r[..i].chars().next_back();
        let after = r[i + code.len()..].chars().next();
        !before.is_some_and(|c| c.is_alphanumeric() || c == '.')
            && !after.is_some_and(|c| c.is_alphanumeric() || c == '.')
    })
}

#[cfg(test)]
mod tests {
    use super::names_code;

    #[test]
    fn references_name_codes_whole() {
        assert!(names_code("UPR 158.12", "158.12"));
        assert!(names_code("158.12", "158.12"));
        assert!(!names_code("UPR 158.12", "158.1"));
        assert!(!names_code("UPR 1158.12", "158.12"));
        assert!(names_code(
            "CEDAW/C/ARC/CO/8 para 23",
            "CEDAW/C/ARC/CO/8 para 23"
        ));
    }
}
