//! Rebuilds the crate when Pave's frozen Python shims change: `py_freeze!(dir = "lib")` in
//! `src/python/interp.rs` reads `src/python/lib/` at compile time, which cargo does not
//! track by itself.

fn main() {
    println!("cargo:rerun-if-changed=src/python/lib");
}
