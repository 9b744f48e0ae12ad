# Desktop app: the frame, navigation and screens (ui/), plus the shell's own
# errors (src-tauri/src/error.rs). Core errors live in each area's file.

ui-app-name = Hearken
ui-skip-to-content = Skip to content
ui-nav-label = Main

ui-screen-about = About
ui-screen-settings = Settings

ui-about-heading = About Hearken
ui-about-intro = Hearken carries the words of community dialogues to human-rights processes, such as treaty body reviews and the Universal Periodic Review.
ui-about-offline = It works without a network. Quotes are recorded only with consent, kept in an encrypted vault on this computer, and leave it only as signed, encrypted files.
ui-about-version = Version
ui-about-languages = Interface languages

ui-settings-heading = Settings
ui-settings-intro = These preferences apply to this computer only and contain nothing from your sessions.
ui-settings-display = Display
ui-settings-language = Interface language
ui-settings-language-system = Same as the system ({ $language })
ui-settings-text-size = Text size
ui-settings-contrast = High contrast
ui-settings-contrast-hint = White text on black, with yellow outlines.
ui-settings-security = Security
ui-settings-auto-lock = Minutes without activity before the vault locks
ui-settings-auto-lock-hint = Enter a whole number from { $min } to { $max }.
ui-settings-saved = Settings saved.

err-app-locked = The vault is locked.
rec-app-locked = Unlock it with your passphrase to continue.
err-app-unexpected = Something went wrong inside Hearken.
rec-app-unexpected = Try again. If it happens again, restart Hearken: your saved work is kept.
