//! The person's interface preferences: language, text size, contrast and how
//! soon an idle vault locks itself.
//!
//! Why this lives in the core: the desktop shell and the CLI read the same
//! preferences, and validation belongs beside the values it guards. The file
//! holds nothing sensitive (no vault path, no participant text), so it is
//! plain JSON in the operating system's configuration folder.
//!
//! Guarantees: a value outside its range is refused with a translated error
//! and the file is left as it was; a save is atomic (written beside the file,
//! then renamed), so a crash never leaves half a file; a missing file reads as
//! the defaults; unknown fields from a newer version are ignored.

use std::{
    fs,
    io::{self, Write},
    ops::RangeInclusive,
    path::{Path, PathBuf},
};

use serde::{Deserialize, Serialize};

use crate::i18n::{LANGUAGES, Localized, Message};

/// Environment variable naming the configuration folder (tests, a second profile).
pub const CONFIG_DIR_VAR: &str = "HEARKEN_CONFIG_DIR";

/// The file name of the preferences inside the configuration folder.
pub const FILE_NAME: &str = "settings.json";

/// Text size, in percent of the default size. 200% is the WCAG 1.4.4 bound
/// every screen is tested at.
pub const TEXT_SIZE_PERCENT: RangeInclusive<u16> = 100..=200;

/// Minutes of inactivity before the vault locks. There is deliberately no
/// "never": an unattended, unlocked laptop is the threat the lock exists for.
pub const AUTO_LOCK_MINUTES: RangeInclusive<u16> = 1..=120;

/// Interface preferences, as stored and as sent to the UI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", default)]
pub struct Settings {
    /// The interface language (one of [`LANGUAGES`]); `None` follows the
    /// operating system's language.
    pub language: Option<String>,
    /// Text size in percent, within [`TEXT_SIZE_PERCENT`].
    pub text_size_percent: u16,
    /// The high-contrast theme.
    pub high_contrast: bool,
    /// Minutes of inactivity before the vault locks, within [`AUTO_LOCK_MINUTES`].
    pub auto_lock_minutes: u16,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            language: None,
            text_size_percent: 100,
            high_contrast: false,
            auto_lock_minutes: 5,
        }
    }
}

/// Why preferences could not be read, accepted or saved.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SettingsError {
    /// The preferences file exists but could not be read.
    #[error("the settings file could not be read")]
    Unreadable(#[source] io::Error),
    /// The preferences file is not valid settings JSON.
    #[error("the settings file is damaged")]
    Malformed(#[source] serde_json::Error),
    /// The preferences could not be written to the configuration folder.
    #[error("the settings could not be saved")]
    Unwritable(#[source] io::Error),
    /// The language is not one Hearken ships.
    #[error("unknown interface language")]
    UnknownLanguage,
    /// The text size is outside [`TEXT_SIZE_PERCENT`].
    #[error("text size out of range")]
    TextSizeOutOfRange,
    /// The auto-lock delay is outside [`AUTO_LOCK_MINUTES`].
    #[error("auto-lock delay out of range")]
    AutoLockOutOfRange,
}

impl Localized for SettingsError {
    fn message(&self) -> Message {
        match self {
            Self::Unreadable(_) => Message::new("settings-unreadable"),
            Self::Malformed(_) => Message::new("settings-malformed"),
            Self::Unwritable(_) => Message::new("settings-unwritable"),
            Self::UnknownLanguage => Message::new("settings-unknown-language"),
            Self::TextSizeOutOfRange => Message::new("settings-text-size-range")
                .arg("min", *TEXT_SIZE_PERCENT.start())
                .arg("max", *TEXT_SIZE_PERCENT.end()),
            Self::AutoLockOutOfRange => Message::new("settings-auto-lock-range")
                .arg("min", *AUTO_LOCK_MINUTES.start())
                .arg("max", *AUTO_LOCK_MINUTES.end()),
        }
    }
}

/// The configuration folder: `$HEARKEN_CONFIG_DIR`, else the operating
/// system's (e.g. `~/.config/hearken`), beside the vault's data folder
/// (`crate::vault::default_path`).
pub fn default_dir() -> PathBuf {
    std::env::var_os(CONFIG_DIR_VAR)
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            directories::ProjectDirs::from("org", "Hearken", "hearken")
                .map(|d| d.config_dir().to_path_buf())
                .unwrap_or_else(|| PathBuf::from("."))
        })
}

impl Settings {
    /// Reads the preferences from `config_dir`; a missing file (first start)
    /// gives the defaults. The stored values are validated like new ones, so
    /// a hand-edited file cannot set a 0-minute lock or a 900% text size.
    pub fn load(config_dir: &Path) -> Result<Self, SettingsError> {
        let bytes = match fs::read(path_in(config_dir)) {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Self::default()),
            Err(e) => return Err(SettingsError::Unreadable(e)),
        };
        let settings: Self = serde_json::from_slice(&bytes).map_err(SettingsError::Malformed)?;
        settings.validate()?;
        Ok(settings)
    }

    /// Checks every value against its range; the first bad one is the error.
    pub fn validate(&self) -> Result<(), SettingsError> {
        if let Some(lang) = &self.language
            && !LANGUAGES.contains(&lang.as_str())
        {
            return Err(SettingsError::UnknownLanguage);
        }
        if !TEXT_SIZE_PERCENT.contains(&self.text_size_percent) {
            return Err(SettingsError::TextSizeOutOfRange);
        }
        if !AUTO_LOCK_MINUTES.contains(&self.auto_lock_minutes) {
            return Err(SettingsError::AutoLockOutOfRange);
        }
        Ok(())
    }

    /// Validates, then replaces the file in `config_dir` atomically (creating
    /// the folder on first save). Returns the saved preferences.
    pub fn save(self, config_dir: &Path) -> Result<Self, SettingsError> {
        self.validate()?;
        fs::create_dir_all(config_dir).map_err(SettingsError::Unwritable)?;
        let json = serde_json::to_vec_pretty(&self).expect("settings always serialize");
        let tmp = config_dir.join(format!(".{FILE_NAME}.tmp"));
        let write = || -> io::Result<()> {
            let mut f = fs::File::create(&tmp)?;
            f.write_all(&json)?;
            f.sync_all()?;
            fs::rename(&tmp, path_in(config_dir))
        };
        write().map_err(|e| {
            let _ = fs::remove_file(&tmp);
            SettingsError::Unwritable(e)
        })?;
        Ok(self)
    }
}

fn path_in(config_dir: &Path) -> PathBuf {
    config_dir.join(FILE_NAME)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_start_reads_defaults_and_a_save_reads_back() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(Settings::load(dir.path()).unwrap(), Settings::default());
        let chosen = Settings {
            language: Some("ar".into()),
            text_size_percent: 200,
            high_contrast: true,
            auto_lock_minutes: 15,
        };
        chosen.clone().save(&dir.path().join("nested")).unwrap();
        assert_eq!(Settings::load(&dir.path().join("nested")).unwrap(), chosen);
    }

    #[test]
    fn out_of_range_values_are_refused_and_the_file_is_unchanged() {
        let dir = tempfile::tempdir().unwrap();
        let good = Settings {
            text_size_percent: 150,
            ..Settings::default()
        };
        good.clone().save(dir.path()).unwrap();
        let before = fs::read(dir.path().join(FILE_NAME)).unwrap();
        let cases = [
            (
                Settings {
                    text_size_percent: 250,
                    ..good.clone()
                },
                "settings-text-size-range",
            ),
            (
                Settings {
                    auto_lock_minutes: 0,
                    ..good.clone()
                },
                "settings-auto-lock-range",
            ),
            (
                Settings {
                    language: Some("de".into()),
                    ..good.clone()
                },
                "settings-unknown-language",
            ),
        ];
        for (bad, code) in cases {
            assert_eq!(bad.save(dir.path()).unwrap_err().message().code, code);
        }
        assert_eq!(fs::read(dir.path().join(FILE_NAME)).unwrap(), before);
    }

    #[test]
    fn damaged_or_hand_edited_files_are_reported_not_trusted() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join(FILE_NAME), b"{ not json").unwrap();
        let err = Settings::load(dir.path()).unwrap_err();
        assert_eq!(err.message().code, "settings-malformed");
        fs::write(dir.path().join(FILE_NAME), br#"{"autoLockMinutes": 0}"#).unwrap();
        let err = Settings::load(dir.path()).unwrap_err();
        assert_eq!(err.message().code, "settings-auto-lock-range");
    }

    #[test]
    fn every_error_is_explained_in_every_language() {
        let errors = [
            SettingsError::Unreadable(io::Error::other("disk")),
            SettingsError::Malformed(serde_json::from_str::<Settings>("{").unwrap_err()),
            SettingsError::Unwritable(io::Error::other("disk")),
            SettingsError::UnknownLanguage,
            SettingsError::TextSizeOutOfRange,
            SettingsError::AutoLockOutOfRange,
        ];
        for lang in LANGUAGES {
            let l = crate::i18n::Localizer::new(lang, false);
            for e in &errors {
                let id = format!("err-{}", e.message().code);
                assert!(l.has(&id), "{lang} lacks {id}");
                // Arguments are filled in, not left as Fluent placeholders.
                assert!(
                    !l.error_line(e).contains('{'),
                    "{lang}: {}",
                    l.error_line(e)
                );
            }
        }
    }

    #[test]
    fn missing_fields_take_defaults_and_unknown_fields_are_ignored() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(
            dir.path().join(FILE_NAME),
            br#"{"highContrast": true, "fromANewerVersion": 1}"#,
        )
        .unwrap();
        let s = Settings::load(dir.path()).unwrap();
        assert!(s.high_contrast);
        assert_eq!(s.text_size_percent, 100);
    }
}
