// Keystroke-to-"Saved" latency of a quote in the real app, driven through
// the e2e harness (tauri-driver + WebKitWebDriver, temporary profile).
//
// The facilitator vault is prepared with the real CLI (a kit from a
// coordinator vault, a session, P1 with consent); the app then unlocks it
// and captures SAMPLES quotes, each typed into the capture field and saved
// with Enter. The page times each save itself: from the Enter keydown
// event's timestamp to (a) the DOM showing "Saved" after the `quote_add`
// command returned (data-latency-ms) and (b) the next drawn frame
// (data-frame-ms). WebDriver's own round trips are outside both.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { cliFor, coordinator } from "../tests/e2e/coordinator.mjs";
import { launch, removeProfile, settle, tempProfile } from "../tests/e2e/harness.mjs";

const SAMPLES = Number(process.env.SAMPLES ?? 220);
const WARMUP = 10;
const PASSPHRASE = "benchmark passphrase, long enough";

const c = coordinator();
const profile = tempProfile();
mkdirSync(profile.data, { recursive: true });
const pass = path.join(profile.base, "pass");
writeFileSync(pass, `${PASSPHRASE}\n`);
const cli = cliFor(path.join(profile.data, "vault.hearken"), pass);
cli("init", "--recovery-key-out", path.join(profile.base, "recovery.txt"));
const { engagement } = JSON.parse(cli("--json", "kit", "import", "--yes", c.kit));
const session = cli("--json", "session", "add", "--engagement", engagement, "--date", "2026-03-14", "--place", "Eastgate", "--language", "en");
const sessionId = JSON.parse(session).id;
cli("participant", "add", "--session", sessionId);
cli("consent", "give", "--session", sessionId, "--participant", "P1", "--scopes", "take_part,quotes_in_reports", "--method", "oral", "--language", "en");

const browser = await launch(profile);
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
try {
  await (await browser.$("#unlock-passphrase")).setValue(PASSPHRASE);
  await (await browser.$("#unlock-submit")).click();
  await (await browser.$('[data-vault-step="open"]')).waitForExist({ timeout: 15000 });
  await (await browser.$('[data-nav="session"]')).click();
  await (await browser.$(`[data-session="${sessionId}"]`)).click();
  await (await browser.$("#agenda-timer")).waitForExist({ timeout: 5000 });
  await (await browser.$('[data-nav="capture"]')).click();
  await (await browser.$("#capture-speaker")).setValue("P1");
  const field = await browser.$("#capture-text");
  const status = await browser.$("#capture-status");
  const dom = [];
  const frame = [];
  for (let i = 0; i < WARMUP + SAMPLES; i++) {
    await field.setValue(`Quote ${i}: we walk two hours to the clinic and the midwife comes once a month.`);
    await browser.keys("Enter");
    await browser.waitUntil(async () => Number(await status.getAttribute("data-saved")) === i + 1, { timeout: 10000 });
    await settle(browser);
    if (i < WARMUP) continue;
    dom.push(Number(await status.getAttribute("data-latency-ms")));
    frame.push(Number(await status.getAttribute("data-frame-ms")));
  }
  const line = (name, xs) =>
    `${name}: p50 ${pct(xs, 50).toFixed(1)} ms, p99 ${pct(xs, 99).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms (${xs.length} samples)`;
  console.log(line("Enter to \"Saved\" in the DOM (quote_add committed)", dom));
  console.log(line("Enter to the frame showing it              ", frame));
  console.log("[target: p99 <= 50 ms]");
} finally {
  await browser.quit();
  removeProfile(profile);
  c.remove();
}
