//! Which variables are live where: the classic backward dataflow over a function's
//! blocks, run once per function ([`analyse`]). The emitter asks two questions of it. After a `copy`, is its source still
//! needed? If not, the copy *moves* an object's handle instead of duplicating it (one host
//! call saved, and one release of the source later). And where does each temporary (a
//! value on the interpreter's stack, not a Python local) die? There its object is
//! released, as the interpreter drops a value it pops: a `__del__` or a weak reference
//! sees the same lifetime with the JIT on and off.
//!
//! A variable on the value stack of a resume point is read by the instructions that may
//! bail out to that point (the hand-over reports it), so it is live there.

use crate::ir::{BlockId, Function, Inst, Term, Var};

/// Variables a terminator assigns (on its way to a successor).
pub(crate) fn term_defs(term: &Term) -> Vec<Var> {
    match term {
        Term::ForRange { cur, item, .. } => vec![*cur, *item],
        Term::ForIter { item, .. } => vec![*item],
        _ => vec![],
    }
}

/// Variables an instruction assigns.
pub(crate) fn inst_defs(inst: &Inst) -> Vec<Var> {
    match inst {
        Inst::RangeInit {
            cur, stop, step, ..
        } => vec![*cur, *stop, *step],
        other => other.dst().into_iter().collect(),
    }
}

/// For every block, for every instruction, whether each `Copy`'s source is dead right
/// after it: `moves[b][i]` is true when instruction `i` of block `b` is such a copy.
pub fn copy_moves(func: &Function) -> Vec<Vec<bool>> {
    analyse(func, &|_| false).moves
}

/// Where the variables `candidate` picks die: `after[b][i]`, those read or assigned by
/// instruction `i` of block `b` and dead right after it; `entry[b]`, those live out of a
/// predecessor of `b` but not into `b` (dead on the edge: an iterator when its loop
/// ends).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Deaths {
    pub after: Vec<Vec<Vec<Var>>>,
    pub entry: Vec<Vec<Var>>,
}

/// What the emitter learns from one liveness pass: the copies that move
/// ([`copy_moves`]) and the [`Deaths`] of the variables a candidate test picks.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Analysis {
    pub moves: Vec<Vec<bool>>,
    pub deaths: Deaths,
}

/// Both answers, from one fixpoint.
pub fn analyse(func: &Function, candidate: &dyn Fn(Var) -> bool) -> Analysis {
    let n = func.blocks.len();
    let vars = func.vars.len();
    let succs: Vec<Vec<BlockId>> = func.blocks.iter().map(|b| b.term.successors()).collect();
    let live_in = live_ins(func, &succs);
    let mut moves = Vec::with_capacity(n);
    let mut out = Deaths {
        after: Vec::with_capacity(n),
        entry: vec![Vec::new(); n],
    };
    for (b, block_succs) in succs.iter().enumerate() {
        let live_after_block = live_out(&live_in, block_succs, vars);
        // What the block's end still reads (its terminator, and the stack of the point
        // it may bail to there) dies on an edge too.
        let term = &func.blocks[b].term;
        let mut at_end = live_after_block.clone();
        for u in term.uses().into_iter().chain(term_point_vars(func, b)) {
            at_end[u.index()] = true;
        }
        for s in block_succs {
            for v in 0..vars {
                let var = Var(v as u32);
                if at_end[v]
                    && !live_in[s.index()][v]
                    && candidate(var)
                    && !out.entry[s.index()].contains(&var)
                {
                    out.entry[s.index()].push(var);
                }
            }
        }
        let mut live = live_after_block;
        let block = &func.blocks[b];
        let mut after = vec![Vec::new(); block.insts.len()];
        let mut block_moves = vec![false; block.insts.len()];
        step_block(func, b, &mut live, &mut |i, live_after| {
            let inst = &block.insts[i];
            if let Inst::Copy { dst, src } = inst {
                block_moves[i] = dst != src && !live_after[src.index()];
            }
            // A value only the instruction's resume point still held (the stack of the
            // bytecode it came from) dies here too.
            let mut touched = inst.uses();
            touched.extend(inst_defs(inst));
            touched.extend(point_vars(func, block.point(i)));
            for v in touched {
                if !live_after[v.index()] && candidate(v) && !after[i].contains(&v) {
                    after[i].push(v);
                }
            }
        });
        out.after.push(after);
        moves.push(block_moves);
    }
    Analysis { moves, deaths: out }
}

/// For every block, for every instruction, whether a variable `pick` picks is live right
/// after it.
pub fn any_live_after(func: &Function, pick: &dyn Fn(Var) -> bool) -> Vec<Vec<bool>> {
    let succs: Vec<Vec<BlockId>> = func.blocks.iter().map(|b| b.term.successors()).collect();
    let live_in = live_ins(func, &succs);
    (0..func.blocks.len())
        .map(|b| {
            let mut live = live_out(&live_in, &succs[b], func.vars.len());
            let mut after = vec![false; func.blocks[b].insts.len()];
            step_block(func, b, &mut live, &mut |i, live_after| {
                after[i] = live_after
                    .iter()
                    .enumerate()
                    .any(|(v, l)| *l && pick(Var(v as u32)));
            });
            after
        })
        .collect()
}

/// The variables live into each block, iterated to a fixpoint.
fn live_ins(func: &Function, succs: &[Vec<BlockId>]) -> Vec<Vec<bool>> {
    let n = func.blocks.len();
    let vars = func.vars.len();
    let mut live_in: Vec<Vec<bool>> = vec![vec![false; vars]; n];
    // Last block first (most edges point forward).
    loop {
        let mut changed = false;
        for b in (0..n).rev() {
            let mut live = live_out(&live_in, &succs[b], vars);
            step_block(func, b, &mut live, &mut |_, _| {});
            if live != live_in[b] {
                live_in[b] = live;
                changed = true;
            }
        }
        if !changed {
            return live_in;
        }
    }
}

/// The variables on the value stack of resume point `point` (read by a hand-over).
fn point_vars(func: &Function, point: Option<u32>) -> Vec<Var> {
    point
        .and_then(|p| func.points.get(p as usize))
        .map(|p| p.stack.iter().flat_map(|item| item.vars()).collect())
        .unwrap_or_default()
}

/// The variables the resume point of block `b`'s terminator holds, if the terminator may
/// bail out to it (a `for` loop's `next`, a bail-out): a jump never reads its point, so
/// a value the bytecode's stack still held there can move before it.
fn term_point_vars(func: &Function, b: usize) -> Vec<Var> {
    let block = &func.blocks[b];
    match block.term {
        Term::ForIter { .. } | Term::Bail { .. } => point_vars(func, block.term_point),
        _ => Vec::new(),
    }
}

fn live_out(live_in: &[Vec<bool>], succs: &[BlockId], vars: usize) -> Vec<bool> {
    let mut out = vec![false; vars];
    for s in succs {
        for (o, l) in out.iter_mut().zip(&live_in[s.index()]) {
            *o |= *l;
        }
    }
    out
}

/// Walk block `b` backwards from `live` (its live-out set), leaving its live-in set;
/// `visit(i, live_after)` sees each instruction with the set live just after it.
fn step_block(func: &Function, b: usize, live: &mut [bool], visit: &mut dyn FnMut(usize, &[bool])) {
    let block = &func.blocks[b];
    for d in term_defs(&block.term) {
        live[d.index()] = false;
    }
    for u in block.term.uses() {
        live[u.index()] = true;
    }
    for u in term_point_vars(func, b) {
        live[u.index()] = true;
    }
    for (i, inst) in block.insts.iter().enumerate().rev() {
        visit(i, live);
        let defs = inst_defs(inst);
        for d in &defs {
            live[d.index()] = false;
        }
        for u in inst.uses() {
            live[u.index()] = true;
        }
        // A bail-out of the instruction reads its point's stack, except what the
        // instruction itself assigns (an instance `new` makes): that holds nothing yet.
        for u in point_vars(func, block.point(i)) {
            if !defs.contains(&u) {
                live[u.index()] = true;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{BlockId, Value};
    use crate::testing::{branch, function};

    fn copy(dst: u32, src: u32) -> Inst {
        Inst::Copy {
            dst: Var(dst),
            src: Var(src),
        }
    }

    #[test]
    fn a_copy_whose_source_is_read_again_is_not_a_move() {
        // v0 = 1; v1 = v0; v2 = v0; return v1: the first copy keeps v0, the second moves it.
        let one = Inst::Const {
            dst: Var(0),
            value: Value::Int(1),
        };
        let f = function(
            "f",
            0,
            3,
            vec![(vec![one, copy(1, 0), copy(2, 0)], Term::Return(Var(1)))],
        );
        assert_eq!(copy_moves(&f), vec![vec![false, false, true]]);
    }

    #[test]
    fn a_source_read_round_a_loop_stays_live() {
        // b0: v1 = v0 (v0 read again in b1, reached from the back edge) → not a move.
        // b1: branch v2 → b0 or b2; b2: return v1.
        let f = function(
            "f",
            1,
            3,
            vec![
                (vec![copy(1, 0)], Term::Jump(BlockId(1))),
                (vec![copy(2, 0)], branch(2, 0, 2)),
                (vec![], Term::Return(Var(1))),
            ],
        );
        assert_eq!(copy_moves(&f), vec![vec![false], vec![false], vec![]]);
    }
}
