//! Tier 1's runtime, without a Python object in sight: the policy (when to compile, when
//! to give up: [`policy`]), each function's state machine ([`state`]), and the session's
//! engine, module cache and report records ([`runtime`]). `python/` applies its decisions
//! to live functions.

pub mod policy;
pub(crate) mod runtime;
pub(crate) mod state;

pub use policy::*;
