# Hearken: `make run` starts the desktop app, `make test` checks everything.
# Both install what they need first (scripts/deps.sh, idempotent).
SHELL := /bin/bash
CARGO ?= cargo
# Tauri's prebuilt CLI from npm (ui/package.json), run from the repo root so
# it finds src-tauri/.
TAURI := ui/node_modules/.bin/tauri
# The standalone app is copied out of target/debug/, where a plain `cargo
# build` or `cargo test` would replace it with a dev build that loads the
# Vite dev server instead of the embedded UI.
APP := target/standalone/hearken-app

.PHONY: run app demo test deps lint unit ui-test e2e dashboard package bench bench-app bench-capture fuzz

deps:
	scripts/deps.sh build test

# The standalone app (UI embedded, custom-protocol): debug profile with
# optimized dependencies, which is what `run`, `e2e` and the benchmark use.
app:
	scripts/deps.sh build
	$(TAURI) build --debug --no-bundle
	install -D target/debug/hearken-app $(APP)

run: app
	@[ -n "$$DISPLAY$$WAYLAND_DISPLAY" ] || { echo "make run: no display (DISPLAY/WAYLAND_DISPLAY unset)" >&2; exit 1; }
	$(APP)

# The CLI walk-through on a throw-away vault.
demo:
	scripts/deps.sh build
	$(CARGO) build --release --bin hearken
	scripts/demo.sh target/release/hearken

lint: deps
	$(CARGO) fmt --all --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings
	python3 scripts/check_locales.py
	python3 scripts/check_layers.py
	$(CARGO) test --lib --quiet views::tests
	$(CARGO) test -p hearken-app --lib --quiet types
	cd ui && npm run --silent check

unit: deps
	$(CARGO) test --workspace

ui-test: deps
	cd ui && npm test --silent

# The real app under Xvfb (started if there is no display), driven by
# tauri-driver + WebKitWebDriver; screenshots in target/e2e-screenshots/.
e2e: deps app
	$(CARGO) build --bin hearken
	scripts/e2e.sh

# The demo's public dashboard in Debian's Chromium: axe-core, no network,
# nothing that may not be shared; screenshots in target/dashboard-screenshots/.
dashboard: deps
	$(CARGO) build --bin hearken
	scripts/dashboard_check.sh target/debug/hearken --screens target/dashboard-screenshots

test: lint unit ui-test e2e dashboard

# A .deb with the light release profile (thin LTO); prints its size.
package:
	scripts/deps.sh build
	$(TAURI) build --bundles deb
	@ls -l target/release/bundle/deb/*.deb

bench:
	scripts/deps.sh build test
	$(CARGO) bench --bench vault --bench redact --bench bundle --bench exchange --bench report_pdf --bench framework --bench tracking --bench scale

# Start-up time and idle memory of the real app (needs `make app`).
bench-app: deps app
	benches/app_startup.sh

# Keystroke-to-saved latency of a quote in the real app (p50/p99).
bench-capture: deps app
	$(CARGO) build --bin hearken
	benches/capture_latency.sh

fuzz:
	scripts/deps.sh fuzz
	scripts/fuzz.sh
