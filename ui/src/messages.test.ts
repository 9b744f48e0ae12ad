// Every message a screen names is in the English files (the fallback every
// other language falls back to), so no screen shows a bare message id. Ids
// built at run time are checked by family: every value the code can put in
// them has its message.
import { describe, expect, test } from "vitest";
import { Translator } from "./i18n";
import type { Answer, FollowUpOutput, Mechanism, Question, Response } from "./api";
import { TRACK_STATES } from "./screens/coordinator/tracking";

const sources = import.meta.glob<string>(["./**/*.svelte", "./**/*.ts", "!./**/*.test.ts", "!./api/generated*.ts"], {
  query: "?raw",
  import: "default",
  eager: true,
});

const en = new Translator("en");

/** Literal ids passed to `t(...)`, `*.format(...)`, `message="..."` and `title: "..."`. */
function literalIds(source: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /\bt\(\s*"([a-z][a-z0-9-]*)"/g,
    /\.format\(\s*"([a-z][a-z0-9-]*)"/g,
    /\bmessage="([a-z][a-z0-9-]*)"/g,
    /\btitle: "([a-z][a-z0-9-]*)"/g,
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) if (m[1]) found.add(m[1]);
  return [...found];
}

describe("message ids", () => {
  test("every id a screen names literally exists in English", () => {
    const missing: string[] = [];
    let checked = 0;
    for (const [path, source] of Object.entries(sources)) {
      for (const id of literalIds(source)) {
        checked += 1;
        if (!en.has(id)) missing.push(`${path}: ${id}`);
      }
    }
    expect(missing).toEqual([]);
    // The scan really reads the screens (guards against a glob that matches nothing).
    expect(checked).toBeGreaterThan(300);
  });

  test("the follow-up's ids built at run time exist for every value", () => {
    const mechanisms: Mechanism[] = ["upr", "treaty"];
    const responses: Response[] = ["supported", "noted"];
    const questions: Question[] = ["felt_safe", "own_language", "accessible", "again"];
    const answers: Answer[] = ["yes", "partly", "no", "unanswered"];
    const outputs: FollowUpOutput[] = ["review", "dashboard", "open-data-csv", "open-data-json", "update"];
    const ids = [
      ...TRACK_STATES.map((s) => `state-${s.replaceAll("_", "-")}`),
      ...mechanisms.map((m) => `mechanism-${m}`),
      "mechanism-community",
      ...responses.map((r) => `response-${r}`),
      ...questions.map((q) => `question-${q.replaceAll("_", "-")}`),
      ...answers.map((a) => `answer-${a}`),
      ...outputs.map((o) => `coord-track-write-${o}`),
    ];
    const missing = ids.filter((id) => !en.has(id));
    expect(missing).toEqual([]);
  });
});
