//! Consent rules: what may be recorded, what may leave the device, what must
//! be purged. Every operation that records or exports words asks this module
//! first, so no code path can skip consent.
//!
//! - A quote attributed to a participant needs that participant's active
//!   consent covering taking part and quotes used anonymously in reports.
//! - A quote attributed to the group needs the session's active group consent
//!   covering the same.
//! - Needs and recommendations are the session's: they need the session's
//!   active group consent covering the same.
//! - Withdrawal purges every quote attributed to the participant at once
//!   (see `Vault::withdraw_consent`); withdrawing the group's consent purges
//!   the group's quotes, needs and recommendations. Quotes refused for lack
//!   of consent are never stored, so consent given later attaches nothing
//!   retroactively.
//! - What an output may show of a quote is a [`QuoteUse`], decided here from
//!   the consent in force now: narrowing consent after an export removes
//!   the quote from every report, export and screen at the coordinator.
//! - A coordinator re-checks every imported quote, need and
//!   recommendation with [`covers_recording`] against the consent the
//!   bundle (or an earlier one from the same device) carries.

use crate::{
    i18n::{Localized, Message},
    model::{Consent, Kind, Record, RecordId, Scope, Speaker},
    vault::Vault,
};

/// Consent does not allow what was asked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ConsentError {
    /// The speaker code names no participant of this session.
    #[error("unknown participant")]
    UnknownParticipant,
    /// The participant has not given consent.
    #[error("no consent recorded")]
    NoConsent,
    /// The participant withdrew consent.
    #[error("consent withdrawn")]
    Withdrawn,
    /// Consent was given but does not cover this use.
    #[error("consent does not cover {}", scope.name())]
    ScopeNotGiven { scope: Scope },
    /// A group note needs the session's group consent first.
    #[error("no group consent")]
    NoGroupConsent,
    /// The engagement has no consent text in this language and none was given.
    #[error("no consent text in this language")]
    NoConsentText,
    /// Consent that does not include taking part is not consent.
    #[error("taking part is required")]
    TakePartRequired,
}

impl Localized for ConsentError {
    fn message(&self) -> Message {
        match self {
            ConsentError::UnknownParticipant => Message::new("consent-unknown-participant"),
            ConsentError::NoConsent => Message::new("consent-none"),
            ConsentError::Withdrawn => Message::new("consent-withdrawn"),
            ConsentError::ScopeNotGiven { scope } => {
                Message::new("consent-scope").arg("scope", scope.name())
            }
            ConsentError::NoGroupConsent => Message::new("consent-no-group"),
            ConsentError::NoConsentText => Message::new("consent-no-text"),
            ConsentError::TakePartRequired => Message::new("consent-take-part"),
        }
    }
}

/// The consent that governs words attributed to `speaker` in `session`.
pub fn governing_consent<'v>(
    vault: &'v Vault,
    session: RecordId,
    speaker: &Speaker,
) -> Result<&'v Consent, ConsentError> {
    match speaker {
        Speaker::Group => match vault.record(session) {
            Some(Record::Session(s)) => {
                s.group_consent.as_ref().ok_or(ConsentError::NoGroupConsent)
            }
            _ => Err(ConsentError::NoGroupConsent),
        },
        Speaker::Participant(code) => {
            let (_, p) = vault
                .participant_by_code(session, code)
                .map_err(|_| ConsentError::UnknownParticipant)?;
            p.consent.as_ref().ok_or(ConsentError::NoConsent)
        }
    }
}

/// Whether a consent allows recording words under it: active, covering
/// taking part and quotes used anonymously in reports.
pub fn covers_recording(c: &Consent) -> Result<(), ConsentError> {
    if !c.is_active() {
        return Err(ConsentError::Withdrawn);
    }
    for scope in [Scope::TakePart, Scope::QuotesInReports] {
        if !c.scopes.covers(scope) {
            return Err(ConsentError::ScopeNotGiven { scope });
        }
    }
    Ok(())
}

/// May words by `speaker` be recorded in `session` now?
pub fn check_may_record(
    vault: &Vault,
    session: RecordId,
    speaker: &Speaker,
) -> Result<(), ConsentError> {
    covers_recording(governing_consent(vault, session, speaker)?)
}

/// May the session's needs and recommendations be recorded (or shown) now?
/// They need the session's group consent.
pub fn check_session_may_record(vault: &Vault, session: RecordId) -> Result<(), ConsentError> {
    check_may_record(vault, session, &Speaker::Group)
}

/// What an output may do with a quote, by its speaker's consent now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum QuoteUse {
    /// No active consent covers quoting: no report, export or screen shows it.
    Withheld,
    /// Reports and exports for the coordinator's own use may show it.
    InReports,
    /// It may also be shared beyond the coordinator (treaty bodies, the
    /// public).
    Shared,
}

impl QuoteUse {
    /// The use a consent allows (`None`: no consent recorded).
    pub fn of(consent: Option<&Consent>) -> QuoteUse {
        match consent {
            Some(c) if covers_recording(c).is_ok() => {
                if c.scopes.covers(Scope::QuotesShared) {
                    QuoteUse::Shared
                } else {
                    QuoteUse::InReports
                }
            }
            _ => QuoteUse::Withheld,
        }
    }
    /// May a report or export show it?
    pub fn in_reports(self) -> bool {
        self >= QuoteUse::InReports
    }
    /// May it go beyond the coordinator?
    pub fn shared(self) -> bool {
        self == QuoteUse::Shared
    }
    /// Whether an output restricted to shareable quotes (`shared_only`)
    /// or not may show it.
    pub fn allows(self, shared_only: bool) -> bool {
        if shared_only {
            self.shared()
        } else {
            self.in_reports()
        }
    }
}

/// The use words by `speaker` in `session` may be put to now.
pub fn quote_use(vault: &Vault, session: RecordId, speaker: &Speaker) -> QuoteUse {
    QuoteUse::of(governing_consent(vault, session, speaker).ok())
}

/// May a quote by `speaker` leave the device in a bundle to the coordinator?
/// Same rule as recording, checked again at export time.
pub fn may_export(vault: &Vault, session: RecordId, speaker: &Speaker) -> bool {
    check_may_record(vault, session, speaker).is_ok()
}

/// Ids of the quotes attributed to `speaker` in `session`.
pub fn attributed_quotes(vault: &Vault, session: RecordId, speaker: &Speaker) -> Vec<RecordId> {
    vault
        .children(session, Kind::Quote)
        .filter_map(|(id, r)| match r {
            Record::Quote(q) if &q.speaker == speaker => Some(id),
            _ => None,
        })
        .collect()
}
