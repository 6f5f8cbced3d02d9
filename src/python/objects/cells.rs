//! Cell variables in compiled code: a function whose variables an inner function uses
//! (`sum(1 for c in cells if v in c)`, a `lambda` key, a nested `def`) keeps them in
//! cells, which its frame makes (`MAKE_CELL`) before it calls the gate. Compiled code
//! uses the frame's very cells, so the functions it makes (`SET_FUNCTION_ATTRIBUTE`
//! with a closure) capture the cells the interpreter sees, and a call that goes on in
//! the interpreter finds its cells as compiled code left them.
//!
//! (RustPython keeps its cell type private: cells are read and written through their
//! `cell_contents` attribute, and told by their class.)

use rustpython_vm::builtins::PyFunction;
use rustpython_vm::{AsObject, PyObjectRef, VirtualMachine};

use super::{handed_value, handle_or_bail, with_cell, with_object};

/// Is `obj` a cell?
fn is_cell(obj: &PyObjectRef, vm: &VirtualMachine) -> bool {
    obj.class().is(vm.ctx.types.cell_type)
}

/// The cell the frame running passed its gate as argument `arg` (the compiled root's
/// own: its prologue passes its cells after its parameters, `python/prologue.rs`).
pub(super) fn obj_frame_cell(arg: i32) -> i32 {
    let cell = with_cell(|c| {
        let state = c.borrow();
        // SAFETY: as in `with_object`.
        let vm = unsafe { &*state.vm? };
        // SAFETY: set by `CallScope::open` from the arguments of the call running now,
        // which outlive it.
        let args = unsafe { &*state.args? };
        let cell = args.get(usize::try_from(arg).ok()?)?;
        is_cell(cell, vm).then(|| cell.clone())
    });
    handle_or_bail(Some(cell))
}

/// What the cell holds (`LOAD_DEREF`); bails where it is empty (the interpreter raises
/// the `NameError`).
pub(super) fn obj_cell_get(cell: i32) -> i32 {
    let value = with_object(cell, |vm, cell| {
        if !is_cell(cell, vm) {
            return None;
        }
        cell.get_attr("cell_contents", vm).ok()
    });
    handle_or_bail(value)
}

/// Put the value in the cell (`STORE_DEREF`): 0, or -1 where the interpreter must.
pub(super) fn obj_cell_set(cell: i32, tag: i32, payload: i64, origin: i32) -> i32 {
    let value = handed_value(tag, payload, origin);
    let done = with_object(cell, |vm, cell| {
        if !is_cell(cell, vm) {
            return None;
        }
        cell.set_attr("cell_contents", value?, vm).ok()
    });
    match done.flatten() {
        Some(()) => 0,
        None => -1,
    }
}

/// The function made anew with its defaults (`flag` 1) or closure (8) set to the value,
/// as `SET_FUNCTION_ATTRIBUTE` sets them on the function `MAKE_FUNCTION` just made:
/// `types.FunctionType` of its code and globals, its name, qualified name and the other
/// attribute kept.
pub(super) fn obj_set_function_attribute(
    function: i32,
    flag: i32,
    tag: i32,
    payload: i64,
    origin: i32,
) -> i32 {
    let value = handed_value(tag, payload, origin);
    let made = with_object(function, |vm, function| {
        let value = value?;
        function.downcast_ref::<PyFunction>()?;
        let attr = |name: &'static str| function.get_attr(name, vm).ok();
        let (defaults, closure) = match flag {
            1 => (value, attr("__closure__")?),
            8 => (attr("__defaults__")?, value),
            _ => return None,
        };
        let made = vm
            .ctx
            .types
            .function_type
            .as_object()
            .call(
                (
                    attr("__code__")?,
                    attr("__globals__")?,
                    attr("__name__")?,
                    defaults,
                    closure,
                ),
                vm,
            )
            .ok()?;
        made.set_attr("__qualname__", attr("__qualname__")?, vm)
            .ok()?;
        Some(made)
    });
    handle_or_bail(made)
}
