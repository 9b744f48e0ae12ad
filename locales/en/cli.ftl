# The hearken command line.

prompt-passphrase = Passphrase
prompt-new-passphrase = New passphrase
prompt-passphrase-again = Type it again

created = { $kind ->
    [engagement] Engagement
    [theme] Theme
    [session] Session
    [participant] Participant
    [quote] Quote
    [need] Need
    [recommendation] Recommendation
   *[other] Record
} created: { $id }
updated = { $kind ->
    [engagement] Engagement
    [theme] Theme
    [session] Session
    [participant] Participant
    [quote] Quote
    [need] Need
    [recommendation] Recommendation
   *[other] Record
} updated: { $id }
deleted = { $kind ->
    [engagement] Engagement
    [theme] Theme
    [session] Session
    [participant] Participant
    [quote] Quote
    [need] Need
    [recommendation] Recommendation
   *[other] Record
} deleted for good: { $id }

init-done = Vault created at { $path }.
init-recovery = Recovery key. Write it down now and keep it away from the laptop: it is shown only once, and it is the only way back in if the passphrase is lost.
passphrase-changed = Passphrase changed. The old passphrase no longer opens the vault.
recovered = Vault opened with the recovery key; the new passphrase is set.
wiped = The vault's keys were destroyed and its files deleted.
demo-done = Demo loaded: { PLURAL($sessions) ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}, { PLURAL($quotes) ->
    [one] { $quotes } quote
   *[other] { $quotes } quotes
} ({ $withdrawn } removed after a consent withdrawal).

info-path = Vault: { $path }
info-format = Format version: { $version }
info-kdf = Key derivation: Argon2id, { $mib } MiB, { $t } passes, parallelism { $p }
info-failed = Failed unlock attempts since the last success: { $n }
info-count = { $kind ->
    [engagement] Engagements
    [theme] Themes
    [session] Sessions
    [participant] Participants
    [quote] Quotes
    [need] Needs
    [recommendation] Recommendations
    [tombstone] Removals
    [merge] Recommendation merges
   *[other] Records
}: { $n }

col-id = ID
col-title = Title
col-sessions = Sessions
col-languages = Languages
col-code = Code
col-label = Label
col-references = References
col-date = Date
col-place = Place
col-region = Region
col-participants = Participants
col-quotes = Quotes
col-consent = Consent
col-scopes = Scopes
col-speaker = Speaker
col-language = Language
col-themes = Themes
col-text = Text
col-duty-bearer = Duty-bearer

show-references = References: { $list }
show-languages = Languages: { $list }
show-k = Counts below { $k } are never shown exactly.
show-agenda = Agenda:
show-segment = { $minutes } min  { $title }
show-codebook = Codebook:
show-consent-texts = Consent texts: { $list }
show-group-consent = Group consent: { $given ->
    [yes] given
   *[other] not given
}
show-quote-count = { PLURAL($n) ->
    [one] { $n } quote
   *[other] { $n } quotes
}

consent-state-none = none
consent-state-given = given
consent-state-withdrawn = withdrawn
participant-added = Participant { $code } added.
consent-recorded = Consent recorded.
consent-withdrawn-done = Consent of { $code } withdrawn; { PLURAL($n) ->
    [one] { $n } quote was
   *[other] { $n } quotes were
} removed for good.
group-consent-withdrawn-done = The group's consent was withdrawn; { PLURAL($n) ->
    [one] { $n } quote, need or recommendation was
   *[other] { $n } quotes, needs and recommendations were
} removed for good.

err-cli-read-file = Cannot read the file { $path }.
rec-cli-read-file = Check the path and that you may read it.
err-cli-write-file = Cannot write the file { $path }.
rec-cli-write-file = Check the folder exists and that no file of that name is there already.
err-cli-passphrase-mismatch = The two passphrases differ.
rec-cli-passphrase-mismatch = Type the same passphrase twice.
err-cli-no-terminal = A passphrase is needed, but there is no terminal to ask for it.
rec-cli-no-terminal = Give it with --passphrase-file or HEARKEN_PASSPHRASE_FILE.
err-cli-not-confirmed = { $what ->
    [wipe] This destroys the vault for good, so it needs confirmation.
    [kit-pin] Trusting a new coordinator key needs confirmation, and there was none.
    [identity-export] Writing the vault's secret key to a file needs confirmation, and there was none.
   *[other] This needs confirmation, and there was none.
}
rec-cli-not-confirmed = { $what ->
    [kit-pin] Compare the fingerprint with the coordinator (by phone, for example), then add --yes.
   *[other] Add --yes if you are sure.
}
err-cli-bad-argument = The value of { $arg } is not of the expected form ({ $expected }).
err-cli-unknown-theme = No theme of this engagement has the code “{ $code }”.
rec-cli-unknown-theme = List the codebook with "hearken theme list".
err-cli-unexpected = Something unexpected went wrong; nothing was changed.

col-field = Field
col-kind = Kind
col-session = Session
quote-check-none = No quote holds an unresolved identifying detail.
quote-redacted-all = { PLURAL($n) ->
    [one] { $n } quote had its identifying details replaced with placeholders.
   *[other] { $n } quotes had their identifying details replaced with placeholders.
}
export-unresolved-list = { PLURAL($n) ->
    [one] { $n } quote still holds identifying details nobody redacted or reviewed:
   *[other] { $n } quotes still hold identifying details nobody redacted or reviewed:
}
export-unresolved-routes = Redact them all with "hearken quote redact --all-flagged", or look at each with "hearken quote check ID" and keep what must stay with "hearken quote review ID".
export-other-recipient-warning = The bundle would be encrypted to { $to }, which the engagement's kit does not name: whoever holds that key can read the participants' words.
export-other-recipient-confirm = Encrypt to this recipient anyway?
col-position = Position
field-text = text
field-translation = translation
quote-findings = { PLURAL($n) ->
    [one] { $n } identifying detail found
   *[other] { $n } identifying details found
}: { $kinds }. Replace them with "hearken quote redact { $id }", or keep them as written with "hearken quote review { $id }"; until then the quote cannot be exported.

identity-key-id = Key id: { $id }
identity-public-key = Public key (minisign): { $key }
identity-recipient = Age recipient: { $recipient }
identity-fingerprint = Fingerprint to compare by phone: { $fingerprint }
identity-export-confirm = Anyone with this file can open every bundle sent to this vault. Write it?
identity-exported = Age identity written to { $path }. Keep it as safe as the vault.
kit-created = Kit written to { $path }. Facilitators will see this fingerprint: { $fingerprint }
kit-first-use = This kit is signed by a key this vault has not seen: { $fingerprint }. Compare it with the coordinator, by phone or in person, before you accept it.
kit-confirm = Does the fingerprint match what the coordinator reads to you?
kit-imported = Kit imported: { $title } (version { $version }, { PLURAL($themes) ->
    [one] { $themes } theme
   *[other] { $themes } themes
}). Coordinator key: { $fingerprint }
export-preview = Would export { $sessions } sessions: { $quotes } quotes, { $needs } needs, { $recommendations } recommendations, { $tombstones } removals. { $home } quotes stay on this device because consent does not allow them out.
export-done = Bundle { $sequence } written to { $path }: { $sessions } sessions, { $quotes } quotes, { $needs } needs, { $recommendations } recommendations, { $tombstones } removals. { $home } quotes stay on this device because consent does not allow them out.
col-file = File
col-result = Result
col-detail = Detail
col-key-id = Key id
col-status = Status
col-bundles = Bundles
col-missing = Missing
import-state-imported = imported
import-state-already = already had
import-state-quarantined = quarantined
import-state-rejected = rejected
import-merged = { $added } added, { $updated } updated, { $removed } removed
import-missing = bundles { $list } from this device have not arrived
import-quarantined = unknown device { $key } ({ $fingerprint }); approve it with "hearken roster approve { $key }" after comparing the fingerprint
device-approved = approved
device-revoked = revoked
device-quarantined = in quarantine
device-approved-done = Device { $key } approved; { $n } bundles from quarantine processed.
device-revoked-done = Device { $key } revoked: bundles it signed are refused from now on.
device-reapprove-confirm = Device { $key } was revoked. Approve it again?
device-revoke-remove-confirm = { PLURAL($n) ->
    [one] Also remove the { $n } record this device sent?
   *[other] Also remove the { $n } records this device sent?
}
device-records-removed = { PLURAL($n) ->
    [one] { $n } record it sent was removed.
   *[other] { $n } records it sent were removed.
}
device-records-kept = { PLURAL($n) ->
    [one] The { $n } record it sent was kept
   *[other] The { $n } records it sent were kept
}; remove them with "hearken roster revoke { $key } --remove-records".
err-cli-some-rejected = { PLURAL($n) ->
    [one] { $n } file was rejected
   *[other] { $n } files were rejected
}{ $others ->
    [0] , and nothing else was given to import.
   *[other] ; each other file's outcome is in the table above.
}
err-cli-unknown-language = Hearken has no language “{ $lang }”.
rec-cli-unknown-language = Choose one of: en, fr, es, ar, ru.
