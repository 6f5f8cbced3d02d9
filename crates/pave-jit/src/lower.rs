//! Lower: decoded bytecode → IR, for a root function and every function it calls.
//!
//! The Python value stack is simulated at compile time: each stack entry is a [`Slot`],
//! either an IR variable or something known only to the compiler (a `NULL`, the `math`
//! module, a `range(...)` being iterated). Stack values that live across a block boundary
//! get one variable per (block, depth), assigned by every predecessor.
//!
//! Instructions tier 1 does not compile do not fail the function: the path that reaches
//! them ends in a [`Term::Bail`], so the call re-runs in the interpreter only when it
//! actually goes there. A function whose every path bails is [`CompileError::Unsupported`].
//! Per-family details live in `lower/`: `calls.rs` (globals, attributes, calls) and
//! `flow.rs` (stack shapes at block boundaries).

mod calls;
mod flow;

use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;

use crate::abi::{BailReason, BuildKind};
use crate::clock::Clock;
use crate::code::{CodeInfo, FunctionId, Globals};
use crate::decode::{self, BasicBlock, Insn, JumpWhen, Offset, Op};
use crate::error::{CompileError, CompileResult};
use crate::ir::{
    BinOp, Block, BlockId, CmpOp, FuncIdx, Function, Guard, Inst, ObjOp, ResumePoint, StackItem,
    Term, UnaryOp, Unit, Value, Var, VarInfo,
};
use crate::kinds::Kinds;
use rustpython_compiler_core::bytecode::oparg::BinaryOperator;

pub(crate) use calls::Callee;

/// Most functions one unit (one wasm module) holds.
pub const MAX_FUNCTIONS: usize = 24;
/// Most code units (bytecode instructions) of the functions a unit takes in besides its
/// root: compile time grows with them (about 7 µs per unit natively, loading the module
/// included), and a root called once that calls long functions (pyperformance's
/// regex_v8, whose `bench_regex_v8` calls twelve blocks of 1,000 units each) would
/// otherwise cost 90 ms to compile before its first iteration. A callee past the limit is
/// called through the host, and compiles on its own when it gets hot.
pub const MAX_UNIT_CODE_UNITS: usize = 4_000;
/// Most basic blocks of one function tier 1 compiles: the passes after lowering cost
/// more than linear time and memory in the blocks, so a longer function (thousands of
/// `if`s, usually generated code) stays in tier 0 with this reason instead.
pub const MAX_BLOCKS: usize = 2_000;

/// Lower `root` and, transitively, the functions it calls (with side effects and calls
/// of Python objects as `options` allow); with the time spent decoding and the code
/// units of all the unit's functions.
pub fn lower_unit<'g>(
    root: FunctionId,
    code: Rc<CodeInfo>,
    globals: &'g dyn Globals,
    clock: &'g dyn Clock,
    options: &crate::CompileOptions,
    operator_sites: Option<&'g BTreeSet<(FunctionId, u32)>>,
) -> CompileResult<(Unit, f64, usize)> {
    // Only the root is entered from the host, through the fixed argument slots.
    if code.param_slots as usize > crate::abi::MAX_ARGS {
        return Err(CompileError::unsupported(
            format!("function {}", code.name),
            format!(
                "more than {} parameters (called from the interpreter)",
                crate::abi::MAX_ARGS
            ),
            code.first_line,
        ));
    }
    // A callee that cannot be lowered is called through the host instead (when the
    // unit may call Python objects), which needs the unit lowered again without it.
    let mut indirect: BTreeSet<FunctionId> = BTreeSet::new();
    // Globals a function of the unit stores (`global n; n = …`): the unit lowers again
    // loading them when the code runs if it had taken one as a constant (a number, a
    // function, an object guarded on entry), which a store in the same call would leave
    // stale.
    let mut volatile: BTreeSet<String> = BTreeSet::new();
    let mut decode_ms = 0.0;
    let (mut unit, failed) = loop {
        let mut unit = UnitBuilder {
            max_object_units: options.max_object_units,
            root_units: code.code.len() / 2,
            on_objects: false,
            mixed_returns: false,
            exceeded: None,
            globals,
            clock,
            decode_ms: 0.0,
            funcs: Vec::new(),
            by_id: HashMap::new(),
            queue: Vec::new(),
            callee_units: 0,
            guards: BTreeSet::new(),
            object_calls: options.object_calls && !options.frameless,
            effects: !options.frameless,
            fuse: !options.no_fusion,
            direct_methods: options.object_calls
                && !options.frameless
                && !options.no_direct_methods,
            indirect: indirect.clone(),
            operator_sites,
            volatile: volatile.clone(),
            stored: BTreeSet::new(),
        };
        unit.request(root, code.clone())?;
        let mut failed: HashMap<FuncIdx, CompileError> = HashMap::new();
        while let Some((index, id, code)) = unit.queue.pop() {
            match lower_function(&mut unit, id, &code) {
                // A callee that can only bail is as good as not compiled.
                Ok(func) if index.0 != 0 && !reaches_return(&func) => {
                    failed.insert(index, every_path_bails(&func));
                }
                Ok(func) => unit.funcs[index.index()] = Some(func),
                Err(e) if index.0 == 0 => return Err(e),
                Err(e @ CompileError::Unsupported { .. }) => {
                    failed.insert(index, e);
                }
                Err(e) => return Err(e),
            }
        }
        if let Some(e) = unit.budget_exceeded() {
            return Err(e);
        }
        decode_ms += unit.decode_ms;
        let guarded = |name: &String| {
            unit.guards
                .iter()
                .any(|g| matches!(g, Guard::Global { name: n, .. } if n == name))
        };
        let newly: Vec<String> = unit
            .stored
            .iter()
            .filter(|name| !volatile.contains(*name) && guarded(name))
            .cloned()
            .collect();
        if !newly.is_empty() {
            volatile.extend(newly);
            continue;
        }
        let ids: Vec<FunctionId> = unit
            .by_id
            .iter()
            .filter(|(_, index)| failed.contains_key(index))
            .map(|(id, _)| *id)
            .collect();
        if failed.is_empty() || !unit.object_calls || ids.iter().all(|id| indirect.contains(id)) {
            break (unit, failed);
        }
        indirect.extend(ids);
    };
    unit.decode_ms = decode_ms;
    let code_units = code.code.len() / 2 + unit.callee_units;
    let mut funcs: Vec<Function> = Vec::with_capacity(unit.funcs.len());
    for (i, func) in unit.funcs.into_iter().enumerate() {
        match func {
            Some(func) => funcs.push(func),
            None if failed.contains_key(&FuncIdx(i as u32)) => funcs.push(placeholder()),
            None => {
                return Err(CompileError::internal(
                    "a requested function was not lowered",
                ))
            }
        }
    }
    if !failed.is_empty() {
        for func in &mut funcs {
            cut_calls(func, |callee, _| failed.get(&callee).map(stays_in_tier_0));
        }
    }
    if !reaches_return(&funcs[0]) {
        return Err(every_path_bails(&funcs[0]));
    }
    Ok((
        Unit {
            funcs,
            guards: unit.guards,
        },
        unit.decode_ms,
        code_units,
    ))
}

/// Drop a function's resume points unless it works on objects (or `everywhere`), and
/// make sure every change is resumable. A bail from numeric code re-runs the call in
/// tier 0, which is exact (compiled code has no side effects) and cheap next to what the
/// hand-over code costs to compile (about 15% more instructions for a mandelbrot
/// kernel, measured with callgrind). Object code bails more often, mid-loop, and will
/// need resuming for its stores.
///
/// A function that keeps points hands its frame over when it bails, callees included
/// (the host resumes each in a frame of its own, `python/resume.rs`), so its callers
/// keep points too, and each direct call of it needs one (or the path stops before
/// the call). A callee whose changes could not all be resumed is not called directly
/// (its call sites bail); for the root that is an error.
pub fn keep_points(unit: &mut Unit, arg_kinds: &[Kinds], everywhere: bool) -> CompileResult<()> {
    let n = unit.funcs.len();
    let on_objects = |i: usize, f: &Function| {
        (i == 0
            && arg_kinds
                .iter()
                .any(|k| k.contains(crate::kinds::Kind::Object)))
            || f.any_object_op(|_| true)
    };
    let mut keep: Vec<bool> = unit
        .funcs
        .iter()
        .enumerate()
        .map(|(i, f)| !f.points.is_empty() && (everywhere || on_objects(i, f)))
        .collect();
    // Callers of functions that hand over hand over too.
    loop {
        let mut changed = false;
        for (i, f) in unit.funcs.iter().enumerate() {
            if keep[i] || f.points.is_empty() {
                continue;
            }
            if calls(f).any(|c| keep[c.index()]) {
                keep[i] = true;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    for (i, func) in unit.funcs.iter_mut().enumerate() {
        if !keep[i] {
            func.points.clear();
            for block in &mut func.blocks {
                block.points.clear();
                block.term_point = None;
            }
        }
    }
    let mut failed: Vec<Option<String>> = vec![None; n];
    loop {
        for func in &mut unit.funcs {
            cut_calls(func, |callee, point| {
                if let Some(why) = &failed[callee.index()] {
                    return Some(format!("calls a function that stays in tier 0: {why}"));
                }
                (keep[callee.index()] && point.is_none())
                    .then(|| "a call tier 1 could not hand to the interpreter mid-way".to_owned())
            });
        }
        let mut changed = false;
        for (i, func) in unit.funcs.iter().enumerate() {
            if failed[i].is_some() {
                continue;
            }
            if let Err(e) = resumable_after_stores(func, &keep) {
                if i == 0 {
                    return Err(e);
                }
                failed[i] = Some(e.to_string());
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    if !reaches_return(&unit.funcs[0]) {
        return Err(every_path_bails(&unit.funcs[0]));
    }
    Ok(())
}

/// The unit functions `func` calls.
fn calls(func: &Function) -> impl Iterator<Item = FuncIdx> + '_ {
    func.blocks.iter().flat_map(|b| {
        b.insts.iter().filter_map(|i| match i {
            Inst::Call { callee, .. } => Some(*callee),
            _ => None,
        })
    })
}

/// Cut every block at its first call that `cut(callee, point)` gives a reason for: the
/// path bails there instead (resuming at the call's point, if it has one).
fn cut_calls(func: &mut Function, cut: impl Fn(FuncIdx, Option<u32>) -> Option<String>) {
    let mut any = false;
    for block in &mut func.blocks {
        let found = block
            .insts
            .iter()
            .enumerate()
            .find_map(|(at, inst)| match inst {
                Inst::Call { callee, .. } => cut(*callee, block.point(at)).map(|why| (at, why)),
                _ => None,
            });
        if let Some((at, detail)) = found {
            // The bail resumes at the call's own point (or, without one, re-runs the
            // call in tier 0), never at the point the block's old end had.
            block.term_point = block.points.get(at).copied().flatten();
            block.insts.truncate(at);
            block.points.truncate(at);
            block.term = Term::Bail {
                reason: BailReason::Unsupported,
                detail,
                line: block.line,
            };
            any = true;
        }
    }
    if any {
        drop_unreachable(func);
    }
}

/// Remove the blocks no path reaches any more (after a cut), renumbering the rest: the
/// later passes expect every block reachable, and its variables assigned on the way.
fn drop_unreachable(func: &mut Function) {
    let mut seen = vec![false; func.blocks.len()];
    let mut work = vec![BlockId(0)];
    while let Some(b) = work.pop() {
        if !std::mem::replace(&mut seen[b.index()], true) {
            work.extend(func.block(b).term.successors());
        }
    }
    if seen.iter().all(|s| *s) {
        return;
    }
    let blocks = std::mem::take(&mut func.blocks)
        .into_iter()
        .zip(seen)
        .map(|(b, s)| s.then_some(b))
        .collect();
    // Every edge left is between reachable blocks, so compacting cannot fail.
    if let Ok((blocks, _)) = flow::compact(blocks) {
        func.blocks = blocks;
    }
}

/// A root that changes objects (a store, a call of Python code) can never re-run a call
/// once it has: everything that may bail out after such a change must have a resume
/// point, or the root is not compiled. (Before any change, a bail-out re-runs the call
/// in the interpreter, which is exact.)
fn resumable_after_stores(root: &Function, hands_over: &[bool]) -> CompileResult<()> {
    match unresumable_after(root, |_, _, i| changes_objects(i, hands_over)) {
        Some(line) => Err(CompileError::unsupported(
            "a store to an object",
            "code after it tier 1 could not hand to the interpreter mid-way",
            line,
        )),
        None => Ok(()),
    }
}

/// Does `inst` change an object (or call a function that hands its frame over)?
fn changes_objects(inst: &Inst, hands_over: &[bool]) -> bool {
    match inst {
        Inst::Object { op, .. } => op.has_side_effect(),
        Inst::Call { callee, .. } => hands_over[callee.index()],
        _ => false,
    }
}

/// Which operators of `func` on values that may be objects (`Inst::Binary`,
/// `Inst::Compare`, subscripts and stores to them, per block and instruction) may run
/// Python code in the host (a class's `__add__`, `__eq__` or `__getitem__`,
/// `list += …`): in a function that keeps its resume
/// points, those that have one, provided every instruction that may bail after one of
/// them has a point too (as after a store, the call can only be resumed from then on).
/// Otherwise none may, and they bail where Python code would run. After `infer` (the
/// operands' kinds decide); `hands_over[i]`: function `i` of the unit keeps points.
///
/// Attribute loads and stores (a property, `__getattr__`, `__setattr__`) may too, in a
/// function whose loads `forward` did not compile away, where the same condition holds
/// with them counted as well (else only the operators may).
pub fn general_operators(func: &Function, hands_over: &[bool]) -> Vec<Vec<bool>> {
    let operators = general_marks(func, hands_over, false);
    if func.forwarded || func.points.is_empty() {
        return operators;
    }
    let with_attributes = general_marks(func, hands_over, true);
    if with_attributes.iter().flatten().any(|m| *m) {
        with_attributes
    } else {
        operators
    }
}

/// Is `op` an attribute load or store, which may run a property or `__getattr__`?
pub fn attribute_op(op: &ObjOp) -> bool {
    matches!(
        op,
        ObjOp::GetAttr(_)
            | ObjOp::GetAttrNum(_)
            | ObjOp::GetAttrAny(_)
            | ObjOp::GetMethod(_)
            | ObjOp::SetAttr(..)
    )
}

/// [`general_operators`]' marks, attribute operations counted if `attributes`.
fn general_marks(func: &Function, hands_over: &[bool], attributes: bool) -> Vec<Vec<bool>> {
    let none: Vec<Vec<bool>> = func
        .blocks
        .iter()
        .map(|b| vec![false; b.insts.len()])
        .collect();
    if func.points.is_empty() {
        return none;
    }
    let on_objects = |v: &crate::ir::Var| func.kinds(*v).contains(crate::kinds::Kind::Object);
    let marks: Vec<Vec<bool>> = func
        .blocks
        .iter()
        .map(|b| {
            b.insts
                .iter()
                .enumerate()
                .map(|(i, inst)| match inst {
                    Inst::Binary { lhs, rhs, .. } | Inst::Compare { lhs, rhs, .. } => {
                        b.point(i).is_some() && (on_objects(lhs) || on_objects(rhs))
                    }
                    // A subscript (or a store to one) of an object: a class's
                    // `__getitem__`, `__setitem__`.
                    Inst::Object {
                        op:
                            ObjOp::GetItem
                            | ObjOp::GetItemNum
                            | ObjOp::GetSlice
                            | ObjOp::SetItem
                            | ObjOp::SetSlice
                            | ObjOp::DelItem,
                        ..
                    } => b.point(i).is_some(),
                    Inst::Object { op, .. } if attributes && attribute_op(op) => {
                        b.point(i).is_some()
                    }
                    _ => false,
                })
                .collect()
        })
        .collect();
    if !marks.iter().flatten().any(|m| *m) {
        return none;
    }
    let effect = |b: usize, i: usize, inst: &Inst| marks[b][i] || changes_objects(inst, hands_over);
    match unresumable_after(func, effect) {
        None => marks,
        Some(_) => none,
    }
}

/// The line of the first change in `root` (what `effect(block, index, inst)` picks)
/// after which something may bail with no resume point; `None` if there is none.
fn unresumable_after(root: &Function, effect: impl Fn(usize, usize, &Inst) -> bool) -> Option<u32> {
    // The first change in each block, and every block reachable after one.
    let first: Vec<Option<usize>> = root
        .blocks
        .iter()
        .enumerate()
        .map(|(b, block)| {
            block
                .insts
                .iter()
                .enumerate()
                .position(|(i, inst)| effect(b, i, inst))
        })
        .collect();
    let line = root
        .blocks
        .iter()
        .zip(&first)
        .find_map(|(b, f)| f.map(|_| b.line))?;
    let mut after = vec![false; root.blocks.len()];
    let mut work: Vec<BlockId> = root
        .blocks
        .iter()
        .zip(&first)
        .filter(|(_, f)| f.is_some())
        .flat_map(|(b, _)| b.term.successors())
        .collect();
    while let Some(b) = work.pop() {
        if !std::mem::replace(&mut after[b.index()], true) {
            work.extend(root.blocks[b.index()].term.successors());
        }
    }
    let refuse = || Some(line);
    for (b, block) in root.blocks.iter().enumerate() {
        let from = match (after[b], first[b]) {
            (true, _) => 0,
            (false, Some(f)) => f + 1,
            (false, None) => continue,
        };
        for (i, inst) in block.insts.iter().enumerate().skip(from) {
            let may_bail = !matches!(
                inst,
                Inst::Const { .. } | Inst::Global { .. } | Inst::Copy { .. }
            );
            if may_bail && block.point(i).is_none() {
                return refuse();
            }
        }
        let term_bails = matches!(block.term, Term::Bail { .. } | Term::ForIter { .. });
        if term_bails && block.term_point.is_none() {
            return refuse();
        }
    }
    None
}

/// Where a binary operator (not an augmented one) of `unit`, lowered without direct
/// operator calls and inferred, may have an object on its left and a method of the
/// unit's classes named for it (`Globals::method`): the function and code unit of
/// each, where lowering the unit again may call that method straight into its compiled
/// code ([`ObjOp::CheckOperator`]). Also where a builtin that takes more than numbers
/// (`int`, `float`, `min`, `max`) may be given an object ([`takes_objects`]): lowered
/// again, the host calls it there. `offsets` are the code units of each function's
/// instructions, per block (taken before `keep_points` dropped the points they come
/// from: [`instruction_offsets`]).
pub fn object_operators(
    unit: &Unit,
    offsets: &[Vec<Vec<Option<u32>>>],
    globals: &dyn Globals,
) -> BTreeSet<(FunctionId, u32)> {
    let mut found = BTreeSet::new();
    let mut has_method: HashMap<i32, bool> = HashMap::new();
    for (func, offsets) in unit.funcs.iter().zip(offsets) {
        // Loads that are objects only where a number was not there
        // (`ObjOp::GetAttrAny`): the operator stays one on numbers first.
        let mostly_numbers: BTreeSet<Var> = func
            .blocks
            .iter()
            .flat_map(|b| &b.insts)
            .filter_map(|i| match i {
                Inst::Object {
                    dst,
                    op: ObjOp::GetAttrAny(_),
                    ..
                } => Some(*dst),
                _ => None,
            })
            .collect();
        for (block, offsets) in func.blocks.iter().zip(offsets) {
            for (inst, offset) in block.insts.iter().zip(offsets) {
                let Some(offset) = offset else { continue };
                if takes_objects(func, inst) {
                    found.insert((func.id, *offset));
                    continue;
                }
                let Inst::Binary {
                    op,
                    lhs,
                    inplace: false,
                    ..
                } = inst
                else {
                    continue;
                };
                if !func.kinds(*lhs).contains(crate::kinds::Kind::Object)
                    || mostly_numbers.contains(lhs)
                {
                    continue;
                }
                let method = *has_method
                    .entry(op.code())
                    .or_insert_with(|| globals.method(op.dunders().0).is_some());
                if method {
                    found.insert((func.id, *offset));
                }
            }
        }
    }
    found
}

/// Is `inst` `int(x)`, `float(x)`, `min(…)` or `max(…)` with an argument that is only
/// ever an object (an item of a list, a slice of a string)? Compiled inline, a string
/// there (`int(tile)`, hexiom's `read_file`) bails. One that may also be a number
/// (`int(r * 255)`, `r` a parameter of unknown kind) stays inline: numbers are likelier.
fn takes_objects(func: &Function, inst: &Inst) -> bool {
    matches!(
        inst,
        Inst::Intrinsic {
            func: crate::ir::Intrinsic::Builtin(b),
            ..
        } if b.takes_non_numbers()
    ) && inst
        .uses()
        .iter()
        .any(|a| func.kinds(*a) == crate::kinds::Kinds::OBJECT)
}

/// The code unit of each instruction of each function of `unit`, per block (from its
/// resume point, where it has one).
pub fn instruction_offsets(unit: &Unit) -> Vec<Vec<Vec<Option<u32>>>> {
    unit.funcs
        .iter()
        .map(|func| {
            func.blocks
                .iter()
                .map(|block| {
                    (0..block.insts.len())
                        .map(|i| {
                            block
                                .point(i)
                                .and_then(|p| func.points.get(p as usize))
                                .map(|p| p.offset)
                        })
                        .collect()
                })
                .collect()
        })
        .collect()
}

/// Stands in for a function that could not be lowered; never called (its call sites bail).
fn placeholder() -> Function {
    Function {
        name: "<not compiled>".to_owned(),
        id: FunctionId(0),
        params: Vec::new(),
        vars: Vec::new(),
        blocks: vec![Block {
            insts: Vec::new(),
            term: Term::Bail {
                reason: BailReason::Unsupported,
                detail: "not compiled".to_owned(),
                line: 0,
            },
            line: 0,
            ops: 0,
            points: Vec::new(),
            term_point: None,
        }],
        ret: Kinds::NEVER,
        tuple_ret: None,
        locals: 0,
        cells: Vec::new(),
        points: Vec::new(),
        forwarded: false,
    }
}

/// Can the function do anything but bail out: return, or loop (forever, until Stop)?
/// Can a call of `func` get anywhere without bailing out: reach a `return` or run a loop
/// (a function that only loops still compiles, so that Stop reaches it)? A `for` loop
/// whose every iteration bails counts as bailing: only a run that skips the loop would
/// finish, and compiling for that is wasted (it would compile, bail on the first
/// iteration and run again in tier 0).
fn reaches_return(func: &Function) -> bool {
    let mut seen = vec![false; func.blocks.len()];
    let mut stack = vec![BlockId(0)];
    while let Some(b) = stack.pop() {
        if std::mem::replace(&mut seen[b.index()], true) {
            continue;
        }
        let block = func.block(b);
        if matches!(block.term, Term::Return(_) | Term::ReturnTuple(_)) {
            return true;
        }
        if let Term::ForRange { body, exit, .. } | Term::ForIter { body, exit, .. } = block.term {
            if !iteration_completes(func, body, exit) {
                continue;
            }
        }
        for s in block.term.successors() {
            // Blocks are in code order, so an edge to an earlier block is a loop.
            if s <= b {
                return true;
            }
            stack.push(s);
        }
    }
    false
}

/// Can one iteration of a `for` loop whose body starts at `body` finish: go round again,
/// leave the loop (at `exit` or beyond: `break`) or return? A loop nested in it whose own
/// iterations cannot finish counts as bailing too (it would, unless it had nothing to
/// iterate over).
fn iteration_completes(func: &Function, body: BlockId, exit: BlockId) -> bool {
    let mut seen = vec![false; func.blocks.len()];
    let mut stack = vec![body];
    while let Some(b) = stack.pop() {
        if b >= exit {
            return true;
        }
        if std::mem::replace(&mut seen[b.index()], true) {
            continue;
        }
        let block = func.block(b);
        if matches!(block.term, Term::Return(_) | Term::ReturnTuple(_)) {
            return true;
        }
        if let Term::ForRange {
            body: inner,
            exit: out,
            ..
        }
        | Term::ForIter {
            body: inner,
            exit: out,
            ..
        } = block.term
        {
            if inner > b {
                // An inner loop: its iterations must finish, and then this one goes on
                // from its exit (its own back edge is not this loop's).
                if iteration_completes(func, inner, out) {
                    stack.push(out);
                }
                continue;
            }
        }
        for s in block.term.successors() {
            if s <= b {
                return true;
            }
            stack.push(s);
        }
    }
    false
}

/// Why a call of a function that stays in tier 0 ends the compiled path, in words: its
/// own reason, without repeating "every path…" for the caller's message to say again.
fn stays_in_tier_0(e: &CompileError) -> String {
    match e {
        CompileError::Unsupported { what, why, line } if why == EVERY_PATH => {
            format!("calls a function that stays in tier 0 ({what}, line {line}, on every path)")
        }
        other => format!("calls a function that stays in tier 0 ({other})"),
    }
}

/// What [`every_path_bails`] says.
const EVERY_PATH: &str = "every path through the function reaches it";

fn every_path_bails(func: &Function) -> CompileError {
    let first = func
        .blocks
        .iter()
        .find_map(|b| match &b.term {
            Term::Bail { detail, line, .. } => Some((detail.clone(), *line)),
            _ => None,
        })
        .unwrap_or_else(|| ("a loop without an exit".to_owned(), 0));
    CompileError::unsupported(first.0, EVERY_PATH, first.1)
}

/// The functions of the unit being built, and what they assume about globals.
pub(crate) struct UnitBuilder<'g> {
    /// [`crate::CompileOptions::max_object_units`].
    max_object_units: Option<usize>,
    /// Code units of the root.
    root_units: usize,
    /// Whether any function lowered so far does something to an object.
    on_objects: bool,
    /// The function just lowered returns both tuples and single values
    /// ([`lower_function`] lowers it again).
    mixed_returns: bool,
    /// The code units a callee refused for the budget would have brought the unit to.
    exceeded: Option<usize>,
    globals: &'g dyn Globals,
    clock: &'g dyn Clock,
    /// Time spent decoding bytecode, in milliseconds (part of lowering's time).
    decode_ms: f64,
    funcs: Vec<Option<Function>>,
    by_id: HashMap<FunctionId, FuncIdx>,
    queue: Vec<(FuncIdx, FunctionId, Rc<CodeInfo>)>,
    /// Code units of the functions requested so far, the root's excluded.
    callee_units: usize,
    guards: BTreeSet<Guard>,
    /// Whether a root may call Python objects through the host.
    object_calls: bool,
    /// Whether a root may store into objects (it can resume mid-way).
    effects: bool,
    /// Whether loads read only by arithmetic are unboxed by the host (`fuse_unboxing`).
    fuse: bool,
    /// Whether `obj.m(...)` may call the one method named `m` straight into its
    /// compiled code (`Globals::method`), behind a check of `obj`'s class.
    direct_methods: bool,
    /// Functions tier 1 could not lower, called through the host instead.
    indirect: BTreeSet<FunctionId>,
    /// Binary operators (function and code unit) to call a class's method directly at:
    /// those whose left operand may be an object ([`object_operators`]); none in the
    /// first lowering.
    operator_sites: Option<&'g BTreeSet<(FunctionId, u32)>>,
    /// Globals loaded when the code runs, never as constants: the unit stores them.
    pub(crate) volatile: BTreeSet<String>,
    /// Globals the unit's functions store (`STORE_GLOBAL`).
    stored: BTreeSet<String>,
}

impl UnitBuilder<'_> {
    /// Can function `id` (with `code`) join the unit without passing
    /// [`MAX_UNIT_CODE_UNITS`] (the root always can; one already in, too)?
    fn has_room_for(&self, id: FunctionId, code: &CodeInfo) -> bool {
        self.funcs.is_empty()
            || self.by_id.contains_key(&id)
            || self.callee_units + code.code.len() / 2 <= MAX_UNIT_CODE_UNITS
    }

    /// Would `more` code units of callees take a unit on objects past the budget
    /// ([`crate::CompileOptions::max_object_units`])? Asked as callees join, so that an
    /// unaffordable unit stops lowering early (lowering 4,000 units of callees only to
    /// learn that cost pyperformance's hexiom a fifth of its run).
    /// A callee refused so is called through the host meanwhile; lowering ends with
    /// [`CompileError::OverBudget`] all the same ([`UnitBuilder::budget_exceeded`]).
    fn over_budget(&mut self, more: usize) -> CompileResult<()> {
        let units = self.root_units + self.callee_units + more;
        match self.max_object_units {
            Some(max) if units > max && self.on_objects => {
                self.exceeded = Some(units);
                Err(CompileError::OverBudget { units, max })
            }
            _ => Ok(()),
        }
    }

    /// The error to end lowering with, if the unit went past the budget.
    fn budget_exceeded(&self) -> Option<CompileError> {
        let max = self.max_object_units?;
        let units = self.root_units + self.callee_units;
        match self.exceeded {
            Some(units) => Some(CompileError::OverBudget { units, max }),
            None if units > max && self.on_objects => Some(CompileError::OverBudget { units, max }),
            None => None,
        }
    }

    /// The unit's index for function `id`, queueing it for lowering the first time.
    fn request(&mut self, id: FunctionId, code: Rc<CodeInfo>) -> CompileResult<FuncIdx> {
        if let Some(index) = self.by_id.get(&id) {
            return Ok(*index);
        }
        if self.funcs.len() >= MAX_FUNCTIONS {
            return Err(CompileError::unsupported(
                format!("call to {}", code.name),
                format!("a compiled unit holds at most {MAX_FUNCTIONS} functions"),
                code.first_line,
            ));
        }
        if !self.has_room_for(id, &code) {
            return Err(CompileError::unsupported(
                format!("call to {}", code.name),
                format!(
                    "a compiled unit takes in at most {MAX_UNIT_CODE_UNITS} code units of callees"
                ),
                code.first_line,
            ));
        }
        if !self.funcs.is_empty() && code.has_cells {
            return Err(CompileError::unsupported(
                format!("call to {}", code.name),
                "its cell variables live in its own frame: it is called through the host",
                code.first_line,
            ));
        }
        if !self.funcs.is_empty() && code.binds_arguments {
            return Err(CompileError::unsupported(
                format!("call to {}", code.name),
                "the interpreter binds its *args, **kwargs or keyword-only arguments: it is called through the host",
                code.first_line,
            ));
        }
        if !self.funcs.is_empty() {
            self.over_budget(code.code.len() / 2)?;
            self.callee_units += code.code.len() / 2;
        }
        let index = FuncIdx(self.funcs.len() as u32);
        self.funcs.push(None);
        self.by_id.insert(id, index);
        self.queue.push((index, id, code));
        Ok(index)
    }
}

/// A compile-time stack entry.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Slot {
    /// A value in a variable.
    Val(Var),
    /// CPython's `NULL` marker (no `self` for a call).
    Null,
    /// Something callable the compiler knows, and the global name it was loaded by.
    Callee(Callee, Option<String>),
    /// The `math` module.
    MathModule,
    /// The result of `range(args…)`, waiting for `GET_ITER`.
    RangeArgs(Vec<Var>),
    /// A `range` iterator, or an iterator over a tuple of `pick` (then `cur` counts the
    /// positions `0..stop` by 1).
    RangeIter {
        cur: Var,
        stop: Var,
        step: Var,
        pick: Vec<Var>,
    },
    /// An iterator object in a variable of its own, the same in every block of its loop
    /// (no copies at block boundaries, unlike a plain value).
    ObjIter(Var),
    /// A tuple known at compile time (built only to be unpacked: `a, b, c = x, y, z`).
    Tuple(Vec<Slot>),
    /// The tuple constant `co_consts[n]` (`x in (1, 2)`, `CALL_KW`'s names): as a value,
    /// that very object, one of the module's constant handles; its items are loaded
    /// only where they are used one by one ([`FnLower::expanded`]).
    ConstTuple(u32),
    /// A value tier 1 cannot hold (a string, a list…), described for the bail message.
    Opaque(String),
    /// The code object `co_consts[n]`, for `MAKE_FUNCTION`.
    Code(u32),
    /// What `LOAD_FAST_AND_CLEAR` saved of Python local `local`, held in `outer` (the
    /// variable that stood for the local), while a comprehension's own variable of that
    /// name is `inner`: until the `STORE_FAST` that puts the saved value back, the
    /// local is `inner` ([`FnLower::local`]), and `outer` keeps its value untouched.
    Saved { local: u32, outer: Var, inner: Var },
    /// What `LOAD_ATTR` of a method leaves above the callable `callable`: `obj`, or `NULL`
    /// if the lookup found no method of the class (the host knows which).
    SelfOf { callable: Var, obj: Var },
    /// What `LOAD_ATTR` of method `name` of `obj` left, not looked up yet: the `CALL`
    /// makes lookup and call one host call ([`ObjOp::CallMethod`]). Any instruction
    /// before it but a load of a local or a constant looks it up first
    /// ([`FnLower::look_up_methods`]); until then the loads' resume point is the
    /// `LOAD_ATTR`'s, `point`.
    LazyMethod { name: String, obj: Var, point: u32 },
    /// What `LOAD_ATTR` left above a [`Slot::LazyMethod`].
    LazySelf,
    /// What `LOAD_ATTR` of method `name` of `obj` left where `obj` is surely of a
    /// builtin type that has such a method (a `list` the function built: `out = []`),
    /// not looked up yet: what it finds cannot change, so the `CALL` makes lookup and
    /// call one host call ([`ObjOp::CallMethod`]) whatever runs before it, and a resume
    /// point before it has the host look it up ([`StackItem::MethodOf`]).
    BuiltinMethod { name: String, obj: Var },
    /// What `LOAD_ATTR` left above a [`Slot::BuiltinMethod`]: `obj`.
    BuiltinSelf(Var),
    /// What `LOAD_ATTR` of method `name` left below `obj` (the next slot) when the one
    /// function of that name (`Globals::method`) is what it found, as checked
    /// (`ObjOp::CheckMethod`): a call of it goes straight into its compiled code.
    Method {
        /// Always a `Callee::Function`.
        callee: Callee,
        name: String,
        obj: Var,
    },
}

/// The state of lowering one function.
pub(crate) struct FnLower<'u, 'g> {
    unit: &'u mut UnitBuilder<'g>,
    code: &'u CodeInfo,
    id: FunctionId,
    is_root: bool,
    /// Whether a bail-out can hand this function's frame to the interpreter mid-way
    /// (it has resume points): the root, and with calls through the host, every
    /// function whose code the host can resume. Only such a function changes objects
    /// or calls Python code.
    resumable: bool,
    insns: Vec<Insn>,
    blocks: Vec<BasicBlock>,
    block_at: HashMap<Offset, usize>,
    ir: Vec<Option<Block>>,
    entry: Vec<Option<Vec<Slot>>>,
    vars: Vec<VarInfo>,
    locals: Vec<Var>,
    work: Vec<usize>,
    // Per block being lowered:
    stack: Vec<Slot>,
    insts: Vec<Inst>,
    line: u32,
    /// Resume points (root only), and per instruction of the block being lowered the
    /// point it resumes at.
    points: Vec<ResumePoint>,
    inst_points: Vec<Option<u32>>,
    /// The point of the bytecode instruction being lowered, if its stack can be rebuilt.
    point: Option<u32>,
    /// The index in `insns` of the instruction being lowered.
    index: usize,
    /// The earliest point in this block whose stack could be rebuilt after the last
    /// change to an object, and how many IR instructions the block had then: a path that
    /// reaches code tier 1 does not compile resumes there, and the (pure) instructions
    /// after it are dropped.
    clean: Option<(u32, usize)>,
    /// The frame slots `MAKE_CELL` made cells of ([`Function::cells`]).
    cells: Vec<u32>,
    /// Whether a root may return a tuple as its items ([`Term::ReturnTuple`]); off
    /// when some path returns a single value (`return (0, 0, 0)` on one path and
    /// `return s.colour(…)` on another): every path then returns an object.
    tuple_returns: bool,
}

/// Lower function `id` (with `code`) into `unit`; a root that returns both tuples and
/// single values is lowered again returning every tuple as an object.
fn lower_function(
    unit: &mut UnitBuilder<'_>,
    id: FunctionId,
    code: &CodeInfo,
) -> CompileResult<Function> {
    match FnLower::new(unit, id, code).and_then(FnLower::run) {
        Err(_) if std::mem::take(&mut unit.mixed_returns) => {
            let mut again = FnLower::new(unit, id, code)?;
            again.tuple_returns = false;
            again.run()
        }
        other => other,
    }
}

impl<'u, 'g> FnLower<'u, 'g> {
    fn new(
        unit: &'u mut UnitBuilder<'g>,
        id: FunctionId,
        code: &'u CodeInfo,
    ) -> CompileResult<Self> {
        if let Some(problem) = &code.shape_problem {
            return Err(CompileError::unsupported(
                format!("function {}", code.name),
                problem.clone(),
                code.first_line,
            ));
        }
        let start = unit.clock.now_ms();
        let insns = decode::decode(&code.code)?;
        let blocks = decode::blocks(&insns)?;
        unit.decode_ms += unit.clock.now_ms() - start;
        if blocks.len() > MAX_BLOCKS {
            return Err(CompileError::unsupported(
                format!("function {}", code.name),
                format!(
                    "it is too long for tier 1 ({} basic blocks; the limit is {MAX_BLOCKS})",
                    blocks.len()
                ),
                code.first_line,
            ));
        }
        let block_at = blocks
            .iter()
            .enumerate()
            .map(|(i, b)| (b.start, i))
            .collect();
        let n = blocks.len();
        let is_root = unit.funcs.len() == 1 || unit.by_id.get(&id) == Some(&FuncIdx(0));
        let mut lower = FnLower {
            is_root,
            resumable: is_root || (unit.object_calls && code.resumable),
            unit,
            code,
            id,
            insns,
            blocks,
            block_at,
            ir: vec![None; n],
            entry: vec![None; n],
            vars: Vec::new(),
            locals: Vec::new(),
            work: Vec::new(),
            stack: Vec::new(),
            insts: Vec::new(),
            line: code.first_line,
            points: Vec::new(),
            inst_points: Vec::new(),
            point: None,
            index: 0,
            clean: None,
            cells: Vec::new(),
            tuple_returns: true,
        };
        // The frame's slots: its locals, then its cell variables that are not locals,
        // then its free variables.
        for name in code
            .varnames
            .iter()
            .chain(&code.cellvars)
            .chain(&code.freevars)
        {
            let var = lower.new_var(name.clone());
            lower.locals.push(var);
        }
        Ok(lower)
    }

    fn run(mut self) -> CompileResult<Function> {
        if self.blocks.is_empty() {
            return Err(CompileError::internal("empty code object"));
        }
        self.entry[0] = Some(Vec::new());
        self.work.push(0);
        while let Some(b) = self.work.pop() {
            if self.ir[b].is_some() {
                continue;
            }
            let block = self.lower_block(b)?;
            self.ir[b] = Some(block);
        }
        let params = self.locals[..self.code.param_slots as usize].to_vec();
        let (mut blocks, _) = flow::compact(self.ir)?;
        if self.unit.fuse {
            let globals = self.unit.globals;
            // A method's own class (`Vec` of `Vec.__add__`).
            let class = self.code.qualname.rsplit_once('.').map(|(c, _)| c);
            let overloaded = |names: (&str, &str)| {
                let own = |n: &str| class.is_some_and(|c| globals.class_overloads(c, n));
                (globals.overloads(names.0) || globals.overloads(names.1))
                    && !own(names.0)
                    && !own(names.1)
            };
            fuse_unboxing(
                &mut blocks,
                self.vars.len(),
                self.code.varnames.len(),
                &overloaded,
            );
        }
        let tuple_len = blocks.iter().find_map(|b| match &b.term {
            Term::ReturnTuple(items) => Some(items.len()),
            _ => None,
        });
        if let Some(n) = tuple_len {
            let mixed = blocks.iter().any(|b| match &b.term {
                Term::Return(_) => true,
                Term::ReturnTuple(items) => items.len() != n,
                _ => false,
            });
            if mixed {
                // Lowered again without tuple returns (`lower_function`).
                self.unit.mixed_returns = self.tuple_returns;
                return Err(CompileError::unsupported(
                    "return",
                    "tuples of different lengths, or tuples and single values",
                    self.code.first_line,
                ));
            }
        }
        Ok(Function {
            name: self.code.qualname.clone(),
            id: self.id,
            params,
            vars: self.vars,
            blocks,
            ret: Kinds::NEVER,
            tuple_ret: tuple_len.map(|n| vec![Kinds::NEVER; n]),
            locals: self.code.varnames.len() as u32,
            cells: self.cells,
            points: self.points,
            forwarded: false,
        })
    }

    fn new_var(&mut self, name: String) -> Var {
        let var = Var(self.vars.len() as u32);
        self.vars.push(VarInfo {
            name,
            kinds: Kinds::NEVER,
            checked: false,
        });
        var
    }

    fn temp(&mut self) -> Var {
        let n = self.vars.len();
        self.new_var(format!("v{n}"))
    }

    fn push(&mut self, slot: Slot) {
        self.stack.push(slot);
    }

    fn pop(&mut self) -> CompileResult<Slot> {
        self.stack
            .pop()
            .ok_or_else(|| CompileError::internal(format!("stack underflow at line {}", self.line)))
    }

    /// `slot`, a tuple constant as the tuple of its items (loaded now), for the
    /// instructions that take a tuple apart (unpacking, a loop over it, a return of its
    /// items, `CALL_KW`'s names).
    pub(crate) fn expanded(&mut self, slot: Slot) -> CompileResult<Slot> {
        let Slot::ConstTuple(n) = slot else {
            return Ok(slot);
        };
        let constant = self
            .code
            .consts
            .get(n as usize)
            .cloned()
            .ok_or_else(|| CompileError::internal("constant index out of range"))?;
        Ok(self.constant_slot(&constant))
    }

    fn emit(&mut self, inst: Inst) {
        if matches!(inst, Inst::Object { .. }) {
            self.unit.on_objects = true;
        }
        self.insts.push(inst);
        self.inst_points.push(self.point);
    }

    /// A resume point before the instruction at `offset`, if this is a root and every
    /// stack entry can be rebuilt by the host (`keep_points` then drops them from roots
    /// that have no use for them).
    fn resume_point(&mut self, offset: u32) -> Option<u32> {
        if !self.resumable {
            return None;
        }
        let stack = self
            .stack
            .iter()
            .map(stack_item)
            .collect::<Option<Vec<_>>>()?;
        let point = ResumePoint { offset, stack };
        if let Some(last) = self.points.last() {
            if *last == point {
                return Some(self.points.len() as u32 - 1);
            }
        }
        self.points.push(point);
        Some(self.points.len() as u32 - 1)
    }

    /// A fresh temporary holding `value`.
    fn constant(&mut self, value: Value) -> Var {
        let dst = self.temp();
        self.emit(Inst::Const { dst, value });
        dst
    }

    /// A fresh temporary holding the result of an object operation.
    fn object(&mut self, op: ObjOp, args: Vec<Var>) -> Var {
        let dst = self.temp();
        self.emit(Inst::Object { dst, op, args });
        dst
    }

    /// The number global `name` holds (`value`, guarded by the caller).
    fn global_number(&mut self, name: String, value: Value) -> Var {
        let dst = self.temp();
        self.emit(Inst::Global { dst, value, name });
        dst
    }

    fn lower_block(&mut self, b: usize) -> CompileResult<Block> {
        let BasicBlock { first, end, start } = self.blocks[b].clone();
        self.stack = self.entry[b]
            .clone()
            .ok_or_else(|| CompileError::internal("block lowered before its entry stack"))?;
        self.insts = Vec::new();
        self.inst_points = Vec::new();
        self.clean = None;
        self.line = self.code.line_of(start as usize);
        let block_line = self.line;
        let mut term = None;
        let mut term_point = None;
        for index in first..end {
            let insn = self.insns[index].clone();
            self.index = index;
            self.line = self.code.line_of(insn.at as usize);
            let mut lazy = self.lazy_point();
            if lazy.is_some() && !keeps_method_lazy(&insn.op) {
                self.look_up_methods(false);
                lazy = None;
            }
            // Not at `END_FOR`: the interpreter has the exhausted iterator's value slot
            // on its stack there, which tier 1 does not model.
            self.point = match insn.op {
                // (Before `RESUME`: a cell made again would hold the frame's cell.)
                Op::EndFor | Op::MakeCell(_) | Op::CopyFreeVars(_) => None,
                Op::Call(_) => self.resume_point(insn.start),
                // A load before the `CALL` of a method not looked up yet: what it does,
                // the interpreter does again from the `LOAD_ATTR`.
                _ if lazy.is_some() => lazy,
                _ => self.resume_point(insn.start),
            };
            if matches!(insn.op, Op::CallKw(_) | Op::CallFunctionEx) {
                self.look_up_methods(true);
            }
            // The earliest point since the last change to an object: a path that
            // bails here can leave what it computed since to the interpreter.
            let changed = self.clean.is_none_or(|(_, len)| {
                self.insts[len..]
                    .iter()
                    .any(|i| matches!(i, Inst::Object { op, .. } if op.has_side_effect()))
            });
            if let (Some(p), true) = (self.point, changed) {
                self.clean = Some((p, self.insts.len()));
            }
            match self.lower_insn(&insn)? {
                Step::Next => {}
                Step::End(t) => {
                    term_point = self.point;
                    if matches!(t, Term::Bail { .. }) {
                        // Resume before the first instruction whose stack the host
                        // cannot rebuild (a string, `print`…); what was computed since
                        // is recomputed by the interpreter.
                        if let Some((p, len)) = self.clean {
                            self.insts.truncate(len);
                            self.inst_points.truncate(len);
                            term_point = Some(p);
                        }
                    }
                    term = Some(t);
                    break;
                }
            }
        }
        let term = match term {
            Some(term) => term,
            None => {
                let next = self.insns[end - 1].next;
                let t = self.target(next)?;
                self.flow_to(&[t])?;
                Term::Jump(BlockId(t as u32))
            }
        };
        let points = std::mem::take(&mut self.inst_points);
        Ok(Block {
            insts: std::mem::take(&mut self.insts),
            term,
            line: block_line,
            ops: (end - first) as u32,
            points: if points.iter().any(Option::is_some) {
                points
            } else {
                Vec::new()
            },
            term_point,
        })
    }

    /// The bytecode block starting at `offset`.
    fn target(&self, offset: Offset) -> CompileResult<usize> {
        self.block_at
            .get(&offset)
            .copied()
            .ok_or_else(|| CompileError::internal(format!("no block starts at {offset}")))
    }

    /// End the current path: it reaches something tier 1 does not compile.
    fn bail(&self, detail: impl Into<String>) -> Step {
        Step::End(Term::Bail {
            reason: BailReason::Unsupported,
            detail: detail.into(),
            line: self.line,
        })
    }

    /// Pop a slot that must be a value; `None` means the path must bail.
    fn pop_value(&mut self) -> CompileResult<Result<Var, String>> {
        let slot = self.pop()?;
        Ok(self.value_of(slot))
    }

    /// The variable holding `slot`'s value (a tuple built only now that it is needed
    /// as a value); `Err` says why the path must bail.
    fn value_of(&mut self, slot: Slot) -> Result<Var, String> {
        match slot {
            Slot::Val(v) => Ok(v),
            Slot::ConstTuple(n) => Ok(self.object(ObjOp::Constant(n), Vec::new())),
            Slot::Tuple(items) => {
                let items = items
                    .into_iter()
                    .map(|item| self.value_of(item))
                    .collect::<Result<Vec<Var>, String>>()?;
                Ok(self.object(ObjOp::Build(crate::abi::BuildKind::Tuple), items))
            }
            Slot::RangeArgs(args) => {
                Ok(self.object(ObjOp::Build(crate::abi::BuildKind::Range), args))
            }
            Slot::Opaque(what) => Err(what),
            Slot::MathModule => Err("the math module as a value".to_owned()),
            // The global is still bound to what it was loaded as (its guard, checked on
            // entry and after calls that may have rebound it, says so): one of the
            // module's constant handles, no host call.
            Slot::Callee(_, Some(name)) => Ok(self.object(ObjOp::ConstGlobal(name), Vec::new())),
            Slot::Callee(c, None) => Err(format!("{} as a value", c.describe())),
            other => Err(format!("{other:?} as a value")),
        }
    }

    fn lower_insn(&mut self, insn: &Insn) -> CompileResult<Step> {
        match &insn.op {
            Op::Nop | Op::EndFor => {}
            Op::LoadFast(n) => {
                let var = self.local(*n)?;
                self.push(Slot::Val(var));
            }
            Op::LoadFastCheck(n) => {
                let var = self.local(*n)?;
                self.vars[var.index()].checked = true;
                self.emit(Inst::CheckBound { var });
                self.push(Slot::Val(var));
            }
            Op::LoadFastPair(a, b) => {
                let (a, b) = (self.local(*a)?, self.local(*b)?);
                self.push(Slot::Val(a));
                self.push(Slot::Val(b));
            }
            Op::StoreFast(n) => return self.store(*n),
            Op::LoadFastAndClear(n) => {
                // A variable that lives in comprehensions alone is unassigned when one
                // starts (its outer value is `NULL`), and again when it ends.
                if self.comprehension_local(*n) {
                    self.push(Slot::Null);
                    return Ok(Step::Next);
                }
                let name = self
                    .code
                    .varnames
                    .get(*n as usize)
                    .cloned()
                    .unwrap_or_default();
                if self.cell_slots().contains(n) {
                    return Ok(self.bail(format!(
                        "a comprehension over `{name}`, a cell variable the function also uses outside it"
                    )));
                }
                // One the function also uses outside it: the comprehension's variable
                // is one of its own while the outer one keeps its value.
                let outer = self.local(*n)?;
                let inner = self.new_var(format!("{name}.c"));
                self.vars[inner.index()].checked = true;
                self.push(Slot::Saved {
                    local: *n,
                    outer,
                    inner,
                });
            }
            Op::Collect(kind, depth) => return self.collect(*kind, *depth),
            Op::MakeCell(n) => return Ok(self.frame_cells(*n..*n + 1)),
            Op::CopyFreeVars(n) => {
                let slots = self.locals.len() as u32;
                let Some(first) = slots.checked_sub(*n) else {
                    return Err(CompileError::internal("more free variables than slots"));
                };
                return Ok(self.frame_cells(first..slots));
            }
            Op::LoadDeref(n) => {
                let cell = self.local(*n)?;
                let value = self.object(ObjOp::CellGet, vec![cell]);
                self.push(Slot::Val(value));
            }
            Op::StoreDeref(n) => {
                if let Some(refused) = self.refused_store("a store to a closure variable") {
                    return Ok(refused);
                }
                let cell = self.local(*n)?;
                let value = match self.pop_value()? {
                    Ok(v) => v,
                    Err(what) => return Ok(self.bail(format!("storing {what} in a cell"))),
                };
                let dst = self.temp();
                self.emit(Inst::Object {
                    dst,
                    op: ObjOp::CellSet,
                    args: vec![cell, value],
                });
            }
            Op::SetFunctionAttribute(flag) => {
                // Defaults and a closure; keyword-only defaults and annotations are the
                // interpreter's.
                if !matches!(flag, 1 | 8) {
                    return Ok(self.bail(format!("SET_FUNCTION_ATTRIBUTE {flag}")));
                }
                let function = self.pop_value()?;
                // The closure of the function `MAKE_FUNCTION` just made: made with it, in
                // one host call (the closure's tuple is built after, where it is needed).
                let just_made = match (&function, self.insts.last()) {
                    (
                        Ok(f),
                        Some(Inst::Object {
                            dst,
                            op: ObjOp::MakeFunction(index),
                            ..
                        }),
                    ) if *flag == 8 && dst == f => Some(*index),
                    _ => None,
                };
                // Both go at `MAKE_FUNCTION`'s resume point, where the stack holds the
                // closure's items and the code (at this instruction's own, it names the
                // function not made yet).
                let here = self.point;
                if just_made.is_some() {
                    self.insts.pop();
                    self.point = self.inst_points.pop().flatten();
                }
                let value = self.pop_value();
                let made_at = std::mem::replace(&mut self.point, here);
                let value = value?;
                let (Ok(function), Ok(value)) = (function, value) else {
                    return Ok(self.bail("a function attribute that is not a value"));
                };
                let made = match just_made {
                    Some(index) => {
                        self.point = made_at;
                        self.emit(Inst::Object {
                            dst: function,
                            op: ObjOp::MakeClosure(index),
                            args: vec![value],
                        });
                        self.point = here;
                        function
                    }
                    None => self.object(ObjOp::SetFunctionAttribute(*flag), vec![function, value]),
                };
                self.push(Slot::Val(made));
            }
            Op::MakeFunction => {
                let Some(&Slot::Code(index)) = self.stack.last() else {
                    return Ok(self.bail("MAKE_FUNCTION of something not a constant"));
                };
                if !self.unit.effects {
                    // A lifted loop has no code object of its own to read it from.
                    return Ok(self.bail("MAKE_FUNCTION in a top-level loop"));
                }
                self.pop()?;
                let made = self.object(ObjOp::MakeFunction(index), Vec::new());
                self.push(Slot::Val(made));
            }
            Op::StoreFastPair(a, b) => {
                if let Step::End(t) = self.store(*a)? {
                    return Ok(Step::End(t));
                }
                return self.store(*b);
            }
            Op::StoreFastLoadFast(a, b) => {
                if let Step::End(t) = self.store(*a)? {
                    return Ok(Step::End(t));
                }
                let var = self.local(*b)?;
                self.push(Slot::Val(var));
            }
            Op::LoadConst(n) => {
                let constant = self
                    .code
                    .consts
                    .get(*n as usize)
                    .ok_or_else(|| CompileError::internal("constant index out of range"))?;
                let slot = match constant {
                    crate::code::Constant::Other(t) if t == "code" => Slot::Code(*n),
                    // The very object, by a constant handle.
                    crate::code::Constant::Other(_) | crate::code::Constant::BigInt => {
                        Slot::Val(self.object(ObjOp::Constant(*n), Vec::new()))
                    }
                    crate::code::Constant::Tuple(_) => Slot::ConstTuple(*n),
                    _ => self.constant_slot(&constant.clone()),
                };
                self.push(slot);
            }
            Op::LoadSmallInt(i) => {
                let var = self.constant(Value::Int(*i));
                self.push(Slot::Val(var));
            }
            Op::LoadGlobal { name, push_null } => {
                self.load_global(*name)?;
                if *push_null {
                    self.push(Slot::Null);
                }
            }
            Op::LoadAttr { name, method } => return self.load_attr(*name, *method),
            Op::LoadSuperAttr { name, method } => return self.load_super_attr(*name, *method),
            Op::StoreAttr(name) => return self.store_attr(*name),
            Op::StoreGlobal(name) => return self.store_global(*name),
            Op::ImportName(name) => return self.import_name(*name),
            Op::LoadSpecial(name) => return self.load_special(name),
            Op::ImportFrom(name) => {
                let name = self.name(*name)?;
                let Some(&Slot::Val(module)) = self.stack.last() else {
                    return Ok(self.bail(format!("from … import {name} of no module")));
                };
                let value = self.object(ObjOp::ImportFrom(name), vec![module]);
                self.push(Slot::Val(value));
            }
            Op::StoreSubscr => return self.store_subscr(),
            Op::DeleteSubscr => return self.delete_subscr(),
            Op::ListExtend(1) => {
                // A list display of constants: `BUILD_LIST` just before made the list
                // (only the tuple constant's numbers and strings were emitted since), so that build
                // takes the tuple's items too, moved after them with its own resume point
                // (where a bail-out builds it all again in the interpreter).
                let top = self.pop()?;
                let top = self.expanded(top)?;
                let items = match top {
                    Slot::Tuple(items) => items,
                    top => {
                        // Anything else: the host extends the list (a list, a tuple, a
                        // string…; an iterable that would run Python code bails, and
                        // the interpreter extends it). The list stays on the stack.
                        let below = self.pop()?;
                        let (Slot::Val(list), Ok(iterable)) = (&below, self.value_of(top.clone()))
                        else {
                            return Ok(self.bail(format!(
                                "extending {} with {}",
                                describe_slot(&below),
                                describe_slot(&top)
                            )));
                        };
                        let list = *list;
                        self.object(ObjOp::Build(BuildKind::Extend), vec![list, iterable]);
                        self.push(below);
                        return Ok(Step::Next);
                    }
                };
                let below = self.pop()?;
                let built = self.insts.iter().rposition(|inst| {
                    matches!(
                        (inst, &below),
                        (
                            Inst::Object {
                                dst,
                                op: ObjOp::Build(BuildKind::List),
                                ..
                            },
                            Slot::Val(v),
                        ) if dst == v
                    )
                });
                let since_only_constants = |i: usize| {
                    self.insts[i + 1..].iter().all(|inst| {
                        matches!(
                            inst,
                            Inst::Const { .. }
                                | Inst::Object {
                                    op: ObjOp::Str(_),
                                    ..
                                }
                        )
                    })
                };
                let (Some(i), Slot::Val(list)) = (built, below) else {
                    return Ok(self.bail("extending a list not built just before"));
                };
                if !since_only_constants(i) {
                    return Ok(self.bail("extending a list not built just before"));
                }
                let Inst::Object { mut args, .. } = self.insts.remove(i) else {
                    return Err(CompileError::internal("the list's build went missing"));
                };
                let at = self.inst_points.remove(i);
                // The constants emitted since (the tuple's items) go before the build, at
                // its point: at `LIST_EXTEND`'s own, the stack holds the list not built yet.
                for point in &mut self.inst_points[i..] {
                    *point = at;
                }
                if self.clean.is_some_and(|(_, len)| len > i) {
                    // A bail-out after this goes back to `BUILD_LIST`: only constants and
                    // the build itself come after it.
                    self.clean = at.map(|p| (p, i));
                }
                let here = std::mem::replace(&mut self.point, at);
                for item in items {
                    match self.value_of(item) {
                        Ok(v) => args.push(v),
                        Err(what) => {
                            self.point = here;
                            return Ok(self.bail(format!("a list of {what}")));
                        }
                    }
                }
                self.emit(Inst::Object {
                    dst: list,
                    op: ObjOp::Build(BuildKind::List),
                    args,
                });
                self.point = here;
                self.push(Slot::Val(list));
            }
            Op::StoreSlice => return self.store_slice(),
            Op::BinarySlice => {
                // The host makes the slice and subscripts by it in one call.
                let stop = self.pop_value()?;
                let start = self.pop_value()?;
                let container = self.pop_value()?;
                let (Ok(container), Ok(start), Ok(stop)) = (container, start, stop) else {
                    return Ok(self.bail("a slice of something that is not a value"));
                };
                let item = self.object(ObjOp::GetSlice, vec![container, start, stop]);
                self.push(Slot::Val(item));
            }
            Op::PushNull => self.push(Slot::Null),
            Op::PopTop | Op::PopIter => {
                self.pop()?;
            }
            Op::Copy(n) => {
                let at = self.depth_index(*n)?;
                let slot = self.stack[at].clone();
                self.push(slot);
            }
            Op::Swap(n) => {
                let at = self.depth_index(*n)?;
                let top = self.stack.len() - 1;
                self.stack.swap(at, top);
            }
            Op::BuildTuple(n) => {
                let at = self.stack.len().checked_sub(*n as usize).ok_or_else(|| {
                    CompileError::internal(format!("stack underflow at line {}", self.line))
                })?;
                let items = self.stack.split_off(at);
                self.push(Slot::Tuple(items));
            }
            Op::Build(kind, n) => {
                let count = match kind {
                    crate::abi::BuildKind::Dict => 2 * *n,
                    _ => *n,
                };
                let mut items = Vec::with_capacity(count as usize);
                for _ in 0..count {
                    match self.pop_value()? {
                        Ok(v) => items.push(v),
                        Err(what) => {
                            return Ok(self.bail(format!("building a {} of {what}", kind.name())))
                        }
                    }
                }
                items.reverse();
                let built = self.object(ObjOp::Build(*kind), items);
                self.push(Slot::Val(built));
            }
            Op::Format(kind) => {
                let arity = if *kind == crate::abi::BuildKind::FormatSpec {
                    2
                } else {
                    1
                };
                let mut items = Vec::with_capacity(arity);
                for _ in 0..arity {
                    match self.pop_value()? {
                        Ok(v) => items.push(v),
                        Err(what) => return Ok(self.bail(format!("formatting {what}"))),
                    }
                }
                items.reverse();
                let formatted = self.object(ObjOp::Build(*kind), items);
                self.push(Slot::Val(formatted));
            }
            Op::UnpackSequence(n) => match self.pop().and_then(|s| self.expanded(s))? {
                Slot::Tuple(items) if items.len() == *n as usize => {
                    self.stack.extend(items.into_iter().rev());
                }
                Slot::Val(seq) => {
                    // The first item ends on top.
                    for index in (0..*n).rev() {
                        let op = ObjOp::Unpack { count: *n, index };
                        let item = self.object(op, vec![seq]);
                        self.push(Slot::Val(item));
                    }
                }
                other => {
                    return Ok(self.bail(format!("unpacking {}", describe_slot(&other))));
                }
            },
            Op::Binary(op) => {
                let rhs = self.pop_value()?;
                let lhs = self.pop_value()?;
                if *op == BinaryOperator::Subscr {
                    let (obj, key) = match (lhs, rhs) {
                        (Ok(l), Ok(r)) => (l, r),
                        (Err(what), _) | (_, Err(what)) => {
                            return Ok(self.bail(format!("subscript of {what}")))
                        }
                    };
                    let item = self.object(ObjOp::GetItem, vec![obj, key]);
                    self.push(Slot::Val(item));
                    return Ok(Step::Next);
                }
                let inplace = BinOp::is_inplace(*op);
                let Some(op) = BinOp::from_bytecode(*op) else {
                    return Ok(self.bail(format!("operator {op:?}")));
                };
                let (lhs, rhs) = match (lhs, rhs) {
                    (Ok(l), Ok(r)) => (l, r),
                    (Err(what), _) | (_, Err(what)) => {
                        return Ok(self.bail(format!("{} on {what}", op.mnemonic())))
                    }
                };
                if !inplace {
                    if let Some(dst) = self.direct_operator(op, lhs, rhs) {
                        self.push(Slot::Val(dst));
                        return Ok(Step::Next);
                    }
                }
                let dst = self.temp();
                self.emit(Inst::Binary {
                    dst,
                    op,
                    lhs,
                    rhs,
                    inplace,
                });
                self.push(Slot::Val(dst));
            }
            Op::Compare(op) => {
                let rhs = self.pop_value()?;
                let lhs = self.pop_value()?;
                let (lhs, rhs) = match (lhs, rhs) {
                    (Ok(l), Ok(r)) => (l, r),
                    (Err(what), _) | (_, Err(what)) => {
                        return Ok(self.bail(format!("comparison with {what}")))
                    }
                };
                let dst = self.temp();
                let op = CmpOp::from_bytecode(*op);
                self.emit(Inst::Compare { dst, op, lhs, rhs });
                self.push(Slot::Val(dst));
            }
            Op::Contains { negate } => {
                let container = self.pop_value()?;
                let item = self.pop_value()?;
                let (item, container) = match (item, container) {
                    (Ok(i), Ok(c)) => (i, c),
                    (Err(what), _) | (_, Err(what)) => {
                        return Ok(self.bail(format!("`in` with {what}")))
                    }
                };
                let dst = self.object(ObjOp::Contains { negate: *negate }, vec![item, container]);
                self.push(Slot::Val(dst));
            }
            Op::Is { negate } => {
                let rhs = self.pop_value()?;
                let lhs = self.pop_value()?;
                let (lhs, rhs) = match (lhs, rhs) {
                    (Ok(l), Ok(r)) => (l, r),
                    (Err(what), _) | (_, Err(what)) => {
                        return Ok(self.bail(format!("`is` with {what}")))
                    }
                };
                let dst = self.temp();
                self.emit(Inst::Is {
                    dst,
                    lhs,
                    rhs,
                    negate: *negate,
                });
                self.push(Slot::Val(dst));
            }
            Op::ToBool => {
                let src = match self.pop_value()? {
                    Ok(v) => v,
                    Err(what) => return Ok(self.bail(format!("truth value of {what}"))),
                };
                let dst = self.temp();
                self.emit(Inst::Truth { dst, src });
                self.push(Slot::Val(dst));
            }
            Op::Negative | Op::Positive | Op::Not | Op::Invert => {
                let op = match insn.op {
                    Op::Negative => UnaryOp::Neg,
                    Op::Positive => UnaryOp::Pos,
                    Op::Not => UnaryOp::Not,
                    _ => UnaryOp::Invert,
                };
                let src = match self.pop_value()? {
                    Ok(v) => v,
                    Err(what) => return Ok(self.bail(format!("unary operator on {what}"))),
                };
                let dst = self.temp();
                self.emit(Inst::Unary { dst, op, src });
                self.push(Slot::Val(dst));
            }
            Op::Call(argc) => return self.call(*argc),
            Op::CallKw(argc) => return self.call_kw(*argc),
            Op::CallFunctionEx => return self.call_ex(),
            Op::GetIter => return self.get_iter(),
            Op::ForIter { exit } => return self.for_iter(insn.next, *exit),
            Op::Jump(target) => {
                let t = self.target(*target)?;
                self.flow_to(&[t])?;
                return Ok(Step::End(Term::Jump(BlockId(t as u32))));
            }
            Op::PopJumpIf { when, target } => return self.pop_jump(*when, insn.next, *target),
            Op::Return => {
                // A tuple constant: a root returns its items if they are plain values
                // (as any tuple it makes), otherwise the constant itself.
                let tuple_returns = self.is_root && self.tuple_returns;
                if let (Some(Slot::ConstTuple(_)), true) = (self.stack.last(), tuple_returns) {
                    let top = self.pop()?;
                    let items = self.expanded(top.clone())?;
                    let plain = matches!(&items, Slot::Tuple(items)
                        if items.iter().all(|s| matches!(s, Slot::Val(_))));
                    self.push(if plain { items } else { top });
                }
                if let Some(Slot::Tuple(items)) = self.stack.last() {
                    let vars: Option<Vec<Var>> = items
                        .iter()
                        .map(|s| match s {
                            Slot::Val(v) => Some(*v),
                            _ => None,
                        })
                        .collect();
                    match vars {
                        Some(vars) if tuple_returns && vars.len() <= crate::abi::MAX_TUPLE => {
                            return Ok(Step::End(Term::ReturnTuple(vars)));
                        }
                        // A called function on objects returns the tuple object, as
                        // does a root whose tuple holds more than plain values.
                        _ if self.is_root || self.resumable => {}
                        _ => return Ok(self.bail("returning a tuple from a called function")),
                    }
                }
                return Ok(match self.pop_value()? {
                    Ok(v) => Step::End(Term::Return(v)),
                    Err(what) => self.bail(format!("returning {what}")),
                });
            }
            Op::Unsupported(name) => return Ok(self.bail(name.clone())),
            Op::ListExtend(_) => return Ok(self.bail("LIST_EXTEND")),
            Op::DictMerge(1) => {
                // `f(**kw)`: the host merges a dict of `str` keys into the dict of
                // keyword arguments (anything else, or a repeated name, bails: the
                // interpreter merges it, or raises). The dict stays on the stack.
                let top = self.pop()?;
                let below = self.pop()?;
                let (Slot::Val(dict), Ok(mapping)) = (&below, self.value_of(top.clone())) else {
                    return Ok(self.bail(format!("merging {} as keywords", describe_slot(&top))));
                };
                let dict = *dict;
                self.object(ObjOp::Build(BuildKind::Merge), vec![dict, mapping]);
                self.push(below);
            }
            Op::DictMerge(_) => return Ok(self.bail("DICT_MERGE")),
        }
        Ok(Step::Next)
    }

    /// The stack entry for a code object constant.
    fn constant_slot(&mut self, constant: &crate::code::Constant) -> Slot {
        if let crate::code::Constant::Tuple(items) = constant {
            return Slot::Tuple(items.iter().map(|c| self.constant_slot(c)).collect());
        }
        if let crate::code::Constant::Str(s) = constant {
            return Slot::Val(self.object(ObjOp::Str(s.clone()), Vec::new()));
        }
        match Value::from_constant(constant) {
            Some(value) => Slot::Val(self.constant(value)),
            None => Slot::Opaque(describe_constant(constant)),
        }
    }

    fn local(&self, n: u32) -> CompileResult<Var> {
        // Inside a comprehension that saved the local, its own variable of that name.
        let inner = self.stack.iter().rev().find_map(|s| match s {
            Slot::Saved { local, inner, .. } if *local == n => Some(*inner),
            _ => None,
        });
        if let Some(inner) = inner {
            return Ok(inner);
        }
        self.locals
            .get(n as usize)
            .copied()
            .ok_or_else(|| CompileError::internal(format!("local {n} out of range")))
    }

    /// Index into the stack of the `n`th entry from the top (1 = top).
    fn depth_index(&self, n: u32) -> CompileResult<usize> {
        let n = n as usize;
        if n == 0 || n > self.stack.len() {
            return Err(CompileError::internal("stack index out of range"));
        }
        Ok(self.stack.len() - n)
    }

    /// `LOAD_SPECIAL` (a `with` statement's `__enter__` and `__exit__`): a method load
    /// through the host that looks at the class alone; the calls that follow are plain
    /// method calls, and an exception in the block resumes the interpreter, whose
    /// exception table calls `__exit__` with it.
    fn load_special(&mut self, name: &str) -> CompileResult<Step> {
        if !self.resumable {
            return Ok(self.bail(format!("with (.{name}) in a called function")));
        }
        if !self.unit.object_calls {
            let why = self.no_object_calls();
            return Ok(self.bail(format!("with (.{name}) {why}")));
        }
        let obj = match self.pop_value()? {
            Ok(obj) => obj,
            Err(what) => return Ok(self.bail(format!("with on {what}"))),
        };
        let callable = self.object(ObjOp::GetSpecial(name.to_owned()), vec![obj]);
        self.push(Slot::Val(callable));
        self.push(Slot::SelfOf { callable, obj });
        Ok(Step::Next)
    }

    /// Why this unit calls no Python objects (`!unit.object_calls`), for messages.
    fn no_object_calls(&self) -> &'static str {
        if self.unit.effects {
            "(only with --jit-objects so far)"
        } else {
            "in a top-level loop (which tier 1 runs only where it changes nothing)"
        }
    }

    /// `IMPORT_NAME`: an absolute import with a constant from-list, through the host
    /// ([`ObjOp::Import`]), which leaves to the interpreter any import that would run
    /// Python code.
    fn import_name(&mut self, index: u32) -> CompileResult<Step> {
        let name = self.name(index)?;
        let fromlist = self.pop()?;
        let level = self.pop()?;
        let level = match level {
            Slot::Val(v) => self.constant_value(v),
            _ => None,
        };
        let from = match fromlist {
            Slot::Val(v) => match self.constant_value(v) {
                Some(Value::None) => Some(false),
                _ => None,
            },
            Slot::ConstTuple(n) => match self.code.consts.get(n as usize) {
                Some(crate::code::Constant::Tuple(items)) => Some(!items.is_empty()),
                _ => None,
            },
            Slot::Tuple(items) => Some(!items.is_empty()),
            _ => None,
        };
        match (level, from) {
            (Some(Value::Int(0)), Some(from)) => {
                let module = self.object(ObjOp::Import { name, from }, Vec::new());
                self.push(Slot::Val(module));
                Ok(Step::Next)
            }
            (Some(Value::Int(_)), Some(_)) => Ok(self.bail(format!("a relative import of {name}"))),
            _ => Ok(self.bail(format!("an import of {name} with a computed from-list"))),
        }
    }

    /// The constant `v` was set to in this block, if it was.
    fn constant_value(&self, v: Var) -> Option<Value> {
        self.insts.iter().rev().find_map(|i| match i {
            Inst::Const { dst, value } if *dst == v => Some(*value),
            _ => None,
        })
    }

    /// The bail-out for a store (`what`) where this function may not change anything:
    /// a callee that cannot hand its frame over, or a lifted top-level loop.
    fn refused_store(&self, what: &str) -> Option<Step> {
        if !self.resumable {
            return Some(self.bail(format!("{what} in a called function")));
        }
        (!self.unit.effects).then(|| self.bail(format!("{what} in a top-level loop")))
    }

    /// `obj.name = value`: only in a root, which resumes in the interpreter if anything
    /// after it bails (a callee's bail-out re-runs the call that made it).
    fn store_attr(&mut self, name: u32) -> CompileResult<Step> {
        let attr = self.name(name)?;
        if let Some(refused) = self.refused_store(&format!("STORE_ATTR .{attr}")) {
            return Ok(refused);
        }
        let obj = self.pop_value()?;
        let value = self.pop_value()?;
        let (obj, value) = match (obj, value) {
            (Ok(o), Ok(v)) => (o, v),
            (Err(what), _) | (_, Err(what)) => {
                return Ok(self.bail(format!("storing .{attr} with {what}")))
            }
        };
        self.object(
            ObjOp::SetAttr(attr, crate::ir::Release::Any),
            vec![obj, value],
        );
        Ok(Step::Next)
    }

    /// `global name; name = value` (as [`FnLower::store_attr`]); the unit loads `name`
    /// when the code runs from then on (`lower_unit`).
    fn store_global(&mut self, name: u32) -> CompileResult<Step> {
        let name = self.name(name)?;
        if let Some(refused) = self.refused_store(&format!("STORE_GLOBAL {name}")) {
            return Ok(refused);
        }
        let value = match self.pop_value()? {
            Ok(v) => v,
            Err(what) => return Ok(self.bail(format!("storing global {name} with {what}"))),
        };
        self.unit.stored.insert(name.clone());
        self.object(ObjOp::SetGlobal(name), vec![value]);
        Ok(Step::Next)
    }

    /// `obj[start:stop] = value` (`STORE_SLICE`, as [`FnLower::store_subscr`]): the host
    /// makes the slice and stores by it in one call.
    fn store_slice(&mut self) -> CompileResult<Step> {
        if let Some(refused) = self.refused_store("STORE_SLICE") {
            return Ok(refused);
        }
        let stop = self.pop_value()?;
        let start = self.pop_value()?;
        let obj = self.pop_value()?;
        let value = self.pop_value()?;
        let (Ok(obj), Ok(start), Ok(stop), Ok(value)) = (obj, start, stop, value) else {
            return Ok(self.bail("a slice store of something that is not a value"));
        };
        self.object(ObjOp::SetSlice, vec![obj, start, stop, value]);
        Ok(Step::Next)
    }

    /// `obj[key] = value` (as [`FnLower::store_attr`]).
    fn store_subscr(&mut self) -> CompileResult<Step> {
        if let Some(refused) = self.refused_store("STORE_SUBSCR") {
            return Ok(refused);
        }
        let key = self.pop_value()?;
        let obj = self.pop_value()?;
        let value = self.pop_value()?;
        let (key, obj, value) = match (key, obj, value) {
            (Ok(k), Ok(o), Ok(v)) => (k, o, v),
            (Err(what), _, _) | (_, Err(what), _) | (_, _, Err(what)) => {
                return Ok(self.bail(format!("an item store with {what}")))
            }
        };
        self.object(ObjOp::SetItem, vec![obj, key, value]);
        Ok(Step::Next)
    }

    /// `del obj[key]`, as an item store.
    fn delete_subscr(&mut self) -> CompileResult<Step> {
        if let Some(refused) = self.refused_store("DELETE_SUBSCR") {
            return Ok(refused);
        }
        let key = self.pop_value()?;
        let obj = self.pop_value()?;
        let (key, obj) = match (key, obj) {
            (Ok(k), Ok(o)) => (k, o),
            (Err(what), _) | (_, Err(what)) => {
                return Ok(self.bail(format!("deleting an item with {what}")))
            }
        };
        self.object(ObjOp::DelItem, vec![obj, key]);
        Ok(Step::Next)
    }

    /// Frame slots `slots` hold cells the frame made (`MAKE_CELL`) or took from the
    /// closure (`COPY_FREE_VARS`) before it called the gate: compiled code uses those
    /// very cells, which the functions it makes capture.
    fn frame_cells(&mut self, slots: std::ops::Range<u32>) -> Step {
        if !self.is_root || !self.unit.effects {
            return self.bail("a cell variable outside a function's own frame");
        }
        let all = self.cell_slots();
        for n in slots {
            let (Some(&dst), Some(at)) = (
                self.locals.get(n as usize),
                all.iter().position(|s| *s == n),
            ) else {
                return self.bail("a cell in a slot the frame does not have");
            };
            // The prologue passes the gate the cells after the parameters.
            let arg = self.code.param_slots + at as u32;
            self.emit(Inst::Object {
                dst,
                op: ObjOp::FrameCell(arg),
                args: Vec::new(),
            });
            self.cells.push(n);
        }
        Step::Next
    }

    /// The frame slots that hold cells when the gate is called, in the order the
    /// prologue passes them (`decode::cell_slots`).
    fn cell_slots(&self) -> Vec<u32> {
        decode::cell_slots(&self.code.code, self.locals.len() as u32)
    }

    /// The builtin type local `n` surely holds where it is assigned at all: every
    /// assignment of it stores what the instruction just before made, a display of that
    /// type (`out = []`, `seen = {}`, `s = "…"`, `s = f"…"`, `xs = [1, 2]`), never
    /// where a jump lands. Never a parameter.
    fn built_local(&self, n: u32) -> Option<BuildKind> {
        if n < self.code.param_slots {
            return None;
        }
        let mut kind = None;
        for (i, insn) in self.insns.iter().enumerate() {
            match insn.op {
                Op::StoreFast(m) | Op::StoreFastLoadFast(m, _) if m == n => {}
                Op::StoreFastPair(a, b) if a == n || b == n => return None,
                Op::LoadFastAndClear(m) if m == n => return None,
                _ => continue,
            }
            if self.block_at.contains_key(&insn.start) {
                return None;
            }
            let made = match i.checked_sub(1).map(|p| &self.insns[p].op) {
                Some(Op::Build(
                    k @ (BuildKind::List | BuildKind::Set | BuildKind::Dict | BuildKind::String),
                    _,
                )) => *k,
                Some(Op::BuildTuple(_)) => BuildKind::Tuple,
                // `[1, 2, 3]`: `BUILD_LIST 0`, the tuple constant, `LIST_EXTEND 1`.
                Some(Op::ListExtend(1)) => BuildKind::List,
                Some(Op::LoadConst(c)) => match self.code.consts.get(*c as usize) {
                    Some(crate::code::Constant::Str(_)) => BuildKind::String,
                    _ => return None,
                },
                _ => return None,
            };
            if kind.is_some_and(|k| k != made) {
                return None;
            }
            kind = Some(made);
        }
        kind
    }

    /// Is local `n` used only inside comprehensions (`LOAD_FAST_AND_CLEAR n` up to the
    /// `SWAP`, `STORE_FAST n` that puts its outer value back), never a parameter?
    fn comprehension_local(&self, n: u32) -> bool {
        if n < self.code.param_slots {
            return false;
        }
        let restores = |i: usize| {
            matches!(self.insns[i].op, Op::StoreFast(m) if m == n)
                && i.checked_sub(1)
                    .is_some_and(|p| matches!(self.insns[p].op, Op::Swap(_)))
        };
        let mut inside = false;
        for (i, insn) in self.insns.iter().enumerate() {
            let touches = match insn.op {
                Op::LoadFastAndClear(m) if m == n => {
                    inside = true;
                    continue;
                }
                Op::LoadFast(m) | Op::LoadFastCheck(m) | Op::StoreFast(m) => m == n,
                Op::LoadFastPair(a, b) | Op::StoreFastPair(a, b) | Op::StoreFastLoadFast(a, b) => {
                    a == n || b == n
                }
                _ => false,
            };
            if touches && restores(i) {
                inside = false;
            } else if touches && !inside {
                return false;
            }
        }
        true
    }

    /// `LIST_APPEND`, `SET_ADD`, `MAP_ADD`: the item (or key and value) popped and added
    /// to the container `depth` deep on the stack (a change to an object).
    fn collect(&mut self, kind: crate::abi::BuildKind, depth: u32) -> CompileResult<Step> {
        if !self.resumable || !self.unit.effects {
            return Ok(self.bail("a comprehension in a function that cannot resume"));
        }
        let count = if kind == crate::abi::BuildKind::Dict {
            2
        } else {
            1
        };
        let mut items = Vec::with_capacity(count);
        for _ in 0..count {
            match self.pop_value()? {
                Ok(v) => items.push(v),
                Err(what) => return Ok(self.bail(format!("adding {what} to a comprehension"))),
            }
        }
        items.reverse();
        let at = self.depth_index(depth)?;
        let Slot::Val(container) = self.stack[at].clone() else {
            return Ok(self.bail("a comprehension's container"));
        };
        let mut args = vec![container];
        args.extend(items);
        self.object(ObjOp::Collect(kind), args);
        Ok(Step::Next)
    }

    fn store(&mut self, n: u32) -> CompileResult<Step> {
        if let Some(Slot::Saved { local, inner, .. }) = self.stack.last().cloned() {
            if local == n {
                // The comprehension ends: the local is the outer variable again, which
                // kept its value; the comprehension's own is released.
                self.pop()?;
                self.emit(Inst::Unbind { var: inner });
                return Ok(Step::Next);
            }
        }
        let target = self.local(n)?;
        if self.stack.last() == Some(&Slot::Null) {
            // A comprehension ends: its variable goes back to unassigned.
            self.pop()?;
            self.emit(Inst::Unbind { var: target });
            return Ok(Step::Next);
        }
        let src = match self.pop_value()? {
            Ok(v) => v,
            Err(what) => return Ok(self.bail(format!("storing {what} in a local"))),
        };
        // The stack may still refer to the local's old value (a method's object too:
        // `x.m(x := y)`): keep that value apart.
        if self
            .stack
            .iter_mut()
            .any(|s| s.object_var().is_some_and(|v| *v == target))
        {
            let keep = self.temp();
            self.emit(Inst::Copy {
                dst: keep,
                src: target,
            });
            for slot in &mut self.stack {
                if let Some(v) = slot.object_var().filter(|v| **v == target) {
                    *v = keep;
                }
            }
        }
        // Write straight into the local when the value was just computed.
        let retarget = self.is_fresh_temp(src)
            && !self.stack.contains(&Slot::Val(src))
            && !self
                .insts
                .last()
                .is_some_and(|last| reads_origin_of(last, target));
        match self.insts.last_mut() {
            Some(last) if retarget && last.dst() == Some(src) => {
                set_dst(last, target);
                // The point of this store has the value on its stack: it is in the local
                // now (the interpreter stores it there again, to the same effect).
                if let Some(point) = self.point.and_then(|p| self.points.get_mut(p as usize)) {
                    for item in &mut point.stack {
                        if *item == StackItem::Value(src) {
                            *item = StackItem::Value(target);
                        }
                    }
                }
            }
            _ => self.emit(Inst::Copy { dst: target, src }),
        }
        Ok(Step::Next)
    }

    /// Is `var` a lowering temporary (not a local and not a block's stack variable)?
    fn is_fresh_temp(&self, var: Var) -> bool {
        var.index() >= self.code.varnames.len() && self.vars[var.index()].name.starts_with('v')
    }

    fn pop_jump(&mut self, when: JumpWhen, next: Offset, target: Offset) -> CompileResult<Step> {
        let value = match self.pop_value()? {
            Ok(v) => v,
            Err(what) => return Ok(self.bail(format!("branching on {what}"))),
        };
        let cond = self.temp();
        match when {
            JumpWhen::True | JumpWhen::False => self.emit(Inst::Truth {
                dst: cond,
                src: value,
            }),
            JumpWhen::None | JumpWhen::NotNone => {
                let none = self.constant(Value::None);
                self.emit(Inst::Is {
                    dst: cond,
                    lhs: value,
                    rhs: none,
                    negate: false,
                });
            }
        }
        let (taken, fallthrough) = (self.target(target)?, self.target(next)?);
        self.flow_to(&[taken, fallthrough])?;
        let (then, otherwise) = match when {
            JumpWhen::True | JumpWhen::None => (taken, fallthrough),
            JumpWhen::False | JumpWhen::NotNone => (fallthrough, taken),
        };
        Ok(Step::End(Term::Branch {
            cond,
            then: BlockId(then as u32),
            otherwise: BlockId(otherwise as u32),
        }))
    }

    fn get_iter(&mut self) -> CompileResult<Step> {
        let original = self.pop()?;
        // A generator expression's iterable (`MAKE_FUNCTION`, the iterable, `GET_ITER`,
        // `CALL 0`): the generator takes the iterator object, whatever the iterable.
        let feeds_call = matches!(
            self.insns.get(self.index + 1).map(|i| &i.op),
            Some(Op::Call(0))
        );
        if feeds_call {
            return Ok(match self.value_of(original.clone()) {
                Ok(iterable) => {
                    let iter = self.object(ObjOp::Iter, vec![iterable]);
                    self.push(Slot::ObjIter(iter));
                    Step::Next
                }
                Err(what) => self.bail(format!("iterating over {what}")),
            });
        }
        let constant = match original {
            Slot::ConstTuple(n) => Some(n),
            _ => None,
        };
        match self.expanded(original)? {
            Slot::RangeArgs(args) => {
                let cur = self.temp();
                let stop = self.temp();
                let step = self.temp();
                self.emit(Inst::RangeInit {
                    cur,
                    stop,
                    step,
                    args,
                });
                self.push(Slot::RangeIter {
                    cur,
                    stop,
                    step,
                    pick: Vec::new(),
                });
                Ok(Step::Next)
            }
            Slot::Tuple(items) => {
                // Its own copies of the items: a local in the tuple may be assigned
                // while the loop runs.
                let mut pick = Vec::with_capacity(items.len());
                let mut outer = None;
                for (i, item) in items.into_iter().enumerate() {
                    let v = match item {
                        Slot::Val(v) => v,
                        // A tuple in a tuple constant (`for dx, dy in ((0, 1), (1, 0))`):
                        // the constant's own item, as the interpreter iterates it.
                        Slot::Tuple(_) if constant.is_some() => {
                            let n = constant.unwrap_or_default();
                            let tuple = *outer
                                .get_or_insert_with(|| self.object(ObjOp::Constant(n), Vec::new()));
                            let index = self.constant(Value::Int(i as i64));
                            pick.push(self.object(ObjOp::GetItem, vec![tuple, index]));
                            continue;
                        }
                        // One built here (`for p in ((x, y), (y, x))`): made as a value,
                        // as the interpreter makes it on each entry to the loop.
                        other => match self.value_of(other.clone()) {
                            Ok(v) => {
                                pick.push(v);
                                continue;
                            }
                            Err(_) => {
                                return Ok(self.bail(format!(
                                    "iterating over a tuple holding {}",
                                    describe_slot(&other)
                                )))
                            }
                        },
                    };
                    let copy = self.temp();
                    self.emit(Inst::Copy { dst: copy, src: v });
                    pick.push(copy);
                }
                let cur = self.constant(Value::Int(0));
                let stop = self.constant(Value::Int(pick.len() as i64));
                let step = self.constant(Value::Int(1));
                self.push(Slot::RangeIter {
                    cur,
                    stop,
                    step,
                    pick,
                });
                Ok(Step::Next)
            }
            Slot::Val(iterable) => {
                let iter = self.object(ObjOp::Iter, vec![iterable]);
                self.push(Slot::ObjIter(iter));
                Ok(Step::Next)
            }
            other => Ok(self.bail(format!("iterating over {}", describe_slot(&other)))),
        }
    }

    fn for_iter(&mut self, next: Offset, exit: Offset) -> CompileResult<Step> {
        let range = match self.stack.last().cloned() {
            Some(Slot::RangeIter {
                cur,
                stop,
                step,
                pick,
            }) => Some((cur, stop, step, pick)),
            Some(Slot::ObjIter(_)) => None,
            _ => return Ok(self.bail("FOR_ITER over something tier 1 cannot hold")),
        };
        let exit = self.target(exit)?;
        let body = self.target(next)?;
        self.flow_to(&[exit])?;
        // The loop writes the item straight into the body's entry variable: a copy in
        // this block would run before the item exists.
        let placeholder = self.temp();
        self.push(Slot::Val(placeholder));
        if self.entry[body].is_none() {
            let entry = self.entry_stack_for(body);
            self.entry[body] = Some(entry);
            self.work.push(body);
        }
        let item = match self.entry[body].as_ref().and_then(|e| e.last()) {
            Some(Slot::Val(v)) => *v,
            _ => {
                return Err(CompileError::internal(
                    "loop body entry without an item slot",
                ))
            }
        };
        self.stack.pop();
        self.push(Slot::Val(item));
        self.flow_to(&[body])?;
        let (body, exit) = (BlockId(body as u32), BlockId(exit as u32));
        Ok(Step::End(match range {
            Some((cur, stop, step, pick)) => Term::ForRange {
                cur,
                stop,
                step,
                item,
                pick,
                body,
                exit,
            },
            None => {
                // The iterator is the slot under the item.
                let depth = self.stack.len() - 2;
                let Some(Slot::ObjIter(iter)) = self.stack.get(depth).cloned() else {
                    return Err(CompileError::internal("loop without its iterator"));
                };
                Term::ForIter {
                    iter,
                    item,
                    body,
                    exit,
                }
            }
        }))
    }
}

/// Loads whose value is only ever read as a number (`self.x * 2`, `t += xs[i]`) ask the
/// host for the number itself ([`ObjOp::GetAttrNum`]): no handle to make and release,
/// and no separate unboxing. Only a temporary with exactly one use, in arithmetic,
/// qualifies (never a Python local, which the interpreter may see after a resume);
/// anything that could see the object itself (a return, a store to a local, `is`, a
/// call) keeps the object. Nor does an operator one of whose operands is never a number
/// (`w += names[k]`, where `w` starts as `""`): the item is a string there, and the load
/// would bail at its first run (a driver's `main`, run once, would then finish in the
/// interpreter). Under an operator a class of the program overloads (`overloaded`
/// answers for its method and the reflected one), an attribute is fused so that an
/// object there is the object itself ([`ObjOp::GetAttrAny`]), and an item is not fused:
/// in raytrace, `self.lookingAt - self.position` subtracts points (numeric loads bailed
/// at the first run of the driver that `render` was compiled into). Not in a method of
/// a class that overloads the operator itself: `self.x + other.x` in a vector class's
/// own `__add__` or `dot` adds numbers (its fields), and stays all numeric.
fn fuse_unboxing(
    blocks: &mut [Block],
    vars: usize,
    locals: usize,
    overloaded: &dyn Fn((&str, &str)) -> bool,
) {
    let mut uses = vec![0u32; vars];
    let mut numeric = vec![false; vars];
    // Read by an operator a class of the program overloads: maybe an object.
    let mut maybe_object = vec![false; vars];
    let not_number = never_numbers(blocks, vars);
    let loaded = loaded_objects(blocks, vars, locals);
    let mut asked: HashMap<&'static str, bool> = HashMap::new();
    let mut overloads = |names: (&'static str, &'static str)| {
        *asked.entry(names.0).or_insert_with(|| overloaded(names))
    };
    for block in blocks.iter() {
        for inst in &block.insts {
            for u in inst.uses() {
                uses[u.index()] += 1;
            }
            let (arithmetic, overloaded) = match inst {
                // (`bool(x)` takes anything.)
                Inst::Intrinsic { func, .. } => (
                    *func != crate::ir::Intrinsic::Builtin(crate::code::Builtin::Bool),
                    false,
                ),
                Inst::Binary { op, lhs, rhs, .. } => (
                    !not_number[lhs.index()] && !not_number[rhs.index()],
                    overloads(op.dunders()),
                ),
                // `==` beside something loaded from an object (`ch == b[j - 1]`, with
                // `ch = a[i - 1]`) compares strings as often as numbers: fused, the
                // load of a character would bail at its first run (and a driver's
                // whole run would finish in the interpreter); unfused, a number costs
                // a host comparison.
                Inst::Compare {
                    op: CmpOp::Eq | CmpOp::Ne,
                    lhs,
                    rhs,
                    ..
                } if loaded[lhs.index()] || loaded[rhs.index()] => (false, false),
                Inst::Compare { op, lhs, rhs, .. } => (
                    !not_number[lhs.index()] && !not_number[rhs.index()],
                    overloads(op.dunders()),
                ),
                Inst::RangeInit { .. } => (true, false),
                // (A unary operator on an object bails in any case.)
                Inst::Unary { op, .. } => (*op != UnaryOp::Not, false),
                _ => (false, false),
            };
            if arithmetic {
                for u in inst.uses() {
                    numeric[u.index()] = true;
                    maybe_object[u.index()] |= overloaded;
                }
            }
        }
        for u in block.term.uses() {
            uses[u.index()] += 1;
        }
    }
    for block in blocks.iter_mut() {
        for inst in &mut block.insts {
            if let Inst::Object { dst, op, .. } = inst {
                if dst.index() < locals || uses[dst.index()] != 1 || !numeric[dst.index()] {
                    continue;
                }
                let overloaded = maybe_object[dst.index()];
                *op = match std::mem::replace(op, ObjOp::GetItem) {
                    ObjOp::GetAttr(name) if overloaded => ObjOp::GetAttrAny(name),
                    ObjOp::GetAttr(name) => ObjOp::GetAttrNum(name),
                    ObjOp::GetItem if overloaded => ObjOp::GetItem,
                    ObjOp::GetItem => ObjOp::GetItemNum,
                    other => other,
                };
            }
        }
    }
}

/// The Python locals some definition of which is an object loaded from another (an
/// item, an attribute, a slice: `ch = word[i]`), through copies: what they hold may be
/// anything. (A temporary so loaded is what fusing asks about, not an answer.)
fn loaded_objects(blocks: &[Block], vars: usize, locals: usize) -> Vec<bool> {
    let mut loaded = vec![false; vars];
    let mut copies = Vec::new();
    for inst in blocks.iter().flat_map(|b| &b.insts) {
        match inst {
            Inst::Object {
                dst,
                op: ObjOp::GetItem | ObjOp::GetAttr(_) | ObjOp::GetSlice,
                ..
            } => loaded[dst.index()] = true,
            Inst::Copy { dst, src } => copies.push((*dst, *src)),
            _ => {}
        }
    }
    through_copies(&mut loaded, &copies);
    for (i, l) in loaded.iter_mut().enumerate() {
        *l &= i < locals;
    }
    loaded
}

/// The variables some definition of which is surely not a number (a string constant, a
/// built tuple, list, string…), whatever else they may hold: an operator on one is an
/// operator on objects, whose other operand may be anything.
fn never_numbers(blocks: &[Block], vars: usize) -> Vec<bool> {
    let mut not_number = vec![false; vars];
    let mut copies = Vec::new();
    for inst in blocks.iter().flat_map(|b| &b.insts) {
        match inst {
            Inst::Object {
                dst,
                op: ObjOp::Str(_) | ObjOp::Build(_),
                ..
            } => not_number[dst.index()] = true,
            Inst::Copy { dst, src } => copies.push((*dst, *src)),
            _ => {}
        }
    }
    // (`w = prefix`.)
    through_copies(&mut not_number, &copies);
    not_number
}

/// Mark the destination of each copy (`dst`, `src`) whose source is marked, to a fixed
/// point.
fn through_copies(marked: &mut [bool], copies: &[(Var, Var)]) {
    let mut changed = true;
    while changed {
        changed = false;
        for (dst, src) in copies {
            if marked[src.index()] && !marked[dst.index()] {
                marked[dst.index()] = true;
                changed = true;
            }
        }
    }
}

/// What lowering one instruction did to the block.
pub(crate) enum Step {
    /// Carry on with the next instruction.
    Next,
    /// The block ends here.
    End(Term),
}

/// Does `inst` take its result's origin from operand `var` after writing the result
/// (`emit/origin.rs`: `min`/`max` compare the result with each operand, a call reads
/// its arguments' origins)? Then the result may not go straight into `var`: in
/// `a = min(a, 12345)` the result would be compared with itself, and `f(x) is x` lost.
fn reads_origin_of(inst: &Inst, var: Var) -> bool {
    let carries = matches!(
        inst,
        Inst::Call { .. }
            | Inst::Intrinsic {
                func: crate::ir::Intrinsic::Builtin(
                    crate::code::Builtin::Min | crate::code::Builtin::Max
                ),
                ..
            }
    );
    carries && inst.uses().contains(&var)
}

fn set_dst(inst: &mut Inst, var: Var) {
    if let Some(dst) = inst.dst_mut() {
        *dst = var;
    }
}

fn describe_constant(c: &crate::code::Constant) -> String {
    match c {
        crate::code::Constant::BigInt => "an int wider than 64 bits".to_owned(),
        crate::code::Constant::Other(t) => format!("a {t} constant"),
        crate::code::Constant::Tuple(_) => "a tuple constant".to_owned(),
        other => format!("{other:?}"),
    }
}

/// How the host rebuilds `slot` on the interpreter's stack, if it can.
fn stack_item(slot: &Slot) -> Option<StackItem> {
    Some(match slot {
        Slot::Val(v) | Slot::ObjIter(v) => StackItem::Value(*v),
        Slot::Null => StackItem::Null,
        Slot::Callee(_, Some(name)) => StackItem::Global(name.clone()),
        Slot::Callee(Callee::Math(attr), None) => StackItem::MathAttr(attr.clone()),
        Slot::RangeIter {
            cur,
            stop,
            step,
            pick,
        } if pick.is_empty() => StackItem::RangeIter {
            cur: *cur,
            stop: *stop,
            step: *step,
        },
        Slot::RangeIter { cur, pick, .. } => StackItem::TupleIter {
            items: pick.clone(),
            next: *cur,
        },
        Slot::RangeArgs(args) => StackItem::Range(args.clone()),
        // Rebuilt only once the call was made, its outcome in the callable's place.
        Slot::LazyMethod { .. } => StackItem::Called,
        Slot::LazySelf => StackItem::Null,
        Slot::BuiltinMethod { name, obj } => StackItem::MethodOf {
            obj: *obj,
            name: name.clone(),
        },
        Slot::BuiltinSelf(obj) => StackItem::Value(*obj),
        Slot::SelfOf { callable, obj } => StackItem::SelfOf {
            callable: *callable,
            obj: *obj,
        },
        Slot::Method {
            callee: Callee::Function(id, _),
            ..
        } => StackItem::Function(*id),
        Slot::Code(n) | Slot::ConstTuple(n) => StackItem::Const(*n),
        Slot::Saved {
            local,
            outer,
            inner,
        } => StackItem::Saved {
            local: *local,
            outer: *outer,
            inner: *inner,
        },
        Slot::Tuple(items) => {
            StackItem::Tuple(items.iter().map(stack_item).collect::<Option<_>>()?)
        }
        _ => return None,
    })
}

pub(crate) fn describe_slot(slot: &Slot) -> String {
    match slot {
        Slot::Val(_) => "a value".to_owned(),
        Slot::Null => "NULL".to_owned(),
        Slot::Callee(c, _) => c.describe(),
        Slot::MathModule => "the math module".to_owned(),
        Slot::RangeArgs(_) => "range()".to_owned(),
        Slot::RangeIter { .. } => "a range iterator".to_owned(),
        Slot::ObjIter(_) => "an iterator".to_owned(),
        Slot::Tuple(_) | Slot::ConstTuple(_) => "a tuple".to_owned(),
        Slot::Opaque(what) => what.clone(),
        Slot::Code(_) => "a code object".to_owned(),
        Slot::Saved { .. } => "a local saved by a comprehension".to_owned(),
        Slot::SelfOf { .. } => "a method's object".to_owned(),
        Slot::Method { name, .. }
        | Slot::LazyMethod { name, .. }
        | Slot::BuiltinMethod { name, .. } => format!("method .{name}()"),
        Slot::LazySelf | Slot::BuiltinSelf(_) => "a method's object".to_owned(),
    }
}

impl Slot {
    /// The variable of a value, or of the object a method was loaded from.
    fn object_var(&mut self) -> Option<&mut Var> {
        match self {
            Slot::Val(v)
            | Slot::SelfOf { obj: v, .. }
            | Slot::Method { obj: v, .. }
            | Slot::LazyMethod { obj: v, .. }
            | Slot::BuiltinMethod { obj: v, .. }
            | Slot::BuiltinSelf(v) => Some(v),
            _ => None,
        }
    }
}

/// Does `op` leave a method `LOAD_ATTR` loaded for the `CALL` to look up
/// ([`Slot::LazyMethod`])? What runs no Python code, changes nothing and can be done
/// again (or bails before it does anything): loads of locals, constants, globals and
/// closure variables, displays and f-strings (their host calls bail where a
/// `__hash__` or `__format__` would run), the `CALL` itself, and whatever does not
/// change the stack.
fn keeps_method_lazy(op: &Op) -> bool {
    matches!(
        op,
        Op::Nop
            | Op::LoadFast(_)
            | Op::LoadFastCheck(_)
            | Op::LoadFastPair(..)
            | Op::LoadConst(_)
            | Op::LoadSmallInt(_)
            | Op::LoadGlobal {
                push_null: false,
                ..
            }
            | Op::LoadDeref(_)
            | Op::BuildTuple(_)
            | Op::Build(..)
            | Op::Format(_)
            | Op::Call(_)
    )
}
