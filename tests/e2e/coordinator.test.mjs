// The coordinator's day, through the real app: bundles made by the real CLI
// (a known facilitator, an unknown one, a bundle imported before and a
// corrupted file) are imported; the unknown device is approved after its
// fingerprint is compared, which merges its held bundle; the dashboard shows
// the numbers `hearken synthesis --json` gives for the same vault; the theme
// explorer shows a theme's quotes; the report builder saves the CSV the CLI
// would write. Then the same screens once more in Arabic.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import {
  appSession,
  assertNothingClipped,
  inspectScreen,
  interactiveControls,
  openScreen,
  ROOT,
  settle,
  tabOrder,
  unlock,
} from "./harness.mjs";

const CLI = process.env.HEARKEN_CLI ?? path.join(ROOT, "target/debug/hearken");
const PASSPHRASE = "coordinator of the river basin dialogues";

/** Runs the CLI on `vault` (relative to `work`, which holds the passphrase file); with `json`, parses its `--json` output. */
function hearken(work, vault, args, { json = false } = {}) {
  const out = execFileSync(CLI, [...(json ? ["--json"] : []), ...args], {
    env: { ...process.env, HEARKEN_VAULT: path.resolve(work, vault), HEARKEN_PASSPHRASE_FILE: path.join(work, "passphrase") },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  return json ? JSON.parse(out) : out;
}

/**
 * Redacts the identifying details the demo plants in `session` (the export
 * refuses a session that still holds any), then exports it to `out`.
 */
function exportSession(work, vault, session, out) {
  for (const q of hearken(work, vault, ["quote", "list", "--session", session], { json: true })) {
    if (hearken(work, vault, ["quote", "check", q.id], { json: true }).length > 0) hearken(work, vault, ["quote", "redact", q.id]);
  }
  hearken(work, vault, ["export", "--session", session, "--out", path.join(work, out)]);
}

/** A facilitator vault with the demo sessions of the kit's engagement. */
function facilitator(work, vault, engagement) {
  hearken(work, vault, ["init", "--recovery-key-out", path.join(work, `${vault}.recovery`)]);
  hearken(work, vault, ["kit", "import", path.join(work, "demo.hearken-kit"), "--yes"]);
  hearken(work, vault, ["demo", "--into", engagement]);
  return hearken(work, vault, ["session", "list"], { json: true }).map((s) => s.id);
}

let fixture;
/**
 * Made once for both passes: a coordinator vault with the demo engagement
 * that already knows facilitator A (imported A's first bundle with the CLI),
 * and the files to import in the app.
 */
function buildFixture() {
  if (fixture) return fixture;
  const work = mkdtempSync(path.join(tmpdir(), "hearken-coord-e2e-"));
  writeFileSync(path.join(work, "passphrase"), `${PASSPHRASE}\n`);
  hearken(work, "coord.hearken", ["init", "--recovery-key-out", path.join(work, "coord.recovery")]);
  const { engagement } = hearken(work, "coord.hearken", ["demo", "--engagement-only"], { json: true });
  hearken(work, "coord.hearken", ["kit", "create", "--engagement", engagement, "--out", path.join(work, "demo.hearken-kit")]);

  const a = facilitator(work, "a.hearken", engagement);
  exportSession(work, "a.hearken", a[0], "eastgate-1.hearken-bundle");
  exportSession(work, "a.hearken", a[1], "eastgate-2.hearken-bundle");
  hearken(work, "coord.hearken", ["import", "--approve-new-keys", path.join(work, "eastgate-1.hearken-bundle")]);

  const b = facilitator(work, "b.hearken", engagement);
  exportSession(work, "b.hearken", b[2], "northgate-1.hearken-bundle");
  const bKey = hearken(work, "b.hearken", ["identity"], { json: true });

  // A bundle damaged in transit: bytes flipped in the middle.
  const damaged = Buffer.from(readFileSync(path.join(work, "eastgate-2.hearken-bundle")));
  for (let i = 0; i < 64; i++) damaged[Math.floor(damaged.length / 2) + i] ^= 0xff;
  writeFileSync(path.join(work, "damaged.hearken-bundle"), damaged);

  copyFileSync(path.join(work, "coord.hearken"), path.join(work, "coord-before-import.hearken"));
  fixture = { work, bKeyId: bKey.keyId, bFingerprint: bKey.fingerprint };
  return fixture;
}

after(() => {
  if (fixture) rmSync(fixture.work, { recursive: true, force: true });
});

/** The app's profile starts with the prepared coordinator vault. */
function plantVault(profile) {
  const f = buildFixture();
  copyFileSync(path.join(f.work, "coord-before-import.hearken"), path.join(profile.data, "vault.hearken"));
}

const IMPORTS = ["eastgate-2.hearken-bundle", "eastgate-1.hearken-bundle", "northgate-1.hearken-bundle", "damaged.hearken-bundle"];


/** Types the bundle paths and imports them; resolves when the summary is shown. */
async function importAll(browser) {
  await openScreen(browser, "coord-import");
  const field = await browser.$("#coord-import-paths");
  await field.click();
  for (const file of IMPORTS) {
    await field.addValue(path.join(fixture.work, file));
    await browser.keys("Enter");
  }
  await (await browser.$("#coord-import-submit")).click();
  await (await browser.$("#coord-import-summary tbody tr")).waitForExist({ timeout: 20000 });
  await (await browser.$('[data-import-progress="done"]')).waitForExist({ timeout: 5000 });
}

/** `{ file: outcome }` (and the reason code of rejected files) from a summary table. */
async function outcomes(browser, table) {
  return browser.execute(
    (sel) =>
      Object.fromEntries(
        [...document.querySelectorAll(`${sel} tbody tr`)].map((tr) => [tr.dataset.file, tr.dataset.outcome + (tr.dataset.reason ? `:${tr.dataset.reason}` : "")]),
      ),
    table,
  );
}

async function approveB(browser) {
  const button = await browser.$(`[data-approve="${fixture.bKeyId}"]`);
  await button.waitForExist({ timeout: 5000 });
  await button.click();
  await (await browser.$("#coord-approve-summary tbody tr")).waitForExist({ timeout: 20000 });
}

/** Cells of a chart table: `{ key: [value, note] }`. */
async function chartRows(browser, id) {
  return browser.execute(
    (chart) =>
      Object.fromEntries(
        [...document.querySelectorAll(`[data-chart="${chart}"] tbody tr`)].map((tr) => [
          tr.dataset.key,
          [Number(tr.dataset.value), (tr.querySelectorAll("td")[2]?.textContent ?? "").replace(/[\u2068\u2069]/g, "").trim()],
        ]),
      ),
    id,
  );
}

/** A count as the dashboard must show it in English (the synthesis's `Shown`). */
function shown(s) {
  return s.shown === "exact" ? String(s.value) : s.shown === "below" ? `<${s.value}` : "x";
}

/** The vault the app has open (the CLI reads it alongside). */
const appVault = (app) => path.join(app.profile.data, "vault.hearken");

const plain = (text) => text.replace(/[\u2068\u2069]/g, "").trim();

describe("the coordinator's screens, in English", () => {
  const app = appSession({ locale: "en_US.UTF-8", prepare: plantVault });
  let synthesis;

  test("importing shows what became of each file, naming the rejected one with a translated reason", async () => {
    await unlock(app.browser, PASSPHRASE);
    await importAll(app.browser);
    const got = await outcomes(app.browser, "#coord-import-summary");
    const reason = got["damaged.hearken-bundle"]?.replace(/^rejected:/, "") ?? "";
    assert.deepEqual(got, {
      "eastgate-2.hearken-bundle": "imported",
      "eastgate-1.hearken-bundle": "alreadyHad",
      "northgate-1.hearken-bundle": "quarantined",
      "damaged.hearken-bundle": `rejected:${reason}`,
    });
    assert.ok(reason && !reason.startsWith("app-"), `the core's reason: ${reason}`);
    const rejected = plain(await (await app.browser.$('[data-file="damaged.hearken-bundle"] td:last-child')).getText());
    assert.ok(rejected.length > 10 && !rejected.startsWith("err-"), `untranslated reason: ${rejected}`);
    assert.match(plain(await (await app.browser.$("#coord-import-summary caption")).getText()), /Imported: 1\. Already had: 1\. Held in quarantine: 1\. Rejected: 1\./);
    await inspectScreen(app.browser, "coordinator-import-en");
  });

  test("the unknown device waits with its fingerprint; approving it merges its held bundle", async () => {
    const row = await app.browser.$(`[data-device="${fixture.bKeyId}"]`);
    assert.equal(await row.getAttribute("data-status"), "quarantined");
    assert.equal(plain(await (await row.$(".fingerprint")).getText()), fixture.bFingerprint);
    await approveB(app.browser);
    assert.deepEqual(await outcomes(app.browser, "#coord-approve-summary"), { "northgate-1.hearken-bundle": "imported" });
    await app.browser.waitUntil(async () => (await row.getAttribute("data-status")) === "approved", { timeout: 5000 });
    await inspectScreen(app.browser, "coordinator-roster-en", { show: "#coord-approve-summary" });
  });

  test("the dashboard shows the numbers `hearken synthesis` gives for the same vault", async () => {
    synthesis = hearken(fixture.work, appVault(app), ["synthesis"], { json: true });
    await openScreen(app.browser, "coord-dashboard");
    await (await app.browser.$('[data-number="sessions"]')).waitForExist({ timeout: 10000 });
    const number = async (n) => plain(await (await app.browser.$(`#coord-reach [data-number="${n}"]`)).getText());
    assert.equal(synthesis.reach.sessions, 3);
    assert.equal(await number("sessions"), String(synthesis.reach.sessions));
    assert.equal(await number("quotes"), String(synthesis.reach.quotes));
    assert.equal(await number("participants"), shown(synthesis.reach.participants));
    for (const [dim, id] of [["regions", "coord-coverage-regions"], ["languages", "coord-coverage-languages"], ["groups", "coord-coverage-groups"]]) {
      const expected = Object.fromEntries(synthesis.coverage[dim].cells.map((c) => [c.key, [c.sessions, shown(c.people)]]));
      assert.deepEqual(await chartRows(app.browser, id), expected, dim);
    }
    const themes = await chartRows(app.browser, "coord-theme-frequencies");
    assert.deepEqual(
      Object.fromEntries(Object.entries(themes).map(([k, [v]]) => [k, v])),
      Object.fromEntries(synthesis.themes.map((t) => [t.code, t.quotes])),
    );
    const gaps = await app.browser.execute(() => [...document.querySelectorAll("[data-gap-region]")].map((li) => li.dataset.gapRegion));
    assert.deepEqual(gaps, synthesis.gaps.regions);
    await inspectScreen(app.browser, "coordinator-dashboard-en");
    await inspectScreen(app.browser, "coordinator-coverage-en", { show: "#coord-coverage-languages" });
    await inspectScreen(app.browser, "coordinator-dashboard-themes-en", { show: "#coord-theme-frequencies" });
  });

  test("a filter by region recomputes the numbers; a malformed date is refused with a translated error", async () => {
    const region = synthesis.coverage.regions.cells[0].key;
    const filtered = hearken(fixture.work, appVault(app), ["synthesis", "--region", region], { json: true });
    await (await app.browser.$("#coord-dashboard-region")).selectByAttribute("value", region);
    await (await app.browser.$("#coord-dashboard-apply")).click();
    const sessions = await app.browser.$('#coord-reach [data-number="sessions"]');
    await app.browser.waitUntil(async () => plain(await sessions.getText()) === String(filtered.reach.sessions), { timeout: 10000 });
    assert.equal(plain(await (await app.browser.$('#coord-reach [data-number="quotes"]')).getText()), String(filtered.reach.quotes));

    await (await app.browser.$("#coord-dashboard-from")).setValue("2026-13-45");
    await (await app.browser.$("#coord-dashboard-apply")).click();
    const error = await app.browser.$("#coord-dashboard-error");
    await error.waitForExist({ timeout: 5000 });
    assert.ok(!(await error.getAttribute("data-error-code")).startsWith("app-"), "the core's own refusal");
    assert.equal(plain(await sessions.getText()), String(filtered.reach.sessions), "nothing changed");
    await (await app.browser.$("#coord-dashboard-clear")).click();
    await app.browser.waitUntil(async () => plain(await sessions.getText()) === String(synthesis.reach.sessions), { timeout: 10000 });
  });

  test("the theme explorer lists a theme's quotes with their source", async () => {
    const theme = synthesis.themes.find((t) => t.parent === null && t.quotes > 0);
    await openScreen(app.browser, "coord-themes");
    const node = await app.browser.$(`[data-theme="${theme.code}"]`);
    await node.waitForExist({ timeout: 10000 });
    await node.click();
    await (await app.browser.$(`[data-selected-theme="${theme.code}"]`)).waitForExist({ timeout: 5000 });
    const quotes = await app.browser.$$("#coord-theme-quotes li");
    assert.equal(quotes.length, theme.quotes);
    const first = plain(await (await quotes[0].$("blockquote")).getText());
    assert.ok(first.length > 20, "a quote's words are shown");
    const row = synthesis.themeByRegion.rows.indexOf(theme.code);
    const regions = await app.browser.execute(() =>
      Object.fromEntries([...document.querySelectorAll("#coord-theme-regions tbody tr")].map((tr) => [tr.dataset.region, Number(tr.querySelector("td").textContent)])),
    );
    assert.deepEqual(regions, Object.fromEntries(synthesis.themeByRegion.columns.map((c, i) => [c, synthesis.themeByRegion.counts[row][i]])));
    await inspectScreen(app.browser, "coordinator-themes-en", { show: "#coord-theme-detail" });
  });

  test("recommendations are grouped by theme and by treaty obligation, each with its source", async () => {
    await openScreen(app.browser, "coord-recommendations");
    await (await app.browser.$("[data-recommendation]")).waitForExist({ timeout: 10000 });
    const ids = await app.browser.execute(() => new Set([...document.querySelectorAll("[data-recommendation]")].map((li) => li.dataset.recommendation)).size);
    assert.equal(ids, synthesis.recommendations.all.length);
    await (await app.browser.$("#coord-rec-by-reference")).click();
    await settle(app.browser);
    const refs = await app.browser.execute(() => [...document.querySelectorAll("[data-group]")].map((s) => s.dataset.group).filter(Boolean));
    assert.deepEqual(refs, Object.keys(synthesis.recommendations.byReference));
    await inspectScreen(app.browser, "coordinator-recommendations-en");
  });

  test("two recommendations merged by hand show as one with both sources, and the merge undoes", async () => {
    const [kept, merged] = synthesis.recommendations.all;
    const entry = await app.browser.$(`[data-recommendation="${merged.id}"]`);
    await (await entry.$("select")).selectByAttribute("value", kept.id);
    await (await entry.$(`[data-merge="${merged.id}"]`)).click();
    await (await app.browser.$(`[data-merged="${merged.id}"]`)).waitForExist({ timeout: 10000 });
    const after = hearken(fixture.work, appVault(app), ["synthesis"], { json: true }).recommendations.all;
    assert.equal(after.length, synthesis.recommendations.all.length - 1);
    assert.deepEqual(after.find((r) => r.id === kept.id).merged.map((m) => m.id), [merged.id]);
    await inspectScreen(app.browser, "coordinator-recommendations-merged-en", { show: `[data-merged="${merged.id}"]` });
    await (await app.browser.$(`[data-unmerge="${merged.id}"]`)).click();
    await (await app.browser.$(`[data-merged="${merged.id}"]`)).waitForExist({ reverse: true, timeout: 10000 });
    const undone = hearken(fixture.work, appVault(app), ["synthesis"], { json: true }).recommendations.all;
    assert.equal(undone.length, synthesis.recommendations.all.length);
  });

  test("the report builder previews and saves the CSV the CLI writes for the same vault", async () => {
    const out = path.join(fixture.work, "from-app.csv");
    await openScreen(app.browser, "coord-report");
    await (await app.browser.$("#coord-format-pdf-framework")).click();
    await (await app.browser.$("#coord-preview-outline")).waitForExist({ timeout: 10000 });
    await inspectScreen(app.browser, "coordinator-report-pdf-preview-en", { show: "#coord-preview" });
    await (await app.browser.$("#coord-format-csv")).click();
    const quotes = await app.browser.$('#coord-preview-counts [data-number="quotes"]');
    await quotes.waitForExist({ timeout: 5000 });
    assert.equal(plain(await quotes.getText()), String(synthesis.reach.quotes));
    await (await app.browser.$("#coord-report-path")).setValue(out);
    await (await app.browser.$("#coord-report-save")).click();
    const status = await app.browser.$("#coord-report-status");
    await app.browser.waitUntil(async () => plain(await status.getText()).startsWith("Saved"), { timeout: 10000 });
    const cli = path.join(fixture.work, "from-cli.csv");
    hearken(fixture.work, appVault(app), ["report", "--format", "csv", "--out", cli]);
    // Three files side by side, each byte for byte the CLI's.
    for (const suffix of ["", "-needs", "-recommendations"]) {
      const app_ = out.replace(/\.csv$/, `${suffix}.csv`);
      const cli_ = cli.replace(/\.csv$/, `${suffix}.csv`);
      assert.ok(existsSync(app_), app_);
      assert.ok(readFileSync(app_).equals(readFileSync(cli_)), `the app's ${app_} is byte for byte the CLI's`);
    }
    assert.match(readFileSync(out, "utf8"), /^\uFEFFid,session,date,region/);
    assert.match(readFileSync(out.replace(/\.csv$/, "-recommendations.csv"), "utf8"), /^\uFEFFid,session,date,region,place,language,themes,text,duty_bearer/);

    // The framework report: the same PDF text as `hearken report --format pdf`.
    const pdf = path.join(fixture.work, "from-app.pdf");
    await (await app.browser.$("#coord-format-pdf-framework")).click();
    await (await app.browser.$("#coord-report-lang")).selectByAttribute("value", "en");
    await (await app.browser.$("#coord-report-path")).setValue(pdf);
    await (await app.browser.$("#coord-report-save")).click();
    await app.browser.waitUntil(async () => /page/.test(plain(await status.getText())), { timeout: 60000 });
    const cliPdf = path.join(fixture.work, "from-cli.pdf");
    hearken(fixture.work, appVault(app), ["--lang", "en", "report", "--format", "pdf", "--out", cliPdf]);
    const text = (file) => execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
    assert.equal(readFileSync(pdf).subarray(0, 5).toString(), "%PDF-");
    assert.equal(text(pdf), text(cliPdf));
    assert.match(text(pdf), /Voices for Rights 2026/);
    await inspectScreen(app.browser, "coordinator-report-en");
  });

  test("every control of every coordinator screen is reachable with Tab and shows a focus ring", async () => {
    await openScreen(app.browser, "coord-themes");
    await (await app.browser.$(`[data-theme="${synthesis.themes[0].code}"]`)).click();
    for (const id of ["coord-import", "coord-dashboard", "coord-themes", "coord-recommendations", "coord-report"]) {
      await openScreen(app.browser, id);
      await (await app.browser.$(`#${id}-heading, #coord-rec-heading`)).waitForExist({ timeout: 5000 });
      const { reached, noRing } = await tabOrder(app.browser);
      // Tab reaches a radio group at its chosen radio; the arrows move within it.
      const unchecked = await app.browser.execute(() => [...document.querySelectorAll("input[type=radio]:not(:checked)")].map((r) => `#${r.id}`));
      const missing = (await interactiveControls(app.browser)).filter((c) => !reached.includes(c) && !unchecked.includes(c));
      assert.deepEqual(missing, [], `${id}: not reachable by keyboard (tab order: ${reached.join(", ")})`);
      assert.deepEqual(noRing, [], `${id}: focused without a visible ring`);
    }
  });
});

describe("the coordinator's screens, in Arabic", () => {
  const app = appSession({ locale: "ar_EG.UTF-8", prepare: plantVault });

  test("every coordinator screen reads right to left, with the same outcomes", async () => {
    assert.equal(await app.browser.execute(() => document.documentElement.dir), "rtl");
    await unlock(app.browser, PASSPHRASE);
    await importAll(app.browser);
    const got = await outcomes(app.browser, "#coord-import-summary");
    assert.equal(got["northgate-1.hearken-bundle"], "quarantined");
    assert.match(got["damaged.hearken-bundle"], /^rejected:/);
    await inspectScreen(app.browser, "coordinator-import-ar");
    await approveB(app.browser);
    await inspectScreen(app.browser, "coordinator-roster-ar", { show: "#coord-approve-summary" });

    await openScreen(app.browser, "coord-dashboard");
    await (await app.browser.$('[data-chart="coord-coverage-regions"]')).waitForExist({ timeout: 10000 });
    // Bars grow from the right: each bar's rectangle ends at the right edge.
    const rtlBars = await app.browser.execute(() =>
      [...document.querySelectorAll('[data-chart="coord-coverage-regions"] rect')].every((r) => Math.abs(Number(r.getAttribute("x")) + Number(r.getAttribute("width")) - 100) < 0.001),
    );
    assert.ok(rtlBars);
    await inspectScreen(app.browser, "coordinator-dashboard-ar");

    await openScreen(app.browser, "coord-themes");
    const node = await app.browser.$("[data-theme]");
    await node.waitForExist({ timeout: 10000 });
    await node.click();
    await (await app.browser.$("#coord-theme-quotes li")).waitForExist({ timeout: 5000 });
    await inspectScreen(app.browser, "coordinator-themes-ar", { show: "#coord-theme-detail" });

    await openScreen(app.browser, "coord-recommendations");
    await (await app.browser.$("[data-recommendation]")).waitForExist({ timeout: 10000 });
    await inspectScreen(app.browser, "coordinator-recommendations-ar");

    await openScreen(app.browser, "coord-report");
    await (await app.browser.$("#coord-format-pdf-framework")).click();
    await (await app.browser.$("#coord-preview-outline")).waitForExist({ timeout: 10000 });
    await inspectScreen(app.browser, "coordinator-report-ar", { show: "#coord-preview" });
  });

  test("at 200% text nothing is cut off", async () => {
    await openScreen(app.browser, "settings");
    await (await app.browser.$("#settings-text-size")).selectByAttribute("value", "200");
    await app.browser.waitUntil(async () => (await app.browser.execute(() => document.documentElement.style.fontSize)) === "200%", { timeout: 5000 });
    const clipped = [];
    for (const id of ["coord-import", "coord-dashboard", "coord-themes", "coord-recommendations", "coord-report"]) {
      await openScreen(app.browser, id);
      await assertNothingClipped(app.browser, `${id} at 200%`).catch((e) => clipped.push(e.message));
    }
    assert.deepEqual(clipped, []);
    await openScreen(app.browser, "coord-dashboard");
    await (await app.browser.$('[data-chart="coord-coverage-regions"]')).waitForExist({ timeout: 10000 });
    await inspectScreen(app.browser, "coordinator-dashboard-ar-200", { show: '[data-chart="coord-coverage-regions"]' });
    await openScreen(app.browser, "coord-import");
    await inspectScreen(app.browser, "coordinator-roster-ar-200", { show: "#coord-roster" });
  });
});
