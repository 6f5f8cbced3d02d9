//! The golden corpus: every `tests/programs/*.py` runs in a fresh session and must print
//! exactly what CPython printed (`NAME.out`) and end with the same uncaught exception
//! (`NAME.exc`: `Type: message @ line N`).
//!
//! A program marked `#! known-different = "reason"` must still differ from CPython (the
//! test fails when it starts to match, so the list stays honest) and must print exactly
//! Pave's pinned output (`NAME.pave.out`, `NAME.pave.exc`), so that other regressions in
//! it are still caught. `BLESS=1` rewrites the pinned files.

mod common;

use std::path::Path;

use libtest_mimic::{Arguments, Failed, Trial};

fn main() {
    let args = Arguments::from_args();
    let trials = common::corpus("tests/programs")
        .into_iter()
        .map(|(name, path)| Trial::test(name, move || check(&path)))
        .collect();
    libtest_mimic::run(&args, trials).exit();
}

/// The expected stdout and uncaught-exception line stored next to a program.
struct Expected {
    stdout: String,
    exception: Option<String>,
}

impl Expected {
    fn load(path: &Path, out_ext: &str, exc_ext: &str) -> Result<Self, Failed> {
        let stdout = std::fs::read_to_string(path.with_extension(out_ext))
            .map_err(|e| format!("{}: no .{out_ext} file ({e})", path.display()))?;
        let exception = std::fs::read_to_string(path.with_extension(exc_ext))
            .ok()
            .map(|s| s.trim_end().to_owned());
        Ok(Self { stdout, exception })
    }

    fn matches(&self, result: &common::RunResult) -> bool {
        result.stdout == self.stdout && result.exception_line() == self.exception
    }
}

fn check(path: &Path) -> Result<(), Failed> {
    let source = std::fs::read_to_string(path)?;
    let cpython = Expected::load(path, "out", "exc").map_err(|e| {
        format!(
            "{} (run tests/programs/bless.py)",
            e.message().unwrap_or("")
        )
    })?;
    let filename = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let result = common::run_program(&source, &filename, &[]);
    let Some(reason) = common::directive(&source, "known-different") else {
        return if cpython.matches(&result) {
            Ok(())
        } else {
            Err(difference("CPython", &cpython, &result).into())
        };
    };
    if cpython.matches(&result) {
        return Err(format!(
            "marked known-different ({reason}) but now matches CPython: remove the marker \
             and the .pave.out/.pave.exc files"
        )
        .into());
    }
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(path.with_extension("pave.out"), &result.stdout)?;
        let exc = path.with_extension("pave.exc");
        match result.exception_line() {
            Some(line) => std::fs::write(exc, format!("{line}\n"))?,
            None if exc.exists() => std::fs::remove_file(exc)?,
            None => {}
        }
        return Ok(());
    }
    let pinned = Expected::load(path, "pave.out", "pave.exc")
        .map_err(|e| format!("{} (run with BLESS=1)", e.message().unwrap_or("")))?;
    if pinned.matches(&result) {
        Ok(())
    } else {
        Err(difference("the pinned pave output", &pinned, &result).into())
    }
}

fn difference(against: &str, expected: &Expected, result: &common::RunResult) -> String {
    let mut report = String::new();
    if result.stdout != expected.stdout {
        report.push_str(&format!("stdout differs from {against}:\n"));
        for diff in diff_lines(&expected.stdout, &result.stdout) {
            report.push_str(&diff);
            report.push('\n');
        }
    }
    let actual_exc = result.exception_line();
    if actual_exc != expected.exception {
        report.push_str(&format!(
            "uncaught exception differs:\n  expected: {}\n  pave:     {}\n",
            expected.exception.as_deref().unwrap_or("(none)"),
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
                "  line {}:\n    expected: {}\n    pave:     {}",
                i + 1,
                e.get(i).unwrap_or(&"<missing>"),
                a.get(i).unwrap_or(&"<missing>")
            )
        })
        .collect()
}
