//! The dispatcher: every `def` in user code is wrapped in a [`JitFunction`] (by the
//! `__pave_jit__` decorator the rewriter inserts). It looks and binds like the function
//! it wraps — attribute access, `repr` and `__get__` are forwarded, and its type is
//! named `function` — counts calls and argument kinds, and once the function is hot
//! enters its compiled code, falling back to the interpreter whenever a guard fails or
//! the compiled code bails out.

use std::cell::{Cell, RefCell};
use std::fmt;
use std::rc::Rc;

use rustpython_vm::builtins::{PyBoundMethod, PyCode, PyDictRef, PyFunction, PyStr, PyStrRef};
use rustpython_vm::function::{FuncArgs, PySetterValue};
use rustpython_vm::types::{Callable, GetAttr, GetDescriptor, Representable, SetAttr};
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

/// Interpreted calls between two checks of the Stop flag.
const INTERRUPT_EVERY: u64 = 1024;

/// A user function with a tier-1 dispatcher in front of it.
#[pyclass(module = false, name = "function")]
#[derive(PyPayload)]
pub(crate) struct JitFunction {
    func: PyRef<PyFunction>,
    globals: PyDictRef,
    tiering: Rc<Tiering>,
    record: usize,
    code: Rc<CodeInfo>,
    has_loop: bool,
    /// Calls with exactly `arg_count` positional arguments may enter the wrapped function
    /// through RustPython's exact-arguments fast path (no keyword-only parameters).
    exact_args: bool,
    /// Positional-only parameters (`co_posonlyargcount`): never bound by keyword.
    posonly: usize,
    state: RefCell<State>,
    active: Cell<u32>,
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
    entries: u64,
    bails: u64,
    compiles: u32,
}

impl fmt::Debug for JitFunction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("JitFunction")
            .field("name", &self.code.qualname)
            .finish_non_exhaustive()
    }
}

impl JitFunction {
    /// Wrap `func`, or return it unchanged when tier 1 could never compile it
    /// (generators, closures): then it costs nothing.
    pub(crate) fn wrap(
        func: PyObjectRef,
        tiering: &Rc<Tiering>,
        vm: &VirtualMachine,
    ) -> PyResult<PyObjectRef> {
        Self::wrap_named(func, tiering, vm, None)
    }

    /// Wrap `func` under a display `name` and `line` for the telemetry (a lifted loop).
    pub(crate) fn wrap_as(
        func: PyObjectRef,
        tiering: &Rc<Tiering>,
        vm: &VirtualMachine,
        name: &str,
        line: u32,
    ) -> PyResult<PyObjectRef> {
        Self::wrap_named(func, tiering, vm, Some((name, line)))
    }

    fn wrap_named(
        func: PyObjectRef,
        tiering: &Rc<Tiering>,
        vm: &VirtualMachine,
        display: Option<(&str, u32)>,
    ) -> PyResult<PyObjectRef> {
        let Ok(function) = func.clone().downcast::<PyFunction>() else {
            return Ok(func);
        };
        let code_obj = func.get_attr("__code__", vm)?;
        let Some(code) = code_obj.downcast_ref::<PyCode>() else {
            return Ok(func);
        };
        let info = crate::jit::code::read::code_info(&code.code);
        if info.shape_problem.is_some() {
            return Ok(func);
        }
        let exact_args = info.kwonly_count == 0
            && code
                .code
                .flags
                .contains(rustpython_vm::bytecode::CodeFlags::OPTIMIZED);
        let globals = func
            .get_attr("__globals__", vm)?
            .downcast::<rustpython_vm::builtins::PyDict>()
            .map_err(|_| vm.new_type_error("function globals are not a dict"))?;
        let has_loop = crate::jit::decode::decode(&info.code)
            .map(|insns| {
                insns
                    .iter()
                    .any(|i| matches!(i.op, crate::jit::decode::Op::Jump(t) if t <= i.at))
            })
            .unwrap_or(false);
        let (name, line) = display.unwrap_or((&info.qualname, info.first_line));
        let record = tiering.record_for(name, line);
        let wrapper = JitFunction {
            func: function,
            globals,
            tiering: tiering.clone(),
            record,
            code: Rc::new(info),
            has_loop,
            exact_args,
            posonly: code.code.posonlyarg_count as usize,
            state: RefCell::new(State::default()),
            active: Cell::new(0),
        };
        Ok(wrapper.into_ref(&vm.ctx).into())
    }

    /// The wrapped function's code, if it was defined in `globals` (tier 1 compiles
    /// calls only between functions sharing their globals).
    pub(crate) fn code_if_in(
        &self,
        globals: &PyDictRef,
        _vm: &VirtualMachine,
    ) -> Option<Rc<CodeInfo>> {
        self.globals.is(globals).then(|| self.code.clone())
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
    }

    /// `pave.nojit`: never compile.
    pub(crate) fn disable(&self) {
        let mut state = self.state.borrow_mut();
        state.disabled = true;
        self.drop_variants(&mut state);
        self.tiering.update(self.record, |r| {
            r.state = TierState::Disabled;
            r.reason = Some("pave.nojit".to_owned());
        });
    }

    /// Run a call in tier 1 only (compiling now if needed); `None` if it did not run
    /// there, in which case nothing happened (compiled code has no side effects).
    pub(crate) fn call_compiled_only(
        zelf: &Py<Self>,
        args: &[PyObjectRef],
        vm: &VirtualMachine,
    ) -> PyResult<Option<PyObjectRef>> {
        zelf.state.borrow_mut().forced = true;
        let result = match convert::kinds_of(args, vm) {
            Some(kinds) => zelf.try_compiled(zelf, &kinds, args, vm)?,
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

    fn call_impl(zelf: &Py<Self>, args: CallArgs, vm: &VirtualMachine) -> PyResult {
        let args = zelf.bind_exactly(args);
        let settled = {
            let state = zelf.state.borrow();
            state.disabled || state.given_up.is_some()
        };
        // Tier 1 takes calls that bind every positional parameter with no defaults used.
        // A function that stays in tier 0 for good pays only for the call count.
        let kinds = match &args {
            CallArgs::Positional(positional)
                if positional.len() == zelf.code.arg_count as usize
                    && !settled
                    && zelf.tiering.policy.get().enabled =>
            {
                convert::kinds_of(positional, vm).map(|kinds| (kinds, positional))
            }
            _ => None,
        };
        if let Some((kinds, positional)) = &kinds {
            if let Some(result) = zelf.try_compiled(zelf, kinds, positional, vm)? {
                return Ok(result);
            }
        } else {
            zelf.state.borrow_mut().profile.calls += 1;
        }
        zelf.interpret(args, vm)
    }

    /// `args` as one positional vector in parameter order when keywords only name
    /// positional parameters after the ones given by position (`f(1, h=2)`), so such
    /// calls can run compiled too; anything else (defaults used, unknown or repeated
    /// names) keeps its general shape, and the interpreter binds it and raises the
    /// usual `TypeError`.
    fn bind_exactly(&self, args: CallArgs) -> CallArgs {
        let CallArgs::General(general) = args else {
            return args;
        };
        if general.kwargs.is_empty() {
            return CallArgs::Positional(general.args);
        }
        let n = self.code.arg_count as usize;
        let given = general.args.len();
        if !self.exact_args || given + general.kwargs.len() != n {
            return CallArgs::General(general);
        }
        let mut slots: Vec<Option<PyObjectRef>> = Vec::with_capacity(n);
        slots.extend(general.args.iter().cloned().map(Some));
        slots.resize(n, None);
        for (name, value) in &general.kwargs {
            let Some(i) = self.code.varnames[..n]
                .iter()
                .position(|p| **name == *p.as_str())
            else {
                return CallArgs::General(general);
            };
            if i < given.max(self.posonly) || slots[i].is_some() {
                return CallArgs::General(general);
            }
            slots[i] = Some(value.clone());
        }
        match slots.into_iter().collect() {
            Some(positional) => CallArgs::Positional(positional),
            None => CallArgs::General(general),
        }
    }

    /// Run the call in tier 1 if there is (or now should be) code for it; `None` means
    /// "interpret it".
    fn try_compiled(
        &self,
        zelf: &Py<Self>,
        kinds: &[Kinds],
        args: &[PyObjectRef],
        vm: &VirtualMachine,
    ) -> PyResult<Option<PyObjectRef>> {
        self.state.borrow_mut().profile.observe(kinds);
        let env = PyGlobals {
            vm,
            globals: &self.globals,
            known: &self.tiering.known,
        };
        // A variant whose guards fail is dropped and, the function being hot, compiled
        // anew against the current globals (once per call).
        let mut entered = None;
        for _ in 0..2 {
            let Some(index) = self.variant_for(zelf, kinds, vm) else {
                return Ok(None);
            };
            let state = self.state.borrow();
            let v = &state.variants[index];
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
                    entered = Some((v.module, v.tuple_len));
                    break;
                }
            }
        }
        let Some((module, tuple_len)) = entered else {
            return Ok(None);
        };
        let depth = vm.current_recursion_depth();
        let limit = vm.recursion_limit.get();
        let budget = limit.saturating_sub(depth + 1).min(i32::MAX as usize) as i32;
        let Some(entry) = convert::unbox(args, budget, vm) else {
            return Ok(None);
        };
        let outermost = self.active.get() == 0;
        let start = if outermost {
            self.tiering.clock_ms()
        } else {
            0.0
        };
        let result = self.tiering.engine.borrow_mut().call(module, &entry);
        let elapsed = if outermost {
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
        match result.status {
            Status::Returned(kind) => {
                self.state.borrow_mut().entries += 1;
                self.tiering.update(self.record, |r| {
                    r.calls.jit += 1;
                    r.time_ms.jit += elapsed;
                });
                Ok(Some(convert::boxed(kind, result.payload, vm)))
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
                    items.push(convert::boxed(kind, payload, vm));
                }
                drop(engine);
                self.state.borrow_mut().entries += 1;
                self.tiering.update(self.record, |r| {
                    r.calls.jit += 1;
                    r.time_ms.jit += elapsed;
                });
                Ok(Some(vm.ctx.new_tuple(items).into()))
            }
            Status::Bailed(BailReason::Interrupt) => {
                Err(vm.new_exception_empty(vm.ctx.exceptions.keyboard_interrupt.to_owned()))
            }
            Status::Bailed(reason) => {
                self.bailed(reason);
                Ok(None)
            }
        }
    }

    /// The variant for arguments of `kinds`, compiling one if the function is hot; `None`
    /// when the call is for the interpreter.
    fn variant_for(&self, zelf: &Py<Self>, kinds: &[Kinds], vm: &VirtualMachine) -> Option<usize> {
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
        self.compile(zelf, &wanted, vm)
    }

    /// Compile for `kinds`; the index of the new variant, or `None` if it failed.
    fn compile(&self, zelf: &Py<Self>, kinds: &[Kinds], vm: &VirtualMachine) -> Option<usize> {
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
        // The same identity the globals oracle gives this function (its object's id).
        let id = FunctionId(zelf.as_object().get_id() as u64);
        let result =
            self.tiering
                .compile(self.record, id, self.code.clone(), &self.globals, kinds, vm);
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

    fn give_up(&self, reason: String, state_now: TierState) {
        let mut state = self.state.borrow_mut();
        state.given_up = Some(reason.clone());
        self.drop_variants(&mut state);
        self.tiering.update(self.record, |r| {
            r.state = state_now;
            r.reason = Some(reason);
        });
    }

    /// Run the call in the interpreter, timing outermost calls.
    fn interpret(&self, args: CallArgs, vm: &VirtualMachine) -> PyResult {
        let calls = self.state.borrow().profile.calls;
        if calls.is_multiple_of(INTERRUPT_EVERY) && (self.tiering.interrupted)() {
            return Err(vm.new_exception_empty(vm.ctx.exceptions.keyboard_interrupt.to_owned()));
        }
        let outermost = self.active.get() == 0;
        self.active.set(self.active.get() + 1);
        let start = if outermost {
            self.tiering.clock_ms()
        } else {
            0.0
        };
        let result = match args {
            CallArgs::Positional(args)
                if self.exact_args && args.len() == self.code.arg_count as usize =>
            {
                self.func.invoke_exact_args(args, vm)
            }
            CallArgs::Positional(args) => self.func.invoke(FuncArgs::from(args), vm),
            CallArgs::General(args) => self.func.invoke(args, vm),
        };
        self.active.set(self.active.get() - 1);
        let elapsed = if outermost {
            self.tiering.clock_ms() - start
        } else {
            0.0
        };
        self.tiering.update(self.record, |r| {
            r.calls.interp += 1;
            r.time_ms.interp += elapsed;
        });
        result
    }
}

#[pyclass(with(Callable, GetDescriptor, GetAttr, SetAttr, Representable))]
impl JitFunction {}

impl Callable for JitFunction {
    type Args = FuncArgs;

    fn call(zelf: &Py<Self>, args: FuncArgs, vm: &VirtualMachine) -> PyResult {
        Self::call_impl(zelf, CallArgs::General(args), vm)
    }
}

/// The arguments of one call: a plain positional vector (calls from bytecode, through
/// [`vectorcall`]) or general `FuncArgs` (keywords, calls from Rust).
enum CallArgs {
    Positional(Vec<PyObjectRef>),
    General(FuncArgs),
}

/// RustPython's vectorcall slot for [`JitFunction`]: calls from bytecode hand over their
/// arguments as an owned vector, so a positional call builds no `FuncArgs` and enters
/// the wrapped function through its exact-arguments fast path, as a plain function
/// call would. This keeps the dispatcher cheap for code that never gets hot.
pub(crate) fn vectorcall(
    zelf: &PyObject,
    mut args: Vec<PyObjectRef>,
    nargs: usize,
    kwnames: Option<&[PyObjectRef]>,
    vm: &VirtualMachine,
) -> PyResult {
    let Some(zelf) = zelf.downcast_ref::<JitFunction>() else {
        return Err(vm.new_type_error("the pave dispatcher was called on another object"));
    };
    let args = if kwnames.is_some_and(|k| !k.is_empty()) {
        CallArgs::General(FuncArgs::from_vectorcall_owned(args, nargs, kwnames))
    } else {
        args.truncate(nargs);
        CallArgs::Positional(args)
    };
    JitFunction::call_impl(zelf, args, vm)
}

impl GetDescriptor for JitFunction {
    fn descr_get(
        zelf: &PyObject,
        obj: Option<&PyObject>,
        _cls: Option<&PyObject>,
        vm: &VirtualMachine,
    ) -> PyResult {
        match obj {
            Some(obj) if !vm.is_none(obj) => {
                Ok(PyBoundMethod::new(obj.to_owned(), zelf.to_owned())
                    .into_ref(&vm.ctx)
                    .into())
            }
            _ => Ok(zelf.to_owned()),
        }
    }
}

impl GetAttr for JitFunction {
    fn getattro(zelf: &Py<Self>, name: &Py<PyStr>, vm: &VirtualMachine) -> PyResult {
        if name.to_str() == Some("__wrapped__") {
            return Ok(zelf.func.clone().into());
        }
        zelf.func.as_object().get_attr(name, vm)
    }
}

impl SetAttr for JitFunction {
    fn setattro(
        zelf: &Py<Self>,
        name: &Py<PyStr>,
        value: PySetterValue,
        vm: &VirtualMachine,
    ) -> PyResult<()> {
        let name: PyStrRef = name.to_owned();
        match value {
            PySetterValue::Assign(v) => zelf.func.as_object().set_attr(&name, v, vm),
            PySetterValue::Delete => zelf.func.as_object().del_attr(&name, vm),
        }
    }
}

impl Representable for JitFunction {
    fn repr_str(zelf: &Py<Self>, vm: &VirtualMachine) -> PyResult<String> {
        Ok(zelf
            .func
            .as_object()
            .repr(vm)?
            .to_string_lossy()
            .into_owned())
    }
}
