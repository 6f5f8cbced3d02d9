//! Function bodies from [`Shape`]s: the prologue (recursion budget), loops (with the
//! interrupt poll), `if`s, range loops, calls with bailout propagation, returns; and the
//! module's entry point and status getter, which implement the ABI.

use wasm_encoder::{BlockType, Instruction, ValType};

use crate::abi::{self, BailReason, Import, POLL_INTERVAL};
use crate::error::CompileResult;
use crate::ir::{FuncIdx, Inst, Unit, Value, Var};
use crate::kinds::{Kind, Kinds, Repr};
use crate::structure::{Cond, Shape};

use super::values::{Body, FnEmitter};
use super::{repr_types, Callee, Global, ModuleCtx};

impl FnEmitter<'_> {
    /// The whole body: prologue, then the structured code.
    pub(crate) fn body(&mut self, shape: &Shape) -> CompileResult<()> {
        use Instruction as I;
        // depth += 1; bail out past the recursion budget.
        self.i(I::GlobalGet(Global::Depth as u32));
        self.i(I::I32Const(1));
        self.i(I::I32Add);
        self.i(I::GlobalSet(Global::Depth as u32));
        self.i(I::GlobalGet(Global::Depth as u32));
        self.i(I::GlobalGet(Global::Budget as u32));
        self.i(I::I32GtS);
        self.bail_if(BailReason::Recursion)?;
        if self.func_index == 0 && self.uses_host_origins() {
            let l = self.local(ValType::I32);
            self.i(I::GlobalGet(Global::Depth as u32));
            self.i(I::I32Const(1));
            self.i(I::I32Eq);
            self.i(I::LocalSet(l));
            self.host_call = Some(l);
        }
        if self.func.points.is_empty() {
            self.shape(shape)?;
            // Every path has returned or branched by now.
            self.i(I::Unreachable);
            return Ok(());
        }
        // A function with resume points: its bail-outs leave this block for the code
        // after it, which hands the frame's state to the host (`emit/resume.rs`). A
        // callee hands over first, then its caller at the call (`keep_points`).
        let point_local = self.local(ValType::I32);
        self.i(I::Block(BlockType::Empty));
        self.exit = Some((self.depth(), point_local));
        self.shape(shape)?;
        self.i(I::Unreachable);
        self.i(I::End);
        self.exit = None;
        self.point = None;
        self.hand_over(point_local)
    }

    fn shape(&mut self, shape: &Shape) -> CompileResult<()> {
        use Instruction as I;
        match shape {
            Shape::Seq(items) => {
                for item in items {
                    self.shape(item)?;
                }
            }
            Shape::Block(inner) => {
                self.i(I::Block(BlockType::Empty));
                self.shape(inner)?;
                self.i(I::End);
            }
            Shape::Loop(_, inner) => {
                self.i(I::Loop(BlockType::Empty));
                self.poll()?;
                self.shape(inner)?;
                self.i(I::End);
            }
            Shape::Code(b) => {
                let block = self.func.block(*b).clone();
                let insts = block.insts;
                let deaths = std::mem::take(&mut self.deaths.entry[b.index()]);
                self.release_dead(&deaths)?;
                for (i, inst) in insts.iter().enumerate() {
                    self.at = Some((b.index(), i));
                    self.point = block.points.get(i).copied().flatten();
                    let first_of_point =
                        i == 0 || block.points.get(i - 1).copied().flatten() != self.point;
                    if first_of_point
                        && self.point.is_some()
                        && self.point == self.ctx.force_resume
                        && self.exit.is_some()
                        && !self.after_call_only(self.point)
                    {
                        self.bail(BailReason::Unsupported)?;
                    }
                    match inst {
                        Inst::Copy { dst, src } if self.moves(*b, i, *src) => {
                            self.move_var(*dst, *src)?;
                            self.track_origin(inst)?;
                        }
                        // The direct call of an operator's method, made only where its
                        // check said so.
                        // A call a method choice picks among: run where it chose it.
                        Inst::Call { .. } | Inst::Object { .. }
                            if self.method_choice.is_some_and(|c| c.next <= c.candidates) =>
                        {
                            let Some(choice) = self.method_choice.as_mut() else {
                                return Err(self.bug("a method choice vanished".to_owned()));
                            };
                            let (which, n, candidates) =
                                (choice.which, choice.next, choice.candidates);
                            choice.next += 1;
                            self.i(Instruction::LocalGet(which));
                            if n < candidates {
                                self.i(Instruction::I32Const(n as i32));
                            } else {
                                self.i(Instruction::I32Const(-1));
                            }
                            self.i(Instruction::I32Eq);
                            self.i(Instruction::If(BlockType::Empty));
                            self.inst(inst)?;
                            self.i(Instruction::End);
                        }
                        Inst::Call { .. } if self.operator_check.is_some() => {
                            let ok = self.operator_check.unwrap_or_default();
                            self.i(Instruction::LocalGet(ok));
                            self.i(Instruction::If(BlockType::Empty));
                            self.inst(inst)?;
                            self.i(Instruction::End);
                        }
                        _ => self.inst(inst)?,
                    }
                    let deaths = self
                        .deaths
                        .after
                        .get_mut(b.index())
                        .and_then(|a| a.get_mut(i))
                        .map(std::mem::take)
                        .unwrap_or_default();
                    self.release_dead(&deaths)?;
                }
            }
            Shape::If {
                cond,
                then,
                otherwise,
            } => {
                self.cond(*cond)?;
                self.i(I::If(BlockType::Empty));
                self.shape(then)?;
                self.i(I::Else);
                self.shape(otherwise)?;
                self.i(I::End);
            }
            Shape::RangeStep {
                cur,
                stop,
                step,
                item,
                pick,
            } if pick.is_empty() => self.range_step(*cur, *stop, *step, *item)?,
            Shape::RangeStep {
                cur, item, pick, ..
            } => self.pick_step(*cur, *item, pick)?,
            Shape::Br(depth) => self.i(I::Br(*depth)),
            Shape::Return(v) => {
                let ret = self.func.ret;
                self.publish_origin(*v);
                self.push_returned(*v, ret)?;
                self.release_all()?;
                self.i(I::GlobalGet(Global::Depth as u32));
                self.i(I::I32Const(1));
                self.i(I::I32Sub);
                self.i(I::GlobalSet(Global::Depth as u32));
                self.i(I::Return);
            }
            Shape::ReturnTuple(items) => {
                for (i, v) in items.iter().enumerate() {
                    let v = *v;
                    self.each_kind(v, &mut |e, k| {
                        // The item's tag, with its origin in the bits above (abi).
                        e.push_origin(v);
                        e.i(I::I32Const(abi::ORIGIN_SHIFT));
                        e.i(I::I32Shl);
                        e.i(I::I32Const(k.tag()));
                        e.i(I::I32Or);
                        e.i(I::GlobalSet(super::item_tag_global(i)));
                        match k {
                            Kind::None => e.i(I::I64Const(0)),
                            _ => {
                                e.get_as(v, k)?;
                                match k {
                                    Kind::Bool => e.i(I::I64ExtendI32U),
                                    Kind::Float => e.i(I::I64ReinterpretF64),
                                    Kind::Object => {
                                        // The host owns a handle of its own.
                                        e.call(Callee::Import(Import::Obj(abi::ObjImport::Dup)));
                                        e.i(I::I64ExtendI32U);
                                    }
                                    _ => {}
                                }
                            }
                        }
                        e.i(I::GlobalSet(super::item_global(i)));
                        Ok(())
                    })?;
                }
                self.release_all()?;
                self.i(I::GlobalGet(Global::Depth as u32));
                self.i(I::I32Const(1));
                self.i(I::I32Sub);
                self.i(I::GlobalSet(Global::Depth as u32));
                self.return_placeholders();
            }
            Shape::Bail(reason, _, point) => {
                self.point = *point;
                self.bail(*reason)?;
            }
        }
        Ok(())
    }

    /// Release the handles of temporaries that just died, leaving them holding nothing.
    fn release_dead(&mut self, vars: &[Var]) -> CompileResult<()> {
        for &v in vars {
            self.release(v)?;
            self.forget(v);
        }
        Ok(())
    }

    /// Every [`POLL_INTERVAL`] iterations, ask the host whether to stop.
    fn poll(&mut self) -> CompileResult<()> {
        use Instruction as I;
        self.i(I::GlobalGet(Global::Fuel as u32));
        self.i(I::I32Const(1));
        self.i(I::I32Sub);
        self.i(I::GlobalSet(Global::Fuel as u32));
        self.i(I::GlobalGet(Global::Fuel as u32));
        self.i(I::I32Eqz);
        self.i(I::If(BlockType::Empty));
        self.i(I::I32Const(POLL_INTERVAL));
        self.i(I::GlobalSet(Global::Fuel as u32));
        self.call(Callee::Import(Import::Poll));
        // Stop raises `KeyboardInterrupt` from the gate: no resume.
        let point = self.point.take();
        self.bail_if(BailReason::Interrupt)?;
        self.point = point;
        self.i(I::End);
        Ok(())
    }

    fn cond(&mut self, cond: Cond) -> CompileResult<()> {
        use Instruction as I;
        match cond {
            Cond::Bool(v) => {
                if self.kinds(v) != Kinds::BOOL {
                    return Err(self.bug(format!("branch on {}", self.kinds(v))));
                }
                self.get_as(v, Kind::Bool)?;
            }
            Cond::IterNext { iter, item, point } => {
                self.point = point;
                self.iter_next(iter, item)?;
            }
            Cond::RangeHasNext { cur, stop, step } => {
                // step > 0 ? cur < stop : cur > stop
                self.get_as(cur, Kind::Int)?;
                self.get_as(stop, Kind::Int)?;
                self.i(I::I64LtS);
                self.get_as(cur, Kind::Int)?;
                self.get_as(stop, Kind::Int)?;
                self.i(I::I64GtS);
                self.get_as(step, Kind::Int)?;
                self.i(I::I64Const(0));
                self.i(I::I64GtS);
                self.i(I::Select);
            }
        }
        Ok(())
    }

    /// `item = cur; cur += step`, where an overflowing step ends the loop (`cur = stop`).
    fn range_step(&mut self, cur: Var, stop: Var, step: Var, item: Var) -> CompileResult<()> {
        use Instruction as I;
        self.get_as(cur, Kind::Int)?;
        self.set_from(item, Kind::Int)?;
        self.clear_origin(item);
        let next = self.local(ValType::I64);
        self.get_as(cur, Kind::Int)?;
        self.get_as(step, Kind::Int)?;
        self.i(I::I64Add);
        self.i(I::LocalSet(next));
        // next if no overflow, else stop: overflow iff (cur ^ next) & (step ^ next) < 0.
        self.i(I::LocalGet(next));
        self.get_as(stop, Kind::Int)?;
        self.get_as(cur, Kind::Int)?;
        self.i(I::LocalGet(next));
        self.i(I::I64Xor);
        self.get_as(step, Kind::Int)?;
        self.i(I::LocalGet(next));
        self.i(I::I64Xor);
        self.i(I::I64And);
        self.i(I::I64Const(0));
        self.i(I::I64GeS);
        self.i(I::Select);
        self.set_from(cur, Kind::Int)
    }

    /// `item = pick[cur]; cur += 1`: the step of a loop over a tuple (`cur` is below
    /// the tuple's length here). Each item is copied as a `Copy` would (a handle
    /// duplicated, the origin carried).
    fn pick_step(&mut self, cur: Var, item: Var, pick: &[Var]) -> CompileResult<()> {
        use Instruction as I;
        let Some((last, rest)) = pick.split_last() else {
            return Err(self.bug("a loop over an empty tuple picks".to_owned()));
        };
        for (i, src) in rest.iter().enumerate() {
            self.get_as(cur, Kind::Int)?;
            self.i(I::I64Const(i as i64));
            self.i(I::I64Eq);
            self.i(I::If(BlockType::Empty));
            self.pick_one(item, *src)?;
            self.i(I::Else);
        }
        self.pick_one(item, *last)?;
        for _ in rest {
            self.i(I::End);
        }
        self.get_as(cur, Kind::Int)?;
        self.i(I::I64Const(1));
        self.i(I::I64Add);
        self.set_from(cur, Kind::Int)
    }

    fn pick_one(&mut self, item: Var, src: Var) -> CompileResult<()> {
        self.copy(item, src)?;
        self.track_origin(&Inst::Copy { dst: item, src })
    }

    fn inst(&mut self, inst: &Inst) -> CompileResult<()> {
        self.inst_value(inst)?;
        self.track_origin(inst)
    }

    fn inst_value(&mut self, inst: &Inst) -> CompileResult<()> {
        use Instruction as I;
        if inst.dst().is_some() {
            // A result of no kind is never produced: this point is never reached, or
            // the operation always fails (an operand of no kind, or types Python
            // rejects); either way the call belongs to the interpreter.
            let produced = match inst {
                Inst::Call { callee, .. } => self.unit.funcs[callee.index()].ret,
                other => crate::infer::result_kinds(self.func, other),
            };
            if produced.is_never() {
                return self.bail(BailReason::TypeMismatch);
            }
        }
        match inst {
            Inst::Const { dst, value } | Inst::Global { dst, value, .. } => {
                let kind = match value {
                    Value::Int(i) => {
                        self.i(I::I64Const(*i));
                        Kind::Int
                    }
                    Value::Float(f) => {
                        self.i(I::F64Const((*f).into()));
                        Kind::Float
                    }
                    Value::Bool(b) => {
                        self.i(I::I32Const(i32::from(*b)));
                        Kind::Bool
                    }
                    Value::None => Kind::None,
                };
                self.set_from(*dst, kind)
            }
            Inst::Copy { dst, src } => self.copy(*dst, *src),
            Inst::Unary { dst, op, src } => {
                // `not obj` asks the object's truth; other operators want a number.
                let src = match op {
                    crate::ir::UnaryOp::Not => *src,
                    _ => self.unboxed(*src)?,
                };
                self.unary(*dst, *op, src)
            }
            Inst::Binary {
                dst,
                op,
                lhs,
                rhs,
                inplace,
            } if self.may_be_objects(*lhs, *rhs) => {
                self.on_objects(*dst, Err((*op, *inplace)), *lhs, *rhs)
            }
            Inst::Compare { dst, op, lhs, rhs } if self.may_be_objects(*lhs, *rhs) => {
                self.on_objects(*dst, Ok(*op), *lhs, *rhs)
            }
            Inst::Binary {
                dst, op, lhs, rhs, ..
            } => self.binary(*dst, *op, *lhs, *rhs),
            Inst::Compare { dst, op, lhs, rhs } => self.compare(*dst, *op, *lhs, *rhs),
            Inst::Object { dst, op, args } => self.object_op(*dst, op, args),
            Inst::Is {
                dst,
                lhs,
                rhs,
                negate,
            } => self.is(*dst, *lhs, *rhs, *negate),
            Inst::Truth { dst, src } => {
                let (dst, src) = (*dst, *src);
                self.each_kind(src, &mut |e, k| {
                    e.truth_of(src, k)?;
                    e.set_from(dst, Kind::Bool)
                })
            }
            // `bool(x)` is the truth of whatever `x` is (the host tells an object's);
            // the others take numbers.
            Inst::Intrinsic {
                dst,
                func: func @ crate::ir::Intrinsic::Builtin(crate::code::Builtin::Bool),
                args,
            } => self.intrinsic(*dst, *func, args),
            Inst::Intrinsic { dst, func, args } => {
                let mut unboxed = Vec::with_capacity(args.len());
                for a in args {
                    unboxed.push(self.unboxed(*a)?);
                }
                self.intrinsic(*dst, *func, &unboxed)
            }
            Inst::Call { dst, callee, args } => self.call_unit(*dst, *callee, args),
            Inst::Unbind { var } => {
                // Release what it holds, and leave it holding nothing, unassigned.
                self.release(*var)?;
                self.forget(*var);
                if let Some(flag) = self.flag(*var) {
                    self.i(I::I32Const(0));
                    self.i(I::LocalSet(flag));
                }
                Ok(())
            }
            Inst::CheckBound { var } => {
                let flag = self
                    .flag(*var)
                    .ok_or_else(|| self.bug("checked variable without a flag".to_owned()))?;
                self.i(I::LocalGet(flag));
                self.i(I::I32Eqz);
                self.bail_if(BailReason::Unbound)
            }
            Inst::RangeInit {
                cur,
                stop,
                step,
                args,
            } => {
                let mut xs = Vec::with_capacity(args.len());
                for a in args {
                    xs.push(self.arg_i64(*a)?);
                }
                let (start, end, by) = match xs.as_slice() {
                    [end] => (None, *end, None),
                    [start, end] => (Some(*start), *end, None),
                    [start, end, by] => (Some(*start), *end, Some(*by)),
                    _ => return Err(self.bug("range() arity".to_owned())),
                };
                match start {
                    Some(s) => self.i(I::LocalGet(s)),
                    None => self.i(I::I64Const(0)),
                }
                self.set_from(*cur, Kind::Int)?;
                self.i(I::LocalGet(end));
                self.set_from(*stop, Kind::Int)?;
                match by {
                    Some(b) => {
                        self.i(I::LocalGet(b));
                        self.i(I::I64Eqz);
                        self.bail_if(BailReason::ValueError)?;
                        self.i(I::LocalGet(b));
                    }
                    None => self.i(I::I64Const(1)),
                }
                self.set_from(*step, Kind::Int)
            }
        }
    }

    /// A fresh `i64` local holding integral `v` (a float or `None` bails out: `TypeError`;
    /// an object is unboxed by the host, and anything but an `int` bails likewise).
    fn arg_i64(&mut self, v: Var) -> CompileResult<u32> {
        let v = self.unboxed(v)?;
        let x = self.local(ValType::I64);
        self.each_kind(v, &mut |e, k| {
            if !k.is_integral() {
                return e.bail(BailReason::TypeMismatch);
            }
            e.get_i64(v, k)?;
            e.i(Instruction::LocalSet(x));
            Ok(())
        })?;
        Ok(x)
    }

    fn call_unit(&mut self, dst: Var, callee: FuncIdx, args: &[Var]) -> CompileResult<()> {
        let target = &self.unit.funcs[callee.index()];
        let params: Vec<Kinds> = target.params.iter().map(|p| target.kinds(*p)).collect();
        let borrowed = target.borrowed_params();
        let ret = target.ret;
        for ((a, p), borrows) in args.iter().zip(params).zip(borrowed) {
            // The callee owns the parameters it assigns, and borrows the others.
            if borrows {
                self.push_borrowed(*a, p)?;
            } else {
                self.push_owned(*a, p)?;
            }
        }
        self.call(Callee::Unit(callee));
        // A bailout inside the callee unwinds this function too: it hands over at the
        // call (after the callee handed its own frame over, if it has points; else the
        // interpreter makes the call again, which is exact: it changed nothing).
        self.i(Instruction::GlobalGet(Global::Bail as u32));
        self.i(Instruction::If(BlockType::Empty));
        self.leave_for_interpreter();
        self.i(Instruction::End);
        self.pop_from_repr(dst, ret)
    }
}

/// The entry point's signature: argument slots, packed tags, recursion budget.
pub(super) fn entry_signature() -> (Vec<ValType>, Vec<ValType>) {
    let mut params = vec![ValType::I64; abi::MAX_ARGS];
    params.push(ValType::I32);
    params.push(ValType::I32);
    (params, vec![ValType::I64])
}

/// `entry(a0…, tags, budget) -> payload`: reset the globals, unpack the arguments as the
/// root function's parameters, call it, and record the status.
pub(super) fn entry_body(
    unit: &Unit,
    root_may_alias: bool,
    ctx: &mut ModuleCtx,
) -> CompileResult<Body> {
    use Instruction as I;
    let (params, _) = entry_signature();
    let tags = abi::MAX_ARGS as u32;
    let budget = tags + 1;
    let mut b = Body::new(&params);
    let payload = b.local(ValType::I64);
    let tag = b.local(ValType::I32);
    // A module on objects may be entered again while it runs (its code calls Python
    // code, which calls it): the entry keeps the running call's globals and puts them
    // back when it returns (after setting its status, which the host reads at once).
    let kept: Vec<(Global, u32)> = if reentrant(unit) {
        [
            Global::Bail,
            Global::Depth,
            Global::Budget,
            Global::Fuel,
            Global::Origin,
        ]
        .into_iter()
        .map(|g| {
            let l = b.local(ValType::I32);
            b.i(I::GlobalGet(g as u32));
            b.i(I::LocalSet(l));
            (g, l)
        })
        .collect()
    } else {
        Vec::new()
    };
    b.i(I::I32Const(0));
    b.i(I::GlobalSet(Global::Bail as u32));
    b.i(I::I32Const(0));
    b.i(I::GlobalSet(Global::Depth as u32));
    b.i(I::LocalGet(budget));
    b.i(I::GlobalSet(Global::Budget as u32));
    b.i(I::I32Const(POLL_INTERVAL));
    b.i(I::GlobalSet(Global::Fuel as u32));
    let root = &unit.funcs[0];
    for (i, p) in root.params.iter().enumerate() {
        let slot = i as u32;
        match root.kinds(*p).repr() {
            Repr::Never | Repr::None => {}
            Repr::Bool => {
                b.i(I::LocalGet(slot));
                b.i(I::I32WrapI64);
            }
            Repr::Int => b.i(I::LocalGet(slot)),
            Repr::Float => {
                b.i(I::LocalGet(slot));
                b.i(I::F64ReinterpretI64);
            }
            Repr::Object => {
                b.i(I::LocalGet(slot));
                b.i(I::I32WrapI64);
            }
            Repr::Tagged => {
                b.i(I::LocalGet(tags));
                b.i(I::I32Const(abi::TAG_BITS * i as i32));
                b.i(I::I32ShrU);
                b.i(I::I32Const((1 << abi::TAG_BITS) - 1));
                b.i(I::I32And);
                b.i(I::LocalGet(slot));
            }
        }
    }
    b.call(ctx, Callee::Unit(FuncIdx(0)));
    match root.ret.repr() {
        Repr::Never => {
            b.i(I::I64Const(0));
            b.i(I::LocalSet(payload));
            let status = if root.tuple_ret.is_some() {
                abi::STATUS_TUPLE
            } else {
                BailReason::Unsupported.code()
            };
            b.i(I::I32Const(status));
            b.i(I::LocalSet(tag));
        }
        Repr::Tagged => {
            b.i(I::LocalSet(payload));
            b.i(I::LocalSet(tag));
        }
        repr => {
            let kind = root
                .ret
                .single()
                .ok_or_else(|| crate::error::CompileError::internal("return kind"))?;
            match repr {
                Repr::Bool | Repr::Object => b.i(I::I64ExtendI32U),
                Repr::Float => b.i(I::I64ReinterpretF64),
                Repr::None => b.i(I::I64Const(0)),
                _ => {}
            }
            b.i(I::LocalSet(payload));
            b.i(I::I32Const(kind.tag()));
            b.i(I::LocalSet(tag));
        }
    }
    // The root borrowed these arguments: the entry, its caller, releases them now, as
    // the interpreter drops a frame's arguments when it returns.
    for ((i, p), borrows) in root.params.iter().enumerate().zip(root.borrowed_params()) {
        if !borrows {
            continue;
        }
        let slot = i as u32;
        let handle = b.local(ValType::I32);
        if root.kinds(*p).repr() == Repr::Tagged {
            b.i(I::LocalGet(tags));
            b.i(I::I32Const(abi::TAG_BITS * i as i32));
            b.i(I::I32ShrU);
            b.i(I::I32Const((1 << abi::TAG_BITS) - 1));
            b.i(I::I32And);
            b.i(I::I32Const(crate::kinds::Kind::Object.tag()));
            b.i(I::I32Ne);
            b.i(I::If(BlockType::Empty));
            b.i(I::I64Const(0));
            b.i(I::LocalSet(slot));
            b.i(I::End);
        }
        b.i(I::LocalGet(slot));
        b.i(I::I32WrapI64);
        b.i(I::LocalTee(handle));
        b.i(I::I32Const(abi::LAST_CONSTANT_HANDLE));
        b.i(I::I32GtU);
        b.i(I::If(BlockType::Empty));
        b.i(I::LocalGet(handle));
        b.call(ctx, Callee::Import(Import::Obj(abi::ObjImport::Drop)));
        b.i(I::End);
    }
    // status = bail != 0 ? bail : tag | origin << ORIGIN_SHIFT
    b.i(I::GlobalGet(Global::Bail as u32));
    b.i(I::LocalGet(tag));
    if root_may_alias && root.tuple_ret.is_none() {
        b.i(I::GlobalGet(Global::Origin as u32));
        b.i(I::I32Const(abi::ORIGIN_SHIFT));
        b.i(I::I32Shl);
        b.i(I::I32Or);
    }
    b.i(I::GlobalGet(Global::Bail as u32));
    b.i(I::Select);
    b.i(I::GlobalSet(Global::Status as u32));
    for (g, l) in kept {
        b.i(I::LocalGet(l));
        b.i(I::GlobalSet(g as u32));
    }
    b.i(I::LocalGet(payload));
    let _ = repr_types;
    Ok(b)
}

/// Can the unit's module be entered again while it runs: does it call object imports
/// (which may run Python code: a call, or a `__del__` when a handle is released)?
fn reentrant(unit: &Unit) -> bool {
    unit.funcs.iter().any(|f| {
        f.params
            .iter()
            .any(|p| f.kinds(*p).contains(crate::kinds::Kind::Object))
            || f.any_object_op(|_| true)
    })
}

/// `item(i) -> i64` (or `item_tag(i) -> i32` when `tags`): item `i` of the tuple the
/// last call returned.
pub(super) fn item_body(len: usize, tags: bool) -> Body {
    use Instruction as I;
    let mut b = Body::new(&[ValType::I32]);
    for i in 0..len {
        b.i(I::LocalGet(0));
        b.i(I::I32Const(i as i32));
        b.i(I::I32Eq);
        b.i(I::If(BlockType::Empty));
        b.i(I::GlobalGet(if tags {
            super::item_tag_global(i)
        } else {
            super::item_global(i)
        }));
        b.i(I::Return);
        b.i(I::End);
    }
    b.i(if tags {
        I::I32Const(-1)
    } else {
        I::I64Const(0)
    });
    b
}

/// `status() -> i32`.
pub(super) fn status_body() -> Body {
    let mut b = Body::new(&[]);
    b.i(Instruction::GlobalGet(Global::Status as u32));
    b
}
