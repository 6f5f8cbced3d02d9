//! What a user function's gate (python/gate.rs) does when its entry prologue calls it:
//! run the call in tier 1 and return the result, or return the gate itself, and the
//! interpreter goes on with the function's own body in the same frame.
//!
//! Until the function is hot the gate only counts calls and argument kinds. When tier 1
//! cannot take the function (its body, or arguments that are objects call after call),
//! the gate *settles* it: the prologue becomes one jump over itself, and from then on the
//! function costs what it costs without Pave, give or take one instruction. The
//! decisions are the state machine's (tier/state.rs); this module applies them to the
//! live function: guards, boxing, the engine call, the report.
//!
//! The function object is never replaced, so Python sees a plain function, and a call
//! that stays in tier 0 recurses no deeper natively than without Pave. Every so many
//! calls the gate also looks at the Stop flag and samples the stack ([`sample_stack`]).

use std::collections::BTreeSet;
use std::rc::Rc;

use rustpython_vm::builtins::{PyCode, PyDictRef};
use rustpython_vm::function::FuncArgs;
use rustpython_vm::types::Callable;
use rustpython_vm::{AsObject, Py, PyObject, PyObjectRef, PyResult, VirtualMachine};

use crate::jit::abi::{self, BailReason, Status};
use crate::jit::code::{CodeInfo, FunctionId};
use crate::jit::error::CompileError;
use crate::jit::kinds::{Kind, Kinds};
use crate::telemetry::{Reason, ReasonKind, TierState};
use crate::tier;

use super::convert;
use super::gate::Dispatcher;
use super::globals::{Callees, PyGlobals};
use super::objects;
use super::tiering::{Compiled, Tiering, Wait};

impl Dispatcher {
    /// `pave.jit`: compile at the next call, asking the gate again if the function had
    /// settled in tier 0 (`code` is the code object whose gate this is).
    pub(crate) fn force(&self, code: &Py<PyCode>) {
        self.tier.borrow_mut().force();
        self.arm(code);
    }

    /// Make the prologue in `code` ask this gate again, if it had settled.
    fn arm(&self, code: &Py<PyCode>) {
        if let Some(at) = self.prologue.map(|p| p.at) {
            if super::prologue::unsettle(&code.code.instructions, at) {
                self.settled.set(false);
                self.tiering.rt.update(self.record, |r| r.settled = false);
            }
        }
    }

    /// `pave.nojit`: never compile (settled at the next call).
    pub(crate) fn disable(&self) {
        self.tier.borrow_mut().disable();
        self.drop_variants();
        self.tiering.rt.update(self.record, |r| {
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
        zelf.tier.borrow_mut().want_compile();
        let seen = convert::Seen::of(args, vm);
        let takes = zelf.tiering.rt.policy.get().takes(
            &seen.kinds,
            zelf.tier.borrow().is_forced(),
            zelf.has_loop,
            zelf.tier.borrow().profile.calls,
        );
        let result = if takes {
            zelf.try_compiled(zelf, &seen, args, args, globals, vm)?
        } else {
            None
        };
        if result.is_none() {
            // The caller runs the original code in the interpreter instead.
            zelf.tiering.rt.update(zelf.record, |r| r.calls.interp += 1);
        }
        Ok(result)
    }

    /// Global names the compiled code relies on (its guards).
    pub(crate) fn guarded_globals(&self) -> Vec<String> {
        self.variants
            .borrow()
            .iter()
            .flat_map(|v| v.guards.iter().filter_map(|g| g.global_name()))
            .collect()
    }

    /// Undo the count of the last compiled call (its results were not used and the
    /// interpreter runs the code instead).
    pub(crate) fn uncount_compiled_call(&self) {
        self.tiering.rt.update(self.record, |r| {
            r.calls.jit = r.calls.jit.saturating_sub(1);
            r.calls.interp += 1;
        });
    }

    /// Give up on compiling this function, for `reason`.
    pub(crate) fn refuse(&self, reason: Reason) {
        self.give_up(reason, TierState::NotCompilable);
    }

    fn drop_variants(&self) {
        for v in self.variants.borrow_mut().drain(..) {
            self.tiering.rt.release(v.module);
        }
    }

    /// `gate(*params)`: the call's result from tier 1, or the gate for the interpreter.
    fn enter(zelf: &Py<Self>, args: &[PyObjectRef], vm: &VirtualMachine) -> PyResult<PyObjectRef> {
        // The prologue passes the frame's cells after the parameters (prologue.rs): the
        // call's scope keeps them all, for compiled code's `ObjOp::FrameCell`.
        let with_cells = args;
        let args = &args[..(zelf.code.param_slots as usize).min(args.len())];
        if let Some(pending) = super::resume::take_pending(vm) {
            return Ok(Self::resume_pending(zelf, pending, vm));
        }
        let rt = &zelf.tiering.rt;
        if rt.tick() {
            if (rt.interrupted)() {
                return Err(vm.new_exception_empty(vm.ctx.exceptions.keyboard_interrupt.to_owned()));
            }
            sample_stack(&zelf.tiering);
        }
        let policy = rt.policy.get();
        let result = if vm.use_tracing.get() {
            // sys.settrace / sys.setprofile see every call and line: the interpreter's.
            None
        } else if !policy.enabled {
            if !rt.profiling() {
                zelf.settle(None);
            }
            None
        } else if zelf.tier.borrow().is_off() {
            zelf.settle(None);
            None
        } else {
            let seen = convert::Seen::of(args, vm);
            let (forced, calls) = {
                let tier = zelf.tier.borrow();
                (tier.is_forced(), tier.profile.calls)
            };
            if policy.takes(&seen.kinds, forced, zelf.has_loop, calls) {
                let globals = vm.current_globals();
                zelf.try_compiled(zelf, &seen, args, with_cells, &globals, vm)?
            } else {
                zelf.object_call(args, vm);
                None
            }
        };
        match result {
            Some(value) => Ok(value),
            None => {
                rt.update(zelf.record, |r| r.calls.interp += 1);
                Ok(zelf.to_owned().into())
            }
        }
    }

    /// Turn the prologue of the function running now into a jump over itself, with
    /// `reason` for the report (if it says something new). Only the code object running
    /// now is patched: the one whose prologue called this gate.
    fn settle(&self, reason: Option<Reason>) {
        if self.settled.get() {
            return;
        }
        let Some(at) = self.prologue.map(|p| p.at) else {
            return;
        };
        let Some(code) = rustpython_vm::frame::current_code() else {
            return;
        };
        let ours = Dispatcher::of_code(&code).is_some_and(|d| std::ptr::eq(&**d, self));
        if !ours || !super::prologue::settle(&code.code.instructions, at) {
            return;
        }
        self.settled.set(true);
        self.tiering.rt.update(self.record, |r| {
            r.settled = true;
            if let Some(reason) = reason {
                r.reason = Some(reason);
            }
        });
    }

    /// A call with arguments tier 1 cannot take: after enough of them (and no compiled
    /// code that calls enter often), settle in tier 0 for the rest of the run.
    fn object_call(&self, args: &[PyObjectRef], vm: &VirtualMachine) {
        if !self.tier.borrow_mut().object_call() {
            return;
        }
        let what = args
            .iter()
            .zip(&self.code.varnames)
            .find(|(a, _)| convert::kind_of(a, vm).is_none())
            .map(|(a, name)| format!("`{name}` is a {}", a.class().name()))
            .unwrap_or_else(|| "its arguments are objects".to_owned());
        self.drop_variants();
        self.tiering
            .rt
            .update(self.record, |r| r.state = TierState::Interpreted);
        let kind = match self.tiering.rt.policy.get().objects {
            tier::Objects::Budgeted => ReasonKind::LoopFreeObjects,
            _ => ReasonKind::ObjectArguments,
        };
        self.settle(Some(Reason::new(kind, what)));
    }

    /// Run the call in tier 1 if there is (or now should be) code for it; `None` means
    /// "interpret it".
    fn try_compiled(
        &self,
        zelf: &Py<Self>,
        seen: &convert::Seen,
        args: &[PyObjectRef],
        with_cells: &[PyObjectRef],
        globals: &PyDictRef,
        vm: &VirtualMachine,
    ) -> PyResult<Option<PyObjectRef>> {
        let kinds = &seen.kinds;
        self.tier.borrow_mut().observe(kinds);
        if super::stack::deep() {
            // Deep native recursion (through compiled code calling Python code): the
            // interpreter goes on without it (`python/stack.rs`).
            return Ok(None);
        }
        let env = PyGlobals {
            vm,
            globals,
            known: &self.tiering.known,
            callees: &Gates,
            seen: Default::default(),
            unstable: &super::globals::NO_UNSTABLE,
        };
        // A variant whose guards fail is dropped and, the function being hot, compiled
        // anew against the current globals (once per call).
        let mut entered = None;
        let mut max_depth = tier::MAX_COMPILED_DEPTH;
        for _ in 0..2 {
            let Some(index) = self.variant_for(zelf, kinds, globals, vm) else {
                return Ok(None);
            };
            let variants = self.variants.borrow();
            let v = &variants[index];
            if !v.globals.is(globals) {
                // Another function object with this code and other globals.
                return Ok(None);
            }
            match v
                .guards
                .iter()
                .find(|g| !g.holds(&env))
                .map(|g| (g.describe(), g.rebindable()))
            {
                Some((guard, constant)) => {
                    drop(variants);
                    if let Some(name) = constant {
                        // Rebound between calls (an object, or a number a function of
                        // another unit keeps changing: `global COUNT; COUNT += 1`):
                        // from now on loaded when the code runs.
                        self.unstable_globals.borrow_mut().insert(name);
                    }
                    self.guard_failed(index, &guard);
                }
                None => {
                    max_depth = v.max_depth;
                    // Guards to check again after Python code the call runs, if any.
                    let call_guards = (!v.guards.is_empty() && v.frames.stores)
                        .then(|| (v.guards.clone(), v.guards_due()));
                    entered = Some((
                        v.module,
                        v.tuple_len,
                        v.origin_globals.clone(),
                        (v.attr_names.clone(), v.constants.clone()),
                        v.frames.clone(),
                        (v.fused, v.direct),
                        call_guards,
                    ));
                    break;
                }
            }
        }
        let Some((
            module,
            tuple_len,
            origin_globals,
            (attr_names, constants),
            frames,
            (fused, direct),
            call_guards,
        )) = entered
        else {
            return Ok(None);
        };
        let depth = vm.current_recursion_depth();
        let limit = vm.recursion_limit.get();
        let budget = limit.saturating_sub(depth + 1).min(max_depth) as i32;
        // The handles of this call: its object arguments, and what compiled code makes.
        let calls_at = self.prologue.map(|p| (frames.clone(), p.len));
        let call_guards = call_guards.map(|(guards, due)| objects::CallGuards {
            guards,
            due,
            globals: globals.clone(),
            tiering: self.tiering.clone(),
        });
        let Some(scope) = objects::CallScope::open(
            vm,
            &attr_names,
            with_cells,
            &constants,
            calls_at,
            call_guards,
        ) else {
            return Ok(None);
        };
        let Some(entry) = convert::unbox(args, seen, budget, &scope) else {
            return Ok(None);
        };
        let rt = &self.tiering.rt;
        let timed = self.tier.borrow().timed_entry();
        let start = if timed { rt.clock_ms() } else { 0.0 };
        let result = rt.engine.call(module, &entry);
        let elapsed = if timed { rt.clock_ms() - start } else { 0.0 };
        let result = match result {
            Ok(r) => r,
            Err(e) => {
                self.engine_failed(e.to_string());
                return Ok(None);
            }
        };
        let origins = convert::Origins {
            args,
            globals: &origin_globals,
            dict: globals,
        };
        let lost = || "compiled code returned a handle it does not own".to_owned();
        let value = match result.status {
            Status::Returned(kind) => {
                let value = convert::result_object(
                    kind,
                    result.payload,
                    result.origin,
                    &origins,
                    &scope,
                    vm,
                );
                match value {
                    Some(value) => value,
                    None => {
                        self.engine_failed(lost());
                        return Ok(None);
                    }
                }
            }
            Status::Tuple => {
                let mut items = Vec::with_capacity(tuple_len.unwrap_or(0));
                let engine = &rt.engine;
                for i in 0..tuple_len.unwrap_or(0) {
                    let (code, payload) = match engine.tuple_item(module, i) {
                        Ok(item) => item,
                        Err(e) => {
                            self.engine_failed(e.to_string());
                            return Ok(None);
                        }
                    };
                    let (tag, origin) = abi::split_origin(code);
                    let kind = Kind::ALL
                        .into_iter()
                        .find(|k| k.tag() == tag)
                        .unwrap_or(Kind::None);
                    match convert::result_object(kind, payload, origin, &origins, &scope, vm) {
                        Some(item) => items.push(item),
                        None => {
                            self.engine_failed(lost());
                            return Ok(None);
                        }
                    }
                }
                vm.ctx.new_tuple(items).into()
            }
            Status::Bailed(BailReason::Interrupt) => {
                return Err(vm.new_exception_empty(vm.ctx.exceptions.keyboard_interrupt.to_owned()))
            }
            Status::Bailed(reason) => {
                let respecialized = self.respecialize(reason, fused, direct);
                // (Entered with no recursion budget left: not compiled code's failure.)
                self.bailed(reason, !respecialized && reason != BailReason::Recursion);
                self.give_own_frame(&scope);
                return Ok(None);
            }
            Status::Resumed => {
                self.give_own_frame(&scope);
                return Ok(self.resume_here(&scope, &frames, fused, direct, vm));
            }
        };
        // Compiled code releases every handle it owns before it returns.
        debug_assert_eq!(scope.live(), 0, "compiled code leaked object handles");
        drop(scope);
        self.tier.borrow_mut().entered();
        let mut short = None;
        rt.update(self.record, |r| {
            r.calls.jit += 1;
            if timed {
                r.timed.jit_calls += 1;
                r.timed.jit_ms += elapsed;
                short = tier::too_short(r.timed.jit_calls, r.timed.jit_ms)
                    .then(|| r.timed.jit_ms / r.timed.jit_calls as f64);
            }
        });
        if let Some(mean_ms) = short {
            self.too_short_to_enter(mean_ms);
        }
        Ok(Some(value))
    }

    /// Compiled calls of this function averaging `mean_ms`: under the default policy, a
    /// module on objects that short goes (its entry costs more than its body saves), and
    /// the function stays in the interpreter unless a compiled caller takes it in.
    fn too_short_to_enter(&self, mean_ms: f64) {
        let policy = self.tiering.rt.policy.get();
        let objects = self.variants.borrow().iter().any(|v| v.objects);
        if policy.objects != tier::Objects::Budgeted
            || !objects
            || self.prologue.is_none()
            || self.tier.borrow().is_forced()
        {
            return;
        }
        self.drop_variants();
        self.defer_until.set(u64::MAX);
        self.tiering
            .rt
            .update(self.record, |r| r.state = TierState::Interpreted);
        let detail = format!("{:.2} µs per compiled call", mean_ms * 1000.0);
        self.settle(Some(Reason::new(ReasonKind::ShortCalls, detail)));
    }

    /// A function compiled into this one's module left a call of Python code to the
    /// interpreter (it has no frame for that code to look at): compile again calling it
    /// in a frame of its own (the next call does, the function being hot).
    fn give_own_frame(&self, scope: &objects::CallScope) {
        let Some(id) = scope.take_needs_frame() else {
            return;
        };
        if self.own_frames.borrow_mut().insert(id) {
            self.drop_variants();
        }
    }

    /// Compiled code handed its frame over (`Status::Resumed`): carry on in the
    /// interpreter where it stopped. The gate's result is then what the trampoline
    /// unpacks; `None` (re-run the call in tier 0) if the frame cannot be rebuilt, which
    /// is right only because compiled code has no side effects yet.
    fn resume_here(
        &self,
        scope: &objects::CallScope,
        frames: &Rc<super::resume::UnitFrames>,
        fused: bool,
        direct: bool,
        vm: &VirtualMachine,
    ) -> Option<PyObjectRef> {
        let Some(levels) = scope.take_handover() else {
            // A module reporting "resume" without saying where: a compiler bug.
            debug_assert!(
                false,
                "compiled code resumed without handing its frame over"
            );
            self.engine_failed("compiled code resumed without handing its frame over".into());
            return None;
        };
        // Why: what stopped the innermost function (its callers stopped at their calls).
        let handover = levels.first()?;
        let reason = match (&handover.raised, handover.deep) {
            (Some(_), _) => BailReason::Raised,
            (None, true) => BailReason::Recursion,
            // A call's result after it rebound a global the code relies on.
            (None, false)
                if matches!(handover.returned, Some((_, objects::SettledAt::Call(_)))) =>
            {
                BailReason::GlobalChanged
            }
            // An operator that ran Python code and gave what compiled code cannot take
            // (a comparison's non-`bool`), or rebound a global: counted, as a bail.
            (None, false) if handover.returned.is_some() => BailReason::ObjectOp,
            (None, false) => handover
                .at
                .and_then(|(_, code)| BailReason::from_code(code))
                .unwrap_or(BailReason::Unsupported),
        };
        // Neither an exception nor deep recursion (the native stack's, or compiled
        // code's own budget) is a failure of compiled code.
        let respecialized = self.respecialize(reason, fused, direct);
        self.bailed(
            reason,
            handover.raised.is_none()
                && reason != BailReason::Recursion
                && !matches!(handover.returned, Some((_, objects::SettledAt::Call(_))))
                && !respecialized,
        );
        let code = rustpython_vm::frame::current_code()?;
        let ours = Dispatcher::of_code(&code).is_some_and(|d| std::ptr::eq(&**d, self));
        let prologue = self.prologue.filter(|_| ours)?;
        match super::resume::resume(levels, frames, &code, prologue.len, prologue.trampoline, vm) {
            Ok(value) => {
                // It finishes in the interpreter.
                self.tiering.rt.update(self.record, |r| {
                    r.calls.interp += 1;
                    r.resumes += 1;
                });
                Some(value)
            }
            // Without a store so far the interpreter may run the call again instead.
            Err(_) if !frames.stores => None,
            // After a store the call cannot run again from its start without doing it
            // twice: a compiler bug, which the tests catch here; a user gets the call
            // re-run (the least harm) and the function in tier 0 from now on.
            Err(why) => {
                debug_assert!(false, "could not resume after a store: {why}");
                self.engine_failed(format!("could not resume after a store: {why}"));
                None
            }
        }
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
        let policy = self.tiering.rt.policy.get();
        if let Some(i) = self
            .variants
            .borrow()
            .iter()
            .position(|v| tier::fits(kinds, &v.params))
        {
            return (policy.enabled && !self.tier.borrow().is_off()).then_some(i);
        }
        let count = self.variants.borrow().len();
        if self.tier.borrow().profile.calls < self.defer_until.get() {
            return None;
        }
        let wanted = self
            .tier
            .borrow()
            .wants_compile(policy, self.has_loop, count)?;
        if let Some(ops) = self.leaf_ops.filter(|n| *n <= tier::SHORT_LEAF_OPS) {
            // (Not with a zero threshold, which compiles everything: tests.)
            let free = self.prologue.is_some() && !self.tier.borrow().is_forced();
            if free && policy.threshold > 0 {
                self.defer_until.set(u64::MAX);
                let detail = format!("{ops} instructions");
                self.settle(Some(Reason::new(ReasonKind::ShortLeaf, detail)));
                return None;
            }
        }
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
        let begun = self.tier.borrow_mut().begin_compile();
        let compiles = match begun {
            Ok(n) => n,
            Err(reason) => {
                self.give_up(reason, TierState::Deoptimised);
                return None;
            }
        };
        // Under `Loops` a loop over objects waits for the threshold; under `Budgeted` a
        // loop-free function on objects (called with numbers) never compiles on its own.
        let policy = self.tiering.rt.policy.get();
        let wait = {
            let tier = self.tier.borrow();
            // (Not a lifted top-level loop: it runs once, and only ever compiles then.)
            let free = self.prologue.is_some() && !tier.is_forced();
            match policy.objects {
                tier::Objects::Loops
                    if free
                        && !self.tiering.rt.options.object_calls
                        && tier.profile.calls < u64::from(policy.threshold) =>
                {
                    Some(Wait::Threshold)
                }
                tier::Objects::Budgeted if free && !self.has_loop => Some(Wait::LoopFree),
                _ => None,
            }
        };
        let own_frames = self.own_frames.borrow().clone();
        let unstable = self.unstable_globals.borrow().clone();
        let claim = tier::Claim {
            first_loop_call: self.has_loop && self.tier.borrow().profile.calls <= 1,
            interp_ms: self.tiering.rt.interp_ms(self.record),
        };
        let result = self.tiering.compile(
            self,
            self.record,
            Dispatcher::id(zelf),
            self.code.clone(),
            globals,
            kinds,
            &OwnFrames(&own_frames),
            self.tier.borrow().is_forced(),
            self.prologue.is_none(),
            crate::python::tiering::Fallbacks {
                no_fusion: self.no_fusion.get(),
                no_direct_methods: self.no_direct.get(),
                no_forwarding: self.no_forwarding.get(),
            },
            wait,
            claim,
            &unstable,
            vm,
        );
        match result {
            Ok(Compiled::Waits(Wait::Threshold)) => {
                self.defer_until.set(u64::from(policy.threshold));
                None
            }
            Ok(Compiled::Waits(Wait::LoopFree)) => {
                self.stay_interpreted(Reason::new(ReasonKind::LoopFreeObjects, ""));
                None
            }
            Ok(Compiled::Waits(Wait::NoGain(detail))) => {
                self.stay_interpreted(Reason::new(ReasonKind::NoGain, detail));
                None
            }
            Ok(Compiled::Waits(Wait::Budget)) => {
                let calls = self.tier.borrow().profile.calls;
                self.defer_until
                    .set(tier::policy::next_ask(calls, policy.threshold));
                self.tier.borrow_mut().uncount_compile();
                let why = self.tiering.rt.budget_detail();
                self.tiering.rt.update(self.record, |r| {
                    r.reason = Some(Reason::new(ReasonKind::CompileBudget, why));
                });
                None
            }
            Ok(Compiled::Loaded(variant, record)) => {
                let mut variants = self.variants.borrow_mut();
                variants.push(*variant);
                self.tiering.rt.update(self.record, |r| {
                    r.state = TierState::Compiled;
                    r.reason = None;
                    r.compile = Some(record);
                    r.compiles = compiles;
                });
                Some(variants.len() - 1)
            }
            Err(e) => {
                let reason = match &e {
                    CompileError::Unsupported { .. } => {
                        Reason::new(ReasonKind::Unsupported, e.to_string())
                    }
                    CompileError::OverBudget { .. } => {
                        Reason::new(ReasonKind::CompileBudget, e.to_string())
                    }
                    // (Only asked for under `Budgeted`, whose refusal `Tiering::compile`
                    // turns into `Wait::NoGain`.)
                    CompileError::NoGain { .. } => Reason::new(ReasonKind::NoGain, e.to_string()),
                    CompileError::Internal(why) => Reason::new(ReasonKind::CompilerBug, why),
                };
                self.give_up(reason, TierState::NotCompilable);
                None
            }
        }
    }

    /// A compile that made nothing and never will for this function (`Wait::LoopFree`,
    /// `Wait::NoGain`): it stays in tier 0 with `reason`, not asking again.
    fn stay_interpreted(&self, reason: Reason) {
        self.defer_until.set(u64::MAX);
        self.tier.borrow_mut().uncount_compile();
        self.tiering.rt.update(self.record, |r| {
            r.state = TierState::Interpreted;
            r.reason = Some(reason);
        });
    }

    fn guard_failed(&self, index: usize, guard: &str) {
        let mut variants = self.variants.borrow_mut();
        if index < variants.len() {
            let v = variants.remove(index);
            self.tiering.rt.release(v.module);
        }
        let left = !variants.is_empty();
        drop(variants);
        self.tiering.rt.update(self.record, |r| {
            r.guard_failures += 1;
            if !left {
                r.state = TierState::Interpreted;
                r.reason = Some(Reason::new(ReasonKind::GlobalChanged, guard.to_owned()));
            }
        });
    }

    /// A variant with loads unboxed by the host met something else there (a `str` in
    /// `s += xs[i]`): compile the function again with every load an object (the next
    /// call does, the function being hot), once. Whether it will.
    ///
    /// Likewise a method call compiled straight into the one method of that name met an
    /// object of another class: compile again calling methods through the host, once;
    /// and a store that loads compiled away relied on would have released an object
    /// whose release runs Python code: compile again loading every attribute, once.
    fn respecialize(&self, reason: BailReason, fused: bool, direct: bool) -> bool {
        let flag = match reason {
            BailReason::TypeMismatch if fused => &self.no_fusion,
            BailReason::MethodMismatch if direct => &self.no_direct,
            BailReason::ForwardedStore => &self.no_forwarding,
            _ => return false,
        };
        if flag.replace(true) {
            return false;
        }
        self.drop_variants();
        true
    }

    /// Resume a call of this function that compiled code had made directly, in the
    /// frame just made for it (armed by `resume::resume`), where that code stopped. Returns what
    /// the gate returns: the trampoline's value, or the gate itself if the frame could
    /// not be rebuilt (then the body runs from its start: a compiler bug, which the
    /// tests catch).
    fn resume_pending(
        zelf: &Py<Self>,
        pending: super::resume::PendingResume,
        vm: &VirtualMachine,
    ) -> PyObjectRef {
        let gate = || -> PyObjectRef { zelf.to_owned().into() };
        let Some(code) = rustpython_vm::frame::current_code() else {
            return gate();
        };
        let Some(prologue) = zelf.prologue else {
            return gate();
        };
        match super::resume::resume(
            pending.levels,
            &pending.unit,
            &code,
            prologue.len,
            prologue.trampoline,
            vm,
        ) {
            Ok(value) => {
                zelf.tiering.rt.update(zelf.record, |r| {
                    r.calls.interp += 1;
                    r.resumes += 1;
                });
                value
            }
            Err(why) => {
                debug_assert!(false, "could not resume a direct call: {why}");
                zelf.engine_failed(format!("could not resume a direct call: {why}"));
                gate()
            }
        }
    }

    fn bailed(&self, reason: BailReason, counts: bool) {
        let give_up = if counts {
            self.tier.borrow_mut().bailed(reason)
        } else {
            None
        };
        self.tiering.rt.update(self.record, |r| {
            *r.bails.entry(reason).or_insert(0) += 1;
        });
        if let Some(why) = give_up {
            self.give_up(why, TierState::Deoptimised);
        }
    }

    fn engine_failed(&self, error: String) {
        self.give_up(
            Reason::new(ReasonKind::EngineFailed, error),
            TierState::Deoptimised,
        );
    }

    /// Stay in tier 0 for good (the prologue is settled at the next call).
    fn give_up(&self, reason: Reason, state_now: TierState) {
        self.tier.borrow_mut().give_up(reason.clone());
        self.drop_variants();
        self.tiering.rt.update(self.record, |r| {
            r.state = state_now;
            r.reason = Some(reason);
        });
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

/// Make `function`'s prologue ask its gate at the next call (it may have settled in
/// tier 0): a [`super::resume::Pending`] call needs its gate to resume it.
pub(crate) fn arm_prologue(function: &PyObjectRef, vm: &VirtualMachine) {
    let Some(code) = function
        .get_attr("__code__", vm)
        .ok()
        .and_then(|c| c.downcast::<PyCode>().ok())
    else {
        return;
    };
    if let Some(gate) = Dispatcher::of_code(&code) {
        gate.arm(&code);
    }
}

/// How the globals oracle learns about a user function: through its gate.
pub(crate) struct Gates;

impl Callees for Gates {
    fn callee(
        &self,
        func: &PyObject,
        vm: &VirtualMachine,
    ) -> Option<Result<(FunctionId, Rc<CodeInfo>), String>> {
        let dispatcher = Dispatcher::of(func, vm)?;
        Some(match dispatcher.excluded() {
            Some(why) => Err(format!("a function {why}")),
            None => Ok((Dispatcher::id(&dispatcher), dispatcher.code())),
        })
    }
}

/// The callees a unit may take in: those of [`Gates`], but for functions that must run
/// in frames of their own (`Dispatcher::own_frames`), which it calls through the host.
struct OwnFrames<'a>(&'a BTreeSet<FunctionId>);

impl Callees for OwnFrames<'_> {
    fn callee(
        &self,
        func: &PyObject,
        vm: &VirtualMachine,
    ) -> Option<Result<(FunctionId, Rc<CodeInfo>), String>> {
        Some(Gates.callee(func, vm)?.and_then(|(id, code)| {
            if self.0.contains(&id) {
                Err("a function that calls Python code from a frame of its own".to_owned())
            } else {
                Ok((id, code))
            }
        }))
    }
}

/// Frames looked at per stack sample (deeper ones get no tier-0 time).
const MAX_SAMPLED_FRAMES: usize = 100_000;

/// Tier-0 time, sampled: the time since the last sample goes to every user function
/// whose frame was on the stack then and still is now (so a function that ran the whole
/// interval gets it, one that was merely entered just now does not), once per function
/// however deep its recursion.
fn sample_stack(tiering: &Tiering) {
    let now = tiering.rt.clock_ms();
    let elapsed = now - tiering.last_sample.replace(now);
    let mut stack = Vec::new();
    let mut frame = rustpython_vm::vm::thread::get_current_frame();
    while !frame.is_null() && stack.len() < MAX_SAMPLED_FRAMES {
        // SAFETY: we are called from inside the interpreter on its own thread (a gate's
        // call), so every frame on the chain is alive, and the chain ends in a null
        // `previous`; nothing is kept past this loop but the addresses.
        let f = unsafe { &*frame };
        let code = f.code();
        if let Some(record) = Dispatcher::record_of(code).or_else(|| tiering.ungated_record(code)) {
            stack.push((frame as usize, record));
        }
        frame = f.previous();
    }
    let previous = tiering.last_stack.replace(stack);
    let stack = tiering.last_stack.borrow();
    let mut credited: Vec<usize> = Vec::new();
    for entry in stack.iter() {
        if previous.contains(entry) && !credited.contains(&entry.1) {
            credited.push(entry.1);
        }
    }
    tiering.rt.credit_interp_time(&credited, elapsed);
}
