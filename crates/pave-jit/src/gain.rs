//! Gain: whether a unit on objects is expected to run faster compiled than interpreted,
//! estimated from its IR before its module is loaded.
//!
//! Compiled code on objects asks the host for every attribute, item, call and operator on
//! objects, and natively most such host calls cost more than the interpreter's own
//! instruction for it (the engine's way out and back, the handle of what it gives back,
//! and later that handle's release; a number read where it lies costs less). What
//! compiled code saves is the interpreter's dispatch and value stack on every other
//! instruction, the boxing of numbers it keeps unboxed, and the frames of the calls it
//! makes directly. A function whose loops are mostly host calls (a loop over characters
//! calling `ch.isalpha()`, `ord`, `chr` and `out.append`) runs slower compiled: 1.53× the
//! interpreter's instructions (docs/measurements.md, "Whether a unit pays, string
//! constants, short leaves"). This module weighs the two per loop iteration, the
//! instructions of a loop counting [`LOOP_WEIGHT`] times those around it, the callees
//! the unit calls directly at their call sites' weight.
//!
//! The costs are in native machine instructions, measured with callgrind (the same
//! document): they are estimates, meant to tell a loop of host calls from a loop with
//! work of its own, not to forecast a time.

use crate::error::CompileError;
use crate::ir::{BinOp, Function, Inst, ObjOp, Term, Unit};
use crate::kinds::Kind;

/// How many times the body of a loop is taken to run for each run of what encloses it.
pub const LOOP_WEIGHT: f64 = 8.0;
/// Loops nested deeper than this weigh as much as this deep.
const MAX_DEPTH: i32 = 4;
/// What the interpreter spends on a bytecode instruction, on average: dispatch, value
/// stack, reference counts (a `for i in range(n): pass` iteration runs 484 machine
/// instructions for three bytecode instructions, `x = i` 72 more a pair).
pub const INTERP_PER_INSTRUCTION: f64 = 120.0;
/// What it spends more on arithmetic or a comparison of numbers: the `int` or `float`
/// it allocates and frees, which compiled code keeps unboxed.
pub const INTERP_PER_NUMBER_OP: f64 = 80.0;
/// Compiled code is taken to pay only if it runs at most this share of the
/// interpreter's instructions: the estimate is rough, and a module costs its compile.
pub const MARGIN: f64 = 0.9;

/// What a host call of `op` costs compiled code, and what the interpreter spends on it
/// beyond [`INTERP_PER_INSTRUCTION`], in machine instructions, values' handles and their
/// release included (callgrind, loops of one such operation, compiled against
/// interpreted; docs/measurements.md, "Whether a unit pays…"). `None`: no call at all
/// (a constant handle).
fn host_cost(op: &ObjOp) -> Option<(f64, f64)> {
    Some(match op {
        ObjOp::Str(_) | ObjOp::ConstGlobal(_) | ObjOp::Constant(_) => return None,
        // A number read where it lies, unboxed: the interpreter boxes it.
        ObjOp::GetAttrNum(_) | ObjOp::GetItemNum => (350.0, 250.0),
        ObjOp::Len => (350.0, 300.0),
        // The interpreter's is a call of a builtin.
        ObjOp::Ord => (350.0, 700.0),
        ObjOp::Chr => (450.0, 700.0),
        ObjOp::GetAttr(_) | ObjOp::GetAttrAny(_) | ObjOp::GetItem => (550.0, 150.0),
        ObjOp::Unpack { .. } => (550.0, 50.0),
        ObjOp::SetAttr(..) | ObjOp::SetItem | ObjOp::DelItem | ObjOp::SetGlobal(_) => {
            (600.0, 150.0)
        }
        // A direct call's check, where the interpreter looks the method up and calls a
        // function of its own in a new frame.
        ObjOp::CheckMethod(..) | ObjOp::WhichMethod(..) => (300.0, 300.0),
        ObjOp::CheckOperator(..) => (300.0, 1500.0),
        ObjOp::Contains { .. } => (900.0, 300.0),
        ObjOp::GetMethod(_) | ObjOp::GetSpecial(_) | ObjOp::SuperAttr { .. } => (900.0, 200.0),
        ObjOp::Call { .. } => (1000.0, 700.0),
        // The lookup and the call in one, with no method object (`out.append(i)`:
        // ~1,550 compiled, the `int` boxed for it included; `c.isalpha()` ~1,780).
        ObjOp::CallMethod { .. } => (1500.0, 900.0),
        ObjOp::NewInstance(_) => (1000.0, 2500.0),
        _ => (700.0, 100.0),
    })
}

/// What the interpreter spends on a call of a Python function beyond its instructions'
/// dispatch (a frame, its arguments bound): what a direct call between compiled
/// functions of the unit saves.
const INTERP_PY_CALL: f64 = 1800.0;

/// A host operator on objects (`+` on strings, a comparison of two objects).
const HOST_OPERATOR: f64 = 700.0;
/// A host comparison of objects.
const HOST_COMPARE: f64 = 900.0;
/// The truth of an object, asked of the host.
const HOST_TRUTH: f64 = 800.0;
/// The next item of an iterator over objects.
const HOST_NEXT: f64 = 500.0;

/// What a unit is expected to cost per call of its root, interpreted and compiled, in
/// machine instructions, its loops weighed by [`LOOP_WEIGHT`].
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Estimate {
    /// Bytecode instructions, weighted.
    pub instructions: f64,
    /// Host calls compiled code makes, weighted.
    pub host_calls: f64,
    /// What the interpreter would spend.
    pub interpreted: f64,
    /// What compiled code would spend.
    pub compiled: f64,
}

impl Estimate {
    /// Is compiled code expected to be faster, by [`MARGIN`]?
    pub fn pays(&self) -> bool {
        self.compiled <= self.interpreted * MARGIN
    }

    /// The estimate in plain words, for a report.
    pub fn describe(&self) -> String {
        self.refusal().to_string()
    }

    /// The [`CompileError::NoGain`] that says so.
    pub fn refusal(&self) -> CompileError {
        CompileError::NoGain {
            host_calls: self.host_calls.round() as u64,
            instructions: self.instructions.round() as u64,
            compiled: self.compiled.round() as u64,
            interpreted: self.interpreted.round() as u64,
        }
    }

    fn add_scaled(&mut self, other: &Estimate, by: f64) {
        self.instructions += other.instructions * by;
        self.host_calls += other.host_calls * by;
        self.interpreted += other.interpreted * by;
        self.compiled += other.compiled * by;
    }

    fn host(&mut self, cost: f64) {
        self.host_calls += 1.0;
        self.compiled += cost;
    }
}

/// The estimate for `unit`.
pub fn estimate(unit: &Unit) -> Estimate {
    let mut memo: Vec<Option<Estimate>> = vec![None; unit.funcs.len()];
    let mut busy = vec![false; unit.funcs.len()];
    of_function(unit, 0, &mut memo, &mut busy)
}

/// Per call of function `f`, its direct callees included (a recursive call counts once,
/// at its site, without its callee's body again).
fn of_function(
    unit: &Unit,
    f: usize,
    memo: &mut Vec<Option<Estimate>>,
    busy: &mut Vec<bool>,
) -> Estimate {
    if let Some(done) = memo[f] {
        return done;
    }
    let Some(func) = unit.funcs.get(f) else {
        return Estimate::default();
    };
    busy[f] = true;
    let depths = loop_depths(func);
    let mut total = Estimate::default();
    for (b, block) in func.blocks.iter().enumerate() {
        let weight = LOOP_WEIGHT.powi(depths[b].min(MAX_DEPTH));
        let mut own = Estimate {
            instructions: f64::from(block.ops),
            interpreted: f64::from(block.ops) * INTERP_PER_INSTRUCTION,
            ..Estimate::default()
        };
        for inst in &block.insts {
            match inst {
                Inst::Call { callee, .. } => {
                    let c = callee.0 as usize;
                    own.interpreted += INTERP_PY_CALL;
                    if c < busy.len() && !busy[c] {
                        let callee = of_function(unit, c, memo, busy);
                        total.add_scaled(&callee, weight);
                    }
                }
                Inst::Object { op, .. } => {
                    if let Some((compiled, interpreted)) = host_cost(op) {
                        own.host(compiled);
                        own.interpreted += interpreted;
                    }
                }
                Inst::Binary { op, lhs, rhs, .. } => {
                    if numbers(func, *lhs) && numbers(func, *rhs) {
                        own.interpreted += INTERP_PER_NUMBER_OP;
                    } else if !matches!(op, BinOp::And | BinOp::Or | BinOp::Xor) {
                        own.host(HOST_OPERATOR);
                    }
                }
                Inst::Compare { lhs, rhs, .. } => {
                    if numbers(func, *lhs) && numbers(func, *rhs) {
                        own.interpreted += INTERP_PER_NUMBER_OP;
                    } else {
                        own.host(HOST_COMPARE);
                    }
                }
                Inst::Truth { src, .. } if !numbers(func, *src) => own.host(HOST_TRUTH),
                _ => {}
            }
        }
        if let Term::ForIter { .. } = block.term {
            own.host(HOST_NEXT);
        }
        total.add_scaled(&own, weight);
    }
    busy[f] = false;
    memo[f] = Some(total);
    total
}

/// Can `var` hold a number that arithmetic on it keeps unboxed (not only objects)?
fn numbers(func: &Function, var: crate::ir::Var) -> bool {
    let kinds = func.kinds(var);
    kinds.contains(Kind::Int)
        || kinds.contains(Kind::Float)
        || kinds.contains(Kind::Bool)
        || !kinds.contains(Kind::Object)
}

/// The loop depth of every block of `func`: in how many natural loops it lies. A jump
/// to a block at or before its source is a back edge (the lowering keeps the bytecode's
/// order, where every loop jumps back); its loop is the header and every block that
/// reaches the edge's source without passing through the header. (The structured
/// shape nests a loop's exit inside its `loop` construct, so it cannot tell.)
fn loop_depths(func: &Function) -> Vec<i32> {
    let preds = func.predecessors();
    let mut loops: Vec<(usize, Vec<bool>)> = Vec::new();
    for (s, block) in func.blocks.iter().enumerate() {
        for h in block.term.successors() {
            let h = h.index();
            if h > s {
                continue;
            }
            let index = match loops.iter().position(|(header, _)| *header == h) {
                Some(i) => i,
                None => {
                    loops.push((h, vec![false; func.blocks.len()]));
                    loops.len() - 1
                }
            };
            let body = &mut loops[index].1;
            body[h] = true;
            let mut work = vec![s];
            while let Some(b) = work.pop() {
                if body[b] {
                    continue;
                }
                body[b] = true;
                work.extend(preds[b].iter().map(|p| p.index()));
            }
        }
    }
    (0..func.blocks.len())
        .map(|b| loops.iter().filter(|(_, body)| body[b]).count() as i32)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{BlockId, CmpOp, Var};
    use crate::kinds::Kinds;
    use crate::testing::{branch, function, unit};

    /// The estimate of `func` after giving its variables `kinds` and its blocks `ops`
    /// bytecode instructions each.
    fn estimate_of(mut func: Function, kinds: &[Kinds], ops: &[u32]) -> Estimate {
        for (v, k) in func.vars.iter_mut().zip(kinds) {
            v.kinds = *k;
        }
        for (b, n) in func.blocks.iter_mut().zip(ops) {
            b.ops = *n;
        }
        estimate(&unit(func))
    }

    #[test]
    fn a_loop_of_method_calls_on_objects_does_not_pay() {
        // for ch in text: ch.isalpha()
        let func = function(
            "f",
            1,
            4,
            vec![
                (vec![], Term::Jump(BlockId(1))),
                (
                    vec![],
                    Term::ForIter {
                        iter: Var(0),
                        item: Var(1),
                        body: BlockId(2),
                        exit: BlockId(3),
                    },
                ),
                (
                    vec![Inst::Object {
                        dst: Var(3),
                        op: ObjOp::CallMethod {
                            name: "isalpha".to_owned(),
                            before: 0,
                        },
                        args: vec![Var(1)],
                    }],
                    Term::Jump(BlockId(1)),
                ),
                (vec![], Term::Return(Var(0))),
            ],
        );
        let e = estimate_of(func, &[Kinds::OBJECT; 4], &[2, 1, 5, 2]);
        assert_eq!(e.host_calls, 2.0 * LOOP_WEIGHT, "next, callmethod");
        assert!(!e.pays(), "{}", e.describe());
    }

    #[test]
    fn a_loop_of_arithmetic_on_unboxed_numbers_pays_and_loops_weigh_more() {
        // while i < n: i = i + i
        let func = function(
            "f",
            2,
            3,
            vec![
                (vec![], Term::Jump(BlockId(1))),
                (
                    vec![Inst::Compare {
                        dst: Var(2),
                        op: CmpOp::Lt,
                        lhs: Var(0),
                        rhs: Var(1),
                    }],
                    branch(2, 2, 3),
                ),
                (
                    vec![Inst::Binary {
                        dst: Var(0),
                        op: BinOp::Add,
                        lhs: Var(0),
                        rhs: Var(0),
                        inplace: false,
                    }],
                    Term::Jump(BlockId(1)),
                ),
                (vec![], Term::Return(Var(0))),
            ],
        );
        let e = estimate_of(func, &[Kinds::INT, Kinds::INT, Kinds::BOOL], &[1, 4, 5, 2]);
        assert_eq!(e.host_calls, 0.0);
        assert_eq!(e.instructions, 1.0 + 2.0 + (4.0 + 5.0) * LOOP_WEIGHT);
        assert!(e.pays(), "{}", e.describe());
    }
}
