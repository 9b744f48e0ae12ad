//! Every format and identity error reads as a real sentence in every
//! shipped language, with its numbers, and not as an English copy.

use hearken::{
    format::{ArchiveFault, ArchiveKind, FormatError, Limit, ManifestFault},
    i18n::{Arg, LANGUAGES, Localized, Localizer},
    identity::IdentityError,
};

use super::{fixtures::*, open};

#[test]
fn every_format_error_reads_as_a_sentence_in_every_language() {
    let bytes = bundle_bytes(1, &[COORDINATOR_AGE]);
    let Err(unknown) = open(&bytes, &MemoryRoster::default()) else {
        panic!("expected an unknown key");
    };
    let format_errors = [
        FormatError::TooLarge {
            what: Limit::Entry,
            limit: 33_554_432,
        },
        FormatError::TooLarge {
            what: Limit::Files,
            limit: 1000,
        },
        FormatError::NotAgeFile,
        FormatError::UnsupportedEncryption,
        FormatError::WrongRecipient,
        FormatError::Truncated,
        FormatError::Damaged,
        FormatError::MalformedArchive(ArchiveFault::Padding),
        FormatError::UnsafeFileName,
        FormatError::DuplicateFile,
        FormatError::UnlistedFile {
            name: "x.json".into(),
        },
        FormatError::MissingFile {
            name: "x.json".into(),
        },
        FormatError::HashMismatch {
            name: "x.json".into(),
        },
        FormatError::NewerFormatVersion {
            found: 2,
            supported: 1,
        },
        FormatError::MalformedManifest(ManifestFault::UnknownField),
        FormatError::WrongKind {
            expected: ArchiveKind::Kit,
            found: ArchiveKind::Bundle,
        },
        FormatError::MalformedSignature,
        FormatError::BadSignature,
        unknown,
        FormatError::RevokedKey {
            key_id: device().key_id(),
        },
        FormatError::KeyMismatch {
            key_id: device().key_id(),
        },
        FormatError::SignerChanged {
            pinned: coordinator().key_id(),
            found: impostor().key_id(),
        },
        FormatError::AlreadyImported,
        FormatError::SequenceReused { sequence: 3 },
        FormatError::KitOutdated {
            found: 1,
            current: 2,
        },
        FormatError::KitVersionReused { version: 2 },
        FormatError::NoRecipients,
        FormatError::Io(std::io::Error::other("disk full")),
    ];
    let identity_errors = [
        IdentityError::MalformedSigningKey,
        IdentityError::MalformedPublicKey,
        IdentityError::ForeignPublicKey,
        IdentityError::MalformedAgeIdentity,
        IdentityError::MalformedRecipient,
        IdentityError::NoRandomness,
    ];
    let errors: Vec<&dyn Localized> = format_errors
        .iter()
        .map(|e| e as &dyn Localized)
        .chain(identity_errors.iter().map(|e| e as &dyn Localized))
        .collect();
    for lang in LANGUAGES {
        let l = Localizer::new(lang, false);
        let english = Localizer::new("en", false);
        for e in &errors {
            let msg = e.message();
            let (err, rec) = l.explain(&msg);
            assert!(
                l.has(&format!("err-{}", msg.code)),
                "{lang}: no err-{}",
                msg.code
            );
            assert!(!err.contains("err-") && !err.contains('{'), "{lang}: {err}");
            if *lang != "en" {
                assert_ne!(err, english.explain(&msg).0, "{lang} copies English: {err}");
            }
            for arg in msg.args.values() {
                if let Arg::Num(n) = arg {
                    assert!(err.contains(&n.to_string()), "{lang}: {err} lacks {n}");
                }
            }
            if let Some(rec) = rec {
                assert!(!rec.contains("rec-"), "{lang}: {rec}");
            }
        }
    }
}
