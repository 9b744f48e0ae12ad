# Anonymization assistant: placeholders put into redacted quotes, kind names
# for listings, small-cell display, CLI output and errors.

redact-placeholder-name = [name]
redact-placeholder-place = [place]
redact-placeholder-email = [email]
redact-placeholder-phone = [phone]
redact-placeholder-url = [link]
redact-placeholder-handle = [handle]
redact-placeholder-id-number = [ID number]
redact-placeholder-date-of-birth = [date of birth]
redact-placeholder-gps = [location]
redact-placeholder-address = [address]
redact-placeholder-age-attribute = [age and trait]

redact-kind-name = name
redact-kind-place = place
redact-kind-email = email address
redact-kind-phone = phone number
redact-kind-url = link
redact-kind-handle = social-media handle
redact-kind-id-number = ID or case number
redact-kind-date-of-birth = date of birth
redact-kind-gps = GPS coordinates
redact-kind-address = street address
redact-kind-age-attribute = age with a rare trait (review)

redact-cli-none = No identifying details found.
redact-cli-found = { PLURAL($count) ->
    [one] One identifying detail found:
   *[other] { $count } identifying details found:
}
redact-cli-finding = { $kind }, characters { $start }–{ $end }
redact-cli-redacted = Redacted text:

redact-cell-below = <{ $k }
redact-cell-withheld = x
redact-cell-note = Counts below { $k } are shown as “<{ $k }”. A count marked “x” is withheld so that no small count can be worked out from the totals.

err-redact-entry-too-long = Entry { $line } of the list is longer than { $max } characters; it cannot be a name or a place.
rec-redact-entry-too-long = Put one name or place per line.
err-redact-lists-too-large = The name and place lists are too large to use.
rec-redact-lists-too-large = Keep only the names and places of this engagement.
err-redact-span-out-of-range = A part to redact (characters { $start }–{ $end }) lies outside the quote ({ $len } characters). Nothing was changed.
err-redact-unresolved-findings = { PLURAL($count) ->
    [one] This quote still holds one identifying detail.
   *[other] This quote still holds { $count } identifying details.
}
rec-redact-unresolved-findings = Redact each one, or mark it as reviewed if it may stay.
err-redact-table-shape = { $len } counts do not fill a table of { $rows } rows and { $cols } columns.
err-redact-threshold-too-low = A small-cell threshold of { $k } cannot hide counts.
rec-redact-threshold-too-low = Use a threshold of 3 or more (5 is the default).
err-redact-cannot-protect = This table cannot be shown without revealing a small count.
rec-redact-cannot-protect = Merge small categories, or leave the table out.

err-redact-cli-list-not-utf8 = The list file { $path } is not UTF-8 text.
rec-redact-cli-list-not-utf8 = Save it as UTF-8, one name or place per line.
err-redact-cli-input-unreadable = Cannot read the text from standard input.
err-redact-cli-input-not-utf8 = The text on standard input is not UTF-8.
err-redact-cli-input-too-long = The text is longer than { $max } bytes.
rec-redact-cli-input-too-long = Check one quote at a time.
err-redact-cli-output = The result could not be written.
