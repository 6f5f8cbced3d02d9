//! The `pave` module users import.
//!
//! - `pave.jit(f)`: compile `f` at its next call (also usable as a decorator);
//! - `pave.nojit(f)`: keep `f` in the interpreter;
//! - `pave.threshold(n)`: calls before a loop-free function is compiled (returns the
//!   previous value; without `n`, just returns it);
//! - `pave.stats()`: the per-function telemetry as a list of dicts;
//! - `pave.report()`: the same as the table `pave run --stats` prints;
//! - `pave.wat(f)`: the IR and WebAssembly text of `f`'s compiled module.

use std::rc::Rc;

use rustpython_vm::builtins::{PyCode, PyStrRef};
use rustpython_vm::class::PyClassImpl;
use rustpython_vm::function::OptionalArg;
use rustpython_vm::{PyObjectRef, PyResult, VirtualMachine};

use super::dispatch::Dispatcher;
use super::tiering::Tiering;

/// Install the gates' call slot, `__pave_loop__` in builtins and `pave` in `sys.modules`.
pub(crate) fn install(vm: &VirtualMachine, tiering: &Rc<Tiering>) -> PyResult<()> {
    Dispatcher::make_static_type()
        .slots
        .vectorcall
        .store(Some(super::dispatch::vectorcall));
    super::loops::install(vm, tiering)?;

    let dict = vm.ctx.new_dict();
    let jit = vm.new_function("jit", |f: PyObjectRef, vm: &VirtualMachine| -> PyResult {
        let code = f.get_attr("__code__", vm).ok();
        let code = code.as_ref().and_then(|c| c.downcast_ref::<PyCode>());
        match (Dispatcher::of(&f, vm), code) {
            (Some(d), Some(code)) => d.force(code),
            _ => {
                return Err(vm.new_type_error(
                    "pave.jit() takes a function defined in your program (not a generator, \
                     closure, builtin or library function)",
                ))
            }
        }
        Ok(f)
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
            let mut policy = t.policy.get();
            let previous = policy.threshold;
            if let OptionalArg::Present(n) = n {
                policy.threshold = u32::try_from(n).map_err(|_| {
                    vm.new_value_error("pave.threshold() takes a count from 0 to 2**32-1")
                })?;
                t.policy.set(policy);
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
    let report = vm.new_function("report", move || t.report().to_string());
    dict.set_item("report", report.into(), vm)?;
    let t = tiering.clone();
    let wat = vm.new_function(
        "wat",
        move |f: PyObjectRef, vm: &VirtualMachine| -> PyResult<String> {
            let name: PyStrRef = f.get_attr("__qualname__", vm)?.try_into_value(vm)?;
            let name = name.to_string_lossy();
            t.wat(&name)
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

fn stats_list(tiering: &Tiering, vm: &VirtualMachine) -> PyResult {
    let mut rows = Vec::new();
    for f in tiering.report().functions {
        let row = vm.ctx.new_dict();
        row.set_item("name", vm.ctx.new_str(f.name.as_str()).into(), vm)?;
        row.set_item("line", vm.ctx.new_int(f.line).into(), vm)?;
        row.set_item("tier", vm.ctx.new_str(f.state.label()).into(), vm)?;
        row.set_item("calls_interp", vm.ctx.new_int(f.calls.interp).into(), vm)?;
        row.set_item("calls_jit", vm.ctx.new_int(f.calls.jit).into(), vm)?;
        row.set_item(
            "time_interp_ms",
            vm.ctx.new_float(f.time_ms.interp).into(),
            vm,
        )?;
        row.set_item("time_jit_ms", vm.ctx.new_float(f.time_ms.jit).into(), vm)?;
        let compile_ms = f.compile.as_ref().map_or(0.0, |c| c.total_ms());
        row.set_item("compile_ms", vm.ctx.new_float(compile_ms).into(), vm)?;
        row.set_item("bails", vm.ctx.new_int(f.bail_count()).into(), vm)?;
        let reason = match &f.reason {
            Some(r) => vm.ctx.new_str(r.as_str()).into(),
            None => vm.ctx.none(),
        };
        row.set_item("reason", reason, vm)?;
        rows.push(row.into());
    }
    Ok(vm.ctx.new_list(rows).into())
}
