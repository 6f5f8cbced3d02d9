//! Origins: which parameter a variable holds unchanged, tracked at run time, so that the
//! host can return the very argument object when the result is one (`f(x) is x`), as the
//! interpreter would.
//!
//! Only variables that [`alias`](crate::alias) says may hold a parameter (or a number
//! global's object) get an `i32` origin local: 0 for "a value of its own", `i + 1` for
//! "parameter `i` unchanged", `MAX_PARAMS + g + 1` for "the object global `g` of
//! [`UnitAliases::globals`](crate::alias::UnitAliases) names". Copies carry it along; `+x`, `int(x)`, `float(x)` and `round(x)` too (the
//! interpreter returns the operand itself when it already has the result's type, and the
//! host checks the types match); `min`/`max` take the origin of the argument they
//! selected (the first equal one, as they do); a call takes it from the callee's
//! [`Global::Origin`] mapped through its arguments; anything else is a value of its own.
//! A function whose result may be a parameter leaves its origin in [`Global::Origin`]
//! as it returns.

use wasm_encoder::{BlockType, Instruction, ValType};

use crate::abi::MathFn;
use crate::alias::MAX_PARAMS;
use crate::code::Builtin;
use crate::error::CompileResult;
use crate::ir::{Inst, Intrinsic, UnaryOp, Var};

use super::values::{FnEmitter, Storage};
use super::Global;
use crate::kinds::Kind;

impl FnEmitter<'_> {
    /// Push the origin of `v`: its local, or 0 when it never holds a parameter.
    pub(super) fn push_origin(&mut self, v: Var) {
        match self.origin_local(v) {
            Some(l) => self.i(Instruction::LocalGet(l)),
            None => self.i(Instruction::I32Const(0)),
        }
    }

    /// Push the origin of `v` if it holds a value of `kind` (checked by its tag when it
    /// may hold several), else 0: what a function returning its argument unchanged only
    /// for that kind passes on.
    fn push_origin_if_kind(&mut self, v: Var, kind: Kind) {
        let kinds = self.kinds(v);
        if !kinds.contains(kind) {
            return self.i(Instruction::I32Const(0));
        }
        match self.storage[v.index()] {
            Storage::Tagged { tag, .. } => {
                self.push_origin(v);
                self.i(Instruction::I32Const(0));
                self.i(Instruction::LocalGet(tag));
                self.i(Instruction::I32Const(kind.tag()));
                self.i(Instruction::I32Eq);
                self.i(Instruction::Select);
            }
            _ => self.push_origin(v),
        }
    }

    /// Push the origin of `v` as the host reads it (`resume_var`, `obj_arg`, stores):
    /// "argument `i`" means an argument of the call the host made, so in any other call
    /// (a callee, or the root called again from compiled code) a parameter's origin is
    /// not passed (its value is a value of its own there).
    pub(super) fn push_host_origin(&mut self, v: Var) {
        use Instruction as I;
        let Some(l) = self.origin_local(v) else {
            return self.push_origin(v);
        };
        // origin > MAX_PARAMS (a global's object) || the host's call ? origin : 0
        self.i(I::LocalGet(l));
        self.i(I::I32Const(0));
        self.i(I::LocalGet(l));
        self.i(I::I32Const(MAX_PARAMS as i32));
        self.i(I::I32GtU);
        if let Some(host_call) = self.host_call {
            self.i(I::LocalGet(host_call));
            self.i(I::I32Or);
        }
        self.i(I::Select);
    }

    /// Does the function pass origins to the host (`push_host_origin`): does it have
    /// origins, and object operations or a hand-over?
    pub(super) fn uses_host_origins(&self) -> bool {
        self.origins.iter().any(Option::is_some)
            && (!self.func.points.is_empty() || self.func.any_object_op(|_| true))
    }

    /// At function entry: each tracked parameter holds itself.
    pub(super) fn init_origins(&mut self) {
        for (i, p) in self.func.params.clone().into_iter().enumerate() {
            if let Some(l) = self.origin_local(p) {
                self.i(Instruction::I32Const(i as i32 + 1));
                self.i(Instruction::LocalSet(l));
            }
        }
    }

    /// After `inst` assigned its destination: set the destination's origin.
    pub(super) fn track_origin(&mut self, inst: &Inst) -> CompileResult<()> {
        use Instruction as I;
        let Some(dst) = inst.dst() else {
            return Ok(());
        };
        let Some(local) = self.origin_local(dst) else {
            return Ok(());
        };
        match inst {
            Inst::Copy { src, .. }
            | Inst::Unary {
                op: UnaryOp::Pos,
                src,
                ..
            } => self.push_origin(*src),
            Inst::Intrinsic {
                func:
                    func @ (Intrinsic::Builtin(Builtin::Float | Builtin::Int | Builtin::Round)
                    | Intrinsic::Math(MathFn::Floor | MathFn::Ceil | MathFn::Trunc)),
                args,
                ..
            } if args.len() == 1 => {
                // `int(x)` of an `int` (and `float(x)` of a `float`, `round`, `floor`…
                // of an `int`) is `x` itself; of anything else, a new object.
                let same = match func {
                    Intrinsic::Builtin(Builtin::Float) => Kind::Float,
                    _ => Kind::Int,
                };
                self.push_origin_if_kind(args[0], same);
            }
            Inst::Global { name, .. } => {
                let g = self
                    .aliases
                    .globals
                    .iter()
                    .position(|n| n == name)
                    .ok_or_else(|| self.bug(format!("global {name} not collected")))?;
                self.i(I::I32Const((MAX_PARAMS + g + 1) as i32));
            }
            Inst::Intrinsic {
                func: Intrinsic::Builtin(Builtin::Min | Builtin::Max),
                args,
                ..
            } => {
                // The origin of the first argument equal to the result (min and max
                // return the first of equal values).
                self.i(I::I32Const(0));
                self.i(I::LocalSet(local));
                for a in args.iter().rev() {
                    self.same_value(dst, *a)?;
                    self.i(I::If(BlockType::Empty));
                    self.push_origin(*a);
                    self.i(I::LocalSet(local));
                    self.i(I::End);
                }
                return Ok(());
            }
            Inst::Call { callee, args, .. } if self.aliases.funcs[callee.index()].returns != 0 => {
                // The callee left `j + 1` in the global: the origin of argument `j`; or
                // a global's origin, which holds here as well.
                let r = self.local(ValType::I32);
                self.i(I::GlobalGet(Global::Origin as u32));
                self.i(I::LocalSet(r));
                self.i(I::LocalGet(r));
                self.i(I::I32Const(MAX_PARAMS as i32));
                self.i(I::I32GtU);
                self.i(I::LocalGet(r));
                self.i(I::I32Mul);
                self.i(I::LocalSet(local));
                for (j, a) in args.iter().enumerate() {
                    self.i(I::LocalGet(r));
                    self.i(I::I32Const(j as i32 + 1));
                    self.i(I::I32Eq);
                    self.i(I::If(BlockType::Empty));
                    self.push_origin(*a);
                    self.i(I::LocalSet(local));
                    self.i(I::End);
                }
                return Ok(());
            }
            _ => self.i(I::I32Const(0)),
        }
        self.i(I::LocalSet(local));
        Ok(())
    }

    /// A variable assigned outside instructions (a range loop's item): a value of its own.
    pub(super) fn clear_origin(&mut self, v: Var) {
        if let Some(l) = self.origin_local(v) {
            self.i(Instruction::I32Const(0));
            self.i(Instruction::LocalSet(l));
        }
    }

    /// Before returning `v`: leave its origin for the caller, if callers look.
    pub(super) fn publish_origin(&mut self, v: Var) {
        if self.aliases.funcs[self.func_index].returns != 0 {
            self.push_origin(v);
            self.i(Instruction::GlobalSet(Global::Origin as u32));
        }
    }

    /// Push whether `a` and `b` hold the same value of the same kind, bit for bit.
    fn same_value(&mut self, a: Var, b: Var) -> CompileResult<()> {
        use Instruction as I;
        let (tag_a, bits_a) = (self.local(ValType::I32), self.local(ValType::I64));
        let (tag_b, bits_b) = (self.local(ValType::I32), self.local(ValType::I64));
        self.push_tag_bits(a)?;
        self.i(I::LocalSet(bits_a));
        self.i(I::LocalSet(tag_a));
        self.push_tag_bits(b)?;
        self.i(I::LocalSet(bits_b));
        self.i(I::LocalSet(tag_b));
        self.i(I::LocalGet(tag_a));
        self.i(I::LocalGet(tag_b));
        self.i(I::I32Eq);
        self.i(I::LocalGet(bits_a));
        self.i(I::LocalGet(bits_b));
        self.i(I::I64Eq);
        self.i(I::I32And);
        Ok(())
    }
}
