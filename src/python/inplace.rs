//! Keeps `a += b`, `a -= b` and `a *= b` in the interpreter's generic form.
//!
//! RustPython 0.6 specialises these in-place operators, once they have seen two ints
//! (or two floats, or two strings), into the *binary* operator's specialised
//! instruction (`BINARY_OP_ADD_INT`…), whose fallback for other operands runs `a + b`
//! instead of `a += b`. A function that did `total += 1` a few times and is then handed
//! a list extends nothing: `f(xs, [2])` left `xs` as it was, and a `str -= float`
//! raised with `-` where CPython says `-=`. Compiled code runs the operator itself and
//! was right, so the two tiers printed differently.
//!
//! Until RustPython keeps the in-place operator in its fallback, Pave initialises each
//! code object's adaptive counters itself (as the interpreter would at its first
//! `RESUME`) and gives these three operators a counter that never triggers: they stay
//! `BINARY_OP`, which runs `__iadd__` and friends. This costs the interpreter the
//! specialised int and float paths of these three operators only; tier 1 compiles them
//! by the kinds it saw either way.

use std::sync::atomic::Ordering;

use rustpython_vm::builtins::PyCode;
use rustpython_vm::bytecode::{BinaryOperator, Instruction, OpArg};
use rustpython_vm::Py;

/// An adaptive counter whose backoff bits are all set: `adaptive_counter_triggers`
/// never holds for it, and counting down keeps those bits.
const NEVER: u16 = 0xF;

/// Keep the in-place operators of `code` and of every code object among its constants
/// (at any depth) generic, before any of it runs.
pub(crate) fn keep_generic(code: &Py<PyCode>) {
    // Quicken now (what the first `RESUME` would do), so the interpreter does not
    // overwrite the counters set below; a code object already run is left as it is.
    if !code.quickened.swap(true, Ordering::Relaxed) {
        let units = &code.code.instructions;
        units.quicken();
        for at in 0..units.len() {
            if in_place(units.read_op(at), u32::from(u8::from(units.read_arg(at)))) {
                // SAFETY: `at + 1` is the instruction's cache, which `quicken` just
                // initialised; no frame runs this code yet.
                unsafe { units.write_adaptive_counter(at + 1, NEVER) };
            }
        }
    }
    for constant in code.code.constants.iter() {
        let obj: &rustpython_vm::PyObject = std::borrow::Borrow::borrow(constant);
        if let Some(inner) = obj.downcast_ref::<PyCode>() {
            keep_generic(inner);
        }
    }
}

/// Is `op` (with argument byte `arg`) one of the in-place operators RustPython
/// specialises into a binary operator's instruction?
fn in_place(op: Instruction, arg: u32) -> bool {
    let Instruction::BinaryOp { op } = op else {
        return false;
    };
    matches!(
        op.try_get(OpArg::new(arg)),
        Ok(BinaryOperator::InplaceAdd
            | BinaryOperator::InplaceSubtract
            | BinaryOperator::InplaceMultiply)
    )
}
