//! A session of an engagement, its participants by pseudonymous code, and
//! their consent. Every rule (codes, what consent must cover, withdrawal
//! purging quotes with tombstones) is the core's: these commands only carry
//! the person's choices to `Vault::add_session`, `add_participant`,
//! `give_consent`, `give_group_consent` and `withdraw_consent`.

use hearken::{
    consent,
    model::{AgendaSegment, Consent, ConsentInput, RecordId, Session, SessionInput, Speaker},
};
use serde::{Deserialize, Serialize};
use tauri::State;

use super::engagement::RecordParams;
use crate::{commands::vault::VaultState, error::UiError};

/// Parameters of [`session_add`].
#[derive(Debug, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SessionAddParams {
    pub engagement: RecordId,
    /// Date, coarse place, region, languages; the agenda defaults to the kit's.
    pub session: SessionInput,
}

/// Sets up a session; returns its id.
#[tauri::command]
pub fn session_add(
    vault: State<'_, VaultState>,
    params: SessionAddParams,
) -> Result<RecordId, UiError> {
    vault.with(|v| v.add_session(params.engagement, params.session))
}

/// A session in the list.
#[derive(Debug, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SessionSummary {
    pub id: RecordId,
    pub engagement: RecordId,
    pub title: String,
    pub date: String,
    pub place: String,
    pub region: String,
    pub languages: Vec<String>,
}

fn summary(id: RecordId, s: &Session) -> SessionSummary {
    SessionSummary {
        id,
        engagement: s.engagement,
        title: s.title.clone(),
        date: s.date.clone(),
        place: s.place.clone(),
        region: s.region.clone(),
        languages: s.languages.clone(),
    }
}

/// Every session, by date.
#[tauri::command]
pub fn session_list(vault: State<'_, VaultState>) -> Result<Vec<SessionSummary>, UiError> {
    vault.with(|v| {
        Ok::<_, hearken::Error>(
            v.sessions(None)
                .into_iter()
                .map(|(id, s)| summary(id, s))
                .collect(),
        )
    })
}

/// A participant as the screens show them: code, consent, and how many
/// quotes are attributed to them (what a withdrawal would remove).
#[derive(Debug, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ParticipantView {
    pub id: RecordId,
    pub code: String,
    pub consent: Option<Consent>,
    pub quotes: usize,
}

/// A session with its agenda, group consent and participants.
#[derive(Debug, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SessionView {
    #[serde(flatten)]
    pub summary: SessionSummary,
    pub agenda: Vec<AgendaSegment>,
    pub group_consent: Option<Consent>,
    /// Records withdrawing the group's consent would remove (group quotes,
    /// needs and recommendations).
    pub group_records: usize,
    pub participants: Vec<ParticipantView>,
}

/// One session in full.
#[tauri::command]
pub fn session_show(
    vault: State<'_, VaultState>,
    params: RecordParams,
) -> Result<SessionView, UiError> {
    vault.with(|v| {
        let s = v.session(params.id)?;
        let participants = v
            .participants(params.id)
            .into_iter()
            .map(|(id, p)| ParticipantView {
                id,
                code: p.code.clone(),
                consent: p.consent.clone(),
                quotes: consent::attributed_quotes(
                    v,
                    params.id,
                    &Speaker::Participant(p.code.clone()),
                )
                .len(),
            })
            .collect();
        Ok::<_, hearken::Error>(SessionView {
            summary: summary(params.id, s),
            agenda: s.agenda.clone(),
            group_consent: s.group_consent.clone(),
            group_records: v.group_consent_reach(params.id)?,
            participants,
        })
    })
}

/// Parameters of [`participant_add`].
#[derive(Debug, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ParticipantAddParams {
    pub session: RecordId,
    /// A code such as `P7`; without one, the next free `P<n>`.
    #[serde(default)]
    pub code: Option<String>,
}

/// A participant just added.
#[derive(Debug, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ParticipantAdded {
    pub id: RecordId,
    pub code: String,
}

/// Adds a participant by code (never a name).
#[tauri::command]
pub fn participant_add(
    vault: State<'_, VaultState>,
    params: ParticipantAddParams,
) -> Result<ParticipantAdded, UiError> {
    vault.with(|v| {
        v.add_participant(params.session, params.code.as_deref())
            .map(|(id, code)| ParticipantAdded { id, code })
    })
}

/// Parameters of [`consent_give`].
#[derive(Debug, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct ConsentGiveParams {
    pub participant: RecordId,
    /// Scopes, method and the language the kit's consent text was shown in.
    pub consent: ConsentInput,
}

/// Records a participant's consent.
#[tauri::command]
pub fn consent_give(
    vault: State<'_, VaultState>,
    params: ConsentGiveParams,
) -> Result<(), UiError> {
    vault.with(|v| v.give_consent(params.participant, params.consent))
}

/// Parameters of [`group_consent_give`].
#[derive(Debug, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct GroupConsentParams {
    pub session: RecordId,
    pub consent: ConsentInput,
}

/// Records the group's consent, needed for notes attributed to no one.
#[tauri::command]
pub fn group_consent_give(
    vault: State<'_, VaultState>,
    params: GroupConsentParams,
) -> Result<(), UiError> {
    vault.with(|v| v.give_group_consent(params.session, params.consent))
}

/// Withdraws the group's consent (`id`: the session): the core removes the
/// group's quotes and the session's needs and recommendations at once and
/// queues tombstones. Returns how many records were removed.
#[tauri::command]
pub fn group_consent_withdraw(
    vault: State<'_, VaultState>,
    params: RecordParams,
) -> Result<usize, UiError> {
    vault.with(|v| v.withdraw_group_consent(params.id))
}

/// Withdraws a participant's consent: the core removes every quote
/// attributed to them at once and queues tombstones. Returns how many quotes
/// were removed.
#[tauri::command]
pub fn consent_withdraw(
    vault: State<'_, VaultState>,
    params: RecordParams,
) -> Result<usize, UiError> {
    vault.with(|v| v.withdraw_consent(params.id))
}
