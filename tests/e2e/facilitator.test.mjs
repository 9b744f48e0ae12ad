// A facilitator's whole session through the real app: a vault, a kit made
// by a real coordinator vault with the `hearken` CLI, a session with its
// agenda timer, two consents, quotes (one with identifying details replaced
// by one key), a withdrawal that removes its quotes, read-back, a bundle
// that the coordinator's CLI then imports, lock and unlock. Then the same
// core path in Arabic. Every screen is checked with axe and photographed.
import assert from "node:assert/strict";
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, describe, test } from "node:test";
import { coordinator } from "./coordinator.mjs";
import {
  appSession,
  assertNothingClipped,
  inspectScreen,
  interactiveControls,
  openScreen,
  settle,
  tabOrder,
} from "./harness.mjs";

const $ = (browser, sel) => browser.$(sel);

/** Every control of the screen is reached with Tab and shows a focus ring. */
async function assertKeyboardReachable(browser, label) {
  const { reached, noRing } = await tabOrder(browser);
  // A radio group is one Tab stop (arrow keys move inside it).
  const otherRadios = await browser.execute(() =>
    [...document.querySelectorAll("input[type=radio]:not(:checked)")].map((r) => `#${r.id}`),
  );
  const missing = (await interactiveControls(browser)).filter((c) => !reached.includes(c) && !otherRadios.includes(c));
  assert.deepEqual(missing, [], `${label}: not reachable by keyboard (tab order: ${reached.join(", ")})`);
  assert.deepEqual(noRing, [], `${label}: focused without a visible ring`);
}
const plain = (s) => s.replace(/[\u2068\u2069]/g, "");
async function text(browser, sel) {
  return plain(await (await $(browser, sel)).getText());
}
async function click(browser, sel) {
  await (await $(browser, sel)).click();
}
async function fill(browser, sel, value) {
  await (await $(browser, sel)).setValue(value);
}
async function waitFor(browser, sel, timeout = 10000) {
  const el = await $(browser, sel);
  await el.waitForExist({ timeout });
  return el;
}
async function waitForText(browser, sel, re, timeout = 10000) {
  await browser.waitUntil(async () => re.test(await text(browser, sel).catch(() => "")), {
    timeout,
    timeoutMsg: `${sel} never matched ${re} (has "${await text(browser, sel).catch(() => "")}")`,
  });
}
async function step(browser) {
  return (await $(browser, "[data-vault-step]")).getAttribute("data-vault-step");
}
async function waitForStep(browser, expected) {
  await browser.waitUntil(async () => (await step(browser)) === expected, { timeout: 15000, timeoutMsg: `vault never reached ${expected}` });
}

/** First start: create the vault and confirm the recovery key. */
async function createVault(browser, passphrase) {
  await waitForStep(browser, "create");
  await fill(browser, "#create-passphrase", passphrase);
  await fill(browser, "#create-confirm", passphrase);
  await click(browser, "#create-submit");
  await waitForStep(browser, "recovery-key");
  const key = await browser.execute(() =>
    [...document.querySelectorAll("#recovery-key .recovery-group")].map((g) => g.textContent.trim()).join("-"),
  );
  await fill(browser, "#recovery-confirm", key);
  await click(browser, "#recovery-submit");
  await waitForStep(browser, "open");
}

/** Imports the kit by typed path after comparing the fingerprint with the coordinator's. */
async function importKit(browser, c) {
  await openScreen(browser, "engagements");
  await fill(browser, "#kit-path", c.kit);
  await click(browser, "#kit-check");
  await waitFor(browser, "#kit-fingerprint");
  assert.equal(await text(browser, "#kit-fingerprint"), c.fingerprint, "the fingerprint shown is the coordinator's");
  assert.equal(await (await $(browser, "#kit-inspection")).getAttribute("data-pin"), "first_use");
}

async function pick(browser, sel, visible) {
  await (await $(browser, sel)).selectByVisibleText(visible);
}

async function consent(browser, who, scopes) {
  await pick(browser, "#consent-who", who);
  await waitFor(browser, "#consent-form");
  for (const s of scopes) await click(browser, `[data-scope="${s}"]`);
  await click(browser, "#consent-submit");
  await waitFor(browser, "#consent-active");
}

async function quote(browser, speaker, words) {
  const before = Number(await (await $(browser, "#capture-status")).getAttribute("data-saved"));
  await fill(browser, "#capture-speaker", speaker);
  await fill(browser, "#capture-text", words);
  await browser.keys("Enter");
  await browser.waitUntil(async () => Number(await (await $(browser, "#capture-status")).getAttribute("data-saved")) > before, {
    timeout: 10000,
    timeoutMsg: `the quote of ${speaker} was never saved`,
  });
}

describe("a facilitator's session, in English", () => {
  const PASSPHRASE = "lanterns over the river bank";
  const NEW_PASSPHRASE = "the well by the mango tree";
  const app = appSession({ locale: "en_US.UTF-8" });
  const c = coordinator();
  const bundle = path.join(c.dir, "session-1.age");
  after(() => c.remove());

  test("a new vault imports the coordinator's kit once the fingerprints match", async () => {
    const b = app.browser;
    await createVault(b, PASSPHRASE);
    await importKit(b, c);
    await inspectScreen(b, "facilitator-kit-fingerprint-en");
    await click(b, "#kit-import");
    await waitForText(b, "#kit-status", /Imported: Voices for Rights 2026/);
    await waitFor(b, "#engagement-detail");
    assert.equal(await text(b, "#engagement-fingerprint"), c.fingerprint);
    // The codebook keeps its hierarchy and treaty references.
    assert.ok(await (await $(b, '[data-theme-code="water"] [data-theme-code="water.access"]')).isExisting());
    assert.match(await text(b, '[data-theme-code="health.maternal"] .refs'), /CEDAW/);
    assert.match(await text(b, "#engagement-agenda"), /Welcome and ground rules/);
    assert.equal((await b.$$("[data-consent-lang]")).length, 5);
    await inspectScreen(b, "facilitator-engagements-en", { show: "#engagement-detail" });
  });

  test("a session is set up from the kit and its agenda timer runs", async () => {
    const b = app.browser;
    await click(b, "#engagement-new-session");
    await waitFor(b, 'main[data-screen="session"] #session-form');
    await fill(b, "#session-place", "Eastgate");
    // The kit's regions, chosen from its list.
    await (await $(b, "#session-region")).selectByAttribute("value", "Northern Highlands");
    await click(b, '[data-language="en"]');
    await fill(b, "#session-names", "Amina Diallo");
    await inspectScreen(b, "facilitator-session-setup-en");
    await click(b, "#session-submit");
    await waitFor(b, "#agenda-timer");
    assert.equal(await text(b, "#timer-segment"), "Welcome and ground rules");
    assert.equal(await text(b, "#timer-clock"), "10:00 left");
    await click(b, "#timer-start");
    await waitForText(b, "#timer-clock", /^9:5\d left$/, 5000);
    await click(b, "#timer-next");
    assert.equal(await text(b, "#timer-segment"), "Informed consent");
    assert.match(await text(b, "#timer-questions"), /consent text unclear/);
    await click(b, "#participant-add");
    await waitForText(b, "#participant-status", /P1 added/);
    await click(b, "#participant-add");
    await waitForText(b, "#participant-status", /P2 added/);
    assert.equal((await b.$$("#participant-list li")).length, 2);
    await inspectScreen(b, "facilitator-session-en", { show: "#agenda-timer" });
  });

  test("two participants consent in large text, with their own choices", async () => {
    const b = app.browser;
    await openScreen(b, "consent");
    await pick(b, "#consent-language", "English");
    await consent(b, "P1", ["quotes_in_reports", "quotes_shared"]);
    await inspectScreen(b, "facilitator-consent-given-en");
    await pick(b, "#consent-who", "P2");
    await waitFor(b, "#consent-form");
    assert.match(await text(b, "#consent-text"), /Taking part is your choice/);
    await inspectScreen(b, "facilitator-consent-en");
    await assertKeyboardReachable(b, "consent");
    await consent(b, "P2", ["quotes_in_reports"]);
    // Needs and recommendations are the session's: the group consents too.
    await consent(b, "The group", ["quotes_in_reports"]);
  });

  test("quotes are saved on Enter; identifying details are flagged as typed and replaced with Alt+R", async () => {
    const b = app.browser;
    await openScreen(b, "capture");
    await fill(b, "#capture-speaker", "P1");
    await fill(b, "#capture-text", "Amina Diallo said the tap near the school has been dry since March, call her on +44 7700 900123");
    await b.waitUntil(async () => Number(await (await $(b, "#capture-findings")).getAttribute("data-findings")) >= 2, {
      timeout: 5000,
      timeoutMsg: "no live warning about the name and phone number",
    });
    assert.ok(await (await $(b, '[data-finding-kind="name"]')).isExisting());
    assert.ok(await (await $(b, '[data-finding-kind="phone"]')).isExisting());
    // Alt+1 picks the codebook's first theme (codes in order: "education").
    await b.keys(["Alt", "1"]);
    await inspectScreen(b, "facilitator-capture-warning-en", { show: "#capture-findings" });
    await b.keys(["Alt", "r"]);
    await waitFor(b, '#quote-list [data-speaker="P1"]');
    const saved = await text(b, '#quote-list [data-speaker="P1"] .quote-text');
    assert.ok(!saved.includes("Amina") && !saved.includes("7700"), `still identifying: ${saved}`);
    assert.match(saved, /\[name\].*\[phone\]/);
    assert.match(await text(b, '#quote-list [data-speaker="P1"] .quote-meta'), /education/);
    assert.equal(await text(b, "#capture-status"), "Saved");

    await quote(b, "P2", "We walk two hours to the clinic and the midwife comes once a month.");
    await quote(b, "P1", "The school asks for fees that we cannot pay.");
    // Edit: Enter saves at once.
    const last = '#quote-list li:last-child';
    await click(b, `${last} .edit`);
    await fill(b, `${last} textarea`, "The school asks for fees that most families cannot pay.");
    await b.keys("Enter");
    await waitForText(b, `${last} .quote-text`, /most families/);
    // A need and a recommendation.
    await fill(b, "#note-text", "A safe water point within walking distance.");
    await b.keys("Enter");
    await waitFor(b, '#note-list [data-note-kind="need"]');
    await click(b, "#note-kind-recommendation");
    await fill(b, "#note-text", "Repair the tap by the school before the dry season.");
    await fill(b, "#note-duty-bearer", "Municipal water board");
    await click(b, "#note-save");
    await waitFor(b, '#note-list [data-note-kind="recommendation"]');
    await inspectScreen(b, "facilitator-capture-en", { show: "#quote-list" });
  });

  test("withdrawing consent says what it will remove, then removes it", async () => {
    const b = app.browser;
    await openScreen(b, "consent");
    await pick(b, "#consent-who", "P2");
    await click(b, "#consent-withdraw");
    await waitForText(b, "#withdraw-warning", /removes 1 quote of P2/);
    await inspectScreen(b, "facilitator-withdraw-en", { show: "#withdraw-warning" });
    await click(b, "#consent-withdraw-confirm");
    await waitForText(b, "#consent-status", /Consent of P2 withdrawn; 1 quote removed/);
    await openScreen(b, "capture");
    await waitFor(b, "#quote-list li");
    assert.equal((await b.$$('#quote-list [data-speaker="P2"]')).length, 0);
    assert.equal((await b.$$("#quote-list li")).length, 2);
  });

  test("P1 hears their quotes read back and confirms them", async () => {
    const b = app.browser;
    await openScreen(b, "readback");
    await pick(b, "#readback-speaker", "P1");
    for (const button of await b.$$("#readback-list .confirm")) await button.click();
    await b.waitUntil(async () => (await b.$$('#readback-list [data-read-back="confirmed"]')).length === 2, {
      timeout: 5000,
      timeoutMsg: "read-back not recorded",
    });
    await inspectScreen(b, "facilitator-readback-en");
  });

  test("the export preview matches the bundle, and the coordinator's CLI imports it", async () => {
    const b = app.browser;
    await openScreen(b, "export");
    await waitFor(b, "#export-preview");
    assert.match(await text(b, "#export-quotes"), /^2 anonymized quotes$/);
    assert.match(await text(b, "#export-kept-home"), /^0 quotes/);
    await inspectScreen(b, "facilitator-export-en");
    await assertKeyboardReachable(b, "export");
    await fill(b, "#export-path", bundle);
    await click(b, "#export-save");
    await waitForText(b, "#export-status", /Bundle 1 saved with 2 quotes/);
    assert.ok(existsSync(bundle));
    const imported = JSON.parse(c.cli("--json", "import", "--approve-new-keys", bundle));
    assert.equal(imported[0].result.outcome, "imported", JSON.stringify(imported));
    const quotes = JSON.parse(c.cli("--json", "quote", "list"));
    assert.equal(quotes.length, 2);
    assert.ok(quotes.every((q) => q.speaker.participant === "P1"), "only P1's words reached the coordinator");
    assert.ok(quotes.every((q) => q.read_back === "confirmed"));
    assert.equal(JSON.parse(c.cli("--json", "need", "list")).length, 1);
  });

  test("the group withdraws its consent: its needs and recommendations go, here and at the coordinator", async () => {
    const b = app.browser;
    await openScreen(b, "consent");
    await pick(b, "#consent-who", "The group");
    await click(b, "#consent-withdraw");
    await waitForText(b, "#withdraw-warning", /removes 2 records of the group/);
    await click(b, "#consent-withdraw-confirm");
    await waitForText(b, "#consent-status", /group's consent was withdrawn; 2 records removed/);
    const second = path.join(c.dir, "session-1-group-withdrawn.age");
    await openScreen(b, "export");
    await waitFor(b, "#export-preview");
    await fill(b, "#export-path", second);
    await click(b, "#export-save");
    await waitForText(b, "#export-status", /Bundle 2 saved/);
    const imported = JSON.parse(c.cli("--json", "import", second));
    assert.equal(imported[0].result.outcome, "imported", JSON.stringify(imported));
    assert.equal(JSON.parse(c.cli("--json", "need", "list")).length, 0);
    assert.equal(JSON.parse(c.cli("--json", "recommendation", "list")).length, 0);
    assert.equal(JSON.parse(c.cli("--json", "quote", "list")).length, 2, "P1's quotes stay");
  });

  test("lock and unlock; a wrong passphrase is refused in words; the passphrase can be changed", async () => {
    const b = app.browser;
    await click(b, "#lock-now");
    await waitForStep(b, "unlock");
    await fill(b, "#unlock-passphrase", "lanterns over the river");
    await click(b, "#unlock-submit");
    await waitForText(b, '[data-error-code="vault-wrong-passphrase"]', /passphrase/i);
    await fill(b, "#unlock-passphrase", PASSPHRASE);
    await click(b, "#unlock-submit");
    await waitForStep(b, "open");
    await fill(b, "#passphrase-new", NEW_PASSPHRASE);
    await fill(b, "#passphrase-confirm", NEW_PASSPHRASE);
    await click(b, "#passphrase-submit");
    await waitForText(b, "#passphrase-status", /passphrase is changed/);
    await inspectScreen(b, "facilitator-vault-care-en", { show: "#passphrase-form" });
    await click(b, "#lock-now");
    await waitForStep(b, "unlock");
    await fill(b, "#unlock-passphrase", NEW_PASSPHRASE);
    await click(b, "#unlock-submit");
    await waitForStep(b, "open");
  });

  test("the panic wipe asks twice, then leaves a first start", async () => {
    const b = app.browser;
    await click(b, "#wipe-start");
    await waitFor(b, "#wipe-word");
    assert.equal(await (await $(b, "#wipe-confirm")).isEnabled(), false);
    await fill(b, "#wipe-word", "wipe");
    await inspectScreen(b, "facilitator-wipe-en", { show: "#wipe-confirm" });
    await click(b, "#wipe-confirm");
    await waitForStep(b, "create");
    assert.equal(existsSync(path.join(app.profile.data, "vault.hearken")), false);
  });
});

describe("a facilitator's session, in Arabic, with text at 200%", () => {
  // Text at its largest: nothing on these screens may be cut off.
  const prepare = (profile) =>
    writeFileSync(
      path.join(profile.config, "settings.json"),
      JSON.stringify({ language: null, textSizePercent: 200, highContrast: false, autoLockMinutes: 30 }),
    );
  const app = appSession({ locale: "ar_EG.UTF-8", prepare });
  const c = coordinator();
  const bundle = path.join(c.dir, "session-ar.age");
  after(() => c.remove());

  test("kit, session, consent, capture, read-back and export read right to left", async () => {
    const b = app.browser;
    assert.equal(await b.execute(() => document.documentElement.dir), "rtl");
    await createVault(b, "فانوس فوق ضفة النهر");
    await importKit(b, c);
    await inspectScreen(b, "facilitator-kit-fingerprint-ar");
    await click(b, "#kit-import");
    await waitFor(b, "#engagement-detail");
    await inspectScreen(b, "facilitator-engagements-ar");
    await assertNothingClipped(b, "engagements in Arabic");

    await click(b, "#engagement-new-session");
    await waitFor(b, "#session-form");
    await fill(b, "#session-place", "تل الخروبة");
    await click(b, '[data-language="ar"]');
    await click(b, "#session-submit");
    await waitFor(b, "#agenda-timer");
    await click(b, "#participant-add");
    await waitForText(b, "#participant-status", /P1/);
    await inspectScreen(b, "facilitator-session-ar", { show: "#agenda-timer" });
    await assertNothingClipped(b, "session in Arabic");

    await openScreen(b, "consent");
    // The first participant without consent is chosen, and the picker shows it.
    await waitFor(b, "#consent-form");
    assert.equal(await b.execute(() => document.querySelector("#consent-who").selectedOptions[0]?.textContent), "P1");
    await pick(b, "#consent-language", "العربية");
    await waitForText(b, "#consent-view h2", /موافقتك/);
    assert.equal(await (await $(b, "#consent-view")).getAttribute("dir"), "rtl");
    await inspectScreen(b, "facilitator-consent-ar");
    await consent(b, "P1", ["quotes_in_reports"]);

    await openScreen(b, "capture");
    await pick(b, "#capture-language", "العربية");
    await quote(b, "P1", "نمشي ساعتين للوصول إلى العيادة، والقابلة تأتي مرة في الشهر.");
    await inspectScreen(b, "facilitator-capture-ar", { show: "#quote-list" });
    await assertNothingClipped(b, "capture in Arabic");

    await openScreen(b, "readback");
    await click(b, "#readback-list .confirm");
    await waitFor(b, '#readback-list [data-read-back="confirmed"]');
    await inspectScreen(b, "facilitator-readback-ar");

    await openScreen(b, "export");
    await waitFor(b, "#export-preview");
    await inspectScreen(b, "facilitator-export-ar");
    await assertNothingClipped(b, "export in Arabic");
    await fill(b, "#export-path", bundle);
    await click(b, "#export-save");
    await waitForText(b, "#export-status", /[1١]/);
    const imported = JSON.parse(c.cli("--json", "import", "--approve-new-keys", bundle));
    assert.equal(imported[0].result.outcome, "imported");
  });

  test("a wrong passphrase is explained in Arabic", async () => {
    const b = app.browser;
    await click(b, "#lock-now");
    await waitForStep(b, "unlock");
    await fill(b, "#unlock-passphrase", "كلمة خاطئة تماما");
    await click(b, "#unlock-submit");
    const notice = await waitFor(b, '[data-error-code="vault-wrong-passphrase"]');
    assert.match(await notice.getText(), /عبارة المرور/);
    await settle(b);
  });
});
