//! Reading a kit (`docs/format.md` §6.2 and §9).

use std::cmp::Ordering;

use zeroize::Zeroizing;

use super::{Kit, KitPins, PinStatus};
use crate::format::{
    ArchiveKind, ContentFiles, FormatError, Limit, Limits, Manifest, ManifestDigest, ManifestKind,
    verify_signed,
};

/// Verifies a kit with the default limits and checks it against `pins`.
pub fn read(bytes: &[u8], pins: &dyn KitPins) -> Result<Kit, FormatError> {
    read_with_limits(bytes, pins, &Limits::DEFAULT)
}

/// [`read`] with other limits (tests, or a deployment that wants less).
pub fn read_with_limits(
    bytes: &[u8],
    pins: &dyn KitPins,
    limits: &Limits,
) -> Result<Kit, FormatError> {
    if bytes.len() as u64 > limits.max_archive {
        return Err(FormatError::TooLarge {
            what: Limit::Archive,
            limit: limits.max_archive,
        });
    }
    let buffer = Zeroizing::new(bytes.to_vec());
    let signed = verify_signed(&buffer, limits)?;
    let (kit_version, recipients) = match &signed.manifest.kind {
        ManifestKind::Kit {
            kit_version,
            recipients,
        } => (*kit_version, recipients.clone()),
        ManifestKind::Bundle { .. } => {
            return Err(FormatError::WrongKind {
                expected: ArchiveKind::Kit,
                found: ArchiveKind::Bundle,
            });
        }
    };
    let located = ContentFiles::locate(&buffer, &signed.files);
    let (manifest, digest) = (signed.manifest, signed.digest);
    let pin = check_pin(&manifest, kit_version, digest, pins)?;
    Ok(Kit {
        manifest,
        digest,
        kit_version,
        recipients,
        pin,
        files: ContentFiles::new(buffer, located),
    })
}

/// §10.1: same signer as the pin, and newer than the last kit imported.
fn check_pin(
    manifest: &Manifest,
    kit_version: u64,
    digest: ManifestDigest,
    pins: &dyn KitPins,
) -> Result<PinStatus, FormatError> {
    let Some(pin) = pins.pin(&manifest.engagement_id) else {
        return Ok(PinStatus::FirstUse);
    };
    if pin.signer != manifest.signer {
        return Err(FormatError::SignerChanged {
            pinned: pin.signer.key_id(),
            found: manifest.signer.key_id(),
        });
    }
    match kit_version.cmp(&pin.kit_version) {
        Ordering::Greater => Ok(PinStatus::Pinned),
        Ordering::Less => Err(FormatError::KitOutdated {
            found: kit_version,
            current: pin.kit_version,
        }),
        Ordering::Equal if digest == pin.digest => Err(FormatError::AlreadyImported),
        Ordering::Equal => Err(FormatError::KitVersionReused {
            version: kit_version,
        }),
    }
}
