//! The gate: the object a user function's entry prologue (python/prologue.rs) calls on
//! every call, one per `def` compiled in this session and stored as the last constant of
//! the function's code object. This module owns what a gate *is* and how to find one;
//! what it does when called lives in python/dispatch.rs.

use std::cell::{Cell, RefCell};
use std::collections::BTreeSet;
use std::fmt;
use std::rc::Rc;

use rustpython_vm::builtins::{PyCode, PyFunction};
use rustpython_vm::types::{Callable, Representable};
use rustpython_vm::{
    pyclass, AsObject, Py, PyObject, PyObjectRef, PyPayload, PyRef, PyResult, VirtualMachine,
};

use crate::jit::code::{CodeInfo, FunctionId};
use crate::jit::decode::{self, Op};
use crate::tier::state::FunctionTier;

use super::tiering::{Tiering, Variant};

/// A user function's tier-1 dispatcher (see python/dispatch.rs).
#[pyclass(module = false, name = "pave_gate")]
#[derive(PyPayload)]
pub(crate) struct Dispatcher {
    pub(super) tiering: Rc<Tiering>,
    /// Its telemetry record.
    pub(super) record: usize,
    /// The code tier 1 compiles (as RustPython emitted it, without the prologue).
    pub(super) code: Rc<CodeInfo>,
    /// Whether its body loops (then it compiles at its first call).
    pub(super) has_loop: bool,
    /// The most instructions a call of it runs if it has no loop and calls nothing (its
    /// longest path): entered from the interpreter, such a function costs more compiled
    /// than interpreted when short ([`crate::tier::SHORT_LEAF_OPS`]).
    pub(super) leaf_ops: Option<usize>,
    /// Where the entry prologue starts in the function's code (none for a lifted loop,
    /// which is only ever called from `__pave_loop__`).
    pub(super) prologue: Option<super::prologue::Inserted>,
    /// Whether the prologue has been turned into a jump over itself.
    pub(super) settled: Cell<bool>,
    /// The state machine (tier/state.rs).
    pub(super) tier: RefCell<FunctionTier>,
    /// Its compiled specialisations, with their live guards.
    pub(super) variants: Rc<RefCell<Vec<Variant>>>,
    /// Compile without loads unboxed by the host (one met a non-number).
    pub(super) no_fusion: Cell<bool>,
    /// Compile calling every method through the host (a direct call met an object of
    /// another class).
    pub(super) no_direct: Cell<bool>,
    /// Compile loading every attribute through the host (a store that loads compiled
    /// away relied on would have released an object with a `__del__`).
    pub(super) no_forwarding: Cell<bool>,
    /// Calls before which it is not compiled again (a loop over objects waits for the
    /// policy's threshold rather than compiling at its first call).
    pub(super) defer_until: Cell<u64>,
    /// Functions its modules must call in frames of their own, not compile in: they
    /// called Python code, which may look at its caller's frame.
    pub(super) own_frames: RefCell<BTreeSet<FunctionId>>,
    /// Globals its modules load when the code runs, not as constants: they were
    /// rebound between calls (a guard on one failed).
    pub(super) unstable_globals: RefCell<BTreeSet<String>>,
    /// Its code's constants as the interpreter loads them, by index (the gate left
    /// out): what a module's `ObjOp::Constant` handles stand for. Set once the code
    /// object exists.
    pub(super) constants: std::cell::OnceCell<Vec<PyObjectRef>>,
}

impl fmt::Debug for Dispatcher {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Dispatcher")
            .field("name", &self.code.qualname)
            .finish_non_exhaustive()
    }
}

impl Dispatcher {
    /// A dispatcher for `code`, reported under `name` and `line`, whose gate the prologue
    /// at `prologue` calls.
    pub(crate) fn new(
        tiering: &Rc<Tiering>,
        code: CodeInfo,
        name: &str,
        line: u32,
        prologue: Option<super::prologue::Inserted>,
        vm: &VirtualMachine,
    ) -> PyRef<Dispatcher> {
        let insns = decode::decode(&code.code).unwrap_or_default();
        let has_loop = insns
            .iter()
            .any(|i| matches!(i.op, Op::Jump(t) if t <= i.at));
        let calls = insns
            .iter()
            .any(|i| matches!(i.op, Op::Call(_) | Op::CallKw(_)));
        let leaf_ops =
            (!insns.is_empty() && !has_loop && !calls).then(|| decode::longest_path(&insns));
        // A call compiled code makes into it directly can go on in the interpreter
        // only if its code has a trampoline to resume in (the prologue keeps one).
        let mut code = code;
        code.resumable = prologue.is_some();
        let variants = Rc::new(RefCell::new(Vec::new()));
        tiering.register_variants(&variants);
        Dispatcher {
            record: tiering.rt.record_for(name, line),
            tiering: tiering.clone(),
            code: Rc::new(code),
            has_loop,
            leaf_ops,
            prologue,
            settled: Cell::new(false),
            tier: RefCell::new(FunctionTier::default()),
            variants,
            no_fusion: Cell::new(false),
            no_direct: Cell::new(false),
            no_forwarding: Cell::new(false),
            defer_until: Cell::new(0),
            own_frames: RefCell::new(BTreeSet::new()),
            unstable_globals: RefCell::new(BTreeSet::new()),
            constants: std::cell::OnceCell::new(),
        }
        .into_ref(&vm.ctx)
    }

    /// The dispatcher of `func`, a plain function whose code has an entry prologue.
    pub(crate) fn of(func: &PyObject, vm: &VirtualMachine) -> Option<PyRef<Dispatcher>> {
        func.downcast_ref::<PyFunction>()?;
        let code = func.get_attr("__code__", vm).ok()?;
        Self::of_code(code.downcast_ref::<PyCode>()?).map(|d| d.to_owned())
    }

    /// The dispatcher whose gate `code` carries (its last constant), if it has one.
    pub(crate) fn of_code(code: &Py<PyCode>) -> Option<&Py<Dispatcher>> {
        let last = code.code.constants.last()?;
        let obj: &PyObject = std::borrow::Borrow::borrow(last);
        obj.downcast_ref::<Dispatcher>()
    }

    /// The telemetry record of the function whose code is `code`, if it has a gate.
    pub(crate) fn record_of(code: &Py<PyCode>) -> Option<usize> {
        Self::of_code(code).map(|d| d.record)
    }

    /// Learn its code's constants (`code` without the gate, or a lifted loop's).
    pub(crate) fn set_constants(&self, constants: Vec<PyObjectRef>) {
        // Only the first code object made for it counts; later ones are copies.
        let _ = self.constants.set(constants);
    }

    /// Constant `n` of its code, as the interpreter loads it.
    pub(crate) fn constant(&self, n: u32) -> Option<&PyObjectRef> {
        self.constants.get()?.get(n as usize)
    }

    /// The code tier 1 compiles (without the prologue).
    pub(crate) fn code(&self) -> Rc<CodeInfo> {
        self.code.clone()
    }

    /// Identity of this function for the compiler: its code's dispatcher, so that every
    /// function object of one `def` (and a function given this code) is the same callee.
    pub(crate) fn id(zelf: &Py<Self>) -> FunctionId {
        FunctionId(zelf.as_object().get_id() as u64)
    }

    /// Why this function must not be compiled into another's module, if it must not:
    /// `pave.nojit`, or tier 1 gave up on it.
    pub(crate) fn excluded(&self) -> Option<&'static str> {
        self.tier.borrow().excluded()
    }
}

#[pyclass(with(Callable, Representable))]
impl Dispatcher {}

impl Representable for Dispatcher {
    fn repr_str(zelf: &Py<Self>, _vm: &VirtualMachine) -> PyResult<String> {
        Ok(format!("<pave gate of {}>", zelf.code.qualname))
    }
}
