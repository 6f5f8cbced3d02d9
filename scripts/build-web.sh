#!/usr/bin/env bash
# Builds the browser version of Pave:
#   1. cargo: the crate for wasm32-unknown-unknown (release) -> target/.../pave.wasm
#   2. wasm-bindgen --target web -> pkg/pave.js + pkg/pave_bg.wasm
#   3. wasm-opt (npm's binaryen) strips the name section: -1.9 MB raw, -0.4 MB brotli.
#      Its optimisation passes are off: measured, -O2 made the module no smaller after
#      brotli and fib(25) slower, at 5 minutes a build (docs/measurements.md, "wasm-opt").
#      PAVE_WASM_OPT="-O2" (any wasm-opt flags) turns them on for experiments.
#   4. precompressed pkg/pave_bg.wasm.{br,gz} for tools/serve.mjs (tools/compress.mjs)
#   5. stdlib/: the pure-Python stdlib, which the wasm module leaves out, precompiled by
#      the module itself and served per module (tools/stdlib.mjs)
#   6. esbuild bundles the playground (www/playground/start.js, main.js), the Python worker
#      (www/core/worker.js) and the widget (www/embed/embed.js) into www/dist/
#      (tools/bundle.mjs)
# Incremental: cargo redoes only what changed; steps 2-5 run only when their inputs
# changed.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1;34m[web]\033[0m %s\n' "$*"; }

. scripts/target-dir.sh
target_dir=$CARGO_TARGET_DIR
profile=${PAVE_WEB_PROFILE:-release}
say "cargo build ($profile, wasm32)"
cargo build --lib --profile "$profile" --target wasm32-unknown-unknown --ignore-rust-version

wasm="$target_dir/wasm32-unknown-unknown/$profile/pave.wasm"
stamp=pkg/.built-from
if [ ! -f pkg/pave_bg.wasm ] || [ ! -f "$stamp" ] || [ "$wasm" -nt "$stamp" ] \
   || [ "${PAVE_WASM_OPT:-}" != "$(cat pkg/.wasm-opt 2>/dev/null || true)" ]; then
  say "wasm-bindgen"
  mkdir -p pkg
  wasm-bindgen --target web --out-dir pkg --out-name pave --no-typescript "$wasm"
  say "wasm-opt ${PAVE_WASM_OPT:---strip-debug only}"
  # The features rustc enables by default for wasm32 (Rust >= 1.82).
  features=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
            --enable-mutable-globals --enable-multivalue --enable-reference-types)
  # shellcheck disable=SC2086 # PAVE_WASM_OPT is a list of flags
  node_modules/.bin/wasm-opt pkg/pave_bg.wasm "${features[@]}" ${PAVE_WASM_OPT:-} \
    --strip-debug --strip-producers -o pkg/pave_bg.opt.wasm
  mv pkg/pave_bg.opt.wasm pkg/pave_bg.wasm
  printf '%s' "${PAVE_WASM_OPT:-}" > pkg/.wasm-opt
  touch "$stamp"
fi

say "compressing the module (brotli, gzip)"
node tools/compress.mjs pkg/pave_bg.wasm

say "precompiling the standard library into stdlib/"
node tools/stdlib.mjs

say "bundling the page"
npm run --silent build:web
node tools/compress.mjs www/dist/start.js www/dist/main.js www/dist/worker.js www/dist/embed.js >/dev/null
