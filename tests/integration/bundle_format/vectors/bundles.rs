//! Bundle vectors: age output is random, so the check decrypts them (or
//! derives them from another committed vector) instead of comparing bytes.

use hearken::format::ManifestDigest;

use super::{super::fixtures::*, Body, Spec, craft::*, device_active};

/// The plaintext archive of the valid bundle (sequence 7): deterministic.
pub fn bundle_archive() -> Vec<u8> {
    decrypt(&bundle_bytes(7, &[COORDINATOR_AGE]), COORDINATOR_AGE)
}

/// Bundles: age output is random, so the check decrypts what it cannot
/// compare.
pub fn specs() -> Vec<Spec> {
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
