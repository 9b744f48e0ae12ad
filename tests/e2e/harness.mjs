// Drives the real Hearken app: tauri-driver (port 4444) in front of
// WebKitWebDriver (4445), which starts the app binary. Each launch gets its
// own temporary HEARKEN_CONFIG_DIR / HEARKEN_DATA_DIR, so a test never reads
// or writes a person's real preferences or vault. Needs a display (Xvfb):
// scripts/e2e.sh provides one.
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createConnection } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before } from "node:test";
import { remote } from "webdriverio";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const APP = process.env.HEARKEN_APP ?? path.join(ROOT, "target/standalone/hearken-app");
export const SCREENSHOTS = path.join(ROOT, "target/e2e-screenshots");
/** Locales compiled for the tests, so a "French system" is French without root. */
const LOCALES = path.join(ROOT, "target/e2e-locales");
const AXE = readFileSync(path.join(import.meta.dirname, "node_modules/axe-core/axe.min.js"), "utf8");
const DRIVER_PORT = 4444;
const NATIVE_PORT = 4445;

function portOpen(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** Waits until `port` accepts connections (tauri-driver opens 4444 before WebKitWebDriver is up on 4445). */
async function waitForPort(port, ms = 15000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await portOpen(port)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nothing listening on port ${port} after ${ms} ms`);
}

async function waitForPortsClosed(ms = 10000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!(await portOpen(DRIVER_PORT)) && !(await portOpen(NATIVE_PORT))) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error("WebDriver ports still busy: is another tauri-driver running?");
}

/**
 * WebKit takes the system language from the C library's locale, which must
 * exist: compile `locale` (e.g. "fr_FR.UTF-8") into target/e2e-locales once,
 * from the `locales` package's sources, and point LOCPATH there.
 */
function ensureLocale(locale) {
  const [name, charset = "UTF-8"] = locale.split(".");
  if (!existsSync(path.join(LOCALES, locale))) {
    mkdirSync(LOCALES, { recursive: true });
    try {
      execFileSync("localedef", ["-i", name, "-f", charset, path.join(LOCALES, locale)], { stdio: "pipe" });
    } catch (e) {
      // localedef exits 1 on warnings but still writes the locale.
      if (!existsSync(path.join(LOCALES, locale))) {
        throw new Error(`cannot compile locale ${locale} (is the 'locales' package installed?): ${e.stderr}`);
      }
    }
  }
  return LOCALES;
}

/** Fresh temporary folders for one app profile (preferences and vaults). */
export function tempProfile() {
  const base = mkdtempSync(path.join(tmpdir(), "hearken-e2e-"));
  const profile = { base, config: path.join(base, "config"), data: path.join(base, "data") };
  mkdirSync(profile.config);
  mkdirSync(profile.data);
  return profile;
}

/** Removes a profile made by {@link tempProfile}. */
export function removeProfile(profile) {
  rmSync(profile.base, { recursive: true, force: true });
}

/**
 * Starts the app on `profile` with the operating-system language `locale`
 * (e.g. "fr_FR.UTF-8") and returns a WebdriverIO browser; `quit()` ends it.
 */
export async function launch(profile, { locale = "en_US.UTF-8" } = {}) {
  assert.ok(process.env.DISPLAY, "no DISPLAY: run through scripts/e2e.sh (starts Xvfb)");
  await waitForPortsClosed();
  const lang = locale.split(/[_.]/)[0];
  const locpath = ensureLocale(locale);
  const driver = spawn("tauri-driver", ["--port", String(DRIVER_PORT), "--native-port", String(NATIVE_PORT)], {
    env: {
      ...process.env,
      HEARKEN_CONFIG_DIR: profile.config,
      HEARKEN_DATA_DIR: profile.data,
      LOCPATH: locpath,
      LANG: locale,
      LANGUAGE: lang,
      LC_ALL: "",
      LC_MESSAGES: "",
    },
    stdio: ["ignore", "ignore", "pipe"],
    detached: true,
  });
  let driverLog = "";
  driver.stderr.on("data", (d) => {
    driverLog += d;
  });
  try {
    await waitForPort(DRIVER_PORT);
    await waitForPort(NATIVE_PORT);
    const browser = await remote({
      hostname: "127.0.0.1",
      port: DRIVER_PORT,
      logLevel: "error",
      connectionRetryCount: 0,
      capabilities: {
        browserName: "wry",
        "wdio:enforceWebDriverClassic": true,
        "tauri:options": { application: APP },
      },
    });
    await browser.waitUntil(() => browser.execute(() => document.documentElement.dataset.readyAt !== undefined), {
      timeout: 15000,
      timeoutMsg: "the UI never marked itself ready",
    });
    const quit = async () => {
      try {
        await browser.deleteSession();
      } finally {
        await stopDriver(driver);
      }
    };
    return Object.assign(browser, { quit });
  } catch (e) {
    await stopDriver(driver);
    throw new Error(`${e.message}\ntauri-driver said:\n${driverLog}`);
  }
}

async function stopDriver(driver) {
  if (driver.exitCode !== null) return;
  const exited = new Promise((r) => driver.once("exit", r));
  process.kill(-driver.pid, "SIGTERM");
  await exited;
}

/**
 * Registers `before`/`after` hooks for the enclosing `describe`: start the
 * app on a fresh profile with the OS language `locale`, quit it and remove
 * the profile at the end. `prepare(profile)` runs before the start (to plant
 * files). Use `app.browser` in tests; `app.restart()` quits and starts again
 * on the same profile.
 */
export function appSession({ locale = "en_US.UTF-8", prepare } = {}) {
  const app = {
    profile: tempProfile(),
    browser: undefined,
    async restart() {
      await app.browser.quit();
      app.browser = await launch(app.profile, { locale });
    },
  };
  before(async () => {
    prepare?.(app.profile);
    app.browser = await launch(app.profile, { locale });
  });
  after(async () => {
    await app.browser?.quit();
    removeProfile(app.profile);
  });
  return app;
}

/** Resolves after two animation frames, so a screenshot shows the current state. */
/** Unlocks the vault the app opened with `passphrase`; resolves once it is open. */
export async function unlock(browser, passphrase) {
  const step = await browser.$("[data-vault-step]");
  await browser.waitUntil(async () => (await step.getAttribute("data-vault-step")) === "unlock", { timeout: 10000 });
  await (await browser.$("#unlock-passphrase")).setValue(passphrase);
  await (await browser.$("#unlock-submit")).click();
  await browser.waitUntil(async () => (await step.getAttribute("data-vault-step")) === "open", { timeout: 15000 });
}

export async function settle(browser) {
  await browser.execute(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true)))),
  );
}

/** Shows the screen `id` through its navigation button, as a person would. */
export async function openScreen(browser, id) {
  await (await browser.$(`[data-nav="${id}"]`)).click();
  await (await browser.$(`main[data-screen="${id}"]`)).waitForExist({ timeout: 5000 });
  await settle(browser);
}

/**
 * Checks the page with axe-core and fails on any serious or critical
 * violation, naming the rule and the elements.
 */
export async function assertAccessible(browser, label) {
  const injected = await browser.execute(() => typeof window.axe === "object");
  if (!injected) await browser.execute(`${AXE}\n;return true;`);
  const violations = await browser.execute(
    () =>
      window.axe
        .run(document, { resultTypes: ["violations"] })
        .then((r) =>
          r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(" ")) })),
        ),
  );
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  assert.deepEqual(serious, [], `${label}: axe found ${serious.length} serious/critical violation(s)`);
  return violations;
}

/** Saves a PNG of the window under target/e2e-screenshots/<name>.png. */
export async function screenshot(browser, name) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await settle(browser);
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await browser.saveScreenshot(file);
  return file;
}

/**
 * Axe check and screenshot: what every screen in every state gets. `show`
 * names an element to scroll into the middle of the window first (a
 * screenshot holds only what the window shows).
 */
export async function inspectScreen(browser, name, { show } = {}) {
  if (show) await browser.execute((sel) => document.querySelector(sel)?.scrollIntoView({ block: "center" }), show);
  await settle(browser);
  await assertAccessible(browser, name);
  await screenshot(browser, name);
}

/**
 * Fails if any text is cut off: the page scrolls sideways, or an element that
 * hides overflow has more content than room.
 */
export async function assertNothingClipped(browser, label) {
  const problems = await browser.execute(() => {
    const found = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) found.push(`page scrolls sideways (${root.scrollWidth} > ${root.clientWidth})`);
    for (const el of document.body.querySelectorAll("*")) {
      const style = getComputedStyle(el);
      const hides = (o) => o === "hidden" || o === "clip";
      if (style.display === "none" || el.closest(".skip-link")) continue;
      if (hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1) found.push(`${el.tagName}#${el.id} cut sideways`);
      if (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1) found.push(`${el.tagName}#${el.id} cut at the bottom`);
      const r = el.getBoundingClientRect();
      if (el.childElementCount === 0 && el.textContent.trim() && (r.right > root.clientWidth + 1 || r.left < -1))
        found.push(`${el.tagName}#${el.id} "${el.textContent.trim().slice(0, 20)}" off screen`);
    }
    return found;
  });
  assert.deepEqual(problems, [], `${label}: text is clipped`);
}

/**
 * Presses Tab until focus comes back round. Returns each control that took
 * focus, in order, and those of them that showed no focus ring (an outline
 * at least 2 px wide).
 */
export async function tabOrder(browser) {
  await browser.execute(() => {
    document.activeElement?.blur();
    window.getSelection()?.removeAllRanges();
  });
  const reached = [];
  const noRing = [];
  for (let i = 0; i < 60; i++) {
    await browser.keys("Tab");
    const here = await browser.execute(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const ring = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2;
      const name = el.id ? `#${el.id}` : el.dataset.nav ? `[data-nav=${el.dataset.nav}]` : `.${el.className}`;
      return { name, ring };
    });
    if (here === null) continue;
    if (reached.includes(here.name)) break;
    reached.push(here.name);
    if (!here.ring) noRing.push(here.name);
  }
  return { reached, noRing };
}

/** Every control on the page that a pointer could use, described like {@link tabOrder}. */
export async function interactiveControls(browser) {
  return browser.execute(() =>
    [...document.querySelectorAll("a[href], button, select, input, textarea, [tabindex='0']")]
      .filter((el) => !el.disabled && el.getClientRects().length > 0 && !el.closest(".skip-link"))
      .map((el) => (el.id ? `#${el.id}` : el.dataset.nav ? `[data-nav=${el.dataset.nav}]` : `.${el.className}`)),
  );
}
