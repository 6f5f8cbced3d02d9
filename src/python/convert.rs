//! Python objects ↔ tier-1 values: the kind of an argument, unboxing arguments into the
//! entry point's slots, and boxing a result back into an object.

use rustpython_vm::builtins::{PyFloat, PyInt};
use rustpython_vm::{AsObject, PyObject, PyObjectRef, VirtualMachine};

use crate::engine::EntryArgs;
use crate::jit::abi;
use crate::jit::kinds::{Kind, Kinds};

/// The kind of `obj` if tier 1 can take it unboxed: exact `bool`, `int` within 64 bits,
/// `float` or `None` (subclasses and big ints stay in the interpreter).
pub(crate) fn kind_of(obj: &PyObject, vm: &VirtualMachine) -> Option<Kind> {
    let class = obj.class();
    if class.is(vm.ctx.types.bool_type) {
        Some(Kind::Bool)
    } else if class.is(vm.ctx.types.int_type) {
        let int = obj.downcast_ref::<PyInt>()?;
        i64::try_from(int.as_bigint()).ok().map(|_| Kind::Int)
    } else if class.is(vm.ctx.types.float_type) {
        Some(Kind::Float)
    } else if vm.is_none(obj) {
        Some(Kind::None)
    } else {
        None
    }
}

/// The kind tier 1 holds `obj` as: unboxed if [`kind_of`] says so, else an object.
pub(crate) fn value_kind(obj: &PyObject, vm: &VirtualMachine) -> Kind {
    kind_of(obj, vm).unwrap_or(Kind::Object)
}

/// The kinds of `args`.
pub(crate) fn kinds_of(args: &[PyObjectRef], vm: &VirtualMachine) -> Vec<Kinds> {
    args.iter().map(|a| Kinds::of(value_kind(a, vm))).collect()
}

/// Unbox `args` into entry slots; objects become handles owned by the call in `scope`.
pub(crate) fn unbox(
    args: &[PyObjectRef],
    budget: i32,
    scope: &super::objects::CallScope,
    vm: &VirtualMachine,
) -> Option<EntryArgs> {
    if args.len() > abi::MAX_ARGS {
        return None;
    }
    let mut entry = EntryArgs {
        budget,
        ..EntryArgs::default()
    };
    for (i, arg) in args.iter().enumerate() {
        let kind = value_kind(arg, vm);
        entry.slots[i] = match kind {
            Kind::Bool => i64::from(arg.is(&vm.ctx.true_value)),
            Kind::Int => i64::try_from(arg.downcast_ref::<PyInt>()?.as_bigint()).ok()?,
            Kind::Float => arg.downcast_ref::<PyFloat>()?.to_f64().to_bits() as i64,
            Kind::None => 0,
            Kind::Object => i64::from(scope.add(arg.clone())),
        };
        entry.tags |= kind.tag() << (abi::TAG_BITS * i as i32);
    }
    Some(entry)
}

/// Where a compiled result came from, when it is an object the interpreter would have
/// handed out itself: an argument unchanged, or a number global's object.
pub(crate) struct Origins<'a> {
    /// The call's arguments (origins `0..MAX_PARAMS`).
    pub args: &'a [PyObjectRef],
    /// The globals origins from `MAX_PARAMS` on name (interned once, at compile time).
    pub globals: &'a [&'static rustpython_vm::builtins::PyStrInterned],
    /// Where those names are looked up (then builtins).
    pub dict: &'a rustpython_vm::builtins::PyDictRef,
}

/// The object for a result `payload` of `kind` whose origin compiled code reported (see
/// `jit::alias`): that very object, as the interpreter would have returned it, when it is
/// of the result's kind (`float(x)` of an int is a new float); else a new object.
pub(crate) fn boxed_from(
    kind: Kind,
    payload: i64,
    origin: Option<usize>,
    from: &Origins<'_>,
    vm: &VirtualMachine,
) -> PyObjectRef {
    let max = crate::jit::alias::MAX_PARAMS;
    let object = match origin {
        Some(i) if i < max => from.args.get(i).cloned(),
        Some(i) => from
            .globals
            .get(i - max)
            .and_then(|name| global_or_builtin_interned(from.dict, name, vm)),
        None => None,
    };
    match object {
        Some(obj) if kind_of(&obj, vm) == Some(kind) => obj,
        _ => boxed(kind, payload, vm),
    }
}

/// What `name` is bound to in `dict` (a module's globals), else among the builtins.
pub(crate) fn global_or_builtin(
    dict: &rustpython_vm::builtins::PyDictRef,
    name: &str,
    vm: &VirtualMachine,
) -> Option<PyObjectRef> {
    global_or_builtin_interned(dict, vm.ctx.intern_str(name), vm)
}

/// [`global_or_builtin`] by an interned name: its hash is kept, and keys compare by
/// identity first (compiled code loads globals this way in its loops).
pub(crate) fn global_or_builtin_interned(
    dict: &rustpython_vm::builtins::PyDictRef,
    name: &'static rustpython_vm::builtins::PyStrInterned,
    vm: &VirtualMachine,
) -> Option<PyObjectRef> {
    match dict.get_item_opt(name, vm) {
        Ok(Some(obj)) => Some(obj),
        _ => vm.builtins.dict().get_item_opt(name, vm).ok().flatten(),
    }
}

/// The object for a result `payload` of `kind`, or for a handle in `scope`.
pub(crate) fn result_object(
    kind: Kind,
    payload: i64,
    origin: Option<usize>,
    from: &Origins<'_>,
    scope: &super::objects::CallScope,
    vm: &VirtualMachine,
) -> Option<PyObjectRef> {
    match kind {
        Kind::Object => scope.take(i32::try_from(payload).ok()?),
        _ => Some(boxed_from(kind, payload, origin, from, vm)),
    }
}

/// The object for a result `payload` of an unboxed `kind` (an object is a handle, which
/// only its call's table can turn into the object: [`result_object`]).
pub(crate) fn boxed(kind: Kind, payload: i64, vm: &VirtualMachine) -> PyObjectRef {
    match kind {
        Kind::Object => {
            debug_assert!(false, "an object handle boxed as a number");
            vm.ctx.none()
        }
        Kind::Bool => vm.ctx.new_bool(payload != 0).into(),
        Kind::Int => vm.ctx.new_int(payload).into(),
        Kind::Float => vm.ctx.new_float(f64::from_bits(payload as u64)).into(),
        Kind::None => vm.ctx.none(),
    }
}
