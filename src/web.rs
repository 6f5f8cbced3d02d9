//! The wasm-bindgen surface used by `www/worker.js`: exports only, delegating to
//! [`Session`]. The worker passes a host object whose methods Rust calls synchronously:
//! `write(stream, text)`; `readline(prompt)`, answering a string, `null` at end of input,
//! or `undefined` when Stop was pressed; `interrupted()`, true once per Stop; and,
//! optionally, `sleep(ms)`, answering whether Stop cut it short. A method that throws
//! means "not available": its message becomes the Python exception's text.
#![deny(clippy::unwrap_used)]

use std::rc::Rc;

use wasm_bindgen::prelude::*;

use crate::host::{Host, ReadLineError, Stream};
use crate::{Session, SessionOptions};

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
}

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

struct WebHost {
    js: JsHost,
    can_sleep: bool,
}

impl Host for WebHost {
    fn write(&self, stream: Stream, text: &str) {
        // Output that cannot be delivered has nowhere else to go; the page reports it.
        let _ = self.js.write(stream.name(), text);
    }

    fn read_line(&self, prompt: &str) -> Result<Option<String>, ReadLineError> {
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
        if self.can_sleep {
            self.js
                .sleep(seconds * 1000.0)
                .is_ok_and(|interrupted| interrupted.is_truthy())
        } else {
            crate::host::sleep_polling(self, seconds)
        }
    }
}

fn js_message(err: &JsValue) -> String {
    err.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| err.as_string())
        .unwrap_or_else(|| "the page could not provide input".to_owned())
}

/// One Python session for the page (see `www/worker.js`).
#[wasm_bindgen]
pub struct WebSession {
    session: Session,
}

#[wasm_bindgen]
impl WebSession {
    /// Start an interpreter talking to `host`.
    #[wasm_bindgen(constructor)]
    pub fn new(host: JsHost) -> Result<WebSession, JsValue> {
        let can_sleep =
            js_sys::Reflect::get(&host, &JsValue::from_str("sleep")).is_ok_and(|f| f.is_function());
        let host = Rc::new(WebHost {
            js: host,
            can_sleep,
        });
        let session = Session::new(host, &SessionOptions::default())
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
