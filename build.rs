//! Build settings the Cargo manifest cannot say.
//!
//! - **Pave's frozen Python shims**: `py_freeze!(dir = "lib")` in `src/python/interp.rs`
//!   reads `src/python/lib/` at compile time, which cargo does not track by itself.
//! - **One clone, one build.** Cargo's target directory is a cache shared by every clone on
//!   the machine (`scripts/target-dir.sh`), and its freshness check compares source files by
//!   their paths relative to the workspace and their modification times, so a build in one
//!   clone can take another clone's newer build of this crate for its own. Rerunning this
//!   script whenever the clone changes (`PAVE_CLONE_ROOT`, which the Makefile and scripts
//!   set) and passing its root to rustc makes such a build recompile the crate instead.
//! - **The web build's shadow stack** (Rust's stack in wasm linear memory) is 384 KiB
//!   instead of 1 MiB, so that RustPython's stack guard (a RecursionError when that stack is
//!   nearly used up) trips before the worker's machine stack (V8's, about 1 MiB, which the
//!   same recursion uses about twice as fast) overflows and takes the session with it.
//!   Measured per recursion level in Chromium (`tools/recursion-depth.mjs`,
//!   docs/measurements.md): plain calls use 62 bytes of shadow stack, generators 1.2 KB,
//!   `sorted(key=…)` 2.1 KB, `__repr__` 2.0 KB. Set here rather than in
//!   `.cargo/config.toml`'s rustflags, which would rebuild every dependency for a flag only
//!   the final link reads.
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=src/python/lib");
    println!("cargo:rerun-if-env-changed=PAVE_CLONE_ROOT");
    let root = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    println!("cargo:rustc-env=PAVE_CLONE_ROOT={root}");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-cdylib=-zstack-size=393216");
    }
}
