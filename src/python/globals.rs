//! What a function's global names are bound to, for the compiler ([`Globals`]), and the
//! entry guards that re-check those bindings before compiled code runs.
//!
//! Identity is what counts: `math` must be the `math` module the session started with,
//! `sqrt` the original `math.sqrt`, `fib` the very function object compiled. The objects
//! are captured in [`Known`] before any user code runs, so a monkey-patch is seen.

use std::rc::Rc;

use std::cell::RefCell;

use rustpython_vm::builtins::{PyDictRef, PyFloat, PyFunction, PyInt, PyStrInterned, PyType};
use rustpython_vm::types::PyTypeFlags;
use rustpython_vm::{AsObject, Py, PyObject, PyObjectRef, PyResult, VirtualMachine};

use crate::jit::abi::{BuildKind, MathFn};
use crate::jit::code::{Binding, Builtin, CodeInfo, Constant, FunctionId, Globals};
use crate::jit::ir::{Expect, Guard, NumberBits};

/// The original objects tier 1 knows by identity.
pub(crate) struct Known {
    /// The `math` module.
    pub math: PyObjectRef,
    /// Its functions and constants, by attribute name.
    pub math_attrs: Vec<(String, PyObjectRef)>,
    /// The builtins tier 1 compiles.
    pub builtins: Vec<(Builtin, PyObjectRef)>,
}

impl Known {
    /// Capture the originals (before user code runs).
    pub(crate) fn capture(vm: &VirtualMachine) -> PyResult<Known> {
        let math = vm.import("math", 0)?;
        let mut math_attrs = Vec::new();
        for name in MathFn::attr_names().chain(["pi", "e", "tau", "inf", "nan"]) {
            if let Ok(obj) = math.get_attr(name, vm) {
                math_attrs.push((name.to_owned(), obj));
            }
        }
        let mut builtins = Vec::new();
        for b in Builtin::ALL {
            builtins.push((b, vm.builtins.get_attr(b.name(), vm)?));
        }
        Ok(Known {
            math,
            math_attrs,
            builtins,
        })
    }

    fn math_attr(&self, name: &str) -> Option<&PyObjectRef> {
        self.math_attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, o)| o)
    }
}

/// How the oracle learns about a user function (one with a tier-1 gate): its identity
/// and code for the compiler, or why it must not be compiled into a caller's module;
/// `None` for a function without a gate.
pub(crate) trait Callees {
    fn callee(
        &self,
        func: &PyObject,
        vm: &VirtualMachine,
    ) -> Option<Result<(FunctionId, Rc<CodeInfo>), String>>;
}

/// No global is unstable (`PyGlobals::unstable` where nothing compiles).
pub(crate) static NO_UNSTABLE: std::collections::BTreeSet<String> =
    std::collections::BTreeSet::new();

/// The [`Globals`] of a function whose globals are `globals`.
pub(crate) struct PyGlobals<'a> {
    pub vm: &'a VirtualMachine,
    pub globals: &'a PyDictRef,
    pub known: &'a Known,
    pub callees: &'a dyn Callees,
    /// The Python functions answered for, by the identity the compiler got: what a
    /// compiled unit calls directly (`resume::UnitFrames::functions`).
    pub seen: RefCell<Vec<(FunctionId, PyObjectRef)>>,
    /// Globals not to load as constants (`Binding::Object`): they were rebound while
    /// compiled code relied on them.
    pub unstable: &'a std::collections::BTreeSet<String>,
}

/// The `int`s the interpreter keeps one object of each of (CPython's small-int cache).
const SMALL_INTS: std::ops::RangeInclusive<i64> = -5..=256;

impl PyGlobals<'_> {
    /// The function object answered for as `id`, if one was.
    fn seen_function(&self, id: FunctionId) -> Option<PyObjectRef> {
        let seen = self.seen.borrow();
        seen.iter().find(|(f, _)| *f == id).map(|(_, o)| o.clone())
    }

    /// Does the program store `name` with a `global` statement (`rebinding.rs`)?
    fn stored_with_global(&self, name: &str) -> bool {
        super::objects::rebinding::stored_with_global(self.vm.ctx.intern_str(name))
    }

    /// `name` as `LOAD_GLOBAL` finds it: globals, then builtins.
    fn find(&self, name: &str) -> Option<PyObjectRef> {
        self.find_interned(self.vm.ctx.intern_str(name))
    }

    /// [`PyGlobals::find`] by an interned name: its hash is kept, and keys compare by
    /// identity first (guards are checked after every call compiled code makes).
    fn find_interned(&self, name: &'static PyStrInterned) -> Option<PyObjectRef> {
        crate::python::convert::global_or_builtin_interned(self.globals, name, self.vm)
    }

    /// The distinct plain functions that the classes bound to globals (with their bases)
    /// have as attribute `name`, in the globals' order; `None` if one of them has
    /// something else there (a property, a static or class method, a value).
    fn class_functions(&self, name: &str) -> Option<Vec<PyObjectRef>> {
        let interned = self.vm.ctx.intern_str(name);
        let mut found: Vec<PyObjectRef> = Vec::new();
        for (_, value) in self.globals.clone() {
            let Some(cls) = value.downcast_ref::<PyType>() else {
                continue;
            };
            if !cls.slots.flags.has_feature(PyTypeFlags::HEAPTYPE) {
                continue;
            }
            let Some(attr) = cls.get_attr(interned) else {
                continue;
            };
            attr.downcast_ref::<PyFunction>()?;
            if !found.iter().any(|f| f.is(&attr)) {
                found.push(attr);
            }
        }
        Some(found)
    }

    /// Is `value` a class the program defines (a heap type) with an attribute `name`,
    /// itself or a base other than `object` (whose comparisons overload nothing)?
    fn defines(&self, value: &PyObjectRef, name: &str) -> bool {
        let interned = self.vm.ctx.intern_str(name);
        let object = self.vm.ctx.types.object_type.get_attr(interned);
        value.downcast_ref::<PyType>().is_some_and(|cls| {
            cls.slots.flags.has_feature(PyTypeFlags::HEAPTYPE)
                && cls
                    .get_attr(interned)
                    .is_some_and(|attr| !object.as_ref().is_some_and(|o| o.is(&attr)))
        })
    }

    /// `f` as a function tier 1 can compile into a unit, if it is one.
    fn unit_function(&self, f: &PyObjectRef) -> Option<(FunctionId, Rc<CodeInfo>)> {
        match self.classify(f) {
            Binding::Function { id, code } => Some((id, code)),
            _ => None,
        }
    }

    fn classify(&self, obj: &PyObjectRef) -> Binding {
        let vm = self.vm;
        if let Some(func) = obj.downcast_ref::<PyFunction>() {
            let own = obj.get_attr("__globals__", vm).ok();
            if !own.is_some_and(|g| g.is(self.globals.as_object())) {
                return Binding::Other("a function of another module".to_owned());
            }
            match self.callees.callee(obj, vm) {
                Some(Ok((id, code))) => {
                    self.seen.borrow_mut().push((id, obj.clone()));
                    return Binding::Function { id, code };
                }
                Some(Err(why)) => return Binding::Other(why),
                None => {}
            }
            return match plain_function_code(func, vm) {
                Some(code) => {
                    let id = FunctionId(obj.get_id() as u64);
                    self.seen.borrow_mut().push((id, obj.clone()));
                    Binding::Function { id, code }
                }
                None => Binding::Other("a function tier 1 cannot read".to_owned()),
            };
        }
        if obj.is(&self.known.math) {
            return Binding::MathModule;
        }
        for (name, original) in &self.known.math_attrs {
            if obj.is(original) {
                if let Some(f) = MathFn::all().find(|f| f.name() == name) {
                    return Binding::Math(f);
                }
            }
        }
        for (b, original) in &self.known.builtins {
            if obj.is(original) {
                return Binding::Builtin(*b);
            }
        }
        match number(obj, vm) {
            Some(c) => Binding::Number(c),
            None if obj.class().is(vm.ctx.types.builtin_function_or_method_type) => {
                Binding::Other("builtin tier 1 does not compile".to_owned())
            }
            None => Binding::Other(obj.class().name().to_string()),
        }
    }
}

impl Globals for PyGlobals<'_> {
    fn lookup(&self, name: &str) -> Binding {
        match self.find(name) {
            Some(obj) => match self.classify(&obj) {
                // Any other object: a constant while the global stays bound to it,
                // unless the program rebinds it with `global` (read where used then).
                Binding::Other(_)
                    if !self.unstable.contains(name) && !self.stored_with_global(name) =>
                {
                    Binding::Object
                }
                Binding::Number(_) if self.unstable.contains(name) => {
                    Binding::Other("a number rebound between calls".to_owned())
                }
                binding => binding,
            },
            None => Binding::Unbound,
        }
    }

    /// The classes bound to globals, with their bases: if every one that has an
    /// attribute `name` has the same plain function there (its own or inherited), that
    /// function. A class defined elsewhere (in a function, another module) may still
    /// have another: compiled code checks each object's class before the call.
    fn method(&self, name: &str) -> Option<(FunctionId, Rc<CodeInfo>)> {
        match self.class_functions(name)?.as_slice() {
            [one] => self.unit_function(one),
            _ => None,
        }
    }

    /// As [`PyGlobals::method`], when the classes bound to globals have two to
    /// `MAX_METHOD_CANDIDATES` plain functions of that name between them, and nothing
    /// else of that name (a property, a value: the host looks those up).
    fn methods(&self, name: &str) -> Vec<(FunctionId, Rc<CodeInfo>)> {
        let found = self.class_functions(name).unwrap_or_default();
        if found.len() < 2 || found.len() > crate::jit::code::MAX_METHOD_CANDIDATES {
            return Vec::new();
        }
        found
            .iter()
            .map(|f| self.unit_function(f))
            .collect::<Option<Vec<_>>>()
            .unwrap_or_default()
    }

    fn overloads(&self, name: &str) -> bool {
        self.globals
            .clone()
            .into_iter()
            .any(|(_, value)| self.defines(&value, name))
    }

    fn builtin_method(&self, kind: BuildKind, name: &str) -> bool {
        let types = &self.vm.ctx.types;
        let ty = match kind {
            BuildKind::List => types.list_type,
            BuildKind::Dict => types.dict_type,
            BuildKind::Set => types.set_type,
            BuildKind::Tuple => types.tuple_type,
            BuildKind::String => types.str_type,
            _ => return false,
        };
        ty.get_attr(self.vm.ctx.intern_str(name))
            .is_some_and(|a| a.class().is(types.method_descriptor_type))
    }

    fn builtin_types_have(&self, name: &str) -> bool {
        let interned = self.vm.ctx.intern_str(name);
        let types = &self.vm.ctx.types;
        [
            types.list_type,
            types.dict_type,
            types.set_type,
            types.str_type,
            types.tuple_type,
            types.bytes_type,
            types.bytearray_type,
            types.frozenset_type,
        ]
        .iter()
        .any(|t| {
            t.get_attr(interned)
                .is_some_and(|a| a.class().is(types.method_descriptor_type))
        })
    }

    fn class_overloads(&self, class: &str, name: &str) -> bool {
        self.find(class)
            .is_some_and(|value| self.defines(&value, name))
    }

    fn defaults(&self, id: FunctionId) -> Option<Vec<Constant>> {
        let vm = self.vm;
        let func = self.seen_function(id)?;
        let defaults = func.get_attr("__defaults__", vm).ok()?;
        if vm.is_none(&defaults) {
            return Some(Vec::new());
        }
        let defaults = defaults.downcast_ref::<rustpython_vm::builtins::PyTuple>()?;
        defaults
            .iter()
            .map(|d| {
                if vm.is_none(d) {
                    return Some(Constant::None);
                }
                // Objects the interpreter shares (compiled code makes them anew).
                match number(d, vm)? {
                    Constant::Int(i) if SMALL_INTS.contains(&i) => Some(Constant::Int(i)),
                    b @ Constant::Bool(_) => Some(b),
                    _ => None,
                }
            })
            .collect()
    }

    fn class_init(&self, name: &str) -> Option<(FunctionId, Rc<CodeInfo>)> {
        let cls = self.find(name)?;
        let cls = cls.downcast_ref::<PyType>()?;
        let init = super::objects::plain_class_init(cls, self.vm)?;
        match self.classify(&init) {
            Binding::Function { id, code } => Some((id, code)),
            _ => None,
        }
    }
}

/// The code of a plain function without a gate (one defined outside user code, such as
/// a lifted loop's; [`Callees`] answered for the ones with a gate), read from its live
/// code object, whose constants are then all plain values.
fn plain_function_code(func: &Py<PyFunction>, vm: &VirtualMachine) -> Option<Rc<CodeInfo>> {
    let code = func.as_object().get_attr("__code__", vm).ok()?;
    let code = code.downcast_ref::<rustpython_vm::builtins::PyCode>()?;
    Some(Rc::new(crate::jit::code::read::code_info(&code.code)))
}

/// An exact `int`, `float` or `bool` as a constant.
fn number(obj: &PyObject, vm: &VirtualMachine) -> Option<Constant> {
    let class = obj.class();
    if class.is(vm.ctx.types.bool_type) {
        Some(Constant::Bool(obj.is(&vm.ctx.true_value)))
    } else if class.is(vm.ctx.types.int_type) {
        let int = obj.downcast_ref::<PyInt>()?;
        Some(i64::try_from(int.as_bigint()).map_or(Constant::BigInt, Constant::Int))
    } else if class.is(vm.ctx.types.float_type) {
        Some(Constant::Float(obj.downcast_ref::<PyFloat>()?.to_f64()))
    } else {
        None
    }
}

/// A global's name, with where its entry was in the module's dictionary when a guard
/// last found it there: checked on every entry from the interpreter, a guard reads that
/// entry first (no hashing, no probing), and looks the name up only if another key is
/// there now.
pub(crate) struct GlobalName {
    name: &'static PyStrInterned,
    /// The entry's position, [`GlobalName::UNKNOWN`], or [`GlobalName::ELSEWHERE`] (not
    /// a key of the globals, by identity: a builtin, or set under another `str`).
    at: std::cell::Cell<usize>,
    /// As `at`, in `builtins`' dictionary: where a builtin's guard reads it, once the
    /// globals have no entry of the name (a guard on `len` re-checked after each call
    /// compiled code makes would otherwise look it up in both dictionaries).
    in_builtins: std::cell::Cell<usize>,
}

impl GlobalName {
    const UNKNOWN: usize = usize::MAX;
    const ELSEWHERE: usize = usize::MAX - 1;

    fn new(name: &'static PyStrInterned) -> Self {
        GlobalName {
            name,
            at: std::cell::Cell::new(Self::UNKNOWN),
            in_builtins: std::cell::Cell::new(Self::UNKNOWN),
        }
    }

    /// May Python code rebind the name while a compiled call runs
    /// (`objects/rebinding.rs`)? Asked when a variant picks its guards due
    /// (`tiering::Variant::guards_due`, once per change of what the program may rebind).
    pub(crate) fn may_be_rebound(&self) -> bool {
        crate::python::objects::rebinding::may_rebind(self.name)
    }

    /// May Python code set or delete an attribute of this name on a module while a
    /// compiled call runs (`math.sqrt = f`: the name of a guard on `math`'s attribute)?
    pub(crate) fn may_be_stored_as_attribute(&self) -> bool {
        crate::python::objects::rebinding::may_store_attribute(self.name)
    }

    fn as_str(&self) -> &str {
        self.name.as_str()
    }

    /// What the name is bound to now, as `LOAD_GLOBAL` finds it.
    fn find(&self, env: &PyGlobals<'_>) -> Option<PyObjectRef> {
        if let Some(value) = self.cached(&self.at, env.globals) {
            return Some(value);
        }
        if let Ok(Some(value)) = env.globals.get_item_opt(self.name, env.vm) {
            return Some(value);
        }
        let builtins = env.vm.builtins.dict();
        if let Some(value) = self.cached(&self.in_builtins, &builtins) {
            return Some(value);
        }
        builtins.get_item_opt(self.name, env.vm).ok().flatten()
    }

    /// What `dict` (a module's dictionary: `math`'s) holds under the name, if anything.
    fn find_in(&self, dict: &PyDictRef, vm: &VirtualMachine) -> Option<PyObjectRef> {
        if let Some(value) = self.cached(&self.at, dict) {
            return Some(value);
        }
        dict.get_item_opt(self.name, vm).ok().flatten()
    }

    /// The value of the name's entry in `dict` if it is still at position `at`; else
    /// `None`, having looked for where it is now (unless it was not a key before).
    fn cached(&self, at: &std::cell::Cell<usize>, dict: &PyDictRef) -> Option<PyObjectRef> {
        let was = at.get();
        if was < Self::ELSEWHERE {
            // A dictionary keeps one entry per key: if ours is there, so is its value.
            if let Some((_, key, value)) = dict.next_entry(was) {
                if key.is(self.name) {
                    return Some(value);
                }
            }
        }
        if was != Self::ELSEWHERE {
            at.set(self.position(dict));
        }
        None
    }

    /// Where the name's entry is in `dict`, by identity of the key.
    fn position(&self, dict: &PyDictRef) -> usize {
        let mut next = 0;
        while let Some((after, key, _)) = dict.next_entry(next) {
            if key.is(self.name) {
                return after - 1;
            }
            next = after;
        }
        Self::ELSEWHERE
    }
}

impl std::fmt::Display for GlobalName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A guard with the objects it compares against.
pub(crate) enum LiveGuard {
    /// `name` is bound to this function, whose code and defaults are as they were
    /// (RustPython resets a function's version when either is assigned).
    Function(GlobalName, PyObjectRef, u32),
    /// `name` is bound to this object.
    Is(GlobalName, PyObjectRef),
    /// `name` is bound to this object, which compiled code has as a constant handle
    /// (`ObjOp::ConstGlobal`).
    Object(GlobalName, PyObjectRef),
    /// `name` is bound to a number with exactly this value (the object it was bound to
    /// at compile time, if any, compares by identity first).
    Number(GlobalName, NumberBits, Option<PyObjectRef>),
    /// `math.<attr>` is this object (read from the module's dictionary, where `math`
    /// keeps its attributes: after every host call that may run Python code, a
    /// `getattr` there cost raytrace a tenth of its run).
    MathAttr(GlobalName, PyObjectRef),
    /// This function's defaults are as they were (its version unchanged: RustPython
    /// resets it when `__defaults__` is assigned).
    Defaults(PyObjectRef, u32, String),
}

impl LiveGuard {
    /// The live form of `guard`, given what `name` is bound to now (at compile time).
    pub(crate) fn resolve(guard: &Guard, env: &PyGlobals<'_>) -> Option<LiveGuard> {
        match guard {
            Guard::Global { name, expect } => {
                let name = env.vm.ctx.intern_str(name.as_str());
                LiveGuard::resolve_global(name, expect, env)
            }
            Guard::MathAttr { attr } => env.known.math_attr(attr).map(|obj| {
                LiveGuard::MathAttr(
                    GlobalName::new(env.vm.ctx.intern_str(attr.as_str())),
                    obj.clone(),
                )
            }),
            Guard::Defaults { function } => {
                let obj = env.seen_function(*function)?;
                let version = obj
                    .downcast_ref::<PyFunction>()?
                    .get_version_for_current_state();
                let name = obj
                    .get_attr("__qualname__", env.vm)
                    .ok()
                    .and_then(|n| n.str(env.vm).ok())
                    .map_or_else(|| "a function".to_owned(), |n| n.to_string());
                Some(LiveGuard::Defaults(obj, version, name))
            }
        }
    }

    fn resolve_global(
        name: &'static PyStrInterned,
        expect: &Expect,
        env: &PyGlobals<'_>,
    ) -> Option<LiveGuard> {
        match expect {
            Expect::Number(bits) => Some(LiveGuard::Number(
                GlobalName::new(name),
                *bits,
                env.find_interned(name),
            )),
            Expect::Function(_) => {
                env.find_interned(name)
                    .map(|obj| match obj.downcast_ref::<PyFunction>() {
                        Some(func) => {
                            let version = func.get_version_for_current_state();
                            LiveGuard::Function(GlobalName::new(name), obj, version)
                        }
                        None => LiveGuard::Is(GlobalName::new(name), obj),
                    })
            }
            Expect::MathModule | Expect::Math(_) | Expect::Builtin(_) => env
                .find_interned(name)
                .map(|obj| LiveGuard::Is(GlobalName::new(name), obj)),
            Expect::Object => env
                .find_interned(name)
                .map(|obj| LiveGuard::Object(GlobalName::new(name), obj)),
        }
    }

    /// Does the guard still hold? (Checked on every entry from the interpreter.)
    pub(crate) fn holds(&self, env: &PyGlobals<'_>) -> bool {
        match self {
            LiveGuard::Function(name, expected, version) => name.find(env).is_some_and(|obj| {
                obj.is(expected)
                    && *version != 0
                    && obj
                        .downcast_ref::<PyFunction>()
                        .is_some_and(|f| f.func_version() == *version)
            }),
            LiveGuard::Is(name, expected) | LiveGuard::Object(name, expected) => {
                name.find(env).is_some_and(|obj| obj.is(expected))
            }
            LiveGuard::Number(name, bits, was) => {
                let now = name.find(env);
                if let (Some(now), Some(was)) = (&now, was) {
                    if now.is(was) {
                        return true;
                    }
                }
                let now = now.and_then(|obj| number(&obj, env.vm));
                match (now, bits) {
                    (Some(Constant::Int(a)), NumberBits::Int(b)) => a == *b,
                    (Some(Constant::Float(a)), NumberBits::Float(b)) => a.to_bits() == *b,
                    (Some(Constant::Bool(a)), NumberBits::Bool(b)) => a == *b,
                    _ => false,
                }
            }
            LiveGuard::Defaults(func, version, _) => {
                *version != 0
                    && func
                        .downcast_ref::<PyFunction>()
                        .is_some_and(|f| f.func_version() == *version)
            }
            LiveGuard::MathAttr(attr, expected) => match env.known.math.dict() {
                Some(dict) => attr
                    .find_in(&dict, env.vm)
                    .is_some_and(|obj| obj.is(expected)),
                // (A module always has one.)
                None => env
                    .known
                    .math
                    .get_attr(attr.name, env.vm)
                    .is_ok_and(|obj| obj.is(expected)),
            },
        }
    }

    /// The global it guards the binding of, if it guards one (not a function's
    /// defaults, which name none).
    pub(crate) fn name(&self) -> Option<&GlobalName> {
        match self {
            LiveGuard::Function(name, ..)
            | LiveGuard::Is(name, _)
            | LiveGuard::Object(name, _)
            | LiveGuard::Number(name, ..)
            | LiveGuard::MathAttr(name, _) => Some(name),
            LiveGuard::Defaults(..) => None,
        }
    }

    /// Is it a guard on an attribute of `math`?
    pub(crate) fn is_math(&self) -> bool {
        matches!(self, LiveGuard::MathAttr(..))
    }

    /// The global a compiled module has as a constant handle, if this guard is for one:
    /// its name and object.
    pub(crate) fn constant(&self) -> Option<(&str, &PyObjectRef)> {
        match self {
            // (A function, a builtin, `math` or one of its functions, loaded as a value:
            // to be called through the host, passed or kept.)
            LiveGuard::Object(name, obj)
            | LiveGuard::Is(name, obj)
            | LiveGuard::Function(name, obj, _) => Some((name.as_str(), obj)),
            _ => None,
        }
    }

    /// The global this guard takes as a value the code may instead load when it runs
    /// (an object or a number, not a function the unit calls directly), if it is one.
    pub(crate) fn rebindable(&self) -> Option<String> {
        match self {
            LiveGuard::Object(name, _) | LiveGuard::Number(name, ..) => {
                Some(name.as_str().to_owned())
            }
            _ => None,
        }
    }

    /// The global name the guard checks, if it checks one.
    pub(crate) fn global_name(&self) -> Option<String> {
        match self {
            LiveGuard::Function(name, ..)
            | LiveGuard::Is(name, _)
            | LiveGuard::Object(name, _)
            | LiveGuard::Number(name, ..) => Some(name.as_str().to_owned()),
            LiveGuard::MathAttr(..) | LiveGuard::Defaults(..) => None,
        }
    }

    /// What the guard is about, for the telemetry.
    pub(crate) fn describe(&self) -> String {
        match self {
            LiveGuard::Function(name, ..)
            | LiveGuard::Is(name, _)
            | LiveGuard::Object(name, _)
            | LiveGuard::Number(name, ..) => format!("global {name}"),
            LiveGuard::MathAttr(attr, _) => format!("math.{attr}"),
            LiveGuard::Defaults(_, _, name) => format!("the defaults of {name}"),
        }
    }
}
