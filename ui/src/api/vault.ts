/**
 * The vault: create, unlock, recover, lock, change the passphrase, wipe (`commands/vault.rs`, `commands/vault_care.rs`).
 *
 * @module
 */
import { call } from "./call";
import type { KindCount, VaultChangePassphraseParams, VaultCreateParams, VaultRecoverParams, VaultStatus, VaultUnlockParams } from "./generated-shell";

/** Whether a vault exists and whether it is unlocked. */
export function vaultStatus(): Promise<VaultStatus> {
  return call<VaultStatus>("vault_status");
}

/**
 * Creates the vault (left unlocked) and resolves to its recovery key: the
 * only time it is ever given. Rejects with `vault-short-passphrase` (args
 * `min`) or `vault-exists`.
 */
export function createVault(passphrase: string): Promise<{ recoveryKey: string }> {
  return call<{ recoveryKey: string }>("vault_create", { params: { passphrase } satisfies VaultCreateParams });
}

/**
 * Unlocks the vault. A wrong passphrase rejects with
 * `vault-wrong-passphrase` (args `failed`, and `wait`: seconds before the
 * next try may start); a try during the wait rejects with `vault-delayed`
 * (args `seconds`).
 */
export function unlockVault(passphrase: string): Promise<void> {
  return call<void>("vault_unlock", { params: { passphrase } satisfies VaultUnlockParams });
}

/**
 * Opens the vault with its recovery key and sets `newPassphrase`. Rejects
 * with `vault-malformed-recovery`, `vault-wrong-recovery` (args `wait`),
 * `vault-delayed` or `vault-short-passphrase`.
 */
export function recoverVault(recoveryKey: string, newPassphrase: string): Promise<void> {
  return call<void>("vault_recover", { params: { recoveryKey, newPassphrase } satisfies VaultRecoverParams });
}

/** Locks the vault now (keys wiped from memory); resolves to whether it was unlocked. */
export function lockVault(): Promise<boolean> {
  return call<boolean>("vault_lock");
}

/** Record counts by kind; rejects with `app-locked` when the vault is locked. */
export function vaultContents(): Promise<KindCount[]> {
  return call<KindCount[]>("vault_contents");
}

/** Sets a new passphrase on the unlocked vault. Rejects with `vault-short-passphrase` or `app-locked`. */
export function changePassphrase(newPassphrase: string): Promise<void> {
  return call<void>("vault_change_passphrase", { params: { newPassphrase } satisfies VaultChangePassphraseParams });
}

/** Destroys the vault for good (keys erased, files deleted); the app is then at first start. */
export function wipeVault(): Promise<void> {
  return call<void>("vault_wipe");
}
