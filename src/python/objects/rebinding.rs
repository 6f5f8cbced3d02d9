//! Whether Python code a compiled call runs may rebind a global the call relies on.
//!
//! Compiled code takes the globals it reads (a class, a function it calls straight into,
//! `len`) as bound when the call began, and its guards say so on entry. Python code it
//! calls could rebind one meanwhile, so after each such call the guards were checked
//! again: ~900 instructions natively per call of four guards, more than the call of a
//! small method itself. But a global of the program is rebound, while a call runs, only
//! by code that says so: a `global` statement's store or `del` (`STORE_GLOBAL`,
//! `DELETE_GLOBAL`), or a way to the module's dictionary or to the builtins (`globals()`,
//! `vars()`, `locals()` at module level, `__dict__`, `__main__`, `sys.modules`,
//! `setattr`, `exec`, a function's `__globals__` or a frame's `f_globals`, `builtins`),
//! or to a function's code and defaults (`__code__`, `__defaults__`), which a guard on a
//! function relies on too. The module's own code rebinds its globals only while it runs
//! itself, which is never during a call (a module-level loop compiled runs its own
//! stores, and knows it). So until the program's code ([`note_code`], every code object
//! at any depth) has one of those, a call's guards are not checked again
//! ([`may_rebind`]); the guards on `math`'s attributes still are (`math.sqrt = f` names
//! nothing of the above).
//!
//! What this cannot see: a library writing into `__main__` on its own (a debugger, an
//! interactive console), and another module of the program doing so through
//! `import __main__`. Neither is done from a loop a course program runs.

use std::cell::Cell;

use rustpython_vm::builtins::{PyCode, PyStr};
use rustpython_vm::bytecode::Instruction;
use rustpython_vm::PyObject;

thread_local! {
    /// Whether the session's code may rebind a global while a call runs (sticky for
    /// the session: a REPL's later input may say so).
    static MAY_REBIND: Cell<bool> = const { Cell::new(false) };
}

/// Names through which code reaches a module's dictionary, the builtins, or a
/// function's code and defaults: a name (a global, an attribute, a local) equal to one,
/// or a string constant holding one (`getattr(f, "__globals__")`).
const REBINDING_WORDS: [&str; 18] = [
    "globals",
    "vars",
    "locals",
    "exec",
    "eval",
    "__dict__",
    "__main__",
    "modules",
    "setattr",
    "delattr",
    "builtins",
    "__builtins__",
    "__globals__",
    "f_globals",
    "f_builtins",
    "__code__",
    "__defaults__",
    "__kwdefaults__",
];

/// May Python code rebind a global of the program while a compiled call runs?
pub(crate) fn may_rebind() -> bool {
    MAY_REBIND.with(Cell::get)
}

/// A session starts: nothing of its code seen yet.
pub(crate) fn forget() {
    MAY_REBIND.with(|m| m.set(false));
}

/// Note what `code` (a program about to run in this thread's session) may rebind.
pub(crate) fn note_code(code: &PyCode) {
    if !may_rebind() && rebinds(code) {
        MAY_REBIND.with(|m| m.set(true));
    }
}

fn rebinds(code: &PyCode) -> bool {
    let code = &code.code;
    let stores = code.instructions.iter().any(|unit| {
        matches!(
            unit.op,
            Instruction::StoreGlobal { .. } | Instruction::DeleteGlobal { .. }
        )
    });
    if stores
        || code
            .names
            .iter()
            .chain(code.varnames.iter())
            .any(|n| REBINDING_WORDS.contains(&n.as_str()))
    {
        return true;
    }
    code.constants.iter().any(|c| {
        let obj: &PyObject = std::borrow::Borrow::borrow(c);
        if let Some(inner) = obj.downcast_ref::<PyCode>() {
            return rebinds(inner);
        }
        obj.downcast_ref::<PyStr>()
            .and_then(|s| s.to_str())
            .is_some_and(|s| {
                !s.contains(char::is_whitespace) && REBINDING_WORDS.iter().any(|w| s.contains(w))
            })
    })
}
