//! Objects in tier 1: what compiled code holds of Python objects is released exactly.
//! Objects passed to compiled functions die when the program drops them (a weakref says
//! so), and a long compiled loop over objects holds a flat number of handles.

mod common;

use std::rc::Rc;

use pave::telemetry::Report;
use pave::{BufferHost, Session, Stream};

/// Run `source` with tier 1 taking objects at the first call; its output, report, and
/// the most handles one compiled call held at once.
fn run(source: &str) -> (String, Report, usize) {
    let source = source.to_owned();
    std::thread::Builder::new()
        .stack_size(common::STACK_BYTES)
        .spawn(move || {
            let host = Rc::new(BufferHost::new());
            // Every function compiled at its first call, objects included.
            let options = common::jit_forced();
            let session = Session::new(host.clone(), &options).expect("session starts");
            let _ = pave::peak_handles();
            let outcome = session.run(&source, "objects.py");
            assert!(outcome.error.is_none(), "{:?}", outcome.error);
            (
                host.text(Stream::Stdout),
                session.report(),
                pave::peak_handles(),
            )
        })
        .expect("spawn")
        .join()
        .expect("interpreter thread panicked")
}

fn jit_calls(report: &Report, name: &str) -> u64 {
    report
        .functions
        .iter()
        .find(|f| f.name == name)
        .map_or(0, |f| f.calls.jit)
}

#[test]
fn objects_passed_to_compiled_code_die_when_dropped() {
    let program = "import weakref\n\
class Node:\n    def __init__(self, v):\n        self.v = v\n        self.items = [v, v + 1]\n\
def read(n):\n    s = 0\n    for x in n.items:\n        s += x\n    return n.v + s\n\
def keep(n):\n    m = n\n    return m\n\
alive = 0\n\
for i in range(500):\n    n = Node(i)\n    r = weakref.ref(n)\n    read(n)\n    assert keep(n) is n\n    del n\n    if r() is not None:\n        alive += 1\n\
print(alive)\n";
    let (out, report, _) = run(program);
    assert_eq!(out, "0\n");
    assert!(jit_calls(&report, "read") >= 500, "{report:?}");
    assert!(jit_calls(&report, "keep") >= 500, "{report:?}");
}

#[test]
fn a_long_compiled_loop_holds_a_flat_number_of_handles() {
    let program = |n: u32| {
        format!(
            "class P:\n    def __init__(self, x):\n        self.x = x\n\
def total(ps):\n    t = 0\n    for p in ps:\n        q = p\n        t += q.x\n    return t\n\
ps = [P(i) for i in range({n})]\n\
print(total(ps))\n"
        )
    };
    let (out, report, short) = run(&program(10));
    assert_eq!(out, "45\n");
    assert_eq!(jit_calls(&report, "total"), 1, "{report:?}");
    let (out, _, long) = run(&program(100_000));
    assert_eq!(out, "4999950000\n");
    // The argument, the iterator, loop variables and values in flight: a few handles,
    // the same for 10 items as for 100,000.
    assert_eq!(short, long, "handles grow with the loop");
    assert!(long <= 16, "{long} handles at once");
}

#[test]
fn a_bailout_drops_every_handle_of_the_call() {
    // The loop bails at the string: the call re-runs in the interpreter, which raises.
    let program = "import weakref\n\
class Box:\n    pass\n\
def total(xs):\n    s = 0\n    for x in xs:\n        s += x\n    return s\n\
b = Box()\n\
r = weakref.ref(b)\n\
try:\n    total([1, 2, b])\nexcept TypeError:\n    print('TypeError')\n\
del b\n\
print(r() is None)\n";
    let (out, _, _) = run(program);
    assert_eq!(out, "TypeError\nTrue\n");
}
