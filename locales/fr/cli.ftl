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
    [tombstone] Suppressions
    [merge] Fusions de recommandations
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
group-consent-withdrawn-done = Consentement du groupe retiré ; { PLURAL($n) ->
    [one] { $n } élément (citation, besoin ou recommandation) a été supprimé
    [many] { $n } d'éléments (citations, besoins et recommandations) ont été supprimés
   *[other] { $n } éléments (citations, besoins et recommandations) ont été supprimés
} définitivement.

err-cli-read-file = Impossible de lire le fichier { $path }.
rec-cli-read-file = Vérifiez le chemin et que vous avez le droit de lire ce fichier.
err-cli-write-file = Impossible d'écrire le fichier { $path }.
rec-cli-write-file = Vérifiez que le dossier existe et qu'aucun fichier portant ce nom ne s'y trouve déjà.
err-cli-passphrase-mismatch = Les deux phrases secrètes sont différentes.
rec-cli-passphrase-mismatch = Saisissez deux fois la même phrase secrète.
err-cli-no-terminal = Une phrase secrète est nécessaire, mais aucun terminal n'est disponible pour la demander.
rec-cli-no-terminal = Indiquez-la avec --passphrase-file ou HEARKEN_PASSPHRASE_FILE.
err-cli-not-confirmed = { $what ->
    [wipe] Cette opération détruit définitivement le coffre-fort ; elle doit donc être confirmée.
    [kit-pin] Faire confiance à une nouvelle clé de coordinateur nécessite une confirmation, qui n'a pas été donnée.
    [identity-export] Écrire la clé secrète du coffre-fort dans un fichier nécessite une confirmation, qui n'a pas été donnée.
   *[other] Cette opération nécessite une confirmation, qui n'a pas été donnée.
}
rec-cli-not-confirmed = { $what ->
    [kit-pin] Comparez l'empreinte avec le coordinateur (par téléphone, par exemple), puis ajoutez --yes.
   *[other] Si vous en avez la certitude, ajoutez --yes.
}
err-cli-bad-argument = La valeur de { $arg } n'a pas la forme attendue ({ $expected }).
err-cli-unknown-theme = Aucun thème de cette consultation n'a le code « { $code } ».
rec-cli-unknown-theme = Affichez la grille de codage avec "hearken theme list".
err-cli-unexpected = Une erreur inattendue s'est produite ; rien n'a été modifié.

col-field = Champ
col-kind = Type
col-session = Séance
quote-check-none = Aucune citation ne contient de détail identifiant non traité.
quote-redacted-all = { PLURAL($n) ->
    [one] Dans { $n } citation, les détails identifiants ont été remplacés par des marqueurs.
    [many] Dans { $n } de citations, les détails identifiants ont été remplacés par des marqueurs.
   *[other] Dans { $n } citations, les détails identifiants ont été remplacés par des marqueurs.
}
export-unresolved-list = { PLURAL($n) ->
    [one] { $n } citation contient encore des détails identifiants que personne n'a masqués ni vérifiés :
    [many] { $n } de citations contiennent encore des détails identifiants que personne n'a masqués ni vérifiés :
   *[other] { $n } citations contiennent encore des détails identifiants que personne n'a masqués ni vérifiés :
}
export-unresolved-routes = Masquez-les tous avec "hearken quote redact --all-flagged", ou examinez chaque citation avec "hearken quote check ID" et gardez ce qui doit rester avec "hearken quote review ID".
export-other-recipient-warning = Le paquet serait chiffré pour { $to }, qui ne figure pas dans le kit de la consultation : quiconque détient cette clé pourra lire les paroles des participants.
export-other-recipient-confirm = Chiffrer quand même pour ce destinataire ?
col-position = Position
field-text = texte
field-translation = traduction
quote-findings = { PLURAL($n) ->
    [one] { $n } détail identifiant trouvé
    [many] { $n } de détails identifiants trouvés
   *[other] { $n } détails identifiants trouvés
} : { $kinds }. Remplacez-les avec « hearken quote redact { $id } », ou gardez-les tels quels avec « hearken quote review { $id } » ; d’ici là, la citation ne peut pas être exportée.

identity-key-id = Identifiant de clé : { $id }
identity-public-key = Clé publique (minisign) : { $key }
identity-recipient = Destinataire age (clé de chiffrement) : { $recipient }
identity-fingerprint = Empreinte à comparer par téléphone : { $fingerprint }
identity-export-confirm = Toute personne disposant de ce fichier peut ouvrir tous les paquets envoyés à ce coffre-fort. Voulez-vous l'écrire ?
identity-exported = Clé de déchiffrement age écrite dans { $path }. Conservez-la avec autant de soin que le coffre-fort.
kit-created = Kit de consultation écrit dans { $path }. Les animateurs verront cette empreinte : { $fingerprint }
kit-first-use = Ce kit de consultation est signé par une clé que ce coffre-fort ne connaît pas encore : { $fingerprint }. Comparez cette empreinte avec le coordinateur, par téléphone ou en face à face, avant de l'accepter.
kit-confirm = L'empreinte correspond-elle à celle que vous lit le coordinateur ?
kit-imported = Kit de consultation importé : { $title } (version { $version }, { PLURAL($themes) ->
    [one] { $themes } thème
    [many] { $themes } de thèmes
   *[other] { $themes } thèmes
}). Clé du coordinateur : { $fingerprint }
export-preview = Aperçu de l'export (séances : { $sessions } ; citations : { $quotes } ; besoins : { $needs } ; recommandations : { $recommendations } ; suppressions : { $tombstones }). Citations qui restent sur cet appareil, car le consentement ne permet pas de les transmettre : { $home }.
export-done = Paquet n° { $sequence } écrit dans { $path } (séances : { $sessions } ; citations : { $quotes } ; besoins : { $needs } ; recommandations : { $recommendations } ; suppressions : { $tombstones }). Citations qui restent sur cet appareil, car le consentement ne permet pas de les transmettre : { $home }.
col-file = Fichier
col-result = Résultat
col-detail = Détail
col-key-id = Identifiant de clé
col-status = Statut
col-bundles = Paquets
col-missing = Manquants
import-state-imported = importé
import-state-already = déjà présent
import-state-quarantined = en quarantaine
import-state-rejected = rejeté
import-merged = ajouts : { $added }, modifications : { $updated }, suppressions : { $removed }
import-missing = numéros des paquets de cet appareil non reçus : { $list }
import-quarantined = appareil inconnu { $key } ({ $fingerprint }) ; après avoir comparé l'empreinte, approuvez-le avec "hearken roster approve { $key }"
device-approved = approuvé
device-revoked = révoqué
device-quarantined = en quarantaine
device-approved-done = Appareil { $key } approuvé ; paquets traités depuis la quarantaine : { $n }.
device-revoked-done = Appareil { $key } révoqué : les paquets qu'il a signés sont désormais refusés.
device-reapprove-confirm = L'appareil { $key } a été révoqué. L'approuver de nouveau ?
device-revoke-remove-confirm = Supprimer aussi { PLURAL($n) ->
    [one] { $n } enregistrement envoyé
    [many] { $n } d'enregistrements envoyés
   *[other] { $n } enregistrements envoyés
} par cet appareil ?
device-records-removed = { PLURAL($n) ->
    [one] { $n } enregistrement envoyé par cet appareil a été supprimé.
    [many] { $n } d'enregistrements envoyés par cet appareil ont été supprimés.
   *[other] { $n } enregistrements envoyés par cet appareil ont été supprimés.
}
device-records-kept = { PLURAL($n) ->
    [one] { $n } enregistrement envoyé par cet appareil a été conservé ; supprimez-le avec
    [many] { $n } d'enregistrements envoyés par cet appareil ont été conservés ; supprimez-les avec
   *[other] { $n } enregistrements envoyés par cet appareil ont été conservés ; supprimez-les avec
} "hearken roster revoke { $key } --remove-records".
err-cli-some-rejected = { PLURAL($n) ->
    [one] { $n } fichier a été rejeté
    [many] { $n } de fichiers ont été rejetés
   *[other] { $n } fichiers ont été rejetés
} ; { $others ->
    [0] aucun autre fichier n'a été donné à importer.
   *[other] le résultat de chacun des autres fichiers figure dans le tableau ci-dessus.
}
err-cli-unknown-language = Hearken ne propose pas la langue « { $lang } ».
rec-cli-unknown-language = Choisissez parmi : en, fr, es, ar, ru.
