# Following up recommendations: official recommendations, tracking,
# progress review, dashboard, community updates, evaluation.

## Errors
err-official-empty = { $at ->
    [line] Line { $n }
   *[entry] Entry { $n }
}: the field “{ $field }” is empty.
err-official-too-long = { $at ->
    [line] Line { $n }
   *[entry] Entry { $n }
}: the field “{ $field }” is longer than { $max } characters.
err-official-invalid = { $at ->
    [line] Line { $n }
   *[entry] Entry { $n }
}: the field “{ $field }” is not valid.
rec-official-invalid = See docs/tracking.md for the values each field takes (mechanism: upr or treaty; response: supported, noted or empty).
err-official-duplicate = { $at ->
    [line] Line { $n }
   *[entry] Entry { $n }
}: this identifier appears twice in the file.
err-official-not-upr = { $at ->
    [line] Line { $n }
   *[entry] Entry { $n }
}: the field “{ $field }” is only for UPR recommendations.
err-official-unknown-column = The file has a column this format does not know: “{ $column }”.
rec-official-unknown-column = The columns are id, mechanism, source, text, response, recommending_state and articles.
err-official-missing-column = The file has no column “{ $column }”.
rec-official-missing-column = The first line must name the columns; id, mechanism, source and text are required.
err-official-not-csv = This is not a CSV file Hearken can read.
err-official-bad-line = Line { $n } cannot be read: wrong number of fields, broken quoting, or not UTF-8.
err-official-not-json = This is not a JSON file of official recommendations (problem near line { $n }).
rec-official-not-json = It must start with {"{"}"format": "hearken-official-recommendations", "version": 1, …{"}"}.
err-official-too-many = The file holds more than { $max } recommendations.
err-tracking-unknown-official = No official recommendation has the identifier “{ $id }”.
rec-tracking-unknown-official = Import the official recommendations first, or list them with “hearken tracking list”.
err-tracking-unknown-state = “{ $state }” is not a state.
rec-tracking-unknown-state = The states are not_started, in_progress, partially_implemented, implemented, regressed and no_information.
err-tracking-future-date = The date is in the future: the history records what has happened.
err-tracking-review-before = The next review date must come after the date of the entry.
err-tracking-already-linked = These are already linked.
err-tracking-not-linked = These are not linked.
err-tracking-not-tracked = Only official and community recommendations are tracked.
err-file-folder-in-use = The folder is not empty and does not hold an earlier dashboard; nothing was written.
rec-file-folder-in-use = Choose a new or empty folder.

## States, mechanisms, responses
state-not-started = Not started
state-in-progress = In progress
state-partially-implemented = Partially implemented
state-implemented = Implemented
state-regressed = Regressed
state-no-information = No information
mechanism-upr = UPR
mechanism-treaty = Treaty body
mechanism-community = Community recommendation
response-supported = Supported
response-noted = Noted

## Evaluation
question-felt-safe = Felt safe to speak
question-own-language = Could use their own language
question-accessible = Accessibility needs met
question-again = Would take part again
answer-yes = Yes
answer-partly = Partly
answer-no = No
answer-unanswered = No answer

## Progress review
rv-title = Progress Review: What Became of the Recommendations
rv-as-of = Situation on { $date }
rv-summary = Summary
rv-fig-official = official recommendations
rv-fig-community = community recommendations
rv-fig-due = due for review
rv-col-state = State
rv-col-count = Recommendations
rv-col-theme = Theme
rv-chart-states = Recommendations by state
rv-by-theme = By theme
rv-no-themes = No recommendation is linked to a theme yet.
rv-by-body = By responsible body
rv-no-body = No responsible body recorded
rv-evaluation = How participants judged the process
rv-evaluation-intro = { $sessions } sessions collected anonymous evaluations from { $people } people. Counts below the threshold are not shown.
rv-question = Question
rv-status = State: { $state } (since { $since })
rv-next-review = next review { $date }
rv-linked = Linked: { $codes }
rv-quote-from = Quote { $code }
rv-quote-trace = Quote { $code } · session { $session } · bundle { $bundle }
rv-recommended-by = recommended by { $state }

## Community update (one page)
up-title = What Happened with Your Input
up-issued = Update of { $date }
up-fig-sessions = community dialogues
up-fig-people = people took part
up-fig-quotes = words recorded
up-heard = What we heard
up-theme = { $theme }: { $quotes } quotes from { $sessions } dialogues
up-happened = What has happened since
up-more = and { $n } more recommendations
up-nothing-yet = Nothing has been recorded yet.
up-evaluation = How you judged the dialogues

## Dashboard
db-skip = Skip to content
db-nav-pages = Pages
db-nav-language = Language
db-nav-pager = Pages of recommendations
db-overview = Overview
db-recommendations = Recommendations
db-recommendations-page = Recommendations, page { $page } of { $pages }
db-records = Texts and history
db-records-page = Texts and history, page { $page } of { $pages }
db-records-intro = Each code opens the recommendation's full text, its history and what communities said, in the language they were written in.
db-col-code = Recommendation
db-col-since = Since
db-bodies = Responsible bodies
db-communities = Communities
db-footer = Published with Hearken on { $date }. Counts of people below { $k } are not shown exactly. Quotes appear only where the person who spoke agreed to their sharing.
db-chart-states = Recommendations by state
db-fig-sessions = community dialogues
db-fig-people = people took part
db-states = Where the recommendations stand
db-mechanisms = By mechanism
db-col-mechanism = Mechanism
db-none = No recommendation is tracked yet.
db-history = History
db-voices = What communities said
db-col-body = Responsible body
db-communities-intro = { $sessions } community dialogues with { $people } participants.
db-regions = Dialogues by region
db-col-region = Region
db-col-sessions = Dialogues
db-col-people = People
db-themes = What was heard, by theme
db-col-quotes = Quotes

## CLI
tracking-imported = Imported { $added } official recommendations ({ $unchanged } already known, unchanged).
tracking-changed = { $n } known identifiers have different fields in the file and were left as they were: { $ids }. Import again with --replace-changed to record the new versions.
tracking-replaced = { $n } known identifiers had changed and were replaced (the old texts are kept as corrections): { $ids }.
tracking-col-id = Id
tracking-col-mechanism = Mechanism
tracking-col-state = State
tracking-col-since = Since
tracking-col-body = Responsible body
tracking-col-text = Text
tracking-col-date = Date
tracking-col-evidence = Evidence
tracking-col-source = Source
tracking-col-by = Recorded by
tracking-none-due = Nothing is due for review.
tracking-exported = Wrote the tracking data to { $path }.
tracking-linked = Linked to { $target }.
tracking-unlinked = Link to { $target } removed.
dashboard-done = Wrote the dashboard ({ $files } files) to { $path }.
evaluation-added = Evaluation { $id } recorded ({ $redacted } identifying details replaced in the comment).
evaluation-col-id = Id
evaluation-col-session = Session
evaluation-col-comment = Comment
update-created = Wrote the signed community update to { $path }.
update-imported = Imported the update “{ $title }” of { $date } ({ $n } recommendations).
db-fewer-than = fewer than { $k }
db-withheld = not shown
db-table-states = Recommendations by state, in numbers
db-table-mechanisms = Recommendations by mechanism and state
db-table-evaluation = Answers to each question
db-table-bodies = Recommendations by responsible body and state
