//! A coordinator's analysis coding: the codes and codings analysts made in
//! a QDA tool (NVivo, ATLAS.ti, MAXQDA, QualCoder) on Hearken's quotes,
//! imported back from a REFI-QDA project. It is kept apart from the kit's
//! codebook, and each newer import replaces it whole.

use serde::{Deserialize, Serialize};
use zeroize::{Zeroize, ZeroizeOnDrop};

use super::RecordId;

/// The analysis coding of one engagement.
#[derive(Clone, PartialEq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
#[serde(deny_unknown_fields)]
pub struct Analysis {
    pub engagement: RecordId,
    /// SHA-256 (hex) of the `project.qde` it came from.
    pub digest: String,
    /// The project's name, as the tool wrote it.
    pub project: String,
    /// In the project's order, parents before their children.
    pub codes: Vec<AnalysisCode>,
    /// Sorted by quote, then code.
    pub codings: Vec<AnalysisCoding>,
    /// Unix seconds.
    pub imported_at: i64,
}

/// One code of the analysis codebook. (Its name and description may quote a
/// participant: Debug shows neither.)
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize, Zeroize)]
#[serde(deny_unknown_fields)]
pub struct AnalysisCode {
    /// The code's GUID in the project, lower case.
    pub guid: String,
    pub name: String,
    /// The parent code's GUID.
    pub parent: Option<String>,
    /// The code's description or memo.
    pub description: String,
    /// The kit theme it maps to, when its GUID or its name matches one.
    pub theme: Option<RecordId>,
}

/// A quote coded with a code.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Zeroize,
)]
#[serde(deny_unknown_fields)]
pub struct AnalysisCoding {
    pub quote: RecordId,
    /// Index of the code in [`Analysis::codes`].
    pub code: u32,
}

impl std::fmt::Debug for Analysis {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Analysis")
            .field("engagement", &self.engagement)
            .field("codes", &self.codes.len())
            .field("codings", &self.codings.len())
            .finish_non_exhaustive()
    }
}

impl std::fmt::Debug for AnalysisCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AnalysisCode")
            .field("guid", &self.guid)
            .field("parent", &self.parent)
            .field("theme", &self.theme)
            .finish_non_exhaustive()
    }
}
