//! Representative quotes per theme, chosen for diversity: each pick prefers
//! a region not yet represented for the theme, then a session not yet
//! represented, then the earliest quote (session date, then capture
//! order). Only quotes whose consent covers reports are candidates, and
//! only those that pass the export gate (no unresolved identifying detail)
//! are chosen. The
//! choice depends only on the vault's contents, never on
//! chance, so the same vault gives the same report.

use std::collections::{BTreeSet, HashMap};

use serde::Serialize;

use super::{REPRESENTATIVES_PER_THEME, themes::Codebook, themes::QuoteFacts};
use crate::{
    consent::{self, QuoteUse},
    model::{RecordId, Speaker},
    redact::Scanner,
    vault::Vault,
};

/// One chosen quote, traceable to its session and bundle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Representative {
    pub theme: String,
    pub quote: RecordId,
    pub session: RecordId,
    pub region: String,
    pub speaker: String,
    pub text: String,
    pub language: String,
    pub translation: Option<String>,
    /// Whether the speaker's active consent covers sharing beyond the
    /// coordinator (`quotes_shared`).
    pub shareable: bool,
    /// Manifest digest of the bundle the quote came in; `None` if made here.
    pub bundle: Option<String>,
}

/// What the speakers of one session consent to, looked up once per speaker
/// rather than once per quote (a session has a dozen speakers and a hundred
/// quotes). The decision itself is [`consent::QuoteUse`].
pub(crate) struct Permissions<'v> {
    vault: &'v Vault,
    session: RecordId,
    known: HashMap<Speaker, QuoteUse>,
}

impl<'v> Permissions<'v> {
    pub fn new(vault: &'v Vault, session: RecordId) -> Self {
        Permissions {
            vault,
            session,
            known: HashMap::new(),
        }
    }

    /// What the speaker's consent allows now.
    pub fn of(&mut self, speaker: &Speaker) -> QuoteUse {
        *self
            .known
            .entry(speaker.clone())
            .or_insert_with(|| consent::quote_use(self.vault, self.session, speaker))
    }
}

/// The export gate (see [`crate::redact::review`]) applied to quotes that
/// would leave the vault in a report: no identifying detail the scanner
/// finds may be left unredacted and unreviewed. Quotes received in a signed
/// bundle passed the gate on the facilitator's device, where the session's
/// private names and the facilitator's reviews ("keep as written") are; they
/// are not judged again without them. Scanners are built once per session,
/// and only quotes about to be printed are scanned.
pub(crate) struct Gate<'v> {
    vault: &'v Vault,
    scanners: HashMap<RecordId, Option<Scanner>>,
}

impl<'v> Gate<'v> {
    pub fn new(vault: &'v Vault) -> Self {
        Gate {
            vault,
            scanners: HashMap::new(),
        }
    }

    /// Whether the quote may be printed; `false` when it cannot be checked.
    pub fn clear(&mut self, quote: RecordId, session: RecordId) -> bool {
        let vault = self.vault;
        if vault.origin_of(quote).is_some() {
            return true;
        }
        let scanner = self
            .scanners
            .entry(session)
            .or_insert_with(|| vault.scanner(session).ok());
        scanner
            .as_ref()
            .is_some_and(|sc| vault.quote_findings(quote, sc).is_ok_and(|f| f.is_empty()))
    }
}

pub(crate) fn choose(
    vault: &Vault,
    codebook: &Codebook,
    quotes: &[QuoteFacts],
    shared_only: bool,
) -> Vec<Representative> {
    // `quotes` is already in session order (date) then capture order.
    let mut out = vec![];
    let mut gate = Gate::new(vault);
    // Where each quote was chosen already: a quote is never shown twice
    // under a theme and a theme above or below it.
    let mut chosen: HashMap<RecordId, Vec<usize>> = HashMap::new();
    let lineages: Vec<Vec<usize>> = (0..codebook.themes.len())
        .map(|r| codebook.lineage(r))
        .collect();
    for (row, (_, code, _, _)) in codebook.themes.iter().enumerate() {
        let related =
            |other: &usize| lineages[row].contains(other) || lineages[*other].contains(&row);
        let mut pool: Vec<(&QuoteFacts, bool)> = quotes
            .iter()
            .filter(|q| q.counted.contains(&row))
            .filter(|q| {
                chosen
                    .get(&q.id)
                    .is_none_or(|rows| !rows.iter().any(related))
            })
            .filter(|q| (q.shareable || !shared_only) && q.in_reports)
            .map(|q| (q, q.shareable))
            .collect();
        let mut regions = BTreeSet::new();
        let mut seen_sessions = BTreeSet::new();
        let mut picked = 0;
        while picked < REPRESENTATIVES_PER_THEME {
            let best = pool
                .iter()
                .enumerate()
                .min_by_key(|(i, (q, _))| {
                    (
                        regions.contains(&q.region),
                        seen_sessions.contains(&q.session),
                        *i,
                    )
                })
                .map(|(i, _)| i);
            let Some(i) = best else { break };
            let (q, ok) = pool.remove(i);
            if !gate.clear(q.id, q.session) {
                continue;
            }
            picked += 1;
            chosen.entry(q.id).or_default().push(row);
            regions.insert(q.region.clone());
            seen_sessions.insert(q.session);
            let Ok(full) = vault.quote(q.id) else {
                continue;
            };
            out.push(Representative {
                theme: code.clone(),
                quote: q.id,
                session: q.session,
                region: q.region.clone(),
                speaker: q.speaker.to_string(),
                text: full.text.clone(),
                language: full.language.clone(),
                translation: full.translation.clone(),
                shareable: ok,
                bundle: vault.origin_of(q.id).map(|o| o.bundle.clone()),
            });
        }
    }
    out
}
