# L’éditeur de rapport de l’application et le choix des citations (coordinateur).

coord-screen-report-texts = Textes du rapport
coord-texts-heading = Les textes propres au rapport
coord-texts-intro = Écrivez ce que personne d’autre ne peut écrire à votre place : le résumé analytique, le contexte, les limites, les remerciements et les lignes de la couverture, dans chacune des langues où le rapport est imprimé. Le rapport de cadre les imprime dans leur propre langue et ne prend jamais à la place le texte d’une autre langue ; seule la couverture reprend l’anglais à défaut.
coord-texts-written = Déjà rédigés
coord-texts-part = Partie
coord-texts-part-cover = Couverture
coord-texts-part-summary = Résumé analytique
coord-texts-part-context = Contexte
coord-texts-part-limitations = Limites
coord-texts-part-acknowledgements = Remerciements
coord-texts-words = { PLURAL($n) ->
    [one] { $n } mot
    [many] { $n } de mots
   *[other] { $n } mots
}
coord-texts-text = Texte
coord-texts-hint = Texte simple : # Titre, ## Sous-titre ; une ligne vide entre les paragraphes ; « - » ou « 1. » en début de ligne pour les listes ; *mise en valeur* et **gras** s’impriment en gras. Laissez vide et enregistrez pour supprimer la partie.
coord-texts-hint-cover = Une ligne par élément : « organisation: … » (autant de lignes que d’organisations), « review: … » (l’organe conventionnel et la session, ou le cycle de l’Examen périodique universel), « date: … » et « annex: … » (où se trouve le rapport complet).
coord-texts-save = Enregistrer
coord-texts-saved = Enregistré.
coord-texts-removed = Supprimé : le rapport n’a plus cette partie dans cette langue.
coord-texts-unchanged = Rien n’a changé : c’est déjà le texte enregistré.
coord-texts-preview = Aperçu
coord-texts-cover-organisation = Présenté par
coord-texts-cover-review = Pour
coord-texts-cover-date = Date
coord-texts-cover-annex = Rapport complet
coord-texts-total = Mots des textes dans cette langue : { $words }

coord-report-submission = Version contribution, dans une limite de mots
coord-report-submission-hint = Garde les thèmes, besoins et recommandations les plus étayés qui tiennent dans la limite, avec vos textes, et indique ce qui a été laissé de côté et où se trouve le rapport complet. Chaque mot du corps du texte compte.
coord-report-max-words = Nombre maximal de mots
coord-report-saved-submission = { $path } enregistré — mots : { $words } (au plus { $max }), pages : { $pages }.

coord-curate-pin = Épingler à ce thème
coord-curate-unpin = Désépingler
coord-curate-exclude = Exclure des rapports
coord-curate-include = Réintégrer dans les rapports
coord-curate-pinned = Épinglée
coord-curate-excluded = Exclue des rapports
coord-curate-chosen = Dans le rapport
coord-curate-done-pin = Épinglée : le rapport affiche cette citation en premier sous ce thème, tant que le consentement le permet.
coord-curate-done-unpin = Désépinglée : le choix automatique décide de nouveau.
coord-curate-done-exclude = Exclue de tous les rapports.
coord-curate-done-include = La citation peut de nouveau être retenue pour les rapports.

coord-rec-suggested = Fusions suggérées
coord-rec-suggested-none = Aucune paire de recommandations ne se ressemble assez pour suggérer une fusion.
coord-rec-suggested-intro = Ces recommandations, dans la même langue, emploient à peu près les mêmes mots. Cochez celles qui disent la même chose, puis fusionnez-les d’un coup ; chaque fusion peut être annulée plus bas.
coord-rec-suggested-into = dans : { $text } (ressemblance { $likeness } %)
coord-rec-merge-suggested = Fusionner celles qui sont cochées
coord-rec-merged-many = { PLURAL($n) ->
    [one] { $n } recommandation fusionnée.
   *[other] { $n } recommandations fusionnées.
}

coord-format-docx = Rapport de cadre, modifiable (document Word)
coord-format-docx-hint = Le même rapport en fichier .docx, que Word et LibreOffice ouvrent, pour que les partenaires le modifient avant de le soumettre ; les graphiques deviennent des tableaux de leurs valeurs.
coord-report-saved-docx = { $path } enregistré.
coord-report-docx-words = Mots de la contribution : { $words } (limite : { $max }).
