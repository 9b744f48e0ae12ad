//! Writing a kit (`docs/format.md` §6.1).

use age::x25519;
use time::OffsetDateTime;

use crate::{
    format::{FormatError, Header, Limits, ManifestKind, prepare_signed},
    identity::SigningKey,
};

/// The manifest fields a coordinator chooses for a kit.
#[derive(Debug, Clone, Copy)]
pub struct KitHeader<'a> {
    /// The engagement (1–64 bytes of `A-Z a-z 0-9 _ -`).
    pub engagement_id: &'a str,
    /// 1 for the first kit of the engagement, one more for each reissue.
    pub kit_version: u64,
    /// When the kit was made (stored in whole seconds, UTC).
    pub created: OffsetDateTime,
    /// Where facilitators must encrypt their bundles (1 to 16 recipients).
    pub recipients: &'a [x25519::Recipient],
}

/// Signs `files` (name, bytes) into a kit with the coordinator's key.
/// Files are stored sorted by name; names follow §3.2.
pub fn write(
    header: &KitHeader<'_>,
    files: &[(&str, &[u8])],
    key: &SigningKey,
) -> Result<Vec<u8>, FormatError> {
    let mut out = Vec::new();
    let header = Header {
        engagement_id: header.engagement_id,
        created: header.created,
        kind: ManifestKind::Kit {
            kit_version: header.kit_version,
            recipients: header.recipients.to_vec(),
        },
    };
    prepare_signed(header, files, key, &Limits::DEFAULT)?.write(&mut out)?;
    Ok(out)
}
