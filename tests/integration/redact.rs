//! The anonymization assistant: the labelled corpus evaluation, details
//! written in words or non-Latin scripts, the real `hearken redact` binary,
//! and small-cell suppression checked by brute force.

mod capture;
mod cells;
mod cli;
mod corpus;
mod scripts;
