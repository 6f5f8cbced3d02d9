//! Small IR builders for the passes' unit tests: a function is written as its blocks, each
//! a list of instructions and a terminator, over variables named `v0`, `v1`, … (the first
//! `params` of them are the parameters).

use crate::code::FunctionId;
use crate::ir::{Block, BlockId, Function, Inst, Term, Unit, Var, VarInfo};
use crate::kinds::Kinds;

/// A function `name` of `params` parameters and `vars` variables in all, with `blocks`.
pub(crate) fn function(
    name: &str,
    params: u32,
    vars: u32,
    blocks: Vec<(Vec<Inst>, Term)>,
) -> Function {
    Function {
        name: name.to_owned(),
        id: FunctionId(0),
        params: (0..params).map(Var).collect(),
        vars: (0..vars)
            .map(|i| VarInfo {
                name: format!("v{i}"),
                kinds: Kinds::NEVER,
                checked: false,
            })
            .collect(),
        blocks: blocks
            .into_iter()
            .enumerate()
            .map(|(i, (insts, term))| Block {
                insts,
                term,
                line: i as u32 + 1,
                ops: 0,
                points: Vec::new(),
                term_point: None,
            })
            .collect(),
        ret: Kinds::NEVER,
        tuple_ret: None,
        locals: 0,
        cells: Vec::new(),
        points: Vec::new(),
        forwarded: false,
    }
}

/// A unit of one function.
pub(crate) fn unit(func: Function) -> Unit {
    Unit {
        funcs: vec![func],
        guards: Default::default(),
    }
}

/// `Term::Branch` on `cond`.
pub(crate) fn branch(cond: u32, then: u32, otherwise: u32) -> Term {
    Term::Branch {
        cond: Var(cond),
        then: BlockId(then),
        otherwise: BlockId(otherwise),
    }
}
