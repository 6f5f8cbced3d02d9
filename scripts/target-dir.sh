# Sourced by the build scripts: where cargo builds. Not `target/` in the clone but a cache
# outside it, shared by every clone on this machine, so CI (which runs `make test` in a
# fresh clone) builds incrementally after the first run instead of rebuilding RustPython,
# wasmtime and the rest every time. CARGO_TARGET_DIR, when set, wins. The Makefile exports
# the same default, so `make` targets and these scripts always agree.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/pave/target}"
# Which clone is building (build.rs: one clone never takes another's build of the crate).
PAVE_CLONE_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PAVE_CLONE_ROOT
