#!/usr/bin/env bash
# `make run` until the desktop app lands: a demo vault in a temporary folder,
# filled with the multilingual demo engagement, then a tour of it.
set -euo pipefail
hearken=${1:-target/release/hearken}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export HEARKEN_VAULT="$dir/demo.hearken"
export HEARKEN_PASSPHRASE_FILE="$dir/passphrase"
printf 'demo passphrase, not for real use\n' > "$HEARKEN_PASSPHRASE_FILE"
"$hearken" init --recovery-key-out "$dir/recovery.txt" > /dev/null
"$hearken" demo
echo
"$hearken" engagement list
echo
"$hearken" session list
echo
"$hearken" info
echo
echo "(Demo vault in $dir; removed on exit. Try: HEARKEN_VAULT=... hearken quote list)"
