//! The session-wide side of tier 1: the engine, the policy, the telemetry records, and
//! compiling a function into a loaded [`Variant`] with its live guards.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use rustpython_vm::builtins::PyDictRef;
use rustpython_vm::VirtualMachine;

use crate::clock::{Clock, SystemClock};
use crate::engine::{Engine, InterruptCheck, ModuleHandle};
use crate::jit::code::{CodeInfo, FunctionId};
use crate::jit::kinds::Kinds;
use crate::jit::{self, CompileOptions};
use crate::telemetry::{CompileRecord, FunctionReport, Report};
use crate::tier::Policy;

use super::globals::{Known, LiveGuard, PyGlobals};

/// A compiled specialisation of a function.
pub(crate) struct Variant {
    /// The loaded module.
    pub module: ModuleHandle,
    /// The globals it was compiled against (a function object with the same code and
    /// other globals does not enter it).
    pub globals: PyDictRef,
    /// Argument kinds it accepts.
    pub params: Vec<Kinds>,
    /// What must hold on entry.
    pub guards: Vec<LiveGuard>,
    /// Items of the tuple the root returns, if it returns tuples.
    pub tuple_len: Option<usize>,
    /// The globals a result's origin may name (`jit::Compiled::origin_globals`).
    pub origin_globals: Rc<Vec<String>>,
}

/// The last module compiled for a function, kept so its text can be shown on demand.
struct Artifact {
    wasm: Vec<u8>,
    ir: String,
}

/// Tier 1 for one session.
pub(crate) struct Tiering {
    /// The settings (`pave.threshold`, `--no-jit`).
    pub policy: Cell<Policy>,
    /// With the JIT off, still count and time calls per function (Compare's tier-0 run).
    profiling: Cell<bool>,
    /// Runs compiled modules.
    pub engine: RefCell<Box<dyn Engine>>,
    /// Objects known by identity.
    pub known: Known,
    /// Compiler settings.
    pub options: CompileOptions,
    /// Whether the user asked to stop (polled by compiled loops and interpreted calls).
    pub interrupted: InterruptCheck,
    /// The clock for telemetry.
    pub clock: SystemClock,
    /// Lifted top-level loops.
    pub loops: RefCell<super::loops::LoopCache>,
    /// Calls of user functions seen by their gates, for [`Tiering::tick`].
    ticks: Cell<u32>,
    /// When the stack was last sampled, on the telemetry clock.
    last_sample: Cell<f64>,
    /// The frames of user functions on the stack at the last sample: (frame, record).
    last_stack: RefCell<Vec<(usize, usize)>>,
    /// Loaded modules by their bytes, with how many variants use each.
    modules: RefCell<HashMap<Vec<u8>, (ModuleHandle, usize)>>,
    records: RefCell<Vec<FunctionReport>>,
    artifacts: RefCell<HashMap<usize, Artifact>>,
    by_def: RefCell<HashMap<(String, u32), usize>>,
    /// The engine's name, kept so a report can be taken while compiled code runs.
    engine_name: &'static str,
    /// See [`Tiering::nonce`].
    nonce: u64,
    /// When the counters were last reset, on the telemetry clock (compile times are
    /// reported relative to it).
    epoch: Cell<f64>,
}

impl Tiering {
    pub(crate) fn new(
        engine: Box<dyn Engine>,
        policy: Policy,
        known: Known,
        options: CompileOptions,
        interrupted: InterruptCheck,
    ) -> Self {
        let clock = SystemClock::default();
        let epoch = Cell::new(clock.now_ms());
        Tiering {
            policy: Cell::new(policy),
            profiling: Cell::new(false),
            engine_name: engine.name(),
            engine: RefCell::new(engine),
            known,
            options,
            interrupted,
            clock,
            loops: RefCell::new(Default::default()),
            ticks: Cell::new(0),
            nonce: {
                let mut bytes = [0u8; 8];
                // Without entropy the clock still makes a clash with user strings unlikely.
                if getrandom::fill(&mut bytes).is_err() {
                    bytes = epoch.get().to_bits().to_le_bytes();
                }
                u64::from_le_bytes(bytes)
            },
            last_sample: Cell::new(epoch.get()),
            last_stack: RefCell::new(Vec::new()),
            modules: RefCell::new(HashMap::new()),
            records: RefCell::new(Vec::new()),
            artifacts: RefCell::new(HashMap::new()),
            by_def: RefCell::new(HashMap::new()),
            epoch,
        }
    }

    /// Whether calls are counted and timed with the JIT off.
    pub(crate) fn profiling(&self) -> bool {
        self.profiling.get()
    }

    /// Count and time calls with the JIT off too (or stop).
    pub(crate) fn set_profiling(&self, on: bool) {
        self.profiling.set(on);
    }

    /// A number unique to this session (for names no user code can clash with).
    pub(crate) fn nonce(&self) -> u64 {
        self.nonce
    }

    /// Now, on the telemetry clock.
    pub(crate) fn clock_ms(&self) -> f64 {
        self.clock.now_ms()
    }

    /// A call of a user function that is not settled (from its gate): every
    /// [`TICKS_PER_SAMPLE`](crate::tier::TICKS_PER_SAMPLE) calls, check the Stop flag
    /// and sample the stack. The only per-call cost is the count.
    pub(crate) fn tick(&self, vm: &VirtualMachine) -> rustpython_vm::PyResult<()> {
        let ticks = self.ticks.get().wrapping_add(1);
        self.ticks.set(ticks);
        if !ticks.is_multiple_of(crate::tier::TICKS_PER_SAMPLE) {
            return Ok(());
        }
        if (self.interrupted)() {
            return Err(vm.new_exception_empty(vm.ctx.exceptions.keyboard_interrupt.to_owned()));
        }
        self.sample_stack();
        Ok(())
    }

    /// Tier-0 time, sampled: the time since the last sample goes to every user function
    /// whose frame was on the stack then and still is now (so a function that ran the
    /// whole interval gets it, one that was merely entered just now does not), once per
    /// function however deep its recursion.
    fn sample_stack(&self) {
        let now = self.clock.now_ms();
        let elapsed = now - self.last_sample.replace(now);
        let mut stack = Vec::new();
        let mut frame = rustpython_vm::vm::thread::get_current_frame();
        while !frame.is_null() && stack.len() < MAX_SAMPLED_FRAMES {
            // SAFETY: we are called from inside the interpreter on its own thread (a
            // gate's slot), so every frame on the chain is alive, and the chain ends in
            // a null `previous`; nothing is kept past this loop but the addresses.
            let f = unsafe { &*frame };
            if let Some(record) = super::dispatch::Dispatcher::record_of(f.code()) {
                stack.push((frame as usize, record));
            }
            frame = f.previous();
        }
        let previous = self.last_stack.replace(stack);
        let stack = self.last_stack.borrow();
        let mut credited: Vec<usize> = Vec::new();
        let mut records = self.records.borrow_mut();
        for entry in stack.iter() {
            if previous.contains(entry) && !credited.contains(&entry.1) {
                credited.push(entry.1);
                if let Some(r) = records.get_mut(entry.1) {
                    r.time_ms.interp += elapsed;
                }
            }
        }
    }

    /// The telemetry record for the `def` called `name` at `line` (one record however
    /// many function objects it makes, and across runs of the program), created on first
    /// use.
    pub(crate) fn record_for(&self, name: &str, line: u32) -> usize {
        let key = (name.to_owned(), line);
        if let Some(index) = self.by_def.borrow().get(&key) {
            return *index;
        }
        let mut records = self.records.borrow_mut();
        records.push(FunctionReport::new(name.to_owned(), line));
        let index = records.len() - 1;
        self.by_def.borrow_mut().insert(key, index);
        index
    }

    /// Update record `index`.
    pub(crate) fn update(&self, index: usize, f: impl FnOnce(&mut FunctionReport)) {
        if let Some(r) = self.records.borrow_mut().get_mut(index) {
            f(r);
        }
    }

    /// The report of everything so far.
    pub(crate) fn report(&self) -> Report {
        self.try_report().unwrap_or_else(|| self.report_of(&[]))
    }

    /// The report, or `None` if the records are being updated right now (a report asked
    /// for in the middle of a run, from a host callback).
    pub(crate) fn try_report(&self) -> Option<Report> {
        let records = self.records.try_borrow().ok()?;
        Some(self.report_of(&records))
    }

    fn report_of(&self, records: &[FunctionReport]) -> Report {
        let policy = self.policy.get();
        Report {
            engine: self.engine_name.to_owned(),
            jit_enabled: policy.enabled,
            threshold: policy.threshold,
            timing: crate::telemetry::TIMING,
            functions: records
                .iter()
                .filter(|r| r.calls.interp + r.calls.jit > 0)
                .map(FunctionReport::estimated)
                .collect(),
        }
    }

    /// Forget the telemetry (a new run in the same session keeps compiled code).
    pub(crate) fn reset_counters(&self) {
        self.epoch.set(self.clock.now_ms());
        self.last_sample.set(self.epoch.get());
        self.last_stack.borrow_mut().clear();
        for r in self.records.borrow_mut().iter_mut() {
            let fresh = FunctionReport::new(r.name.clone(), r.line);
            *r = FunctionReport {
                state: r.state,
                reason: r.reason.clone(),
                compile: r.compile.clone(),
                compiles: r.compiles,
                ..fresh
            };
        }
    }

    /// A loaded module for `wasm`: the one already loaded for the same bytes (a program
    /// run again, a function re-created with the same code), or a new one.
    fn load(&self, wasm: &[u8]) -> Result<(ModuleHandle, bool), jit::error::CompileError> {
        let mut cache = self.modules.borrow_mut();
        if let Some((handle, users)) = cache.get_mut(wasm) {
            *users += 1;
            return Ok((*handle, true));
        }
        let handle = self
            .engine
            .borrow_mut()
            .load(wasm)
            .map_err(|e| jit::error::CompileError::internal(e.to_string()))?;
        cache.insert(wasm.to_vec(), (handle, 1));
        Ok((handle, false))
    }

    /// A variant no longer uses `module`; the engine forgets it when nothing does.
    pub(crate) fn release(&self, module: ModuleHandle) {
        let mut cache = self.modules.borrow_mut();
        let key = cache
            .iter()
            .find(|(_, (handle, _))| *handle == module)
            .map(|(bytes, _)| bytes.clone());
        let Some(key) = key else {
            return;
        };
        if let Some((_, users)) = cache.get_mut(&key) {
            *users -= 1;
            if *users == 0 {
                cache.remove(&key);
                self.engine.borrow_mut().unload(module);
            }
        }
    }

    /// The IR (as comments) and WebAssembly text of the last module compiled for the
    /// function named `name`.
    pub(crate) fn wat(&self, name: &str) -> Option<String> {
        let index = self.records.borrow().iter().position(|r| r.name == name)?;
        let artifacts = self.artifacts.borrow();
        let a = artifacts.get(&index)?;
        let wat = wasmprinter::print_bytes(&a.wasm).unwrap_or_else(|e| format!(";; {e}"));
        Some(format!("{}{wat}", ir_comment(&a.ir)))
    }

    /// The IR text of the last module compiled for the function named `name`.
    pub(crate) fn ir(&self, name: &str) -> Option<String> {
        let index = self.records.borrow().iter().position(|r| r.name == name)?;
        Some(self.artifacts.borrow().get(&index)?.ir.clone())
    }

    /// Compile `code` (function `id`, globals `globals`) for `kinds` and load it.
    pub(crate) fn compile(
        &self,
        record: usize,
        id: FunctionId,
        code: Rc<CodeInfo>,
        globals: &PyDictRef,
        kinds: &[Kinds],
        vm: &VirtualMachine,
    ) -> Result<(Variant, CompileRecord), jit::error::CompileError> {
        let env = PyGlobals {
            vm,
            globals,
            known: &self.known,
        };
        let compiled = jit::compile(id, code, &env, kinds, &self.clock, self.options)?;
        let guards: Vec<LiveGuard> = compiled
            .guards
            .iter()
            .filter_map(|g| LiveGuard::resolve(g, &env))
            .collect();
        let t0 = self.clock.now_ms();
        let (module, reused) = self.load(&compiled.wasm)?;
        let now = self.clock.now_ms();
        let instantiate_ms = now - t0;
        let compile_record = CompileRecord {
            at_ms: now - self.epoch.get(),
            phases: compiled.phases,
            instantiate_ms,
            reused,
            wasm_bytes: compiled.wasm.len(),
            arg_kinds: compiled.params.iter().map(ToString::to_string).collect(),
            returns: match &compiled.tuple_ret {
                Some(items) => {
                    let items: Vec<String> = items.iter().map(ToString::to_string).collect();
                    format!("({})", items.join(", "))
                }
                None => compiled.ret.to_string(),
            },
            functions: {
                // The root under the name the report shows (a lifted loop's own name).
                let mut names = compiled.function_names();
                if let Some(first) = names.first_mut() {
                    if let Some(r) = self.records.borrow().get(record) {
                        first.clone_from(&r.name);
                    }
                }
                names
            },
        };
        self.artifacts.borrow_mut().insert(
            record,
            Artifact {
                ir: compiled.unit.to_string(),
                wasm: compiled.wasm,
            },
        );
        Ok((
            Variant {
                module,
                globals: globals.clone(),
                params: compiled.params,
                guards,
                tuple_len: compiled.tuple_ret.as_ref().map(Vec::len),
                origin_globals: Rc::new(compiled.origin_globals.clone()),
            },
            compile_record,
        ))
    }
}

/// Frames looked at per stack sample (deeper ones get no tier-0 time).
const MAX_SAMPLED_FRAMES: usize = 100_000;

/// The IR text as a WAT comment block.
fn ir_comment(ir: &str) -> String {
    ir.lines().map(|l| format!(";; {l}\n")).collect()
}
