//! Representative quotes per theme: the coordinator's pins first
//! ([`super::curation`]), then a choice for diversity, each pick preferring
//! a language not yet represented for the theme, then a region, then a
//! session, then the earliest quote (session date, then capture order).
//! Excluded quotes are never chosen. Only quotes whose consent covers
//! reports are candidates, and only those that pass the export gate (no
//! unresolved identifying detail) are chosen. The choice depends only on
//! the vault's contents, never on chance, so the same vault gives the same
//! report.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use serde::Serialize;

use super::{REPRESENTATIVES_PER_THEME, themes::Codebook, themes::QuoteFacts};
use crate::{
    consent::{self, QuoteUse},
    model::{Curation, RecordId, Speaker},
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
    curation: Option<&Curation>,
) -> Vec<Representative> {
    // `quotes` is already in session order (date) then capture order.
    let mut out = vec![];
    let mut gate = Gate::new(vault);
    let excluded: HashSet<RecordId> = curation
        .map(|c| c.excluded.iter().copied().collect())
        .unwrap_or_default();
    let usable =
        |q: &QuoteFacts| (q.shareable || !shared_only) && q.in_reports && !excluded.contains(&q.id);
    let lineages: Vec<Vec<usize>> = (0..codebook.themes.len())
        .map(|r| codebook.lineage(r))
        .collect();
    let related = |a: usize, b: usize| lineages[a].contains(&b) || lineages[b].contains(&a);
    // Where each quote is shown: a quote is never shown twice under a
    // theme and a theme above or below it. The coordinator's pins that may
    // be printed are placed first (a pin related to one placed before, as
    // another codebook may nest them, is skipped).
    let by_id: HashMap<RecordId, &QuoteFacts> = quotes.iter().map(|q| (q.id, q)).collect();
    let mut chosen: HashMap<RecordId, Vec<usize>> = HashMap::new();
    let mut pinned: BTreeMap<usize, Vec<&QuoteFacts>> = BTreeMap::new();
    for pin in curation.map_or(&[][..], |c| &c.pins) {
        let (Some(&row), Some(q)) = (codebook.rows(&[pin.theme]).first(), by_id.get(&pin.quote))
        else {
            continue;
        };
        let placed = chosen.entry(q.id).or_default();
        if q.counted.contains(&row)
            && !placed.iter().any(|r| related(*r, row))
            && usable(q)
            && gate.clear(q.id, q.session)
        {
            placed.push(row);
            pinned.entry(row).or_default().push(q);
        }
    }
    for list in pinned.values_mut() {
        list.sort_by_key(|q| vault.order_of(q.id));
    }
    for (row, (_, code, _, _)) in codebook.themes.iter().enumerate() {
        let mut regions = BTreeSet::new();
        let mut languages = BTreeSet::new();
        let mut seen_sessions = BTreeSet::new();
        let mut picks: Vec<&QuoteFacts> = pinned.remove(&row).unwrap_or_default();
        for q in &picks {
            regions.insert(q.region);
            languages.insert(q.language);
            seen_sessions.insert(q.session);
        }
        let mut pool: Vec<&QuoteFacts> = quotes
            .iter()
            .filter(|q| q.counted.contains(&row) && usable(q))
            .filter(|q| {
                chosen
                    .get(&q.id)
                    .is_none_or(|rows| !rows.iter().any(|r| related(*r, row)))
            })
            .collect();
        while picks.len() < REPRESENTATIVES_PER_THEME {
            // Diversity first: a language, then a region, then a session
            // not yet represented for the theme; then the earliest.
            let best = pool
                .iter()
                .enumerate()
                .min_by_key(|(i, q)| {
                    (
                        languages.contains(&q.language),
                        regions.contains(&q.region),
                        seen_sessions.contains(&q.session),
                        *i,
                    )
                })
                .map(|(i, _)| i);
            let Some(i) = best else { break };
            let q = pool.remove(i);
            if !gate.clear(q.id, q.session) {
                continue;
            }
            chosen.entry(q.id).or_default().push(row);
            regions.insert(q.region);
            languages.insert(q.language);
            seen_sessions.insert(q.session);
            picks.push(q);
        }
        for q in picks {
            let Ok(full) = vault.quote(q.id) else {
                continue;
            };
            out.push(Representative {
                theme: code.clone(),
                quote: q.id,
                session: q.session,
                region: q.region.to_owned(),
                speaker: q.speaker.to_string(),
                text: full.text.clone(),
                language: full.language.clone(),
                translation: full.translation.clone(),
                shareable: q.shareable,
                bundle: vault.origin_of(q.id).map(|o| o.bundle.clone()),
            });
        }
    }
    out
}
