//! The facilitator's side, operations over the vault in the order of a
//! session: set it up and add participants ([`session`]), record their
//! consent ([`consent`]), capture what is said ([`capture`]) with the
//! anonymization assistant ([`anonymize`]), and export a bundle for the
//! coordinator ([`export`]). Every write goes through [`crate::consent`].

mod anonymize;
mod capture;
mod consent;
mod evaluation;
mod export;
mod session;

pub use anonymize::FlaggedQuote;
pub use evaluation::EvaluationAdded;
pub use export::{ExportRequest, Exported};
