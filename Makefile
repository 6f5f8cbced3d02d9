# Pave: the two commands a fresh machine needs are `make serve` and `make test`.
# Both install what is missing first (scripts/setup.sh), then build incrementally.

PORT ?= 8000
CARGO_FLAGS := --ignore-rust-version
# cargo builds in a cache outside the clone, shared by every clone on the machine, so that
# CI's fresh clone builds incrementally (scripts/target-dir.sh says the same for scripts).
export CARGO_TARGET_DIR ?= $(or $(XDG_CACHE_HOME),$(HOME)/.cache)/pave/target
# Which clone is building, so that one clone never takes another's build of the crate
# for its own (build.rs).
export PAVE_CLONE_ROOT := $(CURDIR)

.PHONY: serve test fresh-check web setup lint test-rust test-native test-browser bench-web bench-jit bench-tier0 native native-host clean

## Build the playground and serve it on http://127.0.0.1:$(PORT)
serve: setup web
	node tools/serve.mjs --port $(PORT)

## Every test: formatting, lints, Rust unit/golden tests, then the browser tests
test: lint test-rust test-native test-browser

## Proves the two commands above on a fresh machine: a throwaway clone, an empty
## CARGO_HOME, target dir and npm cache; `make serve`, a page load and a print in
## Chromium, then `make test`. About an hour on two cores; not part of CI.
fresh-check:
	scripts/fresh-check.sh

setup:
	scripts/setup.sh

web: setup
	scripts/build-web.sh

lint: setup
	cargo fmt --check
	cargo clippy $(CARGO_FLAGS) --workspace --all-targets -- -D warnings
	cargo clippy $(CARGO_FLAGS) --lib --target wasm32-unknown-unknown -- -D warnings

test-rust: setup
	cargo test $(CARGO_FLAGS) --workspace

test-browser: web
	scripts/setup.sh --browser
	node --test tests/browser/

## Web figures for README.md: sizes, load time, Stop latency, speed vs python3 and native
bench-web: web
	scripts/setup.sh --browser
	node tools/bench.mjs

## Tier-1 figures: the bench suite in Chromium and natively, side by side
bench-jit: web native-host
	scripts/setup.sh --browser
	node tools/bench-jit.mjs --turbofan-only

## Tier 0 (JIT off) in Chromium and node against native tier 0 and Pyodide, one run
bench-tier0: web native-host
	scripts/setup.sh --browser
	node tools/bench-tier0.mjs

## Release binaries of `pave` for x86-64 and AArch64 Linux in dist/ (AArch64 cross-compiled)
native:
	scripts/setup.sh --native
	scripts/native.sh

## Only this machine's release binary, $(CARGO_TARGET_DIR)/release/pave (what bench-jit runs)
native-host:
	cargo build $(CARGO_FLAGS) --release --bin pave

## The AArch64 binary under qemu-aarch64, JIT off and on. CI builds it unoptimised
## (profile native-ci, faster to build); NATIVE_TEST_PROFILE=release checks what ships.
NATIVE_TEST_PROFILE ?= native-ci
test-native:
	scripts/setup.sh --native
	scripts/native-test.sh --profile $(NATIVE_TEST_PROFILE)

clean:
	cargo clean
	rm -rf pkg www/dist stdlib
