//! The browser engine: the page's own WebAssembly engine (V8 in Chromium), driven through
//! `js-sys` from inside the worker, where synchronous compiles have no size limit.
//!
//! Modules are compiled with `new WebAssembly.Module` and instantiated synchronously
//! against one import object whose functions are Rust closures (the same `abi::host`
//! code the native engine links). The entry point is called through `Function.apply`
//! with `BigInt` arguments.
#![deny(clippy::unwrap_used)]

use js_sys::{Array, BigInt, Function, Object, Reflect, Uint8Array, WebAssembly};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::{
    decode_status, Engine, EngineError, EntryArgs, EntryResult, InterruptCheck, ModuleHandle,
};
use crate::jit::abi::{self, host, Import};

struct Loaded {
    entry: Function,
    status: Function,
    item: Function,
    item_tag: Function,
}

/// The browser's engine behind the [`Engine`] trait.
pub struct WebEngine {
    imports: Object,
    /// Keeps the import closures alive as long as modules may call them.
    _closures: Vec<JsValue>,
    modules: Vec<Option<Loaded>>,
}

impl std::fmt::Debug for WebEngine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WebEngine")
            .field("modules", &self.modules.len())
            .finish_non_exhaustive()
    }
}

fn js_error(e: JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| format!("{e:?}"))
}

impl WebEngine {
    /// An engine whose compiled loops stop when `interrupted` says so.
    pub fn new(interrupted: InterruptCheck) -> Result<Self, EngineError> {
        let functions = Object::new();
        let mut closures: Vec<JsValue> = Vec::new();
        for import in Import::all() {
            let f: JsValue = match import {
                Import::Poll => {
                    let check = interrupted.clone();
                    Closure::<dyn Fn() -> i32>::new(move || i32::from(check())).into_js_value()
                }
                Import::Math(f) if f.arity() == 2 => {
                    Closure::<dyn Fn(f64, f64) -> f64>::new(move |x, y| host::math2(f, x, y))
                        .into_js_value()
                }
                Import::Math(f) => {
                    Closure::<dyn Fn(f64) -> f64>::new(move |x| host::math1(f, x)).into_js_value()
                }
                Import::FloatPow => {
                    Closure::<dyn Fn(f64, f64) -> f64>::new(host::float_pow).into_js_value()
                }
                Import::FloatMod => {
                    Closure::<dyn Fn(f64, f64) -> f64>::new(host::float_mod).into_js_value()
                }
                Import::FloatFloorDiv => {
                    Closure::<dyn Fn(f64, f64) -> f64>::new(host::float_floordiv).into_js_value()
                }
                Import::IntTrueDiv => {
                    Closure::<dyn Fn(i64, i64) -> f64>::new(host::int_truediv).into_js_value()
                }
            };
            Reflect::set(&functions, &JsValue::from_str(&import.name()), &f)
                .map_err(|e| EngineError::Load(js_error(e)))?;
            closures.push(f);
        }
        let imports = Object::new();
        Reflect::set(&imports, &JsValue::from_str(abi::IMPORT_MODULE), &functions)
            .map_err(|e| EngineError::Load(js_error(e)))?;
        Ok(WebEngine {
            imports,
            _closures: closures,
            modules: Vec::new(),
        })
    }
}

fn export(instance: &WebAssembly::Instance, name: &str) -> Result<Function, EngineError> {
    Reflect::get(&instance.exports(), &JsValue::from_str(name))
        .map_err(|e| EngineError::Load(js_error(e)))?
        .dyn_into::<Function>()
        .map_err(|_| EngineError::Load(format!("the module has no function {name}")))
}

impl Engine for WebEngine {
    fn name(&self) -> &'static str {
        "browser"
    }

    fn load(&mut self, wasm: &[u8]) -> Result<ModuleHandle, EngineError> {
        let bytes = Uint8Array::from(wasm);
        let module =
            WebAssembly::Module::new(&bytes).map_err(|e| EngineError::Load(js_error(e)))?;
        let instance = WebAssembly::Instance::new(&module, &self.imports)
            .map_err(|e| EngineError::Load(js_error(e)))?;
        let loaded = Loaded {
            entry: export(&instance, abi::ENTRY_EXPORT)?,
            status: export(&instance, abi::STATUS_EXPORT)?,
            item: export(&instance, abi::ITEM_EXPORT)?,
            item_tag: export(&instance, abi::ITEM_TAG_EXPORT)?,
        };
        self.modules.push(Some(loaded));
        Ok(ModuleHandle((self.modules.len() - 1) as u32))
    }

    fn call(&mut self, module: ModuleHandle, args: &EntryArgs) -> Result<EntryResult, EngineError> {
        let loaded = self
            .modules
            .get(module.0 as usize)
            .and_then(Option::as_ref)
            .ok_or(EngineError::NoModule)?;
        let list = Array::new();
        for slot in args.slots {
            list.push(&BigInt::from(slot).into());
        }
        list.push(&JsValue::from(args.tags));
        list.push(&JsValue::from(args.budget));
        let call = |e: JsValue| EngineError::Call(js_error(e));
        let payload = loaded
            .entry
            .apply(&JsValue::UNDEFINED, &list)
            .map_err(call)?;
        let payload = BigInt::new(&payload)
            .ok()
            .and_then(|b| i64::try_from(b).ok())
            .ok_or_else(|| EngineError::Call("the entry point returned no i64".to_owned()))?;
        let code = loaded
            .status
            .call0(&JsValue::UNDEFINED)
            .map_err(call)?
            .as_f64()
            .ok_or_else(|| EngineError::Call("the status is not a number".to_owned()))?;
        Ok(EntryResult {
            payload,
            status: decode_status(code as i32)?,
        })
    }

    fn tuple_item(
        &mut self,
        module: ModuleHandle,
        index: usize,
    ) -> Result<(i32, i64), EngineError> {
        let loaded = self
            .modules
            .get(module.0 as usize)
            .and_then(Option::as_ref)
            .ok_or(EngineError::NoModule)?;
        let call = |e: JsValue| EngineError::Call(js_error(e));
        let i = JsValue::from(index as i32);
        let tag = loaded
            .item_tag
            .call1(&JsValue::UNDEFINED, &i)
            .map_err(call)?
            .as_f64()
            .ok_or_else(|| EngineError::Call("an item tag is not a number".to_owned()))?;
        let payload = loaded.item.call1(&JsValue::UNDEFINED, &i).map_err(call)?;
        let payload = BigInt::new(&payload)
            .ok()
            .and_then(|b| i64::try_from(b).ok())
            .ok_or_else(|| EngineError::Call("an item is not an i64".to_owned()))?;
        Ok((tag as i32, payload))
    }

    fn unload(&mut self, module: ModuleHandle) {
        if let Some(slot) = self.modules.get_mut(module.0 as usize) {
            *slot = None;
        }
    }
}
