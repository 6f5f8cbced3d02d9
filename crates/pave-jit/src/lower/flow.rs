//! Stack values across block boundaries: the first edge into a block fixes its entry
//! stack (one fresh variable per value slot); every edge copies its values into those
//! variables. Copies on one edge happen "in parallel", so a swap of two slots is right.

use crate::error::{CompileError, CompileResult};
use crate::ir::{Block, BlockId, Inst, Var};

use super::{FnLower, Slot};

impl FnLower<'_, '_> {
    /// Control leaves the current block for each of `targets` with the current stack.
    pub(super) fn flow_to(&mut self, targets: &[usize]) -> CompileResult<()> {
        let mut copies: Vec<(Var, Var)> = Vec::new();
        // (A block's entry stack never holds a method not looked up.)
        if !targets.is_empty() {
            self.look_up_methods(true);
        }
        // `range(…)` not yet iterated crosses into another block only in a conditional
        // expression (`range(n) if last is None else [last]`), whose other arm is a value:
        // it becomes the range object itself on every edge, so the two arms join.
        if !targets.is_empty() {
            for i in 0..self.stack.len() {
                if let Slot::RangeArgs(_) = self.stack[i] {
                    let slot = self.stack[i].clone();
                    match self.value_of(slot) {
                        Ok(v) => self.stack[i] = Slot::Val(v),
                        Err(why) => return Err(self.join_error(&why)),
                    }
                }
            }
        }
        if self
            .stack
            .iter()
            .any(|s| matches!(s, Slot::Tuple(_) | Slot::ConstTuple(_)))
            && !targets.is_empty()
        {
            return Err(self.join_error("a tuple lives across a branch"));
        }
        for &t in targets {
            let entry = match &self.entry[t] {
                Some(entry) => entry.clone(),
                None => {
                    let entry = self.entry_stack_for(t);
                    self.entry[t] = Some(entry.clone());
                    self.work.push(t);
                    entry
                }
            };
            if entry.len() != self.stack.len() {
                return Err(self.join_error("stacks of different depths"));
            }
            for (want, have) in entry.iter().zip(&self.stack) {
                match (want, have) {
                    (Slot::Val(dst), Slot::Val(src)) => {
                        if dst != src {
                            copies.push((*dst, *src));
                        }
                    }
                    (a, b) if a == b => {}
                    _ => return Err(self.join_error("different kinds of stack entries")),
                }
            }
        }
        // Snapshot any source that some copy overwrites before it is read.
        let targets: Vec<Var> = copies.iter().map(|(dst, _)| *dst).collect();
        for i in 0..copies.len() {
            let src = copies[i].1;
            if targets.contains(&src) {
                let keep = self.temp();
                self.emit(Inst::Copy { dst: keep, src });
                for copy in &mut copies {
                    if copy.1 == src {
                        copy.1 = keep;
                    }
                }
            }
        }
        for (dst, src) in copies {
            self.emit(Inst::Copy { dst, src });
        }
        Ok(())
    }

    /// A fresh entry stack for block `t`, shaped like the current stack.
    pub(super) fn entry_stack_for(&mut self, t: usize) -> Vec<Slot> {
        let shape = self.stack.clone();
        shape
            .into_iter()
            .enumerate()
            .map(|(depth, slot)| match slot {
                Slot::Val(_) => Slot::Val(self.new_var(format!("s{depth}.b{t}"))),
                other => other,
            })
            .collect()
    }

    fn join_error(&self, why: &str) -> CompileError {
        CompileError::unsupported("a control-flow join", why, self.line)
    }
}

/// Drop the blocks lowering never reached (exception handlers, dead code) and number the
/// rest densely, keeping their order. Returns the blocks and the old→new mapping.
pub(super) fn compact(
    blocks: Vec<Option<Block>>,
) -> CompileResult<(Vec<Block>, Vec<Option<BlockId>>)> {
    let mut mapping = Vec::with_capacity(blocks.len());
    let mut next = 0u32;
    for block in &blocks {
        mapping.push(block.as_ref().map(|_| {
            next += 1;
            BlockId(next - 1)
        }));
    }
    let map = |b: BlockId| -> CompileResult<BlockId> {
        mapping
            .get(b.index())
            .copied()
            .flatten()
            .ok_or_else(|| CompileError::internal(format!("edge to unlowered block {}", b.0)))
    };
    let mut out = Vec::with_capacity(next as usize);
    for mut block in blocks.into_iter().flatten() {
        block.term = block.term.map_successors(map)?;
        out.push(block);
    }
    Ok((out, mapping))
}
