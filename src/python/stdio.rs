//! `sys.stdout`, `sys.stderr`, `sys.stdin` and `input()` wired to the session's [`Host`].
//!
//! Output is handed to the host on every `write`, so it streams while the program runs.
//! Each write is also a safe point where a pending Stop request becomes a
//! `KeyboardInterrupt`. `sys.stdin` reads lines from the host, as `input()` does: the
//! terminal or a pipe natively, the console in the page.

use std::fmt;
use std::rc::Rc;

use std::cell::RefCell;

use rustpython_vm::builtins::PyStrRef;
use rustpython_vm::class::PyClassImpl;
use rustpython_vm::function::{OptionalArg, OptionalOption};
use rustpython_vm::protocol::PyIterReturn;
use rustpython_vm::types::{IterNext, SelfIter};
use rustpython_vm::{pyclass, Py, PyObjectRef, PyPayload, PyResult, VirtualMachine};

use crate::host::{Host, ReadLineError, Stream};

/// A text stream object whose writes go straight to the host.
#[pyclass(module = false, name = "HostStream")]
#[derive(PyPayload)]
pub(crate) struct HostStream {
    host: Rc<dyn Host>,
    stream: Stream,
}

impl fmt::Debug for HostStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HostStream")
            .field("stream", &self.stream)
            .finish_non_exhaustive()
    }
}

#[pyclass]
impl HostStream {
    #[pymethod]
    fn write(zelf: &Py<Self>, text: PyStrRef, vm: &VirtualMachine) -> PyResult<usize> {
        check_interrupt(zelf.host.as_ref(), vm)?;
        let text = text.to_string_lossy();
        zelf.host.write(zelf.stream, &text);
        Ok(text.chars().count())
    }

    #[pymethod]
    fn flush(_zelf: &Py<Self>) {}

    #[pymethod]
    fn isatty(_zelf: &Py<Self>) -> bool {
        false
    }

    #[pymethod]
    fn writable(_zelf: &Py<Self>) -> bool {
        true
    }

    #[pymethod]
    fn readable(_zelf: &Py<Self>) -> bool {
        false
    }

    #[pymethod]
    fn fileno(zelf: &Py<Self>, vm: &VirtualMachine) -> PyResult<i32> {
        Err(vm.new_os_error(format!("{} has no file descriptor", zelf.stream.name())))
    }

    #[pygetset]
    fn encoding(_zelf: &Py<Self>) -> &'static str {
        "utf-8"
    }

    #[pygetset]
    fn errors(_zelf: &Py<Self>) -> &'static str {
        "strict"
    }

    #[pygetset]
    fn name(zelf: &Py<Self>) -> String {
        format!("<{}>", zelf.stream.name())
    }

    #[pygetset]
    fn closed(_zelf: &Py<Self>) -> bool {
        false
    }
}

/// `sys.stdin`: a text stream whose lines come from the host's `read_line`.
#[pyclass(module = false, name = "HostInput")]
#[derive(PyPayload)]
pub(crate) struct HostInput {
    host: Rc<dyn Host>,
    /// What a `readline(size)` or `read(size)` read from the host but did not return.
    pending: RefCell<String>,
}

impl fmt::Debug for HostInput {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("HostInput").finish_non_exhaustive()
    }
}

impl HostInput {
    /// The next line with its `\n`, or "" at end of input.
    fn next_line(&self, vm: &VirtualMachine) -> PyResult<String> {
        let pending = std::mem::take(&mut *self.pending.borrow_mut());
        if !pending.is_empty() {
            return Ok(pending);
        }
        match self.host.read_line("") {
            Ok(Some(line)) => Ok(format!("{}\n", line.trim_end_matches(['\n', '\r']))),
            Ok(None) => Ok(String::new()),
            Err(e) => Err(read_error(e, vm)),
        }
    }

    /// At most `size` characters of `text` (all of it when `size` is `None` or negative);
    /// the rest is kept for the next read.
    fn take(&self, mut text: String, size: Option<isize>) -> String {
        if let Some(size) = size.and_then(|s| usize::try_from(s).ok()) {
            if let Some((cut, _)) = text.char_indices().nth(size) {
                let rest = text.split_off(cut);
                self.pending.borrow_mut().insert_str(0, &rest);
            }
        }
        text
    }
}

#[pyclass(with(IterNext))]
impl HostInput {
    #[pymethod]
    fn readline(
        zelf: &Py<Self>,
        size: OptionalOption<isize>,
        vm: &VirtualMachine,
    ) -> PyResult<String> {
        let line = zelf.next_line(vm)?;
        Ok(zelf.take(line, size.flatten()))
    }

    #[pymethod]
    fn read(zelf: &Py<Self>, size: OptionalOption<isize>, vm: &VirtualMachine) -> PyResult<String> {
        let size = size.flatten().filter(|s| *s >= 0);
        let mut text = String::new();
        loop {
            if size.is_some_and(|s| text.chars().count() >= s.unsigned_abs()) {
                break;
            }
            let line = zelf.next_line(vm)?;
            if line.is_empty() {
                break;
            }
            text.push_str(&line);
        }
        Ok(zelf.take(text, size))
    }

    #[pymethod]
    fn readlines(
        zelf: &Py<Self>,
        _hint: OptionalArg<PyObjectRef>,
        vm: &VirtualMachine,
    ) -> PyResult<PyObjectRef> {
        let mut lines = Vec::new();
        loop {
            let line = zelf.next_line(vm)?;
            if line.is_empty() {
                return Ok(vm.ctx.new_list(lines).into());
            }
            lines.push(vm.ctx.new_str(line).into());
        }
    }

    #[pymethod]
    fn isatty(_zelf: &Py<Self>) -> bool {
        false
    }

    #[pymethod]
    fn readable(_zelf: &Py<Self>) -> bool {
        true
    }

    #[pymethod]
    fn writable(_zelf: &Py<Self>) -> bool {
        false
    }

    #[pymethod]
    fn seekable(_zelf: &Py<Self>) -> bool {
        false
    }

    #[pymethod]
    fn fileno(_zelf: &Py<Self>, vm: &VirtualMachine) -> PyResult<i32> {
        Err(vm.new_os_error("stdin has no file descriptor".to_owned()))
    }

    #[pymethod]
    fn flush(_zelf: &Py<Self>) {}

    /// Closing is a no-op: the host's input belongs to the session, not to one program.
    #[pymethod]
    fn close(_zelf: &Py<Self>) {}

    #[pygetset]
    fn encoding(_zelf: &Py<Self>) -> &'static str {
        "utf-8"
    }

    #[pygetset]
    fn errors(_zelf: &Py<Self>) -> &'static str {
        "strict"
    }

    #[pygetset]
    fn name(_zelf: &Py<Self>) -> &'static str {
        "<stdin>"
    }

    #[pygetset]
    fn closed(_zelf: &Py<Self>) -> bool {
        false
    }
}

impl SelfIter for HostInput {}

impl IterNext for HostInput {
    fn next(zelf: &Py<Self>, vm: &VirtualMachine) -> PyResult<PyIterReturn> {
        let line = zelf.next_line(vm)?;
        Ok(if line.is_empty() {
            PyIterReturn::StopIteration(None)
        } else {
            PyIterReturn::Return(vm.ctx.new_str(line).into())
        })
    }
}

/// The Python exception for a line the host could not read.
fn read_error(
    err: ReadLineError,
    vm: &VirtualMachine,
) -> rustpython_vm::builtins::PyBaseExceptionRef {
    match err {
        ReadLineError::Interrupted => {
            vm.new_exception_empty(vm.ctx.exceptions.keyboard_interrupt.to_owned())
        }
        ReadLineError::Unavailable(why) => {
            vm.new_runtime_error(format!("input is not available here: {why}"))
        }
    }
}

/// Raise `KeyboardInterrupt` if the host says the user asked to stop.
pub(crate) fn check_interrupt(host: &dyn Host, vm: &VirtualMachine) -> PyResult<()> {
    if host.interrupted() {
        Err(vm.new_exception_empty(vm.ctx.exceptions.keyboard_interrupt.to_owned()))
    } else {
        Ok(())
    }
}

/// Point `sys.stdout`, `sys.stderr` (and their `__stdout__` twins) at the host and replace
/// `builtins.input` with one that asks the host for a line.
pub(crate) fn install(vm: &VirtualMachine, host: Rc<dyn Host>) -> PyResult<()> {
    let _ = HostStream::make_static_type();
    for (stream, names) in [
        (Stream::Stdout, ["stdout", "__stdout__"]),
        (Stream::Stderr, ["stderr", "__stderr__"]),
    ] {
        let obj: PyObjectRef = HostStream {
            host: host.clone(),
            stream,
        }
        .into_ref(&vm.ctx)
        .into();
        for name in names {
            vm.sys_module.set_attr(name, obj.clone(), vm)?;
        }
    }
    let _ = HostInput::make_static_type();
    let stdin: PyObjectRef = HostInput {
        host: host.clone(),
        pending: RefCell::default(),
    }
    .into_ref(&vm.ctx)
    .into();
    vm.sys_module.set_attr("stdin", stdin.clone(), vm)?;
    vm.sys_module.set_attr("__stdin__", stdin, vm)?;
    let input = vm.new_function(
        "input",
        move |prompt: OptionalArg<PyObjectRef>, vm: &VirtualMachine| -> PyResult<String> {
            read_input(host.as_ref(), prompt, vm)
        },
    );
    vm.builtins.set_attr("input", input, vm)?;
    Ok(())
}

/// `input([prompt])` as CPython does it with a non-terminal stdin: the prompt goes to
/// `sys.stdout`, the line comes from the host (or from `sys.stdin`, when a program has
/// replaced it, say with an `io.StringIO`), `EOFError` at end of input.
fn read_input(
    host: &dyn Host,
    prompt: OptionalArg<PyObjectRef>,
    vm: &VirtualMachine,
) -> PyResult<String> {
    let stdout = vm.sys_module.get_attr("stdout", vm)?;
    let prompt_text = match prompt {
        OptionalArg::Present(p) => p.str(vm)?.to_string_lossy().into_owned(),
        OptionalArg::Missing => String::new(),
    };
    if !prompt_text.is_empty() {
        vm.call_method(&stdout, "write", (prompt_text.clone(),))?;
    }
    let _ = vm.call_method(&stdout, "flush", ());
    let stdin = vm.sys_module.get_attr("stdin", vm)?;
    if !stdin.downcastable::<HostInput>() && !vm.is_none(&stdin) {
        let line = vm.call_method(&stdin, "readline", ())?;
        let line = line.str(vm)?.to_string_lossy().into_owned();
        if line.is_empty() {
            return Err(vm.new_eof_error("EOF when reading a line".to_owned()));
        }
        return Ok(line.trim_end_matches(['\n', '\r']).to_owned());
    }
    match host.read_line(&prompt_text) {
        Ok(Some(line)) => Ok(line.trim_end_matches(['\n', '\r']).to_owned()),
        Ok(None) => Err(vm.new_eof_error("EOF when reading a line".to_owned())),
        Err(ReadLineError::Interrupted) => {
            Err(vm.new_exception_empty(vm.ctx.exceptions.keyboard_interrupt.to_owned()))
        }
        Err(ReadLineError::Unavailable(why)) => {
            Err(vm.new_runtime_error(format!("input() is not available here: {why}")))
        }
    }
}
