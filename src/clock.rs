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
        let slowdown = slowdown();
        if slowdown > 1.0 {
            if let Some(ms) = cpu_ms() {
                return ms / slowdown;
            }
        }
        ORIGIN.get_or_init(Instant::now).elapsed().as_secs_f64() * 1000.0
    }
}

/// The CPU time this process has used, in milliseconds: under a simulator, what the
/// clock reads instead of the wall clock, which runs faster when other processes share
/// the machine's cores (two callgrind runs side by side made different compile
/// decisions than one alone).
#[cfg(not(target_arch = "wasm32"))]
fn cpu_ms() -> Option<f64> {
    let mut now = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `now` is a valid `timespec` the call writes into.
    let ok = unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut now) } == 0;
    ok.then(|| now.tv_sec as f64 * 1000.0 + now.tv_nsec as f64 / 1e6)
}

/// `PAVE_CLOCK_SLOWDOWN` (a number ≥ 1, else 1): how many times slower than native the
/// process runs, under a simulator such as callgrind (about 50×). The clock then reads
/// the process's CPU time, that much slower, so that what is decided by time (the compile budget, which functions
/// are too short to enter) is decided as it is natively, and instruction counts, steady
/// on a loaded machine, can measure those decisions too (docs/measurements.md).
#[cfg(not(target_arch = "wasm32"))]
fn slowdown() -> f64 {
    use std::sync::OnceLock;
    static SLOWDOWN: OnceLock<f64> = OnceLock::new();
    *SLOWDOWN.get_or_init(|| {
        std::env::var("PAVE_CLOCK_SLOWDOWN")
            .ok()
            .and_then(|s| s.parse::<f64>().ok())
            .filter(|f| f.is_finite() && *f >= 1.0)
            .unwrap_or(1.0)
    })
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

/// Let up to `ms` milliseconds pass: natively the thread sleeps; in a wasm worker there is
/// no way to block without a `SharedArrayBuffer`, so this returns at once and the caller
/// waits actively (hosts that can block override `Host::sleep`).
pub fn pause_ms(ms: f64) {
    #[cfg(not(target_arch = "wasm32"))]
    std::thread::sleep(std::time::Duration::from_secs_f64(ms.max(0.0) / 1000.0));
    #[cfg(target_arch = "wasm32")]
    let _ = ms;
}

/// The clock of the target this build runs on.
#[cfg(not(target_arch = "wasm32"))]
pub type SystemClock = NativeClock;
/// The clock of the target this build runs on.
#[cfg(target_arch = "wasm32")]
pub type SystemClock = WebClock;
