//! Which variables are live where: the classic backward dataflow over a function's
//! blocks. The emitter asks one question of it: after a `copy`, is its source still
//! needed? If not, the copy *moves* an object's handle instead of duplicating it (one host
//! call saved, and one release of the source later).

use crate::ir::{BlockId, Function, Inst, Term, Var};

/// Variables a terminator assigns (on its way to a successor).
fn term_defs(term: &Term) -> Vec<Var> {
    match term {
        Term::ForRange { cur, item, .. } => vec![*cur, *item],
        Term::ForIter { item, .. } => vec![*item],
        _ => vec![],
    }
}

/// Variables an instruction assigns.
fn inst_defs(inst: &Inst) -> Vec<Var> {
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
    let n = func.blocks.len();
    let vars = func.vars.len();
    let mut live_in: Vec<Vec<bool>> = vec![vec![false; vars]; n];
    let succs: Vec<Vec<BlockId>> = func.blocks.iter().map(|b| b.term.successors()).collect();
    // Iterate to a fixpoint, last block first (most edges point forward).
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
            break;
        }
    }
    let mut moves = Vec::with_capacity(n);
    for (b, block_succs) in succs.iter().enumerate() {
        let mut live = live_out(&live_in, block_succs, vars);
        let mut block_moves = vec![false; func.blocks[b].insts.len()];
        step_block(func, b, &mut live, &mut |i, live_after| {
            if let Inst::Copy { dst, src } = &func.blocks[b].insts[i] {
                block_moves[i] = dst != src && !live_after[src.index()];
            }
        });
        moves.push(block_moves);
    }
    moves
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
    for (i, inst) in block.insts.iter().enumerate().rev() {
        visit(i, live);
        for d in inst_defs(inst) {
            live[d.index()] = false;
        }
        for u in inst.uses() {
            live[u.index()] = true;
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
