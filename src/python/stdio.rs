//! `sys.stdout`, `sys.stderr` and `input()` wired to the session's [`Host`].
//!
//! Output is handed to the host on every `write`, so it streams while the program runs.
//! Each write is also a safe point where a pending Stop request becomes a
//! `KeyboardInterrupt`.

use std::fmt;
use std::rc::Rc;

use rustpython_vm::builtins::PyStrRef;
use rustpython_vm::class::PyClassImpl;
use rustpython_vm::function::OptionalArg;
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
/// `sys.stdout`, the line comes from the host, `EOFError` at end of input.
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
