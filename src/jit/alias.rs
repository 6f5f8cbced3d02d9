//! Alias: which of the root's parameters its result may be, unchanged.
//!
//! Compiled code works on unboxed numbers, so the host boxes a result into a new object.
//! The interpreter would have returned the very object passed in when the function
//! returns a parameter as it is (`return x`, `max(a, b)`, `a if c else b`, a call of
//! such a function), and Python can tell (`f(x) is x`). This pass finds, for the root's
//! result (and each item of a returned tuple), the parameters it may be a copy of; the
//! host then returns that argument object when the result equals it bit for bit (and is
//! of its kind), the first such parameter in order, as `max` returns the first of equal
//! values.
//!
//! The analysis is flow-insensitive and interprocedural over the unit: a variable may be
//! a parameter's value if any assignment to it copies one (or a value that may be one),
//! and a call's result may be an argument's value if the callee may return that
//! parameter. It only ever widens, so a loop or recursion reaches a fixpoint.

use crate::jit::code::Builtin;
use crate::jit::ir::{Function, Inst, Intrinsic, Term, Unit, Var};

/// A set of parameter positions (up to 64), as bits.
type Params = u64;

/// For the root: the parameters its result may be, and for a root returning tuples the
/// same per item. Positions are in parameter order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReturnAliases {
    /// Parameters the result may be (empty when it is always computed).
    pub result: Vec<usize>,
    /// Per item of a returned tuple.
    pub items: Vec<Vec<usize>>,
}

/// The return aliases of `unit`'s root.
pub fn return_aliases(unit: &Unit) -> ReturnAliases {
    // Per function: the parameters its result may be.
    let mut returns: Vec<Params> = vec![0; unit.funcs.len()];
    let mut origins: Vec<Vec<Params>> = unit
        .funcs
        .iter()
        .map(|f| {
            let mut o = vec![0; f.vars.len()];
            for (i, p) in f.params.iter().enumerate().take(64) {
                o[p.index()] |= 1 << i;
            }
            o
        })
        .collect();
    loop {
        let mut changed = false;
        for (fi, func) in unit.funcs.iter().enumerate() {
            changed |= propagate(func, &mut origins[fi], &returns);
            let mut ret = 0;
            for block in &func.blocks {
                if let Term::Return(v) = &block.term {
                    ret |= origins[fi][v.index()];
                }
            }
            if ret != returns[fi] {
                returns[fi] |= ret;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    let Some(root) = unit.funcs.first() else {
        return ReturnAliases::default();
    };
    let mut items: Vec<Params> = Vec::new();
    for block in &root.blocks {
        if let Term::ReturnTuple(vs) = &block.term {
            items.resize(items.len().max(vs.len()), 0);
            for (i, v) in vs.iter().enumerate() {
                items[i] |= origins[0][v.index()];
            }
        }
    }
    ReturnAliases {
        result: positions(returns[0]),
        items: items.into_iter().map(positions).collect(),
    }
}

/// One pass over `func`'s assignments; whether any origin set grew.
fn propagate(func: &Function, origins: &mut [Params], returns: &[Params]) -> bool {
    let mut changed = false;
    for block in &func.blocks {
        for inst in &block.insts {
            let Some(dst) = inst.dst() else {
                continue;
            };
            let from = match inst {
                Inst::Copy { src, .. } => origins[src.index()],
                Inst::Intrinsic {
                    func: Intrinsic::Builtin(Builtin::Min | Builtin::Max),
                    args,
                    ..
                } => union(origins, args),
                Inst::Call { callee, args, .. } => {
                    let mut out = 0;
                    let may = returns.get(callee.index()).copied().unwrap_or(0);
                    for (j, a) in args.iter().enumerate().take(64) {
                        if may & (1 << j) != 0 {
                            out |= origins[a.index()];
                        }
                    }
                    out
                }
                _ => 0,
            };
            let slot = &mut origins[dst.index()];
            if *slot | from != *slot {
                *slot |= from;
                changed = true;
            }
        }
    }
    changed
}

fn union(origins: &[Params], vars: &[Var]) -> Params {
    vars.iter().fold(0, |acc, v| acc | origins[v.index()])
}

fn positions(set: Params) -> Vec<usize> {
    (0..64).filter(|i| set & (1 << i) != 0).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::jit::code::FunctionId;
    use crate::jit::ir::{BinOp, Block, FuncIdx, Value, VarInfo};
    use crate::jit::kinds::Kinds;

    fn var(name: &str) -> VarInfo {
        VarInfo {
            name: name.to_owned(),
            kinds: Kinds::INT,
            checked: false,
        }
    }

    fn func(name: &str, params: usize, vars: usize, insts: Vec<Inst>, ret: Term) -> Function {
        Function {
            name: name.to_owned(),
            id: FunctionId(0),
            params: (0..params as u32).map(Var).collect(),
            vars: (0..vars).map(|i| var(&format!("v{i}"))).collect(),
            blocks: vec![Block {
                insts,
                term: ret,
                line: 1,
            }],
            ret: Kinds::INT,
            tuple_ret: None,
        }
    }

    #[test]
    fn a_parameter_returned_through_copies_and_max_is_an_alias() {
        // def f(a, b): c = max(a, b); d = c; return d
        let f = func(
            "f",
            2,
            4,
            vec![
                Inst::Intrinsic {
                    dst: Var(2),
                    func: Intrinsic::Builtin(Builtin::Max),
                    args: vec![Var(0), Var(1)],
                },
                Inst::Copy {
                    dst: Var(3),
                    src: Var(2),
                },
            ],
            Term::Return(Var(3)),
        );
        let unit = Unit {
            funcs: vec![f],
            guards: Default::default(),
        };
        assert_eq!(return_aliases(&unit).result, vec![0, 1]);
    }

    #[test]
    fn computed_results_and_constants_alias_nothing() {
        // def f(a): b = a + 1; return b   /   def g(a): b = 7; return b
        let add = func(
            "f",
            1,
            2,
            vec![Inst::Binary {
                dst: Var(1),
                op: BinOp::Add,
                lhs: Var(0),
                rhs: Var(0),
            }],
            Term::Return(Var(1)),
        );
        let konst = func(
            "g",
            1,
            2,
            vec![Inst::Const {
                dst: Var(1),
                value: Value::Int(7),
            }],
            Term::Return(Var(1)),
        );
        for f in [add, konst] {
            let unit = Unit {
                funcs: vec![f],
                guards: Default::default(),
            };
            assert!(return_aliases(&unit).result.is_empty());
        }
    }

    #[test]
    fn a_callee_returning_its_parameter_passes_the_alias_through() {
        // def outer(x, y): r = ident(y); return r      def ident(z): return z
        let outer = func(
            "outer",
            2,
            3,
            vec![Inst::Call {
                dst: Var(2),
                callee: FuncIdx(1),
                args: vec![Var(1)],
            }],
            Term::Return(Var(2)),
        );
        let ident = func("ident", 1, 1, vec![], Term::Return(Var(0)));
        let unit = Unit {
            funcs: vec![outer, ident],
            guards: Default::default(),
        };
        assert_eq!(return_aliases(&unit).result, vec![1]);
    }
}
