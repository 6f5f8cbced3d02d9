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
    /// Argument kinds it accepts.
    pub params: Vec<Kinds>,
    /// What must hold on entry.
    pub guards: Vec<LiveGuard>,
    /// Items of the tuple the root returns, if it returns tuples.
    pub tuple_len: Option<usize>,
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
            engine_name: engine.name(),
            engine: RefCell::new(engine),
            known,
            options,
            interrupted,
            clock,
            loops: RefCell::new(Default::default()),
            modules: RefCell::new(HashMap::new()),
            records: RefCell::new(Vec::new()),
            artifacts: RefCell::new(HashMap::new()),
            by_def: RefCell::new(HashMap::new()),
            epoch,
        }
    }

    /// Now, on the telemetry clock.
    pub(crate) fn clock_ms(&self) -> f64 {
        self.clock.now_ms()
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
            functions: records
                .iter()
                .filter(|r| r.calls.interp + r.calls.jit > 0)
                .cloned()
                .collect(),
        }
    }

    /// Forget the telemetry (a new run in the same session keeps compiled code).
    pub(crate) fn reset_counters(&self) {
        self.epoch.set(self.clock.now_ms());
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
                params: compiled.params,
                guards,
                tuple_len: compiled.tuple_ret.as_ref().map(Vec::len),
            },
            compile_record,
        ))
    }
}

/// The IR text as a WAT comment block.
fn ir_comment(ir: &str) -> String {
    ir.lines().map(|l| format!(";; {l}\n")).collect()
}
