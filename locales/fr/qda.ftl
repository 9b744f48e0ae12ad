# L'aller-retour avec les logiciels d'analyse qualitative (hearken qda).

err-qda-not-zip = Ce n'est pas un projet REFI-QDA : un fichier .qdpx est une archive ZIP.
err-qda-no-project = Cette archive ne contient pas de project.qde : ce n'est pas un projet REFI-QDA.
err-qda-too-large = Un fichier de ce projet dépasse { $mib } Mio une fois décompressé. Rien n'a été importé.
err-qda-xml = project.qde n'est pas un XML bien formé (ligne { $line }). Rien n'a été importé.
err-qda-schema = project.qde ne suit pas le schéma REFI-QDA à la ligne { $line } ({ $what }). Rien n'a été importé.
err-qda-outside = Une sélection codée dépasse de sa source (project.qde, ligne { $line }). Rien n'a été importé.
err-qda-too-many-codes = Ce projet compte plus de { $max } codes. Rien n'a été importé.
err-qda-too-many-codes-per-selection = Un passage de ce projet porte plus de { $max } codes. Rien n'a été importé.
err-qda-nothing-matched = Aucun des passages codés de ce projet n'est une citation de cette consultation (est-ce le projet d’une autre consultation ?). Rien n'a été importé.
err-qda-source-missing = Le texte d'une source ({ $path }) manque dans l'archive. Rien n'a été importé.
qda-imported = Codage d'analyse importé : { $codes } codes ({ $mapped } rattachés à des thèmes du kit), { $codings } codages.
qda-unchanged = Rien n'a changé : le codage d'analyse est le même qu'avant ({ $codes } codes, { $codings } codages).
qda-same-as-kit = Rien n'a changé : ce projet code les citations exactement comme la grille du kit.
qda-codes-added = { PLURAL($n) ->
    [one] Un nouveau code : { $names }
   *[other] { $n } nouveaux codes : { $names }
}
qda-codes-removed = { PLURAL($n) ->
    [one] Un code qui n'est plus utilisé : { $names }
   *[other] { $n } codes qui ne sont plus utilisés : { $names }
}
qda-code-renamed = Renommé : « { $old } » s'appelle désormais « { $new } »
qda-codings-changed = Codages : { $added } ajoutés, { $removed } retirés.
qda-not-held = { $n } sélections codées portent sur un texte que Hearken ne détient pas ; elles ont été écartées.
qda-not-allowed = { $n } sélections codées portent sur des citations dont le consentement ne permet plus les rapports ; elles ont été écartées.
