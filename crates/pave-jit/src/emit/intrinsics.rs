//! Builtins (`abs`, `int`, `float`, `bool`, `round`, `min`, `max`) and `math` functions:
//! the cheap ones inline, the rest through ABI imports that run the interpreter's own
//! `math` code, so results are bit-identical to tier 0.

use wasm_encoder::{Instruction, ValType};

use crate::abi::{BailReason, Import, MathFn};
use crate::code::Builtin;
use crate::error::CompileResult;
use crate::infer::intrinsic_kinds;
use crate::ir::{CmpOp, Intrinsic, Var};
use crate::kinds::{Kind, Kinds};

use super::values::FnEmitter;
use super::Callee;

/// 2**63 as a float: the first value past `i64`'s range.
const TWO_POW_63: f64 = 9_223_372_036_854_775_808.0;

impl FnEmitter<'_> {
    /// `dst = func(args…)`.
    pub(super) fn intrinsic(
        &mut self,
        dst: Var,
        func: Intrinsic,
        args: &[Var],
    ) -> CompileResult<()> {
        use Instruction as I;
        let arg = |i: usize| args.get(i).copied();
        let Some(a) = arg(0) else {
            return Err(self.bug(format!("{} without arguments", func.name())));
        };
        match func {
            Intrinsic::Builtin(Builtin::Min | Builtin::Max) => {
                let max = func == Intrinsic::Builtin(Builtin::Max);
                self.min_max(dst, max, args)
            }
            Intrinsic::Builtin(b) => self.each_kind(a, &mut |e, k| {
                if k == Kind::None && b != Builtin::Bool {
                    return e.bail(BailReason::TypeMismatch);
                }
                let result = match (b, k) {
                    (Builtin::Bool, _) => {
                        e.truth_of(a, k)?;
                        Kind::Bool
                    }
                    (Builtin::Float, _) => {
                        e.get_f64(a, k)?;
                        Kind::Float
                    }
                    (Builtin::Abs, Kind::Float) => {
                        e.get_as(a, k)?;
                        e.i(I::F64Abs);
                        Kind::Float
                    }
                    (Builtin::Abs, _) => {
                        let x = e.local(ValType::I64);
                        e.get_i64(a, k)?;
                        e.i(I::LocalTee(x));
                        e.i(I::I64Const(i64::MIN));
                        e.i(I::I64Eq);
                        e.bail_if(BailReason::IntOverflow)?;
                        // select(-x, x, x < 0)
                        e.i(I::I64Const(0));
                        e.i(I::LocalGet(x));
                        e.i(I::I64Sub);
                        e.i(I::LocalGet(x));
                        e.i(I::LocalGet(x));
                        e.i(I::I64Const(0));
                        e.i(I::I64LtS);
                        e.i(I::Select);
                        Kind::Int
                    }
                    (Builtin::Int | Builtin::Round, Kind::Float) => {
                        e.get_as(a, k)?;
                        e.i(if b == Builtin::Int {
                            I::F64Trunc
                        } else {
                            I::F64Nearest
                        });
                        e.float_to_int()?;
                        Kind::Int
                    }
                    (Builtin::Int | Builtin::Round, _) => {
                        e.get_i64(a, k)?;
                        Kind::Int
                    }
                    _ => return Err(e.bug(format!("builtin {}", b.name()))),
                };
                e.set_from(dst, result)
            }),
            Intrinsic::Math(f) => self.math(dst, f, args),
        }
    }

    /// `max(args…)` or `min(args…)`: the first argument that no later one beats, as
    /// Python's loop `if item > best: best = item` picks it.
    fn min_max(&mut self, dst: Var, max: bool, args: &[Var]) -> CompileResult<()> {
        let arg_kinds: Vec<Kinds> = args.iter().map(|a| self.kinds(*a)).collect();
        let kinds = intrinsic_kinds(Intrinsic::Builtin(Builtin::Max), &arg_kinds);
        let best = self.scratch_var(kinds);
        let better = self.scratch_var(Kinds::BOOL);
        let first = args[0];
        self.copy_numeric(best, first)?;
        for item in &args[1..] {
            let op = if max { CmpOp::Gt } else { CmpOp::Lt };
            self.compare(better, op, *item, best)?;
            self.get_as(better, Kind::Bool)?;
            self.i(Instruction::If(wasm_encoder::BlockType::Empty));
            self.copy_numeric(best, *item)?;
            self.i(Instruction::End);
        }
        self.copy(dst, best)
    }

    /// `dst = src`, bailing out if `src` holds `None` (which `dst` cannot).
    fn copy_numeric(&mut self, dst: Var, src: Var) -> CompileResult<()> {
        self.each_kind(src, &mut |e, k| {
            if k == Kind::None {
                return e.bail(BailReason::TypeMismatch);
            }
            e.get_as(src, k)?;
            e.set_from(dst, k)
        })
    }

    fn math(&mut self, dst: Var, f: MathFn, args: &[Var]) -> CompileResult<()> {
        use Instruction as I;
        let a = args[0];
        match f {
            MathFn::Floor | MathFn::Ceil | MathFn::Trunc => self.each_kind(a, &mut |e, k| {
                match k {
                    Kind::None => return e.bail(BailReason::TypeMismatch),
                    Kind::Float => {
                        e.get_as(a, k)?;
                        e.i(match f {
                            MathFn::Floor => I::F64Floor,
                            MathFn::Ceil => I::F64Ceil,
                            _ => I::F64Trunc,
                        });
                        e.float_to_int()?;
                    }
                    _ => e.get_i64(a, k)?,
                }
                e.set_from(dst, Kind::Int)
            }),
            MathFn::Isnan | MathFn::Isinf | MathFn::Isfinite => self.each_kind(a, &mut |e, k| {
                match k {
                    Kind::None => return e.bail(BailReason::TypeMismatch),
                    Kind::Float => {
                        let x = e.local(ValType::F64);
                        e.get_as(a, k)?;
                        e.i(I::LocalTee(x));
                        match f {
                            MathFn::Isnan => {
                                e.i(I::LocalGet(x));
                                e.i(I::F64Ne);
                            }
                            MathFn::Isinf => {
                                e.i(I::F64Abs);
                                e.i(I::F64Const(f64::INFINITY.into()));
                                e.i(I::F64Eq);
                            }
                            _ => {
                                e.i(I::F64Abs);
                                e.i(I::F64Const(f64::INFINITY.into()));
                                e.i(I::F64Lt);
                            }
                        }
                    }
                    _ => e.i(I::I32Const(i32::from(f == MathFn::Isfinite))),
                }
                e.set_from(dst, Kind::Bool)
            }),
            _ => {
                let mut xs = Vec::with_capacity(args.len());
                for v in args {
                    xs.push(self.arg_f64(*v)?);
                }
                for x in &xs {
                    self.i(I::LocalGet(*x));
                }
                match f {
                    MathFn::Fabs => self.i(I::F64Abs),
                    MathFn::Copysign => self.i(I::F64Copysign),
                    MathFn::Sqrt => {
                        // sqrt of a negative number (not -0.0) is a domain error.
                        self.i(I::LocalGet(xs[0]));
                        self.i(I::F64Const(0.0.into()));
                        self.i(I::F64Lt);
                        self.bail_if(BailReason::MathError)?;
                        self.i(I::F64Sqrt);
                    }
                    _ => {
                        self.call(Callee::Import(Import::Math(f)));
                        self.check_error_nan(BailReason::MathError)?;
                    }
                }
                self.set_from(dst, Kind::Float)
            }
        }
    }

    /// A fresh `f64` local holding `v` converted to float (`None` bails out).
    fn arg_f64(&mut self, v: Var) -> CompileResult<u32> {
        let x = self.local(ValType::F64);
        self.each_kind(v, &mut |e, k| {
            if k == Kind::None {
                return e.bail(BailReason::TypeMismatch);
            }
            e.get_f64(v, k)?;
            e.i(Instruction::LocalSet(x));
            Ok(())
        })?;
        Ok(x)
    }

    /// The integral-valued `f64` on the stack as an `i64`, bailing out for NaN, the
    /// infinities and values outside `i64` (which Python would turn into a big int).
    pub(super) fn float_to_int(&mut self) -> CompileResult<()> {
        use Instruction as I;
        let t = self.local(ValType::F64);
        self.i(I::LocalTee(t));
        self.i(I::F64Const((-TWO_POW_63).into()));
        self.i(I::F64Ge);
        self.i(I::LocalGet(t));
        self.i(I::F64Const(TWO_POW_63.into()));
        self.i(I::F64Lt);
        self.i(I::I32And);
        self.i(I::I32Eqz);
        self.bail_if(BailReason::FloatToInt)?;
        self.i(I::LocalGet(t));
        self.i(I::I64TruncF64S);
        Ok(())
    }
}
