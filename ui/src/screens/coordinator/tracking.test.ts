// The Tracking screen's filters and labels: the same recommendations as the
// core's `Tracking::filter`, and the mechanism line the progress review and
// the CLI print, from the real English Fluent files.
import { describe, expect, test } from "vitest";
import type { Tracked } from "../../api";
import { Translator } from "../../i18n";
import { TRACK_STATES, choices, filterTracked, mechanismLine, noTrackingFilter, opening, stateLabel } from "./tracking";

const en = new Translator("en");
const format = en.format.bind(en);

function tracked(over: Partial<Tracked>): Tracked {
  return {
    id: "00000000000000000000000000000000",
    kind: "official",
    code: "153.42",
    mechanism: "upr",
    source: "UPR cycle 3",
    text: "Guarantee access to safe drinking water.",
    language: "",
    response: "supported",
    recommendingState: "Spain",
    articles: ["ICESCR art. 11"],
    themes: ["water.access"],
    body: "Ministry of Water Resources",
    state: "partially_implemented",
    since: "2026-09-04",
    nextReview: "2027-09-04",
    due: false,
    history: [],
    links: [],
    shareable: true,
    quotes: [],
    ...over,
  };
}

const upr = tracked({ id: "a".repeat(32) });
const treaty = tracked({
  id: "b".repeat(32),
  code: "CEDAW/C/ARC/CO/8 para 37",
  mechanism: "treaty",
  source: "CEDAW/C/ARC/CO/8",
  response: null,
  recommendingState: "",
  articles: ["CEDAW art. 14"],
  themes: [],
  body: "",
  state: "no_information",
  since: null,
  due: true,
});
const community = tracked({
  id: "c".repeat(32),
  kind: "community",
  code: "08fba4461a4c",
  mechanism: null,
  source: "Capital District",
  language: "en",
  response: null,
  recommendingState: "",
  articles: [],
  themes: ["justice.accessibility", "water.access"],
  body: "Municipal council",
  state: "in_progress",
});
const all = [upr, treaty, community];
const ids = (items: Tracked[]) => items.map((i) => i.code);

describe("filters, as the core's Tracking::filter", () => {
  test("no filter keeps everything, in order", () => {
    expect(ids(filterTracked(all, noTrackingFilter()))).toEqual(ids(all));
  });

  test("each filter narrows on its own field", () => {
    const f = noTrackingFilter;
    expect(ids(filterTracked(all, { ...f(), mechanism: "treaty" }))).toEqual([treaty.code]);
    expect(ids(filterTracked(all, { ...f(), kind: "community" }))).toEqual([community.code]);
    expect(ids(filterTracked(all, { ...f(), body: "" }))).toEqual([treaty.code]);
    expect(ids(filterTracked(all, { ...f(), state: "in_progress" }))).toEqual([community.code]);
    expect(ids(filterTracked(all, { ...f(), theme: "water.access" }))).toEqual([upr.code, community.code]);
    expect(ids(filterTracked(all, { ...f(), article: "CEDAW art. 14" }))).toEqual([treaty.code]);
    expect(ids(filterTracked(all, { ...f(), due: true }))).toEqual([treaty.code]);
  });

  test("filters combine: every one must pass", () => {
    expect(filterTracked(all, { ...noTrackingFilter(), theme: "water.access", state: "in_progress", mechanism: "upr" })).toEqual([]);
  });

  test("a filter's choices are the values present, once each, sorted", () => {
    expect(choices(all, (i) => i.themes)).toEqual(["justice.accessibility", "water.access"]);
    expect(choices(all, (i) => [i.body])).toEqual(["", "Ministry of Water Resources", "Municipal council"]);
  });
});

describe("labels shared with the progress review", () => {
  test("the mechanism line names mechanism, source, recommending State and response", () => {
    const plain = (s: string) => s.replace(/[\u2068\u2069]/g, "");
    expect(plain(mechanismLine(format, upr))).toBe("UPR · UPR cycle 3 · recommended by Spain · Supported");
    expect(plain(mechanismLine(format, treaty))).toBe("Treaty body · CEDAW/C/ARC/CO/8");
    expect(mechanismLine(format, community)).toBe("Community recommendation");
  });

  test("every state has a label", () => {
    for (const s of TRACK_STATES) expect(stateLabel(format, s)).not.toMatch(/^state-/);
    expect(stateLabel(format, "partially_implemented")).toBe("Partially implemented");
  });

  test("an opening is cut on a character, never inside one", () => {
    expect(opening("short")).toBe("short");
    const long = "😀".repeat(100);
    expect([...opening(long, 10)]).toHaveLength(11);
  });
});
