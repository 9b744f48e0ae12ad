//! Where the app keeps its files: the same places as the `hearken` CLI, so
//! both open the same vault. `HEARKEN_CONFIG_DIR` and `HEARKEN_DATA_DIR`
//! override them, so tests, benchmarks and a second profile never touch a
//! person's real vault or preferences.

use std::path::PathBuf;

/// The app's files, resolved once at start-up.
#[derive(Debug, Clone)]
pub struct AppDirs {
    /// Folder of the preferences (not sensitive).
    pub config: PathBuf,
    /// The vault file (encrypted).
    pub vault: PathBuf,
}

impl AppDirs {
    /// The core's defaults, with the environment overrides applied.
    pub fn from_environment() -> Self {
        Self {
            config: hearken::settings::default_dir(),
            vault: hearken::vault::default_path(),
        }
    }
}
