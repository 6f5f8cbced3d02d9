//! `import` inside compiled code (`jit::abi::ObjImport::Import`): the module an absolute
//! import gives where giving it runs no Python code, which is what a function's
//! `import math` or `from random import random` almost always is (the module was loaded
//! when the program started, or at the function's first call). Anything else (a module
//! not loaded yet or still initialising, a package asked for names, a replaced
//! `builtins.__import__`, a `sys.modules` that is not a dict) answers "bail" with nothing
//! done, and the interpreter imports at that instruction.
//!
//! What is given is what the interpreter's `IMPORT_NAME` gives: without a from-list its
//! cache hit (`VirtualMachine::try_import_cached`: the module, or for `import a.b` the
//! top-level package `a`); with one, what importlib's `__import__` returns for a loaded
//! module that is not a package (the module itself).

use rustpython_vm::builtins::PyDictRef;
use rustpython_vm::builtins::{PyDict, PyModule, PyStrInterned};
use rustpython_vm::{AsObject, Py, PyObjectRef, VirtualMachine};
use std::ops::Not;

use super::{attr_name, generic_getattr, handle_from_state, HANDLE_BAIL};

/// `import name` (`from`: non-zero if the from-list is not empty), by the name's index
/// in the unit's table: a new handle, or [`HANDLE_BAIL`].
pub(super) fn obj_import(name: i32, from: i32) -> i32 {
    let Some(name) = attr_name(name) else {
        return HANDLE_BAIL;
    };
    handle_from_state(|vm, _| imported(name, from != 0, vm))
}

/// What importing `name` gives, if that runs no Python code.
fn imported(name: &'static PyStrInterned, from: bool, vm: &VirtualMachine) -> Option<PyObjectRef> {
    // The frame's builtins are the VM's (the interpreter looks `__import__` up in them),
    // and their `__import__` is the built-in one, not a replacement.
    let builtins = rustpython_vm::frame::current_builtins()?;
    if !builtins.is(vm.builtins.dict().as_object()) {
        return None;
    }
    let import = vm
        .builtins
        .dict()
        .get_item_opt(rustpython_vm::identifier!(vm, __import__), vm)
        .ok()??;
    if !builtin_import(&import, vm) {
        return None;
    }
    let modules = vm.sys_module.dict().get_item_opt("modules", vm).ok()??;
    let modules = modules.downcast_exact::<PyDict>(vm).ok()?;
    let text = name.as_str();
    let module = loaded(&modules, text, vm)?;
    if from {
        // A package's names go to importlib's `_handle_fromlist` (which may import
        // submodules); a module that is not one is the answer.
        return (!is_package(&module, vm)?).then_some(module);
    }
    match text.split_once('.') {
        None => Some(module),
        Some((top, _)) => loaded(&modules, top, vm),
    }
}

/// Is `import` the `builtins` module's own `__import__` (RustPython's
/// `import_module_level`, which finds a loaded module without running Python code)?
fn builtin_import(import: &PyObjectRef, vm: &VirtualMachine) -> bool {
    if !import
        .class()
        .is(vm.ctx.types.builtin_function_or_method_type)
    {
        return false;
    }
    // (A built-in function's attributes are its type's own: reading them runs no code.)
    let named = import
        .get_attr("__name__", vm)
        .ok()
        .and_then(|n| n.downcast::<rustpython_vm::builtins::PyStr>().ok())
        .is_some_and(|n| n.to_str() == Some("__import__"));
    let owner = import.get_attr("__self__", vm).ok();
    named && owner.is_some_and(|o| o.is(vm.builtins.as_object()))
}

/// The module `sys.modules` holds under `name`, if it is a module done initialising.
fn loaded(modules: &Py<PyDict>, name: &str, vm: &VirtualMachine) -> Option<PyObjectRef> {
    let module = modules.get_item_opt(name, vm).ok()??;
    if vm.is_none(&module) || initialising(&module, vm)? {
        return None;
    }
    Some(module)
}

/// Is `module` still being initialised (`__spec__._initializing`, which importlib sets
/// while the module's code runs)? `None` where reading that might run Python code.
fn initialising(module: &PyObjectRef, vm: &VirtualMachine) -> Option<bool> {
    let dict = module_dict(module, vm)?;
    let Some(spec) = dict.get_item_opt("__spec__", vm).ok()? else {
        // (The interpreter would ask the module's own `__getattr__`.)
        return own_getattr(&dict, vm).not().then_some(false);
    };
    if vm.is_none(&spec) {
        return Some(false);
    }
    let cls = spec.class();
    if !generic_getattr(cls, vm) || cls.get_attr(vm.ctx.intern_str("_initializing")).is_some() {
        return None;
    }
    match spec.dict()?.get_item_opt("_initializing", vm).ok()? {
        None => Some(false),
        Some(flag) if flag.is(&vm.ctx.true_value) => Some(true),
        Some(flag) if flag.is(&vm.ctx.false_value) => Some(false),
        // (Its truth might be a class's `__bool__`.)
        Some(_) => None,
    }
}

/// Is `module` a package (it has `__path__`)? `None` where asking might run Python code
/// (a module's own `__getattr__`).
fn is_package(module: &PyObjectRef, vm: &VirtualMachine) -> Option<bool> {
    let dict = module_dict(module, vm)?;
    if dict.get_item_opt("__path__", vm).ok()?.is_some() {
        return Some(true);
    }
    own_getattr(&dict, vm).not().then_some(false)
}

/// Does a module (by its dictionary) have a `__getattr__` of its own (PEP 562), which
/// the interpreter calls for a name the dictionary lacks?
fn own_getattr(dict: &PyDictRef, vm: &VirtualMachine) -> bool {
    !matches!(dict.get_item_opt("__getattr__", vm), Ok(None))
}

/// The dictionary of `obj`, a module of the built-in type itself (a subclass may look
/// attributes up its own way).
fn module_dict(obj: &PyObjectRef, vm: &VirtualMachine) -> Option<PyDictRef> {
    if !obj.class().is(vm.ctx.types.module_type) {
        return None;
    }
    obj.downcast_ref::<PyModule>()?;
    obj.dict()
}
