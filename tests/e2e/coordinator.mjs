// The other side of a facilitator's work, driven by the real `hearken` CLI:
// a coordinator's vault with the demo engagement and a signed kit of it
// (what `hearken demo --engagement-only` and `hearken kit create` make),
// and a facilitator vault prepared by the CLI for benchmarks.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT } from "./harness.mjs";

/** The CLI binary (`make e2e` builds it). */
export const HEARKEN = process.env.HEARKEN_CLI ?? path.join(ROOT, "target/debug/hearken");

/** Runs the CLI on the vault at `vault`, unlocked with the passphrase in `passphraseFile`. */
export function cliFor(vault, passphraseFile) {
  const env = { ...process.env, HEARKEN_VAULT: vault, HEARKEN_PASSPHRASE_FILE: passphraseFile, HEARKEN_LANG: "en" };
  return (...args) => execFileSync(HEARKEN, args, { env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/**
 * A coordinator vault in a temporary folder with the demo engagement and a
 * kit of it. Returns the kit's path, the coordinator key's fingerprint, the
 * CLI bound to that vault, and `remove()`.
 */
export function coordinator() {
  const dir = mkdtempSync(path.join(tmpdir(), "hearken-coordinator-"));
  const pass = path.join(dir, "pass");
  writeFileSync(pass, "coordinator passphrase for the e2e suite\n");
  const cli = cliFor(path.join(dir, "c.hearken"), pass);
  cli("init", "--recovery-key-out", path.join(dir, "recovery.txt"));
  const { engagement } = JSON.parse(cli("--json", "demo", "--engagement-only"));
  const kit = path.join(dir, "voices.hkit");
  cli("kit", "create", "--engagement", engagement, "--out", kit);
  const { fingerprint } = JSON.parse(cli("--json", "identity"));
  return { dir, kit, fingerprint, engagement, cli, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
