// Start-up time and idle memory of the real Hearken app, measured through
// the e2e harness (tauri-driver + WebKitWebDriver, temporary profile).
//
// Start-up: from the app process's start time (/proc/<pid>/stat, 10 ms
// ticks) to the moment the UI marked its first interactive frame
// (html[data-ready-at], set after settings load and one animation frame).
// Memory: PSS summed over the app process and every process under it
// (WebKitWebProcess, WebKitNetworkProcess) after `IDLE_SECONDS` of idling.
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, readlinkSync } from "node:fs";
import { APP, launch, removeProfile, tempProfile } from "../tests/e2e/harness.mjs";

const RUNS = Number(process.env.RUNS ?? 5);
const IDLE_SECONDS = Number(process.env.IDLE_SECONDS ?? 5);
const TICK = Number(execFileSync("getconf", ["CLK_TCK"]).toString());
const BOOT = Number(/^btime (\d+)$/m.exec(readFileSync("/proc/stat", "utf8"))[1]);

function pids() {
  return readdirSync("/proc").filter((d) => /^\d+$/.test(d)).map(Number);
}

function appPid() {
  const found = pids().filter((p) => {
    try {
      return readlinkSync(`/proc/${p}/exe`) === APP;
    } catch {
      return false;
    }
  });
  if (found.length !== 1) throw new Error(`expected one ${APP} process, found ${found.length}`);
  return found[0];
}

function stat(pid) {
  const s = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name (which may contain spaces) start at ")".
  return s.slice(s.lastIndexOf(")") + 2).split(" ");
}

function startedAtMs(pid) {
  return (BOOT + Number(stat(pid)[19]) / TICK) * 1000;
}

function tree(root) {
  const all = pids();
  const out = [root];
  for (let i = 0; i < out.length; i++) {
    for (const p of all) {
      try {
        if (Number(stat(p)[1]) === out[i]) out.push(p);
      } catch {
        // exited meanwhile
      }
    }
  }
  return out;
}

function memoryKiB(pid, field) {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB$`, "m").exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"));
  return m ? Number(m[1]) : 0;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const startups = [];
const pss = [];
const rss = [];
for (let run = 0; run < RUNS; run++) {
  const profile = tempProfile();
  const browser = await launch(profile);
  try {
    const pid = appPid();
    const readyAt = Number(await browser.execute(() => document.documentElement.dataset.readyAt));
    startups.push(readyAt - startedAtMs(pid));
    await new Promise((r) => setTimeout(r, IDLE_SECONDS * 1000));
    const procs = tree(pid);
    pss.push(procs.reduce((sum, p) => sum + memoryKiB(p, "Pss"), 0) / 1024);
    rss.push(procs.reduce((sum, p) => sum + memoryKiB(p, "Rss"), 0) / 1024);
    if (run === 0) {
      const each = procs.map(
        (p) => `${readFileSync(`/proc/${p}/comm`, "utf8").trim()} ${(memoryKiB(p, "Pss") / 1024).toFixed(0)} MiB`,
      );
      console.log(`PSS by process (first run): ${each.join(", ")}`);
    }
  } finally {
    await browser.quit();
    removeProfile(profile);
  }
}

const fmt = (xs, unit) => `median ${median(xs).toFixed(0)} ${unit} (runs: ${xs.map((x) => x.toFixed(0)).join(", ")})`;
console.log(`launch to first interactive screen: ${fmt(startups, "ms")}  [target <= 1000 ms]`);
console.log(`idle PSS, app + WebKit processes:  ${fmt(pss, "MiB")}  [target <= 300 MiB]`);
console.log(`idle RSS summed (for reference):   ${fmt(rss, "MiB")}`);
