//! Turning a Python exception into a [`PyError`]: the frames, the line to mark in the
//! user's file, and a traceback formatted as CPython prints it, source lines included
//! (RustPython only prints source lines when it can read files, which the browser cannot).

use std::collections::{HashMap, HashSet};

use rustpython_vm::builtins::{PyBaseException, PyBaseExceptionRef};
use rustpython_vm::{AsObject, Py, VirtualMachine};

use crate::outcome::{ErrorKind, Frame, PyError};

/// The text of every file the session has run, by file name, so tracebacks can quote
/// the offending line.
#[derive(Debug, Default)]
pub(crate) struct SourceCache {
    files: HashMap<String, String>,
}

impl SourceCache {
    pub(crate) fn insert(&mut self, filename: &str, source: &str) {
        self.files.insert(filename.to_owned(), source.to_owned());
    }

    fn line(&self, filename: &str, line: usize) -> Option<&str> {
        let text = self.files.get(filename)?;
        text.lines().nth(line.checked_sub(1)?).map(str::trim)
    }
}

/// Describe `exc` (raised while running `user_file`) as a [`PyError`].
pub(crate) fn describe(
    vm: &VirtualMachine,
    exc: &PyBaseExceptionRef,
    kind: ErrorKind,
    user_file: &str,
    sources: &SourceCache,
) -> PyError {
    let frames = frames_of(exc);
    let is_syntax = exc.class().fast_issubclass(vm.ctx.exceptions.syntax_error);
    let line = if is_syntax {
        syntax_line(vm, exc, user_file)
    } else {
        frames
            .iter()
            .rev()
            .find(|f| f.filename == user_file)
            .map(|f| f.line)
    };
    let mut traceback = String::new();
    write_chain(vm, exc, sources, &mut HashSet::new(), &mut traceback);
    PyError {
        kind,
        type_name: type_name(vm, exc),
        message: message(vm, exc),
        line,
        frames,
        traceback,
    }
}

fn frames_of(exc: &Py<PyBaseException>) -> Vec<Frame> {
    let Some(tb) = exc.__traceback__() else {
        return Vec::new();
    };
    tb.iter()
        .map(|entry| {
            let code = entry.frame.iframe().code();
            Frame {
                filename: code.source_path().as_str().to_owned(),
                line: entry.lineno.get(),
                name: code.obj_name.as_str().to_owned(),
            }
        })
        .collect()
}

/// The line of a `SyntaxError` when it is in `user_file`.
fn syntax_line(vm: &VirtualMachine, exc: &PyBaseExceptionRef, user_file: &str) -> Option<usize> {
    let obj = exc.as_object();
    let filename = obj.get_attr("filename", vm).ok()?.str(vm).ok()?;
    if filename.to_string_lossy() != user_file {
        return None;
    }
    obj.get_attr("lineno", vm)
        .ok()?
        .try_to_value::<usize>(vm)
        .ok()
}

/// The class name as CPython's traceback shows it: `module.Qualname` unless the module is
/// `builtins` or `__main__`.
fn type_name(vm: &VirtualMachine, exc: &PyBaseExceptionRef) -> String {
    let class = exc.class();
    let qualname = class
        .as_object()
        .get_attr("__qualname__", vm)
        .and_then(|q| q.str(vm))
        .map(|q| q.to_string_lossy().into_owned())
        .unwrap_or_else(|_| class.name().to_string());
    let module = class
        .as_object()
        .get_attr("__module__", vm)
        .and_then(|m| m.str(vm))
        .map(|m| m.to_string_lossy().into_owned())
        .unwrap_or_default();
    match module.as_str() {
        "" | "builtins" | "__main__" => qualname,
        _ => format!("{module}.{qualname}"),
    }
}

fn message(vm: &VirtualMachine, exc: &PyBaseExceptionRef) -> String {
    let text = match exc.as_object().str(vm) {
        Ok(s) => s.to_string_lossy().into_owned(),
        Err(_) => "<exception str() failed>".to_owned(),
    };
    // RustPython's native stack guard raises a RecursionError without a message; say
    // what happened, as CPython's wording does (shown only, the exception is unchanged).
    if text.is_empty()
        && exc
            .class()
            .fast_issubclass(vm.ctx.exceptions.recursion_error)
    {
        return NATIVE_STACK_FULL.to_owned();
    }
    text
}

/// What an empty `RecursionError` (from the native stack guard) is shown as.
const NATIVE_STACK_FULL: &str =
    "maximum recursion depth exceeded (the native stack is full: this recursion goes \
     through code such as generators, sorted(key=...) or __repr__, which use more of it)";

/// Write `exc` after its cause or context, as CPython's `print_exception` does.
fn write_chain(
    vm: &VirtualMachine,
    exc: &PyBaseExceptionRef,
    sources: &SourceCache,
    seen: &mut HashSet<usize>,
    out: &mut String,
) {
    seen.insert(exc.get_id());
    let suppress_context = exc
        .as_object()
        .get_attr("__suppress_context__", vm)
        .map(|v| v.try_to_bool(vm).unwrap_or(false))
        .unwrap_or(false);
    let earlier = if let Some(cause) = exc.__cause__() {
        Some((
            cause,
            "\nThe above exception was the direct cause of the following exception:\n\n",
        ))
    } else if suppress_context {
        None
    } else {
        exc.__context__().map(|context| {
            (
                context,
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            )
        })
    };
    if let Some((earlier, joint)) = earlier {
        if !seen.contains(&earlier.get_id()) {
            write_chain(vm, &earlier, sources, seen, out);
            out.push_str(joint);
        }
    }
    write_one(vm, exc, sources, out);
}

fn write_one(
    vm: &VirtualMachine,
    exc: &PyBaseExceptionRef,
    sources: &SourceCache,
    out: &mut String,
) {
    let frames = frames_of(exc);
    if !frames.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        write_frames(&frames, sources, out);
    }
    if exc.class().fast_issubclass(vm.ctx.exceptions.syntax_error) {
        write_syntax_detail(vm, exc, out);
        return;
    }
    let name = type_name(vm, exc);
    let message = message(vm, exc);
    if message.is_empty() {
        out.push_str(&name);
    } else {
        out.push_str(&format!("{name}: {message}"));
    }
    if let Some(suggestion) = rustpython_vm::suggestion::offer_suggestions(exc, vm) {
        out.push_str(&format!(
            ". Did you mean: '{}'?",
            suggestion.to_string_lossy()
        ));
    }
    out.push('\n');
}

/// The frames of a traceback; runs of the same frame (deep recursion) are cut after
/// three, as CPython does, with a `[Previous line repeated N more times]` note.
fn write_frames(frames: &[Frame], sources: &SourceCache, out: &mut String) {
    const RECURSIVE_CUTOFF: usize = 3;
    let repeated = |count: usize, out: &mut String| {
        if count > RECURSIVE_CUTOFF {
            let more = count - RECURSIVE_CUTOFF;
            let plural = if more > 1 { "s" } else { "" };
            out.push_str(&format!(
                "  [Previous line repeated {more} more time{plural}]\n"
            ));
        }
    };
    let mut previous: Option<&Frame> = None;
    let mut count = 0;
    for frame in frames {
        if previous != Some(frame) {
            repeated(count, out);
            previous = Some(frame);
            count = 0;
        }
        count += 1;
        if count > RECURSIVE_CUTOFF {
            continue;
        }
        out.push_str(&format!(
            "  File \"{}\", line {}, in {}\n",
            frame.filename, frame.line, frame.name
        ));
        if let Some(text) = sources.line(&frame.filename, frame.line) {
            if !text.is_empty() {
                out.push_str(&format!("    {text}\n"));
            }
        }
    }
    repeated(count, out);
}

/// The body of a `SyntaxError` report: where, the line with a caret, and the message.
fn write_syntax_detail(vm: &VirtualMachine, exc: &PyBaseExceptionRef, out: &mut String) {
    let attr = |name: &'static str| {
        exc.as_object()
            .get_attr(name, vm)
            .ok()
            .filter(|value| !vm.is_none(value))
    };
    let text_of = |name: &'static str| {
        attr(name)
            .and_then(|v| v.str(vm).ok())
            .map(|s| s.to_string_lossy().into_owned())
    };
    let number = |name: &'static str| attr(name).and_then(|v| v.try_to_value::<usize>(vm).ok());
    if let (Some(filename), Some(lineno)) = (text_of("filename"), number("lineno")) {
        out.push_str(&format!("  File \"{filename}\", line {lineno}\n"));
    }
    if let Some(text) = text_of("text") {
        let line = text.trim_end_matches(['\n', '\r']);
        let indent = line.len() - line.trim_start().len();
        let shown = line.trim_start();
        if !shown.is_empty() {
            out.push_str(&format!("    {shown}\n"));
            if let Some(offset) = number("offset").filter(|&o| o >= 1) {
                let start = offset.saturating_sub(1 + indent).min(shown.chars().count());
                let width = number("end_offset")
                    .filter(|&end| end > offset)
                    .map_or(1, |end| end - offset)
                    .min(shown.chars().count().saturating_sub(start).max(1));
                out.push_str(&format!("    {}{}\n", " ".repeat(start), "^".repeat(width)));
            }
        }
    }
    let name = type_name(vm, exc);
    let msg = text_of("msg").unwrap_or_else(|| message(vm, exc));
    out.push_str(&format!("{name}: {msg}\n"));
}
