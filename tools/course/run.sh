#!/usr/bin/env bash
# Course-style programs Pave was not tuned on (a Caesar cipher, a word count, a linked
# list, a matrix product, merge sort, a stack class, grades, a bank, a BFS, shapes), each
# counted with callgrind (the figure a loaded machine does not disturb) with the JIT off,
# under `--objects budgeted`, and under `budgeted` with the gain estimate off
# (`PAVE_DEBUG_NO_GAIN=1`, what it keeps out), printing the ratios to JIT off, and
# whether each run printed what `python3` prints. docs/measurements.md, "Whether a unit
# pays…", has the figures. Not part of make test (minutes per program).
#
#   tools/course/run.sh [PROGRAM.py…]   (after a release build)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../../scripts/target-dir.sh"
pave=${PAVE:-$CARGO_TARGET_DIR/release/pave}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ir() { PAVE_CLOCK_SLOWDOWN=50 PYTHONHASHSEED=0 setarch "$(uname -m)" -R valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2> "$work/err" | cat > "$work/out"; grep -oP 'Collected : \K[0-9]+' "$work/err"; }
same() { cmp -s "$work/out" "$work/py3" && echo y || echo N; }
printf '%-16s %10s %9s %9s  %s\n' program 'off (M)' budgeted no-gain 'same as python3 (off, budgeted, no-gain)'
if [ $# -gt 0 ]; then programs=("$@"); else programs=("$here"/*.py); fi
for f in "${programs[@]}"; do
  python3 "$f" > "$work/py3" 2>&1
  a=$(ir "$pave" run --no-jit "$f"); s1=$(same)
  b=$(ir "$pave" run --objects budgeted "$f"); s2=$(same)
  c=$(PAVE_DEBUG_NO_GAIN=1 ir "$pave" run --objects budgeted "$f"); s3=$(same)
  printf '%-16s %10.0f %9.3f %9.3f  %s\n' "$(basename "$f")" "$(echo "$a / 1000000" | bc -l)" \
    "$(echo "$b / $a" | bc -l)" "$(echo "$c / $a" | bc -l)" "$s1$s2$s3"
done
