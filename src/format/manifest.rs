//! `manifest.json`: what a kit or bundle claims to hold, and who signed it.
//!
//! Spec: `docs/format.md` §4. The version is read first, so a newer file is
//! refused as newer rather than as malformed; then every field is parsed
//! strictly (unknown fields refused, duplicates refused by serde) and
//! validated into typed values before anything else looks at it.

use std::fmt;

use age::x25519;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use time::{OffsetDateTime, UtcOffset, format_description::well_known::Rfc3339};

use super::{
    ArchiveKind, FORMAT_VERSION, FormatError, Limit, Limits, MAX_RECIPIENTS, error::ManifestFault,
    names,
};
use crate::identity::{KeyId, PublicKey};

/// The longest engagement id, in bytes.
pub const MAX_ENGAGEMENT_ID_LEN: usize = 64;

/// A validated manifest.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Manifest {
    /// Format version of the file (§11).
    pub format_version: u64,
    /// The engagement the kit or bundle belongs to.
    pub engagement_id: String,
    /// When it was made, UTC, whole seconds.
    pub created: OffsetDateTime,
    /// The key that signed it (for a bundle, the device key).
    pub signer: PublicKey,
    /// Fields of one kind only.
    pub kind: ManifestKind,
    /// The content files, sorted by name.
    pub files: Vec<FileEntry>,
}

/// Fields only one kind of archive has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ManifestKind {
    /// An engagement kit.
    Kit {
        /// Grows by one each time the coordinator reissues the kit.
        kit_version: u64,
        /// Where facilitators must encrypt their bundles (coordinator first,
        /// optionally an escrow key).
        recipients: Vec<x25519::Recipient>,
    },
    /// A bundle.
    Bundle {
        /// Per-device counter: 1 for the first bundle a device exports.
        device_sequence: u64,
    },
}

/// One content file as the manifest lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileEntry {
    /// File name (§3.2).
    pub name: String,
    /// Size in bytes.
    pub size: u64,
    /// SHA-256 of the bytes.
    pub sha256: [u8; 32],
}

/// SHA-256 of the exact `manifest.json` bytes. Because the manifest lists the
/// hash of every content file, this names one kit or bundle: importers use it
/// to recognise a re-import (§10).
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ManifestDigest(pub [u8; 32]);

impl ManifestDigest {
    /// The digest of manifest bytes.
    pub fn of(manifest_json: &[u8]) -> Self {
        ManifestDigest(Sha256::digest(manifest_json).into())
    }
}

impl fmt::Display for ManifestDigest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&hex::encode(self.0))
    }
}

impl fmt::Debug for ManifestDigest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ManifestDigest({self})")
    }
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Wire {
    format: String,
    format_version: u64,
    kind: String,
    engagement_id: String,
    created: String,
    signer_key_id: String,
    signer_public_key: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    kit_version: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    recipients: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    device_sequence: Option<u64>,
    files: Vec<WireFile>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct WireFile {
    name: String,
    size: u64,
    sha256: String,
}

#[derive(Deserialize)]
struct VersionProbe {
    format_version: u64,
}

const FORMAT_NAME: &str = "hearken";

impl Manifest {
    /// The kind of archive.
    pub fn kind(&self) -> ArchiveKind {
        match self.kind {
            ManifestKind::Kit { .. } => ArchiveKind::Kit,
            ManifestKind::Bundle { .. } => ArchiveKind::Bundle,
        }
    }

    /// The minisign trusted comment for this manifest (§5). Signed with the
    /// manifest and shown by `minisign -V`.
    pub fn trusted_comment(&self) -> String {
        let (kind, number) = match &self.kind {
            ManifestKind::Kit { kit_version, .. } => ("kit", format!("kit_version:{kit_version}")),
            ManifestKind::Bundle { device_sequence } => {
                ("bundle", format!("device_sequence:{device_sequence}"))
            }
        };
        format!(
            "hearken {kind} format:{} engagement:{} {number} created:{}",
            self.format_version,
            self.engagement_id,
            format_time(self.created)
        )
    }

    /// The manifest as written in archives: pretty JSON (two-space indent,
    /// fields in §4 order) and a final newline, so a person can read it.
    pub fn to_json(&self) -> Vec<u8> {
        let (kit_version, recipients, device_sequence) = match &self.kind {
            ManifestKind::Kit {
                kit_version,
                recipients,
            } => (
                Some(*kit_version),
                Some(recipients.iter().map(ToString::to_string).collect()),
                None,
            ),
            ManifestKind::Bundle { device_sequence } => (None, None, Some(*device_sequence)),
        };
        let wire = Wire {
            format: FORMAT_NAME.to_owned(),
            format_version: self.format_version,
            kind: self.kind().as_str().to_owned(),
            engagement_id: self.engagement_id.clone(),
            created: format_time(self.created),
            signer_key_id: self.signer.key_id().to_string(),
            signer_public_key: self.signer.to_string(),
            kit_version,
            recipients,
            device_sequence,
            files: self
                .files
                .iter()
                .map(|f| WireFile {
                    name: f.name.clone(),
                    size: f.size,
                    sha256: hex::encode(f.sha256),
                })
                .collect(),
        };
        let mut json = serde_json::to_vec_pretty(&wire).expect("plain data serializes");
        json.push(b'\n');
        json
    }

    /// Parses and validates manifest bytes (§4, §9 steps 3–4).
    pub fn parse(bytes: &[u8], limits: &Limits) -> Result<Self, FormatError> {
        let json = |fault| FormatError::MalformedManifest(fault);
        let probe: VersionProbe =
            serde_json::from_slice(bytes).map_err(|_| json(ManifestFault::Json))?;
        if probe.format_version > FORMAT_VERSION {
            return Err(FormatError::NewerFormatVersion {
                found: probe.format_version,
                supported: FORMAT_VERSION,
            });
        }
        let wire: Wire = serde_json::from_slice(bytes).map_err(|e| {
            // serde_json's message is the only place the reason is given.
            if e.to_string().starts_with("unknown field") {
                json(ManifestFault::UnknownField)
            } else {
                json(ManifestFault::Json)
            }
        })?;
        Self::validate(wire, limits)
    }

    fn validate(wire: Wire, limits: &Limits) -> Result<Self, FormatError> {
        let value = FormatError::MalformedManifest(ManifestFault::Value);
        if wire.format != FORMAT_NAME || wire.format_version != FORMAT_VERSION {
            return Err(value);
        }
        check_engagement_id(&wire.engagement_id)?;
        let created = parse_time(&wire.created).ok_or_else(value_fault)?;
        let signer: PublicKey = wire
            .signer_public_key
            .parse()
            .map_err(|_| FormatError::MalformedManifest(ManifestFault::Signer))?;
        let key_id: KeyId = wire
            .signer_key_id
            .parse()
            .map_err(|_| FormatError::MalformedManifest(ManifestFault::Signer))?;
        if key_id != signer.key_id() || wire.signer_key_id != key_id.to_string() {
            return Err(FormatError::MalformedManifest(ManifestFault::Signer));
        }
        let kind = match (
            wire.kind.as_str(),
            wire.kit_version,
            wire.recipients,
            wire.device_sequence,
        ) {
            ("kit", Some(kit_version), Some(recipients), None) if kit_version >= 1 => {
                ManifestKind::Kit {
                    kit_version,
                    recipients: parse_recipients(&recipients)?,
                }
            }
            ("bundle", None, None, Some(device_sequence)) if device_sequence >= 1 => {
                ManifestKind::Bundle { device_sequence }
            }
            _ => return Err(value),
        };
        let files = parse_files(wire.files, limits)?;
        Ok(Manifest {
            format_version: wire.format_version,
            engagement_id: wire.engagement_id,
            created,
            signer,
            kind,
            files,
        })
    }
}

fn value_fault() -> FormatError {
    FormatError::MalformedManifest(ManifestFault::Value)
}

/// Checks an engagement id: 1 to 64 bytes of `A-Z a-z 0-9 _ -`.
pub fn check_engagement_id(id: &str) -> Result<(), FormatError> {
    let ok = !id.is_empty()
        && id.len() <= MAX_ENGAGEMENT_ID_LEN
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    if ok { Ok(()) } else { Err(value_fault()) }
}

fn parse_recipients(texts: &[String]) -> Result<Vec<x25519::Recipient>, FormatError> {
    if texts.is_empty() || texts.len() > MAX_RECIPIENTS {
        return Err(value_fault());
    }
    let mut out: Vec<x25519::Recipient> = Vec::with_capacity(texts.len());
    for text in texts {
        let recipient: x25519::Recipient = text.parse().map_err(|_| value_fault())?;
        // One spelling per key (bech32 also reads upper case), no repeats.
        if recipient.to_string() != *text || out.contains(&recipient) {
            return Err(value_fault());
        }
        out.push(recipient);
    }
    Ok(out)
}

fn parse_files(wire: Vec<WireFile>, limits: &Limits) -> Result<Vec<FileEntry>, FormatError> {
    if wire.len() > limits.max_files {
        return Err(FormatError::TooLarge {
            what: Limit::Files,
            limit: limits.max_files as u64,
        });
    }
    let list = FormatError::MalformedManifest(ManifestFault::FileList);
    let mut files: Vec<FileEntry> = Vec::with_capacity(wire.len());
    for f in wire {
        names::check(&f.name)?;
        if names::RESERVED.contains(&f.name.as_str()) {
            return Err(list);
        }
        if let Some(previous) = files.last() {
            if names::fold(&previous.name) == names::fold(&f.name) {
                return Err(FormatError::DuplicateFile);
            }
            if previous.name.as_str() >= f.name.as_str() {
                return Err(list);
            }
        }
        if f.size > limits.max_entry {
            return Err(FormatError::TooLarge {
                what: Limit::Entry,
                limit: limits.max_entry,
            });
        }
        let lower_hex = f.sha256.len() == 64
            && f.sha256
                .bytes()
                .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
        let mut sha256 = [0u8; 32];
        if !lower_hex || hex::decode_to_slice(&f.sha256, &mut sha256).is_err() {
            return Err(value_fault());
        }
        files.push(FileEntry {
            name: f.name,
            size: f.size,
            sha256,
        });
    }
    // Sorted by bytes yet equal when folded can only be neighbours, except
    // across other names ("A", "B", "a"): check every pair by folded name.
    let mut folded: Vec<String> = files.iter().map(|f| names::fold(&f.name)).collect();
    folded.sort();
    if folded.windows(2).any(|w| w[0] == w[1]) {
        return Err(FormatError::DuplicateFile);
    }
    Ok(files)
}

/// RFC 3339, UTC, whole seconds: `2025-03-01T09:30:00Z`.
pub fn format_time(t: OffsetDateTime) -> String {
    t.to_offset(UtcOffset::UTC)
        .replace_nanosecond(0)
        .expect("zero nanoseconds is valid")
        .format(&Rfc3339)
        .expect("UTC times within year 9999 format")
}

fn parse_time(text: &str) -> Option<OffsetDateTime> {
    let t = OffsetDateTime::parse(text, &Rfc3339).ok()?;
    (t.offset() == UtcOffset::UTC && t.unix_timestamp() >= 0 && format_time(t) == text).then_some(t)
}
