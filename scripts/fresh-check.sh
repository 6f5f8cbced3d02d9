#!/usr/bin/env bash
# `make fresh-check`: proves that the README's two commands work on a fresh machine.
# Not part of CI (it takes about an hour on two cores). It makes:
#   - a throwaway clone of this repository's HEAD (committed work only),
#   - an empty CARGO_HOME (no registry cache, no installed tools such as wasm-bindgen;
#     only the Rust toolchain is shared, through rustup's RUSTUP_HOME),
#   - an empty cargo target directory and an empty npm cache,
# then runs `make serve` until the playground answers, loads it in Chromium and runs a
# `print`, stops the server, and runs `make test`. Each step's time is printed and kept in
# the log. Everything is deleted afterwards unless --keep is given.
#
#   scripts/fresh-check.sh [--keep] [--serve-only]
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

keep=0
serve_only=0
for arg in "$@"; do
  case "$arg" in
    --keep) keep=1 ;;
    --serve-only) serve_only=1 ;;
    *) echo "fresh-check.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

say() { printf '\033[1;34m[fresh-check]\033[0m %s\n' "$*"; }
fail() { printf '\033[1;31m[fresh-check] FAIL\033[0m %s\n' "$*" >&2; exit 1; }

work=$(mktemp -d /tmp/pave-fresh.XXXXXX)
server=
cleanup() {
  [ -n "$server" ] && kill -- -"$server" 2>/dev/null || true
  if [ "$keep" = 1 ]; then say "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

# The toolchain only: rustup's proxies (cargo, rustc, rustup, rustfmt, clippy) in a bin
# directory of the new CARGO_HOME; nothing else of ~/.cargo is visible.
rustup_home=${RUSTUP_HOME:-$HOME/.rustup}
old_cargo_bin=$(dirname "$(command -v rustup)")
export CARGO_HOME="$work/cargo-home"
mkdir -p "$CARGO_HOME/bin"
for tool in cargo rustc rustup rustfmt cargo-fmt cargo-clippy clippy-driver rustdoc; do
  [ -e "$old_cargo_bin/$tool" ] && ln -s "$old_cargo_bin/$tool" "$CARGO_HOME/bin/$tool"
done
export RUSTUP_HOME=$rustup_home
PATH="$CARGO_HOME/bin:$(printf '%s' "$PATH" | tr ':' '\n' | grep -vx "$old_cargo_bin" | paste -sd: -)"
export PATH
export CARGO_TARGET_DIR="$work/target"
export npm_config_cache="$work/npm-cache"
unset XDG_CACHE_HOME

clone="$work/pave"
say "cloning $(git -C "$repo" rev-parse --short HEAD) into $clone"
git clone -q --no-local "$repo" "$clone"
cd "$clone"
[ -z "$(ls "$CARGO_HOME/registry" 2>/dev/null)" ] || fail "CARGO_HOME is not empty"
command -v wasm-bindgen >/dev/null && fail "wasm-bindgen is still on PATH ($(command -v wasm-bindgen))"

elapsed() { local s=$(( $(date +%s) - $1 )); printf '%dm%02ds' $((s / 60)) $((s % 60)); }

port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
say "make serve PORT=$port (log: $work/serve.log)"
start=$(date +%s)
set -m
make serve PORT="$port" > "$work/serve.log" 2>&1 &
server=$!
set +m
until curl -sf "http://127.0.0.1:$port/" >/dev/null 2>&1; do
  kill -0 "$server" 2>/dev/null || { tail -30 "$work/serve.log"; fail "make serve exited"; }
  sleep 5
done
serve_time=$(elapsed "$start")
say "make serve answers after $serve_time"

say "loading the playground in Chromium and running print()"
scripts/setup.sh --browser >/dev/null
node tools/fresh-page-check.mjs "http://127.0.0.1:$port/" || fail "the page did not run a program"
kill -- -"$server" 2>/dev/null || true
wait "$server" 2>/dev/null || true
server=

if [ "$serve_only" = 1 ]; then
  say "done: make serve $serve_time (make test skipped)"
  exit 0
fi

say "make test (log: $work/test.log)"
start=$(date +%s)
make test > "$work/test.log" 2>&1 || { tail -40 "$work/test.log"; fail "make test failed after $(elapsed "$start")"; }
test_time=$(elapsed "$start")
say "done: make serve $serve_time, then make test $test_time, from an empty CARGO_HOME"
