// The round trip with QDA tools through the real app. The CLI exports the
// demo's REFI-QDA project; analysts "code" it (a new code, nested under
// nothing, on one quote) as a QDA tool would write it back; the coordinator
// imports the coded project on the Themes screen, sees what changed and the
// analysis codebook, and switches the synthesis to it. A file that is not a
// project is refused in words and changes nothing. The dashboard is written
// with the themes heard from the analysis coding.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { cliFor } from "./coordinator.mjs";
import { appSession, assertNothingClipped, inspectScreen, openScreen, settle, unlock } from "./harness.mjs";

const PASSPHRASE = "analysts coded the river basin dialogues";
const plain = (s) => s.replace(/[\u2068\u2069]/g, "").trim();

// A QDA tool's changes: one new code, and a coding with it on the first
// quote (python's zipfile, as Debian has it).
const CODE_IT = `
import sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(src) as z:
    files = {n: z.read(n) for n in z.namelist()}
x = files["project.qde"].decode()
g = "0a1b2c3d-0000-4000-8000-000000000001"
x = x.replace("<Codes>", '<Codes>\\n<Code guid="%s" name="Distance to services" isCodable="true"/>' % g, 1)
x = x.replace("      </PlainTextSelection>", '        <Coding guid="0a1b2c3d-0000-4000-8000-000000000002"><CodeRef targetGUID="%s"/></Coding>\\n      </PlainTextSelection>' % g, 1)
files["project.qde"] = x.encode()
with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
    for n, b in sorted(files.items()):
        z.writestr(n, b)
`;

let fixture;
function buildFixture() {
  if (fixture) return fixture;
  const work = mkdtempSync(path.join(tmpdir(), "hearken-qda-e2e-"));
  const pass = path.join(work, "passphrase");
  writeFileSync(pass, `${PASSPHRASE}\n`);
  const cli = cliFor(path.join(work, "coord.hearken"), pass);
  cli("init", "--recovery-key-out", path.join(work, "coord.recovery"));
  cli("demo");
  const exported = path.join(work, "demo.qdpx");
  cli("report", "--format", "qdpx", "--out", exported);
  const coded = path.join(work, "coded.qdpx");
  execFileSync("python3", ["-c", CODE_IT, exported, coded]);
  const bad = path.join(work, "notes.qdpx");
  writeFileSync(bad, "meeting notes, not a project");
  fixture = { work, pass, coded, bad };
  return fixture;
}

after(() => {
  if (fixture) rmSync(fixture.work, { recursive: true, force: true });
});


describe("the analysis coding from a QDA tool, in English", () => {
  const app = appSession({
    locale: "en_US.UTF-8",
    prepare: (profile) => {
      const f = buildFixture();
      copyFileSync(path.join(f.work, "coord.hearken"), path.join(profile.data, "vault.hearken"));
    },
  });
  const appCli = (...args) => JSON.parse(cliFor(path.join(app.profile.data, "vault.hearken"), fixture.pass)("--json", ...args));

  test("a file that is not a project is refused in words and nothing is imported", async () => {
    const b = app.browser;
    await unlock(b, PASSPHRASE);
    await openScreen(b, "coord-themes");
    await (await b.$("#coord-qda-none")).waitForExist({ timeout: 10000 });
    await (await b.$("#coord-qda-path")).setValue(fixture.bad);
    await (await b.$("#coord-qda-import")).click();
    const notice = await b.$("#coord-qda-error");
    await notice.waitForExist({ timeout: 10000 });
    assert.equal(await notice.getAttribute("data-error-code"), "qda-not-zip");
    assert.match(plain(await notice.getText()), /not a REFI-QDA project/);
    assert.ok(await (await b.$("#coord-qda-none")).isExisting(), "still no analysis coding");
    assert.equal(await (await b.$("#coord-themes-codebook")).isExisting(), false, "no codebook choice without an analysis coding");
  });

  test("a coded project comes back as the analysis coding, and the synthesis can use it", async () => {
    const b = app.browser;
    await (await b.$("#coord-qda-path")).setValue(fixture.coded);
    await (await b.$("#coord-qda-import")).click();
    await b.waitUntil(async () => (await (await b.$("#coord-qda-result")).getAttribute("data-changed")) === "true", {
      timeout: 15000,
      timeoutMsg: "the coded project was never imported",
    });
    const result = plain(await (await b.$("#coord-qda-result")).getText());
    assert.match(result, /Imported the analysis coding/);
    assert.match(result, /One new code: Distance to services/);
    const row = await b.$('#coord-qda-table tr[data-code="Distance to services"]');
    await row.waitForExist({ timeout: 10000 });
    assert.equal(plain(await (await row.$("td.num")).getText()), "1");
    // The CLI reads the same analysis coding from the vault the app wrote.
    assert.ok(appCli("qda", "show").some((c) => c.name === "Distance to services" && c.quotes === 1));

    // Switched to the analysis coding, the themes count it.
    const choice = await b.$("#coord-themes-codebook");
    await choice.waitForExist({ timeout: 10000 });
    await choice.selectByAttribute("value", "analysis");
    await (await b.$("#coord-themes-apply")).click();
    await settle(b);
    await (await b.$('button.theme-node[data-theme="Distance to services"]')).waitForExist({ timeout: 10000 });
    const kit = appCli("synthesis").themes.length;
    const analysis = appCli("synthesis", "--codebook", "analysis").themes.length;
    assert.equal(analysis, kit + 1);
    await inspectScreen(b, "qda-themes-en", { show: "#coord-qda-table" });
  });

  test("the dashboard is written with the themes heard from the analysis coding", async () => {
    const b = app.browser;
    await openScreen(b, "coord-tracking");
    const choice = await b.$("#tracking-codebook");
    await choice.waitForExist({ timeout: 10000 });
    await choice.selectByAttribute("value", "analysis");
    const folder = path.join(fixture.work, "dashboard-analysis");
    await (await b.$("#tracking-out-path")).setValue(folder);
    await (await b.$("#tracking-write-dashboard")).click();
    await b.waitUntil(async () => (await (await b.$("#tracking-written")).getAttribute("data-result")) === "written", {
      timeout: 60000,
      timeoutMsg: "the dashboard was never written",
    });
    assert.match(readFileSync(path.join(folder, "fr", "communities.html"), "utf8"), /Distance to services/);
  });
});

describe("the analysis coding from a QDA tool, in Arabic", () => {
  const app = appSession({
    locale: "ar_EG.UTF-8",
    prepare: (profile) => {
      const f = buildFixture();
      const vault = path.join(profile.data, "vault.hearken");
      copyFileSync(path.join(f.work, "coord.hearken"), vault);
      cliFor(vault, f.pass)("qda", "import", f.coded);
    },
  });

  test("the panel, its codebook and the codebook choice read right to left, in Arabic", async () => {
    const b = app.browser;
    await unlock(b, PASSPHRASE);
    await openScreen(b, "coord-themes");
    const table = await b.$("#coord-qda-table");
    await table.waitForExist({ timeout: 10000 });
    assert.equal(await b.execute(() => document.documentElement.dir), "rtl");
    assert.match(plain(await (await b.$("#coord-qda-heading")).getText()), /ترميز التحليل/);
    assert.match(plain(await (await b.$('label[for="coord-themes-codebook"]')).getText()), /المواضيع من/);
    assert.ok(await (await b.$('#coord-qda-table tr[data-code="Distance to services"]')).isExisting());
    await (await b.$("#coord-qda-path")).setValue(fixture.bad);
    await (await b.$("#coord-qda-import")).click();
    const notice = await b.$("#coord-qda-error");
    await notice.waitForExist({ timeout: 10000 });
    assert.match(plain(await notice.getText()), /ليس مشروع REFI-QDA/);
    await assertNothingClipped(b, "qda-themes-ar");
    await inspectScreen(b, "qda-themes-ar", { show: "#coord-qda-heading" });
  });
});
