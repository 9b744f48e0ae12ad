//! Reports a coordinator hands on: the framework report and the one-page
//! "What we heard" summaries (PDF), and exports for spreadsheets (CSV),
//! scripts (JSON) and QDA software (REFI-QDA `.qdpx`). Each output format
//! has its own module; they all read the same synthesis and its records.

pub mod csv;
mod export_error;
pub mod framework;
pub mod json;
pub mod pdf;
pub mod qdpx;

pub use export_error::ExportError;
