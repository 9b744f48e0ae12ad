# Following up recommendations: official recommendations, tracking,
# progress review, dashboard, community updates, evaluation.

## Errors
err-official-empty = { $at ->
    [line] Ligne { $n }
   *[entry] Élément { $n }
} : le champ « { $field } » est vide.
err-official-too-long = { $at ->
    [line] Ligne { $n }
   *[entry] Élément { $n }
} : le champ « { $field } » dépasse { PLURAL($max) ->
    [one] { $max } caractère
   *[other] { $max } caractères
}.
err-official-invalid = { $at ->
    [line] Ligne { $n }
   *[entry] Élément { $n }
} : le champ « { $field } » n'est pas valide.
rec-official-invalid = Consultez docs/tracking.md pour connaître les valeurs admises par chaque champ (mechanism : upr ou treaty ; response : supported, noted ou vide).
err-official-duplicate = { $at ->
    [line] Ligne { $n }
   *[entry] Élément { $n }
} : cet identifiant figure deux fois dans le fichier.
err-official-not-upr = { $at ->
    [line] Ligne { $n }
   *[entry] Élément { $n }
} : le champ « { $field } » ne s'applique qu'aux recommandations de l'EPU.
err-official-unknown-column = Le fichier contient une colonne que ce format ne connaît pas : « { $column } ».
rec-official-unknown-column = Les colonnes sont id, mechanism, source, text, response, recommending_state et articles.
err-official-missing-column = Le fichier n'a pas de colonne « { $column } ».
rec-official-missing-column = La première ligne doit nommer les colonnes ; id, mechanism, source et text sont obligatoires.
err-official-not-csv = Ce n'est pas un fichier CSV que Hearken peut lire.
err-official-bad-line = La ligne { $n } est illisible : nombre de champs incorrect, guillemets mal fermés ou texte qui n'est pas en UTF-8.
err-official-not-json = Ce n'est pas un fichier JSON de recommandations officielles (problème vers la ligne { $n }).
rec-official-not-json = Le fichier doit commencer par {"{"}"format": "hearken-official-recommendations", "version": 1, …{"}"}.
err-official-too-many = Le fichier contient plus de { PLURAL($max) ->
    [one] { $max } recommandation
   *[other] { $max } recommandations
}.
err-tracking-unknown-official = Aucune recommandation officielle n'a l'identifiant « { $id } ».
rec-tracking-unknown-official = Importez d'abord les recommandations officielles, ou affichez-les avec « hearken tracking list ».
err-tracking-unknown-state = « { $state } » n'est pas un statut.
rec-tracking-unknown-state = Les statuts sont not_started, in_progress, partially_implemented, implemented, regressed et no_information.
err-tracking-future-date = Cette date est dans le futur : l'historique consigne ce qui s'est déjà passé.
err-tracking-review-before = La date du prochain réexamen doit être postérieure à la date de l'entrée.
err-tracking-already-linked = Ces éléments sont déjà liés.
err-tracking-not-linked = Ces éléments ne sont pas liés.
err-tracking-not-tracked = Seules les recommandations officielles et communautaires font l'objet d'un suivi.
err-file-folder-in-use = Le dossier n'est pas vide et ne contient pas de tableau de bord antérieur ; rien n'a été écrit.
rec-file-folder-in-use = Choisissez un dossier nouveau ou vide.

## States, mechanisms, responses
state-not-started = Non entamée
state-in-progress = En cours
state-partially-implemented = Partiellement mise en œuvre
state-implemented = Mise en œuvre
state-regressed = En recul
state-no-information = Aucune information
mechanism-upr = EPU
mechanism-treaty = Organe conventionnel
mechanism-community = Recommandation communautaire
response-supported = Acceptée
response-noted = Notée

## Evaluation
question-felt-safe = Sentiment de sécurité pour prendre la parole
question-own-language = Possibilité d'utiliser sa propre langue
question-accessible = Besoins d'accessibilité satisfaits
question-again = Envie de participer de nouveau
answer-yes = Oui
answer-partly = En partie
answer-no = Non
answer-unanswered = Sans réponse

## Progress review
rv-title = Bilan des progrès : ce que sont devenues les recommandations
rv-as-of = Situation au { $date }
rv-summary = Résumé
rv-fig-official = recommandations officielles
rv-fig-community = recommandations communautaires
rv-fig-due = à réexaminer
rv-col-state = Statut
rv-col-count = Recommandations
rv-col-theme = Thème
rv-chart-states = Recommandations par statut
rv-by-theme = Par thème
rv-no-themes = Aucune recommandation n'est encore liée à un thème.
rv-by-body = Par organisme responsable
rv-no-body = Aucun organisme responsable indiqué
rv-evaluation = Comment les participants ont jugé la démarche
rv-evaluation-intro = { PLURAL($sessions) ->
    [one] { $sessions } séance a recueilli
   *[other] { $sessions } séances ont recueilli
} des évaluations anonymes auprès de { $people } personnes. Les effectifs inférieurs au seuil ne sont pas indiqués.
rv-question = Question
rv-status = Statut : { $state } (depuis le { $since })
rv-next-review = prochain réexamen le { $date }
rv-linked = Recommandations liées : { $codes }
rv-quote-from = Citation { $code }
rv-quote-trace = Citation { $code } · séance { $session } · paquet { $bundle }
rv-recommended-by = État recommandant : { $state }

## Community update (one page)
up-title = Ce que sont devenues vos contributions
up-issued = Mise à jour du { $date }
up-fig-sessions = dialogues communautaires
up-fig-people = personnes ont participé
up-fig-quotes = paroles recueillies
up-heard = Ce que nous avons entendu
up-theme = { $theme } : { PLURAL($quotes) ->
    [one] { $quotes } citation
   *[other] { $quotes } citations
} provenant de { PLURAL($sessions) ->
    [one] { $sessions } dialogue
   *[other] { $sessions } dialogues
}
up-happened = Ce qui s'est passé depuis
up-more = et { PLURAL($n) ->
    [one] { $n } autre recommandation
   *[other] { $n } autres recommandations
}
up-nothing-yet = Rien n'a encore été enregistré.
up-evaluation = Comment vous avez jugé les dialogues

## Dashboard
db-skip = Aller au contenu
db-nav-pages = Pages
db-nav-language = Langue
db-nav-pager = Pages des recommandations
db-overview = Vue d'ensemble
db-recommendations = Recommandations
db-recommendations-page = Recommandations, page { $page } sur { $pages }
db-records = Textes et historique
db-records-page = Textes et historique, page { $page } sur { $pages }
db-records-intro = Chaque code ouvre le texte complet de la recommandation, son historique et ce que les communautés ont dit, dans la langue où ils ont été écrits.
db-col-code = Recommandation
db-col-since = Depuis le
db-bodies = Organismes responsables
db-communities = Communautés
db-footer = Publié avec Hearken le { $date }. Les effectifs de moins de { $k } personnes ne sont pas indiqués exactement. Les citations ne figurent que si la personne qui a parlé a accepté qu'elles soient partagées.
db-chart-states = Recommandations par statut
db-fig-sessions = dialogues communautaires
db-fig-people = personnes ont participé
db-states = Où en sont les recommandations
db-mechanisms = Par mécanisme
db-col-mechanism = Mécanisme
db-none = Aucune recommandation ne fait encore l'objet d'un suivi.
db-history = Historique
db-voices = Ce qu'ont dit les communautés
db-col-body = Organisme responsable
db-communities-intro = { PLURAL($sessions) ->
    [one] { $sessions } dialogue communautaire
   *[other] { $sessions } dialogues communautaires
} avec { $people } participants.
db-regions = Dialogues par région
db-col-region = Région
db-col-sessions = Dialogues
db-col-people = Personnes
db-themes = Ce qui a été entendu, par thème
db-col-quotes = Citations

## CLI
tracking-imported = { PLURAL($added) ->
    [one] { $added } recommandation officielle importée
   *[other] { $added } recommandations officielles importées
} ({ PLURAL($unchanged) ->
    [one] { $unchanged } déjà connue, inchangée
   *[other] { $unchanged } déjà connues, inchangées
}).
tracking-changed = { PLURAL($n) ->
    [one] { $n } identifiant déjà connu a des champs différents dans le fichier et a été laissé tel quel
   *[other] { $n } identifiants déjà connus ont des champs différents dans le fichier et ont été laissés tels quels
} : { $ids }. Importez de nouveau le fichier avec --replace-changed pour enregistrer les nouvelles versions.
tracking-replaced = { PLURAL($n) ->
    [one] { $n } identifiant déjà connu avait changé et a été remplacé
   *[other] { $n } identifiants déjà connus avaient changé et ont été remplacés
} (les anciens textes sont conservés comme notes de correction) : { $ids }.
tracking-col-id = Id
tracking-col-mechanism = Mécanisme
tracking-col-state = Statut
tracking-col-since = Depuis
tracking-col-body = Organisme responsable
tracking-col-text = Texte
tracking-col-date = Date
tracking-col-evidence = Éléments probants
tracking-col-source = Source
tracking-col-by = Enregistré par
tracking-none-due = Rien n'est à réexaminer pour le moment.
tracking-exported = Données de suivi écrites dans { $path }.
tracking-linked = Lien créé avec { $target }.
tracking-unlinked = Lien avec { $target } supprimé.
dashboard-done = Tableau de bord écrit dans { $path } ({ PLURAL($files) ->
    [one] { $files } fichier
   *[other] { $files } fichiers
}).
evaluation-added = Évaluation { $id } enregistrée ({ PLURAL($redacted) ->
    [one] { $redacted } détail identifiant remplacé
   *[other] { $redacted } détails identifiants remplacés
} dans le commentaire).
evaluation-col-id = Id
evaluation-col-session = Séance
evaluation-col-comment = Commentaire
update-created = Mise à jour signée pour les communautés écrite dans { $path }.
update-imported = Mise à jour « { $title } » du { $date } importée ({ PLURAL($n) ->
    [one] { $n } recommandation
   *[other] { $n } recommandations
}).
db-fewer-than = moins de { $k }
db-withheld = masqué
db-table-states = Recommandations par statut, en chiffres
db-table-mechanisms = Recommandations par mécanisme et par statut
db-table-evaluation = Réponses à chaque question
db-table-bodies = Recommandations par organisme responsable et par statut
