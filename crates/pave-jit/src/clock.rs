//! What the compiler times its phases with: any clock the host provides (`Instant`
//! natively, `performance.now()` in the browser, where `std::time` panics).

/// Milliseconds from an arbitrary, fixed origin; never goes backwards.
pub trait Clock {
    /// The current time in milliseconds.
    fn now_ms(&self) -> f64;
}
