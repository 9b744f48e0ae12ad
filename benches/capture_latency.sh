#!/usr/bin/env bash
# Keystroke-to-saved latency of a quote in the real app (p50/p99 over 200+
# saves). Usage: benches/capture_latency.sh   (after `make app` and
# `cargo build --bin hearken`); SAMPLES=500 benches/capture_latency.sh.
# Uses a private Xvfb when there is no display, and temporary vaults.
set -euo pipefail
cd "$(dirname "$0")/.."
export HEARKEN_APP="${HEARKEN_APP:-$PWD/target/standalone/hearken-app}"
[ -x "$HEARKEN_APP" ] || { echo "bench: $HEARKEN_APP is missing: run 'make app'" >&2; exit 1; }
[ -x target/debug/hearken ] || { echo "bench: target/debug/hearken is missing: run 'cargo build --bin hearken'" >&2; exit 1; }
if [ -n "${DISPLAY:-}" ]; then
  node benches/capture_latency.mjs
else
  xvfb-run --auto-servernum --server-args="-screen 0 1280x800x24 -nolisten tcp" node benches/capture_latency.mjs
fi
