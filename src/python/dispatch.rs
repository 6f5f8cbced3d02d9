//! The dispatcher of one user function (one `def` compiled in this session): the gate its
//! entry prologue asks on every call (python/prologue.rs), and the way into its compiled
//! code.
//!
//! A dispatcher is the gate object itself, a constant of the function's code object:
//!
//! - `bool(gate)` is the prologue's first question, asked on every call: count the call,
//!   give the session's sampler its tick, and answer whether the call is worth asking
//!   about (false once the function has settled in tier 0: two bytecode instructions and
//!   one slot call per call, no clock read, no look at the arguments);
//! - `gate(*params)` is the second: run the call in tier 1 and return its result, or
//!   return the gate itself, and the interpreter goes on with the function's own body in
//!   the same frame.
//!
//! The function object is never replaced, so Python sees a plain function, and a call
//! that stays in tier 0 recurses no deeper natively than without Pave.

use std::cell::{Cell, RefCell};
use std::fmt;
use std::rc::Rc;

use rustpython_vm::builtins::{PyCode, PyDictRef};
use rustpython_vm::function::FuncArgs;
use rustpython_vm::protocol::PyNumberMethods;
use rustpython_vm::types::{AsNumber, Callable, Representable};
use rustpython_vm::{
    pyclass, AsObject, Py, PyObject, PyObjectRef, PyPayload, PyRef, PyResult, VirtualMachine,
};

use crate::jit::abi::{BailReason, Status};
use crate::jit::code::{CodeInfo, FunctionId};
use crate::jit::error::CompileError;
use crate::jit::kinds::Kinds;
use crate::telemetry::TierState;
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
    /// What `bool(gate)` answers (besides the session's policy): false once settled.
    armed: Cell<bool>,
    /// Calls the gate has seen.
    calls: Cell<u64>,
    /// At this many calls a function settled for its argument kinds is asked again.
    recheck_at: Cell<u64>,
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
    given_up: Option<String>,
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
    /// A dispatcher for `code`, reported under `name` and `line`.
    pub(crate) fn new(
        tiering: &Rc<Tiering>,
        code: CodeInfo,
        name: &str,
        line: u32,
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
            armed: Cell::new(true),
            calls: Cell::new(0),
            recheck_at: Cell::new(0),
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

    /// `pave.jit`: compile at the next call.
    pub(crate) fn force(&self) {
        let mut state = self.state.borrow_mut();
        state.forced = true;
        state.disabled = false;
        self.armed.set(state.given_up.is_none());
    }

    /// `pave.nojit`: never compile.
    pub(crate) fn disable(&self) {
        let mut state = self.state.borrow_mut();
        state.disabled = true;
        self.armed.set(false);
        self.drop_variants(&mut state);
        self.tiering.update(self.record, |r| {
            r.state = TierState::Disabled;
            r.reason = Some("pave.nojit".to_owned());
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
    pub(crate) fn refuse(&self, reason: String) {
        self.give_up(reason, TierState::NotCompilable);
    }

    fn drop_variants(&self, state: &mut State) {
        for v in state.variants.drain(..) {
            self.tiering.release(v.module);
        }
    }

    /// `bool(gate)`: count the call and say whether to ask `gate(*params)`.
    fn gate(&self, vm: &VirtualMachine) -> PyResult<bool> {
        let calls = self.calls.get() + 1;
        self.calls.set(calls);
        self.tiering.tick(vm)?;
        if !self.armed.get() {
            if calls < self.recheck_at.get() {
                self.tiering.update(self.record, |r| r.calls.interp += 1);
                return Ok(false);
            }
            // Settled for its argument kinds a while ago: look at the arguments again.
            self.armed.set(true);
        }
        if !self.tiering.policy.get().enabled || vm.use_tracing.get() {
            self.tiering.update(self.record, |r| r.calls.interp += 1);
            return Ok(false);
        }
        Ok(true)
    }

    /// `gate(*params)`: the call's result from tier 1, or `None` for the interpreter.
    fn enter(zelf: &Py<Self>, args: &[PyObjectRef], vm: &VirtualMachine) -> PyResult<PyObjectRef> {
        let result = match convert::kinds_of(args, vm) {
            Some(kinds) => {
                let globals = vm.current_globals();
                zelf.try_compiled(zelf, &kinds, args, &globals, vm)?
            }
            None => {
                zelf.object_call(args, vm);
                None
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

    /// A call with arguments tier 1 cannot take: after enough of them (and no compiled
    /// code to run), settle in tier 0 until the function has been called as often again.
    fn object_call(&self, args: &[PyObjectRef], vm: &VirtualMachine) {
        let mut state = self.state.borrow_mut();
        state.profile.calls += 1;
        state.object_calls += 1;
        if state.given_up.is_some() || state.disabled {
            self.armed.set(false);
            self.recheck_at.set(u64::MAX);
            return;
        }
        if !tier::settles(state.object_calls, state.entries) {
            return;
        }
        state.object_calls = 0;
        let calls = self.calls.get();
        self.armed.set(false);
        self.recheck_at.set(calls.saturating_mul(2).max(calls + 1));
        let what = args
            .iter()
            .zip(&self.code.varnames)
            .find(|(a, _)| convert::kind_of(a, vm).is_none())
            .map(|(a, name)| format!("`{name}` is a {}", a.class().name()))
            .unwrap_or_else(|| "its arguments are objects".to_owned());
        let has_code = !state.variants.is_empty();
        drop(state);
        if !has_code {
            self.tiering.update(self.record, |r| {
                r.state = TierState::Interpreted;
                r.reason = Some(format!(
                    "{what}: tier 1 takes only int, float, bool and None arguments so far"
                ));
            });
        }
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
                    entered = Some((v.module, v.tuple_len, v.aliases.clone()));
                    break;
                }
            }
        }
        let Some((module, tuple_len, aliases)) = entered else {
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
                self.give_up(format!("deoptimized: {e}"), TierState::Deoptimized);
                return Ok(None);
            }
        };
        let value = match result.status {
            Status::Returned(kind) => {
                convert::boxed_like(kind, result.payload, &aliases.result, args, vm)
            }
            Status::Tuple => {
                let mut items = Vec::with_capacity(tuple_len.unwrap_or(0));
                let mut engine = self.tiering.engine.borrow_mut();
                for i in 0..tuple_len.unwrap_or(0) {
                    let (tag, payload) = match engine.tuple_item(module, i) {
                        Ok(item) => item,
                        Err(e) => {
                            drop(engine);
                            self.give_up(format!("deoptimized: {e}"), TierState::Deoptimized);
                            return Ok(None);
                        }
                    };
                    let kind = crate::jit::kinds::Kind::ALL
                        .into_iter()
                        .find(|k| k.tag() == tag)
                        .unwrap_or(crate::jit::kinds::Kind::None);
                    let alias = aliases.items.get(i).map_or(&[][..], Vec::as_slice);
                    items.push(convert::boxed_like(kind, payload, alias, args, vm));
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
                    format!("compiled {MAX_COMPILES} times: its globals keep changing"),
                    TierState::Deoptimized,
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
                    CompileError::Unsupported { .. } => e.to_string(),
                    CompileError::Internal(_) => format!("{e} (please report this)"),
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
                r.reason = Some(format!("{guard} changed; will recompile when hot"));
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
            *r.bails.entry(format!("{reason:?}")).or_insert(0) += 1;
        });
        if tier::too_many_bails(bails, entries) {
            self.give_up(
                format!(
                    "deoptimized: {bails} of {entries} compiled calls bailed out (last: {reason})"
                ),
                TierState::Deoptimized,
            );
        }
    }

    /// Stay in tier 0 for good: the gate answers false from now on.
    fn give_up(&self, reason: String, state_now: TierState) {
        let mut state = self.state.borrow_mut();
        state.given_up = Some(reason.clone());
        self.armed.set(false);
        self.recheck_at.set(u64::MAX);
        self.drop_variants(&mut state);
        self.tiering.update(self.record, |r| {
            r.state = state_now;
            r.reason = Some(reason);
        });
    }
}

#[pyclass(with(AsNumber, Callable, Representable))]
impl Dispatcher {}

impl AsNumber for Dispatcher {
    fn as_number() -> &'static PyNumberMethods {
        static AS_NUMBER: PyNumberMethods = PyNumberMethods {
            boolean: Some(|number, vm| match number.obj.downcast_ref::<Dispatcher>() {
                Some(zelf) => zelf.gate(vm),
                None => Ok(false),
            }),
            ..PyNumberMethods::NOT_IMPLEMENTED
        };
        &AS_NUMBER
    }
}

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
