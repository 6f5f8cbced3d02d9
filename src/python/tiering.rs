//! Tier 1's session state on the Python side: the runtime (tier/runtime.rs), the objects
//! tier 1 knows by identity, the stack sampler's last look, and compiling a function
//! against live globals into a loaded [`Variant`] with its live guards.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use rustpython_vm::builtins::{PyCode, PyDictRef};
use rustpython_vm::{Py, PyRef, VirtualMachine};

use crate::engine::ModuleHandle;
use crate::jit::code::{CodeInfo, FunctionId};
use crate::jit::error::CompileError;
use crate::jit::ir::{ConstHandle, ObjOp};
use crate::jit::kinds::Kinds;
use crate::telemetry::{CompileRecord, Reason, ReasonKind, TierState};
use crate::tier::runtime::Runtime;

use super::globals::{Callees, Known, LiveGuard, PyGlobals};

/// A compiled specialisation of a function.
pub(crate) struct Variant {
    /// The loaded module.
    pub module: ModuleHandle,
    /// The globals it was compiled against (a function object with the same code and
    /// other globals does not enter it).
    pub globals: PyDictRef,
    /// Argument kinds it accepts.
    pub params: Vec<Kinds>,
    /// The objects of the globals it loads as constant handles (`ObjOp::ConstGlobal`),
    /// in the module's order: put in each call's table after the ABI's constants.
    pub constants: Rc<Vec<rustpython_vm::PyObjectRef>>,
    /// What must hold on entry.
    pub guards: Rc<Vec<LiveGuard>>,
    /// Which of them a call the code makes may break (`CallGuards::due`), as picked for
    /// a generation of what the program may rebind (`objects::rebinding::generation`).
    pub due: RefCell<Option<(u32, Rc<[u32]>)>>,
    /// Items of the tuple the root returns, if it returns tuples.
    pub tuple_len: Option<usize>,
    /// How deep compiled recursion may go in one entry, for the stack its frames take
    /// (`jit::Compiled::frame_bytes`, `Engine::compiled_stack_bytes`).
    pub max_depth: usize,
    /// The globals a result's origin may name (`jit::Compiled::origin_globals`).
    pub origin_globals: Rc<Vec<&'static rustpython_vm::builtins::PyStrInterned>>,
    /// What the interpreter needs to resume the unit's functions mid-way.
    pub frames: Rc<super::resume::UnitFrames>,
    /// The attribute names the module's `obj_getattr` indices stand for.
    pub attr_names: Rc<super::objects::AttrTable>,
    /// Whether it has loads unboxed by the host (`getattr.num`), which bail out on
    /// anything but a number.
    pub fused: bool,
    /// Whether its module works on objects (not numbers only).
    pub objects: bool,
    /// Whether it calls methods straight into their compiled code (behind a check of
    /// the object's class, which bails out on another class).
    pub direct: bool,
}

impl Variant {
    /// The indices of the guards that a call compiled code makes may break: those on
    /// `math`'s attributes, on a function's defaults, and on the globals the program may
    /// rebind ([`super::globals::GlobalName::may_be_rebound`]). Picked again only when
    /// what the program may rebind changes.
    pub(crate) fn guards_due(&self) -> Rc<[u32]> {
        let now = super::objects::rebinding::generation();
        if let Some((generation, due)) = &*self.due.borrow() {
            if *generation == now {
                return due.clone();
            }
        }
        let due: Rc<[u32]> = (0u32..)
            .zip(self.guards.iter())
            .filter(|(_, g)| match g.name() {
                Some(name) if g.is_math() => name.may_be_stored_as_attribute(),
                Some(name) => name.may_be_rebound(),
                None => true,
            })
            .map(|(i, _)| i)
            .collect();
        *self.due.borrow_mut() = Some((now, due.clone()));
        due
    }
}

/// Tier 1 for one session.
pub(crate) struct Tiering {
    /// The Python-free part: policy, engine, module cache, records.
    pub rt: Runtime,
    /// Objects known by identity.
    pub known: Known,
    /// When the stack was last sampled, on the telemetry clock.
    pub last_sample: Cell<f64>,
    /// The frames of user functions on the stack at the last sample: (frame, record).
    pub last_stack: RefCell<Vec<(usize, usize)>>,
    /// The record of each function tier 1 never runs (it has no gate: a generator, a
    /// closure…), by its code object's address (the code kept alive here), so that it
    /// shows in the report with why, and with the tier-0 time the stack samples find.
    ungated: RefCell<HashMap<usize, (PyRef<PyCode>, usize)>>,
    /// Every gate's compiled variants, for [`Tiering::release_compiled`].
    variant_sets: RefCell<Vec<std::rc::Weak<RefCell<Vec<Variant>>>>>,
}

/// What a function is compiled without, after compiled code met what it assumed away.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Fallbacks {
    /// Every load an object (a fused load met a non-number).
    pub no_fusion: bool,
    /// Every method called through the host (a direct call met another class).
    pub no_direct_methods: bool,
    /// Every attribute loaded through the host (a store would have released an object
    /// with a `__del__` while loads compiled away relied on nothing running).
    pub no_forwarding: bool,
}

/// Why a module on objects was not compiled now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Wait {
    /// A loop over objects waits for the threshold (`Objects::Loops`).
    Threshold,
    /// Compiling has taken its share of the run so far (`Objects::Budgeted`).
    Budget,
    /// A loop-free function on objects is compiled only into a caller's module
    /// (`Objects::Budgeted`).
    LoopFree,
    /// Its module on objects would run slower than the interpreter
    /// (`Objects::Budgeted`, `pave_jit::gain`): it stays in tier 0. The estimate, in
    /// words.
    NoGain(String),
}

/// What [`Tiering::compile`] made.
pub(crate) enum Compiled {
    /// A loaded variant, and what its compile took.
    Loaded(Box<Variant>, CompileRecord),
    /// Nothing yet.
    Waits(Wait),
}

impl Tiering {
    /// Tier 1 over `rt`, knowing `known`.
    pub(crate) fn new(rt: Runtime, known: Known) -> Self {
        let now = rt.epoch_ms();
        Tiering {
            rt,
            known,
            last_sample: Cell::new(now),
            last_stack: RefCell::new(Vec::new()),
            ungated: RefCell::new(HashMap::new()),
            variant_sets: RefCell::new(Vec::new()),
        }
    }

    /// Know `set`, a gate's compiled variants, so that [`Tiering::release_compiled`]
    /// can let them go (the gates of functions since dropped are forgotten as more
    /// come).
    pub(crate) fn register_variants(&self, set: &Rc<RefCell<Vec<Variant>>>) {
        let mut sets = self.variant_sets.borrow_mut();
        if sets.len() >= 64 && sets.len().is_power_of_two() {
            sets.retain(|w| w.strong_count() > 0);
        }
        sets.push(Rc::downgrade(set));
    }

    /// Let every compiled variant go, with what it holds (the globals it was compiled
    /// against, the objects it loads as constants): a session ends. A gate is a
    /// constant of its function's code, which its globals hold, and the collector does
    /// not look inside a gate: held there, the program's objects would outlive the
    /// session and their `__del__` would never run.
    pub(crate) fn release_compiled(&self) {
        let sets: Vec<_> = self.variant_sets.borrow_mut().drain(..).collect();
        for set in sets.iter().filter_map(std::rc::Weak::upgrade) {
            let variants: Vec<Variant> = set.borrow_mut().drain(..).collect();
            for v in variants {
                self.rt.release(v.module);
            }
        }
    }

    /// Report `code`, a function tier 1 never runs, as interpreted because of `why`
    /// ("it is a generator or coroutine").
    pub(crate) fn note_ungated(&self, code: &Py<PyCode>, name: &str, line: u32, why: &str) {
        let record = self.rt.record_for(name, line);
        self.rt.update(record, |r| {
            r.uncounted = true;
            r.state = TierState::NotCompilable;
            r.reason = Some(Reason::new(ReasonKind::Unsupported, why.to_owned()));
        });
        let key = code as *const Py<PyCode> as usize;
        self.ungated
            .borrow_mut()
            .insert(key, (code.to_owned(), record));
    }

    /// The record of `code`, a function tier 1 never runs ([`Tiering::note_ungated`]).
    pub(crate) fn ungated_record(&self, code: &Py<PyCode>) -> Option<usize> {
        let key = code as *const Py<PyCode> as usize;
        self.ungated.borrow().get(&key).map(|(_, r)| *r)
    }

    /// Forget the telemetry (a new run in the same session keeps compiled code).
    pub(crate) fn reset_counters(&self) {
        self.rt.reset_counters();
        self.last_sample.set(self.rt.epoch_ms());
        self.last_stack.borrow_mut().clear();
    }

    /// Compile `code` (function `id`, record `record`, globals `globals`) for `kinds`,
    /// learning about callees through `callees`, and load it; or not yet, if its module
    /// would be on objects and must wait (`wait_if_objects`, or under `Objects::Budgeted`
    /// while compiling is over its budget).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn compile(
        &self,
        root: &super::gate::Dispatcher,
        record: usize,
        id: FunctionId,
        code: Rc<CodeInfo>,
        globals: &PyDictRef,
        kinds: &[Kinds],
        callees: &dyn Callees,
        forced: bool,
        frameless: bool,
        fallbacks: Fallbacks,
        wait_if_objects: Option<Wait>,
        claim: crate::tier::Claim,
        unstable: &std::collections::BTreeSet<String>,
        vm: &VirtualMachine,
    ) -> Result<Compiled, CompileError> {
        use crate::tier::policy::Objects;
        let rt = &self.rt;
        let policy = rt.policy.get().objects;
        let budgeted = !forced && policy == Objects::Budgeted;
        let objects_in = kinds
            .iter()
            .any(|k| k.contains(crate::jit::kinds::Kind::Object));
        let units = code.code.len() / 2;
        if budgeted && (objects_in || rt.is_long(units)) && !rt.within_budget(units, claim) {
            // Its module works on objects whatever else it does, or it is so long that
            // compiling it to know would cost more than the allowance.
            return Ok(Compiled::Waits(Wait::Budget));
        }
        let env = PyGlobals {
            vm,
            globals,
            known: &self.known,
            callees,
            seen: Default::default(),
            unstable,
        };
        let options = crate::jit::CompileOptions {
            object_calls: rt.options.object_calls
                || forced
                || matches!(policy, Objects::All | Objects::Budgeted),
            frameless,
            no_fusion: fallbacks.no_fusion,
            no_direct_methods: fallbacks.no_direct_methods,
            no_forwarding: fallbacks.no_forwarding,
            max_object_units: budgeted.then(|| rt.affordable_units(claim)),
            require_gain: budgeted && !gain_check_off(),
            ..rt.options
        };
        let room = rt.budget_room(claim);
        let t0 = rt.clock_ms();
        let compiled = match crate::jit::compile(id, code, &env, kinds, &rt.clock, options) {
            Err(CompileError::OverBudget { .. }) => {
                // Lowered only, to learn that: what that cost is compiling too.
                rt.charge_compile(rt.clock_ms() - t0);
                return Ok(Compiled::Waits(Wait::Budget));
            }
            Err(e @ CompileError::NoGain { .. }) => {
                rt.charge_compile(rt.clock_ms() - t0);
                return Ok(Compiled::Waits(Wait::NoGain(e.to_string())));
            }
            other => other?,
        };
        rt.charge_compile(compiled.phases.total_ms());
        debug_ir(&compiled);
        let shape = if compiled.unit.works_on_objects() {
            crate::engine::CodeShape::Objects
        } else {
            crate::engine::CodeShape::Numeric
        };
        let objects = shape == crate::engine::CodeShape::Objects;
        if budgeted && objects && compiled.phases.total_ms() > room {
            // Thrown away before loading; what it cost still tells the rate, so that the
            // next forecasts are not as short of it (hexiom compiled and threw away one
            // function after another at the prior rate).
            rt.learn_compile_rate(
                compiled.phases.total_ms(),
                compiled.code_units.max(units),
                false,
            );
            return Ok(Compiled::Waits(Wait::Budget));
        }
        if let (Some(wait), true) = (wait_if_objects, objects) {
            // A loop over objects gains far less per iteration than a numeric one, and
            // loading the module (Cranelift, natively) costs milliseconds: at its first
            // call, a function run once (life's `glider_gun`, 12.8 ms to load for 0.4 ms
            // of work) would end up slower. It waits for the threshold, like a function
            // without loops. (Or, loop-free, it never compiles on its own.)
            return Ok(Compiled::Waits(wait));
        }
        let guards: Vec<LiveGuard> = compiled
            .guards
            .iter()
            .filter_map(|g| LiveGuard::resolve(g, &env))
            .collect();
        // The objects behind the module's constant handles, in its order: globals by
        // their guards, code constants from the code objects of the unit's functions.
        let code_constant = |func: FunctionId, n: u32| {
            if func == id {
                return root.constant(n).cloned();
            }
            let seen = env.seen.borrow();
            let (_, function) = seen.iter().find(|(f, _)| *f == func)?;
            super::gate::Dispatcher::of(function, vm)?
                .constant(n)
                .cloned()
        };
        let constants = compiled
            .unit
            .const_handles()
            .iter()
            .map(|handle| {
                let found = match handle {
                    ConstHandle::Global(name) => guards
                        .iter()
                        .filter_map(LiveGuard::constant)
                        .find(|(n, _)| n == name)
                        .map(|(_, obj)| obj.clone()),
                    ConstHandle::Code(func, n) => code_constant(*func, *n),
                    ConstHandle::Str(s) => Some(str_constant(s, vm)),
                };
                found.ok_or_else(|| {
                    CompileError::internal(format!("{handle:?} has no object to stand for"))
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let t0 = rt.clock_ms();
        let (module, reused) = rt
            .load(&compiled.wasm, shape)
            .map_err(|e| CompileError::internal(e.to_string()))?;
        let now = rt.clock_ms();
        rt.charge_compile(now - t0);
        rt.learn_compile_rate(
            compiled.phases.total_ms() + (now - t0),
            compiled.code_units.max(units),
            true,
        );
        let compile_record = CompileRecord {
            at_ms: now - rt.epoch_ms(),
            phases: compiled.phases,
            instantiate_ms: now - t0,
            compiler: rt.compiler(shape),
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
                if let (Some(first), Some(name)) = (names.first_mut(), rt.record_name(record)) {
                    *first = name;
                }
                names
            },
            resume_points: compiled
                .unit
                .funcs
                .iter()
                .map(|f| f.points.len())
                .max()
                .unwrap_or(0),
        };
        rt.keep_artifact(record, compiled.wasm.clone(), compiled.unit.to_string());
        Ok(Compiled::Loaded(
            Box::new(Variant {
                module,
                constants: Rc::new(constants),
                globals: globals.clone(),
                params: compiled.params,
                guards: Rc::new(guards),
                due: RefCell::new(None),
                tuple_len: compiled.tuple_ret.as_ref().map(Vec::len),
                max_depth: crate::tier::max_compiled_depth(
                    compiled.frame_bytes,
                    rt.engine.compiled_stack_bytes(),
                ),
                origin_globals: Rc::new(
                    compiled
                        .origin_globals
                        .iter()
                        .map(|name| vm.ctx.intern_str(name.as_str()))
                        .collect(),
                ),
                frames: Rc::new(super::resume::UnitFrames {
                    funcs: compiled
                        .unit
                        .funcs
                        .iter()
                        .map(|f| super::resume::Frames {
                            points: f.points.clone(),
                            locals: f.locals,
                            cells: f.cells.clone(),
                            id: f.id,
                        })
                        .collect(),
                    functions: env.seen.take(),
                    stores: compiled.unit.may_run_python(),
                }),
                objects,
                direct: compiled.unit.any_object_op(|op| {
                    matches!(op, ObjOp::CheckMethod(..) | ObjOp::NewInstance(_))
                }),
                fused: compiled
                    .unit
                    .any_object_op(|op| matches!(op, ObjOp::GetAttrNum(_) | ObjOp::GetItemNum)),
                attr_names: Rc::new(super::objects::AttrTable::new(
                    compiled
                        .unit
                        .attr_names()
                        .iter()
                        .map(|n| vm.ctx.intern_str(n.as_str()))
                        .collect(),
                )),
            }),
            compile_record,
        ))
    }
}

/// `PAVE_DEBUG_NO_GAIN=1` loads units on objects under `Objects::Budgeted` whether or
/// not `pave_jit::gain` expects them to pay: to measure what the estimate keeps out.
fn gain_check_off() -> bool {
    std::env::var_os("PAVE_DEBUG_NO_GAIN").is_some()
}

/// The object a string constant `text` is, as RustPython makes code constants: the
/// interned string where the text is all ASCII letters, digits and `_` (so `"x" is "x"`
/// across functions holds as in tier 0), else a new one, shared by the whole module as
/// the interpreter's is by the whole code object.
fn str_constant(text: &str, vm: &VirtualMachine) -> rustpython_vm::PyObjectRef {
    if text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
        vm.ctx.intern_str(text).to_owned().into()
    } else {
        vm.ctx.new_str(text).into()
    }
}

/// `PAVE_DEBUG_IR=NAME` prints the IR of each unit whose root is named `NAME` (its
/// `__qualname__`; `*` for every unit) to stderr when it is compiled: what a function's
/// compiled code assumes, to tell why it bails.
fn debug_ir(compiled: &crate::jit::Compiled) {
    let Some(wanted) = std::env::var_os("PAVE_DEBUG_IR") else {
        return;
    };
    let root = compiled.unit.funcs.first().map(|f| f.name.as_str());
    if wanted == "*" || root.is_some_and(|r| wanted == r) {
        eprintln!("pave: IR of {}\n{}", root.unwrap_or("?"), compiled.unit);
        eprintln!(
            "pave: gain of {}: {}",
            root.unwrap_or("?"),
            compiled.gain.describe()
        );
    }
}
