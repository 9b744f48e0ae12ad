/**
 * Fluent in the UI. The UI reads the very same `locales/<lang>/*.ftl` files
 * the Rust core embeds, so a message (including every `err-<code>` an error
 * can carry) is written once for the CLI, the reports and the screens.
 *
 * Plurals select through `PLURAL($n)` in the files (see src/i18n/plural.rs
 * for why); here `PLURAL` is backed by `Intl.PluralRules`, which in WebKit is
 * ICU and follows CLDR (the Rust side needs its own rules because
 * `intl_pluralrules` gets Arabic 103-199 wrong).
 *
 * @module
 */
import { FluentBundle, FluentNumber, FluentResource, type FluentVariable } from "@fluent/bundle";

/** Every Fluent file, keyed by its path, e.g. `../../locales/ar/ui.ftl`. */
const sources: Record<string, string> = import.meta.glob<string>("../../locales/*/*.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
});

/** The fallback language: every message exists in it. */
export const FALLBACK = "en";

/** Languages that have Fluent files, fallback first, in a stable order. */
export const LANGUAGES: readonly string[] = (() => {
  const found = new Set(Object.keys(sources).map((path) => path.split("/").at(-2) ?? ""));
  found.delete(FALLBACK);
  return [FALLBACK, ...[...found].filter(Boolean).sort()];
})();

/** The primary subtag of a BCP 47 or POSIX language tag (`ar-EG`, `fr_FR.UTF-8`). */
function primary(tag: string): string {
  return (tag.split(/[-_.]/)[0] ?? "").toLowerCase();
}

/**
 * The first requested language that Hearken ships (compared on the primary
 * subtag), else English. Mirrors `hearken::i18n::negotiate`.
 */
export function negotiate(requested: readonly string[]): string {
  for (const tag of requested) {
    const lang = primary(tag);
    if (LANGUAGES.includes(lang)) return lang;
  }
  return FALLBACK;
}

/** Whether a language is written right to left. */
export function isRtl(lang: string): boolean {
  return primary(lang) === "ar";
}

/** The CLDR cardinal plural category of `n` in `lang`. */
export function pluralCategory(lang: string, n: number): Intl.LDMLPluralRule {
  return new Intl.PluralRules(lang).select(n);
}

function bundleFor(lang: string): FluentBundle {
  const plurals = new Intl.PluralRules(lang);
  const bundle = new FluentBundle(lang, {
    // Keep isolation marks: screens mix Arabic with Latin codes and numbers.
    useIsolating: true,
    functions: {
      PLURAL: ([value]) => (value instanceof FluentNumber ? plurals.select(value.value) : "other"),
    },
  });
  const prefix = `../../locales/${lang}/`;
  for (const [path, source] of Object.entries(sources).sort()) {
    if (!path.startsWith(prefix)) continue;
    const errors = bundle.addResource(new FluentResource(source));
    // Parse errors and duplicate ids are caught by the locale checks in CI
    // (scripts/check_locales.py, the Rust tests); a screen still renders.
    if (errors.length > 0) console.warn(`${path}: ${errors.length} Fluent error(s)`);
  }
  return bundle;
}

/** Arguments of a message: only numbers and short codes, never participant text. */
export type MessageArgs = Record<string, string | number>;

/** Formats messages in one language, falling back to English. */
export class Translator {
  /** The negotiated language. */
  readonly lang: string;
  /** `rtl` or `ltr`, for the document's `dir`. */
  readonly dir: "rtl" | "ltr";
  readonly #bundles: FluentBundle[];

  constructor(lang: string) {
    this.lang = negotiate([lang]);
    this.dir = isRtl(this.lang) ? "rtl" : "ltr";
    this.#bundles = [bundleFor(this.lang)];
    if (this.lang !== FALLBACK) this.#bundles.push(bundleFor(FALLBACK));
  }

  /** Whether `id` exists in this language or the fallback. */
  has(id: string): boolean {
    return this.#bundles.some((b) => b.hasMessage(id));
  }

  /**
   * Formats message `id`. A missing id shows as the id itself, so a gap is
   * visible on screen and in the e2e screenshots instead of an empty label.
   */
  format(id: string, args?: MessageArgs): string {
    for (const bundle of this.#bundles) {
      const message = bundle.getMessage(id);
      if (message?.value) {
        const fargs: Record<string, FluentVariable> | undefined = args;
        // Collect errors (a missing argument renders as `{$name}`) rather
        // than throw: a flawed message must not take the screen down.
        const errors: Error[] = [];
        const text = bundle.formatPattern(message.value, fargs, errors);
        if (errors.length > 0) console.warn(`${this.lang} ${id}: ${errors.map(String).join("; ")}`);
        return text;
      }
    }
    return id;
  }

  /** A percentage such as a text size (`150` → "150%", "١٥٠٪" in Arabic). */
  percent(value: number): string {
    return new Intl.NumberFormat(this.lang, { style: "percent" }).format(value / 100);
  }

  /** `err-<code>` and, when it exists, `rec-<code>`: what happened and what to do. */
  explain(code: string, args?: MessageArgs): { what: string; todo: string | null } {
    const rec = `rec-${code}`;
    return { what: this.format(`err-${code}`, args), todo: this.has(rec) ? this.format(rec, args) : null };
  }
}
