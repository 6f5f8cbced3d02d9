//! `super().name` in compiled code (`LOAD_SUPER_ATTR`): what the classes after the
//! method's class in the instance's MRO hold under `name`, found as `super`'s own
//! `__getattribute__` finds it, without making the `super` object. Only where that runs
//! no Python code: the global `super` is the builtin, the object is an instance of the
//! class, and what is found is a function, a plain value or a descriptor of the VM's
//! own (a `classmethod`, a slot wrapper). Anything else (a property, a descriptor class
//! or an instance of the program's, a name not found) is the interpreter's, which
//! resumes at the instruction, looks it up and raises where it raises.

use rustpython_vm::builtins::{PyFunction, PyType};
use rustpython_vm::{AsObject, PyObjectRef, VirtualMachine};

use super::calls::Found;
use super::{attr_name, pure_descriptor, with_call, with_cell, CallState};
use crate::jit::abi::HANDLE_BAIL;

/// `super(class, obj).name` (`ObjImport::SuperAttr`); with `method`, a function comes
/// back unbound and remembered as a method (a call passes `obj` first).
pub(super) fn obj_superattr(obj: i32, sup: i32, class: i32, name: i32, method: i32) -> i32 {
    let Some(interned) = attr_name(name) else {
        return HANDLE_BAIL;
    };
    let found = with_call(|vm, state, _| {
        let object = |h| CallState::object(state, h);
        lookup(
            object(obj)?,
            object(sup)?,
            object(class)?,
            interned,
            method != 0,
            vm,
        )
    });
    match found {
        Some(Found::Method(f)) => {
            let h = super::new_handle(f);
            with_cell(|c| c.borrow_mut().methods.push(h));
            h
        }
        Some(Found::Attribute(a)) => super::new_handle(a),
        None => HANDLE_BAIL,
    }
}

/// What `super(class, obj).name` gives, where finding it runs no Python code.
fn lookup(
    obj: &PyObjectRef,
    sup: &PyObjectRef,
    class: &PyObjectRef,
    name: &'static rustpython_vm::builtins::PyStrInterned,
    method: bool,
    vm: &VirtualMachine,
) -> Option<Found> {
    if !sup.is(vm.ctx.types.super_type.as_object()) || name.as_bytes() == b"__class__" {
        return None;
    }
    let class = class.downcast_ref::<PyType>()?;
    // An instance of the class (not the class itself: a `classmethod`'s `super()`, and
    // not an object whose `__class__` claims it: the interpreter checks those).
    if obj.downcast_ref::<PyType>().is_some() || !obj.class().fast_issubclass(class) {
        return None;
    }
    let start = obj.class();
    let descr = {
        let mro = start.mro.read();
        mro.iter()
            .skip_while(|c| !c.is(class))
            .skip(1)
            .find_map(|c| c.get_direct_attr(name))
    }?;
    if descr.downcast_ref::<PyFunction>().is_some() {
        if method {
            return Some(Found::Method(descr));
        }
    } else if !pure_descriptor(&descr, vm) {
        return None;
    }
    match descr.class().slots.descr_get.load() {
        None => Some(Found::Attribute(descr)),
        Some(get) => get(&descr, Some(obj), Some(start.as_object()), vm)
            .ok()
            .map(Found::Attribute),
    }
}
