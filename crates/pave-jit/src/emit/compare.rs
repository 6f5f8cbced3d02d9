//! Comparisons as Python defines them: `int` against `float` exactly (not through a lossy
//! conversion: `2**53 + 1 == 2.0**53` is false), NaN unordered, `None` equal only to
//! itself and unordered against numbers (`None < 1` raises, so it bails out).

use wasm_encoder::Instruction;

use crate::abi::BailReason;
use crate::error::CompileResult;
use crate::ir::{CmpOp, Var};
use crate::kinds::Kind;

use super::values::FnEmitter;
use super::{Callee, Helper};

impl FnEmitter<'_> {
    /// `dst = lhs op rhs`.
    pub(super) fn compare(&mut self, dst: Var, op: CmpOp, lhs: Var, rhs: Var) -> CompileResult<()> {
        self.each_kind(lhs, &mut |e, ka| {
            e.each_kind(rhs, &mut |e, kb| {
                if e.compare_case(op, lhs, ka, rhs, kb)? {
                    e.set_from(dst, Kind::Bool)
                } else {
                    e.bail(BailReason::TypeMismatch)
                }
            })
        })
    }

    /// Push the `i32` result of `a op b`; false if Python raises for these kinds.
    fn compare_case(
        &mut self,
        op: CmpOp,
        a: Var,
        ka: Kind,
        b: Var,
        kb: Kind,
    ) -> CompileResult<bool> {
        use Instruction as I;
        match (ka, kb) {
            (Kind::None, _) | (_, Kind::None) => {
                let same = ka == kb;
                match op {
                    CmpOp::Eq => self.i(I::I32Const(i32::from(same))),
                    CmpOp::Ne => self.i(I::I32Const(i32::from(!same))),
                    _ => return Ok(false),
                }
            }
            (Kind::Float, Kind::Float) => {
                self.get_as(a, ka)?;
                self.get_as(b, kb)?;
                self.i(match op {
                    CmpOp::Lt => I::F64Lt,
                    CmpOp::Le => I::F64Le,
                    CmpOp::Eq => I::F64Eq,
                    CmpOp::Ne => I::F64Ne,
                    CmpOp::Gt => I::F64Gt,
                    CmpOp::Ge => I::F64Ge,
                });
            }
            (Kind::Float, _) => {
                // f op i  ⇔  i (swapped op) f
                self.int_float(op.swapped(), b, kb, a)?;
            }
            (_, Kind::Float) => self.int_float(op, a, ka, b)?,
            _ => {
                self.get_i64(a, ka)?;
                self.get_i64(b, kb)?;
                self.i(match op {
                    CmpOp::Lt => I::I64LtS,
                    CmpOp::Le => I::I64LeS,
                    CmpOp::Eq => I::I64Eq,
                    CmpOp::Ne => I::I64Ne,
                    CmpOp::Gt => I::I64GtS,
                    CmpOp::Ge => I::I64GeS,
                });
            }
        }
        Ok(true)
    }

    /// Push `i op f` for an integral `i` and a float `f`, exactly.
    fn int_float(&mut self, op: CmpOp, i: Var, ki: Kind, f: Var) -> CompileResult<()> {
        use Instruction as I;
        self.get_i64(i, ki)?;
        self.get_as(f, Kind::Float)?;
        // The helper answers -1 (less), 0 (equal), 1 (greater) or 2 (unordered: NaN).
        self.call(Callee::Helper(Helper::CmpIntFloat));
        match op {
            CmpOp::Lt => {
                self.i(I::I32Const(-1));
                self.i(I::I32Eq);
            }
            CmpOp::Le => {
                self.i(I::I32Const(0));
                self.i(I::I32LeS);
            }
            CmpOp::Eq => self.i(I::I32Eqz),
            CmpOp::Ne => {
                self.i(I::I32Const(0));
                self.i(I::I32Ne);
            }
            CmpOp::Gt => {
                self.i(I::I32Const(1));
                self.i(I::I32Eq);
            }
            CmpOp::Ge => {
                // 0 or 1, as unsigned: -1 and 2 are out.
                self.i(I::I32Const(1));
                self.i(I::I32LeU);
            }
        }
        Ok(())
    }

    /// `dst = lhs is rhs` (or `is not`): defined here only when `None` is involved.
    pub(super) fn is(&mut self, dst: Var, lhs: Var, rhs: Var, negate: bool) -> CompileResult<()> {
        self.each_kind(lhs, &mut |e, ka| {
            e.each_kind(rhs, &mut |e, kb| {
                if ka == Kind::Object || kb == Kind::Object {
                    if !e.object_is(lhs, ka, rhs, kb)? {
                        return e.bail(BailReason::TypeMismatch);
                    }
                    if negate {
                        e.i(Instruction::I32Eqz);
                    }
                    return e.set_from(dst, Kind::Bool);
                }
                if ka != Kind::None && kb != Kind::None {
                    // Identity of numbers is an implementation detail: leave it to tier 0.
                    return e.bail(BailReason::TypeMismatch);
                }
                let same = ka == kb;
                e.i(Instruction::I32Const(i32::from(same != negate)));
                e.set_from(dst, Kind::Bool)
            })
        })
    }
}
