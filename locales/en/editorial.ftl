# The coordinator's texts and choice of quotes in the framework report
# (hearken report-text, hearken quote pin|exclude, submission mode).

## In the report
report-list-number = { $n }.
fw-part-summary = Executive summary
fw-part-context = Context
fw-part-limitations = Limitations
fw-part-acknowledgements = Acknowledgements
fw-cover-organisations = Submitted by: { $list }
fw-cover-review = For: { $review }
fw-cover-date = Date: { $date }
fw-submission-cover = Submission version: the most-supported findings, within { $max } words
fw-left-out = What this submission leaves out
fw-left-out-none = Nothing was left out: every theme, need and recommendation heard fits in this submission.
fw-left-out-counts = Left out for length: themes raised: { $themes }; needs: { $needs }; recommendations: { $recommendations }.
fw-left-out-where = The full report, with every theme, need and recommendation and the list of sessions, is at: { $where }
fw-left-out-ask = The full report, with every theme, need and recommendation and the list of sessions, is available from the submitting organisations.
fw-submission-recommendation = { $number }: { $text }
fw-submission-recommendation-bearer = { $number }: { $text } ({ $bearer })

## Errors
err-editorial-cover-line = Line { $line } of the cover text is not understood.
rec-editorial-cover-line = Write each line as “organisation: …”, “date: …”, “review: …” or “annex: …”.
err-editorial-not-under-theme = This quote is not coded with that theme, nor with a theme below it.
rec-editorial-not-under-theme = Pin it to one of its own themes.
err-editorial-excluded = This quote is excluded from reports.
rec-editorial-excluded = Include it again first.
err-editorial-pinned-related = This quote is already pinned to a theme above or below this one, and a quote is shown only once along such a line of themes.
rec-editorial-pinned-related = Unpin it from the other theme first.
err-editorial-not-in-reports = The speaker’s consent does not allow this quote in reports.

## Command line
report-submission-done = Wrote the submission to { $path }: { $words } words (at most { $max }), pages: { $pages }.
report-text-saved = Saved the { $part ->
    [summary] executive summary
    [context] context
    [limitations] limitations
    [acknowledgements] acknowledgements
   *[cover] cover
} in { $lang } ({ $words } words).
report-text-removed = Removed the { $part ->
    [summary] executive summary
    [context] context
    [limitations] limitations
    [acknowledgements] acknowledgements
   *[cover] cover
} in { $lang }.
report-text-unchanged = Nothing changed: the text was already this one.
report-text-none = No report text has been written for this engagement yet.
col-part = Part
col-words = Words
quote-pinned = Quote { $id } is pinned: reports show it under this theme first, while its consent allows.
quote-unpinned = Quote { $id } is no longer pinned.
quote-excluded = Quote { $id } is kept out of every report.
quote-included = Quote { $id } may be chosen for reports again.
quote-curation-unchanged = Nothing changed for quote { $id }.
quote-excluded-mark = excluded from reports

## Translations of the engagement's labels (hearken labels)
label-untranslated = { $label } ({ $language })
err-labels-field = Line { $n }: the field “{ $field }” is missing or not valid.
rec-labels-field = kind is theme, region or group; key is a theme’s code or a region’s or group’s name as the engagement has it; lang is one of the engagement’s languages other than its first; label is at most 200 characters, and the report’s fonts must be able to print it.
err-labels-duplicate = Line { $n } translates the same label into the same language as an earlier line.
err-labels-header = The first line must name the columns kind, key, lang and label (and, if you wish, description and source).
err-labels-bad-line = Line { $n } cannot be read: wrong number of fields, broken quoting, or not UTF-8.
labels-imported = Translations: { $added } added, { $changed } changed, { $removed } removed, { $unchanged } unchanged.
labels-none-missing = Every label has a translation in every language of the engagement.
labels-template-written = Wrote { $n } lines to { $path }: fill in the label and description columns, then import the file with “hearken labels import”.
kit-missing-labels = { $n } translations of theme labels, regions or groups are missing: in those languages, reports and screens show the engagement’s own words, marked with their language. List them with “hearken labels show --missing”.
col-key = Key

## Suggested merges of recommendations
recommendation-merged-many = Merged: { $n } suggested pairs; the synthesis now shows each kept recommendation with the sources of those merged into it.
recommendation-no-suggestion = No two recommendations look alike enough to suggest a merge.
col-kept = Kept
col-merged = Merged
col-similarity = Likeness
report-docx-done = Wrote the editable report to { $path }.
