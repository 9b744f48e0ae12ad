//! Hearken's integration tests: one test binary, one module per area.

mod bundle_format;
mod careless;
pub mod cli;
mod editorial;
mod exchange;
mod export;
mod qda;
mod record_vectors;
mod redact;
mod report_cli;
mod report_framework;
mod report_pdf;
mod report_summary;
mod scale;
#[path = "../specimen/mod.rs"]
mod specimen;
mod support;
pub mod synthesis;
mod tracking;
mod trust;
mod vault;
