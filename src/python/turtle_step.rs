//! `_pave_draw.step(turtle, amount, rotate)`: the turtle's most frequent operation, a
//! move (`forward`, `back`) or a turn (`left`, `right`) that is not animated, done in Rust.
//!
//! In the interpreter each move costs some 150 bytecode operations (the undo record, the
//! line's new point, the update), about 15 µs natively and more in the browser: a
//! 100,000-segment spiral took 7 s in Chromium. This does exactly what
//! `RawTurtle._goto`/`_rotate` followed by their inline update do in `lib/turtle.py`
//! (the reference, which also runs whenever this declines), reading and writing the
//! turtle's own attributes, and calls back into Python for the rare steps (`_newLine`,
//! `_sync_line`, `_update`, the canvas's `_tick`).
//!
//! It declines (returns `False` before changing anything) when the move is animated
//! (speed above 0 with tracing 1), when an attribute is not what the module keeps there
//! (a program that replaced one), or when a number is not an `int` or `float` the result
//! of which `float` arithmetic gives exactly.

use rustpython_vm::builtins::{PyDictRef, PyFloat, PyInt, PyList, PyStrInterned, PyTuple};
use rustpython_vm::{AsObject, PyObjectRef, PyResult, VirtualMachine};

use crate::host::Host;
use crate::python::stdio::check_interrupt;

/// Attribute names, interned once.
pub(crate) struct Names {
    screen: &'static PyStrInterned,
    speed: &'static PyStrInterned,
    tracing: &'static PyStrInterned,
    position: &'static PyStrInterned,
    orient: &'static PyStrInterned,
    degrees_per_au: &'static PyStrInterned,
    undobuffer: &'static PyStrInterned,
    bufsize: &'static PyStrInterned,
    cumulate: &'static PyStrInterned,
    ptr: &'static PyStrInterned,
    buffer: &'static PyStrInterned,
    drawing: &'static PyStrInterned,
    pencolor: &'static PyStrInterned,
    pensize: &'static PyStrInterned,
    fillpath: &'static PyStrInterned,
    line_item: &'static PyStrInterned,
    line: &'static PyStrInterned,
    sent_n: &'static PyStrInterned,
    sent_item: &'static PyStrInterned,
    items: &'static PyStrInterned,
    creating_poly: &'static PyStrInterned,
    poly: &'static PyStrInterned,
    pace: &'static PyStrInterned,
    running: &'static PyStrInterned,
    stale: &'static PyStrInterned,
    cv: &'static PyStrInterned,
    ticks: &'static PyStrInterned,
    xscale: &'static PyStrInterned,
    yscale: &'static PyStrInterned,
    go: &'static PyStrInterned,
    rot: &'static PyStrInterned,
}

impl Names {
    pub(crate) fn new(vm: &VirtualMachine) -> Self {
        let i = |s: &'static str| vm.ctx.intern_str(s);
        Names {
            screen: i("screen"),
            speed: i("_speed"),
            tracing: i("_tracing"),
            position: i("_position"),
            orient: i("_orient"),
            degrees_per_au: i("_degreesPerAU"),
            undobuffer: i("undobuffer"),
            bufsize: i("bufsize"),
            cumulate: i("cumulate"),
            ptr: i("ptr"),
            buffer: i("buffer"),
            drawing: i("_drawing"),
            pencolor: i("_pencolor"),
            pensize: i("_pensize"),
            fillpath: i("_fillpath"),
            line_item: i("currentLineItem"),
            line: i("currentLine"),
            sent_n: i("_sent_n"),
            sent_item: i("_sent_item"),
            items: i("items"),
            creating_poly: i("_creatingPoly"),
            poly: i("_poly"),
            pace: i("_pace"),
            running: i("_RUNNING"),
            stale: i("_stale"),
            cv: i("cv"),
            ticks: i("_ticks"),
            xscale: i("xscale"),
            yscale: i("yscale"),
            go: i("go"),
            rot: i("rot"),
        }
    }
}

/// `ADD` of src/drawing.rs, the command a growing line sends.
const ADD: i32 = 6;
/// Ints beyond this do not all convert to `float` exactly; they are left to Python.
const EXACT_INT: i64 = 1 << 53;

/// An `int` (or `bool`) or `float` as Python's `float` arithmetic would use it.
fn number(obj: &PyObjectRef, vm: &VirtualMachine) -> Option<f64> {
    if let Some(f) = obj.downcast_ref::<PyFloat>() {
        return Some(f.to_f64());
    }
    let int = obj.downcast_ref::<PyInt>()?;
    let n = int.try_to_primitive::<i64>(vm).ok()?;
    // Exact: within ±2**53 every int is a float.
    (-EXACT_INT..=EXACT_INT).contains(&n).then_some(n as f64)
}

fn small_int(obj: &PyObjectRef, vm: &VirtualMachine) -> Option<i64> {
    obj.downcast_ref::<PyInt>()?
        .try_to_primitive::<i64>(vm)
        .ok()
}

/// A pair of numbers (a position or a heading).
fn pair(obj: &PyObjectRef, vm: &VirtualMachine) -> Option<(f64, f64)> {
    let tuple = obj.downcast_ref::<PyTuple>()?;
    match tuple.as_slice() {
        [x, y] => Some((number(x, vm)?, number(y, vm)?)),
        _ => None,
    }
}

struct Object<'a> {
    dict: PyDictRef,
    vm: &'a VirtualMachine,
}

impl<'a> Object<'a> {
    fn of(obj: &PyObjectRef, vm: &'a VirtualMachine) -> Option<Self> {
        Some(Object {
            dict: obj.dict()?,
            vm,
        })
    }

    fn get(&self, name: &'static PyStrInterned) -> PyResult<Option<PyObjectRef>> {
        self.dict.get_item_opt(name, self.vm)
    }

    fn set(&self, name: &'static PyStrInterned, value: PyObjectRef) -> PyResult<()> {
        self.dict.set_item(name, value, self.vm)
    }
}

/// Everything a step reads, checked before anything is changed.
struct Before {
    turtle: PyObjectRef,
    screen: PyObjectRef,
    speed: i64,
    tracing: i64,
    position: PyObjectRef,
    at: (f64, f64),
    orient: (f64, f64),
    undo: Option<Undo>,
}

/// The turtle's undo ring (`Tbuffer`), when it keeps one.
struct Undo {
    bufsize: i64,
    cumulate: bool,
    ptr: i64,
    buffer: PyObjectRef,
    owner: PyObjectRef,
}

/// Do one step, or decline with `false` (see the module docs).
pub(crate) fn step(
    names: &Names,
    host: &dyn Host,
    commands: &PyObjectRef,
    turtle: PyObjectRef,
    amount: PyObjectRef,
    rotate: bool,
    vm: &VirtualMachine,
) -> PyResult<bool> {
    let Some(before) = read(names, &turtle, vm)? else {
        return Ok(false);
    };
    let Some(value) = number(&amount, vm) else {
        return Ok(false);
    };
    if before.speed != 0 && before.tracing == 1 {
        return Ok(false);
    }
    let me = Object::of(&turtle, vm).ok_or_else(|| vm.new_type_error("a turtle"))?;
    if rotate {
        let Some(per_au) = me.get(names.degrees_per_au)? else {
            return Ok(false);
        };
        let Some(degrees_per_au) = per_au.downcast_ref::<PyFloat>().map(|f| f.to_f64()) else {
            return Ok(false);
        };
        // `angle *= self._degreesPerAU; self._orient.rotate(angle)`, as Vec2D computes it.
        let radians = pymath::math::radians(value * degrees_per_au);
        let (Ok(c), Ok(s)) = (pymath::math::cos(radians), pymath::math::sin(radians)) else {
            return Ok(false);
        };
        let (ox, oy) = before.orient;
        let orient = vm.new_tuple((ox * c + -oy * s, oy * c + ox * s));
        if let Some(undo) = &before.undo {
            let entry = vm.new_tuple((names.rot.to_owned(), amount, per_au));
            push(undo, entry.into(), names, vm)?;
        }
        me.set(names.orient, orient.into())?;
    } else {
        if !move_to(names, &before, &me, value, vm)? {
            return Ok(false);
        }
        if let Some(line) = me.get(names.line)? {
            if length(&line, vm)? > 42 {
                vm.call_method(&turtle, "_newLine", ())?;
            }
        }
    }
    update(names, host, commands, &before, &me, vm)?;
    Ok(true)
}

/// `RawTurtle._update` with tracing 0: nothing is drawn, but every 4096 steps Stop is
/// looked at.
fn untraced(
    names: &Names,
    host: &dyn Host,
    screen: &PyObjectRef,
    vm: &VirtualMachine,
) -> PyResult<()> {
    let screen = Object::of(screen, vm).ok_or_else(|| vm.new_type_error("a screen"))?;
    let Some(cv) = screen.get(names.cv)? else {
        return Ok(());
    };
    let canvas = Object::of(&cv, vm).ok_or_else(|| vm.new_type_error("a canvas"))?;
    let ticks = canvas
        .get(names.ticks)?
        .and_then(|t| small_int(&t, vm))
        .unwrap_or(0)
        + 1;
    if ticks >= 4096 {
        canvas.set(names.ticks, vm.ctx.new_int(0).into())?;
        check_interrupt(host, vm)
    } else {
        canvas.set(names.ticks, vm.ctx.new_int(ticks).into())
    }
}

fn read(names: &Names, turtle: &PyObjectRef, vm: &VirtualMachine) -> PyResult<Option<Before>> {
    let Some(me) = Object::of(turtle, vm) else {
        return Ok(None);
    };
    let (Some(screen), Some(speed), Some(position), Some(orient)) = (
        me.get(names.screen)?,
        me.get(names.speed)?,
        me.get(names.position)?,
        me.get(names.orient)?,
    ) else {
        return Ok(None);
    };
    let Some(screen_attrs) = Object::of(&screen, vm) else {
        return Ok(None);
    };
    let tracing = screen_attrs.get(names.tracing)?;
    let (Some(speed), Some(tracing), Some(at), Some(orient)) = (
        small_int(&speed, vm),
        tracing.as_ref().and_then(|t| small_int(t, vm)),
        pair(&position, vm),
        pair(&orient, vm),
    ) else {
        return Ok(None);
    };
    let undo = match me.get(names.undobuffer)? {
        None => return Ok(None),
        Some(buffer) if vm.is_none(&buffer) => None,
        Some(owner) => {
            let Some(ring) = Object::of(&owner, vm) else {
                return Ok(None);
            };
            let (Some(bufsize), Some(cumulate), Some(ptr), Some(buffer)) = (
                ring.get(names.bufsize)?,
                ring.get(names.cumulate)?,
                ring.get(names.ptr)?,
                ring.get(names.buffer)?,
            ) else {
                return Ok(None);
            };
            let (Some(bufsize), Some(ptr)) = (small_int(&bufsize, vm), small_int(&ptr, vm)) else {
                return Ok(None);
            };
            if buffer.downcast_ref::<PyList>().is_none() {
                return Ok(None);
            }
            Some(Undo {
                bufsize,
                cumulate: cumulate.try_to_bool(vm)?,
                ptr,
                buffer,
                owner,
            })
        }
    };
    Ok(Some(Before {
        turtle: turtle.clone(),
        screen,
        speed,
        tracing,
        position,
        at,
        orient,
        undo,
    }))
}

/// `Tbuffer.push(entry)`.
fn push(undo: &Undo, entry: PyObjectRef, names: &Names, vm: &VirtualMachine) -> PyResult<()> {
    if undo.bufsize <= 0 {
        return Ok(());
    }
    if undo.cumulate {
        let last = item_at(&undo.buffer, undo.ptr, vm)?;
        return append(&last, entry, vm);
    }
    let ptr = (undo.ptr + 1).rem_euclid(undo.bufsize);
    let ring = Object::of(&undo.owner, vm).ok_or_else(|| vm.new_type_error("an undo buffer"))?;
    ring.set(names.ptr, vm.ctx.new_int(ptr).into())?;
    if let Some(list) = undo.buffer.downcast_ref::<PyList>() {
        let mut items = list.borrow_vec_mut();
        if let Some(slot) = usize::try_from(ptr).ok().and_then(|i| items.get_mut(i)) {
            *slot = entry;
            return Ok(());
        }
    }
    undo.buffer
        .set_item(vm.ctx.new_int(ptr).as_object(), entry, vm)
}

/// `len(obj)`, directly for a list.
fn length(obj: &PyObjectRef, vm: &VirtualMachine) -> PyResult<usize> {
    match obj.downcast_ref::<PyList>() {
        Some(list) => Ok(list.borrow_vec().len()),
        None => obj.length(vm),
    }
}

/// `obj[index]`, directly for a list and an index in range.
fn item_at(obj: &PyObjectRef, index: i64, vm: &VirtualMachine) -> PyResult<PyObjectRef> {
    if let Some(list) = obj.downcast_ref::<PyList>() {
        let items = list.borrow_vec();
        if let Some(value) = usize::try_from(index).ok().and_then(|i| items.get(i)) {
            return Ok(value.clone());
        }
    }
    obj.get_item(vm.ctx.new_int(index).as_object(), vm)
}

/// `target.append(value)`, directly for a list.
fn append(target: &PyObjectRef, value: PyObjectRef, vm: &VirtualMachine) -> PyResult<()> {
    match target.downcast_ref::<PyList>() {
        Some(list) => {
            list.borrow_vec_mut().push(value);
            Ok(())
        }
        None => vm.call_method(target, "append", (value,)).map(drop),
    }
}

/// The move of `RawTurtle._goto` without animation: undo record, the line's new point,
/// the fill's and the polygon's, the position. `false` (nothing done) when the lists are
/// not lists.
fn move_to(
    names: &Names,
    before: &Before,
    me: &Object<'_>,
    distance: f64,
    vm: &VirtualMachine,
) -> PyResult<bool> {
    let (Some(line), Some(line_item), Some(drawing), Some(fillpath), Some(creating)) = (
        me.get(names.line)?,
        me.get(names.line_item)?,
        me.get(names.drawing)?,
        me.get(names.fillpath)?,
        me.get(names.creating_poly)?,
    ) else {
        return Ok(false);
    };
    let fill_list = (!vm.is_none(&fillpath)).then_some(&fillpath);
    if line.downcast_ref::<PyList>().is_none()
        || fill_list.is_some_and(|f| f.downcast_ref::<PyList>().is_none())
    {
        return Ok(false);
    }
    let (x, y) = before.at;
    let (ox, oy) = before.orient;
    let end: PyObjectRef = vm.new_tuple((x + ox * distance, y + oy * distance)).into();
    if let Some(undo) = &before.undo {
        let sent = match (me.get(names.sent_n)?, me.get(names.sent_item)?) {
            (Some(n), Some(item)) if vm.bool_eq(&item, &line_item)? => n,
            _ => vm.ctx.new_int(0).into(),
        };
        let items = me.get(names.items)?.map_or(Ok(0), |i| length(&i, vm))?;
        let fields: Vec<PyObjectRef> = vec![
            names.go.to_owned().into(),
            before.position.clone(),
            end.clone(),
            drawing.clone(),
            me.get(names.pencolor)?.unwrap_or_else(|| vm.ctx.none()),
            me.get(names.pensize)?.unwrap_or_else(|| vm.ctx.none()),
            vm.ctx.new_bool(fill_list.is_some()).into(),
            line_item,
            line.clone(),
            vm.ctx.new_int(length(&line, vm)?).into(),
            sent,
            vm.ctx.new_int(items).into(),
        ];
        push(undo, vm.ctx.new_tuple(fields).into(), names, vm)?;
    }
    if drawing.try_to_bool(vm)? {
        append(&line, end.clone(), vm)?;
    }
    if let Some(fill) = fill_list {
        append(fill, end.clone(), vm)?;
    }
    me.set(names.position, end.clone())?;
    if creating.try_to_bool(vm)? {
        if let Some(poly) = me.get(names.poly)? {
            append(&poly, end, vm)?;
        }
    }
    Ok(true)
}

/// The update that follows (`RawTurtle._update` for tracing 1 and speed 0, inline in
/// `_goto` and `_rotate`): the line's new point as `ADD`, the turtle redrawn later, and
/// the canvas's tick.
fn update(
    names: &Names,
    host: &dyn Host,
    commands: &PyObjectRef,
    before: &Before,
    me: &Object<'_>,
    vm: &VirtualMachine,
) -> PyResult<()> {
    let turtle = &before.turtle;
    if before.tracing == 0 {
        return untraced(names, host, &before.screen, vm);
    }
    let pace = me.get(names.pace)?;
    if before.speed != 0 || before.tracing != 1 || pace.is_some_and(|p| !vm.is_none(&p)) {
        vm.call_method(turtle, "_update", ())?;
        return Ok(());
    }
    if !before.screen.get_attr(names.running, vm)?.try_to_bool(vm)? {
        // `_update` raises Terminator, as CPython does after bye().
        vm.call_method(turtle, "_update", ())?;
        return Ok(());
    }
    let screen = Object::of(&before.screen, vm).ok_or_else(|| vm.new_type_error("a screen"))?;
    if let (Some(line), Some(item)) = (me.get(names.line)?, me.get(names.line_item)?) {
        let n = length(&line, vm)?;
        if n > 1 {
            let k = me.get(names.sent_n)?.and_then(|k| small_int(&k, vm));
            let same = match me.get(names.sent_item)? {
                Some(sent) => vm.bool_eq(&sent, &item)?,
                None => false,
            };
            let xscale = screen.get(names.xscale)?.and_then(|s| number(&s, vm));
            let yscale = screen.get(names.yscale)?.and_then(|s| number(&s, vm));
            let point = match k {
                Some(k) if k > 1 && k + 1 == n as i64 && same => {
                    pair(&item_at(&line, k, vm)?, vm).zip(xscale.zip(yscale))
                }
                _ => None,
            };
            if let Some(((x, y), (xs, ys))) = point {
                for value in [
                    vm.ctx.new_int(ADD).into(),
                    item,
                    vm.ctx.new_float(x * xs).into(),
                    vm.ctx.new_float(-y * ys).into(),
                ] {
                    append(commands, value, vm)?;
                }
                me.set(names.sent_n, vm.ctx.new_int(n).into())?;
            } else if k != Some(n as i64) || !same {
                vm.call_method(turtle, "_sync_line", ())?;
            }
        }
    }
    me.set(names.stale, vm.ctx.new_bool(true).into())?;
    let Some(cv) = screen.get(names.cv)? else {
        return Ok(());
    };
    let canvas = Object::of(&cv, vm).ok_or_else(|| vm.new_type_error("a canvas"))?;
    canvas.set(names.stale, vm.ctx.new_bool(true).into())?;
    let ticks = canvas
        .get(names.ticks)?
        .and_then(|t| small_int(&t, vm))
        .unwrap_or(0)
        + 1;
    if ticks < 16 {
        canvas.set(names.ticks, vm.ctx.new_int(ticks).into())?;
    } else {
        canvas.set(names.ticks, vm.ctx.new_int(0).into())?;
        vm.call_method(&cv, "_tick", ())?;
    }
    Ok(())
}
