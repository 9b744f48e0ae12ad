//! JSON for scripts: the synthesis and the records behind it (sessions
//! without private name lists, participants as codes, codebook, quotes,
//! needs and recommendations), camelCase like the rest of Hearken's JSON.

use serde::Serialize;

use super::ExportError;
use crate::synthesis::{Records, Synthesis};

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Export<'a> {
    format: &'static str,
    synthesis: &'a Synthesis,
    records: &'a Records,
}

/// Pretty-printed JSON bytes.
pub fn write(synthesis: &Synthesis, records: &Records) -> Result<Vec<u8>, ExportError> {
    serde_json::to_vec_pretty(&Export {
        format: "hearken-export-1",
        synthesis,
        records,
    })
    .map_err(|e| ExportError::Write(e.into()))
}
