//! Handing a call over to the interpreter mid-way: the code at the end of a root
//! function with resume points, which every bail-out of the root (and every bail-out
//! that unwinds from a callee into it) branches to.
//!
//! It tells the host, through imports, the values it needs to rebuild the interpreter
//! frame: every Python local the compiled code assigned, and every variable some used
//! resume point has on its value stack (`resume_var`), then which point it stopped at and
//! why (`resume_at`). Then it returns with status [`STATUS_RESUME`]. The host knows each
//! point's bytecode offset and stack shape from the compiled unit
//! ([`Function::points`](crate::ir::Function)), so this code is one call per variable,
//! not per point. Handles passed are borrowed: the host takes its own references before
//! the call's table is dropped.

use std::collections::{BTreeMap, BTreeSet};

use wasm_encoder::{BlockType, Instruction};

use crate::abi::{BailReason, Import, ObjImport, STATUS_RESUME};
use crate::error::CompileResult;
use crate::ir::Var;

use super::values::FnEmitter;
use super::{Callee, Global};

/// Points a stack variable is handed over at, tested one by one, at most; one on the
/// stacks of more is handed whichever point was taken.
const MAX_POINT_TESTS: usize = 4;

impl FnEmitter<'_> {
    /// The hand-over code (see the module docs), entered with the point in `point_local`
    /// and the reason in the `Bail` global.
    pub(super) fn hand_over(&mut self, point_local: u32) -> CompileResult<()> {
        use Instruction as I;
        // Stop is not a resume (the gate raises `KeyboardInterrupt`).
        self.i(I::GlobalGet(Global::Bail as u32));
        self.i(I::I32Const(BailReason::Interrupt.code()));
        self.i(I::I32Eq);
        self.i(I::If(BlockType::Empty));
        self.return_placeholders();
        self.i(I::End);
        for index in 0..self.func.locals {
            let v = Var(index);
            let Some(flag) = self.flag(v) else {
                continue;
            };
            self.i(I::LocalGet(flag));
            self.i(I::If(BlockType::Empty));
            self.hand_var(v)?;
            self.i(I::End);
        }
        // The variables on the stacks of the points bail-outs can reach, each handed
        // when the point taken is one that has it (most are one point's temporary: a
        // function of many expressions that can bail would hand them all otherwise).
        let mut stack_vars: BTreeMap<Var, BTreeSet<u32>> = BTreeMap::new();
        for point in self.used_points().clone() {
            for item in &self.func.points[point as usize].stack {
                for v in item.vars() {
                    stack_vars.entry(v).or_default().insert(point);
                }
            }
        }
        for (v, points) in stack_vars {
            if v.0 < self.func.locals {
                continue;
            }
            let some_points = points.len() <= MAX_POINT_TESTS;
            if some_points {
                for (i, point) in points.iter().enumerate() {
                    self.i(I::LocalGet(point_local));
                    self.i(I::I32Const(*point as i32));
                    self.i(I::I32Eq);
                    if i > 0 {
                        self.i(I::I32Or);
                    }
                }
                self.i(I::If(BlockType::Empty));
            }
            // A comprehension's own variable may be unassigned yet (the host then
            // leaves the frame's local as it is).
            match self.flag(v) {
                Some(flag) => {
                    self.i(I::LocalGet(flag));
                    self.i(I::If(BlockType::Empty));
                    self.hand_var(v)?;
                    self.i(I::End);
                }
                None => self.hand_var(v)?,
            }
            if some_points {
                self.i(I::End);
            }
        }
        self.i(I::LocalGet(point_local));
        self.i(I::GlobalGet(Global::Bail as u32));
        self.i(I::I32Const(self.func_index as i32));
        self.call(Callee::Import(Import::Obj(ObjImport::ResumeAt)));
        self.i(I::I32Const(STATUS_RESUME));
        self.i(I::GlobalSet(Global::Bail as u32));
        self.return_placeholders();
        Ok(())
    }

    /// `resume_var(v, tag, payload, origin)`: the origin is `i + 1` when `v` may hold
    /// argument `i` unchanged (see `emit/origin.rs`), so the host hands over that object.
    fn hand_var(&mut self, v: Var) -> CompileResult<()> {
        self.i(Instruction::I32Const(v.0 as i32));
        self.push_tag_bits(v)?;
        self.push_host_origin(v);
        self.call(Callee::Import(Import::Obj(ObjImport::ResumeVar)));
        Ok(())
    }
}
