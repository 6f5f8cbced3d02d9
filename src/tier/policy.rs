//! The tiering policy: when a function is hot enough to compile, which argument kinds to
//! specialise for, and when compiled code has failed often enough to give up on it.
//! Pure decisions over counters; `python/dispatch.rs` applies them to live functions.

use crate::jit::kinds::Kinds;

/// Calls after which a function without loops is compiled, unless set otherwise.
/// Compiling a small function costs about as much as a few dozen interpreted calls, and
/// a function called this often tends to be called much more.
pub const DEFAULT_THRESHOLD: u32 = 50;
/// Specialisations kept per function (one per distinct set of argument kinds).
pub const MAX_VARIANTS: usize = 4;
/// Compilations per function before its globals are deemed too unstable to compile.
pub const MAX_COMPILES: u32 = 8;
/// Bailouts tolerated before the bailout rate is judged.
pub const BAIL_GRACE: u64 = 16;

/// Which functions called with objects tier 1 takes. Object operations are host calls
/// (`python/objects.rs`): in a loop they beat the interpreter's dispatch, but a short
/// function called many times pays its entry (the gate, the handle table, the
/// arguments) on every call and ends up slower than the interpreter
/// (docs/measurements.md, "Objects in tier 1"). So by default only functions whose body
/// loops take objects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Objects {
    /// None: only numbers (what tier 1 took before objects).
    Off,
    /// Functions whose body loops, once called as often as the threshold: a module on
    /// objects costs Cranelift 5–40 ms natively, more than a function called a few
    /// times saves (richards' `Task.run`, 18 calls, cost 14% more instructions when it
    /// compiled at its second call), and a function run once is usually a `main`.
    ///
    /// In practice this takes nothing: a function called with objects settles after
    /// [`SETTLE_AFTER`] (16) such calls, before the threshold. Waiting for the threshold
    /// instead made richards 1.16× the instructions (`Packet.append_to`, a short list
    /// walk called 6,000 times, pays the entry on every call), so the settling stays
    /// until the policy can tell long loops from short ones (docs/measurements.md).
    Loops,
    /// Every function (`--jit-objects`; the tests, to cover object code everywhere).
    All,
}

/// The session-wide settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    /// Whether tier 1 runs at all.
    pub enabled: bool,
    /// Calls before a loop-free function is compiled; 0 compiles on the first call.
    pub threshold: u32,
    /// Which functions called with objects (lists, strings, instances) tier 1 takes.
    pub objects: Objects,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            enabled: true,
            threshold: DEFAULT_THRESHOLD,
            objects: Objects::Loops,
        }
    }
}

impl Policy {
    /// May a call with arguments of `kinds` enter tier 1 (`forced`: the function was
    /// marked with `pave.jit`; `has_loop`: its body loops; `calls`: calls before this
    /// one)?
    pub fn takes(&self, kinds: &[Kinds], forced: bool, has_loop: bool, calls: u64) -> bool {
        let objects = kinds
            .iter()
            .any(|k| k.contains(crate::jit::kinds::Kind::Object));
        !objects
            || forced
            || match self.objects {
                Objects::Off => false,
                Objects::Loops => has_loop && calls >= u64::from(self.threshold),
                Objects::All => true,
            }
    }

    /// Should a function be compiled now, at its `calls`-th call (counting this one)?
    /// A function whose body loops is worth compiling at once: its first call may be
    /// the long one.
    pub fn is_hot(&self, calls: u64, has_loop: bool, forced: bool) -> bool {
        self.enabled && (forced || has_loop || calls > u64::from(self.threshold))
    }
}

/// Calls of user functions between two looks at the Stop flag and two stack samples
/// (the tier-0 time estimate), counted by the functions' gates.
pub const TICKS_PER_SAMPLE: u32 = 1024;
/// One compiled call in this many is timed (and the first ones); the rest are counted.
pub const TIME_EVERY: u64 = 16;
/// Calls with arguments tier 1 cannot take before a function settles in tier 0. Each such
/// call goes through the gate (about 1,000 instructions natively) only to learn what the
/// first one showed; a few more give a function called with mixed kinds its chance. From
/// 64 to 16, what the JIT adds to pyperformance's deltablue (80 methods) went from 11.4M
/// to 9.2M instructions (+4.1% to +3.3%); the rest is the settled calls' jumps.
pub const SETTLE_AFTER: u64 = 16;

/// Deepest recursion compiled code may reach in one entry. Its frames live on the wasm
/// engine's stack (wasmtime's 512 KiB; in the browser, the worker's JavaScript stack,
/// shared with the interpreter), which a raised `sys.setrecursionlimit` must never
/// overflow: deeper recursion bails out, and the interpreter, whose own recursion does
/// not use that stack, carries on.
pub const MAX_COMPILED_DEPTH: usize = 1000;

/// Is compiled call number `entries` (from 0) one of the timed ones?
pub fn timed_entry(entries: u64) -> bool {
    entries < TIME_EVERY || entries.is_multiple_of(TIME_EVERY)
}

/// After `object_calls` calls with arguments tier 1 cannot take, and `entries` compiled
/// calls, should the function stop asking (until it has been called as often again)?
/// Without compiled code, after [`SETTLE_AFTER`]; with some, when such calls outnumber
/// compiled ones four to one.
pub fn settles(object_calls: u64, entries: u64) -> bool {
    object_calls >= SETTLE_AFTER && object_calls >= entries.saturating_mul(4)
}

/// What the profiler has seen of a function's calls.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Profile {
    /// Calls so far.
    pub calls: u64,
    /// For each positional parameter, the kinds of the arguments seen.
    pub arg_kinds: Vec<Kinds>,
}

impl Profile {
    /// Record a call whose arguments have `kinds`.
    pub fn observe(&mut self, kinds: &[Kinds]) {
        self.calls += 1;
        if self.arg_kinds.len() != kinds.len() {
            self.arg_kinds = kinds.to_vec();
            return;
        }
        for (seen, k) in self.arg_kinds.iter_mut().zip(kinds) {
            *seen = seen.join(*k);
        }
    }
}

/// Has compiled code bailed out so often that the interpreter is the better tier?
pub fn too_many_bails(bails: u64, entries: u64) -> bool {
    bails >= BAIL_GRACE && bails.saturating_mul(4) >= entries
}

/// Do arguments of `kinds` fit a specialisation for `params`?
pub fn fits(kinds: &[Kinds], params: &[Kinds]) -> bool {
    kinds.len() == params.len() && kinds.iter().zip(params).all(|(k, p)| k.is_subset(*p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loops_are_hot_at_once_and_others_after_the_threshold() {
        let p = Policy {
            enabled: true,
            threshold: 3,
            objects: Objects::Loops,
        };
        assert!(p.is_hot(1, true, false));
        assert!(!p.is_hot(3, false, false));
        assert!(p.is_hot(4, false, false));
        assert!(p.is_hot(1, false, true));
        let off = Policy {
            enabled: false,
            threshold: 0,
            objects: Objects::Off,
        };
        assert!(!off.is_hot(100, true, true));
    }

    #[test]
    fn objects_enter_only_when_asked() {
        let objects = [Kinds::INT, Kinds::OBJECT];
        let p = Policy::default();
        assert!(p.takes(&[Kinds::INT, Kinds::FLOAT], false, false, 0));
        assert!(!p.takes(&objects, false, false, 5), "a loop-free function");
        assert!(!p.takes(&objects, false, true, 1), "a second call");
        assert!(
            p.takes(&objects, false, true, u64::from(DEFAULT_THRESHOLD)),
            "a function that loops, called often"
        );
        assert!(p.takes(&objects, true, false, 0), "pave.jit(f) asks");
        let all = Policy {
            objects: Objects::All,
            ..Policy::default()
        };
        assert!(all.takes(&objects, false, false, 0));
        let off = Policy {
            objects: Objects::Off,
            ..Policy::default()
        };
        assert!(!off.takes(&objects, false, true, 9));
    }

    #[test]
    fn profiles_widen() {
        let mut p = Profile::default();
        p.observe(&[Kinds::INT]);
        p.observe(&[Kinds::FLOAT]);
        assert_eq!(p.arg_kinds, vec![Kinds::INT.join(Kinds::FLOAT)]);
        assert!(fits(&[Kinds::INT], &p.arg_kinds));
        assert!(!fits(&[Kinds::NONE], &p.arg_kinds));
    }

    #[test]
    fn object_calls_settle_a_function_unless_compiled_calls_dominate() {
        assert!(!settles(SETTLE_AFTER - 1, 0));
        assert!(settles(SETTLE_AFTER, 0));
        assert!(!settles(SETTLE_AFTER, 100));
        assert!(settles(400, 100));
    }

    #[test]
    fn the_first_compiled_calls_and_every_sixteenth_are_timed() {
        let timed: Vec<u64> = (0..64).filter(|&n| timed_entry(n)).collect();
        assert_eq!(timed.len(), 16 + 3);
        assert!(timed_entry(0) && timed_entry(15) && !timed_entry(17) && timed_entry(48));
    }

    #[test]
    fn bail_rate_is_judged_after_a_grace() {
        assert!(!too_many_bails(15, 15));
        assert!(too_many_bails(16, 60));
        assert!(!too_many_bails(16, 100));
    }
}
