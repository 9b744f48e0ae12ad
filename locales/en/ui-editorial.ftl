# The app's report editor and choice of quotes (coordinator).

coord-screen-report-texts = Report texts
coord-texts-heading = The report’s own texts
coord-texts-intro = Write what only you can write: the executive summary, the context, the limitations, the acknowledgements and the cover’s lines, in each language the report is printed in. The framework report prints them in their own language and never takes another language’s text instead; only the cover falls back to English.
coord-texts-written = Written so far
coord-texts-part = Part
coord-texts-part-cover = Cover
coord-texts-part-summary = Executive summary
coord-texts-part-context = Context
coord-texts-part-limitations = Limitations
coord-texts-part-acknowledgements = Acknowledgements
coord-texts-words = { PLURAL($n) ->
    [one] { $n } word
   *[other] { $n } words
}
coord-texts-text = Text
coord-texts-hint = Plain text: # Heading, ## Sub-heading; a blank line between paragraphs; “- ” or “1. ” at the start of a line for lists; *emphasis* and **strong** print in bold. Leave it empty and save to remove the part.
coord-texts-hint-cover = One line each: “organisation: …” (as many as there are), “review: …” (the treaty body and session, or the UPR cycle), “date: …” and “annex: …” (where the full report is).
coord-texts-save = Save
coord-texts-saved = Saved.
coord-texts-removed = Removed: the report no longer has this part in this language.
coord-texts-unchanged = Nothing changed: this is the text already saved.
coord-texts-preview = Preview
coord-texts-cover-organisation = Submitted by
coord-texts-cover-review = For
coord-texts-cover-date = Date
coord-texts-cover-annex = Full report
coord-texts-total = Words of this language’s texts: { $words }

coord-report-submission = Submission version, within a word budget
coord-report-submission-hint = Keeps the most-supported themes, needs and recommendations that fit, with your texts, and says what was left out and where the full report is. Every word of the body counts.
coord-report-max-words = Word budget
coord-report-saved-submission = Saved { $path }: { $words } words (budget { $max }), pages: { $pages }.

coord-curate-pin = Pin to this theme
coord-curate-unpin = Unpin
coord-curate-exclude = Keep out of reports
coord-curate-include = Allow in reports
coord-curate-pinned = Pinned
coord-curate-excluded = Kept out of reports
coord-curate-chosen = In the report
coord-curate-done-pin = Pinned: the report shows this quote first under this theme, while its consent allows.
coord-curate-done-unpin = Unpinned: the automatic choice decides again.
coord-curate-done-exclude = Kept out of every report.
coord-curate-done-include = The quote may be chosen for reports again.

coord-rec-suggested = Suggested merges
coord-rec-suggested-none = No two recommendations look alike enough to suggest a merge.
coord-rec-suggested-intro = These recommendations, in the same language, use much the same words. Tick the ones that say the same thing, then merge them at once; each can be undone below.
coord-rec-suggested-into = into: { $text } (likeness { $likeness }%)
coord-rec-merge-suggested = Merge the ticked ones
coord-rec-merged-many = { PLURAL($n) ->
    [one] One recommendation merged.
   *[other] { $n } recommendations merged.
}

coord-format-docx = Framework report, editable (Word document)
coord-format-docx-hint = The same report as a .docx file that Word and LibreOffice open, for partners to edit before it is submitted; charts become tables of their values.
coord-report-saved-docx = Saved { $path }.
coord-report-docx-words = Words of the submission: { $words } (budget { $max }).
