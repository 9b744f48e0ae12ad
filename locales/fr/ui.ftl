# Application de bureau : cadre, navigation et écrans (ui/), et erreurs
# propres à l'enveloppe (src-tauri/src/error.rs).

ui-app-name = Hearken
ui-skip-to-content = Aller au contenu
ui-nav-label = Principal

ui-screen-about = À propos
ui-screen-settings = Réglages

ui-about-heading = À propos de Hearken
ui-about-intro = Hearken porte la parole des dialogues communautaires jusqu’aux mécanismes des droits humains, comme l’examen par les organes conventionnels et l’Examen périodique universel.
ui-about-offline = Il fonctionne sans réseau. Les citations ne sont enregistrées qu’avec le consentement des personnes, gardées dans un coffre-fort chiffré sur cet ordinateur, et n’en sortent que sous forme de fichiers signés et chiffrés.
ui-about-version = Version
ui-about-languages = Langues de l’interface

ui-settings-heading = Réglages
ui-settings-intro = Ces préférences ne concernent que cet ordinateur et ne contiennent rien de vos séances.
ui-settings-display = Affichage
ui-settings-language = Langue de l’interface
ui-settings-language-system = Comme le système ({ $language })
ui-settings-text-size = Taille du texte
ui-settings-contrast = Contraste élevé
ui-settings-contrast-hint = Texte blanc sur fond noir, contours jaunes.
ui-settings-security = Sécurité
ui-settings-auto-lock = Minutes d’inactivité avant le verrouillage du coffre-fort
ui-settings-auto-lock-hint = Saisissez un nombre entier de { $min } à { $max }.
ui-settings-saved = Réglages enregistrés.

ui-screen-vault = Coffre-fort
ui-lock-now = Verrouiller
ui-lock-shortcut = Ctrl+L
ui-show-passphrase = Afficher ce que je tape

ui-vault-heading = Coffre-fort
ui-vault-unlocked = Le coffre-fort est ouvert.
ui-vault-auto-lock = Il se verrouille après { PLURAL($minutes) ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} d’inactivité. Verrouillez-le tout de suite avec Ctrl+L.
ui-vault-contents = Dans le coffre-fort

ui-create-heading = Créez votre coffre-fort
ui-create-intro = Tout ce que vous enregistrez est gardé, chiffré, dans ce coffre-fort. Choisissez une phrase secrète : plusieurs mots ordinaires sont faciles à retenir et difficiles à deviner.
ui-create-passphrase = Phrase secrète
ui-create-confirm = La même phrase secrète, une seconde fois
ui-create-submit = Créer le coffre-fort
ui-create-busy = Création du coffre-fort…
ui-create-mismatch = Les deux phrases secrètes ne sont pas identiques.
ui-strength-label = Solidité
ui-strength-advice = Plusieurs mots ordinaires font une phrase secrète solide.
ui-strength-too-short = trop courte, utilisez au moins { $min } caractères.
ui-strength-weak = faible, facile à deviner. Ajoutez des mots.
ui-strength-fair = moyenne. Un ou deux mots de plus la rendraient solide.
ui-strength-strong = solide.

ui-recovery-heading = Notez votre clé de récupération
ui-recovery-intro = Si la phrase secrète est un jour perdue, cette clé est le seul moyen d’ouvrir le coffre-fort. Elle n’est affichée que maintenant.
ui-recovery-advice = Écrivez-la sur papier et gardez ce papier loin de cet ordinateur. Ne la photographiez pas et ne l’enregistrez pas sur cet ordinateur.
ui-recovery-key-label = Clé de récupération
ui-recovery-confirm-label = Pour vérifier votre copie, tapez la clé de récupération depuis votre papier
ui-recovery-confirm-submit = Je l’ai notée
ui-recovery-mismatch = Ce n’est pas la clé affichée ci-dessus. Comparez votre papier à l’écran, groupe par groupe.

ui-unlock-heading = Déverrouiller le coffre-fort
ui-unlock-intro = Saisissez la phrase secrète du coffre-fort.
ui-unlock-passphrase = Phrase secrète
ui-unlock-submit = Déverrouiller
ui-unlock-busy = Déverrouillage…
ui-unlock-wait = Vous pourrez réessayer dans { PLURAL($seconds) ->
    [one] { $seconds } seconde
   *[other] { $seconds } secondes
}.
ui-unlock-use-recovery = Phrase secrète perdue ? Utiliser la clé de récupération
ui-locked-inactivity = Le coffre-fort a été verrouillé après { PLURAL($minutes) ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} d’inactivité.

ui-recover-heading = Ouvrir le coffre-fort avec la clé de récupération
ui-recover-intro = Tapez la clé de récupération depuis votre papier, puis choisissez une nouvelle phrase secrète.
ui-recover-key = Clé de récupération
ui-recover-new = Nouvelle phrase secrète
ui-recover-submit = Ouvrir et définir la nouvelle phrase secrète
ui-recover-busy = Ouverture…
ui-recover-back = Revenir à la phrase secrète

err-app-locked = Le coffre-fort est verrouillé.
rec-app-locked = Déverrouillez-le avec votre phrase secrète pour continuer.
err-app-unexpected = Un problème est survenu dans Hearken.
rec-app-unexpected = Réessayez. Si cela se reproduit, redémarrez Hearken : votre travail enregistré est conservé.
