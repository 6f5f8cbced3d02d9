//! Differential testing of the tiers: every program of the golden corpus
//! (`tests/programs/`) and of the JIT corpus (`tests/jit/`) runs twice, with the JIT off
//! and with every function compiled at its first call (IR verifier and module validation
//! on). Output and the uncaught exception must be identical.
//!
//! A JIT-corpus program may name, in a `#! compiled = "f, g"` header, functions that must
//! have run in tier 1; the test fails if one did not, so coverage cannot quietly shrink.
//!
//! The benchmark programs (`bench/*.py`, which define `main()`) run here too, from
//! `bench/` itself, with `print(main())` appended.

mod common;

use std::path::Path;

use libtest_mimic::{Arguments, Failed, Trial};
use pave::telemetry::ReasonKind;

fn main() {
    let args = Arguments::from_args();
    let mut trials = Vec::new();
    for dir in ["programs", "jit"] {
        for (name, path) in common::corpus(&format!("tests/{dir}")) {
            trials.push(Trial::test(format!("{dir}/{name}"), move || check(&path)));
        }
    }
    for (name, path) in common::corpus("bench") {
        trials.push(Trial::test(format!("bench/{name}"), move || check(&path)));
    }
    libtest_mimic::run(&args, trials).exit();
}

fn check(path: &Path) -> Result<(), Failed> {
    let mut source = std::fs::read_to_string(path)?;
    if path
        .parent()
        .and_then(Path::file_name)
        .is_some_and(|d| d == "bench")
    {
        source.push_str("\nprint(main())\n");
    }
    let filename = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let off = common::run_with(&source, &filename, &[], common::jit_off());
    let on = common::run_with(&source, &filename, &[], common::jit_forced());
    let mut problems = Vec::new();
    if off.stdout != on.stdout {
        let (a, b): (Vec<&str>, Vec<&str>) =
            (off.stdout.lines().collect(), on.stdout.lines().collect());
        let at = a
            .iter()
            .zip(&b)
            .position(|(x, y)| x != y)
            .unwrap_or(a.len().min(b.len()));
        problems.push(format!(
            "stdout differs at line {}:\n  JIT off: {}\n  JIT on:  {}",
            at + 1,
            a.get(at).unwrap_or(&"<end>"),
            b.get(at).unwrap_or(&"<end>")
        ));
    }
    if off.exception_line() != on.exception_line() {
        problems.push(format!(
            "uncaught exception differs:\n  JIT off: {:?}\n  JIT on:  {:?}",
            off.exception_line(),
            on.exception_line()
        ));
    }
    for f in &on.report.functions {
        if let Some(reason) = &f.reason {
            if reason.kind == ReasonKind::CompilerBug {
                problems.push(format!("{}: {reason}", f.name));
            }
        }
    }
    if let Some(names) = common::directive(&source, "compiled") {
        for name in names.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            // Entered from the interpreter, or compiled into a module that was.
            let ran = on.report.functions.iter().any(|f| {
                f.calls.jit > 0
                    && (f.name == name
                        || f.compile
                            .as_ref()
                            .is_some_and(|c| c.functions.iter().any(|n| n == name)))
            });
            if !ran {
                let why = on
                    .report
                    .functions
                    .iter()
                    .find(|f| f.name == name)
                    .and_then(|f| f.reason.as_ref().map(ToString::to_string))
                    .unwrap_or_else(|| "never called".to_owned());
                problems.push(format!("{name} did not run in tier 1: {why}"));
            }
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n").into())
    }
}
