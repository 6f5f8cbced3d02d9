//! Resuming a call in the interpreter where compiled code left it: the frame that called
//! the gate (the function's own frame, in its entry prologue) takes the locals compiled
//! code had assigned and the value stack it had built, and carries on at the bytecode
//! instruction compiled code could not run — so nothing is done twice, and tracebacks,
//! `try` blocks and the frame's identity are the interpreter's own.
//!
//! RustPython has no public way to write a running frame's locals or push onto its
//! stack, so the code keeps a spare region of code units after its body
//! (`prologue::Inserted::trampoline`) into which the gate writes, just before it
//! returns, a tiny program: `UNPACK_SEQUENCE` of the tuple the gate returns and a
//! `STORE_FAST` per local, then `UNPACK_SEQUENCE`s of the value stack's tuple (nested
//! tuples around each `NULL`, which `PUSH_NULL` and `SWAP` put in place), then a jump
//! back to the instruction. The gate sets the frame's `lasti` to the region; the `CALL`
//! that called the gate pushes the tuple, and the frame runs the program next. Nothing
//! else runs between the write and its execution (one thread, and unpacking a tuple
//! runs no Python code), so the region can be shared by every frame of the code.

use rustpython_vm::builtins::PyCode;
use rustpython_vm::bytecode::{CodeUnits, Instruction};
use rustpython_vm::common::atomic::Radium;
use rustpython_vm::frame::InterpreterFrame;
use rustpython_vm::{AsObject, Py, PyObject, PyObjectRef, PyResult, VirtualMachine};

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use rustpython_vm::function::FuncArgs;
use rustpython_vm::protocol::PyNumberMethods;
use rustpython_vm::types::{AsNumber, Callable, Representable};
use rustpython_vm::{pyclass, PyPayload};

use crate::jit::code::FunctionId;
use crate::jit::ir::{ResumePoint, StackItem, Var};

use super::objects::{Handover, SettledAt};
use super::prologue::Trampoline;

/// Why a handed-over frame could not be resumed (then the call re-runs in tier 0, which
/// is only right because compiled code so far has no side effects).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum ResumeError {
    /// The module handed over less than the host needs to rebuild the frame.
    #[error("the compiled code's state could not be rebuilt")]
    Broken,
    /// The frame running is not the function's (never: the prologue calls the gate).
    #[error("the frame running is not the function's")]
    WrongFrame,
    /// The program to rebuild the stack does not fit the region.
    #[error("the value stack is too deep to rebuild")]
    TooDeep,
}

/// What the interpreter needs to resume a call of one function of a compiled unit: its
/// resume points, how many of its variables are Python locals (`co_varnames`, in
/// order), and its identity.
pub(crate) struct Frames {
    /// The function's resume points (`jit::ir::Function::points`).
    pub points: Vec<ResumePoint>,
    /// Python locals among its variables.
    pub locals: u32,
    /// Its frame slots that hold cells (`jit::ir::Function::cells`): compiled code used
    /// the frame's own cells, so a resumed call's slots are left as they are.
    pub cells: Vec<u32>,
    /// The function (`jit::ir::Function::id`).
    pub id: FunctionId,
}

/// [`Frames`] for every function of a compiled unit (by index, the root first), and the
/// Python functions it calls directly.
pub(crate) struct UnitFrames {
    /// Per function of the unit.
    pub funcs: Vec<Frames>,
    /// The function objects behind the identities the unit was compiled against
    /// (`Globals` answers): what a callee's frame is made from, and what
    /// `obj_checkmethod` compares with.
    pub functions: Vec<(FunctionId, PyObjectRef)>,
    /// Whether the unit changes objects or may run Python code (`ir::Unit::may_run_python`:
    /// then a call it began can never re-run, and its guards are checked after Python code ran).
    pub stores: bool,
}

impl UnitFrames {
    /// The function object with identity `id`.
    pub(crate) fn function(&self, id: FunctionId) -> Option<&PyObjectRef> {
        self.functions
            .iter()
            .find(|(f, _)| *f == id)
            .map(|(_, o)| o)
    }
}

/// Resume the last of `levels` in the running frame of `code`, whose prologue
/// (`prologue_len` code units after its `RESUME`) has `trampoline`. The levels before it
/// are the functions it was calling directly, innermost first, each handed over before
/// its caller: the one it called goes on in a frame of its own when the interpreter runs
/// that `CALL` (its gate takes the resume armed for it, or a [`Pending`] stands in for
/// the callable). Returns the value the gate returns (what the trampoline unpacks).
pub(crate) fn resume(
    mut levels: Vec<Handover>,
    unit: &Rc<UnitFrames>,
    code: &Py<PyCode>,
    prologue_len: u32,
    trampoline: Trampoline,
    vm: &VirtualMachine,
) -> Result<PyObjectRef, ResumeError> {
    let handover = levels.pop().ok_or(ResumeError::Broken)?;
    let frames = unit
        .funcs
        .get(handover.func as usize)
        .ok_or(ResumeError::Broken)?;
    let (point, reason) = handover.at.ok_or(ResumeError::Broken)?;
    let point = frames
        .points
        .get(point as usize)
        .ok_or(ResumeError::Broken)?;
    if std::env::var_os("PAVE_DEBUG_RESUME").is_some() {
        // The callees it was calling directly, innermost first: (function of the unit,
        // code unit, reason), the reason a `BailReason` code, or 6 for "a callee handed
        // over".
        let callees: Vec<(String, Option<u32>, Option<i32>)> = levels
            .iter()
            .map(|l| {
                let frames = unit.funcs.get(l.func as usize);
                let offset =
                    l.at.and_then(|(p, _)| Some(frames?.points.get(p as usize)?.offset));
                let name = frames
                    .and_then(|f| unit.function(f.id))
                    .and_then(|f| f.get_attr("__qualname__", vm).ok())
                    .and_then(|n| n.str(vm).ok())
                    .map_or_else(|| format!("#{}", l.func), |n| n.to_string());
                (name, offset, l.at.map(|(_, r)| r))
            })
            .collect();
        eprintln!(
            "pave: resume {} at code unit {} {:?} (line {:?}), reason {reason}, callees {callees:?}",
            code.code.obj_name,
            point.offset,
            code.code.instructions.get(point.offset as usize),
            code.code
                .locations
                .get(point.offset as usize)
                .map(|l| l.0.line.get())
        );
    }
    // The frame running now (not a frame object's copy of it: `lasti` must change in
    // the frame the interpreter is executing).
    let live = rustpython_vm::frame::current_thread_iframe();
    if live.is_null() {
        return Err(ResumeError::WrongFrame);
    }
    // SAFETY: the pointer is the thread's current frame, which is running (it called
    // the gate) and outlives this call.
    let live = unsafe { &*live };
    if !live.code().is(code) {
        return Err(ResumeError::WrongFrame);
    }
    let mut stack =
        rebuild_stack(&point.stack, &handover, unit, code, vm).ok_or(ResumeError::Broken)?;
    // The call at this point was made (it raised, or compiled code could not go on
    // after it): the interpreter calls a `Settled` instead, which gives its outcome at
    // the `CALL` as the call would have.
    let settled = match (&handover.raised, &handover.returned) {
        (Some((exc, at)), _) => Some((Err(exc.clone()), *at)),
        (None, Some((value, at))) => Some((Ok(value.clone()), *at)),
        (None, None) => None,
    };
    if let Some((outcome, site)) = settled {
        let settled = Some(super::objects::Settled::new_ref(outcome, vm));
        match site {
            SettledAt::Call(argc) => {
                let at = stack
                    .len()
                    .checked_sub(argc + 2)
                    .ok_or(ResumeError::Broken)?;
                stack[at] = settled;
                stack[at + 1] = None;
            }
            SettledAt::Operator => {
                // The left operand, or the container: below the key, or below a slice's
                // bounds (`BINARY_SLICE`, `STORE_SLICE`); or an attribute's object.
                let op = code
                    .code
                    .instructions
                    .get((point.offset + prologue_len) as usize)
                    .map(|unit| unit.op.deoptimize());
                let above = match op {
                    Some(Instruction::BinarySlice | Instruction::StoreSlice) => 3,
                    // The object, on top (the value to store below it).
                    Some(Instruction::LoadAttr { .. } | Instruction::StoreAttr { .. }) => 1,
                    _ => 2,
                };
                let at = stack.len().checked_sub(above).ok_or(ResumeError::Broken)?;
                stack[at] = settled;
            }
        }
    }
    // The instruction, in the live code (the prologue sits after `RESUME`, unit 0).
    let target = point.offset + prologue_len;
    // The callee's resume, when the interpreter calls the function itself (armed last).
    let mut direct = None;
    if reason == crate::jit::abi::STATUS_RESUME {
        // The function this one called directly handed its frame over: the `CALL` calls
        // it again, and it goes on from where it stopped, in a frame of its own.
        let callee = levels.last().ok_or(ResumeError::Broken)?;
        let function = unit
            .funcs
            .get(callee.func as usize)
            .and_then(|f| unit.function(f.id))
            .ok_or(ResumeError::Broken)?
            .clone();
        let instruction = code
            .code
            .instructions
            .get(target as usize)
            .ok_or(ResumeError::Broken)?;
        let arg = u32::from(u8::from(instruction.arg));
        // (The interpreter may have specialised it in place: `CALL_KW_PY`…)
        let instruction_op = instruction.op.deoptimize();
        if let Instruction::BinaryOp { op } = instruction_op {
            // A binary operator compiled code ran as a call of the left operand's method:
            // the interpreter applies the operator to a `Pending` in the left operand's
            // place, which goes on with the method on the real operands.
            let bin = op
                .try_get(rustpython_vm::bytecode::OpArg::new(arg))
                .ok()
                .and_then(crate::jit::ir::BinOp::from_bytecode)
                .ok_or(ResumeError::Broken)?;
            let at = stack.len().checked_sub(2).ok_or(ResumeError::Broken)?;
            let receiver = stack[at].clone().ok_or(ResumeError::Broken)?;
            stack[at] = Some(Pending::new_ref(
                function,
                Callee::Operator(bin, receiver),
                levels,
                unit.clone(),
                vm,
            ));
        } else {
            // What the call has above its callable and `self` slots: its arguments, and
            // `CALL_KW`'s tuple of names (a direct call with keywords).
            let argc =
                arg as usize + usize::from(matches!(instruction_op, Instruction::CallKw { .. }));
            let at = stack
                .len()
                .checked_sub(argc + 2)
                .ok_or(ResumeError::Broken)?;
            // A class being called: the callee is its `__init__`, running on the
            // instance compiled code made, which the call returns.
            let callee = match point.stack.get(at) {
                Some(StackItem::New { instance, .. }) => Callee::Init(
                    handover
                        .vars
                        .get(&instance.0)
                        .cloned()
                        .ok_or(ResumeError::Broken)?,
                ),
                _ => Callee::Call,
            };
            if matches!(callee, Callee::Call) && !vm.use_tracing.get() {
                // The function itself: the interpreter calls it as it calls any function
                // (a few dozen bytes of native stack, where a `Pending` takes two KiB:
                // a recursion handed over a few hundred levels deep must not fill the
                // browser's stack), and its gate takes the resume armed below. Under
                // `sys.settrace` a trace function runs before the callee's first
                // instruction: a `Pending` keeps the resume to itself until then.
                stack[at] = Some(function.clone());
                direct = Some(PendingResume {
                    function,
                    callee,
                    levels,
                    unit: unit.clone(),
                });
            } else {
                stack[at] = Some(Pending::new_ref(function, callee, levels, unit.clone(), vm));
            }
        }
    }
    // A local a comprehension saved (`StackItem::Saved`) is the comprehension's own
    // variable.
    let mut renamed: BTreeMap<u32, u32> = BTreeMap::new();
    for item in &point.stack {
        if let StackItem::Saved { local, inner, .. } = item {
            renamed.insert(*local, inner.0);
        }
    }
    let mut locals: Vec<(u32, &PyObjectRef)> = handover
        .vars
        .iter()
        .filter(|(v, _)| *v < frames.locals && !frames.cells.contains(v))
        .filter(|(v, _)| !renamed.contains_key(v))
        .collect();
    for (local, inner) in &renamed {
        if let Some(value) = handover.vars.get(inner) {
            locals.push((*local, value));
        }
    }
    locals.sort_by_key(|(v, _)| *v);
    let (units, value) = program(&stack, &locals, trampoline.start, target, vm);
    if units.len() > trampoline.len as usize {
        return Err(ResumeError::TooDeep);
    }
    write_units(&code.code.instructions, trampoline.start, &units);
    live.lasti
        .store(trampoline.start, std::sync::atomic::Ordering::Relaxed);
    if let Some(pending) = direct {
        arm(
            pending,
            live as *const InterpreterFrame,
            making_call(target),
            vm,
        );
    }
    Ok(value)
}

/// The value stack of a resume point, bottom first (`None`: `NULL`).
fn rebuild_stack(
    items: &[StackItem],
    handover: &Handover,
    unit: &UnitFrames,
    code: &Py<PyCode>,
    vm: &VirtualMachine,
) -> Option<Vec<Option<PyObjectRef>>> {
    items
        .iter()
        .map(|item| rebuild(item, handover, unit, code, vm))
        .collect()
}

/// One entry of a resume point's stack (`None`: `NULL`); `None` outside if the module
/// did not hand over what it needs.
fn rebuild(
    item: &StackItem,
    handover: &Handover,
    unit: &UnitFrames,
    code: &Py<PyCode>,
    vm: &VirtualMachine,
) -> Option<Option<PyObjectRef>> {
    let var = |v: &Var| handover.vars.get(&v.0).cloned();
    match item {
        StackItem::Value(v) => var(v).map(Some),
        StackItem::Null => Some(None),
        StackItem::MethodOf { obj, name } => {
            let name = vm.ctx.intern_str(name.as_str());
            var(obj)?.class().get_attr(name).map(Some)
        }
        // (What the call gave goes there: see `resume`.)
        StackItem::Called => {
            (handover.raised.is_some() || handover.returned.is_some()).then_some(None)
        }
        // (`NULL` where the outer variable was unassigned.)
        StackItem::Saved { outer, .. } => Some(var(outer)),
        StackItem::Global(name) => {
            super::convert::global_or_builtin(&vm.current_globals(), name, vm).map(Some)
        }
        StackItem::Range(args) => {
            let args: Vec<PyObjectRef> = args.iter().map(var).collect::<Option<_>>()?;
            let range = vm.ctx.types.range_type.as_object().call(args, vm).ok()?;
            Some(Some(range))
        }
        StackItem::SelfOf { callable, obj } => Some(if handover.methods.contains(&callable.0) {
            Some(var(obj)?)
        } else {
            None
        }),
        StackItem::RangeIter { cur, stop, step } => {
            let args = vec![var(cur)?, var(stop)?, var(step)?];
            let range = vm.ctx.types.range_type.as_object().call(args, vm).ok()?;
            range.get_iter(vm).ok().map(|it| Some(it.into()))
        }
        StackItem::TupleIter { items, next } => {
            let items: Vec<PyObjectRef> = items.iter().map(var).collect::<Option<_>>()?;
            let next: usize = var(next)?.try_into_value(vm).ok()?;
            let tuple: PyObjectRef = vm.ctx.new_tuple(items).into();
            let iter: PyObjectRef = tuple.get_iter(vm).ok()?.into();
            // Positioned as the interpreter's would be: past the items already taken.
            vm.call_method(&iter, "__setstate__", (next,)).ok()?;
            Some(Some(iter))
        }
        StackItem::Function(id) => Some(Some(unit.function(*id)?.clone())),
        StackItem::MathAttr(name) => {
            let math = vm.import("math", 0).ok()?;
            math.get_attr(&*vm.ctx.new_str(name.as_str()), vm)
                .ok()
                .map(Some)
        }
        StackItem::New { class, .. } => var(class).map(Some),
        StackItem::Const(n) => {
            let constant = code.code.constants.get(*n as usize)?;
            let constant: &rustpython_vm::PyObject = std::borrow::Borrow::borrow(constant);
            Some(Some(constant.to_owned()))
        }
        StackItem::Tuple(items) => {
            let items: Vec<PyObjectRef> = items
                .iter()
                .map(|i| rebuild(i, handover, unit, code, vm).flatten())
                .collect::<Option<_>>()?;
            Some(Some(vm.ctx.new_tuple(items).into()))
        }
    }
}

/// The trampoline program placed at code unit `at` that stores `locals` (slot, value)
/// and rebuilds `stack` (bottom first, `None` for `NULL`), then jumps to unit `target`;
/// and the value the `CALL` must push for it.
fn program(
    stack: &[Option<PyObjectRef>],
    locals: &[(u32, &PyObjectRef)],
    at: u32,
    target: u32,
    vm: &VirtualMachine,
) -> (Vec<(Instruction, u8)>, PyObjectRef) {
    if locals.is_empty() {
        return stack_program(stack, at, target, vm);
    }
    // `(x1, …, xn, s)` unpacked leaves `x1` on top: each `STORE_FAST` takes the next,
    // and the stack's own value `s` is left for the rest.
    let mut units: Vec<(Instruction, u8)> = Vec::new();
    unpack(&mut units, locals.len() + 1);
    for (slot, _) in locals {
        if *slot > 255 {
            units.push((Instruction::ExtendedArg, (*slot >> 8) as u8));
        }
        let op = Instruction::StoreFast {
            var_num: rustpython_vm::bytecode::Arg::marker(),
        };
        units.push((op, *slot as u8));
    }
    let (rest, value) = stack_program(stack, at + units.len() as u32, target, vm);
    units.extend(rest);
    let mut items: Vec<PyObjectRef> = locals.iter().map(|(_, v)| (*v).clone()).collect();
    items.push(value);
    (units, vm.ctx.new_tuple(items).into())
}

/// `UNPACK_SEQUENCE n` (`n` < 65,536) and its cache entries.
fn unpack(units: &mut Vec<(Instruction, u8)>, n: usize) {
    let op = Instruction::UnpackSequence {
        count: rustpython_vm::bytecode::Arg::marker(),
    };
    if n > 255 {
        units.push((Instruction::ExtendedArg, (n >> 8) as u8));
    }
    units.push((op, n as u8));
    for _ in 0..op.cache_entries() {
        units.push((Instruction::Cache, 0));
    }
}

/// The trampoline program that rebuilds `stack` (bottom first, `None` for `NULL`) from
/// code unit `at` and jumps to unit `target`; and the value the `CALL` must push for it.
fn stack_program(
    stack: &[Option<PyObjectRef>],
    at: u32,
    target: u32,
    vm: &VirtualMachine,
) -> (Vec<(Instruction, u8)>, PyObjectRef) {
    // Segments between NULLs: [a, b, NULL, c] is [[a, b], [c]].
    let mut segments: Vec<Vec<PyObjectRef>> = vec![Vec::new()];
    for entry in stack {
        match entry {
            Some(obj) => segments
                .last_mut()
                .map(|s| s.push(obj.clone()))
                .unwrap_or(()),
            None => segments.push(Vec::new()),
        }
    }
    // The value, inside out: each segment's items and then the next segment's tuple,
    // reversed, since UNPACK_SEQUENCE leaves the first item on top.
    let mut value: Option<PyObjectRef> = None;
    for segment in segments.iter().rev() {
        let mut items: Vec<PyObjectRef> = segment.clone();
        if let Some(inner) = value.take() {
            items.push(inner);
        }
        items.reverse();
        value = Some(vm.ctx.new_tuple(items).into());
    }
    let value = value.unwrap_or_else(|| vm.ctx.none());
    let mut units: Vec<(Instruction, u8)> = Vec::new();
    let last = segments.len() - 1;
    for segment in &segments[..last] {
        unpack(&mut units, segment.len() + 1);
        units.push((Instruction::PushNull, 0));
        units.push((
            Instruction::Swap {
                i: rustpython_vm::bytecode::Arg::marker(),
            },
            2,
        ));
    }
    if stack.is_empty() {
        units.push((Instruction::PopTop, 0));
    } else if segments[last].is_empty() {
        // The last entry is a NULL: the tuple holding nothing more is popped.
        unpack(&mut units, 0);
    } else {
        unpack(&mut units, segments[last].len());
    }
    // Back to the instruction (the region follows the body): the jump counts from the
    // unit after it, and three EXTENDED_ARGs carry any distance. (This jump does not
    // poll for interrupts: nothing has run since the gate.)
    let jump_at = at + units.len() as u32 + 3;
    let delta = (jump_at + 1).saturating_sub(target);
    for shift in [24, 16, 8] {
        units.push((Instruction::ExtendedArg, (delta >> shift) as u8));
    }
    units.push((
        Instruction::JumpBackwardNoInterrupt {
            delta: rustpython_vm::bytecode::Arg::marker(),
        },
        delta as u8,
    ));
    (units, value)
}

/// Write `units` into `code` from unit `at`.
fn write_units(code: &CodeUnits, at: u32, units: &[(Instruction, u8)]) {
    for (i, (op, arg)) in units.iter().enumerate() {
        let index = at as usize + i;
        if index >= code.len() {
            return;
        }
        let unit = u16::from_ne_bytes([u8::from(*op), *arg]);
        // SAFETY: `index` is inside the trampoline region the prologue reserved (checked
        // against the region's length by the caller and against the code here), which
        // no frame is executing: the only frame that will run it is the one whose gate
        // is writing it, and it has not got there yet.
        unsafe { code.write_cache_u16(index, unit) };
    }
}

/// The callable the interpreter finds at a `CALL` it resumes at when compiled code had
/// called a function of its unit directly and that function handed its own frame over,
/// where the interpreter cannot call the function itself: a class's `__init__` on the
/// instance compiled code made, an operator's method, or any call under `sys.settrace`.
/// Calling it calls the function (with the arguments on the stack, as the `CALL` would),
/// and the function's gate, the first thing its frame runs, resumes it where compiled
/// code stopped ([`take_pending`]). So each compiled call on the way gets its own frame,
/// in order, and tracebacks and `sys._getframe` see the frames the interpreter would
/// have made. (A plain call needs none: the `CALL` finds the function, and the resume
/// is armed for its frame.)
#[pyclass(module = false, name = "pave_pending_call")]
#[derive(PyPayload)]
pub(crate) struct Pending {
    state: RefCell<Option<PendingResume>>,
}

/// What a [`Pending`] hands to the function's gate.
pub(crate) struct PendingResume {
    /// The function called.
    function: PyObjectRef,
    /// How the interpreter's instruction called it.
    callee: Callee,
    /// Its hand-over last, those of the functions it called directly before it.
    pub levels: Vec<Handover>,
    /// The unit they come from.
    pub unit: Rc<UnitFrames>,
}

/// How the instruction the interpreter resumes at called the function a [`Pending`]
/// goes on with.
pub(crate) enum Callee {
    /// A `CALL` of it.
    Call,
    /// A `CALL` of a class, whose `__init__` it is, running on this instance, which the
    /// call returns.
    Init(PyObjectRef),
    /// A binary operator, whose left operand's method it is: the left operand (the
    /// `Pending` took its place on the stack).
    Operator(crate::jit::ir::BinOp, PyObjectRef),
}

impl std::fmt::Debug for Pending {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Pending")
    }
}

/// A resume waiting for the callee's gate: what it resumes, and the frame calling it
/// (the callee's frame is the next one the interpreter pushes on it).
struct Armed {
    resume: PendingResume,
    caller: *const InterpreterFrame,
    /// Where the caller's `lasti` is while it makes the call (past the `CALL`, or past
    /// its cache entries once the interpreter has quickened it): a call the same frame
    /// makes elsewhere, after an exception came between the arming and the callee
    /// (a Stop), is not this one.
    lasti: std::ops::RangeInclusive<u32>,
}

thread_local! {
    /// The resume a call is making, until the callee's gate takes it.
    static PENDING: RefCell<Option<Armed>> = const { RefCell::new(None) };
    /// Whether [`PENDING`] holds one (checked by every gate call, so kept cheap).
    static ARMED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Arm `resume` for the next frame of its function that `caller` pushes, making its
/// prologue ask the gate (the function may have settled in tier 0 meanwhile).
fn arm(
    resume: PendingResume,
    caller: *const InterpreterFrame,
    lasti: std::ops::RangeInclusive<u32>,
    vm: &VirtualMachine,
) {
    super::dispatch::arm_prologue(&resume.function, vm);
    PENDING.with(|p| {
        *p.borrow_mut() = Some(Armed {
            resume,
            caller,
            lasti,
        })
    });
    ARMED.with(|a| a.set(true));
}

/// Where the `lasti` of a frame making the call at code unit `call` is while it does
/// ([`Armed::lasti`]).
fn making_call(call: u32) -> std::ops::RangeInclusive<u32> {
    let caches = Instruction::Call {
        argc: rustpython_vm::bytecode::Arg::marker(),
    }
    .cache_entries()
    .max(
        Instruction::CallKw {
            argc: rustpython_vm::bytecode::Arg::marker(),
        }
        .cache_entries(),
    ) as u32;
    call + 1..=call + 1 + caches
}

/// Forget a resume still armed: one a run left behind when an exception (a Stop's
/// `KeyboardInterrupt`) came between the arming and the callee's first instruction,
/// which a later frame at the same address calling the same function must not take.
/// Called as each run starts.
pub(crate) fn disarm() {
    ARMED.with(|a| a.set(false));
    let stale = PENDING.with(|p| p.borrow_mut().take());
    drop(stale);
}

/// The resume waiting for the function whose frame is running, if one is (called first
/// thing by each gate call): one armed for this function's code by the frame that
/// called this one (a trace function calling the function meanwhile is not it).
pub(crate) fn take_pending(vm: &VirtualMachine) -> Option<PendingResume> {
    if !ARMED.with(std::cell::Cell::get) {
        return None;
    }
    let live = rustpython_vm::frame::current_thread_iframe();
    if live.is_null() {
        return None;
    }
    // SAFETY: the thread's current frame, running (it called the gate).
    let live = unsafe { &*live };
    let ours = PENDING.with(|p| {
        p.borrow().as_ref().is_some_and(|armed| {
            std::ptr::eq(live.previous(), armed.caller)
                // SAFETY: the caller's frame is below the running one on this thread.
                && armed
                    .lasti
                    .contains(&unsafe { &*live.previous() }.get_lasti())
                && armed
                    .resume
                    .function
                    .get_attr("__code__", vm)
                    .is_ok_and(|c| c.is(live.code().as_object()))
        })
    });
    if !ours {
        return None;
    }
    ARMED.with(|a| a.set(false));
    PENDING.with(|p| p.borrow_mut().take().map(|armed| armed.resume))
}

#[pyclass(with(Callable, Representable, AsNumber))]
impl Pending {}

impl Pending {
    fn new_ref(
        function: PyObjectRef,
        callee: Callee,
        levels: Vec<Handover>,
        unit: Rc<UnitFrames>,
        vm: &VirtualMachine,
    ) -> PyObjectRef {
        Pending {
            state: RefCell::new(Some(PendingResume {
                function,
                callee,
                levels,
                unit,
            })),
        }
        .into_ref(&vm.ctx)
        .into()
    }

    /// Go on with the function, called with `args` (after the receiver or instance, if
    /// any): what the call, or the operator, gives.
    fn resume_call(zelf: &Py<Self>, args: FuncArgs, vm: &VirtualMachine) -> PyResult {
        let Some(pending) = zelf.state.borrow_mut().take() else {
            return Err(vm.new_runtime_error("pave: a resumed call was made twice"));
        };
        let function = pending.function.clone();
        let mut args = args;
        let (instance, operator) = match &pending.callee {
            Callee::Call => (None, None),
            Callee::Init(obj) => (Some(obj.clone()), None),
            Callee::Operator(bin, lhs) => (None, Some((*bin, lhs.clone()))),
        };
        if let Some(obj) = instance.as_ref().or(operator.as_ref().map(|(_, lhs)| lhs)) {
            args.prepend_arg(obj.clone());
        }
        let rhs = operator.as_ref().and_then(|_| args.args.get(1).cloned());
        // (The caller is making the call now: its `lasti` stays where it is.)
        let caller = rustpython_vm::frame::current_thread_iframe();
        // SAFETY: the thread's current frame, running (it called this).
        let lasti = unsafe { caller.as_ref() }.map_or(0, InterpreterFrame::get_lasti);
        arm(pending, caller, lasti..=lasti, vm);
        let result = function.call(args, vm);
        if ARMED.with(|a| a.replace(false)) {
            // The gate never took it: the function ran from its start, redoing what
            // compiled code had done (a bug, which the tests catch here).
            PENDING.with(|p| p.borrow_mut().take());
            debug_assert!(false, "a resumed callee ran from its start");
        }
        if let (Some((bin, lhs)), Some(rhs)) = (operator, rhs) {
            // The operator goes on as the interpreter's would after the method.
            let value = result?;
            if value.is(&vm.ctx.not_implemented) {
                return super::objects::reflected_op(bin, &lhs, &rhs, vm);
            }
            return Ok(value);
        }
        match instance {
            None => result,
            Some(obj) => {
                let returned = result?;
                if vm.is_none(&returned) {
                    Ok(obj)
                } else {
                    Err(vm.new_type_error(format!(
                        "__init__() should return None, not '{}'",
                        returned.class().name()
                    )))
                }
            }
        }
    }

    /// The operator applied to a `Pending` (always the left operand) and `b`.
    fn operand(a: &PyObject, b: &PyObject, vm: &VirtualMachine) -> PyResult {
        match a.downcast_ref::<Pending>() {
            Some(pending) => Pending::resume_call(pending, FuncArgs::from(vec![b.to_owned()]), vm),
            None => Ok(vm.ctx.not_implemented()),
        }
    }
}

impl Callable for Pending {
    type Args = FuncArgs;

    fn call(zelf: &Py<Self>, args: FuncArgs, vm: &VirtualMachine) -> PyResult {
        Pending::resume_call(zelf, args, vm)
    }
}

impl AsNumber for Pending {
    fn as_number() -> &'static PyNumberMethods {
        static AS_NUMBER: PyNumberMethods =
            super::objects::every_binary_slot(Pending::operand, |a, b, _, vm| {
                Pending::operand(a, b, vm)
            });
        &AS_NUMBER
    }
}

impl Representable for Pending {
    fn repr_str(_zelf: &Py<Self>, _vm: &VirtualMachine) -> PyResult<String> {
        Ok("<pave resumed call>".to_owned())
    }
}
