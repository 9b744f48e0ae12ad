# Les textes du coordinateur et le choix des citations dans le rapport-cadre
# (hearken report-text, hearken quote pin|exclude, mode contribution).

## Dans le rapport
report-list-number = { $n }.
fw-part-summary = Résumé analytique
fw-part-context = Contexte
fw-part-limitations = Limites
fw-part-acknowledgements = Remerciements
fw-cover-organisations = Présenté par : { $list }
fw-cover-review = Pour : { $review }
fw-cover-date = Date : { $date }
fw-submission-cover = Version contribution : les constats les plus étayés, en { $max } mots au plus
fw-left-out = Ce que cette contribution laisse de côté
fw-left-out-none = Rien n'a été laissé de côté : tous les thèmes, besoins et recommandations entendus figurent dans cette contribution.
fw-left-out-counts = Laissés de côté faute de place : thèmes abordés : { $themes } ; besoins : { $needs } ; recommandations : { $recommendations }.
fw-left-out-where = Le rapport complet, avec tous les thèmes, besoins et recommandations et la liste des séances, est disponible ici : { $where }
fw-left-out-ask = Le rapport complet, avec tous les thèmes, besoins et recommandations et la liste des séances, peut être obtenu auprès des organisations qui présentent cette contribution.
fw-submission-recommendation = { $number } : { $text }
fw-submission-recommendation-bearer = { $number } : { $text } ({ $bearer })

## Erreurs
err-editorial-cover-line = La ligne { $line } du texte de couverture n'est pas comprise.
rec-editorial-cover-line = Écrivez chaque ligne sous la forme « organisation: … », « date: … », « review: … » ou « annex: … ».
err-editorial-not-under-theme = Cette citation n'est codée ni avec ce thème, ni avec l'un de ses sous-thèmes.
rec-editorial-not-under-theme = Épinglez-la à l'un de ses propres thèmes.
err-editorial-excluded = Cette citation est exclue des rapports.
rec-editorial-excluded = Réintégrez-la d'abord.
err-editorial-pinned-related = Cette citation est déjà épinglée à un thème situé au-dessus ou au-dessous de celui-ci, et une citation n'apparaît qu'une seule fois sur une même branche de thèmes.
rec-editorial-pinned-related = Désépinglez-la d'abord de l'autre thème.
err-editorial-not-in-reports = Le consentement de la personne qui l'a dite ne permet pas d'utiliser cette citation dans les rapports.

## Ligne de commande
report-submission-done = Contribution écrite dans { $path } — mots : { $words } (au plus { $max }), pages : { $pages }.
report-text-saved = { $part ->
    [summary] Résumé analytique enregistré
    [context] Contexte enregistré
    [limitations] Limites enregistrées
    [acknowledgements] Remerciements enregistrés
   *[cover] Texte de couverture enregistré
} en { $lang } (mots : { $words }).
report-text-removed = { $part ->
    [summary] Résumé analytique supprimé
    [context] Contexte supprimé
    [limitations] Limites supprimées
    [acknowledgements] Remerciements supprimés
   *[cover] Texte de couverture supprimé
} en { $lang }.
report-text-unchanged = Rien n'a changé : le texte était déjà celui-ci.
report-text-none = Aucun texte de rapport n'a encore été rédigé pour cette consultation.
col-part = Partie
col-words = Mots
quote-pinned = La citation { $id } est épinglée : les rapports l'affichent en premier sous ce thème, tant que le consentement le permet.
quote-unpinned = La citation { $id } n'est plus épinglée.
quote-excluded = La citation { $id } est exclue de tous les rapports.
quote-included = La citation { $id } peut de nouveau être retenue pour les rapports.
quote-curation-unchanged = Rien n'a changé pour la citation { $id }.
quote-excluded-mark = exclue des rapports

## Traductions des libellés de la consultation (hearken labels)
label-untranslated = { $label } ({ $language })
err-labels-field = Ligne { $n } : le champ « { $field } » est absent ou n'est pas valide.
rec-labels-field = « kind » vaut « theme », « region » ou « group » ; « key » est le code d'un thème, ou le nom d'une région ou d'un groupe tel que la consultation l'écrit ; « lang » est l'une des langues de la consultation autre que la première ; « label » est un libellé de 200 caractères au plus, que les polices du rapport doivent pouvoir imprimer.
err-labels-duplicate = La ligne { $n } traduit le même libellé dans la même langue qu'une ligne précédente.
err-labels-header = La première ligne doit nommer les colonnes « kind », « key », « lang » et « label » (et, si vous le souhaitez, « description » et « source »).
err-labels-bad-line = La ligne { $n } est illisible : nombre de champs incorrect, guillemets mal fermés ou texte qui n'est pas en UTF-8.
labels-imported = Traductions ajoutées : { $added } ; modifiées : { $changed } ; supprimées : { $removed } ; inchangées : { $unchanged }.
labels-none-missing = Chaque libellé est traduit dans chaque langue de la consultation.
labels-template-written = Fichier { $path } écrit (lignes : { $n }) : remplissez les colonnes « label » et « description », puis importez le fichier avec « hearken labels import ».
kit-missing-labels = Traductions manquantes de libellés de thèmes, de régions ou de groupes : { $n }. Dans ces langues, les rapports et les écrans affichent les mots mêmes de la consultation, suivis du nom de leur langue. Affichez-en la liste avec « hearken labels show --missing ».
col-key = Clé

## Fusions de recommandations suggérées
recommendation-merged-many = Fusionnées : { $n } paires suggérées ; la synthèse montre désormais chaque recommandation conservée avec les sources de celles qui y ont été fusionnées.
recommendation-no-suggestion = Aucune paire de recommandations ne se ressemble assez pour suggérer une fusion.
col-kept = Conservée
col-merged = Fusionnée
col-similarity = Ressemblance
report-docx-done = Rapport modifiable écrit dans { $path }.
