//! Decode: RustPython bytecode → instructions → basic blocks.
//!
//! Reads the *original* code units (what the compiler emitted, before the interpreter's
//! adaptive specialisation rewrote any of them), folds `EXTENDED_ARG` prefixes, skips
//! inline cache entries, resolves relative jumps to absolute code-unit indices, and cuts
//! the stream into basic blocks. Opcodes tier 1 does not handle decode to
//! [`Op::Unsupported`] so the lowering can decide what a path through them means.

use std::collections::BTreeSet;

use rustpython_compiler_core::bytecode::{
    oparg::{BinaryOperator, ComparisonOperator, IntrinsicFunction1, SpecialMethod},
    Instruction, OpArg,
};

use crate::abi::BuildKind;
use crate::error::{CompileError, CompileResult};

/// A code-unit index: where an instruction (or a jump target) is.
pub type Offset = u32;

/// One decoded instruction.
#[derive(Debug, Clone, PartialEq)]
pub struct Insn {
    /// Where the instruction starts: its first `EXTENDED_ARG` prefix, if it has any
    /// (jumps may land there).
    pub start: Offset,
    /// Where the instruction's own opcode is (after any `EXTENDED_ARG` prefixes).
    pub at: Offset,
    /// Where the next instruction starts (past the cache entries).
    pub next: Offset,
    /// What it does.
    pub op: Op,
}

/// The instructions tier 1 understands, with their arguments decoded.
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    /// No effect: `NOP`, `RESUME`, `NOT_TAKEN`, `CACHE`.
    Nop,
    /// Push local `n`.
    LoadFast(u32),
    /// Push local `n`, raising `UnboundLocalError` if unassigned.
    LoadFastCheck(u32),
    /// Push locals `a` then `b`.
    LoadFastPair(u32, u32),
    /// Pop into local `n`.
    StoreFast(u32),
    /// Pop into `a`, then pop into `b`.
    StoreFastPair(u32, u32),
    /// Pop into `a`, then push local `b`.
    StoreFastLoadFast(u32, u32),
    /// Push `co_consts[n]`.
    LoadConst(u32),
    /// Wrap frame slot `n` in a cell (before `RESUME`: the frame's cell is there when
    /// compiled code runs).
    MakeCell(u32),
    /// Copy the closure's `n` cells into the frame's last `n` slots (before `RESUME`: the
    /// frame's cells are there when compiled code runs).
    CopyFreeVars(u32),
    /// Push the contents of the cell in frame slot `n` (`NameError` if empty).
    LoadDeref(u32),
    /// Pop into the cell in frame slot `n`.
    StoreDeref(u32),
    /// Pop a function, then a value for its attribute `flag` (8: the closure tuple);
    /// push the function.
    SetFunctionAttribute(u32),
    /// Push a small int.
    LoadSmallInt(i64),
    /// Push global `co_names[name]`, then `NULL` if `push_null`.
    LoadGlobal { name: u32, push_null: bool },
    /// Pop an object, push its attribute `co_names[name]` (then `NULL` or the object for a
    /// method load).
    LoadAttr { name: u32, method: bool },
    /// `super().co_names[name]` (`LOAD_SUPER_ATTR`): pops `self`, the class and the
    /// global `super`; pushes the attribute (then `NULL` or `self` for a method load).
    /// (Whether `super` is called with the class and `self` or, as RustPython does for
    /// `super()`, with no arguments, which finds the same two in the frame, makes no
    /// difference where `super` is the builtin.)
    LoadSuperAttr { name: u32, method: bool },
    /// Pop an object, then a value: `obj.co_names[name] = value`.
    StoreAttr(u32),
    /// `STORE_GLOBAL` of the name at this index.
    StoreGlobal(u32),
    /// `LOAD_SPECIAL`: pop an object, push its class's method `name` (`__enter__` or
    /// `__exit__` of a `with`), then the object or `NULL`, as a method load does, but
    /// looked up on the class alone.
    LoadSpecial(&'static str),
    /// `IMPORT_NAME`: pop the from-list, then the level; push the module
    /// `co_names[name]` as `import` finds it.
    ImportName(u32),
    /// `IMPORT_FROM`: push the attribute `co_names[name]` of the module on top (which
    /// stays), as `from … import name` finds it.
    ImportFrom(u32),
    /// Pop a key, an object, then a value: `obj[key] = value`.
    StoreSubscr,
    /// Pop a key, then an object: `del obj[key]`.
    DeleteSubscr,
    /// `list.extend(iterable)` of the list `n` entries down (`LIST_EXTEND`): how a list
    /// display of constants is built (`[1, 2, 3]` is `BUILD_LIST 0`, the tuple constant,
    /// `LIST_EXTEND 1`).
    ListExtend(u32),
    /// `DICT_MERGE n`: the dict `n` entries down takes the keyword arguments of the
    /// mapping on top (`f(**kw)`), raising on a repeated name.
    DictMerge(u32),
    /// `container[start:stop]` (`BINARY_SLICE`): pops `stop`, `start`, `container`.
    BinarySlice,
    /// `container[start:stop] = value` (`STORE_SLICE`): pops `stop`, `start`,
    /// `container`, `value`.
    StoreSlice,
    /// Push `NULL`.
    PushNull,
    /// Pop.
    PopTop,
    /// Push a copy of the `n`th item from the top (1 = top).
    Copy(u32),
    /// Swap the top with the `n`th item (2 = second).
    Swap(u32),
    /// Pop `n` items into a tuple.
    BuildTuple(u32),
    /// Pop `n` items (`2n` for a map: keys and values) into a new container, or `n`
    /// strings into one: `BUILD_LIST`, `BUILD_SET`, `BUILD_MAP`, `BUILD_STRING`.
    Build(crate::abi::BuildKind, u32),
    /// f-string pieces: `FORMAT_SIMPLE`, `FORMAT_WITH_SPEC` (value, spec),
    /// `CONVERT_VALUE` (`!s`, `!r`, `!a`).
    Format(crate::abi::BuildKind),
    /// Pop a sequence of exactly `n` items and push them, the first on top.
    UnpackSequence(u32),
    /// Binary operator (including in-place forms, which are the same on numbers).
    Binary(BinaryOperator),
    /// Comparison.
    Compare(ComparisonOperator),
    /// `is` (`false`) or `is not` (`true`).
    Is { negate: bool },
    /// `in` (`false`) or `not in` (`true`): pops the container, then the item.
    Contains { negate: bool },
    /// Convert the top to `bool`.
    ToBool,
    /// `-x`.
    Negative,
    /// `+x`.
    Positive,
    /// `not x`.
    Not,
    /// `~x`.
    Invert,
    /// Call with `argc` positional arguments: stack is `callable, self_or_null, args…`.
    Call(u32),
    /// `CALL_KW argc`: as [`Op::Call`] with a tuple of keyword names on top, naming the
    /// last of the `argc` arguments.
    CallKw(u32),
    /// `CALL_FUNCTION_EX`: `callable(*args, **kwargs)`, with `callable`, `NULL`, the
    /// positional arguments (any iterable) and the keyword arguments (a dict or `NULL`)
    /// on the stack.
    CallFunctionEx,
    /// `iter(top)`.
    GetIter,
    /// Advance the iterator on top; at its end jump to `exit` (the iterator stays).
    ForIter { exit: Offset },
    /// End of a `for` loop's exit path (pops the exhausted value slot; no-op here).
    EndFor,
    /// Pop the iterator after a loop.
    PopIter,
    /// Push local `n` (`NULL` if unassigned) and unassign it: a comprehension keeps its
    /// variable's outer value on the stack (`STORE_FAST n` puts it back).
    LoadFastAndClear(u32),
    /// Pop a value (for `Dict`: a value, then a key) and add it to the list, set or
    /// dict `n` deep on the stack (1 = top): a comprehension's `LIST_APPEND`,
    /// `SET_ADD`, `MAP_ADD`.
    Collect(BuildKind, u32),
    /// Pop a code object, push a function of it (no defaults, no closure: those follow
    /// as `SET_FUNCTION_ATTRIBUTE`).
    MakeFunction,
    /// Unconditional jump (forward or backward).
    Jump(Offset),
    /// Pop; jump if false / true / None / not None.
    PopJumpIf { when: JumpWhen, target: Offset },
    /// Return the top.
    Return,
    /// Anything else, by opcode name.
    Unsupported(String),
}

/// The condition of a `POP_JUMP_IF_*`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JumpWhen {
    /// `POP_JUMP_IF_FALSE`.
    False,
    /// `POP_JUMP_IF_TRUE`.
    True,
    /// `POP_JUMP_IF_NONE`.
    None,
    /// `POP_JUMP_IF_NOT_NONE`.
    NotNone,
}

impl Op {
    /// The offsets control may go to besides falling through.
    pub fn jump_targets(&self) -> Vec<Offset> {
        match self {
            Op::ForIter { exit } => vec![*exit],
            Op::Jump(t) | Op::PopJumpIf { target: t, .. } => vec![*t],
            _ => Vec::new(),
        }
    }

    /// Does control never fall through to the next instruction?
    pub fn ends_flow(&self) -> bool {
        matches!(self, Op::Jump(_) | Op::Return)
    }
}

/// The most instructions (`NOP`s aside) one run through `insns` can take, for code
/// without loops: a chain of `if`/`elif`/`return` of twenty-six instructions runs at most
/// eighteen of them. A backward jump (a loop) counts as the end of a path.
pub fn longest_path(insns: &[Insn]) -> usize {
    let index: std::collections::HashMap<Offset, usize> = insns
        .iter()
        .enumerate()
        .map(|(i, insn)| (insn.start, i))
        .collect();
    let mut longest = vec![0usize; insns.len()];
    for i in (0..insns.len()).rev() {
        let insn = &insns[i];
        let mut next: Vec<usize> = insn
            .op
            .jump_targets()
            .iter()
            .filter_map(|t| index.get(t).copied())
            .collect();
        if !insn.op.ends_flow() {
            next.push(i + 1);
        }
        let after = next
            .into_iter()
            .filter(|&j| j > i && j < insns.len())
            .map(|j| longest[j])
            .max()
            .unwrap_or(0);
        longest[i] = usize::from(!matches!(insn.op, Op::Nop)) + after;
    }
    longest.first().copied().unwrap_or(0)
}

/// The frame slots of `code` (a frame of `slots` slots) that hold cells when its entry
/// prologue runs, in order: those the `MAKE_CELL`s before `RESUME` make, and the last
/// ones, which `COPY_FREE_VARS` fills from the closure. The prologue passes them to the
/// gate in this order after the parameters (python/prologue.rs), and compiled code takes
/// them from there (`ObjOp::FrameCell`): one rule for both.
pub fn cell_slots(code: &[u8], slots: u32) -> Vec<u32> {
    let mut cells = Vec::new();
    let mut extended = 0u32;
    for unit in code.chunks_exact(2) {
        let arg = (extended << 8) | u32::from(unit[1]);
        extended = 0;
        match Instruction::try_from(unit[0]).ok() {
            Some(Instruction::ExtendedArg) => extended = arg,
            Some(Instruction::MakeCell { .. }) => cells.push(arg),
            Some(Instruction::CopyFreeVars { .. }) => {
                cells.extend(slots.saturating_sub(arg)..slots);
            }
            _ => break,
        }
    }
    cells.sort_unstable();
    cells.dedup();
    cells
}

/// Decode every instruction of `code` (pairs of opcode and argument bytes).
pub fn decode(code: &[u8]) -> CompileResult<Vec<Insn>> {
    if !code.len().is_multiple_of(2) {
        return Err(CompileError::internal("odd bytecode length"));
    }
    let units = code.len() / 2;
    let mut insns = Vec::new();
    let mut i = 0usize;
    let mut ext: u32 = 0;
    let mut start: Option<usize> = None;
    while i < units {
        let (op_byte, arg_byte) = (code[2 * i], code[2 * i + 1]);
        let instr = Instruction::try_from(op_byte)
            .map_err(|_| CompileError::internal(format!("unknown opcode {op_byte} at {i}")))?;
        let arg = (ext << 8) | u32::from(arg_byte);
        if matches!(instr, Instruction::ExtendedArg) {
            ext = arg;
            start.get_or_insert(i);
            i += 1;
            continue;
        }
        ext = 0;
        let at = i as Offset;
        let next = at + 1 + instr.cache_entries() as Offset;
        let op = decode_op(instr, arg, at)?;
        let start = start.take().unwrap_or(i) as Offset;
        insns.push(Insn {
            start,
            at,
            next,
            op,
        });
        i = next as usize;
    }
    Ok(insns)
}

fn decode_op(instr: Instruction, arg: u32, at: Offset) -> CompileResult<Op> {
    use Instruction as I;
    let oparg = OpArg::new(arg);
    let after = at + 1;
    let bad = |what: &str| CompileError::internal(format!("bad {what} argument {arg} at {at}"));
    let op = match instr {
        I::Nop | I::NotTaken | I::Resume { .. } | I::Cache => Op::Nop,
        I::LoadFast { .. } | I::LoadFastBorrow { .. } => Op::LoadFast(arg),
        I::LoadFastCheck { .. } => Op::LoadFastCheck(arg),
        I::LoadFastLoadFast { .. } | I::LoadFastBorrowLoadFastBorrow { .. } => {
            Op::LoadFastPair(arg >> 4, arg & 15)
        }
        I::StoreFast { .. } => Op::StoreFast(arg),
        I::StoreFastStoreFast { .. } => Op::StoreFastPair(arg >> 4, arg & 15),
        I::StoreFastLoadFast { .. } => Op::StoreFastLoadFast(arg >> 4, arg & 15),
        I::LoadConst { .. } => Op::LoadConst(arg),
        I::MakeCell { .. } => Op::MakeCell(arg),
        I::CopyFreeVars { .. } => Op::CopyFreeVars(arg),
        I::LoadDeref { .. } => Op::LoadDeref(arg),
        I::StoreDeref { .. } => Op::StoreDeref(arg),
        I::SetFunctionAttribute { .. } => Op::SetFunctionAttribute(arg),
        I::LoadSmallInt { .. } => Op::LoadSmallInt(i64::from(arg)),
        I::LoadGlobal { .. } => Op::LoadGlobal {
            name: arg >> 1,
            push_null: arg & 1 == 1,
        },
        I::LoadAttr { .. } => Op::LoadAttr {
            name: arg >> 1,
            method: arg & 1 == 1,
        },
        I::LoadSuperAttr { .. } => Op::LoadSuperAttr {
            name: arg >> 2,
            method: arg & 1 == 1,
        },
        I::StoreAttr { .. } => Op::StoreAttr(arg),
        I::StoreGlobal { .. } => Op::StoreGlobal(arg),
        I::ImportName { .. } => Op::ImportName(arg),
        I::LoadSpecial { method } => match method.try_get(oparg) {
            Ok(SpecialMethod::Enter) => Op::LoadSpecial("__enter__"),
            Ok(SpecialMethod::Exit) => Op::LoadSpecial("__exit__"),
            Ok(other) => Op::Unsupported(format!("LOAD_SPECIAL {other:?}")),
            Err(_) => return Err(bad("LOAD_SPECIAL")),
        },
        I::ImportFrom { .. } => Op::ImportFrom(arg),
        I::StoreSubscr => Op::StoreSubscr,
        I::DeleteSubscr => Op::DeleteSubscr,
        I::PushNull => Op::PushNull,
        I::PopTop => Op::PopTop,
        I::Copy { .. } => Op::Copy(arg),
        I::Swap { .. } => Op::Swap(arg),
        I::BuildTuple { .. } => Op::BuildTuple(arg),
        I::BuildList { .. } => Op::Build(BuildKind::List, arg),
        I::BuildSet { .. } => Op::Build(BuildKind::Set, arg),
        I::BuildMap { .. } => Op::Build(BuildKind::Dict, arg),
        I::BuildString { .. } => Op::Build(BuildKind::String, arg),
        I::BuildSlice { .. } => Op::Build(BuildKind::Slice, arg),
        I::ListExtend { .. } => Op::ListExtend(arg),
        I::DictMerge { .. } => Op::DictMerge(arg),
        I::BinarySlice => Op::BinarySlice,
        I::StoreSlice => Op::StoreSlice,
        I::FormatSimple => Op::Format(BuildKind::Format),
        I::FormatWithSpec => Op::Format(BuildKind::FormatSpec),
        I::ConvertValue { .. } => match arg {
            1 => Op::Format(BuildKind::Str),
            2 => Op::Format(BuildKind::Repr),
            3 => Op::Format(BuildKind::Ascii),
            _ => return Err(bad("CONVERT_VALUE")),
        },
        I::UnpackSequence { .. } => Op::UnpackSequence(arg),
        I::BinaryOp { op } => Op::Binary(op.try_get(oparg).map_err(|_| bad("BINARY_OP"))?),
        I::CompareOp { opname } => {
            Op::Compare(opname.try_get(oparg).map_err(|_| bad("COMPARE_OP"))?)
        }
        I::IsOp { .. } => Op::Is { negate: arg != 0 },
        I::ContainsOp { .. } => Op::Contains { negate: arg != 0 },
        I::ToBool => Op::ToBool,
        I::UnaryNegative => Op::Negative,
        I::UnaryNot => Op::Not,
        I::UnaryInvert => Op::Invert,
        I::CallIntrinsic1 { func } => match func.try_get(oparg) {
            Ok(IntrinsicFunction1::UnaryPositive) => Op::Positive,
            Ok(IntrinsicFunction1::ListToTuple) => Op::Format(BuildKind::TupleOfList),
            Ok(other) => Op::Unsupported(format!("CALL_INTRINSIC_1 {other:?}")),
            Err(_) => return Err(bad("CALL_INTRINSIC_1")),
        },
        I::Call { .. } => Op::Call(arg),
        I::CallKw { .. } => Op::CallKw(arg),
        I::CallFunctionEx => Op::CallFunctionEx,
        I::GetIter => Op::GetIter,
        I::ForIter { .. } => Op::ForIter {
            exit: after + 1 + arg,
        },
        I::EndFor => Op::EndFor,
        I::PopIter => Op::PopIter,
        I::LoadFastAndClear { .. } => Op::LoadFastAndClear(arg),
        I::MakeFunction => Op::MakeFunction,
        I::ListAppend { .. } => Op::Collect(BuildKind::List, arg),
        I::SetAdd { .. } => Op::Collect(BuildKind::Set, arg),
        I::MapAdd { .. } => Op::Collect(BuildKind::Dict, arg),
        I::JumpForward { .. } => Op::Jump(after + arg),
        // Backwards from the next instruction: past `JUMP_BACKWARD`'s cache entry (the
        // `NO_INTERRUPT` form, in `except` clauses, has none).
        I::JumpBackward { .. } | I::JumpBackwardNoInterrupt { .. } => Op::Jump(
            (after + instr.cache_entries() as Offset)
                .checked_sub(arg)
                .ok_or_else(|| bad("JUMP_BACKWARD"))?,
        ),
        I::PopJumpIfFalse { .. } => pop_jump(JumpWhen::False, after + 1 + arg),
        I::PopJumpIfTrue { .. } => pop_jump(JumpWhen::True, after + 1 + arg),
        I::PopJumpIfNone { .. } => pop_jump(JumpWhen::None, after + 1 + arg),
        I::PopJumpIfNotNone { .. } => pop_jump(JumpWhen::NotNone, after + 1 + arg),
        I::ReturnValue => Op::Return,
        other => Op::Unsupported(opcode_name(other)),
    };
    Ok(op)
}

fn pop_jump(when: JumpWhen, target: Offset) -> Op {
    Op::PopJumpIf { when, target }
}

/// `LOAD_ATTR`-style upper-case name of an opcode, for messages.
fn opcode_name(instr: Instruction) -> String {
    let debug = format!("{:?}", instr.as_opcode());
    let mut name = String::new();
    for (i, c) in debug.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            name.push('_');
        }
        name.push(c.to_ascii_uppercase());
    }
    name
}

/// A maximal straight-line run of instructions.
#[derive(Debug, Clone, PartialEq)]
pub struct BasicBlock {
    /// Offset of the first instruction (the block's identity).
    pub start: Offset,
    /// Indices into the instruction list, `first..end`.
    pub first: usize,
    /// One past the last instruction index.
    pub end: usize,
}

/// Split decoded instructions into basic blocks, ordered by offset. A block starts at
/// offset 0, at every jump target, and after every jump or return.
pub fn blocks(insns: &[Insn]) -> CompileResult<Vec<BasicBlock>> {
    let mut leaders = BTreeSet::new();
    leaders.insert(0);
    for insn in insns {
        for target in insn.op.jump_targets() {
            leaders.insert(target);
        }
        if !insn.op.jump_targets().is_empty() || insn.op.ends_flow() {
            leaders.insert(insn.next);
        }
    }
    let starts: std::collections::HashSet<Offset> = insns.iter().map(|i| i.start).collect();
    let end = insns.last().map_or(0, |i| i.next);
    for leader in &leaders {
        if *leader != end && !starts.contains(leader) {
            return Err(CompileError::internal(format!(
                "jump into the middle of an instruction at {leader}"
            )));
        }
    }
    let mut blocks = Vec::new();
    let mut first = 0;
    for (index, insn) in insns.iter().enumerate() {
        let last_of_block = index + 1 == insns.len() || leaders.contains(&insns[index + 1].start);
        if last_of_block {
            blocks.push(BasicBlock {
                start: insns[first].start,
                first,
                end: index + 1,
            });
            first = index + 1;
        }
        let _ = insn;
    }
    Ok(blocks)
}

#[cfg(test)]
mod tests {
    use super::*;
    use rustpython_compiler_core::bytecode::Arg;

    fn unit(op: Instruction, arg: u8) -> [u8; 2] {
        [u8::from(op), arg]
    }

    #[test]
    fn extended_args_fold_and_caches_are_skipped() {
        let mut code = Vec::new();
        code.extend(unit(Instruction::ExtendedArg, 1));
        code.extend(unit(Instruction::LoadSmallInt { i: Arg::marker() }, 2));
        code.extend(unit(Instruction::ReturnValue, 0));
        let insns = decode(&code).expect("decodes");
        assert_eq!(insns[0].op, Op::LoadSmallInt(258));
        assert_eq!(insns[0].at, 1);
        assert_eq!(insns[0].start, 0);
        assert_eq!(insns[1].at, 2);
    }

    #[test]
    fn forward_jump_targets_are_absolute() {
        // 0: JUMP_FORWARD 1 → 2; 1: NOP; 2: RETURN_VALUE
        let mut code = Vec::new();
        code.extend(unit(
            Instruction::JumpForward {
                delta: Arg::marker(),
            },
            1,
        ));
        code.extend(unit(Instruction::Nop, 0));
        code.extend(unit(Instruction::ReturnValue, 0));
        let insns = decode(&code).expect("decodes");
        assert_eq!(insns[0].op, Op::Jump(2));
        let blocks = blocks(&insns).expect("blocks");
        let starts: Vec<Offset> = blocks.iter().map(|b| b.start).collect();
        assert_eq!(starts, vec![0, 1, 2]);
    }

    #[test]
    fn the_longest_path_counts_the_longer_arm_only() {
        // 0: load; 1: if false → 4; 2: const; 3: return; 4: nop; 5: const; 6: const;
        // 7: return. The arms run 2 and 3 instructions (the NOP not counted).
        let ops = [
            Op::LoadConst(0),
            Op::PopJumpIf {
                when: JumpWhen::False,
                target: 4,
            },
            Op::LoadConst(0),
            Op::Return,
            Op::Nop,
            Op::LoadConst(0),
            Op::LoadConst(0),
            Op::Return,
        ];
        let insns: Vec<Insn> = ops
            .into_iter()
            .enumerate()
            .map(|(i, op)| Insn {
                start: i as Offset,
                at: i as Offset,
                next: i as Offset + 1,
                op,
            })
            .collect();
        assert_eq!(longest_path(&insns), 2 + 3);
        assert_eq!(longest_path(&insns[2..4]), 2);
        assert_eq!(longest_path(&[]), 0);
    }
}
