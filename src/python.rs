//! The RustPython embedding: the only part of Pave that handles Python objects.
//!
//! - `interp`: builds an interpreter with the frozen stdlib and our shims;
//! - `stdio`: routes `sys.stdout`/`sys.stderr`/`input()` to the [`Host`](crate::Host);
//! - `platform`: what the browser lacks natively (`posix`, entropy, clocks);
//! - `traceback`: turns a Python exception into a [`PyError`](crate::PyError);
//! - `repl`: decides whether REPL input is a complete statement.

pub(crate) mod interp;
pub(crate) mod platform;
pub(crate) mod repl;
pub(crate) mod stdio;
pub(crate) mod traceback;
