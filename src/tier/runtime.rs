//! The session's tier-1 runtime, free of Python objects: the policy, the engine and its
//! cache of loaded modules (shared by identical bytes), the report's records (one per
//! `def`, by name and line), the last module compiled for each (for the code view), and
//! the counters the call-sampling profiler keeps.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use crate::clock::{Clock, SystemClock};
use crate::engine::{Engine, EngineError, InterruptCheck, ModuleHandle};
use crate::jit::CompileOptions;
use crate::telemetry::{FunctionReport, Report};

use super::policy::{Claim, Policy, TICKS_PER_SAMPLE};

/// The last module compiled for a function, kept so its text can be shown on demand.
struct Artifact {
    wasm: Vec<u8>,
    ir: String,
}

/// Tier 1's runtime for one session.
pub(crate) struct Runtime {
    /// The settings (`pave.threshold`, `--no-jit`).
    pub policy: Cell<Policy>,
    /// With the JIT off, still count and time calls per function (Compare's tier-0 run).
    profiling: Cell<bool>,
    /// Runs compiled modules.
    pub engine: Box<dyn Engine>,
    /// Compiler settings.
    pub options: CompileOptions,
    /// Whether the user asked to stop (polled by compiled loops and by [`Runtime::tick`]).
    pub interrupted: InterruptCheck,
    /// The clock for telemetry.
    pub clock: SystemClock,
    /// Calls of user functions seen by their gates, for [`Runtime::tick`].
    ticks: Cell<u32>,
    /// Loaded modules by their bytes, with how many variants use each.
    modules: RefCell<HashMap<Vec<u8>, (ModuleHandle, usize)>>,
    records: RefCell<Vec<FunctionReport>>,
    artifacts: RefCell<HashMap<usize, Artifact>>,
    by_def: RefCell<HashMap<(String, u32), usize>>,
    /// The engine's name, kept so a report can be taken while compiled code runs.
    engine_name: &'static str,
    /// When the counters were last reset, on the telemetry clock (compile times are
    /// reported relative to it).
    epoch: Cell<f64>,
    /// Compile time since then, in ms (what [`Runtime::within_budget`] weighs).
    compile_spent: Cell<f64>,
    /// Compile time and code units of every function compiled in this session: what
    /// one code unit costs to compile here, for [`Runtime::within_budget`]'s forecast.
    compile_rate: Cell<(f64, u64)>,
}

impl Runtime {
    /// A runtime running modules on `engine`.
    pub(crate) fn new(
        engine: Box<dyn Engine>,
        policy: Policy,
        options: CompileOptions,
        interrupted: InterruptCheck,
    ) -> Self {
        let clock = SystemClock::default();
        let epoch = clock.now_ms();
        Runtime {
            policy: Cell::new(policy),
            profiling: Cell::new(false),
            engine_name: engine.name(),
            engine,
            options,
            interrupted,
            clock,
            ticks: Cell::new(0),
            modules: RefCell::new(HashMap::new()),
            records: RefCell::new(Vec::new()),
            artifacts: RefCell::new(HashMap::new()),
            by_def: RefCell::new(HashMap::new()),
            epoch: Cell::new(epoch),
            compile_spent: Cell::new(0.0),
            compile_rate: Cell::new((0.0, 0)),
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

    /// Now, on the telemetry clock.
    pub(crate) fn clock_ms(&self) -> f64 {
        self.clock.now_ms()
    }

    /// When the counters were last reset, on the telemetry clock.
    pub(crate) fn epoch_ms(&self) -> f64 {
        self.epoch.get()
    }

    /// Count `ms` of compiling (bytecode to wasm, and loading it) against the budget.
    pub(crate) fn charge_compile(&self, ms: f64) {
        self.compile_spent
            .set(self.compile_spent.get() + ms.max(0.0));
    }

    /// Learn what compiling a unit of `units` code units took, `ms` in all; `loaded`
    /// if that includes loading its module (`policy::MODULE_MS` of it is the module's,
    /// not its size's).
    pub(crate) fn learn_compile_rate(&self, ms: f64, units: usize, loaded: bool) {
        let ms = if loaded {
            ms - super::policy::MODULE_MS
        } else {
            ms
        };
        let (total, all) = self.compile_rate.get();
        self.compile_rate
            .set((total + ms.max(0.0), all + units as u64));
    }

    /// Would compiling a function of `units` code units cost more than the budget's
    /// allowance? (Then it waits for the budget even before its module is known to be on
    /// objects: generated code, pyperformance's 12 blocks of regex calls.)
    pub(crate) fn is_long(&self, units: usize) -> bool {
        let (total, all) = self.compile_rate.get();
        super::policy::forecast_ms(units, total, all) > super::policy::COMPILE_ALLOWANCE_MS
    }

    /// How much compiling the next module on objects may cost now, in ms, for a function
    /// with `claim` (`policy::room_ms`).
    pub(crate) fn budget_room(&self, claim: Claim) -> f64 {
        let elapsed = self.clock_ms() - self.epoch_ms();
        super::policy::room_ms(self.compile_spent.get(), elapsed, claim)
    }

    /// May a function of `units` code units, with `claim`, be compiled into a module on
    /// objects now, what it will cost included (`policy::room_ms`,
    /// `policy::forecast_ms`)?
    pub(crate) fn within_budget(&self, units: usize, claim: Claim) -> bool {
        let (total, all) = self.compile_rate.get();
        super::policy::forecast_ms(units, total, all) <= self.budget_room(claim)
    }

    /// How many code units of a module on objects the budget can pay for now, for a
    /// function with `claim`, at the rate compiling has cost so far
    /// (`policy::forecast_ms`).
    pub(crate) fn affordable_units(&self, claim: Claim) -> usize {
        let (total, all) = self.compile_rate.get();
        let per_unit = super::policy::per_unit_ms(total, all);
        super::policy::affordable_units(self.budget_room(claim), per_unit)
    }

    /// Tier-0 time credited to record `index` so far, in ms.
    pub(crate) fn interp_ms(&self, index: usize) -> f64 {
        self.records
            .borrow()
            .get(index)
            .map_or(0.0, |r| r.time_ms.interp)
    }

    /// The budget's state in words, for a function that waits for it.
    pub(crate) fn budget_detail(&self) -> String {
        let elapsed = self.clock_ms() - self.epoch_ms();
        format!(
            "{:.1} ms of compiling in {:.1} ms of running",
            self.compile_spent.get(),
            elapsed
        )
    }

    /// Count a call of a user function that is not settled; true every
    /// [`TICKS_PER_SAMPLE`] calls, when it is time to check the Stop flag and sample the
    /// stack. The only per-call cost is the count.
    pub(crate) fn tick(&self) -> bool {
        let ticks = self.ticks.get().wrapping_add(1);
        self.ticks.set(ticks);
        ticks.is_multiple_of(TICKS_PER_SAMPLE)
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

    /// The name record `index` is reported under.
    pub(crate) fn record_name(&self, index: usize) -> Option<String> {
        self.records.borrow().get(index).map(|r| r.name.clone())
    }

    /// Update record `index`.
    pub(crate) fn update(&self, index: usize, f: impl FnOnce(&mut FunctionReport)) {
        if let Some(r) = self.records.borrow_mut().get_mut(index) {
            f(r);
        }
    }

    /// Add `ms` of tier-0 time to each of `records` (a stack sample's interval).
    pub(crate) fn credit_interp_time(&self, records: &[usize], ms: f64) {
        let mut all = self.records.borrow_mut();
        for index in records {
            if let Some(r) = all.get_mut(*index) {
                r.time_ms.interp += ms;
            }
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
        // Functions compiled into the module of one that ran compiled, and called from
        // it only: no call of theirs went through their own entry.
        let mut inside: Vec<(&str, &str)> = Vec::new();
        let ran_compiled = |r: &&FunctionReport| {
            r.calls.jit > 0 && r.state == crate::telemetry::TierState::Compiled
        };
        for r in records.iter().filter(ran_compiled) {
            if let Some(c) = &r.compile {
                for held in c.functions.iter().skip(1) {
                    inside.push((held.as_str(), r.name.as_str()));
                }
            }
        }
        let functions = records
            .iter()
            .filter_map(|r| {
                // (A function tier 1 never runs has no counted calls: it shows with why.)
                if r.calls.interp + r.calls.jit > 0 || r.uncounted {
                    return Some(r.estimated());
                }
                let (_, root) = inside.iter().find(|(held, _)| *held == r.name)?;
                Some(FunctionReport {
                    state: crate::telemetry::TierState::Compiled,
                    inside: Some((*root).to_owned()),
                    ..r.estimated()
                })
            })
            .collect();
        Report {
            engine: self.engine_name.to_owned(),
            jit_enabled: policy.enabled,
            threshold: policy.threshold,
            timing: crate::telemetry::TIMING,
            functions,
        }
    }

    /// Forget the telemetry (a new run in the same session keeps compiled code).
    pub(crate) fn reset_counters(&self) {
        self.epoch.set(self.clock.now_ms());
        self.compile_spent.set(0.0);
        for r in self.records.borrow_mut().iter_mut() {
            let fresh = FunctionReport::new(r.name.clone(), r.line);
            *r = FunctionReport {
                state: r.state,
                reason: r.reason.clone(),
                compile: r.compile.clone(),
                compiles: r.compiles,
                uncounted: r.uncounted,
                ..fresh
            };
        }
    }

    /// A loaded module for `wasm`: the one already loaded for the same bytes (a program
    /// run again, a function re-created with the same code), or a new one; and whether
    /// it was reused.
    pub(crate) fn load(
        &self,
        wasm: &[u8],
        shape: crate::engine::CodeShape,
    ) -> Result<(ModuleHandle, bool), EngineError> {
        let mut cache = self.modules.borrow_mut();
        if let Some((handle, users)) = cache.get_mut(wasm) {
            *users += 1;
            return Ok((*handle, true));
        }
        let handle = self.engine.load(wasm, shape)?;
        cache.insert(wasm.to_vec(), (handle, 1));
        Ok((handle, false))
    }

    /// What compiles modules of `shape` to machine code.
    pub(crate) fn compiler(&self, shape: crate::engine::CodeShape) -> &'static str {
        self.engine.compiler(shape)
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
                self.engine.unload(module);
            }
        }
    }

    /// Keep the module last compiled for record `index`, for the code view.
    pub(crate) fn keep_artifact(&self, index: usize, wasm: Vec<u8>, ir: String) {
        self.artifacts
            .borrow_mut()
            .insert(index, Artifact { wasm, ir });
    }

    /// The record of the function named `name` that has compiled code (of several
    /// functions with one name, the one that was compiled).
    fn compiled_record(&self, name: &str) -> Option<usize> {
        let artifacts = self.artifacts.borrow();
        self.records
            .borrow()
            .iter()
            .enumerate()
            .filter(|(_, r)| r.name == name)
            .map(|(i, _)| i)
            .find(|i| artifacts.contains_key(i))
    }

    /// The IR (as comments) and WebAssembly text of the last module compiled for the
    /// function named `name`.
    pub(crate) fn wat(&self, name: &str) -> Option<String> {
        let index = self.compiled_record(name)?;
        let artifacts = self.artifacts.borrow();
        let a = artifacts.get(&index)?;
        let wat = wasmprinter::print_bytes(&a.wasm).unwrap_or_else(|e| format!(";; {e}"));
        Some(format!("{}{wat}", ir_comment(&a.ir)))
    }

    /// The IR text of the last module compiled for the function named `name`.
    pub(crate) fn ir(&self, name: &str) -> Option<String> {
        let index = self.compiled_record(name)?;
        Some(self.artifacts.borrow().get(&index)?.ir.clone())
    }
}

/// The IR text as a WAT comment block.
fn ir_comment(ir: &str) -> String {
    ir.lines().map(|l| format!(";; {l}\n")).collect()
}
