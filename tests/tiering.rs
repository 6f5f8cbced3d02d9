//! The tiering policy seen from a session: when functions compile, what the report says,
//! reuse of identical modules, recompiling after a rebinding, giving up after frequent
//! bailouts, and the `pave` module's controls.

mod common;

use std::rc::Rc;

use pave::jit::abi::BailReason;
use pave::telemetry::{FunctionReport, ReasonKind, Report, TierState};
use pave::{BufferHost, JitOptions, Session, SessionOptions, Stream};

/// Run `programs` one after the other in one session with `threshold`; the report and
/// output after each.
fn session_runs(threshold: u32, programs: &[&str]) -> Vec<(Report, String)> {
    session_runs_with(threshold, pave::tier::Objects::Loops, programs)
}

/// The same, with tier 1 taking functions called with objects (`objects`) or not.
fn session_runs_with(
    threshold: u32,
    objects: pave::tier::Objects,
    programs: &[&str],
) -> Vec<(Report, String)> {
    let programs: Vec<String> = programs.iter().map(|s| (*s).to_owned()).collect();
    std::thread::Builder::new()
        .stack_size(common::STACK_BYTES)
        .spawn(move || {
            let host = Rc::new(BufferHost::new());
            let options = SessionOptions {
                jit: JitOptions {
                    enabled: true,
                    threshold,
                    checked: true,
                    objects,
                    force_resume: None,
                },
                ..SessionOptions::default()
            };
            let session = Session::new(host.clone(), &options).expect("session starts");
            programs
                .iter()
                .map(|p| {
                    host.clear();
                    let outcome = session.run(p, "main.py");
                    assert!(outcome.is_ok(), "{:?}", outcome.error);
                    (session.report(), host.text(Stream::Stdout))
                })
                .collect()
        })
        .expect("spawn")
        .join()
        .expect("no panic")
}

fn function<'a>(report: &'a Report, name: &str) -> &'a FunctionReport {
    report
        .functions
        .iter()
        .find(|f| f.name == name)
        .unwrap_or_else(|| panic!("{name} is not in the report: {report:#?}"))
}

/// `square` called 31 times from interpreted code (`drive` prints first, so it is never
/// compiled, and its loop is inside a function, so it is not lifted). It calls `abs`, so
/// it is not a short leaf, which would stay in the interpreter.
const SQUARE: &str = "def square(x):\n    return abs(x * x)\n\ndef drive(n):\n    print('go')\n    for i in range(n):\n        square(i)\n    print(square(12))\n\ndrive(30)\n";

#[test]
fn short_leaves_stay_in_the_interpreter_unless_a_compiled_caller_takes_them() {
    // `twice` (no loop, no call, 6 instructions) called from interpreted code: entering
    // compiled code would cost more than interpreting it. `total` loops, compiles at its
    // first call, and calls `twice` straight in its own module.
    let program = "def twice(x):\n    return x * 2 + 1\n\ndef drive(n):\n    print('go')\n    t = 0\n    for i in range(n):\n        t += twice(i)\n    return t\n\n\
                   def total(n):\n    t = 0\n    for i in range(n):\n        t += twice(i)\n    return t\n\n\
                   print(drive(200))\nprint(total(200))\n";
    let runs = session_runs(50, &[program]);
    let (report, out) = &runs[0];
    assert_eq!(out, "go\n40000\n40000\n");
    let leaf = function(report, "twice");
    assert_eq!(
        leaf.reason.as_ref().map(|r| r.kind),
        Some(ReasonKind::ShortLeaf),
        "{leaf:?}"
    );
    assert!(leaf.settled, "{leaf:?}");
    let total = function(report, "total");
    assert_eq!(total.state, TierState::Compiled, "{total:?}");
    let held = &total.compile.as_ref().expect("compiled").functions;
    assert!(held.iter().any(|f| f == "twice"), "{held:?}");
}

#[test]
fn loop_free_functions_compile_after_the_threshold() {
    let runs = session_runs(10, &[SQUARE]);
    let (report, out) = &runs[0];
    assert_eq!(out, "go\n144\n");
    let square = function(report, "square");
    assert_eq!(square.state, TierState::Compiled);
    assert_eq!(
        square.calls.interp, 10,
        "the first 10 calls are interpreted"
    );
    assert_eq!(square.calls.jit, 21, "the rest run compiled");
    let compile = square.compile.as_ref().expect("a compile record");
    assert!(compile.wasm_bytes > 0);
    assert_eq!(compile.arg_kinds, vec!["int".to_owned()]);
}

#[test]
fn an_identical_module_is_reused_when_the_program_runs_again() {
    let runs = session_runs(0, &[SQUARE, SQUARE]);
    let first = function(&runs[0].0, "square")
        .compile
        .clone()
        .expect("compiled");
    let second = function(&runs[1].0, "square")
        .compile
        .clone()
        .expect("compiled");
    assert!(!first.reused);
    assert!(second.reused, "the second run reuses the loaded module");
}

#[test]
fn a_rebound_callee_is_recompiled_at_once() {
    let program = "def helper(x):\n    return x + 1\n\ndef use(n):\n    return helper(n) * 2\n\n\
                   print(use(1))\n\ndef helper(x):\n    return x + 100\n\nprint(use(1))\n";
    let runs = session_runs(0, &[program]);
    let (report, out) = &runs[0];
    assert_eq!(out, "4\n202\n");
    let use_ = function(report, "use");
    assert_eq!(use_.guard_failures, 1);
    assert_eq!(use_.compiles, 2);
    assert_eq!(use_.state, TierState::Compiled);
    assert_eq!(use_.calls.jit, 2);
}

#[test]
fn frequent_bailouts_send_a_function_back_to_the_interpreter() {
    let program =
        "def grow(x):\n    return x * 2**40\n\nfor i in range(100):\n    grow(2**30 + i)\n";
    let runs = session_runs(0, &[program]);
    let grow = function(&runs[0].0, "grow");
    assert_eq!(grow.state, TierState::Deoptimised);
    assert_eq!(
        grow.reason.as_ref().map(|r| r.kind),
        Some(ReasonKind::TooManyBailouts),
        "{grow:?}"
    );
    assert_eq!(grow.bails.get(&BailReason::IntOverflow).copied(), Some(16));
    assert!(
        grow.settled,
        "then it settled: its prologue jumps to its body"
    );
    assert_eq!(
        grow.calls.interp, 17,
        "the 16 that bailed and the one that settled; later calls are not counted"
    );
}

#[test]
fn the_pave_module_controls_tiers() {
    let program = "import pave\n\
                   print(pave.threshold(0))\n\
                   @pave.nojit\n\
                   def slow(x):\n    return x + 1\n\
                   def fast(x):\n    return x - 1\n\
                   for i in range(5):\n    slow(i)\n    fast(i)\n\
                   print(pave.threshold())\n\
                   rows = {r['name']: r['state']['kind'] for r in pave.stats()}\n\
                   print(rows['slow'], rows['fast'])\n\
                   print('(func' in pave.wat(fast), 'fn fast' in pave.wat(fast))\n\
                   print(pave.jit(slow) is slow, slow(1))\n";
    let runs = session_runs(50, &[program]);
    let (report, out) = &runs[0];
    assert_eq!(out, "50\n0\ndisabled compiled\nTrue True\nTrue 2\n");
    assert_eq!(function(report, "slow").state, TierState::Compiled);
}

#[test]
fn a_function_that_cannot_compile_says_why() {
    let program =
        "def greet(n):\n    print('hello', n)\n    return n\n\nfor i in range(3):\n    greet(i)\n";
    let runs = session_runs(0, &[program]);
    let greet = function(&runs[0].0, "greet");
    assert_eq!(greet.state, TierState::NotCompilable);
    let reason = greet.reason.clone().expect("a reason");
    assert_eq!(reason.kind, ReasonKind::Unsupported);
    assert!(reason.detail.contains("print"), "{reason}");
    assert!(reason.detail.contains("line 2"), "{reason}");
}

#[test]
fn a_function_tier_1_never_runs_is_reported_with_why() {
    // A generator gets no entry into tier 1: the report names it, and why, with its
    // calls marked uncounted; a function with keyword-only arguments, a closure (an inner
    // function using its caller's variable) and the function whose variable it uses have
    // entries (the interpreter binds the arguments; cells are their frames'); a
    // generator expression's code is not named.
    let program = "def gen(n):\n    for i in range(n):\n        yield i\n\n\
                   def outer(n):\n    k = 2\n    def inner(i):\n        return i < k\n    \
                   return sum(1 for i in range(n) if inner(i))\n\n\
                   def kw(a, *, b=1):\n    return a + b\n\n\
                   print(sum(gen(5)), outer(5), kw(1))\n";
    let runs = session_runs(0, &[program]);
    let (report, out) = &runs[0];
    assert_eq!(out, "10 2 2\n");
    let f = function(report, "gen");
    assert_eq!(f.state, TierState::NotCompilable, "{f:?}");
    assert!(f.uncounted, "{f:?}");
    let reason = f.reason.clone().expect("a reason");
    assert_eq!(reason.kind, ReasonKind::Unsupported);
    assert!(reason.detail.contains("generator"), "{reason}");
    assert!(report.functions.iter().all(|f| !f.name.contains("genexpr")));
    // (It has an entry into tier 1; what it does, calls through the host, needs objects.)
    let outer = function(report, "outer");
    assert!(!outer.uncounted, "{outer:?}");
    let inner = function(report, "outer.<locals>.inner");
    assert!(!inner.uncounted, "{inner:?}");
    assert_eq!(inner.state, TierState::Compiled, "{inner:?}");
    let kw = function(report, "kw");
    assert!(!kw.uncounted, "{kw:?}");
}

#[test]
fn with_the_jit_off_nothing_is_wrapped_or_compiled() {
    let (report, out) = {
        let r = common::run_with(SQUARE, "main.py", &[], common::jit_off());
        (r.report, r.stdout)
    };
    assert_eq!(out, "go\n144\n");
    assert!(!report.jit_enabled);
    assert!(report.functions.is_empty());
}

#[test]
fn profiling_with_the_jit_off_times_functions_without_compiling() {
    let out = std::thread::Builder::new()
        .stack_size(common::STACK_BYTES)
        .spawn(|| {
            let host = Rc::new(BufferHost::new());
            let session = Session::new(host.clone(), &SessionOptions::default()).expect("starts");
            session.set_jit(false, 0);
            session.set_profile(true);
            assert!(session.run(SQUARE, "main.py").is_ok());
            (session.report(), host.text(Stream::Stdout))
        })
        .expect("spawn")
        .join()
        .expect("no panic");
    let (report, stdout) = out;
    assert_eq!(stdout, "go\n144\n");
    assert!(!report.jit_enabled);
    let square = function(&report, "square");
    assert_eq!(square.state, TierState::Interpreted);
    assert_eq!((square.calls.interp, square.calls.jit), (31, 0));
    assert!(square.compile.is_none());
}

#[test]
fn a_compiled_function_has_its_ir_and_when_it_compiled() {
    let out = std::thread::Builder::new()
        .stack_size(common::STACK_BYTES)
        .spawn(|| {
            let host = Rc::new(BufferHost::new());
            let options = SessionOptions {
                jit: JitOptions {
                    enabled: true,
                    threshold: 3,
                    checked: true,
                    objects: pave::tier::Objects::Loops,
                    force_resume: None,
                },
                ..SessionOptions::default()
            };
            let session = Session::new(host, &options).expect("starts");
            assert!(session.run(SQUARE, "main.py").is_ok());
            (
                session.try_report(),
                session.report(),
                session.ir("square"),
                session.ir("no_such_function"),
            )
        })
        .expect("spawn")
        .join()
        .expect("no panic");
    let (live, report, ir, unknown) = out;
    assert_eq!(
        live.as_ref(),
        Some(&report),
        "an idle session's live report is the report"
    );
    let compile = function(&report, "square")
        .compile
        .clone()
        .expect("square compiled");
    assert!(
        compile.at_ms >= 0.0,
        "compiled during this run: {}",
        compile.at_ms
    );
    let ir = ir.expect("square's IR is kept");
    assert!(!ir.is_empty() && !ir.contains("(func"), "{ir}");
    assert_eq!(unknown, None);
}

#[test]
fn a_method_settles_in_tier_0_after_its_calls_bring_objects() {
    let program = "class P:\n    def __init__(self):\n        self.x = 1\n    def get(self):\n        return self.x\n\n\
                   def drive(n):\n    p = P()\n    t = 0\n    for i in range(n):\n        t += p.get()\n    return t\n\n\
                   print(drive(1000))\n";
    let runs = session_runs(50, &[program]);
    let (report, out) = &runs[0];
    assert_eq!(out, "1000\n");
    let get = function(report, "P.get");
    assert!(get.settled, "{get:?}");
    assert_eq!(get.state, TierState::Interpreted);
    assert_eq!(
        get.calls.interp,
        pave::tier::SETTLE_AFTER,
        "counted until it settled"
    );
    let reason = get.reason.clone().expect("a reason");
    assert_eq!(reason.kind, ReasonKind::ObjectArguments);
    assert_eq!(reason.detail, "`self` is a P");
}

#[test]
fn methods_run_in_tier_1_and_those_it_cannot_compile_settle() {
    let program = "class P:\n    def __init__(self):\n        self.x = 1\n    def get(self):\n        return self.x\n    def bump(self):\n        self.x += 1\n    def label(self):\n        y = [self.x]\n        del y\n        return len('a')\n\n\
                   def drive(n):\n    p = P()\n    t = 0\n    for i in range(n):\n        t += p.get()\n        p.bump()\n        p.label()\n    return t\n\n\
                   print(drive(1000))\n";
    let runs = session_runs_with(50, pave::tier::Objects::All, &[program]);
    let (report, out) = &runs[0];
    assert_eq!(out, "500500\n");
    // The loop calls the methods straight into their compiled code, in its own module
    // (`label`, which tier 1 cannot compile, through the host).
    let drive = function(report, "drive");
    assert_eq!(drive.state, TierState::Compiled, "{drive:?}");
    assert_eq!((drive.calls.jit, drive.calls.interp), (1, 0), "{drive:?}");
    let held = &drive.compile.as_ref().expect("compiled").functions;
    for name in ["P.get", "P.bump"] {
        assert!(held.iter().any(|f| f == name), "{held:?}");
    }
    assert!(!held.iter().any(|f| f == "P.label"), "{held:?}");
    let label = function(report, "P.label");
    assert!(label.settled, "{label:?}");
    assert_eq!(label.state, TierState::NotCompilable, "{label:?}");
}

#[test]
fn a_function_run_inside_its_callers_module_shows_as_compiled() {
    // `longest` loops, so it compiles at its first call, with `steps` in its module:
    // `steps` is then called straight from compiled code, never through its own entry.
    let program = "def steps(n):\n    k = 0\n    while n != 1:\n        n = n // 2 if n % 2 == 0 else 3 * n + 1\n        k += 1\n    return k\n\
                   def longest(limit):\n    best = 0\n    for i in range(1, limit):\n        best = max(best, steps(i))\n    return best\n\
                   print(longest(1000))\n";
    let runs = session_runs_with(50, pave::tier::Objects::Loops, &[program]);
    let (report, out) = &runs[0];
    assert_eq!(out, "178\n");
    let root = function(report, "longest");
    assert_eq!(root.state, TierState::Compiled);
    let held = function(report, "steps");
    assert_eq!(held.state, TierState::Compiled, "{held:?}");
    assert_eq!(held.inside.as_deref(), Some("longest"));
    assert_eq!(
        held.calls.interp + held.calls.jit,
        0,
        "its calls are not counted"
    );
    assert!(report
        .to_string()
        .contains("runs in longest's compiled module"));
}

#[test]
fn budgeted_a_loop_over_objects_compiles_with_its_methods_and_they_never_alone() {
    // Under `Objects::Budgeted`, `drive` loops over objects: it compiles at its first
    // call (the budget's allowance covers the first modules of any program), with
    // `P.get` in its module. Called from the interpreter, `P.get` (no loop) never
    // compiles on its own: entering compiled code costs more than its body saves.
    let program = "class P:\n    def __init__(self):\n        self.x = 1\n    def get(self):\n        return self.x\n\n\
                   def drive(ps):\n    t = 0\n    for p in ps:\n        t += p.get()\n    return t\n\n\
                   ps = [P() for i in range(100)]\n\
                   print(drive(ps))\n\
                   print(sum(p.get() for p in ps))\n";
    let runs = session_runs_with(50, pave::tier::Objects::Budgeted, &[program]);
    let (report, out) = &runs[0];
    assert_eq!(out, "100\n100\n");
    let drive = function(report, "drive");
    assert_eq!(drive.state, TierState::Compiled, "{drive:?}");
    assert_eq!((drive.calls.jit, drive.calls.interp), (1, 0), "{drive:?}");
    let held = &drive.compile.as_ref().expect("compiled").functions;
    assert!(held.iter().any(|f| f == "P.get"), "{held:?}");
    let get = function(report, "P.get");
    assert_eq!(get.state, TierState::Interpreted, "{get:?}");
    assert!(get.settled, "{get:?}");
    let reason = get.reason.clone().expect("a reason");
    assert_eq!(reason.kind, ReasonKind::LoopFreeObjects);
    assert_eq!(reason.detail, "`self` is a P");
}

#[test]
fn budgeted_a_loop_of_host_calls_stays_in_the_interpreter_and_says_why() {
    // `shout` calls builtin methods and adds strings per word: compiled, each is a host
    // call dearer than the interpreter's instruction (`pave_jit::gain`), so it stays in
    // tier 0; `total`, arithmetic on unboxed numbers read from a list, is let through.
    let program = "def shout(words):\n    out = ''\n    for w in words:\n        if w.isalpha():\n            \
                   out = out + w.upper() + ' '\n        else:\n            out = out + w.strip() + '.'\n    \
                   return out\n\n\
                   def total(xs):\n    t = 0.0\n    for i in range(len(xs)):\n        t += xs[i] * xs[i] + 1.5 * i\n    return t\n\n\
                   print(shout(['ab', 'c ', 'xy']))\n\
                   print(total([0.5, 1.5, 2.5]))\n";
    let runs = session_runs_with(50, pave::tier::Objects::Budgeted, &[program]);
    let (report, out) = &runs[0];
    assert_eq!(out, "AB c.XY \n13.25\n");
    let shout = function(report, "shout");
    assert_eq!(shout.state, TierState::Interpreted, "{shout:?}");
    let reason = shout.reason.clone().expect("a reason");
    assert_eq!(reason.kind, ReasonKind::NoGain, "{reason:?}");
    assert!(reason.detail.contains("calls into the host"), "{reason:?}");
    // (Compiled, unless a loaded machine made its compile overrun the budget's room:
    // the estimate lets it through either way.)
    let total = function(report, "total");
    assert!(
        total.state == TierState::Compiled
            || total.reason.as_ref().map(|r| r.kind) == Some(ReasonKind::CompileBudget),
        "{total:?}"
    );
}

#[test]
fn a_chain_of_ifs_is_a_short_leaf_by_its_longest_path() {
    // 26 instructions, of which a call runs at most 18: it stays in the interpreter
    // when called from there (a top-level loop that stores calls it, so it is not
    // lifted into a module that would take `letter` in).
    let program =
        "def letter(avg):\n    if avg >= 90: return 'A'\n    elif avg >= 80: return 'B'\n    \
                   elif avg >= 70: return 'C'\n    elif avg >= 60: return 'D'\n    return 'F'\n\n\
                   out = []\n\
                   for i in range(200):\n    out.append(letter(i % 100))\n\
                   print(''.join(out).count('A'))\n";
    let runs = session_runs(50, &[program]);
    let (report, out) = &runs[0];
    assert_eq!(out, "20\n");
    let letter = function(report, "letter");
    assert_eq!(letter.state, TierState::Interpreted, "{letter:?}");
    assert_eq!(
        letter.reason.clone().map(|r| r.kind),
        Some(ReasonKind::ShortLeaf)
    );
}

#[test]
fn a_callee_too_long_for_its_callers_unit_is_called_through_the_host() {
    // `long` has more code units than a unit takes in besides its root
    // (`jit::lower::MAX_UNIT_CODE_UNITS`): `drive` compiles without it.
    let body: String = (0..1200).map(|_| "    x = x + 1\n").collect();
    let program = format!(
        "def long(x):\n{body}    return x\n\n\
         def drive(n):\n    t = 0\n    for i in range(n):\n        t += long(i)\n    return t\n\n\
         print(drive(10))\n"
    );
    let runs = session_runs_with(50, pave::tier::Objects::All, &[program.as_str()]);
    let (report, out) = &runs[0];
    assert_eq!(out, "12045\n");
    let drive = function(report, "drive");
    assert_eq!(drive.state, TierState::Compiled, "{drive:?}");
    let held = &drive.compile.as_ref().expect("compiled").functions;
    assert_eq!(held, &["drive".to_owned()], "{held:?}");
}

#[test]
fn a_global_rebound_between_calls_is_then_loaded_when_the_code_runs() {
    // `TABLE` is a constant of `total`'s module until it is rebound: the guard fails
    // once, and the function compiles again loading it through the host, so rebinding
    // it before every call does not make tier 1 give up.
    let program = "TABLE = [1, 2]\n\
                   def total(n):\n    t = 0\n    for i in range(n):\n        t += TABLE[i % len(TABLE)]\n    return t\n\
                   for k in range(20):\n    TABLE = [k, k]\n    r = total(4)\n\
                   print(r)\n";
    let runs = session_runs_with(50, pave::tier::Objects::All, &[program]);
    let (report, out) = &runs[0];
    assert_eq!(out, "76\n");
    let total = function(report, "total");
    assert_eq!(total.state, TierState::Compiled, "{total:?}");
    assert_eq!(total.guard_failures, 1, "{total:?}");
    assert_eq!(total.compiles, 2, "{total:?}");
    assert!(total.calls.jit >= 18, "{total:?}");
}

#[test]
fn a_global_the_program_stores_with_global_is_loaded_when_the_code_runs() {
    // `setk` rebinds `TABLE` with a `global` statement: `total` reads it through the host
    // from its first compile (not a guarded constant), so rebinding it before every call
    // fails no guard and compiles nothing again.
    let program = "TABLE = [1, 2]\n\
                   def setk(k):\n    global TABLE\n    TABLE = [k, k]\n\
                   def total(n):\n    t = 0\n    for i in range(n):\n        t += TABLE[i % len(TABLE)]\n    return t\n\
                   for k in range(20):\n    setk(k)\n    r = total(4)\n\
                   print(r)\n";
    let runs = session_runs_with(50, pave::tier::Objects::All, &[program]);
    let (report, out) = &runs[0];
    assert_eq!(out, "76\n");
    let total = function(report, "total");
    assert_eq!(total.state, TierState::Compiled, "{total:?}");
    assert_eq!(total.guard_failures, 0, "{total:?}");
    assert_eq!(total.compiles, 1, "{total:?}");
    assert!(total.calls.jit >= 19, "{total:?}");
}

#[test]
fn a_driver_compiled_at_its_first_call_runs_to_its_end_in_tier_1() {
    // Under `Objects::Budgeted`, `drive` compiles at its only call, its callees in its
    // module, before any of them has run: nothing tells the compiler what they meet. Each
    // of these once bailed at its first run, and the driver finished in the interpreter:
    // `a.at - b.at` (points, whose class overloads `-`) read as unboxed numbers;
    // `random.randrange`, a library's Python function, called from a function without a
    // frame; `int(word)` on a string, compiled as `int` of a number; `self.tags.remove`,
    // a list's method, called as the one method `remove` of the program's classes.
    let program = "import random\n\
                   class P:\n    def __init__(self, x):\n        self.x = x\n    def __sub__(self, o):\n        return P(self.x - o.x)\n\n\
                   class Seg:\n    def __init__(self, a, b):\n        self.a = P(a)\n        self.b = P(b)\n        self.tags = [0, 1, 2]\n\
                   \x20   def length(self):\n        self.remove(self.tags[0])\n        return (self.b - self.a).x\n\
                   \x20   def remove(self, v):\n        self.tags.remove(v)\n        self.tags.append(v)\n\
                   \x20   def jitter(self, n):\n        return random.randrange(n)\n\n\
                   def parse(words, i):\n    return int(words[i])\n\n\
                   def drive(segs, words):\n    random.seed(3)\n    t = 0\n\
                   \x20   for i in range(len(segs)):\n        s = segs[i]\n        t += s.length() + s.jitter(5) * 0 + parse(words, i)\n    return t\n\n\
                   print(drive([Seg(i, 2 * i) for i in range(60)], [str(i) for i in range(60)]))\n";
    let runs = session_runs_with(50, pave::tier::Objects::Budgeted, &[program]);
    let (report, out) = &runs[0];
    assert_eq!(out, "3540\n");
    let drive = function(report, "drive");
    assert_eq!(drive.state, TierState::Compiled, "{drive:?}");
    assert_eq!((drive.calls.jit, drive.calls.interp), (1, 0), "{drive:?}");
    assert!(drive.bails.is_empty(), "{drive:?}");
    let held = &drive.compile.as_ref().expect("compiled").functions;
    for callee in ["Seg.length", "Seg.remove", "Seg.jitter", "parse"] {
        assert!(held.iter().any(|f| f == callee), "{callee}: {held:?}");
    }
}

#[test]
fn a_driver_comparing_characters_does_not_bail_on_them() {
    // `ch == b[j]`, with `ch = a[i]`: an item compared for equality with a local loaded
    // from an object is not read as a number (it once was, and the driver bailed at the
    // first character and finished in the interpreter).
    let program = "def common(a, b):\n    n = 0\n    for i in range(len(a)):\n        ch = a[i]\n\
                   \x20       for j in range(len(b)):\n            if ch == b[j]:\n                n += 1\n    return n\n\n\
                   def drive(words):\n    t = 0\n    for w in words:\n        t += common(w, words[0])\n    return t\n\n\
                   print(drive(['abc', 'cab', 'xyz', 'aaa']))\n";
    let runs = session_runs_with(50, pave::tier::Objects::Budgeted, &[program]);
    let (report, out) = &runs[0];
    assert_eq!(out, "9\n");
    let drive = function(report, "drive");
    assert_eq!(drive.state, TierState::Compiled, "{drive:?}");
    assert_eq!((drive.calls.jit, drive.calls.interp), (1, 0), "{drive:?}");
    assert!(drive.bails.is_empty(), "{drive:?}");
}

#[test]
fn a_loop_calling_a_function_that_stays_in_tier_0_says_why_once() {
    // The callee's reason goes into the loop's in brackets, "every path" said once for
    // each.
    let program =
        "def inner(text):\n    n = 0\n    for ch in text:\n        if ch.isalpha():\n            \
                   n += 1\n    return n\n\n\
                   total = 0\nfor i in range(300):\n    total += inner('ab c')\nprint(total)\n";
    let runs = session_runs(50, &[program]);
    let (report, out) = &runs[0];
    assert_eq!(out, "900\n");
    let looped = function(report, "<loop at line 9>");
    let reason = looped.reason.clone().expect("a reason");
    assert!(
        reason.detail.contains(
            "calls a function that stays in tier 0 (method call .isalpha() in a called function, line 4, on every path)"
        ),
        "{reason:?}"
    );
    assert_eq!(
        reason
            .detail
            .matches("every path through the function")
            .count(),
        1,
        "{reason:?}"
    );
}
