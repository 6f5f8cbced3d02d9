//! Is this REPL input a whole statement yet? The rules of CPython's interactive prompt:
//! unfinished brackets, strings or blocks ask for more lines, and a compound statement
//! (`def`, `for`, `if` …) ends with an empty line.

use rustpython_vm::compiler::Mode;
use rustpython_vm::{AsObject, VirtualMachine};

/// The answer for a piece of REPL input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ReplStatus {
    /// Run it now.
    Complete,
    /// Show a `...` prompt and read another line.
    Incomplete,
    /// It can never become valid; run it to get the `SyntaxError`.
    Invalid,
}

/// Classify `source` (the lines typed so far, joined with `\n`).
pub(crate) fn classify(vm: &VirtualMachine, source: &str) -> ReplStatus {
    // Lines are joined with `\n`, so an empty last line shows as a trailing newline.
    let ends_with_blank_line = source.contains('\n')
        && source
            .rsplit('\n')
            .next()
            .is_some_and(|l| l.trim().is_empty());
    match vm.compile(source, Mode::Single, "<stdin>") {
        Ok(_) => {
            if opens_block(source) && !ends_with_blank_line {
                ReplStatus::Incomplete
            } else {
                ReplStatus::Complete
            }
        }
        Err(err) => {
            let exc = err.into_pyexception_maybe_incomplete(vm, Some(source), true);
            if exc.class().is(vm.ctx.exceptions.incomplete_input_error) && !ends_with_blank_line {
                ReplStatus::Incomplete
            } else if exc
                .class()
                .fast_issubclass(vm.ctx.exceptions.indentation_error)
                && last_line_opens_block(source)
                && !ends_with_blank_line
            {
                // `def f():` followed by nothing yet: the body is still to come.
                ReplStatus::Incomplete
            } else {
                ReplStatus::Invalid
            }
        }
    }
}

/// The input's first line starts a compound statement (or it already spans lines).
fn opens_block(source: &str) -> bool {
    let mut lines = source.lines().filter(|l| !l.trim().is_empty());
    let Some(first) = lines.next() else {
        return false;
    };
    first.trim_end().ends_with(':') || first.trim_start().starts_with('@') || lines.next().is_some()
}

fn last_line_opens_block(source: &str) -> bool {
    source
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .is_some_and(|l| l.trim_end().ends_with(':'))
}
