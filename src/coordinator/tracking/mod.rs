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

mod view;

pub use view::{
    HistoryEntry, Linked, Tracked, TrackedQuote, Tracking, TrackingFilter, community_code,
};

use std::collections::HashSet;

use super::officials::{Problem, RowAt};
use crate::{
    Error,
    i18n::{Localized, Message},
    model::{Kind, LinkTarget, Record, RecordId, TrackEntry, TrackLink, TrackState, now, validate},
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

/// Today's date (UTC).
pub(crate) fn today() -> time::Date {
    time::OffsetDateTime::now_utc().date()
}

/// A date as YYYY-MM-DD.
pub(crate) fn ymd(d: time::Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

impl Vault {
    /// The engagement a tracked recommendation belongs to, checking that
    /// `id` is one.
    pub(super) fn tracked_engagement(&self, id: RecordId) -> Result<RecordId, Error> {
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

    /// The tracked recommendation a person typed: an official identifier
    /// (`158.12`), or a record id prefix of an official or a community
    /// recommendation. A prefix matching one of each is ambiguous, never
    /// guessed.
    pub fn tracked_id(&self, engagement: RecordId, typed: &str) -> Result<RecordId, Error> {
        if let Some((id, _)) = self
            .officials(engagement)
            .into_iter()
            .find(|(_, o)| o.code == typed)
        {
            return Ok(id);
        }
        let official = self.resolve(Kind::Official, typed);
        let community = self.resolve(Kind::Recommendation, typed);
        match (official, community) {
            (Ok(_), Ok(_)) => Err(validate::RecordError::Ambiguous {
                kind: Kind::Recommendation,
            }
            .into()),
            (Ok(id), Err(_)) | (Err(_), Ok(id)) => {
                if self.tracked_engagement(id)? == engagement {
                    Ok(id)
                } else {
                    Err(TrackingError::UnknownOfficial {
                        id: typed.chars().take(120).collect(),
                    }
                    .into())
                }
            }
            (Err(e), Err(_)) => match e {
                Error::Record(validate::RecordError::NotFound { .. }) => {
                    Err(TrackingError::UnknownOfficial {
                        id: typed.chars().take(120).collect(),
                    }
                    .into())
                }
                e => Err(e),
            },
        }
    }

    /// Records a new history entry for an official or community
    /// recommendation. Nothing earlier changes.
    pub fn track(&mut self, target: RecordId, input: TrackInput) -> Result<RecordId, Error> {
        let engagement = self.tracked_engagement(target)?;
        let fmt = time::macros::format_description!("[year]-[month]-[day]");
        let typed = time::Date::parse(input.date.trim(), &fmt)
            .map_err(|_| validate::RecordError::BadDate)?;
        // A day's grace: "today" is UTC, the coordinator's may be ahead.
        if today().next_day().is_some_and(|t| typed > t) {
            return Err(TrackingError::FutureDate.into());
        }
        let date = validate::date(input.date.trim())?;
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
