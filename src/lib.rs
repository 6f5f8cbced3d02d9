//! Pave: a Python playground that paves its hot paths.
//!
//! Python source runs in a [`Session`]: the RustPython interpreter (tier 0) with the frozen
//! standard library and a few platform shims, writing its output to a [`Host`] as it is
//! produced. The same `Session` serves two fronts:
//!
//! - the native `pave` command line (`src/main.rs`, `src/cli/`), and
//! - the browser, through the wasm-bindgen surface in `src/web.rs`, driven by a Web Worker.
//!
//! Flow of a run: source → RustPython parser and bytecode compiler → interpreter, with
//! `print`/`input` routed to the host (`python/stdio.rs`); an uncaught exception becomes a
//! structured [`PyError`] (`python/traceback.rs`) inside the run's [`Outcome`].

pub mod bench;
pub mod clock;
pub mod drawing;
pub mod engine;
pub mod host;
/// Tier 1's compiler, the `pave-jit` crate of this workspace.
pub use pave_jit as jit;
pub mod outcome;
mod python;
pub mod session;
pub mod telemetry;
pub mod tier;

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
#[cfg(target_arch = "wasm32")]
mod web;

pub use host::{BufferHost, Host, ReadLineError, Stream};
pub use outcome::{ErrorKind, Frame, Outcome, PyError};
pub use python::objects::peak_handles;
pub use session::{Interrupter, JitOptions, ReplStatus, Session, SessionError, SessionOptions};

/// The version printed by `pave --version` and shown by the page.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The web build's allocator: Talc instead of Rust's default dlmalloc (RustPython allocates
/// and frees an object for nearly every int it computes).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
