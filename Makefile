# Hearken: `make run` starts it, `make test` checks everything.
# Both install what they need first (scripts/deps.sh, idempotent).
SHELL := /bin/bash
CARGO ?= cargo

.PHONY: run test deps lint unit bench fuzz demo

deps:
	scripts/deps.sh build test

run:
	scripts/deps.sh build
	$(CARGO) build --release --bin hearken
	scripts/demo.sh target/release/hearken

lint: deps
	$(CARGO) fmt --all --check
	$(CARGO) clippy --workspace --all-targets -- -D warnings
	python3 scripts/check_locales.py

unit: deps
	$(CARGO) test --workspace

test: lint unit

bench:
	scripts/deps.sh build test
	$(CARGO) bench --bench vault --bench redact --bench bundle --bench exchange --bench report_pdf

fuzz:
	scripts/deps.sh fuzz
	scripts/fuzz.sh
