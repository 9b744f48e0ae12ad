# Interface preferences (src/settings.rs).
err-settings-unreadable = The settings file could not be read.
rec-settings-unreadable = Check that your user account may read its configuration folder. Until then the default settings apply.
err-settings-malformed = The settings file is damaged.
rec-settings-malformed = Choose your settings again: saving them replaces the damaged file. Until then the default settings apply.
err-settings-unwritable = The settings could not be saved.
rec-settings-unwritable = Check that the disk is not full and that your user account may write to its configuration folder.
err-settings-unknown-language = This interface language is not available.
rec-settings-unknown-language = Choose one of the languages offered.
err-settings-text-size-range = The text size must be from { $min }% to { $max }%.
err-settings-auto-lock-range = The time before the vault locks must be a whole number of minutes from { $min } to { $max }.
rec-settings-auto-lock-range = Nothing was changed. Enter a number in that range.
