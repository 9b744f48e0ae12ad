# Assistant d'anonymisation : marqueurs insérés dans les citations, noms des
# types pour les listes, affichage des petits effectifs, sortie de la ligne
# de commande et erreurs.

redact-placeholder-name = [nom]
redact-placeholder-place = [lieu]
redact-placeholder-email = [courriel]
redact-placeholder-phone = [téléphone]
redact-placeholder-url = [lien]
redact-placeholder-handle = [pseudo]
redact-placeholder-id-number = [numéro de pièce]
redact-placeholder-date-of-birth = [date de naissance]
redact-placeholder-gps = [coordonnées]
redact-placeholder-address = [adresse]
redact-placeholder-age-attribute = [âge et trait]

redact-kind-name = nom
redact-kind-place = lieu
redact-kind-email = adresse électronique
redact-kind-phone = numéro de téléphone
redact-kind-url = lien
redact-kind-handle = pseudo sur les réseaux sociaux
redact-kind-id-number = numéro de pièce ou de dossier
redact-kind-date-of-birth = date de naissance
redact-kind-gps = coordonnées GPS
redact-kind-address = adresse postale
redact-kind-age-attribute = âge avec un trait rare (à vérifier)

redact-cli-none = Aucun détail identifiant trouvé.
redact-cli-found = { PLURAL($count) ->
    [one] { $count } détail identifiant trouvé :
   *[other] { $count } détails identifiants trouvés :
}
redact-cli-finding = { $kind }, caractères { $start } à { $end }
redact-cli-redacted = Texte anonymisé :

redact-cell-below = <{ $k }
redact-cell-withheld = x
redact-cell-note = Les effectifs inférieurs à { $k } sont affichés « <{ $k } ». Un effectif marqué « x » est masqué pour qu'aucun petit effectif ne puisse être déduit des totaux.

err-redact-entry-too-long = L'entrée { $line } de la liste dépasse { $max } caractères : ce ne peut pas être un nom ni un lieu.
rec-redact-entry-too-long = Mettez un nom ou un lieu par ligne.
err-redact-lists-too-large = Les listes de noms et de lieux sont trop grandes pour être utilisées.
rec-redact-lists-too-large = Ne gardez que les noms et lieux de cette consultation.
err-redact-span-out-of-range = Un passage à masquer (caractères { $start } à { $end }) est hors de la citation ({ $len } caractères). Rien n'a été modifié.
err-redact-unresolved-findings = { PLURAL($count) ->
    [one] Cette citation contient encore { $count } détail identifiant.
   *[other] Cette citation contient encore { $count } détails identifiants.
}
rec-redact-unresolved-findings = Masquez chacun d'eux, ou marquez-le comme vérifié s'il peut rester.
err-redact-table-shape = { $len } effectifs ne remplissent pas un tableau de { $rows } lignes et { $cols } colonnes.
err-redact-threshold-too-low = Un seuil de { $k } ne permet pas de masquer les petits effectifs.
rec-redact-threshold-too-low = Choisissez un seuil d'au moins 3 (5 par défaut).
err-redact-cannot-protect = Ce tableau ne peut pas être affiché sans révéler un petit effectif.
rec-redact-cannot-protect = Regroupez les petites catégories ou retirez le tableau.

err-redact-cli-list-not-utf8 = Le fichier de liste { $path } n'est pas un texte UTF-8.
rec-redact-cli-list-not-utf8 = Enregistrez-le en UTF-8, un nom ou un lieu par ligne.
err-redact-cli-input-unreadable = Impossible de lire le texte sur l'entrée standard.
err-redact-cli-input-not-utf8 = Le texte de l'entrée standard n'est pas en UTF-8.
err-redact-cli-input-too-long = Le texte dépasse { $max } octets.
rec-redact-cli-input-too-long = Vérifiez une citation à la fois.
err-redact-cli-output = Impossible d'écrire le résultat.
