//! Reports a coordinator hands on: the framework report and the one-page
//! "What we heard" summaries (PDF). Each output format has its own module;
//! they all read the same synthesis and never the vault directly.

pub mod pdf;
