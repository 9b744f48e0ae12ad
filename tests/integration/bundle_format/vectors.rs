//! Test vectors under `tests/vectors/`: their generator and their checks.
//!
//! Each vector file states its own expected outcome in a text header (as
//! age's testkit does), then holds the kit or bundle bytes after a blank
//! line. `every_vector_has_its_stated_outcome` reads only the files, so
//! another implementation can run the same vectors. The generator uses the
//! fixed keys of `fixtures`; kits come out byte for byte the same every
//! time, bundles differ by age's random keys and nonces, so
//! `committed_vectors_match_the_generator` checks that each committed bundle
//! decrypts to the archive the generator would seal today.
//!
//! Regenerate (only when the format or a vector changes on purpose):
//! `cargo test --test integration regenerate_vectors -- --ignored`

use std::{collections::BTreeSet, fs, io::Read, path::PathBuf, str::FromStr};

use age::{
    armor::{ArmoredReader, ArmoredWriter, Format},
    secrecy::SecretString,
};
use hearken::{
    bundle::{self, KeyStatus},
    format::{
        Limits, ManifestDigest,
        archive::{self, Entry},
        signature,
    },
    identity::{KeyId, PublicKey},
    kit::{self, Pin},
};

use super::{fixtures::*, outcome};

const PASSPHRASE: &str = "correct horse battery staple";

fn vectors_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/vectors")
}

/// How a vector's bytes are made.
enum Body {
    /// Deterministic bytes.
    Exact(Vec<u8>),
    /// An archive encrypted with age to these identities (the first one
    /// decrypts it in the check).
    Sealed {
        archive: Vec<u8>,
        to: Vec<&'static str>,
        armored: bool,
    },
    /// An archive encrypted with age to a passphrase.
    Passphrase(Vec<u8>),
    /// An edit of another vector's committed bytes.
    Derived {
        of: &'static str,
        edit: fn(&[u8]) -> Vec<u8>,
    },
}

struct Spec {
    name: &'static str,
    header: Vec<String>,
    body: Body,
}

impl Spec {
    fn kit(name: &'static str, expect: &str, comment: &str, body: Vec<u8>) -> Self {
        Spec {
            name,
            header: vec![
                format!("expect: {expect}"),
                "kind: kit".into(),
                format!("comment: {comment}"),
            ],
            body: Body::Exact(body),
        }
    }

    fn bundle(name: &'static str, expect: &str, comment: &str, body: Body) -> Self {
        Spec {
            name,
            header: vec![
                format!("expect: {expect}"),
                "kind: bundle".into(),
                format!("identity: {COORDINATOR_AGE}"),
                format!("comment: {comment}"),
            ],
            body,
        }
    }

    fn with(mut self, line: String) -> Self {
        let at = self.header.len() - 1;
        self.header.insert(at, line);
        self
    }

    fn identity(mut self, secret: &str) -> Self {
        for line in &mut self.header {
            if line.starts_with("identity: ") {
                *line = format!("identity: {secret}");
            }
        }
        self
    }
}

fn device_active() -> String {
    let key = device().public_key().clone();
    format!("roster: {} active {key}", key.key_id())
}

fn pin_line(key: &PublicKey, version: u64, digest: ManifestDigest) -> String {
    format!("pin: {ENGAGEMENT} {key} {version} {digest}")
}

fn digest_of(archive_bytes: &[u8]) -> ManifestDigest {
    let archive = archive::read(archive_bytes, &Limits::DEFAULT).unwrap();
    ManifestDigest::of(archive.entries[0].bytes)
}

/// Decrypts with the age crate (not with the code under test).
pub fn decrypt(bytes: &[u8], secret: &str) -> Vec<u8> {
    try_decrypt(bytes, secret).expect("decrypts")
}

fn try_decrypt(bytes: &[u8], secret: &str) -> Option<Vec<u8>> {
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

fn seal(archive: &[u8], to: &[&str], armored: bool) -> Vec<u8> {
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

fn seal_with_passphrase(archive: &[u8]) -> Vec<u8> {
    let mut recipient = age::scrypt::Recipient::new(SecretString::from(PASSPHRASE.to_owned()));
    recipient.set_work_factor(10);
    let encryptor = age::Encryptor::with_recipients(std::iter::once(&recipient as _)).unwrap();
    let mut out = Vec::new();
    let mut w = encryptor.wrap_output(&mut out).unwrap();
    std::io::Write::write_all(&mut w, archive).unwrap();
    w.finish().unwrap();
    out
}

fn decrypt_with_passphrase(bytes: &[u8]) -> Vec<u8> {
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
fn entries(archive_bytes: &[u8]) -> (Vec<(String, Vec<u8>)>, u64) {
    let archive = archive::read(archive_bytes, &Limits::DEFAULT).unwrap();
    let entries = archive
        .entries
        .iter()
        .map(|e| (e.name.to_owned(), e.bytes.to_vec()))
        .collect();
    (entries, archive.mtime)
}

fn rebuild(entries: &[(String, Vec<u8>)], mtime: u64) -> Vec<u8> {
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
fn edit_manifest(archive_bytes: &[u8], edit: impl Fn(String) -> String) -> Vec<u8> {
    let (mut list, mtime) = entries(archive_bytes);
    list[0].1 = edit(String::from_utf8(list[0].1.clone()).unwrap()).into_bytes();
    rebuild(&list, mtime)
}

/// Like [`edit_manifest`], then signs the new manifest properly.
fn resign_manifest(
    archive_bytes: &[u8],
    key: &hearken::identity::SigningKey,
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
fn patch_header(archive_bytes: &[u8], index: usize, edit: impl Fn(&mut [u8])) -> Vec<u8> {
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

fn set_name(header: &mut [u8], name: &str) {
    header[..100].fill(0);
    header[..name.len()].copy_from_slice(name.as_bytes());
}

/// Where the age payload starts: after the header's MAC line and the nonce.
fn payload_start(sealed: &[u8]) -> usize {
    let mac = sealed.windows(5).position(|w| w == b"\n--- ").unwrap() + 1;
    let end = mac + sealed[mac..].iter().position(|b| *b == b'\n').unwrap() + 1;
    end + 16
}

/// The plaintext archive of the valid bundle (sequence 7): deterministic.
fn bundle_archive() -> Vec<u8> {
    decrypt(&bundle_bytes(7, &[COORDINATOR_AGE]), COORDINATOR_AGE)
}

fn specs() -> Vec<Spec> {
    let mut all = kit_specs();
    all.extend(bundle_specs());
    all
}

/// Kits: deterministic, byte for byte.
fn kit_specs() -> Vec<Spec> {
    let kit = kit_bytes(&coordinator(), 3);
    let kit_digest = digest_of(&kit);
    let coordinator_key = coordinator().public_key().clone();
    vec![
        Spec::kit(
            "kit_valid",
            "ok",
            "A valid kit, first use: no pin for the engagement yet.",
            kit.clone(),
        )
        .with(format!("digest: {kit_digest}")),
        Spec::kit(
            "kit_valid_pinned",
            "ok",
            "Version 3 from the pinned coordinator key, which last sent version 2.",
            kit.clone(),
        )
        .with(pin_line(&coordinator_key, 2, ManifestDigest([0; 32])))
        .with(format!("digest: {kit_digest}")),
        Spec::kit(
            "kit_bad_signature",
            "bad-signature",
            "kit_version changed from 3 to 4 in manifest.json after signing.",
            edit_manifest(&kit, |m| {
                m.replace("\"kit_version\": 3", "\"kit_version\": 4")
            }),
        ),
        Spec::kit(
            "kit_trusted_comment_altered",
            "bad-signature",
            "The trusted comment of the signature says version 4; the global signature no longer verifies.",
            {
                let (mut list, mtime) = entries(&kit);
                list[1].1 = String::from_utf8(list[1].1.clone())
                    .unwrap()
                    .replace("kit_version:3", "kit_version:4")
                    .into_bytes();
                rebuild(&list, mtime)
            },
        ),
        Spec::kit(
            "kit_untrusted_comment_altered",
            "malformed-signature",
            "The untrusted comment is not the canonical one; every byte of the signature file is fixed.",
            {
                let (mut list, mtime) = entries(&kit);
                list[1].1 = String::from_utf8(list[1].1.clone())
                    .unwrap()
                    .replace("signature from hearken key", "signature from hearken KEY")
                    .into_bytes();
                rebuild(&list, mtime)
            },
        ),
        // The last 1536 bytes are consent-en.txt's one data block and the
        // end marker: cut 20 bytes into that file.
        Spec::kit(
            "kit_truncated",
            "truncated",
            "The valid kit cut in the middle of a content file.",
            kit[..kit.len() - 1536 + 20].to_vec(),
        ),
        Spec::kit(
            "kit_trailing_data",
            "malformed-archive trailing-data",
            "Bytes after the end-of-archive marker.",
            [kit.as_slice(), b"PS: one more thing\n"].concat(),
        ),
        Spec::kit(
            "kit_other_signer",
            "signer-changed",
            "A valid kit signed by another key, for an engagement pinned to the coordinator key.",
            kit_bytes(&impostor(), 4),
        )
        .with(pin_line(&coordinator_key, 3, kit_digest)),
        Spec::kit(
            "kit_outdated",
            "kit-outdated",
            "Replay of version 3 after version 4 was imported.",
            kit.clone(),
        )
        .with(pin_line(&coordinator_key, 4, ManifestDigest([0; 32]))),
        Spec::kit(
            "kit_replay",
            "already-imported",
            "The same kit imported twice: nothing to do.",
            kit.clone(),
        )
        .with(pin_line(&coordinator_key, 3, kit_digest)),
        Spec::kit(
            "kit_version_reused",
            "kit-version-reused",
            "Version 3 was already imported with other content.",
            kit.clone(),
        )
        .with(pin_line(&coordinator_key, 3, ManifestDigest([0xAA; 32]))),
        Spec::kit(
            "kit_newer_format",
            "newer-format-version 2",
            "A properly signed manifest of format version 2 with a field version 1 does not know.",
            resign_manifest(&kit, &coordinator(), |m| {
                m.replace(
                    "\"format_version\": 1",
                    "\"format_version\": 2, \"compression\": \"zstd\"",
                )
            }),
        ),
        Spec::kit(
            "kit_unknown_field",
            "malformed-manifest unknown-field",
            "A properly signed version 1 manifest with an extra field.",
            resign_manifest(&kit, &coordinator(), |m| {
                m.replace(
                    "\"kind\": \"kit\"",
                    "\"kind\": \"kit\",\n  \"priority\": \"high\"",
                )
            }),
        ),
        Spec::kit(
            "kit_duplicate_field",
            "malformed-manifest json",
            "A properly signed manifest that gives kit_version twice.",
            resign_manifest(&kit, &coordinator(), |m| {
                m.replace(
                    "\"kit_version\": 3",
                    "\"kit_version\": 3,\n  \"kit_version\": 9",
                )
            }),
        ),
        Spec::kit(
            "kit_foreign_signer_key",
            "malformed-manifest signer",
            "The signer key id is not derived from the key, as in a key made by the minisign CLI.",
            edit_manifest(&kit, |m| {
                let key = coordinator().public_key().to_string();
                let mut raw = data_encoding::BASE64.decode(key.as_bytes()).unwrap();
                raw[2] ^= 0xFF;
                m.replace(&key, &data_encoding::BASE64.encode(&raw))
            }),
        ),
        Spec::kit(
            "kit_oversized_entry",
            "too-large entry",
            "A header claims a 40 MiB content file (the limit is 32 MiB); the reader stops before reading it.",
            patch_header(&kit, 2, |h| {
                h[124..136].copy_from_slice(format!("{:011o}\0", 40u64 << 20).as_bytes())
            }),
        ),
        Spec::kit(
            "kit_hash_mismatch",
            "hash-mismatch agenda.json",
            "One byte of agenda.json changed; its size is unchanged.",
            {
                let (mut list, mtime) = entries(&kit);
                list[2].1[10] ^= 0x20;
                rebuild(&list, mtime)
            },
        ),
        Spec::kit(
            "kit_unlisted_file",
            "unlisted-file run.sh",
            "A file the manifest does not list was appended.",
            {
                let (mut list, mtime) = entries(&kit);
                list.push(("run.sh".into(), b"#!/bin/sh\necho hello\n".to_vec()));
                rebuild(&list, mtime)
            },
        ),
        Spec::kit(
            "kit_missing_file",
            "missing-file consent-en.txt",
            "A listed file was removed.",
            {
                let (mut list, mtime) = entries(&kit);
                list.pop();
                rebuild(&list, mtime)
            },
        ),
        Spec::kit(
            "kit_path_traversal",
            "unsafe-file-name",
            "An entry renamed ../consent-en.txt.",
            patch_header(&kit, 3, |h| set_name(h, "../consent-en.txt")),
        ),
        Spec::kit(
            "kit_absolute_path",
            "unsafe-file-name",
            "An entry renamed /etc/passwd.",
            patch_header(&kit, 3, |h| set_name(h, "/etc/passwd")),
        ),
        Spec::kit(
            "kit_duplicate_entry",
            "duplicate-file",
            "Two entries named agenda.json (the second was consent-en.txt).",
            patch_header(&kit, 3, |h| set_name(h, "agenda.json")),
        ),
        Spec::kit(
            "kit_symlink",
            "malformed-archive entry-type",
            "agenda.json is a symbolic link to /etc/passwd.",
            patch_header(&kit, 2, |h| {
                h[156] = b'2';
                h[157..168].copy_from_slice(b"/etc/passwd");
            }),
        ),
        Spec::kit(
            "kit_repacked",
            "malformed-archive non-canonical",
            "A header as another tar writes it (mode 0664, owner name).",
            patch_header(&kit, 2, |h| {
                h[100..108].copy_from_slice(b"0000664\0");
                h[265..269].copy_from_slice(b"user");
            }),
        ),
        Spec::kit(
            "kit_hidden_padding",
            "malformed-archive padding",
            "Data hidden in the zero padding after agenda.json.",
            {
                let mut bytes = kit.clone();
                let (list, _) = entries(&kit);
                let agenda_data = 512
                    + list[0].1.len().div_ceil(512) * 512
                    + 512
                    + list[1].1.len().div_ceil(512) * 512
                    + 512;
                bytes[agenda_data + list[2].1.len() + 5] = b'!';
                bytes
            },
        ),
        Spec::kit(
            "kit_signature_first",
            "malformed-archive order",
            "manifest.json.minisig before manifest.json.",
            {
                let (mut list, mtime) = entries(&kit);
                list.swap(0, 1);
                rebuild(&list, mtime)
            },
        ),
        Spec::kit(
            "kit_files_out_of_order",
            "malformed-archive order",
            "Content files not in manifest order.",
            {
                let (mut list, mtime) = entries(&kit);
                list.swap(2, 3);
                rebuild(&list, mtime)
            },
        ),
        Spec::kit(
            "kit_is_bundle",
            "wrong-kind bundle",
            "A decrypted bundle archive given as a kit.",
            bundle_archive(),
        ),
        Spec::kit("kit_empty_file", "truncated", "An empty file.", Vec::new()),
    ]
}

/// Bundles: age output is random, so the check decrypts what it cannot
/// compare.
fn bundle_specs() -> Vec<Spec> {
    let bundle_archive = bundle_archive();
    let bundle_digest = digest_of(&bundle_archive);
    let device_id = device().key_id();
    let kit = kit_bytes(&coordinator(), 3);
    let sealed = |archive: &[u8]| Body::Sealed {
        archive: archive.to_vec(),
        to: vec![COORDINATOR_AGE],
        armored: false,
    };
    vec![
        Spec::bundle(
            "bundle_valid",
            "ok",
            "A valid bundle, sequence 7, from a device in the roster.",
            sealed(&bundle_archive),
        )
        .with(device_active())
        .with(format!("digest: {bundle_digest}")),
        Spec::bundle(
            "bundle_escrow_recipient",
            "ok",
            "Encrypted to the coordinator and an escrow key; opened with the escrow identity.",
            Body::Sealed {
                archive: bundle_archive.clone(),
                to: vec![ESCROW_AGE, COORDINATOR_AGE],
                armored: false,
            },
        )
        .identity(ESCROW_AGE)
        .with(device_active())
        .with(format!("digest: {bundle_digest}")),
        Spec::bundle(
            "bundle_bad_signature",
            "bad-signature",
            "device_sequence changed from 7 to 8 after signing.",
            sealed(&edit_manifest(&bundle_archive, |m| {
                m.replace("\"device_sequence\": 7", "\"device_sequence\": 8")
            })),
        )
        .with(device_active()),
        Spec::bundle(
            "bundle_truncated",
            "truncated",
            "bundle_valid cut right after the age header and nonce: no payload at all.",
            Body::Derived {
                of: "bundle_valid",
                edit: |b| b[..payload_start(b)].to_vec(),
            },
        )
        .with(device_active()),
        Spec::bundle(
            "bundle_truncated_header",
            "truncated",
            "bundle_valid cut inside the age header.",
            Body::Derived {
                of: "bundle_valid",
                edit: |b| b[..40].to_vec(),
            },
        )
        .with(device_active()),
        Spec::bundle(
            "bundle_truncated_payload",
            "damaged",
            "bundle_valid cut inside its last encrypted chunk: indistinguishable from tampering.",
            Body::Derived {
                of: "bundle_valid",
                edit: |b| b[..b.len() - 100].to_vec(),
            },
        )
        .with(device_active()),
        Spec::bundle(
            "bundle_damaged_payload",
            "damaged",
            "One payload byte of bundle_valid flipped.",
            Body::Derived {
                of: "bundle_valid",
                edit: |b| {
                    let mut v = b.to_vec();
                    let at = v.len() - 50;
                    v[at] ^= 1;
                    v
                },
            },
        )
        .with(device_active()),
        Spec::bundle(
            "bundle_damaged_header_mac",
            "damaged",
            "One byte of the age header MAC of bundle_valid changed.",
            Body::Derived {
                of: "bundle_valid",
                edit: |b| {
                    let mut v = b.to_vec();
                    let at = payload_start(b) - 16 - 5;
                    v[at] = if v[at] == b'A' { b'B' } else { b'A' };
                    v
                },
            },
        )
        .with(device_active()),
        Spec::bundle(
            "bundle_trailing_data",
            "damaged",
            "Bytes appended after the last encrypted chunk of bundle_valid.",
            Body::Derived {
                of: "bundle_valid",
                edit: |b| [b, b"appended".as_slice()].concat(),
            },
        )
        .with(device_active()),
        Spec::bundle(
            "bundle_wrong_recipient",
            "wrong-recipient",
            "A valid bundle encrypted to someone else.",
            Body::Sealed {
                archive: bundle_archive.clone(),
                to: vec![STRANGER_AGE],
                armored: false,
            },
        )
        .with(device_active()),
        Spec::bundle(
            "bundle_unknown_key",
            &format!("unknown-key {device_id}"),
            "A valid bundle from a device the roster does not know: quarantine.",
            sealed(&bundle_archive),
        ),
        Spec::bundle(
            "bundle_revoked_key",
            "revoked-key",
            "A valid bundle from a device whose key was revoked.",
            sealed(&bundle_archive),
        )
        .with(format!("roster: {device_id} revoked")),
        Spec::bundle(
            "bundle_key_mismatch",
            "key-mismatch",
            "The roster holds another key under the device's key id.",
            sealed(&bundle_archive),
        )
        .with(format!(
            "roster: {device_id} active {}",
            impostor().public_key()
        )),
        Spec::bundle(
            "bundle_replay",
            "already-imported",
            "The same bundle (same signed manifest) was already imported: nothing to do.",
            sealed(&bundle_archive),
        )
        .with(device_active())
        .with(format!("imported: {device_id} 7 {bundle_digest}")),
        Spec::bundle(
            "bundle_sequence_reused",
            "sequence-reused 7",
            "Another bundle with this device's sequence 7 was already imported.",
            sealed(&bundle_archive),
        )
        .with(device_active())
        .with(format!(
            "imported: {device_id} 7 {}",
            ManifestDigest([0xBB; 32])
        )),
        Spec::bundle(
            "bundle_newer_format",
            "newer-format-version 2",
            "A properly signed manifest of format version 2.",
            sealed(&resign_manifest(&bundle_archive, &device(), |m| {
                m.replace("\"format_version\": 1", "\"format_version\": 2")
            })),
        )
        .with(device_active()),
        Spec::bundle(
            "bundle_oversized_entry",
            "too-large entry",
            "A header claims a 40 MiB content file (the limit is 32 MiB).",
            sealed(&patch_header(&bundle_archive, 2, |h| {
                h[124..136].copy_from_slice(format!("{:011o}\0", 40u64 << 20).as_bytes())
            })),
        )
        .with(device_active()),
        Spec::bundle(
            "bundle_hash_mismatch",
            "hash-mismatch quotes.json",
            "quotes.json changed after signing, then encrypted again.",
            {
                let (mut list, mtime) = entries(&bundle_archive);
                list[2].1[20] ^= 0x20;
                sealed(&rebuild(&list, mtime))
            },
        )
        .with(device_active()),
        Spec::bundle(
            "bundle_is_kit",
            "wrong-kind kit",
            "A kit archive encrypted as if it were a bundle.",
            sealed(&kit),
        )
        .with(device_active()),
        Spec::bundle(
            "bundle_not_age",
            "not-age-file",
            "A kit (not encrypted) given as a bundle.",
            Body::Exact(kit.clone()),
        )
        .with(device_active()),
        Spec::bundle(
            "bundle_empty_file",
            "truncated",
            "An empty file.",
            Body::Exact(Vec::new()),
        )
        .with(device_active()),
        Spec::bundle(
            "bundle_passphrase",
            "unsupported-encryption",
            "Encrypted with an age passphrase instead of to a recipient.",
            Body::Passphrase(bundle_archive.clone()),
        )
        .with(device_active()),
        Spec::bundle(
            "bundle_armored",
            "unsupported-encryption",
            "ASCII-armored age output (age -a): Hearken reads binary age only.",
            Body::Sealed {
                archive: bundle_archive.clone(),
                to: vec![COORDINATOR_AGE],
                armored: true,
            },
        )
        .with(device_active()),
    ]
}

fn vector_file(header: &[String], body: &[u8]) -> Vec<u8> {
    [header.join("\n").as_bytes(), b"\n\n", body].concat()
}

/// (header text, body) of a vector file.
fn split(file: &[u8]) -> (&str, &[u8]) {
    let at = file
        .windows(2)
        .position(|w| w == b"\n\n")
        .expect("a blank line ends the header");
    (
        std::str::from_utf8(&file[..at]).expect("a text header"),
        &file[at + 2..],
    )
}

fn readme(specs: &[Spec]) -> String {
    let mut text = String::from(
        "# Test vectors for kits and bundles\n\n\
         Each file is a text header (`key: value` lines), a blank line, then the bytes of a kit or\n\
         bundle. `expect:` is the outcome a reader must give: `ok`, or the error code and its\n\
         detail (see `docs/format.md` §9 and §12). `identity:` is the age identity to open a\n\
         bundle with; `roster:`, `imported:` and `pin:` give the reader's state; `digest:` is the\n\
         SHA-256 of `manifest.json` of a valid file. The keys are published test keys.\n\n\
         Generated by `tests/integration/bundle_format/vectors.rs`; regenerate with\n\
         `cargo test --test integration regenerate_vectors -- --ignored`.\n\n\
         | vector | expected outcome | what it is |\n|---|---|---|\n",
    );
    for spec in specs {
        let field = |key: &str| {
            spec.header
                .iter()
                .find_map(|l| l.strip_prefix(key))
                .unwrap_or_default()
                .to_owned()
        };
        text.push_str(&format!(
            "| `{}` | `{}` | {} |\n",
            spec.name,
            field("expect: "),
            field("comment: ")
        ));
    }
    text
}

#[test]
#[ignore = "writes tests/vectors/; run on purpose when the format changes"]
fn regenerate_vectors() {
    let dir = vectors_dir();
    fs::create_dir_all(&dir).unwrap();
    let specs = specs();
    let mut bodies: std::collections::HashMap<&str, Vec<u8>> = Default::default();
    for spec in &specs {
        // Keep a committed encrypted body that still holds the right
        // archive, so regenerating does not churn every bundle vector.
        let committed = fs::read(dir.join(spec.name)).ok();
        let reusable = committed.as_deref().map(|f| split(f).1.to_vec());
        let still = |check: &dyn Fn(&[u8]) -> bool| reusable.clone().filter(|b| check(b));
        let body = match &spec.body {
            Body::Exact(bytes) => bytes.clone(),
            Body::Sealed {
                archive,
                to,
                armored,
            } => still(&|b| {
                b.starts_with(b"-----BEGIN") == *armored
                    && try_decrypt(b, to[0]).as_ref() == Some(archive)
            })
            .unwrap_or_else(|| seal(archive, to, *armored)),
            Body::Passphrase(archive) => still(&|b| {
                b.starts_with(b"age-encryption.org/v1\n-> scrypt ")
                    && decrypt_with_passphrase(b) == *archive
            })
            .unwrap_or_else(|| seal_with_passphrase(archive)),
            Body::Derived { of, edit } => edit(&bodies[of]),
        };
        fs::write(dir.join(spec.name), vector_file(&spec.header, &body)).unwrap();
        bodies.insert(spec.name, body);
    }
    fs::write(dir.join("README.md"), readme(&specs)).unwrap();
}

#[test]
fn committed_vectors_match_the_generator() {
    let dir = vectors_dir();
    let specs = specs();
    let on_disk: BTreeSet<String> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n != "README.md")
        .collect();
    let expected: BTreeSet<String> = specs.iter().map(|s| s.name.to_owned()).collect();
    assert_eq!(
        on_disk, expected,
        "vector files differ from the generator's list"
    );
    assert_eq!(
        fs::read_to_string(dir.join("README.md")).unwrap(),
        readme(&specs),
        "tests/vectors/README.md is stale"
    );
    let committed = |name: &str| fs::read(dir.join(name)).unwrap();
    for spec in &specs {
        let file = committed(spec.name);
        let (header, body) = split(&file);
        assert_eq!(header, spec.header.join("\n"), "{}: header", spec.name);
        match &spec.body {
            Body::Exact(bytes) => assert!(body == bytes.as_slice(), "{}: bytes differ", spec.name),
            Body::Sealed {
                archive,
                to,
                armored,
            } => {
                assert_eq!(body.starts_with(b"-----BEGIN"), *armored, "{}", spec.name);
                assert!(
                    decrypt(body, to[0]) == *archive,
                    "{}: plaintext differs",
                    spec.name
                );
            }
            Body::Passphrase(archive) => {
                assert!(decrypt_with_passphrase(body) == *archive, "{}", spec.name)
            }
            Body::Derived { of, edit } => {
                let base = committed(of);
                assert!(
                    body == edit(split(&base).1),
                    "{}: not derived from {of}",
                    spec.name
                );
            }
        }
    }
}

/// The reader's state a vector header describes.
#[derive(Default)]
struct VectorState {
    roster: MemoryRoster,
    pins: MemoryPins,
    identity: Option<String>,
    digest: Option<String>,
}

fn parse_state(header: &str) -> (String, String, VectorState) {
    let (mut expect, mut kind) = (String::new(), String::new());
    let mut state = VectorState::default();
    for line in header.lines() {
        let (key, value) = line.split_once(": ").expect("key: value");
        let words: Vec<&str> = value.split(' ').collect();
        match key {
            "expect" => expect = value.to_owned(),
            "kind" => kind = value.to_owned(),
            "identity" => state.identity = Some(value.to_owned()),
            "digest" => state.digest = Some(value.to_owned()),
            "comment" => {}
            "roster" => {
                let id: KeyId = words[0].parse().unwrap();
                let status = match words[1] {
                    "active" => KeyStatus::Active(words[2].parse().unwrap()),
                    "revoked" => KeyStatus::Revoked,
                    other => panic!("roster status {other}"),
                };
                state.roster.keys.insert(id, status);
            }
            "imported" => {
                let digest = ManifestDigest(hex::decode(words[2]).unwrap().try_into().unwrap());
                state.roster.imported.insert(
                    (words[0].parse().unwrap(), words[1].parse().unwrap()),
                    digest,
                );
            }
            "pin" => {
                let pin = Pin {
                    signer: words[1].parse().unwrap(),
                    kit_version: words[2].parse().unwrap(),
                    digest: ManifestDigest(hex::decode(words[3]).unwrap().try_into().unwrap()),
                };
                state.pins.0.insert(words[0].to_owned(), pin);
            }
            other => panic!("unknown header line {other}"),
        }
    }
    (expect, kind, state)
}

#[test]
fn every_vector_has_its_stated_outcome() {
    let mut checked = 0;
    for entry in fs::read_dir(vectors_dir()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some() {
            continue;
        }
        let file = fs::read(&path).unwrap();
        let (header, body) = split(&file);
        let (expect, kind, state) = parse_state(header);
        let result = match kind.as_str() {
            "kit" => kit::read(body, &state.pins).map(|k| k.digest()),
            "bundle" => {
                let identity = age_identity(state.identity.as_deref().expect("identity line"));
                bundle::open(body, &identity, &state.roster).map(|b| b.digest())
            }
            other => panic!("kind {other}"),
        };
        let name = path.file_name().unwrap().to_string_lossy();
        assert_eq!(outcome(&result), expect, "vector {name}");
        if let Ok(digest) = result {
            assert_eq!(
                Some(digest.to_string()),
                state.digest,
                "vector {name}: digest"
            );
        }
        checked += 1;
    }
    assert!(checked >= 40, "only {checked} vectors");
}
