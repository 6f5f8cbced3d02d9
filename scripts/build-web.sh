#!/usr/bin/env bash
# Builds the browser version of Pave into pkg/ (wasm-bindgen output, optimised with
# binaryen's wasm-opt from npm) and bundles the page's JavaScript into www/dist/.
# Incremental: cargo and esbuild only redo what changed.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1;34m[web]\033[0m %s\n' "$*"; }

target_dir=${CARGO_TARGET_DIR:-target}
profile=${PAVE_WEB_PROFILE:-release}
say "cargo build ($profile, wasm32)"
cargo build --lib --profile "$profile" --target wasm32-unknown-unknown --ignore-rust-version

wasm="$target_dir/wasm32-unknown-unknown/$profile/pave.wasm"
stamp=pkg/.built-from
if [ ! -f pkg/pave_bg.wasm ] || [ ! -f "$stamp" ] || [ "$wasm" -nt "$stamp" ]; then
  say "wasm-bindgen"
  mkdir -p pkg
  wasm-bindgen --target web --out-dir pkg --out-name pave --no-typescript "$wasm"
  if [ "${PAVE_WASM_OPT:-1}" = 1 ]; then
    say "wasm-opt"
    # -O2 keeps the interpreter's speed (the point of the page) while trimming size;
    # see ARCHITECTURE.md for the measurements behind this choice.
    node_modules/.bin/wasm-opt pkg/pave_bg.wasm -O2 --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals -o pkg/pave_bg.opt.wasm
    mv pkg/pave_bg.opt.wasm pkg/pave_bg.wasm
  fi
  touch "$stamp"
fi

say "bundling the page"
npm run --silent build:web
