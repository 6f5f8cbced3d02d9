//! The `pave` module users import.
//!
//! - `pave.jit(f)`: compile `f` at its next call (also usable as a decorator);
//! - `pave.nojit(f)`: keep `f` in the interpreter;
//! - `pave.threshold(n)`: calls before a loop-free function is compiled (returns the
//!   previous value; without `n`, just returns it);
//! - `pave.stats()`: the per-function telemetry, as the JSON report (`pave run --json`) has
//!   it: a list of dicts (`state`, `reason`, bailouts and phases as `{kind, label, …}`);
//! - `pave.report()`: the same as the table `pave run --stats` prints;
//! - `pave.wat(f)`: the IR and WebAssembly text of `f`'s compiled module.

use std::rc::Rc;

use rustpython_vm::builtins::{PyCode, PyFunction, PyStrRef};
use rustpython_vm::class::PyClassImpl;
use rustpython_vm::function::OptionalArg;
use rustpython_vm::{PyObjectRef, PyResult, VirtualMachine};

use super::gate::Dispatcher;
use super::tiering::Tiering;

/// Install the gates' call slot, `__pave_loop__` in builtins and `pave` in `sys.modules`.
pub(crate) fn install(vm: &VirtualMachine, tiering: &Rc<Tiering>) -> PyResult<()> {
    Dispatcher::make_static_type()
        .slots
        .vectorcall
        .store(Some(super::dispatch::vectorcall));
    // Made before compiled code first needs one (a call that raised).
    let _ = super::objects::Settled::make_static_type();
    let _ = super::resume::Pending::make_static_type();
    super::objects::note_frame_readers(vm);
    super::objects::forget_rebinding();
    super::loops::install(vm, tiering)?;

    let dict = vm.ctx.new_dict();
    let t = tiering.clone();
    let jit = vm.new_function("jit", move |f: PyObjectRef, vm: &VirtualMachine| {
        force(&t, f, vm)
    });
    dict.set_item("jit", jit.into(), vm)?;
    let nojit = vm.new_function(
        "nojit",
        |f: PyObjectRef, vm: &VirtualMachine| -> PyObjectRef {
            if let Some(d) = Dispatcher::of(&f, vm) {
                d.disable();
            }
            f
        },
    );
    dict.set_item("nojit", nojit.into(), vm)?;
    let t = tiering.clone();
    let threshold = vm.new_function(
        "threshold",
        move |n: OptionalArg<i64>, vm: &VirtualMachine| -> PyResult<u32> {
            let mut policy = t.rt.policy.get();
            let previous = policy.threshold;
            if let OptionalArg::Present(n) = n {
                policy.threshold = u32::try_from(n).map_err(|_| {
                    vm.new_value_error("pave.threshold() takes a count from 0 to 2**32-1")
                })?;
                t.rt.policy.set(policy);
            }
            Ok(previous)
        },
    );
    dict.set_item("threshold", threshold.into(), vm)?;
    let t = tiering.clone();
    let stats = vm.new_function("stats", move |vm: &VirtualMachine| -> PyResult {
        stats_list(&t, vm)
    });
    dict.set_item("stats", stats.into(), vm)?;
    let t = tiering.clone();
    let report = vm.new_function("report", move || t.rt.report().to_string());
    dict.set_item("report", report.into(), vm)?;
    let t = tiering.clone();
    let wat = vm.new_function(
        "wat",
        move |f: PyObjectRef, vm: &VirtualMachine| -> PyResult<String> {
            let name: PyStrRef = f.get_attr("__qualname__", vm)?.try_into_value(vm)?;
            let name = name.to_string_lossy();
            t.rt.wat(&name)
                .ok_or_else(|| vm.new_value_error(format!("{name} has not been compiled")))
        },
    );
    dict.set_item("wat", wat.into(), vm)?;
    let module = vm.new_module("pave", dict, None);
    vm.sys_module
        .get_attr("modules", vm)?
        .set_item("pave", module.into(), vm)?;
    Ok(())
}

/// `pave.jit(f)`: compile `f` at its next call; `f` itself is the result (a decorator).
/// With the JIT off (`pave run --no-jit`) no function has a gate: the request is moot,
/// and the program runs as it would with the JIT on.
fn force(tiering: &Tiering, f: PyObjectRef, vm: &VirtualMachine) -> PyResult {
    let code = f.get_attr("__code__", vm).ok();
    let code = code.as_ref().and_then(|c| c.downcast_ref::<PyCode>());
    let gateless = !tiering.rt.policy.get().enabled && !tiering.rt.profiling();
    match (Dispatcher::of(&f, vm), code) {
        (Some(d), Some(code)) => d.force(code),
        (None, Some(_)) if gateless && f.downcast_ref::<PyFunction>().is_some() => {}
        _ => {
            return Err(vm.new_type_error(
                "pave.jit() takes a function defined in your program (not a generator, \
                 closure, builtin or library function)",
            ))
        }
    }
    Ok(f)
}

/// `pave.stats()`: the report's functions as the JSON report has them (`--json`, the
/// page), as Python lists and dicts.
fn stats_list(tiering: &Tiering, vm: &VirtualMachine) -> PyResult {
    let functions = serde_json::to_value(&tiering.rt.report().functions)
        .map_err(|e| vm.new_runtime_error(format!("the report could not be written: {e}")))?;
    Ok(from_json(&functions, vm))
}

/// A JSON value as the Python object `json.loads` would make of it.
fn from_json(value: &serde_json::Value, vm: &VirtualMachine) -> PyObjectRef {
    use serde_json::Value;
    match value {
        Value::Null => vm.ctx.none(),
        Value::Bool(b) => vm.ctx.new_bool(*b).into(),
        Value::Number(n) => match (n.as_i64(), n.as_f64()) {
            (Some(i), _) => vm.ctx.new_int(i).into(),
            (None, Some(f)) => vm.ctx.new_float(f).into(),
            (None, None) => vm.ctx.none(),
        },
        Value::String(s) => vm.ctx.new_str(s.as_str()).into(),
        Value::Array(items) => vm
            .ctx
            .new_list(items.iter().map(|v| from_json(v, vm)).collect())
            .into(),
        Value::Object(map) => {
            let dict = vm.ctx.new_dict();
            for (k, v) in map {
                // A fresh dict with str keys: setting an item cannot fail.
                let _ = dict.set_item(k.as_str(), from_json(v, vm), vm);
            }
            dict.into()
        }
    }
}
