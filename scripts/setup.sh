#!/usr/bin/env bash
# Installs what building and testing Pave needs, only when it is missing or at the wrong
# version: the wasm32 Rust target, wasm-bindgen-cli pinned to the wasm-bindgen version in
# Cargo.lock, the npm packages (esbuild, CodeMirror, playwright-core, binaryen, ajv), with
# `--browser` Debian's Chromium for the browser tests, and with `--native` what the AArch64
# build and its test need: the aarch64-unknown-linux-gnu Rust target, Debian's
# gcc-aarch64-linux-gnu (cross linker) and qemu-user (qemu-aarch64). Safe to run again and
# again.
set -euo pipefail
cd "$(dirname "$0")/.."

want_browser=0
want_native=0
for arg in "$@"; do
  case "$arg" in
    --browser) want_browser=1 ;;
    --native) want_native=1 ;;
    *) echo "setup.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

say() { printf '\033[1;34m[setup]\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown Rust target"
  rustup target add wasm32-unknown-unknown
fi

bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$bindgen_version" ]; then
  echo "setup.sh: cannot find wasm-bindgen in Cargo.lock" >&2
  exit 1
fi
have_bindgen=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have_bindgen" != "$bindgen_version" ]; then
  say "installing wasm-bindgen-cli $bindgen_version (matches Cargo.lock)"
  # No --locked: its lockfile pins a webpki-roots release the registry here lacks.
  cargo install wasm-bindgen-cli --version "$bindgen_version"
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund
fi

if [ "$want_browser" = 1 ] && [ ! -x /usr/bin/chromium ]; then
  say "installing Debian's chromium for the browser tests"
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi

if [ "$want_native" = 1 ]; then
  if ! rustup target list --installed | grep -qx aarch64-unknown-linux-gnu; then
    say "adding the aarch64-unknown-linux-gnu Rust target"
    rustup target add aarch64-unknown-linux-gnu
  fi
  missing=()
  command -v aarch64-linux-gnu-gcc >/dev/null || missing+=(gcc-aarch64-linux-gnu)
  command -v qemu-aarch64 >/dev/null || missing+=(qemu-user)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing Debian's ${missing[*]} for the AArch64 build and its test"
    if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi
