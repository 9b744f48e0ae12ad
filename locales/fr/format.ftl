# Erreurs des kits signés, des paquets signés et chiffrés, et des clés du coffre-fort.
# err-* dit ce qui s'est passé, rec-* ce qu'il faut faire. Voir docs/format.md.

## Clés

err-identity-malformed-signing-key = La clé de signature enregistrée est endommagée.
rec-identity-malformed-signing-key = Restaurez le coffre-fort depuis une sauvegarde, ou créez une nouvelle clé et envoyez son empreinte au coordinateur.
err-identity-malformed-public-key = Ce n'est pas une clé de signature valide.
rec-identity-malformed-public-key = Recopiez la clé en entier ; elle commence par « RW » et compte 56 caractères.
err-identity-foreign-public-key = Cette clé de signature n'a pas été créée par Hearken.
rec-identity-foreign-public-key = Demandez la clé affichée dans les réglages Hearken de l'expéditeur.
err-identity-malformed-age-identity = La clé de déchiffrement enregistrée est endommagée.
rec-identity-malformed-age-identity = Restaurez le coffre-fort depuis une sauvegarde.
err-identity-malformed-recipient = Ce n'est pas une clé de chiffrement valide.
rec-identity-malformed-recipient = Recopiez la clé en entier ; elle commence par « age1 ».
err-identity-no-randomness = L'ordinateur n'a pas pu fournir le hasard nécessaire pour créer une clé.
rec-identity-no-randomness = Redémarrez l'ordinateur et réessayez.

## Lecture des kits et des paquets

err-format-too-large = { $what ->
    [sealed-file] Le fichier dépasse la limite de { PLURAL($limit) ->
            [one] { $limit } octet
           *[other] { $limit } octets
        }.
    [files] Le fichier contient plus de { PLURAL($limit) ->
            [one] { $limit } fichier
           *[other] { $limit } fichiers
        }.
    [entry] Un fichier qu'il contient dépasse la limite de { PLURAL($limit) ->
            [one] { $limit } octet
           *[other] { $limit } octets
        }.
    [manifest] Sa liste de contenu dépasse la limite de { PLURAL($limit) ->
            [one] { $limit } octet
           *[other] { $limit } octets
        }.
    [signature] Sa signature dépasse la limite de { PLURAL($limit) ->
            [one] { $limit } octet
           *[other] { $limit } octets
        }.
   *[other] Son contenu dépasse la limite de { PLURAL($limit) ->
            [one] { $limit } octet
           *[other] { $limit } octets
        }.
}
rec-format-too-large = Rien n'a été importé. Demandez à l'expéditeur de répartir le contenu sur plusieurs exports.
err-format-not-age-file = Ce fichier n'est pas un paquet chiffré.
rec-format-not-age-file = Vérifiez que vous avez choisi le bon fichier. Un kit de consultation s'importe depuis l'écran des consultations.
err-format-unsupported-encryption = Ce fichier est chiffré d'une manière que Hearken n'ouvre pas (texte armuré, phrase secrète ou version plus récente d'age).
rec-format-unsupported-encryption = Demandez à l'expéditeur d'exporter à nouveau le paquet depuis Hearken.
err-format-wrong-recipient = Ce paquet n'a pas été chiffré pour la clé de cet ordinateur.
rec-format-wrong-recipient = Il est destiné à un autre coordinateur, ou l'expéditeur a utilisé un ancien kit. Demandez-lui quelle clé il a utilisée.
err-format-truncated = Le fichier est incomplet : il s'arrête trop tôt.
rec-format-truncated = Copiez ou téléchargez à nouveau le fichier ; le transfert a probablement été interrompu.
err-format-damaged = Le fichier chiffré est endommagé : il a été modifié ou tronqué en route.
rec-format-damaged = Rien n'a été importé. Demandez à l'expéditeur de renvoyer le fichier.
err-format-malformed-archive = L'archive qu'il contient n'est pas valide : { $fault ->
    [header] un en-tête de fichier est endommagé.
    [non-canonical] un en-tête de fichier a été réécrit par un autre outil.
    [entry-type] elle contient autre chose qu'un simple fichier.
    [padding] des données sont cachées entre les fichiers.
    [trailing-data] des données suivent sa fin.
   *[order] ses fichiers ne sont pas dans l'ordre exigé.
}
rec-format-malformed-archive = Rien n'a été importé. Demandez à l'expéditeur de l'exporter à nouveau depuis Hearken, sans la décompresser ni la recomposer.
err-format-unsafe-file-name = L'archive contient un nom de fichier interdit (un chemin de dossier ou un nom dangereux).
rec-format-unsafe-file-name = Rien n'a été importé. N'ouvrez pas ce fichier avec d'autres outils ; prévenez l'expéditeur.
err-format-duplicate-file = L'archive contient deux fichiers portant le même nom.
rec-format-duplicate-file = Rien n'a été importé. Demandez à l'expéditeur de l'exporter à nouveau.
err-format-unlisted-file = L'archive contient un fichier, { $name }, que sa liste signée ne mentionne pas.
rec-format-unlisted-file = Rien n'a été importé. Quelqu'un a peut-être ajouté du contenu ; demandez à l'expéditeur de l'exporter à nouveau.
err-format-missing-file = Le fichier { $name } figure dans la liste mais manque dans l'archive.
rec-format-missing-file = Rien n'a été importé. Demandez à l'expéditeur de l'exporter à nouveau.
err-format-hash-mismatch = Le fichier { $name } ne correspond pas à la somme de contrôle de la liste signée : il a été modifié après la signature.
rec-format-hash-mismatch = Rien n'a été importé. Demandez à l'expéditeur de l'exporter à nouveau et signalez la falsification.
err-format-newer-version = Ce fichier utilise la version { $found } du format ; cette copie de Hearken lit jusqu'à la version { $supported }.
rec-format-newer-version = Mettez Hearken à jour, puis importez à nouveau le fichier.
err-format-malformed-manifest = La liste de contenu n'est pas valide : { $fault ->
    [json] elle est illisible.
    [unknown-field] elle contient un champ que cette version ne connaît pas.
    [signer] la clé du signataire n'est pas valide.
    [file-list] sa liste de fichiers n'est pas valide.
   *[value] l'une de ses valeurs n'est pas autorisée.
}
rec-format-malformed-manifest = Rien n'a été importé. Demandez à l'expéditeur de l'exporter à nouveau depuis Hearken.
err-format-wrong-kind = { $expected ->
    [kit] Ce fichier est un paquet, pas un kit de consultation.
   *[bundle] Ce fichier est un kit de consultation, pas un paquet.
}
rec-format-wrong-kind = { $expected ->
    [kit] Importez-le plutôt depuis l'écran des paquets.
   *[bundle] Importez-le plutôt depuis l'écran des consultations.
}
err-format-malformed-signature = Le fichier de signature n'est pas valide.
rec-format-malformed-signature = Rien n'a été importé. Demandez à l'expéditeur de l'exporter à nouveau.
err-format-bad-signature = La signature ne correspond pas : le contenu a été modifié après la signature.
rec-format-bad-signature = Rien n'a été importé. N'utilisez pas ce fichier ; demandez-en un nouveau à l'expéditeur et signalez la falsification.
err-format-unknown-key = Ce paquet a été signé par une clé absente de la liste des appareils (clé { $key }, empreinte { $fingerprint }).
rec-format-unknown-key = Il est gardé en quarantaine. Appelez l'animateur, comparez l'empreinte chiffre par chiffre et n'approuvez la clé que si elle correspond.
err-format-revoked-key = Ce paquet a été signé par une clé révoquée ({ $key }).
rec-format-revoked-key = Rien n'a été importé. L'appareil a peut-être été perdu ou saisi ; contactez l'animateur par un autre moyen.
err-format-key-mismatch = La liste des appareils contient une autre clé sous l'identifiant { $key }.
rec-format-key-mismatch = Rien n'a été importé. Quelqu'un se fait peut-être passer pour un animateur ; vérifiez la liste des appareils avec lui par téléphone.
err-format-signer-changed = Ce kit de consultation a été signé par la clé { $found }, mais les kits de cette consultation viennent de la clé { $pinned }.
rec-format-signer-changed = Rien n'a été importé. Appelez le coordinateur : s'il a vraiment changé de clé, il vous donnera la nouvelle empreinte.
err-format-already-imported = Ce fichier a déjà été importé ; rien n'a changé.
err-format-sequence-reused = Un autre paquet portant le numéro de séquence { $sequence } de cet appareil a déjà été importé.
rec-format-sequence-reused = Rien n'a été importé. L'appareil a peut-être été restauré depuis une ancienne sauvegarde, ou le fichier est falsifié ; contactez l'animateur.
err-format-kit-outdated = Ce kit de consultation est en version { $found }, plus ancienne que la version { $current } déjà importée.
rec-format-kit-outdated = Rien n'a changé. Utilisez le kit le plus récent du coordinateur.
err-format-kit-version-reused = Un autre kit de consultation en version { $version } a déjà été importé.
rec-format-kit-version-reused = Rien n'a été importé. Demandez au coordinateur quel kit est le bon.
err-format-no-recipients = Il n'y a aucune clé pour chiffrer le paquet.
rec-format-no-recipients = Importez d'abord le kit de la consultation : il contient la clé du coordinateur.
err-format-io = Le fichier n'a pas pu être écrit.
rec-format-io = Vérifiez que le disque ou la clé USB a de l'espace libre et n'est pas protégé en écriture, puis réessayez.
