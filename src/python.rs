//! The RustPython embedding: the only part of Pave that handles Python objects.
//!
//! - `interp`: builds an interpreter with the frozen stdlib and our shims;
//! - `stdio`: routes `sys.stdout`/`sys.stderr`/`sys.stdin`/`input()` to the
//!   [`Host`](crate::Host);
//! - `platform`: what the browser lacks natively (`posix`, entropy, clocks, time zones),
//!   and the Python shims of `python/lib/` installed by `_pave_site`;
//! - `script`: `sys.argv`, `sys.path[0]` and `__file__` for `pave run FILE`;
//! - `drawing`: `_pave_draw`, turtle graphics' way to the host, and `turtle_step`, its
//!   fast path for a turtle's moves and turns;
//! - `traceback`: turns a Python exception into a [`PyError`](crate::PyError);
//! - `repl`: decides whether REPL input is a complete statement;
//! - tier 1's side: `rewrite` (compiling user code with entry prologues), `prologue`
//!   (the bytecode surgery), `gate` (each function's gate object), `dispatch` (what a
//!   gate does: the way into compiled code, settling, the stack sampler), `tiering` (the
//!   session's tier-1 state and compiling against live globals), `globals` (what names are
//!   bound to, and entry guards), `convert` (boxing), `pave_module` (the `pave` module),
//!   `loops` (top-level loops lifted into tier 1). The Python-free rest of tier 1 is in
//!   `tier/` (policy, state machine, runtime) and the `pave-jit` crate (the compiler).

pub(crate) mod convert;
pub(crate) mod dispatch;
pub(crate) mod drawing;
pub(crate) mod gate;
pub(crate) mod globals;
pub(crate) mod inplace;
pub(crate) mod interp;
pub(crate) mod loops;
pub mod objects;
pub(crate) mod pave_module;
pub(crate) mod platform;
pub(crate) mod prologue;
pub(crate) mod repl;
pub(crate) mod resume;
pub(crate) mod rewrite;
pub(crate) mod script;
pub(crate) mod stack;
pub(crate) mod stdio;
pub(crate) mod tiering;
pub(crate) mod traceback;
pub(crate) mod turtle_step;
