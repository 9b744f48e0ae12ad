// The follow-up of recommendations through the real app, on vaults the real
// `hearken` CLI prepared. The coordinator: the full demo (official
// recommendations, links, history) is listed with each state; a change is
// recorded with the keyboard and appended to the history; the dashboard and
// the progress review are written where typed. The facilitator: a vault made
// from the coordinator's kit, whose session went to the coordinator, who then
// imported official recommendations, recorded a change and signed a
// community update; two participants evaluate a new session in turn (only
// the count is ever shown), and the update is imported by typed path and
// printed on one page. Then the same screens in Arabic with text at 200%.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { cliFor } from "./coordinator.mjs";
import { appSession, assertNothingClipped, inspectScreen, interactiveControls, openScreen, ROOT, settle, tabOrder, unlock } from "./harness.mjs";

const PASSPHRASE = "follow-up of the river basin recommendations";
const plain = (s) => s.replace(/[\u2068\u2069]/g, "").trim();

let fixture;
/**
 * Made once for every pass, with the CLI: `tracking.hearken`, a coordinator
 * vault with the full demo; `fac.hearken`, a facilitator vault with the demo
 * sessions of the coordinator's kit; and the community update the
 * coordinator signed after importing one of its sessions.
 */
function buildFixture() {
  if (fixture) return fixture;
  const work = mkdtempSync(path.join(tmpdir(), "hearken-followup-e2e-"));
  const pass = path.join(work, "passphrase");
  writeFileSync(pass, `${PASSPHRASE}\n`);
  const cli = (vault) => cliFor(path.join(work, vault), pass);
  const json = (vault, ...args) => JSON.parse(cli(vault)("--json", ...args));

  // (a) The coordinator's full demo: official recommendations, links and history.
  cli("tracking.hearken")("init", "--recovery-key-out", path.join(work, "tracking.recovery"));
  cli("tracking.hearken")("demo");

  // (b) A coordinator's engagement, its kit, and a facilitator who ran its sessions.
  const coord = cli("coord.hearken");
  coord("init", "--recovery-key-out", path.join(work, "coord.recovery"));
  const { engagement } = json("coord.hearken", "demo", "--engagement-only");
  const kit = path.join(work, "demo.hearken-kit");
  coord("kit", "create", "--engagement", engagement, "--out", kit);
  const fac = cli("fac.hearken");
  fac("init", "--recovery-key-out", path.join(work, "fac.recovery"));
  fac("kit", "import", kit, "--yes");
  fac("demo", "--into", engagement);

  // One session reaches the coordinator (the export refuses a quote that
  // still holds identifying details: those the demo plants are redacted).
  const [session] = json("fac.hearken", "session", "list");
  for (const q of json("fac.hearken", "quote", "list", "--session", session.id)) {
    if (json("fac.hearken", "quote", "check", q.id).length > 0) fac("quote", "redact", q.id);
  }
  const bundle = path.join(work, "session-1.hearken-bundle");
  fac("export", "--session", session.id, "--out", bundle);
  coord("import", "--approve-new-keys", bundle);

  // The coordinator follows up and signs the update for the facilitators.
  coord("tracking", "import", path.join(ROOT, "docs/samples/upr-recommendations.csv"));
  coord("tracking", "update", "158.2", "--state", "in_progress", "--date", "2026-06-01", "--evidence", "Forty midwives recruited for the northern highlands; two mobile clinics in service.");
  const update = path.join(work, "voices-u1.update.tar");
  coord("update", "create", "--out", update);

  fixture = { work, update, cli, json };
  return fixture;
}

after(() => {
  if (fixture) rmSync(fixture.work, { recursive: true, force: true });
});

/** A `prepare` for `appSession`: the app starts with a copy of `vault`, and optionally text at 200%. */
function plant(vault, { large = false } = {}) {
  return (profile) => {
    const f = buildFixture();
    copyFileSync(path.join(f.work, vault), path.join(profile.data, "vault.hearken"));
    if (large) {
      writeFileSync(
        path.join(profile.config, "settings.json"),
        JSON.stringify({ language: null, textSizePercent: 200, highContrast: false, autoLockMinutes: 30 }),
      );
    }
  };
}

/** The CLI on the vault the app has open (it reads it alongside). */
function appCli(app) {
  return (...args) => JSON.parse(cliFor(path.join(app.profile.data, "vault.hearken"), path.join(fixture.work, "passphrase"))("--json", ...args));
}


async function waitFor(browser, sel, timeout = 10000) {
  const el = await browser.$(sel);
  await el.waitForExist({ timeout });
  return el;
}

async function attribute(browser, sel, name) {
  return (await browser.$(sel)).getAttribute(name);
}

async function waitForAttribute(browser, sel, name, expected, timeout = 10000) {
  await browser.waitUntil(async () => (await attribute(browser, sel, name).catch(() => null)) === expected, {
    timeout,
    timeoutMsg: `${sel} never had ${name}="${expected}" (has "${await attribute(browser, sel, name).catch(() => null)}")`,
  });
}

async function count(browser, sel) {
  return browser.execute((s) => document.querySelectorAll(s).length, sel);
}

/** Every control of the screen is reached with Tab and shows a focus ring (a radio group is one stop). */
async function assertKeyboardReachable(browser, label) {
  const { reached, noRing } = await tabOrder(browser);
  const otherRadios = await browser.execute(() => [...document.querySelectorAll("input[type=radio]:not(:checked)")].map((r) => `#${r.id}`));
  const missing = (await interactiveControls(browser)).filter((c) => !reached.includes(c) && !otherRadios.includes(c));
  assert.deepEqual(missing, [], `${label}: not reachable by keyboard (tab order: ${reached.join(", ")})`);
  assert.deepEqual(noRing, [], `${label}: focused without a visible ring`);
}

/** The page count of a PDF: pdfinfo's when it is installed, else at least a PDF header. */
function assertPdf(file, pages) {
  assert.ok(existsSync(file), `${file} was not written`);
  assert.equal(readFileSync(file).subarray(0, 5).toString(), "%PDF-");
  let info;
  try {
    info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  } catch {
    assert.ok(readFileSync(file).length > 1000, "a PDF with content");
    return;
  }
  const found = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  if (pages !== undefined) assert.equal(found, pages, `${file}: pages`);
  return found;
}

/** Sets up a new session in the app (it becomes the current one), as a facilitator does. */
async function newSession(browser, place, language) {
  await openScreen(browser, "session");
  await waitFor(browser, "#session-form");
  await (await browser.$("#session-place")).setValue(place);
  await (await browser.$("#session-region")).selectByAttribute("value", "Northern Highlands");
  await (await browser.$(`[data-language="${language}"]`)).click();
  await (await browser.$("#session-submit")).click();
  await waitFor(browser, "#agenda-timer");
}

/** One participant's answers, chosen and saved; resolves when the count has gone up. */
async function evaluate(browser, answers, comment = "") {
  const before = Number(await attribute(browser, "#evaluation-count", "data-count"));
  for (const [question, answer] of Object.entries(answers)) await (await browser.$(`#eval-${question}-${answer}`)).click();
  if (comment) await (await browser.$("#evaluation-comment")).setValue(comment);
  await (await browser.$("#evaluation-save")).click();
  await waitForAttribute(browser, "#evaluation-count", "data-count", String(before + 1));
}

describe("the coordinator's follow-up, in English", () => {
  const app = appSession({ locale: "en_US.UTF-8", prepare: plant("tracking.hearken") });

  test("every recommendation followed up is listed with its state, and the filters narrow the list as the CLI does", async () => {
    const b = app.browser;
    await unlock(b, PASSPHRASE);
    await openScreen(b, "coord-tracking");
    await waitFor(b, "#tracking-list tbody tr[data-id]");
    const cli = appCli(app);
    const all = cli("tracking", "list");
    assert.ok(all.length > 0);
    assert.equal(await count(b, "#tracking-list tbody tr[data-id]"), all.length);
    assert.equal(await attribute(b, 'tr[data-id="153.42"]', "data-state"), "partially_implemented");

    await (await b.$("#tracking-filter-state")).selectByAttribute("value", "regressed");
    await settle(b);
    const regressed = cli("tracking", "list", "--state", "regressed").map((t) => t.code);
    assert.deepEqual(await b.execute(() => [...document.querySelectorAll("#tracking-list tbody tr")].map((tr) => tr.dataset.id)), regressed);
    assert.equal(await attribute(b, "#tracking-count", "data-shown"), String(regressed.length));
    await (await b.$("#tracking-filter-clear")).click();
    await settle(b);
    assert.equal(await count(b, "#tracking-list tbody tr[data-id]"), all.length);
    await inspectScreen(b, "followup-tracking-en", { show: "#tracking-list" });
  });

  test("a change is recorded from the keyboard and appended to the history, which nothing edits", async () => {
    const b = app.browser;
    // The rows are one Tab stop: the arrows move, Enter shows.
    await (await b.$("#tracking-list tbody tr td")).click();
    const position = await b.execute(() => [...document.querySelectorAll("#tracking-list tbody tr")].findIndex((tr) => tr.dataset.id === "153.120"));
    assert.ok(position > 0, "153.120 is listed");
    for (let i = 0; i < position; i++) await b.keys("ArrowDown");
    assert.equal(await b.execute(() => document.activeElement?.dataset.id), "153.120");
    await b.keys("Enter");
    await waitForAttribute(b, "#tracking-detail", "data-id", "153.120");
    assert.equal(await count(b, "#tracking-history li"), 1);

    const today = new Date().toISOString().slice(0, 10);
    assert.equal(await (await b.$("#track-date")).getValue(), today, "the date starts at today");
    await (await b.$("#track-state")).selectByAttribute("value", "in_progress");
    await (await b.$("#track-evidence")).setValue("An accessibility standard for public buildings was adopted by decree; the first audits are scheduled.");
    await b.keys(["Control", "Enter"]);
    await b.waitUntil(async () => (await count(b, "#tracking-history li")) === 2, { timeout: 10000, timeoutMsg: "the history never grew" });
    await waitForAttribute(b, 'tr[data-id="153.120"]', "data-state", "in_progress");
    assert.deepEqual(await b.execute(() => [...document.querySelectorAll("#tracking-history li")].map((li) => li.dataset.state)), ["not_started", "in_progress"]);
    assert.equal(await b.execute(() => document.activeElement?.id), "track-state", "focus is back on the state for the next entry");
    assert.equal(await (await b.$("#track-evidence")).getValue(), "");

    const recorded = appCli(app)("tracking", "history", "153.120");
    assert.equal(recorded.state, "in_progress");
    assert.deepEqual(recorded.history.map((e) => [e.date, e.state]).at(-1), [today, "in_progress"]);
    await inspectScreen(b, "followup-tracking-entry-en", { show: "#tracking-history" });
  });

  test("a date in the future is refused in words and nothing is recorded", async () => {
    const b = app.browser;
    await (await b.$("#track-date")).setValue("2999-01-01");
    await (await b.$("#track-evidence")).setValue("Announced for next year.");
    await (await b.$("#track-submit")).click();
    const notice = await waitFor(b, "#track-error");
    // The core's own refusal (the date check says "before 1900 or in the future").
    assert.match(await notice.getAttribute("data-error-code"), /^(tracking-future-date|date-out-of-range)$/);
    assert.match(plain(await notice.getText()), /future/);
    assert.equal(await count(b, "#tracking-history li"), 2);
    await inspectScreen(b, "followup-tracking-refused-en", { show: "#track-error" });
  });

  test("the dashboard and the progress review are written where typed", async () => {
    const b = app.browser;
    const folder = path.join(fixture.work, "dashboard-en");
    await (await b.$("#tracking-out-path")).setValue(folder);
    await (await b.$("#tracking-write-dashboard")).click();
    await waitForAttribute(b, "#tracking-written", "data-result", "written", 60000);
    assert.equal(await attribute(b, "#tracking-written", "data-output"), "dashboard");
    assert.ok(existsSync(path.join(folder, "ar", "index.html")), "the Arabic pages of the dashboard");
    assert.ok(existsSync(path.join(folder, "index.html")));
    assert.ok(Number(await attribute(b, "#tracking-written", "data-count")) > 5);

    const review = path.join(fixture.work, "review-en.pdf");
    await (await b.$("#tracking-out-path")).setValue(review);
    await (await b.$("#tracking-review-lang")).selectByAttribute("value", "en");
    await (await b.$("#tracking-write-review")).click();
    await b.waitUntil(
      async () => (await attribute(b, "#tracking-written", "data-output")) === "review" && (await attribute(b, "#tracking-written", "data-result")) === "written",
      { timeout: 60000, timeoutMsg: "the review was never written" },
    );
    const pages = assertPdf(review);
    if (pages !== undefined) assert.equal(String(pages), await attribute(b, "#tracking-written", "data-count"));
    assert.match(plain(await (await b.$("#tracking-written")).getText()), /Progress review saved/);
    await inspectScreen(b, "followup-tracking-outputs-en", { show: "#tracking-written" });
  });

  test("every control of the Tracking screen is reachable with Tab and shows a focus ring", async () => {
    await openScreen(app.browser, "coord-tracking");
    await waitFor(app.browser, "#tracking-list tbody tr[data-id]");
    await (await app.browser.$('tr[data-id="153.120"] td')).click();
    await waitFor(app.browser, "#tracking-detail");
    await assertKeyboardReachable(app.browser, "coord-tracking");
  });
});

describe("the facilitator's evaluation and community update, in English", () => {
  const app = appSession({ locale: "en_US.UTF-8", prepare: plant("fac.hearken") });

  test("two participants evaluate the session in turn, and only the count is shown", async () => {
    const b = app.browser;
    await unlock(b, PASSPHRASE);
    await newSession(b, "Riverside", "en");
    // A comment is the group's words: the group consents first.
    await openScreen(b, "consent");
    await (await b.$("#consent-who")).selectByVisibleText("The group");
    await waitFor(b, "#consent-form");
    await (await b.$('[data-scope="quotes_in_reports"]')).click();
    await (await b.$("#consent-submit")).click();
    await waitFor(b, "#consent-active");
    await openScreen(b, "evaluation");
    await waitFor(b, "#evaluation-form");
    assert.equal(await attribute(b, "#evaluation-count", "data-count"), "0");
    await inspectScreen(b, "followup-evaluation-en");

    await evaluate(b, { felt_safe: "yes", own_language: "yes", accessible: "partly", again: "yes" }, "Call me on +44 7700 900123 before the next one.");
    // The form is clean for the next person: nothing of the answers stays on screen.
    const checked = await b.execute(() => [...document.querySelectorAll("#evaluation-form input:checked")].map((r) => r.id));
    assert.deepEqual(checked, ["eval-felt_safe-unanswered", "eval-own_language-unanswered", "eval-accessible-unanswered", "eval-again-unanswered"]);
    assert.equal(await (await b.$("#evaluation-comment")).getValue(), "");
    assert.match(plain(await (await b.$("#evaluation-status")).getText()), /Evaluation 1 recorded.*1 identifying detail/);

    await evaluate(b, { felt_safe: "partly", own_language: "no", again: "yes" });
    assert.equal(await attribute(b, "#evaluation-count", "data-count"), "2");
    assert.match(plain(await (await b.$("#evaluation-count")).getText()), /^2 evaluations recorded/);

    const sessions = appCli(app)("session", "list");
    const session = sessions.find((s) => s.place === "Riverside");
    const saved = appCli(app)("evaluation", "list", "--session", session.id);
    assert.equal(saved.length, 2);
    const comments = saved.map((e) => e.comment).filter(Boolean);
    assert.equal(comments.length, 1);
    assert.ok(!comments[0].includes("7700") && comments[0].includes("[phone]"), `comment kept as: ${comments[0]}`);
    await inspectScreen(b, "followup-evaluation-saved-en", { show: "#evaluation-status" });
    await assertKeyboardReachable(b, "evaluation");
  });

  test("the coordinator's update is imported by typed path and printed on one page", async () => {
    const b = app.browser;
    await openScreen(b, "update");
    await waitFor(b, "#update-empty");
    await inspectScreen(b, "followup-update-empty-en");

    await (await b.$("#update-import-path")).setValue(fixture.update);
    await (await b.$("#update-import")).click();
    const view = await waitFor(b, "#update-view", 15000);
    assert.match(plain(await view.getText()), /158\.2/);
    assert.equal(await attribute(b, '#update-recommendations tr[data-id="158.2"]', "data-state"), "in_progress");
    assert.match(plain(await (await b.$("#update-import-status")).getText()), /Imported the update/);
    assert.match(plain(await (await b.$('#update-figures [data-number="people"]')).getText()), /^(\d+|<\d+|x)$/);

    const pdf = path.join(fixture.work, "what-happened-en.pdf");
    assert.equal(await (await b.$("#update-print-lang")).getValue(), "en", "the session's language");
    await (await b.$("#update-print-path")).setValue(pdf);
    await (await b.$("#update-print")).click();
    await b.waitUntil(async () => /1 page saved/.test(plain(await (await b.$("#update-print-status")).getText())), {
      timeout: 60000,
      timeoutMsg: "the update was never printed",
    });
    assertPdf(pdf, 1);
    await inspectScreen(b, "followup-update-en", { show: "#update-view" });
    await assertKeyboardReachable(b, "update");
  });
});

describe("the coordinator's follow-up, in Arabic, with text at 200%", () => {
  const app = appSession({ locale: "ar_EG.UTF-8", prepare: plant("tracking.hearken", { large: true }) });

  test("the list, a recommendation and its form read right to left, and nothing is cut off", async () => {
    const b = app.browser;
    assert.equal(await b.execute(() => document.documentElement.dir), "rtl");
    await unlock(b, PASSPHRASE);
    await openScreen(b, "coord-tracking");
    await waitFor(b, "#tracking-list tbody tr[data-id]");
    assert.equal(await attribute(b, 'tr[data-id="153.42"]', "data-state"), "partially_implemented");
    await inspectScreen(b, "followup-tracking-ar", { show: "#tracking-list" });
    await assertNothingClipped(b, "tracking list in Arabic");

    await (await b.$('tr[data-id="153.120"] td')).click();
    await waitForAttribute(b, "#tracking-detail", "data-id", "153.120");
    await (await b.$("#track-state")).selectByAttribute("value", "in_progress");
    await (await b.$("#track-evidence")).setValue("اعتُمد معيار لإمكانية الوصول إلى المباني العامة بمرسوم.");
    await b.keys(["Control", "Enter"]);
    await b.waitUntil(async () => (await count(b, "#tracking-history li")) === 2, { timeout: 10000, timeoutMsg: "the history never grew" });
    await inspectScreen(b, "followup-tracking-detail-ar", { show: "#tracking-history" });
    await inspectScreen(b, "followup-tracking-form-ar", { show: "#track-form" });
    await assertNothingClipped(b, "tracking detail in Arabic");

    const review = path.join(fixture.work, "review-ar.pdf");
    await (await b.$("#tracking-out-path")).setValue(review);
    await (await b.$("#tracking-review-lang")).selectByAttribute("value", "ar");
    await (await b.$("#tracking-write-review")).click();
    await waitForAttribute(b, "#tracking-written", "data-result", "written", 60000);
    assertPdf(review);
    await inspectScreen(b, "followup-tracking-outputs-ar", { show: "#tracking-written" });
    await assertNothingClipped(b, "tracking outputs in Arabic");
  });
});

describe("the facilitator's evaluation and community update, in Arabic, with text at 200%", () => {
  const app = appSession({ locale: "ar_EG.UTF-8", prepare: plant("fac.hearken", { large: true }) });

  test("the evaluation faces the participant in Arabic, and the update prints in the session's language", async () => {
    const b = app.browser;
    assert.equal(await b.execute(() => document.documentElement.dir), "rtl");
    await unlock(b, PASSPHRASE);
    await newSession(b, "تل الخروبة", "ar");

    await openScreen(b, "evaluation");
    await waitFor(b, "#evaluation-form");
    assert.equal(await attribute(b, "#evaluation-form", "dir"), "rtl");
    assert.equal(await attribute(b, "#evaluation-form", "lang"), "ar");
    await evaluate(b, { felt_safe: "yes", own_language: "yes", accessible: "no", again: "partly" });
    assert.equal(await attribute(b, "#evaluation-count", "data-count"), "1");
    await inspectScreen(b, "followup-evaluation-ar");
    await inspectScreen(b, "followup-evaluation-questions-ar", { show: "#evaluation-save" });
    await assertNothingClipped(b, "evaluation in Arabic");

    await openScreen(b, "update");
    await (await b.$("#update-import-path")).setValue(fixture.update);
    await (await b.$("#update-import")).click();
    await waitFor(b, "#update-view", 15000);
    assert.equal(await attribute(b, '#update-recommendations tr[data-id="158.2"]', "data-state"), "in_progress");
    await inspectScreen(b, "followup-update-ar", { show: "#update-view" });
    await assertNothingClipped(b, "update in Arabic");

    const pdf = path.join(fixture.work, "what-happened-ar.pdf");
    assert.equal(await (await b.$("#update-print-lang")).getValue(), "ar", "the session's language");
    await (await b.$("#update-print-path")).setValue(pdf);
    await (await b.$("#update-print")).click();
    await b.waitUntil(async () => plain(await (await b.$("#update-print-status")).getText()).length > 0, {
      timeout: 60000,
      timeoutMsg: "the update was never printed",
    });
    assertPdf(pdf, 1);
    await inspectScreen(b, "followup-update-printed-ar", { show: "#update-print-status" });
  });
});
