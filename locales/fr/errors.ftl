# Errors of the core library: err-* says what happened, rec-* what to do.

## Vault
err-vault-not-found = Il n'y a pas de coffre-fort à cet emplacement.
rec-vault-not-found = Créez-en un avec "hearken init", ou indiquez le bon chemin avec --vault.
err-vault-exists = Un coffre-fort existe déjà à cet emplacement.
rec-vault-exists = Ouvrez-le plutôt, ou choisissez un autre chemin avec --vault.
err-vault-not-a-vault = Ce fichier n'est pas un coffre-fort Hearken.
rec-vault-not-a-vault = Vérifiez le chemin indiqué avec --vault.
err-vault-newer = Ce coffre-fort a été créé par une version plus récente de Hearken (format { $found } ; cette version lit jusqu'au format { $supported }).
rec-vault-newer = Installez la dernière version de Hearken pour l'ouvrir.
err-vault-corrupt = L'en-tête du coffre-fort est endommagé.
rec-vault-corrupt = Restaurez le coffre-fort à partir d'une sauvegarde.
err-vault-wrong-passphrase = Cette phrase secrète ne permet pas d'ouvrir ce coffre-fort ({ PLURAL($failed) ->
    [one] { $failed } tentative échouée
    [many] { $failed } de tentatives échouées
   *[other] { $failed } tentatives échouées
}).
rec-vault-wrong-passphrase = Vérifiez la langue du clavier et la touche Verr. Maj, puis réessayez. Si la phrase secrète est perdue, utilisez la clé de récupération.
err-vault-wrong-recovery = La clé de récupération ne permet pas d'ouvrir ce coffre-fort.
rec-vault-wrong-recovery = Vérifiez chaque groupe de la clé de récupération, puis réessayez.
err-vault-malformed-recovery = Ceci n'est pas une clé de récupération.
rec-vault-malformed-recovery = Une clé de récupération se compose de huit groupes de quatre lettres et chiffres.
err-vault-delayed = Trop de tentatives ont échoué.
rec-vault-delayed = Veuillez patienter { PLURAL($seconds) ->
    [one] { $seconds } seconde
    [many] { $seconds } de secondes
   *[other] { $seconds } secondes
} avant de réessayer.
err-vault-erased = Ce coffre-fort a été effacé ; son contenu ne peut pas être récupéré.
err-vault-weak-kdf = Les paramètres de dérivation de clé sont trop faibles.
rec-vault-weak-kdf = Utilisez au moins { $min } Mio de mémoire.
err-vault-kdf-too-large = La mémoire demandée pour la dérivation de clé dépasse ce qu'un coffre-fort peut utiliser.
rec-vault-kdf-too-large = Utilisez au plus { $max } Mio (la valeur par défaut convient à la plupart des ordinateurs portables).
err-vault-short-passphrase = La phrase secrète est trop courte.
rec-vault-short-passphrase = Utilisez au moins { $min } caractères ; plusieurs mots sont faciles à retenir et difficiles à deviner.
err-vault-tampered = Une partie du coffre-fort a été modifiée ou endommagée : on ne peut donc plus s'y fier.
rec-vault-tampered = Restaurez le coffre-fort à partir d'une sauvegarde.
err-vault-storage = Impossible d'écrire ou de lire le coffre-fort ({ $detail }).
rec-vault-storage = Vérifiez que le disque n'est pas plein et qu'aucun autre programme n'utilise le coffre-fort, puis réessayez.

## Records
err-record-not-found = { $kind ->
    [engagement] Aucune consultation
    [theme] Aucun thème
    [session] Aucune séance
    [participant] Aucun participant
    [quote] Aucune citation
    [need] Aucun besoin
    [recommendation] Aucune recommandation
   *[other] Aucun enregistrement
} n'a cet identifiant.
rec-record-not-found = Affichez la liste pour trouver le bon identifiant.
err-record-ambiguous = Plusieurs { $kind ->
    [engagement] consultations
    [theme] thèmes
    [session] séances
    [participant] participants
    [quote] citations
    [need] besoins
    [recommendation] recommandations
   *[other] enregistrements
} ont un identifiant qui commence ainsi.
rec-record-ambiguous = Saisissez davantage de caractères de l'identifiant.
err-field-empty = Le champ « { $field } » est vide.
rec-field-empty = Remplissez-le, puis réessayez.
err-field-too-long = Le champ « { $field } » est trop long.
rec-field-too-long = Restez en dessous de { $max } caractères.
err-field-invalid = La valeur de « { $field } » n'est pas valide.
err-field-out-of-range = La valeur de « { $field } » doit être comprise entre { $min } et { $max }.
err-field-not-listed = Cette valeur de « { $field } » ne figure pas dans la liste de l'engagement.
rec-field-not-listed = Choisissez l'une de celles que la coordination a inscrites dans le kit.
err-field-duplicate = La valeur de « { $field } » est déjà utilisée.
rec-field-duplicate = Choisissez-en une autre.
err-date-out-of-range = Cette date est antérieure à 1900 ou située dans le futur.
rec-date-out-of-range = Indiquez la date à laquelle cela s'est passé, au format YYYY-MM-DD.
err-date-order = La date de début est postérieure à la date de fin.
rec-date-order = Donnez à --from une date antérieure à celle de --to.
err-bad-date = Ceci n'est pas une date.
rec-bad-date = Écrivez les dates au format YYYY-MM-DD, par exemple 2026-03-21.
err-bad-language = Ceci n'est pas un code de langue.
rec-bad-language = Utilisez un code comme en, fr, es, ar ou ru.

## Consent
err-consent-unknown-participant = Aucun participant de cette séance n'a ce code.
rec-consent-unknown-participant = Ajoutez d'abord la personne, puis enregistrez son consentement.
err-consent-none = Cette personne n'a pas donné son consentement.
rec-consent-none = Enregistrez son consentement avant de noter ses propos.
err-consent-withdrawn = Cette personne a retiré son consentement.
rec-consent-withdrawn = Plus rien ne peut être enregistré la concernant. Si elle souhaite participer de nouveau, ajoutez-la sous un nouveau code.
err-consent-scope = Le consentement donné ne couvre pas { $scope ->
    [take_part] la participation
    [quotes_in_reports] l'utilisation anonyme de citations dans les rapports
    [quotes_shared] le partage de citations au-delà du coordinateur
    [demographics] l'enregistrement du groupe démographique
   *[other] { $scope }
}.
err-consent-no-group = Le groupe n'a pas donné son consentement pour les notes, les besoins et les recommandations de cette séance.
rec-consent-no-group = Enregistrez d'abord le consentement du groupe.
err-consent-no-text = Il n'y a pas de texte de consentement dans cette langue.
rec-consent-no-text = Choisissez une langue pour laquelle la consultation dispose d'un texte de consentement, ou indiquez le texte présenté.
err-consent-take-part = Le consentement doit inclure la participation.

## Kits and bundles
err-exchange-no-recipients = Il n'y a aucun destinataire pour qui chiffrer ce paquet.
rec-exchange-no-recipients = Importez le kit de consultation fourni par le coordinateur, ou indiquez un destinataire avec --to.
err-exchange-no-sessions = Il n'y a aucune séance à exporter.
err-exchange-mixed-engagements = Les séances choisies appartiennent à des consultations différentes.
rec-exchange-mixed-engagements = Exportez une seule consultation à la fois avec --session.
err-exchange-unresolved = { PLURAL($n) ->
    [one] { $n } citation contient encore des détails identifiants
    [many] { $n } de citations contiennent encore des détails identifiants
   *[other] { $n } citations contiennent encore des détails identifiants
} ; rien n'a donc été exporté.
rec-exchange-unresolved = Affichez la liste de ces citations avec "hearken quote check --all" (ou "hearken export --preview"), puis masquez tous les détails avec "hearken quote redact --all-flagged" ou gardez ce qui doit rester avec "hearken quote review ID".
err-exchange-unknown-engagement = Ce fichier appartient à une consultation qui ne se trouve pas dans ce coffre-fort.
rec-exchange-unknown-engagement = Importez-le dans le coffre-fort du coordinateur qui a émis le kit de cette consultation.
err-exchange-bad-content = Le fichier est signé, mais son contenu ({ $what }) n'est pas valide ; rien n'a donc été importé.
rec-exchange-bad-content = Demandez à l'expéditeur un nouvel export réalisé avec une version à jour de Hearken.
err-exchange-unknown-device = Aucun appareil portant cet identifiant de clé ne figure dans la liste des appareils ni en quarantaine.
rec-exchange-unknown-device = Affichez-les avec "hearken roster list".
err-exchange-foreign-record = Le paquet modifie { $kind ->
    [session] une séance enregistrée par un autre appareil
    [participant] un participant enregistré par un autre appareil
    [quote] une citation enregistrée par un autre appareil
    [need] un besoin enregistré par un autre appareil
    [recommendation] une recommandation enregistrée par un autre appareil
   *[other] un enregistrement créé par un autre appareil
}, ou écrit dans la séance d'un autre appareil ; rien de son contenu n'a donc été importé.
rec-exchange-foreign-record = Un appareil ne peut modifier que ses propres enregistrements. Vérifiez auprès de l'animateur ; si l'appareil a pu être compromis, révoquez-le avec "hearken roster revoke".
err-exchange-without-consent = Le paquet contient { $kind ->
    [quote] une citation que le consentement de la personne qui l'a dite ne couvre pas
    [need] un besoin sans le consentement du groupe de la séance
    [recommendation] une recommandation sans le consentement du groupe de la séance
   *[other] un enregistrement sans consentement
} ; rien de son contenu n'a donc été importé.
rec-exchange-without-consent = Demandez à l'animateur d'enregistrer le consentement et d'exporter de nouveau.
err-exchange-not-approved = Cet appareil n'est pas approuvé pour cette consultation.
rec-exchange-not-approved = Comparez son empreinte avec l'animateur, puis approuvez-le avec "hearken roster approve KEY --engagement ID".
err-exchange-revoked = Cet appareil a été révoqué.
rec-exchange-revoked = Ne l'approuvez de nouveau que si vous savez pourquoi il a été révoqué et qu'il est désormais sûr : confirmez quand cela vous est demandé, ou ajoutez --yes.
err-exchange-quarantine-full = La quarantaine est pleine : elle contient déjà le nombre maximal de paquets venant d'appareils non approuvés.
rec-exchange-quarantine-full = Approuvez ou révoquez les appareils en attente dans la quarantaine ("hearken roster list"), puis importez de nouveau.
err-exchange-other-recipient = Ce paquet serait chiffré pour un destinataire que le kit de la consultation ne mentionne pas : quiconque détient cette clé pourra lire les paroles des participants.
rec-exchange-other-recipient = Exportez pour le coordinateur indiqué dans le kit, ou confirmez sciemment l'autre destinataire (--yes).
err-exchange-which-engagement = Indiquez la consultation dans laquelle l'appareil peut écrire.
rec-exchange-which-engagement = Ajoutez --engagement ID ("hearken engagement list" les affiche).
err-exchange-read-file = Le fichier de paquet { $path } ne peut pas être lu.
rec-exchange-read-file = Vérifiez le chemin et que vous avez le droit de le lire ; les autres fichiers sont traités séparément.
