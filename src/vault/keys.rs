//! The key hierarchy: passphrase -> Argon2id -> key-encryption key, which
//! wraps a random 256-bit data key; a random recovery key wraps the same data
//! key. Changing the passphrase re-wraps the data key and never touches data.
//!
//! Every key lives in a zeroizing container and has no `Debug` that shows it.

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::{
    KeyInit, Tag, XChaCha20Poly1305, XNonce,
    aead::{Aead, AeadInOut, Payload},
};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use zeroize::{Zeroize, Zeroizing};

use super::VaultError;

/// Length of every symmetric key in the vault.
pub const KEY_LEN: usize = 32;
/// XChaCha20-Poly1305 nonce length.
pub const NONCE_LEN: usize = 24;
/// Poly1305 tag length.
pub const TAG_LEN: usize = 16;

/// Argon2id parameters, stored in the vault header beside the salt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfParams {
    /// Memory in KiB.
    pub m_kib: u32,
    /// Passes.
    pub t: u32,
    /// Lanes.
    pub p: u32,
}

impl KdfParams {
    /// RFC 9106's second recommended option; Hearken never goes below it.
    pub const FLOOR: KdfParams = KdfParams {
        m_kib: 64 * 1024,
        t: 3,
        p: 1,
    };
    /// The default for new vaults: ~0.4 s on a 2-core VM, ~1 s on an old laptop
    /// (see `benches/vault.rs`).
    pub const DEFAULT: KdfParams = KdfParams {
        m_kib: 160 * 1024,
        t: 3,
        p: 1,
    };

    /// The most memory a vault's key derivation may ask for (4 GiB).
    pub const MAX_M_KIB: u32 = 4 * 1024 * 1024;

    /// Parameters with `m_mib` MiB, refused below the floor and above
    /// [`Self::MAX_M_KIB`].
    pub fn with_memory_mib(m_mib: u32) -> Result<Self, VaultError> {
        // Asked for by a person: too much is their choice to correct, not
        // a damaged header.
        if m_mib > Self::MAX_M_KIB / 1024 {
            return Err(VaultError::KdfTooLarge {
                max_mib: Self::MAX_M_KIB / 1024,
            });
        }
        let p = KdfParams {
            m_kib: m_mib.saturating_mul(1024),
            ..Self::DEFAULT
        };
        p.check()?;
        Ok(p)
    }

    pub(crate) fn check(&self) -> Result<(), VaultError> {
        let max_kib = Self::MAX_M_KIB;
        if self.m_kib < Self::FLOOR.m_kib || self.t < Self::FLOOR.t || self.p == 0 {
            return Err(VaultError::WeakKdf {
                min_mib: Self::FLOOR.m_kib / 1024,
            });
        }
        if self.m_kib > max_kib || self.t > 64 || self.p > 16 {
            return Err(VaultError::Corrupt);
        }
        Ok(())
    }
}

/// A 256-bit symmetric key, wiped on drop.
pub struct Key(Zeroizing<[u8; KEY_LEN]>);

impl Key {
    pub fn random() -> Self {
        let mut k = Zeroizing::new([0u8; KEY_LEN]);
        fill_random(k.as_mut());
        Key(k)
    }
    pub(crate) fn from_bytes(bytes: &[u8]) -> Option<Self> {
        let mut k = Zeroizing::new([0u8; KEY_LEN]);
        if bytes.len() != KEY_LEN {
            return None;
        }
        k.copy_from_slice(bytes);
        Some(Key(k))
    }
    pub(crate) fn cipher(&self) -> XChaCha20Poly1305 {
        XChaCha20Poly1305::new(&(*self.0).into())
    }
}

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Key(..)")
    }
}

/// Fills `buf` from the operating system's random source.
pub fn fill_random(buf: &mut [u8]) {
    getrandom::fill(buf).expect("the OS random source is available");
}

/// Derives the key-encryption key from a passphrase.
pub fn derive_kek(
    passphrase: &SecretString,
    salt: &[u8],
    kdf: &KdfParams,
) -> Result<Key, VaultError> {
    kdf.check()?;
    let params =
        Params::new(kdf.m_kib, kdf.t, kdf.p, Some(KEY_LEN)).map_err(|_| VaultError::Corrupt)?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
    let mut out = Zeroizing::new([0u8; KEY_LEN]);
    argon
        .hash_password_into(passphrase.expose_secret().as_bytes(), salt, out.as_mut())
        .map_err(|_| VaultError::Corrupt)?;
    Ok(Key(out))
}

/// Seals `plain` under `key` with `aad`: nonce || ciphertext || tag.
pub fn seal(key: &Key, aad: &[u8], plain: &[u8]) -> Vec<u8> {
    let mut nonce = [0u8; NONCE_LEN];
    fill_random(&mut nonce);
    let ct = key
        .cipher()
        .encrypt(&XNonce::from(nonce), Payload { msg: plain, aad })
        .expect("XChaCha20-Poly1305 encrypts any length we use");
    let mut out = Vec::with_capacity(NONCE_LEN + ct.len());
    out.extend_from_slice(&nonce);
    out.extend_from_slice(&ct);
    out
}

/// Opens what [`seal`] made; `None` when the key, the data or `aad` differ.
pub fn open(key: &Key, aad: &[u8], sealed: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
    let mut buf = Zeroizing::new(sealed.to_vec());
    let n = open_in_place(key, aad, &mut buf)?.len();
    buf.copy_within(NONCE_LEN..NONCE_LEN + n, 0);
    // The tail stays in the allocation until `Zeroizing` wipes it.
    buf.truncate(n);
    Some(buf)
}

/// Opens what [`seal`] made where it lies, without copying: on success the
/// plaintext is returned as a part of `sealed` (the caller wipes it); on
/// failure `None`, and `sealed` may hold garbage.
pub fn open_in_place<'a>(key: &Key, aad: &[u8], sealed: &'a mut [u8]) -> Option<&'a [u8]> {
    if sealed.len() < NONCE_LEN + TAG_LEN {
        return None;
    }
    let (nonce, rest) = sealed.split_at_mut(NONCE_LEN);
    let (ct, tag) = rest.split_at_mut(rest.len() - TAG_LEN);
    let nonce = XNonce::try_from(&*nonce).ok()?;
    let tag = Tag::try_from(&*tag).ok()?;
    key.cipher()
        .decrypt_inout_detached(&nonce, aad, ct.into(), &tag)
        .ok()?;
    Some(ct)
}

/// Wraps the data key under a key-encryption key.
pub fn wrap(kek: &Key, aad: &[u8], data_key: &Key) -> Vec<u8> {
    seal(kek, aad, data_key.0.as_ref())
}

/// Unwraps the data key; `None` when `kek` is the wrong key.
pub fn unwrap(kek: &Key, aad: &[u8], wrapped: &[u8]) -> Option<Key> {
    open(kek, aad, wrapped).and_then(|k| Key::from_bytes(&k))
}

/// A recovery key: 160 random bits, shown once to the person as eight groups
/// of four characters (Crockford base32, so 0/O and 1/I/L cannot be mixed up).
pub struct RecoveryKey(Zeroizing<[u8; 20]>);

const RECOVERY_ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

impl RecoveryKey {
    pub(crate) fn random() -> Self {
        let mut k = Zeroizing::new([0u8; 20]);
        fill_random(k.as_mut());
        RecoveryKey(k)
    }

    /// The key as the person writes it down: `XXXX-XXXX-...` (8 groups).
    pub fn display(&self) -> SecretString {
        let mut bits: u64 = 0;
        let mut nbits = 0;
        let mut chars = Zeroizing::new(String::with_capacity(40));
        for b in self.0.iter() {
            bits = (bits << 8) | u64::from(*b);
            nbits += 8;
            while nbits >= 5 {
                nbits -= 5;
                if !chars.is_empty() && chars.len() % 5 == 4 {
                    chars.push('-');
                }
                chars.push(RECOVERY_ALPHABET[((bits >> nbits) & 31) as usize] as char);
            }
        }
        bits.zeroize();
        SecretString::from(chars.as_str())
    }

    /// Parses a written-down key, forgiving case, spaces, dashes and the
    /// look-alike letters O, I and L.
    pub fn parse(text: &SecretString) -> Result<Self, VaultError> {
        let mut out = Zeroizing::new([0u8; 20]);
        let mut bits: u64 = 0;
        let mut nbits = 0;
        let mut n = 0;
        for c in text.expose_secret().chars() {
            let c = match c.to_ascii_uppercase() {
                ' ' | '-' | '\t' | '\n' | '\r' => continue,
                'O' => '0',
                'I' | 'L' => '1',
                c => c,
            };
            let v = RECOVERY_ALPHABET
                .iter()
                .position(|a| *a as char == c)
                .ok_or(VaultError::MalformedRecoveryKey)?;
            bits = (bits << 5) | v as u64;
            nbits += 5;
            if nbits >= 8 {
                nbits -= 8;
                if n >= out.len() {
                    return Err(VaultError::MalformedRecoveryKey);
                }
                out[n] = (bits >> nbits) as u8;
                n += 1;
            }
        }
        bits.zeroize();
        if n != out.len() {
            return Err(VaultError::MalformedRecoveryKey);
        }
        Ok(RecoveryKey(out))
    }

    /// The key that wraps the data key for recovery. The recovery key is
    /// already 160 random bits, so a hash (not a slow KDF) suffices.
    pub(crate) fn kek(&self, vault_id: &[u8]) -> Key {
        let mut h = Sha256::new();
        h.update(b"hearken recovery key v1\0");
        h.update(vault_id);
        h.update(&self.0[..]);
        let digest = h.finalize();
        Key::from_bytes(&digest).expect("SHA-256 is 32 bytes")
    }
}

impl std::fmt::Debug for RecoveryKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecoveryKey(..)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recovery_key_round_trips_through_its_written_form() {
        let k = RecoveryKey::random();
        let shown = k.display();
        let s = shown.expose_secret();
        assert_eq!(s.len(), 39, "{s}");
        assert_eq!(s.split('-').count(), 8);
        let sloppy = SecretString::from(s.to_lowercase().replace('-', " ").replace('0', "o"));
        let back = RecoveryKey::parse(&sloppy).unwrap();
        assert_eq!(back.0[..], k.0[..]);
        assert!(matches!(
            RecoveryKey::parse(&SecretString::from("ABCD-EFGH")),
            Err(VaultError::MalformedRecoveryKey)
        ));
        assert!(matches!(
            RecoveryKey::parse(&SecretString::from(format!("{s}-AAAA"))),
            Err(VaultError::MalformedRecoveryKey)
        ));
    }

    #[test]
    fn seal_binds_associated_data_and_detects_any_flip() {
        let key = Key::random();
        let sealed = seal(&key, b"ad", b"hello");
        assert_eq!(open(&key, b"ad", &sealed).unwrap().as_slice(), b"hello");
        assert!(open(&key, b"other", &sealed).is_none());
        assert!(open(&Key::random(), b"ad", &sealed).is_none());
        let mut in_place = sealed.clone();
        assert_eq!(open_in_place(&key, b"ad", &mut in_place).unwrap(), b"hello");
        for i in 0..sealed.len() {
            let mut bad = sealed.clone();
            bad[i] ^= 1;
            assert!(open(&key, b"ad", &bad).is_none(), "flip at {i}");
            assert!(
                open_in_place(&key, b"ad", &mut bad).is_none(),
                "flip at {i}"
            );
        }
    }

    #[test]
    fn kdf_below_the_floor_is_refused() {
        assert!(matches!(
            KdfParams::with_memory_mib(32),
            Err(VaultError::WeakKdf { .. })
        ));
        assert_eq!(KdfParams::with_memory_mib(64).unwrap().m_kib, 65536);
        assert!(matches!(
            KdfParams::with_memory_mib(100_000),
            Err(VaultError::KdfTooLarge { max_mib: 4096 })
        ));
    }
}
