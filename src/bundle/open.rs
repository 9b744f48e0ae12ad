//! Opening a bundle (`docs/format.md` §7.2 and §9): decrypt, verify, check
//! the roster.

use std::io::{self, Read};

use age::{DecryptError, Decryptor};
use zeroize::Zeroizing;

use super::{OpenedBundle, Roster, check_roster};
use crate::{
    format::{ArchiveKind, ContentFiles, FormatError, Limit, Limits, ManifestKind, verify_signed},
    identity::{AgeIdentity, PublicKey},
};

const AGE_MAGIC: &[u8] = b"age-encryption.org/";
const ARMOR_MAGIC: &[u8] = b"-----BEGIN AGE ENCRYPTED FILE-----";

/// Opens a bundle with the default limits.
pub fn open(
    bytes: &[u8],
    identity: &AgeIdentity,
    roster: &dyn Roster,
) -> Result<OpenedBundle, FormatError> {
    open_with_limits(bytes, identity, roster, &Limits::DEFAULT)
}

/// [`open`] with other limits (tests, or a deployment that wants less).
pub fn open_with_limits(
    bytes: &[u8],
    identity: &AgeIdentity,
    roster: &dyn Roster,
    limits: &Limits,
) -> Result<OpenedBundle, FormatError> {
    verify(bytes, identity, limits)?.check(roster)
}

/// Verifies a bundle archive that was already decrypted (for instance with
/// `age -d` by a person), exactly as [`open`] does after decryption.
pub fn open_archive(
    archive: Zeroizing<Vec<u8>>,
    roster: &dyn Roster,
    limits: &Limits,
) -> Result<OpenedBundle, FormatError> {
    verify_archive(archive, limits)?.check(roster)
}

/// The first half of [`open`]: decrypts and verifies a bundle on its own
/// terms (limits, signature, file digests) without asking the roster, so it
/// can run on another thread while the caller's roster is busy.
pub fn verify(
    bytes: &[u8],
    identity: &AgeIdentity,
    limits: &Limits,
) -> Result<VerifiedBundle, FormatError> {
    verify_archive(decrypt(bytes, identity, limits)?, limits)
}

fn verify_archive(
    archive: Zeroizing<Vec<u8>>,
    limits: &Limits,
) -> Result<VerifiedBundle, FormatError> {
    let signed = verify_signed(&archive, limits)?;
    let ManifestKind::Bundle { device_sequence } = signed.manifest.kind else {
        return Err(FormatError::WrongKind {
            expected: ArchiveKind::Bundle,
            found: ArchiveKind::Kit,
        });
    };
    let located = ContentFiles::locate(&archive, &signed.files);
    Ok(VerifiedBundle(OpenedBundle {
        manifest: signed.manifest,
        digest: signed.digest,
        device_sequence,
        files: ContentFiles::new(archive, located),
    }))
}

/// A bundle whose signature and files are verified, signed by a key the
/// roster has not been asked about yet: [`check`](Self::check) it before use.
#[derive(Debug)]
pub struct VerifiedBundle(OpenedBundle);

impl VerifiedBundle {
    /// The key that signed it (self-verified; not yet trusted).
    pub fn signer(&self) -> &PublicKey {
        &self.0.manifest.signer
    }

    /// The engagement the manifest names (signed, not yet checked against
    /// anything).
    pub fn engagement_id(&self) -> &str {
        &self.0.manifest.engagement_id
    }

    /// The content files, to parse ahead of the roster check.
    pub fn files(&self) -> &ContentFiles {
        &self.0.files
    }

    /// The second half of [`open`]: applies the roster (§10.2).
    pub fn check(self, roster: &dyn Roster) -> Result<OpenedBundle, FormatError> {
        let b = self.0;
        let manifest = check_roster(roster, b.manifest, b.digest, b.device_sequence)?;
        Ok(OpenedBundle { manifest, ..b })
    }
}

/// Decrypts the age layer into a zeroized buffer no larger than the archive
/// limit (§9 step 1).
fn decrypt(
    bytes: &[u8],
    identity: &AgeIdentity,
    limits: &Limits,
) -> Result<Zeroizing<Vec<u8>>, FormatError> {
    if bytes.len() as u64 > limits.max_sealed_file() {
        return Err(FormatError::TooLarge {
            what: Limit::SealedFile,
            limit: limits.max_sealed_file(),
        });
    }
    if AGE_MAGIC.starts_with(bytes) {
        return Err(FormatError::Truncated);
    }
    if bytes.starts_with(ARMOR_MAGIC) {
        return Err(FormatError::UnsupportedEncryption);
    }
    if !bytes.starts_with(AGE_MAGIC) {
        return Err(FormatError::NotAgeFile);
    }
    let decryptor = Decryptor::new_buffered(bytes).map_err(from_age)?;
    if decryptor.is_scrypt() {
        return Err(FormatError::UnsupportedEncryption);
    }
    let mut reader = decryptor
        .decrypt(std::iter::once(identity.as_age() as &dyn age::Identity))
        .map_err(from_age)?;
    // The plaintext is shorter than the ciphertext, so a buffer of the
    // ciphertext's length (capped by the limit) never has to grow: growing
    // would free the old buffer without zeroizing it.
    let capacity = bytes
        .len()
        .min(usize::try_from(limits.max_archive).unwrap_or(usize::MAX));
    let mut plaintext = Zeroizing::new(vec![0u8; capacity]);
    let mut filled = 0;
    loop {
        if filled == capacity {
            let mut probe = [0u8; 1];
            match reader.read(&mut probe).map_err(from_stream)? {
                0 => break,
                _ => {
                    return Err(FormatError::TooLarge {
                        what: Limit::Archive,
                        limit: limits.max_archive,
                    });
                }
            }
        }
        match reader.read(&mut plaintext[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(from_stream(e)),
        }
    }
    plaintext.truncate(filled);
    Ok(plaintext)
}

fn from_age(e: DecryptError) -> FormatError {
    match e {
        DecryptError::NoMatchingKeys => FormatError::WrongRecipient,
        DecryptError::UnknownFormat | DecryptError::ExcessiveWork { .. } => {
            FormatError::UnsupportedEncryption
        }
        DecryptError::Io(e) => from_stream(e),
        _ => FormatError::Damaged,
    }
}

/// age reports a stream cut at a chunk boundary as an unexpected end, and
/// any failed authentication (including a cut inside the last chunk) as
/// invalid data.
fn from_stream(e: io::Error) -> FormatError {
    if e.kind() == io::ErrorKind::UnexpectedEof {
        FormatError::Truncated
    } else {
        FormatError::Damaged
    }
}
