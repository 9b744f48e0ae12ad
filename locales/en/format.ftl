# Errors of signed kits, signed and encrypted bundles, and vault keys.
# err-* says what happened, rec-* what to do. See docs/format.md.

## Keys

err-identity-malformed-signing-key = The stored signing key is damaged.
rec-identity-malformed-signing-key = Restore the vault from a backup, or create a new key and send its fingerprint to the coordinator.
err-identity-malformed-public-key = This is not a valid signing key.
rec-identity-malformed-public-key = Copy the whole key again; it starts with "RW" and has 56 characters.
err-identity-foreign-public-key = This signing key was not made by Hearken.
rec-identity-foreign-public-key = Ask for the key shown in the sender's Hearken settings.
err-identity-malformed-age-identity = The stored decryption key is damaged.
rec-identity-malformed-age-identity = Restore the vault from a backup.
err-identity-malformed-recipient = This is not a valid encryption key.
rec-identity-malformed-recipient = Copy the whole key again; it starts with "age1".
err-identity-no-randomness = The computer could not provide randomness to make a key.
rec-identity-no-randomness = Restart the computer and try again.

## Reading kits and bundles

err-format-too-large = { $what ->
    [sealed-file] The file is larger than the limit of { PLURAL($limit) ->
            [one] { $limit } byte
           *[other] { $limit } bytes
        }.
    [files] The file holds more than { PLURAL($limit) ->
            [one] { $limit } file
           *[other] { $limit } files
        }.
    [entry] A file inside is larger than the limit of { PLURAL($limit) ->
            [one] { $limit } byte
           *[other] { $limit } bytes
        }.
    [manifest] Its list of contents is larger than the limit of { PLURAL($limit) ->
            [one] { $limit } byte
           *[other] { $limit } bytes
        }.
    [signature] Its signature is larger than the limit of { PLURAL($limit) ->
            [one] { $limit } byte
           *[other] { $limit } bytes
        }.
   *[other] Its contents are larger than the limit of { PLURAL($limit) ->
            [one] { $limit } byte
           *[other] { $limit } bytes
        }.
}
rec-format-too-large = Nothing was imported. Ask the sender to split the material into several exports.
err-format-not-age-file = This file is not an encrypted bundle.
rec-format-not-age-file = Check that you chose the right file. An engagement kit is imported from the engagements screen.
err-format-unsupported-encryption = This file is encrypted in a way Hearken does not open (armored text, a passphrase, or a newer version of age).
rec-format-unsupported-encryption = Ask the sender to export the bundle again from Hearken.
err-format-wrong-recipient = This bundle was not encrypted for this computer's key.
rec-format-wrong-recipient = It is meant for another coordinator, or the sender used an old kit. Ask the sender which key they used.
err-format-truncated = The file is incomplete: it ends too early.
rec-format-truncated = Copy or download the file again; the transfer was probably interrupted.
err-format-damaged = The encrypted file is damaged: it was changed or cut short on the way.
rec-format-damaged = Nothing was imported. Ask the sender to send the file again.
err-format-malformed-archive = The archive inside is not valid: { $fault ->
    [header] a file header is damaged.
    [non-canonical] a file header was rewritten by another tool.
    [entry-type] it contains something that is not a plain file.
    [padding] there is hidden data between files.
    [trailing-data] there is data after its end.
   *[order] its files are not in the required order.
}
rec-format-malformed-archive = Nothing was imported. Ask the sender to export it again from Hearken, without unpacking and repacking it.
err-format-unsafe-file-name = The archive contains a file name that is not allowed (a folder path or an unsafe name).
rec-format-unsafe-file-name = Nothing was imported. Do not open this file with other tools; tell the sender.
err-format-duplicate-file = The archive contains two files with the same name.
rec-format-duplicate-file = Nothing was imported. Ask the sender to export it again.
err-format-unlisted-file = The archive contains a file, { $name }, that its signed list does not mention.
rec-format-unlisted-file = Nothing was imported. Someone may have added material; ask the sender to export it again.
err-format-missing-file = The file { $name } is listed but missing from the archive.
rec-format-missing-file = Nothing was imported. Ask the sender to export it again.
err-format-hash-mismatch = The file { $name } does not match the checksum in the signed list of contents: it was changed after signing.
rec-format-hash-mismatch = Nothing was imported. Ask the sender to export it again and report the tampering.
err-format-newer-version = This file uses format version { $found }; this copy of Hearken reads up to version { $supported }.
rec-format-newer-version = Update Hearken, then import the file again.
err-format-malformed-manifest = The list of contents is not valid: { $fault ->
    [json] it cannot be read.
    [unknown-field] it has a field this version does not know.
    [signer] its signer's key is not valid.
    [file-list] its list of files is not valid.
   *[value] one of its values is not allowed.
}
rec-format-malformed-manifest = Nothing was imported. Ask the sender to export it again from Hearken.
err-format-wrong-kind = { $expected ->
    [kit] This file is a bundle, not an engagement kit.
   *[bundle] This file is an engagement kit, not a bundle.
}
rec-format-wrong-kind = { $expected ->
    [kit] Import it from the bundles screen instead.
   *[bundle] Import it from the engagements screen instead.
}
err-format-malformed-signature = The signature file is not valid.
rec-format-malformed-signature = Nothing was imported. Ask the sender to export it again.
err-format-bad-signature = The signature does not match: the contents were changed after signing.
rec-format-bad-signature = Nothing was imported. Do not use this file; ask the sender for a new one and report the tampering.
err-format-unknown-key = This bundle was signed by a key that is not in your roster (key { $key }, fingerprint { $fingerprint }).
rec-format-unknown-key = It is kept in quarantine. Phone the facilitator, compare the fingerprint digit by digit, and approve the key only if it matches.
err-format-revoked-key = This bundle was signed by a revoked key ({ $key }).
rec-format-revoked-key = Nothing was imported. The device may be lost or seized; contact the facilitator by another channel.
err-format-key-mismatch = The roster holds a different key under the id { $key }.
rec-format-key-mismatch = Nothing was imported. Someone may be impersonating a facilitator; check the roster with them by phone.
err-format-signer-changed = This engagement kit was signed by key { $found }, but this engagement's kits come from key { $pinned }.
rec-format-signer-changed = Nothing was imported. Phone the coordinator: if they really changed keys, they will tell you the new fingerprint.
err-format-already-imported = This file was already imported; nothing changed.
err-format-sequence-reused = Another bundle with sequence number { $sequence } from this device was already imported.
rec-format-sequence-reused = Nothing was imported. The device may have been restored from an old backup, or the file was forged; contact the facilitator.
err-format-kit-outdated = This engagement kit is version { $found }, older than the version { $current } already imported.
rec-format-kit-outdated = Nothing changed. Use the newest kit from the coordinator.
err-format-kit-version-reused = A different engagement kit with version { $version } was already imported.
rec-format-kit-version-reused = Nothing was imported. Ask the coordinator which kit is right.
err-format-no-recipients = There is no key to encrypt the bundle to.
rec-format-no-recipients = Import the engagement's kit first: it carries the coordinator's key.
err-format-io = The file could not be written.
rec-format-io = Check that the disk or USB stick has free space and is not write-protected, then try again.
