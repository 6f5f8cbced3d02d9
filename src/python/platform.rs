//! What a browser tab lacks, supplied for both builds so they behave alike: the private
//! `_pave_host` module (secure random bytes for `os.urandom`) behind the frozen `posix`
//! stand-in in `python/lib/posix.py`, and, on wasm32, clocks and `time.sleep` that work
//! there (RustPython's own panic, because `std::time` is unsupported on wasm32) and the
//! importer that loads the stdlib from the host (`python/lib/_pave_importer.py`).

use std::rc::Rc;

use rustpython_vm::{PyResult, VirtualMachine};

use crate::host::Host;

/// Register `_pave_host` in `sys.modules` and patch what the target needs.
pub(crate) fn install(vm: &VirtualMachine, host: Rc<dyn Host>) -> PyResult<()> {
    let dict = vm.ctx.new_dict();
    let urandom = vm.new_function("urandom", |size: usize, vm: &VirtualMachine| {
        let mut bytes = vec![0u8; size];
        getrandom::fill(&mut bytes)
            .map_err(|e| vm.new_os_error(format!("no secure random source: {e}")))?;
        Ok::<_, rustpython_vm::builtins::PyBaseExceptionRef>(vm.ctx.new_bytes(bytes))
    });
    dict.set_item("urandom", urandom.into(), vm)?;
    // Where the native stack is (on wasm32: the shadow stack in linear memory, which
    // RustPython's own stack guard watches), for measuring recursion (tools/).
    let stack_pointer = vm.new_function("stack_pointer", || {
        let marker = 0u8;
        std::hint::black_box(&marker as *const u8 as usize)
    });
    dict.set_item("stack_pointer", stack_pointer.into(), vm)?;
    #[cfg(target_arch = "wasm32")]
    dict.set_item("stdlib_module", stdlib_loader(vm, host.clone()), vm)?;
    let module = vm.new_module("_pave_host", dict, None);
    let modules = vm.sys_module.get_attr("modules", vm)?;
    modules.set_item("_pave_host", module.into(), vm)?;
    #[cfg(target_arch = "wasm32")]
    {
        vm.import("_pave_importer", 0)?;
        // RustPython imports `encodings` (the codec search function) while it starts,
        // before the importer exists; import it now. Without a stdlib from the host only
        // the built-in codecs (utf-8, latin-1, ascii) remain, which is no reason to fail.
        let _ = vm.import("encodings", 0);
    }
    announce_posix(vm)?;
    patch_time(vm, host)
}

/// `_pave_host.stdlib_module(name)`: `(marshalled code, is_package)` from the host, or
/// `None`; `ImportError` when the host has the module but cannot deliver it.
#[cfg(target_arch = "wasm32")]
fn stdlib_loader(vm: &VirtualMachine, host: Rc<dyn Host>) -> rustpython_vm::PyObjectRef {
    use rustpython_vm::builtins::PyStrRef;
    let load = move |name: PyStrRef, vm: &VirtualMachine| -> PyResult<rustpython_vm::PyObjectRef> {
        match host.stdlib_module(&name.to_string_lossy()) {
            Ok(None) => Ok(vm.ctx.none()),
            Ok(Some(module)) => Ok(vm
                .new_tuple((vm.ctx.new_bytes(module.code), module.is_package))
                .into()),
            Err(why) => Err(vm.new_import_error(why, name)),
        }
    };
    vm.new_function("stdlib_module", load).into()
}

/// `os` picks its platform module by looking for `posix` in `sys.builtin_module_names`;
/// ours is frozen Python, so add its name there (importing it then finds the frozen code).
fn announce_posix(vm: &VirtualMachine) -> PyResult<()> {
    let names = vm.sys_module.get_attr("builtin_module_names", vm)?;
    let mut names: Vec<_> = names.try_to_value::<Vec<rustpython_vm::PyObjectRef>>(vm)?;
    names.push(vm.ctx.new_str("posix").into());
    vm.sys_module
        .set_attr("builtin_module_names", vm.ctx.new_tuple(names), vm)
}

#[cfg(not(target_arch = "wasm32"))]
fn patch_time(vm: &VirtualMachine, host: Rc<dyn Host>) -> PyResult<()> {
    // Native clocks work; only sleep is routed through the host so that Stop reaches it.
    let time = vm.import("time", 0)?;
    let sleep = vm.new_function("sleep", move |seconds: f64, vm: &VirtualMachine| {
        sleep_checked(host.as_ref(), seconds, vm)
    });
    time.set_attr("sleep", sleep, vm)?;
    Ok(())
}

#[cfg(target_arch = "wasm32")]
fn patch_time(vm: &VirtualMachine, host: Rc<dyn Host>) -> PyResult<()> {
    use crate::clock::{Clock, WebClock};
    let time = vm.import("time", 0)?;
    fn seconds() -> f64 {
        WebClock.now_ms() / 1000.0
    }
    fn nanos() -> u64 {
        (WebClock.now_ms() * 1_000_000.0) as u64
    }
    for name in ["perf_counter", "monotonic", "process_time"] {
        time.set_attr(name, vm.new_function(name, seconds), vm)?;
    }
    for name in ["perf_counter_ns", "monotonic_ns"] {
        time.set_attr(name, vm.new_function(name, nanos), vm)?;
    }
    let sleep = vm.new_function("sleep", move |seconds: f64, vm: &VirtualMachine| {
        sleep_checked(host.as_ref(), seconds, vm)
    });
    time.set_attr("sleep", sleep, vm)?;
    Ok(())
}

/// `time.sleep` that validates its argument as CPython does and can be interrupted.
fn sleep_checked(host: &dyn Host, seconds: f64, vm: &VirtualMachine) -> PyResult<()> {
    if seconds.is_nan() || seconds < 0.0 {
        return Err(vm.new_value_error("sleep length must be non-negative".to_owned()));
    }
    if host.sleep(seconds) {
        return Err(vm.new_exception_empty(vm.ctx.exceptions.keyboard_interrupt.to_owned()));
    }
    Ok(())
}
