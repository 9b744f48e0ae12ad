#!/usr/bin/env bash
# Measures the desktop app: launch to first interactive screen, idle memory
# (PSS of the app and its WebKit processes) and the .deb size.
# Usage: benches/app_startup.sh            (after `make app`; `make package` for the .deb)
#        RUNS=10 IDLE_SECONDS=10 benches/app_startup.sh
# Uses a private Xvfb when there is no display and a temporary profile.
set -euo pipefail
cd "$(dirname "$0")/.."
export HEARKEN_APP="${HEARKEN_APP:-$PWD/target/standalone/hearken-app}"
[ -x "$HEARKEN_APP" ] || { echo "bench: $HEARKEN_APP is missing: run 'make app'" >&2; exit 1; }
echo "app: $HEARKEN_APP ($(du -h "$HEARKEN_APP" | cut -f1))"
if [ -n "${DISPLAY:-}" ]; then
  node benches/app_startup.mjs
else
  xvfb-run --auto-servernum --server-args="-screen 0 1280x800x24 -nolisten tcp" node benches/app_startup.mjs
fi
shopt -s nullglob
debs=(target/release/bundle/deb/*.deb)
if [ ${#debs[@]} -gt 0 ]; then
  for d in "${debs[@]}"; do
    echo ".deb: $d $(stat -c %s "$d") bytes ($(du -h "$d" | cut -f1))  [target <= 10 MB]"
  done
else
  echo ".deb: none built yet (make package)"
fi
