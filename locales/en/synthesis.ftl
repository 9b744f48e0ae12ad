synthesis-reach = { PLURAL($sessions) ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}, { PLURAL($quotes) ->
    [one] { $quotes } quote
   *[other] { $quotes } quotes
}, participants reached: { $people }.
synthesis-by-region = Participants by region
synthesis-by-language = Participants by language of consent
synthesis-by-group = People counted by group
synthesis-col-name = Name
synthesis-col-sessions = Sessions
synthesis-col-people = People
synthesis-col-code = Code
synthesis-col-theme = Theme
synthesis-col-quotes = Quotes
synthesis-total = Total
synthesis-gaps = Not reached yet
synthesis-gap-region = Region with no session: { $region }
synthesis-gap-group = Group with nobody counted: { $group }
synthesis-themes = Themes (a quote coded with a sub-theme also counts for its parent)
synthesis-co-occurrence = Themes coded together
synthesis-quote-count = { PLURAL($n) ->
    [one] { $n } quote
   *[other] { $n } quotes
}
synthesis-actions = { PLURAL($needs) ->
    [one] { $needs } documented need
   *[other] { $needs } documented needs
}, { PLURAL($recommendations) ->
    [one] { $recommendations } recommendation
   *[other] { $recommendations } recommendations
}
synthesis-recommendation-count = { PLURAL($n) ->
    [one] { $n } recommendation
   *[other] { $n } recommendations
}
synthesis-representative = Representative quotes
synthesis-not-shareable = consent does not cover sharing beyond the coordinator
report-export-done = Exported { PLURAL($quotes) ->
    [one] { $quotes } quote
   *[other] { $quotes } quotes
} to { $path }.
err-export-write = The export could not be written.
rec-export-write = Check that the folder exists, that you may write there and that the disk has room, then try again.
err-export-archive = The project archive could not be assembled.
rec-export-archive = This is a bug in Hearken; please report it.
