//! `_pave_draw`, the private module between Pave's `turtle` (`lib/turtle.py`) and the
//! [`Host`]: the module appends drawing commands in their flat form (see
//! [`crate::drawing`]) to `_pave_draw.commands`, a plain list (appending is the cheapest
//! thing Python can do), and calls `update(now)` now and then to hand them to the host;
//! `check()` is only a safe point for Stop (`tracer(0)` holds the commands back),
//! `wait_event(ms)` waits for a click or a key in the drawing, and `step(turtle, amount,
//! rotate)` moves or turns a turtle (`python/turtle_step.rs`).
//!
//! A session also calls [`before_run`] and [`after_run`] around each program: a new run
//! starts with a fresh turtle screen, and what a run drew is shown when it ends.

use std::borrow::Cow;
use std::rc::Rc;

use rustpython_vm::builtins::{PyFloat, PyInt, PyListRef, PyStr};
use rustpython_vm::function::{ArgIntoFloat, OptionalArg};
use rustpython_vm::{PyObjectRef, PyResult, VirtualMachine};

use crate::drawing::{decode, Event, EventWait, Value};
use crate::host::Host;
use crate::python::stdio::check_interrupt;
use crate::python::turtle_step;

/// Register `_pave_draw` in `sys.modules`.
pub(crate) fn install(vm: &VirtualMachine, host: Rc<dyn Host>) -> PyResult<()> {
    let dict = vm.ctx.new_dict();
    let commands = vm.ctx.new_list(Vec::new());
    dict.set_item("commands", commands.clone().into(), vm)?;
    let step = {
        let names = turtle_step::Names::new(vm);
        let host = host.clone();
        let commands: PyObjectRef = commands.clone().into();
        vm.new_function(
            "step",
            move |turtle: PyObjectRef,
                  amount: PyObjectRef,
                  rotate: bool,
                  vm: &VirtualMachine|
                  -> PyResult<bool> {
                turtle_step::step(&names, host.as_ref(), &commands, turtle, amount, rotate, vm)
            },
        )
    };
    dict.set_item("step", step.into(), vm)?;
    let update = {
        let (host, commands) = (host.clone(), commands.clone());
        vm.new_function(
            "update",
            move |now: OptionalArg<bool>, vm: &VirtualMachine| -> PyResult<()> {
                flush(host.as_ref(), &commands, now.unwrap_or(false), vm)
            },
        )
    };
    dict.set_item("update", update.into(), vm)?;
    let check = {
        let host = host.clone();
        vm.new_function("check", move |vm: &VirtualMachine| {
            check_interrupt(host.as_ref(), vm)
        })
    };
    dict.set_item("check", check.into(), vm)?;
    let wait_event = vm.new_function(
        "wait_event",
        move |timeout_ms: ArgIntoFloat, vm: &VirtualMachine| -> PyResult<PyObjectRef> {
            wait_event(host.as_ref(), timeout_ms.into_float(), vm)
        },
    );
    dict.set_item("wait_event", wait_event.into(), vm)?;
    let module = vm.new_module("_pave_draw", dict, None);
    vm.sys_module
        .get_attr("modules", vm)?
        .set_item("_pave_draw", module.into(), vm)
}

/// Hand the commands listed so far to the host. A pending Stop raises
/// `KeyboardInterrupt` here instead, and the commands are dropped: Stop ends a drawing at
/// once (this is the safe point that lets Stop reach a program that only draws).
fn flush(host: &dyn Host, list: &PyListRef, now: bool, vm: &VirtualMachine) -> PyResult<()> {
    let objects: Vec<PyObjectRef> = std::mem::take(&mut *list.borrow_vec_mut());
    check_interrupt(host, vm)?;
    if objects.is_empty() {
        if now {
            host.draw(&[], true);
        }
        return Ok(());
    }
    let texts: Vec<Option<Cow<'_, str>>> = objects
        .iter()
        .map(|o| o.downcast_ref::<PyStr>().map(|s| s.to_string_lossy()))
        .collect();
    let mut values = Vec::with_capacity(objects.len());
    for (object, text) in objects.iter().zip(&texts) {
        values.push(match text {
            Some(text) => Value::Str(text),
            None => Value::Num(number(object, vm)?),
        });
    }
    let commands = decode(&values).map_err(|e| vm.new_value_error(e.to_string()))?;
    host.draw(&commands, now);
    Ok(())
}

/// A number of the command list: a `float`, an `int` (operation codes and item numbers,
/// the common case, read without a conversion call), or anything `float()` accepts.
fn number(object: &PyObjectRef, vm: &VirtualMachine) -> PyResult<f64> {
    if let Some(float) = object.downcast_ref::<PyFloat>() {
        return Ok(float.to_f64());
    }
    if let Some(int) = object.downcast_ref::<PyInt>() {
        if let Ok(n) = int.try_to_primitive::<i32>(vm) {
            return Ok(f64::from(n));
        }
    }
    Ok(object.try_float(vm)?.to_f64())
}

/// `(kind, button, x, y, key)` for an event (kinds: 1 button down, 2 button up, 3 drag,
/// 4 key down, 5 key up), `None` when the time ran out, `False` when no event can come.
fn wait_event(host: &dyn Host, timeout_ms: f64, vm: &VirtualMachine) -> PyResult<PyObjectRef> {
    let timeout_ms = if timeout_ms.is_nan() {
        0.0
    } else {
        timeout_ms.max(0.0)
    };
    Ok(match host.wait_event(timeout_ms) {
        EventWait::Event(Event::Pointer { kind, button, x, y }) => vm
            .new_tuple((kind, button, x, y, vm.ctx.empty_str.to_owned()))
            .into(),
        EventWait::Event(Event::Key { pressed, key }) => vm
            .new_tuple((if pressed { 4 } else { 5 }, 0, 0.0, 0.0, key))
            .into(),
        EventWait::Timeout => vm.ctx.none(),
        EventWait::Unavailable => vm.ctx.new_bool(false).into(),
        EventWait::Interrupted => {
            return Err(vm.new_exception_empty(vm.ctx.exceptions.keyboard_interrupt.to_owned()))
        }
    })
}

/// Call `turtle.<name>()` if the program has imported `turtle`.
fn call_turtle(vm: &VirtualMachine, name: &'static str) -> PyResult<()> {
    let modules = vm.sys_module.get_attr("modules", vm)?;
    if let Ok(turtle) = modules.get_item("turtle", vm) {
        if let Ok(hook) = turtle.get_attr(name, vm) {
            hook.call((), vm)?;
        }
    }
    Ok(())
}

/// Before a program runs: a turtle module imported by an earlier run forgets its screen
/// and turtles, so the program starts on a fresh one, as in a new CPython process.
pub(crate) fn before_run(vm: &VirtualMachine) {
    // Failing to reset leaves the old screen in place: a nuisance, not an error of the
    // program about to run.
    let _ = call_turtle(vm, "_pave_new_run");
}

/// After a program or REPL entry: show what it drew (turtles are redrawn lazily). Errors
/// here (a Stop arriving at this instant) only cut the picture short.
pub(crate) fn after_run(vm: &VirtualMachine) {
    let _ = call_turtle(vm, "_pave_flush");
}
