//! Forward: attribute loads compiled away where compiled code already knows the value.
//!
//! A method that reads `self.x` in arithmetic, stores it and reads it again in a test
//! pays a host call for each read (`getattr.num`: natively some 300 instructions, most
//! of them wasmtime's way into the host and a dictionary lookup). Where, on every path
//! to a read of `obj.name`, the same variable's attribute of that name was read or
//! stored and nothing since could have changed it, the read becomes a copy of that
//! value, kept in a variable of its own (named `obj.name` in the IR text). V8's load
//! elimination and PyPy's heap cache do the same.
//!
//! What may change an attribute, and so ends what is known:
//! - Python code: a call (through the host or straight into the unit), an operator or
//!   comparison that may meet objects, building a dict or set (a duplicate's release),
//!   and any release of an object (a temporary dying, a local holding objects assigned,
//!   `Unbind`), whose `__del__` may do anything;
//! - a store of the same name into any object (it may be the same one), of a dunder
//!   name (`__class__`, `__dict__`), or of an item (`vars(obj)[k] = v`);
//! - assigning the variable that names the object.
//!
//! Storing an attribute releases its old value, which may run a `__del__`, so a store
//! with values known after it is marked [`Release::Quiet`]: the host bails out rather
//! than release anything but a number, a string or a tuple of those that nothing else
//! holds ([`crate::abi::BailReason::ForwardedStore`]), and the function is compiled
//! again without forwarding.
//!
//! Only loads of numbers are forwarded: a number's identity cannot be seen, while an
//! object loaded twice may be two objects (`obj.method is obj.method` is false). The
//! stored value is known only where it is an `int` or a `float` too, as a number load
//! gives, so the kinds `infer` found still hold: no second inference.
//!
//! Not forwarded: frames' and generators' own attributes (`f_lineno`) change as they
//! run without a store; compiled code does not keep them current either.

use std::collections::HashMap;

use crate::ir::{Function, Inst, ObjOp, Release, Unit, Var, VarInfo};
use crate::kinds::{Kind, Kinds};
use crate::liveness::{inst_defs, term_defs, Deaths};

/// Forward the loads of every function of `unit` (after `infer`: the kinds it found
/// still hold); whether any changed.
pub fn forward(unit: &mut Unit) -> bool {
    let mut changed = false;
    for func in &mut unit.funcs {
        changed |= forward_function(func);
    }
    changed
}

/// An attribute of the object a variable holds: `(variable, name)`.
type Key = (Var, String);

/// What one instruction does to what is known.
#[derive(Debug, Clone, PartialEq)]
enum Effect {
    /// Nothing but its assignments.
    Pure,
    /// It may run Python code or release an object: nothing is known after it.
    Forget,
    /// A number load of key `.0`.
    Load(usize),
    /// A store of attribute `name`, known afterwards as key `known` if a number.
    Store { name: String, known: Option<usize> },
}

/// The keys a function loads or stores, numbered.
#[derive(Default)]
struct Keys {
    list: Vec<Key>,
    index: HashMap<Key, usize>,
}

impl Keys {
    fn add(&mut self, key: Key) -> usize {
        if let Some(&k) = self.index.get(&key) {
            return k;
        }
        self.list.push(key.clone());
        self.index.insert(key, self.list.len() - 1);
        self.list.len() - 1
    }
}

/// The analysis of one function: each instruction's effect, and what releases objects.
struct Facts<'a> {
    func: &'a Function,
    keys: Keys,
    effects: Vec<Vec<Effect>>,
    deaths: Deaths,
    /// Per instruction, and per block for its terminator: whether it assigns a local
    /// holding objects that may hold one already (released then).
    releases: Vec<Vec<bool>>,
    term_releases: Vec<bool>,
}

impl<'a> Facts<'a> {
    fn new(func: &'a Function) -> Facts<'a> {
        let mut keys = Keys::default();
        let effects = func
            .blocks
            .iter()
            .map(|b| {
                (0..b.insts.len())
                    .map(|i| effect(func, &b.insts[i], b.point(i).is_some(), &mut keys))
                    .collect()
            })
            .collect();
        // Where the emitter releases temporaries' objects (`emit::values`).
        let deaths =
            crate::liveness::analyse(func, &|v: Var| v.0 >= func.locals && may_be_object(func, v))
                .deaths;
        let (releases, term_releases) = releasing_assignments(func);
        Facts {
            func,
            keys,
            effects,
            deaths,
            releases,
            term_releases,
        }
    }

    /// Forget what mentions the variables `defs` assigns (and everything if `releases`:
    /// a local's old object is released).
    fn assigned(&self, known: &mut [bool], defs: &[Var], releases: bool) {
        if releases {
            known.fill(false);
            return;
        }
        for d in defs {
            for (k, (obj, _)) in self.keys.list.iter().enumerate() {
                if obj == d {
                    known[k] = false;
                }
            }
        }
    }

    /// What is known after instruction `i` of block `b`, given what was before it.
    fn step(&self, known: &mut [bool], b: usize, i: usize) {
        let inst = &self.func.blocks[b].insts[i];
        let defs = inst_defs(inst);
        let releases = self.releases[b][i];
        match &self.effects[b][i] {
            Effect::Pure => self.assigned(known, &defs, releases),
            Effect::Forget => known.fill(false),
            Effect::Load(k) => {
                self.assigned(known, &defs, releases);
                if !defs.contains(&self.keys.list[*k].0) {
                    known[*k] = true;
                }
            }
            Effect::Store { name, known: key } => {
                for (k, (_, n)) in self.keys.list.iter().enumerate() {
                    if n == name {
                        known[k] = false;
                    }
                }
                if let Some(k) = key {
                    known[*k] = true;
                }
            }
        }
        if !self.deaths.after[b][i].is_empty() {
            known.fill(false);
        }
    }

    /// What is known at the start of block `b`, given what is known at its
    /// predecessors' ends.
    fn entry(&self, b: usize, from_preds: Vec<bool>) -> Vec<bool> {
        if self.deaths.entry[b].is_empty() {
            from_preds
        } else {
            vec![false; from_preds.len()]
        }
    }

    /// What the terminator of block `b` leaves known on its way to a successor.
    fn leave(&self, known: &mut [bool], b: usize) {
        self.assigned(
            known,
            &term_defs(&self.func.blocks[b].term),
            self.term_releases[b],
        );
    }

    /// What is known at the start of each block: what every path into it knows.
    fn solve(&self) -> Vec<Vec<bool>> {
        let n = self.func.blocks.len();
        let width = self.keys.list.len();
        let preds = self.func.predecessors();
        // Optimistic start (everything known), narrowed until stable; the entry knows
        // nothing.
        let mut outs: Vec<Vec<bool>> = vec![vec![true; width]; n];
        let mut ins: Vec<Vec<bool>> = vec![vec![true; width]; n];
        loop {
            let mut changed = false;
            for b in 0..n {
                let mut meet = vec![b != 0; width];
                if b != 0 {
                    for p in &preds[b] {
                        for (m, o) in meet.iter_mut().zip(&outs[p.index()]) {
                            *m &= *o;
                        }
                    }
                    if preds[b].is_empty() {
                        meet.fill(false);
                    }
                }
                let start = self.entry(b, meet);
                let mut known = start.clone();
                for i in 0..self.func.blocks[b].insts.len() {
                    self.step(&mut known, b, i);
                }
                self.leave(&mut known, b);
                if start != ins[b] || known != outs[b] {
                    ins[b] = start;
                    outs[b] = known;
                    changed = true;
                }
            }
            if !changed {
                return ins;
            }
        }
    }
}

/// Which assignments release an object: those of a local that may hold objects and may
/// be assigned already (a forward pass: parameters are assigned on entry, an assignment
/// assigns, `Unbind` unassigns). A local's first assignment releases nothing.
fn releasing_assignments(func: &Function) -> (Vec<Vec<bool>>, Vec<bool>) {
    let n = func.blocks.len();
    let width = func.vars.len();
    let tracked = |v: Var| v.0 < func.locals && may_be_object(func, v);
    let preds = func.predecessors();
    let mut outs: Vec<Vec<bool>> = vec![vec![false; width]; n];
    let mut releases: Vec<Vec<bool>> = func
        .blocks
        .iter()
        .map(|b| vec![false; b.insts.len()])
        .collect();
    let mut term_releases = vec![false; n];
    loop {
        let mut changed = false;
        for b in 0..n {
            let mut state = vec![false; width];
            if b == 0 {
                for p in &func.params {
                    state[p.index()] = true;
                }
            }
            for p in &preds[b] {
                for (s, o) in state.iter_mut().zip(&outs[p.index()]) {
                    *s |= *o;
                }
            }
            let assign = |state: &mut Vec<bool>, defs: Vec<Var>| {
                let released = defs.iter().any(|d| tracked(*d) && state[d.index()]);
                for d in defs {
                    state[d.index()] = true;
                }
                released
            };
            let block = &func.blocks[b];
            for (i, inst) in block.insts.iter().enumerate() {
                releases[b][i] = assign(&mut state, inst_defs(inst));
                if let Inst::Unbind { var } = inst {
                    state[var.index()] = false;
                }
            }
            term_releases[b] = assign(&mut state, term_defs(&block.term));
            if state != outs[b] {
                outs[b] = state;
                changed = true;
            }
        }
        if !changed {
            return (releases, term_releases);
        }
    }
}

/// May `var` hold an object?
fn may_be_object(func: &Function, var: Var) -> bool {
    func.kinds(var).contains(Kind::Object)
}

/// Does `name` name a special attribute (`__class__`, `__dict__`…)?
fn dunder(name: &str) -> bool {
    name.len() > 4 && name.starts_with("__") && name.ends_with("__")
}

/// What `inst` does to the attributes loads know; `at_point`: it has a resume point (an
/// operator or a subscript there may run Python code: `lower::general_operators`).
fn effect(func: &Function, inst: &Inst, at_point: bool, keys: &mut Keys) -> Effect {
    let object = |v: &Var| may_be_object(func, *v);
    match inst {
        Inst::Const { .. }
        | Inst::Global { .. }
        | Inst::Copy { .. }
        | Inst::Is { .. }
        | Inst::CheckBound { .. }
        | Inst::RangeInit { .. } => Effect::Pure,
        // An object's truth the host tells only where no Python code runs for it.
        Inst::Truth { .. } => Effect::Pure,
        Inst::Unary { src, .. } if !object(src) => Effect::Pure,
        Inst::Binary { lhs, rhs, .. } | Inst::Compare { lhs, rhs, .. }
            if !object(lhs) && !object(rhs) =>
        {
            Effect::Pure
        }
        Inst::Intrinsic { args, .. } if !args.iter().any(object) => Effect::Pure,
        Inst::Unbind { var } if !object(var) => Effect::Pure,
        Inst::Unary { .. }
        | Inst::Binary { .. }
        | Inst::Compare { .. }
        | Inst::Intrinsic { .. }
        | Inst::Unbind { .. }
        | Inst::Call { .. } => Effect::Forget,
        Inst::Object { op, args, dst } => match op {
            // A value kept is an `int` or a `float`, as a number load gives: the copy
            // standing for a load then has the load's kinds, and nothing after it changes.
            ObjOp::GetAttrNum(name) if func.kinds(*dst).is_subset(Kinds::UNBOXED) => {
                Effect::Load(keys.add((args[0], name.clone())))
            }
            ObjOp::GetAttrNum(_) | ObjOp::GetAttrAny(_) => Effect::Pure,
            ObjOp::SetAttr(name, _) if dunder(name) => Effect::Forget,
            ObjOp::SetAttr(name, _) => {
                let value = func.kinds(args[1]);
                let number = value != Kinds::NEVER && value.is_subset(Kinds::UNBOXED);
                Effect::Store {
                    name: name.clone(),
                    known: number.then(|| keys.add((args[0], name.clone()))),
                }
            }
            // (Releasing the global's old value may run Python code.)
            ObjOp::Call { .. }
            | ObjOp::CallMethod { .. }
            | ObjOp::Reflected(_)
            | ObjOp::SetItem
            | ObjOp::SetSlice
            | ObjOp::DelItem
            | ObjOp::SetGlobal(_)
            | ObjOp::Collect(_)
            | ObjOp::Build(crate::abi::BuildKind::Dict | crate::abi::BuildKind::Set) => {
                Effect::Forget
            }
            // A subscript with a resume point may run a class's `__getitem__`.
            ObjOp::GetItem | ObjOp::GetItemNum | ObjOp::GetSlice if at_point => Effect::Forget,
            // The host runs these only where no Python code runs (else it bails).
            ObjOp::GetAttr(_)
            | ObjOp::GetItem
            | ObjOp::GetSlice
            | ObjOp::GetItemNum
            | ObjOp::Len
            | ObjOp::Ord
            | ObjOp::Chr
            | ObjOp::Iter
            | ObjOp::Unpack { .. }
            | ObjOp::Global(_)
            | ObjOp::ConstGlobal(_)
            | ObjOp::Constant(_)
            | ObjOp::GetMethod(_)
            | ObjOp::GetSpecial(_)
            | ObjOp::SuperAttr { .. }
            | ObjOp::Str(_)
            | ObjOp::Build(_)
            | ObjOp::Contains { .. }
            | ObjOp::CheckMethod(..)
            | ObjOp::WhichMethod(..)
            | ObjOp::PickMethod
            | ObjOp::CheckOperator(..)
            | ObjOp::NewInstance(_)
            | ObjOp::MakeFunction(_)
            | ObjOp::Import { .. }
            | ObjOp::ImportFrom(_)
            | ObjOp::MakeClosure(_)
            | ObjOp::FrameCell(_)
            | ObjOp::CellGet
            | ObjOp::SetFunctionAttribute(_) => Effect::Pure,
            // (Releasing the cell's old value may run Python code.)
            ObjOp::CellSet => Effect::Forget,
        },
    }
}

/// Is some attribute loaded as a number and accessed more than once (the only loads
/// that can be forwarded)? Most functions have none, and the analysis is not free.
fn worth_a_look(func: &Function) -> bool {
    // Per attribute: accesses, and whether one is a number load.
    let mut seen: HashMap<(Var, &str), (u32, bool)> = HashMap::new();
    for block in &func.blocks {
        for inst in &block.insts {
            if let Inst::Object { op, args, .. } = inst {
                let (name, load) = match op {
                    ObjOp::GetAttrNum(name) => (name, true),
                    ObjOp::SetAttr(name, _) => (name, false),
                    _ => continue,
                };
                let entry = seen.entry((args[0], name.as_str())).or_default();
                entry.0 += 1;
                entry.1 |= load;
            }
        }
    }
    seen.values().any(|(n, load)| *n > 1 && *load)
}

/// Forward the loads of one function; whether any changed.
fn forward_function(func: &mut Function) -> bool {
    if !worth_a_look(func) {
        return false;
    }
    let facts = Facts::new(func);
    let ins = facts.solve();
    // The loads to forward, and the keys they need kept in variables.
    let width = facts.keys.list.len();
    let mut forwarded: Vec<Vec<bool>> = Vec::new();
    let mut needed = vec![false; width];
    for (b, block) in facts.func.blocks.iter().enumerate() {
        let mut known = ins[b].clone();
        let mut here = vec![false; block.insts.len()];
        for (i, flag) in here.iter_mut().enumerate() {
            if let Effect::Load(k) = facts.effects[b][i] {
                if known[k] {
                    *flag = true;
                    needed[k] = true;
                }
            }
            facts.step(&mut known, b, i);
        }
        forwarded.push(here);
    }
    if !needed.iter().any(|n| *n) {
        return false;
    }
    let effects = facts.effects;
    let keys = facts.keys.list;
    func.forwarded = true;
    // One variable per needed key, assigned wherever its key becomes known.
    let mut holder: Vec<Option<Var>> = vec![None; width];
    for (k, (obj, name)) in keys.iter().enumerate() {
        if needed[k] {
            let var = Var(func.vars.len() as u32);
            let obj_name = func.vars[obj.index()].name.clone();
            func.vars.push(VarInfo {
                name: format!("{obj_name}.{name}"),
                kinds: Kinds::UNBOXED,
                checked: false,
            });
            holder[k] = Some(var);
        }
    }
    for (b, block) in func.blocks.iter_mut().enumerate() {
        let old_insts = std::mem::take(&mut block.insts);
        let old_points = std::mem::take(&mut block.points);
        let has_points = !old_points.is_empty();
        for (i, inst) in old_insts.into_iter().enumerate() {
            let point = old_points.get(i).copied().flatten();
            let push = |block: &mut crate::ir::Block, inst: Inst| {
                block.insts.push(inst);
                if has_points {
                    block.points.push(point);
                }
            };
            match (&effects[b][i], inst) {
                (Effect::Load(k), Inst::Object { dst, .. }) if forwarded[b][i] => {
                    let src = holder[*k].unwrap_or(dst);
                    push(block, Inst::Copy { dst, src });
                }
                (Effect::Load(k), inst) => {
                    let dst = inst.dst();
                    push(block, inst);
                    if let (Some(h), Some(dst)) = (holder[*k], dst) {
                        push(block, Inst::Copy { dst: h, src: dst });
                    }
                }
                (
                    Effect::Store { known, .. },
                    Inst::Object {
                        dst,
                        op: ObjOp::SetAttr(name, _),
                        args,
                    },
                ) => {
                    let value = args[1];
                    push(
                        block,
                        Inst::Object {
                            dst,
                            op: ObjOp::SetAttr(name, Release::Any),
                            args,
                        },
                    );
                    if let Some(h) = known.and_then(|k| holder[k]) {
                        push(block, Inst::Copy { dst: h, src: value });
                    }
                }
                (_, inst) => push(block, inst),
            }
        }
    }
    // A store releases quietly where a held value is read after it (its own, which the
    // copy right after it assigns, included): the reads trust that no code ran.
    let first_holder = func.vars.len() - holder.iter().flatten().count();
    let is_holder = |v: Var| v.index() >= first_holder;
    let live = crate::liveness::any_live_after(func, &is_holder);
    for (block, live) in func.blocks.iter_mut().zip(live) {
        for i in 0..block.insts.len() {
            let own_copy =
                matches!(block.insts.get(i + 1), Some(Inst::Copy { dst, .. }) if is_holder(*dst));
            let read_after = live[i] || (own_copy && live[i + 1]);
            if let Inst::Object {
                op: ObjOp::SetAttr(_, release),
                ..
            } = &mut block.insts[i]
            {
                if read_after {
                    *release = Release::Quiet;
                }
            }
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{BinOp, Term, Value};
    use crate::testing::{branch, function, unit};

    fn load(dst: u32, obj: u32, name: &str) -> Inst {
        Inst::Object {
            dst: Var(dst),
            op: ObjOp::GetAttrNum(name.into()),
            args: vec![Var(obj)],
        }
    }

    fn store(dst: u32, obj: u32, value: u32, name: &str) -> Inst {
        Inst::Object {
            dst: Var(dst),
            op: ObjOp::SetAttr(name.into(), Release::Any),
            args: vec![Var(obj), Var(value)],
        }
    }

    fn add(dst: u32, lhs: u32, rhs: u32) -> Inst {
        Inst::Binary {
            dst: Var(dst),
            op: BinOp::Add,
            lhs: Var(lhs),
            rhs: Var(rhs),
            inplace: false,
        }
    }

    /// `blocks` over `vars` variables; `v0` (and `v1` if `two`) are parameters holding
    /// objects, every other variable a `float`.
    fn forwarded(vars: u32, two: bool, blocks: Vec<(Vec<Inst>, Term)>) -> Function {
        let params = if two { 2 } else { 1 };
        let mut f = function("f", params, vars, blocks);
        f.locals = params;
        for (i, v) in f.vars.iter_mut().enumerate() {
            v.kinds = if (i as u32) < params {
                Kinds::OBJECT
            } else {
                Kinds::FLOAT
            };
        }
        let mut u = unit(f);
        forward(&mut u);
        u.funcs.remove(0)
    }

    #[test]
    fn a_load_after_a_load_or_a_store_is_a_copy_and_the_store_releases_quietly() {
        // self.x += 1.0; return self.x
        let f = forwarded(
            6,
            false,
            vec![(
                vec![
                    load(1, 0, "x"),
                    Inst::Const {
                        dst: Var(2),
                        value: Value::Float(1.0),
                    },
                    add(3, 1, 2),
                    store(4, 0, 3, "x"),
                    load(5, 0, "x"),
                ],
                Term::Return(Var(5)),
            )],
        );
        let held = Var(6);
        assert_eq!(f.vars[6].name, "v0.x");
        let insts = &f.blocks[0].insts;
        assert_eq!(insts[0], load(1, 0, "x"));
        assert_eq!(
            insts[1],
            Inst::Copy {
                dst: held,
                src: Var(1)
            }
        );
        assert!(matches!(
            &insts[4],
            Inst::Object { op: ObjOp::SetAttr(n, Release::Quiet), .. } if n == "x"
        ));
        assert_eq!(
            insts[5],
            Inst::Copy {
                dst: held,
                src: Var(3)
            }
        );
        assert_eq!(
            insts[6],
            Inst::Copy {
                dst: Var(5),
                src: held
            }
        );
        assert_eq!(insts.len(), 7);
    }

    #[test]
    fn a_store_of_the_name_into_another_object_or_a_call_forgets() {
        // a = p.x; q.x = a; b = p.x  (q may be p)
        let f = forwarded(
            5,
            true,
            vec![(
                vec![load(2, 0, "x"), store(3, 1, 2, "x"), load(4, 0, "x")],
                Term::Return(Var(4)),
            )],
        );
        assert_eq!(f.blocks[0].insts.last(), Some(&load(4, 0, "x")));
        // a = p.x; p.y = a; b = p.x  (another name: p.x is still known)
        let f = forwarded(
            5,
            true,
            vec![(
                vec![load(2, 0, "x"), store(3, 0, 2, "y"), load(4, 0, "x")],
                Term::Return(Var(4)),
            )],
        );
        assert!(matches!(f.blocks[0].insts.last(), Some(Inst::Copy { .. })));
        // a = p.x; f(); b = p.x
        let call = Inst::Object {
            dst: Var(3),
            op: ObjOp::Call {
                method: false,
                kwnames: vec![],
                star: crate::ir::Star::No,
            },
            args: vec![Var(1)],
        };
        let f = forwarded(
            5,
            true,
            vec![(
                vec![load(2, 0, "x"), call, load(4, 0, "x")],
                Term::Return(Var(4)),
            )],
        );
        assert_eq!(f.blocks[0].insts.last(), Some(&load(4, 0, "x")));
    }

    #[test]
    fn a_local_assigned_again_forgets_but_its_first_assignment_does_not() {
        // a = p.x; s = p.sched; b = p.x; s = p.sched; c = p.x
        let sched = |dst: u32| Inst::Object {
            dst: Var(dst),
            op: ObjOp::GetAttr("sched".into()),
            args: vec![Var(0)],
        };
        let mut f = function(
            "f",
            1,
            5,
            vec![(
                vec![
                    load(2, 0, "x"),
                    sched(1),
                    load(3, 0, "x"),
                    sched(1),
                    load(4, 0, "x"),
                ],
                Term::Return(Var(4)),
            )],
        );
        f.locals = 2;
        for (i, v) in f.vars.iter_mut().enumerate() {
            v.kinds = if i < 2 { Kinds::OBJECT } else { Kinds::FLOAT };
        }
        let mut u = unit(f);
        forward(&mut u);
        let insts = &u.funcs[0].blocks[0].insts;
        assert!(
            matches!(insts[3], Inst::Copy { dst: Var(3), .. }),
            "{insts:?}"
        );
        assert!(
            insts.contains(&load(4, 0, "x")),
            "s's old object released: {insts:?}"
        );
    }

    #[test]
    fn a_load_is_forwarded_only_where_every_path_knows_the_value() {
        // b0: a = p.x; branch c -> b1 | b2; b1: p.x = a; jump b3; b2: jump b3;
        // b3: b = p.x (known on both paths); b4 after a store of x elsewhere: not known.
        let f = forwarded(
            8,
            true,
            vec![
                (vec![load(2, 0, "x")], branch(2, 1, 2)),
                (vec![store(3, 0, 2, "x")], Term::Jump(crate::ir::BlockId(3))),
                (vec![store(4, 1, 2, "x")], Term::Jump(crate::ir::BlockId(3))),
                (vec![load(5, 0, "x")], Term::Return(Var(5))),
            ],
        );
        assert_eq!(f.blocks[3].insts[0], load(5, 0, "x"), "b2 stored q.x");
        let f = forwarded(
            8,
            true,
            vec![
                (vec![load(2, 0, "x")], branch(2, 1, 2)),
                (vec![store(3, 0, 2, "x")], Term::Jump(crate::ir::BlockId(3))),
                (vec![], Term::Jump(crate::ir::BlockId(3))),
                (vec![load(5, 0, "x")], Term::Return(Var(5))),
            ],
        );
        assert!(matches!(
            f.blocks[3].insts[0],
            Inst::Copy { dst: Var(5), .. }
        ));
    }
}
