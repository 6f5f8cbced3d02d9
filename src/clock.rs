//! One clock for everything Pave times: `Instant` natively, `performance.now()` in the
//! browser (`std::time::Instant` panics on wasm32-unknown-unknown).

pub use pave_jit::clock::Clock;

/// The native clock, measured from the first call in this process.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Debug, Default, Clone, Copy)]
pub struct NativeClock;

#[cfg(not(target_arch = "wasm32"))]
impl Clock for NativeClock {
    fn now_ms(&self) -> f64 {
        use std::sync::OnceLock;
        use std::time::Instant;
        static ORIGIN: OnceLock<Instant> = OnceLock::new();
        ORIGIN.get_or_init(Instant::now).elapsed().as_secs_f64() * 1000.0
    }
}

/// `performance.now()` of the page or worker this module runs in.
#[cfg(target_arch = "wasm32")]
#[derive(Debug, Default, Clone, Copy)]
pub struct WebClock;

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    fn performance_now() -> f64;
}

#[cfg(target_arch = "wasm32")]
impl Clock for WebClock {
    fn now_ms(&self) -> f64 {
        performance_now()
    }
}

/// The clock of the target this build runs on.
#[cfg(not(target_arch = "wasm32"))]
pub type SystemClock = NativeClock;
/// The clock of the target this build runs on.
#[cfg(target_arch = "wasm32")]
pub type SystemClock = WebClock;
