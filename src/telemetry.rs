//! What the page and the CLI show about tiering: per function, its tier, calls and time
//! in each tier, compile phases, module size, bailouts by reason, and why it was not
//! compiled. The same [`Report`] is printed as a table, written as JSON and posted by the
//! worker to the page.

use std::collections::BTreeMap;
use std::fmt::{self, Write as _};

use serde::Serialize;

use crate::jit::PhaseTimes;

/// Where a function stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TierState {
    /// Runs in the interpreter; not hot yet.
    Interpreted,
    /// Has compiled code that calls enter.
    Compiled,
    /// Was compiled, then sent back to the interpreter for good (see the reason).
    Deoptimized,
    /// Tier 1 cannot compile it (see the reason).
    NotCompilable,
    /// The user asked for no JIT (`pave.nojit`, or the JIT is off).
    Disabled,
}

impl TierState {
    /// The label the table shows.
    pub fn label(self) -> &'static str {
        match self {
            TierState::Interpreted => "interpreted",
            TierState::Compiled => "compiled",
            TierState::Deoptimized => "deoptimized",
            TierState::NotCompilable => "not compilable",
            TierState::Disabled => "disabled",
        }
    }
}

/// One compilation of a function.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct CompileRecord {
    /// Compiler phases.
    #[serde(flatten)]
    pub phases: PhaseTimes,
    /// Engine compile + instantiate time (near zero when the module was reused).
    pub instantiate_ms: f64,
    /// Whether an identical module was already loaded and was reused.
    pub reused: bool,
    /// Size of the module.
    pub wasm_bytes: usize,
    /// The argument kinds it was specialised for, e.g. `["int", "int|float"]`.
    pub arg_kinds: Vec<String>,
    /// What it returns.
    pub returns: String,
    /// Every Python function compiled into the module (the first is this one).
    pub functions: Vec<String>,
    /// When it became callable, in ms since the report's counters were last reset
    /// (negative: compiled in an earlier run of the session).
    pub at_ms: f64,
}

impl CompileRecord {
    /// Compile time from bytecode to a callable module.
    pub fn total_ms(&self) -> f64 {
        self.phases.total_ms() + self.instantiate_ms
    }
}

/// A pair of numbers, one per tier.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct PerTier<T> {
    /// Tier 0: the interpreter.
    pub interp: T,
    /// Tier 1: compiled wasm.
    pub jit: T,
}

/// How the times of a report are measured, in words (the report carries it).
pub const TIMING: &str = "estimates: tier-1 time from every 16th compiled call (and the \
first 16), timed and scaled to all of them; tier-0 time sampled every 1024 calls of user \
functions, each interval credited to the functions on the stack at both of its ends";

/// Tier-1 calls that were timed (one in [`crate::tier::TIME_EVERY`]), and their time.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct TimedCalls {
    /// How many compiled calls were timed.
    pub jit_calls: u64,
    /// Their total time in milliseconds.
    pub jit_ms: f64,
}

/// Everything known about one function.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FunctionReport {
    /// Qualified name.
    pub name: String,
    /// Line of its `def`.
    pub line: u32,
    /// Its tier.
    pub state: TierState,
    /// Why it is not (or no longer) compiled.
    pub reason: Option<String>,
    /// Calls per tier (a bailed-out call counts in tier 0), until the function settled.
    pub calls: PerTier<u64>,
    /// Settled in tier 0: its calls jump straight to its body, uncounted and untimed.
    pub settled: bool,
    /// Time per tier in milliseconds, inclusive of callees: estimates (see [`TIMING`]).
    pub time_ms: PerTier<f64>,
    /// The tier-1 calls that were timed, and their time: what `time_ms.jit` is
    /// extrapolated from.
    pub timed: TimedCalls,
    /// The latest compilation, if any.
    pub compile: Option<CompileRecord>,
    /// How many times it was compiled (new argument kinds, rebound globals).
    pub compiles: u32,
    /// Bailouts by reason.
    pub bails: BTreeMap<String, u64>,
    /// Entries refused because a global it relies on changed.
    pub guard_failures: u64,
}

impl FunctionReport {
    /// This record with its tier-1 time extrapolated from the timed calls.
    pub fn estimated(&self) -> FunctionReport {
        let mut r = self.clone();
        if r.timed.jit_calls > 0 {
            r.time_ms.jit = r.timed.jit_ms * r.calls.jit as f64 / r.timed.jit_calls as f64;
        }
        r
    }

    /// A record for a function not called yet.
    pub fn new(name: String, line: u32) -> Self {
        FunctionReport {
            name,
            line,
            state: TierState::Interpreted,
            reason: None,
            calls: PerTier::default(),
            settled: false,
            time_ms: PerTier::default(),
            timed: TimedCalls::default(),
            compile: None,
            compiles: 0,
            bails: BTreeMap::new(),
            guard_failures: 0,
        }
    }

    /// Total bailouts.
    pub fn bail_count(&self) -> u64 {
        self.bails.values().sum()
    }
}

/// The tiering report of a session.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// The engine tier-1 code ran on (`wasmtime`, `V8`…).
    pub engine: String,
    /// Whether the JIT was on.
    pub jit_enabled: bool,
    /// Calls before a loop-free function is compiled.
    pub threshold: u32,
    /// How the times are measured ([`TIMING`]).
    pub timing: &'static str,
    /// Every wrapped function that was called, in order of first call.
    pub functions: Vec<FunctionReport>,
}

impl Report {
    /// Total compile time over all functions.
    pub fn compile_ms(&self) -> f64 {
        self.functions
            .iter()
            .filter_map(|f| f.compile.as_ref())
            .map(CompileRecord::total_ms)
            .fold(0.0, |a, b| a + b)
    }

    /// The report as JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    }
}

impl fmt::Display for Report {
    /// The per-function table `pave run --stats` prints.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let jit = if self.jit_enabled {
            format!("on, threshold {}", self.threshold)
        } else {
            "off".to_owned()
        };
        writeln!(f, "Pave tiers (JIT {jit}; tier 1 on {})", self.engine)?;
        if self.functions.is_empty() {
            return writeln!(f, "  no Python functions were called");
        }
        let name_width = self
            .functions
            .iter()
            .map(|r| r.name.len())
            .max()
            .unwrap_or(8)
            .clamp(8, 32);
        writeln!(
            f,
            "  {:<name_width$} {:>5}  {:<14} {:>9} {:>9} {:>10} {:>10} {:>9} {:>7} {:>6}",
            "function",
            "line",
            "tier",
            "calls t0",
            "calls t1",
            "t0 ms",
            "t1 ms",
            "compile",
            "bytes",
            "bails"
        )?;
        for r in &self.functions {
            let mut name = r.name.clone();
            if name.len() > name_width {
                name.truncate(name_width - 1);
                name.push('…');
            }
            let (compile, bytes) = match &r.compile {
                Some(c) => (format!("{:.3}", c.total_ms()), c.wasm_bytes.to_string()),
                None => ("-".to_owned(), "-".to_owned()),
            };
            writeln!(
                f,
                "  {:<name_width$} {:>5}  {:<14} {:>9} {:>9} {:>10.3} {:>10.3} {:>9} {:>7} {:>6}",
                name,
                r.line,
                r.state.label(),
                r.calls.interp,
                r.calls.jit,
                r.time_ms.interp,
                r.time_ms.jit,
                compile,
                bytes,
                r.bail_count()
            )?;
            let mut notes = String::new();
            if let Some(reason) = &r.reason {
                let _ = write!(notes, "{reason}");
            }
            if !r.bails.is_empty() {
                let list: Vec<String> = r.bails.iter().map(|(k, v)| format!("{k} ×{v}")).collect();
                if !notes.is_empty() {
                    notes.push_str("; ");
                }
                let _ = write!(notes, "bailouts: {}", list.join(", "));
            }
            if let Some(c) = &r.compile {
                if c.functions.len() > 1 {
                    if !notes.is_empty() {
                        notes.push_str("; ");
                    }
                    let _ = write!(notes, "module also holds {}", c.functions[1..].join(", "));
                }
            }
            if !notes.is_empty() {
                writeln!(f, "  {:<name_width$}        ↳ {notes}", "")?;
            }
        }
        writeln!(f, "  total compile time {:.3} ms", self.compile_ms())
    }
}
