/**
 * The UI's only door to the Rust shell: one typed wrapper per command in
 * `src-tauri/src/commands.rs`. No other module calls `invoke`.
 *
 * Every command rejects with a {@link CommandError} carrying a Fluent code
 * and arguments, never text: screens render it with `Translator.explain`.
 *
 * @module
 */
import { invoke } from "@tauri-apps/api/core";

/** The person's interface preferences (`hearken::settings::Settings`). */
export interface Settings {
  /** Interface language code, or `null` to follow the operating system. */
  language: string | null;
  /** Text size in percent of the default. */
  textSizePercent: number;
  /** High-contrast theme. */
  highContrast: boolean;
  /** Minutes of inactivity before the vault locks. */
  autoLockMinutes: number;
}

/** An inclusive range of allowed values. */
export interface Bounds {
  min: number;
  max: number;
}

/** The app's version, languages and the bounds of each setting. */
export interface AppInfo {
  version: string;
  /** Shipped interface languages, English first. */
  languages: string[];
  textSizePercent: Bounds;
  autoLockMinutes: Bounds;
  /** The shortest passphrase a vault accepts. */
  minPassphraseChars: number;
}

/** Arguments of an error message: numbers and short codes only. */
export type ErrorArgs = Record<string, string | number>;

/**
 * A refused or failed command, as the shell reports it: render `err-<code>`
 * and `rec-<code>` through Fluent.
 */
export class CommandError extends Error {
  constructor(
    readonly code: string,
    readonly args: ErrorArgs = {},
  ) {
    super(code);
    this.name = "CommandError";
  }
}

function isErrorMessage(value: unknown): value is { code: string; args?: ErrorArgs } {
  return typeof value === "object" && value !== null && typeof (value as { code?: unknown }).code === "string";
}

/**
 * Invokes `command`, turning any rejection into a {@link CommandError}. A
 * rejection that is not `{ code, args }` (a command missing from the
 * capabilities, a shell bug) becomes `app-unexpected`, so no raw Rust text
 * reaches the screen.
 */
async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    if (isErrorMessage(e)) throw new CommandError(e.code, e.args ?? {});
    console.error(`${command} failed`, e);
    throw new CommandError("app-unexpected");
  }
}

/** The app's version, shipped languages and settings bounds. */
export function appInfo(): Promise<AppInfo> {
  return call<AppInfo>("app_info");
}

/** The saved preferences; the defaults on first start. Rejects if the file is damaged. */
export function getSettings(): Promise<Settings> {
  return call<Settings>("settings_get");
}

/**
 * Validates and saves the preferences; resolves to what was saved. A value
 * out of range rejects (e.g. `settings-text-size-range`) and saves nothing.
 */
export function saveSettings(settings: Settings): Promise<Settings> {
  return call<Settings>("settings_set", { params: { settings } });
}

/** Which vault screen applies. */
export interface VaultStatus {
  /** A vault file exists. */
  exists: boolean;
  /** It is unlocked in this app. */
  unlocked: boolean;
}

/** How many records of one kind the vault holds (`kind` as in Fluent selectors). */
export interface KindCount {
  kind: string;
  count: number;
}

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
  return call<{ recoveryKey: string }>("vault_create", { params: { passphrase } });
}

/**
 * Unlocks the vault. A wrong passphrase rejects with
 * `vault-wrong-passphrase` (args `failed`, and `wait`: seconds before the
 * next try may start); a try during the wait rejects with `vault-delayed`
 * (args `seconds`).
 */
export function unlockVault(passphrase: string): Promise<void> {
  return call<void>("vault_unlock", { params: { passphrase } });
}

/**
 * Opens the vault with its recovery key and sets `newPassphrase`. Rejects
 * with `vault-malformed-recovery`, `vault-wrong-recovery` (args `wait`),
 * `vault-delayed` or `vault-short-passphrase`.
 */
export function recoverVault(recoveryKey: string, newPassphrase: string): Promise<void> {
  return call<void>("vault_recover", { params: { recoveryKey, newPassphrase } });
}

/** Locks the vault now (keys wiped from memory); resolves to whether it was unlocked. */
export function lockVault(): Promise<boolean> {
  return call<boolean>("vault_lock");
}

/** Record counts by kind; rejects with `app-locked` when the vault is locked. */
export function vaultContents(): Promise<KindCount[]> {
  return call<KindCount[]>("vault_contents");
}
