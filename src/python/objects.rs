//! The host side of tier 1's object imports (`jit::abi::ObjImport`): the table of handles
//! a compiled call owns, and the operations compiled code asks for by handle.
//!
//! A handle is an index (from 1) into the table of the call running now. The gate opens a
//! [`CallScope`] around each entry: it makes the table and the unit's attribute names
//! current, takes the arguments' handles, and, when the call ends, drops whatever the
//! table still holds (everything, after a bailout; nothing else after a return, which the
//! tests check: compiled code releases each handle it owns). Scopes nest, so a drop that
//! runs a `__del__` which enters compiled code again finds its own table.
//!
//! No operation here but [`obj_call`] runs Python code. Where the interpreter would (a
//! property, a class with `__getattr__`, iterating a generator, a user `__len__` or
//! `__bool__`), or where it would raise, the operation answers "bail" *before doing
//! anything*, and the interpreter does it: it resumes the call at that instruction, or
//! re-runs it from its start if compiled code did nothing visible yet.
//!
//! [`obj_call`] calls anything, exactly as `CALL` does, with the frame's `lasti` at the
//! `CALL` meanwhile (so the callee's `f_back.f_lineno` is right). If the callee raises,
//! the exception waits in the call's state: compiled code resumes the interpreter at the
//! `CALL`, with a [`Settled`] in place of the callable, which raises it there — the
//! traceback gets this frame's entry at the call's line, and `try` blocks catch it.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use rustpython_vm::builtins::{
    PyDict, PyFloat, PyInt, PyList, PyProperty, PyStrInterned, PyTuple, PyType,
};
use rustpython_vm::types::PyTypeFlags;
use rustpython_vm::{AsObject, PyObject, PyObjectRef, VirtualMachine};

use rustpython_vm::builtins::PyBaseExceptionRef;

mod calls;
mod cells;
mod code_words;
mod frames;
mod imports;
mod plain_calls;
pub(crate) mod rebinding;
mod slots;
mod supers;
pub(crate) use calls::{every_binary_slot, plain_class_init, reflected_op, Settled};
pub(crate) use frames::forget_answers as forget_frame_answers;
pub(crate) use frames::note_frame_readers;
pub(crate) use rebinding::forget as forget_rebinding;

/// Note what `code`, a program about to run in this thread's session, may do that
/// compiled code must allow for: look at frames (`frames.rs`), rebind globals
/// (`rebinding.rs`).
pub(crate) fn note_code(code: &rustpython_vm::builtins::PyCode) {
    frames::note_code(code);
    rebinding::note_code(code);
}

use super::resume::UnitFrames;
use crate::engine::ObjectFns;
use crate::jit::abi::{
    FALSE_HANDLE, HANDLE_BAIL, LAST_CONSTANT_HANDLE, NONE_HANDLE, NOT_IMPLEMENTED_HANDLE,
    NO_HANDLE, TRUE_HANDLE, UNBOX_BAIL, UNBOX_OTHER,
};
use crate::jit::kinds::Kind;

/// The attribute names a compiled unit uses, by index, each with what the last lookup
/// learnt: the class (by address and version tag) whose instances hold the attribute in
/// their `__dict__`, with nothing of that name anywhere in the class's MRO. While the
/// class keeps that version (any change to it or a base resets the tag), the load is one
/// dictionary lookup.
///
/// Stores and method checks learn the same way: `plain_set`, the class whose instances
/// take the attribute in their `__dict__` (`object.__setattr__`, no descriptor of that
/// name); `method`, the class whose lookup of the name finds the unit's function (by
/// `code::FunctionId`), so a check is one look into the instance's `__dict__`; `member`,
/// the class whose lookup finds a `__slots__` member, with where the member lies in its
/// instances, which a load or store then reads or writes at once (`slots.rs`); `builtin_method`, a
/// built-in type (immutable: its attributes never change) and the method the name finds
/// on it (`xs.append`), for instances that have no `__dict__` to hide it.
pub(crate) struct AttrTable {
    names: Vec<&'static PyStrInterned>,
    plain: Vec<Seen>,
    plain_set: Vec<Seen>,
    method: Vec<Cell<(usize, u32, i64)>>,
    member: Vec<Cell<Option<slots::Slot>>>,
    builtin_method: Vec<LearntBuiltinMethod>,
    class_method: Vec<LearntByClass>,
    /// The class (address, version tag) whose instances `obj_new` last made the plain
    /// way, with the unit's `__init__` it checked (a `code::FunctionId`).
    plain_new: Cell<(usize, u32, i64)>,
}

/// A built-in type (by address) and the method a name finds on it.
type LearntBuiltinMethod = RefCell<Option<(usize, PyObjectRef)>>;

/// A class (address, version tag) and what a name finds on it: a plain method.
type LearntByClass = RefCell<Option<((usize, u32), PyObjectRef)>>;

impl AttrTable {
    /// A table for `names`, nothing learnt yet.
    pub(crate) fn new(names: Vec<&'static PyStrInterned>) -> AttrTable {
        let unlearnt = || names.iter().map(|_| Seen::default()).collect();
        AttrTable {
            plain: unlearnt(),
            plain_set: unlearnt(),
            method: names.iter().map(|_| Cell::new((0, 0, 0))).collect(),
            member: names.iter().map(|_| Cell::new(None)).collect(),
            builtin_method: names.iter().map(|_| RefCell::new(None)).collect(),
            class_method: names.iter().map(|_| RefCell::new(None)).collect(),
            plain_new: Cell::new((0, 0, 0)),
            names,
        }
    }
}

/// The last two classes (address, version tag) something was learnt of: a name is often
/// read on instances of two classes in turn (`link` of a task and of a packet).
#[derive(Default)]
struct Seen([Cell<(usize, u32)>; 2]);

impl Seen {
    fn holds(&self, key: (usize, u32)) -> bool {
        key.1 != 0 && (self.0[0].get() == key || self.0[1].get() == key)
    }

    /// Remember `key`, forgetting the older of the two.
    fn learn(&self, key: (usize, u32)) {
        if key.1 != 0 && !self.holds(key) {
            self.0[1].set(self.0[0].get());
            self.0[0].set(key);
        }
    }
}

/// A class's address and version tag (0: it has none, nothing may be learnt of it).
fn class_key(cls: &PyType) -> (usize, u32) {
    let address = std::ptr::from_ref::<PyType>(cls) as usize;
    let version = cls
        .tp_version_tag
        .load(std::sync::atomic::Ordering::Acquire);
    (address, version)
}

/// The handles and names of one compiled call.
pub(super) struct CallState {
    vm: Option<*const VirtualMachine>,
    names: Option<Rc<AttrTable>>,
    handles: Vec<Option<PyObjectRef>>,
    free: Vec<u32>,
    unbox_tag: i32,
    /// The payload of the last fused load that could not be packed.
    unbox_payload: i64,
    /// Most handles live at once during the call.
    peak: usize,
    /// What a module handing its frame to the interpreter told (`emit/resume.rs`).
    /// Boxed: the state is swapped in and out around every compiled call, and a
    /// hand-over is rare.
    resume: Option<Box<Handover>>,
    /// The call's arguments (for values handed over as "argument `i`"), valid while
    /// the scope is open: they live in the caller of the engine.
    args: Option<*const [PyObjectRef]>,
    /// Handles `obj_getmethod` made for methods (a call of one passes `self` first).
    methods: Vec<i32>,
    /// Arguments given for the next `obj_call`.
    call_args: Vec<PyObjectRef>,
    /// Keyword names of its last arguments.
    call_kwnames: Vec<String>,
    /// The exception a call (or an operator that ran Python code) raised, waiting for
    /// the interpreter to raise it at the instruction it resumes at, and where on that
    /// instruction's stack it goes.
    raised: Option<(PyBaseExceptionRef, SettledAt)>,
    /// A call was left to the interpreter: the native stack is deep.
    deep: bool,
    /// The result of a call after which the variant's guards no longer hold, for the
    /// interpreter to take at the `CALL` it resumes at, and that `CALL`'s depth as in
    /// `raised`.
    returned: Option<(PyObjectRef, SettledAt)>,
    /// What must hold of the globals for compiled code to go on after a call.
    guards: Option<CallGuards>,
    /// Where `CALL`s are in the function's live code: the unit's resume points and the
    /// root's prologue length (none for a lifted loop, which has no frame of its own).
    calls_at: Option<(Rc<UnitFrames>, u32)>,
    /// Hand-overs finished so far (`resume_at`), innermost function first.
    levels: Vec<Handover>,
    /// Constant handles at the start of the table: the ABI's, then the module's globals
    /// loaded as constants (`ObjOp::ConstGlobal`). Never taken out.
    constants: usize,
    /// A function compiled into the root's module that called Python code, which may
    /// look at its frame: the call was left to the interpreter, and the root should
    /// compile again with that function in a frame of its own.
    needs_frame: Option<crate::jit::code::FunctionId>,
}

/// What a compiled call hands to the interpreter: the values of the root's variables it
/// needs (by variable index; Python locals first) and the resume point it stopped at.
#[derive(Default)]
pub(crate) struct Handover {
    /// Variable values.
    pub vars: HandedVars,
    /// The resume point (an index into the function's `points`) and the bail reason.
    pub at: Option<(u32, i32)>,
    /// Which function of the unit (its index) handed over.
    pub func: u32,
    /// Variables holding methods `obj_getmethod` found (called with `self` first).
    pub methods: std::collections::HashSet<u32>,
    /// The exception the call (or operator) at the resume point raised, and where it
    /// goes on the stack.
    pub raised: Option<(PyBaseExceptionRef, SettledAt)>,
    /// The call at the resume point was left to the interpreter because the native
    /// stack is deep (`python::stack`).
    pub deep: bool,
    /// The call at the resume point returned this, but rebound a global the compiled
    /// code relies on: the interpreter takes the result and goes on.
    pub returned: Option<(PyObjectRef, SettledAt)>,
}

/// The variable values a module hands over, by variable index (small numbers: the
/// function's Python locals, then its temporaries).
#[derive(Default)]
pub(crate) struct HandedVars(Vec<Option<PyObjectRef>>);

impl HandedVars {
    pub(crate) fn insert(&mut self, var: u32, value: PyObjectRef) {
        let i = var as usize;
        if self.0.len() <= i {
            // (Room for a function's locals and temporaries at once.)
            self.0.reserve((i + 1).max(64) - self.0.len());
            self.0.resize(i + 1, None);
        }
        self.0[i] = Some(value);
    }

    pub(crate) fn get(&self, var: &u32) -> Option<&PyObjectRef> {
        self.0.get(*var as usize).and_then(Option::as_ref)
    }

    /// The variables handed over and their values, by index.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (u32, &PyObjectRef)> {
        self.0
            .iter()
            .enumerate()
            .filter_map(|(i, v)| Some((i as u32, v.as_ref()?)))
    }
}

/// Where, on the stack of the instruction the interpreter resumes at, compiled code puts
/// the outcome of what it ran there (a [`Settled`] that gives it again).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SettledAt {
    /// A `CALL` with this many stack entries above its callable and `self` slots: the
    /// callable's slot (and `self`'s becomes `NULL`).
    Call(usize),
    /// A binary operator or a comparison: its left operand's slot (the right operand
    /// stays above it); a subscript or a store to one: the container's slot (below the
    /// key, or a slice's two bounds).
    Operator,
}

/// The live guards of the variant a call runs, with what checking them needs: a call
/// from compiled code may rebind a global the code relies on (a function it calls
/// directly, a number it folded), which the entry check cannot see.
#[derive(Clone)]
pub(crate) struct CallGuards {
    pub guards: Rc<Vec<super::globals::LiveGuard>>,
    /// Which of them to check again after a call (`tiering::Variant::guards_due`).
    pub due: Rc<[u32]>,
    pub globals: rustpython_vm::builtins::PyDictRef,
    pub tiering: Rc<super::tiering::Tiering>,
}

impl CallGuards {
    /// Do they still hold, those whose global the Python code just run may have
    /// rebound (`rebinding.rs`), and those on `math`'s attributes?
    fn hold_after_call(&self, vm: &VirtualMachine) -> bool {
        if self.due.is_empty() {
            return true;
        }
        let env = super::globals::PyGlobals {
            vm,
            globals: &self.globals,
            known: &self.tiering.known,
            callees: &super::dispatch::Gates,
            seen: Default::default(),
            unstable: &super::globals::NO_UNSTABLE,
        };
        self.due
            .iter()
            .filter_map(|&i| self.guards.get(i as usize))
            .all(|g| g.holds(&env))
    }
}

impl CallState {
    /// No call.
    const EMPTY: CallState = CallState {
        vm: None,
        names: None,
        handles: Vec::new(),
        free: Vec::new(),
        unbox_tag: 0,
        unbox_payload: 0,
        peak: 0,
        resume: None,
        args: None,
        methods: Vec::new(),
        call_args: Vec::new(),
        call_kwnames: Vec::new(),
        raised: None,
        deep: false,
        returned: None,
        guards: None,
        calls_at: None,
        levels: Vec::new(),
        needs_frame: None,
        constants: CONSTANT_HANDLES,
    };
}

/// The running thread's call state.
#[inline(always)]
fn call_cell() -> &'static RefCell<CallState> {
    // SAFETY: a thread-local lives as long as its thread, and host functions (the only
    // users) run on the thread that owns it, never during its destruction. Taking the
    // reference out of `LocalKey::with` lets every host function read the state without
    // a closure inside `with`, which the compiler did not always inline (about 10
    // instructions on each of millions of host calls).
    CALL.with(|c| unsafe { &*std::ptr::from_ref(c) })
}

/// Run `f` on the running thread's call state (see [`call_cell`]).
#[inline(always)]
fn with_cell<R>(f: impl FnOnce(&RefCell<CallState>) -> R) -> R {
    f(call_cell())
}

/// A call's handle table and its free list, kept for reuse.
type Tables = (Vec<Option<PyObjectRef>>, Vec<u32>);

thread_local! {
    // A `const` initialiser: every host call reads this, and a lazily initialised
    // thread-local checks its state on each access (a quarter of a loop's instructions).
    static CALL: RefCell<CallState> = const { RefCell::new(CallState::EMPTY) };
    /// Emptied tables of finished calls, for the next ones (a call then allocates
    /// nothing).
    static SPARE: RefCell<Vec<Tables>> = const { RefCell::new(Vec::new()) };
    /// Boxes that held an outer call's state, for the next call inside another (compiled
    /// code calling Python code calling compiled code: raytrace opens 124 K of them, and
    /// allocating each box was a tenth of what opening and closing cost).
    #[allow(clippy::vec_box)] // The boxes themselves are what is kept, to reuse.
    static OUTER_BOXES: RefCell<Vec<Box<CallState>>> = const { RefCell::new(Vec::new()) };
    /// The most handles any call on this thread held at once, since last read.
    static PEAK: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// The most handles one compiled call on this thread has held at once since the last
/// read (then reset): flat however long a compiled loop runs, which the tests check.
pub fn peak_handles() -> usize {
    PEAK.with(|p| p.replace(0))
}

/// The object functions the engines link as imports.
pub(crate) const FNS: ObjectFns = ObjectFns {
    drop: obj_drop,
    dup: obj_dup,
    getattr: obj_getattr,
    getitem: obj_getitem,
    len: obj_len,
    iter: obj_iter,
    next: obj_next,
    unpack: obj_unpack,
    unbox: obj_unbox,
    unbox_tag: obj_unbox_tag,
    truth: obj_truth,
    is: obj_is,
    is_none: obj_is_none,
    boxed: obj_box,
    getattr_num: obj_getattr_num,
    getitem_num: obj_getitem_num,
    resume_var,
    resume_at,
    setattr: obj_setattr,
    setitem: obj_setitem,
    global: calls::obj_global,
    setglobal: calls::obj_setglobal,
    getmethod: calls::obj_getmethod,
    arg: calls::obj_arg,
    call: calls::obj_call,
    build: calls::obj_build,
    callmethod: calls::obj_call_method,
    ord: obj_ord,
    chr: obj_chr,
    binary: calls::obj_binary,
    checkoperator: obj_checkoperator,
    reflected: calls::obj_reflected,
    compare: calls::obj_compare,
    contains: calls::obj_contains,
    kwname: calls::obj_kwname,
    checkmethod: obj_checkmethod,
    new: calls::obj_new,
    collect: calls::obj_collect,
    makefunction: calls::obj_makefunction,
    unbox_payload: obj_unbox_payload,
    functionof: obj_functionof,
    frame_cell: cells::obj_frame_cell,
    cell_get: cells::obj_cell_get,
    cell_set: cells::obj_cell_set,
    set_function_attribute: cells::obj_set_function_attribute,
    superattr: supers::obj_superattr,
    delitem: obj_delitem,
    getslice: obj_getslice,
    import: imports::obj_import,
    setslice: obj_setslice,
};

/// One compiled call's table, current while the scope lives.
pub(crate) struct CallScope {
    /// The state of the compiled call this one runs inside, restored when it ends
    /// (`None`: no call was running).
    outer: Option<Box<CallState>>,
}

impl CallScope {
    /// Make a fresh table current for a call in `vm` whose module names attributes by
    /// `names`; `None` while a host operation of the running call holds its state: a
    /// dictionary lookup that met a user key whose `__eq__` calls a compiled function
    /// (tests/jit/objects_reentry.py). That call then runs in the interpreter.
    pub(crate) fn open(
        vm: &VirtualMachine,
        names: &Rc<AttrTable>,
        args: &[PyObjectRef],
        constants: &[PyObjectRef],
        calls_at: Option<(Rc<UnitFrames>, u32)>,
        guards: Option<CallGuards>,
    ) -> Option<CallScope> {
        with_cell(|c| {
            let mut current = c.try_borrow_mut().ok()?;
            // Most compiled calls start with no other running (the interpreter called
            // them): the state is filled in place. One inside another (compiled code
            // called Python code that called compiled code) keeps the outer's aside.
            let outer = current.vm.is_some().then(|| {
                let mut outer = OUTER_BOXES
                    .with(|b| b.borrow_mut().pop())
                    .unwrap_or_else(|| Box::new(CallState::EMPTY));
                std::mem::swap(&mut *current, &mut *outer);
                outer
            });
            if current.handles.capacity() == 0 {
                if let Some((handles, free)) = SPARE.with(|s| s.borrow_mut().pop()) {
                    current.handles = handles;
                    current.free = free;
                }
            }
            // The constant handles (`abi::NONE_HANDLE`…), in their order.
            current.handles.extend([
                Some(vm.ctx.none()),
                Some(vm.ctx.true_value.clone().into()),
                Some(vm.ctx.false_value.clone().into()),
                Some(vm.ctx.not_implemented()),
            ]);
            // The module's globals loaded as constants, guarded to be these objects.
            current
                .handles
                .extend(constants.iter().map(|c| Some(c.clone())));
            current.constants = CONSTANT_HANDLES + constants.len();
            current.vm = Some(vm as *const VirtualMachine);
            current.names = Some(names.clone());
            current.args = Some(args as *const [PyObjectRef]);
            current.calls_at = calls_at;
            current.guards = guards;
            Some(CallScope { outer })
        })
    }

    /// A handle the call owns for `obj` (an argument).
    pub(crate) fn add(&self, obj: PyObjectRef) -> i32 {
        with_cell(|c| insert(&mut c.borrow_mut(), obj))
    }

    /// Take the object behind `handle` out of the table (a result).
    pub(crate) fn take(&self, handle: i32) -> Option<PyObjectRef> {
        with_cell(|c| remove(&mut c.borrow_mut(), handle))
    }

    /// What the module handed over when it asked the interpreter to resume, if it did:
    /// one hand-over per function on the way (a callee's before its caller's, the
    /// root's last), each with what a call it made left for the interpreter.
    pub(crate) fn take_handover(&self) -> Option<Vec<Handover>> {
        let levels = with_cell(|c| std::mem::take(&mut c.borrow_mut().levels));
        (!levels.is_empty()).then_some(levels)
    }

    /// The function compiled into the root's module that left a call of Python code to
    /// the interpreter, needing a frame of its own, if one did.
    pub(crate) fn take_needs_frame(&self) -> Option<crate::jit::code::FunctionId> {
        with_cell(|c| c.borrow_mut().needs_frame.take())
    }

    /// How many handles the table still holds.
    pub(crate) fn live(&self) -> usize {
        with_cell(|c| {
            let state = c.borrow();
            state
                .handles
                .iter()
                .skip(state.constants)
                .filter(|h| h.is_some())
                .count()
        })
    }
}

impl Drop for CallScope {
    fn drop(&mut self) {
        let mut state = match self.outer.take() {
            Some(mut outer) => {
                // The outer state goes back; the box keeps this call's, to drop below.
                with_cell(|c| std::mem::swap(&mut *c.borrow_mut(), &mut *outer));
                let state = std::mem::replace(&mut *outer, CallState::EMPTY);
                OUTER_BOXES.with(|b| {
                    let mut boxes = b.borrow_mut();
                    if boxes.len() < 8 {
                        boxes.push(outer);
                    }
                });
                state
            }
            None => with_cell(|c| std::mem::replace(&mut *c.borrow_mut(), CallState::EMPTY)),
        };
        PEAK.with(|p| p.set(p.get().max(state.peak)));
        // Dropped outside the borrow: a `__del__` may run and call compiled code.
        let mut handles = std::mem::take(&mut state.handles);
        let mut free = std::mem::take(&mut state.free);
        drop(state);
        handles.clear();
        free.clear();
        // The emptied table goes back where the next call looks first: the idle state,
        // else the spares.
        let spare = with_cell(|c| match c.try_borrow_mut() {
            Ok(mut current) if current.vm.is_none() && current.handles.capacity() == 0 => {
                current.handles = handles;
                current.free = free;
                None
            }
            _ => Some((handles, free)),
        });
        if let Some(tables) = spare {
            SPARE.with(|s| {
                let mut spare = s.borrow_mut();
                if spare.len() < 8 {
                    spare.push(tables);
                }
            });
        }
    }
}

/// How many constant handles a table starts with (`abi::LAST_CONSTANT_HANDLE`).
const CONSTANT_HANDLES: usize = LAST_CONSTANT_HANDLE as usize;

fn insert(state: &mut CallState, obj: PyObjectRef) -> i32 {
    if let Some(vm) = state.vm {
        // SAFETY: as in `with_object`.
        let vm = unsafe { &*vm };
        if vm.is_none(&obj) {
            return NONE_HANDLE;
        }
        if obj.is(&vm.ctx.true_value) {
            return TRUE_HANDLE;
        }
        if obj.is(&vm.ctx.false_value) {
            return FALSE_HANDLE;
        }
        if obj.is(&vm.ctx.not_implemented) {
            return NOT_IMPLEMENTED_HANDLE;
        }
    }
    let handle = match state.free.pop() {
        Some(i) => {
            state.handles[i as usize] = Some(obj);
            i as i32 + 1
        }
        None => {
            state.handles.push(Some(obj));
            state.handles.len() as i32
        }
    };
    state.peak = state
        .peak
        .max(state.handles.len() - state.free.len() - state.constants);
    handle
}

fn remove(state: &mut CallState, handle: i32) -> Option<PyObjectRef> {
    let index = usize::try_from(handle).ok()?.checked_sub(1)?;
    if index < state.constants {
        // A constant handle stays; the caller gets a reference of its own.
        return state.handles.get(index)?.clone();
    }
    let obj = state.handles.get_mut(index)?.take()?;
    state.free.push(index as u32);
    if !state.methods.is_empty() {
        state.methods.retain(|m| *m != handle);
    }
    Some(obj)
}

/// Run `f` with the current call's VM and the object behind `handle`; `None` if there is
/// no call or no such handle (never from correct code, but never a panic either).
fn with_object<R>(handle: i32, f: impl FnOnce(&VirtualMachine, &PyObjectRef) -> R) -> Option<R> {
    let (vm, obj) = with_cell(|c| {
        let state = c.borrow();
        let index = usize::try_from(handle).ok()?.checked_sub(1)?;
        let obj = state.handles.get(index)?.clone()?;
        Some((state.vm?, obj))
    })?;
    // SAFETY: the pointer was set by `CallScope::open` from a live `&VirtualMachine` and
    // is cleared when that scope ends; host functions only run inside the scope's call.
    let vm = unsafe { &*vm };
    Some(f(vm, &obj))
}

/// Store `obj` as a new handle of the current call.
fn new_handle(obj: PyObjectRef) -> i32 {
    with_cell(|c| insert(&mut c.borrow_mut(), obj))
}

/// A handle for the result of an operation, or [`HANDLE_BAIL`].
fn handle_or_bail(result: Option<Option<PyObjectRef>>) -> i32 {
    match result.flatten() {
        Some(obj) => new_handle(obj),
        None => HANDLE_BAIL,
    }
}

fn obj_drop(handle: i32) {
    if handle == NO_HANDLE {
        return;
    }
    let obj = with_cell(|c| remove(&mut c.borrow_mut(), handle));
    drop(obj);
}

fn obj_dup(handle: i32) -> i32 {
    let copy = handle_or_bail(with_object(handle, |_, obj| Some(obj.clone())));
    with_cell(|c| {
        let mut state = c.borrow_mut();
        if copy != HANDLE_BAIL && state.methods.contains(&handle) {
            state.methods.push(copy);
        }
    });
    copy
}

/// Is `cls` a class defined in Python (its slots may call Python code)?
fn is_heap_type(cls: &PyType) -> bool {
    cls.slots.flags.has_feature(PyTypeFlags::HEAPTYPE)
}

/// Does reading an attribute of instances of `cls` follow `object.__getattribute__`?
fn generic_getattr(cls: &PyType, vm: &VirtualMachine) -> bool {
    let ours = cls.slots.getattro.load();
    let generic = vm.ctx.types.object_type.slots.getattro.load();
    match (ours, generic) {
        (Some(a), Some(b)) => std::ptr::fn_addr_eq(a, b),
        _ => false,
    }
}

/// Does writing an attribute of instances of `cls` follow `object.__setattr__`?
fn generic_setattr(cls: &PyType, vm: &VirtualMachine) -> bool {
    let ours = cls.slots.setattro.load();
    let generic = vm.ctx.types.object_type.slots.setattro.load();
    match (ours, generic) {
        (Some(a), Some(b)) => std::ptr::fn_addr_eq(a, b),
        _ => false,
    }
}

/// Is `descr` (found on a class) a descriptor whose `__get__` is the VM's own code and
/// calls no Python code (functions, methods, slots, `classmethod`…; not `property`, not a
/// descriptor class written in Python)?
fn pure_descriptor(descr: &PyObject, vm: &VirtualMachine) -> bool {
    !is_heap_type(descr.class())
        && !descr.fast_isinstance(vm.ctx.types.property_type)
        && descr.downcast_ref::<PyProperty>().is_none()
}

/// `obj.name`, the way `object.__getattribute__` finds it, where that runs no Python code.
fn getattr_pure(
    obj: &PyObjectRef,
    name: &'static PyStrInterned,
    vm: &VirtualMachine,
) -> Option<PyObjectRef> {
    if let Some(class) = obj.downcast_ref::<PyType>() {
        return calls::class_attr_pure(class, name, vm);
    }
    let cls = obj.class();
    if !generic_getattr(cls, vm) {
        return calls::module_attr_pure(obj, name, vm);
    }
    let descr = cls.get_attr(name);
    let descr_get = descr
        .as_ref()
        .and_then(|d| d.class().slots.descr_get.load());
    if let (Some(d), Some(get)) = (&descr, descr_get) {
        if d.class().slots.descr_set.load().is_some() {
            // A data descriptor (a slot, `__dict__`, a property) wins over the instance.
            if !pure_descriptor(d, vm) {
                return None;
            }
            return get(d, Some(obj), Some(cls.as_object()), vm).ok();
        }
    }
    if let Some(dict) = obj.dict() {
        if let Ok(Some(value)) = dict.get_item_opt(name, vm) {
            return Some(value);
        }
    }
    match (descr, descr_get) {
        (Some(d), None) => Some(d),
        (Some(d), Some(get)) if pure_descriptor(&d, vm) => {
            get(&d, Some(obj), Some(cls.as_object()), vm).ok()
        }
        _ => None,
    }
}

/// The attribute name with index `name` in the running call's table.
fn attr_name(name: i32) -> Option<&'static PyStrInterned> {
    with_cell(|c| {
        let state = c.borrow();
        usize::try_from(name)
            .ok()
            .and_then(|i| state.names.as_ref()?.names.get(i).copied())
    })
}

/// Run `f` with the running call's VM, state and attribute table, under one borrow of
/// the state (`f` must run no Python code); `None` if no call runs.
fn with_call<R>(f: impl FnOnce(&VirtualMachine, &CallState, &AttrTable) -> Option<R>) -> Option<R> {
    with_cell(|c| {
        let state = c.borrow();
        // SAFETY: as in `with_object`.
        let vm = unsafe { &*state.vm? };
        let table = state.names.as_ref()?;
        f(vm, &state, table)
    })
}

/// The current call's VM (for use within the host function that asked: nothing keeps
/// it past the call).
fn call_vm<'a>() -> Option<&'a VirtualMachine> {
    let vm = with_cell(|c| c.borrow().vm)?;
    // SAFETY: as in `with_object`.
    Some(unsafe { &*vm })
}

/// Run `f` with the current call's VM and state, borrowed (nothing in `f` may call a
/// host function or run Python code).
#[inline(always)]
pub(super) fn with_state<R>(f: impl FnOnce(&VirtualMachine, &CallState) -> R) -> Option<R> {
    with_cell(|c| {
        let state = c.borrow();
        // SAFETY: as in `with_object`.
        let vm = unsafe { &*state.vm? };
        Some(f(vm, &state))
    })
}

impl CallState {
    /// The object behind `handle`, borrowed.
    fn object(&self, handle: i32) -> Option<&PyObjectRef> {
        let index = usize::try_from(handle).ok()?.checked_sub(1)?;
        self.handles.get(index)?.as_ref()
    }
}

impl AttrTable {
    /// The method name `index` finds on instances of `cls`, if `cls` is the built-in type
    /// that was learnt for it ([`AttrTable::learn_builtin_method`]).
    fn builtin_method(&self, index: usize, cls: &PyType) -> Option<PyObjectRef> {
        let learnt = self.builtin_method.get(index)?.try_borrow().ok()?;
        let (address, method) = learnt.as_ref()?;
        (*address == std::ptr::from_ref::<PyType>(cls) as usize).then(|| method.clone())
    }

    /// Remember that name `index` finds `method` on the instances of `cls`, if `cls` is
    /// a built-in type whose attributes cannot change and whose instances have no
    /// `__dict__` (a `list`, a `str`; not a class of the program's, nor a subclass).
    fn learn_builtin_method(&self, index: usize, cls: &PyType, method: &PyObjectRef) {
        let flags = &cls.slots.flags;
        if flags.has_feature(PyTypeFlags::HEAPTYPE)
            || !flags.has_feature(PyTypeFlags::IMMUTABLETYPE)
            || flags.has_feature(PyTypeFlags::HAS_DICT)
        {
            return;
        }
        if let Some(Ok(mut learnt)) = self.builtin_method.get(index).map(RefCell::try_borrow_mut) {
            *learnt = Some((std::ptr::from_ref::<PyType>(cls) as usize, method.clone()));
        }
    }

    /// Name `name` (an index), with its slot.
    fn name(&self, name: i32) -> Option<(usize, &'static PyStrInterned)> {
        let index = usize::try_from(name).ok()?;
        Some((index, *self.names.get(index)?))
    }
}

fn obj_getattr(handle: i32, arg: i32) -> i32 {
    let (name, general, point) = crate::jit::abi::attr_parts(arg);
    // One borrow of the call's state for the load and the new handle (nothing here runs
    // Python code): `self.x` is the commonest host call of code on objects.
    let h = handle_from_state(|_, state| attr_of(state, handle, name));
    if h != HANDLE_BAIL || !general {
        return h;
    }
    handle_or_bail(Some(getattr_general(handle, name, point, Some)))
}

/// `obj.name` as `LOAD_ATTR` loads it, running whatever Python code that is (a property,
/// `__getattr__`), at the operation's resume point `point` (`abi::ATTR_GENERAL`):
/// `take`'s answer for the value; `None` if it raised, or if `take` cannot take it (the
/// exception, or the value, then waits for the interpreter, which resumes at the
/// instruction: `calls::Settled`).
fn getattr_general<R>(
    handle: i32,
    name: i32,
    point: i32,
    take: impl FnOnce(PyObjectRef) -> Option<R>,
) -> Option<R> {
    let interned = attr_name(name)?;
    let (vm, obj) = with_object(handle, |vm, obj| (vm as *const VirtualMachine, obj.clone()))?;
    // SAFETY: as in `with_object` (the reference does not outlive the host call).
    let vm = unsafe { &*vm };
    calls::run_operator(
        point,
        vm,
        || obj.get_attr(interned, vm),
        |r| take(r.clone()),
    )
}

/// A new handle for what `f` finds under one borrow of the call's state (`f` runs no
/// Python code), or [`HANDLE_BAIL`]: one borrow for the read and the handle, on the
/// hottest host calls.
#[inline(always)]
fn handle_from_state(f: impl FnOnce(&VirtualMachine, &CallState) -> Option<PyObjectRef>) -> i32 {
    with_cell(|c| {
        let mut state = c.borrow_mut();
        // SAFETY: as in `with_object`.
        let Some(vm) = state.vm.map(|vm| unsafe { &*vm }) else {
            return HANDLE_BAIL;
        };
        match f(vm, &state) {
            Some(value) => insert(&mut state, value),
            None => HANDLE_BAIL,
        }
    })
}

/// Attribute `name` (an index) of the object behind `handle`, as [`getattr_learning`]
/// finds it.
#[inline(always)]
fn attr_of(state: &CallState, handle: i32, name: i32) -> Option<PyObjectRef> {
    // SAFETY: as in `with_object`.
    let vm = unsafe { &*state.vm? };
    let table = state.names.as_ref()?;
    let (index, name) = table.name(name)?;
    getattr_learning(state.object(handle)?, name, table, index, vm)
}

fn obj_getattr_num(handle: i32, arg: i32) -> i64 {
    use crate::jit::abi::LOAD_OR_OBJECT;
    let or_object = arg & LOAD_OR_OBJECT != 0;
    let (name, general, point) = crate::jit::abi::attr_parts(arg);
    // One borrow of the call's state for the whole load (this is the hot path of a
    // method reading `self.x` in arithmetic).
    let found = with_call(|vm, state, table| {
        let (index, name) = table.name(name)?;
        let obj = state.object(handle)?;
        // A number in a `__slots__` member is read where it lies, no reference taken.
        let in_slot = table
            .learnt_slot(index)
            .and_then(|slot| slot.read(obj, |v| unboxed(v, vm)));
        if let Some(Some(number)) = in_slot {
            return Some(Ok(number));
        }
        let value = getattr_learning(obj, name, table, index, vm);
        Some(match value {
            Some(v) => match unboxed(&v, vm) {
                Some(number) => Ok(number),
                // (A handle needs the state borrowed mutably: made below.)
                None if or_object => Err(v),
                None => Ok((UNBOX_OTHER, 0)),
            },
            None => Ok((UNBOX_BAIL, 0)),
        })
    });
    let (tag, payload) = match found {
        Some(Ok((UNBOX_BAIL, _))) | None if general => {
            // A property, `__getattr__`: run, its number unboxed (or the object, if
            // wanted); anything else waits for the interpreter at the instruction.
            let vm = with_cell(|c| c.borrow().vm);
            let taken = vm.and_then(|vm| {
                // SAFETY: as in `with_object`.
                let vm = unsafe { &*vm };
                getattr_general(handle, name, point, |v| match unboxed(&v, vm) {
                    Some(number) => Some(Ok(number)),
                    None if or_object => Some(Err(v)),
                    None => None,
                })
            });
            match taken {
                Some(Ok(number)) => number,
                Some(Err(object)) => (Kind::Object.tag(), i64::from(new_handle(object))),
                None => (UNBOX_BAIL, 0),
            }
        }
        Some(Ok(number)) => number,
        Some(Err(object)) => (Kind::Object.tag(), i64::from(new_handle(object))),
        None => (UNBOX_BAIL, 0),
    };
    packed(tag, payload)
}

/// A fused load's answer (`abi::PACKED_INT`): packed, or "ask" with the tag and payload
/// left for `obj_unbox_tag` and `obj_unbox_payload`.
fn packed(tag: i32, payload: i64) -> i64 {
    match crate::jit::abi::pack_number(tag, payload) {
        Some(x) => x,
        None => {
            with_cell(|c| {
                let mut state = c.borrow_mut();
                state.unbox_tag = tag;
                state.unbox_payload = payload;
            });
            crate::jit::abi::PACKED_ASK
        }
    }
}

/// [`getattr_pure`], through what `learnt` remembers of the object's class: when the
/// class is the one (same address, same version tag) whose instances were seen to hold
/// the attribute with nothing of its name in the class, look in the instance only.
#[inline(always)]
fn getattr_learning(
    obj: &PyObjectRef,
    name: &'static PyStrInterned,
    table: &AttrTable,
    index: usize,
    vm: &VirtualMachine,
) -> Option<PyObjectRef> {
    let learnt = table.plain.get(index)?;
    let cls = obj.class();
    let key = class_key(cls);
    if key.1 != 0 {
        if learnt.holds(key) {
            return obj.dict()?.get_item_opt(name, vm).ok().flatten();
        }
        if let Some(value) = table.learnt_slot(index).and_then(|slot| slot.get(obj)) {
            return Some(value);
        }
    }
    let value = getattr_pure(obj, name, vm)?;
    if generic_getattr(cls, vm) {
        let found = cls.get_attr(name);
        // `get_attr` gave the class a version tag if it had none.
        let key = class_key(cls);
        if key.1 != 0 {
            match found {
                None if obj.dict().is_some() => learnt.learn(key),
                Some(d) => table.learn_slot(index, &d, key),
                _ => {}
            }
        }
    }
    Some(value)
}

impl AttrTable {
    /// The `__slots__` member name `index` was last learnt to be (it holds only for
    /// instances of the class it was learnt on).
    fn learnt_slot(&self, index: usize) -> Option<slots::Slot> {
        self.member.get(index)?.get()
    }

    /// Remember where name `index` lies in instances of the class `key` names, if what
    /// the class's lookup found, `descr`, is a `__slots__` member.
    fn learn_slot(&self, index: usize, descr: &PyObject, key: (usize, u32)) {
        if let (Some(cell), Some(slot)) = (self.member.get(index), slots::Slot::of(descr, key)) {
            cell.set(Some(slot));
        }
    }

    /// The plain method name `index` finds on `obj`'s class, as learnt for that class
    /// and version (`LOAD_ATTR` of a method on an instance of a program's class), if no
    /// attribute of `obj` itself hides it.
    fn class_method(
        &self,
        index: usize,
        obj: &PyObject,
        vm: &VirtualMachine,
    ) -> Option<PyObjectRef> {
        let key = class_key(obj.class());
        let method = {
            let learnt = self.class_method.get(index)?.try_borrow().ok()?;
            match &*learnt {
                Some((k, f)) if *k == key => f.clone(),
                _ => return None,
            }
        };
        match obj.dict() {
            Some(dict) => dict
                .get_item_opt(*self.names.get(index)?, vm)
                .ok()?
                .is_none()
                .then_some(method),
            None => Some(method),
        }
    }

    /// Remember that name `index` finds the plain method `method` on `cls`, a class of
    /// the program's whose attributes are looked up the generic way, at its version now
    /// (a change to the class, its bases or their dictionaries gives it another).
    fn learn_class_method(
        &self,
        index: usize,
        cls: &PyType,
        method: &PyObjectRef,
        vm: &VirtualMachine,
    ) {
        let key = class_key(cls);
        if key.1 != 0 && is_heap_type(cls) && generic_getattr(cls, vm) {
            learn(self.class_method.get(index), key, method.clone());
        }
    }
}

/// Put what a name finds on the class `key` into `cell` (if the name has one).
fn learn(cell: Option<&LearntByClass>, key: (usize, u32), found: PyObjectRef) {
    if let Some(Ok(mut cell)) = cell.map(RefCell::try_borrow_mut) {
        *cell = Some((key, found));
    }
}

fn obj_getitem_num(handle: i32, key_tag: i32, key: i64, op: i32) -> i64 {
    // The item unboxed where it lies: no handle, no reference taken.
    let fast = with_state(|vm, state| {
        item_by_int(state.object(handle)?, key_tag, key, vm, |item| {
            unboxed(item, vm).unwrap_or((UNBOX_OTHER, 0))
        })
    })
    .flatten();
    if let Some((tag, payload)) = fast {
        return packed(tag, payload);
    }
    unbox_value(getitem(handle, key_tag, key, op))
}

/// The payload of `value` (a number or `None`), its tag left for `obj_unbox_tag`:
/// [`UNBOX_OTHER`] for another object, [`UNBOX_BAIL`] for no value (the load bailed).
fn unbox_value(value: Option<PyObjectRef>) -> i64 {
    let vm = with_cell(|c| c.borrow().vm);
    let (tag, payload) = match (value, vm) {
        (Some(obj), Some(vm)) => {
            // SAFETY: as in `with_object`.
            let vm = unsafe { &*vm };
            unboxed(&obj, vm).unwrap_or((UNBOX_OTHER, 0))
        }
        _ => (UNBOX_BAIL, 0),
    };
    packed(tag, payload)
}

/// The tag and payload of an `int` (within 64 bits) or a `float`: what compiled
/// arithmetic unboxes an object to (`jit::kinds::Kinds::UNBOXED`).
// Inlined into the fused loads, the hot path of attribute arithmetic.
#[inline(always)]
fn unboxed(obj: &PyObject, vm: &VirtualMachine) -> Option<(i32, i64)> {
    // Exact classes, as `convert::kind_of` tells them, `float` first (the common case of
    // attribute arithmetic), each `int` converted once.
    let cls = obj.class();
    let types = &vm.ctx.types;
    if cls.is(types.float_type) {
        let bits = obj.downcast_ref::<PyFloat>()?.to_f64().to_bits() as i64;
        Some((Kind::Float.tag(), bits))
    } else if cls.is(types.int_type) {
        let value = i64::try_from(obj.downcast_ref::<PyInt>()?.as_bigint()).ok()?;
        Some((Kind::Int.tag(), value))
    } else {
        None
    }
}

/// Is `obj` of a type whose hashing and equality are the VM's own (a dictionary key
/// looked up without Python code)?
fn plain_key(obj: &PyObject, vm: &VirtualMachine) -> bool {
    let cls = obj.class();
    let t = &vm.ctx.types;
    if cls.is(t.tuple_type) {
        return obj
            .downcast_ref::<PyTuple>()
            .is_some_and(|items| items.iter().all(|i| plain_key(i, vm)));
    }
    [
        t.str_type,
        t.int_type,
        t.bool_type,
        t.float_type,
        t.none_type,
    ]
    .iter()
    .any(|k| cls.is(*k))
}

/// The object for a tagged value (a key, a value to box).
fn value_object(tag: i32, payload: i64, vm: &VirtualMachine) -> Option<PyObjectRef> {
    let kind = Kind::ALL.into_iter().find(|k| k.tag() == tag)?;
    Some(match kind {
        Kind::Object => {
            return with_cell(|c| {
                let state = c.borrow();
                let index = usize::try_from(payload).ok()?.checked_sub(1)?;
                state.handles.get(index)?.clone()
            })
        }
        _ => crate::python::convert::boxed(kind, payload, vm),
    })
}

/// Is `cls` the `array` module's `array` (a static type of the VM's stdlib, whose items,
/// length and iteration are its own code over the numbers it holds)?
fn array_type(cls: &PyType) -> bool {
    !cls.slots.flags.has_feature(PyTypeFlags::HEAPTYPE) && *cls.slot_name() == *"array.array"
}

/// Is `key` an `int` (or a `bool`), which indexes a built-in sequence by the VM's own code?
fn int_index(key: &PyObject, vm: &VirtualMachine) -> bool {
    let t = &vm.ctx.types;
    key.class().is(t.int_type) || key.class().is(t.bool_type)
}

/// Is `key` a slice of ints and `None`s (`xs[1:]`, `s[::-1]`), which slices a built-in
/// sequence by the VM's own code? (A slice of other objects calls their `__index__`.)
fn int_slice(key: &PyObject, vm: &VirtualMachine) -> bool {
    key.downcast_ref::<rustpython_vm::builtins::PySlice>()
        .is_some_and(|s| {
            let part = |o: &PyObject| vm.is_none(o) || int_index(o, vm);
            key.class().is(vm.ctx.types.slice_type)
                && s.start.as_deref().is_none_or(part)
                && part(&s.stop)
                && s.step.as_deref().is_none_or(part)
        })
}

/// `f` of item `index` of an exact `list` or `tuple`, indexed by an `int` that compiled
/// code holds unboxed (`key_tag`): no index object is made and none of the VM's
/// protocol dispatch runs (nbody's `v1[0]`, a grid's `row[x]`), which was two thirds of
/// such a load. `None` for anything else, an index out of range included: the general
/// path raises that as the interpreter does.
#[inline(always)]
fn item_by_int<R>(
    obj: &PyObject,
    key_tag: i32,
    index: i64,
    vm: &VirtualMachine,
    f: impl FnOnce(&PyObject) -> R,
) -> Option<R> {
    if key_tag != Kind::Int.tag() {
        return None;
    }
    let cls = obj.class();
    let t = &vm.ctx.types;
    if cls.is(t.list_type) {
        let items = obj.downcast_ref::<PyList>()?.borrow_vec();
        return Some(f(index_in(&items, index)?));
    }
    if cls.is(t.tuple_type) {
        return Some(f(index_in(
            obj.downcast_ref::<PyTuple>()?.as_slice(),
            index,
        )?));
    }
    None
}

/// Item `index` of `items`, counted from the end when negative, as Python indexes.
fn index_in<T>(items: &[T], index: i64) -> Option<&T> {
    items.get(position(items.len(), index)?)
}

/// Where `index` points in a sequence `len` long, counted from the end when negative
/// (not checked against `len`).
fn position(len: usize, index: i64) -> Option<usize> {
    let at = if index < 0 {
        index.checked_add(i64::try_from(len).ok()?)?
    } else {
        index
    };
    usize::try_from(at).ok()
}

#[inline(always)]
fn getitem_pure(obj: &PyObjectRef, key: &PyObjectRef, vm: &VirtualMachine) -> Option<PyObjectRef> {
    let cls = obj.class();
    let t = &vm.ctx.types;
    // The common cases first: a list or a tuple by an int, a dict by a plain key.
    if (cls.is(t.list_type) || cls.is(t.tuple_type)) && int_index(key, vm) {
        return obj.get_item(&**key, vm).ok();
    }
    if cls.is(t.dict_type) {
        if !plain_key(key, vm) {
            return None;
        }
        let dict = obj.downcast_ref::<PyDict>()?;
        return dict.get_item_opt(&**key, vm).ok().flatten();
    }
    getitem_sequence(obj, key, vm)
}

/// [`getitem_pure`] of the other built-in sequences (and slices of all): strings, ranges,
/// bytes, arrays, classes derived from them that keep their indexing.
#[inline(never)]
fn getitem_sequence(
    obj: &PyObjectRef,
    key: &PyObjectRef,
    vm: &VirtualMachine,
) -> Option<PyObjectRef> {
    let cls = obj.class();
    let t = &vm.ctx.types;
    if !(int_index(key, vm) || int_slice(key, vm)) {
        return None;
    }
    let bases = [
        t.list_type,
        t.tuple_type,
        t.str_type,
        t.range_type,
        t.bytes_type,
        t.bytearray_type,
    ];
    let sequence = bases.iter().any(|k| cls.is(*k))
        || array_type(cls)
        || derived_acting_as(cls, &bases, &["__getitem__"], vm);
    sequence.then(|| obj.get_item(&**key, vm).ok()).flatten()
}

fn obj_getitem(handle: i32, key_tag: i32, key: i64, op: i32) -> i32 {
    let fast = with_object(handle, |vm, obj| {
        item_by_int(obj, key_tag, key, vm, |item| item.to_owned())
    });
    match fast.flatten() {
        Some(item) => new_handle(item),
        None => handle_or_bail(Some(getitem(handle, key_tag, key, op))),
    }
}

/// `obj[key]` where that runs no Python code and raises nothing; else, for a subscript
/// compiled code may resume after (`abi::OPERATOR_GENERAL` in `op`), as the
/// interpreter's `BINARY_SUBSCR` runs it (a class's `__getitem__`, a `KeyError`).
fn getitem(handle: i32, key_tag: i32, key: i64, op: i32) -> Option<PyObjectRef> {
    getitem_by(handle, op, |vm| value_object(key_tag, key, vm))
}

/// `obj[start:stop]` (`BINARY_SLICE`): as [`obj_getitem`] by the slice the interpreter
/// makes of the bounds, made here (no handle for it, no call to release it).
fn obj_getslice(handle: i32, start_tag: i32, start: i64, stop_tag: i32, stop: i64, op: i32) -> i32 {
    let item = getitem_by(handle, op, |vm| {
        slice_of((start_tag, start), (stop_tag, stop), vm)
    });
    handle_or_bail(Some(item))
}

/// The slice `BINARY_SLICE` and `STORE_SLICE` make of their bounds (given as tagged
/// values): `start` always given, even as `None`.
fn slice_of(start: (i32, i64), stop: (i32, i64), vm: &VirtualMachine) -> Option<PyObjectRef> {
    use rustpython_vm::PyPayload;
    let slice = rustpython_vm::builtins::PySlice {
        start: Some(value_object(start.0, start.1, vm)?),
        stop: value_object(stop.0, stop.1, vm)?,
        step: None,
    };
    Some(slice.into_ref(&vm.ctx).into())
}

/// [`getitem`] by the key `key` makes.
fn getitem_by(
    handle: i32,
    op: i32,
    key: impl FnOnce(&VirtualMachine) -> Option<PyObjectRef>,
) -> Option<PyObjectRef> {
    let (vm, obj, key) = with_object(handle, |vm, obj| {
        Some((vm as *const VirtualMachine, obj.clone(), key(vm)?))
    })??;
    // SAFETY: as in `with_object` (the reference does not outlive the host call).
    let vm = unsafe { &*vm };
    if let Some(item) = getitem_pure(&obj, &key, vm) {
        return Some(item);
    }
    let code = calls::OperatorCode::of(op);
    if !code.general {
        return None;
    }
    calls::run_operator(
        code.point,
        vm,
        || obj.get_item(&*key, vm),
        |r| Some(r.clone()),
    )
}

/// Is `obj` of a built-in container or string type (its length, truth and iteration are
/// the VM's own code over data it holds), or of a class derived from one that leaves
/// `dunders` as they are (`class Stack(list): pass`, deltablue's `OrderedCollection`)?
fn builtin_collection(obj: &PyObject, vm: &VirtualMachine, dunders: &[&str]) -> bool {
    let t = &vm.ctx.types;
    let cls = obj.class();
    let bases = [
        t.list_type,
        t.tuple_type,
        t.str_type,
        t.dict_type,
        t.set_type,
        t.frozenset_type,
        t.range_type,
        t.bytes_type,
        t.bytearray_type,
        t.dict_keys_type,
        t.dict_values_type,
        t.dict_items_type,
    ];
    bases.iter().any(|k| cls.is(*k))
        || array_type(cls)
        || derived_acting_as(cls, &bases, dunders, vm)
}

/// Is `cls` a class derived from one of the built-in types `bases` that does `dunders` as
/// that base does (none of them defined anew anywhere up its MRO)? One walk of its MRO
/// finds the base.
fn derived_acting_as(
    cls: &rustpython_vm::Py<PyType>,
    bases: &[&'static rustpython_vm::Py<PyType>],
    dunders: &[&str],
    vm: &VirtualMachine,
) -> bool {
    if !is_heap_type(cls) {
        return false;
    }
    let base = cls
        .mro
        .read()
        .iter()
        .find_map(|c| bases.iter().copied().find(|b| c.is(*b)));
    base.is_some_and(|base| acts_as(cls, base, dunders, vm))
}

/// Does class `cls`, derived from the built-in type `base`, do `dunders` as `base` does
/// (none of them defined anew anywhere up its MRO)?
fn acts_as(
    cls: &rustpython_vm::Py<PyType>,
    base: &rustpython_vm::Py<PyType>,
    dunders: &[&str],
    vm: &VirtualMachine,
) -> bool {
    cls.fast_issubclass(base)
        && dunders.iter().all(|d| {
            let name = vm.ctx.intern_str(*d);
            match (cls.get_attr(name), base.get_attr(name)) {
                (Some(a), Some(b)) => a.is(&b),
                (None, None) => true,
                _ => false,
            }
        })
}

/// `ord(s)` of a `str` of one character; -1 for anything else (a `bytes`, a longer
/// string: the interpreter calls `ord`).
fn obj_ord(handle: i32) -> i64 {
    with_object(handle, |vm, obj| {
        let s = obj.downcast_ref_if_exact::<rustpython_vm::builtins::PyStr>(vm)?;
        let mut chars = s.as_wtf8().code_points();
        let c = chars.next()?;
        chars.next().is_none().then(|| i64::from(c.to_u32()))
    })
    .flatten()
    .unwrap_or(-1)
}

/// `chr(i)` of an `int` (or a `bool`) in range, the value given as `obj_arg` takes one;
/// [`HANDLE_BAIL`] for anything else (the interpreter raises).
fn obj_chr(tag: i32, payload: i64, origin: i32) -> i32 {
    let Some(value) = handed_value(tag, payload, origin) else {
        return HANDLE_BAIL;
    };
    let made = with_state(|vm, _| {
        let t = &vm.ctx.types;
        if !(value.class().is(t.int_type) || value.class().is(t.bool_type)) {
            return None;
        }
        let code = value.downcast_ref::<rustpython_vm::builtins::PyInt>()?;
        let code = u32::try_from(code.as_bigint()).ok()?;
        let c = rustpython_vm::common::wtf8::CodePoint::from_u32(code)?;
        Some(vm.ctx.new_str(c).into())
    })
    .flatten();
    handle_or_bail(Some(made))
}

fn obj_len(handle: i32) -> i64 {
    with_object(handle, |vm, obj| {
        if !builtin_collection(obj, vm, &["__len__"]) {
            return -1;
        }
        obj.length(vm).map_or(-1, |n| n as i64)
    })
    .unwrap_or(-1)
}

/// How deep [`builtin_iterator`] looks through iterators that wrap iterators
/// (`enumerate(zip(a, b))`).
const WRAPPED_ITERATORS: usize = 4;

/// Is `obj` an iterator whose `next` is the VM's own code over data it holds, so that
/// advancing it runs no Python code and raises nothing: an iterator of a built-in
/// container, or `enumerate`/`zip` (not strict, which raises) over such iterators
/// (`for i, x in enumerate(xs)`, `for a, b in zip(xs, ys)`, `for x in reversed(xs)`)?
/// Subclasses never are: they may override `__next__`.
fn builtin_iterator(obj: &PyObject, vm: &VirtualMachine, depth: usize) -> bool {
    let t = &vm.ctx.types;
    let cls = obj.class();
    let plain = [
        t.list_iterator_type,
        t.list_reverseiterator_type,
        t.tuple_iterator_type,
        t.range_iterator_type,
        t.long_range_iterator_type,
        t.str_iterator_type,
        t.bytes_iterator_type,
        t.bytearray_iterator_type,
        t.set_iterator_type,
        t.dict_keyiterator_type,
        t.dict_valueiterator_type,
        t.dict_itemiterator_type,
        t.dict_reversekeyiterator_type,
        t.dict_reversevalueiterator_type,
        t.dict_reverseitemiterator_type,
    ];
    if plain.iter().any(|k| cls.is(*k)) {
        return true;
    }
    let wrapper = cls.is(t.enumerate_type) || cls.is(t.zip_type);
    if !wrapper || depth == 0 {
        return false;
    }
    // The wrapped iterators are private to the VM; `__reduce__` (its own code on these
    // exact types) names them: `(enumerate, (it, count))`, `(zip, (it, …))`, and a strict
    // zip `(zip, (it, …), True)`.
    let Ok(reduced) = vm.call_method(obj, "__reduce__", ()) else {
        return false;
    };
    let Some(reduced) = reduced.downcast_ref::<PyTuple>() else {
        return false;
    };
    let (Some(args), 2) = (reduced.as_slice().get(1), reduced.len()) else {
        return false;
    };
    let Some(args) = args.downcast_ref::<PyTuple>() else {
        return false;
    };
    let inner = if cls.is(t.enumerate_type) {
        &args.as_slice()[..args.len().min(1)]
    } else {
        args.as_slice()
    };
    !inner.is_empty() && inner.iter().all(|it| builtin_iterator(it, vm, depth - 1))
}

fn obj_iter(handle: i32) -> i32 {
    handle_or_bail(with_object(handle, |vm, obj| {
        if builtin_collection(obj, vm, &["__iter__"]) {
            return obj.get_iter(vm).ok().map(Into::into);
        }
        // `iter()` of an iterator is that iterator.
        builtin_iterator(obj, vm, WRAPPED_ITERATORS).then(|| obj.clone())
    }))
}

fn obj_next(handle: i32) -> i32 {
    let result = with_object(handle, |vm, iter| {
        // Only iterators `obj_iter` made or let through reach here: the VM's own, over
        // its own data ([`builtin_iterator`]).
        match rustpython_vm::protocol::PyIter::new(iter.clone()).next(vm) {
            Ok(rustpython_vm::protocol::PyIterReturn::Return(item)) => Some(Some(item)),
            Ok(rustpython_vm::protocol::PyIterReturn::StopIteration(_)) => Some(None),
            Err(_) => None,
        }
    })
    .flatten();
    match result {
        Some(Some(item)) => new_handle(item),
        Some(None) => NO_HANDLE,
        None => HANDLE_BAIL,
    }
}

fn obj_unpack(handle: i32, count: i32, index: i32) -> i32 {
    // Unpacking is the commonest host call of a loop over pairs.
    handle_from_state(|vm, state| unpacked_item(state.object(handle)?, count, index, vm))
}

/// Item `index` of a tuple or list `obj` that has exactly `count` items.
fn unpacked_item(
    obj: &PyObject,
    count: i32,
    index: i32,
    vm: &VirtualMachine,
) -> Option<PyObjectRef> {
    let (count, index) = (usize::try_from(count).ok()?, usize::try_from(index).ok()?);
    if obj.class().is(vm.ctx.types.tuple_type) {
        let items = obj.downcast_ref::<PyTuple>()?.as_slice();
        return (items.len() == count).then(|| items.get(index).cloned())?;
    }
    if !obj.class().is(vm.ctx.types.list_type) {
        return None;
    }
    // A list could change size under us only through Python code, which never runs
    // here; still, read it under its lock.
    let items = obj.downcast_ref::<PyList>()?.borrow_vec();
    (items.len() == count).then(|| items.get(index).cloned())?
}

fn obj_unbox(handle: i32) -> i64 {
    let unboxed = with_call(|vm, state, _| unboxed(state.object(handle)?, vm));
    let (tag, payload) = unboxed.unwrap_or((UNBOX_OTHER, 0));
    packed(tag, payload)
}

fn obj_unbox_tag() -> i32 {
    with_cell(|c| c.borrow().unbox_tag)
}

fn obj_unbox_payload() -> i64 {
    with_cell(|c| c.borrow().unbox_payload)
}

fn obj_truth(handle: i32) -> i32 {
    with_object(handle, |vm, obj| {
        let cls = obj.class();
        if crate::python::convert::kind_of(obj, vm).is_some()
            || builtin_collection(obj, vm, &["__bool__", "__len__"])
        {
            return obj.to_owned().is_true(vm).map_or(-1, i32::from);
        }
        if is_heap_type(cls) {
            let has = |name: &str| cls.get_attr(vm.ctx.intern_str(name)).is_some();
            // An instance is true unless its class says otherwise (in Python code).
            return if has("__bool__") || has("__len__") {
                -1
            } else {
                1
            };
        }
        -1
    })
    .unwrap_or(-1)
}

fn obj_is(a: i32, b: i32) -> i32 {
    let other = with_cell(|c| {
        let state = c.borrow();
        let index = usize::try_from(b).ok()?.checked_sub(1)?;
        state.handles.get(index)?.clone()
    });
    with_object(a, |_, obj| other.map_or(0, |o| i32::from(obj.is(&o)))).unwrap_or(0)
}

fn obj_is_none(handle: i32) -> i32 {
    with_object(handle, |vm, obj| i32::from(vm.is_none(obj))).unwrap_or(0)
}

fn obj_box(tag: i32, payload: i64) -> i32 {
    let vm = with_cell(|c| c.borrow().vm);
    let Some(vm) = vm else {
        return HANDLE_BAIL;
    };
    // SAFETY: as in `with_object`.
    let vm = unsafe { &*vm };
    handle_or_bail(Some(value_object(tag, payload, vm)))
}

/// The object for a handed-over value (a handle is borrowed: a new reference): the
/// call's argument `origin - 1` itself when the value may be it unchanged and the
/// argument is of the value's kind (as the interpreter would have it), else a new one.
fn handed_value(tag: i32, payload: i64, origin: i32) -> Option<PyObjectRef> {
    if tag == Kind::Object.tag() {
        // The handle's object (an argument's handle is that argument itself).
        return with_cell(|c| c.borrow().object(i32::try_from(payload).ok()?).cloned());
    }
    let vm = with_cell(|c| c.borrow().vm)?;
    // SAFETY: as in `with_object`.
    let vm = unsafe { &*vm };
    let arg = usize::try_from(origin)
        .ok()
        .and_then(|o| o.checked_sub(1))
        .filter(|i| *i < crate::jit::alias::MAX_PARAMS)
        .and_then(|i| {
            let args = with_cell(|c| c.borrow().args)?;
            // SAFETY: set by `CallScope::open` from the arguments of the call running
            // now, which outlive it.
            unsafe { &*args }.get(i).cloned()
        });
    if let Some(arg) = arg {
        let kind = crate::python::convert::kind_of(&arg, vm);
        if kind.is_some_and(|k| k.tag() == tag) {
            return Some(arg);
        }
    }
    value_object(tag, payload, vm)
}

fn with_handover(f: impl FnOnce(&mut Handover)) {
    with_cell(|c| f(c.borrow_mut().resume.get_or_insert_with(Box::default)));
}

fn resume_var(var: i32, tag: i32, payload: i64, origin: i32) {
    let value = handed_value(tag, payload, origin);
    let method = tag == Kind::Object.tag()
        && i32::try_from(payload).is_ok_and(|h| with_cell(|c| c.borrow().methods.contains(&h)));
    with_handover(|h| {
        if let (Ok(v), Some(value)) = (u32::try_from(var), value) {
            h.vars.insert(v, value);
            if method {
                h.methods.insert(v);
            }
        }
    });
}

fn resume_at(point: i32, reason: i32, func: i32) {
    with_cell(|c| {
        let mut state = c.borrow_mut();
        let mut handover = state.resume.take().unwrap_or_default();
        handover.at = u32::try_from(point).ok().map(|p| (p, reason));
        handover.func = u32::try_from(func).unwrap_or(u32::MAX);
        // What a call of this function's left for the interpreter is this level's.
        handover.raised = state.raised.take();
        handover.deep = std::mem::take(&mut state.deep);
        handover.returned = state.returned.take();
        state.levels.push(*handover);
    });
}

/// Which of the unit's functions the method `handle` is (`ObjImport::FunctionOf`), as
/// `obj_getmethod` found it on an object's class (a call of it takes the object first):
/// its `code::FunctionId`, or 0.
fn obj_functionof(handle: i32) -> i64 {
    with_cell(|c| {
        let state = c.borrow();
        if !state.methods.contains(&handle) {
            return 0;
        }
        let (Some(obj), Some((unit, _))) = (state.object(handle), state.calls_at.as_ref()) else {
            return 0;
        };
        unit.functions
            .iter()
            .find(|(_, f)| f.is(obj))
            .map_or(0, |(id, _)| id.0 as i64)
    })
}

/// `obj.name` is the method `function` of the unit (`ObjImport::CheckMethod`): once the
/// object's class (at its version) was seen to find that function, only the instance's
/// `__dict__` is looked at.
fn obj_checkmethod(handle: i32, name: i32, function: i64) -> i32 {
    let found = with_call(|vm, state, table| {
        let (index, name) = table.name(name)?;
        let obj = state.object(handle)?;
        let learnt = table.method.get(index)?;
        let key = class_key(obj.class());
        if key.1 != 0 && learnt.get() == (key.0, key.1, function) {
            let shadowed = match obj.dict() {
                Some(dict) => dict.get_item_opt(name, vm).ok()?.is_some(),
                None => false,
            };
            return Some(!shadowed);
        }
        let (unit, _) = state.calls_at.as_ref()?;
        let expected = unit.function(crate::jit::code::FunctionId(function as u64))?;
        let found = calls::is_method(obj, name, expected, vm);
        let key = class_key(obj.class());
        if found && key.1 != 0 && generic_getattr(obj.class(), vm) {
            learnt.set((key.0, key.1, function));
        }
        Some(found)
    });
    found.map_or(0, i32::from)
}

/// Does `lhs op rhs` call the method `function` of `lhs`'s class first (the method
/// `name` found on the class, as `BINARY_OP` finds it, and `rhs`, unless
/// [`NO_HANDLE`], not an instance of a proper subclass, whose reflected method could go
/// first)? 1 or 0. The class is learnt as for methods.
fn obj_checkoperator(lhs: i32, rhs: i32, name: i32, function: i64) -> i32 {
    let found = with_call(|vm, state, table| {
        let (index, name) = table.name(name)?;
        let cls = state.object(lhs)?.class();
        // A built-in type's operators are its own (a number, a string…).
        if !is_heap_type(cls) {
            return Some(false);
        }
        if rhs != NO_HANDLE {
            let other = state.object(rhs)?.class();
            if !other.is(cls) && other.fast_issubclass(cls) {
                return Some(false);
            }
        }
        let learnt = table.method.get(index)?;
        let key = class_key(cls);
        if key.1 != 0 && learnt.get() == (key.0, key.1, function) {
            return Some(true);
        }
        let (unit, _) = state.calls_at.as_ref()?;
        let expected = unit.function(crate::jit::code::FunctionId(function as u64))?;
        let found = cls.get_attr(name).is_some_and(|f| f.is(expected));
        // Learnt only where `obj_checkmethod` may trust it too (the cell is shared).
        if found && key.1 != 0 && generic_getattr(cls, vm) {
            learnt.set((key.0, key.1, function));
        }
        Some(found)
    });
    found.map_or(0, i32::from)
}

/// The function object the running unit knows by identity `id` (a `code::FunctionId`
/// as an import's `i64`).
fn unit_function(id: i64) -> Option<PyObjectRef> {
    with_cell(|c| {
        let state = c.borrow();
        let (unit, _) = state.calls_at.as_ref()?;
        unit.function(crate::jit::code::FunctionId(id as u64))
            .cloned()
    })
}

/// `obj.name = value` the way `object.__setattr__` does it, where that runs no Python
/// code of the class's: an instance with a `__dict__`, a class without `__setattr__` of
/// its own and without a descriptor of that name (no property); a `__slots__` member; or
/// a class attribute of a plain class. Replacing the old value may run its `__del__`, as
/// it would in the interpreter at this point.
fn setattr_pure(
    obj: &PyObjectRef,
    name: &'static PyStrInterned,
    value: PyObjectRef,
    vm: &VirtualMachine,
) -> Option<()> {
    let cls = obj.class();
    if let Some(class) = obj.downcast_ref::<PyType>() {
        // `Counter.total += 1`: `type.__setattr__` of a class of the program's made the
        // plain way (metaclass `type`) is the VM's own code (the class gets a new version
        // tag, so what was learnt of it is forgotten).
        let plain = cls.is(vm.ctx.types.type_type) && is_heap_type(class);
        return plain.then(|| obj.set_attr(name, value, vm).ok()).flatten();
    }
    if !generic_setattr(cls, vm) {
        return None;
    }
    if let Some(descr) = cls.get_attr(name) {
        // A `__slots__` member is written as the interpreter writes it; any other
        // descriptor (a property…) is the interpreter's.
        let dclass = descr.class();
        if !dclass.is(vm.ctx.types.member_descriptor_type) {
            return None;
        }
        let set = dclass.slots.descr_set.load()?;
        return set(
            &descr,
            obj.clone(),
            rustpython_vm::function::PySetterValue::Assign(value),
            vm,
        )
        .ok();
    }
    let dict = obj.dict()?;
    dict.set_item(name, value, vm).ok()
}

/// `list[index] = value`, counted from the end when `index` is negative; the value back
/// (nothing stored) when out of range.
fn store_at(list: &PyList, index: i64, value: PyObjectRef) -> Result<(), PyObjectRef> {
    let mut items = list.borrow_vec_mut();
    let Some(slot) = position(items.len(), index).and_then(|at| items.get_mut(at)) else {
        return Err(value);
    };
    let old = std::mem::replace(slot, value);
    drop(items);
    // The old item is released after the list is unlocked (its `__del__` may run).
    drop(old);
    Ok(())
}

/// `obj[key] = value` for a `list` (an `int` index in range) or a `dict` (a key hashed
/// and compared by the VM's own code), and the other stores that run no Python code.
fn setitem_pure(
    obj: &PyObjectRef,
    key: &PyObjectRef,
    value: PyObjectRef,
    vm: &VirtualMachine,
) -> Option<()> {
    let cls = obj.class();
    let t = &vm.ctx.types;
    let list_like = cls.is(t.list_type)
        || (is_heap_type(cls) && acts_as(cls, t.list_type, &["__setitem__"], vm));
    if list_like && (key.class().is(t.int_type) || key.class().is(t.bool_type)) {
        let index = i64::try_from(key.downcast_ref::<PyInt>()?.as_bigint()).ok()?;
        return store_at(obj.downcast_ref::<PyList>()?, index, value).ok();
    }
    if cls.is(t.dict_type) && plain_key(key, vm) {
        let dict = obj.downcast_ref::<PyDict>()?;
        return dict.set_item(&**key, value, vm).ok();
    }
    // `xs[i:j] = ys` from a list or tuple: the VM's own code, which stores nothing where
    // it raises (an extended slice of another length); the old items are released as the
    // interpreter's store releases them.
    let sequence = |o: &PyObject| o.class().is(t.list_type) || o.class().is(t.tuple_type);
    if cls.is(t.list_type) && int_slice(key, vm) && sequence(&value) {
        return obj.set_item(&**key, value, vm).ok();
    }
    // `data[i] = 1.5` in an `array.array`: the VM's own code, which stores nothing where
    // it raises (a value of another type, an index out of range).
    if array_type(cls) && int_index(key, vm) {
        return obj.set_item(&**key, value, vm).ok();
    }
    // `sieve[i] = 0`: the VM's own code, which stores nothing where it raises (an index
    // out of range, a value not in 0..256); the interpreter then raises it.
    if cls.is(t.bytearray_type) && (key.class().is(t.int_type) || key.class().is(t.bool_type)) {
        return obj.set_item(&**key, value, vm).ok();
    }
    None
}

fn obj_setattr(handle: i32, arg: i32, tag: i32, payload: i64, origin: i32) -> i32 {
    let quiet = arg & crate::jit::abi::STORE_QUIET != 0;
    let (name, general, point) = crate::jit::abi::attr_parts(arg);
    // What the store needs, under one borrow; the store itself runs outside it (the old
    // value's `__del__` may run Python code, even compiled code).
    let Some((vm, obj, name, table, index)) = with_call(|vm, state, table| {
        let (index, name) = table.name(name)?;
        let obj = state.object(handle)?.clone();
        let table = state.names.clone()?;
        Some((vm as *const VirtualMachine, obj, name, table, index))
    }) else {
        return -1;
    };
    // SAFETY: as in `with_object`.
    let vm = unsafe { &*vm };
    // `mod.f = g` on the module the unit's globals are (or on `builtins`) may rebind a
    // global the compiled code relies on: the interpreter stores it (and goes on).
    if obj
        .downcast_ref::<rustpython_vm::builtins::PyModule>()
        .is_some()
        && obj
            .dict()
            .is_some_and(|d| rebinds_globals(d.as_object(), vm))
    {
        return -1;
    }
    let Some(learnt) = table.plain_set.get(index) else {
        return -1;
    };
    let key = class_key(obj.class());
    if quiet && !releases_quietly(&obj, name, learnt.holds(key), vm) {
        return crate::jit::abi::STORE_NOT_QUIET;
    }
    let Some(value) = handed_value(tag, payload, origin) else {
        return -1;
    };
    let slot = table
        .learnt_slot(index)
        .filter(|_| generic_setattr(obj.class(), vm));
    // A `__slots__` member of the class's is written where it lies; the old value is
    // released once the store is done (its `__del__` may run).
    let value = match slot {
        Some(slot) => match slot.set(&obj, value) {
            Ok(old) => {
                drop(old);
                return 0;
            }
            Err(value) => value,
        },
        None => value,
    };
    let done = if learnt.holds(key) {
        obj.dict()
            .and_then(|dict| dict.set_item(name, value, vm).ok())
    } else {
        let general_value = general.then(|| value.clone());
        let done = setattr_pure(&obj, name, value, vm);
        let cls = obj.class();
        if done.is_some() && obj.downcast_ref::<PyType>().is_none() {
            let found = cls.get_attr(name);
            let key = class_key(cls);
            match found {
                _ if key.1 == 0 => {}
                None if obj.dict().is_some() => learnt.learn(key),
                Some(d) => table.learn_slot(index, &d, key),
                None => {}
            }
        }
        match (done, general_value) {
            // A property's setter, a `__setattr__`: run as `STORE_ATTR` runs it; if it
            // raises, the exception waits for the interpreter at the instruction.
            (None, Some(value)) => calls::run_operator(
                point,
                vm,
                || obj.set_attr(name, value, vm).map(|()| vm.ctx.none()),
                |_| Some(()),
            ),
            (done, _) => done,
        }
    };
    if done.is_some() {
        0
    } else {
        -1
    }
}

/// Would storing into `obj.name` (held in the instance's `__dict__` if `in_dict`) release
/// nothing whose release may run Python code? The old value is released only if nothing
/// else holds it (the attribute and the reference taken here do); a number, a string or
/// a tuple of those runs nothing when released (no `__del__`, no weak references). Kept
/// out of line: only stores marked quiet ask.
#[cold]
#[inline(never)]
fn releases_quietly(
    obj: &PyObjectRef,
    name: &'static PyStrInterned,
    in_dict: bool,
    vm: &VirtualMachine,
) -> bool {
    let old = if in_dict {
        obj.dict()
            .and_then(|d| d.get_item_opt(name, vm).ok().flatten())
    } else {
        getattr_pure(obj, name, vm)
    };
    let Some(old) = old else {
        return true;
    };
    let t = &vm.ctx.types;
    let inert = |o: &PyObject| {
        let cls = o.class();
        [
            t.int_type,
            t.bool_type,
            t.float_type,
            t.none_type,
            t.str_type,
            t.bytes_type,
        ]
        .iter()
        .any(|c| cls.is(*c))
    };
    if old.strong_count() > 2 || inert(&old) {
        return true;
    }
    old.downcast_ref::<PyTuple>()
        .filter(|_| old.class().is(t.tuple_type))
        .is_some_and(|t| t.as_slice().iter().all(|item| inert(item)))
}

/// Is `obj` the dictionary of the module the running unit's guards read, or the
/// builtins' (a store into it may rebind a global compiled code relies on)?
fn rebinds_globals(obj: &PyObject, vm: &VirtualMachine) -> bool {
    // (A module's dictionary is an exact dict: most stores are told apart by that.)
    obj.class().is(vm.ctx.types.dict_type)
        && with_cell(|c| {
            c.borrow().guards.as_ref().is_some_and(|g| {
                obj.is(g.globals.as_object()) || obj.is(vm.builtins.dict().as_object())
            })
        })
}

/// `del obj[key]`: a dict's key (hashed and compared by the VM's own code) or a list's
/// item by an `int` at once; anything else (a class's `__delitem__`, a `KeyError`, an
/// `IndexError`) as the interpreter's `DELETE_SUBSCR` runs it, where compiled code may
/// resume after it (`op`, as for `obj_getitem`). 0, or -1 where the interpreter must.
/// The removed value is released after the container is unlocked (its `__del__` may run).
fn obj_delitem(handle: i32, key_tag: i32, key: i64, op: i32) -> i32 {
    let done = with_object(handle, |vm, obj| {
        if rebinds_globals(obj, vm) {
            // `del globals()[name]` unbinds a global the compiled code may rely on.
            return None;
        }
        let key = value_object(key_tag, key, vm)?;
        let t = &vm.ctx.types;
        let plain = (obj.class().is(t.dict_type) && plain_key(&key, vm))
            || (obj.class().is(t.list_type)
                && (key.class().is(t.int_type) || key.class().is(t.bool_type)));
        if plain {
            if let Ok(()) = obj.del_item(&*key, vm) {
                return Some(());
            }
        }
        let code = calls::OperatorCode::of(op);
        code.general.then(|| {
            calls::run_operator(
                code.point,
                vm,
                || obj.del_item(&*key, vm).map(|()| vm.ctx.none()),
                |_| Some(()),
            )
        })?
    })
    .flatten();
    if done.is_some() {
        0
    } else {
        -1
    }
}

fn obj_setitem(
    handle: i32,
    key_tag: i32,
    key: i64,
    tag: i32,
    payload: i64,
    origin: i32,
    op: i32,
) -> i32 {
    let value = handed_value(tag, payload, origin);
    let int_key = (key_tag == Kind::Int.tag()).then_some(key);
    let done = setitem_by(handle, value, int_key, op, |vm| {
        value_object(key_tag, key, vm)
    });
    done.map_or(-1, |()| 0)
}

/// `obj[start:stop] = value` (`STORE_SLICE`): as [`obj_setitem`] by the slice
/// [`obj_getslice`] makes.
#[allow(clippy::too_many_arguments)] // (The import's own parameters.)
fn obj_setslice(
    handle: i32,
    start_tag: i32,
    start: i64,
    stop_tag: i32,
    stop: i64,
    tag: i32,
    payload: i64,
    origin: i32,
    op: i32,
) -> i32 {
    let value = handed_value(tag, payload, origin);
    let done = setitem_by(handle, value, None, op, |vm| {
        slice_of((start_tag, start), (stop_tag, stop), vm)
    });
    done.map_or(-1, |()| 0)
}

/// [`obj_setitem`] by the key `key` makes (`int_key`: the key is that unboxed `int`).
fn setitem_by(
    handle: i32,
    value: Option<PyObjectRef>,
    int_key: Option<i64>,
    op: i32,
    key: impl FnOnce(&VirtualMachine) -> Option<PyObjectRef>,
) -> Option<()> {
    with_object(handle, |vm, obj| {
        let mut value = value?;
        // An exact list by an unboxed int: no index object to make.
        if let Some(index) = int_key {
            if obj.class().is(vm.ctx.types.list_type) {
                match store_at(obj.downcast_ref::<PyList>()?, index, value) {
                    Ok(()) => return Some(()),
                    // Out of range: the interpreter's `IndexError`, below.
                    Err(back) => value = back,
                }
            }
        }
        if rebinds_globals(obj, vm) {
            // `globals()[name] = f` may rebind a global the compiled code relies on,
            // which only a call is checked for: the interpreter stores it (and goes on).
            return None;
        }
        let key = key(vm)?;
        if let Some(done) = setitem_pure(obj, &key, value.clone(), vm) {
            return Some(done);
        }
        // A class's `__setitem__`, an index out of range: as the interpreter's
        // `STORE_SUBSCR` runs it, where compiled code may resume after it.
        let code = calls::OperatorCode::of(op);
        code.general.then(|| {
            calls::run_operator(
                code.point,
                vm,
                || obj.set_item(&*key, value, vm).map(|()| vm.ctx.none()),
                |_| Some(()),
            )
        })?
    })
    .flatten()
}
