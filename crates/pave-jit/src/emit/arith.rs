//! Arithmetic with Python's semantics exactly: `int` as `i64` with every overflow a
//! bailout, floor division and modulo rounding toward −∞ with the divisor's sign,
//! `ZeroDivisionError` as a bailout, shifts that reject negative counts, and the float
//! helpers (`//`, `%`, `**`) delegated to the interpreter's own code through the ABI.

use wasm_encoder::{BlockType, Instruction, ValType};

use crate::abi::{BailReason, Import, ERROR_NAN_BITS};
use crate::error::CompileResult;
use crate::infer::{binary_kind, unary_kind};
use crate::ir::{BinOp, UnaryOp, Var};
use crate::kinds::Kind;

use super::values::FnEmitter;
use super::{Callee, Helper};

/// 2**53: integers up to this magnitude convert to `f64` exactly.
const EXACT_F64_INT: i64 = 1 << 53;

impl FnEmitter<'_> {
    /// `dst = lhs op rhs`.
    pub(super) fn binary(&mut self, dst: Var, op: BinOp, lhs: Var, rhs: Var) -> CompileResult<()> {
        self.each_kind(lhs, &mut |e, ka| {
            e.each_kind(rhs, &mut |e, kb| e.binary_case(dst, op, lhs, ka, rhs, kb))
        })
    }

    fn binary_case(
        &mut self,
        dst: Var,
        op: BinOp,
        a: Var,
        ka: Kind,
        b: Var,
        kb: Kind,
    ) -> CompileResult<()> {
        match binary_kind(op, ka, kb) {
            None => self.bail(BailReason::TypeMismatch),
            Some(Kind::Bool) => {
                self.get_as(a, ka)?;
                self.get_as(b, kb)?;
                self.i(match op {
                    BinOp::And => Instruction::I32And,
                    BinOp::Or => Instruction::I32Or,
                    _ => Instruction::I32Xor,
                });
                self.set_from(dst, Kind::Bool)
            }
            Some(Kind::Int) => {
                self.int_binary(op, a, ka, b, kb)?;
                self.set_from(dst, Kind::Int)
            }
            Some(Kind::Float) => {
                self.float_binary(op, a, ka, b, kb)?;
                self.set_from(dst, Kind::Float)
            }
            Some(Kind::None | Kind::Object) => {
                Err(self.bug("arithmetic giving None or an object".to_owned()))
            }
        }
    }

    /// Leave `a op b` (both integral) as an `i64` on the stack, or bail out.
    fn int_binary(&mut self, op: BinOp, a: Var, ka: Kind, b: Var, kb: Kind) -> CompileResult<()> {
        let x = self.local(ValType::I64);
        let y = self.local(ValType::I64);
        self.get_i64(a, ka)?;
        self.i(Instruction::LocalSet(x));
        self.get_i64(b, kb)?;
        self.i(Instruction::LocalSet(y));
        use Instruction as I;
        match op {
            BinOp::Add | BinOp::Sub => {
                let r = self.local(ValType::I64);
                self.i(I::LocalGet(x));
                self.i(I::LocalGet(y));
                self.i(if op == BinOp::Add {
                    I::I64Add
                } else {
                    I::I64Sub
                });
                self.i(I::LocalSet(r));
                // add: (x ^ r) & (y ^ r) < 0; sub: (x ^ y) & (x ^ r) < 0.
                if op == BinOp::Add {
                    self.xor(x, r);
                    self.xor(y, r);
                } else {
                    self.xor(x, y);
                    self.xor(x, r);
                }
                self.i(I::I64And);
                self.i(I::I64Const(0));
                self.i(I::I64LtS);
                self.bail_if(BailReason::IntOverflow)?;
                self.i(I::LocalGet(r));
            }
            BinOp::Mul | BinOp::Pow => {
                if op == BinOp::Pow {
                    // A negative exponent gives a float: left to the interpreter.
                    self.i(I::LocalGet(y));
                    self.i(I::I64Const(0));
                    self.i(I::I64LtS);
                    self.bail_if(BailReason::Unsupported)?;
                }
                let flag = self.local(ValType::I32);
                self.i(I::LocalGet(x));
                self.i(I::LocalGet(y));
                let helper = if op == BinOp::Mul {
                    Helper::MulChecked
                } else {
                    Helper::PowChecked
                };
                self.call(Callee::Helper(helper));
                self.i(I::LocalSet(flag));
                self.i(I::LocalGet(flag));
                self.bail_if(BailReason::IntOverflow)?;
            }
            BinOp::FloorDiv | BinOp::Mod => {
                self.i(I::LocalGet(y));
                self.i(I::I64Eqz);
                self.bail_if(BailReason::ZeroDivision)?;
                if op == BinOp::FloorDiv {
                    // i64::MIN // -1 does not fit.
                    self.i(I::LocalGet(x));
                    self.i(I::I64Const(i64::MIN));
                    self.i(I::I64Eq);
                    self.i(I::LocalGet(y));
                    self.i(I::I64Const(-1));
                    self.i(I::I64Eq);
                    self.i(I::I32And);
                    self.bail_if(BailReason::IntOverflow)?;
                    // q = x / y, minus one when the remainder is nonzero and the signs differ.
                    self.i(I::LocalGet(x));
                    self.i(I::LocalGet(y));
                    self.i(I::I64DivS);
                    self.i(I::LocalGet(x));
                    self.i(I::LocalGet(y));
                    self.i(I::I64RemS);
                    self.i(I::I64Const(0));
                    self.i(I::I64Ne);
                    self.xor(x, y);
                    self.i(I::I64Const(0));
                    self.i(I::I64LtS);
                    self.i(I::I32And);
                    self.i(I::I64ExtendI32U);
                    self.i(I::I64Sub);
                } else {
                    // r = x % y, plus y when r is nonzero and its sign differs from y's.
                    let r = self.local(ValType::I64);
                    self.i(I::LocalGet(x));
                    self.i(I::LocalGet(y));
                    self.i(I::I64RemS);
                    self.i(I::LocalTee(r));
                    self.i(I::LocalGet(y));
                    self.i(I::I64Const(0));
                    self.i(I::LocalGet(r));
                    self.i(I::I64Const(0));
                    self.i(I::I64Ne);
                    self.xor(r, y);
                    self.i(I::I64Const(0));
                    self.i(I::I64LtS);
                    self.i(I::I32And);
                    self.i(I::Select);
                    self.i(I::I64Add);
                }
            }
            BinOp::LShift | BinOp::RShift => {
                self.i(I::LocalGet(y));
                self.i(I::I64Const(0));
                self.i(I::I64LtS);
                self.bail_if(BailReason::ValueError)?;
                if op == BinOp::LShift {
                    // A shift of 64 or more overflows unless x is 0 (then the result is 0).
                    self.i(I::LocalGet(y));
                    self.i(I::I64Const(63));
                    self.i(I::I64GtS);
                    self.i(I::LocalGet(x));
                    self.i(I::I64Const(0));
                    self.i(I::I64Ne);
                    self.i(I::I32And);
                    self.bail_if(BailReason::IntOverflow)?;
                    let r = self.local(ValType::I64);
                    self.i(I::LocalGet(x));
                    self.i(I::LocalGet(y));
                    self.i(I::I64Shl);
                    self.i(I::LocalTee(r));
                    self.i(I::LocalGet(y));
                    self.i(I::I64ShrS);
                    self.i(I::LocalGet(x));
                    self.i(I::I64Ne);
                    self.bail_if(BailReason::IntOverflow)?;
                    self.i(I::LocalGet(r));
                } else {
                    // Counts past 63 give 0 or -1, which shifting by 63 gives too.
                    self.i(I::LocalGet(x));
                    self.i(I::I64Const(63));
                    self.i(I::LocalGet(y));
                    self.i(I::LocalGet(y));
                    self.i(I::I64Const(63));
                    self.i(I::I64GtS);
                    self.i(I::Select);
                    self.i(I::I64ShrS);
                }
            }
            BinOp::And | BinOp::Or | BinOp::Xor => {
                self.i(I::LocalGet(x));
                self.i(I::LocalGet(y));
                self.i(match op {
                    BinOp::And => I::I64And,
                    BinOp::Or => I::I64Or,
                    _ => I::I64Xor,
                });
            }
            BinOp::TrueDiv => return Err(self.bug("true division is a float operation".to_owned())),
        }
        Ok(())
    }

    fn xor(&mut self, a: u32, b: u32) {
        self.i(Instruction::LocalGet(a));
        self.i(Instruction::LocalGet(b));
        self.i(Instruction::I64Xor);
    }

    /// Leave `a op b` as an `f64` on the stack (at least one operand is a float, or the
    /// operator is `/`), or bail out.
    fn float_binary(&mut self, op: BinOp, a: Var, ka: Kind, b: Var, kb: Kind) -> CompileResult<()> {
        use Instruction as I;
        if op == BinOp::TrueDiv && ka.is_integral() && kb.is_integral() {
            return self.int_true_div(a, ka, b, kb);
        }
        let x = self.local(ValType::F64);
        let y = self.local(ValType::F64);
        self.get_f64(a, ka)?;
        self.i(I::LocalSet(x));
        self.get_f64(b, kb)?;
        self.i(I::LocalSet(y));
        if matches!(op, BinOp::TrueDiv | BinOp::FloorDiv | BinOp::Mod) {
            self.i(I::LocalGet(y));
            self.i(I::F64Const(0.0.into()));
            self.i(I::F64Eq);
            self.bail_if(BailReason::ZeroDivision)?;
        }
        self.i(I::LocalGet(x));
        self.i(I::LocalGet(y));
        match op {
            BinOp::Add => self.i(I::F64Add),
            BinOp::Sub => self.i(I::F64Sub),
            BinOp::Mul => self.i(I::F64Mul),
            BinOp::TrueDiv => self.i(I::F64Div),
            BinOp::FloorDiv | BinOp::Mod | BinOp::Pow => {
                let import = match op {
                    BinOp::FloorDiv => Import::FloatFloorDiv,
                    BinOp::Mod => Import::FloatMod,
                    _ => Import::FloatPow,
                };
                self.call(Callee::Import(import));
                self.check_error_nan(BailReason::MathError)?;
            }
            _ => return Err(self.bug(format!("float {}", op.mnemonic()))),
        }
        Ok(())
    }

    /// `int / int`: exact through `f64` when both fit in 53 bits, else the host's
    /// correctly rounded division.
    fn int_true_div(&mut self, a: Var, ka: Kind, b: Var, kb: Kind) -> CompileResult<()> {
        use Instruction as I;
        let x = self.local(ValType::I64);
        let y = self.local(ValType::I64);
        self.get_i64(a, ka)?;
        self.i(I::LocalSet(x));
        self.get_i64(b, kb)?;
        self.i(I::LocalSet(y));
        self.i(I::LocalGet(y));
        self.i(I::I64Eqz);
        self.bail_if(BailReason::ZeroDivision)?;
        // |v| <= 2**53  ⇔  (v + 2**53) as unsigned <= 2**54.
        for v in [x, y] {
            self.i(I::LocalGet(v));
            self.i(I::I64Const(EXACT_F64_INT));
            self.i(I::I64Add);
            self.i(I::I64Const(2 * EXACT_F64_INT));
            self.i(I::I64LeU);
        }
        self.i(I::I32And);
        self.i(I::If(BlockType::Result(ValType::F64)));
        // The interpreter divides exactly as rationals, so 0 / -n is +0.0, not -0.0.
        self.i(I::F64Const(0.0.into()));
        self.i(I::LocalGet(x));
        self.i(I::F64ConvertI64S);
        self.i(I::LocalGet(y));
        self.i(I::F64ConvertI64S);
        self.i(I::F64Div);
        self.i(I::LocalGet(x));
        self.i(I::I64Eqz);
        self.i(I::Select);
        self.i(I::Else);
        self.i(I::LocalGet(x));
        self.i(I::LocalGet(y));
        self.call(Callee::Import(Import::IntTrueDiv));
        self.i(I::End);
        self.check_error_nan(BailReason::IntOverflow)
    }

    /// The `f64` on the stack stays, unless it is the ABI's error NaN: then bail out.
    pub(super) fn check_error_nan(&mut self, reason: BailReason) -> CompileResult<()> {
        let t = self.local(ValType::F64);
        self.i(Instruction::LocalTee(t));
        self.i(Instruction::I64ReinterpretF64);
        self.i(Instruction::I64Const(ERROR_NAN_BITS as i64));
        self.i(Instruction::I64Eq);
        self.bail_if(reason)?;
        self.i(Instruction::LocalGet(t));
        Ok(())
    }

    /// `dst = op src`.
    pub(super) fn unary(&mut self, dst: Var, op: UnaryOp, src: Var) -> CompileResult<()> {
        use Instruction as I;
        self.each_kind(src, &mut |e, k| {
            let Some(result) = unary_kind(op, k) else {
                return e.bail(BailReason::TypeMismatch);
            };
            match (op, k) {
                (UnaryOp::Not, _) => {
                    e.truth_of(src, k)?;
                    e.i(I::I32Eqz);
                }
                (UnaryOp::Neg, Kind::Float) => {
                    e.get_as(src, k)?;
                    e.i(I::F64Neg);
                }
                (UnaryOp::Neg, _) => {
                    let x = e.local(ValType::I64);
                    e.get_i64(src, k)?;
                    e.i(I::LocalTee(x));
                    e.i(I::I64Const(i64::MIN));
                    e.i(I::I64Eq);
                    e.bail_if(BailReason::IntOverflow)?;
                    e.i(I::I64Const(0));
                    e.i(I::LocalGet(x));
                    e.i(I::I64Sub);
                }
                (UnaryOp::Pos, Kind::Float) => e.get_as(src, k)?,
                (UnaryOp::Pos, _) => e.get_i64(src, k)?,
                (UnaryOp::Invert, _) => {
                    e.get_i64(src, k)?;
                    e.i(I::I64Const(-1));
                    e.i(I::I64Xor);
                }
            }
            e.set_from(dst, result)
        })
    }

    /// Push the truth value (`i32` 0/1) of `v` holding kind `k`.
    pub(super) fn truth_of(&mut self, v: Var, k: Kind) -> CompileResult<()> {
        use Instruction as I;
        match k {
            Kind::Bool => self.get_as(v, k)?,
            Kind::Int => {
                self.get_as(v, k)?;
                self.i(I::I64Const(0));
                self.i(I::I64Ne);
            }
            Kind::Float => {
                self.get_as(v, k)?;
                self.i(I::F64Const(0.0.into()));
                self.i(I::F64Ne);
            }
            Kind::None => self.i(I::I32Const(0)),
            Kind::Object => self.object_truth(v)?,
        }
        Ok(())
    }
}
