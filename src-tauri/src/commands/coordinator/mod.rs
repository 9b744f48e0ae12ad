//! The coordinator's commands: importing bundles and managing the roster of
//! facilitator devices ([`exchange`]), the synthesis behind the dashboard,
//! the theme explorer and the recommendations ([`synthesis`]), merging
//! recommendations by hand ([`recommendations`]), reports and exports
//! ([`report`]) with the coordinator's texts and choice of quotes
//! ([`editorial`]), and the follow-up of recommendations ([`tracking`]). Each is a call into the same core functions as the `hearken`
//! CLI (`hearken import`, `roster`, `synthesis`, `report`), so the app and
//! the CLI cannot disagree on a rule.

pub mod editorial;
pub mod exchange;
pub mod qda;
pub mod recommendations;
pub mod report;
pub mod synthesis;
pub mod tracking;

use hearken::{
    i18n::{Localized, Message},
    model::RecordId,
    synthesis::Filters,
    vault::Vault,
};
use serde::Deserialize;

/// Errors of the coordinator's commands that are the shell's own: the core
/// reports everything else.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CoordinatorError {
    /// The vault holds no engagement to synthesize yet.
    #[error("no engagement in the vault")]
    NoEngagement,
    /// The core refused or failed; its own message is passed on.
    #[error(transparent)]
    Core(#[from] hearken::Error),
}

impl Localized for CoordinatorError {
    fn message(&self) -> Message {
        match self {
            Self::NoEngagement => Message::new("coord-no-engagement"),
            Self::Core(e) => e.message(),
        }
    }
}

/// Which sessions a view covers, as the UI sends it: an engagement and the
/// core's [`Filters`] (checked by the synthesis itself).
#[derive(Debug, Default, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", default)]
pub struct FilterParams {
    /// The engagement (id or prefix); `None`: the vault's only one.
    pub engagement: Option<String>,
    #[serde(flatten)]
    pub filters: Filters,
}

impl FilterParams {
    /// The engagement meant and the core's filters, or why they are refused.
    pub fn resolve(&self, vault: &Vault) -> Result<(RecordId, Filters), CoordinatorError> {
        if vault.engagements().is_empty() {
            return Err(CoordinatorError::NoEngagement);
        }
        let engagement = hearken::views::engagement(vault, self.engagement.as_deref())?;
        self.filters.check()?;
        Ok((engagement, self.filters.clone()))
    }
}
