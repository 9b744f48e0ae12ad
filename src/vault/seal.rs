//! How a record becomes a sealed row and back.
//!
//! A row's `sealed` column is `nonce || XChaCha20-Poly1305(data key, body)`
//! with associated data `"hearken/record/v1" || vault id || kind || record id`,
//! so a ciphertext moved to another row, kind or vault fails to open. The body
//! is `u32 length || encoding byte || encoded record || zero padding` up to a
//! size bucket (powers of two from 512 bytes, then 64 KiB steps), so sealed
//! sizes do not reveal how long a quote is.

use zeroize::Zeroizing;

use super::{VaultError, keys};
use crate::model::{Kind, Origin, Record, RecordId};

const AD_PREFIX: &[u8] = b"hearken/record/v1";

fn aad(vault_id: &[u8; 16], kind: Kind, id: &RecordId) -> [u8; 17 + 16 + 1 + 16] {
    let mut ad = [0u8; 50];
    ad[..17].copy_from_slice(AD_PREFIX);
    ad[17..33].copy_from_slice(vault_id);
    ad[33] = kind as u8;
    ad[34..].copy_from_slice(&id.0);
    ad
}

/// The padded size for a body of `n` bytes (length prefix included).
pub(crate) fn bucket(n: usize) -> usize {
    const STEP: usize = 64 * 1024;
    if n <= STEP {
        n.next_power_of_two().max(512)
    } else {
        n.div_ceil(STEP) * STEP
    }
}

/// Seals a record for row `id`.
pub(crate) fn seal_record(
    key: &keys::Key,
    vault_id: &[u8; 16],
    id: &RecordId,
    record: &Record,
    origin: Option<&Origin>,
) -> Vec<u8> {
    let encoded =
        Zeroizing::new(postcard::to_allocvec(&(record, origin)).expect("records serialize"));
    let n = encoded.len() + 1;
    let mut body = Zeroizing::new(vec![0u8; bucket(n + 4)]);
    body[..4].copy_from_slice(&(n as u32).to_le_bytes());
    body[4] = ENCODING_POSTCARD_V1;
    body[5..4 + n].copy_from_slice(&encoded);
    keys::seal(key, &aad(vault_id, record.kind(), id), &body)
}

/// The body encoding: postcard (compact, fast to read back) of
/// `(Record, Option<Origin>)`.
/// A later encoding gets a new byte and a migration that re-seals records.
const ENCODING_POSTCARD_V1: u8 = 1;

/// Opens a row's sealed body where it lies (the caller wipes `sealed`
/// afterwards: it then holds the plaintext); any alteration is
/// [`VaultError::Tampered`].
pub(crate) fn open_record(
    key: &keys::Key,
    vault_id: &[u8; 16],
    id: &RecordId,
    kind: Kind,
    sealed: &mut [u8],
) -> Result<(Record, Option<Origin>), VaultError> {
    let body =
        keys::open_in_place(key, &aad(vault_id, kind, id), sealed).ok_or(VaultError::Tampered)?;
    let len = u32::from_le_bytes(
        body.get(..4)
            .ok_or(VaultError::Tampered)?
            .try_into()
            .expect("4 bytes"),
    ) as usize;
    let framed = body.get(4..4 + len).ok_or(VaultError::Tampered)?;
    let (record, origin): (Record, Option<Origin>) = match framed.split_first() {
        Some((&ENCODING_POSTCARD_V1, encoded)) => {
            postcard::from_bytes(encoded).map_err(|_| VaultError::Tampered)?
        }
        _ => return Err(VaultError::Tampered),
    };
    if record.kind() != kind {
        return Err(VaultError::Tampered);
    }
    Ok((record, origin))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_hide_lengths() {
        assert_eq!(bucket(1), 512);
        assert_eq!(bucket(512), 512);
        assert_eq!(bucket(513), 1024);
        assert_eq!(bucket(40_000), 65_536);
        assert_eq!(bucket(65_537), 131_072);
    }
}
