//! `manifest.json.minisig`: a minisign signature, prehashed (`ED`).
//!
//! Spec: `docs/format.md` §5. The file is exactly what `minisign -S` writes:
//! an untrusted comment line, the base64 of `"ED" || key id || Ed25519
//! signature of BLAKE2b-512(file)`, a trusted comment line, and the base64
//! of the Ed25519 signature of `signature || trusted comment`. Hearken writes
//! one canonical untrusted comment and a trusted comment derived from the
//! manifest, and the reader insists on both, so no byte of the file is free.

use blake2::{Blake2b512, Digest};
use data_encoding::BASE64;

use super::{FormatError, Limit, MAX_SIGNATURE_LEN};
use crate::identity::{KeyId, PublicKey, SigningKey};

/// minisign's tag for a signature of the BLAKE2b-512 hash of the file.
const PREHASHED: [u8; 2] = *b"ED";
const UNTRUSTED: &str = "untrusted comment: ";
const TRUSTED: &str = "trusted comment: ";

/// The untrusted comment Hearken writes (and requires) for a key.
fn untrusted_comment(key_id: KeyId) -> String {
    format!("{UNTRUSTED}signature from hearken key {key_id}")
}

/// Signs `message` as minisign does in prehashed mode, with a trusted
/// comment, and returns the signature file's text.
pub fn sign(message: &[u8], key: &SigningKey, trusted_comment: &str) -> String {
    let signature = key.sign(&Blake2b512::digest(message));
    let mut signed_comment = signature.to_vec();
    signed_comment.extend_from_slice(trusted_comment.as_bytes());
    let global = key.sign(&signed_comment);
    let mut line = PREHASHED.to_vec();
    line.extend_from_slice(&key.key_id().to_bytes());
    line.extend_from_slice(&signature);
    format!(
        "{}\n{}\n{TRUSTED}{trusted_comment}\n{}\n",
        untrusted_comment(key.key_id()),
        BASE64.encode(&line),
        BASE64.encode(&global)
    )
}

/// Checks a signature file for `message` against `signer`, and that its
/// trusted comment is `expected_comment` (§9 step 5).
pub fn verify(
    file: &[u8],
    message: &[u8],
    signer: &PublicKey,
    expected_comment: &str,
) -> Result<(), FormatError> {
    if file.len() > MAX_SIGNATURE_LEN {
        return Err(FormatError::TooLarge {
            what: Limit::Signature,
            limit: MAX_SIGNATURE_LEN as u64,
        });
    }
    let parsed = Parsed::read(file).ok_or(FormatError::MalformedSignature)?;
    if parsed.key_id != signer.key_id() {
        return Err(FormatError::BadSignature);
    }
    let mut signed_comment = parsed.signature.to_vec();
    signed_comment.extend_from_slice(parsed.trusted_comment.as_bytes());
    if !signer.verify(&Blake2b512::digest(message), &parsed.signature)
        || !signer.verify(&signed_comment, &parsed.global)
    {
        return Err(FormatError::BadSignature);
    }
    if parsed.trusted_comment != expected_comment {
        return Err(FormatError::MalformedSignature);
    }
    Ok(())
}

struct Parsed<'a> {
    key_id: KeyId,
    signature: [u8; 64],
    trusted_comment: &'a str,
    global: [u8; 64],
}

impl<'a> Parsed<'a> {
    fn read(file: &'a [u8]) -> Option<Self> {
        let text = std::str::from_utf8(file).ok()?.strip_suffix('\n')?;
        let mut lines = text.split('\n');
        let (untrusted, sig_line, trusted, global_line) =
            (lines.next()?, lines.next()?, lines.next()?, lines.next()?);
        if lines.next().is_some() {
            return None;
        }
        let sig = BASE64.decode(sig_line.as_bytes()).ok()?;
        let sig: [u8; 74] = sig.try_into().ok()?;
        if sig[..2] != PREHASHED {
            return None;
        }
        let key_id = KeyId::from_bytes(sig[2..10].try_into().ok()?);
        if untrusted != untrusted_comment(key_id) {
            return None;
        }
        let trusted_comment = trusted.strip_prefix(TRUSTED)?;
        let global = BASE64
            .decode(global_line.as_bytes())
            .ok()?
            .try_into()
            .ok()?;
        Some(Parsed {
            key_id,
            signature: sig[10..].try_into().ok()?,
            trusted_comment,
            global,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(seed: u8) -> SigningKey {
        SigningKey::from_bytes(&[seed; 32]).unwrap()
    }

    #[test]
    fn a_signature_verifies_and_every_changed_byte_is_refused() {
        let k = key(1);
        let file = sign(b"message", &k, "comment");
        verify(file.as_bytes(), b"message", k.public_key(), "comment").unwrap();
        let bytes = file.into_bytes();
        for i in 0..bytes.len() {
            let mut bad = bytes.clone();
            bad[i] ^= 0x20;
            assert!(
                verify(&bad, b"message", k.public_key(), "comment").is_err(),
                "flip at {i} accepted"
            );
        }
    }

    #[test]
    fn other_message_key_or_comment_are_told_apart() {
        let k = key(1);
        let file = sign(b"message", &k, "comment");
        let check = |msg: &[u8], pk: &PublicKey, comment: &str| {
            verify(file.as_bytes(), msg, pk, comment).unwrap_err()
        };
        assert!(matches!(
            check(b"massage", k.public_key(), "comment"),
            FormatError::BadSignature
        ));
        assert!(matches!(
            check(b"message", key(2).public_key(), "comment"),
            FormatError::BadSignature
        ));
        assert!(matches!(
            check(b"message", k.public_key(), "other"),
            FormatError::MalformedSignature
        ));
    }
}
