//! Making vector bytes: age encryption and decryption with the age crate
//! (never with the code under test), and surgery on canonical archives the
//! way a tamperer would do it.

use std::{io::Read, str::FromStr};

use age::{
    armor::{ArmoredReader, ArmoredWriter, Format},
    secrecy::SecretString,
};
use hearken::{
    format::{
        Limits, ManifestDigest,
        archive::{self, Entry},
        signature,
    },
    identity::SigningKey,
};

use super::super::fixtures::age_identity;

const PASSPHRASE: &str = "correct horse battery staple";

/// Decrypts with the age crate (not with the code under test).
pub fn decrypt(bytes: &[u8], secret: &str) -> Vec<u8> {
    try_decrypt(bytes, secret).expect("decrypts")
}

pub fn try_decrypt(bytes: &[u8], secret: &str) -> Option<Vec<u8>> {
    let identity = age::x25519::Identity::from_str(secret).ok()?;
    let decryptor = age::Decryptor::new_buffered(ArmoredReader::new(bytes)).ok()?;
    let mut out = Vec::new();
    decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .ok()?
        .read_to_end(&mut out)
        .ok()?;
    Some(out)
}

pub fn seal(archive: &[u8], to: &[&str], armored: bool) -> Vec<u8> {
    let recipients: Vec<_> = to.iter().map(|s| age_identity(s).recipient()).collect();
    let encryptor =
        age::Encryptor::with_recipients(recipients.iter().map(|r| r as &dyn age::Recipient))
            .unwrap();
    let format = if armored {
        Format::AsciiArmor
    } else {
        Format::Binary
    };
    let armor = ArmoredWriter::wrap_output(Vec::new(), format).unwrap();
    let mut w = encryptor.wrap_output(armor).unwrap();
    std::io::Write::write_all(&mut w, archive).unwrap();
    w.finish().unwrap().finish().unwrap()
}

pub fn seal_with_passphrase(archive: &[u8]) -> Vec<u8> {
    let mut recipient = age::scrypt::Recipient::new(SecretString::from(PASSPHRASE.to_owned()));
    recipient.set_work_factor(10);
    let encryptor = age::Encryptor::with_recipients(std::iter::once(&recipient as _)).unwrap();
    let mut out = Vec::new();
    let mut w = encryptor.wrap_output(&mut out).unwrap();
    std::io::Write::write_all(&mut w, archive).unwrap();
    w.finish().unwrap();
    out
}

pub fn decrypt_with_passphrase(bytes: &[u8]) -> Vec<u8> {
    let mut identity = age::scrypt::Identity::new(SecretString::from(PASSPHRASE.to_owned()));
    identity.set_max_work_factor(10);
    let decryptor = age::Decryptor::new_buffered(bytes).unwrap();
    let mut out = Vec::new();
    decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .unwrap()
        .read_to_end(&mut out)
        .unwrap();
    out
}

/// (name, bytes) of every entry, and the archive's mtime.
pub fn entries(archive_bytes: &[u8]) -> (Vec<(String, Vec<u8>)>, u64) {
    let archive = archive::read(archive_bytes, &Limits::DEFAULT).unwrap();
    let entries = archive
        .entries
        .iter()
        .map(|e| (e.name.to_owned(), e.bytes.to_vec()))
        .collect();
    (entries, archive.mtime)
}

pub fn rebuild(entries: &[(String, Vec<u8>)], mtime: u64) -> Vec<u8> {
    let list: Vec<Entry<'_>> = entries
        .iter()
        .map(|(name, bytes)| Entry { name, bytes })
        .collect();
    let mut out = Vec::new();
    archive::write(&mut out, &list, mtime).unwrap();
    out
}

/// Rewrites entry `index` of an archive: `edit` changes its manifest text,
/// the signature is kept (so it no longer matches).
pub fn edit_manifest(archive_bytes: &[u8], edit: impl Fn(String) -> String) -> Vec<u8> {
    let (mut list, mtime) = entries(archive_bytes);
    list[0].1 = edit(String::from_utf8(list[0].1.clone()).unwrap()).into_bytes();
    rebuild(&list, mtime)
}

/// Like [`edit_manifest`], then signs the new manifest properly.
pub fn resign_manifest(
    archive_bytes: &[u8],
    key: &SigningKey,
    edit: impl Fn(String) -> String,
) -> Vec<u8> {
    let (mut list, mtime) = entries(archive_bytes);
    let json = edit(String::from_utf8(list[0].1.clone()).unwrap());
    let comment = String::from_utf8(list[1].1.clone())
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("trusted comment: ").map(str::to_owned))
        .unwrap();
    list[1].1 = signature::sign(json.as_bytes(), key, &comment).into_bytes();
    list[0].1 = json.into_bytes();
    rebuild(&list, mtime)
}

/// Changes the header of entry `index` in place and fixes its checksum, as
/// a hand-made tar would: `edit` gets the 512-byte header.
pub fn patch_header(archive_bytes: &[u8], index: usize, edit: impl Fn(&mut [u8])) -> Vec<u8> {
    let mut bytes = archive_bytes.to_vec();
    let mut at = 0;
    for _ in 0..index {
        let size_field = std::str::from_utf8(&bytes[at + 124..at + 135]).unwrap();
        let size = usize::from_str_radix(size_field, 8).unwrap();
        at += 512 + size.div_ceil(512) * 512;
    }
    let header = &mut bytes[at..at + 512];
    edit(header);
    header[148..156].fill(b' ');
    let sum: u32 = header.iter().map(|b| u32::from(*b)).sum();
    header[148..156].copy_from_slice(format!("{sum:06o}\0 ").as_bytes());
    bytes
}

pub fn set_name(header: &mut [u8], name: &str) {
    header[..100].fill(0);
    header[..name.len()].copy_from_slice(name.as_bytes());
}

/// Where the age payload starts: after the header's MAC line and the nonce.
pub fn payload_start(sealed: &[u8]) -> usize {
    let mac = sealed.windows(5).position(|w| w == b"\n--- ").unwrap() + 1;
    let end = mac + sealed[mac..].iter().position(|b| *b == b'\n').unwrap() + 1;
    end + 16
}

/// The manifest digest of an archive.
pub fn digest_of(archive_bytes: &[u8]) -> ManifestDigest {
    let archive = archive::read(archive_bytes, &Limits::DEFAULT).unwrap();
    ManifestDigest::of(archive.entries[0].bytes)
}
