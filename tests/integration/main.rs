//! Hearken's integration tests: one test binary, one module per area.

mod cli;
mod redact;
mod support;
mod vault;
