# Écrans de l'animateur dans l'application (issue 5). Les messages fac-p-
# s'adressent au participant et s'affichent dans sa langue.

nav-group-vault = Coffre-fort
nav-group-session = Animateur
nav-group-coordinator = Coordinateur

fac-screen-engagements = Consultations
fac-screen-session = Séance
fac-screen-consent = Consentement
fac-screen-capture = Saisie
fac-screen-readback = Relecture
fac-screen-export = Export

fac-cancel = Annuler
fac-save = Enregistrer
fac-saved = Enregistré
fac-edit = Modifier
fac-delete = Supprimer
fac-delete-confirm = Supprimer définitivement
fac-group = Le groupe
fac-needs-unlock = Ouvrez le coffre-fort pour travailler sur une séance.
fac-go-unlock = Aller au coffre-fort
fac-no-session = Choisissez ou préparez d'abord une séance, dans l'écran Séance.
fac-minutes = { PLURAL($n) ->
    [one] { $n } minute
   *[other] { $n } minutes
}

## Entretien du coffre
fac-passphrase-heading = Changer la phrase secrète
fac-passphrase-new = Nouvelle phrase secrète
fac-passphrase-confirm = Nouvelle phrase secrète, à nouveau
fac-passphrase-mismatch = Les deux phrases secrètes diffèrent.
fac-passphrase-submit = Changer la phrase secrète
fac-passphrase-changed = La phrase secrète est changée. Utilisez désormais la nouvelle.
fac-wipe-heading = Effacement d'urgence
fac-wipe-explain = Détruit ce coffre-fort et tout son contenu, immédiatement et pour toujours. Rien, pas même la clé de récupération, ne peut le faire revenir.
fac-wipe-start = Effacer ce coffre-fort…
fac-wipe-warning = Tout le contenu de ce coffre-fort sera détruit. Exportez d'abord ce qui doit être gardé.
fac-wipe-word = EFFACER
fac-wipe-type = Tapez { $word } pour confirmer
fac-wipe-confirm = Détruire le coffre-fort maintenant

## Consultations et kits
fac-engagements-heading = Consultations
fac-kit-heading = Importer un kit du coordinateur
fac-kit-intro = Un kit contient la consultation : son ordre du jour, sa grille de codage et ses textes de consentement, signés par le coordinateur.
fac-kit-path = Fichier du kit
fac-kit-browse = Choisir un fichier…
fac-kit-dialog = Kit du coordinateur
fac-kit-check = Vérifier le kit
fac-kit-first-use = Premier kit de ce coordinateur. Lisez ces chiffres à voix haute au coordinateur (par téléphone) et n'importez que s'ils correspondent :
fac-kit-pinned = Signé par la même clé du coordinateur qu'auparavant :
fac-kit-import = Les chiffres correspondent : importer
fac-kit-imported = Importé : { $title }
fac-engagements-list = Consultations dans ce coffre-fort
fac-coordinator-key = Clé du coordinateur
fac-references = Références
fac-languages = Langues
fac-engagement-new-session = Préparer une séance
fac-codebook = Grille de codage
fac-treaty-refs = Références aux traités : { $refs }
fac-agenda = Ordre du jour
fac-consent-texts = Textes de consentement

## Séance
fac-session-heading = Séance
fac-session-summary = { $date }, { $place } : { PLURAL($n) ->
    [one] { $n } participant
   *[other] { $n } participants
}
fac-session-other = Une autre séance
fac-session-open-heading = Ouvrir une séance
fac-session-setup = Préparer une séance
fac-session-no-engagement = Importez d'abord un kit, dans l'écran Consultations.
fac-session-engagement = Consultation
fac-session-date = Date
fac-session-place = Lieu
fac-session-place-hint = Un quartier ou un village, jamais une adresse.
fac-session-region = Région
fac-session-region-choose = Choisissez la région
fac-session-title = Titre (facultatif)
fac-session-languages = Langues parlées
fac-session-names = Noms prononcés dans la salle (facultatif, un par ligne)
fac-session-names-hint = Servent seulement à les repérer dans les citations. Ils restent sur cet ordinateur et ne sont jamais exportés.
fac-session-submit = Préparer la séance
fac-participants = Participants
fac-participant-code = Code du participant
fac-participant-code-hint = Laissez vide pour le prochain code libre (P1, P2…). Jamais un nom.
fac-participant-add = Ajouter un participant
fac-participant-added = { $code } ajouté.
fac-consent-state-none = pas encore de consentement
fac-consent-state-given = consentement donné
fac-consent-state-withdrawn = consentement retiré
fac-quote-count = { PLURAL($n) ->
    [one] { $n } citation
   *[other] { $n } citations
}
fac-consent-open = Consentement
fac-consent-for = Consentement de { $code }

## Minuteur de l'ordre du jour
fac-timer-heading = Ordre du jour
fac-timer-position = Partie { $n } sur { $total }
fac-timer-left = Reste { $time }
fac-timer-over = Temps écoulé ({ $time } de plus)
fac-timer-ended = Le temps de « { $title } » est écoulé. Passez à la suite quand la conversation le permet.
fac-timer-questions = Questions de guidage
fac-timer-start = Démarrer
fac-timer-pause = Pause
fac-timer-previous = Partie précédente
fac-timer-next = Partie suivante
fac-timer-empty = Cette séance n'a pas d'ordre du jour.

## Consentement (côté animateur)
fac-consent-heading = Consentement
fac-consent-who = Qui
fac-consent-language = Langue du participant
fac-consent-method = Manière dont le consentement a été donné
fac-method-oral = Oral
fac-method-written = Écrit
fac-method-witnessed = Devant témoin
fac-consent-saved = Consentement de { $who } enregistré.
fac-withdraw-heading = Retirer le consentement
fac-withdraw-start = Retirer le consentement de { $code }…
fac-withdraw-warning = Cela supprime maintenant { PLURAL($n) ->
    [one] { $n } citation
   *[other] { $n } citations
} de { $code } de cet ordinateur, et demande au coordinateur d'en supprimer toute copie. C'est irréversible.
fac-withdraw-confirm = { PLURAL($n) ->
    [one] Retirer et supprimer { $n } citation
   *[other] Retirer et supprimer { $n } citations
}
fac-withdraw-done = Consentement de { $code } retiré ; { PLURAL($n) ->
    [one] { $n } citation supprimée.
   *[other] { $n } citations supprimées.
}
fac-export-unresolved = { PLURAL($n) ->
    [one] { $n } citation contient encore des détails identifiants que personne n'a remplacés ni gardés volontairement
   *[other] { $n } citations contiennent encore des détails identifiants que personne n'a remplacés ni gardés volontairement
}
fac-export-unresolved-advice = Le paquet ne peut pas quitter cet ordinateur tant que chacune n'est pas réglée : ouvrez l'écran Saisie, puis remplacez les détails (Alt+R) ou gardez-les tels quels.
fac-group-withdraw-start = Retirer le consentement du groupe…
fac-group-withdraw-warning = Cela supprime maintenant { PLURAL($n) ->
    [one] { $n } enregistrement
   *[other] { $n } enregistrements
} du groupe (ses citations, ainsi que les besoins et les recommandations de la séance) de cet ordinateur, et demande au coordinateur d'en supprimer toute copie. C'est irréversible.
fac-group-withdraw-done = Consentement du groupe retiré ; { PLURAL($n) ->
    [one] { $n } enregistrement supprimé.
   *[other] { $n } enregistrements supprimés.
}

## Consentement (face au participant, dans sa langue)
fac-p-consent-title = Votre consentement
fac-p-scopes = C'est vous qui choisissez. Participer est nécessaire ; le reste dépend de vous.
fac-p-scope-take-part = Je participe à cette conversation.
fac-p-scope-quotes-in-reports = Mes paroles peuvent être citées, sans mon nom, dans le rapport.
fac-p-scope-quotes-shared = Mes paroles, sans mon nom, peuvent être transmises aux organes des Nations Unies et au Gouvernement.
fac-p-scope-demographics = Mon groupe (par exemple les femmes, ou les jeunes) peut être compté.
fac-p-consent-give = J'accepte
fac-p-consent-active = Merci. Votre consentement est enregistré. Vous pouvez changer d'avis à tout moment.
fac-p-consent-withdrawn = Votre consentement a été retiré. Vos paroles ont été supprimées.

## Saisie
fac-capture-heading = Saisie
fac-capture-keys = Entrée enregistre aussitôt (Maj+Entrée pour une nouvelle ligne). Alt+1 à Alt+9 choisissent les thèmes (ou 1 à 9 dans la liste des thèmes). Alt+R enregistre en remplaçant les détails identifiants.
fac-capture-speaker = Code de la personne
fac-capture-speaker-hint = Un code de participant, ou « group » pour le groupe.
fac-capture-language = Langue
fac-capture-text = Ce qui a été dit
fac-capture-themes = Thèmes
fac-findings = { PLURAL($n) ->
    [one] { $n } détail identifiant trouvé
   *[other] { $n } détails identifiants trouvés
}
fac-save-redacted = Enregistrer en remplaçant les détails
fac-quotes = { PLURAL($n) ->
    [one] { $n } citation
   *[other] { $n } citations
}
fac-edit-label = Modifier la citation de { $code }
fac-redact = Remplacer les détails
fac-review = Garder tel quel
fac-notes-heading = Besoins et recommandations
fac-note-kind = Type
fac-need = Besoin
fac-recommendation = Recommandation
fac-note-text = Texte
fac-duty-bearer = Qui doit agir

## Relecture
fac-readback-heading = Relecture
fac-readback-intro = Lisez chaque citation à voix haute, ou laissez la personne la lire, et notez sa réponse.
fac-readback-speaker = Citations de
fac-readback-empty = Pas encore de citation à relire.
fac-readback-yes = Oui, c'est ce que j'ai dit
fac-readback-no = Merci de changer ceci
fac-readback-confirmed = Confirmé
fac-readback-change = Changement demandé

## Export
fac-export-heading = Export
fac-export-sessions = Séances à exporter
fac-export-leaves = Quitte cet ordinateur (signé, chiffré pour le coordinateur)
fac-export-stays = Reste sur cet ordinateur
fac-export-sessions-n = { PLURAL($n) ->
    [one] { $n } séance
   *[other] { $n } séances
}
fac-export-participants-n = { PLURAL($n) ->
    [one] { $n } code de participant avec son consentement
   *[other] { $n } codes de participants avec leur consentement
}
fac-export-quotes-n = { PLURAL($n) ->
    [one] { $n } citation anonymisée
   *[other] { $n } citations anonymisées
}
fac-export-needs-n = { PLURAL($n) ->
    [one] { $n } besoin
   *[other] { $n } besoins
}
fac-export-recommendations-n = { PLURAL($n) ->
    [one] { $n } recommandation
   *[other] { $n } recommandations
}
fac-export-tombstones-n = { PLURAL($n) ->
    [one] { $n } avis de suppression (retraits et suppressions)
   *[other] { $n } avis de suppression (retraits et suppressions)
}
fac-export-kept-home-n = { PLURAL($n) ->
    [one] { $n } citation que le consentement ne permet pas de faire sortir
   *[other] { $n } citations que le consentement ne permet pas de faire sortir
}
fac-export-names-stay = Les noms saisis pour les repérer dans les citations
fac-export-path = Enregistrer le paquet sous
fac-export-browse = Choisir où…
fac-export-dialog = Paquet pour le coordinateur
fac-export-save = Enregistrer le paquet
fac-export-done = Paquet { $sequence } enregistré avec { PLURAL($n) ->
    [one] { $n } citation
   *[other] { $n } citations
}.

## Erreurs des commandes de l'animateur
err-file-unreadable = Le fichier ne peut pas être lu.
rec-file-unreadable = Vérifiez le chemin, ou choisissez à nouveau le fichier.
err-file-too-large = Le fichier dépasse { $mib } Mio : c'est plus qu'un tel fichier ne peut contenir.
rec-file-too-large = Vérifiez qu'il s'agit du bon fichier.
err-file-not-regular = Ce n'est pas un fichier : c'est un dossier, un périphérique ou un tube.
rec-file-not-regular = Choisissez un fichier.
err-file-is-vault = Cela remplacerait le coffre-fort lui-même.
rec-file-is-vault = Choisissez un autre nom de fichier ou un autre dossier pour le résultat.
err-file-is-link = Le chemin de sortie est un lien symbolique ; Hearken n'écrit jamais à travers un lien.
rec-file-is-link = Choisissez un chemin qui n'est pas un lien.
err-file-no-path = Aucun fichier choisi.
rec-file-no-path = Tapez un chemin ou choisissez un fichier.
