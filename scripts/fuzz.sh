#!/usr/bin/env bash
# Runs every cargo-fuzz target under fuzz/ for FUZZ_SECONDS each (default 600),
# one after the other (they share the machine's cores), seeded from the test
# vectors. Stops at the first crash; the input is left in fuzz/artifacts/.
# Usage: scripts/fuzz.sh [target...]     (needs: scripts/deps.sh fuzz)
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${FUZZ_SECONDS:-600}"
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(kit_read bundle_archive bundle_open records_apply)

# Seeds: the bodies of the vector files (what follows the blank line that
# ends their header). Kits feed the kit and archive targets, bundles the open
# target; valid bundles, decrypted with their published test identity by the
# age CLI, feed the archive target.
python3 - <<'PY'
import pathlib
corpus = pathlib.Path("fuzz/corpus")
for path in sorted(pathlib.Path("tests/vectors").iterdir()):
    if path.suffix:
        continue
    header, body = path.read_bytes().split(b"\n\n", 1)
    kind = dict(l.split(": ", 1) for l in header.decode().splitlines())["kind"]
    for target in (["kit_read", "bundle_archive"] if kind == "kit" else ["bundle_open"]):
        (corpus / target).mkdir(parents=True, exist_ok=True)
        (corpus / target / path.name).write_bytes(body)
PY
# The record layer: each step's records.json of the record vectors.
python3 - <<'PY'
import json, pathlib
corpus = pathlib.Path("fuzz/corpus/records_apply")
corpus.mkdir(parents=True, exist_ok=True)
for path in sorted(pathlib.Path("tests/record-vectors").glob("*.json")):
    for i, step in enumerate(json.loads(path.read_text())["steps"]):
        (corpus / f"{path.stem}-{i}").write_text(json.dumps(step["records"]))
PY
for v in bundle_valid bundle_escrow_recipient; do
  identity=$(sed -n 's/^identity: //p' "tests/vectors/$v")
  python3 -c 'import sys; sys.stdout.buffer.write(open(sys.argv[1], "rb").read().split(b"\n\n", 1)[1])' \
    "tests/vectors/$v" | age -d -i <(echo "$identity") > "fuzz/corpus/bundle_archive/$v.tar"
done

for t in "${targets[@]}"; do
  echo "fuzz: $t for ${seconds}s"
  start=$(date +%s)
  (cd fuzz && cargo +nightly fuzz run "$t" -- \
    -max_total_time="$seconds" -max_len=262144 -rss_limit_mb=2048 -print_final_stats=1)
  echo "fuzz: $t ran $(($(date +%s) - start))s without a crash"
done
