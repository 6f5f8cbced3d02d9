//! The golden corpus: every `tests/programs/*.py` runs in a fresh session and must print
//! exactly what CPython printed (`NAME.out`) and end with the same uncaught exception
//! (`NAME.exc`: `Type: message @ line N`). A program marked
//! `#! known-different = "reason"` must still differ: the test fails when it starts to
//! match, so the list of known differences stays honest.

mod common;

use std::path::{Path, PathBuf};

use libtest_mimic::{Arguments, Failed, Trial};

fn main() {
    let args = Arguments::from_args();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let mut programs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/programs exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .filter(|p| p.file_name().is_some_and(|n| n != "bless.py"))
        .collect();
    programs.sort();
    let trials = programs
        .into_iter()
        .map(|path| {
            let name = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            Trial::test(name, move || check(&path))
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}

fn check(path: &Path) -> Result<(), Failed> {
    let source = std::fs::read_to_string(path)?;
    let expected_out = std::fs::read_to_string(path.with_extension("out")).map_err(|e| {
        format!(
            "{}: no .out file ({e}); run tests/programs/bless.py",
            path.display()
        )
    })?;
    let expected_exc = std::fs::read_to_string(path.with_extension("exc"))
        .ok()
        .map(|s| s.trim_end().to_owned());
    let filename = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let result = common::run_program(&source, &filename, &[]);
    let actual_exc = result.exception_line();
    let matches = result.stdout == expected_out && actual_exc == expected_exc;
    match (common::directive(&source, "known-different"), matches) {
        (None, true) => Ok(()),
        (None, false) => Err(difference(&expected_out, expected_exc.as_deref(), &result).into()),
        (Some(_), false) => Ok(()),
        (Some(reason), true) => Err(format!(
            "marked known-different ({reason}) but now matches CPython: remove the marker"
        )
        .into()),
    }
}

fn difference(
    expected_out: &str,
    expected_exc: Option<&str>,
    result: &common::RunResult,
) -> String {
    let mut report = String::new();
    if result.stdout != expected_out {
        report.push_str("stdout differs from CPython's:\n");
        for diff in diff_lines(expected_out, &result.stdout) {
            report.push_str(&diff);
            report.push('\n');
        }
    }
    let actual_exc = result.exception_line();
    if actual_exc.as_deref() != expected_exc {
        report.push_str(&format!(
            "uncaught exception differs:\n  CPython: {}\n  pave:    {}\n",
            expected_exc.unwrap_or("(none)"),
            actual_exc.as_deref().unwrap_or("(none)")
        ));
        if let Some(error) = &result.outcome.error {
            report.push_str(&error.traceback);
        }
    }
    if !result.stderr.is_empty() {
        report.push_str(&format!("stderr:\n{}", result.stderr));
    }
    report
}

/// The first few differing lines, numbered.
fn diff_lines(expected: &str, actual: &str) -> Vec<String> {
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    (0..e.len().max(a.len()))
        .filter(|&i| e.get(i) != a.get(i))
        .take(8)
        .map(|i| {
            format!(
                "  line {}:\n    CPython: {}\n    pave:    {}",
                i + 1,
                e.get(i).unwrap_or(&"<missing>"),
                a.get(i).unwrap_or(&"<missing>")
            )
        })
        .collect()
}
