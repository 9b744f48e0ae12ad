//! The app's description and the person's interface preferences.

use std::ops::RangeInclusive;

use hearken::{
    i18n::LANGUAGES,
    settings::{AUTO_LOCK_MINUTES, Settings, TEXT_SIZE_PERCENT},
    vault::MIN_PASSPHRASE_CHARS,
};
use serde::{Deserialize, Serialize};
use tauri::State;

use crate::{dirs::AppDirs, error::UiError};

/// What the About screen and the language picker need.
#[derive(Debug, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct AppInfo {
    /// The app's version.
    pub version: &'static str,
    /// The interface languages shipped, English first.
    pub languages: &'static [&'static str],
    /// Allowed text sizes, in percent.
    pub text_size_percent: Bounds,
    /// Allowed auto-lock delays, in minutes.
    pub auto_lock_minutes: Bounds,
    /// The shortest passphrase the vault accepts (for the strength hint).
    pub min_passphrase_chars: usize,
}

/// An inclusive range, as the UI's inputs take it (`min`, `max`).
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct Bounds {
    pub min: u16,
    pub max: u16,
}

impl From<RangeInclusive<u16>> for Bounds {
    fn from(r: RangeInclusive<u16>) -> Self {
        Self {
            min: *r.start(),
            max: *r.end(),
        }
    }
}

/// The app's version, languages and the bounds of each setting.
#[tauri::command]
pub fn app_info() -> AppInfo {
    AppInfo {
        version: env!("CARGO_PKG_VERSION"),
        languages: LANGUAGES,
        text_size_percent: TEXT_SIZE_PERCENT.into(),
        auto_lock_minutes: AUTO_LOCK_MINUTES.into(),
        min_passphrase_chars: MIN_PASSPHRASE_CHARS,
    }
}

/// The saved preferences (defaults on first start).
#[tauri::command]
pub fn settings_get(dirs: State<'_, AppDirs>) -> Result<Settings, UiError> {
    Ok(Settings::load(&dirs.config)?)
}

/// Parameters of [`settings_set`].
#[derive(Debug, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct SettingsSetParams {
    /// The complete preferences to save.
    pub settings: Settings,
}

/// Validates and saves the preferences; returns what was saved.
#[tauri::command]
pub fn settings_set(
    dirs: State<'_, AppDirs>,
    params: SettingsSetParams,
) -> Result<Settings, UiError> {
    Ok(params.settings.save(&dirs.config)?)
}
