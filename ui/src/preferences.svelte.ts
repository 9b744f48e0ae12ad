/**
 * The interface preferences as the whole UI sees them, reactive: the saved
 * settings, the app's bounds, and the {@link Translator} they select.
 *
 * Language: `null` in the saved settings means "follow the system", i.e. the
 * webview's `navigator.languages` (the OS language at first start); a saved
 * language wins from then on.
 *
 * @module
 */
import { appInfo, CommandError, getSettings, saveSettings, type AppInfo, type Settings } from "./api";
import { negotiate, Translator, type MessageArgs } from "./i18n";

/**
 * What the screens show when the shell cannot give the saved settings (a
 * damaged file): the same values as `Settings::default()` in the core.
 */
const UNSAVED_DEFAULTS: Settings = {
  language: null,
  textSizePercent: 100,
  highContrast: false,
  autoLockMinutes: 5,
};

/** The operating system's language, as far as Hearken ships it. */
export function systemLanguage(): string {
  return negotiate(navigator.languages ?? [navigator.language]);
}

class Preferences {
  /** The settings as last saved (or the defaults). */
  saved: Settings = $state({ ...UNSAVED_DEFAULTS });
  /** Version, languages and bounds; `null` until loaded. */
  info: AppInfo | null = $state(null);
  /** Why the saved settings could not be read, if they could not. */
  loadError: CommandError | null = $state(null);
  /** Formats messages in the current language. */
  translator: Translator = $state.raw(new Translator(systemLanguage()));

  /** Reads the app info and the saved settings; call once at start. */
  async load(): Promise<void> {
    const [info, settings] = await Promise.allSettled([appInfo(), getSettings()]);
    if (info.status === "fulfilled") this.info = info.value;
    if (settings.status === "fulfilled") this.#apply(settings.value);
    else this.loadError = asCommandError(settings.reason);
  }

  /**
   * Saves `next`; on success it becomes the current settings. On refusal
   * nothing changes and the error is returned for the screen to show.
   */
  async save(next: Settings): Promise<CommandError | null> {
    try {
      this.#apply(await saveSettings(next));
      this.loadError = null;
      return null;
    } catch (e) {
      return asCommandError(e);
    }
  }

  #apply(settings: Settings): void {
    this.saved = settings;
    const lang = settings.language ?? systemLanguage();
    if (lang !== this.translator.lang) this.translator = new Translator(lang);
  }
}

function asCommandError(e: unknown): CommandError {
  return e instanceof CommandError ? e : new CommandError("app-unexpected");
}

/** The one instance the UI shares. */
export const preferences = new Preferences();

/** Formats message `id` in the current language (reactive in templates). */
export function t(id: string, args?: MessageArgs): string {
  return preferences.translator.format(id, args);
}
