//! Hearken's integration tests: one test binary, one module per area.

mod bundle_format;
pub mod cli;
mod exchange;
mod redact;
mod report_pdf;
mod support;
mod vault;
