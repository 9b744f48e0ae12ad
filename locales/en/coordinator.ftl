# Desktop app: the coordinator's screens (ui/src/screens/coordinator/) and
# the shell's coordinator errors (src-tauri/src/commands/coordinator/).

coord-screen-import = Import
coord-screen-dashboard = Dashboard
coord-screen-themes = Themes
coord-screen-recommendations = Recommendations
coord-screen-report = Report

coord-loading = Computing the synthesis…
coord-made-here = made on this computer

## Errors of the shell's coordinator commands

err-coord-no-engagement = This vault holds no engagement yet.
rec-coord-no-engagement = Create the engagement (or load the demo) with the hearken command, then import the facilitators' bundles.

## Filters

coord-filters = Filters
coord-filter-region = Region
coord-filter-language = Language
coord-filter-group = Group
coord-filter-from = From date
coord-filter-to = To date
coord-filter-engagement = Engagement
coord-filter-engagement-choose = Choose an engagement
coord-filter-all = All
coord-filter-date-hint = Dates as year-month-day, for example 2026-03-31. Leave empty for no limit.
coord-filter-apply = Apply filters
coord-filter-clear = Clear filters

## Import

coord-import-heading = Import bundles
coord-import-intro = Bring in the bundles facilitators sent you. Each file is checked, decrypted and merged; a file from a device you have not approved yet is held until you approve it.
coord-import-pick = Choose bundle files…
coord-import-pick-title = Bundles to import
coord-import-drop = Or drop the files onto this window.
coord-import-paths = Or type the paths of the files
coord-import-paths-hint = One path per line.
coord-import-submit = Import these files
coord-import-progress = { PLURAL($total) ->
    [one] { $done } of { $total } file done
   *[other] { $done } of { $total } files done
}
coord-import-summary = What became of each file
coord-import-totals = Imported: { $imported }. Already had: { $alreadyHad }. Held in quarantine: { $quarantined }. Rejected: { $rejected }.
coord-col-file = File
coord-col-result = Result
coord-col-detail = Detail
coord-outcome-imported = Imported
coord-outcome-alreadyHad = Already had
coord-outcome-quarantined = Held in quarantine
coord-outcome-rejected = Rejected
coord-import-merged = { PLURAL($added) ->
    [one] { $added } record added
   *[other] { $added } records added
}, { $updated } updated, { $removed } removed.
coord-import-already-detail = This bundle was imported before; nothing changed.
coord-import-quarantined-detail = Signed by device { $key }, which is not approved yet. Fingerprint: { $fingerprint }.

## Roster

coord-roster-heading = Facilitator devices
coord-roster-intro = Before approving a device, read its fingerprint aloud with the facilitator, by phone or in person: all five groups must match what their app shows.
coord-roster-empty = No device has sent a bundle yet.
coord-col-key-id = Key id
coord-col-fingerprint = Fingerprint
coord-col-status = Status
coord-col-bundles = Bundles
coord-device-approved = Approved
coord-device-revoked = Revoked
coord-device-quarantined = Waiting for approval
coord-device-missing = Missing bundle numbers: { $list }.
coord-approve = Approve { $key }
coord-revoke = Revoke { $key }
coord-revoke-warning = Revoke device { $key }? Every bundle it signs is refused from now on, in every engagement.
coord-revoke-remove = Also remove the { PLURAL($n) ->
    [one] { $n } record
   *[other] { $n } records
} it sent (its sessions, participants, quotes, needs and recommendations).
coord-revoke-done = Device { $key } revoked; { PLURAL($n) ->
    [one] { $n } record it sent was removed.
   *[other] { $n } records it sent were removed.
}
coord-reapprove-warning = Device { $key } was revoked. Approve it again only if you know why it was revoked and it is safe now: it will be able to send bundles again.
coord-reapprove = Approve { $key } again
coord-fingerprint-advice = Revoking a device refuses every bundle it signed from now on and deletes what it has waiting.
coord-approve-summary = Bundles merged after approving { $key }

## Dashboard

coord-dashboard-heading = Synthesis dashboard
coord-reach-heading = Reach
coord-reach-sessions = Sessions
coord-reach-participants = Participants reached
coord-reach-quotes = Quotes
coord-coverage-heading = Coverage
coord-coverage-regions = Sessions and people by region (people in all: { $total })
coord-coverage-languages = Sessions and people by language of consent (people in all: { $total })
coord-coverage-groups = Sessions and people counted by group (people in all: { $total })
coord-col-sessions = Sessions
coord-col-people = People
coord-col-quotes = Quotes
coord-col-theme = Theme
coord-gaps-heading = Not reached yet
coord-gaps-none = Every region and group the engagement names has been reached.
coord-gap-region = No session yet in { $region }.
coord-gap-group = Nobody counted yet among { $group }.
coord-themes-heading = Themes
coord-theme-frequencies = Quotes per theme (a quote counts for its theme and the themes above it)

## Theme explorer

coord-themes-intro = Choose a theme to read its quotes, each traced to its session and bundle.
coord-codebook = Codebook
coord-theme-count = { PLURAL($quotes) ->
    [one] { $quotes } quote
   *[other] { $quotes } quotes
}
coord-theme-choose = Choose a theme in the codebook to see its quotes.
coord-theme-summary = { PLURAL($quotes) ->
    [one] { $quotes } quote
   *[other] { $quotes } quotes
} from { PLURAL($sessions) ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}.
coord-theme-by-region = Quotes by region
coord-theme-quotes = { PLURAL($n) ->
    [one] { $n } quote
   *[other] { $n } quotes
}
coord-theme-no-quotes = No quote under the current filters.
coord-quote-translation = Translation:
coord-quote-source = { $date }, { $place } ({ $region }), speaker { $speaker }
coord-quote-bundle = Bundle
coord-quote-not-shareable = consent does not cover sharing beyond the coordinator

## Recommendations

coord-rec-heading = Recommendations
coord-rec-intro = What the sessions asked for, grouped by theme or by the treaty obligation it cites, each with its source.
coord-rec-group-by = Group by
coord-rec-by-theme = Theme
coord-rec-by-reference = Treaty obligation
coord-rec-total = { PLURAL($n) ->
    [one] { $n } recommendation
   *[other] { $n } recommendations
}
coord-rec-unthemed = No theme
coord-rec-unreferenced = No treaty obligation cited
coord-rec-duty-bearer = Who should act
coord-rec-references = Obligations
coord-rec-source = Source
coord-rec-source-detail = { $date }, { $place } ({ $region })

## Report builder

coord-report-heading = Report builder
coord-report-intro = Choose what to make, check the preview, then save the file.
coord-report-format = Format
coord-format-pdf-framework = Framework report (PDF)
coord-format-pdf-framework-hint = Methodology, participation, findings by theme with quotes, needs, recommendations and an annex of sessions.
coord-format-pdf-summary = “What we heard” summaries (PDF)
coord-format-pdf-summary-hint = One page per session, to give back to the community.
coord-format-csv = Spreadsheet (CSV)
coord-format-csv-hint = Quotes with their themes, sessions and bundles.
coord-format-json = Data (JSON)
coord-format-json-hint = The synthesis and its records, for scripts.
coord-format-qdpx = QDA project (REFI-QDA .qdpx)
coord-format-qdpx-hint = For NVivo, ATLAS.ti, MAXQDA and QualCoder.
coord-report-language = Report language
coord-report-language-hint = The language of the PDF reports' headings and text. Exports keep every quote in its own language.
coord-preview-heading = Preview
coord-outline-cover = Cover
coord-outline-methodology = Methodology: { PLURAL($sessions) ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}, { PLURAL($languages) ->
    [one] { $languages } language
   *[other] { $languages } languages
}
coord-outline-participation = Participation and coverage: { $people } participants (counts below { $k } hidden)
coord-outline-findings = Findings: { PLURAL($themes) ->
    [one] { $themes } theme
   *[other] { $themes } themes
}, { PLURAL($quotes) ->
    [one] { $quotes } quote
   *[other] { $quotes } quotes
}
coord-outline-recommendations = Recommendations linked to treaty obligations: { $n }
coord-outline-annex = Annex: { PLURAL($sessions) ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}
coord-outline-session = { $date }, { $place }: { PLURAL($quotes) ->
    [one] { $quotes } quote
   *[other] { $quotes } quotes
}
coord-preview-themes = Themes
coord-preview-recommendations = Recommendations
coord-report-path = Save to
coord-report-choose = Choose where…
coord-report-save-title = Save the report as
coord-report-save = Save
coord-report-session = Session
coord-report-session-choose = Choose the session…
coord-report-saved-pdf = Saved { $path }: { PLURAL($pages) ->
    [one] { $pages } page
   *[other] { $pages } pages
}.
coord-report-saved = Saved { $path }: { PLURAL($quotes) ->
    [one] { $quotes } quote
   *[other] { $quotes } quotes
}.
coord-rec-merged-sources = { PLURAL($n) ->
    [one] Also heard as ({ $n } merged recommendation)
   *[other] Also heard as ({ $n } merged recommendations)
}
coord-rec-unmerge = Undo this merge
coord-rec-same-as = Says the same as
coord-rec-choose-target = Choose a recommendation…
coord-rec-merge = Merge into it
coord-rec-merge-hint = The chosen recommendation is kept and shows this one as one more source. Nothing is deleted; the merge can be undone.
