//! Kits and bundles as their readers meet them: round trips, every
//! tampering and truncation refused with the exact error, limits, pins and
//! the roster, translated errors. Test vectors and CLI interop live in the
//! submodules.

mod fixtures;
mod interop;
mod messages;
mod vectors;

use fixtures::*;
use hearken::{
    bundle::{self, BundleHeader, KeyStatus},
    format::{ArchiveKind, FormatError, Limits, ManifestKind},
    i18n::Localized,
    kit::{self, KitHeader, NoPins, PinStatus},
};

/// The outcome of a read, as vector files state it: `ok`, or the error's
/// code with its detail (`too-large entry`, `malformed-archive order`).
/// One line per variant, so each outcome names exactly one variant.
pub fn outcome<T>(result: &Result<T, FormatError>) -> String {
    let Err(e) = result else {
        return "ok".to_owned();
    };
    let detail = |code: &str, d: &str| format!("{code} {d}");
    match e {
        FormatError::TooLarge { what, .. } => {
            let code = e.message().args["what"].clone();
            detail("too-large", &arg_text(code, what))
        }
        FormatError::NotAgeFile => "not-age-file".into(),
        FormatError::UnsupportedEncryption => "unsupported-encryption".into(),
        FormatError::WrongRecipient => "wrong-recipient".into(),
        FormatError::Truncated => "truncated".into(),
        FormatError::Damaged => "damaged".into(),
        FormatError::MalformedArchive(fault) => {
            let code = e.message().args["fault"].clone();
            detail("malformed-archive", &arg_text(code, fault))
        }
        FormatError::UnsafeFileName => "unsafe-file-name".into(),
        FormatError::DuplicateFile => "duplicate-file".into(),
        FormatError::UnlistedFile { name } => detail("unlisted-file", name),
        FormatError::MissingFile { name } => detail("missing-file", name),
        FormatError::HashMismatch { name } => detail("hash-mismatch", name),
        FormatError::NewerFormatVersion { found, .. } => {
            detail("newer-format-version", &found.to_string())
        }
        FormatError::MalformedManifest(fault) => {
            let code = e.message().args["fault"].clone();
            detail("malformed-manifest", &arg_text(code, fault))
        }
        FormatError::WrongKind { found, .. } => detail("wrong-kind", found.as_str()),
        FormatError::MalformedSignature => "malformed-signature".into(),
        FormatError::BadSignature => "bad-signature".into(),
        FormatError::UnknownKey(unknown) => {
            detail("unknown-key", &unknown.signer.key_id().to_string())
        }
        FormatError::RevokedKey { .. } => "revoked-key".into(),
        FormatError::KeyMismatch { .. } => "key-mismatch".into(),
        FormatError::SignerChanged { .. } => "signer-changed".into(),
        FormatError::AlreadyImported => "already-imported".into(),
        FormatError::SequenceReused { sequence } => {
            detail("sequence-reused", &sequence.to_string())
        }
        FormatError::KitOutdated { .. } => "kit-outdated".into(),
        FormatError::KitVersionReused { .. } => "kit-version-reused".into(),
        FormatError::NoRecipients => "no-recipients".into(),
        FormatError::Io(_) => "io".into(),
        other => panic!("no outcome name for {other:?}"),
    }
}

fn arg_text(arg: hearken::i18n::Arg, fault: &dyn std::fmt::Debug) -> String {
    match arg {
        hearken::i18n::Arg::Str(s) => s,
        other => panic!("fault {fault:?} has a non-text code {other:?}"),
    }
}

fn open(bytes: &[u8], roster: &MemoryRoster) -> Result<bundle::OpenedBundle, FormatError> {
    bundle::open(bytes, &age_identity(COORDINATOR_AGE), roster)
}

#[test]
fn a_kit_reads_back_with_its_files_signer_and_recipients() {
    let bytes = kit_bytes(&coordinator(), 3);
    let kit = kit::read(&bytes, &NoPins).unwrap();
    assert_eq!(kit.pin_status(), PinStatus::FirstUse);
    assert_eq!(kit.signer(), coordinator().public_key());
    assert_eq!(kit.engagement_id(), ENGAGEMENT);
    assert_eq!(kit.kit_version(), 3);
    assert_eq!(
        kit.recipients()[0].to_string(),
        age_identity(COORDINATOR_AGE).recipient().to_string()
    );
    let files: Vec<_> = kit.files().iter().collect();
    assert_eq!(files, KIT_FILES.to_vec());
    assert_eq!(kit.manifest().created, CREATED);
}

#[test]
fn a_bundle_opens_for_each_of_its_recipients() {
    let bytes = bundle_bytes(7, &[COORDINATOR_AGE, ESCROW_AGE]);
    let roster = MemoryRoster::with_device();
    for secret in [COORDINATOR_AGE, ESCROW_AGE] {
        let opened = bundle::open(&bytes, &age_identity(secret), &roster).unwrap();
        assert_eq!(opened.device_key(), device().public_key());
        assert_eq!(opened.device_sequence(), 7);
        assert_eq!(opened.engagement_id(), ENGAGEMENT);
        assert_eq!(opened.files().get("quotes.json"), Some(BUNDLE_FILES[0].1));
        assert_eq!(opened.files().len(), 2);
    }
    let stranger = bundle::open(&bytes, &age_identity(STRANGER_AGE), &roster);
    assert_eq!(outcome(&stranger), "wrong-recipient");
}

#[test]
fn debug_output_of_an_opened_bundle_never_shows_content() {
    let bytes = bundle_bytes(1, &[COORDINATOR_AGE]);
    let opened = open(&bytes, &MemoryRoster::with_device()).unwrap();
    let debug = format!("{opened:?}");
    assert!(debug.contains("quotes.json"), "{debug}");
    assert!(!debug.contains("well is two hours"), "{debug}");
}

#[test]
fn every_single_byte_change_of_a_kit_is_refused() {
    let bytes = kit_bytes(&coordinator(), 1);
    for i in 0..bytes.len() {
        for mask in [0x01, 0x80] {
            let mut bad = bytes.clone();
            bad[i] ^= mask;
            let result = kit::read(&bad, &NoPins);
            assert!(result.is_err(), "byte {i} ^ {mask:#x} accepted");
        }
    }
}

#[test]
fn every_truncation_of_a_kit_is_refused() {
    let bytes = kit_bytes(&coordinator(), 1);
    for len in 0..bytes.len() {
        let result = kit::read(&bytes[..len], &NoPins);
        assert_eq!(outcome(&result), "truncated", "cut at {len}");
    }
}

#[test]
fn every_single_byte_change_of_a_bundle_is_refused() {
    let bytes = bundle_bytes(1, &[COORDINATOR_AGE]);
    let roster = MemoryRoster::with_device();
    let mut seen = std::collections::BTreeSet::new();
    for i in 0..bytes.len() {
        for mask in [0x01, 0x80] {
            let mut bad = bytes.clone();
            bad[i] ^= mask;
            let result = open(&bad, &roster);
            assert!(result.is_err(), "byte {i} ^ {mask:#x} accepted");
            seen.insert(outcome(&result));
        }
    }
    // The header MAC, the stanza and the payload each fail in their own way.
    for expected in ["damaged", "wrong-recipient", "not-age-file"] {
        assert!(seen.contains(expected), "{seen:?}");
    }
}

#[test]
fn every_truncation_of_a_bundle_is_refused() {
    let bytes = bundle_bytes(1, &[COORDINATOR_AGE]);
    let roster = MemoryRoster::with_device();
    for len in 0..bytes.len() {
        let result = open(&bytes[..len], &roster);
        let got = outcome(&result);
        assert!(
            got == "truncated" || got == "damaged",
            "cut at {len}: {got}"
        );
    }
}

#[test]
fn an_unknown_device_key_is_refused_with_what_approval_needs() {
    let bytes = bundle_bytes(4, &[COORDINATOR_AGE]);
    let mut roster = MemoryRoster::default();
    let Err(FormatError::UnknownKey(unknown)) = open(&bytes, &roster) else {
        panic!("expected an unknown key");
    };
    assert_eq!(&unknown.signer, device().public_key());
    assert_eq!(
        unknown.manifest.kind,
        ManifestKind::Bundle { device_sequence: 4 }
    );
    assert_eq!(unknown.manifest.engagement_id, ENGAGEMENT);
    // A person approves the key after comparing fingerprints: the same file
    // then opens.
    roster.keys.insert(
        unknown.signer.key_id(),
        KeyStatus::Active(unknown.signer.clone()),
    );
    assert!(open(&bytes, &roster).is_ok());
}

#[test]
fn revoked_and_mismatched_keys_are_refused() {
    let bytes = bundle_bytes(4, &[COORDINATOR_AGE]);
    let id = device().key_id();
    let mut roster = MemoryRoster::default();
    roster.keys.insert(id, KeyStatus::Revoked);
    assert_eq!(outcome(&open(&bytes, &roster)), "revoked-key");
    roster
        .keys
        .insert(id, KeyStatus::Active(impostor().public_key().clone()));
    assert_eq!(outcome(&open(&bytes, &roster)), "key-mismatch");
}

#[test]
fn a_replayed_bundle_changes_nothing_and_a_reused_sequence_is_refused() {
    let bytes = bundle_bytes(9, &[COORDINATOR_AGE]);
    let mut roster = MemoryRoster::with_device();
    let digest = open(&bytes, &roster).unwrap().digest();
    roster.imported.insert((device().key_id(), 9), digest);
    assert_eq!(outcome(&open(&bytes, &roster)), "already-imported");
    // Encrypting again gives other bytes but the same signed manifest.
    let again = bundle_bytes(9, &[COORDINATOR_AGE]);
    assert_ne!(again, bytes);
    assert_eq!(outcome(&open(&again, &roster)), "already-imported");
    let other = bundle::write(
        &BundleHeader {
            engagement_id: ENGAGEMENT,
            device_sequence: 9,
            created: CREATED + time::Duration::hours(1),
        },
        &BUNDLE_FILES,
        &device(),
        &[age_identity(COORDINATOR_AGE).recipient()],
    )
    .unwrap();
    assert_eq!(outcome(&open(&other, &roster)), "sequence-reused 9");
    roster.imported.clear();
    assert!(open(&other, &roster).is_ok());
}

#[test]
fn kit_pins_accept_newer_kits_from_the_same_key_only() {
    let mut pins = MemoryPins::default();
    let first = kit::read(&kit_bytes(&coordinator(), 1), &pins).unwrap();
    assert_eq!(first.pin_status(), PinStatus::FirstUse);
    pins.0.insert(ENGAGEMENT.to_owned(), first.to_pin());
    let second = kit::read(&kit_bytes(&coordinator(), 2), &pins).unwrap();
    assert_eq!(second.pin_status(), PinStatus::Pinned);
    assert_eq!(
        outcome(&kit::read(&kit_bytes(&coordinator(), 1), &pins)),
        "already-imported"
    );
    pins.0.insert(ENGAGEMENT.to_owned(), second.to_pin());
    assert_eq!(
        outcome(&kit::read(&kit_bytes(&coordinator(), 1), &pins)),
        "kit-outdated"
    );
    assert_eq!(
        outcome(&kit::read(&kit_bytes(&impostor(), 5), &pins)),
        "signer-changed"
    );
}

#[test]
fn a_kit_is_not_a_bundle_and_a_bundle_archive_is_not_a_kit() {
    let kit_file = kit_bytes(&coordinator(), 1);
    let roster = MemoryRoster::with_device();
    assert_eq!(outcome(&open(&kit_file, &roster)), "not-age-file");
    let archive = vectors::decrypt(&bundle_bytes(1, &[COORDINATOR_AGE]), COORDINATOR_AGE);
    assert_eq!(outcome(&kit::read(&archive, &NoPins)), "wrong-kind bundle");
    let opened = bundle::open_archive(archive.into(), &roster, &Limits::DEFAULT);
    assert!(opened.is_ok());
    let as_bundle = bundle::open_archive(kit_file.into(), &roster, &Limits::DEFAULT);
    assert_eq!(outcome(&as_bundle), "wrong-kind kit");
}

#[test]
fn every_limit_is_enforced_with_its_own_error() {
    let bytes = bundle_bytes(1, &[COORDINATOR_AGE]);
    let roster = MemoryRoster::with_device();
    let id = age_identity(COORDINATOR_AGE);
    let with = |limits: Limits| outcome(&bundle::open_with_limits(&bytes, &id, &roster, &limits));
    let d = Limits::DEFAULT;
    let archive_len = vectors::decrypt(&bytes, COORDINATOR_AGE).len() as u64;
    // The sealed-file limit is checked before decryption; it allows the
    // archive limit plus age's overhead, so it needs a file past 64 KiB.
    let big = vec![b'x'; 100 * 1024];
    let big_bundle = bundle::write(
        &BundleHeader {
            engagement_id: ENGAGEMENT,
            device_sequence: 1,
            created: CREATED,
        },
        &[("big.txt", &big)],
        &device(),
        &[id.recipient()],
    )
    .unwrap();
    let tight = Limits {
        max_archive: 1024,
        ..d
    };
    assert_eq!(
        outcome(&bundle::open_with_limits(&big_bundle, &id, &roster, &tight)),
        "too-large sealed-file"
    );
    assert_eq!(
        with(Limits {
            max_archive: archive_len - 1,
            ..d
        }),
        "too-large archive"
    );
    assert!(
        with(Limits {
            max_archive: archive_len,
            ..d
        }) == "ok"
    );
    assert_eq!(with(Limits { max_entry: 10, ..d }), "too-large entry");
    assert_eq!(with(Limits { max_files: 1, ..d }), "too-large files");
    assert_eq!(
        with(Limits {
            max_manifest: 100,
            ..d
        }),
        "too-large manifest"
    );
    let kit_file = kit_bytes(&coordinator(), 1);
    let small = Limits {
        max_archive: kit_file.len() as u64 - 1,
        ..d
    };
    assert_eq!(
        outcome(&kit::read_with_limits(&kit_file, &NoPins, &small)),
        "too-large archive"
    );
}

#[test]
fn writers_refuse_what_readers_would_refuse() {
    let key = device();
    let to = [age_identity(COORDINATOR_AGE).recipient()];
    let header = BundleHeader {
        engagement_id: ENGAGEMENT,
        device_sequence: 1,
        created: CREATED,
    };
    let write = |header: &BundleHeader<'_>, files: &[(&str, &[u8])], to: &[_]| {
        outcome(&bundle::write(header, files, &key, to))
    };
    assert_eq!(write(&header, &[("../x", b"")], &to), "unsafe-file-name");
    assert_eq!(write(&header, &[("a/b", b"")], &to), "unsafe-file-name");
    assert_eq!(
        write(&header, &[("a", b""), ("A", b"")], &to),
        "duplicate-file"
    );
    assert_eq!(
        write(&header, &[("manifest.json", b"")], &to),
        "malformed-manifest file-list"
    );
    assert_eq!(write(&header, &[("a", b"")], &[]), "no-recipients");
    let zero = BundleHeader {
        device_sequence: 0,
        ..header
    };
    assert_eq!(write(&zero, &[], &to), "malformed-manifest value");
    let spaced = BundleHeader {
        engagement_id: "upr 2025",
        ..header
    };
    assert_eq!(write(&spaced, &[], &to), "malformed-manifest value");
    let before_1970 = BundleHeader {
        created: time::macros::datetime!(1969-12-31 23:59:59 UTC),
        ..header
    };
    assert_eq!(write(&before_1970, &[], &to), "malformed-manifest value");
    let kit = KitHeader {
        engagement_id: ENGAGEMENT,
        kit_version: 1,
        created: CREATED,
        recipients: &[],
    };
    assert_eq!(
        outcome(&kit::write(&kit, &[], &coordinator())),
        "no-recipients"
    );
}

#[test]
fn an_empty_bundle_round_trips() {
    let to = [age_identity(COORDINATOR_AGE).recipient()];
    let header = BundleHeader {
        engagement_id: ENGAGEMENT,
        device_sequence: 2,
        created: CREATED,
    };
    let bytes = bundle::write(&header, &[], &device(), &to).unwrap();
    let opened = open(&bytes, &MemoryRoster::with_device()).unwrap();
    assert!(opened.files().is_empty());
    assert_eq!(opened.manifest().kind(), ArchiveKind::Bundle);
}
