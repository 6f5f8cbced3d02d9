//! A [`Session`]: one Python interpreter with its `__main__` globals, kept across runs and
//! REPL entries, talking to one [`Host`]. Both fronts (CLI and web) drive Python only
//! through this type.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use rustpython_vm::builtins::{PyBaseExceptionRef, PyInt};
use rustpython_vm::compiler::Mode;
use rustpython_vm::scope::Scope;
use rustpython_vm::{AsObject, Interpreter, PyResult, VirtualMachine};

use crate::clock::{Clock, SystemClock};
use crate::engine::{EngineError, InterruptCheck};
use crate::host::{Host, Stream};
use crate::jit::CompileOptions;
use crate::outcome::{ErrorKind, Outcome};
use crate::python::globals::Known;
use crate::python::tiering::Tiering;
use crate::python::traceback::{self, SourceCache};
use crate::python::{drawing, interp, pave_module, platform, repl, rewrite, stdio};
use crate::telemetry::Report;
use crate::tier::runtime::Runtime;
use crate::tier::Policy;

pub use crate::python::repl::ReplStatus;

/// The file name REPL input is compiled under, as in CPython.
pub const REPL_FILENAME: &str = "<stdin>";

/// Why a session could not be created.
#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    /// The interpreter started but Pave's set-up code raised; this is a bug in Pave.
    #[error("the Python interpreter could not be set up: {0}")]
    Setup(String),
    /// The engine that runs compiled code could not start.
    #[error("the tier-1 engine could not start: {0}")]
    Engine(#[from] EngineError),
}

/// Settings of a session.
#[derive(Debug, Clone, Default)]
pub struct SessionOptions {
    /// `sys.setrecursionlimit` at start; `None` keeps RustPython's default (1000).
    pub recursion_limit: Option<usize>,
    /// The seed of `str`/`bytes` hashing, as `PYTHONHASHSEED` gives it to CPython; `None`
    /// picks a random one per session (CPython's default).
    pub hash_seed: Option<u32>,
    /// Tier 1.
    pub jit: JitOptions,
}

/// Tier-1 settings of a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JitOptions {
    /// Compile hot functions (when false, code runs exactly as plain RustPython would).
    pub enabled: bool,
    /// Calls before a loop-free function is compiled; 0 compiles every function at its
    /// first call.
    pub threshold: u32,
    /// Verify the IR between passes and validate every module (tests turn this on).
    pub checked: bool,
    /// Which functions called with objects tier 1 takes (`tier::Objects`).
    pub objects: crate::tier::Objects,
    /// Tests: compiled roots resume in the interpreter at this resume point whenever
    /// they reach it (`jit::CompileOptions::force_resume`).
    pub force_resume: Option<u32>,
}

impl Default for JitOptions {
    fn default() -> Self {
        JitOptions {
            enabled: true,
            threshold: crate::tier::DEFAULT_THRESHOLD,
            checked: false,
            objects: crate::tier::Objects::Loops,
            force_resume: None,
        }
    }
}

/// One Python interpreter and its `__main__` namespace.
pub struct Session {
    interp: Interpreter,
    interrupt: rustpython_vm::signal::UserSignalSender,
    main: Scope,
    host: Rc<dyn Host>,
    sources: RefCell<SourceCache>,
    clock: SystemClock,
    /// The last run ended with `SystemExit` (`exit()`, `sys.exit`): the REPL then stops.
    exited: Cell<bool>,
    tiering: Rc<Tiering>,
    stop: Arc<AtomicBool>,
}

impl Drop for Session {
    /// Let the interpreter's objects go, as CPython's finalisation does (without
    /// `atexit`): module dictionaries cleared and reference cycles collected, `__del__`
    /// run (its output shown). A dropped session used to keep everything its program
    /// made (200,000 small objects: 210 MB a session, which fresh sessions in one page
    /// added up until the tab ran out of memory); now ~2.7 MB, what RustPython itself
    /// keeps (the resume tests make thousands of sessions).
    fn drop(&mut self) {
        if std::thread::panicking() {
            // (The VM may be half-way through something: leave it.)
            return;
        }
        self.interp.enter(|vm| {
            // The session lets go of `__main__`'s globals first (both references:
            // a module's scope has them as its locals too), as CPython's main module
            // has no owner but `sys.modules`: what only they hold is freed as
            // `finalize_modules` drops the modules, and its collections find the rest
            // (what a cycle holds; `__del__` runs with the globals intact). Held here,
            // nothing the program made was ever freed, and each of the collections
            // traced all of it, alive (3.9 s to end a 1 s program of 800,000 objects;
            // 2.6 s now, freeing them).
            self.main.locals = None;
            // Compiled code and what was learnt about the program's functions hold
            // them (and so their globals) where the collector cannot see it.
            self.tiering.release_compiled();
            crate::python::objects::forget_frame_answers();
            let empty = vm.ctx.new_dict();
            drop(std::mem::replace(&mut self.main.globals, empty));
            vm.finalize_modules();
        });
    }
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session").finish_non_exhaustive()
    }
}

impl Session {
    /// Start an interpreter whose output and input go through `host`.
    pub fn new(host: Rc<dyn Host>, options: &SessionOptions) -> Result<Self, SessionError> {
        let (interp, interrupt) = interp::build(options.hash_seed);
        let stop = Arc::new(AtomicBool::new(false));
        let interrupted: InterruptCheck = {
            let host = host.clone();
            let stop = stop.clone();
            Rc::new(move || {
                if stop.swap(false, Ordering::SeqCst) {
                    return true;
                }
                host.interrupted()
            })
        };
        let engine = crate::engine::for_this_target(interrupted.clone())?;
        let setup = interp.enter(|vm| -> PyResult<(Scope, Rc<Tiering>)> {
            stdio::install(vm, host.clone())?;
            platform::install(vm, host.clone())?;
            drawing::install(vm, host.clone())?;
            if let Some(limit) = options.recursion_limit {
                vm.recursion_limit.set(limit);
            }
            let policy = Policy {
                enabled: options.jit.enabled,
                threshold: options.jit.threshold,
                objects: options.jit.objects,
            };
            let compile_options = CompileOptions {
                verify: options.jit.checked,
                validate: options.jit.checked,
                resume_everywhere: options.jit.checked
                    || std::env::var_os("PAVE_RESUME_EVERYWHERE").is_some(),
                force_resume: options.jit.force_resume,
                object_calls: false,
                frameless: false,
                no_fusion: false,
                no_direct_methods: false,
                max_object_units: None,
                no_forwarding: false,
                require_gain: false,
            };
            let runtime = Runtime::new(engine, policy, compile_options, interrupted);
            let tiering = Rc::new(Tiering::new(runtime, Known::capture(vm)?));
            pave_module::install(vm, &tiering)?;
            Ok((vm.new_scope_with_main()?, tiering))
        });
        let (main, tiering) = setup.map_err(|exc| {
            let text = interp.enter(|vm| {
                traceback::describe(vm, &exc, ErrorKind::Exception, "", &SourceCache::default())
                    .traceback
            });
            SessionError::Setup(text)
        })?;
        Ok(Self {
            tiering,
            stop,
            interp,
            interrupt,
            main,
            host,
            sources: RefCell::default(),
            clock: SystemClock::default(),
            exited: Cell::new(false),
        })
    }

    /// A handle that other threads (a Ctrl-C handler) use to interrupt this session.
    pub fn interrupter(&self) -> Interrupter {
        Interrupter {
            signal: self.interrupt.clone(),
            stop: self.stop.clone(),
        }
    }

    /// The tiering report: per function, its tier, calls, times, compiles, bailouts.
    pub fn report(&self) -> Report {
        self.tiering.rt.report()
    }

    /// The report, or `None` when it cannot be taken right now (asked for from a host
    /// callback while the records are being updated).
    pub fn try_report(&self) -> Option<Report> {
        self.tiering.rt.try_report()
    }

    /// The IR text of the module last compiled for `function`, if any.
    pub fn ir(&self, function: &str) -> Option<String> {
        self.tiering.rt.ir(function)
    }

    /// Start the report's counters afresh (compiled code is kept).
    pub fn reset_report(&self) {
        self.tiering.reset_counters();
    }

    /// The IR and WebAssembly text of the module last compiled for `function` (its
    /// qualified name), if any.
    pub fn wat(&self, function: &str) -> Option<String> {
        self.tiering.rt.wat(function)
    }

    /// Turn tier 1 on or off and set its threshold for the rest of the session.
    pub fn set_jit(&self, enabled: bool, threshold: u32) {
        let objects = self.tiering.rt.policy.get().objects;
        self.tiering.rt.policy.set(Policy {
            enabled,
            threshold,
            objects,
        });
    }

    /// Choose which functions called with objects tier 1 takes, for the rest of the session.
    pub fn set_objects(&self, objects: crate::tier::Objects) {
        let policy = self.tiering.rt.policy.get();
        self.tiering.rt.policy.set(Policy { objects, ..policy });
    }

    /// With the JIT off, still time and count calls per function (see `profile`).
    pub fn set_profile(&self, on: bool) {
        self.tiering.rt.set_profiling(on);
    }

    /// Set up `sys.argv`, `sys.path[0]` and `__file__` as `python3 FILE ARGS…` would, for
    /// a following [`Session::run`] of the file at `path` (absolute); `argv` is `FILE ARGS…`.
    pub fn set_script(&self, path: &str, argv: &[String]) -> Result<(), SessionError> {
        self.interp.enter(|vm| {
            crate::python::script::prepare(vm, &self.main, path, argv).map_err(|exc| {
                let error = self.describe(vm, &exc, ErrorKind::Exception, path);
                SessionError::Setup(error.traceback)
            })
        })
    }

    /// Whether the last run or REPL entry ended with `SystemExit` (`exit()`, `sys.exit()`).
    pub fn exited(&self) -> bool {
        self.exited.get()
    }

    /// Run a whole program as `__main__`, in this session's globals.
    pub fn run(&self, source: &str, filename: &str) -> Outcome {
        self.execute(source, filename, Mode::Exec)
    }

    /// Is `source` (REPL lines joined with `\n`) ready to run?
    pub fn repl_check(&self, source: &str) -> ReplStatus {
        self.interp.enter(|vm| repl::classify(vm, source))
    }

    /// Run REPL input; the value of an expression statement is echoed like CPython's `>>>`.
    pub fn repl_run(&self, source: &str) -> Outcome {
        self.execute(source, REPL_FILENAME, Mode::Single)
    }

    fn execute(&self, source: &str, filename: &str, mode: Mode) -> Outcome {
        self.exited.set(false);
        let start = self.clock.now_ms();
        self.sources.borrow_mut().insert(filename, source);
        let jit = self.tiering.rt.policy.get().enabled || self.tiering.rt.profiling();
        let (error, exit_code) = self.interp.enter(|vm| {
            platform::remember_source(vm, filename, source);
            if matches!(mode, Mode::Exec) {
                drawing::before_run(vm);
            }
            let compiled = if jit {
                rewrite::compile(vm, &self.tiering, source, mode, filename)
            } else {
                vm.compile(source, mode, filename)
            };
            let code = match compiled {
                Ok(code) => {
                    crate::python::inplace::keep_generic(&code);
                    code
                }
                Err(err) => {
                    let exc = err.into_pyexception(vm, Some(source));
                    return (
                        Some(self.describe(vm, &exc, ErrorKind::Syntax, filename)),
                        1,
                    );
                }
            };
            crate::python::stack::mark_top();
            crate::python::resume::disarm();
            let result = vm.run_code_obj(code, self.main.clone());
            drawing::after_run(vm);
            match result {
                Ok(_) => (None, 0),
                Err(exc) if exc.fast_isinstance(vm.ctx.exceptions.system_exit) => {
                    self.exited.set(true);
                    match self.system_exit(vm, &exc) {
                        0 => (None, 0),
                        status => {
                            // Not an error to show: CPython prints no traceback for it
                            // (`unittest.main()` ends so when a test fails), so no line
                            // is marked either.
                            let mut error = self.describe(vm, &exc, ErrorKind::Exception, filename);
                            error.traceback.clear();
                            error.line = None;
                            (Some(error), status)
                        }
                    }
                }
                Err(exc) => (
                    Some(self.describe(vm, &exc, ErrorKind::Exception, filename)),
                    1,
                ),
            }
        });
        Outcome {
            elapsed_ms: self.clock.now_ms() - start,
            error,
            exit_code,
        }
    }

    fn describe(
        &self,
        vm: &VirtualMachine,
        exc: &PyBaseExceptionRef,
        kind: ErrorKind,
        filename: &str,
    ) -> crate::PyError {
        traceback::describe(vm, exc, kind, filename, &self.sources.borrow())
    }

    /// The process status `sys.exit(code)` asks for: 0 for `None`, the integer itself, or 1
    /// for anything else, which is printed to stderr first, as CPython does.
    fn system_exit(&self, vm: &VirtualMachine, exc: &PyBaseExceptionRef) -> i32 {
        let Ok(code) = exc.as_object().get_attr("code", vm) else {
            return 0;
        };
        if vm.is_none(&code) {
            return 0;
        }
        if let Some(int) = code.downcast_ref::<PyInt>() {
            return int.try_to_primitive::<i32>(vm).unwrap_or(-1);
        }
        if let Ok(text) = code.str(vm) {
            self.host
                .write(Stream::Stderr, &format!("{}\n", text.to_string_lossy()));
        }
        1
    }
}

/// Raises `KeyboardInterrupt` in a running session: at the interpreter's next bytecode
/// boundary, or at the next poll of a compiled loop, whichever comes first.
#[derive(Debug, Clone)]
pub struct Interrupter {
    signal: rustpython_vm::signal::UserSignalSender,
    stop: Arc<AtomicBool>,
}

impl Interrupter {
    /// Ask the session to stop. Safe to call from any thread, any number of times.
    pub fn interrupt(&self) {
        self.stop.store(true, Ordering::SeqCst);
        // Whoever takes the flag first raises: the interpreter here, or a compiled loop.
        let stop = self.stop.clone();
        // Fails only when the session is gone, and then there is nothing to stop.
        let _ = self.signal.send(Box::new(move |vm: &VirtualMachine| {
            if stop.swap(false, Ordering::SeqCst) {
                Err(vm.new_exception_empty(vm.ctx.exceptions.keyboard_interrupt.to_owned()))
            } else {
                Ok(())
            }
        }));
    }
}
