//! The dispatcher of one user function (one `def` compiled in this session): the gate its
//! entry prologue calls (python/prologue.rs), and the way into its compiled code.
//!
//! A dispatcher is the gate object itself, a constant of the function's code object.
//! `gate(*params)` runs the call in tier 1 and returns its result, or returns the gate
//! itself, and the interpreter goes on with the function's own body in the same frame.
//! Until the function is hot it only counts calls and argument kinds. When tier 1 cannot
//! take the function (its body, or arguments that are objects call after call), the
//! dispatcher *settles* it: the prologue becomes one jump over itself, and from then on
//! the function costs what it costs without Pave, give or take one instruction.
//!
//! The function object is never replaced, so Python sees a plain function, and a call
//! that stays in tier 0 recurses no deeper natively than without Pave.

use std::cell::{Cell, RefCell};
use std::fmt;
use std::rc::Rc;

use rustpython_vm::builtins::{PyCode, PyDictRef};
use rustpython_vm::function::FuncArgs;
use rustpython_vm::types::{Callable, Representable};
use rustpython_vm::{
    pyclass, AsObject, Py, PyObject, PyObjectRef, PyPayload, PyRef, PyResult, VirtualMachine,
};

use crate::jit::abi::{BailReason, Status};
use crate::jit::code::{CodeInfo, FunctionId};
use crate::jit::error::CompileError;
use crate::jit::kinds::Kinds;
use crate::telemetry::{Reason, ReasonKind, TierState};
use crate::tier::{self, MAX_COMPILES, MAX_VARIANTS};

use super::convert;
use super::globals::PyGlobals;
use super::tiering::{Tiering, Variant};

/// A user function's tier-1 dispatcher (see the module doc).
#[pyclass(module = false, name = "pave_gate")]
#[derive(PyPayload)]
pub(crate) struct Dispatcher {
    tiering: Rc<Tiering>,
    record: usize,
    code: Rc<CodeInfo>,
    has_loop: bool,
    /// Where the entry prologue starts in the function's code (none for a lifted loop,
    /// which is only ever called from `__pave_loop__`).
    prologue_at: Option<u32>,
    /// Whether the prologue has been turned into a jump over itself.
    settled: Cell<bool>,
    state: RefCell<State>,
}

/// The mutable side of a dispatcher.
#[derive(Default)]
struct State {
    profile: tier::Profile,
    variants: Vec<Variant>,
    forced: bool,
    disabled: bool,
    /// Why it stays in tier 0 for good.
    given_up: Option<Reason>,
    /// Calls whose arguments tier 1 cannot take (objects), since the last settling.
    object_calls: u64,
    entries: u64,
    bails: u64,
    compiles: u32,
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
    /// at code unit `prologue_at` calls.
    pub(crate) fn new(
        tiering: &Rc<Tiering>,
        code: CodeInfo,
        name: &str,
        line: u32,
        prologue_at: Option<u32>,
        vm: &VirtualMachine,
    ) -> PyRef<Dispatcher> {
        let has_loop = crate::jit::decode::decode(&code.code)
            .map(|insns| {
                insns
                    .iter()
                    .any(|i| matches!(i.op, crate::jit::decode::Op::Jump(t) if t <= i.at))
            })
            .unwrap_or(false);
        let record = tiering.record_for(name, line);
        Dispatcher {
            tiering: tiering.clone(),
            record,
            code: Rc::new(code),
            has_loop,
            prologue_at,
            settled: Cell::new(false),
            state: RefCell::new(State::default()),
        }
        .into_ref(&vm.ctx)
    }

    /// The dispatcher of `func`, a plain function whose code has an entry prologue.
    pub(crate) fn of(func: &PyObject, vm: &VirtualMachine) -> Option<PyRef<Dispatcher>> {
        func.downcast_ref::<rustpython_vm::builtins::PyFunction>()?;
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
    pub(crate) fn excluded(&self) -> Option<String> {
        let state = self.state.borrow();
        if state.disabled {
            Some("marked pave.nojit".to_owned())
        } else {
            state
                .given_up
                .as_ref()
                .map(|_| "tier 1 gave up on".to_owned())
        }
    }

    /// `pave.jit`: compile at the next call, asking the gate again if the function had
    /// settled in tier 0 (`code` is the code object whose gate this is).
    pub(crate) fn force(&self, code: &Py<PyCode>) {
        let mut state = self.state.borrow_mut();
        state.forced = true;
        state.disabled = false;
        state.given_up = None;
        state.object_calls = 0;
        drop(state);
        if let Some(at) = self.prologue_at {
            if super::prologue::unsettle(&code.code.instructions, at) {
                self.settled.set(false);
                self.tiering.update(self.record, |r| r.settled = false);
            }
        }
    }

    /// `pave.nojit`: never compile (settled at the next call).
    pub(crate) fn disable(&self) {
        let mut state = self.state.borrow_mut();
        state.disabled = true;
        self.drop_variants(&mut state);
        self.tiering.update(self.record, |r| {
            r.state = TierState::Disabled;
            r.reason = Some(Reason::new(ReasonKind::NoJit, ""));
        });
    }

    /// Run a call in tier 1 only (compiling now if needed), in `globals`; `None` if it did
    /// not run there, in which case nothing happened (compiled code has no side effects).
    pub(crate) fn call_compiled_only(
        zelf: &Py<Self>,
        args: &[PyObjectRef],
        globals: &PyDictRef,
        vm: &VirtualMachine,
    ) -> PyResult<Option<PyObjectRef>> {
        zelf.state.borrow_mut().forced = true;
        let result = match convert::kinds_of(args, vm) {
            Some(kinds) => zelf.try_compiled(zelf, &kinds, args, globals, vm)?,
            None => None,
        };
        if result.is_none() {
            // The caller runs the original code in the interpreter instead.
            zelf.tiering.update(zelf.record, |r| r.calls.interp += 1);
        }
        Ok(result)
    }

    /// Global names the compiled code relies on (its guards).
    pub(crate) fn guarded_globals(&self) -> Vec<String> {
        self.state
            .borrow()
            .variants
            .iter()
            .flat_map(|v| v.guards.iter().filter_map(|g| g.global_name()))
            .collect()
    }

    /// Undo the count of the last compiled call (its results were not used and the
    /// interpreter runs the code instead).
    pub(crate) fn uncount_compiled_call(&self) {
        self.tiering.update(self.record, |r| {
            r.calls.jit = r.calls.jit.saturating_sub(1);
            r.calls.interp += 1;
        });
    }

    /// Give up on compiling this function, for `reason`.
    pub(crate) fn refuse(&self, reason: Reason) {
        self.give_up(reason, TierState::NotCompilable);
    }

    fn drop_variants(&self, state: &mut State) {
        for v in state.variants.drain(..) {
            self.tiering.release(v.module);
        }
    }

    /// `gate(*params)`: the call's result from tier 1, or the gate for the interpreter.
    fn enter(zelf: &Py<Self>, args: &[PyObjectRef], vm: &VirtualMachine) -> PyResult<PyObjectRef> {
        zelf.tiering.tick(vm)?;
        let policy = zelf.tiering.policy.get();
        let result = if vm.use_tracing.get() {
            // sys.settrace / sys.setprofile see every call and line: the interpreter's.
            None
        } else if !policy.enabled {
            if !zelf.tiering.profiling() {
                zelf.settle(vm, None);
            }
            None
        } else if zelf.settles_now() {
            zelf.settle(vm, None);
            None
        } else {
            match convert::kinds_of(args, vm) {
                Some(kinds) => {
                    let globals = vm.current_globals();
                    zelf.try_compiled(zelf, &kinds, args, &globals, vm)?
                }
                None => {
                    zelf.object_call(args, vm);
                    None
                }
            }
        };
        match result {
            Some(value) => Ok(value),
            None => {
                zelf.tiering.update(zelf.record, |r| r.calls.interp += 1);
                Ok(zelf.to_owned().into())
            }
        }
    }

    /// Has tier 1 given up on this function (or been told to)?
    fn settles_now(&self) -> bool {
        let state = self.state.borrow();
        state.disabled || state.given_up.is_some()
    }

    /// Turn the prologue of the function running now into a jump over itself, with
    /// `reason` for the report (if it says something new). Only the code object running
    /// now is patched: the one whose prologue called this gate.
    fn settle(&self, vm: &VirtualMachine, reason: Option<Reason>) {
        if self.settled.get() {
            return;
        }
        let Some(at) = self.prologue_at else {
            return;
        };
        let Some(code) = rustpython_vm::frame::current_code() else {
            return;
        };
        let ours = Dispatcher::of_code(&code).is_some_and(|d| std::ptr::eq(&**d, self));
        if !ours || !super::prologue::settle(&code.code.instructions, at) {
            return;
        }
        let _ = vm;
        self.settled.set(true);
        self.tiering.update(self.record, |r| {
            r.settled = true;
            if let Some(reason) = reason {
                r.reason = Some(reason);
            }
        });
    }

    /// A call with arguments tier 1 cannot take: after enough of them (and no compiled
    /// code that calls enter often), settle in tier 0 for the rest of the run.
    fn object_call(&self, args: &[PyObjectRef], vm: &VirtualMachine) {
        let mut state = self.state.borrow_mut();
        state.profile.calls += 1;
        state.object_calls += 1;
        if !tier::settles(state.object_calls, state.entries) {
            return;
        }
        let what = args
            .iter()
            .zip(&self.code.varnames)
            .find(|(a, _)| convert::kind_of(a, vm).is_none())
            .map(|(a, name)| format!("`{name}` is a {}", a.class().name()))
            .unwrap_or_else(|| "its arguments are objects".to_owned());
        self.drop_variants(&mut state);
        drop(state);
        let reason = Reason::new(ReasonKind::ObjectArguments, what);
        self.tiering.update(self.record, |r| {
            r.state = TierState::Interpreted;
        });
        self.settle(vm, Some(reason));
    }

    /// Run the call in tier 1 if there is (or now should be) code for it; `None` means
    /// "interpret it".
    fn try_compiled(
        &self,
        zelf: &Py<Self>,
        kinds: &[Kinds],
        args: &[PyObjectRef],
        globals: &PyDictRef,
        vm: &VirtualMachine,
    ) -> PyResult<Option<PyObjectRef>> {
        self.state.borrow_mut().profile.observe(kinds);
        let env = PyGlobals {
            vm,
            globals,
            known: &self.tiering.known,
        };
        // A variant whose guards fail is dropped and, the function being hot, compiled
        // anew against the current globals (once per call).
        let mut entered = None;
        for _ in 0..2 {
            let Some(index) = self.variant_for(zelf, kinds, globals, vm) else {
                return Ok(None);
            };
            let state = self.state.borrow();
            let v = &state.variants[index];
            if !v.globals.is(globals) {
                // Another function object with this code and other globals.
                return Ok(None);
            }
            match v
                .guards
                .iter()
                .find(|g| !g.holds(&env))
                .map(|g| g.describe())
            {
                Some(guard) => {
                    drop(state);
                    self.guard_failed(index, &guard);
                }
                None => {
                    entered = Some((v.module, v.tuple_len, v.origin_globals.clone()));
                    break;
                }
            }
        }
        let Some((module, tuple_len, origin_globals)) = entered else {
            return Ok(None);
        };
        let depth = vm.current_recursion_depth();
        let limit = vm.recursion_limit.get();
        let budget = limit
            .saturating_sub(depth + 1)
            .min(tier::MAX_COMPILED_DEPTH) as i32;
        let Some(entry) = convert::unbox(args, budget, vm) else {
            return Ok(None);
        };
        let timed = tier::timed_entry(self.state.borrow().entries);
        let start = if timed { self.tiering.clock_ms() } else { 0.0 };
        let result = self.tiering.engine.borrow_mut().call(module, &entry);
        let elapsed = if timed {
            self.tiering.clock_ms() - start
        } else {
            0.0
        };
        let result = match result {
            Ok(r) => r,
            Err(e) => {
                self.give_up(
                    Reason::new(ReasonKind::EngineFailed, e.to_string()),
                    TierState::Deoptimised,
                );
                return Ok(None);
            }
        };
        let origins = convert::Origins {
            args,
            globals: &origin_globals,
            dict: globals,
        };
        let value = match result.status {
            Status::Returned(kind) => {
                convert::boxed_from(kind, result.payload, result.origin, &origins, vm)
            }
            Status::Tuple => {
                let mut items = Vec::with_capacity(tuple_len.unwrap_or(0));
                let mut engine = self.tiering.engine.borrow_mut();
                for i in 0..tuple_len.unwrap_or(0) {
                    let (code, payload) = match engine.tuple_item(module, i) {
                        Ok(item) => item,
                        Err(e) => {
                            drop(engine);
                            self.give_up(
                                Reason::new(ReasonKind::EngineFailed, e.to_string()),
                                TierState::Deoptimised,
                            );
                            return Ok(None);
                        }
                    };
                    let (tag, origin) = crate::jit::abi::split_origin(code);
                    let kind = crate::jit::kinds::Kind::ALL
                        .into_iter()
                        .find(|k| k.tag() == tag)
                        .unwrap_or(crate::jit::kinds::Kind::None);
                    items.push(convert::boxed_from(kind, payload, origin, &origins, vm));
                }
                vm.ctx.new_tuple(items).into()
            }
            Status::Bailed(BailReason::Interrupt) => {
                return Err(vm.new_exception_empty(vm.ctx.exceptions.keyboard_interrupt.to_owned()))
            }
            Status::Bailed(reason) => {
                self.bailed(reason);
                return Ok(None);
            }
        };
        self.state.borrow_mut().entries += 1;
        self.tiering.update(self.record, |r| {
            r.calls.jit += 1;
            if timed {
                r.timed.jit_calls += 1;
                r.timed.jit_ms += elapsed;
            }
        });
        Ok(Some(value))
    }

    /// The variant for arguments of `kinds`, compiling one if the function is hot; `None`
    /// when the call is for the interpreter.
    fn variant_for(
        &self,
        zelf: &Py<Self>,
        kinds: &[Kinds],
        globals: &PyDictRef,
        vm: &VirtualMachine,
    ) -> Option<usize> {
        let policy = self.tiering.policy.get();
        let state = self.state.borrow();
        if !policy.enabled || state.disabled || state.given_up.is_some() {
            return None;
        }
        if let Some(i) = state
            .variants
            .iter()
            .position(|v| tier::fits(kinds, &v.params))
        {
            return Some(i);
        }
        let hot = policy.is_hot(state.profile.calls, self.has_loop, state.forced);
        if !hot || state.variants.len() >= MAX_VARIANTS {
            return None;
        }
        let wanted = state.profile.arg_kinds.clone();
        drop(state);
        self.compile(zelf, &wanted, globals, vm)
    }

    /// Compile for `kinds`; the index of the new variant, or `None` if it failed.
    fn compile(
        &self,
        zelf: &Py<Self>,
        kinds: &[Kinds],
        globals: &PyDictRef,
        vm: &VirtualMachine,
    ) -> Option<usize> {
        {
            let mut state = self.state.borrow_mut();
            if state.compiles >= MAX_COMPILES {
                drop(state);
                self.give_up(
                    Reason::new(
                        ReasonKind::UnstableGlobals,
                        format!("compiled {MAX_COMPILES} times"),
                    ),
                    TierState::Deoptimised,
                );
                return None;
            }
            state.compiles += 1;
        }
        let result = self.tiering.compile(
            self.record,
            Self::id(zelf),
            self.code.clone(),
            globals,
            kinds,
            vm,
        );
        match result {
            Ok((variant, record)) => {
                let mut state = self.state.borrow_mut();
                state.variants.push(variant);
                let compiles = state.compiles;
                self.tiering.update(self.record, |r| {
                    r.state = TierState::Compiled;
                    r.reason = None;
                    r.compile = Some(record);
                    r.compiles = compiles;
                });
                Some(state.variants.len() - 1)
            }
            Err(e) => {
                let reason = match &e {
                    CompileError::Unsupported { .. } => {
                        Reason::new(ReasonKind::Unsupported, e.to_string())
                    }
                    CompileError::Internal(why) => Reason::new(ReasonKind::CompilerBug, why),
                };
                self.give_up(reason, TierState::NotCompilable);
                None
            }
        }
    }

    fn guard_failed(&self, index: usize, guard: &str) {
        let mut state = self.state.borrow_mut();
        if index < state.variants.len() {
            let v = state.variants.remove(index);
            self.tiering.release(v.module);
        }
        let left = !state.variants.is_empty();
        drop(state);
        self.tiering.update(self.record, |r| {
            r.guard_failures += 1;
            if !left {
                r.state = TierState::Interpreted;
                r.reason = Some(Reason::new(ReasonKind::GlobalChanged, guard.to_owned()));
            }
        });
    }

    fn bailed(&self, reason: BailReason) {
        let (bails, entries) = {
            let mut state = self.state.borrow_mut();
            state.bails += 1;
            state.entries += 1;
            (state.bails, state.entries)
        };
        self.tiering.update(self.record, |r| {
            *r.bails.entry(reason).or_insert(0) += 1;
        });
        if tier::too_many_bails(bails, entries) {
            self.give_up(
                Reason::new(
                    ReasonKind::TooManyBailouts,
                    format!("{bails} of {entries} compiled calls (last: {reason})"),
                ),
                TierState::Deoptimised,
            );
        }
    }

    /// Stay in tier 0 for good (the prologue is settled at the next call).
    fn give_up(&self, reason: Reason, state_now: TierState) {
        let mut state = self.state.borrow_mut();
        state.given_up = Some(reason.clone());
        self.drop_variants(&mut state);
        self.tiering.update(self.record, |r| {
            r.state = state_now;
            r.reason = Some(reason);
        });
    }
}

#[pyclass(with(Callable, Representable))]
impl Dispatcher {}

impl Callable for Dispatcher {
    type Args = FuncArgs;

    fn call(zelf: &Py<Self>, args: FuncArgs, vm: &VirtualMachine) -> PyResult {
        if !args.kwargs.is_empty() {
            return Ok(zelf.to_owned().into());
        }
        Self::enter(zelf, &args.args, vm)
    }
}

/// RustPython's vectorcall slot for [`Dispatcher`]: the prologue's `CALL` hands over the
/// parameters as an owned vector, so no `FuncArgs` is built.
pub(crate) fn vectorcall(
    zelf: &PyObject,
    mut args: Vec<PyObjectRef>,
    nargs: usize,
    kwnames: Option<&[PyObjectRef]>,
    vm: &VirtualMachine,
) -> PyResult {
    let Some(zelf) = zelf.downcast_ref::<Dispatcher>() else {
        return Err(vm.new_type_error("the pave gate was called on another object"));
    };
    if kwnames.is_some_and(|k| !k.is_empty()) {
        return Ok(zelf.to_owned().into());
    }
    args.truncate(nargs);
    Dispatcher::enter(zelf, &args, vm)
}

impl Representable for Dispatcher {
    fn repr_str(zelf: &Py<Self>, _vm: &VirtualMachine) -> PyResult<String> {
        Ok(format!("<pave gate of {}>", zelf.code.qualname))
    }
}
