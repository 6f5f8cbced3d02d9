//! Verify: structural checks on a [`Unit`], run between passes in tests and debug builds.
//! A failure is always a compiler bug ([`CompileError::Internal`]), never a user error.

use crate::error::{CompileError, CompileResult};
use crate::ir::{Function, Inst, Term, Unit, Var};
use crate::kinds::Kinds;

/// How far the unit has come: kinds are only checked after `infer`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// Straight after lowering.
    Lowered,
    /// After inference.
    Inferred,
}

/// Check every function of `unit`.
pub fn verify(unit: &Unit, stage: Stage) -> CompileResult<()> {
    if unit.funcs.is_empty() {
        return Err(CompileError::internal("a unit without functions"));
    }
    for (i, func) in unit.funcs.iter().enumerate() {
        verify_function(unit, func, stage)
            .map_err(|e| CompileError::internal(format!("f{i} ({}): {e}", func.name)))?;
    }
    Ok(())
}

fn verify_function(unit: &Unit, func: &Function, stage: Stage) -> Result<(), String> {
    if func.blocks.is_empty() {
        return Err("no blocks".to_owned());
    }
    let var_ok = |v: Var| -> Result<(), String> {
        if v.index() < func.vars.len() {
            Ok(())
        } else {
            Err(format!("variable {} out of range", v.0))
        }
    };
    let mut assigned = vec![false; func.vars.len()];
    for p in &func.params {
        var_ok(*p)?;
        assigned[p.index()] = true;
    }
    for block in &func.blocks {
        for inst in &block.insts {
            if let Some(d) = inst.dst() {
                var_ok(d)?;
                assigned[d.index()] = true;
            }
            if let Inst::RangeInit {
                cur, stop, step, ..
            } = inst
            {
                for v in [cur, stop, step] {
                    var_ok(*v)?;
                    assigned[v.index()] = true;
                }
            }
        }
        if let Term::ForRange { item, .. } | Term::ForIter { item, .. } = &block.term {
            var_ok(*item)?;
            assigned[item.index()] = true;
        }
    }
    for (b, block) in func.blocks.iter().enumerate() {
        for inst in &block.insts {
            // `Unbind` only clears (a comprehension's variable after a loop whose body
            // bails before assigning it): nothing is read.
            let clears = matches!(inst, Inst::Unbind { .. });
            for u in inst.uses() {
                var_ok(u)?;
                let checked = func.vars[u.index()].checked;
                if !assigned[u.index()] && !checked && !clears {
                    return Err(format!("b{b} reads {} which is never assigned", u.0));
                }
            }
            check_inst(unit, func, inst, stage).map_err(|e| format!("b{b}: {e}"))?;
        }
        for u in block.term.uses() {
            var_ok(u)?;
        }
        for s in block.term.successors() {
            if s.index() >= func.blocks.len() {
                return Err(format!("b{b} jumps to missing block b{}", s.0));
            }
        }
        if stage == Stage::Inferred {
            check_term(func, &block.term).map_err(|e| format!("b{b}: {e}"))?;
        }
    }
    Ok(())
}

fn check_inst(unit: &Unit, func: &Function, inst: &Inst, stage: Stage) -> Result<(), String> {
    match inst {
        Inst::Call { callee, args, .. } => {
            let target = unit
                .funcs
                .get(callee.index())
                .ok_or_else(|| format!("call to missing function f{}", callee.0))?;
            if target.params.len() != args.len() && !target.params.is_empty() {
                return Err(format!(
                    "call of f{} with {} arguments for {} parameters",
                    callee.0,
                    args.len(),
                    target.params.len()
                ));
            }
            if stage == Stage::Inferred {
                for (a, p) in args.iter().zip(&target.params) {
                    if !func.kinds(*a).is_subset(target.kinds(*p)) {
                        return Err(format!(
                            "argument kinds wider than parameter of f{}",
                            callee.0
                        ));
                    }
                }
            }
        }
        Inst::RangeInit { args, .. } if !(1..=3).contains(&args.len()) => {
            return Err("range() with a bad argument count".to_owned());
        }
        Inst::Object { op, args, .. }
            if op.arity().map_or(
                matches!(op, crate::ir::ObjOp::Call { .. }) && args.is_empty(),
                |n| n != args.len(),
            ) =>
        {
            return Err(format!("{op:?} with {} arguments", args.len()));
        }
        _ => {}
    }
    if stage == Stage::Inferred {
        if let Some(dst) = inst.dst() {
            let produced = match inst {
                Inst::Call { callee, .. } => unit.funcs[callee.index()].ret,
                other => crate::infer::result_kinds(func, other),
            };
            if !produced.is_subset(func.kinds(dst)) {
                return Err(format!(
                    "{} holds {} but is assigned {produced}",
                    func.vars[dst.index()].name,
                    func.kinds(dst)
                ));
            }
        }
    }
    Ok(())
}

fn check_term(func: &Function, term: &Term) -> Result<(), String> {
    match term {
        Term::Branch { cond, .. } if !func.kinds(*cond).is_subset(Kinds::BOOL) => {
            Err(format!("branch on non-bool {}", func.kinds(*cond)))
        }
        Term::ForRange {
            cur,
            stop,
            step,
            item,
            pick,
            ..
        } => {
            let counters = [cur, stop, step];
            let item_int = pick.is_empty().then_some(item);
            for v in counters.into_iter().chain(item_int) {
                if !func.kinds(*v).is_subset(Kinds::INT) {
                    return Err("range loop variable is not an int".to_owned());
                }
            }
            for v in pick {
                if !func.kinds(*v).is_subset(func.kinds(*item)) {
                    return Err("a picked item wider than the loop variable".to_owned());
                }
            }
            Ok(())
        }
        Term::ForIter { iter, item, .. } => {
            if !func.kinds(*iter).is_subset(Kinds::OBJECT) {
                return Err(format!("loop over a {}", func.kinds(*iter)));
            }
            if !Kinds::OBJECT.is_subset(func.kinds(*item)) && !func.kinds(*item).is_never() {
                return Err("loop item cannot hold an object".to_owned());
            }
            Ok(())
        }
        Term::Return(v) if !func.kinds(*v).is_subset(func.ret) => {
            Err("returned value wider than the return kinds".to_owned())
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{BinOp, BlockId, CmpOp, FuncIdx, Value};
    use crate::testing::{branch, function, unit};

    fn rejects(unit: &Unit, stage: Stage, why: &str) {
        match verify(unit, stage) {
            Err(CompileError::Internal(msg)) => assert!(msg.contains(why), "{msg}"),
            other => panic!("expected an internal error about {why:?}, got {other:?}"),
        }
    }

    #[test]
    fn a_read_of_a_variable_nothing_assigns_is_rejected() {
        let f = function(
            "f",
            1,
            3,
            vec![(
                vec![Inst::Binary {
                    dst: Var(1),
                    op: BinOp::Add,
                    lhs: Var(0),
                    rhs: Var(2),
                    inplace: false,
                }],
                Term::Return(Var(1)),
            )],
        );
        rejects(&unit(f), Stage::Lowered, "never assigned");
    }

    #[test]
    fn unbinding_a_variable_nothing_assigns_is_accepted() {
        // `[big for c in xs][-1]`: the body bails before `c` is assigned, and `c` is
        // unbound after the loop all the same.
        let f = function(
            "f",
            1,
            2,
            vec![(vec![Inst::Unbind { var: Var(1) }], Term::Return(Var(0)))],
        );
        verify(&unit(f), Stage::Lowered).expect("an unbind reads nothing");
    }

    #[test]
    fn a_jump_to_a_missing_block_is_rejected() {
        let f = function("f", 0, 0, vec![(vec![], Term::Jump(BlockId(7)))]);
        rejects(&unit(f), Stage::Lowered, "missing block b7");
    }

    #[test]
    fn a_call_with_the_wrong_arity_is_rejected() {
        let callee = function("g", 2, 2, vec![(vec![], Term::Return(Var(0)))]);
        let caller = function(
            "f",
            1,
            2,
            vec![(
                vec![Inst::Call {
                    dst: Var(1),
                    callee: FuncIdx(1),
                    args: vec![Var(0)],
                }],
                Term::Return(Var(1)),
            )],
        );
        let u = Unit {
            funcs: vec![caller, callee],
            guards: Default::default(),
        };
        rejects(&u, Stage::Lowered, "with 1 arguments for 2 parameters");
    }

    #[test]
    fn after_inference_a_branch_on_an_int_is_rejected() {
        let mut f = function(
            "f",
            1,
            1,
            vec![(vec![], branch(0, 1, 1)), (vec![], Term::Return(Var(0)))],
        );
        f.vars[0].kinds = Kinds::INT;
        f.ret = Kinds::INT;
        rejects(&unit(f), Stage::Inferred, "branch on non-bool");
    }

    #[test]
    fn after_inference_a_variable_narrower_than_its_value_is_rejected() {
        let mut f = function(
            "f",
            0,
            1,
            vec![(
                vec![Inst::Const {
                    dst: Var(0),
                    value: Value::Float(1.5),
                }],
                Term::Return(Var(0)),
            )],
        );
        f.vars[0].kinds = Kinds::INT;
        f.ret = Kinds::INT;
        rejects(&unit(f), Stage::Inferred, "holds int but is assigned float");
    }

    #[test]
    fn a_well_formed_unit_passes() {
        let mut f = function(
            "f",
            2,
            3,
            vec![
                (
                    vec![Inst::Compare {
                        dst: Var(2),
                        op: CmpOp::Lt,
                        lhs: Var(0),
                        rhs: Var(1),
                    }],
                    branch(2, 1, 2),
                ),
                (vec![], Term::Return(Var(0))),
                (vec![], Term::Return(Var(1))),
            ],
        );
        f.vars[0].kinds = Kinds::INT;
        f.vars[1].kinds = Kinds::INT;
        f.vars[2].kinds = Kinds::BOOL;
        f.ret = Kinds::INT;
        assert_eq!(verify(&unit(f), Stage::Inferred), Ok(()));
    }
}
