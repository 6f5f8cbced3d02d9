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
    match unboxed(obj, vm) {
        (Kind::Object, _) => None,
        (kind, _) => Some(kind),
    }
}

/// The kind tier 1 holds `obj` as ([`kind_of`], else an object) and its unboxed value
/// (0 for an object): an `int` is converted once (asking its kind and then its value
/// converted it twice, some 70 instructions each).
pub(crate) fn unboxed(obj: &PyObject, vm: &VirtualMachine) -> (Kind, i64) {
    let class = obj.class();
    if class.is(vm.ctx.types.bool_type) {
        (Kind::Bool, i64::from(obj.is(&vm.ctx.true_value)))
    } else if class.is(vm.ctx.types.int_type) {
        let value = obj
            .downcast_ref::<PyInt>()
            .and_then(|int| i64::try_from(int.as_bigint()).ok());
        match value {
            Some(value) => (Kind::Int, value),
            None => (Kind::Object, 0),
        }
    } else if class.is(vm.ctx.types.float_type) {
        match obj.downcast_ref::<PyFloat>() {
            Some(float) => (Kind::Float, float.to_f64().to_bits() as i64),
            None => (Kind::Object, 0),
        }
    } else if vm.is_none(obj) {
        (Kind::None, 0)
    } else {
        (Kind::Object, 0)
    }
}

/// What the gate saw of a call's arguments: their kinds, and each one's kind and
/// unboxed value ([`unboxed`]) for the entry, converted once.
pub(crate) struct Seen {
    pub kinds: Vec<Kinds>,
    unboxed: [(Kind, i64); abi::MAX_ARGS],
}

impl Seen {
    /// What `args` are.
    pub(crate) fn of(args: &[PyObjectRef], vm: &VirtualMachine) -> Seen {
        let mut unboxed = [(Kind::None, 0); abi::MAX_ARGS];
        let kinds = args
            .iter()
            .enumerate()
            .map(|(i, arg)| {
                let seen = self::unboxed(arg, vm);
                if let Some(slot) = unboxed.get_mut(i) {
                    *slot = seen;
                }
                Kinds::of(seen.0)
            })
            .collect();
        Seen { kinds, unboxed }
    }
}

/// Unbox `args`, which the gate saw as `seen`, into entry slots; objects become handles
/// owned by the call in `scope`.
pub(crate) fn unbox(
    args: &[PyObjectRef],
    seen: &Seen,
    budget: i32,
    scope: &super::objects::CallScope,
) -> Option<EntryArgs> {
    if args.len() > abi::MAX_ARGS {
        return None;
    }
    let mut entry = EntryArgs {
        budget,
        ..EntryArgs::default()
    };
    for (i, (arg, &(kind, payload))) in args.iter().zip(&seen.unboxed).enumerate() {
        entry.slots[i] = match kind {
            Kind::Object => i64::from(scope.add(arg.clone())),
            _ => payload,
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
