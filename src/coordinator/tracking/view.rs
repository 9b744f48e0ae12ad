//! [`Tracking`]: the one view of the follow-up that every output reads
//! (see the parent module for its rules), built in passes over the
//! engagement's records.

use std::collections::{HashMap, HashSet};

use serde::Serialize;

use super::{today, ymd};
use crate::coordinator::officials::natural;
use crate::{
    Error,
    consent::QuoteUse,
    model::{Kind, LinkTarget, Mechanism, Record, RecordId, Response, TrackState, TrackedKind},
    synthesis::{Filters, Gate, Permissions, Synthesis},
    vault::Vault,
};

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
    /// The engagement's languages, its main one first.
    pub languages: Vec<String>,
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

impl Vault {
    /// What the published outputs (progress review, dashboard, community
    /// update) read: the follow-up, and the synthesis restricted to quotes
    /// consented for sharing beyond the coordinator; with `analysis`, its
    /// quotes coded with the analysis coding instead of the kit's codebook.
    pub fn published(
        &self,
        engagement: RecordId,
        analysis: bool,
    ) -> Result<(Tracking, Synthesis), Error> {
        let filters = Filters {
            shared_only: true,
            analysis,
            ..Filters::default()
        };
        Ok((
            self.tracking(engagement)?,
            Synthesis::compute(self, engagement, &filters)?,
        ))
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
        // A merged recommendation is tracked through the one it was merged
        // into: its links count for that one.
        let kept_of: HashMap<RecordId, RecordId> = self
            .merges(engagement)
            .into_iter()
            .map(|(_, m)| (m.merged, m.kept))
            .collect();
        let merged: HashSet<RecordId> = kept_of.keys().copied().collect();
        let links = self.track_links(engagement);
        let mut officials_of: HashMap<RecordId, Vec<RecordId>> = HashMap::new();
        let mut community_of: HashMap<RecordId, Vec<RecordId>> = HashMap::new();
        let mut articles_of: HashMap<RecordId, Vec<String>> = HashMap::new();
        for (_, l) in &links {
            let rec = kept_of
                .get(&l.recommendation)
                .copied()
                .unwrap_or(l.recommendation);
            match &l.target {
                LinkTarget::Official(o) => {
                    let os = officials_of.entry(rec).or_default();
                    if !os.contains(o) {
                        os.push(*o);
                    }
                    let cs = community_of.entry(*o).or_default();
                    if !cs.contains(&rec) {
                        cs.push(rec);
                    }
                }
                LinkTarget::Article(a) => {
                    let arts = articles_of.entry(rec).or_default();
                    if !arts.contains(a) {
                        arts.push(a.clone());
                    }
                }
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
        // Quotes the coordinator kept out of reports are never shown.
        let excluded = self.excluded_quotes(engagement);
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
                    (use_.in_reports() && !excluded.contains(&qid) && gate.clear(qid, *sid))
                        .then_some((qid, q, use_))
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
                    articles: {
                        let mut a = articles_of.remove(&rid).unwrap_or_default();
                        a.sort_by(|x, y| natural(x, y));
                        a
                    },
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
                    links: {
                        let mut l: Vec<Linked> = officials_of
                            .get(&rid)
                            .map(|os| {
                                os.iter()
                                    .map(|o| Linked {
                                        id: *o,
                                        code: code_of.get(o).cloned().unwrap_or_default(),
                                    })
                                    .collect()
                            })
                            .unwrap_or_default();
                        l.sort_by(|x, y| natural(&x.code, &y.code));
                        l
                    },
                    shareable: group_shared,
                    quotes: picked,
                });
            }
        }
        let themes_of: HashMap<RecordId, Vec<String>> =
            community.iter().map(|c| (c.id, c.themes.clone())).collect();
        // Links to community recommendations no longer shown (removed, or
        // merged into another) are left out.
        let shown: HashSet<RecordId> = community.iter().map(|c| c.id).collect();
        let community_order: HashMap<RecordId, usize> = community
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id, i))
            .collect();
        for (oid, o) in officials {
            let mut linked = community_of.remove(&oid).unwrap_or_default();
            linked.retain(|c| shown.contains(c));
            // In list order (session date, then capture), whatever order the
            // links were made in.
            linked.sort_by_key(|c| community_order.get(c).copied().unwrap_or(usize::MAX));
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
            languages: e.languages.clone(),
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
