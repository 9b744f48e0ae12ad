#!/usr/bin/env bash
# Installs what building, running and testing Hearken needs on Debian 12,
# idempotently: a second run checks and returns in a second or two.
# Usage: scripts/deps.sh [build|test|fuzz]...   (default: build test)
set -euo pipefail
cd "$(dirname "$0")/.."

want=("$@")
[ ${#want[@]} -gt 0 ] || want=(build test)

APT_BUILD=(build-essential pkg-config libssl-dev libwebkit2gtk-4.1-dev
  libayatana-appindicator3-dev librsvg2-dev)
APT_TEST=(xvfb xauth x11-utils webkit2gtk-driver locales age minisign poppler-utils
  qpdf libxml2-utils chromium libreoffice-writer)

apt_pkgs=()
for w in "${want[@]}"; do
  case "$w" in
    build) apt_pkgs+=("${APT_BUILD[@]}") ;;
    test) apt_pkgs+=("${APT_BUILD[@]}" "${APT_TEST[@]}") ;;
    fuzz) ;;
    *) echo "deps.sh: unknown set '$w'" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${apt_pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "deps: installing ${missing[*]}"
  $sudo apt-get update -o DPkg::Lock::Timeout=600 -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq -o DPkg::Lock::Timeout=600 \
    --no-install-recommends "${missing[@]}" >/dev/null
fi

# The UI's tools (Vite 8) need Node.js 20.19 or newer (Debian 12's own is 18;
# the machines this project runs on ship 20.x).
node_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>20||(a===20&&b>=19)?0:1)'
}
for w in "${want[@]}"; do
  if { [ "$w" = build ] || [ "$w" = test ]; } && ! node_ok; then
    echo "deps: Node.js >= 20.19 is required, found $(node --version 2>&1); install a current Node.js and run again" >&2
    exit 1
  fi
done

# npm ci when the lock file is newer than the installed tree.
npm_ci() {
  if [ ! -d "$1/node_modules" ] || [ "$1/package-lock.json" -nt "$1/node_modules/.package-lock.json" ]; then
    (cd "$1" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

for w in "${want[@]}"; do
  case "$w" in
    test)
      npm_ci tests/e2e
      npm_ci tests/dashboard
      if ! python3 -c 'import fluent.syntax' 2>/dev/null; then
        # Debian's own Python refuses pip installs outside a venv (PEP 668).
        python3 -m pip install -q --root-user-action=ignore 'fluent.syntax>=0.19' 2>/dev/null ||
          python3 -m pip install -q --break-system-packages 'fluent.syntax>=0.19'
      fi
      if ! command -v tauri-driver >/dev/null 2>&1; then
        cargo install -q tauri-driver --version '^2' --locked
      fi
      ;;
    fuzz)
      rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
      command -v cargo-fuzz >/dev/null 2>&1 || cargo install -q cargo-fuzz --locked
      ;;
  esac
done

npm_ci ui
