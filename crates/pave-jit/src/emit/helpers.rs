//! Small wasm functions the emitter adds to a module when its code needs them: checked
//! `i64` multiplication and power, and the exact `int`-vs-`float` comparison. Inside one
//! module the engine inlines them where it pays.

use std::collections::BTreeMap;

use wasm_encoder::{BlockType, Instruction, ValType};

use crate::error::CompileResult;

use super::values::Body;
use super::{Callee, ModuleCtx};

/// A helper function.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Helper {
    /// `(a: i64, b: i64) -> (a*b: i64, overflowed: i32)`.
    MulChecked,
    /// `(base: i64, exp: i64 >= 0) -> (base**exp: i64, overflowed: i32)`.
    PowChecked,
    /// `(i: i64, f: f64) -> i32`: -1 if i < f, 0 if equal, 1 if greater, 2 if f is NaN.
    CmpIntFloat,
}

impl Helper {
    /// The function's name in the module's name section.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Helper::MulChecked => "mul_checked",
            Helper::PowChecked => "pow_checked",
            Helper::CmpIntFloat => "cmp_int_float",
        }
    }

    /// Parameter and result types.
    pub(crate) fn signature(self) -> (Vec<ValType>, Vec<ValType>) {
        use ValType::{F64, I32, I64};
        match self {
            Helper::MulChecked | Helper::PowChecked => (vec![I64, I64], vec![I64, I32]),
            Helper::CmpIntFloat => (vec![I64, F64], vec![I32]),
        }
    }

    fn body(self, ctx: &mut ModuleCtx) -> Body {
        let mut b = Body::new(&self.signature().0);
        match self {
            Helper::MulChecked => mul_checked(&mut b),
            Helper::PowChecked => pow_checked(&mut b, ctx),
            Helper::CmpIntFloat => cmp_int_float(&mut b),
        }
        b
    }
}

/// Bodies of every helper used so far (and those they use), in [`Helper`] order.
pub(super) fn emit_used(ctx: &mut ModuleCtx) -> CompileResult<Vec<Body>> {
    let mut done: BTreeMap<Helper, Body> = BTreeMap::new();
    loop {
        let pending: Vec<Helper> = ctx
            .used
            .iter()
            .filter_map(|c| match c {
                Callee::Helper(h) if !done.contains_key(h) => Some(*h),
                _ => None,
            })
            .collect();
        if pending.is_empty() {
            return Ok(done.into_values().collect());
        }
        for h in pending {
            let body = h.body(ctx);
            done.insert(h, body);
        }
    }
}

fn mul_checked(b: &mut Body) {
    use Instruction as I;
    let (x, y) = (0, 1);
    let r = b.local(ValType::I64);
    // Both fit in 32 bits: the product fits in 64.
    for v in [x, y] {
        b.i(I::LocalGet(v));
        b.i(I::I64Const(1 << 31));
        b.i(I::I64Add);
        b.i(I::I64Const(1 << 32));
        b.i(I::I64LtU);
    }
    b.i(I::I32And);
    b.i(I::If(BlockType::Empty));
    b.i(I::LocalGet(x));
    b.i(I::LocalGet(y));
    b.i(I::I64Mul);
    b.i(I::I32Const(0));
    b.i(I::Return);
    b.i(I::End);
    b.i(I::LocalGet(x));
    b.i(I::LocalGet(y));
    b.i(I::I64Mul);
    b.i(I::LocalSet(r));
    // y == 0: no overflow.
    b.i(I::LocalGet(y));
    b.i(I::I64Eqz);
    b.i(I::If(BlockType::Empty));
    b.i(I::LocalGet(r));
    b.i(I::I32Const(0));
    b.i(I::Return);
    b.i(I::End);
    // y == -1: overflow iff x == MIN (and r / y would trap).
    b.i(I::LocalGet(y));
    b.i(I::I64Const(-1));
    b.i(I::I64Eq);
    b.i(I::If(BlockType::Empty));
    b.i(I::LocalGet(r));
    b.i(I::LocalGet(x));
    b.i(I::I64Const(i64::MIN));
    b.i(I::I64Eq);
    b.i(I::Return);
    b.i(I::End);
    // Otherwise the product overflowed iff r / y != x.
    b.i(I::LocalGet(r));
    b.i(I::LocalGet(r));
    b.i(I::LocalGet(y));
    b.i(I::I64DivS);
    b.i(I::LocalGet(x));
    b.i(I::I64Ne);
}

fn pow_checked(b: &mut Body, ctx: &mut ModuleCtx) {
    use Instruction as I;
    let (base, exp) = (0, 1);
    let result = b.local(ValType::I64);
    let flag = b.local(ValType::I32);
    let overflow = |b: &mut Body| {
        b.i(I::LocalSet(flag));
        b.i(I::LocalGet(flag));
        b.i(I::If(BlockType::Empty));
        b.i(I::I64Const(0));
        b.i(I::I32Const(1));
        b.i(I::Return);
        b.i(I::End);
    };
    let done_if_exp_zero = |b: &mut Body| {
        b.i(I::LocalGet(exp));
        b.i(I::I64Eqz);
        b.i(I::If(BlockType::Empty));
        b.i(I::LocalGet(result));
        b.i(I::I32Const(0));
        b.i(I::Return);
        b.i(I::End);
    };
    b.i(I::I64Const(1));
    b.i(I::LocalSet(result));
    b.i(I::Loop(BlockType::Empty));
    done_if_exp_zero(b);
    // if exp & 1: result *= base
    b.i(I::LocalGet(exp));
    b.i(I::I64Const(1));
    b.i(I::I64And);
    b.i(I::I32WrapI64);
    b.i(I::If(BlockType::Empty));
    b.i(I::LocalGet(result));
    b.i(I::LocalGet(base));
    b.call(ctx, Callee::Helper(Helper::MulChecked));
    overflow(b);
    b.i(I::LocalSet(result));
    b.i(I::End);
    // exp >>= 1; done if zero; base *= base
    b.i(I::LocalGet(exp));
    b.i(I::I64Const(1));
    b.i(I::I64ShrU);
    b.i(I::LocalSet(exp));
    done_if_exp_zero(b);
    b.i(I::LocalGet(base));
    b.i(I::LocalGet(base));
    b.call(ctx, Callee::Helper(Helper::MulChecked));
    overflow(b);
    b.i(I::LocalSet(base));
    b.i(I::Br(0));
    b.i(I::End);
    b.i(I::Unreachable);
}

fn cmp_int_float(b: &mut Body) {
    use Instruction as I;
    let (i, f) = (0, 1);
    let t = b.local(ValType::F64);
    let ti = b.local(ValType::I64);
    let answer = |b: &mut Body, v: i32| {
        b.i(I::If(BlockType::Empty));
        b.i(I::I32Const(v));
        b.i(I::Return);
        b.i(I::End);
    };
    // NaN: unordered.
    b.i(I::LocalGet(f));
    b.i(I::LocalGet(f));
    b.i(I::F64Ne);
    answer(b, 2);
    // Beyond i64's range the sign of f decides.
    b.i(I::LocalGet(f));
    b.i(I::F64Const(9_223_372_036_854_775_808.0.into()));
    b.i(I::F64Ge);
    answer(b, -1);
    b.i(I::LocalGet(f));
    b.i(I::F64Const((-9_223_372_036_854_775_808.0).into()));
    b.i(I::F64Lt);
    answer(b, 1);
    // Compare with the integer part, then with the fraction.
    b.i(I::LocalGet(f));
    b.i(I::F64Trunc);
    b.i(I::LocalTee(t));
    b.i(I::I64TruncF64S);
    b.i(I::LocalSet(ti));
    b.i(I::LocalGet(i));
    b.i(I::LocalGet(ti));
    b.i(I::I64LtS);
    answer(b, -1);
    b.i(I::LocalGet(i));
    b.i(I::LocalGet(ti));
    b.i(I::I64GtS);
    answer(b, 1);
    b.i(I::LocalGet(f));
    b.i(I::LocalGet(t));
    b.i(I::F64Sub);
    b.i(I::F64Const(0.0.into()));
    b.i(I::F64Gt);
    answer(b, -1);
    b.i(I::LocalGet(f));
    b.i(I::LocalGet(t));
    b.i(I::F64Sub);
    b.i(I::F64Const(0.0.into()));
    b.i(I::F64Lt);
    answer(b, 1);
    b.i(I::I32Const(0));
}
