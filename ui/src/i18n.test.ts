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

/** Ids of messages that call PLURAL on a variable, with that variable's name. */
function pluralMessages(lang: string): { id: string; variable: string }[] {
  const found: { id: string; variable: string }[] = [];
  for (const [path, src] of Object.entries(sources)) {
    if (!path.includes(`/locales/${lang}/`)) continue;
    const resource = new FluentResource(src);
    for (const match of src.matchAll(/^([a-z][\w-]*)\s*=[^]*?PLURAL\(\$(\w+)\)/gm)) {
      const [, id, variable] = match;
      if (id && variable && resource.body.some((m) => m.id === id)) found.push({ id, variable });
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
    for (const { id, variable } of messages) {
      const pattern = oracle.getMessage(id)?.value;
      if (!pattern) throw new Error(`${id} has no value`);
      const seen = new Set<string>();
      for (let n = 0; n <= 200; n++) {
        const expected = oracle.formatPattern(pattern, { [variable]: n });
        seen.add(expected);
        expect([id, n, ui.format(id, { [variable]: n })]).toEqual([id, n, expected]);
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
  test("every language formats every UI message without falling back to the id", () => {
    const ids = pluralFreeUiIds();
    for (const lang of LANGUAGES) {
      const tr = new Translator(lang);
      for (const id of ids) expect([lang, tr.format(id, { min: 1, max: 2, language: "x" })]).not.toEqual([lang, id]);
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

function pluralFreeUiIds(): string[] {
  const src = sources["../../locales/en/ui.ftl"];
  if (!src) throw new Error("locales/en/ui.ftl is missing");
  return new FluentResource(src).body.map((m) => m.id);
}

