//! Imports every module of the frozen standard library in one native session
//! (`tests/import_all.py`, which the browser test runs over the page's stdlib index): each
//! imports or raises an `ImportError` that says why it is not available in Pave. Never a
//! panic, never another exception.

mod common;

use libtest_mimic::{Arguments, Trial};

/// At least this many modules must import, so that a broken shim cannot make most of the
/// stdlib "refused" quietly (measured: 514 import, 200 refused, most of them `test.*`).
const MIN_IMPORTED: usize = 500;

fn main() {
    let args = Arguments::from_args();
    let trial = Trial::test("import every stdlib module", || {
        let source = include_str!("import_all.py");
        let result = common::run_with(source, "import_all.py", &[], common::jit_off());
        if let Some(error) = &result.outcome.error {
            return Err(format!("the run failed:\n{}", error.traceback).into());
        }
        let summary = result.stdout.lines().last().unwrap_or_default().to_owned();
        let imported: usize = summary
            .strip_prefix("imported ")
            .and_then(|rest| rest.split(',').next())
            .and_then(|n| n.parse().ok())
            .unwrap_or(0);
        if result.stdout.contains("BAD ") || imported < MIN_IMPORTED {
            return Err(format!("{}\n(at least {MIN_IMPORTED} must import)", result.stdout).into());
        }
        println!("{summary}");
        Ok(())
    });
    libtest_mimic::run(&args, vec![trial]).exit();
}
