//! The browser engine: the page's own WebAssembly engine (V8 in Chromium), driven through
//! `js-sys` from inside the worker, where synchronous compiles have no size limit.
//!
//! Modules are compiled with `new WebAssembly.Module` and instantiated synchronously
//! against one import object. Its numeric functions are this module's own raw wasm
//! exports (`__pave_jit_*`, generated below over the same `abi::host` code the native
//! engine links), so a `math.sin` in compiled code is a wasm-to-wasm call with no
//! JavaScript in between; `poll`, which needs the session's Stop check, is a Rust closure.
//!
//! Calls: a module's `entry` and `status` exports are placed in this module's own
//! function table (linked `--growable-table`, see `.cargo/config.toml`) and called as
//! `extern "C" fn` pointers, which is a `call_indirect` into the other instance: no
//! JavaScript on the way. If the table cannot grow, calls go through `Function.apply`
//! with `BigInt` arguments. [`WebEngine::measure_call_paths`] times both.
#![deny(clippy::unwrap_used)]

use js_sys::{Array, BigInt, Function, Object, Reflect, Uint8Array, WebAssembly};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use super::{
    decode_status, CodeShape, Engine, EngineError, EntryArgs, EntryResult, InterruptCheck,
    ModuleHandle, ModuleSlots,
};
use crate::jit::abi::{self, host, Import};

struct Loaded {
    entry: Function,
    status: Function,
    /// `item` and `item_tag`, which only a module returning tuples exports.
    items: Option<(Function, Function)>,
    /// Table slots of `entry` and `status`, when they could be placed in the table.
    slots: Option<(u32, u32)>,
}

/// The entry point as the host calls it through the table (the ABI's uniform signature).
type EntryPtr = extern "C" fn(i64, i64, i64, i64, i64, i64, i64, i64, i32, i32) -> i64;
/// The status getter.
type StatusPtr = extern "C" fn() -> i32;

/// The browser's engine behind the [`Engine`] trait.
pub struct WebEngine {
    imports: Object,
    /// This module's function table, if it can grow.
    table: Option<WebAssembly::Table>,
    /// Call through `Function.apply` even when the table is available (measurements).
    force_apply: bool,
    /// Keeps the import closures alive as long as modules may call them.
    _closures: Vec<JsValue>,
    modules: ModuleSlots<Loaded>,
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
        let raw = wasm_bindgen::exports();
        for import in Import::all() {
            let direct = Reflect::get(
                &raw,
                &JsValue::from_str(&format!("__pave_jit_{}", import.name())),
            )
            .ok()
            .filter(JsValue::is_function);
            let f: JsValue = match (import, direct) {
                (Import::Obj(_), None) => {
                    return Err(EngineError::Load(format!(
                        "the page module lacks the import {}",
                        import.name()
                    )))
                }
                (Import::Poll, _) | (_, None) => Self::closure_for(import, &interrupted),
                (_, Some(direct)) => direct,
            };
            Reflect::set(&functions, &JsValue::from_str(&import.name()), &f)
                .map_err(|e| EngineError::Load(js_error(e)))?;
            closures.push(f);
        }
        let imports = Object::new();
        Reflect::set(&imports, &JsValue::from_str(abi::IMPORT_MODULE), &functions)
            .map_err(|e| EngineError::Load(js_error(e)))?;
        let table = wasm_bindgen::function_table()
            .dyn_into::<WebAssembly::Table>()
            .ok()
            .filter(|t| t.grow(0).is_ok());
        Ok(WebEngine {
            imports,
            table,
            force_apply: false,
            _closures: closures,
            modules: ModuleSlots::default(),
        })
    }
}

impl WebEngine {
    /// A JavaScript function for `import`: a Rust closure (always for `poll`; for the
    /// others only if the raw export is missing).
    fn closure_for(import: Import, interrupted: &InterruptCheck) -> JsValue {
        match import {
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
            // Always raw exports (checked by the caller).
            Import::Obj(_) => JsValue::UNDEFINED,
        }
    }

    /// Put `f` in the function table; its index, or `None` if the table cannot grow.
    fn place(&self, f: &Function) -> Option<u32> {
        let table = self.table.as_ref()?;
        let index = match FREE_SLOTS.with(|free| free.borrow_mut().pop()) {
            Some(i) => i,
            None => table.grow(1).ok()?,
        };
        table.set(index, f).ok()?;
        Some(index)
    }

    /// Empty the table slots of an unloaded module (so its instance can be collected)
    /// and keep them for the next module, whichever session loads it.
    fn release(&self, loaded: &Loaded) {
        let (Some(table), Some((entry, status))) = (self.table.as_ref(), loaded.slots) else {
            return;
        };
        for index in [entry, status] {
            // `Table.set(i, null)`: js-sys's `set` takes only functions.
            let cleared = Reflect::get(table, &JsValue::from_str("set"))
                .ok()
                .and_then(|set| set.dyn_into::<Function>().ok())
                .is_some_and(|set| {
                    set.call2(table, &JsValue::from(index), &JsValue::NULL)
                        .is_ok()
                });
            if cleared {
                FREE_SLOTS.with(|free| free.borrow_mut().push(index));
            }
        }
    }

    /// Nanoseconds per call of a trivial compiled module, through the function table and
    /// through `Function.apply`: `(table, apply)`. The table figure is `None` when the
    /// table cannot grow.
    pub fn measure_call_paths(
        &mut self,
        wasm: &[u8],
        calls: u32,
        clock: &dyn crate::clock::Clock,
    ) -> Result<(Option<f64>, f64), EngineError> {
        let module = self.load(wasm, CodeShape::Numeric)?;
        let args = EntryArgs {
            budget: 100,
            ..EntryArgs::default()
        };
        let time = |engine: &mut Self, force_apply: bool| -> Result<f64, EngineError> {
            engine.force_apply = force_apply;
            for _ in 0..calls.min(1000) {
                engine.call(module, &args)?;
            }
            let start = clock.now_ms();
            for _ in 0..calls {
                engine.call(module, &args)?;
            }
            let ns = (clock.now_ms() - start) * 1e6 / f64::from(calls.max(1));
            engine.force_apply = false;
            Ok(ns)
        };
        let has_table = self.modules.get(module)?.slots.is_some();
        let table = if has_table {
            Some(time(self, false)?)
        } else {
            None
        };
        let apply = time(self, true)?;
        self.unload(module);
        Ok((table, apply))
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

    /// The browser's engine picks its own tiers (V8: Liftoff at once, TurboFan for hot
    /// code), whatever the shape.
    fn compiler(&self, _shape: CodeShape) -> &'static str {
        "the browser"
    }

    fn load(&self, wasm: &[u8], _shape: CodeShape) -> Result<ModuleHandle, EngineError> {
        let bytes = Uint8Array::from(wasm);
        let module =
            WebAssembly::Module::new(&bytes).map_err(|e| EngineError::Load(js_error(e)))?;
        let instance = WebAssembly::Instance::new(&module, &self.imports)
            .map_err(|e| EngineError::Load(js_error(e)))?;
        let entry = export(&instance, abi::ENTRY_EXPORT)?;
        let status = export(&instance, abi::STATUS_EXPORT)?;
        let slots = self.place(&entry).zip(self.place(&status));
        let loaded = Loaded {
            entry,
            status,
            items: match export(&instance, abi::ITEM_EXPORT) {
                Ok(item) => Some((item, export(&instance, abi::ITEM_TAG_EXPORT)?)),
                Err(_) => None,
            },
            slots,
        };
        Ok(self.modules.push(loaded))
    }

    fn call(&self, module: ModuleHandle, args: &EntryArgs) -> Result<EntryResult, EngineError> {
        let loaded = self.modules.get(module)?;
        self.modules.enter();
        let result = self.call_loaded(&loaded, args);
        for module in self.modules.leave() {
            self.release(&module);
        }
        result
    }

    fn tuple_item(&self, module: ModuleHandle, index: usize) -> Result<(i32, i64), EngineError> {
        let loaded = self.modules.get(module)?;
        let call = |e: JsValue| EngineError::Call(js_error(e));
        let Some((item, item_tag)) = &loaded.items else {
            return Err(EngineError::Call("the module returns no tuple".to_owned()));
        };
        let i = JsValue::from(index as i32);
        let tag = item_tag
            .call1(&JsValue::UNDEFINED, &i)
            .map_err(call)?
            .as_f64()
            .ok_or_else(|| EngineError::Call("an item tag is not a number".to_owned()))?;
        let payload = item.call1(&JsValue::UNDEFINED, &i).map_err(call)?;
        let payload = BigInt::new(&payload)
            .ok()
            .and_then(|b| i64::try_from(b).ok())
            .ok_or_else(|| EngineError::Call("an item is not an i64".to_owned()))?;
        Ok((tag as i32, payload))
    }

    fn unload(&self, module: ModuleHandle) {
        if let Some(loaded) = self.modules.remove(module) {
            self.release(&loaded);
        }
    }

    fn compiled_stack_bytes(&self) -> usize {
        crate::tier::COMPILED_STACK_BYTES
    }
}

impl WebEngine {
    /// Call `loaded`'s entry point and read its status.
    fn call_loaded(&self, loaded: &Loaded, args: &EntryArgs) -> Result<EntryResult, EngineError> {
        if let (Some((entry, status)), false) = (loaded.slots, self.force_apply) {
            // SAFETY: on wasm32 a function pointer is an index into this module's function
            // table, and `place` put the module's `entry` and `status` exports at these
            // indices. Their wasm types are exactly these signatures: `entry` is
            // `(i64 × 8, i32, i32) -> i64` and `status` is `() -> i32` in every module
            // (`abi`; checked by the validator in tests), and the C ABI of wasm32 passes
            // these scalars as plain wasm parameters and results. A mismatch would trap in
            // `call_indirect`, not corrupt memory.
            let (entry, status) = unsafe {
                (
                    std::mem::transmute::<usize, EntryPtr>(entry as usize),
                    std::mem::transmute::<usize, StatusPtr>(status as usize),
                )
            };
            let s = args.slots;
            let payload = entry(
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
            let (status, origin) = decode_status(status())?;
            return Ok(EntryResult {
                payload,
                status,
                origin,
            });
        }
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
        let (status, origin) = decode_status(code as i32)?;
        Ok(EntryResult {
            payload,
            status,
            origin,
        })
    }
}

thread_local! {
    /// Function-table slots no module uses: the table belongs to the host module, so
    /// every session's engine in this worker shares it and the slots it frees.
    static FREE_SLOTS: std::cell::RefCell<Vec<u32>> = const { std::cell::RefCell::new(Vec::new()) };
}

impl Drop for WebEngine {
    /// A dropped session gives its modules' table slots back.
    fn drop(&mut self) {
        for loaded in self.modules.drain() {
            self.release(&loaded);
        }
    }
}

/// Raw wasm exports of the ABI's numeric imports, named `__pave_jit_<import name>`: a
/// compiled module imports these directly (see the module docs). Each must exist for
/// every `Import` but `poll`; a missing one falls back to a closure.
mod raw_exports {
    use wasm_bindgen::prelude::wasm_bindgen;

    use crate::jit::abi::{host, MathFn};

    macro_rules! math1 {
        ($($name:ident => $f:ident),* $(,)?) => {$(
            #[wasm_bindgen(js_name = $name)]
            #[doc = "An ABI import: see `jit::abi::host`."]
            pub fn $name(x: f64) -> f64 {
                host::math1(MathFn::$f, x)
            }
        )*};
    }

    macro_rules! math2 {
        ($($name:ident => $f:ident),* $(,)?) => {$(
            #[wasm_bindgen(js_name = $name)]
            #[doc = "An ABI import: see `jit::abi::host`."]
            pub fn $name(x: f64, y: f64) -> f64 {
                host::math2(MathFn::$f, x, y)
            }
        )*};
    }

    math1! {
        __pave_jit_math_exp => Exp,
        __pave_jit_math_expm1 => Expm1,
        __pave_jit_math_log => Log,
        __pave_jit_math_log2 => Log2,
        __pave_jit_math_log10 => Log10,
        __pave_jit_math_log1p => Log1p,
        __pave_jit_math_sin => Sin,
        __pave_jit_math_cos => Cos,
        __pave_jit_math_tan => Tan,
        __pave_jit_math_asin => Asin,
        __pave_jit_math_acos => Acos,
        __pave_jit_math_atan => Atan,
        __pave_jit_math_sinh => Sinh,
        __pave_jit_math_cosh => Cosh,
        __pave_jit_math_tanh => Tanh,
        __pave_jit_math_degrees => Degrees,
        __pave_jit_math_radians => Radians,
    }

    math2! {
        __pave_jit_math_atan2 => Atan2,
        __pave_jit_math_hypot => Hypot,
        __pave_jit_math_pow => Pow,
        __pave_jit_math_fmod => Fmod,
        __pave_jit_math_log_base => LogBase,
    }

    #[wasm_bindgen(js_name = __pave_jit_float_pow)]
    #[doc = "An ABI import: see `jit::abi::host`."]
    pub fn float_pow(x: f64, y: f64) -> f64 {
        host::float_pow(x, y)
    }

    #[wasm_bindgen(js_name = __pave_jit_float_mod)]
    #[doc = "An ABI import: see `jit::abi::host`."]
    pub fn float_mod(x: f64, y: f64) -> f64 {
        host::float_mod(x, y)
    }

    #[wasm_bindgen(js_name = __pave_jit_float_floordiv)]
    #[doc = "An ABI import: see `jit::abi::host`."]
    pub fn float_floordiv(x: f64, y: f64) -> f64 {
        host::float_floordiv(x, y)
    }

    #[wasm_bindgen(js_name = __pave_jit_int_truediv)]
    #[doc = "An ABI import: see `jit::abi::host`."]
    pub fn int_truediv(x: i64, y: i64) -> f64 {
        host::int_truediv(x, y)
    }

    macro_rules! objects {
        ($($name:ident => $field:ident ($($arg:ident: $ty:ty),*) $(-> $ret:ty)?;)*) => {$(
            #[wasm_bindgen(js_name = $name)]
            #[doc = "An object import: see `jit::abi::ObjImport` and `python::objects`."]
            #[allow(clippy::too_many_arguments)] // (The import's own parameters.)
            pub fn $name($($arg: $ty),*) $(-> $ret)? {
                (crate::engine::object_fns().$field)($($arg),*)
            }
        )*};
    }

    /// Operators take both operands in the call (`abi::ObjImport::Binary`).
    macro_rules! operators {
        ($($name:ident => $field:ident;)*) => {$(
            #[wasm_bindgen(js_name = $name)]
            #[doc = "An operator import: see `jit::abi::ObjImport::Binary`."]
            pub fn $name(a_tag: i32, a: i64, a_origin: i32, b_tag: i32, b: i64, b_origin: i32, op: i32) -> i32 {
                (crate::engine::object_fns().$field)((a_tag, a, a_origin), (b_tag, b, b_origin), op)
            }
        )*};
    }

    /// Imports that take their last operands inline (`abi::CALL_INLINE` of them: tag,
    /// bits and origin each) after the leading `i32`s named.
    macro_rules! inline_operands {
        ($($name:ident => $field:ident ($($head:ident),*);)*) => {$(
            #[wasm_bindgen(js_name = $name)]
            #[doc = "An object import with inline operands: see `jit::abi::ObjImport`."]
            #[allow(clippy::too_many_arguments)] // (The import's own parameters.)
            pub fn $name(
                $($head: i32,)*
                t0: i32,
                p0: i64,
                o0: i32,
                t1: i32,
                p1: i64,
                o1: i32,
                t2: i32,
                p2: i64,
                o2: i32,
            ) -> i32 {
                let operands = [(t0, p0, o0), (t1, p1, o1), (t2, p2, o2)];
                (crate::engine::object_fns().$field)($($head),*, operands)
            }
        )*};
    }

    inline_operands! {
        __pave_jit_obj_call => call(callable, has_self, point, inline);
        __pave_jit_obj_build => build(kind, count, inline);
        __pave_jit_obj_callmethod => callmethod(name, point, inline);
    }

    operators! {
        __pave_jit_obj_binary => binary;
        __pave_jit_obj_compare => compare;
        __pave_jit_obj_contains => contains;
        __pave_jit_obj_reflected => reflected;
    }

    objects! {
        __pave_jit_obj_drop => drop(h: i32);
        __pave_jit_obj_dup => dup(h: i32) -> i32;
        __pave_jit_obj_getattr => getattr(h: i32, name: i32) -> i32;
        __pave_jit_obj_getitem => getitem(h: i32, tag: i32, key: i64, op: i32) -> i32;
        __pave_jit_obj_len => len(h: i32) -> i64;
        __pave_jit_obj_ord => ord(h: i32) -> i64;
        __pave_jit_obj_chr => chr(tag: i32, payload: i64, origin: i32) -> i32;
        __pave_jit_obj_iter => iter(h: i32) -> i32;
        __pave_jit_obj_next => next(h: i32) -> i32;
        __pave_jit_obj_unpack => unpack(h: i32, n: i32, i: i32) -> i32;
        __pave_jit_obj_unbox => unbox(h: i32) -> i64;
        __pave_jit_obj_unbox_tag => unbox_tag() -> i32;
        __pave_jit_obj_unbox_payload => unbox_payload() -> i64;
        __pave_jit_obj_functionof => functionof(h: i32) -> i64;
        __pave_jit_obj_truth => truth(h: i32) -> i32;
        __pave_jit_obj_is => is(a: i32, b: i32) -> i32;
        __pave_jit_obj_is_none => is_none(h: i32) -> i32;
        __pave_jit_obj_box => boxed(tag: i32, payload: i64) -> i32;
        __pave_jit_obj_getattr_num => getattr_num(h: i32, name: i32) -> i64;
        __pave_jit_obj_getitem_num => getitem_num(h: i32, tag: i32, key: i64, op: i32) -> i64;
        __pave_jit_obj_resume_var => resume_var(var: i32, tag: i32, payload: i64, origin: i32);
        __pave_jit_obj_resume_at => resume_at(point: i32, reason: i32, func: i32);
        __pave_jit_obj_setattr => setattr(h: i32, name: i32, tag: i32, payload: i64, origin: i32) -> i32;
        __pave_jit_obj_setitem => setitem(h: i32, key_tag: i32, key: i64, tag: i32, payload: i64, origin: i32, op: i32) -> i32;
        __pave_jit_obj_global => global(name: i32) -> i32;
        __pave_jit_obj_setglobal => setglobal(name: i32, tag: i32, payload: i64, origin: i32) -> i32;
        __pave_jit_obj_getmethod => getmethod(h: i32, name: i32) -> i32;
        __pave_jit_obj_arg => arg(tag: i32, payload: i64, origin: i32) -> i32;
        __pave_jit_obj_kwname => kwname(name: i32);
        __pave_jit_obj_checkmethod => checkmethod(h: i32, name: i32, function: i64) -> i32;
        __pave_jit_obj_checkoperator => checkoperator(lhs: i32, rhs: i32, name: i32, function: i64) -> i32;
        __pave_jit_obj_new => new(cls: i32, init: i64) -> i32;
        __pave_jit_obj_collect => collect(kind: i32) -> i32;
        __pave_jit_obj_makefunction => makefunction(func: i32, index: i32, closure: i32) -> i32;
        __pave_jit_obj_frame_cell => frame_cell(slot: i32) -> i32;
        __pave_jit_obj_cell_get => cell_get(cell: i32) -> i32;
        __pave_jit_obj_cell_set => cell_set(cell: i32, tag: i32, payload: i64, origin: i32) -> i32;
        __pave_jit_obj_set_function_attribute => set_function_attribute(function: i32, flag: i32, tag: i32, payload: i64, origin: i32) -> i32;
        __pave_jit_obj_superattr => superattr(h: i32, sup: i32, class: i32, name: i32, method: i32) -> i32;
        __pave_jit_obj_delitem => delitem(h: i32, key_tag: i32, key: i64, op: i32) -> i32;
        __pave_jit_obj_getslice => getslice(h: i32, start_tag: i32, start: i64, stop_tag: i32, stop: i64, op: i32) -> i32;
        __pave_jit_obj_import => import(name: i32, from: i32) -> i32;
        __pave_jit_obj_setslice => setslice(h: i32, start_tag: i32, start: i64, stop_tag: i32, stop: i64, tag: i32, payload: i64, origin: i32, op: i32) -> i32;
    }
}
