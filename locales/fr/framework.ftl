# Le rapport-cadre (« Ce que nous avons entendu et actions proposées pour
# la suite ») et la synthèse d'une page « Ce que nous avons entendu ».
fw-title = Ce que nous avons entendu et actions proposées pour la suite
fw-period = Séances tenues du { $from } au { $to }
fw-reach = { PLURAL($sessions) ->
    [one] { $sessions } séance
   *[other] { $sessions } séances
} · participants atteints : { $people } · { PLURAL($quotes) ->
    [one] { $quotes } citation
   *[other] { $quotes } citations
}
fw-method = Méthodologie
fw-method-intro = Ce rapport rassemble les dialogues communautaires tenus pour cette consultation. Des animateurs formés ont conduit chaque séance, recueilli le consentement éclairé de chaque participant, noté leurs paroles sous des codes pseudonymes et les ont transmises au coordinateur dans un paquet signé et chiffré. Une citation ne figure ici que si le consentement de la personne qui l'a dite le permet ; les paroles des participants qui ont retiré leur consentement ont été supprimées partout.
fw-fig-sessions = Séances
fw-fig-participants = Participants atteints
fw-fig-quotes = Citations recueillies
fw-fig-regions = Régions
fw-fig-languages = Langues
fw-sessions-by-region = Séances et participants par région
fw-sessions-by-language = Séances et participants par langue
fw-col-region = Région
fw-col-language = Langue
fw-col-group = Groupe
fw-col-sessions = Séances
fw-col-people = Personnes
fw-col-quotes = Citations
fw-col-theme = Thème
fw-col-themes = Thèmes
fw-col-date = Date
fw-col-place = Lieu
fw-col-session = Séance
fw-col-languages = Langues
fw-col-bundle = Paquet / appareil
fw-col-need = Besoin
fw-col-recommendation = Recommandation
fw-col-duty-bearer = Débiteur d'obligations
fw-col-references = Références
fw-col-sources = Entendu lors de
fw-col-pair = Thèmes
fw-total = Total
fw-coverage = Participation et couverture
fw-coverage-intro = Qui a participé, où et dans quelle langue. Les personnes sont comptées comme fiches de participants, par région et par langue de leur consentement ; les groupes démographiques viennent des effectifs notés par chaque animateur.
fw-chart-regions = Participants par région
fw-chart-languages = Participants par langue du consentement
fw-chart-groups = Personnes comptées par groupe démographique
fw-gaps = Lacunes de couverture
fw-gaps-intro = La consultation prévoyait d'entendre ces régions et ces groupes, mais aucune séance ne les a encore atteints :
fw-gap-region = Région sans séance : { $region }
fw-gap-group = Groupe où personne n'a été compté : { $group }
fw-gaps-none = Toutes les régions et tous les groupes nommés par la consultation ont été atteints.
fw-findings = Constats par thème
fw-findings-intro = La fréquence de chaque thème de la grille de codage. Une citation codée avec un sous-thème compte aussi, une fois, pour son thème parent. Les citations sont données dans la langue où elles ont été dites, avec une traduction quand l'animateur en a fourni une ; chacune indique la séance et le paquet dont elle provient.
fw-chart-theme-quotes = Citations par thème
fw-chart-theme-sessions = Séances où chaque thème a été abordé
fw-matrix-region = Citations par thème et par région
fw-matrix-group = Citations par thème et par groupe démographique de la séance
fw-co-occurrence = Thèmes abordés ensemble
fw-co-none = Aucune citation n'a été codée avec deux thèmes.
fw-theme-counts = { PLURAL($quotes) ->
    [one] { $quotes } citation issue
   *[other] { $quotes } citations issues
} de { PLURAL($sessions) ->
    [one] { $sessions } séance
   *[other] { $sessions } séances
}.
fw-theme-nothing-shown = Aucune citation sur ce thème ne peut figurer dans ce rapport : le consentement donné ne le permet pas.
fw-themes-silent = Thèmes qui n'ont été abordés dans aucune séance : { $themes }
fw-attribution = { $speaker } · séance { $session } ({ $date }, { $place }) · paquet { $bundle }
fw-attribution-local = { $speaker } · séance { $session } ({ $date }, { $place }) · saisie sur cet appareil
fw-speaker-group = groupe
fw-local = cet appareil
fw-needs = Besoins documentés
fw-needs-none = Aucun besoin n'a été documenté.
fw-recommendations = Recommandations
fw-recommendations-intro = Les actions proposées par les communautés, regroupées par thème et par obligation conventionnelle. Quand un coordinateur a fusionné deux recommandations qui disent la même chose, elles figurent une seule fois avec toutes les séances où elles ont été entendues.
fw-by-theme = Par thème
fw-col-number = N°
fw-col-obligation = Obligation
fw-col-recommendations = Recommandations
fw-by-reference-intro = Chaque obligation conventionnelle ou recommandation de l'EPU, avec les recommandations ci-dessus (par numéro) qui s'y rapportent.
fw-by-reference = Par obligation conventionnelle
fw-unthemed = Sans thème
fw-unreferenced = Sans obligation liée
fw-recommendations-none = Aucune recommandation n'a été enregistrée.
fw-annex = Annexe : séances
fw-summary-title = Ce que nous avons entendu à { $place }
fw-summary-byline = { $date } · { $place }, { $region }
fw-summary-discussed = Ce dont nous avons parlé
fw-summary-words = Avec vos mots
fw-summary-needs = Ce dont vous avez besoin
fw-summary-recommendations = Ce que vous avez demandé
fw-summary-no-quotes = Aucune citation de cette séance ne peut figurer ici.
fw-summary-more = { PLURAL($n) ->
    [one] Un autre point figure dans le rapport complet.
   *[other] { $n } autres points figurent dans le rapport complet.
}
fw-summary-next = Merci d'avoir participé. Vos propos seront réunis avec les dialogues des autres communautés dans le rapport « { $engagement } ». Le nom de personne n'y figure. Vous pouvez encore retirer votre consentement : adressez-vous à l'animateur.

err-report-language = Il n'existe pas de langue de rapport « { $lang } ».
rec-report-language = Choisissez parmi : en, fr, es, ar, ru.
err-report-session = Cette séance ne fait pas partie du rapport.
rec-report-session = Vérifiez l'identifiant de la séance avec « hearken session list », ainsi que les filtres.
err-merge-same = Une recommandation ne peut pas être fusionnée avec elle-même.
err-merge-engagement = Seules des recommandations de la même consultation peuvent être fusionnées.
err-merge-chain = Cette recommandation est déjà fusionnée, ou d'autres lui ont été fusionnées.
rec-merge-chain = Fusionnez dans la recommandation conservée, ou annulez d'abord la fusion précédente.
err-merge-none = Ces recommandations ne sont pas fusionnées.
recommendation-merged = Fusion faite : la synthèse montre désormais { $kept } avec les sources des deux.
recommendation-merged-line = { $kept } représente aussi { $merged } (fusion)
recommendation-unmerged = Fusion annulée : { $merged } apparaît de nouveau seule.
report-pdf-done = { PLURAL($pages) ->
    [one] Rapport d'une page écrit dans { $path }.
   *[other] Rapport de { $pages } pages écrit dans { $path }.
}
fw-differencing = Ce rapport ne couvre qu'une partie de l'engagement. Comparés au rapport de l'engagement entier, ou d'une autre partie, ses effectifs pourraient révéler combien de personnes ont participé dans des groupes de moins de { $k } : aucun effectif n'est donc affiché. Le rapport de l'engagement entier les donne par région, langue et groupe.
fw-analysis-codebook = Les thèmes de ce rapport proviennent du codage d'analyse réalisé par des analystes dans un logiciel d'analyse qualitative et réimporté dans Hearken, et non de la grille de codes du kit.
fw-filtered = Rapport filtré : { $filters }
fw-filter-regions = régions { $list }
fw-filter-languages = langues { $list }
fw-filter-groups = groupes { $list }
fw-filter-dates = séances du { $from } au { $to }
language-en = anglais
language-fr = français
language-es = espagnol
language-ar = arabe
language-ru = russe
