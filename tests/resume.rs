//! Exact resume: a compiled call that cannot go on hands its frame to the interpreter,
//! which carries on at that bytecode instruction with the locals and value stack as they
//! were. Every resume point of every compiled root is taken once (the compiler's
//! `force_resume`), and the output and the uncaught exception must match the
//! interpreter's alone.

mod common;

use pave::{JitOptions, SessionOptions};

/// Every function compiled at its first call (`common::jit_forced`), roots resuming at
/// `point` whenever they reach it.
fn forced_at(point: Option<u32>) -> SessionOptions {
    let forced = common::jit_forced();
    SessionOptions {
        jit: JitOptions {
            force_resume: point,
            ..forced.jit
        },
        ..forced
    }
}

fn resumes(run: &common::RunResult) -> u64 {
    run.outcome_resumes()
}

/// Most points tried per program (the loop stops earlier, past the last point).
const MAX_POINTS: u32 = 400;

/// The most resume points one compiled function of `run` has (its compile records'):
/// forcing a point past them changes nothing.
fn points_of(run: &common::RunResult) -> u32 {
    run.report
        .functions
        .iter()
        .filter_map(|f| f.compile.as_ref())
        .map(|c| c.resume_points as u32)
        .max()
        .unwrap_or(0)
}

fn every_point_of(path: &str) {
    let source = std::fs::read_to_string(path).expect("test program");
    let off = common::run_with(&source, path, &[], common::jit_off());
    // Calls that resume without forcing (their own bail-outs).
    let natural_run = common::run_with(&source, path, &[], forced_at(None));
    let natural = resumes(&natural_run);
    // Points past every compiled function's are never reached (each run counts: forcing
    // a point may make a variant compiled later).
    let mut bound = points_of(&natural_run);
    let mut taken = 0;
    for k in 0..MAX_POINTS {
        if k >= bound {
            break;
        }
        let on = common::run_with(&source, path, &[], forced_at(Some(k)));
        bound = bound.max(points_of(&on));
        assert_eq!(
            on.stdout,
            off.stdout,
            "resume point {k}: output differs (stderr: {}; error {:?})",
            on.stderr,
            on.exception_line()
        );
        assert_eq!(
            on.exception_line(),
            off.exception_line(),
            "resume point {k}: the uncaught exception differs"
        );
        // A point no instruction carries (a `NOP`, a store) is never reached.
        if resumes(&on) > natural {
            taken += 1;
        }
    }
    eprintln!("{path}: {taken} resume points taken");
    assert!(taken > 0, "no resume point was taken in {path}");
    assert!(
        taken < MAX_POINTS,
        "more resume points than expected in {path}"
    );
}

#[test]
fn every_resume_point_of_the_midway_program_keeps_the_output() {
    every_point_of("tests/resume/midway.py");
}

#[test]
fn every_resume_point_of_the_object_corpus_keeps_the_output() {
    every_point_of("tests/jit/objects_read.py");
}

#[test]
fn every_resume_point_of_the_store_corpus_keeps_the_output() {
    every_point_of("tests/jit/objects_store.py");
}

#[test]
fn every_resume_point_of_frameless_calls_keeps_the_output() {
    // Functions compiled into their caller's module call the program's other
    // functions: resumed at any point, the frames are made and the call goes on.
    every_point_of("tests/jit/objects_frameless_calls.py");
}

#[test]
fn every_resume_point_of_nested_tuple_loops_keeps_the_output() {
    every_point_of("tests/jit/objects_nested_tuple_loops.py");
}

#[test]
fn every_resume_point_of_globals_stored_keeps_the_output() {
    every_point_of("tests/jit/objects_globals_stored.py");
}

#[test]
fn every_resume_point_of_pure_calls_keeps_the_output() {
    every_point_of("tests/jit/objects_pure_calls.py");
}

#[test]
fn every_resume_point_of_polymorphic_calls_keeps_the_output() {
    // Resumed in any candidate called directly, or in the host's call of another.
    every_point_of("tests/jit/objects_polymorphic_calls.py");
}

#[test]
fn every_resume_point_of_overloaded_loads_keeps_the_output() {
    // A load that gave an object, or a number, resumed before and after the operator.
    every_point_of("tests/jit/objects_overloaded_loads.py");
}

#[test]
fn every_resume_point_of_frameless_super_keeps_the_output() {
    every_point_of("tests/jit/objects_frameless_super.py");
}

#[test]
fn every_resume_point_of_star_calls_keeps_the_output() {
    // Arguments gathered in a list (`LIST_EXTEND`), keywords merged (`DICT_MERGE`),
    // then spread by `CALL_FUNCTION_EX`: resumed between any two, nothing is done twice.
    every_point_of("tests/jit/objects_star_calls.py");
}

#[test]
fn every_resume_point_of_mixed_returns_keeps_the_output() {
    every_point_of("tests/jit/objects_mixed_returns.py");
}

#[test]
fn every_resume_point_of_items_by_int_keeps_the_output() {
    every_point_of("tests/jit/objects_items_by_int.py");
}

#[test]
fn every_resume_point_of_the_closure_corpus_keeps_the_output() {
    // Functions with cell variables: a resumed call keeps its frame's cells, which the
    // functions compiled code made (and the interpreter's) share.
    every_point_of("tests/jit/objects_closures.py");
}

#[test]
fn every_resume_point_of_the_free_variable_corpus_keeps_the_output() {
    // Closures and `super()`: a resumed call keeps the cells its frame took from the
    // closure, and resumes at a `LOAD_SUPER_ATTR` with the class and `self` on the stack.
    every_point_of("tests/jit/objects_free_vars.py");
}

#[test]
fn every_resume_point_of_the_property_corpus_keeps_the_output() {
    // Properties, `__getattr__` and `__setattr__` run from compiled code: a call resumes
    // at the attribute's instruction after one raised, or before one.
    every_point_of("tests/jit/objects_properties.py");
}

#[test]
fn every_resume_point_of_the_comprehension_names_corpus_keeps_the_output() {
    // A comprehension over a name the function uses outside it: resumed inside, the
    // frame's local is the comprehension's variable and the saved outer value is on the
    // stack (`NULL` if it was unassigned).
    every_point_of("tests/jit/objects_comprehension_names.py");
}

#[test]
fn every_resume_point_of_the_bound_arguments_corpus_keeps_the_output() {
    // `*args`, keyword-only parameters and `**kwargs` as the interpreter bound them: a
    // resumed call finds them in its frame's slots.
    every_point_of("tests/jit/objects_bound_args.py");
}

#[test]
fn every_resume_point_of_the_item_deletion_corpus_keeps_the_output() {
    // `del obj[key]`: a call resumes before one, or at one that raised.
    every_point_of("tests/jit/objects_del_item.py");
}

#[test]
fn every_resume_point_of_the_subscript_corpus_keeps_the_output() {
    // Subscripts that run a class's `__getitem__`/`__setitem__` or raise, from compiled
    // code: a call resumes before one, or after one that raised, at its instruction.
    every_point_of("tests/jit/objects_subscripts.py");
}

#[test]
fn every_resume_point_of_the_operator_corpus_keeps_the_output() {
    // Operators run from compiled code, and calls straight into a class's operator
    // methods: a method that hands its frame over resumes at the operator.
    every_point_of("tests/jit/objects_operators.py");
}

#[test]
fn every_resume_point_of_the_forwarding_corpus_keeps_the_output() {
    // Loads compiled away (copies of a value kept since a load or a store) carry the
    // point of the `LOAD_ATTR` they stand for: resumed there, the interpreter loads it.
    every_point_of("tests/jit/objects_forwarding.py");
}

#[test]
fn every_resume_point_of_the_tuple_loop_corpus_keeps_the_output() {
    // A loop over a tuple runs as a counted loop picking items: resumed inside it, the
    // interpreter gets a tuple iterator positioned past the items already taken.
    every_point_of("tests/jit/tuple_loops.py");
}

#[test]
fn every_resume_point_of_the_math_call_corpus_keeps_the_output() {
    // `math.sqrt` waits on the stack while a method runs: resumed there, the host puts
    // the `math` module's function back.
    every_point_of("tests/jit/objects_math_calls.py");
}

#[test]
fn every_resume_point_of_the_frames_corpus_keeps_the_output() {
    // Calls of Python code from functions compiled into their caller's module go to the
    // interpreter, whose frames warnings and `sys._getframe` look at.
    every_point_of("tests/jit/objects_frames.py");
}

#[test]
fn every_resume_point_of_the_constant_globals_corpus_keeps_the_output() {
    // Globals loaded as constant handles: the host rebuilds them from the table.
    every_point_of("tests/jit/objects_const_globals.py");
}

#[test]
fn every_resume_point_of_the_global_stores_corpus_keeps_the_output() {
    // `STORE_GLOBAL` in compiled code: resumed after a store, the interpreter reads the
    // global as stored; resumed before one, it stores it itself.
    every_point_of("tests/jit/objects_global_stores.py");
}

#[test]
fn every_resume_point_of_the_defaults_corpus_keeps_the_output() {
    // Direct calls passing their callee's defaults: resumed inside the callee, its frame
    // has them as the interpreter's call gave them.
    every_point_of("tests/jit/objects_defaults.py");
}

#[test]
fn every_resume_point_of_the_iterators_corpus_keeps_the_output() {
    // enumerate, zip and reversed advanced by the VM's own code from compiled loops:
    // resumed inside one, the interpreter gets the same iterator, items already taken.
    every_point_of("tests/jit/objects_iterators.py");
}

#[test]
fn every_resume_point_of_the_code_constants_corpus_keeps_the_output() {
    // Slices, frozensets, bytes and big ints loaded as constant handles; slices built
    // for `xs[i:j]` and `xs[i:j] = ys`.
    every_point_of("tests/jit/objects_code_constants.py");
}

#[test]
fn every_resume_point_of_the_range_arguments_corpus_keeps_the_output() {
    // `range()` of objects the host unboxes: resumed at the loop's start, the
    // interpreter calls `range` itself.
    every_point_of("tests/jit/objects_range_args.py");
}

#[test]
fn every_resume_point_of_the_arrays_corpus_keeps_the_output() {
    // `array.array` read and written by index by the host.
    every_point_of("tests/jit/objects_arrays.py");
}

#[test]
fn every_resume_point_of_the_call_program_keeps_the_output() {
    every_point_of("tests/resume/calls.py");
}

#[test]
fn a_bail_mid_loop_resumes_instead_of_running_the_call_again() {
    let source = "def total(xs):\n    s = 0\n    for x in xs:\n        s += x\n    return s\n\
                  print(total([1, 2, 2**62, 2**62, 5]))\n";
    let on = common::run_with(source, "t.py", &[], forced_at(None));
    assert_eq!(on.stdout, format!("{}\n", 8 + 2u128.pow(63)));
    let f = on
        .report
        .functions
        .iter()
        .find(|f| f.name == "total")
        .expect("total in the report");
    assert_eq!(f.resumes, 1, "{f:?}");
    assert_eq!(f.calls.interp, 1, "it finished in the interpreter");
}

#[test]
fn every_resume_point_of_the_many_locals_corpus_keeps_the_output() {
    // Frames of 40, 60 and 300 locals, stored by the trampoline.
    every_point_of("tests/resume/many_locals.py");
}

#[test]
fn every_resume_point_of_fused_method_calls_keeps_the_output() {
    // `obj.name(args…)` in one host call: its `LOAD_ATTR`'s point (taken where the host
    // made no call) and its `CALL`'s (taken once the call raised).
    every_point_of("tests/jit/objects_call_method.py");
}

#[test]
fn every_resume_point_of_builtin_methods_looked_up_at_the_call_keeps_the_output() {
    // A builtin type's method, looked up when the `CALL` is made: the points between
    // the `LOAD_ATTR` and the `CALL` have the host look it up again.
    every_point_of("tests/jit/objects_builtin_methods.py");
}
