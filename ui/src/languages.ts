/**
 * Language names for pickers: each language named in itself ("Français",
 * "العربية"), the convention that lets someone find their language in a UI
 * they cannot read. Names come from `Intl.DisplayNames` (ICU in WebKit).
 *
 * @module
 */

/** The name of `lang` in `lang` itself, first letter capitalized where the script has case. */
export function languageName(lang: string): string {
  const name = new Intl.DisplayNames([lang], { type: "language" }).of(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}
