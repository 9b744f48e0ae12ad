# Application de bureau : les écrans de la coordination (ui/src/screens/coordinator/)
# et les erreurs des commandes de coordination (src-tauri/src/commands/coordinator/).

coord-screen-import = Importer
coord-screen-dashboard = Tableau de bord
coord-screen-themes = Thèmes
coord-screen-recommendations = Recommandations
coord-screen-report = Rapport

coord-loading = Calcul de la synthèse…
coord-made-here = créé sur cet ordinateur

## Erreurs des commandes de coordination

err-coord-no-engagement = Ce coffre-fort ne contient encore aucune consultation.
rec-coord-no-engagement = Créez la consultation (ou chargez la démonstration) avec la commande hearken, puis importez les paquets des animateurs.

## Filtres

coord-filters = Filtres
coord-filter-region = Région
coord-filter-language = Langue
coord-filter-group = Groupe
coord-filter-from = Date de début
coord-filter-to = Date de fin
coord-filter-engagement = Consultation
coord-filter-engagement-choose = Choisissez une consultation
coord-filter-all = Tous
coord-filter-date-hint = Dates au format année-mois-jour, par exemple 2026-03-31. Laissez vide pour ne pas limiter.
coord-filter-apply = Appliquer les filtres
coord-filter-clear = Effacer les filtres

## Importation

coord-import-heading = Importer des paquets
coord-import-intro = Faites entrer les paquets envoyés par les animateurs. Chaque fichier est vérifié, déchiffré et fusionné ; un fichier venant d’un appareil que vous n’avez pas encore approuvé est mis de côté jusqu’à votre approbation.
coord-import-pick = Choisir des paquets…
coord-import-pick-title = Paquets à importer
coord-import-drop = Ou déposez les fichiers sur cette fenêtre.
coord-import-paths = Ou saisissez les chemins des fichiers
coord-import-paths-hint = Un chemin par ligne.
coord-import-submit = Importer ces fichiers
coord-import-progress = { PLURAL($total) ->
    [one] { $done } fichier sur { $total } traité
   *[other] { $done } fichiers sur { $total } traités
}
coord-import-summary = Ce qu’il est advenu de chaque fichier
coord-import-totals = Importés : { $imported }. Déjà présents : { $alreadyHad }. En quarantaine : { $quarantined }. Refusés : { $rejected }.
coord-col-file = Fichier
coord-col-result = Résultat
coord-col-detail = Détail
coord-outcome-imported = Importé
coord-outcome-alreadyHad = Déjà présent
coord-outcome-quarantined = En quarantaine
coord-outcome-rejected = Refusé
coord-import-merged = { PLURAL($added) ->
    [one] { $added } enregistrement ajouté
   *[other] { $added } enregistrements ajoutés
}, { $updated } mis à jour, { $removed } supprimés.
coord-import-already-detail = Ce paquet a déjà été importé ; rien n’a changé.
coord-import-quarantined-detail = Signé par l’appareil { $key }, qui n’est pas encore approuvé. Empreinte : { $fingerprint }.

## Appareils

coord-roster-heading = Appareils des animateurs
coord-roster-intro = Avant d’approuver un appareil, lisez son empreinte à voix haute avec l’animateur, par téléphone ou en personne : les cinq groupes doivent correspondre à ce qu’affiche son application.
coord-roster-empty = Aucun appareil n’a encore envoyé de paquet.
coord-col-key-id = Identifiant de clé
coord-col-fingerprint = Empreinte
coord-col-status = État
coord-col-bundles = Paquets
coord-device-approved = Approuvé
coord-device-revoked = Révoqué
coord-device-quarantined = En attente d’approbation
coord-device-missing = Numéros de paquets manquants : { $list }.
coord-approve = Approuver { $key }
coord-revoke = Révoquer { $key }
coord-revoke-warning = Révoquer l’appareil { $key } ? Tout paquet qu’il signe sera désormais refusé, dans toutes les consultations.
coord-revoke-remove = Supprimer aussi { PLURAL($n) ->
    [one] { $n } enregistrement qu’il a envoyé
   *[other] les { $n } enregistrements qu’il a envoyés
} (ses séances, participants, citations, besoins et recommandations).
coord-revoke-done = Appareil { $key } révoqué ; { PLURAL($n) ->
    [one] { $n } enregistrement qu’il avait envoyé a été supprimé.
   *[other] { $n } enregistrements qu’il avait envoyés ont été supprimés.
}
coord-reapprove-warning = L’appareil { $key } a été révoqué. Ne l’approuvez de nouveau que si vous savez pourquoi il a été révoqué et qu’il est désormais sûr : il pourra de nouveau envoyer des paquets.
coord-reapprove = Approuver de nouveau { $key }
coord-fingerprint-advice = Révoquer un appareil refuse désormais tout paquet qu’il a signé et supprime ce qu’il a en attente.
coord-approve-summary = Paquets fusionnés après l’approbation de { $key }

## Tableau de bord

coord-dashboard-heading = Tableau de bord de la synthèse
coord-reach-heading = Portée
coord-reach-sessions = Séances
coord-reach-participants = Participants atteints
coord-reach-quotes = Citations
coord-coverage-heading = Couverture
coord-coverage-regions = Séances et personnes par région (personnes au total : { $total })
coord-coverage-languages = Séances et personnes par langue du consentement (personnes au total : { $total })
coord-coverage-groups = Séances et personnes comptées par groupe (personnes au total : { $total })
coord-col-sessions = Séances
coord-col-people = Personnes
coord-col-quotes = Citations
coord-col-theme = Thème
coord-gaps-heading = Pas encore atteint
coord-gaps-none = Chaque région et chaque groupe nommés par la consultation ont été atteints.
coord-gap-region = Aucune séance encore en { $region }.
coord-gap-group = Personne n’a encore été compté parmi : { $group }.
coord-themes-heading = Thèmes
coord-theme-frequencies = Citations par thème (une citation compte pour son thème et les thèmes au-dessus)

## Explorateur de thèmes

coord-themes-intro = Choisissez un thème pour lire ses citations, chacune rattachée à sa séance et à son paquet.
coord-codebook = Grille de codage
coord-theme-count = { PLURAL($quotes) ->
    [one] { $quotes } citation
   *[other] { $quotes } citations
}
coord-theme-choose = Choisissez un thème dans la grille de codage pour voir ses citations.
coord-theme-summary = { PLURAL($quotes) ->
    [one] { $quotes } citation
   *[other] { $quotes } citations
} issues de { PLURAL($sessions) ->
    [one] { $sessions } séance
   *[other] { $sessions } séances
}.
coord-theme-by-region = Citations par région
coord-theme-quotes = { PLURAL($n) ->
    [one] { $n } citation
   *[other] { $n } citations
}
coord-theme-no-quotes = Aucune citation avec les filtres actuels.
coord-quote-translation = Traduction :
coord-quote-source = { $date }, { $place } ({ $region }), intervenant { $speaker }
coord-quote-bundle = Paquet
coord-quote-not-shareable = le consentement ne couvre pas le partage au-delà du coordinateur

## Recommandations

coord-rec-heading = Recommandations
coord-rec-intro = Ce que les séances ont demandé, groupé par thème ou par l’obligation conventionnelle citée, chacune avec sa source.
coord-rec-group-by = Grouper par
coord-rec-by-theme = Thème
coord-rec-by-reference = Obligation conventionnelle
coord-rec-total = { PLURAL($n) ->
    [one] { $n } recommandation
   *[other] { $n } recommandations
}
coord-rec-unthemed = Sans thème
coord-rec-unreferenced = Aucune obligation citée
coord-rec-duty-bearer = Qui doit agir
coord-rec-references = Obligations
coord-rec-source = Source
coord-rec-source-detail = { $date }, { $place } ({ $region })

## Générateur de rapports

coord-report-heading = Générateur de rapports
coord-report-intro = Choisissez ce qu’il faut produire, vérifiez l’aperçu, puis enregistrez le fichier.
coord-report-format = Format
coord-format-pdf-framework = Rapport de cadre (PDF)
coord-format-pdf-framework-hint = Méthodologie, participation, constats par thème avec citations, besoins, recommandations et annexe des séances.
coord-format-pdf-summary = Résumés « Ce que nous avons entendu » (PDF)
coord-format-pdf-summary-hint = Une page par séance, à rendre à la communauté.
coord-format-csv = Tableur (CSV)
coord-format-csv-hint = Les citations avec leurs thèmes, séances et paquets.
coord-format-json = Données (JSON)
coord-format-json-hint = La synthèse et ses enregistrements, pour des scripts.
coord-format-qdpx = Projet d’analyse qualitative (REFI-QDA .qdpx)
coord-format-qdpx-hint = Pour NVivo, ATLAS.ti, MAXQDA et QualCoder.
coord-report-language = Langue du rapport
coord-report-language-hint = La langue des titres et du texte des rapports PDF. Les exports gardent chaque citation dans sa propre langue.
coord-preview-heading = Aperçu
coord-outline-cover = Couverture
coord-outline-methodology = Méthodologie : { PLURAL($sessions) ->
    [one] { $sessions } séance
   *[other] { $sessions } séances
}, { PLURAL($languages) ->
    [one] { $languages } langue
   *[other] { $languages } langues
}
coord-outline-participation = Participation et couverture : { $people } participants (effectifs inférieurs à { $k } masqués)
coord-outline-findings = Constats : { PLURAL($themes) ->
    [one] { $themes } thème
   *[other] { $themes } thèmes
}, { PLURAL($quotes) ->
    [one] { $quotes } citation
   *[other] { $quotes } citations
}
coord-outline-recommendations = Recommandations liées aux obligations conventionnelles : { $n }
coord-outline-annex = Annexe : { PLURAL($sessions) ->
    [one] { $sessions } séance
   *[other] { $sessions } séances
}
coord-outline-session = { $date }, { $place } : { PLURAL($quotes) ->
    [one] { $quotes } citation
   *[other] { $quotes } citations
}
coord-preview-themes = Thèmes
coord-preview-recommendations = Recommandations
coord-report-path = Enregistrer sous
coord-report-choose = Choisir l’emplacement…
coord-report-save-title = Enregistrer le rapport sous
coord-report-save = Enregistrer
coord-report-session = Séance
coord-report-session-choose = Choisir la séance…
coord-report-saved-pdf = { $path } enregistré : { PLURAL($pages) ->
    [one] { $pages } page
   *[other] { $pages } pages
}.
coord-report-saved = { $path } enregistré : { PLURAL($quotes) ->
    [one] { $quotes } citation
   *[other] { $quotes } citations
}.
coord-rec-merged-sources = { PLURAL($n) ->
    [one] Aussi entendue sous cette forme ({ $n } recommandation fusionnée)
   *[other] Aussi entendue sous ces formes ({ $n } recommandations fusionnées)
}
coord-rec-unmerge = Annuler cette fusion
coord-rec-same-as = Dit la même chose que
coord-rec-choose-target = Choisir une recommandation…
coord-rec-merge = Fusionner avec elle
coord-rec-merge-hint = La recommandation choisie est conservée et montre celle-ci comme une source de plus. Rien n’est supprimé ; la fusion peut être annulée.
