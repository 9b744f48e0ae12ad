//! The records behind a synthesis, as exports hand them on: sessions
//! without their private name lists, participants as codes with their
//! consent status, the codebook, and every quote of the covered sessions
//! with its theme codes and bundle. Nothing here carries a name.

use serde::Serialize;

use super::{
    Synthesis,
    represent::{Gate, Permissions},
    themes::Codebook,
};
use crate::{
    model::{GroupCount, RecordId, Speaker},
    redact::cells::Shown,
    vault::Vault,
};

/// A session as exported: everything but the private name list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SessionRecord {
    pub id: RecordId,
    pub title: String,
    pub date: String,
    pub place: String,
    pub region: String,
    pub languages: Vec<String>,
    /// People counted per demographic group, small counts suppressed as
    /// everywhere else (no exact count below k, none recoverable from the
    /// others and the total).
    pub demographics: Vec<(String, Shown)>,
    pub bundle: Option<String>,
}

/// A participant: a pseudonymous code and what their consent covers now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ParticipantRecord {
    pub id: RecordId,
    pub session: RecordId,
    pub code: String,
    /// Consent scopes in force (empty when withdrawn or never given).
    pub scopes: Vec<String>,
    pub withdrawn: bool,
    /// The language consent was given in ("" when never given).
    pub language: String,
}

/// A theme of the codebook.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ThemeRecord {
    pub id: RecordId,
    pub code: String,
    pub label: String,
    pub description: String,
    pub parent: Option<RecordId>,
    pub references: Vec<String>,
}

/// A quote with its theme codes and where it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct QuoteRecord {
    pub id: RecordId,
    pub session: RecordId,
    /// A participant code, or "group".
    pub speaker: String,
    pub text: String,
    pub language: String,
    pub translation: Option<String>,
    /// Theme ids coded directly.
    pub themes: Vec<RecordId>,
    /// Their codes.
    pub codes: Vec<String>,
    pub shareable: bool,
    /// Whether the speaker's active consent covers quoting them in reports
    /// (`quotes_in_reports`); reports print no other quote.
    pub in_reports: bool,
    pub bundle: Option<String>,
}

/// Everything an export writes besides the synthesis itself.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Records {
    pub sessions: Vec<SessionRecord>,
    pub participants: Vec<ParticipantRecord>,
    pub themes: Vec<ThemeRecord>,
    pub quotes: Vec<QuoteRecord>,
}

impl Records {
    /// The records of the sessions `synthesis` covers. With `shared_only`,
    /// quotes whose consent does not cover sharing are left out.
    pub fn collect(vault: &Vault, synthesis: &Synthesis, shared_only: bool) -> Records {
        let analysis = synthesis
            .filters
            .analysis
            .then(|| vault.analysis(synthesis.engagement).map(|(_, a)| a))
            .flatten();
        let codebook = Codebook::new(vault, synthesis.engagement, analysis);
        let mut out = Records {
            sessions: vec![],
            participants: vec![],
            themes: codebook.list.clone(),
            quotes: vec![],
        };
        let mut gate = Gate::new(vault);
        for s in &synthesis.sessions {
            let Ok(full) = vault.session(s.id) else {
                continue;
            };
            out.sessions.push(SessionRecord {
                id: s.id,
                title: full.title.clone(),
                date: full.date.clone(),
                place: full.place.clone(),
                region: full.region.clone(),
                languages: full.languages.clone(),
                demographics: demographics(&full.demographics, synthesis.k),
                bundle: s.bundle.clone(),
            });
            let first_participant = out.participants.len();
            for (id, p) in vault.participants(s.id) {
                let active = p.consent.as_ref().filter(|c| c.is_active());
                out.participants.push(ParticipantRecord {
                    id,
                    session: s.id,
                    code: p.code.clone(),
                    scopes: active
                        .map(|c| {
                            c.scopes
                                .list()
                                .iter()
                                .map(|x| x.name().to_owned())
                                .collect()
                        })
                        .unwrap_or_default(),
                    withdrawn: p.consent.as_ref().is_some_and(|c| !c.is_active()),
                    language: p
                        .consent
                        .as_ref()
                        .map(|c| c.language.clone())
                        .unwrap_or_default(),
                });
            }
            let mut permissions = Permissions::new(vault, s.id);
            let first_quote = out.quotes.len();
            for (id, q) in vault.quotes(Some(s.id)) {
                let used = permissions.of(&q.speaker);
                // Exports and screens show what reports may: consent in
                // force now, and the same anonymization gate.
                if !used.allows(shared_only) || !gate.clear(id, s.id) {
                    continue;
                }
                let (shareable, in_reports) = (used.shared(), used.in_reports());
                out.quotes.push(QuoteRecord {
                    id,
                    session: s.id,
                    speaker: match &q.speaker {
                        Speaker::Participant(c) => c.clone(),
                        Speaker::Group => "group".to_owned(),
                    },
                    text: q.text.clone(),
                    language: q.language.clone(),
                    translation: q.translation.clone(),
                    themes: codebook.themes_of(id, &q.themes).to_vec(),
                    codes: codebook.codes(codebook.themes_of(id, &q.themes)),
                    shareable,
                    in_reports,
                    bundle: vault.origin_of(id).map(|o| o.bundle.clone()),
                });
            }
            if shared_only {
                // What leaves for sharing holds the consent records of the
                // people it quotes, and no one else's.
                let quoted: std::collections::HashSet<&str> = out.quotes[first_quote..]
                    .iter()
                    .map(|q| q.speaker.as_str())
                    .collect();
                let kept: Vec<ParticipantRecord> = out
                    .participants
                    .drain(first_participant..)
                    .filter(|p| quoted.contains(p.code.as_str()))
                    .collect();
                out.participants.extend(kept);
            }
        }
        out
    }
}

/// A session's counts per group, suppressed with the engagement's k.
fn demographics(groups: &[GroupCount], k: u32) -> Vec<(String, Shown)> {
    let counts: Vec<u64> = groups.iter().map(|g| u64::from(g.count)).collect();
    let shown = crate::redact::cells::suppress_breakdown(&counts, u64::from(k))
        .map(|b| b.cells)
        .unwrap_or_else(|_| vec![Shown::Withheld; counts.len()]);
    groups.iter().map(|g| g.group.clone()).zip(shown).collect()
}
