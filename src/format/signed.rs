//! Writing and verifying a signed archive: the part kits and bundles share.
//!
//! Spec: `docs/format.md` §3–§5 for the layout and §9 for the order of the
//! reader's checks. The writer applies the reader's rules and limits, so it
//! never produces a file a reader would refuse.

use std::{collections::HashSet, io::Write};

use sha2::{Digest, Sha256};
use time::OffsetDateTime;

use super::{
    FORMAT_VERSION, FormatError, Limit, Limits, MANIFEST_NAME, MAX_RECIPIENTS, SIGNATURE_NAME,
    archive::{self, Entry},
    error::{ArchiveFault, ManifestFault},
    manifest::{self, FileEntry, Manifest, ManifestDigest, ManifestKind},
    names, signature,
};
use crate::identity::SigningKey;

/// What the caller decides in a manifest; the writer fills in the rest
/// (format version, signer, file list).
pub(crate) struct Header<'a> {
    pub engagement_id: &'a str,
    pub created: OffsetDateTime,
    pub kind: ManifestKind,
}

/// A verified signed archive, borrowing the archive bytes.
pub(crate) struct Signed<'a> {
    pub manifest: Manifest,
    pub digest: ManifestDigest,
    /// Content entries, in manifest order.
    pub files: Vec<Entry<'a>>,
}

/// A signed archive ready to be written: everything checked, hashed and
/// signed, so writing can no longer fail on the input, only on the output.
pub(crate) struct Prepared<'a> {
    json: Vec<u8>,
    signature: String,
    files: Vec<Entry<'a>>,
    mtime: u64,
}

impl Prepared<'_> {
    /// Writes the archive.
    pub fn write<W: Write>(&self, out: &mut W) -> Result<(), FormatError> {
        let mut all = vec![
            Entry {
                name: MANIFEST_NAME,
                bytes: &self.json,
            },
            Entry {
                name: SIGNATURE_NAME,
                bytes: self.signature.as_bytes(),
            },
        ];
        all.extend(self.files.iter().copied());
        archive::write(out, &all, self.mtime)
    }

    fn archive_len(&self) -> u64 {
        let sizes = [self.json.len(), self.signature.len()]
            .into_iter()
            .chain(self.files.iter().map(|e| e.bytes.len()));
        archive::encoded_len(sizes.map(|n| n as u64))
    }
}

/// Checks, hashes and signs `files` under a manifest made from `header`.
pub(crate) fn prepare_signed<'a>(
    header: Header<'_>,
    files: &[(&'a str, &'a [u8])],
    key: &SigningKey,
    limits: &Limits,
) -> Result<Prepared<'a>, FormatError> {
    let value = || FormatError::MalformedManifest(ManifestFault::Value);
    manifest::check_engagement_id(header.engagement_id)?;
    match &header.kind {
        ManifestKind::Kit {
            kit_version,
            recipients,
        } => {
            let distinct = recipients.iter().collect::<HashSet<_>>().len() == recipients.len();
            if *kit_version == 0 || recipients.len() > MAX_RECIPIENTS || !distinct {
                return Err(value());
            }
            if recipients.is_empty() {
                return Err(FormatError::NoRecipients);
            }
        }
        ManifestKind::Bundle { device_sequence } if *device_sequence == 0 => return Err(value()),
        ManifestKind::Bundle { .. } => {}
    }
    let created = time_in_seconds(header.created).ok_or_else(value)?;
    let mtime = u64::try_from(created.unix_timestamp()).map_err(|_| value())?;
    let files = sorted_entries(files, limits)?;
    let manifest = Manifest {
        format_version: FORMAT_VERSION,
        engagement_id: header.engagement_id.to_owned(),
        created,
        signer: key.public_key().clone(),
        kind: header.kind,
        files: files
            .iter()
            .map(|e| FileEntry {
                name: e.name.to_owned(),
                size: e.bytes.len() as u64,
                sha256: Sha256::digest(e.bytes).into(),
            })
            .collect(),
    };
    let json = manifest.to_json();
    if json.len() as u64 > limits.max_manifest {
        return Err(FormatError::TooLarge {
            what: Limit::Manifest,
            limit: limits.max_manifest,
        });
    }
    debug_assert_eq!(
        Manifest::parse(&json, limits).ok().as_ref(),
        Some(&manifest)
    );
    let signature = signature::sign(&json, key, &manifest.trusted_comment());
    let prepared = Prepared {
        json,
        signature,
        files,
        mtime,
    };
    if prepared.archive_len() > limits.max_archive {
        return Err(FormatError::TooLarge {
            what: Limit::Archive,
            limit: limits.max_archive,
        });
    }
    Ok(prepared)
}

fn time_in_seconds(t: OffsetDateTime) -> Option<OffsetDateTime> {
    let t = t
        .to_offset(time::UtcOffset::UTC)
        .replace_nanosecond(0)
        .ok()?;
    (t.unix_timestamp() >= 0).then_some(t)
}

/// Content files checked against the writer's rules and sorted by name.
fn sorted_entries<'a>(
    files: &[(&'a str, &'a [u8])],
    limits: &Limits,
) -> Result<Vec<Entry<'a>>, FormatError> {
    if files.len() > limits.max_files {
        return Err(FormatError::TooLarge {
            what: Limit::Files,
            limit: limits.max_files as u64,
        });
    }
    let mut seen = HashSet::new();
    let mut entries = Vec::with_capacity(files.len());
    for (name, bytes) in files {
        names::check(name)?;
        if names::RESERVED.contains(name) {
            return Err(FormatError::MalformedManifest(ManifestFault::FileList));
        }
        if !seen.insert(names::fold(name)) {
            return Err(FormatError::DuplicateFile);
        }
        if bytes.len() as u64 > limits.max_entry {
            return Err(FormatError::TooLarge {
                what: Limit::Entry,
                limit: limits.max_entry,
            });
        }
        entries.push(Entry { name, bytes });
    }
    entries.sort_by(|a, b| a.name.cmp(b.name));
    Ok(entries)
}

/// Verifies a signed archive (§9 steps 2–6): layout, manifest, signature
/// against the manifest's own signer key, and every content file.
pub(crate) fn verify_signed<'a>(
    bytes: &'a [u8],
    limits: &Limits,
) -> Result<Signed<'a>, FormatError> {
    let archive = archive::read(bytes, limits)?;
    let order = FormatError::MalformedArchive(ArchiveFault::Order);
    let [manifest_entry, signature_entry, content @ ..] = archive.entries.as_slice() else {
        return Err(order);
    };
    if manifest_entry.name != MANIFEST_NAME || signature_entry.name != SIGNATURE_NAME {
        return Err(order);
    }
    if manifest_entry.bytes.len() as u64 > limits.max_manifest {
        return Err(FormatError::TooLarge {
            what: Limit::Manifest,
            limit: limits.max_manifest,
        });
    }
    let manifest = Manifest::parse(manifest_entry.bytes, limits)?;
    if u64::try_from(manifest.created.unix_timestamp()).ok() != Some(archive.mtime) {
        return Err(FormatError::MalformedArchive(ArchiveFault::NonCanonical));
    }
    signature::verify(
        signature_entry.bytes,
        manifest_entry.bytes,
        &manifest.signer,
        &manifest.trusted_comment(),
    )?;
    check_content(&manifest, content)?;
    Ok(Signed {
        digest: ManifestDigest::of(manifest_entry.bytes),
        files: content.to_vec(),
        manifest,
    })
}

/// Every archive file listed, every listed file present, in manifest order,
/// with the listed size and hash.
fn check_content(manifest: &Manifest, content: &[Entry<'_>]) -> Result<(), FormatError> {
    let listed: HashSet<&str> = manifest.files.iter().map(|f| f.name.as_str()).collect();
    if let Some(extra) = content.iter().find(|e| !listed.contains(e.name)) {
        return Err(FormatError::UnlistedFile {
            name: extra.name.to_owned(),
        });
    }
    let present: HashSet<&str> = content.iter().map(|e| e.name).collect();
    if let Some(missing) = manifest
        .files
        .iter()
        .find(|f| !present.contains(f.name.as_str()))
    {
        return Err(FormatError::MissingFile {
            name: missing.name.clone(),
        });
    }
    for (entry, listed) in content.iter().zip(&manifest.files) {
        if entry.name != listed.name {
            return Err(FormatError::MalformedArchive(ArchiveFault::Order));
        }
        let sha256: [u8; 32] = Sha256::digest(entry.bytes).into();
        if entry.bytes.len() as u64 != listed.size || sha256 != listed.sha256 {
            return Err(FormatError::HashMismatch {
                name: listed.name.clone(),
            });
        }
    }
    Ok(())
}
