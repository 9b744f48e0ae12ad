# Application de bureau : cadre, navigation et écrans (ui/), et erreurs
# propres à l'enveloppe (src-tauri/src/error.rs).

ui-app-name = Hearken
ui-skip-to-content = Aller au contenu
ui-nav-label = Principal

ui-screen-about = À propos
ui-screen-settings = Réglages

ui-about-heading = À propos de Hearken
ui-about-intro = Hearken porte la parole des dialogues communautaires jusqu’aux mécanismes des droits humains, comme l’examen par les organes de traités et l’Examen périodique universel.
ui-about-offline = Il fonctionne sans réseau. Les citations ne sont enregistrées qu’avec le consentement des personnes, gardées dans un coffre chiffré sur cet ordinateur, et n’en sortent que sous forme de fichiers signés et chiffrés.
ui-about-version = Version
ui-about-languages = Langues de l’interface

ui-settings-heading = Réglages
ui-settings-intro = Ces préférences ne concernent que cet ordinateur et ne contiennent rien de vos sessions.
ui-settings-display = Affichage
ui-settings-language = Langue de l’interface
ui-settings-language-system = Comme le système ({ $language })
ui-settings-text-size = Taille du texte
ui-settings-contrast = Contraste élevé
ui-settings-contrast-hint = Texte blanc sur fond noir, contours jaunes.
ui-settings-security = Sécurité
ui-settings-auto-lock = Minutes d’inactivité avant le verrouillage du coffre
ui-settings-auto-lock-hint = Saisissez un nombre entier de { $min } à { $max }.
ui-settings-saved = Réglages enregistrés.

err-app-locked = Le coffre est verrouillé.
rec-app-locked = Déverrouillez-le avec votre phrase secrète pour continuer.
err-app-unexpected = Un problème est survenu dans Hearken.
rec-app-unexpected = Réessayez. Si cela se reproduit, redémarrez Hearken : votre travail enregistré est conservé.
