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

ui-screen-vault = Vault
ui-lock-now = Lock now
ui-lock-shortcut = Ctrl+L
ui-show-passphrase = Show what I type

ui-vault-heading = Vault
ui-vault-unlocked = The vault is open.
ui-vault-auto-lock = It locks itself after { PLURAL($minutes) ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} without activity. Lock it at once with Ctrl+L.
ui-vault-contents = In the vault

ui-create-heading = Create your vault
ui-create-intro = Everything you record is kept in this vault, encrypted. Choose a passphrase: several ordinary words are easy to remember and hard to guess.
ui-create-passphrase = Passphrase
ui-create-confirm = The same passphrase again
ui-create-submit = Create the vault
ui-create-busy = Creating the vault…
ui-create-mismatch = The two passphrases are not the same.
ui-strength-label = Strength
ui-strength-advice = Several ordinary words make a strong passphrase.
ui-strength-too-short = too short, use at least { $min } characters.
ui-strength-weak = weak, easy to guess. Add more words.
ui-strength-fair = fair. One or two more words would make it strong.
ui-strength-strong = strong.

ui-recovery-heading = Write down your recovery key
ui-recovery-intro = If the passphrase is ever lost, this key is the only way to open the vault. It is shown only now.
ui-recovery-advice = Write it on paper and keep the paper away from this computer. Do not photograph it or save it on this computer.
ui-recovery-key-label = Recovery key
ui-recovery-confirm-label = To check your copy, type the recovery key from your paper
ui-recovery-confirm-submit = I have written it down
ui-recovery-mismatch = This is not the key shown above. Compare your paper with the screen, group by group.

ui-unlock-heading = Unlock the vault
ui-unlock-intro = Enter the vault's passphrase.
ui-unlock-passphrase = Passphrase
ui-unlock-submit = Unlock
ui-unlock-busy = Unlocking…
ui-unlock-wait = You can try again in { PLURAL($seconds) ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}.
ui-unlock-use-recovery = Passphrase lost? Use the recovery key
ui-locked-inactivity = The vault was locked after { PLURAL($minutes) ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} without activity.

ui-recover-heading = Open the vault with the recovery key
ui-recover-intro = Type the recovery key from your paper, then choose a new passphrase.
ui-recover-key = Recovery key
ui-recover-new = New passphrase
ui-recover-submit = Open and set the new passphrase
ui-recover-busy = Opening…
ui-recover-back = Back to the passphrase

err-app-locked = The vault is locked.
rec-app-locked = Unlock it with your passphrase to continue.
err-app-unexpected = Something went wrong inside Hearken.
rec-app-unexpected = Try again. If it happens again, restart Hearken: your saved work is kept.
