#!/usr/bin/env bash
# Runs the WebDriver suite (tests/e2e) against the standalone app built by
# `make app`. Starts a private Xvfb when there is no display. The closing
# lines are node --test's summary (tests, pass, fail).
set -euo pipefail
cd "$(dirname "$0")/.."
app="${HEARKEN_APP:-$PWD/target/standalone/hearken-app}"
[ -x "$app" ] || { echo "e2e: $app is missing: run 'make app' first" >&2; exit 1; }
export HEARKEN_APP="$app"
rm -rf target/e2e-screenshots
cd tests/e2e
run=(node --test --test-concurrency=1 --test-reporter=spec ./*.test.mjs)
if [ -n "${DISPLAY:-}" ]; then
  exec "${run[@]}"
fi
exec xvfb-run --auto-servernum --server-args="-screen 0 1280x800x24 -nolisten tcp" "${run[@]}"
