# Errors of the core library: err-* says what happened, rec-* what to do.

## Vault
err-vault-not-found = There is no vault at this place.
rec-vault-not-found = Create one with "hearken init", or give the right path with --vault.
err-vault-exists = A vault already exists at this place.
rec-vault-exists = Open it instead, or choose another path with --vault.
err-vault-not-a-vault = This file is not a Hearken vault.
rec-vault-not-a-vault = Check the path given with --vault.
err-vault-newer = This vault was made by a newer version of Hearken (format { $found }; this version reads up to { $supported }).
rec-vault-newer = Install the newest version of Hearken to open it.
err-vault-corrupt = The vault's header is damaged.
rec-vault-corrupt = Restore the vault from a backup.
err-vault-wrong-passphrase = The passphrase does not open this vault ({ PLURAL($failed) ->
    [one] { $failed } failed attempt
   *[other] { $failed } failed attempts
}).
rec-vault-wrong-passphrase = Check the keyboard language and Caps Lock, then try again. If the passphrase is lost, use the recovery key.
err-vault-wrong-recovery = The recovery key does not open this vault.
rec-vault-wrong-recovery = Check each group of the recovery key and try again.
err-vault-malformed-recovery = This is not a recovery key.
rec-vault-malformed-recovery = A recovery key has eight groups of four letters and digits.
err-vault-delayed = Too many failed attempts.
rec-vault-delayed = Wait { PLURAL($seconds) ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
} before trying again.
err-vault-erased = This vault was erased; its contents cannot be recovered.
err-vault-weak-kdf = The key derivation settings are too weak.
rec-vault-weak-kdf = Use at least { $min } MiB of memory.
err-vault-kdf-too-large = The key derivation memory asked for is more than a vault may use.
rec-vault-kdf-too-large = Use at most { $max } MiB (the default suits most laptops).
err-vault-short-passphrase = The passphrase is too short.
rec-vault-short-passphrase = Use at least { $min } characters; several words are easy to remember and hard to guess.
err-vault-tampered = Part of the vault was altered or damaged, so it cannot be trusted.
rec-vault-tampered = Restore the vault from a backup.
err-vault-storage = The vault could not be written or read ({ $detail }).
rec-vault-storage = Check that the disk is not full and that no other program uses the vault, then try again.

## Records
err-record-not-found = No { $kind ->
    [engagement] engagement
    [theme] theme
    [session] session
    [participant] participant
    [quote] quote
    [need] need
    [recommendation] recommendation
   *[other] record
} has this id.
rec-record-not-found = List them to find the right id.
err-record-ambiguous = More than one { $kind ->
    [engagement] engagement
    [theme] theme
    [session] session
    [participant] participant
    [quote] quote
    [need] need
    [recommendation] recommendation
   *[other] record
} starts with this id.
rec-record-ambiguous = Type more characters of the id.
err-field-empty = The field “{ $field }” is empty.
rec-field-empty = Fill it in and try again.
err-field-too-long = The field “{ $field }” is too long.
rec-field-too-long = Keep it under { $max } characters.
err-field-invalid = The value of “{ $field }” is not valid.
err-field-out-of-range = The value of “{ $field }” must be between { $min } and { $max }.
err-field-not-listed = This { $field } is not in the engagement’s list.
rec-field-not-listed = Choose one the coordinator listed in the kit.
err-field-duplicate = The value of “{ $field }” is already used.
rec-field-duplicate = Choose another one.
err-date-out-of-range = This date is before 1900 or in the future.
rec-date-out-of-range = Give the date it happened, as YYYY-MM-DD.
err-date-order = The start date is after the end date.
rec-date-order = Give --from before --to.
err-bad-date = This is not a date.
rec-bad-date = Write dates as YYYY-MM-DD, for example 2026-03-21.
err-bad-language = This is not a language code.
rec-bad-language = Use a code such as en, fr, es, ar or ru.

## Consent
err-consent-unknown-participant = No participant of this session has this code.
rec-consent-unknown-participant = Add the participant and record their consent first.
err-consent-none = This participant has not given consent.
rec-consent-none = Record their consent before noting what they say.
err-consent-withdrawn = This participant has withdrawn consent.
rec-consent-withdrawn = Nothing more can be recorded for them. If they wish to take part again, add them under a new code.
err-consent-scope = Their consent does not cover { $scope ->
    [take_part] taking part
    [quotes_in_reports] quotes used anonymously in reports
    [quotes_shared] quotes shared beyond the coordinator
    [demographics] demographic group recorded
   *[other] { $scope }
}.
err-consent-no-group = The group has not given consent for this session's notes, needs and recommendations.
rec-consent-no-group = Record the group's consent first.
err-consent-no-text = There is no consent text in this language.
rec-consent-no-text = Choose a language the engagement has a consent text for, or give the text shown.
err-consent-take-part = Consent must include taking part.

## Kits and bundles
err-exchange-no-recipients = There is nobody to encrypt this bundle to.
rec-exchange-no-recipients = Import the engagement's kit from the coordinator, or give a recipient with --to.
err-exchange-no-sessions = There is no session to export.
err-exchange-mixed-engagements = The sessions chosen belong to different engagements.
rec-exchange-mixed-engagements = Export one engagement at a time with --session.
err-exchange-unresolved = { PLURAL($n) ->
    [one] { $n } quote still holds identifying details
   *[other] { $n } quotes still hold identifying details
}, so nothing was exported.
rec-exchange-unresolved = List them with "hearken quote check --all" (or "hearken export --preview"), then redact them all with "hearken quote redact --all-flagged" or keep what must stay with "hearken quote review ID".
err-exchange-unknown-engagement = This file belongs to an engagement this vault does not hold.
rec-exchange-unknown-engagement = Import it into the vault of the coordinator who issued the engagement's kit.
err-exchange-bad-content = The file is signed, but its content ({ $what }) is not valid, so nothing was imported.
rec-exchange-bad-content = Ask the sender for a new export made with a current version of Hearken.
err-exchange-unknown-device = No device with this key id is in the roster or in quarantine.
rec-exchange-unknown-device = List them with "hearken roster list".
err-exchange-foreign-record = The bundle changes { $kind ->
    [session] a session
    [participant] a participant
    [quote] a quote
    [need] a need
    [recommendation] a recommendation
   *[other] a record
} that another device wrote, or writes into another device's session, so nothing of it was imported.
rec-exchange-foreign-record = A device may only change its own records. Check with the facilitator; if the device may be compromised, revoke it with "hearken roster revoke".
err-exchange-without-consent = The bundle holds { $kind ->
    [quote] a quote without its speaker's consent covering it
    [need] a need without the session's group consent
    [recommendation] a recommendation without the session's group consent
   *[other] a record without consent
}, so nothing of it was imported.
rec-exchange-without-consent = Ask the facilitator to record the consent and export again.
err-exchange-not-approved = This device is not approved for this engagement.
rec-exchange-not-approved = Compare its fingerprint with the facilitator, then approve it with "hearken roster approve KEY --engagement ID".
err-exchange-revoked = This device was revoked.
rec-exchange-revoked = Approve it again only if you know why it was revoked and it is safe now: confirm when asked, or add --yes.
err-exchange-quarantine-full = The quarantine is full: it already holds as many bundles from unapproved devices as it may.
rec-exchange-quarantine-full = Approve or revoke the devices waiting in quarantine ("hearken roster list"), then import again.
err-exchange-other-recipient = This bundle would be encrypted to someone the engagement's kit does not name: whoever holds that key can read the participants' words.
rec-exchange-other-recipient = Export to the coordinator named in the kit, or confirm the other recipient on purpose (--yes).
err-exchange-which-engagement = Name the engagement the device may write into.
rec-exchange-which-engagement = Add --engagement ID ("hearken engagement list" shows them).
err-exchange-read-file = The bundle file { $path } cannot be read.
rec-exchange-read-file = Check the path and that you may read it; the other files are processed on their own.
