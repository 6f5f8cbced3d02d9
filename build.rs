//! Rebuild the crate when Pave's frozen Python (`src/python/lib/*.py`, frozen by
//! `py_freeze!` in `python/interp.rs`) changes: the macro reads the files, but cargo does
//! not know it depends on them.

fn main() {
    println!("cargo:rerun-if-changed=src/python/lib");
}
