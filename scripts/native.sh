#!/usr/bin/env bash
# Builds the native `pave` for x86-64 and AArch64 Linux into dist/ (`make native`):
#   dist/pave-x86_64-unknown-linux-gnu, dist/pave-aarch64-unknown-linux-gnu
# The host's own target is built without `--target`, into target/release/, which
# `make bench-jit` uses too; the other one is cross-compiled (Debian's
# gcc-aarch64-linux-gnu links AArch64, see .cargo/config.toml). Tier 1 runs on wasmtime
# on both: Cranelift has x86-64 and AArch64 backends.
#
#   scripts/native.sh [--profile NAME] [TARGET...]     (default: release, both targets)
#
# Run scripts/setup.sh --native first (the Makefile does) for the Rust target and the
# cross linker.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1;34m[native]\033[0m %s\n' "$*"; }

profile=release
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --profile) profile=${2:?--profile needs a name}; shift 2 ;;
    -*) echo "native.sh: unknown option $1" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
[ ${#targets[@]} -gt 0 ] || targets=(x86_64-unknown-linux-gnu aarch64-unknown-linux-gnu)

host=$(rustc -vV | awk '/^host:/ { print $2 }')
. scripts/target-dir.sh
target_dir=$CARGO_TARGET_DIR
# cargo names the `dev` profile's directory `debug`.
profile_dir=$profile
[ "$profile" = dev ] && profile_dir=debug

mkdir -p dist
for triple in "${targets[@]}"; do
  if [ "$triple" = "$host" ]; then
    say "cargo build --profile $profile ($triple, the host)"
    cargo build --ignore-rust-version --profile "$profile" --bin pave
    built="$target_dir/$profile_dir/pave"
  else
    if ! rustup target list --installed | grep -qx "$triple"; then
      echo "native.sh: the Rust target $triple is missing: run scripts/setup.sh --native" >&2
      exit 1
    fi
    say "cargo build --profile $profile --target $triple"
    cargo build --ignore-rust-version --profile "$profile" --bin pave --target "$triple"
    built="$target_dir/$triple/$profile_dir/pave"
  fi
  out="dist/pave-$triple"
  [ "$profile" = release ] || out="$out-$profile"
  cp "$built" "$out"
  say "$out ($(du -h "$out" | cut -f1))"
done
