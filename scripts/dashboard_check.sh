#!/usr/bin/env bash
# Builds the public dashboard of the demo engagement with a given hearken
# binary and checks it in Debian's Chromium (tests/dashboard/check.mjs): no
# network, no broken links, WCAG 2.1 AA by axe-core, and none of the
# participant codes or coordinator-only quotes anywhere in it.
# Usage: scripts/dashboard_check.sh HEARKEN_BIN [check.mjs options, e.g. --screens DIR]
set -euo pipefail
cd "$(dirname "$0")/.."

[ $# -ge 1 ] || { echo "usage: $0 HEARKEN_BIN [--screens DIR] [--phone]" >&2; exit 2; }
bin=$(realpath "$1"); shift
[ -x "$bin" ] || { echo "dashboard_check: $bin is not an executable" >&2; exit 2; }
[ -d tests/dashboard/node_modules ] || (cd tests/dashboard && npm ci --no-audit --no-fund --loglevel=error)

T=$(mktemp -d "${TMPDIR:-/tmp}/hearken-dashboard.XXXXXX")
trap 'rm -rf "$T"' EXIT
printf 'a long enough passphrase for the dashboard check\n' > "$T/pass"
chmod 600 "$T/pass"

hk() {
  env -u HEARKEN_DATA_DIR -u HEARKEN_VAULT -u HEARKEN_PASSPHRASE_FILE \
    "$bin" --lang en --vault "$T/v.hearken" --passphrase-file "$T/pass" "$@"
}

hk init --kdf-memory 64 > /dev/null   # prints the recovery key: not kept
hk demo
hk dashboard --out "$T/dash"
hk report --format json --out "$T/all.json" > /dev/null

# What must never be public: every participant code (as a whole word) and the
# words of every quote whose consent does not allow sharing beyond the
# coordinator (its text and its translation). `shareable` says so directly;
# the speaker's consent scopes in the same export are checked as well.
python3 - "$T/all.json" "$T/forbid.json" <<'EOF'
import json, sys
export = json.load(open(sys.argv[1], encoding="utf-8"))
assert export.get("format") == "hearken-export-1", export.get("format")
records = export["records"]
scopes = {(p["session"], p["code"]): set(p["scopes"]) for p in records["participants"]}
codes = sorted({p["code"] for p in records["participants"]})
words = []
for q in records["quotes"]:
    speaker_ok = q["speaker"] == "group" or "quotes_shared" in scopes.get((q["session"], q["speaker"]), set())
    if q["shareable"] and speaker_ok:
        continue
    words += [t for t in (q["text"], q.get("translation")) if t and t.strip()]
forbid = [{"text": c, "word": True} for c in codes] + sorted(set(words))
if not codes:
    sys.exit("dashboard_check: the demo export names no participant: nothing to check against")
if not words:
    sys.exit("dashboard_check: the demo export has no coordinator-only quote: nothing to check against")
json.dump(forbid, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=1)
print(f"dashboard_check: forbidding {len(codes)} participant codes and {len(set(words))} coordinator-only quote texts")
EOF

node tests/dashboard/check.mjs "$T/dash" --forbid "$T/forbid.json" "$@"
