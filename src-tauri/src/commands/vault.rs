//! Creating, unlocking, recovering and locking the vault.
//!
//! Secrets cross the IPC boundary as little as possible: passphrases arrive
//! straight into [`SecretString`]s (zeroized on drop); the recovery key leaves
//! exactly once, in the answer to [`vault_create`]. Key derivation (Argon2id,
//! about half a second) runs in async commands, off the window's thread, so
//! the window stays responsive while a vault opens.

use std::path::Path;

use hearken::vault::{CreateOptions, Vault, VaultError, delay_after};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize, Serializer};
use tauri::State;

use crate::{dirs::AppDirs, error::UiError, unlocked::UnlockedVault};

/// The Tauri state holding the unlocked vault.
pub type VaultState = UnlockedVault<Vault>;

/// Which vault screen applies: create, unlock, or the open vault.
#[derive(Debug, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct VaultStatus {
    /// A vault file exists at the app's vault path.
    pub exists: bool,
    /// It is unlocked in this app.
    pub unlocked: bool,
}

/// Whether a vault exists and whether it is unlocked.
#[tauri::command]
pub fn vault_status(dirs: State<'_, AppDirs>, vault: State<'_, VaultState>) -> VaultStatus {
    VaultStatus {
        exists: dirs.vault.is_file(),
        unlocked: vault.is_unlocked(),
    }
}

/// Parameters of [`vault_create`].
#[derive(Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct VaultCreateParams {
    /// The new vault's passphrase.
    #[ts(type = "string")]
    pub passphrase: SecretString,
}

/// A secret shown to the person once: serialized for that single answer.
#[derive(ts_rs::TS)]
#[ts(type = "string")]
pub struct ShownOnce(SecretString);

impl Serialize for ShownOnce {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0.expose_secret())
    }
}

/// The answer to [`vault_create`].
#[derive(Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct CreatedVault {
    /// The recovery key as the person writes it down (8 groups of 4).
    pub recovery_key: ShownOnce,
}

/// Creates the vault, leaves it unlocked, and returns its recovery key (the
/// only time it is ever shown).
#[tauri::command]
pub async fn vault_create(
    dirs: State<'_, AppDirs>,
    vault: State<'_, VaultState>,
    params: VaultCreateParams,
) -> Result<CreatedVault, UiError> {
    let (created, key) = Vault::create(&dirs.vault, &params.passphrase, &CreateOptions::default())?;
    vault.unlock(created);
    Ok(CreatedVault {
        recovery_key: ShownOnce(key.display()),
    })
}

/// Parameters of [`vault_unlock`].
#[derive(Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct VaultUnlockParams {
    /// The vault's passphrase.
    #[ts(type = "string")]
    pub passphrase: SecretString,
}

/// Unlocks the vault with its passphrase.
#[tauri::command]
pub async fn vault_unlock(
    dirs: State<'_, AppDirs>,
    vault: State<'_, VaultState>,
    params: VaultUnlockParams,
) -> Result<(), UiError> {
    vault.unlock(Vault::unlock(&dirs.vault, &params.passphrase).map_err(refusal(&dirs.vault))?);
    Ok(())
}

/// Parameters of [`vault_recover`].
#[derive(Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct VaultRecoverParams {
    /// The recovery key as written down (case, spaces and dashes forgiven).
    #[ts(type = "string")]
    pub recovery_key: SecretString,
    /// The passphrase to set from now on.
    #[ts(type = "string")]
    pub new_passphrase: SecretString,
}

/// Opens the vault with its recovery key, sets a new passphrase, and leaves
/// it unlocked.
#[tauri::command]
pub async fn vault_recover(
    dirs: State<'_, AppDirs>,
    vault: State<'_, VaultState>,
    params: VaultRecoverParams,
) -> Result<(), UiError> {
    let recovered = Vault::recover(&dirs.vault, &params.recovery_key, &params.new_passphrase)
        .map_err(refusal(&dirs.vault))?;
    vault.unlock(recovered);
    Ok(())
}

/// Locks the vault now: its keys and decrypted records are wiped from
/// memory. Returns whether it was unlocked.
#[tauri::command]
pub fn vault_lock(vault: State<'_, VaultState>) -> bool {
    vault.lock()
}

/// How many records of one kind the vault holds.
#[derive(Debug, Serialize, ts_rs::TS)]
pub struct KindCount {
    /// The kind's name, as in Fluent selectors (`quote`, `session`...).
    pub kind: &'static str,
    pub count: u64,
}

/// Record counts by kind, for the open vault's overview.
#[tauri::command]
pub fn vault_contents(vault: State<'_, VaultState>) -> Result<Vec<KindCount>, UiError> {
    vault.with(|v| Ok::<_, VaultError>(counts(v)))
}

fn counts(vault: &Vault) -> Vec<KindCount> {
    vault
        .counts()
        .into_iter()
        .map(|(kind, count)| KindCount {
            kind: kind.name(),
            count: count as u64,
        })
        .collect()
}

/// A refused unlock or recovery, with `wait`: the seconds the next attempt
/// must wait after this failure, so the UI can show the delay before the
/// person tries again rather than after.
fn refusal(path: &Path) -> impl FnOnce(VaultError) -> UiError + '_ {
    move |e| {
        let failed = match &e {
            VaultError::WrongPassphrase { failed } => *failed,
            // Counted like a wrong passphrase, but the error does not carry
            // the count: the header does, and it was just written.
            VaultError::WrongRecoveryKey => Vault::info(path).map_or(0, |i| i.failed_attempts),
            _ => return e.into(),
        };
        UiError::from(e).with_arg("wait", delay_after(failed))
    }
}
