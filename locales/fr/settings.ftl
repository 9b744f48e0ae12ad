# Préférences d'interface (src/settings.rs).
err-settings-unreadable = Le fichier de réglages n’a pas pu être lu.
rec-settings-unreadable = Vérifiez que votre compte peut lire son dossier de configuration. En attendant, les réglages par défaut s’appliquent.
err-settings-malformed = Le fichier de réglages est endommagé.
rec-settings-malformed = Choisissez à nouveau vos réglages : les enregistrer remplace le fichier endommagé. En attendant, les réglages par défaut s’appliquent.
err-settings-unwritable = Les réglages n’ont pas pu être enregistrés.
rec-settings-unwritable = Vérifiez que le disque n’est pas plein et que votre compte peut écrire dans son dossier de configuration.
err-settings-unknown-language = Cette langue d’interface n’est pas disponible.
rec-settings-unknown-language = Choisissez l’une des langues proposées.
err-settings-text-size-range = La taille du texte doit être comprise entre { $min } % et { $max } %.
err-settings-auto-lock-range = Le délai avant le verrouillage du coffre-fort doit être un nombre entier de minutes compris entre { $min } et { $max }.
rec-settings-auto-lock-range = Rien n’a été modifié. Saisissez un nombre dans cet intervalle.
