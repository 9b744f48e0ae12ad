# The framework report ("What We Heard and Proposed Actions Forward") and
# the one-page "What we heard" summary of a session.
fw-title = What We Heard and Proposed Actions Forward
fw-period = Sessions held from { $from } to { $to }
fw-reach = { PLURAL($sessions) ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
} · participants reached: { $people } · { PLURAL($quotes) ->
    [one] { $quotes } quote
   *[other] { $quotes } quotes
}
fw-method = Methodology
fw-method-intro = This report brings together the community dialogues held for this engagement. Trained facilitators ran each session, recorded every participant's informed consent, wrote down their words under pseudonymous codes and sent them to the coordinator in a signed and encrypted bundle. A quote appears here only if its speaker's consent covers it; the words of participants who withdrew their consent have been removed everywhere.
fw-fig-sessions = Sessions
fw-fig-participants = Participants reached
fw-fig-quotes = Quotes recorded
fw-fig-regions = Regions
fw-fig-languages = Languages
fw-sessions-by-region = Sessions and participants by region
fw-sessions-by-language = Sessions and participants by language
fw-col-region = Region
fw-col-language = Language
fw-col-group = Group
fw-col-sessions = Sessions
fw-col-people = People
fw-col-quotes = Quotes
fw-col-theme = Theme
fw-col-themes = Themes
fw-col-date = Date
fw-col-place = Place
fw-col-session = Session
fw-col-languages = Languages
fw-col-bundle = Bundle / device
fw-col-need = Need
fw-col-recommendation = Recommendation
fw-col-duty-bearer = Duty-bearer
fw-col-references = References
fw-col-sources = Heard in
fw-col-pair = Themes
fw-total = Total
fw-coverage = Participation and coverage
fw-coverage-intro = Who took part, where and in which language. People are counted as participant records by region and by the language of their consent; demographic groups come from the head counts each facilitator recorded.
fw-chart-regions = Participants by region
fw-chart-languages = Participants by language of consent
fw-chart-groups = People counted by demographic group
fw-gaps = Gaps in coverage
fw-gaps-intro = The engagement planned to hear from these regions and groups, but no session has reached them yet:
fw-gap-region = Region with no session: { $region }
fw-gap-group = Group nobody was counted in: { $group }
fw-gaps-none = Every region and group the engagement names was reached.
fw-findings = Findings by theme
fw-findings-intro = How often each theme of the codebook came up. A quote coded with a sub-theme also counts for its parent theme, once. Quotes are shown in the language they were said in, with a translation where the facilitator gave one; each names the session and the bundle it came in.
fw-chart-theme-quotes = Quotes per theme
fw-chart-theme-sessions = Sessions in which each theme came up
fw-matrix-region = Quotes per theme and region
fw-matrix-group = Quotes per theme and demographic group of the session
fw-co-occurrence = Themes raised together
fw-co-none = No quote was coded with two themes.
fw-theme-counts = { PLURAL($quotes) ->
    [one] { $quotes } quote
   *[other] { $quotes } quotes
} from { PLURAL($sessions) ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}.
fw-theme-nothing-shown = No quote on this theme may be shown in this report: the consent given does not cover it.
fw-themes-silent = Themes not raised in any session: { $themes }
fw-attribution = { $speaker } · session { $session } ({ $date }, { $place }) · bundle { $bundle }
fw-attribution-local = { $speaker } · session { $session } ({ $date }, { $place }) · recorded on this device
fw-speaker-group = group
fw-local = this device
fw-needs = Documented needs
fw-needs-none = No need was documented.
fw-recommendations = Recommendations
fw-recommendations-intro = Actions the communities proposed, grouped by theme and by the treaty obligation they relate to. Where a coordinator merged two recommendations that say the same thing, they appear once with every session they were heard in.
fw-by-theme = By theme
fw-col-number = No.
fw-col-obligation = Obligation
fw-col-recommendations = Recommendations
fw-by-reference-intro = Each treaty obligation or UPR recommendation with the recommendations above (by number) that relate to it.
fw-by-reference = By treaty obligation
fw-unthemed = Not linked to a theme
fw-unreferenced = Not linked to an obligation
fw-recommendations-none = No recommendation was recorded.
fw-annex = Annex: sessions
fw-summary-title = What we heard in { $place }
fw-summary-byline = { $date } · { $place }, { $region }
fw-summary-discussed = What we talked about
fw-summary-words = In your words
fw-summary-needs = What you need
fw-summary-recommendations = What you asked for
fw-summary-no-quotes = No quote from this session may be shown here.
fw-summary-more = { PLURAL($n) ->
    [one] One more is listed in the full report.
   *[other] { $n } more are listed in the full report.
}
fw-summary-next = Thank you for taking part. What you said will be brought together with the other communities' dialogues in the report "{ $engagement }". Nobody's name appears in it. You may still withdraw your consent: ask the facilitator.

err-report-language = There is no report language “{ $lang }”.
rec-report-language = Choose one of: en, fr, es, ar, ru.
err-report-session = The session is not part of this report.
rec-report-session = Check the session id with “hearken session list”, and the filters.
err-merge-same = A recommendation cannot be merged into itself.
err-merge-engagement = Only recommendations of the same engagement can be merged.
err-merge-chain = That recommendation is already merged, or has others merged into it.
rec-merge-chain = Merge into the recommendation that is kept, or undo the earlier merge first.
err-merge-none = Those recommendations are not merged.
recommendation-merged = Merged: the synthesis now shows { $kept } with the sources of both.
recommendation-merged-line = { $kept } also stands for { $merged } (merged)
recommendation-unmerged = Undone: { $merged } is shown on its own again.
report-pdf-done = Wrote { PLURAL($pages) ->
    [one] a one-page report
   *[other] a { $pages }-page report
} to { $path }.
fw-differencing = This report covers part of the engagement. Set beside the report of the whole engagement, or of another part, its counts of people could show how many took part in groups smaller than { $k }; so no count of people is shown. The report of the whole engagement gives them by region, language and group.
fw-analysis-codebook = The themes in this report come from the analysis coding that analysts made in a qualitative-analysis tool and brought back into Hearken, not from the engagement kit's codebook.
fw-filtered = Filtered report: { $filters }
fw-filter-regions = regions { $list }
fw-filter-languages = languages { $list }
fw-filter-groups = groups { $list }
fw-filter-dates = sessions from { $from } to { $to }
language-en = English
language-fr = French
language-es = Spanish
language-ar = Arabic
language-ru = Russian
