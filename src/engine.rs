//! Engines run the modules tier 1 generates: [`native`] with wasmtime, [`web`] with the
//! browser's own WebAssembly engine through `js-sys`. Both load the same bytes and call
//! them through the uniform entry point of [`abi`](crate::jit::abi).

#[cfg(not(target_arch = "wasm32"))]
pub mod native;
#[cfg(target_arch = "wasm32")]
pub mod web;

use std::rc::Rc;

use crate::jit::abi::{self, Status};
use crate::jit::code::{self, FunctionId, Globals};
use crate::jit::error::{CompileError, CompileResult};
use crate::jit::kinds::Kinds;
use crate::jit::{compile, CompileOptions};

/// A loaded module, owned by the engine that loaded it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ModuleHandle(pub u32);

/// The arguments of one entry call, already unboxed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct EntryArgs {
    /// One slot per parameter: ints as is, floats as bits, bools as 0/1, objects as
    /// handles.
    pub slots: [i64; abi::MAX_ARGS],
    /// `abi::TAG_BITS` bits per argument: its kind tag (read for parameters stored
    /// tagged).
    pub tags: i32,
    /// How many more nested calls the recursion limit allows.
    pub budget: i32,
}

/// What an entry call produced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EntryResult {
    /// The result, as in [`EntryArgs::slots`].
    pub payload: i64,
    /// What the payload is, or why the call bailed out.
    pub status: Status,
    /// For a returned value: the parameter it is, unchanged, if it is one.
    pub origin: Option<usize>,
}

/// Why an engine could not load or run a module.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EngineError {
    /// The engine rejected the module (a compiler bug, or a limit of the engine).
    #[error("the engine could not load the module: {0}")]
    Load(String),
    /// The call trapped or the engine failed (a compiler bug: generated code never traps).
    #[error("the compiled code failed: {0}")]
    Call(String),
    /// The handle does not name a loaded module.
    #[error("no such module")]
    NoModule,
}

/// What a module's time goes to, which decides how hard its compiler should work.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeShape {
    /// Arithmetic on unboxed numbers: optimising pays.
    Numeric,
    /// Host calls on objects: a baseline compiler's code runs as fast, and it loads
    /// an order of magnitude sooner.
    Objects,
}

/// Loads and runs generated modules.
///
/// Every method takes `&self` and may be called while a call of the same engine runs:
/// compiled code calls Python code (`obj_call`), which may call, compile, load and drop
/// compiled modules before it returns.
pub trait Engine {
    /// A short name for telemetry (`"wasmtime"`, `"browser"`).
    fn name(&self) -> &'static str;
    /// Compile and instantiate `wasm`, code of `shape`.
    fn load(&self, wasm: &[u8], shape: CodeShape) -> Result<ModuleHandle, EngineError>;
    /// The compiler that turns modules of `shape` into machine code (for reports).
    fn compiler(&self, shape: CodeShape) -> &'static str;
    /// Call the module's entry point.
    fn call(&self, module: ModuleHandle, args: &EntryArgs) -> Result<EntryResult, EngineError>;
    /// Item `index` of the tuple the last call returned ([`Status::Tuple`]): its kind
    /// tag and payload.
    fn tuple_item(&self, module: ModuleHandle, index: usize) -> Result<(i32, i64), EngineError>;
    /// Forget a module (its memory may be reclaimed once no call runs).
    fn unload(&self, module: ModuleHandle);
    /// Stack the frames of one entry's compiled recursion may take, in bytes
    /// (`tier::max_compiled_depth`).
    fn compiled_stack_bytes(&self) -> usize;
}

/// An engine's loaded modules, safe to change while compiled code runs: a call holds its
/// module by `Rc`, and a module unloaded while any call of the engine runs is given back
/// (for its engine to release) only when the outermost call has returned — the browser
/// engine reuses function-table slots, which a running call may still go through.
pub(crate) struct ModuleSlots<T> {
    slots: std::cell::RefCell<Vec<Option<Rc<T>>>>,
    running: std::cell::Cell<u32>,
    deferred: std::cell::RefCell<Vec<Rc<T>>>,
}

impl<T> Default for ModuleSlots<T> {
    fn default() -> Self {
        ModuleSlots {
            slots: std::cell::RefCell::new(Vec::new()),
            running: std::cell::Cell::new(0),
            deferred: std::cell::RefCell::new(Vec::new()),
        }
    }
}

impl<T> ModuleSlots<T> {
    /// Keep `module`; its handle.
    pub(crate) fn push(&self, module: T) -> ModuleHandle {
        let mut slots = self.slots.borrow_mut();
        slots.push(Some(Rc::new(module)));
        ModuleHandle((slots.len() - 1) as u32)
    }

    /// The module behind `handle`.
    pub(crate) fn get(&self, handle: ModuleHandle) -> Result<Rc<T>, EngineError> {
        self.slots
            .borrow()
            .get(handle.0 as usize)
            .and_then(Option::clone)
            .ok_or(EngineError::NoModule)
    }

    /// How many modules were ever loaded.
    pub(crate) fn len(&self) -> usize {
        self.slots.borrow().len()
    }

    /// Forget `handle`: its module, to release now, or `None` if a call runs (it is then
    /// handed back by [`ModuleSlots::leave`]).
    pub(crate) fn remove(&self, handle: ModuleHandle) -> Option<Rc<T>> {
        let module = self
            .slots
            .borrow_mut()
            .get_mut(handle.0 as usize)
            .and_then(Option::take)?;
        if self.running.get() > 0 {
            self.deferred.borrow_mut().push(module);
            return None;
        }
        Some(module)
    }

    /// A call begins.
    pub(crate) fn enter(&self) {
        self.running.set(self.running.get() + 1);
    }

    /// A call has ended: the modules unloaded meanwhile, once the outermost has.
    pub(crate) fn leave(&self) -> Vec<Rc<T>> {
        let running = self.running.get().saturating_sub(1);
        self.running.set(running);
        if running > 0 {
            return Vec::new();
        }
        std::mem::take(&mut *self.deferred.borrow_mut())
    }

    /// Every module still loaded or waiting to be released (the engine is going away).
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    pub(crate) fn drain(&self) -> Vec<Rc<T>> {
        let mut all: Vec<Rc<T>> = self.slots.borrow_mut().drain(..).flatten().collect();
        all.append(&mut self.deferred.borrow_mut());
        all
    }
}

/// Decode the status code a module reported, and the origin of its result.
pub(crate) fn decode_status(code: i32) -> Result<(Status, Option<usize>), EngineError> {
    let (status, origin) = abi::split_origin(code);
    Status::from_code(status)
        .map(|s| (s, origin))
        .ok_or_else(|| EngineError::Call(format!("unknown status {code}")))
}

/// Arguments a call takes inline (`abi::CALL_INLINE`).
pub const CALL_INLINE: usize = abi::CALL_INLINE as usize;

/// An operand as compiled code passes it: tag, bits, origin (`abi::ObjImport::Binary`).
pub type Operand = (i32, i64, i32);
/// An operator's host function: both operands, then the operator's code.
pub type OperatorFn = fn(Operand, Operand, i32) -> i32;

/// The host functions behind the object imports (`abi::ObjImport`), one per import.
/// They live where Python objects do (`python::objects`), which registers them with
/// [`set_object_fns`]; engines link them as they link the numeric imports.
#[derive(Debug, Clone, Copy)]
pub struct ObjectFns {
    pub drop: fn(i32),
    pub dup: fn(i32) -> i32,
    pub getattr: fn(i32, i32) -> i32,
    pub getitem: fn(i32, i32, i64, i32) -> i32,
    pub len: fn(i32) -> i64,
    pub iter: fn(i32) -> i32,
    pub next: fn(i32) -> i32,
    pub unpack: fn(i32, i32, i32) -> i32,
    pub unbox: fn(i32) -> i64,
    pub unbox_tag: fn() -> i32,
    pub truth: fn(i32) -> i32,
    pub is: fn(i32, i32) -> i32,
    pub is_none: fn(i32) -> i32,
    pub boxed: fn(i32, i64) -> i32,
    pub getattr_num: fn(i32, i32) -> i64,
    pub getitem_num: fn(i32, i32, i64, i32) -> i64,
    pub resume_var: fn(i32, i32, i64, i32),
    pub resume_at: fn(i32, i32, i32),
    pub setattr: fn(i32, i32, i32, i64, i32) -> i32,
    pub setitem: fn(i32, i32, i64, i32, i64, i32, i32) -> i32,
    pub global: fn(i32) -> i32,
    pub setglobal: fn(i32, i32, i64, i32) -> i32,
    pub getmethod: fn(i32, i32) -> i32,
    pub arg: fn(i32, i64, i32) -> i32,
    pub call: fn(i32, i32, i32, i32, [Operand; CALL_INLINE]) -> i32,
    pub build: fn(i32, i32, i32, [Operand; CALL_INLINE]) -> i32,
    pub callmethod: fn(i32, i32, i32, [Operand; CALL_INLINE]) -> i32,
    pub ord: fn(i32) -> i64,
    pub chr: fn(i32, i64, i32) -> i32,
    pub binary: OperatorFn,
    pub checkoperator: fn(i32, i32, i32, i64) -> i32,
    pub reflected: OperatorFn,
    pub compare: OperatorFn,
    pub contains: OperatorFn,
    pub kwname: fn(i32),
    pub checkmethod: fn(i32, i32, i64) -> i32,
    pub new: fn(i32, i64) -> i32,
    pub collect: fn(i32) -> i32,
    pub makefunction: fn(i32, i32, i32) -> i32,
    pub unbox_payload: fn() -> i64,
    pub functionof: fn(i32) -> i64,
    pub frame_cell: fn(i32) -> i32,
    pub cell_get: fn(i32) -> i32,
    pub cell_set: fn(i32, i32, i64, i32) -> i32,
    pub set_function_attribute: fn(i32, i32, i32, i64, i32) -> i32,
    pub superattr: fn(i32, i32, i32, i32, i32) -> i32,
    pub delitem: fn(i32, i32, i64, i32) -> i32,
    pub getslice: fn(i32, i32, i64, i32, i64, i32) -> i32,
    pub setslice: SetSliceFn,
    pub import: fn(i32, i32) -> i32,
}

/// `obj[start:stop] = value`: `(obj, start_tag, start, stop_tag, stop, tag, payload,
/// origin, op) -> i32` ([`abi::ObjImport::SetSlice`]).
pub type SetSliceFn = fn(i32, i32, i64, i32, i64, i32, i64, i32, i32) -> i32;

/// Functions that answer "leave it to the interpreter" to everything: what modules call
/// before [`set_object_fns`] (never, in a session).
const NO_OBJECTS: ObjectFns = ObjectFns {
    drop: |_| {},
    dup: |_| abi::HANDLE_BAIL,
    getattr: |_, _| abi::HANDLE_BAIL,
    getitem: |_, _, _, _| abi::HANDLE_BAIL,
    len: |_| -1,
    iter: |_| abi::HANDLE_BAIL,
    next: |_| abi::HANDLE_BAIL,
    unpack: |_, _, _| abi::HANDLE_BAIL,
    unbox: |_| 0,
    unbox_tag: || abi::UNBOX_OTHER,
    truth: |_| -1,
    is: |_, _| 0,
    is_none: |_| 0,
    boxed: |_, _| abi::HANDLE_BAIL,
    getattr_num: |_, _| 0,
    getitem_num: |_, _, _, _| 0,
    resume_var: |_, _, _, _| {},
    resume_at: |_, _, _| {},
    setattr: |_, _, _, _, _| -1,
    setitem: |_, _, _, _, _, _, _| -1,
    global: |_| abi::HANDLE_BAIL,
    setglobal: |_, _, _, _| -1,
    getmethod: |_, _| abi::HANDLE_BAIL,
    arg: |_, _, _| -1,
    call: |_, _, _, _, _| abi::HANDLE_BAIL,
    build: |_, _, _, _| abi::HANDLE_BAIL,
    callmethod: |_, _, _, _| abi::HANDLE_NOT_RUN,
    ord: |_| -1,
    chr: |_, _, _| abi::HANDLE_BAIL,
    binary: |_, _, _| abi::HANDLE_BAIL,
    checkoperator: |_, _, _, _| 0,
    reflected: |_, _, _| abi::HANDLE_BAIL,
    compare: |_, _, _| -1,
    contains: |_, _, _| -1,
    kwname: |_| {},
    checkmethod: |_, _, _| 0,
    new: |_, _| abi::HANDLE_BAIL,
    collect: |_| -1,
    makefunction: |_, _, _| abi::HANDLE_BAIL,
    unbox_payload: || 0,
    functionof: |_| 0,
    frame_cell: |_| abi::HANDLE_BAIL,
    cell_get: |_| abi::HANDLE_BAIL,
    cell_set: |_, _, _, _| -1,
    set_function_attribute: |_, _, _, _, _| abi::HANDLE_BAIL,
    superattr: |_, _, _, _, _| abi::HANDLE_BAIL,
    delitem: |_, _, _, _| -1,
    getslice: |_, _, _, _, _, _| abi::HANDLE_BAIL,
    setslice: |_, _, _, _, _, _, _, _, _| -1,
    import: |_, _| abi::HANDLE_BAIL,
};

static OBJECT_FNS: std::sync::OnceLock<ObjectFns> = std::sync::OnceLock::new();

/// Register the object functions (once per process; later calls keep the first).
pub fn set_object_fns(fns: ObjectFns) {
    let _ = OBJECT_FNS.set(fns);
}

/// The registered object functions.
pub fn object_fns() -> &'static ObjectFns {
    OBJECT_FNS.get().unwrap_or(&NO_OBJECTS)
}

/// Asks whether the user wants the running code stopped; the engines' `poll` import.
pub type InterruptCheck = std::rc::Rc<dyn Fn() -> bool>;

/// Nanoseconds per call of a tiny compiled function from Rust in the browser: through the
/// page module's function table (`None` where the table cannot grow) and through
/// `Function.apply` with `BigInt` arguments, over `calls` calls each (the bench page).
#[cfg(target_arch = "wasm32")]
pub fn call_path_costs(calls: u32) -> Result<(Option<f64>, f64), String> {
    let clock = crate::clock::WebClock;
    let wasm = probe_module(&clock).map_err(|e| e.to_string())?;
    let mut engine = web::WebEngine::new(Rc::new(|| false)).map_err(|e| e.to_string())?;
    engine
        .measure_call_paths(&wasm, calls, &clock)
        .map_err(|e| e.to_string())
}

/// The engine of the target this build runs on: wasmtime natively, the browser's own.
pub fn for_this_target(interrupted: InterruptCheck) -> Result<Box<dyn Engine>, EngineError> {
    #[cfg(not(target_arch = "wasm32"))]
    let engine = native::NativeEngine::new(interrupted)?;
    #[cfg(target_arch = "wasm32")]
    let engine = web::WebEngine::new(interrupted)?;
    Ok(Box::new(engine))
}

/// A tiny module (`def f(x): return x + 1` for an `int`) for measuring engines' call
/// overhead.
pub fn probe_module(clock: &dyn crate::clock::Clock) -> CompileResult<Vec<u8>> {
    struct NoGlobals;
    impl Globals for NoGlobals {
        fn lookup(&self, _: &str) -> code::Binding {
            code::Binding::Unbound
        }
    }
    let source = "def f(x):\n    return x + 1\n";
    let module = rustpython_vm::compiler::compile(
        source,
        rustpython_vm::compiler::Mode::Exec,
        "<probe>",
        Default::default(),
    )
    .map_err(|e| CompileError::internal(e.to_string()))?;
    let (_, code) = code::read::functions(&module)
        .into_iter()
        .next()
        .ok_or_else(|| CompileError::internal("the probe defines no function"))?;
    let compiled = compile(
        FunctionId(1),
        Rc::new(code),
        &NoGlobals,
        &[Kinds::INT],
        clock,
        CompileOptions::default(),
    )?;
    Ok(compiled.wasm)
}
