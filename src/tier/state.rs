//! One function's tier-1 state machine, free of Python objects: what its calls have been
//! (counts, argument kinds), whether tier 1 may still take it and why not, and the
//! decisions that follow — compile now, settle in tier 0, give up after too many
//! bailouts or recompiles. `python/dispatch.rs` feeds it calls and applies its answers to
//! the live function.

use crate::jit::abi::BailReason;
use crate::jit::kinds::Kinds;
use crate::telemetry::{Reason, ReasonKind};

use super::policy::{self, Policy, Profile, MAX_COMPILES, MAX_VARIANTS};

/// What tier 1 knows and has decided about one function.
#[derive(Debug, Clone, Default)]
pub(crate) struct FunctionTier {
    /// Its calls and their argument kinds.
    pub profile: Profile,
    /// `pave.jit`: compile at the next call.
    forced: bool,
    /// `pave.nojit`.
    disabled: bool,
    /// Why it stays in tier 0 for good, once tier 1 has given up.
    given_up: Option<Reason>,
    /// Calls whose arguments tier 1 cannot take (objects).
    object_calls: u64,
    /// Calls that entered compiled code.
    entries: u64,
    /// Compiled calls that bailed out.
    bails: u64,
    /// Compilations so far.
    compiles: u32,
}

impl FunctionTier {
    /// Is tier 1 done with this function (`pave.nojit`, or given up)?
    pub fn is_off(&self) -> bool {
        self.disabled || self.given_up.is_some()
    }

    /// Why this function must not be compiled into another's module, if it must not.
    pub fn excluded(&self) -> Option<&'static str> {
        if self.disabled {
            Some("marked pave.nojit")
        } else {
            self.given_up.as_ref().map(|_| "tier 1 gave up on")
        }
    }

    /// `pave.jit`: compile at the next call, whatever happened before.
    pub fn force(&mut self) {
        self.forced = true;
        self.disabled = false;
        self.given_up = None;
        self.object_calls = 0;
    }

    /// `pave.jit` for a lifted loop: compile at the next call (no reset).
    pub fn want_compile(&mut self) {
        self.forced = true;
    }

    /// `pave.nojit`.
    pub fn disable(&mut self) {
        self.disabled = true;
    }

    /// Stay in tier 0 for good, for `reason`.
    pub fn give_up(&mut self, reason: Reason) {
        self.given_up = Some(reason);
    }

    /// Was it marked with `pave.jit`?
    pub fn is_forced(&self) -> bool {
        self.forced
    }

    /// A call whose arguments have `kinds`.
    pub fn observe(&mut self, kinds: &[Kinds]) {
        self.profile.observe(kinds);
    }

    /// A call with arguments tier 1 cannot take; true when the function should settle
    /// in tier 0 now.
    pub fn object_call(&mut self) -> bool {
        self.profile.calls += 1;
        self.object_calls += 1;
        policy::settles(self.object_calls, self.entries)
    }

    /// Compile now, with `variants` already compiled? The argument kinds to compile for.
    pub fn wants_compile(
        &self,
        policy: Policy,
        has_loop: bool,
        variants: usize,
    ) -> Option<Vec<Kinds>> {
        let hot = policy.is_hot(self.profile.calls, has_loop, self.forced);
        (policy.enabled && !self.is_off() && hot && variants < MAX_VARIANTS)
            .then(|| self.profile.arg_kinds.clone())
    }

    /// Count a compilation about to start: its number, or why there will be no more.
    pub fn begin_compile(&mut self) -> Result<u32, Reason> {
        if self.compiles >= MAX_COMPILES {
            return Err(Reason::new(
                ReasonKind::UnstableGlobals,
                format!("compiled {MAX_COMPILES} times"),
            ));
        }
        self.compiles += 1;
        Ok(self.compiles)
    }

    /// Take back the count of a compilation that did not happen (the budget said wait).
    pub fn uncount_compile(&mut self) {
        self.compiles = self.compiles.saturating_sub(1);
    }

    /// Is the next compiled call one of the timed ones?
    pub fn timed_entry(&self) -> bool {
        policy::timed_entry(self.entries)
    }

    /// A compiled call that returned.
    pub fn entered(&mut self) {
        self.entries += 1;
    }

    /// A compiled call that bailed out for `reason`: why to give up, if it is time.
    pub fn bailed(&mut self, reason: BailReason) -> Option<Reason> {
        self.bails += 1;
        self.entries += 1;
        policy::too_many_bails(self.bails, self.entries).then(|| {
            Reason::new(
                ReasonKind::TooManyBailouts,
                format!(
                    "{} of {} compiled calls (last: {reason})",
                    self.bails, self.entries
                ),
            )
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_function_compiles_when_hot_and_not_after_giving_up() {
        let policy = Policy {
            enabled: true,
            threshold: 2,
            objects: crate::tier::Objects::Loops,
        };
        let mut f = FunctionTier::default();
        for _ in 0..3 {
            f.observe(&[Kinds::INT]);
        }
        assert_eq!(f.wants_compile(policy, false, 0), Some(vec![Kinds::INT]));
        assert_eq!(f.wants_compile(policy, false, MAX_VARIANTS), None);
        f.give_up(Reason::new(ReasonKind::Unsupported, "x"));
        assert!(f.is_off());
        assert_eq!(f.wants_compile(policy, true, 0), None);
        f.force();
        assert!(!f.is_off());
    }

    #[test]
    fn recompiles_and_bailouts_are_bounded() {
        let mut f = FunctionTier::default();
        for _ in 0..MAX_COMPILES {
            assert!(f.begin_compile().is_ok());
        }
        assert_eq!(
            f.begin_compile().map_err(|r| r.kind),
            Err(ReasonKind::UnstableGlobals)
        );
        let mut g = FunctionTier::default();
        let gave_up = (0..100).find_map(|_| g.bailed(BailReason::IntOverflow));
        assert_eq!(gave_up.map(|r| r.kind), Some(ReasonKind::TooManyBailouts));
    }

    #[test]
    fn object_calls_settle_a_function() {
        let mut f = FunctionTier::default();
        let settled_at = (1..1000).find(|_| f.object_call());
        assert_eq!(settled_at, Some(policy::SETTLE_AFTER));
    }
}
