# Application de bureau : le suivi des recommandations. L'écran Suivi du
# coordinateur (ui/src/screens/coordinator/Tracking*.svelte) et les écrans
# Évaluation et Mise à jour de l'animateur (ui/src/screens/facilitator/).
# Statuts, mécanismes, réponses, questions et intitulés de la mise à jour
# (rv-*, up-*) sont dans tracking.ftl. Les messages fac-p- s'adressent au
# participant et s'affichent dans sa langue.

coord-screen-tracking = Suivi
fac-screen-evaluation = Évaluation
fac-screen-update = Mise à jour

ui-path-or-dialog = Laissez vide pour choisir dans une fenêtre.

## Suivi : l'écran et sa liste

coord-track-heading = Suivi des recommandations
coord-track-intro = Ce que sont devenues les recommandations : les recommandations officielles de l'Examen périodique universel et des organes conventionnels, et celles des communautés elles-mêmes. Chaque changement est une nouvelle entrée dans un historique ; rien n'est modifié ni supprimé.
coord-track-loading = Chargement du suivi…
coord-track-filter-article = Article de traité
coord-track-filter-due = À réexaminer seulement
coord-track-count = Affichage : { $shown } sur { PLURAL($total) ->
    [one] { $total } recommandation
   *[other] { $total } recommandations
}.
coord-track-empty = Rien ne fait encore l'objet d'un suivi. Importez les recommandations officielles, ou les paquets qui contiennent celles des communautés.
coord-track-none-shown = Aucune recommandation ne correspond à ces filtres.
coord-track-list-caption = Recommandations suivies
coord-track-list-keys = Dans la liste, les flèches haut et bas passent d'une recommandation à la suivante ; Entrée l'affiche en dessous.
coord-track-due = à réexaminer

## Suivi : importer des recommandations officielles

coord-track-import-heading = Recommandations officielles
coord-track-import-intro = Importez les recommandations adoptées par un mécanisme, depuis un fichier CSV ou JSON. Un fichier est importé en entier ou pas du tout.
coord-track-import-path = Fichier à importer (CSV ou JSON)
coord-track-import = Importer des recommandations officielles…
coord-track-import-dialog = Recommandations officielles à importer
coord-track-changed = { PLURAL($n) ->
    [one] { $n } identifiant déjà connu a des champs différents dans ce fichier. Il a été laissé tel quel :
   *[other] { $n } identifiants déjà connus ont des champs différents dans ce fichier. Ils ont été laissés tels quels :
}
coord-track-replace = Remplacer ceux qui ont changé
coord-track-replace-hint = Les nouvelles versions sont enregistrées ; l'historique conserve les anciens textes comme notes de correction.

## Suivi : une recommandation

coord-track-choose = Choisissez une recommandation dans la liste pour voir son historique et enregistrer un changement.
coord-track-since = depuis le { $date }
coord-track-next-review = Prochain réexamen
coord-track-articles = Articles des traités
coord-track-themes = Thèmes
coord-track-none-listed = Aucun
coord-track-due-note = À réexaminer : la date de son prochain réexamen est arrivée, ou rien n'a été enregistré depuis un an.
coord-track-not-shareable = Le consentement du groupe de sa séance ne couvre pas le partage : elle reste en dehors du bilan des progrès, du tableau de bord et des mises à jour pour les communautés.
coord-track-links-official = Recommandations officielles qu'elle appuie
coord-track-links-community = Recommandations communautaires qui lui sont liées
coord-track-links-none = Aucun lien pour l'instant.
coord-track-show = Afficher { $code }
coord-track-unlink = Supprimer le lien avec { $code }
coord-track-suggestions = Suggestions
coord-track-suggestions-hint = Recommandations officielles dont l'identifiant ou les articles correspondent aux références de cette recommandation ou de ses thèmes. Rien n'est lié tant que vous n'avez pas choisi.
coord-track-suggestions-none = Aucune suggestion.
coord-track-link = Lier { $code }
coord-track-linked-articles = Articles des traités liés
coord-track-link-article = Lier un article de traité
coord-track-link-article-hint = Écrivez-le comme la grille de codage écrit ses références, par exemple CEDAW art. 14.
coord-track-link-article-submit = Lier l'article
coord-track-quotes = Ce qui a été dit
coord-track-quote-private = pour le coordinateur seulement
coord-track-history = Historique
coord-track-history-hint = Les entrées ne sont jamais modifiées ni supprimées. Pour en corriger une, enregistrez une nouvelle entrée à la même date qui indique ce qu'elle corrige.
coord-track-history-empty = Rien n'a encore été enregistré.

## Suivi : enregistrer un changement

coord-track-form-heading = Enregistrer un changement
coord-track-form-intro = L'entrée est ajoutée à l'historique de { $code }. Ctrl+Enter l'enregistre depuis n'importe quel champ.
coord-track-field-state = Nouveau statut
coord-track-field-date = Date des éléments probants
coord-track-field-date-hint = Année-mois-jour, au plus tard aujourd'hui.
coord-track-field-evidence = Éléments probants (obligatoire)
coord-track-field-evidence-hint = Ce qui montre ce statut : une loi, une décision, une ligne budgétaire, une visite.
coord-track-field-source = Source
coord-track-field-source-hint = Le document ou le lien d'où viennent les éléments probants.
coord-track-field-body = Organisme responsable
coord-track-field-body-keep = Laissez vide pour garder l'organisme actuel : { $body }.
coord-track-field-body-none = Laissez vide s'il n'est pas encore connu.
coord-track-field-next-review = Date du prochain réexamen
coord-track-field-next-review-hint = Facultatif. Année-mois-jour, après la date de l'entrée.
coord-track-submit = Enregistrer le changement
coord-track-shortcut = Ctrl+Enter
coord-track-evidence-required = Indiquez les éléments probants de ce changement.
coord-track-recorded = Enregistré pour { $code } : { $state } depuis le { $date }.

## Suivi : documents produits

coord-track-outputs-heading = Documents à produire
coord-track-outputs-intro = Ils ne contiennent que ce qui peut aller au-delà du coordinateur : les recommandations officielles, les recommandations communautaires dont le consentement du groupe couvre le partage, et les citations des personnes qui ont accepté qu'elles soient partagées.
coord-track-out-path = Enregistrer dans (fichier, ou dossier pour le tableau de bord)
coord-track-review-language = Langue du bilan des progrès
coord-track-write-review = Bilan des progrès (PDF)
coord-track-write-dashboard = Tableau de bord (dossier de pages web)
coord-track-write-open-data-csv = Données ouvertes (CSV)
coord-track-write-open-data-json = Données ouvertes (JSON)
coord-track-write-update = Mise à jour pour les communautés (fichier signé)
coord-track-dialog-review = Enregistrer le bilan des progrès sous
coord-track-dialog-dashboard = Dossier du tableau de bord
coord-track-dialog-open-data = Enregistrer les données ouvertes sous
coord-track-dialog-update = Enregistrer la mise à jour pour les communautés sous
coord-track-writing = Écriture en cours…
coord-track-written-review = Bilan des progrès enregistré dans { $path } : { PLURAL($pages) ->
    [one] { $pages } page
   *[other] { $pages } pages
}, { $size }.
coord-track-written-dashboard = Tableau de bord écrit dans { $path } : { PLURAL($files) ->
    [one] { $files } fichier
   *[other] { $files } fichiers
}, { $size }.
coord-track-written-file = { $path } enregistré ({ $size }).
coord-track-written-update = Mise à jour pour les communautés signée et enregistrée dans { $path } ({ $size }). Envoyez-la aux animateurs : leur application l'imprime sur une page.

## Évaluation (côté animateur)

fac-eval-heading = Évaluation du dialogue
fac-eval-intro = À la fin de la séance, passez l'ordinateur à un participant à la fois. Les réponses sont anonymes : aucun code ni nom n'y est associé, et cet écran ne montre jamais ce que quelqu'un a répondu.
fac-eval-count = { PLURAL($n) ->
    [one] { $n } évaluation enregistrée pour cette séance.
   *[other] { $n } évaluations enregistrées pour cette séance.
}
fac-eval-saved = Évaluation { $n } enregistrée. Le formulaire est prêt pour la personne suivante.
fac-eval-redacted = { PLURAL($n) ->
    [one] { $n } détail identifiant a été remplacé dans le commentaire.
   *[other] { $n } détails identifiants ont été remplacés dans le commentaire.
}

## Évaluation (face au participant, dans sa langue)

fac-p-eval-title = Comment s'est passé ce dialogue pour vous ?
fac-p-eval-intro = Vos réponses sont anonymes : personne ne peut savoir ce que vous avez répondu. Vous pouvez passer n'importe quelle question.
fac-p-eval-comment = Autre chose que vous aimeriez nous dire (facultatif)
fac-p-eval-comment-hint = Les noms et les numéros sont remplacés automatiquement avant que votre commentaire soit gardé.
fac-p-eval-save = Enregistrer mes réponses

## Mise à jour (côté animateur)

fac-update-heading = Ce que sont devenues vos contributions
fac-update-intro = Le coordinateur envoie une mise à jour signée sur ce que sont devenues les recommandations des communautés. Importez-la ici, puis imprimez-la sur une page pour la rendre à la communauté.
fac-update-import-path = Fichier de mise à jour du coordinateur
fac-update-import = Importer la mise à jour
fac-update-dialog = Mise à jour pour les communautés envoyée par le coordinateur
fac-update-none = Aucune mise à jour n'a encore été importée pour la consultation de cette séance.
fac-update-figures = Chiffres clés
fac-update-print-heading = L'imprimer pour la communauté
fac-update-print-language = Langue de la page
fac-update-print-language-hint = Les intitulés sont traduits ; les titres et les recommandations restent dans la langue où ils ont été écrits.
fac-update-print-path = Enregistrer la page sous
fac-update-print = Imprimer en PDF
fac-update-print-dialog = Enregistrer la mise à jour d'une page sous
fac-update-printed = { PLURAL($pages) ->
    [one] { $pages } page enregistrée dans { $path } (langue : { $language }).
   *[other] { $pages } pages enregistrées dans { $path } (langue : { $language }).
}
