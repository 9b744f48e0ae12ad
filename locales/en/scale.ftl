# Long operations: progress, cancelling, and the demo at scale.

stage-generating = Making sessions
stage-importing = Importing bundles
stage-synthesis = Reading the sessions
stage-rendering = Printing pages
stage-exporting = Writing records

err-cancelled = The operation was cancelled.
rec-cancelled = Nothing half-done was kept: an import keeps only the bundles it finished, each complete, and a file is written whole or not at all. Start it again when you are ready.

demo-scale-done = Made { PLURAL($sessions) ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
} with { PLURAL($quotes) ->
    [one] { $quotes } quote
   *[other] { $quotes } quotes
} from { PLURAL($devices) ->
    [one] { $devices } device
   *[other] { $devices } devices
} ({ $withdrawn } removed after a consent withdrawal, { $narrowed } consents narrowed).
demo-scale-bundles = { PLURAL($n) ->
    [one] { $n } bundle is
   *[other] { $n } bundles are
} in { $dir }. Import them with "hearken import --approve-new-keys", then run "hearken demo --follow-up".
demo-follow-up-done = Linked { PLURAL($links) ->
    [one] { $links } community recommendation
   *[other] { $links } community recommendations
} to official ones and wrote { PLURAL($history) ->
    [one] { $history } history entry
   *[other] { $history } history entries
}.

ui-progress-cancel = Cancel
ui-progress-cancelling = Cancelling…
ui-progress-step = { $stage }: { $done } of { $total }
ui-progress-cancelled = Cancelled. { PLURAL($done) ->
    [one] { $done } file was
   *[other] { $done } files were
} imported before, each complete; nothing else was changed.
