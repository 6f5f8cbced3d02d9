//! How deep the native stack is below where the session started running code.
//!
//! RustPython runs a Python-to-Python call without native recursion, but compiled code
//! that calls Python code (`obj_call`) and the gate that enters compiled code recurse
//! natively, a few KiB a level: in the browser's 384 KiB shadow stack that would end a
//! recursion through compiled methods in the native stack guard's `RecursionError` after
//! some 190 levels, where the interpreter goes on to the recursion limit. So past
//! [`DEEP_BYTES`] the gate leaves calls to the interpreter and compiled code hands its
//! calls over to it: deep recursion goes on interpreted, exactly as with the JIT off.

use std::cell::Cell;

/// Native stack below the session's start past which tier 1 stops recursing natively: a
/// third of the browser's shadow stack; natively a quarter of the interpreter thread's.
pub(crate) const DEEP_BYTES: usize = if cfg!(target_arch = "wasm32") {
    128 << 10
} else {
    64 << 20
};

thread_local! {
    /// The stack position when the session last started running code (0: unknown).
    static TOP: Cell<usize> = const { Cell::new(0) };
}

/// Where the stack is now (the address of a local: the stack grows down on every
/// target Pave runs on, wasm32's shadow stack included).
#[inline(never)]
fn here() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker as *const u8 as usize)
}

/// The session starts running code here.
pub(crate) fn mark_top() {
    TOP.with(|t| t.set(here()));
}

/// Is the stack more than [`DEEP_BYTES`] below where the session started?
pub(crate) fn deep() -> bool {
    let top = TOP.with(Cell::get);
    top != 0 && top.saturating_sub(here()) > DEEP_BYTES
}
