//! Infer: the [`Kinds`] of every variable, parameter and return value of a unit.
//!
//! Starts from the argument kinds the profiler saw at the root's entry and propagates
//! forward through every instruction until nothing changes (the lattice is four bits, so
//! this ends quickly). A variable's kinds are the union over all its assignments; a
//! function's parameters are the union over its call sites; its result the union over
//! its `return`s. Combinations Python rejects (`None + 1`) contribute nothing here: the
//! emitter compiles them as bailouts, so the interpreter raises the `TypeError`.

use crate::abi::MathFn;
use crate::code::Builtin;
use crate::error::{CompileError, CompileResult};
use crate::ir::{BinOp, Function, Inst, Intrinsic, Term, UnaryOp, Unit};
use crate::kinds::{Kind, Kinds};

/// Upper bound on fixpoint rounds; reaching it is a compiler bug.
const MAX_ROUNDS: usize = 64;

/// Fill in `kinds` of every variable and `ret` of every function of `unit`, given the
/// root's parameter kinds.
pub fn infer(unit: &mut Unit, root_params: &[Kinds]) -> CompileResult<()> {
    let root = &mut unit.funcs[0];
    if root.params.len() != root_params.len() {
        return Err(CompileError::internal(
            "entry kinds do not match the parameters",
        ));
    }
    for (p, k) in root.params.clone().iter().zip(root_params) {
        root.vars[p.index()].kinds = *k;
    }
    for _ in 0..MAX_ROUNDS {
        let mut changed = false;
        for f in 0..unit.funcs.len() {
            changed |= round(unit, f);
        }
        if !changed {
            return Ok(());
        }
    }
    Err(CompileError::internal("type inference did not converge"))
}

/// One pass over function `f`; true if any kinds grew.
fn round(unit: &mut Unit, f: usize) -> bool {
    let mut changed = false;
    let mut call_args: Vec<(usize, Vec<Kinds>)> = Vec::new();
    let rets: Vec<Kinds> = unit.funcs.iter().map(|g| g.ret).collect();
    let func = &mut unit.funcs[f];
    for b in 0..func.blocks.len() {
        for i in 0..func.blocks[b].insts.len() {
            let inst = &func.blocks[b].insts[i];
            let mut assign: Vec<(crate::ir::Var, Kinds)> = Vec::new();
            match inst {
                Inst::RangeInit {
                    cur, stop, step, ..
                } => {
                    assign.extend([(*cur, Kinds::INT), (*stop, Kinds::INT), (*step, Kinds::INT)]);
                }
                Inst::Call { dst, callee, args } => {
                    let kinds = args.iter().map(|a| func.kinds(*a)).collect();
                    call_args.push((callee.index(), kinds));
                    assign.push((*dst, rets[callee.index()]));
                }
                other => {
                    if let Some(dst) = other.dst() {
                        assign.push((dst, result_kinds(func, other)));
                    }
                }
            }
            for (var, kinds) in assign {
                changed |= widen(func, var, kinds);
            }
        }
        match func.blocks[b].term.clone() {
            Term::ForRange { item, pick, .. } if pick.is_empty() => {
                changed |= widen(func, item, Kinds::INT)
            }
            Term::ForRange { item, pick, .. } => {
                let kinds = pick
                    .iter()
                    .fold(Kinds::NEVER, |k, v| k.join(func.kinds(*v)));
                changed |= widen(func, item, kinds)
            }
            Term::ForIter { item, .. } => changed |= widen(func, item, Kinds::OBJECT),
            Term::Return(v) => {
                let ret = func.ret.join(func.kinds(v));
                if ret != func.ret {
                    func.ret = ret;
                    changed = true;
                }
            }
            Term::ReturnTuple(items) => {
                let kinds: Vec<Kinds> = items.iter().map(|v| func.kinds(*v)).collect();
                if let Some(slots) = &mut func.tuple_ret {
                    for (slot, k) in slots.iter_mut().zip(kinds) {
                        let joined = slot.join(k);
                        if joined != *slot {
                            *slot = joined;
                            changed = true;
                        }
                    }
                }
            }
            _ => {}
        }
    }
    for (callee, kinds) in call_args {
        let callee = &mut unit.funcs[callee];
        for (p, k) in callee.params.clone().iter().zip(kinds) {
            changed |= widen(callee, *p, k);
        }
    }
    changed
}

fn widen(func: &mut Function, var: crate::ir::Var, kinds: Kinds) -> bool {
    let info = &mut func.vars[var.index()];
    let joined = info.kinds.join(kinds);
    if joined == info.kinds {
        false
    } else {
        info.kinds = joined;
        true
    }
}

/// What an instruction's result may be, given its operands' kinds.
pub fn result_kinds(func: &Function, inst: &Inst) -> Kinds {
    let k = |v: &crate::ir::Var| func.kinds(*v);
    match inst {
        Inst::Const { value, .. } | Inst::Global { value, .. } => value.kinds(),
        Inst::Copy { src, .. } => k(src),
        // Arithmetic sees an object as what it unboxes to (the emitter unboxes it first).
        Inst::Unary { op, src, .. } => pairwise1(k(src).unboxed(), |a| unary_kind(*op, a)),
        // An object that is not a number goes to the host, which makes an object
        // (`str + str`).
        Inst::Binary { op, lhs, rhs, .. } => {
            let numeric = pairwise2(k(lhs).unboxed(), k(rhs).unboxed(), |a, b| {
                binary_kind(*op, a, b)
            });
            if k(lhs).contains(Kind::Object) || k(rhs).contains(Kind::Object) {
                numeric.join(Kinds::OBJECT)
            } else {
                numeric
            }
        }
        Inst::Compare { .. } | Inst::Is { .. } | Inst::Truth { .. } => Kinds::BOOL,
        Inst::Intrinsic { func: f, args, .. } => {
            let arg_kinds: Vec<Kinds> = args.iter().map(|a| k(a).unboxed()).collect();
            intrinsic_kinds(*f, &arg_kinds)
        }
        // The method's result, or (after `NotImplemented`) what the host gives, or
        // (where the method was not called) the operator's generic result.
        Inst::Object {
            op: crate::ir::ObjOp::Reflected(op),
            args,
            ..
        } => match args.as_slice() {
            [lhs, rhs, result] => {
                let generic = pairwise2(k(lhs).unboxed(), k(rhs).unboxed(), |a, b| {
                    binary_kind(*op, a, b)
                });
                k(result).join(generic).join(Kinds::OBJECT)
            }
            _ => Kinds::OBJECT,
        },
        // The host call's result or any direct call's.
        Inst::Object {
            op: crate::ir::ObjOp::PickMethod,
            args,
            ..
        } => args
            .iter()
            .skip(1)
            .fold(Kinds::OBJECT, |all, r| all.join(k(r))),
        Inst::Object { op, .. } => op.result(),
        Inst::Call { .. }
        | Inst::CheckBound { .. }
        | Inst::Unbind { .. }
        | Inst::RangeInit { .. } => Kinds::NEVER,
    }
}

fn pairwise1(a: Kinds, f: impl Fn(Kind) -> Option<Kind>) -> Kinds {
    a.iter()
        .filter_map(f)
        .fold(Kinds::NEVER, |acc, k| acc.join(k.into()))
}

fn pairwise2(a: Kinds, b: Kinds, f: impl Fn(Kind, Kind) -> Option<Kind>) -> Kinds {
    let mut out = Kinds::NEVER;
    for ka in a.iter() {
        for kb in b.iter() {
            if let Some(k) = f(ka, kb) {
                out = out.join(k.into());
            }
        }
    }
    out
}

/// The kind of `op a`, or `None` where Python raises (or tier 1 bails).
pub fn unary_kind(op: UnaryOp, a: Kind) -> Option<Kind> {
    match (op, a) {
        (UnaryOp::Not, _) => Some(Kind::Bool),
        (_, Kind::None | Kind::Object) => None,
        (UnaryOp::Neg | UnaryOp::Pos, Kind::Float) => Some(Kind::Float),
        (UnaryOp::Neg | UnaryOp::Pos, _) => Some(Kind::Int),
        // `~True` is deprecated (a warning tier 1 would not print): left to tier 0.
        (UnaryOp::Invert, Kind::Int) => Some(Kind::Int),
        (UnaryOp::Invert, _) => None,
    }
}

/// The kind of `a op b`, or `None` where Python raises (or tier 1 bails).
pub fn binary_kind(op: BinOp, a: Kind, b: Kind) -> Option<Kind> {
    if !a.is_numeric() || !b.is_numeric() {
        return None;
    }
    let integral = a.is_integral() && b.is_integral();
    match op {
        BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::FloorDiv | BinOp::Mod | BinOp::Pow => {
            Some(if integral { Kind::Int } else { Kind::Float })
        }
        BinOp::TrueDiv => Some(Kind::Float),
        BinOp::LShift | BinOp::RShift => integral.then_some(Kind::Int),
        BinOp::And | BinOp::Or | BinOp::Xor => match (a, b) {
            (Kind::Bool, Kind::Bool) => Some(Kind::Bool),
            _ if integral => Some(Kind::Int),
            _ => None,
        },
    }
}

/// The result kinds of an intrinsic call.
pub fn intrinsic_kinds(f: Intrinsic, args: &[Kinds]) -> Kinds {
    let numeric = args.iter().all(|a| a.iter().any(Kind::is_numeric));
    if !numeric {
        return Kinds::NEVER;
    }
    match f {
        Intrinsic::Builtin(b) => match b {
            Builtin::Abs => pairwise1(args[0], |a| {
                Some(if a == Kind::Float {
                    Kind::Float
                } else {
                    Kind::Int
                })
            }),
            Builtin::Int | Builtin::Round => Kinds::INT,
            Builtin::Float => Kinds::FLOAT,
            Builtin::Bool => Kinds::BOOL,
            Builtin::Min | Builtin::Max => args.iter().fold(Kinds::NEVER, |acc, a| {
                acc.join(pairwise1(*a, |k| k.is_numeric().then_some(k)))
            }),
            Builtin::Range | Builtin::Len | Builtin::Ord | Builtin::Chr => Kinds::NEVER,
        },
        Intrinsic::Math(m) => match m {
            MathFn::Floor | MathFn::Ceil | MathFn::Trunc => Kinds::INT,
            MathFn::Isnan | MathFn::Isinf | MathFn::Isfinite => Kinds::BOOL,
            _ => Kinds::FLOAT,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{CmpOp, Var};
    use crate::testing::{branch, function, unit};

    /// `v2 = v0 <op> v1; return v2`, inferred for arguments of `a` and `b`.
    fn binary(op: BinOp, a: Kinds, b: Kinds) -> (Kinds, Kinds) {
        let f = function(
            "f",
            2,
            3,
            vec![(
                vec![Inst::Binary {
                    dst: Var(2),
                    op,
                    lhs: Var(0),
                    rhs: Var(1),
                    inplace: false,
                }],
                Term::Return(Var(2)),
            )],
        );
        let mut u = unit(f);
        infer(&mut u, &[a, b]).expect("infers");
        (u.funcs[0].kinds(Var(2)), u.funcs[0].ret)
    }

    #[test]
    fn arithmetic_follows_python() {
        assert_eq!(
            binary(BinOp::Add, Kinds::INT, Kinds::INT),
            (Kinds::INT, Kinds::INT)
        );
        assert_eq!(binary(BinOp::Add, Kinds::INT, Kinds::FLOAT).0, Kinds::FLOAT);
        assert_eq!(
            binary(BinOp::TrueDiv, Kinds::INT, Kinds::INT).0,
            Kinds::FLOAT
        );
        assert_eq!(
            binary(BinOp::FloorDiv, Kinds::INT, Kinds::INT).0,
            Kinds::INT
        );
        assert_eq!(binary(BinOp::Add, Kinds::BOOL, Kinds::BOOL).0, Kinds::INT);
        // `None + 1` is a TypeError: no kind, and the emitter bails out.
        assert_eq!(binary(BinOp::Add, Kinds::NONE, Kinds::INT).0, Kinds::NEVER);
    }

    #[test]
    fn a_variable_assigned_on_two_paths_holds_both_kinds() {
        // v1 = v0 < v0; if v1: v2 = 1 else: v2 = 2.5; return v2
        let f = function(
            "f",
            1,
            3,
            vec![
                (
                    vec![Inst::Compare {
                        dst: Var(1),
                        op: CmpOp::Lt,
                        lhs: Var(0),
                        rhs: Var(0),
                    }],
                    branch(1, 1, 2),
                ),
                (
                    vec![Inst::Const {
                        dst: Var(2),
                        value: crate::ir::Value::Int(1),
                    }],
                    Term::Jump(crate::ir::BlockId(3)),
                ),
                (
                    vec![Inst::Const {
                        dst: Var(2),
                        value: crate::ir::Value::Float(2.5),
                    }],
                    Term::Jump(crate::ir::BlockId(3)),
                ),
                (vec![], Term::Return(Var(2))),
            ],
        );
        let mut u = unit(f);
        infer(&mut u, &[Kinds::INT]).expect("infers");
        let both = Kinds::INT.join(Kinds::FLOAT);
        assert_eq!(u.funcs[0].kinds(Var(1)), Kinds::BOOL);
        assert_eq!(u.funcs[0].kinds(Var(2)), both);
        assert_eq!(u.funcs[0].ret, both);
    }

    #[test]
    fn entry_kinds_must_match_the_parameters() {
        let mut u = unit(function("f", 1, 1, vec![(vec![], Term::Return(Var(0)))]));
        assert!(infer(&mut u, &[]).is_err());
    }
}
