//! Reports a coordinator hands on: the framework report and the one-page
//! "What we heard" summaries (PDF), and exports for spreadsheets (CSV),
//! scripts (JSON) and QDA software (REFI-QDA `.qdpx`). Each output format
//! has its own module; they all read the same synthesis and its records.
//! The follow-up outputs (progress review, community update, open data,
//! dashboard) read the same [`crate::coordinator::tracking::Tracking`].

pub mod csv;
pub mod dashboard;
mod export_error;
pub mod framework;
pub mod json;
pub mod open_data;
pub mod pdf;
pub mod qdpx;
pub mod review;
pub mod update;

pub use export_error::ExportError;
