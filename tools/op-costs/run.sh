#!/usr/bin/env bash
# What one operation costs in a loop, interpreted and compiled: for each case below, a
# function `run` looping `for i in range(n): <op>` is run with n = 20,000 and 40,000
# under callgrind, JIT off and `--jit-objects` (compiled at its first call); the
# difference over 20,000 is the machine instructions of one iteration. The costs in
# crates/pave-jit/src/gain.rs come from these (docs/measurements.md, "Whether a unit
# pays…").
#
#   tools/op-costs/run.sh [CASE…]   (after a release build; CASE as named below)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../../scripts/target-dir.sh"
pave=${PAVE:-$CARGO_TARGET_DIR/release/pave}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$here/cases.py" "$work"
ir() { PAVE_CLOCK_SLOWDOWN=50 PYTHONHASHSEED=0 setarch "$(uname -m)" -R valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 | grep -oP 'Collected : \K[0-9]+'; }
if [ $# -gt 0 ]; then cases=("$@"); else cases=($(cd "$work" && ls *.py | sed 's/\.py$//')); fi
printf '%-12s %12s %12s\n' case interpreted compiled
for c in "${cases[@]}"; do
  f="$work/$c.py"
  a1=$(ir "$pave" run --no-jit "$f" 20000); a2=$(ir "$pave" run --no-jit "$f" 40000)
  b1=$(ir "$pave" run --jit-objects "$f" 20000); b2=$(ir "$pave" run --jit-objects "$f" 40000)
  printf '%-12s %12.0f %12.0f\n' "$c" "$(echo "($a2 - $a1) / 20000" | bc -l)" "$(echo "($b2 - $b1) / 20000" | bc -l)"
done
