# The hearken command line.

prompt-passphrase = Phrase secrète
prompt-new-passphrase = Nouvelle phrase secrète
prompt-passphrase-again = Saisissez-la de nouveau

created = { $kind ->
    [engagement] Consultation créée
    [theme] Thème créé
    [session] Séance créée
    [participant] Participant créé
    [quote] Citation créée
    [need] Besoin créé
    [recommendation] Recommandation créée
   *[other] Enregistrement créé
} : { $id }
updated = { $kind ->
    [engagement] Consultation modifiée
    [theme] Thème modifié
    [session] Séance modifiée
    [participant] Participant modifié
    [quote] Citation modifiée
    [need] Besoin modifié
    [recommendation] Recommandation modifiée
   *[other] Enregistrement modifié
} : { $id }
deleted = { $kind ->
    [engagement] Consultation supprimée
    [theme] Thème supprimé
    [session] Séance supprimée
    [participant] Participant supprimé
    [quote] Citation supprimée
    [need] Besoin supprimé
    [recommendation] Recommandation supprimée
   *[other] Enregistrement supprimé
} définitivement : { $id }

init-done = Coffre-fort créé à l'emplacement { $path }.
init-recovery = Clé de récupération. Notez-la maintenant et conservez-la loin de l'ordinateur portable : elle n'est affichée qu'une seule fois, et c'est le seul moyen de rouvrir le coffre-fort si la phrase secrète est perdue.
passphrase-changed = Phrase secrète modifiée. L'ancienne phrase secrète n'ouvre plus le coffre-fort.
recovered = Coffre-fort ouvert avec la clé de récupération ; la nouvelle phrase secrète est en place.
wiped = Les clés du coffre-fort ont été détruites et ses fichiers supprimés.
demo-done = Démonstration chargée : { PLURAL($sessions) ->
    [one] { $sessions } séance
    [many] { $sessions } de séances
   *[other] { $sessions } séances
}, { PLURAL($quotes) ->
    [one] { $quotes } citation
    [many] { $quotes } de citations
   *[other] { $quotes } citations
} (citations supprimées à la suite d'un retrait de consentement : { $withdrawn }).

info-path = Coffre-fort : { $path }
info-format = Version du format : { $version }
info-kdf = Dérivation de clé : Argon2id, { $mib } Mio, passes : { $t }, parallélisme : { $p }
info-failed = Tentatives de déverrouillage échouées depuis la dernière réussite : { $n }
info-count = { $kind ->
    [engagement] Consultations
    [theme] Thèmes
    [session] Séances
    [participant] Participants
    [quote] Citations
    [need] Besoins
    [recommendation] Recommandations
    [tombstone] Marques de suppression
   *[other] Enregistrements
} : { $n }

col-id = ID
col-title = Titre
col-sessions = Séances
col-languages = Langues
col-code = Code
col-label = Libellé
col-references = Références
col-date = Date
col-place = Lieu
col-region = Région
col-participants = Participants
col-quotes = Citations
col-consent = Consentement
col-scopes = Portée
col-speaker = Intervenant
col-language = Langue
col-themes = Thèmes
col-text = Texte
col-duty-bearer = Débiteur d'obligations

show-references = Références : { $list }
show-languages = Langues : { $list }
show-k = Les effectifs inférieurs à { $k } ne sont jamais affichés avec exactitude.
show-agenda = Ordre du jour :
show-segment = { $minutes } min  { $title }
show-codebook = Grille de codage :
show-consent-texts = Textes de consentement : { $list }
show-group-consent = Consentement du groupe : { $given ->
    [yes] donné
   *[other] non donné
}
show-quote-count = { PLURAL($n) ->
    [one] { $n } citation
    [many] { $n } de citations
   *[other] { $n } citations
}

consent-state-none = aucun
consent-state-given = donné
consent-state-withdrawn = retiré
participant-added = Participant { $code } ajouté.
consent-recorded = Consentement enregistré.
consent-withdrawn-done = Consentement de { $code } retiré ; { PLURAL($n) ->
    [one] { $n } citation a été supprimée
    [many] { $n } de citations ont été supprimées
   *[other] { $n } citations ont été supprimées
} définitivement.

err-cli-read-file = Impossible de lire le fichier { $path }.
rec-cli-read-file = Vérifiez le chemin et que vous avez le droit de lire ce fichier.
err-cli-write-file = Impossible d'écrire le fichier { $path }.
rec-cli-write-file = Vérifiez que le dossier existe et qu'aucun fichier portant ce nom ne s'y trouve déjà.
err-cli-passphrase-mismatch = Les deux phrases secrètes sont différentes.
rec-cli-passphrase-mismatch = Saisissez deux fois la même phrase secrète.
err-cli-no-terminal = Une phrase secrète est nécessaire, mais aucun terminal n'est disponible pour la demander.
rec-cli-no-terminal = Indiquez-la avec --passphrase-file ou HEARKEN_PASSPHRASE_FILE.
err-cli-not-confirmed = Cette opération détruit définitivement le coffre-fort ; elle doit donc être confirmée.
rec-cli-not-confirmed = Si vous en avez la certitude, ajoutez --yes.
err-cli-bad-argument = La valeur de { $arg } n'a pas la forme attendue ({ $expected }).
err-cli-unknown-theme = Aucun thème de cette consultation n'a le code « { $code } ».
rec-cli-unknown-theme = Affichez la grille de codage avec "hearken theme list".
err-cli-unexpected = Une erreur inattendue s'est produite ; rien n'a été modifié.

col-field = Champ
col-kind = Type
col-position = Position
field-text = texte
field-translation = traduction
quote-findings = { PLURAL($n) ->
    [one] { $n } détail identifiant trouvé
    [many] { $n } de détails identifiants trouvés
   *[other] { $n } détails identifiants trouvés
} : { $kinds }. Remplacez-les avec « hearken quote redact { $id } », ou gardez-les tels quels avec « hearken quote review { $id } » ; d’ici là, la citation ne peut pas être exportée.
