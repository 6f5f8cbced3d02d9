#!/usr/bin/env bash
# Programs Pave has not seen: pyperformance's pure-Python benchmarks (downloaded from PyPI),
# each run once by python3, `pave run --no-jit` and `pave run` (JIT on). Prints, per
# benchmark, the exit statuses and wall times, whether the two tiers printed the same
# (they must), and whether tier 0 printed what CPython printed. With --callgrind, also
# the instruction counts of both tiers (fixed hash seed, no ASLR), the figure to trust on
# a loaded machine. Not part of make test (it needs the network for the download).
#
#   tools/pyperformance/run.sh [--callgrind] [BENCH…]   (after a release build)
#
# PAVE_JIT_FLAGS adds flags to the JIT-on runs: `PAVE_JIT_FLAGS=--jit-objects` makes
# tier 1 take functions on objects too, as the page does.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../../scripts/target-dir.sh"
pave=${PAVE:-$CARGO_TARGET_DIR/release/pave}
version=1.11.0
callgrind=0
[ "${1:-}" = --callgrind ] && { callgrind=1; shift; }
work=${PAVE_PYPERF_DIR:-/tmp/pave-pyperformance}
mkdir -p "$work"
if [ ! -d "$work/pyperformance-$version" ]; then
  (cd "$work" && python3 -m pip download -q --no-deps --no-binary :all: "pyperformance==$version" &&
    tar xzf "pyperformance-$version.tar.gz")
fi
benchmarks="$work/pyperformance-$version/pyperformance/data-files/benchmarks"
run="$work/run"
mkdir -p "$run"
cp "$here/pyperf.py" "$run/"
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(chaos comprehensions coroutines deepcopy deltablue fannkuch float generators go hexiom json_dumps json_loads logging meteor_contest nbody nqueens pidigits pprint raytrace regex_dna regex_effbot regex_v8 richards richards_super scimark spectral_norm typing_runtime_protocols unpack_sequence)
cd "$run"
ir() { PYTHONHASHSEED=0 setarch "$(uname -m)" -R valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 | grep -oP 'Collected : \K[0-9]+'; }
# Run "$@" with its output in $out; print the wall time in seconds.
timed() { local t0 t1; t0=$(date +%s.%N); timeout 600 "$@" > "$out" 2>&1 || true; t1=$(date +%s.%N); echo "$t1 - $t0" | bc; }
printf '%-26s %8s %8s %8s %7s  %s\n' benchmark 'py3 s' 'off s' 'on s' 'on/off' 'output'
for name in "${names[@]}"; do
  cp "$benchmarks/bm_$name/run_benchmark.py" "bm_$name.py"
  out=py3.out p=$(timed python3 "bm_$name.py")
  out=off.out o=$(timed "$pave" run --no-jit "bm_$name.py")
  out=on.out n=$(timed "$pave" run ${PAVE_JIT_FLAGS:-} "bm_$name.py")
  same=$(cmp -s off.out on.out && echo "tiers agree" || echo "TIERS DIFFER")
  cpy=$(cmp -s py3.out off.out && echo ", = CPython" || echo ", ≠ CPython")
  printf '%-26s %8.2f %8.2f %8.2f %7.2f  %s%s\n' "$name" "$p" "$o" "$n" "$(echo "$n / $o" | bc -l)" "$same" "$cpy"
  if [ "$callgrind" = 1 ]; then
    a=$(ir "$pave" run --no-jit "bm_$name.py"); b=$(ir "$pave" run ${PAVE_JIT_FLAGS:-} "bm_$name.py")
    printf '%-26s instructions off %s on %s on/off %.4f\n' '' "$a" "$b" "$(echo "$b / $a" | bc -l)"
  fi
done
