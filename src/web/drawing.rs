//! The web host's side of turtle graphics: drawing commands gathered into batches that
//! go to the worker's `draw(numbers, strings)` (and on to the page) at most every
//! [`BATCH_MS`], so a drawing of 100,000 segments is a few dozen messages, not 100,000;
//! and the page's clicks and keys from the worker's `nextEvent(ms)`.

use std::cell::{Cell, RefCell};

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::JsHost;
use crate::clock::{Clock, WebClock};
use crate::drawing::{Command, Event, EventWait, Wire};

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(method, catch)]
    fn draw(
        this: &JsHost,
        numbers: js_sys::Float64Array,
        strings: js_sys::Array,
    ) -> Result<(), JsValue>;

    #[wasm_bindgen(method, catch, js_name = nextEvent)]
    fn next_event(this: &JsHost, timeout_ms: f64) -> Result<JsValue, JsValue>;
}

/// The shortest time between two batches while a program draws (the page paints at most
/// once a frame anyway).
pub(super) const BATCH_MS: f64 = 10.0;

/// Commands not yet sent to the page, and when the last batch went.
#[derive(Debug, Default)]
pub(super) struct Batches {
    pending: RefCell<Wire>,
    last_sent: Cell<f64>,
}

impl Batches {
    /// Queue `commands`; send the batch when `now` or when the last one is old enough.
    pub(super) fn add(&self, js: &JsHost, commands: &[Command], now: bool) {
        self.pending.borrow_mut().extend(commands);
        if now || WebClock.now_ms() - self.last_sent.get() >= BATCH_MS {
            self.send(js);
        }
    }

    /// Send what is queued (before the program waits: sleep, input, events).
    pub(super) fn send(&self, js: &JsHost) {
        let wire = self.pending.borrow_mut().take();
        if wire.is_empty() {
            return;
        }
        self.last_sent.set(WebClock.now_ms());
        let numbers = js_sys::Float64Array::from(&wire.numbers[..]);
        let strings: js_sys::Array = wire.strings.iter().map(|s| JsValue::from_str(s)).collect();
        // A page that cannot take the drawing has nowhere else to put it.
        let _ = js.draw(numbers, strings);
    }
}

/// Wait for a click or key: the worker answers `[kind, button, x, y, key]`, `null` when
/// the time ran out, `undefined` on Stop, or `false` when no event can ever come.
pub(super) fn wait_event(js: &JsHost, timeout_ms: f64) -> EventWait {
    let Ok(answer) = js.next_event(timeout_ms) else {
        return EventWait::Unavailable;
    };
    if answer.is_undefined() {
        return EventWait::Interrupted;
    }
    if answer.is_null() {
        return EventWait::Timeout;
    }
    let Some(fields) = answer.dyn_ref::<js_sys::Array>() else {
        return EventWait::Unavailable;
    };
    let number = |i: u32| fields.get(i).as_f64().unwrap_or(0.0);
    let kind = number(0);
    // Small whole numbers from the page's own control buffer (www/core/control.js).
    let small = |v: f64| v.clamp(0.0, 255.0) as u8;
    let event = if kind == 4.0 || kind == 5.0 {
        Event::Key {
            pressed: kind == 4.0,
            key: fields.get(4).as_string().unwrap_or_default(),
        }
    } else if (1.0..=3.0).contains(&kind) {
        Event::Pointer {
            kind: small(kind),
            button: small(number(1)),
            x: number(2),
            y: number(3),
        }
    } else {
        return EventWait::Timeout;
    };
    EventWait::Event(event)
}
