//! The native engine: wasmtime, the ABI imports defined once per compiler in a `Linker`,
//! and each module's entry point kept as a typed function so a call costs no dynamic
//! dispatch.
//!
//! Two compilers, each with its own wasmtime `Engine` and `Store`: Cranelift for numeric
//! code, where its optimisations pay (20–130× over the interpreter), and Winch, wasmtime's
//! baseline compiler, for code on objects ([`CodeShape::Objects`]), whose time goes to
//! host calls: Cranelift spent 274 ms loading nbody_lists' 39 KB module, a third of the
//! run, where Winch takes 18 ms and the code runs as fast. Winch is made at the first
//! such module; where wasmtime has no Winch for the machine, Cranelift does both.

use std::cell::{Cell, OnceCell, UnsafeCell};
use std::rc::Rc;

use wasmtime::{
    AsContextMut, Caller, Config, Engine as WasmEngine, Linker, Module, Store, StoreContextMut,
    TypedFunc,
};

use super::{
    decode_status, CodeShape, Engine, EngineError, EntryArgs, EntryResult, InterruptCheck,
    ModuleHandle, ModuleSlots,
};
use crate::jit::abi::{self, host, Import, ObjImport};

/// `entry(a0, …, a7, tags, budget) -> payload`.
type EntryFn = TypedFunc<(i64, i64, i64, i64, i64, i64, i64, i64, i32, i32), i64>;

struct Loaded {
    /// Which backend's store the module lives in.
    baseline: bool,
    entry: EntryFn,
    /// The status global (`abi::STATUS_GLOBAL_EXPORT`), read without a call into wasm.
    status: wasmtime::Global,
    /// The globals of a returned tuple's items, tag and payload, by index
    /// (`abi::item_global_exports`; none for a module returning no tuple): read without
    /// calls into wasm.
    items: Vec<(wasmtime::Global, wasmtime::Global)>,
}

/// What host functions can reach.
struct HostState {
    interrupted: InterruptCheck,
    /// The backend's id (for [`CALLER`]).
    engine_id: usize,
}

thread_local! {
    /// The innermost object import running on this thread (it may run Python code, which
    /// may call compiled code again): its backend's id and its `Caller`, through which
    /// that backend's store must be reached until the import returns — the store itself
    /// is lent to the call running below.
    static CALLER: Cell<(usize, *mut ())> = const { Cell::new((0, std::ptr::null_mut())) };
}

/// Gives each backend an id for [`CALLER`].
static NEXT_ID: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(1);

/// One compiler's wasmtime engine, with its store and imports.
struct Backend {
    id: usize,
    engine: WasmEngine,
    /// Reached only through [`Backend::with_store`].
    store: UnsafeCell<Store<HostState>>,
    linker: Linker<HostState>,
}

/// wasmtime behind the [`Engine`] trait.
pub struct NativeEngine {
    optimizing: Backend,
    /// Winch, made at the first module on objects (`None` inside: not on this machine).
    baseline: OnceCell<Option<Backend>>,
    interrupted: InterruptCheck,
    modules: ModuleSlots<Loaded>,
}

impl std::fmt::Debug for NativeEngine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NativeEngine")
            .field("modules", &self.modules.len())
            .finish_non_exhaustive()
    }
}

/// Native stack compiled code may use, nested calls through Python included (wasmtime
/// counts it from the outermost entry): most of the interpreter thread's stack
/// (`cli::INTERPRETER_STACK_BYTES`), since Python's recursion limit, not this, must be
/// what stops deep recursion through compiled methods.
const MAX_WASM_STACK: usize = 192 << 20;

impl Backend {
    /// A backend compiling with `strategy`.
    fn new(interrupted: InterruptCheck, strategy: wasmtime::Strategy) -> wasmtime::Result<Self> {
        let mut config = Config::new();
        config.strategy(strategy);
        // Under Winch, Cranelift compiles only the trampolines between the host and wasm
        // (one per function type and per export of each module), which optimising does
        // not make faster: unoptimised, pyperformance's deltablue (38 modules on
        // objects) ran 4 % fewer instructions in all.
        let level = match std::env::var("PAVE_CRANELIFT_OPT").as_deref() {
            Ok("none") => wasmtime::OptLevel::None,
            Ok("speed") => wasmtime::OptLevel::Speed,
            _ if matches!(strategy, wasmtime::Strategy::Winch) => wasmtime::OptLevel::None,
            _ => wasmtime::OptLevel::Speed,
        };
        config.cranelift_opt_level(level);
        // wasmtime checks the limit against its async stack size even without async.
        config.async_stack_size(MAX_WASM_STACK + (1 << 20));
        config.max_wasm_stack(MAX_WASM_STACK);
        let engine = WasmEngine::new(&config)?;
        let id = NEXT_ID.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let store = Store::new(
            &engine,
            HostState {
                interrupted,
                engine_id: id,
            },
        );
        let mut linker = Linker::new(&engine);
        define_imports(&mut linker)?;
        Ok(Backend {
            id,
            engine,
            store: UnsafeCell::new(store),
            linker,
        })
    }

    /// Run `f` with this backend's store: through the `Caller` of the object import
    /// running now if it is this backend's (a call from Python code that compiled code
    /// called), else the store itself (no call of this backend runs).
    fn with_store<R>(&self, f: impl FnOnce(StoreContextMut<'_, HostState>) -> R) -> R {
        let (id, caller) = CALLER.with(Cell::get);
        if id == self.id && !caller.is_null() {
            // SAFETY: `reentrant` published this pointer to a `Caller` that lives on
            // its stack frame, which is below us and stays until it clears the pointer;
            // the store is reachable only through that `Caller` meanwhile.
            let caller = unsafe { &mut *(caller as *mut Caller<'static, HostState>) };
            return f(caller.as_context_mut());
        }
        // SAFETY: no call of this backend is running (else an import's `Caller` would
        // be published for it: every object import publishes one, and the others run no
        // code of ours), so nothing else borrows the store; one thread uses the engine.
        let store = unsafe { &mut *self.store.get() };
        f(store.as_context_mut())
    }

    /// Compile and instantiate `wasm`.
    fn load(&self, wasm: &[u8], baseline: bool) -> wasmtime::Result<Loaded> {
        let module = Module::new(&self.engine, wasm)?;
        self.with_store(|mut store| {
            let instance = self.linker.instantiate(&mut store, &module)?;
            Ok(Loaded {
                baseline,
                entry: instance.get_typed_func(&mut store, abi::ENTRY_EXPORT)?,
                status: instance
                    .get_global(&mut store, abi::STATUS_GLOBAL_EXPORT)
                    .ok_or_else(|| wasmtime::Error::msg("the module exports no status global"))?,
                items: (0..abi::MAX_TUPLE)
                    .map_while(|i| {
                        let (tag, payload) = abi::item_global_exports(i);
                        Some((
                            instance.get_global(&mut store, &tag)?,
                            instance.get_global(&mut store, &payload)?,
                        ))
                    })
                    .collect(),
            })
        })
    }
}

impl NativeEngine {
    /// A fresh engine whose compiled loops stop when `interrupted` says so.
    pub fn new(interrupted: InterruptCheck) -> Result<Self, EngineError> {
        let optimizing = Backend::new(interrupted.clone(), wasmtime::Strategy::Cranelift)
            .map_err(|e| EngineError::Load(e.to_string()))?;
        Ok(NativeEngine {
            optimizing,
            baseline: OnceCell::new(),
            interrupted,
            modules: ModuleSlots::default(),
        })
    }

    /// An engine that is never interrupted (tests and tools).
    pub fn uninterruptible() -> Result<Self, EngineError> {
        Self::new(Rc::new(|| false))
    }

    /// The backend for code of `shape` (`PAVE_WASM_COMPILER=cranelift` or `winch` picks
    /// one for everything, to compare them).
    fn backend_for(&self, shape: CodeShape) -> &Backend {
        let baseline = match std::env::var("PAVE_WASM_COMPILER").as_deref() {
            Ok("cranelift") => false,
            Ok("winch") => true,
            _ => shape == CodeShape::Objects,
        };
        if baseline {
            let made = self.baseline.get_or_init(|| {
                Backend::new(self.interrupted.clone(), wasmtime::Strategy::Winch).ok()
            });
            if let Some(backend) = made {
                return backend;
            }
        }
        &self.optimizing
    }

    /// The backend a loaded module lives in.
    fn backend_of(&self, loaded: &Loaded) -> &Backend {
        match (loaded.baseline, self.baseline.get()) {
            (true, Some(Some(backend))) => backend,
            _ => &self.optimizing,
        }
    }
}

/// Run `f`, an object import's work (which may run Python code and so call compiled
/// code again), with `caller` published for [`NativeEngine::with_store`].
#[inline(always)]
fn reentrant<R>(mut caller: Caller<'_, HostState>, f: impl FnOnce() -> R) -> R {
    let engine_id = caller.data().engine_id;
    let outer = CALLER.with(|c| {
        c.replace((
            engine_id,
            &mut caller as *mut Caller<'_, HostState> as *mut (),
        ))
    });
    /// Restores the outer caller even if `f` unwinds.
    struct Restore((usize, *mut ()));
    impl Drop for Restore {
        fn drop(&mut self) {
            CALLER.with(|c| c.set(self.0));
        }
    }
    let _restore = Restore(outer);
    f()
}

fn define_imports(linker: &mut Linker<HostState>) -> wasmtime::Result<()> {
    let m = abi::IMPORT_MODULE;
    for import in Import::all() {
        let name = import.name();
        match import {
            Import::Poll => {
                linker.func_wrap(m, &name, |caller: wasmtime::Caller<'_, HostState>| {
                    i32::from((caller.data().interrupted)())
                })?;
            }
            Import::Math(f) if f.arity() == 2 => {
                linker.func_wrap(m, &name, move |x: f64, y: f64| host::math2(f, x, y))?;
            }
            Import::Math(f) => {
                linker.func_wrap(m, &name, move |x: f64| host::math1(f, x))?;
            }
            Import::FloatPow => {
                linker.func_wrap(m, &name, host::float_pow)?;
            }
            Import::FloatMod => {
                linker.func_wrap(m, &name, host::float_mod)?;
            }
            Import::FloatFloorDiv => {
                linker.func_wrap(m, &name, host::float_floordiv)?;
            }
            Import::IntTrueDiv => {
                linker.func_wrap(m, &name, host::int_truediv)?;
            }
            Import::Obj(o) => define_object_import(linker, &name, o)?,
        }
    }
    Ok(())
}

/// Define an object import whose work runs no Python code, ever (no call, no release
/// that could run a `__del__`, no dictionary lookup, where a user key's `__eq__` could
/// run): it need not publish its `Caller`, which saves two thread-local accesses on some
/// of the hottest imports.
macro_rules! pure_import {
    ($linker:expr, $name:expr, || $body:expr) => {
        $linker.func_wrap(abi::IMPORT_MODULE, $name, move || $body)?
    };
    ($linker:expr, $name:expr, |$($arg:ident : $ty:ty),*| $body:expr) => {
        $linker.func_wrap(abi::IMPORT_MODULE, $name, move |$($arg: $ty),*| $body)?
    };
}

/// Define an object import whose work may run Python code: it publishes its `Caller`
/// while it runs (see [`reentrant`]).
macro_rules! object_import {
    ($linker:expr, $name:expr, || $body:expr) => {
        $linker.func_wrap(
            abi::IMPORT_MODULE,
            $name,
            move |caller: Caller<'_, HostState>| reentrant(caller, || $body),
        )?
    };
    ($linker:expr, $name:expr, |$($arg:ident : $ty:ty),*| $body:expr) => {
        $linker.func_wrap(
            abi::IMPORT_MODULE,
            $name,
            move |caller: Caller<'_, HostState>, $($arg: $ty),*| reentrant(caller, || $body),
        )?
    };
}

/// Define an object import that takes its last operands in the call itself
/// (`abi::CALL_INLINE` of them: tag, bits and origin each) after the leading `i32`s
/// named (`ObjImport::Call`, `ObjImport::Build`); it may run Python code.
macro_rules! inline_import {
    ($linker:expr, $name:expr, |$($head:ident),*| $f:expr) => {
        $linker.func_wrap(
            abi::IMPORT_MODULE,
            $name,
            move |caller: Caller<'_, HostState>,
                  $($head: i32,)*
                  t0: i32,
                  p0: i64,
                  o0: i32,
                  t1: i32,
                  p1: i64,
                  o1: i32,
                  t2: i32,
                  p2: i64,
                  o2: i32| {
                reentrant(caller, || {
                    $f($($head),*, [(t0, p0, o0), (t1, p1, o1), (t2, p2, o2)])
                })
            },
        )?
    };
}

/// An operator's import (both operands in the call), over the function `pick` chooses.
fn operator_import<'l>(
    linker: &'l mut Linker<HostState>,
    name: &str,
    pick: fn(&super::ObjectFns) -> super::OperatorFn,
) -> wasmtime::Result<&'l mut Linker<HostState>> {
    linker.func_wrap(
        abi::IMPORT_MODULE,
        name,
        move |caller: Caller<'_, HostState>,
              a_tag: i32,
              a: i64,
              a_origin: i32,
              b_tag: i32,
              b: i64,
              b_origin: i32,
              op: i32| {
            reentrant(caller, || {
                pick(super::object_fns())((a_tag, a, a_origin), (b_tag, b, b_origin), op)
            })
        },
    )
}

/// An object import, over the registered [`super::ObjectFns`] (read at each call, so an
/// engine made before registration still finds them).
fn define_object_import(
    linker: &mut Linker<HostState>,
    name: &str,
    import: ObjImport,
) -> wasmtime::Result<()> {
    let f = super::object_fns;
    match import {
        ObjImport::Drop => object_import!(linker, name, |h: i32| (f().drop)(h)),
        ObjImport::Dup => pure_import!(linker, name, |h: i32| (f().dup)(h)),
        ObjImport::GetAttr => object_import!(linker, name, |h: i32, n: i32| (f().getattr)(h, n)),
        ObjImport::GetItem => {
            object_import!(linker, name, |h: i32, t: i32, k: i64, op: i32| (f()
                .getitem)(
                h, t, k, op
            ))
        }
        ObjImport::Len => pure_import!(linker, name, |h: i32| (f().len)(h)),
        ObjImport::Iter => object_import!(linker, name, |h: i32| (f().iter)(h)),
        ObjImport::Next => object_import!(linker, name, |h: i32| (f().next)(h)),
        ObjImport::Unpack => {
            object_import!(linker, name, |h: i32, n: i32, i: i32| (f().unpack)(h, n, i))
        }
        ObjImport::Unbox => pure_import!(linker, name, |h: i32| (f().unbox)(h)),
        ObjImport::UnboxTag => pure_import!(linker, name, || (f().unbox_tag)()),
        ObjImport::UnboxPayload => pure_import!(linker, name, || (f().unbox_payload)()),
        ObjImport::FunctionOf => pure_import!(linker, name, |h: i32| (f().functionof)(h)),
        ObjImport::Truth => pure_import!(linker, name, |h: i32| (f().truth)(h)),
        ObjImport::Is => pure_import!(linker, name, |a: i32, b: i32| (f().is)(a, b)),
        ObjImport::IsNone => pure_import!(linker, name, |h: i32| (f().is_none)(h)),
        ObjImport::Box => object_import!(linker, name, |t: i32, p: i64| (f().boxed)(t, p)),
        ObjImport::GetAttrNum => {
            object_import!(linker, name, |h: i32, n: i32| (f().getattr_num)(h, n))
        }
        ObjImport::GetItemNum => {
            object_import!(linker, name, |h: i32, t: i32, k: i64, op: i32| (f()
                .getitem_num)(
                h, t, k, op
            ))
        }
        ObjImport::ResumeVar => object_import!(linker, name, |v: i32, t: i32, p: i64, o: i32| {
            (f().resume_var)(v, t, p, o)
        }),
        ObjImport::SetAttr => {
            object_import!(linker, name, |h: i32, n: i32, t: i32, p: i64, o: i32| {
                (f().setattr)(h, n, t, p, o)
            })
        }
        ObjImport::SetItem => object_import!(
            linker,
            name,
            |h: i32, kt: i32, k: i64, t: i32, p: i64, o: i32, op: i32| (f().setitem)(
                h, kt, k, t, p, o, op
            )
        ),
        ObjImport::ResumeAt => {
            object_import!(linker, name, |o: i32, r: i32, u: i32| (f().resume_at)(
                o, r, u
            ))
        }
        ObjImport::New => object_import!(linker, name, |c: i32, i: i64| (f().new)(c, i)),
        ObjImport::Collect => object_import!(linker, name, |k: i32| (f().collect)(k)),
        ObjImport::MakeFunction => {
            object_import!(linker, name, |u: i32, k: i32, c: i32| (f().makefunction)(
                u, k, c
            ))
        }
        ObjImport::CheckMethod => {
            object_import!(linker, name, |h: i32, n: i32, id: i64| (f().checkmethod)(
                h, n, id
            ))
        }
        ObjImport::CheckOperator => {
            object_import!(linker, name, |a: i32, b: i32, n: i32, id: i64| {
                (f().checkoperator)(a, b, n, id)
            })
        }
        ObjImport::Global => object_import!(linker, name, |n: i32| (f().global)(n)),
        ObjImport::FrameCell => object_import!(linker, name, |n: i32| (f().frame_cell)(n)),
        ObjImport::CellGet => object_import!(linker, name, |h: i32| (f().cell_get)(h)),
        ObjImport::CellSet => {
            object_import!(linker, name, |h: i32, t: i32, p: i64, o: i32| {
                (f().cell_set)(h, t, p, o)
            })
        }
        ObjImport::SetFunctionAttribute => {
            object_import!(linker, name, |h: i32, g: i32, t: i32, p: i64, o: i32| {
                (f().set_function_attribute)(h, g, t, p, o)
            })
        }
        ObjImport::GetSlice => object_import!(
            linker,
            name,
            |h: i32, at: i32, a: i64, bt: i32, b: i64, op: i32| (f().getslice)(h, at, a, bt, b, op)
        ),
        ObjImport::Import => {
            object_import!(linker, name, |n: i32, from: i32| (f().import)(n, from))
        }
        ObjImport::SetSlice => object_import!(
            linker,
            name,
            |h: i32, at: i32, a: i64, bt: i32, b: i64, t: i32, p: i64, o: i32, op: i32| {
                (f().setslice)(h, at, a, bt, b, t, p, o, op)
            }
        ),
        ObjImport::DelItem => {
            object_import!(linker, name, |h: i32, kt: i32, k: i64, op: i32| {
                (f().delitem)(h, kt, k, op)
            })
        }
        ObjImport::SuperAttr => {
            object_import!(linker, name, |h: i32, s: i32, c: i32, n: i32, m: i32| {
                (f().superattr)(h, s, c, n, m)
            })
        }
        ObjImport::SetGlobal => {
            object_import!(linker, name, |n: i32, t: i32, p: i64, o: i32| {
                (f().setglobal)(n, t, p, o)
            })
        }
        ObjImport::Ord => object_import!(linker, name, |h: i32| (f().ord)(h)),
        ObjImport::Chr => object_import!(linker, name, |t: i32, p: i64, o: i32| (f().chr)(t, p, o)),
        ObjImport::GetMethod => {
            object_import!(linker, name, |h: i32, n: i32| (f().getmethod)(h, n))
        }
        ObjImport::Arg => object_import!(linker, name, |t: i32, p: i64, o: i32| (f().arg)(t, p, o)),
        ObjImport::Build => inline_import!(linker, name, |k, n, i| (f().build)),
        ObjImport::Binary => operator_import(linker, name, |f| f.binary)?,
        ObjImport::Compare => operator_import(linker, name, |f| f.compare)?,
        ObjImport::Contains => operator_import(linker, name, |f| f.contains)?,
        ObjImport::Reflected => operator_import(linker, name, |f| f.reflected)?,
        ObjImport::KwName => object_import!(linker, name, |n: i32| (f().kwname)(n)),
        ObjImport::Call => inline_import!(linker, name, |c, h, p, n| (f().call)),
        ObjImport::CallMethod => inline_import!(linker, name, |n, p, i| (f().callmethod)),
    };
    Ok(())
}

impl Engine for NativeEngine {
    fn name(&self) -> &'static str {
        "wasmtime"
    }

    fn load(&self, wasm: &[u8], shape: CodeShape) -> Result<ModuleHandle, EngineError> {
        let backend = self.backend_for(shape);
        let baseline = !std::ptr::eq(backend, &self.optimizing);
        let loaded = backend
            .load(wasm, baseline)
            .map_err(|e| EngineError::Load(e.to_string()))?;
        Ok(self.modules.push(loaded))
    }

    fn compiler(&self, shape: CodeShape) -> &'static str {
        if std::ptr::eq(self.backend_for(shape), &self.optimizing) {
            "Cranelift"
        } else {
            "Winch"
        }
    }

    fn call(&self, module: ModuleHandle, args: &EntryArgs) -> Result<EntryResult, EngineError> {
        // Held by `Rc`, not cloned: cloning a `TypedFunc` clones its registered type,
        // which cost a third of the call.
        let loaded = self.modules.get(module)?;
        let s = args.slots;
        let params = (
            s[0],
            s[1],
            s[2],
            s[3],
            s[4],
            s[5],
            s[6],
            s[7],
            args.tags,
            args.budget,
        );
        self.modules.enter();
        let ran = self.backend_of(&loaded).with_store(|mut store| {
            let payload = loaded.entry.call(&mut store, params)?;
            let code = loaded
                .status
                .get(&mut store)
                .i32()
                .ok_or_else(|| wasmtime::Error::msg("the status global is not an i32"))?;
            Ok::<_, wasmtime::Error>((payload, code))
        });
        drop(self.modules.leave());
        let (payload, code) = ran.map_err(|e| EngineError::Call(e.to_string()))?;
        let (status, origin) = decode_status(code)?;
        Ok(EntryResult {
            payload,
            status,
            origin,
        })
    }

    fn tuple_item(&self, module: ModuleHandle, index: usize) -> Result<(i32, i64), EngineError> {
        let loaded = self.modules.get(module)?;
        let Some((tag, payload)) = loaded.items.get(index) else {
            return Err(EngineError::Call(format!(
                "the module returns no tuple item {index}"
            )));
        };
        self.backend_of(&loaded).with_store(|mut store| {
            let tag = tag.get(&mut store).i32();
            let payload = payload.get(&mut store).i64();
            tag.zip(payload).ok_or_else(|| {
                EngineError::Call("a tuple item's globals have the wrong types".to_owned())
            })
        })
    }

    fn unload(&self, module: ModuleHandle) {
        drop(self.modules.remove(module));
    }

    fn compiled_stack_bytes(&self) -> usize {
        crate::tier::NATIVE_COMPILED_STACK_BYTES
    }
}
