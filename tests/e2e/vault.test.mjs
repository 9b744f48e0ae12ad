// A facilitator's vault, through the real app: created with a passphrase
// and a recovery key copied on paper, locked by button, shortcut or
// inactivity, unlocked despite typos (with the enforced wait shown), and
// recovered with the key when the passphrase is lost.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { appSession, inspectScreen, openScreen } from "./harness.mjs";

const PASSPHRASE = "river stones remember rain";
const NEW_PASSPHRASE = "mango tree by the old well";

const vaultFile = (profile) => path.join(profile.data, "vault.hearken");

async function step(browser) {
  return (await browser.$("[data-vault-step]")).getAttribute("data-vault-step");
}

async function waitForStep(browser, expected, timeout = 10000) {
  await browser.waitUntil(async () => (await step(browser)) === expected, {
    timeout,
    timeoutMsg: `the vault screen never reached "${expected}" (at "${await step(browser)}")`,
  });
}

async function fill(browser, selector, text) {
  await (await browser.$(selector)).setValue(text);
}

async function submitUnlock(browser, passphrase) {
  await fill(browser, "#unlock-passphrase", passphrase);
  await (await browser.$("#unlock-submit")).click();
}

async function errorCode(browser, selector) {
  const notice = await browser.$(selector);
  await notice.waitForExist({ timeout: 10000 });
  return notice.getAttribute("data-error-code");
}

async function readRecoveryKey(browser) {
  return browser.execute(() =>
    [...document.querySelectorAll("#recovery-key .recovery-group")].map((g) => g.textContent.trim()).join("-"),
  );
}

/** Text as read, without the Unicode isolation marks Fluent puts around arguments. */
async function textOf(browser, selector) {
  return (await (await browser.$(selector)).getText()).replace(/[\u2068\u2069]/g, "");
}

describe("the vault, in English", () => {
  const app = appSession({ locale: "en_US.UTF-8" });
  let recoveryKey;

  test("first start offers to create a vault, with live advice on the passphrase", async () => {
    await waitForStep(app.browser, "create");
    assert.equal(await app.browser.execute(() => document.activeElement?.id), "create-passphrase");
    await fill(app.browser, "#create-passphrase", "password");
    assert.equal(await (await app.browser.$("#create-strength")).getAttribute("data-strength"), "weak");
    await fill(app.browser, "#create-passphrase", PASSPHRASE);
    assert.equal(await (await app.browser.$("#create-strength")).getAttribute("data-strength"), "strong");
    assert.match(await (await app.browser.$("#create-strength")).getText(), /strong/);
    await inspectScreen(app.browser, "vault-create-en");
  });

  test("a confirmation that differs, or a passphrase too short, creates nothing", async () => {
    await fill(app.browser, "#create-confirm", "river stones remember");
    await (await app.browser.$("#create-submit")).click();
    await (await app.browser.$("#create-mismatch")).waitForExist({ timeout: 5000 });
    assert.equal(await (await app.browser.$("#create-confirm")).getAttribute("aria-invalid"), "true");

    await fill(app.browser, "#create-passphrase", "short");
    await fill(app.browser, "#create-confirm", "short");
    await (await app.browser.$("#create-submit")).click();
    assert.equal(await errorCode(app.browser, '[data-error-code="vault-short-passphrase"]'), "vault-short-passphrase");
    assert.match(await textOf(app.browser, '[data-error-code="vault-short-passphrase"]'), /at least 8 characters/);
    assert.equal(existsSync(vaultFile(app.profile)), false);
  });

  test("creating shows the recovery key once, and a wrong copy of it is caught", async () => {
    await fill(app.browser, "#create-passphrase", PASSPHRASE);
    await fill(app.browser, "#create-confirm", PASSPHRASE);
    await (await app.browser.$("#create-submit")).click();
    await waitForStep(app.browser, "recovery-key");
    assert.ok(existsSync(vaultFile(app.profile)), "the vault file exists in the temporary data folder");
    recoveryKey = await readRecoveryKey(app.browser);
    assert.match(recoveryKey, /^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    await inspectScreen(app.browser, "vault-recovery-key-en");

    const wrong = recoveryKey.slice(0, -1) + (recoveryKey.endsWith("0") ? "1" : "0");
    await fill(app.browser, "#recovery-confirm", wrong);
    await (await app.browser.$("#recovery-submit")).click();
    await (await app.browser.$("#recovery-mismatch")).waitForExist({ timeout: 5000 });
    await inspectScreen(app.browser, "vault-recovery-key-mismatch-en", { show: "#recovery-mismatch" });

    // Copied by hand: lower case, spaces between groups.
    await fill(app.browser, "#recovery-confirm", recoveryKey.toLowerCase().replaceAll("-", " "));
    await (await app.browser.$("#recovery-submit")).click();
    await waitForStep(app.browser, "open");
    assert.equal(await (await app.browser.$("#recovery-key")).isExisting(), false, "the key is gone from the screen");
  });

  test("the open vault shows what it holds, and Ctrl+L locks it from any screen", async () => {
    await (await app.browser.$("#vault-counts")).waitForExist({ timeout: 5000 });
    assert.match(await textOf(app.browser, '[data-kind="quote"]'), /Quotes: 0/);
    await inspectScreen(app.browser, "vault-open-en");
    await openScreen(app.browser, "settings");
    await app.browser.keys(["Control", "l"]);
    await (await app.browser.$('main[data-screen="vault"]')).waitForExist({ timeout: 5000 });
    await waitForStep(app.browser, "unlock");
    assert.equal(await (await app.browser.$("#lock-now")).isExisting(), false);
    assert.equal(await app.browser.execute(() => document.activeElement?.id), "unlock-passphrase");
  });

  test("wrong passphrases are refused; from the third, the wait is shown and Unlock waits too", async () => {
    for (const failed of [1, 2, 3]) {
      await submitUnlock(app.browser, "river stones forget rain");
      const notice = await app.browser.$('[data-error-code="vault-wrong-passphrase"]');
      await app.browser.waitUntil(async () => (await notice.getText()).replace(/[\u2068\u2069]/g, "").includes(`${failed} failed attempt`), {
        timeout: 10000,
        timeoutMsg: `no refusal for attempt ${failed}`,
      });
    }
    const wait = await app.browser.$("#unlock-wait");
    await wait.waitForExist({ timeout: 5000 });
    assert.match(await textOf(app.browser, "#unlock-wait"), /You can try again in 1 second\./);
    assert.equal(await (await app.browser.$("#unlock-submit")).isEnabled(), false);
    await inspectScreen(app.browser, "vault-unlock-wait-en", { show: "#unlock-wait" });
    await wait.waitForExist({ reverse: true, timeout: 5000 });
    assert.equal(await (await app.browser.$("#unlock-submit")).isEnabled(), true);
    await submitUnlock(app.browser, PASSPHRASE);
    await waitForStep(app.browser, "open");
  });

  test("after a restart the vault is locked and opens with its passphrase", async () => {
    await app.restart();
    await waitForStep(app.browser, "unlock");
    await inspectScreen(app.browser, "vault-unlock-en");
    await submitUnlock(app.browser, PASSPHRASE);
    await waitForStep(app.browser, "open");
  });

  test("with the passphrase lost, the recovery key opens the vault and sets a new one", async () => {
    await (await app.browser.$("#lock-now")).click();
    await waitForStep(app.browser, "unlock");
    await (await app.browser.$("#unlock-use-recovery")).click();
    await waitForStep(app.browser, "recover");
    await fill(app.browser, "#recover-key", "0000-0000-0000-0000-0000-0000-0000-0000");
    await fill(app.browser, "#recover-passphrase", NEW_PASSPHRASE);
    await (await app.browser.$("#recover-submit")).click();
    assert.equal(await errorCode(app.browser, "#recover-error"), "vault-wrong-recovery");
    await inspectScreen(app.browser, "vault-recover-en", { show: "#recover-error" });
    await fill(app.browser, "#recover-key", recoveryKey);
    await (await app.browser.$("#recover-submit")).click();
    await waitForStep(app.browser, "open");
    await (await app.browser.$("#lock-now")).click();
    await waitForStep(app.browser, "unlock");
    await submitUnlock(app.browser, PASSPHRASE);
    assert.equal(await errorCode(app.browser, "#unlock-error"), "vault-wrong-passphrase");
    await app.browser.waitUntil(async () => (await (await app.browser.$("#unlock-submit")).isEnabled()), { timeout: 10000 });
    await submitUnlock(app.browser, NEW_PASSPHRASE);
    await waitForStep(app.browser, "open");
  });

  test("a minute without activity locks the vault and says why", async () => {
    await openScreen(app.browser, "settings");
    await fill(app.browser, "#settings-auto-lock", "1");
    await app.browser.keys("Tab");
    await app.browser.waitUntil(async () => (await (await app.browser.$("p.status")).getText()) !== "", { timeout: 5000 });
    await openScreen(app.browser, "vault");
    await waitForStep(app.browser, "open");
    const started = Date.now();
    await waitForStep(app.browser, "unlock", 75000);
    const idle = (Date.now() - started) / 1000;
    assert.ok(idle >= 55 && idle <= 70, `locked after ${idle.toFixed(1)} s, expected about 60 s`);
    assert.match(await textOf(app.browser, "#locked-by-inactivity"), /after 1 minute without activity/);
    await inspectScreen(app.browser, "vault-locked-inactivity-en");
  });
});

describe("the vault, in Arabic", () => {
  const app = appSession({ locale: "ar_EG.UTF-8" });

  test("creation, the recovery key and the enforced wait read right to left", async () => {
    await waitForStep(app.browser, "create");
    assert.equal(await app.browser.execute(() => document.documentElement.dir), "rtl");
    await fill(app.browser, "#create-passphrase", "النهر يتذكر المطر دائما");
    await fill(app.browser, "#create-confirm", "النهر يتذكر المطر دائما");
    assert.equal(await (await app.browser.$("#create-strength")).getAttribute("data-strength"), "strong");
    await inspectScreen(app.browser, "vault-create-ar");
    await (await app.browser.$("#create-submit")).click();
    await waitForStep(app.browser, "recovery-key");
    // The key stays left to right inside the Arabic page.
    assert.equal(await (await app.browser.$("#recovery-key")).getAttribute("dir"), "ltr");
    await inspectScreen(app.browser, "vault-recovery-key-ar");
    await fill(app.browser, "#recovery-confirm", await readRecoveryKey(app.browser));
    await (await app.browser.$("#recovery-submit")).click();
    await waitForStep(app.browser, "open");
    await inspectScreen(app.browser, "vault-open-ar");

    await (await app.browser.$("#lock-now")).click();
    await waitForStep(app.browser, "unlock");
    for (let i = 0; i < 3; i++) {
      await submitUnlock(app.browser, "كلمة خاطئة تماما");
      await app.browser.waitUntil(async () => (await (await app.browser.$("#unlock-submit")).getText()) !== "جارٍ الفتح…", {
        timeout: 10000,
      });
    }
    const wait = await app.browser.$("#unlock-wait");
    await wait.waitForExist({ timeout: 5000 });
    assert.match(await wait.getText(), /ثانية واحدة/);
    await inspectScreen(app.browser, "vault-unlock-wait-ar", { show: "#unlock-wait" });
  });
});
