# Desktop app: the follow-up of recommendations. The coordinator's Tracking
# screen (ui/src/screens/coordinator/Tracking*.svelte) and the facilitator's
# Evaluation and Update screens (ui/src/screens/facilitator/). States,
# mechanisms, responses, questions, answers and the update's own headings
# (rv-*, up-*) are in tracking.ftl and are reused, not repeated here.
# Messages starting fac-p- face the participant and are shown in the
# participant's language, not the interface's.

coord-screen-tracking = Tracking
fac-screen-evaluation = Evaluation
fac-screen-update = Update

ui-path-or-dialog = Leave empty to choose in a window.

## Tracking: the screen and its list

coord-track-heading = Follow-up of recommendations
coord-track-intro = What became of the recommendations: the official ones of the Universal Periodic Review and the treaty bodies, and the communities' own. Each change is a new entry in a history; nothing is edited or deleted.
coord-track-loading = Loading the follow-up…
coord-track-filter-article = Treaty article
coord-track-filter-due = Due for review only
coord-track-count = Showing { $shown } of { PLURAL($total) ->
    [one] { $total } recommendation
   *[other] { $total } recommendations
}.
coord-track-empty = Nothing is followed up yet. Import the official recommendations, or the bundles that carry the communities' own.
coord-track-none-shown = No recommendation matches these filters.
coord-track-list-caption = Recommendations followed up
coord-track-list-keys = In the list, the up and down arrows move from one recommendation to the next; Enter shows it below.
coord-track-due = due for review

## Tracking: importing official recommendations

coord-track-import-heading = Official recommendations
coord-track-import-intro = Import the recommendations a mechanism adopted, from a CSV or JSON file. A file is imported whole or not at all.
coord-track-import-path = File to import (CSV or JSON)
coord-track-import = Import official recommendations…
coord-track-import-dialog = Official recommendations to import
coord-track-changed = { PLURAL($n) ->
    [one] { $n } known identifier has different fields in this file. It was left as it was:
   *[other] { $n } known identifiers have different fields in this file. They were left as they were:
}
coord-track-replace = Replace the changed ones
coord-track-replace-hint = The new versions are recorded; the history keeps the old texts as corrections.

## Tracking: one recommendation

coord-track-choose = Choose a recommendation in the list to see its history and record a change.
coord-track-since = since { $date }
coord-track-next-review = Next review
coord-track-articles = Treaty articles
coord-track-themes = Themes
coord-track-none-listed = None
coord-track-due-note = Due for review: its next review date has come, or nothing was recorded for a year.
coord-track-not-shareable = The group consent of its session does not cover sharing: it stays out of the progress review, the dashboard and the community updates.
coord-track-links-official = Official recommendations it supports
coord-track-links-community = Community recommendations linked to it
coord-track-links-none = Not linked yet.
coord-track-show = Show { $code }
coord-track-unlink = Unlink { $code }
coord-track-suggestions = Suggestions
coord-track-suggestions-hint = Official recommendations whose identifier or articles match the references of this recommendation or of its themes. Nothing is linked until you choose.
coord-track-suggestions-none = No suggestion.
coord-track-link = Link { $code }
coord-track-linked-articles = Treaty articles linked
coord-track-link-article = Link a treaty article
coord-track-link-article-hint = Written the way the codebook writes references, for example CEDAW art. 14.
coord-track-link-article-submit = Link the article
coord-track-quotes = What was said
coord-track-quote-private = for the coordinator only
coord-track-history = History
coord-track-history-hint = Entries are never changed or deleted. To correct one, record a new entry with the same date that says what it corrects.
coord-track-history-empty = Nothing recorded yet.

## Tracking: recording a change

coord-track-form-heading = Record a change
coord-track-form-intro = The entry is added to the history of { $code }. Ctrl+Enter records it from any field.
coord-track-field-state = New state
coord-track-field-date = Date of the evidence
coord-track-field-date-hint = Year-month-day, not after today.
coord-track-field-evidence = Evidence (required)
coord-track-field-evidence-hint = What shows this state: a law, a decision, a budget line, a visit.
coord-track-field-source = Source
coord-track-field-source-hint = The document or link the evidence comes from.
coord-track-field-body = Responsible body
coord-track-field-body-keep = Leave empty to keep the current one: { $body }.
coord-track-field-body-none = Leave empty if it is not known yet.
coord-track-field-next-review = Next review date
coord-track-field-next-review-hint = Optional. Year-month-day, after the date of the entry.
coord-track-submit = Record the change
coord-track-shortcut = Ctrl+Enter
coord-track-evidence-required = Write the evidence for this change.
coord-track-recorded = Recorded for { $code }: { $state } since { $date }.

## Tracking: outputs

coord-track-outputs-heading = Outputs
coord-track-outputs-intro = They hold only what may go beyond the coordinator: the official recommendations, the community recommendations whose group consent covers sharing, and quotes whose speakers agreed to their sharing.
coord-track-out-path = Save to (file, or folder for the dashboard)
coord-track-review-language = Language of the progress review
coord-track-write-review = Progress review (PDF)
coord-track-write-dashboard = Dashboard (folder of web pages)
coord-track-write-open-data-csv = Open data (CSV)
coord-track-write-open-data-json = Open data (JSON)
coord-track-write-update = Community update (signed file)
coord-track-dialog-review = Save the progress review as
coord-track-dialog-dashboard = Folder for the dashboard
coord-track-dialog-open-data = Save the open data as
coord-track-dialog-update = Save the community update as
coord-track-writing = Writing…
coord-track-written-review = Progress review saved to { $path }: { PLURAL($pages) ->
    [one] { $pages } page
   *[other] { $pages } pages
}, { $size }.
coord-track-written-dashboard = Dashboard written to { $path }: { PLURAL($files) ->
    [one] { $files } file
   *[other] { $files } files
}, { $size }.
coord-track-written-file = Saved { $path } ({ $size }).
coord-track-written-update = Community update signed and saved to { $path } ({ $size }). Send it to the facilitators: their app prints it on one page.

## Evaluation (facilitator side)

fac-eval-heading = Evaluation of the dialogue
fac-eval-intro = At the end of the session, hand the laptop to one participant at a time. The answers are anonymous: no code or name is attached, and this screen never shows what anyone answered.
fac-eval-count = { PLURAL($n) ->
    [one] { $n } evaluation recorded for this session.
   *[other] { $n } evaluations recorded for this session.
}
fac-eval-saved = Evaluation { $n } recorded. The form is ready for the next person.
fac-eval-redacted = { PLURAL($n) ->
    [one] { $n } identifying detail was replaced in the comment.
   *[other] { $n } identifying details were replaced in the comment.
}

## Evaluation (facing the participant, in their language)

fac-p-eval-title = How was this dialogue for you?
fac-p-eval-intro = Your answers are anonymous: nobody can tell what you answered. You may skip any question.
fac-p-eval-comment = Anything else you would like to tell us (optional)
fac-p-eval-comment-hint = Names and numbers are replaced automatically before your comment is kept.
fac-p-eval-save = Save my answers

## Update (facilitator side)

fac-update-heading = What happened with your input
fac-update-intro = The coordinator sends a signed update on what became of the communities' recommendations. Import it here, then print it on one page to give back to the community.
fac-update-import-path = Update file from the coordinator
fac-update-import = Import the update
fac-update-dialog = Community update from the coordinator
fac-update-none = No update has been imported yet for the engagement of this session.
fac-update-figures = Key figures
fac-update-print-heading = Print it for the community
fac-update-print-language = Language of the page
fac-update-print-language-hint = The headings are translated; titles and recommendations stay in the language they were written in.
fac-update-print-path = Save the page as
fac-update-print = Print to PDF
fac-update-print-dialog = Save the one-page update as
fac-update-printed = { PLURAL($pages) ->
    [one] { $pages } page saved to { $path }, in { $language }.
   *[other] { $pages } pages saved to { $path }, in { $language }.
}
