/**
 * Interface preferences and what the app can do (`src-tauri/src/commands/settings.rs`).
 *
 * @module
 */
import { call } from "./call";

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
