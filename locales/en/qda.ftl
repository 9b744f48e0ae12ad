# The round trip with QDA tools (hearken qda).

err-qda-not-zip = This is not a REFI-QDA project: a .qdpx file is a ZIP archive.
err-qda-no-project = This archive holds no project.qde, so it is not a REFI-QDA project.
err-qda-too-large = A file in this project unpacks to more than { $mib } MiB. Nothing was imported.
err-qda-xml = project.qde is not well-formed XML (line { $line }). Nothing was imported.
err-qda-schema = project.qde does not follow the REFI-QDA schema at line { $line } ({ $what }). Nothing was imported.
err-qda-outside = A coded selection reaches outside its source (project.qde, line { $line }). Nothing was imported.
err-qda-too-many-codes = This project has more than { $max } codes. Nothing was imported.
err-qda-too-many-codes-per-selection = A passage of this project is coded with more than { $max } codes. Nothing was imported.
err-qda-nothing-matched = None of the coded passages of this project is a quote of this engagement (is it another engagement's project?). Nothing was imported.
err-qda-source-missing = The text of a source ({ $path }) is missing from the archive. Nothing was imported.
qda-imported = Imported the analysis coding: { $codes } codes ({ $mapped } matched to kit themes), { $codings } codings.
qda-unchanged = Nothing changed: the analysis coding is the same as before ({ $codes } codes, { $codings } codings).
qda-same-as-kit = Nothing changed: this project codes the quotes exactly as the kit's codebook does.
qda-codes-added = { PLURAL($n) ->
    [one] One new code: { $names }
   *[other] { $n } new codes: { $names }
}
qda-codes-removed = { PLURAL($n) ->
    [one] One code no longer used: { $names }
   *[other] { $n } codes no longer used: { $names }
}
qda-code-renamed = Renamed: “{ $old }” is now “{ $new }”
qda-codings-changed = Codings: { $added } added, { $removed } removed.
qda-not-held = { $n } coded selections are on text Hearken does not hold; they were left out.
qda-not-allowed = { $n } coded selections are on quotes whose consent no longer allows reports; they were left out.
