//! Hearken's core: the encrypted vault, the domain model with enforced
//! consent, and everything the CLI and the desktop shell share. Nothing here
//! knows about Tauri; the shell and the CLI are thin layers over this crate.
#![forbid(unsafe_code)]

pub mod bundle;
pub mod consent;
pub mod coordinator;
pub mod demo;
pub mod error;
pub mod exchange;
pub mod facilitator;
pub mod files;
pub mod format;
pub mod i18n;
pub mod identity;
pub mod kit;
pub mod model;
pub mod progress;
pub mod qda;
pub mod redact;
pub mod report;
pub mod settings;
pub mod synthesis;
pub mod vault;
pub mod views;

pub use error::Error;
