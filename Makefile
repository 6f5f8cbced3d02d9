# Pave: the two commands a fresh machine needs are `make serve` and `make test`.
# Both install what is missing first (scripts/setup.sh), then build incrementally.

PORT ?= 8000
CARGO_FLAGS := --ignore-rust-version

.PHONY: serve test web setup lint test-rust test-browser bench-web bench-jit native clean

## Build the playground and serve it on http://127.0.0.1:$(PORT)
serve: setup web
	node tools/serve.mjs --port $(PORT)

## Every test: formatting, lints, Rust unit/golden tests, then the browser tests
test: lint test-rust test-browser

setup:
	scripts/setup.sh

web: setup
	scripts/build-web.sh

lint: setup
	cargo fmt --check
	cargo clippy $(CARGO_FLAGS) --all-targets -- -D warnings
	cargo clippy $(CARGO_FLAGS) --lib --target wasm32-unknown-unknown -- -D warnings

test-rust: setup
	cargo test $(CARGO_FLAGS)

test-browser: web
	scripts/setup.sh --browser
	node --test tests/browser/

## Web figures for README.md: sizes, load time, Stop latency, speed vs python3 and native
bench-web: web
	scripts/setup.sh --browser
	node tools/bench.mjs

## Tier-1 figures: the bench suite in Chromium and natively, side by side
bench-jit: web native
	scripts/setup.sh --browser
	node tools/bench-jit.mjs --turbofan-only

## The native `pave` binary (release)
native:
	cargo build $(CARGO_FLAGS) --release --bin pave

clean:
	cargo clean
	rm -rf pkg www/dist stdlib
