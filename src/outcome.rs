//! What a run produced, as data: success, or a Python error with its traceback.
//!
//! The same structure is printed by the CLI, serialised to JSON for the page, and compared
//! by the tests, so it carries everything a user needs to find the problem: the exception
//! type and message, the frames with line numbers, the formatted traceback, and the line
//! in the user's own file to mark in the editor.

use serde::Serialize;

/// The result of running a program or a REPL entry.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Outcome {
    /// Wall time of the run in milliseconds (parse, compile and execute).
    pub elapsed_ms: f64,
    /// `None` when the code finished normally (`sys.exit(0)` included).
    pub error: Option<PyError>,
    /// What a process running this code would exit with: 0, 1 after an uncaught
    /// exception, or the status given to `sys.exit`.
    pub exit_code: i32,
}

impl Outcome {
    /// True when the run raised nothing.
    pub fn is_ok(&self) -> bool {
        self.error.is_none()
    }
}

/// Whether the code could not be compiled, or raised while running.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ErrorKind {
    /// A `SyntaxError` (or `IndentationError`) found before anything ran.
    Syntax,
    /// An exception that escaped the program while it ran.
    Exception,
}

/// One frame of a traceback, outermost first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Frame {
    /// The code's file name as given to the run (`main.py`, `<stdin>`, a stdlib path).
    pub filename: String,
    /// 1-based line number.
    pub line: usize,
    /// The function name, or `<module>`.
    pub name: String,
}

/// An uncaught Python exception, ready to show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PyError {
    /// Compile-time or run-time.
    pub kind: ErrorKind,
    /// The exception class name, e.g. `ZeroDivisionError` (qualified with its module
    /// when that is not `builtins`, as CPython prints it).
    #[serde(rename = "type")]
    pub type_name: String,
    /// `str(exception)`.
    pub message: String,
    /// The line to mark in the user's file: the innermost frame in it, or the syntax
    /// error's line. `None` when the error did not pass through the user's file.
    pub line: Option<usize>,
    /// The traceback of the exception itself (not of its `__cause__`/`__context__`).
    pub frames: Vec<Frame>,
    /// The whole report as CPython would print it, chained exceptions included.
    pub traceback: String,
}

impl PyError {
    /// `Type: message` (or just `Type`), the last line of the traceback.
    pub fn summary(&self) -> String {
        if self.message.is_empty() {
            self.type_name.clone()
        } else {
            format!("{}: {}", self.type_name, self.message)
        }
    }
}
