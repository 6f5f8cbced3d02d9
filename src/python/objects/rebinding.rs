//! Which globals Python code a compiled call runs may rebind.
//!
//! Compiled code takes the globals it reads (a class, a function it calls straight into,
//! `len`) as bound when the call began, and its guards say so on entry. Python code it
//! calls could rebind one meanwhile, so after each such call the guards were checked
//! again: ~900 instructions natively per call of four guards, more than the call of a
//! small method itself. But a global of the program is rebound, while a call runs, only
//! by code that says so: a `global` statement's store or `del` of that name
//! (`STORE_GLOBAL`, `DELETE_GLOBAL`), or any name through a way to the module's
//! dictionary or to the builtins (`globals()`, `vars()`, `locals()` at module level,
//! `__dict__`, `import __main__`, `sys.modules`, `__import__`, `setattr`, `exec`, a
//! function's `__globals__` or a frame's `f_globals`, `builtins`), or to a function's
//! code and defaults (`__code__`, `__defaults__`), which a guard on a function relies on
//! too. The module's own code rebinds its globals only while it runs itself, which is
//! never during a call (a module-level loop compiled runs its own stores, and knows it).
//! So the program's code
//! ([`note_code`], every code object at any depth) says which guards a call may break
//! ([`may_rebind`]): those on the names it stores with `global`, or all of them once it
//! names a way to the dictionary. A guard on an attribute of `math` (`math.sqrt`) is
//! checked again only if the program's code stores or deletes an attribute of that name
//! (`math.sqrt = f`: `STORE_ATTR`) or names a way to a dictionary as above (`setattr`,
//! `__dict__`, `vars`).
//!
//! What this cannot see: a library writing into `__main__` or `math` on its own (a
//! debugger, an interactive console), and another module of the program doing so through
//! `import __main__`. Neither is done from a loop a course program runs.

use std::cell::{Cell, RefCell};
use std::collections::HashSet;

use rustpython_vm::builtins::{PyCode, PyStrInterned};
use rustpython_vm::bytecode::Instruction;

use super::code_words::Word;

thread_local! {
    /// Whether the session's code may rebind any global while a call runs (sticky for
    /// the session: a REPL's later input may say so).
    static ANY: Cell<bool> = const { Cell::new(false) };
    /// The names the session's code stores or deletes with `global` (interned, by
    /// address).
    static STORED: RefCell<HashSet<usize>> = RefCell::new(HashSet::new());
    /// The attribute names the session's code stores or deletes (`obj.name = …`,
    /// `del obj.name`; interned, by address), and whether one could not be read.
    static STORED_ATTRIBUTES: RefCell<HashSet<usize>> = RefCell::new(HashSet::new());
    static ANY_ATTRIBUTE: Cell<bool> = const { Cell::new(false) };
    /// Changes whenever `ANY` or `STORED` does: what a guard remembers of its name's
    /// answer holds while this stays ([`generation`]).
    static GENERATION: Cell<u32> = const { Cell::new(0) };
}

/// A number that changes whenever what the session's code may rebind does.
pub(crate) fn generation() -> u32 {
    GENERATION.with(Cell::get)
}

fn changed() {
    GENERATION.with(|g| g.set(g.get().wrapping_add(1)));
}

/// Names through which code reaches a module's dictionary, the builtins, or a
/// function's code and defaults: a name (a global, an attribute, a local) equal to one,
/// or a string constant holding one (`getattr(f, "__globals__")`).
const REBINDING_WORDS: [&str; 20] = [
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
    "__import__",
    "import_module",
];

/// Of [`REBINDING_WORDS`], those that say nothing as a string constant: `"__main__"` is
/// in nearly every program (`if __name__ == "__main__":`), while the ways to its module
/// from a string (`sys.modules["__main__"]`, `__import__("__main__")`,
/// `importlib.import_module("__main__")`) name a rebinding word of their own.
const NAME_ONLY_WORDS: [&str; 1] = ["__main__"];

/// May Python code rebind the global `name` (interned) of the program while a
/// compiled call runs?
pub(crate) fn may_rebind(name: &PyStrInterned) -> bool {
    ANY.with(Cell::get) || stored_with_global(name)
}

/// Does the session's code store or delete the global `name` (interned) with a `global`
/// statement? Such a global is read where it is used rather than taken as a constant:
/// its guard would be checked again after every call the compiled code makes, and fail
/// (and compile the unit again) whenever the program rebinds it, as it says it will.
pub(crate) fn stored_with_global(name: &PyStrInterned) -> bool {
    STORED.with(|s| {
        let s = s.borrow();
        !s.is_empty() && s.contains(&(std::ptr::from_ref(name) as usize))
    })
}

/// May Python code a compiled call runs set or delete an attribute `name` (interned) of
/// a module (`math.sqrt = f`)?
pub(crate) fn may_store_attribute(name: &PyStrInterned) -> bool {
    ANY.with(Cell::get)
        || ANY_ATTRIBUTE.with(Cell::get)
        || STORED_ATTRIBUTES.with(|s| s.borrow().contains(&(std::ptr::from_ref(name) as usize)))
}

/// A session starts: nothing of its code seen yet.
pub(crate) fn forget() {
    ANY.with(|a| a.set(false));
    STORED.with(|s| s.borrow_mut().clear());
    STORED_ATTRIBUTES.with(|s| s.borrow_mut().clear());
    ANY_ATTRIBUTE.with(|a| a.set(false));
    changed();
}

/// Note what `code` (a program about to run in this thread's session) may rebind.
pub(crate) fn note_code(code: &PyCode) {
    if !ANY.with(Cell::get) && rebinds(code) {
        ANY.with(|a| a.set(true));
    }
    changed();
}

/// Whether `code` (or code it holds) names a way to rebind any global; the names it
/// stores with `global` go into [`STORED`].
fn rebinds(code: &PyCode) -> bool {
    super::code_words::any_word(code, &mut note_stores, &mut |word| match word {
        Word::Name(n) => REBINDING_WORDS.contains(&n.as_str()),
        Word::Token(s) => REBINDING_WORDS
            .iter()
            .filter(|w| !NAME_ONLY_WORDS.contains(w))
            .any(|w| s.contains(w)),
    })
}

/// Put the names `code`'s own instructions store or delete with `global` into
/// [`STORED`], and the attribute names they store or delete into [`STORED_ATTRIBUTES`];
/// true if a global's name could not be read (a name past the 256th: not worth
/// decoding), which counts as naming any (an attribute's: as naming any attribute).
fn note_stores(code: &PyCode) -> bool {
    let data = &code.code;
    let units = &data.instructions;
    for (i, unit) in units.iter().enumerate() {
        let (global, set) = match unit.op {
            Instruction::StoreGlobal { .. } | Instruction::DeleteGlobal { .. } => (true, &STORED),
            Instruction::StoreAttr { .. } | Instruction::DeleteAttr { .. } => {
                (false, &STORED_ATTRIBUTES)
            }
            _ => continue,
        };
        let extended = i > 0
            && matches!(
                units.get(i - 1).map(|u| u.op),
                Some(Instruction::ExtendedArg)
            );
        match data
            .names
            .get(usize::from(u8::from(unit.arg)))
            .filter(|_| !extended)
        {
            Some(name) => {
                let name: &PyStrInterned = name;
                set.with(|s| s.borrow_mut().insert(std::ptr::from_ref(name) as usize));
            }
            None if global => return true,
            None => ANY_ATTRIBUTE.with(|a| a.set(true)),
        }
    }
    false
}
