//! The RustPython embedding: the only part of Pave that handles Python objects.
//!
//! - `interp`: builds an interpreter with the frozen stdlib and our shims;
//! - `stdio`: routes `sys.stdout`/`sys.stderr`/`input()` to the [`Host`](crate::Host);
//! - `platform`: what the browser lacks natively (`posix`, entropy, clocks);
//! - `drawing`: `_pave_draw`, turtle graphics' way to the host, and `turtle_step`, its
//!   fast path for a turtle's moves and turns;
//! - `traceback`: turns a Python exception into a [`PyError`](crate::PyError);
//! - `repl`: decides whether REPL input is a complete statement;
//! - tier 1's side: `rewrite` (compiling user code with entry prologues), `prologue`
//!   (the bytecode surgery), `dispatch` (each function's gate and its way into compiled
//!   code), `tiering` (engine, policy, telemetry), `globals` (what names are bound to,
//!   and entry guards), `convert` (boxing), `pave_module` (the `pave` module), `loops`
//!   (top-level loops lifted into tier 1).

pub(crate) mod convert;
pub(crate) mod dispatch;
pub(crate) mod drawing;
pub(crate) mod globals;
pub(crate) mod interp;
pub(crate) mod loops;
pub(crate) mod pave_module;
pub(crate) mod platform;
pub(crate) mod prologue;
pub(crate) mod repl;
pub(crate) mod rewrite;
pub(crate) mod stdio;
pub(crate) mod tiering;
pub(crate) mod traceback;
pub(crate) mod turtle_step;
