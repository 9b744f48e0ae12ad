//! Writing a bundle (`docs/format.md` §7.1): sign, then encrypt.

use std::io::Write;

use age::{Encryptor, x25519};
use time::OffsetDateTime;

use crate::{
    format::{FormatError, Header, Limits, ManifestKind, prepare_signed},
    identity::SigningKey,
};

/// The manifest fields a device chooses for a bundle.
#[derive(Debug, Clone, Copy)]
pub struct BundleHeader<'a> {
    /// The engagement (1–64 bytes of `A-Z a-z 0-9 _ -`).
    pub engagement_id: &'a str,
    /// This device's counter: 1 for its first bundle, then one more each time.
    pub device_sequence: u64,
    /// When the bundle was made (stored in whole seconds, UTC).
    pub created: OffsetDateTime,
}

/// Signs `files` (name, bytes) with the device key and encrypts the archive
/// to `recipients`.
pub fn write(
    header: &BundleHeader<'_>,
    files: &[(&str, &[u8])],
    key: &SigningKey,
    recipients: &[x25519::Recipient],
) -> Result<Vec<u8>, FormatError> {
    write_to(Vec::new(), header, files, key, recipients)
}

/// [`write()`] to any output, streaming: the plaintext archive is never held
/// whole in memory. Every input check happens before the first byte is
/// written; an error after that (from the output) leaves a partial file the
/// caller must delete.
pub fn write_to<W: Write>(
    out: W,
    header: &BundleHeader<'_>,
    files: &[(&str, &[u8])],
    key: &SigningKey,
    recipients: &[x25519::Recipient],
) -> Result<W, FormatError> {
    if recipients.is_empty() {
        return Err(FormatError::NoRecipients);
    }
    let header = Header {
        engagement_id: header.engagement_id,
        created: header.created,
        kind: ManifestKind::Bundle {
            device_sequence: header.device_sequence,
        },
    };
    let prepared = prepare_signed(header, files, key, &Limits::DEFAULT)?;
    // With X25519 recipients, age fails only when there are none.
    let encryptor = Encryptor::with_recipients(recipients.iter().map(|r| r as &dyn age::Recipient))
        .map_err(|_| FormatError::NoRecipients)?;
    let mut sealed = encryptor.wrap_output(out)?;
    prepared.write(&mut sealed)?;
    Ok(sealed.finish()?)
}
