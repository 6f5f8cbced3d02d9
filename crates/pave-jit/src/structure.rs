//! Structure: a function's control-flow graph → nested wasm `block` / `loop` / `if`.
//!
//! The algorithm is Norman Ramsey's "Beyond Relooper" (ICFP 2022): walk the dominator
//! tree; a node that several forward edges reach ("merge node") is placed right after a
//! `block` that its predecessors break out of; a loop header opens a `loop` that back
//! edges branch to; a node with a single forward predecessor is inlined where that edge
//! is taken. Branch targets are contexts on a stack, so a `br` depth is the distance to
//! its context. Python compiles only reducible graphs; an irreducible one (which this
//! rejects) would need a different scheme.

use crate::abi::BailReason;
use crate::error::{CompileError, CompileResult};
use crate::ir::{BlockId, Function, Term, Var};

/// Structured control for one function.
#[derive(Debug, Clone, PartialEq)]
pub enum Shape {
    /// One after the other.
    Seq(Vec<Shape>),
    /// A wasm `block`: `br` to it continues after its end.
    Block(Box<Shape>),
    /// A wasm `loop` headed by a block: `br` to it jumps back to the start.
    Loop(BlockId, Box<Shape>),
    /// The instructions of a block (its terminator is expressed by the shapes around).
    Code(BlockId),
    /// Two-way choice.
    If {
        /// What is tested.
        cond: Cond,
        /// Taken when true.
        then: Box<Shape>,
        /// Taken when false.
        otherwise: Box<Shape>,
    },
    /// `item = cur; cur += step` (saturating at `stop`): the step of a range loop; with
    /// items to pick, `item = pick[cur]`.
    RangeStep {
        /// The loop's current value.
        cur: Var,
        /// Its bound.
        stop: Var,
        /// Its step.
        step: Var,
        /// The loop variable.
        item: Var,
        /// The tuple's items, for a loop over one.
        pick: Vec<Var>,
    },
    /// Branch out `depth` enclosing constructs (0 = innermost).
    Br(u32),
    /// Return from the function.
    Return(Var),
    /// Return a tuple (root only).
    ReturnTuple(Vec<Var>),
    /// Give the call back to the interpreter (at a resume point, if it has one).
    Bail(BailReason, String, Option<u32>),
}

/// The condition of a [`Shape::If`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cond {
    /// A `bool` variable.
    Bool(Var),
    /// Does the range loop have another item?
    RangeHasNext {
        /// Current value.
        cur: Var,
        /// Bound.
        stop: Var,
        /// Step (never zero).
        step: Var,
    },
    /// Does the iterator object have another item? (Fetching it sets `item`.)
    IterNext {
        /// The iterator.
        iter: Var,
        /// The loop's item variable.
        item: Var,
        /// Where to resume if fetching bails out.
        point: Option<u32>,
    },
}

/// What an enclosing construct is, for computing `br` depths.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Context {
    /// A `block` after whose end `BlockId`'s code follows.
    FollowedBy(BlockId),
    /// A `loop` headed by `BlockId`.
    LoopHeadedBy(BlockId),
    /// An `if` arm (branches cannot target it).
    IfArm,
}

/// How deeply structured constructs may nest. The passes over a [`Shape`] (this one,
/// emitting, dropping it) recurse once per level, so this bounds their native stack use;
/// a deeper function (thousands of sequential `if`s each leave a `block` open around the
/// rest) stays in tier 0 with this reason.
pub const MAX_NESTING: usize = 256;

/// Structure `func`'s blocks.
pub fn structure(func: &Function) -> CompileResult<Shape> {
    let graph = Graph::new(func)?;
    let mut ctx = Vec::new();
    graph.do_tree(BlockId(0), &mut ctx)
}

struct Graph<'f> {
    func: &'f Function,
    /// Reverse-postorder number of each block (`usize::MAX` if unreachable).
    rpo: Vec<usize>,
    /// Blocks reached by two or more forward edges.
    merge: Vec<bool>,
    /// Blocks targeted by a back edge.
    loop_header: Vec<bool>,
    /// Children of each block in the dominator tree that are merge nodes, latest first.
    merge_children: Vec<Vec<BlockId>>,
    /// How deep `do_tree` is in its own recursion.
    depth: std::cell::Cell<usize>,
}

impl<'f> Graph<'f> {
    fn new(func: &'f Function) -> CompileResult<Self> {
        let n = func.blocks.len();
        let order = postorder(func);
        let mut rpo = vec![usize::MAX; n];
        for (i, b) in order.iter().rev().enumerate() {
            rpo[b.index()] = i;
        }
        let preds = func.predecessors();
        let idom = dominators(func, &order, &rpo, &preds);
        let mut merge = vec![false; n];
        let mut loop_header = vec![false; n];
        for b in 0..n {
            if rpo[b] == usize::MAX {
                continue;
            }
            let forward = preds[b]
                .iter()
                .filter(|p| rpo[p.index()] != usize::MAX && rpo[p.index()] < rpo[b])
                .count();
            merge[b] = forward >= 2;
            for p in &preds[b] {
                if rpo[p.index()] != usize::MAX && rpo[p.index()] >= rpo[b] {
                    if !dominates(&idom, BlockId(b as u32), *p) {
                        return Err(CompileError::unsupported(
                            "control flow",
                            "an irreducible loop",
                            func.blocks[b].line,
                        ));
                    }
                    loop_header[b] = true;
                }
            }
        }
        let mut merge_children = vec![Vec::new(); n];
        for c in 0..n {
            match idom[c] {
                Some(parent) if parent.index() != c && merge[c] => {
                    merge_children[parent.index()].push(BlockId(c as u32));
                }
                _ => {}
            }
        }
        for children in &mut merge_children {
            children.sort_by_key(|c| std::cmp::Reverse(rpo[c.index()]));
        }
        Ok(Graph {
            func,
            rpo,
            merge,
            loop_header,
            merge_children,
            depth: std::cell::Cell::new(0),
        })
    }

    fn do_tree(&self, x: BlockId, ctx: &mut Vec<Context>) -> CompileResult<Shape> {
        self.depth.set(self.depth.get() + 1);
        let shape = self.do_tree_within_bound(x, ctx);
        self.depth.set(self.depth.get() - 1);
        shape
    }

    fn do_tree_within_bound(&self, x: BlockId, ctx: &mut Vec<Context>) -> CompileResult<Shape> {
        if self.depth.get() > MAX_NESTING {
            return Err(CompileError::unsupported(
                "control flow",
                format!("it nests more than {MAX_NESTING} levels deep (usually a very long run of `if`s)"),
                self.func.blocks[x.index()].line,
            ));
        }
        let merges = &self.merge_children[x.index()];
        if self.loop_header[x.index()] {
            ctx.push(Context::LoopHeadedBy(x));
            let body = self.node_within(x, merges, ctx);
            ctx.pop();
            Ok(Shape::Loop(x, Box::new(body?)))
        } else {
            self.node_within(x, merges, ctx)
        }
    }

    fn node_within(
        &self,
        x: BlockId,
        merges: &[BlockId],
        ctx: &mut Vec<Context>,
    ) -> CompileResult<Shape> {
        match merges.split_first() {
            Some((y, rest)) => {
                ctx.push(Context::FollowedBy(*y));
                let inner = self.node_within(x, rest, ctx);
                ctx.pop();
                let after = self.do_tree(*y, ctx)?;
                Ok(Shape::Seq(vec![Shape::Block(Box::new(inner?)), after]))
            }
            None => {
                let mut seq = vec![Shape::Code(x)];
                seq.push(self.terminator(x, ctx)?);
                Ok(Shape::Seq(seq))
            }
        }
    }

    fn terminator(&self, x: BlockId, ctx: &mut Vec<Context>) -> CompileResult<Shape> {
        Ok(match &self.func.block(x).term {
            Term::Jump(t) => self.do_branch(x, *t, ctx)?,
            Term::Branch {
                cond,
                then,
                otherwise,
            } => self.two_way(x, Cond::Bool(*cond), None, *then, *otherwise, ctx)?,
            Term::ForRange {
                cur,
                stop,
                step,
                item,
                pick,
                body,
                exit,
            } => {
                let advance = Shape::RangeStep {
                    cur: *cur,
                    stop: *stop,
                    step: *step,
                    item: *item,
                    pick: pick.clone(),
                };
                let cond = Cond::RangeHasNext {
                    cur: *cur,
                    stop: *stop,
                    step: *step,
                };
                self.two_way(x, cond, Some(advance), *body, *exit, ctx)?
            }
            Term::ForIter {
                iter,
                item,
                body,
                exit,
            } => {
                let cond = Cond::IterNext {
                    iter: *iter,
                    item: *item,
                    point: self.func.block(x).term_point,
                };
                self.two_way(x, cond, None, *body, *exit, ctx)?
            }
            Term::Return(v) => Shape::Return(*v),
            Term::ReturnTuple(vs) => Shape::ReturnTuple(vs.clone()),
            Term::Bail { reason, detail, .. } => {
                Shape::Bail(*reason, detail.clone(), self.func.block(x).term_point)
            }
        })
    }

    fn two_way(
        &self,
        x: BlockId,
        cond: Cond,
        prelude: Option<Shape>,
        then: BlockId,
        otherwise: BlockId,
        ctx: &mut Vec<Context>,
    ) -> CompileResult<Shape> {
        ctx.push(Context::IfArm);
        let then_shape = self.do_branch(x, then, ctx);
        let else_shape = self.do_branch(x, otherwise, ctx);
        ctx.pop();
        let then_shape = match prelude {
            Some(p) => Shape::Seq(vec![p, then_shape?]),
            None => then_shape?,
        };
        Ok(Shape::If {
            cond,
            then: Box::new(then_shape),
            otherwise: Box::new(else_shape?),
        })
    }

    fn do_branch(
        &self,
        from: BlockId,
        to: BlockId,
        ctx: &mut Vec<Context>,
    ) -> CompileResult<Shape> {
        let backward = self.rpo[to.index()] <= self.rpo[from.index()];
        if backward {
            return self.br_to(Context::LoopHeadedBy(to), ctx);
        }
        if self.merge[to.index()] {
            return self.br_to(Context::FollowedBy(to), ctx);
        }
        self.do_tree(to, ctx)
    }

    fn br_to(&self, target: Context, ctx: &[Context]) -> CompileResult<Shape> {
        ctx.iter()
            .rev()
            .position(|c| *c == target)
            .map(|depth| Shape::Br(depth as u32))
            .ok_or_else(|| CompileError::internal(format!("no enclosing {target:?}")))
    }
}

/// Postorder of the blocks reachable from the entry (successors visited in order).
fn postorder(func: &Function) -> Vec<BlockId> {
    let n = func.blocks.len();
    let mut seen = vec![false; n];
    let mut order = Vec::with_capacity(n);
    let mut stack: Vec<(BlockId, usize)> = vec![(BlockId(0), 0)];
    seen[0] = true;
    while let Some((b, i)) = stack.pop() {
        let succs = func.block(b).term.successors();
        if i < succs.len() {
            stack.push((b, i + 1));
            let s = succs[i];
            if !seen[s.index()] {
                seen[s.index()] = true;
                stack.push((s, 0));
            }
        } else {
            order.push(b);
        }
    }
    order
}

/// Immediate dominators (Cooper, Harvey and Kennedy's iterative algorithm).
fn dominators(
    func: &Function,
    postorder: &[BlockId],
    rpo: &[usize],
    preds: &[Vec<BlockId>],
) -> Vec<Option<BlockId>> {
    let n = func.blocks.len();
    let mut idom: Vec<Option<BlockId>> = vec![None; n];
    idom[0] = Some(BlockId(0));
    let intersect = |idom: &[Option<BlockId>], mut a: BlockId, mut b: BlockId| -> BlockId {
        while a != b {
            while rpo[a.index()] > rpo[b.index()] {
                a = idom[a.index()].unwrap_or(BlockId(0));
            }
            while rpo[b.index()] > rpo[a.index()] {
                b = idom[b.index()].unwrap_or(BlockId(0));
            }
        }
        a
    };
    let mut changed = true;
    while changed {
        changed = false;
        for b in postorder.iter().rev().skip(1) {
            let mut new_idom: Option<BlockId> = None;
            for p in &preds[b.index()] {
                if idom[p.index()].is_none() {
                    continue;
                }
                new_idom = Some(match new_idom {
                    None => *p,
                    Some(cur) => intersect(&idom, *p, cur),
                });
            }
            if new_idom.is_some() && idom[b.index()] != new_idom {
                idom[b.index()] = new_idom;
                changed = true;
            }
        }
    }
    idom
}

/// Does `a` dominate `b`?
fn dominates(idom: &[Option<BlockId>], a: BlockId, mut b: BlockId) -> bool {
    loop {
        if a == b {
            return true;
        }
        match idom[b.index()] {
            Some(parent) if parent != b => b = parent,
            _ => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::Inst;
    use crate::testing::{branch, function};

    fn has(shape: &Shape, want: &dyn Fn(&Shape) -> bool) -> bool {
        if want(shape) {
            return true;
        }
        match shape {
            Shape::Seq(items) => items.iter().any(|s| has(s, want)),
            Shape::Block(inner) | Shape::Loop(_, inner) => has(inner, want),
            Shape::If {
                then, otherwise, ..
            } => has(then, want) || has(otherwise, want),
            _ => false,
        }
    }

    #[test]
    fn straight_line_code_is_a_sequence() {
        let f = function("f", 1, 1, vec![(vec![], Term::Return(Var(0)))]);
        let shape = structure(&f).expect("structures");
        assert_eq!(
            shape,
            Shape::Seq(vec![Shape::Code(BlockId(0)), Shape::Return(Var(0))])
        );
    }

    #[test]
    fn a_diamond_is_an_if_inside_a_block_before_the_merge() {
        // b0: if v1 → b1 else b2; b1, b2 → b3; b3: return
        let f = function(
            "f",
            2,
            2,
            vec![
                (vec![], branch(1, 1, 2)),
                (vec![], Term::Jump(BlockId(3))),
                (vec![], Term::Jump(BlockId(3))),
                (vec![], Term::Return(Var(0))),
            ],
        );
        let shape = structure(&f).expect("structures");
        assert!(has(&shape, &|s| matches!(s, Shape::If { .. })), "{shape:?}");
        assert!(has(&shape, &|s| matches!(s, Shape::Block(_))), "{shape:?}");
        assert!(has(&shape, &|s| *s == Shape::Code(BlockId(3))), "{shape:?}");
    }

    #[test]
    fn a_back_edge_makes_a_loop() {
        // b0 → b1; b1: if v1 → b2 else b3; b2 → b1; b3: return
        let f = function(
            "f",
            2,
            2,
            vec![
                (vec![], Term::Jump(BlockId(1))),
                (vec![], branch(1, 2, 3)),
                (vec![], Term::Jump(BlockId(1))),
                (vec![], Term::Return(Var(0))),
            ],
        );
        let shape = structure(&f).expect("structures");
        assert!(
            has(&shape, &|s| matches!(s, Shape::Loop(BlockId(1), _))),
            "{shape:?}"
        );
    }

    #[test]
    fn an_irreducible_graph_is_refused() {
        // b0: if v1 → b1 else b2; b1 → b2; b2 → b1: two entries into one cycle.
        let f = function(
            "f",
            2,
            2,
            vec![
                (vec![], branch(1, 1, 2)),
                (vec![], Term::Jump(BlockId(2))),
                (vec![], Term::Jump(BlockId(1))),
            ],
        );
        match structure(&f) {
            Err(CompileError::Unsupported { why, .. }) => assert!(why.contains("irreducible")),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn nesting_deeper_than_the_bound_is_refused_not_a_stack_overflow() {
        // MAX_NESTING + 10 sequential diamonds: each merge opens a block around the rest.
        let n = MAX_NESTING as u32 + 10;
        let mut blocks = Vec::new();
        for i in 0..n {
            let at = 3 * i;
            blocks.push((
                vec![Inst::Copy {
                    dst: Var(1),
                    src: Var(1),
                }],
                branch(1, at + 1, at + 2),
            ));
            blocks.push((vec![], Term::Jump(BlockId(at + 3))));
            blocks.push((vec![], Term::Jump(BlockId(at + 3))));
        }
        blocks.push((vec![], Term::Return(Var(0))));
        let f = function("f", 2, 2, blocks);
        match structure(&f) {
            Err(CompileError::Unsupported { why, .. }) => assert!(why.contains("nests"), "{why}"),
            other => panic!("{other:?}"),
        }
    }
}
