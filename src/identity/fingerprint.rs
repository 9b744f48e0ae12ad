//! Fingerprints people compare by phone.
//!
//! Spec: `docs/format.md` §2.3. Twenty decimal digits in five groups of four:
//! digits read the same in every language Hearken ships (a word list would
//! need one list per language and a way to agree which one), and twenty
//! digits carry about 66 bits, beyond what an attacker can match by
//! generating keys until one collides with a given fingerprint.

use std::fmt;

use sha2::{Digest, Sha256};

/// Five groups of four digits derived from the SHA-256 of an Ed25519 public
/// key. Displays as `0123 4567 8901 2345 6789`.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Fingerprint([u16; 5]);

impl Fingerprint {
    /// Group `i` is the big-endian `u32` in bytes `4i..4i+4` of
    /// `SHA-256(public_key)`, modulo 10 000.
    pub(super) fn of_public_key(public_key: &[u8; 32]) -> Self {
        let digest: [u8; 32] = Sha256::digest(public_key).into();
        let mut groups = [0u16; 5];
        for (i, group) in groups.iter_mut().enumerate() {
            let word = u32::from_be_bytes(digest[4 * i..4 * i + 4].try_into().expect("4 bytes"));
            *group = u16::try_from(word % 10_000).expect("below 10 000");
        }
        Fingerprint(groups)
    }

    /// The five groups, each below 10 000.
    pub fn groups(&self) -> [u16; 5] {
        self.0
    }
}

impl fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let [a, b, c, d, e] = self.0;
        write!(f, "{a:04} {b:04} {c:04} {d:04} {e:04}")
    }
}

impl fmt::Debug for Fingerprint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Fingerprint({self})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprint_follows_the_documented_derivation() {
        // Computed independently: SHA-256 of 32 zero bytes starts 66687aad
        // f862bd77 6c8fc18b 8e9f8e20 08971485; each word modulo 10 000.
        let fp = Fingerprint::of_public_key(&[0u8; 32]);
        assert_eq!(fp.groups(), [3181, 599, 523, 1280, 8917]);
        assert_eq!(fp.to_string(), "3181 0599 0523 1280 8917");
    }

    #[test]
    fn different_keys_give_different_fingerprints() {
        assert_ne!(
            Fingerprint::of_public_key(&[0u8; 32]),
            Fingerprint::of_public_key(&[1u8; 32])
        );
    }
}
