//! The words a program's code says, for judging by name what it may do: look at frames
//! (`frames.rs`), rebind globals (`rebinding.rs`). A code object says its names (globals,
//! attributes, locals: interned) and its `str` constants that are one token
//! (`"__globals__"` in a `getattr`, not a docstring's prose), and so do the code objects
//! it holds, at any depth.

use std::borrow::Borrow;

use rustpython_vm::builtins::{PyCode, PyStr, PyStrInterned};
use rustpython_vm::PyObject;

/// One word of a code object.
pub(super) enum Word<'a> {
    /// A name it uses (interned: one address per name in the session).
    Name(&'static PyStrInterned),
    /// A string constant without whitespace.
    Token(&'a str),
}

/// Whether `found` holds for a word of `code` or of a code object it holds, or `code_says`
/// for one of those code objects itself (its instructions). Stops at the first.
pub(super) fn any_word(
    code: &PyCode,
    code_says: &mut impl FnMut(&PyCode) -> bool,
    found: &mut impl FnMut(Word<'_>) -> bool,
) -> bool {
    if code_says(code) {
        return true;
    }
    let data = &code.code;
    if data
        .names
        .iter()
        .chain(data.varnames.iter())
        .any(|n| found(Word::Name(n)))
    {
        return true;
    }
    data.constants.iter().any(|c| {
        let obj: &PyObject = c.borrow();
        if let Some(inner) = obj.downcast_ref::<PyCode>() {
            return any_word(inner, code_says, found);
        }
        obj.downcast_ref::<PyStr>()
            .and_then(|s| s.to_str())
            .is_some_and(|s| !s.contains(char::is_whitespace) && found(Word::Token(s)))
    })
}
