//! Where the app keeps its files. `HEARKEN_CONFIG_DIR` and `HEARKEN_DATA_DIR`
//! override the operating system's folders so tests, benchmarks and a second
//! profile never touch a person's real vault or preferences.

use std::path::PathBuf;

use tauri::{Manager, Runtime};

/// Environment variable naming the folder for preferences.
pub const CONFIG_DIR_VAR: &str = "HEARKEN_CONFIG_DIR";
/// Environment variable naming the folder for vaults.
pub const DATA_DIR_VAR: &str = "HEARKEN_DATA_DIR";

/// The app's folders, resolved once at start-up.
#[derive(Debug, Clone)]
pub struct AppDirs {
    /// Preferences (not sensitive).
    pub config: PathBuf,
    /// Vault files (encrypted).
    pub data: PathBuf,
}

impl AppDirs {
    /// The folders from the environment overrides, else the platform's
    /// per-app configuration and data folders.
    pub fn resolve<R: Runtime>(app: &impl Manager<R>) -> tauri::Result<Self> {
        let from_env = |var: &str| {
            std::env::var_os(var)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        };
        Ok(Self {
            config: match from_env(CONFIG_DIR_VAR) {
                Some(p) => p,
                None => app.path().app_config_dir()?,
            },
            data: match from_env(DATA_DIR_VAR) {
                Some(p) => p,
                None => app.path().app_data_dir()?,
            },
        })
    }
}
