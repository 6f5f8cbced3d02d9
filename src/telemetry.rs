//! What the page and the CLI show about tiering: per function, its tier, calls and time
//! in each tier, compile phases, module size, bailouts by reason, and why it was not
//! compiled. The same [`Report`] is printed as a table, written as JSON and posted by the
//! worker to the page, and `pave.stats()` hands the JSON to Python.
//!
//! Every fact with words attached (a tier state, a reason, a bailout, a compile phase) is
//! an enum declared once here (or in `jit::abi` for bailouts), with a stable `kind`
//! string that programs match on and a `label` that people read; the JSON carries both
//! (`{"kind": "deoptimised", "label": "deoptimised"}`), so no reader keeps its own table.

use std::collections::BTreeMap;
use std::fmt::{self, Write as _};

use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};

use crate::jit::abi::BailReason;
use crate::jit::PhaseTimes;

/// Where a function stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TierState {
    /// Runs in the interpreter; not hot yet (or settled there: see the reason).
    Interpreted,
    /// Has compiled code that calls enter.
    Compiled,
    /// Was compiled, then sent back to the interpreter for good (see the reason).
    Deoptimised,
    /// Tier 1 cannot compile it (see the reason).
    NotCompilable,
    /// The user asked for no JIT (`pave.nojit`, or the JIT is off).
    Disabled,
}

impl TierState {
    /// The stable name in reports.
    pub fn kind(self) -> &'static str {
        match self {
            TierState::Interpreted => "interpreted",
            TierState::Compiled => "compiled",
            TierState::Deoptimised => "deoptimised",
            TierState::NotCompilable => "not_compilable",
            TierState::Disabled => "disabled",
        }
    }

    /// What the table and the Tiers panel show.
    pub fn label(self) -> &'static str {
        match self {
            TierState::Interpreted => "interpreted",
            TierState::Compiled => "compiled",
            TierState::Deoptimised => "deoptimised",
            TierState::NotCompilable => "not compilable",
            TierState::Disabled => "JIT off",
        }
    }
}

impl Serialize for TierState {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        labelled(s, self.kind(), self.label(), None)
    }
}

/// `{"kind": …, "label": …}`, with `"detail": …` when given.
fn labelled<S: Serializer>(
    s: S,
    kind: &str,
    label: &str,
    detail: Option<&str>,
) -> Result<S::Ok, S::Error> {
    let mut map = s.serialize_map(Some(2 + usize::from(detail.is_some())))?;
    map.serialize_entry("kind", kind)?;
    map.serialize_entry("label", label)?;
    if let Some(detail) = detail {
        map.serialize_entry("detail", detail)?;
    }
    map.end()
}

/// Why a function is not compiled, or no longer, or runs in tier 0 for now: the kind of
/// reason and its particulars.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    /// What kind of reason.
    pub kind: ReasonKind,
    /// The particulars (the construct and line, the bailout, the argument…).
    pub detail: String,
}

/// The kinds of [`Reason`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReasonKind {
    /// The code uses something tier 1 does not compile yet.
    Unsupported,
    /// The compiler failed where it should not: a bug in Pave.
    CompilerBug,
    /// Too many compiled calls bailed out.
    TooManyBailouts,
    /// Recompiled too often: its globals keep changing.
    UnstableGlobals,
    /// The engine could not run the compiled code.
    EngineFailed,
    /// Its calls bring arguments tier 1 does not take (objects).
    ObjectArguments,
    /// A global the compiled code relied on changed; it will recompile when hot.
    GlobalChanged,
    /// `pave.nojit`.
    NoJit,
    /// A lifted loop whose compiled callee reads a name the loop assigns.
    LoopNameRead,
    /// Hot, but compiling has taken its share of the run so far; it asks again later.
    CompileBudget,
    /// A loop-free function on objects: compiled only into a caller's module.
    LoopFreeObjects,
    /// Its compiled calls were too short to repay entering compiled code.
    ShortCalls,
    /// So short (no loop, no call, a few instructions) that entering compiled code from
    /// the interpreter costs more than interpreting it.
    ShortLeaf,
    /// Its code on objects would be mostly host calls, each dearer than the
    /// interpreter's own instruction: compiled, it would run slower (`pave_jit::gain`).
    NoGain,
}

impl ReasonKind {
    /// The stable name in reports.
    pub fn kind(self) -> &'static str {
        match self {
            ReasonKind::Unsupported => "unsupported",
            ReasonKind::CompilerBug => "compiler_bug",
            ReasonKind::TooManyBailouts => "too_many_bailouts",
            ReasonKind::UnstableGlobals => "unstable_globals",
            ReasonKind::EngineFailed => "engine_failed",
            ReasonKind::ObjectArguments => "object_arguments",
            ReasonKind::GlobalChanged => "global_changed",
            ReasonKind::NoJit => "nojit",
            ReasonKind::LoopNameRead => "loop_name_read",
            ReasonKind::CompileBudget => "compile_budget",
            ReasonKind::LoopFreeObjects => "loop_free_objects",
            ReasonKind::ShortCalls => "short_calls",
            ReasonKind::ShortLeaf => "short_leaf",
            ReasonKind::NoGain => "no_gain",
        }
    }

    /// What it means, in plain words; the detail follows it.
    pub fn label(self) -> &'static str {
        match self {
            ReasonKind::Unsupported => "tier 1 cannot compile it yet",
            ReasonKind::CompilerBug => "internal compiler error (please report this)",
            ReasonKind::TooManyBailouts => "sent back to the interpreter: its compiled calls bailed out too often",
            ReasonKind::UnstableGlobals => "sent back to the interpreter: recompiled too often, its globals keep changing",
            ReasonKind::EngineFailed => "sent back to the interpreter: the compiled code failed",
            ReasonKind::ObjectArguments => "stays in the interpreter: tier 1 takes only int, float, bool and None arguments so far",
            ReasonKind::GlobalChanged => "a global it relies on changed; it will recompile when hot",
            ReasonKind::NoJit => "marked @pave.nojit, so it stays in the interpreter",
            ReasonKind::LoopNameRead => "runs in the interpreter: a function it calls reads a name the loop assigns",
            ReasonKind::CompileBudget => "waits in the interpreter: compiling may take a tenth of the run so far, and has (it asks again after twice the calls)",
            ReasonKind::LoopFreeObjects => "stays in the interpreter: a function on objects without a loop runs faster there when called from the interpreter; a compiled caller compiles it into its own module",
            ReasonKind::ShortCalls => "back in the interpreter: its compiled calls were too short to repay entering compiled code from the interpreter; a compiled caller compiles it into its own module",
            ReasonKind::ShortLeaf => "stays in the interpreter: without a loop or a call it is shorter than entering compiled code from the interpreter costs; a compiled caller compiles it into its own module",
            ReasonKind::NoGain => "stays in the interpreter: compiled, its code on objects would be mostly calls into the host, each dearer than the interpreter's own instruction, so it would run slower",
        }
    }
}

impl Reason {
    /// A reason of `kind` with `detail`.
    pub fn new(kind: ReasonKind, detail: impl Into<String>) -> Reason {
        Reason {
            kind,
            detail: detail.into(),
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.detail.is_empty() {
            f.write_str(self.kind.label())
        } else {
            write!(f, "{}: {}", self.kind.label(), self.detail)
        }
    }
}

impl Serialize for Reason {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        labelled(s, self.kind.kind(), self.kind.label(), Some(&self.detail))
    }
}

/// A compiler phase, as the report names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// Bytecode decoding.
    Decode,
    /// Lowering to IR.
    Lower,
    /// Kind inference.
    Infer,
    /// Structuring and emitting wasm.
    Emit,
    /// The engine's compile and instantiate.
    Load,
}

impl Phase {
    /// Every phase, in order.
    pub const ALL: [Phase; 5] = [
        Phase::Decode,
        Phase::Lower,
        Phase::Infer,
        Phase::Emit,
        Phase::Load,
    ];

    /// The stable name in reports (also what tables show).
    pub fn kind(self) -> &'static str {
        match self {
            Phase::Decode => "decode",
            Phase::Lower => "lower",
            Phase::Infer => "infer",
            Phase::Emit => "emit",
            Phase::Load => "load",
        }
    }
}

/// One compilation of a function.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CompileRecord {
    /// Compiler phases.
    pub phases: PhaseTimes,
    /// Engine compile + instantiate time (near zero when the module was reused).
    pub instantiate_ms: f64,
    /// What made machine code of the module: `Cranelift` or `Winch` (natively, by what
    /// the code works on), `the browser`.
    pub compiler: &'static str,
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
    /// Where calls can go on in the interpreter mid-way: the most resume points (places
    /// where compiled code can hand its frame over) of one function of the module.
    pub resume_points: usize,
    /// When it became callable, in ms since the report's counters were last reset
    /// (negative: compiled in an earlier run of the session).
    pub at_ms: f64,
}

impl CompileRecord {
    /// Compile time from bytecode to a callable module.
    pub fn total_ms(&self) -> f64 {
        self.phases.total_ms() + self.instantiate_ms
    }

    /// Time per phase, the engine's load last.
    pub fn phase_times(&self) -> [(Phase, f64); 5] {
        let p = &self.phases;
        [
            (Phase::Decode, p.decode_ms),
            (Phase::Lower, p.lower_ms),
            (Phase::Infer, p.infer_ms),
            (Phase::Emit, p.emit_ms),
            (Phase::Load, self.instantiate_ms),
        ]
    }
}

/// One entry of a compile record's phase list.
#[derive(Serialize)]
struct PhaseTime {
    kind: &'static str,
    label: &'static str,
    ms: f64,
}

/// A compile record as JSON: its phases as a list of `{kind, label, ms}`.
#[derive(Serialize)]
struct CompileRecordJson<'a> {
    phases: Vec<PhaseTime>,
    total_ms: f64,
    reused: bool,
    compiler: &'static str,
    wasm_bytes: usize,
    arg_kinds: &'a [String],
    returns: &'a str,
    functions: &'a [String],
    resume_points: usize,
    at_ms: f64,
}

impl Serialize for CompileRecord {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        CompileRecordJson {
            phases: self
                .phase_times()
                .into_iter()
                .map(|(phase, ms)| PhaseTime {
                    kind: phase.kind(),
                    label: phase.kind(),
                    ms,
                })
                .collect(),
            total_ms: self.total_ms(),
            reused: self.reused,
            compiler: self.compiler,
            wasm_bytes: self.wasm_bytes,
            arg_kinds: &self.arg_kinds,
            returns: &self.returns,
            functions: &self.functions,
            resume_points: self.resume_points,
            at_ms: self.at_ms,
        }
        .serialize(s)
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
    pub reason: Option<Reason>,
    /// Calls per tier (a bailed-out call counts in tier 0), until the function settled.
    pub calls: PerTier<u64>,
    /// Settled in tier 0: its calls jump straight to its body, uncounted and untimed.
    pub settled: bool,
    /// Tier 1 never runs it (a generator, a closure…: see the reason), so its calls go
    /// uncounted; its tier-0 time is what the stack samples found.
    pub uncounted: bool,
    /// Time per tier in milliseconds, inclusive of callees: estimates (see [`TIMING`]).
    pub time_ms: PerTier<f64>,
    /// The tier-1 calls that were timed, and their time: what `time_ms.jit` is
    /// extrapolated from.
    pub timed: TimedCalls,
    /// The latest compilation, if any.
    pub compile: Option<CompileRecord>,
    /// How many times it was compiled (new argument kinds, rebound globals).
    pub compiles: u32,
    /// Bailouts by reason, serialised as `[{kind, label, count}, …]`.
    #[serde(serialize_with = "bail_list")]
    pub bails: BTreeMap<BailReason, u64>,
    /// Entries refused because a global it relies on changed.
    pub guard_failures: u64,
    /// Bailouts after which the call went on in the interpreter from where compiled
    /// code stopped (the rest re-ran the call from its start).
    pub resumes: u64,
    /// The function whose compiled module this one ran in, called straight from it
    /// (never through its own entry, so its calls there are not counted): it shows as
    /// compiled.
    pub inside: Option<String>,
}

/// Bailouts as a list of `{kind, label, count}`.
fn bail_list<S: Serializer>(bails: &BTreeMap<BailReason, u64>, s: S) -> Result<S::Ok, S::Error> {
    #[derive(Serialize)]
    struct Bail {
        kind: &'static str,
        label: &'static str,
        count: u64,
    }
    let mut seq = s.serialize_seq(Some(bails.len()))?;
    for (reason, count) in bails {
        seq.serialize_element(&Bail {
            kind: reason.kind(),
            label: reason.describe(),
            count: *count,
        })?;
    }
    seq.end()
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
            uncounted: false,
            time_ms: PerTier::default(),
            timed: TimedCalls::default(),
            compile: None,
            compiles: 0,
            bails: BTreeMap::new(),
            guard_failures: 0,
            resumes: 0,
            inside: None,
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
    /// The engine tier-1 code ran on (`wasmtime`, `browser`).
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
            "≈t0 ms",
            "≈t1 ms",
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
            let calls = |n: u64| {
                if r.uncounted {
                    "-".to_owned()
                } else {
                    n.to_string()
                }
            };
            writeln!(
                f,
                "  {:<name_width$} {:>5}  {:<14} {:>9} {:>9} {:>10.3} {:>10.3} {:>9} {:>7} {:>6}",
                name,
                r.line,
                r.state.label(),
                calls(r.calls.interp),
                calls(r.calls.jit),
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
            if let Some(root) = &r.inside {
                let _ = write!(
                    notes,
                    "runs in {root}'s compiled module, called from there (uncounted)"
                );
            }
            if r.settled {
                if !notes.is_empty() {
                    notes.push_str("; ");
                }
                notes.push_str(
                    "settled in tier 0: later calls jump straight to its body, uncounted",
                );
            }
            if !r.bails.is_empty() {
                let list: Vec<String> = r
                    .bails
                    .iter()
                    .map(|(k, v)| format!("{} ×{v}", k.kind()))
                    .collect();
                if !notes.is_empty() {
                    notes.push_str("; ");
                }
                let _ = write!(notes, "bailouts: {}", list.join(", "));
                if r.resumes > 0 {
                    let _ = write!(notes, " ({} resumed mid-call)", r.resumes);
                }
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
        writeln!(f, "  total compile time {:.3} ms", self.compile_ms())?;
        writeln!(f, "  ≈ times are {}", self.timing)
    }
}
