//! Alias: which parameters a variable may hold unchanged.
//!
//! Compiled code works on unboxed numbers, so the host boxes a result into a new object.
//! The interpreter would have returned the very object passed in when the function
//! returns a parameter as it is (`return x`, `max(a, b)`, `a if c else b`, a call of
//! such a function), and Python can tell (`f(x) is x`). This pass finds the variables
//! that may hold a parameter unchanged; the emitter tracks those at run time
//! (`emit/origin.rs`) and the module reports which parameter, if any, its result is, so
//! the host returns that very argument.
//!
//! Which operations give back their operand itself was checked against the interpreter
//! (RustPython 0.6): `float(x)`, `int(x)`, `round(x)` and `+x` do when the operand already
//! is of the result's type; `abs` and arithmetic never do.
//!
//! The analysis is flow-insensitive and interprocedural over the unit: a variable may be
//! a parameter's value if any assignment to it copies one (or a value that may be one),
//! and a call's result may be an argument's value if the callee may return that
//! parameter. It only ever widens, so a loop or recursion reaches a fixpoint.

use crate::abi::MathFn;
use crate::code::Builtin;
use crate::ir::{Function, Inst, Intrinsic, Term, UnaryOp, Unit, Var};

/// A set of parameter positions (up to [`MAX_PARAMS`]), as bits, plus [`GLOBAL`].
pub type Params = u64;

/// Parameters tracked; `abi::MAX_ARGS` is far below.
pub const MAX_PARAMS: usize = 48;
/// The bit for "a number global's object" (`Inst::Global`).
pub const GLOBAL: Params = 1 << 63;

/// For every function of a unit: which parameters each variable may be a copy of, and
/// which its result may be. The emitter gives each variable with a non-empty set a local
/// that tracks, at run time, which parameter it holds unchanged (if any).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UnitAliases {
    /// Per function, in unit order.
    pub funcs: Vec<FuncAliases>,
    /// The number globals the unit reads (`Inst::Global`), in order of first use: origin
    /// `MAX_PARAMS + i` is the object `globals[i]` names.
    pub globals: Vec<String>,
}

/// One function's may-alias sets.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FuncAliases {
    /// Per variable.
    pub vars: Vec<Params>,
    /// Of the result.
    pub returns: Params,
}

/// The may-alias sets of every function of `unit`.
pub fn analyse(unit: &Unit) -> UnitAliases {
    let mut returns: Vec<Params> = vec![0; unit.funcs.len()];
    let mut origins: Vec<Vec<Params>> = unit
        .funcs
        .iter()
        .map(|f| {
            let mut o = vec![0; f.vars.len()];
            for (i, p) in f.params.iter().enumerate().take(MAX_PARAMS) {
                o[p.index()] |= 1 << i;
            }
            o
        })
        .collect();
    let mut globals: Vec<String> = Vec::new();
    for func in &unit.funcs {
        for block in &func.blocks {
            for inst in &block.insts {
                if let Inst::Global { name, .. } = inst {
                    if !globals.contains(name) {
                        globals.push(name.clone());
                    }
                }
            }
        }
    }
    loop {
        let mut changed = false;
        for (fi, func) in unit.funcs.iter().enumerate() {
            changed |= propagate(func, &mut origins[fi], &returns);
            let mut ret = 0;
            for block in &func.blocks {
                match &block.term {
                    Term::Return(v) => ret |= origins[fi][v.index()],
                    Term::ReturnTuple(vs) => {
                        for v in vs {
                            ret |= origins[fi][v.index()];
                        }
                    }
                    _ => {}
                }
            }
            if ret | returns[fi] != returns[fi] {
                returns[fi] |= ret;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    // Only variables whose origin can reach a result need tracking.
    for (fi, func) in unit.funcs.iter().enumerate() {
        let relevant = relevant(func, &returns);
        for (v, set) in origins[fi].iter_mut().enumerate() {
            if !relevant[v] {
                *set = 0;
            }
        }
    }
    UnitAliases {
        funcs: origins
            .into_iter()
            .zip(returns)
            .map(|(vars, returns)| FuncAliases { vars, returns })
            .collect(),
        globals,
    }
}

/// The variables of `func` whose origin can reach its result: returned ones, and the
/// sources of relevant ones through the operations that carry an origin.
fn relevant(func: &Function, returns: &[Params]) -> Vec<bool> {
    let mut relevant = vec![false; func.vars.len()];
    // A root that may hand its frame to the interpreter hands over its locals and
    // stack values: the interpreter must get the very argument objects back.
    if !func.points.is_empty() {
        for v in relevant.iter_mut().take(func.locals as usize) {
            *v = true;
        }
        for point in &func.points {
            for item in &point.stack {
                for v in item.vars() {
                    relevant[v.index()] = true;
                }
            }
        }
    }
    for block in &func.blocks {
        match &block.term {
            Term::Return(v) => relevant[v.index()] = true,
            Term::ReturnTuple(vs) => vs.iter().for_each(|v| relevant[v.index()] = true),
            _ => {}
        }
    }
    loop {
        let mut changed = false;
        for block in &func.blocks {
            for inst in &block.insts {
                let Some(dst) = inst.dst() else {
                    continue;
                };
                if !relevant[dst.index()] {
                    continue;
                }
                for source in carried_from(inst, returns) {
                    if !relevant[source.index()] {
                        relevant[source.index()] = true;
                        changed = true;
                    }
                }
            }
            // A loop over a tuple copies its items into the loop variable.
            if let Term::ForRange { item, pick, .. } = &block.term {
                if relevant[item.index()] {
                    for source in pick {
                        if !relevant[source.index()] {
                            relevant[source.index()] = true;
                            changed = true;
                        }
                    }
                }
            }
        }
        if !changed {
            return relevant;
        }
    }
}

/// The operands whose origin `inst` may pass on to its destination.
fn carried_from(inst: &Inst, returns: &[Params]) -> Vec<Var> {
    match inst {
        Inst::Copy { src, .. }
        | Inst::Unary {
            op: UnaryOp::Pos,
            src,
            ..
        } => vec![*src],
        Inst::Intrinsic {
            func: Intrinsic::Builtin(Builtin::Min | Builtin::Max),
            args,
            ..
        } => args.clone(),
        Inst::Intrinsic {
            func:
                Intrinsic::Builtin(Builtin::Float | Builtin::Int | Builtin::Round)
                | Intrinsic::Math(MathFn::Floor | MathFn::Ceil | MathFn::Trunc),
            args,
            ..
        } if args.len() == 1 => args.clone(),
        Inst::Call { callee, args, .. } => {
            let may = returns.get(callee.index()).copied().unwrap_or(0);
            args.iter()
                .enumerate()
                .filter(|(j, _)| *j < MAX_PARAMS && may & (1 << j) != 0)
                .map(|(_, a)| *a)
                .collect()
        }
        _ => Vec::new(),
    }
}

/// The parameters the root's result may be (positions in order): a summary for tests.
pub fn root_returns(unit: &Unit) -> Vec<usize> {
    analyse(unit)
        .funcs
        .first()
        .map_or_else(Vec::new, |f| positions(f.returns & !GLOBAL))
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
                Inst::Global { .. } => GLOBAL,
                Inst::Intrinsic {
                    func: Intrinsic::Builtin(Builtin::Min | Builtin::Max),
                    args,
                    ..
                } => union(origins, args),
                // The interpreter returns the argument itself from `float(x)` for a
                // float, `int(x)`, `round(x)` and `math.floor`/`ceil`/`trunc(x)` for an
                // int (the kind check at boxing tells those cases apart), and from
                // `+x`; `abs` always makes a new one.
                Inst::Intrinsic {
                    func:
                        Intrinsic::Builtin(Builtin::Float | Builtin::Int | Builtin::Round)
                        | Intrinsic::Math(MathFn::Floor | MathFn::Ceil | MathFn::Trunc),
                    args,
                    ..
                } if args.len() == 1 => origins[args[0].index()],
                Inst::Unary {
                    op: UnaryOp::Pos,
                    src,
                    ..
                } => origins[src.index()],
                Inst::Call { callee, args, .. } => {
                    let mut out = 0;
                    let may = returns.get(callee.index()).copied().unwrap_or(0);
                    for (j, a) in args.iter().enumerate().take(MAX_PARAMS) {
                        if may & (1 << j) != 0 {
                            out |= origins[a.index()];
                        }
                    }
                    out | (may & GLOBAL)
                }
                _ => 0,
            };
            let slot = &mut origins[dst.index()];
            if *slot | from != *slot {
                *slot |= from;
                changed = true;
            }
        }
        // A loop over a tuple copies its items into the loop variable.
        if let Term::ForRange { item, pick, .. } = &block.term {
            let from = union(origins, pick);
            let slot = &mut origins[item.index()];
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
    (0..MAX_PARAMS).filter(|i| set & (1 << i) != 0).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::code::FunctionId;
    use crate::ir::{BinOp, Block, FuncIdx, Value, VarInfo};
    use crate::kinds::Kinds;

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
                ops: 0,
                points: Vec::new(),
                term_point: None,
            }],
            ret: Kinds::INT,
            tuple_ret: None,
            locals: 0,
            cells: Vec::new(),
            points: Vec::new(),
            forwarded: false,
        }
    }

    #[test]
    fn a_parameter_returned_through_copies_and_max_may_be_the_result() {
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
        assert_eq!(root_returns(&unit), vec![0, 1]);
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
                inplace: false,
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
            assert!(root_returns(&unit).is_empty());
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
        assert_eq!(root_returns(&unit), vec![1]);
    }
}
