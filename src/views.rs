//! What both front ends show, built once: the command line and the desktop
//! app only format these. One rule each for which engagement is meant, how a
//! theme code is found, what a quote looks like with its unresolved
//! findings, and what the roster says about each device.
//!
//! The UI's TypeScript for these types is generated from them
//! ([`typescript`], written to `ui/src/api/generated.ts`); a test fails when
//! the committed file drifts from the Rust types.

use serde::Serialize;
use ts_rs::TS;

use crate::{
    Error,
    exchange::ExchangeError,
    identity::PublicKey,
    model::{DeviceStatus, Kind, QuoteField, ReadBack, RecordId, validate::RecordError},
    redact::{Finding, Redaction},
    synthesis,
    vault::Vault,
};

/// The engagement a person means: the one named (an id or a unique
/// prefix), else the vault's only one. With several and none named, they
/// must choose; with none, there is nothing to show.
pub fn engagement(vault: &Vault, typed: Option<&str>) -> Result<RecordId, Error> {
    match typed.map(str::trim).filter(|t| !t.is_empty()) {
        Some(t) => vault.resolve(Kind::Engagement, t),
        None => match vault.engagements().as_slice() {
            [(only, _)] => Ok(*only),
            [] => Err(RecordError::NotFound {
                kind: Kind::Engagement,
            }
            .into()),
            _ => Err(ExchangeError::WhichEngagement.into()),
        },
    }
}

/// A theme of `engagement` by its code, as people type it.
pub fn theme_by_code(vault: &Vault, engagement: RecordId, code: &str) -> Option<RecordId> {
    vault
        .themes(engagement)
        .into_iter()
        .find(|(_, t)| t.code == code.trim())
        .map(|(id, _)| id)
}

/// One identifying detail still unresolved in a quote, and in which text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct QuoteFinding {
    pub field: QuoteField,
    #[serde(flatten)]
    pub finding: Finding,
}

/// A quote as the capture and read-back screens and `hearken quote list`
/// show it: its words, its redaction log, and what is still unresolved.
// No `Debug`: it holds a participant's words.
#[derive(Clone, PartialEq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct QuoteView {
    pub id: RecordId,
    pub session: RecordId,
    /// A participant's code, or `group`.
    pub speaker: String,
    pub text: String,
    pub language: String,
    pub translation: Option<String>,
    pub themes: Vec<RecordId>,
    pub read_back: Option<ReadBack>,
    pub redactions: Vec<Redaction>,
    /// Identifying details still unresolved (neither redacted nor reviewed).
    pub findings: Vec<QuoteFinding>,
}

/// The view of one quote.
pub fn quote(vault: &Vault, id: RecordId) -> Result<QuoteView, Error> {
    let q = vault.quote(id)?;
    let scanner = vault.scanner(q.session)?;
    let findings = vault
        .quote_findings(id, &scanner)?
        .into_iter()
        .map(|(field, finding)| QuoteFinding { field, finding })
        .collect();
    Ok(QuoteView {
        id,
        session: q.session,
        speaker: q.speaker.to_string(),
        text: q.text.clone(),
        language: q.language.clone(),
        translation: q.translation.clone(),
        themes: q.themes.clone(),
        read_back: q.read_back,
        redactions: q.redactions.clone(),
        findings,
    })
}

/// Where a device stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DeviceState {
    Approved,
    Revoked,
    /// Not in the roster: its bundles wait in quarantine.
    Quarantined,
}

/// A device of the roster, or one waiting in quarantine.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct DeviceView {
    pub key_id: String,
    /// Five groups of digits to compare aloud.
    pub fingerprint: String,
    pub status: DeviceState,
    /// Bundles received (or held, while quarantined).
    pub bundles: usize,
    /// Held bundles' file names.
    pub files: Vec<String>,
    /// Sequence numbers still missing.
    pub missing: Vec<u64>,
    /// Records the device sent that the vault holds (what revoking may
    /// remove).
    pub sent: usize,
    /// Engagements (ids) the device may write into.
    pub engagements: Vec<String>,
}

fn fingerprint(public_key: &str) -> String {
    public_key
        .parse::<PublicKey>()
        .map(|k| k.fingerprint().to_string())
        .unwrap_or_default()
}

/// The roster, then one entry per device with bundles in quarantine (a
/// device approved for one engagement may wait for another).
pub fn roster(vault: &Vault) -> Vec<DeviceView> {
    let sent = vault.records_by_author();
    let mut entries: Vec<DeviceView> = vault
        .roster()
        .into_iter()
        .map(|(_, d)| DeviceView {
            key_id: d.key_id.clone(),
            fingerprint: fingerprint(&d.public_key),
            status: match d.status {
                DeviceStatus::Approved => DeviceState::Approved,
                DeviceStatus::Revoked => DeviceState::Revoked,
            },
            bundles: d.received.len(),
            files: vec![],
            missing: d.missing(),
            sent: sent
                .get(&d.key_id.to_ascii_uppercase())
                .copied()
                .unwrap_or(0),
            engagements: vault
                .approved_engagements(&d.key_id)
                .iter()
                .map(|e| e.to_string())
                .collect(),
        })
        .collect();
    for (_, q) in vault.quarantine() {
        match entries
            .iter_mut()
            .find(|e| e.status == DeviceState::Quarantined && e.key_id == q.key_id)
        {
            Some(e) => {
                e.bundles += 1;
                e.files.push(q.file.clone());
            }
            None => entries.push(DeviceView {
                key_id: q.key_id.clone(),
                fingerprint: fingerprint(&q.public_key),
                status: DeviceState::Quarantined,
                bundles: 1,
                files: vec![q.file.clone()],
                missing: vec![],
                sent: 0,
                engagements: vec![],
            }),
        }
    }
    entries
}

/// The TypeScript declarations of the types the UI receives, generated from
/// the Rust types themselves (what `ui/src/api/generated.ts` holds).
pub fn typescript() -> String {
    // Counts and times are JSON numbers.
    let cfg = ts_rs::Config::new().with_large_int("number");
    let decls = [
        RecordId::decl(&cfg),
        QuoteView::decl(&cfg),
        QuoteFinding::decl(&cfg),
        DeviceView::decl(&cfg),
        DeviceState::decl(&cfg),
        crate::facilitator::Exported::decl(&cfg),
        crate::facilitator::FlaggedQuote::decl(&cfg),
        crate::model::QuoteField::decl(&cfg),
        crate::model::ReadBack::decl(&cfg),
        Redaction::decl(&cfg),
        Finding::decl(&cfg),
        crate::redact::FindingKind::decl(&cfg),
        synthesis::Synthesis::decl(&cfg),
        synthesis::Filters::decl(&cfg),
        synthesis::SessionRef::decl(&cfg),
        synthesis::Reach::decl(&cfg),
        synthesis::Coverage::decl(&cfg),
        synthesis::Breakdown::decl(&cfg),
        synthesis::Cell::decl(&cfg),
        crate::redact::cells::Shown::decl(&cfg),
        synthesis::Gaps::decl(&cfg),
        synthesis::ThemeCount::decl(&cfg),
        synthesis::Matrix::decl(&cfg),
        synthesis::CoOccurrence::decl(&cfg),
        synthesis::NeedEntry::decl(&cfg),
        synthesis::RecommendationGroups::decl(&cfg),
        synthesis::RecommendationEntry::decl(&cfg),
        synthesis::MergedSource::decl(&cfg),
        synthesis::Representative::decl(&cfg),
        synthesis::Records::decl(&cfg),
        synthesis::SessionRecord::decl(&cfg),
        synthesis::ParticipantRecord::decl(&cfg),
        synthesis::ThemeRecord::decl(&cfg),
        synthesis::QuoteRecord::decl(&cfg),
        crate::settings::Settings::decl(&cfg),
        crate::model::SessionInput::decl(&cfg),
        crate::model::GroupCount::decl(&cfg),
        crate::model::AgendaSegment::decl(&cfg),
        crate::model::LangText::decl(&cfg),
        crate::model::Consent::decl(&cfg),
        crate::model::Scopes::decl(&cfg),
        crate::model::ConsentInput::decl(&cfg),
        crate::model::Scope::decl(&cfg),
        crate::model::ConsentMethod::decl(&cfg),
        crate::model::Speaker::decl(&cfg),
        crate::model::QuoteEdit::decl(&cfg),
        crate::model::NeedInput::decl(&cfg),
        crate::model::RecommendationInput::decl(&cfg),
        crate::model::Theme::decl(&cfg),
        crate::exchange::KitImported::decl(&cfg),
        crate::coordinator::tracking::Tracking::decl(&cfg),
        crate::coordinator::tracking::Tracked::decl(&cfg),
        crate::model::TrackedKind::decl(&cfg),
        crate::coordinator::tracking::HistoryEntry::decl(&cfg),
        crate::coordinator::tracking::Linked::decl(&cfg),
        crate::coordinator::tracking::TrackedQuote::decl(&cfg),
        crate::coordinator::tracking::TrackInput::decl(&cfg),
        crate::coordinator::tracking::TrackingFilter::decl(&cfg),
        crate::coordinator::officials::OfficialsImported::decl(&cfg),
        crate::qda::QdaImported::decl(&cfg),
        crate::qda::CodeView::decl(&cfg),
        crate::model::ReportPart::decl(&cfg),
        crate::coordinator::MergeSuggestion::decl(&cfg),
        crate::report::editorial::TextView::decl(&cfg),
        crate::report::editorial::TextSet::decl(&cfg),
        crate::report::editorial::Cover::decl(&cfg),
        crate::report::markup::Inline::decl(&cfg),
        crate::report::markup::MarkupBlock::decl(&cfg),
        crate::model::Mechanism::decl(&cfg),
        crate::model::Response::decl(&cfg),
        crate::model::TrackState::decl(&cfg),
        crate::model::LinkTarget::decl(&cfg),
        crate::model::Answer::decl(&cfg),
        crate::model::Question::decl(&cfg),
        crate::model::EvaluationInput::decl(&cfg),
        crate::facilitator::EvaluationAdded::decl(&cfg),
        synthesis::EvaluationSummary::decl(&cfg),
        synthesis::QuestionSummary::decl(&cfg),
        crate::exchange::updates::UpdateFile::decl(&cfg),
        crate::exchange::updates::Heard::decl(&cfg),
        crate::exchange::updates::HeardTheme::decl(&cfg),
        crate::exchange::updates::UpdateItem::decl(&cfg),
        crate::exchange::updates::UpdateImported::decl(&cfg),
        crate::progress::Stage::decl(&cfg),
        crate::progress::Step::decl(&cfg),
    ];
    let mut out = String::from(
        "// Generated from the Rust types by `hearken::views::typescript()`: do not\n\
         // edit. After changing those types, regenerate with\n\
         // `HEARKEN_WRITE_TS=1 cargo test --lib views::tests`; `make lint` fails when\n\
         // this file drifts from them.\n",
    );
    for d in decls {
        out.push_str("\nexport ");
        out.push_str(d.trim());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_uis_types_are_the_ones_generated_from_rust() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src/api/generated.ts");
        let generated = typescript();
        if std::env::var_os("HEARKEN_WRITE_TS").is_some() {
            std::fs::write(&path, &generated).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "ui/src/api/generated.ts drifted from the Rust types: regenerate it with HEARKEN_WRITE_TS=1 cargo test --lib views::tests"
        );
    }
}
