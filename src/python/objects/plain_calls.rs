//! Calls of Python functions from compiled code made the way the interpreter's own
//! `CALL` makes them. A plain function (positional parameters only, called with exactly
//! as many arguments) runs in a frame on RustPython's data stack, with no frame object:
//! `PyFunction::invoke_exact_args`, what `CALL_PY_EXACT_ARGS` does. The generic
//! `vectorcall` makes a heap frame object for the call and frees it afterwards, which
//! natively cost about 1,500 instructions a call more (allocation, the collector's
//! clearing of the frame, release). A class made the plain way is called as
//! `CALL_ALLOC_AND_ENTER_INIT` calls it: the instance allocated, `__init__` run so.
//!
//! Whether a function is plain is its code's business (its flags and parameter count),
//! which `__code__` can change: the answer is remembered by the function's version,
//! which RustPython gives each function when it is made and replaces when its
//! `__code__`, `__defaults__` or `__kwdefaults__` is assigned, so a remembered answer
//! never outlives the code it was about.

use std::cell::RefCell;

use rustpython_vm::builtins::{PyCode, PyFunction, PyType};
use rustpython_vm::bytecode::CodeFlags;
use rustpython_vm::{identifier, AsObject, Py, PyObjectRef, PyResult, VirtualMachine};

/// Remembered answers, by function version (direct-mapped: a later function whose
/// version falls on the same entry replaces it).
const REMEMBERED: usize = 256;

/// An entry's parameter count when the function is not plain.
const NOT_PLAIN: u32 = u32::MAX;

thread_local! {
    /// `(version, parameter count or NOT_PLAIN)`; version 0 is no function's.
    static ARITY: RefCell<[(u32, u32); REMEMBERED]> = const { RefCell::new([(0, 0); REMEMBERED]) };
}

/// Call `func` with the positional arguments `args`, as the interpreter's `CALL` does.
pub(super) fn call_positional(
    func: &PyObjectRef,
    args: Vec<PyObjectRef>,
    vm: &VirtualMachine,
) -> PyResult {
    let args = match call_if_plain(func, args, vm) {
        Ok(result) => return result,
        Err(args) => args,
    };
    let args = match construct_if_plain(func, args, vm) {
        Ok(result) => return result,
        Err(args) => args,
    };
    let n = args.len();
    func.vectorcall(args, n, None, vm)
}

/// `cls(args…)` for a class made the plain way (`calls::plain_class_init`: one of the
/// program's, metaclass `type`, `object.__new__`, no abstract methods) whose `__init__`
/// is a plain function taking `self` and that many: the instance allocated as
/// `object.__new__` allocates it and `__init__` run in a frame on the data stack, as the
/// interpreter's `CALL_ALLOC_AND_ENTER_INIT` does (where `type.__call__` looks `__new__`
/// and `__init__` up again, binds the arguments and makes a heap frame). Otherwise the
/// arguments back, uncalled.
fn construct_if_plain(
    func: &PyObjectRef,
    args: Vec<PyObjectRef>,
    vm: &VirtualMachine,
) -> Result<PyResult, Vec<PyObjectRef>> {
    let Some(cls) = func.downcast_ref::<PyType>() else {
        return Err(args);
    };
    let Some(init) = plain_init(cls, vm) else {
        return Err(args);
    };
    let Some(function) = init.downcast_ref::<PyFunction>() else {
        return Err(args);
    };
    if plain_arity(function, vm) != Some(args.len() + 1) {
        return Err(args);
    }
    let obj = super::calls::allocate(cls, vm);
    let mut with_self = Vec::with_capacity(args.len() + 1);
    with_self.push(obj.clone());
    with_self.extend(args);
    Ok(match function.invoke_exact_args(with_self, vm) {
        Ok(r) if vm.is_none(&r) => Ok(obj),
        Ok(r) => Err(vm.new_type_error(format!(
            "__init__() should return None, not '{:.200}'",
            r.class().name()
        ))),
        Err(e) => Err(e),
    })
}

/// Classes found to be made the plain way, by address and version tag (a class's tag
/// changes with it, its bases and their dictionaries; tags are unique in the process).
/// Only keys: a reference kept here would keep a dropped session's objects alive (an
/// `__init__` holds its module's globals), and a weak one would show in
/// `weakref.getweakrefcount`.
const REMEMBERED_CLASSES: usize = 16;

thread_local! {
    static CLASSES: RefCell<Vec<(usize, u32)>> = const { RefCell::new(Vec::new()) };
}

/// The `__init__` of `cls` if instances of it are made the plain way.
fn plain_init(cls: &Py<PyType>, vm: &VirtualMachine) -> Option<PyObjectRef> {
    let key = super::class_key(cls);
    if key.1 != 0 && CLASSES.with(|c| c.borrow().contains(&key)) {
        return cls.get_attr(identifier!(vm, __init__));
    }
    let init = super::calls::plain_class_init(cls, vm)?;
    // (`object.__new__` refuses a class with abstract methods.)
    if cls.get_attr(identifier!(vm, __abstractmethods__)).is_some() {
        return None;
    }
    // The lookups may have given the class its tag.
    let key = super::class_key(cls);
    if key.1 != 0 {
        CLASSES.with(|c| {
            let mut classes = c.borrow_mut();
            if classes.len() >= REMEMBERED_CLASSES {
                classes.remove(0);
            }
            classes.push(key);
        });
    }
    Some(init)
}

/// Call `func` with `args` in a frame on the data stack if it is a plain function taking
/// that many; otherwise the arguments back, uncalled.
pub(super) fn call_if_plain(
    func: &PyObjectRef,
    args: Vec<PyObjectRef>,
    vm: &VirtualMachine,
) -> Result<PyResult, Vec<PyObjectRef>> {
    match func.downcast_ref::<PyFunction>() {
        Some(function) if plain_arity(function, vm) == Some(args.len()) => {
            Ok(function.invoke_exact_args(args, vm))
        }
        _ => Err(args),
    }
}

/// How many arguments `function` takes if it is plain: only positional parameters, no
/// `*args`, `**kwargs` or keyword-only ones, and its code is a function's.
fn plain_arity(function: &Py<PyFunction>, vm: &VirtualMachine) -> Option<usize> {
    let version = function.get_version_for_current_state();
    if version == 0 {
        // (The version counter ran out: nothing can be remembered.)
        return read_arity(function, vm).map(|n| n as usize);
    }
    let entry = version as usize % REMEMBERED;
    let known = ARITY.with(|a| {
        let (v, n) = a.borrow()[entry];
        (v == version).then_some(n)
    });
    let arity = match known {
        Some(n) => n,
        None => {
            let n = read_arity(function, vm).unwrap_or(NOT_PLAIN);
            ARITY.with(|a| a.borrow_mut()[entry] = (version, n));
            n
        }
    };
    (arity != NOT_PLAIN).then_some(arity as usize)
}

/// The parameter count of `function`'s code, if that code is plain.
fn read_arity(function: &Py<PyFunction>, vm: &VirtualMachine) -> Option<u32> {
    let code = function.as_object().get_attr("__code__", vm).ok()?;
    let code = code.downcast_ref::<PyCode>()?;
    let flags = code.code.flags;
    (flags.contains(CodeFlags::OPTIMIZED)
        && !flags.intersects(CodeFlags::VARARGS | CodeFlags::VARKEYWORDS)
        && code.code.kwonlyarg_count == 0)
        .then_some(code.code.arg_count)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rustpython_vm::Interpreter;

    /// Run `source` in a fresh interpreter, then `calls` on its globals, each a function's
    /// name and its (int) arguments, each made through [`call_positional`]: the results'
    /// `repr`s, or the exceptions' type names.
    fn calls(source: &str, calls: &[(&str, &[i64])]) -> Vec<String> {
        Interpreter::without_stdlib(Default::default()).enter(|vm| {
            let scope = vm.new_scope_with_builtins();
            vm.run_string(scope.clone(), source, "<test>")
                .expect("the test's source runs");
            calls
                .iter()
                .map(|(name, args)| {
                    let func = scope.globals.get_item(*name, vm).expect("a function");
                    let args = args.iter().map(|n| vm.ctx.new_int(*n).into()).collect();
                    match call_positional(&func, args, vm) {
                        Ok(value) => value.repr(vm).map(|s| s.to_string()).unwrap_or_default(),
                        Err(exc) => exc.class().name().to_string(),
                    }
                })
                .collect()
        })
    }

    #[test]
    fn plain_functions_take_their_arguments() {
        let source = "def f(a, b):\n return a - b\ndef g():\n return 7\n";
        assert_eq!(calls(source, &[("f", &[5, 3]), ("g", &[])]), ["2", "7"]);
    }

    #[test]
    fn wrong_counts_raise_as_the_interpreter_does() {
        let source = "def f(a, b):\n return a\n";
        assert_eq!(
            calls(source, &[("f", &[1]), ("f", &[1, 2, 3])]),
            ["TypeError", "TypeError"]
        );
    }

    #[test]
    fn defaults_star_args_and_keyword_only_parameters_are_bound_by_the_vm() {
        let source = "def d(a, b=4):\n return a + b\n\
                      def s(*a):\n return len(a)\n\
                      def k(a, *, k=2):\n return a * k\n\
                      def kw(**k):\n return k\n";
        let got = calls(
            source,
            &[("d", &[1]), ("s", &[1, 2, 3]), ("k", &[3]), ("kw", &[])],
        );
        assert_eq!(got, ["5", "3", "6", "{}"]);
    }

    #[test]
    fn a_new_code_is_seen_at_the_next_call() {
        // `swap` gives `f` the code of `g`, which takes one parameter.
        let source = "def f(a, b):\n return a + b\n\
                      def g(a):\n return -a\n\
                      def swap():\n f.__code__ = g.__code__\n";
        let got = calls(
            source,
            &[
                ("f", &[2, 3]),
                ("f", &[2, 3]),
                ("swap", &[]),
                ("f", &[4]),
                ("f", &[2, 3]),
            ],
        );
        assert_eq!(got, ["5", "5", "None", "-4", "TypeError"]);
    }
}
