// The UI's Fluent layer against the real locale files (the ones the Rust
// core embeds). Runs under Node's ICU, the same CLDR data WebKit uses.
import { FluentBundle, FluentNumber, FluentResource } from "@fluent/bundle";
import { describe, expect, test } from "vitest";
import { FALLBACK, LANGUAGES, Translator, isRtl, negotiate, pluralCategory } from "./i18n";

const sources = import.meta.glob<string>("../../locales/*/*.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
});

/** CLDR 46 Arabic cardinal rule, written out from plurals.xml as the oracle. */
function cldrArabic(n: number): string {
  const m = n % 100;
  if (n === 0) return "zero";
  if (n === 1) return "one";
  if (n === 2) return "two";
  if (m >= 3 && m <= 10) return "few";
  if (m >= 11 && m <= 99) return "many";
  return "other";
}

/** The Arabic files in a bundle whose PLURAL is the CLDR oracle above. */
function oracleBundle(): FluentBundle {
  const bundle = new FluentBundle("ar", {
    functions: { PLURAL: ([v]) => (v instanceof FluentNumber ? cldrArabic(v.value) : "other") },
  });
  for (const [path, src] of Object.entries(sources).sort()) {
    if (path.includes("/locales/ar/")) bundle.addResource(new FluentResource(src));
  }
  return bundle;
}

type Node = { type?: string; name?: string; args?: unknown[]; selector?: unknown; variants?: { value: unknown }[]; value?: unknown };

/** Variables a pattern refers to, and those it passes to PLURAL. */
function variables(pattern: unknown, found = { all: new Set<string>(), plural: new Set<string>() }) {
  if (Array.isArray(pattern)) {
    for (const part of pattern) variables(part, found);
    return found;
  }
  const node = pattern as Node | string | null;
  if (!node || typeof node !== "object") return found;
  if (node.type === "var" && node.name) found.all.add(node.name);
  if (node.type === "func" && node.name === "PLURAL") {
    for (const arg of node.args ?? []) if ((arg as Node).type === "var") found.plural.add((arg as Node).name!);
  }
  for (const arg of node.args ?? []) variables(arg, found);
  if (node.selector) variables(node.selector, found);
  for (const v of node.variants ?? []) variables(v.value, found);
  if (node.type === "narg") variables(node.value, found);
  return found;
}

/** Messages that call PLURAL on a variable, with every variable they use. */
function pluralMessages(lang: string): { id: string; plural: string[]; others: string[] }[] {
  const found: { id: string; plural: string[]; others: string[] }[] = [];
  for (const [path, src] of Object.entries(sources)) {
    if (!path.includes(`/locales/${lang}/`)) continue;
    for (const message of new FluentResource(src).body) {
      if (message.id.startsWith("-")) continue;
      const { all, plural } = variables(message.value);
      if (plural.size > 0) found.push({ id: message.id, plural: [...plural], others: [...all].filter((v) => !plural.has(v)) });
    }
  }
  return found;
}

describe("PLURAL in the UI", () => {
  test("Intl.PluralRules agrees with CLDR's Arabic rule for 0..200", () => {
    for (let n = 0; n <= 200; n++) expect([n, pluralCategory("ar", n)]).toEqual([n, cldrArabic(n)]);
  });

  test("every Arabic plural message picks the CLDR variant for 0..200", () => {
    const messages = pluralMessages("ar");
    expect(messages.map((m) => m.id)).toContain("count-quotes");
    const ui = new Translator("ar");
    const oracle = oracleBundle();
    for (const { id, plural, others } of messages) {
      const pattern = oracle.getMessage(id)?.value;
      if (!pattern) throw new Error(`${id} has no value`);
      const seen = new Set<string>();
      for (let n = 0; n <= 200; n++) {
        const args: Record<string, string | number> = Object.fromEntries([
          ...others.map((v) => [v, "x"]),
          ...plural.map((v) => [v, n]),
        ]);
        const expected = oracle.formatPattern(pattern, args);
        seen.add(expected);
        expect([id, n, ui.format(id, args)]).toEqual([id, n, expected]);
      }
      // The select really depends on n (guards against PLURAL being ignored).
      expect(seen.size).toBeGreaterThan(3);
    }
  });

  test("a number past 100 takes the form of its last two digits in Arabic", () => {
    const ar = new Translator("ar");
    const words = (n: number) => ar.format("count-quotes", { n }).replace(/[\d\u0660-\u0669\u2068\u2069\u066c,]/g, "");
    expect(words(105)).toBe(words(5));
    expect(words(150)).toBe(words(50));
    expect(words(100)).toBe(words(1000));
    expect(words(105)).not.toBe(words(100));
  });
});

describe("negotiation and direction", () => {
  test("the first shipped language wins, on the primary subtag", () => {
    expect(negotiate(["de-DE", "fr-CA", "en"])).toBe("fr");
    expect(negotiate(["ar_EG.UTF-8"])).toBe("ar");
    expect(negotiate(["de"])).toBe(FALLBACK);
    expect(negotiate([])).toBe(FALLBACK);
  });

  test("the UI ships exactly the core's five languages, English first", () => {
    expect(LANGUAGES).toEqual(["en", "ar", "es", "fr", "ru"]);
  });

  test("only Arabic is right to left", () => {
    expect(LANGUAGES.filter(isRtl)).toEqual(["ar"]);
    expect(new Translator("ar-SA").dir).toBe("rtl");
    expect(new Translator("ru").dir).toBe("ltr");
  });
});

describe("messages and errors", () => {
  test("every language formats every UI message, all arguments filled in", () => {
    const src = sources["../../locales/en/ui.ftl"];
    if (!src) throw new Error("locales/en/ui.ftl is missing");
    const messages = new FluentResource(src).body;
    expect(messages.length).toBeGreaterThan(40);
    for (const lang of LANGUAGES) {
      const tr = new Translator(lang);
      for (const { id, value } of messages) {
        const args = Object.fromEntries([...variables(value).all].map((v) => [v, 3]));
        const text = tr.format(id, args);
        expect([lang, id, text === id || text.includes("{")]).toEqual([lang, id, false]);
      }
    }
  });

  test("an error code renders what happened and what to do, with its arguments", () => {
    const fr = new Translator("fr");
    const { what, todo } = fr.explain("settings-auto-lock-range", { min: 1, max: 120 });
    expect(what).toContain("120");
    expect(what).toContain("minutes");
    expect(todo).toContain("Rien n’a été modifié");
    expect(fr.explain("settings-text-size-range", { min: 100, max: 200 }).todo).toBeNull();
  });

  test("percentages follow the language's conventions", () => {
    expect(new Translator("en").percent(150)).toBe("150%");
    expect(new Translator("fr").percent(200)).toMatch(/^200\s%$/);
    // Latin or Arabic-Indic digits depending on the ICU's CLDR version.
    expect(new Translator("ar").percent(200)).toMatch(/(200|٢٠٠).*[%٪]/u);
  });

  test("a missing message shows its id rather than nothing", () => {
    expect(new Translator("es").format("ui-no-such-message")).toBe("ui-no-such-message");
  });
});
