# The facilitator's screens in the desktop app (issue 5): vault care, kits
# and engagements, session and agenda timer, consent, capture, read-back,
# export. Messages starting fac-p- face the participant and are shown in the
# participant's language, not the interface's.

nav-group-vault = Vault
nav-group-session = Facilitator
nav-group-coordinator = Coordinator

fac-screen-engagements = Engagements
fac-screen-session = Session
fac-screen-consent = Consent
fac-screen-capture = Capture
fac-screen-readback = Read-back
fac-screen-export = Export

fac-cancel = Cancel
fac-save = Save
fac-saved = Saved
fac-edit = Edit
fac-delete = Delete
fac-delete-confirm = Delete for good
fac-group = The group
fac-needs-unlock = Unlock the vault to work on a session.
fac-go-unlock = Go to the vault
fac-no-session = Choose or set up a session first, on the Session screen.
fac-minutes = { PLURAL($n) ->
    [one] { $n } minute
   *[other] { $n } minutes
}

## Vault care
fac-passphrase-heading = Change the passphrase
fac-passphrase-new = New passphrase
fac-passphrase-confirm = New passphrase again
fac-passphrase-mismatch = The two passphrases differ.
fac-passphrase-submit = Change the passphrase
fac-passphrase-changed = The passphrase is changed. Use the new one from now on.
fac-wipe-heading = Panic wipe
fac-wipe-explain = Destroys this vault and everything in it, at once and for good. Nothing, not even the recovery key, can bring it back.
fac-wipe-start = Wipe this vault…
fac-wipe-warning = Everything in this vault will be destroyed. Export what must be kept first.
fac-wipe-word = WIPE
fac-wipe-type = Type { $word } to confirm
fac-wipe-confirm = Destroy the vault now

## Engagements and kits
fac-engagements-heading = Engagements
fac-kit-heading = Import a kit from the coordinator
fac-kit-intro = A kit holds the engagement: its agenda, codebook and consent texts, signed by the coordinator.
fac-kit-path = Kit file
fac-kit-browse = Choose a file…
fac-kit-dialog = Kit from the coordinator
fac-kit-check = Check the kit
fac-kit-first-use = First kit from this coordinator. Read these digits aloud to the coordinator (by phone) and import only if they match:
fac-kit-pinned = Signed by the same coordinator key as before:
fac-kit-import = The digits match: import
fac-kit-imported = Imported: { $title }
fac-engagements-list = Engagements in this vault
fac-coordinator-key = Coordinator key
fac-references = References
fac-languages = Languages
fac-engagement-new-session = Set up a session
fac-codebook = Codebook
fac-treaty-refs = Treaty references: { $refs }
fac-agenda = Agenda
fac-consent-texts = Consent texts

## Session
fac-session-heading = Session
fac-session-summary = { $date }, { $place }: { PLURAL($n) ->
    [one] { $n } participant
   *[other] { $n } participants
}
fac-session-other = Another session
fac-session-open-heading = Open a session
fac-session-setup = Set up a session
fac-session-no-engagement = Import a kit first, on the Engagements screen.
fac-session-engagement = Engagement
fac-session-date = Date
fac-session-place = Place
fac-session-place-hint = A district or village, never an address.
fac-session-region = Region
fac-session-region-choose = Choose the region
fac-session-title = Title (optional)
fac-session-languages = Languages spoken
fac-session-names = Names said in the room (optional, one per line)
fac-session-names-hint = Only used to flag them in quotes. They stay on this laptop and are never exported.
fac-session-submit = Set up the session
fac-participants = Participants
fac-participant-code = Participant code
fac-participant-code-hint = Leave empty for the next free code (P1, P2…). Never a name.
fac-participant-add = Add participant
fac-participant-added = { $code } added.
fac-consent-state-none = no consent yet
fac-consent-state-given = consent given
fac-consent-state-withdrawn = consent withdrawn
fac-quote-count = { PLURAL($n) ->
    [one] { $n } quote
   *[other] { $n } quotes
}
fac-consent-open = Consent
fac-consent-for = Consent of { $code }

## Agenda timer
fac-timer-heading = Agenda
fac-timer-position = Part { $n } of { $total }
fac-timer-left = { $time } left
fac-timer-over = Time is up ({ $time } over)
fac-timer-ended = Time is up for “{ $title }”. Move on when the conversation allows.
fac-timer-questions = Guiding questions
fac-timer-start = Start
fac-timer-pause = Pause
fac-timer-previous = Previous part
fac-timer-next = Next part
fac-timer-empty = This session has no agenda.

## Consent (facilitator side)
fac-consent-heading = Consent
fac-consent-who = Who
fac-consent-language = Language of the participant
fac-consent-method = How consent was given
fac-method-oral = Oral
fac-method-written = Written
fac-method-witnessed = Witnessed
fac-consent-saved = Consent of { $who } recorded.
fac-withdraw-heading = Withdraw consent
fac-withdraw-start = Withdraw the consent of { $code }…
fac-withdraw-warning = This removes { PLURAL($n) ->
    [one] { $n } quote
   *[other] { $n } quotes
} of { $code } from this laptop now, and tells the coordinator to remove any copy. It cannot be undone.
fac-withdraw-confirm = { PLURAL($n) ->
    [one] Withdraw and remove { $n } quote
   *[other] Withdraw and remove { $n } quotes
}
fac-withdraw-done = Consent of { $code } withdrawn; { PLURAL($n) ->
    [one] { $n } quote removed.
   *[other] { $n } quotes removed.
}
fac-export-unresolved = { PLURAL($n) ->
    [one] { $n } quote still holds identifying details nobody replaced or kept on purpose
   *[other] { $n } quotes still hold identifying details nobody replaced or kept on purpose
}
fac-export-unresolved-advice = The bundle cannot leave until each is resolved: open Capture, then replace the details (Alt+R) or keep them as written.
fac-group-withdraw-start = Withdraw the group's consent…
fac-group-withdraw-warning = This removes { PLURAL($n) ->
    [one] { $n } record
   *[other] { $n } records
} of the group (its quotes, and the session's needs and recommendations) from this laptop now, and tells the coordinator to remove any copy. It cannot be undone.
fac-group-withdraw-done = The group's consent was withdrawn; { PLURAL($n) ->
    [one] { $n } record removed.
   *[other] { $n } records removed.
}

## Consent (facing the participant, in their language)
fac-p-consent-title = Your consent
fac-p-scopes = You choose. Taking part is needed; the rest is up to you.
fac-p-scope-take-part = I take part in this conversation.
fac-p-scope-quotes-in-reports = My words may be quoted, without my name, in the report.
fac-p-scope-quotes-shared = My words, without my name, may be shared with United Nations bodies and the Government.
fac-p-scope-demographics = My group (for example women, or young people) may be counted.
fac-p-consent-give = I agree
fac-p-consent-active = Thank you. Your consent is recorded. You can change your mind at any time.
fac-p-consent-withdrawn = Your consent was withdrawn. Your words were removed.

## Capture
fac-capture-heading = Capture
fac-capture-keys = Enter saves at once (Shift+Enter for a new line). Alt+1 to Alt+9 pick themes (or 1 to 9 in the theme list). Alt+R saves with identifying details replaced.
fac-capture-speaker = Speaker code
fac-capture-speaker-hint = A participant code, or “group”.
fac-capture-language = Language
fac-capture-text = What was said
fac-capture-themes = Themes
fac-findings = { PLURAL($n) ->
    [one] { $n } identifying detail found
   *[other] { $n } identifying details found
}
fac-save-redacted = Save with details replaced
fac-quotes = { PLURAL($n) ->
    [one] { $n } quote
   *[other] { $n } quotes
}
fac-edit-label = Edit the quote of { $code }
fac-redact = Replace details
fac-review = Keep as written
fac-notes-heading = Needs and recommendations
fac-note-kind = Kind
fac-need = Need
fac-recommendation = Recommendation
fac-note-text = Text
fac-duty-bearer = Who should act

## Read-back
fac-readback-heading = Read-back
fac-readback-intro = Read each quote aloud, or let the person read it, and record their answer.
fac-readback-speaker = Whose quotes
fac-readback-empty = No quotes to read back yet.
fac-readback-yes = Yes, that is what I said
fac-readback-no = Please change this
fac-readback-confirmed = Confirmed
fac-readback-change = Change asked for

## Export
fac-export-heading = Export
fac-export-sessions = Sessions to export
fac-export-leaves = Leaves this laptop (signed, encrypted to the coordinator)
fac-export-stays = Stays on this laptop
fac-export-sessions-n = { PLURAL($n) ->
    [one] { $n } session
   *[other] { $n } sessions
}
fac-export-participants-n = { PLURAL($n) ->
    [one] { $n } participant code with consent record
   *[other] { $n } participant codes with consent records
}
fac-export-quotes-n = { PLURAL($n) ->
    [one] { $n } anonymized quote
   *[other] { $n } anonymized quotes
}
fac-export-needs-n = { PLURAL($n) ->
    [one] { $n } need
   *[other] { $n } needs
}
fac-export-recommendations-n = { PLURAL($n) ->
    [one] { $n } recommendation
   *[other] { $n } recommendations
}
fac-export-tombstones-n = { PLURAL($n) ->
    [one] { $n } removal notice (withdrawals and deletions)
   *[other] { $n } removal notices (withdrawals and deletions)
}
fac-export-kept-home-n = { PLURAL($n) ->
    [one] { $n } quote that consent does not allow out
   *[other] { $n } quotes that consent does not allow out
}
fac-export-names-stay = The names typed to spot them in quotes
fac-export-path = Save the bundle as
fac-export-browse = Choose where…
fac-export-dialog = Bundle for the coordinator
fac-export-save = Save the bundle
fac-export-done = Bundle { $sequence } saved with { PLURAL($n) ->
    [one] { $n } quote
   *[other] { $n } quotes
}.

## Errors of the facilitator's commands
err-file-unreadable = The file cannot be read.
rec-file-unreadable = Check the path, or choose the file again.
err-file-too-large = The file is larger than { $mib } MiB, more than it could hold.
rec-file-too-large = Check that this is the right file.
err-file-not-regular = This is not a file: it is a folder, a device or a pipe.
rec-file-not-regular = Choose a file.
err-file-is-vault = This would replace the vault itself.
rec-file-is-vault = Choose another file name or folder for the output.
err-file-is-link = The output path is a symbolic link; Hearken never writes through links.
rec-file-is-link = Choose a path that is not a link.
err-file-no-path = No file chosen.
rec-file-no-path = Type a path or choose a file.
