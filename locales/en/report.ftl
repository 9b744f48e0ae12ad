# Words the PDF engine prints into reports, and its errors. Sentences avoid
# counted nouns so no plural forms are needed.
report-contents = Contents
report-page-of = Page { $n } of { $total }
report-translation = Translation: { $text }

err-pdf-unsupported-character = Part { $block } of the document contains a character ({ $codepoint }) that the report fonts cannot print.
rec-pdf-unsupported-character = Replace or remove that character in the source text, then create the report again.
err-pdf-too-many-pages = The document does not fit its page limit (it needs { $pages }, the limit is { $limit }).
rec-pdf-too-many-pages = Shorten it: fewer quotes or shorter text.
err-pdf-table-shape = A row of the table in part { $block } does not have as many cells as its header ({ $found } instead of { $expected }).
rec-pdf-table-shape = Give every row one cell per column.
err-pdf-chart-value = The chart in part { $block } has a value that is negative or not a number.
rec-pdf-chart-value = Charts show counts and shares: check the values.
err-pdf-heading-level = The heading in part { $block } has level { $level }; only levels 1 to 3 exist.
err-pdf-too-tall = Part { $block } of the document is taller than a page and cannot be placed.
rec-pdf-too-tall = Split it into smaller parts.
err-pdf-font-embedding = The font { $font } could not be embedded in the PDF.
rec-pdf-font-embedding = This is a fault in Hearken; please report it.
err-pdf-write = The report could not be saved.
rec-pdf-write = Check that the folder exists, that you may write to it and that the disk is not full.
