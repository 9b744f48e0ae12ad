//! Hearken's integration tests: one test binary, one module per area.

mod bundle_format;
mod cli;
mod redact;
mod support;
mod vault;
mod report_pdf;
