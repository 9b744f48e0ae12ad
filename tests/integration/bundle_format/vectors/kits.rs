//! Kit vectors: deterministic, so they are compared byte for byte.

use hearken::format::ManifestDigest;

use super::{super::fixtures::*, Spec, bundles::bundle_archive, craft::*, pin_line};

/// Kits: deterministic, byte for byte.
pub fn specs() -> Vec<Spec> {
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
