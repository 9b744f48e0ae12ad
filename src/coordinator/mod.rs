//! The coordinator's side: prepare engagements and their codebooks
//! ([`engagement`]), import bundles ([`import`]) from devices approved for
//! the engagement ([`roster`])
//! under the trust model ([`apply`]: a device may only touch its own
//! records, with consent re-checked), and merge recommendations that say
//! the same thing ([`recommendations`]); follow up what became of
//! recommendations ([`officials`], [`tracking`]).

pub mod apply;
mod engagement;
mod import;
pub mod labels;
pub mod officials;
mod recommendations;
mod roster;
pub mod tracking;
mod updates;

pub use import::{ImportOutcome, ImportResult, Imported};
pub use recommendations::{DEFAULT_SIMILARITY, MergeSuggestion};
pub use roster::{
    QUARANTINE_BYTES_PER_DEVICE, QUARANTINE_BYTES_TOTAL, QUARANTINE_PER_DEVICE, QUARANTINE_TOTAL,
};
