//! What a coordinator learns from everything in the vault for one
//! engagement: reach, coverage, gaps, themes, needs, recommendations and
//! representative quotes. Every report and export reads a [`Synthesis`],
//! never the vault directly, so the same rules apply everywhere:
//!
//! - Counts of people (participants reached, coverage by region, language
//!   and demographic group, evaluation answers) go through
//!   [`crate::redact::cells`] with the engagement's k: no exact count below
//!   k is ever shown, and totals do not give one back.
//! - No count below k comes back by differencing two outputs: a synthesis
//!   of part of the engagement (filters by region, language, group or
//!   dates that leave out a session) hides every count of people, and the
//!   outputs say why ([`Synthesis::withheld_for_differencing`]). Set beside
//!   the whole, or beside another part, its counts could otherwise give a
//!   count below k by subtraction; the people of each region, language and
//!   group are counted in the whole engagement's synthesis, suppressed below
//!   k. Counts of quotes and sessions are counts of records, not of people,
//!   and are shown exactly.
//! - A quote coded with a child theme also counts for its parent and every
//!   ancestor above it, once per quote however many of its codes fall under
//!   that ancestor ([`themes`]).
//! - Representative quotes are chosen only among quotes whose speaker's
//!   active consent covers reports and that pass the export gate (no
//!   unresolved identifying detail). They carry a `shareable` flag: only
//!   quotes whose consent covers `quotes_shared` may be shown beyond the
//!   coordinator; with [`Filters::shared_only`] no other quote is chosen.
//!   A quote chosen for a theme is not chosen again for a theme above or
//!   below it. The coordinator's pins come first and excluded quotes never
//!   come ([`curation`]); the automatic choice draws from every region,
//!   language and session it can.
//! - Recommendations a coordinator merged as duplicates
//!   ([`crate::model::Merge`]) appear once, with every source kept.
//! - It is computed in passes over the quotes, never per theme × column ×
//!   quote, and consent is looked up once per speaker: 100,000 quotes take
//!   well under a second (`benches/framework.rs`).

mod actions;
mod coverage;
mod curation;
mod evaluation;
mod records;
mod represent;
mod themes;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::{
    Error,
    model::{RecordId, Session},
    vault::Vault,
};

pub use actions::{MergedSource, NeedEntry, RecommendationEntry, RecommendationGroups};
pub use coverage::{Breakdown, Cell, Coverage, Gaps, Reach};
pub use evaluation::{EvaluationSummary, QuestionSummary};
pub use records::{ParticipantRecord, QuoteRecord, Records, SessionRecord, ThemeRecord};
pub use represent::Representative;
pub(crate) use represent::{Gate, Permissions};
pub use themes::{CoOccurrence, Matrix, ThemeCount};

/// Which sessions a synthesis covers. Empty lists mean "all".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", default)]
pub struct Filters {
    /// Sessions held in one of these regions.
    pub regions: Vec<String>,
    /// Sessions held in at least one of these languages.
    pub languages: Vec<String>,
    /// Sessions whose demographics count someone in one of these groups.
    pub groups: Vec<String>,
    /// Sessions on or after this date (YYYY-MM-DD).
    pub date_from: Option<String>,
    /// Sessions on or before this date (YYYY-MM-DD).
    pub date_to: Option<String>,
    /// Choose representative quotes only among those whose consent covers
    /// sharing beyond the coordinator.
    pub shared_only: bool,
    /// Code the quotes with the analysis coding imported from a QDA tool
    /// (`hearken qda import`) instead of the kit's codebook.
    pub analysis: bool,
}

impl Filters {
    /// Refuses dates that are not YYYY-MM-DD (a typo would otherwise
    /// silently select nothing, or everything).
    pub fn check(&self) -> Result<(), Error> {
        Ok(crate::model::validate::date_range(
            self.date_from.as_deref(),
            self.date_to.as_deref(),
        )?)
    }

    /// Whether a session passes every filter.
    pub fn admits(&self, s: &Session) -> bool {
        (self.regions.is_empty() || self.regions.contains(&s.region))
            && (self.languages.is_empty() || s.languages.iter().any(|l| self.languages.contains(l)))
            && (self.groups.is_empty()
                || s.demographics
                    .iter()
                    .any(|g| g.count > 0 && self.groups.contains(&g.group)))
            && self
                .date_from
                .as_ref()
                .is_none_or(|d| s.date.as_str() >= d.as_str())
            && self
                .date_to
                .as_ref()
                .is_none_or(|d| s.date.as_str() <= d.as_str())
    }
}

/// A session as the synthesis refers to it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SessionRef {
    pub id: RecordId,
    pub date: String,
    pub place: String,
    pub region: String,
    pub languages: Vec<String>,
    pub quotes: usize,
    /// Manifest digest of the bundle the session came in; `None` if made here.
    pub bundle: Option<String>,
    /// Key id of the facilitator device that wrote it; `None` if made here.
    pub device: Option<String>,
}

/// The synthesis of one engagement under some filters.
#[derive(Debug, Clone, PartialEq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Synthesis {
    pub engagement: RecordId,
    pub title: String,
    /// The small-cell threshold used.
    pub k: u32,
    pub filters: Filters,
    pub sessions: Vec<SessionRef>,
    pub reach: Reach,
    pub coverage: Coverage,
    pub gaps: Gaps,
    /// Every theme of the codebook, in code order, zero counts included.
    pub themes: Vec<ThemeCount>,
    /// Quotes per theme (rows, theme codes) and region (columns).
    pub theme_by_region: Matrix,
    /// Quotes per theme and demographic group of the session they were said in.
    pub theme_by_group: Matrix,
    pub co_occurrence: Vec<CoOccurrence>,
    pub needs: Vec<NeedEntry>,
    pub recommendations: RecommendationGroups,
    pub representative: Vec<Representative>,
    /// The participants' evaluation of the sessions, suppressed below k.
    pub evaluation: EvaluationSummary,
    /// Every count of people is hidden because this synthesis covers part
    /// of the engagement: compared with the whole or with another part, its
    /// counts could give a count below k (see [`Synthesis::compute`]).
    pub withheld_for_differencing: bool,
}

/// How many representative quotes are chosen per theme.
pub const REPRESENTATIVES_PER_THEME: usize = 3;

impl Synthesis {
    /// Computes the synthesis of `engagement` from the vault.
    pub fn compute(vault: &Vault, engagement: RecordId, filters: &Filters) -> Result<Self, Error> {
        filters.check()?;
        let e = vault.engagement(engagement)?;
        let sessions: Vec<(RecordId, &Session)> = vault
            .sessions(Some(engagement))
            .into_iter()
            .filter(|(_, s)| filters.admits(s))
            .collect();
        let analysis = if filters.analysis {
            Some(vault.analysis(engagement).map(|(_, a)| a).ok_or(
                crate::model::validate::RecordError::NotFound {
                    kind: crate::model::Kind::Analysis,
                },
            )?)
        } else {
            None
        };
        let codebook = themes::Codebook::new(vault, engagement, analysis);
        let quotes = themes::collect_quotes(vault, &sessions, &codebook);
        let mut per_session: HashMap<RecordId, usize> = HashMap::new();
        for q in &quotes {
            *per_session.entry(q.session).or_default() += 1;
        }
        let session_refs = sessions
            .iter()
            .map(|(id, s)| SessionRef {
                id: *id,
                date: s.date.clone(),
                place: s.place.clone(),
                region: s.region.clone(),
                languages: s.languages.clone(),
                quotes: per_session.get(id).copied().unwrap_or(0),
                bundle: vault.origin_of(*id).map(|o| o.bundle.clone()),
                device: vault.origin_of(*id).map(|o| o.author.clone()),
            })
            .collect();
        let k = u64::from(e.k);
        let (mut reach, mut coverage) = coverage::compute(vault, &sessions, k)?;
        let mut evaluation = evaluation::summarize(vault, &sessions, k)?;
        // Differencing: a synthesis of part of the engagement could be set
        // beside the whole, or beside another part (North beside North and
        // South), and a subtraction would give a count below k. No test on
        // one pair can rule out every other pair, so a synthesis of part of
        // the engagement hides every count of people as a whole.
        let differencing = sessions.len() < vault.sessions(Some(engagement)).len();
        if differencing {
            reach.withhold();
            coverage.withhold();
            evaluation.withhold();
        }
        let gaps = coverage::gaps(e, &sessions);
        Ok(Synthesis {
            engagement,
            title: e.title.clone(),
            k: e.k,
            filters: filters.clone(),
            sessions: session_refs,
            reach,
            coverage,
            gaps,
            themes: themes::counts(&codebook, &quotes),
            theme_by_region: themes::by_region(&codebook, &quotes),
            theme_by_group: themes::by_group(&codebook, &quotes, &sessions),
            co_occurrence: themes::co_occurrence(&codebook, &quotes),
            needs: actions::needs(vault, &sessions, &codebook),
            recommendations: actions::recommendations(vault, engagement, &sessions, &codebook),
            representative: represent::choose(
                vault,
                &codebook,
                &quotes,
                filters.shared_only,
                vault.curation(engagement).map(|(_, c)| c),
            ),
            evaluation,
            withheld_for_differencing: differencing,
        })
    }
}
