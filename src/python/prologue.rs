//! The tier-1 entry prologue: a few instructions inserted at the start of a user function's
//! bytecode, right after its `RESUME`, so that every call of the function — however the
//! interpreter makes it, including its own specialised call paths that never look at a
//! callable's type — first asks its dispatcher whether compiled code should run instead.
//!
//! ```text
//!     RESUME
//!     NOP                distance to body  ; becomes JUMP_FORWARD once settled
//!     LOAD_CONST         gate              ; the function's dispatcher (python/dispatch.rs)
//!     PUSH_NULL
//!     LOAD_FAST          p0 … pN-1         ; every bound parameter (positional, keyword-only, *args, **kwargs)
//!     LOAD_FAST          c0 … cM-1         ; the frame's cells, in slot order (below)
//!     CALL               N+M               ; gate(p0, …, c0, …): the compiled result, or the gate
//!     COPY               1
//!     LOAD_CONST         gate
//!     IS_OP              1                 ; result is not gate?
//!     POP_JUMP_IF_FALSE  miss
//!     RETURN_VALUE                         ; compiled code answered
//! miss:
//!     POP_TOP
//! body:                                    ; the function as the compiler emitted it
//!     …
//!     NOP × n                              ; the trampoline region (python/resume.rs)
//! ```
//!
//! The trampoline region follows the body's last instruction (a return, a raise or a
//! jump: never fallen into), so it can be as long as a resumed call's locals and value
//! stack need, whatever the one-byte jumps of the prologue reach.
//!
//! A function with cell variables (`MAKE_CELL`) or free variables (a closure's, filled by
//! `COPY_FREE_VARS`) has its cells in its frame before the prologue runs; the prologue
//! hands them to the gate after the parameters, so compiled code uses the frame's very
//! cells (the interpreter's own frames keep their slots where a host function cannot
//! read them).
//!
//! The function stays a plain Python function (`type(f) is types.FunctionType`, pickle,
//! copy, weakref, `inspect`, identity). Once its dispatcher settles in tier 0 it turns the
//! `NOP` into a `JUMP_FORWARD` over the rest ([`settle`]), so from then on a call costs one
//! jump. The prologue's code units carry no line number in the line table, so tracing
//! sees no `line` event for them; their `locations` entries (what a traceback through them
//! would show) are those of the first instruction of the body.
//!
//! [`insert`] rewrites a code object's data, whatever its constants are: python/rewrite.rs
//! gives it a copy of a compiled code object's (constants already Python objects) and the
//! dispatcher's place among them, then makes a new code object of the result.

use rustpython_vm::bytecode::{
    decode_exception_table, encode_exception_table, Arg, CodeFlags, CodeObject, CodeUnit,
    CodeUnits, Constant, Instruction, OpArgByte,
};

/// Why a code object gets no prologue (it could never run in tier 1, so it pays nothing).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum NoPrologue {
    /// Not a plain function body (a module, a class body, a generator…).
    #[error("not a plain function")]
    NotAFunction,
    /// More positional parameters than a tier-1 entry takes.
    #[error("more than {0} parameters")]
    TooManyParameters(usize),
    /// The code does not start with `RESUME` (never produced by RustPython's compiler).
    #[error("unexpected code shape")]
    Shape,
    /// More locals than the trampoline's instructions can name (two argument bytes).
    #[error("more than {MAX_LOCALS} local variables")]
    TooManyLocals,
}

/// Most locals a function with a prologue may have: the trampoline stores each with one
/// `EXTENDED_ARG` at most, and unpacks them all (and one more tuple) at once.
const MAX_LOCALS: usize = u16::MAX as usize - 1;

/// Where the prologue went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Inserted {
    /// The first code unit of the prologue (just after `RESUME`): its `NOP`.
    pub at: u32,
    /// Its length in code units: the original code's unit `i >= at` is `i + len` now.
    pub len: u32,
    /// Where a resumed call's trampoline goes.
    pub trampoline: Trampoline,
}

/// The code units kept after the body for resuming a call in the interpreter
/// (python/resume.rs): never reached by falling through. They have room to store every
/// local (`STORE_FAST`: writes through `f_locals` look each name up among all of them,
/// and a frame of 60 locals took 120,000 instructions to resume that way) and to
/// rebuild the deepest value stack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Trampoline {
    /// The first unit, in the code with the prologue.
    pub start: u32,
    /// How many units.
    pub len: u32,
}

/// The units of one `UNPACK_SEQUENCE` and its cache entries.
fn unpack_len() -> u32 {
    1 + Instruction::UnpackSequence {
        count: Arg::marker(),
    }
    .cache_entries() as u32
}

/// The region a value stack of `depth` entries needs, at most: per entry an
/// `UNPACK_SEQUENCE` (and its cache, and an `EXTENDED_ARG` past 255 entries), a
/// `PUSH_NULL` and a `SWAP`, then the jump (with three `EXTENDED_ARG`s).
fn trampoline_len(depth: u32) -> u32 {
    (depth + 1) * (unpack_len() + 3) + 6
}

/// What storing the locals in slots `0..count` other than `cells` adds to the region:
/// an `UNPACK_SEQUENCE` of them and the stack's tuple, then a `STORE_FAST` each (an
/// `EXTENDED_ARG` before either past 255).
fn locals_len(count: u32, cells: &[u32]) -> u32 {
    let stores: u32 = (0..count)
        .filter(|slot| !cells.contains(slot))
        .map(|slot| if slot > 255 { 2 } else { 1 })
        .sum();
    unpack_len() + u32::from(count >= 255) + stores
}

/// Insert the prologue into `code`, whose gate is the constant `gate` (appended to
/// `co_consts`). `max_params` bounds the positional parameters passed to the gate.
pub(crate) fn insert<C: Constant>(
    code: &mut CodeObject<C>,
    gate: C,
    max_params: usize,
) -> Result<Inserted, NoPrologue> {
    let function = CodeFlags::OPTIMIZED | CodeFlags::NEWLOCALS;
    if !code.flags.contains(function) {
        return Err(NoPrologue::NotAFunction);
    }
    // Every slot the call bound: the positional and keyword-only parameters, `*args`
    // and `**kwargs` (`co_varnames` order).
    let bound_extra = [CodeFlags::VARARGS, CodeFlags::VARKEYWORDS]
        .iter()
        .filter(|f| code.flags.contains(**f))
        .count();
    let params = (code.arg_count + code.kwonlyarg_count) as usize + bound_extra;
    let original = code.instructions.original_bytes();
    let cells = crate::jit::decode::cell_slots(&original, code.localspluskinds.len() as u32);
    if params > max_params || params + cells.len() > 255 {
        return Err(NoPrologue::TooManyParameters(max_params));
    }
    if code.varnames.len() > MAX_LOCALS {
        return Err(NoPrologue::TooManyLocals);
    }
    // `RESUME` comes first, after the `COPY_FREE_VARS` of a closure and the `MAKE_CELL`s
    // of a function with cell variables (the cells are the frame's before the gate is
    // called).
    let ops = original
        .chunks_exact(2)
        .map(|unit| Instruction::try_from(unit[0]).ok());
    let mut resume = None;
    for (i, op) in ops.enumerate() {
        match op {
            Some(
                Instruction::MakeCell { .. }
                | Instruction::CopyFreeVars { .. }
                | Instruction::ExtendedArg,
            ) => continue,
            Some(op @ Instruction::Resume { .. }) => resume = Some((i, op)),
            _ => {}
        }
        break;
    }
    let (resume_at, resume) = resume.ok_or(NoPrologue::Shape)?;
    // RESUME has no cache entries today; skip whatever it has.
    let at = resume_at + 1 + resume.cache_entries();

    let gate_index = u32::try_from(code.constants.len()).map_err(|_| NoPrologue::Shape)?;
    let prologue = assemble(gate_index, params as u32, &cells);
    let len = (prologue.len() / 2) as u32;
    let locals = code.varnames.len() as u32;
    let region = trampoline_len(code.max_stackdepth) + locals_len(locals, &cells);

    let mut bytes = Vec::with_capacity(original.len() + prologue.len() + 2 * region as usize);
    bytes.extend_from_slice(&original[..2 * at]);
    bytes.extend_from_slice(&prologue);
    bytes.extend_from_slice(&original[2 * at..]);
    let region_at = (bytes.len() / 2) as u32;
    for _ in 0..region {
        bytes.extend_from_slice(&[u8::from(Instruction::Nop), 0]);
    }
    let units: Vec<CodeUnit> = bytes
        .chunks_exact(2)
        .map(|pair| {
            let op = Instruction::try_from(pair[0]).unwrap_or(Instruction::Nop);
            CodeUnit::new(op, OpArgByte::new(pair[1]))
        })
        .collect();
    code.instructions = CodeUnits::from(units);

    let at = at as u32;
    // Tracebacks through the prologue point at the body's first instruction.
    let shown = code
        .locations
        .get(at as usize)
        .or_else(|| code.locations.first())
        .copied();
    if let Some(shown) = shown {
        let mut locations = code.locations.to_vec();
        let insert_at = (at as usize).min(locations.len());
        locations.splice(
            insert_at..insert_at,
            std::iter::repeat_n(shown, len as usize),
        );
        // (The trampoline's units raise nothing; they show the body's last location.)
        let last = locations.last().copied().unwrap_or(shown);
        locations.extend(std::iter::repeat_n(last, region as usize));
        code.locations = locations.into_boxed_slice();
    }
    let mut linetable = linetable_with_gap(&code.linetable, at, len);
    push_no_location(&mut linetable, region);
    code.linetable = linetable.into_boxed_slice();
    let mut entries = decode_exception_table(&code.exceptiontable);
    for e in &mut entries {
        let shift = |offset: u32| if offset >= at { offset + len } else { offset };
        e.start = shift(e.start);
        e.end = shift(e.end);
        e.target = shift(e.target);
    }
    code.exceptiontable = encode_exception_table(&entries);
    // A trampoline rebuilding a full stack holds two more entries on the way (a tuple
    // being unpacked and a NULL being put under it); storing the locals, it holds them
    // all and the stack's tuple, on a stack empty then.
    let passed = (params + cells.len()) as u32;
    code.max_stackdepth = (code.max_stackdepth + 2)
        .max(passed + 2)
        .max(locals + 1)
        .max(3);

    let mut constants: Vec<C> = code.constants.iter().cloned().collect();
    constants.push(gate);
    code.constants = constants.into_iter().collect();
    Ok(Inserted {
        at,
        len,
        trampoline: Trampoline {
            start: region_at,
            len: region,
        },
    })
}

/// The prologue's code units (see the module doc), for a gate at `co_consts[gate]`
/// passed the parameters and then the cells in slots `cells`.
fn assemble(gate: u32, params: u32, cells: &[u32]) -> Vec<u8> {
    let mut out = Asm::default();
    // A NOP whose argument is already the distance a JUMP_FORWARD here would need.
    let to_body = out.jump(Instruction::Nop);
    out.op(
        Instruction::LoadConst {
            consti: Arg::marker(),
        },
        gate,
    );
    out.op(Instruction::PushNull, 0);
    for slot in (0..params).chain(cells.iter().copied()) {
        out.op(
            Instruction::LoadFast {
                var_num: Arg::marker(),
            },
            slot,
        );
    }
    out.op(
        Instruction::Call {
            argc: Arg::marker(),
        },
        params + cells.len() as u32,
    );
    out.op(Instruction::Copy { i: Arg::marker() }, 1);
    out.op(
        Instruction::LoadConst {
            consti: Arg::marker(),
        },
        gate,
    );
    out.op(
        Instruction::IsOp {
            invert: Arg::marker(),
        },
        1,
    );
    let to_miss = out.jump(Instruction::PopJumpIfFalse {
        delta: Arg::marker(),
    });
    out.op(Instruction::ReturnValue, 0);
    out.land(to_miss);
    out.op(Instruction::PopTop, 0);
    out.land(to_body);
    out.bytes
}

/// Turn the prologue at code unit `at` of `code` into a jump over itself: the function's
/// calls go straight to its body from now on. Returns false (and changes nothing) if the
/// unit is not the prologue's `NOP` (already settled, or not a prologue).
pub(crate) fn settle(code: &CodeUnits, at: u32) -> bool {
    let at = at as usize;
    if at >= code.len() || !matches!(code.read_op(at), Instruction::Nop) {
        return false;
    }
    // SAFETY: `at` is in bounds and holds the prologue's NOP, whose argument byte is the
    // distance to the body: exactly the argument JUMP_FORWARD reads there. Neither has
    // cache entries, so the instruction stream keeps its shape.
    unsafe {
        code.replace_op(
            at,
            Instruction::JumpForward {
                delta: Arg::marker(),
            },
        )
    };
    true
}

/// Undo [`settle`]: the prologue at `at` asks its gate again. Returns false (and changes
/// nothing) if the unit is not a settled prologue's jump.
pub(crate) fn unsettle(code: &CodeUnits, at: u32) -> bool {
    let at = at as usize;
    if at >= code.len() || !matches!(code.read_op(at), Instruction::JumpForward { .. }) {
        return false;
    }
    // SAFETY: as in `settle`, the other way round; NOP ignores the argument byte.
    unsafe { code.replace_op(at, Instruction::Nop) };
    true
}

/// A tiny assembler for forward jumps whose distance fits one argument byte.
#[derive(Default)]
struct Asm {
    bytes: Vec<u8>,
}

/// A forward jump waiting for its target: where its argument byte is, and the code unit
/// the distance counts from (the one after its cache entries).
struct Pending {
    arg_byte: usize,
    from: usize,
}

impl Asm {
    fn units(&self) -> usize {
        self.bytes.len() / 2
    }

    /// `instr` with argument `arg` (with `EXTENDED_ARG` prefixes as needed) and its
    /// zeroed cache entries.
    fn op(&mut self, instr: Instruction, arg: u32) {
        let prefixes = [arg >> 24, arg >> 16, arg >> 8];
        let mut started = false;
        for p in prefixes {
            if p & 0xff != 0 || started {
                started = true;
                self.bytes.push(u8::from(Instruction::ExtendedArg));
                self.bytes.push((p & 0xff) as u8);
            }
        }
        self.bytes.push(u8::from(instr));
        self.bytes.push((arg & 0xff) as u8);
        for _ in 0..instr.cache_entries() {
            self.bytes.push(u8::from(Instruction::Cache));
            self.bytes.push(0);
        }
    }

    fn jump(&mut self, instr: Instruction) -> Pending {
        self.op(instr, 0);
        let from = self.units();
        let arg_byte = 2 * (from - 1 - instr.cache_entries()) + 1;
        Pending { arg_byte, from }
    }

    fn land(&mut self, jump: Pending) {
        let distance = self.units() - jump.from;
        debug_assert!(distance < 256, "prologue jumps are short");
        self.bytes[jump.arg_byte] = distance as u8;
    }
}

/// `table` (CPython 3.11's line table format) with `len` code units of "no location"
/// inserted at code unit `at`. Entries are delta-coded against the line of the previous
/// located entry, and "no location" entries leave that line alone, so only the entry
/// that spans `at` changes: it is split in two around the gap, its second half
/// re-encoded with a line delta of zero.
fn linetable_with_gap(table: &[u8], at: u32, len: u32) -> Vec<u8> {
    let entries = split_entries(table);
    let mut out = Vec::with_capacity(table.len() + 4);
    let mut unit = 0u32;
    let mut done = false;
    for entry in entries {
        let header = entry[0];
        let code = (header >> 3) & 0x0f;
        let length = u32::from(header & 0x07) + 1;
        if !done && unit + length > at {
            let before = at - unit;
            if before == 0 {
                push_no_location(&mut out, len);
                out.extend_from_slice(entry);
            } else {
                out.push(0x80 | (code << 3) | (before as u8 - 1));
                out.extend_from_slice(&entry[1..]);
                push_no_location(&mut out, len);
                let rest = length - before;
                out.push(0x80 | (same_line_code(code) << 3) | (rest as u8 - 1));
                out.extend_from_slice(&same_line_payload(code, &entry[1..]));
            }
            done = true;
        } else {
            out.extend_from_slice(entry);
        }
        unit += length;
    }
    if !done {
        push_no_location(&mut out, len);
    }
    out
}

/// The entries of a line table: each starts with a byte whose top bit is set.
fn split_entries(table: &[u8]) -> Vec<&[u8]> {
    let mut entries = Vec::new();
    let mut start = 0;
    for i in 1..=table.len() {
        if i == table.len() || table[i] & 0x80 != 0 {
            if start < i {
                entries.push(&table[start..i]);
            }
            start = i;
        }
    }
    entries
}

/// "No location" entries (code 15) covering `units` code units, at most 8 per entry.
fn push_no_location(out: &mut Vec<u8>, mut units: u32) {
    while units > 0 {
        let n = units.min(8);
        out.push(0x80 | (15 << 3) | (n as u8 - 1));
        units -= n;
    }
}

/// The entry kind that says "the same line as the previous entry" for an entry of kind
/// `code`: short forms (0–9) already do; the one-line forms (10–12, line delta 0–2)
/// become 10; "no column" (13) and the long form (14) keep their kind with a zero delta.
fn same_line_code(code: u8) -> u8 {
    match code {
        10..=12 => 10,
        other => other,
    }
}

/// The payload of `code`'s entry with its line delta set to zero.
fn same_line_payload(code: u8, payload: &[u8]) -> Vec<u8> {
    match code {
        // A signed varint line delta first: replace it with zero (one byte, 0x00).
        13 | 14 => {
            let delta_len = payload
                .iter()
                .position(|b| b & 0x40 == 0)
                .map_or(payload.len(), |i| i + 1);
            let mut out = vec![0];
            out.extend_from_slice(&payload[delta_len..]);
            out
        }
        _ => payload.to_vec(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nop_jumps_to_the_body_once_settled() {
        let code = assemble(3, 2, &[]);
        let units: Vec<(Instruction, u8)> = code
            .chunks_exact(2)
            .map(|p| (Instruction::try_from(p[0]).unwrap(), p[1]))
            .collect();
        // NOP(distance), then LOAD_CONST 3.
        assert!(matches!(units[0].0, Instruction::Nop));
        assert!(matches!(units[1].0, Instruction::LoadConst { .. }));
        assert_eq!(units[1].1, 3);
        assert_eq!(
            1 + usize::from(units[0].1),
            units.len(),
            "a jump lands on the body"
        );
        let last = units.len() - 1;
        assert!(matches!(units[last].0, Instruction::PopTop));
        assert!(matches!(units[last - 1].0, Instruction::ReturnValue));
        assert_eq!(locals_len(300, &[1, 2]), unpack_len() + 1 + 298 + 44);
        let units = CodeUnits::try_from(&code[..]).expect("valid units");
        assert!(settle(&units, 0));
        assert!(matches!(units.read_op(0), Instruction::JumpForward { .. }));
        assert!(!settle(&units, 0), "settling twice changes nothing");
        assert!(unsettle(&units, 0));
        assert!(matches!(units.read_op(0), Instruction::Nop));
    }

    #[test]
    fn a_gap_splits_the_entry_it_falls_in() {
        // One short-form entry (code 0) of 4 units with a 1-byte payload, then a
        // no-column entry (code 13) of 2 units with line delta +1 (varint 0x02).
        let table = [0x80 | 3, 0x05, 0x80 | (13 << 3) | 1, 0x02];
        let out = linetable_with_gap(&table, 1, 10);
        assert_eq!(
            out,
            vec![
                0x80,
                0x05,                 // 1 unit, the old entry's first part
                0x80 | (15 << 3) | 7, // 8 units of no location
                0x80 | (15 << 3) | 1, // 2 more
                0x80 | 2,
                0x05, // the old entry's other 3 units
                0x80 | (13 << 3) | 1,
                0x02, // untouched
            ]
        );
    }

    #[test]
    fn a_gap_at_an_entry_boundary_needs_no_split() {
        let table = [0x80, 0x05, 0x80 | (13 << 3), 0x02];
        let out = linetable_with_gap(&table, 1, 3);
        assert_eq!(
            out,
            vec![0x80, 0x05, 0x80 | (15 << 3) | 2, 0x80 | (13 << 3), 0x02]
        );
    }

    #[test]
    fn the_long_form_keeps_its_columns_with_a_zero_delta() {
        // Long form: line delta +3 (svarint 6), end-line delta 0, columns 1 and 5.
        let payload = [0x06, 0x00, 0x02, 0x06];
        assert_eq!(
            same_line_payload(14, &payload),
            vec![0x00, 0x00, 0x02, 0x06]
        );
        assert_eq!(same_line_code(12), 10);
    }
}
