//! The wasm-bindgen surface used by `www/core/worker.js`: exports only, delegating to
//! [`Session`]. The worker passes a host object whose methods Rust calls synchronously:
//! `write(stream, text)`; `readline(prompt)`, answering a string, `null` at end of input,
//! or `undefined` when Stop was pressed; `interrupted()`, true once per Stop; and,
//! optionally, `sleep(ms)`, answering whether Stop cut it short, and `stdlibModule(name)`,
//! answering `{code: Uint8Array, package: bool}` or `null` (the stdlib is not in the wasm
//! module; see `python/lib/_pave_importer.py`). For turtle graphics (`web/drawing.rs`):
//! `draw(numbers, strings)`, a batch of drawing commands, and `nextEvent(ms)`, a click or
//! key in the drawing. A method that throws means "not available": its message becomes
//! the Python exception's text.
#![deny(clippy::unwrap_used)]

use std::rc::Rc;

use wasm_bindgen::prelude::*;

use crate::drawing::{Command, EventWait};
use crate::host::{Host, ModuleCode, ReadLineError, Stream};
use crate::{Session, SessionOptions};

mod drawing;

#[wasm_bindgen]
extern "C" {
    /// The worker's host object (see the module docs).
    pub type JsHost;

    #[wasm_bindgen(method, catch)]
    fn write(this: &JsHost, stream: &str, text: &str) -> Result<(), JsValue>;

    #[wasm_bindgen(method, catch)]
    fn readline(this: &JsHost, prompt: &str) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(method, catch)]
    fn interrupted(this: &JsHost) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(method, catch)]
    fn sleep(this: &JsHost, ms: f64) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(method, catch, js_name = stdlibModule)]
    fn stdlib_module(this: &JsHost, name: &str) -> Result<JsValue, JsValue>;
}

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

struct WebHost {
    js: JsHost,
    can_sleep: bool,
    has_stdlib: bool,
    drawing: drawing::Batches,
}

impl Host for WebHost {
    fn write(&self, stream: Stream, text: &str) {
        // Output that cannot be delivered has nowhere else to go; the page reports it.
        let _ = self.js.write(stream.name(), text);
    }

    fn read_line(&self, prompt: &str) -> Result<Option<String>, ReadLineError> {
        self.drawing.send(&self.js);
        // The worker answers a string, `null` at end of input, or `undefined` when the
        // user pressed Stop while the program waited.
        match self.js.readline(prompt) {
            Ok(value) if value.is_undefined() => Err(ReadLineError::Interrupted),
            Ok(value) if value.is_null() => Ok(None),
            Ok(value) => Ok(Some(value.as_string().unwrap_or_default())),
            Err(err) => Err(ReadLineError::Unavailable(js_message(&err))),
        }
    }

    fn interrupted(&self) -> bool {
        self.js.interrupted().is_ok_and(|v| v.is_truthy())
    }

    fn sleep(&self, seconds: f64) -> bool {
        self.drawing.send(&self.js);
        if self.can_sleep {
            self.js
                .sleep(seconds * 1000.0)
                .is_ok_and(|interrupted| interrupted.is_truthy())
        } else {
            crate::host::sleep_polling(self, seconds)
        }
    }

    fn stdlib_module(&self, name: &str) -> Result<Option<ModuleCode>, String> {
        if !self.has_stdlib {
            return Ok(None);
        }
        let found = self.js.stdlib_module(name).map_err(|e| js_message(&e))?;
        if found.is_null() || found.is_undefined() {
            return Ok(None);
        }
        let code = js_sys::Reflect::get(&found, &JsValue::from_str("code"))
            .ok()
            .and_then(|c| c.dyn_into::<js_sys::Uint8Array>().ok())
            .ok_or_else(|| format!("the page sent no code for module {name}"))?;
        let is_package = js_sys::Reflect::get(&found, &JsValue::from_str("package"))
            .is_ok_and(|p| p.is_truthy());
        Ok(Some(ModuleCode {
            code: code.to_vec(),
            is_package,
        }))
    }

    fn draw(&self, commands: &[Command], now: bool) {
        self.drawing.add(&self.js, commands, now);
    }

    fn wait_event(&self, timeout_ms: f64) -> EventWait {
        self.drawing.send(&self.js);
        drawing::wait_event(&self.js, timeout_ms)
    }
}

fn js_message(err: &JsValue) -> String {
    err.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| err.as_string())
        .unwrap_or_else(|| "the page could not provide input".to_owned())
}

/// `sys.getrecursionlimit()` in the browser: 1000, as natively and in CPython. Plain
/// Python-to-Python calls do not recurse on the machine stack (RustPython runs them on its
/// own frame stack, and the tier-1 prologue keeps it so), so they go about 4,800 levels
/// deep here; recursion through native code (generators, `sorted(key=…)`, `__repr__`)
/// ends in RustPython's stack-guard `RecursionError` after 165-290 levels, before the
/// machine stack overflows, thanks to the smaller shadow stack set in `build.rs`
/// (measured: `tools/recursion-depth.mjs`, docs/measurements.md).
const WEB_RECURSION_LIMIT: usize = 1000;

/// One Python session for the page (see `www/core/worker.js`).
#[wasm_bindgen]
pub struct WebSession {
    session: Session,
}

#[wasm_bindgen]
impl WebSession {
    /// Start an interpreter talking to `host`.
    #[wasm_bindgen(constructor)]
    pub fn new(host: JsHost) -> Result<WebSession, JsValue> {
        let has_method = |name: &str| {
            js_sys::Reflect::get(&host, &JsValue::from_str(name)).is_ok_and(|f| f.is_function())
        };
        let can_sleep = has_method("sleep");
        let has_stdlib = has_method("stdlibModule");
        let host = Rc::new(WebHost {
            js: host,
            can_sleep,
            has_stdlib,
            drawing: drawing::Batches::default(),
        });
        let options = SessionOptions {
            recursion_limit: Some(WEB_RECURSION_LIMIT),
            ..SessionOptions::default()
        };
        let session = Session::new(host, &options)
            .map_err(|e| JsValue::from(js_sys::Error::new(&e.to_string())))?;
        // Programs run as `main.py` (`www/core/runner.js`): give them `__file__` and `sys.argv`
        // as `python3 main.py` would (doctest and unittest name the module by its file).
        session
            .set_script("main.py", &["main.py".to_owned()])
            .map_err(|e| JsValue::from(js_sys::Error::new(&e.to_string())))?;
        Ok(WebSession { session })
    }

    /// Run a program in this session's `__main__`; returns the outcome as a plain object.
    pub fn run(&self, source: &str, filename: &str) -> Result<JsValue, JsValue> {
        to_js(&self.session.run(source, filename))
    }

    /// `"complete"`, `"incomplete"` or `"invalid"` for REPL input.
    #[wasm_bindgen(js_name = replCheck)]
    pub fn repl_check(&self, source: &str) -> String {
        match self.session.repl_check(source) {
            crate::ReplStatus::Complete => "complete",
            crate::ReplStatus::Incomplete => "incomplete",
            crate::ReplStatus::Invalid => "invalid",
        }
        .to_owned()
    }

    /// Run REPL input, echoing expression values.
    #[wasm_bindgen(js_name = replRun)]
    pub fn repl_run(&self, source: &str) -> Result<JsValue, JsValue> {
        to_js(&self.session.repl_run(source))
    }

    /// Turn tier 1 (the JIT) on or off and set its hotness threshold (calls before a
    /// function is compiled) for the rest of this session.
    #[wasm_bindgen(js_name = setJit)]
    pub fn set_jit(&self, enabled: bool, threshold: u32) {
        self.session.set_jit(enabled, threshold);
    }

    /// Choose which hot functions called with objects tier 1 compiles (`crate::tier::Objects`)
    /// for the rest of this session, by the names of `pave run --objects`: `"loops"` (the
    /// default), `"budgeted"`, `"all"` or `"off"`. Any other name is an error.
    #[wasm_bindgen(js_name = setObjects)]
    pub fn set_objects(&self, name: &str) -> Result<(), JsValue> {
        use crate::tier::Objects;
        let objects = match name {
            "loops" => Objects::Loops,
            "budgeted" => Objects::Budgeted,
            "all" => Objects::All,
            "off" => Objects::Off,
            _ => {
                let message = format!(
                    "unknown objects policy {name:?} (expected loops, budgeted, all or off)"
                );
                return Err(JsValue::from(js_sys::Error::new(&message)));
            }
        };
        self.session.set_objects(objects);
        Ok(())
    }

    /// With the JIT off, still count and time calls per function (programs run through
    /// the same wrappers as with the JIT on, which compile nothing): Compare's tier-0 run.
    #[wasm_bindgen(js_name = setProfile)]
    pub fn set_profile(&self, on: bool) {
        self.session.set_profile(on);
    }

    /// The tiering report (per function: tier, calls and time per tier, compile phases,
    /// bailouts) as a plain object; see `telemetry::Report`.
    pub fn report(&self) -> Result<JsValue, JsValue> {
        to_js(&self.session.report())
    }

    /// The report while a program runs (called from the host's callbacks, see
    /// `www/core/worker.js`), or `undefined` if the records are being updated at this moment.
    #[wasm_bindgen(js_name = liveReport)]
    pub fn live_report(&self) -> Result<JsValue, JsValue> {
        match self.session.try_report() {
            Some(report) => to_js(&report),
            None => Ok(JsValue::UNDEFINED),
        }
    }

    /// The IR text of the module compiled for `function`, or `undefined`.
    pub fn ir(&self, function: &str) -> Option<String> {
        self.session.ir(function)
    }

    /// Start the report's counters afresh (compiled code is kept).
    #[wasm_bindgen(js_name = resetReport)]
    pub fn reset_report(&self) {
        self.session.reset_report();
    }

    /// The IR and WebAssembly text of the module compiled for `function` (a qualified
    /// name), or `undefined` if it has not been compiled.
    pub fn wat(&self, function: &str) -> Option<String> {
        self.session.wat(function)
    }

    /// The benchmark suite: `[{name, about}]`.
    #[wasm_bindgen(js_name = benchSuite)]
    pub fn bench_suite() -> Result<JsValue, JsValue> {
        let list: Vec<serde_json::Value> = crate::bench::SUITE
            .iter()
            .map(|p| serde_json::json!({ "name": p.name, "about": p.about, "suite": p.suite.name() }))
            .collect();
        to_js(&list)
    }

    /// Run benchmark `name` once in a fresh session (JIT on or off; `jit_objects`: tier 1
    /// takes every hot function on objects, as `pave run --jit-objects`): `{result, ms,
    /// compile_ms}`. Output of the program is discarded.
    pub fn bench(name: &str, jit: bool, jit_objects: bool) -> Result<JsValue, JsValue> {
        let objects = if jit_objects {
            crate::tier::Objects::All
        } else {
            crate::tier::Objects::Loops
        };
        let program = crate::bench::SUITE
            .iter()
            .find(|p| p.name == name)
            .ok_or_else(|| JsValue::from(js_sys::Error::new(&format!("no benchmark {name}"))))?;
        let measured = crate::bench::run(program, jit, objects)
            .map_err(|e| JsValue::from(js_sys::Error::new(&e)))?;
        to_js(&measured)
    }

    /// Nanoseconds per call of a trivial compiled function from Rust, through the
    /// function table (`table_ns`, `null` if the table cannot grow) and through
    /// `Function.apply` with `BigInt` arguments (`apply_ns`), over `calls` calls each.
    #[wasm_bindgen(js_name = measureCallPaths)]
    pub fn measure_call_paths(calls: u32) -> Result<JsValue, JsValue> {
        let (table_ns, apply_ns) = crate::engine::call_path_costs(calls)
            .map_err(|e| JsValue::from(js_sys::Error::new(&e)))?;
        to_js(&serde_json::json!({ "table_ns": table_ns, "apply_ns": apply_ns, "calls": calls }))
    }

    /// Pave's version.
    pub fn version() -> String {
        crate::VERSION.to_owned()
    }
}

fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let json = serde_json::to_string(value)
        .map_err(|e| JsValue::from(js_sys::Error::new(&e.to_string())))?;
    js_sys::JSON::parse(&json)
}
