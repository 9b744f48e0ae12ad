//! The export gate: a quote leaves the vault only when every identifying
//! detail the scanner finds in it is either redacted (so it is no longer
//! found) or marked reviewed by the facilitator ("this is a public figure",
//! "this is the organisation's phone line").
//!
//! A [`ReviewMark`] binds one finding (kind and position) to a digest of the
//! exact text it was made on, so editing the quote after review lapses every
//! mark on it and the facilitator must look again. Marks belong in the
//! vault beside their quote; they are not meant to be exported.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{Finding, FindingKind, RedactError, Scanner};

/// Domain separation for the digest of a reviewed text.
const DIGEST_CONTEXT: &[u8] = b"hearken review mark v1\0";

fn digest(text: &str) -> [u8; 32] {
    let mut h = Sha256::new();
    h.update(DIGEST_CONTEXT);
    h.update(text.as_bytes());
    h.finalize().into()
}

/// The facilitator's decision to keep one finding as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewMark {
    pub kind: FindingKind,
    pub start: usize,
    pub end: usize,
    /// SHA-256 over a context string and the text the mark was made on.
    #[serde(with = "hex_digest")]
    pub text_digest: [u8; 32],
}

impl ReviewMark {
    /// Marks `finding` in `text` as reviewed.
    pub fn new(text: &str, finding: &Finding) -> Self {
        Self {
            kind: finding.kind,
            start: finding.start,
            end: finding.end,
            text_digest: digest(text),
        }
    }

    fn covers(&self, digest: &[u8; 32], f: &Finding) -> bool {
        self.text_digest == *digest
            && self.kind == f.kind
            && self.start == f.start
            && self.end == f.end
    }
}

/// The findings in `text` that are neither redacted nor covered by a mark
/// made on this exact text.
pub fn unresolved(scanner: &Scanner, text: &str, marks: &[ReviewMark]) -> Vec<Finding> {
    let d = digest(text);
    scanner
        .scan(text)
        .into_iter()
        .filter(|f| !marks.iter().any(|m| m.covers(&d, f)))
        .collect()
}

/// Whether `text` may be exported: `Err(UnresolvedFindings)` while anything
/// identifying remains unresolved.
pub fn check_export(
    scanner: &Scanner,
    text: &str,
    marks: &[ReviewMark],
) -> Result<(), RedactError> {
    match unresolved(scanner, text, marks).len() {
        0 => Ok(()),
        count => Err(RedactError::UnresolvedFindings { count }),
    }
}

mod hex_digest {
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub(super) fn serialize<S: Serializer>(d: &[u8; 32], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&hex::encode(d))
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<[u8; 32], D::Error> {
        let s = String::deserialize(d)?;
        let bytes = hex::decode(s).map_err(D::Error::custom)?;
        bytes
            .try_into()
            .map_err(|_| D::Error::custom("a digest is 32 bytes"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::{Placeholders, apply};

    #[test]
    fn export_waits_until_every_finding_is_redacted_or_reviewed() {
        let scanner = Scanner::new(&["Amina".into()], &[]).unwrap();
        let quote = "Amina said: call +221 77 123 45 67.";
        let found = scanner.scan(quote);
        assert_eq!(found.len(), 2);
        assert_eq!(
            check_export(&scanner, quote, &[]),
            Err(RedactError::UnresolvedFindings { count: 2 })
        );
        // Redact the phone, review the name on the redacted text.
        let phone: Vec<Finding> = found
            .iter()
            .copied()
            .filter(|f| f.kind == FindingKind::Phone)
            .collect();
        let redacted = apply(quote, &phone, &Placeholders::for_language("en"))
            .unwrap()
            .text;
        let left = unresolved(&scanner, &redacted, &[]);
        assert_eq!(left.len(), 1);
        let mark = ReviewMark::new(&redacted, &left[0]);
        assert_eq!(
            check_export(&scanner, &redacted, std::slice::from_ref(&mark)),
            Ok(())
        );
        // Editing the quote lapses the mark.
        let edited = format!("{redacted} ");
        assert!(check_export(&scanner, &edited, std::slice::from_ref(&mark)).is_err());
        // Marks round-trip through JSON without the quote's words.
        let json = serde_json::to_string(&mark).unwrap();
        assert!(!json.contains("Amina"));
        assert_eq!(serde_json::from_str::<ReviewMark>(&json).unwrap(), mark);
    }
}
