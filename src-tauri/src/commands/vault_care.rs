//! Looking after the vault once it exists: a new passphrase, and the panic
//! wipe that destroys it.
//!
//! The wipe needs no passphrase (it is for when the laptop is about to be
//! taken) and cannot be undone: the core destroys every wrapped key in the
//! file first, then deletes the files, so even an interrupted wipe leaves
//! nothing that opens. The UI asks twice before it calls [`vault_wipe`].

use hearken::vault::{Vault, VaultError};
use secrecy::SecretString;
use serde::Deserialize;
use tauri::State;

use crate::{commands::vault::VaultState, dirs::AppDirs, error::UiError};

/// Parameters of [`vault_change_passphrase`].
#[derive(Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct VaultChangePassphraseParams {
    /// The passphrase to use from now on.
    #[ts(type = "string")]
    pub new_passphrase: SecretString,
}

/// Sets a new passphrase on the unlocked vault (the data key is re-wrapped;
/// no record is re-encrypted). Runs off the window's thread: Argon2id takes
/// about half a second.
#[tauri::command]
pub async fn vault_change_passphrase(
    vault: State<'_, VaultState>,
    params: VaultChangePassphraseParams,
) -> Result<(), UiError> {
    vault.with(|v| v.change_passphrase(&params.new_passphrase))
}

/// Destroys the vault, unlocked or not: locks it (keys leave memory), then
/// crypto-erases and deletes the file. Afterwards the app is at first start.
#[tauri::command]
pub fn vault_wipe(dirs: State<'_, AppDirs>, vault: State<'_, VaultState>) -> Result<(), UiError> {
    vault.lock();
    Vault::wipe(&dirs.vault).map_err(|e: VaultError| e.into())
}
