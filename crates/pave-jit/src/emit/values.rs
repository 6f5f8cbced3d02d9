//! Where values live while a function runs, and moving them around: one or two wasm
//! locals per variable (by [`Repr`]), reading a variable as a given kind, storing a value
//! of a kind into a variable of a wider set, and dispatching on a tagged variable's kind.

use std::collections::BTreeMap;

use wasm_encoder::{BlockType, Instruction, ValType};

use crate::abi::BailReason;
use crate::alias::UnitAliases;
use crate::error::{CompileError, CompileResult};
use crate::ir::{Function, Unit, Var};
use crate::kinds::{Kind, Kinds, Repr};

use super::{repr_types, Callee, Global, Ins, ModuleCtx};

/// A function body under construction.
pub(crate) struct Body {
    n_params: u32,
    locals: Vec<ValType>,
    code: Vec<Ins>,
}

impl Body {
    /// An empty body for a function with `params`.
    pub(crate) fn new(params: &[ValType]) -> Self {
        Body {
            n_params: params.len() as u32,
            locals: Vec::new(),
            code: Vec::new(),
        }
    }

    /// A fresh local of type `ty`.
    pub(crate) fn local(&mut self, ty: ValType) -> u32 {
        self.locals.push(ty);
        self.n_params + self.locals.len() as u32 - 1
    }

    /// Append an instruction.
    pub(crate) fn i(&mut self, ins: Instruction<'static>) {
        self.code.push(Ins::Wasm(ins));
    }

    /// Append a call.
    pub(crate) fn call(&mut self, ctx: &mut ModuleCtx, callee: Callee) {
        ctx.use_callee(callee);
        self.code.push(Ins::Call(callee));
    }

    /// The finished function, with call targets resolved through `index`.
    pub(crate) fn into_function(
        self,
        index: &BTreeMap<Callee, u32>,
    ) -> CompileResult<wasm_encoder::Function> {
        let mut f = wasm_encoder::Function::new_with_locals_types(self.locals);
        for ins in self.code {
            match ins {
                Ins::Wasm(i) => f.instruction(&i),
                Ins::Call(c) => {
                    let target = index
                        .get(&c)
                        .ok_or_else(|| CompileError::internal(format!("unresolved call {c:?}")))?;
                    f.instruction(&Instruction::Call(*target))
                }
            };
        }
        f.instruction(&Instruction::End);
        Ok(f)
    }
}

/// The locals of one variable.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Storage {
    /// Nothing to store (`None` only, or never assigned).
    Empty,
    /// One local of the kind's type.
    One(u32),
    /// Tag and payload locals.
    Tagged { tag: u32, payload: u32 },
}

/// Emits one IR function.
pub(crate) struct FnEmitter<'a> {
    pub(super) unit: &'a Unit,
    pub(super) func: &'a Function,
    pub(super) ctx: &'a mut ModuleCtx,
    pub(super) body: Body,
    kinds: Vec<Kinds>,
    pub(super) storage: Vec<Storage>,
    flags: BTreeMap<Var, u32>,
    params: Vec<ValType>,
    /// Parameters the function borrows ([`crate::ir::Function::borrowed_params`]): it
    /// never releases them.
    borrowed: Vec<Var>,
    /// Which parameters each variable of every function may hold (`jit::alias`).
    pub(super) aliases: &'a UnitAliases,
    /// This function's index in the unit.
    pub(super) func_index: usize,
    /// Per variable: the local tracking which parameter it holds, if it may hold one.
    pub(super) origins: Vec<Option<u32>>,
    /// Per block and instruction: a `copy` whose source is dead after it
    /// (`liveness::copy_moves`).
    moves: Vec<Vec<bool>>,
    /// Where temporaries holding objects die (`liveness::analyse`): their handles are
    /// released there, as the interpreter drops what it pops.
    pub(super) deaths: crate::liveness::Deaths,
    /// The resume point of the instruction being emitted (root functions only).
    pub(super) point: Option<u32>,
    /// Open `block`/`loop`/`if` constructs at this point of the body.
    depth: u32,
    /// In a root with resume points: the depth just inside the block that bail-outs
    /// leave to reach the code that hands the frame to the interpreter
    /// (`emit/resume.rs`), and the local holding the point.
    pub(super) exit: Option<(u32, u32)>,
    /// In the root: a local that is 1 in the call the host made (not in a recursive
    /// call from compiled code), set on entry; "argument `i`" origins hold only there.
    pub(super) host_call: Option<u32>,
    /// The resume points bail-outs of this function can reach.
    used_points: std::collections::BTreeSet<u32>,
    /// Per block and instruction: an operator on objects that may run Python code
    /// ([`crate::lower::general_operators`]).
    general: Vec<Vec<bool>>,
    /// The block and index of the instruction being emitted.
    pub(super) at: Option<(usize, usize)>,
    /// After an [`crate::ir::ObjOp::CheckOperator`]: the local holding its answer, on
    /// which the call after it and [`crate::ir::ObjOp::Reflected`] branch.
    pub(super) operator_check: Option<u32>,
    /// After an [`crate::ir::ObjOp::WhichMethod`]: the calls that follow it, of which
    /// only the chosen one runs.
    pub(super) method_choice: Option<MethodChoice>,
}

/// The choice an [`crate::ir::ObjOp::WhichMethod`] made, and how far the instructions it
/// picks among have got: `candidates` direct calls, then the host call, then the
/// [`crate::ir::ObjOp::PickMethod`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct MethodChoice {
    /// The local holding the index of the candidate, or -1 for the host call.
    pub which: u32,
    /// How many direct calls follow.
    pub candidates: usize,
    /// The instructions after the choice emitted so far.
    pub next: usize,
}

impl<'a> FnEmitter<'a> {
    /// Is the instruction being emitted an operator that may run Python code?
    pub(super) fn general_operator(&self) -> bool {
        self.at
            .and_then(|(b, i)| self.general.get(b)?.get(i).copied())
            .unwrap_or(false)
    }

    pub(crate) fn new(
        unit: &'a Unit,
        func_index: usize,
        aliases: &'a UnitAliases,
        ctx: &'a mut ModuleCtx,
    ) -> Self {
        let func = &unit.funcs[func_index];
        let params: Vec<ValType> = func
            .params
            .iter()
            .flat_map(|p| repr_types(func.kinds(*p).repr()))
            .collect();
        let mut body = Body::new(&params);
        let mut storage = vec![Storage::Empty; func.vars.len()];
        let mut next_param = 0u32;
        for p in &func.params {
            let repr = func.kinds(*p).repr();
            storage[p.index()] = match repr {
                Repr::Never | Repr::None => Storage::Empty,
                Repr::Tagged => {
                    next_param += 2;
                    Storage::Tagged {
                        tag: next_param - 2,
                        payload: next_param - 1,
                    }
                }
                _ => {
                    next_param += 1;
                    Storage::One(next_param - 1)
                }
            };
        }
        for (i, info) in func.vars.iter().enumerate() {
            if func.params.contains(&Var(i as u32)) {
                continue;
            }
            storage[i] = alloc(&mut body, info.kinds);
        }
        let mut flags = BTreeMap::new();
        // A function that can resume in the interpreter hands over every local it
        // assigned: each has an "assigned" flag.
        let resumable = !func.points.is_empty();
        for (i, info) in func.vars.iter().enumerate() {
            if info.checked || (resumable && (i as u32) < func.locals) {
                let flag = body.local(ValType::I32);
                flags.insert(Var(i as u32), flag);
            }
        }
        let origins = aliases.funcs[func_index]
            .vars
            .iter()
            .map(|set| (*set != 0).then(|| body.local(ValType::I32)))
            .collect();
        // Temporaries (not Python locals) that may hold objects release them where they die.
        let liveness = crate::liveness::analyse(func, &|v: Var| {
            v.0 >= func.locals && func.vars[v.index()].kinds.contains(Kind::Object)
        });
        let general = if ctx.general_operators {
            let hands_over: Vec<bool> = unit.funcs.iter().map(|f| !f.points.is_empty()).collect();
            crate::lower::general_operators(func, &hands_over)
        } else {
            Vec::new()
        };
        let mut e = FnEmitter {
            unit,
            func,
            ctx,
            body,
            kinds: func.vars.iter().map(|v| v.kinds).collect(),
            storage,
            flags,
            params,
            borrowed: func
                .params
                .iter()
                .zip(func.borrowed_params())
                .filter_map(|(p, b)| b.then_some(*p))
                .collect(),
            aliases,
            func_index,
            origins,
            moves: liveness.moves,
            deaths: liveness.deaths,
            point: None,
            depth: 0,
            exit: None,
            host_call: None,
            used_points: std::collections::BTreeSet::new(),
            general,
            at: None,
            operator_check: None,
            method_choice: None,
        };
        e.init_origins();
        for p in &func.params {
            if let Some(flag) = e.flags.get(p).copied() {
                e.i(Instruction::I32Const(1));
                e.i(Instruction::LocalSet(flag));
            }
        }
        e
    }

    /// The wasm signature of this function.
    pub(crate) fn signature(&self) -> (Vec<ValType>, Vec<ValType>) {
        (self.params.clone(), repr_types(self.func.ret.repr()))
    }

    /// The finished body.
    pub(crate) fn finish(self) -> Body {
        self.body
    }

    /// Append an instruction.
    pub(crate) fn i(&mut self, ins: Instruction<'static>) {
        match ins {
            Instruction::Block(_) | Instruction::Loop(_) | Instruction::If(_) => self.depth += 1,
            Instruction::End => self.depth = self.depth.saturating_sub(1),
            _ => {}
        }
        self.body.i(ins);
    }

    /// The resume points bail-outs can reach (so far).
    pub(super) fn used_points(&self) -> &std::collections::BTreeSet<u32> {
        &self.used_points
    }

    /// Open constructs now (for `br` to the resume exit).
    pub(super) fn depth(&self) -> u32 {
        self.depth
    }

    /// Append a call.
    pub(crate) fn call(&mut self, callee: Callee) {
        self.body.call(self.ctx, callee);
    }

    /// A fresh scratch local.
    pub(crate) fn local(&mut self, ty: ValType) -> u32 {
        self.body.local(ty)
    }

    /// The kinds of `v` (including scratch variables).
    pub(crate) fn kinds(&self, v: Var) -> Kinds {
        self.kinds[v.index()]
    }

    /// The local tracking which parameter `v` holds, if it may hold one (never for
    /// scratch variables).
    pub(crate) fn origin_local(&self, v: Var) -> Option<u32> {
        self.origins.get(v.index()).copied().flatten()
    }

    /// Push `v`'s kind tag (`i32`) and its payload's bits (`i64`: floats reinterpreted,
    /// bools 0 or 1, `None` 0), whatever its storage.
    pub(crate) fn push_tag_bits(&mut self, v: Var) -> CompileResult<()> {
        match self.storage[v.index()] {
            Storage::Empty => {
                self.i(Instruction::I32Const(Kind::None.tag()));
                self.i(Instruction::I64Const(0));
            }
            Storage::Tagged { tag, payload } => {
                self.i(Instruction::LocalGet(tag));
                self.i(Instruction::LocalGet(payload));
            }
            Storage::One(l) => {
                let k = self
                    .kinds(v)
                    .single()
                    .ok_or_else(|| self.bug("one local for several kinds".to_owned()))?;
                self.i(Instruction::I32Const(k.tag()));
                self.i(Instruction::LocalGet(l));
                match k {
                    Kind::Bool | Kind::Object => self.i(Instruction::I64ExtendI32U),
                    Kind::Float => self.i(Instruction::I64ReinterpretF64),
                    Kind::Int | Kind::None => {}
                }
            }
        }
        Ok(())
    }

    /// The "assigned" flag local of a variable read through `CheckBound`.
    pub(crate) fn flag(&self, v: Var) -> Option<u32> {
        self.flags.get(&v).copied()
    }

    /// A scratch variable holding `kinds`, for values that need a home while computed.
    pub(crate) fn scratch_var(&mut self, kinds: Kinds) -> Var {
        let v = Var(self.kinds.len() as u32);
        self.kinds.push(kinds);
        let s = alloc(&mut self.body, kinds);
        self.storage.push(s);
        v
    }

    /// Push `v`'s value as kind `k` (the caller knows `v` holds a `k` right now).
    pub(crate) fn get_as(&mut self, v: Var, k: Kind) -> CompileResult<()> {
        match self.storage[v.index()] {
            Storage::Empty => {
                if k != Kind::None {
                    return Err(self.bug(format!("reading an empty variable as {}", k.name())));
                }
            }
            Storage::One(l) => {
                if self.kinds(v).single() != Some(k) {
                    return Err(self.bug(format!("reading {} as {}", self.kinds(v), k.name())));
                }
                self.i(Instruction::LocalGet(l));
            }
            Storage::Tagged { payload, .. } => {
                if k == Kind::None {
                    return Ok(());
                }
                self.i(Instruction::LocalGet(payload));
                match k {
                    Kind::Bool | Kind::Object => self.i(Instruction::I32WrapI64),
                    Kind::Float => self.i(Instruction::F64ReinterpretI64),
                    Kind::Int | Kind::None => {}
                }
            }
        }
        Ok(())
    }

    /// Pop a value of kind `k` into `dst`. A handle on the stack is owned: `dst` takes it
    /// over, and releases the object it held before.
    pub(crate) fn set_from(&mut self, dst: Var, k: Kind) -> CompileResult<()> {
        if !self.kinds(dst).contains(k) {
            return Err(self.bug(format!(
                "storing a {} in a variable of kinds {}",
                k.name(),
                self.kinds(dst)
            )));
        }
        if self.kinds(dst).contains(Kind::Object) {
            // Keep the new value aside while the old handle is released.
            let ty = super::repr_types(Kinds::of(k).repr());
            let keep: Vec<u32> = ty.iter().map(|t| self.local(*t)).collect();
            for l in keep.iter().rev() {
                self.i(Instruction::LocalSet(*l));
            }
            self.release(dst)?;
            for l in &keep {
                self.i(Instruction::LocalGet(*l));
            }
        }
        match self.storage[dst.index()] {
            Storage::Empty => {}
            Storage::One(l) => self.i(Instruction::LocalSet(l)),
            Storage::Tagged { tag, payload } => {
                match k {
                    Kind::Bool | Kind::Object => self.i(Instruction::I64ExtendI32U),
                    Kind::Float => self.i(Instruction::I64ReinterpretF64),
                    Kind::Int => {}
                    Kind::None => self.i(Instruction::I64Const(0)),
                }
                self.i(Instruction::LocalSet(payload));
                self.i(Instruction::I32Const(k.tag()));
                self.i(Instruction::LocalSet(tag));
            }
        }
        if let Some(flag) = self.flags.get(&dst).copied() {
            self.i(Instruction::I32Const(1));
            self.i(Instruction::LocalSet(flag));
        }
        Ok(())
    }

    /// Push `v` in the representation of `kinds` (a superset of its own): the values a
    /// call argument or a return needs.
    pub(crate) fn push_as_repr(&mut self, v: Var, kinds: Kinds) -> CompileResult<()> {
        let have = self.kinds(v);
        if !have.is_subset(kinds) {
            return Err(self.bug(format!("{have} does not fit in {kinds}")));
        }
        if have.repr() == kinds.repr() {
            self.push_raw(v);
            return Ok(());
        }
        let tmp = self.scratch_var(kinds);
        self.copy(tmp, v)?;
        self.push_as_repr(tmp, kinds)
    }

    /// Push `v` in the representation of `kinds`, as a value the receiver owns: a handle
    /// is duplicated (a call's argument).
    pub(crate) fn push_owned(&mut self, v: Var, kinds: Kinds) -> CompileResult<()> {
        self.push_given(v, kinds, false)
    }

    /// Push `v`, being returned, in the representation of `kinds`, owned by the caller:
    /// a handle `v` owns moves (every variable is released at the return anyway), one it
    /// borrows (a parameter) is duplicated. `return x` of an object: no `dup` and no
    /// `drop`.
    pub(crate) fn push_returned(&mut self, v: Var, kinds: Kinds) -> CompileResult<()> {
        let moves = !self.borrowed.contains(&v);
        self.push_given(v, kinds, moves)
    }

    /// Push `v` as a value the receiver owns: its handle moves (`moves`) or is
    /// duplicated.
    fn push_given(&mut self, v: Var, kinds: Kinds, moves: bool) -> CompileResult<()> {
        if !kinds.contains(Kind::Object) {
            return self.push_as_repr(v, kinds);
        }
        let tmp = self.scratch_var(kinds);
        if moves {
            self.move_var(tmp, v)?;
        } else {
            self.copy(tmp, v)?;
        }
        self.push_raw(tmp);
        // The receiver owns the handle now: the scratch forgets it.
        self.forget(tmp);
        Ok(())
    }

    /// Push `v` in the representation of `kinds` as a value the receiver borrows (a
    /// parameter the callee borrows): the handle stays `v`'s.
    pub(crate) fn push_borrowed(&mut self, v: Var, kinds: Kinds) -> CompileResult<()> {
        let have = self.kinds(v);
        if have.repr() == kinds.repr() || !have.contains(Kind::Object) {
            return self.push_as_repr(v, kinds);
        }
        let tmp = self.scratch_var(kinds);
        self.each_kind(v, &mut |e, k| {
            e.get_as(v, k)?;
            e.set_from(tmp, k)
        })?;
        self.push_raw(tmp);
        self.forget(tmp);
        Ok(())
    }

    /// Store the tag and payload in locals `tag` and `payload` into the tagged `dst`
    /// (which holds no handle: a scratch variable, or a number just unboxed).
    pub(crate) fn store_tagged(&mut self, dst: Var, tag: u32, payload: u32) -> CompileResult<()> {
        let Storage::Tagged {
            tag: dst_tag,
            payload: dst_payload,
        } = self.storage[dst.index()]
        else {
            return Err(self.bug("storing a tagged value in an untagged variable".to_owned()));
        };
        // A variable that may hold an object owns it: release the old one first.
        self.release(dst)?;
        self.i(Instruction::LocalGet(tag));
        self.i(Instruction::LocalSet(dst_tag));
        self.i(Instruction::LocalGet(payload));
        self.i(Instruction::LocalSet(dst_payload));
        if let Some(flag) = self.flags.get(&dst).copied() {
            self.i(Instruction::I32Const(1));
            self.i(Instruction::LocalSet(flag));
        }
        Ok(())
    }

    /// Push the locals of `v` as they are.
    fn push_raw(&mut self, v: Var) {
        match self.storage[v.index()] {
            Storage::Empty => {}
            Storage::One(l) => self.i(Instruction::LocalGet(l)),
            Storage::Tagged { tag, payload } => {
                self.i(Instruction::LocalGet(tag));
                self.i(Instruction::LocalGet(payload));
            }
        }
    }

    /// Make `v` hold no handle, without releasing the one it held (it was moved out).
    pub(crate) fn forget(&mut self, v: Var) {
        match self.storage[v.index()] {
            Storage::Empty => {}
            Storage::One(l) if self.kinds(v).contains(Kind::Object) => {
                self.i(Instruction::I32Const(crate::abi::NO_HANDLE));
                self.i(Instruction::LocalSet(l));
            }
            Storage::One(_) => {}
            Storage::Tagged { tag, .. } => {
                self.i(Instruction::I32Const(Kind::None.tag()));
                self.i(Instruction::LocalSet(tag));
            }
        }
    }

    /// Release the handle `v` holds, if it holds one (its locals keep the stale value:
    /// callers overwrite them or return).
    pub(crate) fn release(&mut self, v: Var) -> CompileResult<()> {
        use crate::abi::ObjImport;
        if !self.kinds(v).contains(Kind::Object) {
            return Ok(());
        }
        match self.storage[v.index()] {
            Storage::Empty => {}
            Storage::One(l) => {
                // A variable that never held a handle, or gave it away, or holds one
                // of the constant handles, costs no call.
                self.i(Instruction::LocalGet(l));
                self.i(Instruction::I32Const(self.ctx.last_constant()));
                self.i(Instruction::I32GtU);
                self.i(Instruction::If(BlockType::Empty));
                self.i(Instruction::LocalGet(l));
                self.call(Callee::Import(crate::abi::Import::Obj(ObjImport::Drop)));
                self.i(Instruction::End);
            }
            Storage::Tagged { tag, payload } => {
                self.i(Instruction::LocalGet(tag));
                self.i(Instruction::I32Const(Kind::Object.tag()));
                self.i(Instruction::I32Eq);
                self.i(Instruction::If(BlockType::Empty));
                self.i(Instruction::LocalGet(payload));
                self.i(Instruction::I64Const(self.ctx.last_constant().into()));
                self.i(Instruction::I64GtU);
                self.i(Instruction::If(BlockType::Empty));
                self.i(Instruction::LocalGet(payload));
                self.i(Instruction::I32WrapI64);
                self.call(Callee::Import(crate::abi::Import::Obj(ObjImport::Drop)));
                self.i(Instruction::End);
                self.i(Instruction::End);
            }
        }
        Ok(())
    }

    /// Release every handle the function's variables hold (before it returns).
    /// Borrowed parameters are their caller's to release.
    pub(crate) fn release_all(&mut self) -> CompileResult<()> {
        for i in 0..self.func.vars.len() {
            let v = Var(i as u32);
            if !self.borrowed.contains(&v) {
                self.release(v)?;
            }
        }
        Ok(())
    }

    /// Pop a value in the representation of `kinds` (⊆ `dst`'s kinds) into `dst`; a
    /// handle is owned and moves into `dst`.
    pub(crate) fn pop_from_repr(&mut self, dst: Var, kinds: Kinds) -> CompileResult<()> {
        match kinds.repr() {
            Repr::Never => Ok(()),
            Repr::Tagged => {
                let tmp = self.scratch_var(kinds);
                let Storage::Tagged { tag, payload } = self.storage[tmp.index()] else {
                    return Err(self.bug("tagged scratch without tagged storage".to_owned()));
                };
                self.i(Instruction::LocalSet(payload));
                self.i(Instruction::LocalSet(tag));
                self.each_kind(tmp, &mut |e, k| {
                    e.get_as(tmp, k)?;
                    e.set_from(dst, k)
                })?;
                self.forget(tmp);
                Ok(())
            }
            _ => {
                let k = kinds
                    .single()
                    .ok_or_else(|| self.bug("no single kind".to_owned()))?;
                self.set_from(dst, k)
            }
        }
    }

    /// Is instruction `i` of block `b` a copy of `src` that may move `src`'s handle (the
    /// source is dead after it, and may hold an object)?
    pub(crate) fn moves(&self, b: crate::ir::BlockId, i: usize, src: Var) -> bool {
        // A Python local keeps its value: the interpreter may see it after a resume.
        src.0 >= self.func.locals
            && self.kinds(src).contains(Kind::Object)
            && self
                .moves
                .get(b.index())
                .and_then(|m| m.get(i))
                .copied()
                .unwrap_or(false)
    }

    /// `dst = src` where `src` is dead afterwards: its handle moves to `dst`.
    pub(crate) fn move_var(&mut self, dst: Var, src: Var) -> CompileResult<()> {
        if dst == src {
            return Ok(());
        }
        self.each_kind(src, &mut |e, k| {
            e.get_as(src, k)?;
            e.set_from(dst, k)
        })?;
        self.forget(src);
        Ok(())
    }

    /// `dst = src` (a handle is duplicated: each variable owns its own).
    pub(crate) fn copy(&mut self, dst: Var, src: Var) -> CompileResult<()> {
        if dst == src {
            return Ok(());
        }
        self.each_kind(src, &mut |e, k| {
            e.get_as(src, k)?;
            if k == Kind::Object {
                e.call(Callee::Import(crate::abi::Import::Obj(
                    crate::abi::ObjImport::Dup,
                )));
            }
            e.set_from(dst, k)
        })
    }

    /// Run `f` for the kind `v` holds at run time: directly if it has one kind, else in
    /// an `if` chain on its tag. A variable that is never assigned compiles to a bailout.
    pub(crate) fn each_kind(
        &mut self,
        v: Var,
        f: &mut dyn FnMut(&mut Self, Kind) -> CompileResult<()>,
    ) -> CompileResult<()> {
        let kinds = self.kinds(v);
        let list: Vec<Kind> = kinds.iter().collect();
        match list.as_slice() {
            [] => self.bail(BailReason::Unsupported),
            [k] => f(self, *k),
            _ => {
                let Storage::Tagged { tag, .. } = self.storage[v.index()] else {
                    return Err(self.bug("several kinds without a tag".to_owned()));
                };
                let (last, rest) = list
                    .split_last()
                    .ok_or_else(|| self.bug("empty".to_owned()))?;
                for k in rest {
                    self.i(Instruction::LocalGet(tag));
                    self.i(Instruction::I32Const(k.tag()));
                    self.i(Instruction::I32Eq);
                    self.i(Instruction::If(BlockType::Empty));
                    f(self, *k)?;
                    self.i(Instruction::Else);
                }
                f(self, *last)?;
                for _ in rest {
                    self.i(Instruction::End);
                }
                Ok(())
            }
        }
    }

    /// Give up on the call: record `reason` and return (with placeholder results).
    pub(crate) fn bail(&mut self, reason: BailReason) -> CompileResult<()> {
        self.i(Instruction::I32Const(reason.code()));
        self.i(Instruction::GlobalSet(Global::Bail as u32));
        self.leave_for_interpreter();
        Ok(())
    }

    /// A bailout is in progress (its reason in the `Bail` global): resume in the
    /// interpreter at the current point if this root has one, else return at once.
    pub(crate) fn leave_for_interpreter(&mut self) {
        match (self.exit, self.point) {
            (Some((inside, point_local)), Some(point)) => {
                self.used_points.insert(point);
                self.i(Instruction::I32Const(point as i32));
                self.i(Instruction::LocalSet(point_local));
                let depth = self.depth - inside;
                self.i(Instruction::Br(depth));
            }
            _ => self.return_placeholders(),
        }
    }

    /// `return` with zero values of the function's result types.
    pub(crate) fn return_placeholders(&mut self) {
        for ty in repr_types(self.func.ret.repr()) {
            self.i(zero(ty));
        }
        self.i(Instruction::Return);
    }

    /// If the condition on the stack (an `i32`) is true, bail out with `reason`.
    pub(crate) fn bail_if(&mut self, reason: BailReason) -> CompileResult<()> {
        self.i(Instruction::If(BlockType::Empty));
        self.bail(reason)?;
        self.i(Instruction::End);
        Ok(())
    }

    /// Convert the value of kind `k` on the stack to `f64`.
    pub(crate) fn convert_f64(&mut self, k: Kind) {
        match k {
            Kind::Bool => self.i(Instruction::F64ConvertI32U),
            Kind::Int => self.i(Instruction::F64ConvertI64S),
            Kind::Float | Kind::None | Kind::Object => {}
        }
    }

    /// Convert the value of integral kind `k` on the stack to `i64`.
    pub(crate) fn convert_i64(&mut self, k: Kind) {
        if k == Kind::Bool {
            self.i(Instruction::I64ExtendI32U);
        }
    }

    /// Push `v` (of kind `k`) as an `f64`.
    pub(crate) fn get_f64(&mut self, v: Var, k: Kind) -> CompileResult<()> {
        self.get_as(v, k)?;
        self.convert_f64(k);
        Ok(())
    }

    /// Push `v` (of integral kind `k`) as an `i64`.
    pub(crate) fn get_i64(&mut self, v: Var, k: Kind) -> CompileResult<()> {
        self.get_as(v, k)?;
        self.convert_i64(k);
        Ok(())
    }

    pub(crate) fn bug(&self, what: String) -> CompileError {
        CompileError::internal(format!("emitting {}: {what}", self.func.name))
    }
}

/// Locals for a variable of `kinds`.
fn alloc(body: &mut Body, kinds: Kinds) -> Storage {
    match kinds.repr() {
        Repr::Never | Repr::None => Storage::Empty,
        Repr::Bool => Storage::One(body.local(ValType::I32)),
        Repr::Int => Storage::One(body.local(ValType::I64)),
        Repr::Float => Storage::One(body.local(ValType::F64)),
        Repr::Object => Storage::One(body.local(ValType::I32)),
        Repr::Tagged => Storage::Tagged {
            tag: body.local(ValType::I32),
            payload: body.local(ValType::I64),
        },
    }
}

/// A zero constant of type `ty`.
pub(crate) fn zero(ty: ValType) -> Instruction<'static> {
    match ty {
        ValType::I32 => Instruction::I32Const(0),
        ValType::I64 => Instruction::I64Const(0),
        ValType::F64 => Instruction::F64Const(0.0.into()),
        ValType::F32 => Instruction::F32Const(0.0.into()),
        _ => Instruction::Unreachable,
    }
}
