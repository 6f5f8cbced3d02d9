//! The native engine: wasmtime (Cranelift), one `Engine` and `Store` per session, the ABI
//! imports defined once in a `Linker`, and each module's entry point kept as a typed
//! function so a call costs no dynamic dispatch.

use std::rc::Rc;

use wasmtime::{Config, Engine as WasmEngine, Instance, Linker, Module, Store, TypedFunc};

use super::{
    decode_status, Engine, EngineError, EntryArgs, EntryResult, InterruptCheck, ModuleHandle,
};
use crate::jit::abi::{self, host, Import, ObjImport};

/// `entry(a0, …, a7, tags, budget) -> payload`.
type EntryFn = TypedFunc<(i64, i64, i64, i64, i64, i64, i64, i64, i32, i32), i64>;

struct Loaded {
    entry: EntryFn,
    status: TypedFunc<(), i32>,
    item: TypedFunc<i32, i64>,
    item_tag: TypedFunc<i32, i32>,
    _instance: Instance,
}

/// What host functions can reach.
struct HostState {
    interrupted: InterruptCheck,
}

/// wasmtime behind the [`Engine`] trait.
pub struct NativeEngine {
    engine: WasmEngine,
    store: Store<HostState>,
    linker: Linker<HostState>,
    modules: Vec<Option<Loaded>>,
}

impl std::fmt::Debug for NativeEngine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NativeEngine")
            .field("modules", &self.modules.len())
            .finish_non_exhaustive()
    }
}

impl NativeEngine {
    /// A fresh engine whose compiled loops stop when `interrupted` says so.
    pub fn new(interrupted: InterruptCheck) -> Result<Self, EngineError> {
        let mut config = Config::new();
        let level = match std::env::var("PAVE_CRANELIFT_OPT").as_deref() {
            Ok("none") => wasmtime::OptLevel::None,
            _ => wasmtime::OptLevel::Speed,
        };
        config.cranelift_opt_level(level);
        let engine = WasmEngine::new(&config).map_err(|e| EngineError::Load(e.to_string()))?;
        let store = Store::new(&engine, HostState { interrupted });
        let mut linker = Linker::new(&engine);
        define_imports(&mut linker).map_err(|e| EngineError::Load(e.to_string()))?;
        Ok(NativeEngine {
            engine,
            store,
            linker,
            modules: Vec::new(),
        })
    }

    /// An engine that is never interrupted (tests and tools).
    pub fn uninterruptible() -> Result<Self, EngineError> {
        Self::new(Rc::new(|| false))
    }
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

/// An object import, over the registered [`super::ObjectFns`] (read at each call, so an
/// engine made before registration still finds them).
fn define_object_import(
    linker: &mut Linker<HostState>,
    name: &str,
    import: ObjImport,
) -> wasmtime::Result<()> {
    let m = abi::IMPORT_MODULE;
    let f = super::object_fns;
    match import {
        ObjImport::Drop => linker.func_wrap(m, name, move |h: i32| (f().drop)(h))?,
        ObjImport::Dup => linker.func_wrap(m, name, move |h: i32| (f().dup)(h))?,
        ObjImport::GetAttr => {
            linker.func_wrap(m, name, move |h: i32, n: i32| (f().getattr)(h, n))?
        }
        ObjImport::GetItem => linker.func_wrap(m, name, move |h: i32, t: i32, k: i64| {
            (f().getitem)(h, t, k)
        })?,
        ObjImport::Len => linker.func_wrap(m, name, move |h: i32| (f().len)(h))?,
        ObjImport::Iter => linker.func_wrap(m, name, move |h: i32| (f().iter)(h))?,
        ObjImport::Next => linker.func_wrap(m, name, move |h: i32| (f().next)(h))?,
        ObjImport::Unpack => {
            linker.func_wrap(m, name, move |h: i32, n: i32, i: i32| (f().unpack)(h, n, i))?
        }
        ObjImport::Unbox => linker.func_wrap(m, name, move |h: i32| (f().unbox)(h))?,
        ObjImport::UnboxTag => linker.func_wrap(m, name, move || (f().unbox_tag)())?,
        ObjImport::Truth => linker.func_wrap(m, name, move |h: i32| (f().truth)(h))?,
        ObjImport::Is => linker.func_wrap(m, name, move |a: i32, b: i32| (f().is)(a, b))?,
        ObjImport::IsNone => linker.func_wrap(m, name, move |h: i32| (f().is_none)(h))?,
        ObjImport::Box => linker.func_wrap(m, name, move |t: i32, p: i64| (f().boxed)(t, p))?,
        ObjImport::GetAttrNum => {
            linker.func_wrap(m, name, move |h: i32, n: i32| (f().getattr_num)(h, n))?
        }
        ObjImport::GetItemNum => linker.func_wrap(m, name, move |h: i32, t: i32, k: i64| {
            (f().getitem_num)(h, t, k)
        })?,
        ObjImport::ResumeVar => {
            linker.func_wrap(m, name, move |v: i32, t: i32, p: i64, o: i32| {
                (f().resume_var)(v, t, p, o)
            })?
        }
        ObjImport::SetAttr => {
            linker.func_wrap(m, name, move |h: i32, n: i32, t: i32, p: i64, o: i32| {
                (f().setattr)(h, n, t, p, o)
            })?
        }
        ObjImport::SetItem => linker.func_wrap(
            m,
            name,
            move |h: i32, kt: i32, k: i64, t: i32, p: i64, o: i32| (f().setitem)(h, kt, k, t, p, o),
        )?,
        ObjImport::ResumeAt => {
            linker.func_wrap(m, name, move |o: i32, r: i32| (f().resume_at)(o, r))?
        }
    };
    Ok(())
}

impl Engine for NativeEngine {
    fn name(&self) -> &'static str {
        "wasmtime"
    }

    fn load(&mut self, wasm: &[u8]) -> Result<ModuleHandle, EngineError> {
        let load = |e: wasmtime::Error| EngineError::Load(e.to_string());
        let module = Module::new(&self.engine, wasm).map_err(load)?;
        let instance = self
            .linker
            .instantiate(&mut self.store, &module)
            .map_err(load)?;
        let entry = instance
            .get_typed_func(&mut self.store, abi::ENTRY_EXPORT)
            .map_err(load)?;
        let status = instance
            .get_typed_func(&mut self.store, abi::STATUS_EXPORT)
            .map_err(load)?;
        let item = instance
            .get_typed_func(&mut self.store, abi::ITEM_EXPORT)
            .map_err(load)?;
        let item_tag = instance
            .get_typed_func(&mut self.store, abi::ITEM_TAG_EXPORT)
            .map_err(load)?;
        self.modules.push(Some(Loaded {
            entry,
            status,
            item,
            item_tag,
            _instance: instance,
        }));
        Ok(ModuleHandle((self.modules.len() - 1) as u32))
    }

    fn call(&mut self, module: ModuleHandle, args: &EntryArgs) -> Result<EntryResult, EngineError> {
        // Borrowed, not cloned: cloning a `TypedFunc` clones its registered type, which
        // cost a third of the call.
        let loaded = super::loaded(&self.modules, module)?;
        let s = args.slots;
        let payload = loaded
            .entry
            .call(
                &mut self.store,
                (
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
                ),
            )
            .map_err(|e| EngineError::Call(e.to_string()))?;
        let code = loaded
            .status
            .call(&mut self.store, ())
            .map_err(|e| EngineError::Call(e.to_string()))?;
        let (status, origin) = decode_status(code)?;
        Ok(EntryResult {
            payload,
            status,
            origin,
        })
    }

    fn tuple_item(
        &mut self,
        module: ModuleHandle,
        index: usize,
    ) -> Result<(i32, i64), EngineError> {
        let loaded = super::loaded(&self.modules, module)?;
        let call = |e: wasmtime::Error| EngineError::Call(e.to_string());
        let tag = loaded
            .item_tag
            .call(&mut self.store, index as i32)
            .map_err(call)?;
        let payload = loaded
            .item
            .call(&mut self.store, index as i32)
            .map_err(call)?;
        Ok((tag, payload))
    }

    fn unload(&mut self, module: ModuleHandle) {
        if let Some(slot) = self.modules.get_mut(module.0 as usize) {
            *slot = None;
        }
    }
}
