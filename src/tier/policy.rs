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
    /// Functions whose body loops, at their first call, while compiling stays within the
    /// budget ([`within_budget`]); the loop-free functions they call compile into their
    /// module, where calls are direct (`--objects budgeted`). Not the default yet: on
    /// pyperformance it still loses up to 1.3× natively (go, raytrace: compiled loops
    /// entered from the interpreter whose host calls cost what the interpreter's
    /// bytecodes do), and functions compiled into a caller's module have no frame of
    /// their own for `warnings` (regex_v8 prints differently; docs/measurements.md).
    ///
    /// A loop-free function on objects is never a module of its own: entered from the
    /// interpreter, its every call pays the gate, the handle table and the engine's
    /// entry, and its body's host calls cost what the interpreter's bytecodes do, so it
    /// runs slower compiled (pyperformance's raytrace 2.4×, go 1.6× with `All`).
    ///
    /// A module on objects waits (twice as many calls each time) while compile time so
    /// far is over [`COMPILE_SHARE`] of the run plus [`COMPILE_ALLOWANCE_MS`]: a short
    /// program spends no more than a tenth of its time compiling (compiling deltablue's
    /// 38 hot methods took 140 ms natively, where the whole run takes 80 ms in tier 0),
    /// and a long one compiles everything that gets hot. Numeric modules never wait:
    /// they run 20–130× faster than the interpreter, and a loop run once must compile
    /// at its first call.
    Budgeted,
    /// Every function, whatever it costs (`--jit-objects`; the tests, to cover object
    /// code everywhere and to tier the same way on every run).
    All,
}

/// Compile time the budget allows at any moment, in ms, besides [`COMPILE_SHARE`] of the
/// run: what one or two object modules cost natively (Winch and wasmtime's trampolines,
/// 2–5 ms each), so the first hot functions of any program compile.
pub const COMPILE_ALLOWANCE_MS: f64 = 5.0;
/// The share of the run's time so far that compiling may take under
/// [`Objects::Budgeted`]: the most the JIT can add to a program whose compiled code gains
/// nothing.
pub const COMPILE_SHARE: f64 = 0.1;

/// What a function waiting to compile has to show for itself, besides the run's budget.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Claim {
    /// Its body loops and this is its first call: a program's driver (`main`, a lifted
    /// top-level loop) runs all its loops in this one call, and compiled code cannot
    /// take over a call already running in the interpreter, so it is now or never.
    pub first_loop_call: bool,
    /// Tier-0 time it has taken so far (sampled, its callees included), in ms.
    pub interp_ms: f64,
}

/// Compile time a function with a loop may cost at its first call ([`Claim`]), in ms,
/// besides [`COMPILE_ALLOWANCE_MS`]: what a program's `main` over objects costs natively,
/// its callees compiled in (particles' `main` with `make`, `Particle.step` and
/// `__init__`: 7–11 ms). Refused, a driver run once never compiles, and the program's
/// whole run stays in the interpreter (particles, vectors, richards' `main`, all under
/// 6 ms into the run when they asked).
pub const FIRST_LOOP_MS: f64 = 10.0;
/// The share of its own tier-0 time so far that compiling a function may cost, whatever
/// the run's budget says: a function that has taken that long interpreted tends to take
/// as long again (richards' `Task.run`, 36,000 calls, 240 ms interpreted, had waited for
/// the run's share until the program ended).
pub const HOT_SHARE: f64 = 0.25;

/// How much compiling the next module may cost, in ms, `spent_ms` of compiling into a run
/// `elapsed_ms` long, for a function with `claim`.
pub fn room_ms(spent_ms: f64, elapsed_ms: f64, claim: Claim) -> f64 {
    let driver = if claim.first_loop_call {
        FIRST_LOOP_MS
    } else {
        0.0
    };
    let run = COMPILE_ALLOWANCE_MS + driver + COMPILE_SHARE * elapsed_ms.max(0.0) - spent_ms;
    if claim.interp_ms > 0.0 {
        run.max(HOT_SHARE * claim.interp_ms)
    } else {
        run
    }
}

/// May another module on objects be compiled, `spent_ms` of compiling (what it costs
/// included) into a run `elapsed_ms` long, for a function that claims nothing?
pub fn within_budget(spent_ms: f64, elapsed_ms: f64) -> bool {
    room_ms(spent_ms, elapsed_ms, Claim::default()) >= 0.0
}

/// How many code units compiling at `per_unit_ms` each can add, `room_ms` of compiling
/// left ([`room_ms`]): the module's fixed cost comes first.
pub fn affordable_units(room_ms: f64, per_unit_ms: f64) -> usize {
    let room = room_ms - MODULE_MS;
    if room <= 0.0 || per_unit_ms <= 0.0 {
        return 0;
    }
    // (A float to usize `as` saturates.)
    (room / per_unit_ms) as usize
}

/// What compiling a code unit costs before this session has measured it, in ms, besides
/// [`MODULE_MS`]: what it costs natively into a module on objects (bytecode to wasm,
/// Winch): pyperformance's units of 500–1,400 code units (callees included) took
/// 0.007–0.017 ms per unit more than a small one, on a loaded machine.
pub const PRIOR_MS_PER_UNIT: f64 = 0.008;

/// What loading any module costs besides its size, in ms: natively, wasmtime's module,
/// trampolines and instance (pyperformance's methods of 30–60 code units took 1.9–3.1
/// ms in all). Without it the first forecasts were a third of the cost (hexiom's
/// `read_file`, run once, took 16 ms to compile for a forecast of 2.4).
pub const MODULE_MS: f64 = 1.5;

/// What compiling a function of `units` code units should cost, in ms, after
/// compiling `units_so_far` units has cost `ms_so_far` besides [`MODULE_MS`] each: a
/// function of 5,000 units costs 60 ms in the compiler alone (pyperformance's
/// unpack_sequence), more than a 40 ms program's budget, so it must not compile only
/// to learn that.
pub fn forecast_ms(units: usize, ms_so_far: f64, units_so_far: u64) -> f64 {
    MODULE_MS + per_unit_ms(ms_so_far, units_so_far) * units as f64
}

/// The cost of one more code unit, in ms, as [`forecast_ms`] reckons it.
pub fn per_unit_ms(ms_so_far: f64, units_so_far: u64) -> f64 {
    if units_so_far == 0 {
        PRIOR_MS_PER_UNIT
    } else {
        ms_so_far / units_so_far as f64
    }
}

/// Under [`Objects::Budgeted`], compiled calls of a module on objects entered from the
/// interpreter that take less than this on average (after [`TIME_EVERY`] timed ones), in
/// ms, are too short to repay their entry (the gate, the handle table, the engine's way
/// in and out: about 2,000 instructions natively): the function goes back to the
/// interpreter, and only compiled callers take it into their modules. Go's
/// `Board.useful_fast` (four neighbours, 0.6 µs a call, 53,000 calls) and richards'
/// `Packet.append_to` (0.4 µs, 14,000 calls) made both programs slower compiled.
pub const SHORT_CALL_MS: f64 = 0.002;

/// A function without loops or calls of at most this many instructions stays in the
/// interpreter when called from it (a compiled caller still takes it into its module):
/// its own frame is made either way (the prologue runs in it), and the gate, the call
/// state and the engine's way in and out then cost ~2,700 instructions natively, more
/// than interpreting a few instructions does. Called from an interpreted loop (callgrind,
/// compiled over interpreted): `x = x * 3 + 1` repeated 1, 2, 3, 4 times (8, 14, 20, 26
/// instructions) 1.64, 1.27, 1.04, 0.88; a 40-instruction polynomial 0.65
/// (docs/measurements.md).
pub const SHORT_LEAF_OPS: usize = 20;

/// Have compiled calls timed `timed` times for `ms` in all shown a module too short to
/// keep entering ([`SHORT_CALL_MS`])?
pub fn too_short(timed: u64, ms: f64) -> bool {
    timed >= TIME_EVERY && ms < SHORT_CALL_MS * timed as f64
}

/// The call at which a function refused by the budget at call `calls` asks again: twice
/// as many (and no sooner than the `threshold`), so a hot function asks often enough to
/// get its turn, and a cold one rarely enough to cost nothing.
pub fn next_ask(calls: u64, threshold: u32) -> u64 {
    calls.saturating_mul(2).max(u64::from(threshold))
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
                Objects::Budgeted => has_loop,
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

/// Stack the frames of one entry's compiled recursion may take in the browser. They live
/// on the worker's JavaScript stack (about 1 MiB in Chromium, shared with everything the
/// interpreter and the host run), where V8's baseline compiler gives each local a slot of
/// its own: a flood fill whose compiled function had 156 locals recursed 575 deep in one
/// entry and overflowed it, where the interpreter goes on to the recursion limit. Deeper
/// recursion hands over to the interpreter, which enters compiled code again, its own
/// recursion taking little native stack.
pub const COMPILED_STACK_BYTES: usize = 256 << 10;

/// The same natively, where wasmtime's stack is most of the interpreter thread's (192
/// MiB, `engine/native.rs`): a hand-over costs each level of the recursion a resume in
/// the interpreter (a method of 60 locals recursing 900 deep ran 2.2x slower with the
/// browser's budget, 41 levels an entry), so natively compiled recursion goes to the
/// recursion limit.
pub const NATIVE_COMPILED_STACK_BYTES: usize = 32 << 20;

/// How deep compiled recursion may go in one entry of a module whose largest frame
/// takes `frame_bytes`, on an engine giving it `stack_bytes` ([`COMPILED_STACK_BYTES`],
/// [`NATIVE_COMPILED_STACK_BYTES`]), at most [`MAX_COMPILED_DEPTH`].
pub fn max_compiled_depth(frame_bytes: u32, stack_bytes: usize) -> usize {
    (stack_bytes / (frame_bytes.max(1) as usize)).clamp(1, MAX_COMPILED_DEPTH)
}

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
    fn the_budget_allows_a_share_of_the_run_and_backs_off() {
        let budgeted = Policy {
            objects: Objects::Budgeted,
            ..Policy::default()
        };
        assert!(
            budgeted.takes(&[Kinds::OBJECT], false, true, 0),
            "a loop, at once"
        );
        assert!(
            !budgeted.takes(&[Kinds::OBJECT], false, false, 99),
            "never a loop-free one"
        );
        assert!(within_budget(0.0, 0.0), "the first modules compile at once");
        assert!(within_budget(COMPILE_ALLOWANCE_MS, 0.0));
        assert!(!within_budget(COMPILE_ALLOWANCE_MS + 1.0, 0.0));
        assert!(within_budget(COMPILE_ALLOWANCE_MS + 10.0, 100.0));
        assert!(!within_budget(COMPILE_ALLOWANCE_MS + 10.0, 90.0));
        assert_eq!(next_ask(1, 50), 50, "no sooner than the threshold");
        assert_eq!(
            forecast_ms(1000, 0.0, 0),
            MODULE_MS + 1000.0 * PRIOR_MS_PER_UNIT
        );
        assert_eq!(
            forecast_ms(1000, 5.0, 500),
            MODULE_MS + 10.0,
            "the rate measured"
        );
        assert!(
            !too_short(TIME_EVERY - 1, 0.0),
            "judged after enough timed calls"
        );
        assert!(too_short(TIME_EVERY, 0.001 * TIME_EVERY as f64));
        assert!(!too_short(TIME_EVERY, 0.01 * TIME_EVERY as f64));
        assert_eq!(next_ask(80, 50), 160);
        assert_eq!(next_ask(u64::MAX, 50), u64::MAX);
        // What a unit on objects may grow to, its callees included.
        let room = |spent, elapsed| room_ms(spent, elapsed, Claim::default());
        let allowance = COMPILE_ALLOWANCE_MS - MODULE_MS;
        assert_eq!(
            affordable_units(room(0.0, 0.0), 0.005),
            (allowance / 0.005) as usize,
            "the allowance"
        );
        assert_eq!(
            affordable_units(room(5.0, 100.0), 0.01),
            ((allowance + 5.0) / 0.01) as usize,
            "a share of the run"
        );
        assert_eq!(
            affordable_units(room(COMPILE_ALLOWANCE_MS + 1.0, 0.0), 0.004),
            0
        );
        assert_eq!(
            affordable_units(room(0.0, 0.0), 0.0),
            0,
            "no rate, no promise"
        );
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
    fn a_driver_and_a_hot_function_claim_more_than_the_run_budget() {
        let none = Claim::default();
        let driver = Claim {
            first_loop_call: true,
            interp_ms: 0.0,
        };
        // A `main` asking 3 ms into the run, nothing compiled yet.
        assert_eq!(room_ms(0.0, 0.0, none), COMPILE_ALLOWANCE_MS);
        assert_eq!(
            room_ms(0.0, 0.0, driver),
            COMPILE_ALLOWANCE_MS + FIRST_LOOP_MS
        );
        // Spent is spent, whoever spent it.
        assert!(room_ms(COMPILE_ALLOWANCE_MS + FIRST_LOOP_MS + 1.0, 0.0, driver) < 0.0);
        // A function that has taken 200 ms interpreted, the run's budget used up.
        let hot = Claim {
            first_loop_call: false,
            interp_ms: 200.0,
        };
        assert!(room_ms(40.0, 200.0, none) < 0.0);
        assert_eq!(room_ms(40.0, 200.0, hot), HOT_SHARE * 200.0);
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
    fn compiled_recursion_is_held_to_a_share_of_the_stack() {
        let web = COMPILED_STACK_BYTES;
        assert_eq!(
            max_compiled_depth(200, web),
            MAX_COMPILED_DEPTH,
            "small frames"
        );
        assert_eq!(
            max_compiled_depth(2_624, web),
            99,
            "a function with 156 locals"
        );
        assert_eq!(max_compiled_depth(u32::MAX, web), 1, "always one level");
        let native = NATIVE_COMPILED_STACK_BYTES;
        assert_eq!(max_compiled_depth(6_480, native), MAX_COMPILED_DEPTH);
    }

    #[test]
    fn bail_rate_is_judged_after_a_grace() {
        assert!(!too_many_bails(15, 15));
        assert!(too_many_bails(16, 60));
        assert!(!too_many_bails(16, 100));
    }
}
