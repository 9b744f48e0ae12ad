//! The commands the UI may invoke, one module per area. Each command is a
//! one-line call into the core; parameters arrive as one `<Command>Params`
//! struct in camelCase, errors leave as [`UiError`](crate::error::UiError)
//! (`{ code, args }`). A command added here must also be listed in
//! `build.rs` and granted in `capabilities/`, or the UI cannot reach it.

pub mod coordinator;
pub mod settings;
pub mod vault;

// The facilitator's session.
pub mod capture;
pub mod engagement;
pub mod export;
pub mod files;
pub mod followup;
pub mod operation;
pub mod session;
pub mod vault_care;
