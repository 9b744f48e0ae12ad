// The coordinator's editorial control in the real app: the report editor
// (texts per language, a preview read by the core, a refused cover line
// that saves nothing), quotes pinned to a theme and kept out of reports on
// the Themes screen, and the framework report as a submission within a word
// budget. The CLI reads back what the app wrote. In English, then in
// Arabic with text at 200%.
import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { cliFor } from "./coordinator.mjs";
import { appSession, assertAccessible, assertNothingClipped, inspectScreen, openScreen, settle, unlock } from "./harness.mjs";

const PASSPHRASE = "the coalition writes its own summary";
const plain = (s) => s.replace(/[\u2068\u2069]/g, "").trim();

let fixture;
function buildFixture() {
  if (fixture) return fixture;
  const work = mkdtempSync(path.join(tmpdir(), "hearken-editorial-e2e-"));
  const pass = path.join(work, "passphrase");
  writeFileSync(pass, `${PASSPHRASE}\n`);
  const cli = cliFor(path.join(work, "coord.hearken"), pass);
  cli("init", "--recovery-key-out", path.join(work, "coord.recovery"));
  cli("demo");
  fixture = { work, pass };
  return fixture;
}

after(() => {
  if (fixture) rmSync(fixture.work, { recursive: true, force: true });
});

/** Puts `text` in the editor as a paste would (WebDriver typing drops line ends). */
async function typeText(b, text) {
  await b.execute((value) => {
    const box = document.getElementById("coord-texts-text");
    box.value = value;
    box.dispatchEvent(new Event("input", { bubbles: true }));
  }, text);
  await settle(b);
}

describe("the report's own texts, the choice of quotes and a submission, in English", () => {
  const app = appSession({
    locale: "en_US.UTF-8",
    prepare: (profile) => {
      const f = buildFixture();
      copyFileSync(path.join(f.work, "coord.hearken"), path.join(profile.data, "vault.hearken"));
    },
  });
  const appCli = (...args) => cliFor(path.join(app.profile.data, "vault.hearken"), fixture.pass)(...args);

  test("the editor shows the demo's summary, previews markup and saves with Ctrl+Enter", async () => {
    const b = app.browser;
    await unlock(b, PASSPHRASE);
    await openScreen(b, "coord-report-texts");
    const box = await b.$("#coord-texts-text");
    await b.waitUntil(async () => (await box.getValue()).startsWith("# What communities told us"), {
      timeout: 10000,
      timeoutMsg: "the demo's English summary was not loaded",
    });
    await typeText(b, "# Key messages\n\nWater comes **first**.\n\n- clinics\n- schools");
    await b.waitUntil(async () => (await (await b.$("#coord-texts-preview strong")).getText()) === "first", {
      timeout: 5000,
      timeoutMsg: "the preview never showed the new text",
    });
    assert.equal((await b.$$("#coord-texts-preview li")).length, 2);
    assert.match(plain(await (await b.$("#coord-texts-count")).getText()), /^7 words$/);
    await box.click();
    await b.keys(["Control", "Enter"]);
    await b.waitUntil(async () => plain(await (await b.$("#coord-texts-status")).getText()) === "Saved.", {
      timeout: 10000,
      timeoutMsg: "Ctrl+Enter did not save",
    });
    const shown = JSON.parse(appCli("--json", "report-text", "show"));
    assert.ok(shown.some((t) => t.language === "en" && t.part === "summary" && t.text.startsWith("# Key messages")));
    assert.match(plain(await (await b.$('#coord-texts-table td[data-text="en-summary"]')).getText()), /7 words/);
    await assertAccessible(b, "report-texts-en");
    await inspectScreen(b, "report-texts-en", { show: "#coord-texts-preview" });
  });

  test("a cover line that is not understood is named, and nothing can be saved", async () => {
    const b = app.browser;
    await (await b.$("#coord-texts-part")).selectByAttribute("value", "cover");
    await b.waitUntil(async () => (await (await b.$("#coord-texts-text")).getValue()).startsWith("organisation:"), { timeout: 5000 });
    await typeText(b, "organisation: Coalition\nauthor: me");
    const notice = await b.$("#coord-texts-preview-error");
    await notice.waitForExist({ timeout: 5000 });
    assert.equal(await notice.getAttribute("data-error-code"), "editorial-cover-line");
    assert.match(plain(await notice.getText()), /Line 2 of the cover text/);
    assert.equal(await (await b.$("#coord-texts-save")).isEnabled(), false);
    const cover = JSON.parse(appCli("--json", "report-text", "show")).find((t) => t.language === "en" && t.part === "cover");
    assert.ok(!cover.text.includes("author"), "the vault kept the old cover");
  });

  test("a quote pinned to a theme comes first; one kept out of reports is never chosen", async () => {
    const b = app.browser;
    await openScreen(b, "coord-themes");
    const node = await b.$('button.theme-node[data-theme="water"]');
    await node.waitForExist({ timeout: 10000 });
    await node.click();
    await (await b.$("#coord-theme-quotes")).waitForExist({ timeout: 5000 });
    // A quote not chosen by the automatic choice: pin it.
    const items = await b.$$("#coord-theme-quotes li");
    let pinned = null;
    for (const li of items) {
      const chosen = await (await li.$('[data-curation="chosen"]')).isExisting();
      const pin = await li.$('button[data-action="pin"]');
      if (!chosen && (await pin.isExisting()) && (await pin.isEnabled())) {
        pinned = await li.getAttribute("data-quote");
        await pin.click();
        break;
      }
    }
    assert.ok(pinned, "the water theme has a quote the automatic choice left out");
    const badge = await b.$(`#coord-theme-quotes li[data-quote="${pinned}"] [data-curation="pinned"]`);
    await badge.waitForExist({ timeout: 10000 });
    const synthesis = JSON.parse(appCli("--json", "synthesis"));
    assert.equal(synthesis.representative.find((r) => r.theme === "water").quote, pinned);
    // Kept out of reports: the badge says so and the synthesis drops it.
    await (await b.$(`#coord-theme-quotes li[data-quote="${pinned}"] button[data-action="exclude"]`)).click();
    await (await b.$(`#coord-theme-quotes li[data-quote="${pinned}"] [data-curation="excluded"]`)).waitForExist({ timeout: 10000 });
    const after = JSON.parse(appCli("--json", "synthesis"));
    assert.ok(after.representative.every((r) => r.quote !== pinned));
    assert.deepEqual(JSON.parse(appCli("--json", "quote", "curated")).excluded, [pinned]);
    await assertAccessible(b, "themes-curation-en");
  });

  test("the framework report as a submission keeps to its word budget", async () => {
    const b = app.browser;
    await openScreen(b, "coord-report");
    await (await b.$("#coord-format-pdf-framework")).click();
    await (await b.$("#coord-report-submission")).click();
    const max = await b.$("#coord-report-max-words");
    await max.clearValue();
    await max.setValue("800");
    const out = path.join(fixture.work, "submission-en.pdf");
    await (await b.$("#coord-report-path")).setValue(out);
    await (await b.$("#coord-report-save")).click();
    const status = await b.$("#coord-report-status");
    await b.waitUntil(async () => /words/.test(await status.getText()), { timeout: 30000, timeoutMsg: "the submission was not saved" });
    const words = Number(plain(await status.getText()).match(/: (\d+) words/)[1]);
    assert.ok(words > 100 && words <= 800, plain(await status.getText()));
    const text = execFileSync("pdftotext", [out, "-"], { encoding: "utf8" });
    assert.match(text, /What this submission leaves out/);
    assert.match(text, /Key messages/);

    // The same submission as an editable document.
    await (await b.$("#coord-format-docx")).click();
    const docx = path.join(fixture.work, "submission-en.docx");
    await (await b.$("#coord-report-path")).setValue(docx);
    await (await b.$("#coord-report-save")).click();
    await b.waitUntil(async () => plain(await status.getText()).includes("submission-en.docx"), { timeout: 30000, timeoutMsg: "the editable report was not saved" });
    assert.equal(readFileSync(docx).subarray(0, 2).toString(), "PK", "a .docx is a ZIP archive");
  });
});

describe("the report editor in Arabic, text at 200%", () => {
  const app = appSession({
    locale: "ar_EG.UTF-8",
    prepare: (profile) => {
      const f = buildFixture();
      copyFileSync(path.join(f.work, "coord.hearken"), path.join(profile.data, "vault.hearken"));
      writeFileSync(
        path.join(profile.config, "settings.json"),
        JSON.stringify({ language: null, textSizePercent: 200, highContrast: false, autoLockMinutes: 30 }),
      );
    },
  });

  test("the editor, its table and its preview read right to left, nothing clipped", async () => {
    const b = app.browser;
    await unlock(b, PASSPHRASE);
    await openScreen(b, "coord-report-texts");
    assert.equal(await b.execute(() => document.documentElement.dir), "rtl");
    await (await b.$("#coord-texts-lang")).selectByAttribute("value", "ar");
    await (await b.$("#coord-texts-text")).waitForExist({ timeout: 5000 });
    await typeText(b, "# الرسائل الرئيسية\n\nالمياه **أولاً** ثم الصحة.");
    const strong = await b.$("#coord-texts-preview strong");
    await strong.waitForExist({ timeout: 5000 });
    assert.equal(await strong.getText(), "أولاً");
    assert.equal(await (await b.$("#coord-texts-preview")).getAttribute("dir"), "rtl");
    await (await b.$("#coord-texts-save")).click();
    await b.waitUntil(async () => plain(await (await b.$("#coord-texts-status")).getText()).length > 0, { timeout: 10000 });
    assert.match(plain(await (await b.$('#coord-texts-table td[data-text="ar-summary"]')).getText()), /[\d٠-٩]/);
    await assertNothingClipped(b, "report-texts-ar");
    await assertAccessible(b, "report-texts-ar");
    await inspectScreen(b, "report-texts-ar", { show: "#coord-texts-preview" });
  });
});
