// A facilitator adjusts Hearken for a participant: Arabic right to left,
// large text, high contrast, a shorter auto-lock. Every change applies at
// once, survives a restart, and a refused value is explained and saves nothing.
import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { before, describe, test } from "node:test";
import {
  appSession,
  assertNothingClipped,
  inspectScreen,
  openScreen,
} from "./harness.mjs";

const settingsFile = (profile) => path.join(profile.config, "settings.json");

async function choose(browser, selector, value) {
  await (await browser.$(selector)).selectByAttribute("value", value);
  await (await browser.$("p.status")).waitUntil(async function () {
    return (await this.getText()) !== "";
  }, { timeout: 5000, timeoutMsg: `${selector}=${value} was not saved` });
}

describe("settings", () => {
  const app = appSession({ locale: "en_GB.UTF-8" });
  before(async () => {
    await openScreen(app.browser, "settings");
  });

  test("the settings screen in English, before any change", async () => {
    assert.equal(await (await app.browser.$("h1")).getText(), "Settings");
    assert.equal(existsSync(settingsFile(app.profile)), false, "nothing is written until something changes");
    await inspectScreen(app.browser, "settings-en");
  });

  test("choosing Arabic turns the whole interface right to left", async () => {
    await choose(app.browser, "#settings-language", "ar");
    assert.equal(await app.browser.execute(() => document.documentElement.dir), "rtl");
    assert.equal(await app.browser.execute(() => document.documentElement.lang), "ar");
    assert.equal(await (await app.browser.$("h1")).getText(), "الإعدادات");
    // The navigation starts on the right in RTL.
    const { brand, width } = await app.browser.execute(() => ({
      brand: document.querySelector(".brand").getBoundingClientRect().right,
      width: document.documentElement.clientWidth,
    }));
    assert.ok(brand > width / 2, `the app name should sit at the right edge (right=${brand}, width=${width})`);
    await inspectScreen(app.browser, "settings-ar");
  });

  test("200% text loses nothing, in Arabic and on the About screen", async () => {
    await choose(app.browser, "#settings-text-size", "200");
    assert.equal(await app.browser.execute(() => getComputedStyle(document.documentElement).fontSize), "32px");
    await assertNothingClipped(app.browser, "settings at 200%");
    await inspectScreen(app.browser, "settings-ar-200");
    await openScreen(app.browser, "about");
    await assertNothingClipped(app.browser, "about at 200%");
    await inspectScreen(app.browser, "about-ar-200");
    await openScreen(app.browser, "vault");
    await assertNothingClipped(app.browser, "vault creation at 200%");
    await inspectScreen(app.browser, "vault-create-ar-200", { show: "#create-submit" });
    await openScreen(app.browser, "settings");
  });

  test("high contrast switches the theme and still passes axe", async () => {
    await (await app.browser.$("#settings-contrast")).click();
    await app.browser.waitUntil(() => app.browser.execute(() => document.documentElement.dataset.contrast === "high"), {
      timeout: 5000,
    });
    const bg = await app.browser.execute(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(bg, "rgb(0, 0, 0)");
    await inspectScreen(app.browser, "settings-ar-200-contrast", { show: "#settings-text-size" });
  });

  test("an auto-lock delay out of range is explained in Arabic and saves nothing", async () => {
    const before = readFileSync(settingsFile(app.profile), "utf8");
    const input = await app.browser.$("#settings-auto-lock");
    await input.setValue("999");
    await app.browser.keys("Tab");
    const notice = await app.browser.$("#settings-auto-lock-error");
    await notice.waitForExist({ timeout: 5000 });
    assert.equal(await notice.getAttribute("data-error-code"), "settings-auto-lock-range");
    const text = await notice.getText();
    assert.match(text, /الخزنة/, "the error is in Arabic");
    assert.match(text, /120|١٢٠/, "the error names the limit");
    assert.equal(await input.getAttribute("aria-invalid"), "true");
    assert.equal(readFileSync(settingsFile(app.profile), "utf8"), before, "the file is unchanged");
    await inspectScreen(app.browser, "settings-ar-error", { show: "#settings-auto-lock-error" });

    await input.setValue("15");
    await app.browser.keys("Tab");
    await notice.waitForExist({ reverse: true, timeout: 5000 });
    assert.equal(JSON.parse(readFileSync(settingsFile(app.profile), "utf8")).autoLockMinutes, 15);
  });

  test("every choice is still there after a restart", async () => {
    await app.restart();
    assert.equal(await app.browser.execute(() => document.documentElement.dir), "rtl");
    assert.equal(await app.browser.execute(() => document.documentElement.dataset.contrast), "high");
    assert.equal(await app.browser.execute(() => getComputedStyle(document.documentElement).fontSize), "32px");
    await openScreen(app.browser, "settings");
    assert.equal(await (await app.browser.$("#settings-auto-lock")).getValue(), "15");
    assert.deepEqual(JSON.parse(readFileSync(settingsFile(app.profile), "utf8")), {
      language: "ar",
      textSizePercent: 200,
      highContrast: true,
      autoLockMinutes: 15,
    });
  });
});

describe("a damaged settings file", () => {
  const app = appSession({ locale: "es_ES.UTF-8", prepare: (profile) => writeFileSync(settingsFile(profile), "{ this is not json") });

  test("is reported in the system language, and choosing again repairs it", async () => {
    const notice = await app.browser.$('[data-error-code="settings-malformed"]');
    await notice.waitForExist({ timeout: 5000 });
    assert.match(await notice.getText(), /dañado/);
    await inspectScreen(app.browser, "about-es-damaged-settings");
    await openScreen(app.browser, "settings");
    await choose(app.browser, "#settings-text-size", "125");
    await notice.waitForExist({ reverse: true, timeout: 5000 });
    assert.equal(JSON.parse(readFileSync(settingsFile(app.profile), "utf8")).textSizePercent, 125);
  });
});
