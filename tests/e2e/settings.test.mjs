// A facilitator adjusts Hearken for a participant: Arabic right to left,
// large text, high contrast, a shorter auto-lock. Every change applies at
// once, survives a restart, and a refused value is explained and saves nothing.
import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import {
  assertNothingClipped,
  inspectScreen,
  launch,
  openScreen,
  removeProfile,
  tempProfile,
} from "./harness.mjs";

const settingsFile = (profile) => path.join(profile.config, "settings.json");

async function choose(browser, selector, value) {
  await (await browser.$(selector)).selectByAttribute("value", value);
  await (await browser.$("p.status")).waitUntil(async function () {
    return (await this.getText()) !== "";
  }, { timeout: 5000, timeoutMsg: `${selector}=${value} was not saved` });
}

describe("settings", () => {
  let browser;
  const profile = tempProfile();
  before(async () => {
    browser = await launch(profile, { locale: "en_GB.UTF-8" });
    await openScreen(browser, "settings");
  });
  after(async () => {
    await browser?.quit();
    removeProfile(profile);
  });

  test("the settings screen in English, before any change", async () => {
    assert.equal(await (await browser.$("h1")).getText(), "Settings");
    assert.equal(existsSync(settingsFile(profile)), false, "nothing is written until something changes");
    await inspectScreen(browser, "settings-en");
  });

  test("choosing Arabic turns the whole interface right to left", async () => {
    await choose(browser, "#settings-language", "ar");
    assert.equal(await browser.execute(() => document.documentElement.dir), "rtl");
    assert.equal(await browser.execute(() => document.documentElement.lang), "ar");
    assert.equal(await (await browser.$("h1")).getText(), "الإعدادات");
    // The navigation starts on the right in RTL.
    const { brand, width } = await browser.execute(() => ({
      brand: document.querySelector(".brand").getBoundingClientRect().right,
      width: document.documentElement.clientWidth,
    }));
    assert.ok(brand > width / 2, `the app name should sit at the right edge (right=${brand}, width=${width})`);
    await inspectScreen(browser, "settings-ar");
  });

  test("200% text loses nothing, in Arabic and on the About screen", async () => {
    await choose(browser, "#settings-text-size", "200");
    assert.equal(await browser.execute(() => getComputedStyle(document.documentElement).fontSize), "32px");
    await assertNothingClipped(browser, "settings at 200%");
    await inspectScreen(browser, "settings-ar-200");
    await openScreen(browser, "about");
    await assertNothingClipped(browser, "about at 200%");
    await inspectScreen(browser, "about-ar-200");
    await openScreen(browser, "vault");
    await assertNothingClipped(browser, "vault creation at 200%");
    await inspectScreen(browser, "vault-create-ar-200", { show: "#create-submit" });
    await openScreen(browser, "settings");
  });

  test("high contrast switches the theme and still passes axe", async () => {
    await (await browser.$("#settings-contrast")).click();
    await browser.waitUntil(() => browser.execute(() => document.documentElement.dataset.contrast === "high"), {
      timeout: 5000,
    });
    const bg = await browser.execute(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(bg, "rgb(0, 0, 0)");
    await inspectScreen(browser, "settings-ar-200-contrast", { show: "#settings-text-size" });
  });

  test("an auto-lock delay out of range is explained in Arabic and saves nothing", async () => {
    const before = readFileSync(settingsFile(profile), "utf8");
    const input = await browser.$("#settings-auto-lock");
    await input.setValue("999");
    await browser.keys("Tab");
    const notice = await browser.$("#settings-auto-lock-error");
    await notice.waitForExist({ timeout: 5000 });
    assert.equal(await notice.getAttribute("data-error-code"), "settings-auto-lock-range");
    const text = await notice.getText();
    assert.match(text, /الخزنة/, "the error is in Arabic");
    assert.match(text, /120|١٢٠/, "the error names the limit");
    assert.equal(await input.getAttribute("aria-invalid"), "true");
    assert.equal(readFileSync(settingsFile(profile), "utf8"), before, "the file is unchanged");
    await inspectScreen(browser, "settings-ar-error", { show: "#settings-auto-lock-error" });

    await input.setValue("15");
    await browser.keys("Tab");
    await notice.waitForExist({ reverse: true, timeout: 5000 });
    assert.equal(JSON.parse(readFileSync(settingsFile(profile), "utf8")).autoLockMinutes, 15);
  });

  test("every choice is still there after a restart", async () => {
    await browser.quit();
    browser = await launch(profile, { locale: "en_GB.UTF-8" });
    assert.equal(await browser.execute(() => document.documentElement.dir), "rtl");
    assert.equal(await browser.execute(() => document.documentElement.dataset.contrast), "high");
    assert.equal(await browser.execute(() => getComputedStyle(document.documentElement).fontSize), "32px");
    await openScreen(browser, "settings");
    assert.equal(await (await browser.$("#settings-auto-lock")).getValue(), "15");
    assert.deepEqual(JSON.parse(readFileSync(settingsFile(profile), "utf8")), {
      language: "ar",
      textSizePercent: 200,
      highContrast: true,
      autoLockMinutes: 15,
    });
  });
});

describe("a damaged settings file", () => {
  let browser;
  const profile = tempProfile();
  before(async () => {
    writeFileSync(settingsFile(profile), "{ this is not json");
    browser = await launch(profile, { locale: "es_ES.UTF-8" });
  });
  after(async () => {
    await browser?.quit();
    removeProfile(profile);
  });

  test("is reported in the system language, and choosing again repairs it", async () => {
    const notice = await browser.$('[data-error-code="settings-malformed"]');
    await notice.waitForExist({ timeout: 5000 });
    assert.match(await notice.getText(), /dañado/);
    await inspectScreen(browser, "about-es-damaged-settings");
    await openScreen(browser, "settings");
    await choose(browser, "#settings-text-size", "125");
    await notice.waitForExist({ reverse: true, timeout: 5000 });
    assert.equal(JSON.parse(readFileSync(settingsFile(profile), "utf8")).textSizePercent, 125);
  });
});
