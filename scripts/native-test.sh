#!/usr/bin/env bash
# The AArch64 `pave` under emulation (`make test-native`, part of `make test`): builds it
# (cross-compiled, see scripts/native.sh) and runs JIT-corpus programs under
# `qemu-aarch64 -L /usr/aarch64-linux-gnu` with the JIT off and with every function
# compiled at its first call. Both outputs must equal CPython's, and the tier report
# (`--json`) must show the program's `#! compiled = "…"` functions compiled and called in
# tier 1, i.e. Cranelift's and Winch's AArch64 backends really ran. `pave bench --json` must write a
# valid file marked as emulated. Nothing here is timed or reported: times under emulation
# say nothing about performance.
#
#   scripts/native-test.sh [--profile NAME] [--binary PATH]
#
# The default profile is release (what `make native` ships); --binary skips the build.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1;34m[native-test]\033[0m %s\n' "$*"; }
fail() { printf '\033[1;31m[native-test] FAIL\033[0m %s\n' "$*" >&2; exit 1; }

triple=aarch64-unknown-linux-gnu
profile=release
binary=
while [ $# -gt 0 ]; do
  case "$1" in
    --profile) profile=${2:?--profile needs a name}; shift 2 ;;
    --binary) binary=${2:?--binary needs a path}; shift 2 ;;
    *) echo "native-test.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

if [ -z "$binary" ]; then
  scripts/native.sh --profile "$profile" "$triple"
  binary="dist/pave-$triple"
  [ "$profile" = release ] || binary="$binary-$profile"
fi
command -v qemu-aarch64 >/dev/null || fail "qemu-aarch64 is missing: run scripts/setup.sh --native"
# ELF e_machine (2 bytes at offset 18, little-endian) is 183 for AArch64.
[ "$(od -An -tu2 -j18 -N2 "$binary" 2>/dev/null | tr -d ' ')" = 183 ] \
  || fail "$binary is not an AArch64 executable"

pave() { qemu-aarch64 -L /usr/aarch64-linux-gnu "$binary" "$@"; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

say "$(pave --version) under $(qemu-aarch64 --version | head -1)"
# Float kernels and math (host imports), recursion through compiled calls, and int
# overflow bailouts (Cranelift's AArch64 backend); methods, instances, object lifetimes,
# the operators of classes, loads compiled away, loops over tuples and calls under a
# math function (Winch's, which compiles code on objects). The first two print exactly what
# CPython prints; the others print RustPython's messages and tracebacks, so they are held
# to "JIT off = JIT on" only.
programs=(tests/jit/kernels.py tests/jit/recursion_calls.py tests/jit/int_arith_edges.py
  tests/jit/objects_direct.py tests/jit/objects_borrowed.py tests/jit/objects_operators.py
  tests/jit/objects_forwarding.py tests/jit/tuple_loops.py tests/jit/objects_math_calls.py)
like_cpython=(tests/jit/kernels.py tests/jit/recursion_calls.py)
for program in "${programs[@]}"; do
  name=$(basename "$program" .py)
  pave run --no-jit "$program" > "$work/$name.tier0" 2>&1 || true
  pave run --threshold 0 --jit-objects --json "$work/$name.json" "$program" > "$work/$name.tier1" 2>&1 || true
  [ -s "$work/$name.tier0" ] || fail "$program printed nothing"
  cmp -s "$work/$name.tier0" "$work/$name.tier1" \
    || fail "$program: JIT off and on differ under qemu:$(diff "$work/$name.tier0" "$work/$name.tier1" | head -20)"
  if [[ " ${like_cpython[*]} " == *" $program "* ]]; then
    python3 "$program" > "$work/$name.expected" 2>&1 || true
    cmp -s "$work/$name.expected" "$work/$name.tier0" \
      || fail "$program: output differs from CPython's:$(diff "$work/$name.expected" "$work/$name.tier0" | head -20)"
  fi
  # Which functions tier 1 ran: every one the program's header names.
  wanted=$(sed -n 's/^#! compiled = "\(.*\)"/\1/p' "$program")
  node -e '
    const fs = require("fs");
    const [file, wanted, program] = process.argv.slice(1);
    const report = JSON.parse(fs.readFileSync(file, "utf8"));
    // Entered from the interpreter, or compiled into a module that was (as in
    // tests/differential.rs).
    const ran = (name) => report.functions.some((f) => f.calls.jit > 0
      && (f.name === name || (f.compile?.functions ?? []).includes(name)));
    const missing = wanted.split(",").map((s) => s.trim()).filter(Boolean).filter((n) => !ran(n));
    if (!report.jit_enabled || report.engine !== "wasmtime" || missing.length) {
      console.error(`engine ${report.engine}, jit ${report.jit_enabled}; not run in tier 1: ${missing.join(", ")}`);
      process.exit(1);
    }
    // Code on objects compiles with Winch, numbers with Cranelift.
    const compilers = [...new Set(report.functions.map((f) => f.compile?.compiler).filter(Boolean))];
    const expected = /\/objects_/.test(program) ? "Winch" : "Cranelift";
    if (!compilers.includes(expected)) {
      console.error(`compiled by ${compilers.join(", ")}, not ${expected}`);
      process.exit(1);
    }
    const jit = report.functions.filter((f) => f.calls.jit > 0).length;
    console.log(`${jit} modules entered in tier 1 (${wanted}) by ${compilers.join(" and ")}`);
  ' "$work/$name.json" "$wanted" "$program" > "$work/$name.check" 2>&1 \
    || fail "$program: $(cat "$work/$name.check")"
  say "$program: same output with the JIT off and on; $(cat "$work/$name.check")"
done
# `pave bench --json` under emulation: a valid file that says so ("emulated": true), so the
# bench page never compares it. Its times are thrown away unread.
pave bench --runs 1 --filter gcd --no-python --json "$work/bench.json" >/dev/null 2>&1 \
  || fail "pave bench failed under qemu"
node tools/bench-schema.mjs --validate "$work/bench.json" || fail "the bench file does not match the schema"
node -e 'const m = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).machine;
  if (m.arch !== "aarch64" || m.emulated !== true) { console.error(JSON.stringify(m)); process.exit(1); }' \
  "$work/bench.json" || fail "pave bench under qemu did not mark its file as emulated"
say "pave bench --json under qemu: a valid file marked \"emulated\": true"
say "ok: the AArch64 build runs tier 1 under emulation and agrees with CPython"
