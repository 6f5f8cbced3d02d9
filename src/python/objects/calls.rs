//! Calls from compiled code: loading what is called (`obj_global`, `obj_getmethod`),
//! passing arguments (`obj_arg`) and calling (`obj_call`), which runs Python code — the
//! one object import that does. An exception it raises waits in the call's state for
//! the interpreter, which resumes at the `CALL` with a [`Settled`] as the callable.

use crate::engine::Operand;
use std::rc::Rc;
use std::sync::atomic::Ordering;

use rustpython_vm::builtins::{PyList, PyModule, PyStr, PyTuple, PyType};
use rustpython_vm::common::atomic::Radium;
use rustpython_vm::function::FuncArgs;
use rustpython_vm::function::{Either, PyComparisonValue, PySetterValue};
use rustpython_vm::protocol::{PyMappingMethods, PyNumberMethods};
use rustpython_vm::types::{
    AsMapping, AsNumber, Callable, Comparable, GetAttr, PyComparisonOp, PyTypeFlags, Representable,
    SetAttr,
};
use rustpython_vm::{
    identifier, pyclass, AsObject, Py, PyObject, PyObjectRef, PyPayload, PyResult, VirtualMachine,
};

use super::{
    attr_name, generic_getattr, getattr_pure, handed_value, handle_or_bail, new_handle,
    pure_descriptor, with_cell, with_object, SettledAt, HANDLE_BAIL,
};
use crate::jit::abi::{BuildKind, HANDLE_NOT_RUN};
use crate::python::resume::UnitFrames;

/// `LOAD_GLOBAL`: the frame's global `name`, else the builtin.
pub(super) fn obj_global(name: i32) -> i32 {
    let Some(name) = attr_name(name) else {
        return HANDLE_BAIL;
    };
    let Some(vm) = with_cell(|c| c.borrow().vm) else {
        return HANDLE_BAIL;
    };
    // SAFETY: as in `with_object`.
    let vm = unsafe { &*vm };
    let globals = vm.current_globals();
    // By the interned name: its hash is kept, keys compare by identity first.
    handle_or_bail(Some(crate::python::convert::global_or_builtin_interned(
        &globals, name, vm,
    )))
}

/// `STORE_GLOBAL`: the value into the running function's globals (the old value's
/// release may run Python code: nothing is borrowed meanwhile).
pub(super) fn obj_setglobal(name: i32, tag: i32, payload: i64, origin: i32) -> i32 {
    let Some(name) = attr_name(name) else {
        return -1;
    };
    let Some(vm) = with_cell(|c| c.borrow().vm) else {
        return -1;
    };
    let Some(value) = handed_value(tag, payload, origin) else {
        return -1;
    };
    // SAFETY: as in `with_object`.
    let vm = unsafe { &*vm };
    match vm.current_globals().set_item(name, value, vm) {
        Ok(()) => 0,
        Err(_) => -1,
    }
}

/// What `LOAD_ATTR` of a method finds.
pub(super) enum Found {
    /// A function of the class, to call with the object first.
    Method(PyObjectRef),
    /// The attribute itself.
    Attribute(PyObjectRef),
}

/// `LOAD_ATTR` of a method, as RustPython's `PyMethod::get` does it, where that runs no
/// Python code (else `None`: the interpreter does it).
fn method_pure(
    obj: &PyObjectRef,
    name: &'static rustpython_vm::builtins::PyStrInterned,
    vm: &VirtualMachine,
) -> Option<Found> {
    let cls = obj.class();
    if !generic_getattr(cls, vm) {
        return getattr_pure(obj, name, vm).map(Found::Attribute);
    }
    if let Some(descr) = cls.get_attr(name) {
        let descr_cls = descr.class();
        let plain_method = descr_cls
            .slots
            .flags
            .has_feature(PyTypeFlags::METHOD_DESCRIPTOR)
            && descr_cls.slots.descr_set.load().is_none()
            && descr
                .downcast_ref::<rustpython_vm::builtins::descriptor::PyMethodDescriptor>()
                .is_none_or(|m| {
                    !m.method
                        .flags
                        .contains(rustpython_vm::function::PyMethodFlags::CLASS)
                });
        if plain_method {
            if let Some(dict) = obj.dict() {
                if let Some(shadow) = dict.get_item_opt(name, vm).ok()? {
                    return Some(Found::Attribute(shadow));
                }
            }
            return Some(Found::Method(descr));
        }
    }
    getattr_pure(obj, name, vm).map(Found::Attribute)
}

/// `LOAD_SPECIAL` of name `name` (an index) on the object behind `handle`: what the
/// class finds (`PyMethod::get_special`), a method the call passes `self` to, or an
/// attribute it does not; [`HANDLE_BAIL`] where the class has none (the interpreter
/// raises its `TypeError`) or getting it would run a descriptor's Python code.
fn special_method(handle: i32, name: i32) -> i32 {
    let Some(interned) = attr_name(name) else {
        return HANDLE_BAIL;
    };
    let found = with_object(handle, |vm, obj| {
        let descr = obj.class().get_attr(interned)?;
        let descr_cls = descr.class();
        if descr_cls
            .slots
            .flags
            .has_feature(PyTypeFlags::METHOD_DESCRIPTOR)
        {
            return Some(Found::Method(descr));
        }
        match descr_cls.slots.descr_get.load() {
            None => Some(Found::Attribute(descr)),
            Some(get) if pure_descriptor(&descr, vm) => {
                get(&descr, Some(obj), Some(obj.class().as_object()), vm)
                    .ok()
                    .map(Found::Attribute)
            }
            Some(_) => None,
        }
    })
    .flatten();
    match found {
        Some(Found::Method(f)) => {
            let h = new_handle(f);
            with_cell(|c| c.borrow_mut().methods.push(h));
            h
        }
        Some(Found::Attribute(a)) => new_handle(a),
        None => HANDLE_BAIL,
    }
}

/// Does `LOAD_ATTR` of method `name` on `obj` find `expected`, a function of its class
/// (no instance attribute hiding it)?
pub(super) fn is_method(
    obj: &PyObjectRef,
    name: &'static rustpython_vm::builtins::PyStrInterned,
    expected: &PyObjectRef,
    vm: &VirtualMachine,
) -> bool {
    matches!(method_pure(obj, name, vm), Some(Found::Method(f)) if f.is(expected))
}

/// `cls(...)` up to its `__init__`: a new instance of `cls`, if the class is made the
/// plain way (a class of the program's, metaclass `type`, `object.__new__`) and its
/// `__init__` is the unit's function `init` (`ObjImport::New`).
pub(super) fn obj_new(cls: i32, init: i64) -> i32 {
    // A class learnt to be made the plain way (its key unchanged since): allocated at
    // once, as `object.__new__` allocates it, without looking at the class again.
    let learnt = super::with_call(|vm, state, table| {
        let class = state.object(cls)?.downcast_ref::<PyType>()?;
        let key = super::class_key(class);
        let plain = class.class().is(vm.ctx.types.type_type);
        (plain && table.plain_new.get() == (key.0, key.1, init)).then(|| allocate(class, vm))
    });
    if let Some(obj) = learnt {
        return new_handle(obj);
    }
    let Some(expected) = super::unit_function(init) else {
        return HANDLE_BAIL;
    };
    let made = with_object(cls, |vm, cls| {
        let cls = cls.downcast_ref::<PyType>()?;
        plain_class_init(cls, vm).filter(|f| f.is(&expected))?;
        let new = cls.slots.new.load()?;
        let obj = new(cls.to_owned(), FuncArgs::default(), vm).ok()?;
        // `object.__new__` raised nothing for this class: no abstract methods. While its
        // key holds, nothing of that can change.
        let abstract_methods = cls.get_attr(identifier!(vm, __abstractmethods__)).is_some();
        let key = super::class_key(cls);
        if key.1 != 0 && !abstract_methods {
            super::with_call(|_, _, table| {
                table.plain_new.set((key.0, key.1, init));
                Some(())
            });
        }
        Some(obj)
    })
    .flatten();
    match made {
        Some(obj) => new_handle(obj),
        None => HANDLE_BAIL,
    }
}

/// A new instance of `class` as `object.__new__` makes it (its `__dict__`, its
/// `__slots__` cells), for a class that [`obj_new`] checked.
pub(super) fn allocate(class: &Py<PyType>, vm: &VirtualMachine) -> PyObjectRef {
    let dict = class
        .slots
        .flags
        .has_feature(PyTypeFlags::HAS_DICT)
        .then(|| vm.ctx.new_dict());
    rustpython_vm::PyRef::new_ref(
        rustpython_vm::builtins::PyBaseObject,
        class.to_owned(),
        dict,
    )
    .into()
}

/// The `__init__` of `cls`, a class whose calls make instances the plain way: one of
/// the program's (a heap type) with metaclass `type`, `object.__new__` and an
/// `__init__` that is a Python function.
pub(crate) fn plain_class_init(cls: &Py<PyType>, vm: &VirtualMachine) -> Option<PyObjectRef> {
    let t = &vm.ctx.types;
    if !cls.class().is(t.type_type) || !cls.slots.flags.has_feature(PyTypeFlags::HEAPTYPE) {
        return None;
    }
    let new = cls.get_attr(identifier!(vm, __new__))?;
    if !t.object_type.get_attr(identifier!(vm, __new__))?.is(&new) {
        return None;
    }
    let init = cls.get_attr(identifier!(vm, __init__))?;
    init.downcast_ref::<rustpython_vm::builtins::PyFunction>()?;
    Some(init)
}

/// `obj.name` for a call: a method of the class comes back unbound and remembered.
pub(super) fn obj_getmethod(handle: i32, arg: i32) -> i32 {
    let (name, general, point) = crate::jit::abi::attr_parts(arg);
    if arg & crate::jit::abi::METHOD_SPECIAL != 0 {
        return special_method(handle, name);
    }
    let found = with_object(handle, |_, obj| find_method(obj, name)).flatten();
    match found {
        Some(Found::Method(f)) => {
            let h = new_handle(f);
            with_cell(|c| c.borrow_mut().methods.push(h));
            h
        }
        Some(Found::Attribute(a)) => new_handle(a),
        // A property, `__getattr__`: the attribute as `LOAD_ATTR` finds it (a call then
        // passes no `self`).
        None if general => {
            super::handle_or_bail(Some(super::getattr_general(handle, name, point, Some)))
        }
        None => HANDLE_BAIL,
    }
}

/// `LOAD_ATTR` of method `name` (an index) of `obj`, where that runs no Python code: a
/// built-in type's method or a method of a program's class as learnt for this name (no
/// lookup on the class), else looked up (and learnt).
fn find_method(obj: &PyObjectRef, name: i32) -> Option<Found> {
    let learnt = super::with_call(|vm, _, table| {
        let index = usize::try_from(name).ok()?;
        table
            .builtin_method(index, obj.class())
            .or_else(|| table.class_method(index, obj, vm))
    });
    if let Some(f) = learnt {
        return Some(Found::Method(f));
    }
    let interned = attr_name(name)?;
    let vm = super::call_vm()?;
    let found = method_pure(obj, interned, vm);
    if let Some(Found::Method(f)) = &found {
        super::with_call(|vm, _, table| {
            let index = usize::try_from(name).ok()?;
            let cls = obj.class();
            table.learn_builtin_method(index, cls, f);
            table.learn_class_method(index, cls, f, vm);
            Some(())
        });
    }
    found
}

/// `obj.name(args…)` ([`crate::jit::abi::ObjImport::CallMethod`]): the method looked up
/// as `LOAD_ATTR` looks it up where that runs no Python code, and called as
/// [`obj_call`] calls it, `obj` the first argument; [`HANDLE_NOT_RUN`] where no call
/// was made (nothing happened: the interpreter does both, from the `LOAD_ATTR`).
pub(super) fn obj_call_method(
    name: i32,
    point: i32,
    inline: i32,
    given: [Operand; crate::engine::CALL_INLINE],
) -> i32 {
    let (name, general, before) = crate::jit::abi::attr_parts(name);
    let Some((passed, inline)) = inline_operands(inline, given) else {
        return not_run();
    };
    let pushed = with_cell(|c| std::mem::take(&mut c.borrow_mut().call_args));
    let Some(receiver) = pushed.first().or(passed[0].as_ref()) else {
        return not_run();
    };
    let (func, with_self) = match find_method(receiver, name) {
        Some(Found::Method(f)) => (f, true),
        Some(Found::Attribute(a)) => (a, false),
        // A property, `__getattr__`: the attribute as `LOAD_ATTR` finds it, at the
        // `LOAD_ATTR` (a call then passes no `self`).
        None if general => match general_lookup(receiver, name, before) {
            Some(a) => (a, false),
            None => return not_run(),
        },
        None => return not_run(),
    };
    if with_self && pushed.is_empty() {
        if let Some(h) = builtin_call(&func, &passed[..inline]) {
            return h;
        }
    }
    let mut args = joined(pushed, passed, inline);
    // (No keyword names: only a `CALL` is made so.)
    let Some(vm) = super::call_vm() else {
        return not_run();
    };
    let argc = args.len() - 1;
    if !with_self {
        args.remove(0);
    }
    make_call(func, args, Vec::new(), argc, point, HANDLE_NOT_RUN, vm)
}

/// The first `inline` operands of a call, as objects, and how many; `None` (the
/// arguments pushed before dropped) where one is not a value the host can make.
fn inline_operands(
    inline: i32,
    given: [Operand; crate::engine::CALL_INLINE],
) -> Option<([Option<PyObjectRef>; crate::engine::CALL_INLINE], usize)> {
    let inline = usize::try_from(inline).unwrap_or(0).min(given.len());
    let mut passed: [Option<PyObjectRef>; crate::engine::CALL_INLINE] = Default::default();
    for (slot, (tag, payload, origin)) in passed.iter_mut().zip(given).take(inline) {
        *slot = super::handed_value(tag, payload, origin);
        if slot.is_none() {
            with_cell(|c| c.borrow_mut().call_args.clear());
            return None;
        }
    }
    Some((passed, inline))
}

/// A call's arguments: those `pushed` one by one, then the first `inline` of those
/// `passed` in the call, in one allocation (the `Vec` goes to the callee).
fn joined(
    pushed: Vec<PyObjectRef>,
    mut passed: [Option<PyObjectRef>; crate::engine::CALL_INLINE],
    inline: usize,
) -> Vec<PyObjectRef> {
    // (Plain loops: an iterator adapter chain over the array cost ~180 instructions.)
    let mut args = if pushed.is_empty() {
        Vec::with_capacity(inline)
    } else {
        let mut pushed = pushed;
        pushed.reserve_exact(inline);
        pushed
    };
    for slot in passed.iter_mut().take(inline) {
        if let Some(p) = slot.take() {
            args.push(p);
        }
    }
    args
}

/// `obj.name` as `LOAD_ATTR` finds it, running whatever Python code that is, at resume
/// point `before` (the `LOAD_ATTR`); `None` where it raised or must wait for the
/// interpreter there (`Settled`).
fn general_lookup(obj: &PyObjectRef, name: i32, before: i32) -> Option<PyObjectRef> {
    let interned = attr_name(name)?;
    let vm = super::call_vm()?;
    run_operator(
        before,
        vm,
        || obj.get_attr(interned, vm),
        |r| Some(r.clone()),
    )
}

/// [`HANDLE_NOT_RUN`], the arguments given for the call dropped.
fn not_run() -> i32 {
    with_cell(|c| {
        let mut state = c.borrow_mut();
        state.call_args.clear();
        state.call_kwnames.clear();
    });
    HANDLE_NOT_RUN
}

/// One more argument for the next call.
pub(super) fn obj_arg(tag: i32, payload: i64, origin: i32) -> i32 {
    match handed_value(tag, payload, origin) {
        Some(value) => {
            with_cell(|c| c.borrow_mut().call_args.push(value));
            0
        }
        None => -1,
    }
}

/// `CALL`: `callable(self?, *args)`, running whatever Python code that is. With
/// `has_self`, the first argument given is the object a method was looked up on: passed
/// only if the lookup found a method of its class (as `LOAD_ATTR` leaves `self` or
/// `NULL` on the stack).
pub(super) fn obj_call(
    callable: i32,
    has_self: i32,
    point: i32,
    inline: i32,
    given: [Operand; crate::engine::CALL_INLINE],
) -> i32 {
    let Some((passed, inline)) = inline_operands(inline, given) else {
        return HANDLE_BAIL;
    };
    let star = has_self & crate::jit::abi::CALL_STAR != 0;
    let star_keywords = has_self & crate::jit::abi::CALL_STAR_KEYWORDS != 0;
    let has_self = has_self & 1;
    if has_self != 0 && !star && inline >= 2 {
        if let Some(h) = builtin_method(callable, &passed[..inline]) {
            return h;
        }
    }
    let taken = with_cell(|c| {
        let mut state = c.borrow_mut();
        let pushed = std::mem::take(&mut state.call_args);
        let mut args = joined(pushed, passed, inline);
        let mut kwnames = std::mem::take(&mut state.call_kwnames);
        if star {
            // SAFETY: as in `with_object`.
            let vm = unsafe { &*state.vm? };
            (args, kwnames) = spread(args, star_keywords, vm)?;
        }
        let func = state
            .handles
            .get(usize::try_from(callable).ok()?.checked_sub(1)?)?
            .clone()?;
        if has_self != 0 && !state.methods.contains(&callable) {
            if args.is_empty() {
                return None;
            }
            args.remove(0);
        }
        // What the `CALL` has above its callable and `self` slots: its arguments (without
        // `self`), and `CALL_KW`'s tuple of names.
        let argc = if star {
            // `CALL_FUNCTION_EX`'s arguments and keywords (or `NULL`).
            2
        } else {
            args.len() - usize::from(has_self != 0 && state.methods.contains(&callable))
                + usize::from(!kwnames.is_empty())
        };
        if kwnames.len() > args.len() {
            return None;
        }
        Some((state.vm?, func, args, kwnames, argc))
    });
    let Some((vm, func, args, kwnames, argc)) = taken else {
        return HANDLE_BAIL;
    };
    // SAFETY: as in `with_object`.
    let vm = unsafe { &*vm };
    make_call(func, args, kwnames, argc, point, HANDLE_BAIL, vm)
}

/// Call `func` with `args` (the last `kwnames.len()` of them by keyword) at resume point
/// `point` of the root (a `CALL` with `argc` stack entries above its callable and `self`
/// slots), or answer `not_run` where the interpreter must make the call itself.
fn make_call(
    func: PyObjectRef,
    args: Vec<PyObjectRef>,
    kwnames: Vec<String>,
    argc: usize,
    point: i32,
    not_run: i32,
    vm: &VirtualMachine,
) -> i32 {
    let (at, frameless) = with_cell(|c| {
        let state = c.borrow();
        let at = state
            .calls_at
            .as_ref()
            .and_then(|(frames, prologue)| call_unit(frames, *prologue, point));
        // A callee of the unit making the call has no frame of its own.
        let frameless = crate::jit::abi::frameless_caller_of(point).and_then(|f| {
            let (frames, _) = state.calls_at.as_ref()?;
            Some(frames.funcs.get(f as usize)?.id)
        });
        (at, frameless)
    });
    if super::frames::reads_frame(&func, vm) {
        if let Some(id) = frameless {
            with_cell(|c| c.borrow_mut().needs_frame = Some(id));
        }
        return not_run;
    }
    if let Some(id) = frameless {
        if super::frames::looks_at_frames(&func, vm) {
            // Python code may look at its caller's frame (`warnings.warn(...,
            // stacklevel=2)` in a library): the interpreter makes the call from the
            // callee's own frame, and the root compiles again without that callee.
            with_cell(|c| c.borrow_mut().needs_frame = Some(id));
            return not_run;
        }
    }
    if crate::python::stack::deep() {
        // The interpreter makes the call, without native recursion.
        with_cell(|c| c.borrow_mut().deep = true);
        return not_run;
    }
    let _at_call = at.and_then(LastiAt::set);
    let recheck = !(kwnames.is_empty() && runs_no_python(&func, &args, vm));
    let outcome = if kwnames.is_empty() {
        // As the interpreter's `CALL` does: the arguments handed over as they are (a
        // Python function fills its frame straight from them, no `FuncArgs`).
        super::plain_calls::call_positional(&func, args, vm)
    } else {
        func.call(
            FuncArgs::with_kwargs_names(args.into_iter(), kwnames.into_iter()),
            vm,
        )
    };
    taken_or_settled(outcome, SettledAt::Call(argc), vm, recheck, |r| {
        Some(new_handle(r.clone()))
    })
    .unwrap_or(HANDLE_BAIL)
}

/// A built-in method the host does itself, as the VM's own code would, where that runs
/// no Python code: `xs.append(item)` on an exact `list` (as the interpreter's
/// `CALL_LIST_APPEND`: no argument vector, no binding of arguments), `d.get(key)` and
/// `d.get(key, default)` on an exact `dict` with a key hashed and compared by the VM
/// (`counts.get(w, 0)`). `passed` are the call's arguments, the receiver first; `None`
/// if the call is another (then made as any call is).
fn builtin_method(callable: i32, passed: &[Option<PyObjectRef>]) -> Option<i32> {
    let method = super::with_state(|_, state| {
        // `self` from `getmethod`, of the very method.
        state
            .methods
            .contains(&callable)
            .then(|| state.object(callable).cloned())
            .flatten()
    })??;
    builtin_call(&method, passed)
}

/// [`builtin_method`] of the method object `method`, found on the receiver's class.
fn builtin_call(method: &PyObject, passed: &[Option<PyObjectRef>]) -> Option<i32> {
    let found = super::with_state(|vm, state| {
        // Only a call with nothing pushed before (no keywords, no earlier arguments).
        if !state.call_args.is_empty() || !state.call_kwnames.is_empty() {
            return None;
        }
        let method =
            method.downcast_ref::<rustpython_vm::builtins::descriptor::PyMethodDescriptor>()?;
        let t = &vm.ctx.types;
        // (By its name in the type's method table: the native functions of methods with
        // the same signature may share an address.)
        let (typ, name) = (method.common.typ, method.method.name);
        match passed {
            [Some(receiver), Some(item)] if typ.is(t.list_type) && name == "append" => {
                let list = receiver.downcast_ref_if_exact::<PyList>(vm)?;
                list.borrow_vec_mut().push(item.clone());
                Some(None)
            }
            [Some(receiver), Some(key), default @ ..]
                if typ.is(t.dict_type) && name == "get" && default.len() <= 1 =>
            {
                let dict = receiver.downcast_ref_if_exact::<rustpython_vm::builtins::PyDict>(vm)?;
                if !super::plain_key(key, vm) {
                    return None;
                }
                let found = dict.get_item_opt(&**key, vm).ok()?;
                let default = default.first().cloned().flatten();
                Some(Some(found.or(default).unwrap_or_else(|| vm.ctx.none())))
            }
            _ => None,
        }
    })??;
    Some(match found {
        None => crate::jit::abi::NONE_HANDLE,
        Some(value) => new_handle(value),
    })
}

/// Does calling `func` with `args` surely run no Python code, so that no global compiled
/// code relies on can have been rebound (the guards need no re-check after it)? A method
/// of `str`, `int`, `float`, `bool` or `bytes` called on an object of exactly that type,
/// with arguments of exactly those types or `None` (`s.replace("o", "a")`,
/// `w.startswith(p)`): none of them calls a dunder of its arguments, or prints. And
/// `append`, `insert` or `pop` of an exact `list`, which store or hand back an object
/// without looking at it.
/// (Re-checking costs ~900 instructions natively per call.)
fn runs_no_python(func: &PyObject, args: &[PyObjectRef], vm: &VirtualMachine) -> bool {
    use rustpython_vm::builtins::descriptor::PyMethodDescriptor;
    // (A bound builtin method, `ins = perm.insert`, does not tell its function: RustPython
    // keeps it private.)
    let Some(method) = func.downcast_ref::<PyMethodDescriptor>() else {
        return false;
    };
    let (name, receiver, rest) = match args.split_first() {
        Some((receiver, rest)) if receiver.class().is(method.common.typ) => {
            (method.method.name, &**receiver, rest)
        }
        _ => return false,
    };
    let t = &vm.ctx.types;
    let scalar = |o: &PyObject| {
        let c = o.class();
        c.is(t.str_type)
            || c.is(t.int_type)
            || c.is(t.float_type)
            || c.is(t.bool_type)
            || c.is(t.bytes_type)
            || vm.is_none(o)
    };
    if receiver.class().is(t.list_type) {
        let int = |o: &PyObjectRef| o.class().is(t.int_type);
        // (By name in `list`'s method table: native functions of methods with one
        // signature may share an address.)
        return match name {
            "append" => rest.len() == 1,
            "insert" => rest.len() == 2 && int(&rest[0]),
            "pop" => rest.iter().all(int),
            _ => false,
        };
    }
    scalar(receiver) && rest.iter().all(|a| scalar(a))
}

/// `CALL_FUNCTION_EX`'s operands (a built-in collection of positional arguments, then a
/// dict of keyword ones if `keywords`) as a call's arguments, the keyword ones last and
/// named; `None` for anything the interpreter must spread itself (a generator, a
/// mapping that is not a dict, a key that is not a `str`).
fn spread(
    given: Vec<PyObjectRef>,
    keywords: bool,
    vm: &VirtualMachine,
) -> Option<(Vec<PyObjectRef>, Vec<String>)> {
    let t = &vm.ctx.types;
    let mut given = given.into_iter();
    let seq = given.next()?;
    let mut args = collection_items(&seq, vm)?;
    let mut names = Vec::new();
    if keywords {
        let dict = given.next()?;
        if !dict.class().is(t.dict_type) {
            return None;
        }
        for (key, value) in dict.downcast_ref::<rustpython_vm::builtins::PyDict>()? {
            if !key.class().is(t.str_type) {
                return None;
            }
            names.push(
                key.downcast_ref::<rustpython_vm::builtins::PyStr>()?
                    .to_str()?
                    .to_owned(),
            );
            args.push(value);
        }
    }
    given.next().is_none().then_some((args, names))
}

/// The outcome of Python code compiled code ran at an instruction (a call, an operator),
/// as `take` takes it; `None` (bail) where it waits for the interpreter at that
/// instruction instead, at `at` on its stack: it raised, `take` refused it (a
/// comparison's non-`bool`), or the code rebound a global compiled code relies on (looked
/// at if `recheck`: not after a call that surely ran no Python code) or turned on
/// `sys.settrace`/`setprofile` (which must see every line from now on).
fn taken_or_settled<R>(
    outcome: PyResult,
    at: SettledAt,
    vm: &VirtualMachine,
    recheck: bool,
    take: impl FnOnce(&PyObjectRef) -> Option<R>,
) -> Option<R> {
    match outcome {
        Ok(result) => {
            // (Taken out of the state only when a guard is due: the check reads globals.)
            let rebound = recheck
                && with_cell(|c| {
                    c.borrow()
                        .guards
                        .as_ref()
                        .filter(|g| !g.due.is_empty())
                        .cloned()
                })
                .is_some_and(|g| !g.hold_after_call(vm));
            let taken = if vm.use_tracing.get() || rebound {
                None
            } else {
                take(&result)
            };
            if taken.is_none() {
                with_cell(|c| c.borrow_mut().returned = Some((result, at)));
            }
            taken
        }
        Err(exc) => {
            with_cell(|c| c.borrow_mut().raised = Some((exc, at)));
            None
        }
    }
}

/// One more keyword name for the next call's last arguments.
pub(super) fn obj_kwname(name: i32) {
    if let Some(name) = attr_name(name) {
        with_cell(|c| c.borrow_mut().call_kwnames.push(name.as_str().to_owned()));
    }
}

/// The code unit of the `CALL` at resume point `point`, in the live code (after the
/// prologue).
fn call_unit(unit: &Rc<UnitFrames>, prologue: u32, point: i32) -> Option<u32> {
    let point = unit
        .funcs
        .first()?
        .points
        .get(usize::try_from(point).ok()?)?;
    Some(point.offset + prologue)
}

/// The running frame's `lasti` set to a `CALL` while it runs, and put back after.
struct LastiAt {
    frame: *const rustpython_vm::frame::InterpreterFrame,
    before: u32,
}

impl LastiAt {
    /// Point the running frame at `unit` (as the interpreter does while it executes
    /// it: `lasti` is one past the instruction).
    fn set(unit: u32) -> Option<LastiAt> {
        let frame = rustpython_vm::frame::current_thread_iframe();
        if frame.is_null() {
            return None;
        }
        // SAFETY: the thread's current frame is running (its prologue called the gate
        // whose compiled code calls this) and outlives the call.
        let live = unsafe { &*frame };
        let before = live.lasti.load(Ordering::Relaxed);
        live.lasti.store(unit + 1, Ordering::Relaxed);
        Some(LastiAt { frame, before })
    }
}

impl Drop for LastiAt {
    fn drop(&mut self) {
        // SAFETY: as in `set`: the frame runs until the gate returns, after this.
        let live = unsafe { &*self.frame };
        live.lasti.store(self.before, Ordering::Relaxed);
    }
}

/// What the interpreter finds at an instruction it resumes at after compiled code ran
/// it: at a `CALL`, the callable; at a binary operator or a comparison, the left
/// operand; at a subscript or a store to one, the container; at an attribute load or
/// store, the object. Calling it, applying any operator or comparison to it,
/// subscripting it, or loading or storing any attribute of it gives the instruction's
/// outcome again — raises the exception it raised (so the exception
/// leaves the instruction with this frame's traceback entry and handlers), or returns
/// its result (when compiled code could not go on after it).
#[pyclass(module = false, name = "pave_settled_call")]
#[derive(Debug, PyPayload)]
pub(crate) struct Settled {
    outcome: PyResult,
}

#[pyclass(with(
    Callable,
    Representable,
    AsNumber,
    Comparable,
    AsMapping,
    GetAttr,
    SetAttr
))]
impl Settled {}

impl GetAttr for Settled {
    fn getattro(zelf: &Py<Self>, _name: &Py<PyStr>, _vm: &VirtualMachine) -> PyResult {
        zelf.outcome.clone()
    }
}

impl SetAttr for Settled {
    fn setattro(
        zelf: &Py<Self>,
        _name: &Py<PyStr>,
        _value: PySetterValue,
        _vm: &VirtualMachine,
    ) -> PyResult<()> {
        zelf.outcome.clone().map(drop)
    }
}

impl Settled {
    /// A callable giving `outcome`.
    pub(crate) fn new_ref(outcome: PyResult, vm: &VirtualMachine) -> PyObjectRef {
        Settled { outcome }.into_ref(&vm.ctx).into()
    }

    /// The outcome `obj` (a `Settled`) gives.
    fn outcome_of(obj: &PyObject, vm: &VirtualMachine) -> PyResult {
        match obj.downcast_ref::<Settled>() {
            Some(s) => s.outcome.clone(),
            None => Err(vm.new_type_error("not a settled outcome")),
        }
    }

    /// The outcome of the operator one of whose operands `a`, `b` is a `Settled`.
    fn operand(a: &PyObject, b: &PyObject, vm: &VirtualMachine) -> PyResult {
        match (a.downcast_ref::<Settled>(), b.downcast_ref::<Settled>()) {
            (Some(s), _) | (None, Some(s)) => s.outcome.clone(),
            (None, None) => Ok(vm.ctx.not_implemented()),
        }
    }
}

/// Number slots that answer every binary operator the interpreter's `BINARY_OP` may
/// apply (augmented forms fall back to these) with `f`, for an object the interpreter
/// finds as a left operand where compiled code left it ([`Settled`],
/// `resume::Pending`).
pub(crate) const fn every_binary_slot(
    f: rustpython_vm::protocol::PyNumberBinaryFunc,
    power: rustpython_vm::protocol::PyNumberTernaryFunc,
) -> PyNumberMethods {
    PyNumberMethods {
        add: Some(f),
        subtract: Some(f),
        multiply: Some(f),
        remainder: Some(f),
        divmod: Some(f),
        power: Some(power),
        lshift: Some(f),
        rshift: Some(f),
        and: Some(f),
        xor: Some(f),
        or: Some(f),
        floor_divide: Some(f),
        true_divide: Some(f),
        matrix_multiply: Some(f),
        ..PyNumberMethods::NOT_IMPLEMENTED
    }
}

impl AsNumber for Settled {
    fn as_number() -> &'static PyNumberMethods {
        static AS_NUMBER: PyNumberMethods =
            every_binary_slot(Settled::operand, |a, b, _, vm| Settled::operand(a, b, vm));
        &AS_NUMBER
    }
}

impl AsMapping for Settled {
    fn as_mapping() -> &'static PyMappingMethods {
        static AS_MAPPING: PyMappingMethods = PyMappingMethods {
            subscript: Some(|mapping, _key, vm| Settled::outcome_of(mapping.obj, vm)),
            // (A store's outcome is `None`.)
            ass_subscript: Some(|mapping, _key, _value, vm| {
                Settled::outcome_of(mapping.obj, vm).map(drop)
            }),
            ..PyMappingMethods::NOT_IMPLEMENTED
        };
        &AS_MAPPING
    }
}

impl Comparable for Settled {
    fn slot_richcompare(
        zelf: &PyObject,
        other: &PyObject,
        _op: PyComparisonOp,
        vm: &VirtualMachine,
    ) -> PyResult<Either<PyObjectRef, PyComparisonValue>> {
        // Whatever the comparison gave (any object, as a user `__eq__` may return).
        Settled::operand(zelf, other, vm).map(Either::A)
    }

    fn cmp(
        zelf: &Py<Self>,
        _other: &PyObject,
        _op: PyComparisonOp,
        vm: &VirtualMachine,
    ) -> PyResult<PyComparisonValue> {
        let value = zelf.outcome.clone()?;
        Ok(PyComparisonValue::Implemented(value.try_to_bool(vm)?))
    }
}

impl Callable for Settled {
    type Args = FuncArgs;

    fn call(zelf: &Py<Self>, _args: FuncArgs, _vm: &VirtualMachine) -> PyResult {
        zelf.outcome.clone()
    }
}

impl Representable for Settled {
    fn repr_str(_zelf: &Py<Self>, _vm: &VirtualMachine) -> PyResult<String> {
        Ok("<pave settled call>".to_owned())
    }
}

/// `name` of a class whose metaclass is `type`, where that runs no Python code: the
/// class's own (or a base's) attribute, bound as `type.__getattribute__` binds it.
pub(super) fn class_attr_pure(
    cls: &Py<PyType>,
    name: &'static rustpython_vm::builtins::PyStrInterned,
    vm: &VirtualMachine,
) -> Option<PyObjectRef> {
    // As `type.__getattribute__` looks: a data descriptor of `type` itself
    // (`__name__`, `__dict__`, `__doc__`) wins over the class's own attribute; any other
    // attribute of `type` (`__init__`, `mro`) only where the class has none, which is
    // left to the interpreter. `Base.__init__(self, …)` is the class's own.
    let meta = vm.ctx.types.type_type.get_attr(name);
    if !cls.class().is(vm.ctx.types.type_type)
        || meta.is_some_and(|m| m.class().slots.descr_set.load().is_some())
    {
        return None;
    }
    let attr = cls.get_attr(name)?;
    match attr.class().slots.descr_get.load() {
        None => Some(attr),
        Some(get) if pure_descriptor(&attr, vm) => get(&attr, None, Some(cls.as_object()), vm).ok(),
        Some(_) => None,
    }
}

/// `name` of a module: what its dictionary holds (else the interpreter looks further).
pub(super) fn module_attr_pure(
    module: &PyObjectRef,
    name: &'static rustpython_vm::builtins::PyStrInterned,
    vm: &VirtualMachine,
) -> Option<PyObjectRef> {
    if !module.class().is(vm.ctx.types.module_type) || module.downcast_ref::<PyModule>().is_none() {
        return None;
    }
    module.dict()?.get_item_opt(name, vm).ok().flatten()
}

/// Is `obj` an `int`, `float`, `bool`, `None` or `str` (exactly: formatting and printing
/// it runs no Python code)?
fn plain_scalar(obj: &PyObjectRef, vm: &VirtualMachine) -> bool {
    let t = &vm.ctx.types;
    let cls = obj.class();
    [
        t.int_type,
        t.float_type,
        t.bool_type,
        t.none_type,
        t.str_type,
    ]
    .iter()
    .any(|k| cls.is(*k))
}

/// A new `kind` from `items`, where that runs no Python code.
fn build_pure(
    kind: BuildKind,
    items: Vec<PyObjectRef>,
    vm: &VirtualMachine,
) -> Option<PyObjectRef> {
    let ctx = &vm.ctx;
    Some(match kind {
        BuildKind::Tuple => ctx.new_tuple(items).into(),
        BuildKind::List => ctx.new_list(items).into(),
        BuildKind::Set => {
            if !items.iter().all(|k| super::plain_key(k, vm)) {
                return None;
            }
            let set = rustpython_vm::builtins::PySet::default().into_ref(ctx);
            for item in items {
                set.add(item, vm).ok()?;
            }
            set.into()
        }
        BuildKind::Dict => {
            if !items.len().is_multiple_of(2)
                || !items.iter().step_by(2).all(|k| super::plain_key(k, vm))
            {
                return None;
            }
            let dict = ctx.new_dict();
            let mut it = items.into_iter();
            while let (Some(k), Some(v)) = (it.next(), it.next()) {
                dict.set_item(&*k, v, vm).ok()?;
            }
            dict.into()
        }
        BuildKind::String => {
            let mut out = rustpython_vm::common::wtf8::Wtf8Buf::new();
            for item in &items {
                let s = item.downcast_ref::<rustpython_vm::builtins::PyStr>()?;
                if !item.class().is(ctx.types.str_type) {
                    return None;
                }
                out.push_wtf8(s.as_wtf8());
            }
            ctx.new_str(out).into()
        }
        BuildKind::Format | BuildKind::Str => {
            let [value] = <[PyObjectRef; 1]>::try_from(items).ok()?;
            if !plain_scalar(&value, vm) {
                return None;
            }
            value.str(vm).ok()?.into()
        }
        BuildKind::Repr | BuildKind::Ascii => {
            let [value] = <[PyObjectRef; 1]>::try_from(items).ok()?;
            if !plain_scalar(&value, vm) {
                return None;
            }
            match kind {
                BuildKind::Ascii => {
                    let ascii = vm.builtins.get_attr("ascii", vm).ok()?;
                    ascii.call((value,), vm).ok()?
                }
                _ => value.repr(vm).ok()?.into(),
            }
        }
        BuildKind::Slice => {
            // As `BINARY_SLICE` and `BUILD_SLICE` make it: `start` always given.
            let mut items = items.into_iter();
            let (Some(start), Some(stop), step, None) =
                (items.next(), items.next(), items.next(), items.next())
            else {
                return None;
            };
            rustpython_vm::builtins::PySlice {
                start: Some(start),
                stop,
                step,
            }
            .into_ref(ctx)
            .into()
        }
        BuildKind::Range => {
            if !(1..=3).contains(&items.len())
                || items.iter().any(|i| !i.class().is(ctx.types.int_type))
            {
                return None;
            }
            ctx.types.range_type.as_object().call(items, vm).ok()?
        }
        BuildKind::FormatSpec => {
            let [value, spec] = <[PyObjectRef; 2]>::try_from(items).ok()?;
            if !plain_scalar(&value, vm) || !spec.class().is(ctx.types.str_type) {
                return None;
            }
            vm.format(&value, spec.downcast().ok()?).ok()?.into()
        }
        BuildKind::Extend => {
            let [list, iterable] = <[PyObjectRef; 2]>::try_from(items).ok()?;
            if !list.class().is(ctx.types.list_type) {
                return None;
            }
            let more = collection_items(&iterable, vm)?;
            list.downcast_ref::<PyList>()?.borrow_vec_mut().extend(more);
            list
        }
        BuildKind::Merge => {
            let [dict, mapping] = <[PyObjectRef; 2]>::try_from(items).ok()?;
            let (into, from) = (
                dict.downcast_ref::<rustpython_vm::builtins::PyDict>()?,
                mapping.downcast_ref::<rustpython_vm::builtins::PyDict>()?,
            );
            if !dict.class().is(ctx.types.dict_type) || !mapping.class().is(ctx.types.dict_type) {
                return None;
            }
            let entries: Vec<(PyObjectRef, PyObjectRef)> = from.into_iter().collect();
            // Names only, none given twice: else the interpreter raises.
            for (key, _) in &entries {
                if !key.class().is(ctx.types.str_type)
                    || into.get_item_opt(&**key, vm).ok()?.is_some()
                {
                    return None;
                }
            }
            for (key, value) in entries {
                into.set_item(&*key, value, vm).ok()?;
            }
            dict
        }
        BuildKind::TupleOfList => {
            let [list] = <[PyObjectRef; 1]>::try_from(items).ok()?;
            if !list.class().is(ctx.types.list_type) {
                return None;
            }
            let items = list.downcast_ref::<PyList>()?.borrow_vec().to_vec();
            ctx.new_tuple(items).into()
        }
    })
}

/// The items of `obj` in order, if iterating it is the VM's own code over data it
/// holds (a list, a tuple, a string, a dict's keys, a set, a range…: no Python code
/// runs); `None` for anything else (a generator, an instance), which the interpreter
/// iterates.
fn collection_items(obj: &PyObjectRef, vm: &VirtualMachine) -> Option<Vec<PyObjectRef>> {
    let t = &vm.ctx.types;
    if obj.class().is(t.tuple_type) {
        return Some(obj.downcast_ref::<PyTuple>()?.as_slice().to_vec());
    }
    if obj.class().is(t.list_type) {
        return Some(obj.downcast_ref::<PyList>()?.borrow_vec().to_vec());
    }
    if !super::builtin_collection(obj, vm, &["__iter__"]) {
        return None;
    }
    let iter = obj.get_iter(vm).ok()?;
    let mut items = Vec::new();
    loop {
        match iter.next(vm).ok()? {
            rustpython_vm::protocol::PyIterReturn::Return(item) => items.push(item),
            rustpython_vm::protocol::PyIterReturn::StopIteration(_) => return Some(items),
        }
    }
}

/// A new container or string of `count` items: those given since the last call or build,
/// then the first `inline` of those passed in the call itself.
pub(super) fn obj_build(
    kind: i32,
    count: i32,
    inline: i32,
    given: [Operand; crate::engine::CALL_INLINE],
) -> i32 {
    let (Some((vm, mut items)), Some(kind)) = (given_args(), BuildKind::from_code(kind)) else {
        return HANDLE_BAIL;
    };
    let inline = usize::try_from(inline).unwrap_or(0).min(given.len());
    for (tag, payload, origin) in given.into_iter().take(inline) {
        match super::handed_value(tag, payload, origin) {
            Some(item) => items.push(item),
            None => return HANDLE_BAIL,
        }
    }
    if usize::try_from(count).ok() != Some(items.len()) {
        return HANDLE_BAIL;
    }
    handle_or_bail(Some(build_pure(kind, items, vm)))
}

/// `MAKE_FUNCTION` of the code object `co_consts[index]` of function `func` of the
/// running unit (the root: the frame running; a callee: its function's `__code__`), in
/// the globals running: what `types.FunctionType(code, globals)` makes.
pub(super) fn obj_makefunction(func: i32, index: i32, closure: i32) -> i32 {
    let given = match closure {
        crate::jit::abi::NO_HANDLE => None,
        h => match with_object(h, |_, c| c.clone()) {
            Some(c) => Some(c),
            None => return HANDLE_BAIL,
        },
    };
    let taken = with_cell(|c| {
        let state = c.borrow();
        let vm = state.vm?;
        let (unit, _) = state.calls_at.as_ref()?;
        let id = unit.funcs.get(usize::try_from(func).ok()?)?.id;
        let callee = (func != 0).then(|| unit.function(id).cloned()).flatten();
        Some((vm, func, callee))
    });
    let Some((vm, func, callee)) = taken else {
        return HANDLE_BAIL;
    };
    // SAFETY: as in `with_object`.
    let vm = unsafe { &*vm };
    let code: Option<rustpython_vm::PyRef<rustpython_vm::builtins::PyCode>> = if func == 0 {
        rustpython_vm::frame::current_code()
    } else {
        callee
            .and_then(|f| f.get_attr("__code__", vm).ok())
            .and_then(|c| c.downcast().ok())
    };
    let made = code.and_then(|code| {
        let constant = code.code.constants.get(usize::try_from(index).ok()?)?;
        let constant: &rustpython_vm::PyObject = std::borrow::Borrow::borrow(constant);
        let inner = constant.to_owned();
        let free = inner
            .downcast_ref::<rustpython_vm::builtins::PyCode>()?
            .code
            .freevars
            .len();
        let globals = vm.current_globals();
        let function_type = vm.ctx.types.function_type.as_object();
        if free == 0 && given.is_none() {
            return function_type.call((inner, globals), vm).ok();
        }
        // The closure given (`ObjOp::MakeClosure`); else one gets its cells from the
        // `SET_FUNCTION_ATTRIBUTE` that follows (`cells::obj_set_function_attribute`),
        // empty ones of its number until then.
        let closure = match given {
            Some(closure) => closure,
            None => {
                let cell_type = vm.ctx.types.cell_type.as_object();
                let empty: Vec<PyObjectRef> = (0..free)
                    .map(|_| cell_type.call((), vm).ok())
                    .collect::<Option<_>>()?;
                vm.ctx.new_tuple(empty).into()
            }
        };
        // (RustPython's `FunctionType` takes no `None` for the name.)
        let name = inner.get_attr("co_name", vm).ok()?;
        function_type
            .call((inner, globals, name, vm.ctx.none(), closure), vm)
            .ok()
    });
    handle_or_bail(Some(made))
}

/// A comprehension's `LIST_APPEND`, `SET_ADD` or `MAP_ADD` of the arguments given (the
/// container first), where that runs no Python code: any item into a list, a plain key
/// into a set or dict. 0, or -1 where the interpreter must do it (nothing was added).
pub(super) fn obj_collect(kind: i32) -> i32 {
    let (Some((vm, items)), Some(kind)) = (given_args(), BuildKind::from_code(kind)) else {
        return -1;
    };
    let t = &vm.ctx.types;
    let done = match (kind, items.as_slice()) {
        (BuildKind::List, [list, item]) if list.class().is(t.list_type) => list
            .downcast_ref::<rustpython_vm::builtins::PyList>()
            .map(|l| l.borrow_vec_mut().push(item.clone())),
        (BuildKind::Set, [set, item])
            if set.class().is(t.set_type) && super::plain_key(item, vm) =>
        {
            set.downcast_ref::<rustpython_vm::builtins::PySet>()
                .and_then(|s| s.add(item.clone(), vm).ok())
        }
        (BuildKind::Dict, [dict, key, value])
            if dict.class().is(t.dict_type) && super::plain_key(key, vm) =>
        {
            dict.downcast_ref::<rustpython_vm::builtins::PyDict>()
                .and_then(|d| d.set_item(&**key, value.clone(), vm).ok())
        }
        _ => None,
    };
    if done.is_some() {
        0
    } else {
        -1
    }
}

/// Is `obj` a value whose operators and comparisons run no Python code: a number, `None`,
/// a `str` or `bytes`, or a tuple (or, with `lists`, a list) of such values?
fn plain_value(obj: &PyObjectRef, lists: bool, vm: &VirtualMachine, depth: u32) -> bool {
    let t = &vm.ctx.types;
    let cls = obj.class();
    if plain_scalar(obj, vm) || cls.is(t.bytes_type) {
        return true;
    }
    if depth == 0 {
        return false;
    }
    let items: Vec<PyObjectRef> = if cls.is(t.tuple_type) {
        match obj.downcast_ref::<rustpython_vm::builtins::PyTuple>() {
            Some(tuple) => tuple.as_slice().to_vec(),
            None => return false,
        }
    } else if lists && cls.is(t.list_type) {
        match obj.downcast_ref::<rustpython_vm::builtins::PyList>() {
            Some(list) => list.borrow_vec().to_vec(),
            None => return false,
        }
    } else {
        return false;
    };
    items.iter().all(|i| plain_value(i, lists, vm, depth - 1))
}

/// The arguments given since the last call, build or operator (taken), and the VM.
fn given_args() -> Option<(&'static VirtualMachine, Vec<PyObjectRef>)> {
    let (vm, args) = with_cell(|c| {
        let mut state = c.borrow_mut();
        let args = std::mem::take(&mut state.call_args);
        Some((state.vm?, args))
    })?;
    // SAFETY: as in `with_object` (the reference does not outlive the host call).
    Some((unsafe { &*vm }, args))
}

/// An operator's two operands as compiled code passes them (tag, bits, origin each; see
/// [`super::handed_value`]), and the VM.
fn operands(a: Operand, b: Operand) -> Option<(&'static VirtualMachine, PyObjectRef, PyObjectRef)> {
    let a = super::handed_value(a.0, a.1, a.2)?;
    let b = super::handed_value(b.0, b.1, b.2)?;
    let vm = with_cell(|c| c.borrow().vm)?;
    // SAFETY: as in `with_object` (the reference does not outlive the host call).
    Some((unsafe { &*vm }, a, b))
}

/// An operator's code as compiled code passes it (`abi::OPERATOR_*`): the operator's
/// own code, augmented or not, general or not, and the resume point named (in the
/// root's code; -1: none).
pub(super) struct OperatorCode {
    code: i32,
    inplace: bool,
    pub(super) general: bool,
    pub(super) point: i32,
}

impl OperatorCode {
    pub(super) fn of(op: i32) -> OperatorCode {
        use crate::jit::abi::{OPERATOR_GENERAL, OPERATOR_INPLACE, OPERATOR_POINT_SHIFT};
        OperatorCode {
            code: op & (OPERATOR_INPLACE - 1),
            inplace: op & OPERATOR_INPLACE != 0,
            general: op & OPERATOR_GENERAL != 0,
            point: (op >> OPERATOR_POINT_SHIFT) - 1,
        }
    }
}

/// Run an operator that may run Python code, as the interpreter's instruction at resume
/// point `point` would (its frame pointed there meanwhile). `None` (bail) where the
/// interpreter must run it instead, or where its outcome now waits for the interpreter
/// at that instruction ([`taken_or_settled`]).
pub(super) fn run_operator<R>(
    point: i32,
    vm: &VirtualMachine,
    run: impl FnOnce() -> PyResult,
    take: impl FnOnce(&PyObjectRef) -> Option<R>,
) -> Option<R> {
    if crate::python::stack::deep() {
        // The interpreter runs it, without native recursion.
        with_cell(|c| c.borrow_mut().deep = true);
        return None;
    }
    let at = with_cell(|c| {
        let state = c.borrow();
        let (frames, prologue) = state.calls_at.as_ref()?;
        call_unit(frames, *prologue, point)
    });
    let at_op = at.and_then(LastiAt::set);
    let outcome = run();
    drop(at_op);
    taken_or_settled(outcome, SettledAt::Operator, vm, true, take)
}

/// `a op b`: where that runs no Python code and changes no object, at once; else, for
/// an operator compiled code may resume after (`abi::OPERATOR_GENERAL`), as the
/// interpreter runs it (a class's `__add__`, `list += …`).
pub(super) fn obj_binary(a: Operand, b: Operand, op: i32) -> i32 {
    use crate::jit::ir::BinOp;
    let OperatorCode {
        code,
        inplace,
        general,
        point,
    } = OperatorCode::of(op);
    let result = operands(a, b).and_then(|(vm, a, b)| {
        let bin = BinOp::from_code(code)?;
        // `xs + ys` and `[0] * n` make new lists (whatever they hold); as augmented
        // assignments they would change `xs`, which is the interpreter's to do.
        let t = &vm.ctx.types;
        let list = |o: &PyObjectRef| o.class().is(t.list_type);
        let int = |o: &PyObjectRef| o.class().is(t.int_type);
        let new_list = !inplace
            && match bin {
                BinOp::Add => list(&a) && list(&b),
                BinOp::Mul => (list(&a) && int(&b)) || (int(&a) && list(&b)),
                _ => false,
            };
        // Otherwise immutable operands only.
        let pure = new_list || (plain_value(&a, false, vm, 4) && plain_value(&b, false, vm, 4));
        if !pure {
            return general
                .then(|| {
                    run_operator(
                        point,
                        vm,
                        || {
                            class_operator(bin, inplace, &a, &b, vm)
                                .unwrap_or_else(|| binary_op(bin, inplace, &a, &b, vm))
                        },
                        |r| Some(r.clone()),
                    )
                })
                .flatten();
        }
        // An exception (`"a" - 1`, `"x" * 10**20`) is the interpreter's to raise.
        binary_op(bin, false, &a, &b, vm).ok()
    });
    handle_or_bail(Some(result))
}

/// What `a op b` gives after `a`'s method for it (called directly by compiled code)
/// returned `NotImplemented`, as the interpreter would go on: `b`'s reflected method
/// (`__radd__`…) if `b` is of another class, else (or if that gives `NotImplemented`
/// too) the interpreter's `TypeError`.
pub(crate) fn reflected_op(
    bin: crate::jit::ir::BinOp,
    a: &PyObjectRef,
    b: &PyObjectRef,
    vm: &VirtualMachine,
) -> PyResult {
    use crate::jit::ir::BinOp;
    let (_, reflected) = bin.dunders();
    if !b.class().is(a.class()) {
        let name = vm.ctx.intern_str(reflected);
        if b.class().get_attr(name).is_some() {
            let result = vm.call_special_method(b, name, (a.clone(),))?;
            if !result.is(&vm.ctx.not_implemented) {
                return Ok(result);
            }
        }
    }
    let symbol = match bin {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::TrueDiv => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "** or pow()",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::And => "&",
        BinOp::Or => "|",
        BinOp::Xor => "^",
    };
    Err(vm.new_unsupported_bin_op_error(a, b, symbol))
}

/// `a op b` of the two arguments given, after `a`'s method returned `NotImplemented`
/// ([`reflected_op`]), for an operator compiled code may resume after
/// (`abi::OPERATOR_GENERAL`; without it, bail).
pub(super) fn obj_reflected(a: Operand, b: Operand, op: i32) -> i32 {
    let OperatorCode {
        code,
        general,
        point,
        ..
    } = OperatorCode::of(op);
    let result = operands(a, b).and_then(|(vm, a, b)| {
        let bin = crate::jit::ir::BinOp::from_code(code)?;
        general
            .then(|| {
                run_operator(
                    point,
                    vm,
                    || reflected_op(bin, &a, &b, vm),
                    |r| Some(r.clone()),
                )
            })
            .flatten()
    });
    handle_or_bail(Some(result))
}

/// `a op b` where `a` is an instance of a class of the program's whose method for the
/// operator (`__sub__` for `-`) is a plain function: that method called in a frame on the
/// data stack (`plain_calls`), where `BINARY_OP` calls it through the class's operator
/// slot, a bound method and a heap frame; if it gives `NotImplemented`, `b`'s reflected
/// method as `BINARY_OP` would try it next ([`reflected_op`]). `None` (the operator is
/// left to [`binary_op`]) for an augmented assignment (`__iadd__` goes first), where
/// `b`'s reflected method could go first (`b` an instance of a subclass of `a`'s class),
/// and where the method is anything else.
fn class_operator(
    bin: crate::jit::ir::BinOp,
    inplace: bool,
    a: &PyObjectRef,
    b: &PyObjectRef,
    vm: &VirtualMachine,
) -> Option<PyResult> {
    let cls = a.class();
    if inplace || !super::is_heap_type(cls) {
        return None;
    }
    let other = b.class();
    if !other.is(cls) && other.fast_issubclass(cls) {
        return None;
    }
    let (name, _) = bin.dunders();
    let method = cls.get_attr(vm.ctx.intern_str(name))?;
    let result = super::plain_calls::call_if_plain(&method, vec![a.clone(), b.clone()], vm).ok()?;
    Some(match result {
        Ok(r) if r.is(&vm.ctx.not_implemented) => reflected_op(bin, a, b, vm),
        other => other,
    })
}

/// `a op b` as `BINARY_OP` computes it (`inplace`: the augmented form, which a class's
/// `__iadd__`… may do in place).
fn binary_op(
    bin: crate::jit::ir::BinOp,
    inplace: bool,
    a: &PyObjectRef,
    b: &PyObjectRef,
    vm: &VirtualMachine,
) -> PyResult {
    use crate::jit::ir::BinOp;
    match (bin, inplace) {
        (BinOp::Add, false) => vm._add(a, b),
        (BinOp::Sub, false) => vm._sub(a, b),
        (BinOp::Mul, false) => vm._mul(a, b),
        (BinOp::TrueDiv, false) => vm._truediv(a, b),
        (BinOp::FloorDiv, false) => vm._floordiv(a, b),
        (BinOp::Mod, false) => vm._mod(a, b),
        (BinOp::Pow, false) => vm._pow(a, b, vm.ctx.none.as_object()),
        (BinOp::LShift, false) => vm._lshift(a, b),
        (BinOp::RShift, false) => vm._rshift(a, b),
        (BinOp::And, false) => vm._and(a, b),
        (BinOp::Or, false) => vm._or(a, b),
        (BinOp::Xor, false) => vm._xor(a, b),
        (BinOp::Add, true) => vm._iadd(a, b),
        (BinOp::Sub, true) => vm._isub(a, b),
        (BinOp::Mul, true) => vm._imul(a, b),
        (BinOp::TrueDiv, true) => vm._itruediv(a, b),
        (BinOp::FloorDiv, true) => vm._ifloordiv(a, b),
        (BinOp::Mod, true) => vm._imod(a, b),
        (BinOp::Pow, true) => vm._ipow(a, b, vm.ctx.none.as_object()),
        (BinOp::LShift, true) => vm._ilshift(a, b),
        (BinOp::RShift, true) => vm._irshift(a, b),
        (BinOp::And, true) => vm._iand(a, b),
        (BinOp::Or, true) => vm._ior(a, b),
        (BinOp::Xor, true) => vm._ixor(a, b),
    }
}

/// `a op b`, 0 or 1: where that runs no Python code, at once; else, for a comparison
/// compiled code may resume after (`abi::OPERATOR_GENERAL`), as the interpreter runs it
/// (a class's `__eq__`, `__lt__`…). -1 to bail.
pub(super) fn obj_compare(a: Operand, b: Operand, op: i32) -> i32 {
    use crate::jit::ir::CmpOp;
    use rustpython_vm::types::PyComparisonOp as P;
    let OperatorCode {
        code,
        general,
        point,
        ..
    } = OperatorCode::of(op);
    let result = operands(a, b).and_then(|(vm, a, b)| {
        let op = match CmpOp::from_code(code)? {
            CmpOp::Lt => P::Lt,
            CmpOp::Le => P::Le,
            CmpOp::Eq => P::Eq,
            CmpOp::Ne => P::Ne,
            CmpOp::Gt => P::Gt,
            CmpOp::Ge => P::Ge,
        };
        if matches!(op, P::Eq | P::Ne) && compared_by_identity(&a, &b, vm) {
            return Some((op == P::Eq) == a.is(&b));
        }
        if !plain_value(&a, true, vm, 4) || !plain_value(&b, true, vm, 4) {
            // What the comparison gives goes on as a `bool` only if it is one; any
            // other object waits for the interpreter, which takes it as it is.
            let is_bool = |r: &PyObjectRef| {
                if r.is(&vm.ctx.true_value) {
                    Some(true)
                } else if r.is(&vm.ctx.false_value) {
                    Some(false)
                } else {
                    None
                }
            };
            return general
                .then(|| run_operator(point, vm, || a.rich_compare(b.clone(), op, vm), is_bool))
                .flatten();
        }
        a.rich_compare_bool(&b, op, vm).ok()
    });
    result.map_or(-1, i32::from)
}

/// Do `a == b` and `a != b` compare identities, running no Python code? So they do
/// when neither class compares in a way of its own: both inherit `object`'s comparison
/// (a class of the program's without `__eq__`, `__ne__`, `__lt__`…). Then `==` asks
/// `object.__eq__` both ways, which answers only for the same object, and falls back on
/// identity (deltablue's `if self.determined_by == c`).
fn compared_by_identity(a: &PyObject, b: &PyObject, vm: &VirtualMachine) -> bool {
    // The slot holds the very function `object`'s does when inherited.
    let Some(object) = vm.ctx.types.object_type.slots.richcompare.load() else {
        return false;
    };
    let inherits = |cls: &PyType| {
        cls.slots
            .richcompare
            .load()
            .is_some_and(|f| std::ptr::fn_addr_eq(f, object))
    };
    inherits(a.class()) && inherits(b.class())
}

/// `item in container` (negated if `negate`), 0 or 1, where that runs no Python code: a
/// plain key in a `dict`, `set` or `frozenset`; a `str` in a `str`; a plain value in a
/// `list` or `tuple` of plain values; an `int` in a `range`. -1 to bail.
pub(super) fn obj_contains(a: Operand, b: Operand, negate: i32) -> i32 {
    let found = operands(a, b).and_then(|(vm, item, container)| {
        let t = &vm.ctx.types;
        let cls = container.class();
        let pure = if [t.dict_type, t.set_type, t.frozenset_type]
            .iter()
            .any(|k| cls.is(*k))
        {
            super::plain_key(&item, vm)
        } else if cls.is(t.str_type) {
            item.class().is(t.str_type)
        } else if cls.is(t.range_type) {
            item.class().is(t.int_type)
        } else if cls.is(t.list_type) || cls.is(t.tuple_type) {
            plain_value(&item, true, vm, 4) && plain_value(&container, true, vm, 5)
        } else {
            false
        };
        if !pure {
            return None;
        }
        vm._contains(&container, &item).ok()
    });
    found.map_or(-1, |f| i32::from(f != (negate != 0)))
}
