/**
 * Interface preferences and what the app can do (`src-tauri/src/commands/settings.rs`).
 *
 * @module
 */
import { call } from "./call";
import type { Settings } from "./generated";
import type { AppInfo, SettingsSetParams } from "./generated-shell";


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
  return call<Settings>("settings_set", { params: { settings } satisfies SettingsSetParams });
}
