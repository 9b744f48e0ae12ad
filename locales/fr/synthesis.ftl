synthesis-reach = { PLURAL($sessions) ->
    [one] { $sessions } séance
   *[other] { $sessions } séances
}, { PLURAL($quotes) ->
    [one] { $quotes } citation
   *[other] { $quotes } citations
}, participants atteints : { $people }.
synthesis-by-region = Participants par région
synthesis-by-language = Participants par langue du consentement
synthesis-by-group = Personnes comptées par groupe
synthesis-col-name = Nom
synthesis-col-sessions = Séances
synthesis-col-people = Personnes
synthesis-col-code = Code
synthesis-col-theme = Thème
synthesis-col-quotes = Citations
synthesis-total = Total
synthesis-gaps = Pas encore atteint
synthesis-gap-region = Région sans séance : { $region }
synthesis-gap-group = Groupe où personne n’a été compté : { $group }
synthesis-themes = Thèmes (une citation codée avec un sous-thème compte aussi pour son thème parent)
synthesis-co-occurrence = Thèmes codés ensemble
synthesis-quote-count = { PLURAL($n) ->
    [one] { $n } citation
   *[other] { $n } citations
}
synthesis-actions = { PLURAL($needs) ->
    [one] { $needs } besoin documenté
   *[other] { $needs } besoins documentés
}, { PLURAL($recommendations) ->
    [one] { $recommendations } recommandation
   *[other] { $recommendations } recommandations
}
synthesis-recommendation-count = { PLURAL($n) ->
    [one] { $n } recommandation
   *[other] { $n } recommandations
}
synthesis-representative = Citations représentatives
synthesis-not-shareable = le consentement ne couvre pas le partage au-delà du coordinateur
report-export-done = { PLURAL($quotes) ->
    [one] { $quotes } citation exportée
   *[other] { $quotes } citations exportées
} vers { $path }.
err-export-write = L’export n’a pas pu être écrit.
rec-export-write = Vérifiez que le dossier existe, que vous pouvez y écrire et que le disque a de la place, puis réessayez.
err-export-archive = L’archive du projet n’a pas pu être assemblée.
rec-export-archive = C’est un défaut de Hearken ; merci de le signaler.
