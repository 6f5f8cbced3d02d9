//! The native `pave` command: see `cli.rs`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(pave::cli::main());
}

#[cfg(target_arch = "wasm32")]
fn main() {}
