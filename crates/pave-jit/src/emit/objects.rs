//! Objects in compiled code: the host calls behind [`ObjOp`]s, unboxing an object where
//! arithmetic needs a number, its truth value, identity, and the step of a loop over an
//! iterator object.
//!
//! Handles follow one rule: every variable owns the handle it holds (`values.rs`: a store
//! releases the old one, a copy duplicates, a return releases them all), and a host call
//! borrows its arguments and returns a handle the caller owns. A host call that answers
//! [`HANDLE_BAIL`] ends the call with [`BailReason::ObjectOp`]; the host then drops every
//! handle of the call at once, so the bail path needs no releases.

use wasm_encoder::{BlockType, Instruction, ValType};

use crate::abi::{
    BailReason, Import, ObjImport, ATTR_GENERAL, ATTR_MAX_POINT, ATTR_NAME_MASK, ATTR_POINT_SHIFT,
    CALL_INLINE, FALSE_HANDLE, HANDLE_BAIL, HANDLE_NOT_RUN, NONE_HANDLE, NOT_IMPLEMENTED_HANDLE,
    NO_HANDLE, OPERATOR_GENERAL, OPERATOR_INPLACE, OPERATOR_MAX_POINT, OPERATOR_POINT_SHIFT,
    TRUE_HANDLE, UNBOX_OTHER,
};
use crate::error::CompileResult;
use crate::ir::{ObjOp, Release, Var};
use crate::kinds::Kind;

use super::values::FnEmitter;
use super::Callee;

impl FnEmitter<'_> {
    fn host(&mut self, f: ObjImport) {
        self.call(Callee::Import(Import::Obj(f)));
    }

    /// The handle (`i32`) on the stack stays, unless it is [`HANDLE_BAIL`]: then bail.
    fn check_handle(&mut self) -> CompileResult<()> {
        self.check_handle_or(BailReason::ObjectOp)
    }

    /// [`FnEmitter::check_handle`], bailing with `reason`.
    fn check_handle_or(&mut self, reason: BailReason) -> CompileResult<()> {
        let h = self.local(ValType::I32);
        self.i(Instruction::LocalTee(h));
        self.i(Instruction::I32Const(HANDLE_BAIL));
        self.i(Instruction::I32Eq);
        self.bail_if(reason)?;
        self.i(Instruction::LocalGet(h));
        Ok(())
    }

    /// `dst = op(args…)`: an operand that is not an object makes Python raise (`None.x`,
    /// `len(3)`), or is a case tier 1 leaves to the interpreter (`(1).real`): both bail.
    pub(super) fn object_op(&mut self, dst: Var, op: &ObjOp, args: &[Var]) -> CompileResult<()> {
        let constant = match op {
            ObjOp::ConstGlobal(name) => Some(crate::ir::ConstHandle::Global(name.clone())),
            ObjOp::Constant(n) => Some(crate::ir::ConstHandle::Code(self.func.id, *n)),
            ObjOp::Str(s) => Some(crate::ir::ConstHandle::Str(s.clone())),
            _ => None,
        };
        if let Some(constant) = constant {
            let Some(handle) = self.ctx.const_handle(&constant) else {
                return Err(self.bug(format!("{constant:?} has no constant handle")));
            };
            self.i(Instruction::I32Const(handle));
            return self.set_from(dst, Kind::Object);
        }
        let name = match op.name() {
            Some(name) => Some(self.attr_index(name)?),
            None => None,
        };
        if let ObjOp::Global(_) = op {
            self.i(Instruction::I32Const(name.unwrap_or(0) as i32));
            self.host(ObjImport::Global);
            self.check_handle()?;
            return self.set_from(dst, Kind::Object);
        }
        if let ObjOp::Build(kind) = op {
            // The last items go in the call itself, as a call's last arguments do.
            let split = args.len().saturating_sub(CALL_INLINE as usize);
            let (given, inline) = args.split_at(split);
            self.give_args(given)?;
            self.i(Instruction::I32Const(*kind as i32));
            self.i(Instruction::I32Const(args.len() as i32));
            self.i(Instruction::I32Const(inline.len() as i32));
            self.push_inline(inline)?;
            self.host(ObjImport::Build);
            self.check_handle()?;
            return self.set_from(dst, Kind::Object);
        }
        if let ObjOp::Call {
            method,
            kwnames,
            star,
        } = op
        {
            let how = i32::from(*method)
                | match star {
                    crate::ir::Star::No => 0,
                    crate::ir::Star::Args => crate::abi::CALL_STAR,
                    crate::ir::Star::ArgsAndKeywords => {
                        crate::abi::CALL_STAR | crate::abi::CALL_STAR_KEYWORDS
                    }
                };
            return self.call_object(dst, how, kwnames, args);
        }
        if let ObjOp::CallMethod { before, .. } = op {
            return self.call_method(dst, name.unwrap_or(0), *before, args);
        }
        if let ObjOp::FrameCell(slot) = op {
            self.i(Instruction::I32Const(*slot as i32));
            self.host(ObjImport::FrameCell);
            self.check_handle()?;
            return self.set_from(dst, Kind::Object);
        }
        if let ObjOp::Import { from, .. } = op {
            self.i(Instruction::I32Const(name.unwrap_or(0) as i32));
            self.i(Instruction::I32Const(i32::from(*from)));
            self.host(ObjImport::Import);
            self.check_handle()?;
            return self.set_from(dst, Kind::Object);
        }
        if let ObjOp::MakeFunction(index) = op {
            self.i(Instruction::I32Const(self.func_index as i32));
            self.i(Instruction::I32Const(*index as i32));
            self.i(Instruction::I32Const(NO_HANDLE));
            self.host(ObjImport::MakeFunction);
            self.check_handle()?;
            return self.set_from(dst, Kind::Object);
        }
        if let ObjOp::MakeClosure(index) = op {
            let [closure] = args[..] else {
                return Err(self.bug("a closure's function without its cells".to_owned()));
            };
            let index = *index;
            return self.each_kind(closure, &mut |e, k| {
                if k != Kind::Object {
                    return e.bail(BailReason::TypeMismatch);
                }
                e.i(Instruction::I32Const(e.func_index as i32));
                e.i(Instruction::I32Const(index as i32));
                e.get_as(closure, Kind::Object)?;
                e.host(ObjImport::MakeFunction);
                e.check_handle()?;
                e.set_from(dst, Kind::Object)
            });
        }
        if let ObjOp::CheckOperator(_, id, _) = op {
            return self.check_operator(dst, args, name.unwrap_or(0), *id);
        }
        if let ObjOp::WhichMethod(_, ids) = op {
            return self.which_method(dst, args, ids);
        }
        if let ObjOp::PickMethod = op {
            return self.pick_method(dst, args);
        }
        if let ObjOp::Reflected(bin) = op {
            return self.reflected(dst, *bin, args);
        }
        if let ObjOp::SetGlobal(_) = op {
            let [value] = args[..] else {
                return Err(self.bug("a global store without its value".to_owned()));
            };
            self.i(Instruction::I32Const(name.unwrap_or(0) as i32));
            self.push_tag_bits(value)?;
            self.push_host_origin(value);
            self.host(ObjImport::SetGlobal);
            return self.stored(dst);
        }
        if let ObjOp::Collect(kind) = op {
            self.give_args(args)?;
            self.i(Instruction::I32Const(*kind as i32));
            self.host(ObjImport::Collect);
            return self.stored(dst);
        }
        if let ObjOp::Chr = op {
            let [code] = args[..] else {
                return Err(self.bug("chr() without its argument".to_owned()));
            };
            self.push_operand(code)?;
            self.host(ObjImport::Chr);
            self.check_handle()?;
            return self.set_from(dst, Kind::Object);
        }
        if let ObjOp::Contains { negate } = op {
            let [item, container] = args[..] else {
                return Err(self.bug("`in` without its two operands".to_owned()));
            };
            self.push_operands(item, container)?;
            self.i(Instruction::I32Const(i32::from(*negate)));
            self.host(ObjImport::Contains);
            return self.bool_or_bail(dst);
        }
        if let ObjOp::SuperAttr { method, .. } = op {
            // Three objects, or the interpreter looks it up.
            if !args
                .iter()
                .all(|v| self.kinds(*v).single() == Some(Kind::Object))
            {
                return self.bail(BailReason::TypeMismatch);
            }
            for v in args {
                self.get_as(*v, Kind::Object)?;
            }
            self.i(Instruction::I32Const(name.unwrap_or(0) as i32));
            self.i(Instruction::I32Const(i32::from(*method)));
            self.host(ObjImport::SuperAttr);
            self.check_handle()?;
            return self.set_from(dst, Kind::Object);
        }
        let Some(&obj) = args.first() else {
            return Err(self.bug("object operation without an operand".to_owned()));
        };
        let op = op.clone();
        let args = args.to_vec();
        // A subscript may run Python code (a class's `__getitem__`) where it can resume.
        let flags = self.operator_flags();
        self.each_kind(obj, &mut |e, k| {
            if k != Kind::Object {
                return e.bail(match op {
                    ObjOp::CheckMethod(..) | ObjOp::NewInstance(_) => BailReason::MethodMismatch,
                    _ => BailReason::TypeMismatch,
                });
            }
            e.get_as(obj, Kind::Object)?;
            match &op {
                ObjOp::NewInstance(id) => {
                    e.i(Instruction::I64Const(id.0 as i64));
                    e.host(ObjImport::New);
                    e.check_handle_or(BailReason::MethodMismatch)?;
                    return e.set_from(dst, Kind::Object);
                }
                ObjOp::CheckMethod(_, id) => {
                    e.i(Instruction::I32Const(name.unwrap_or(0) as i32));
                    e.i(Instruction::I64Const(id.0 as i64));
                    e.host(ObjImport::CheckMethod);
                    e.i(Instruction::I32Eqz);
                    e.bail_if(BailReason::MethodMismatch)?;
                    return e.set_from(dst, Kind::None);
                }
                ObjOp::GetAttr(_) => {
                    e.i(Instruction::I32Const(e.attr_arg(name)));
                    e.host(ObjImport::GetAttr);
                }
                // Never the general load: `IMPORT_FROM` turns a missing name into its
                // own `ImportError`, which the interpreter raises.
                ObjOp::ImportFrom(_) => {
                    e.i(Instruction::I32Const(name.unwrap_or(0) as i32));
                    e.host(ObjImport::GetAttr);
                }
                ObjOp::CellGet => e.host(ObjImport::CellGet),
                ObjOp::CellSet => {
                    e.push_tag_bits(args[1])?;
                    e.push_host_origin(args[1]);
                    e.host(ObjImport::CellSet);
                    return e.stored(dst);
                }
                ObjOp::SetFunctionAttribute(flag) => {
                    e.i(Instruction::I32Const(*flag as i32));
                    e.push_tag_bits(args[1])?;
                    e.push_host_origin(args[1]);
                    e.host(ObjImport::SetFunctionAttribute);
                }
                ObjOp::GetItem => {
                    let key = args[1];
                    e.push_tag_bits(key)?;
                    e.i(Instruction::I32Const(flags));
                    e.host(ObjImport::GetItem);
                }
                ObjOp::GetSlice => {
                    e.push_tag_bits(args[1])?;
                    e.push_tag_bits(args[2])?;
                    e.i(Instruction::I32Const(flags));
                    e.host(ObjImport::GetSlice);
                }
                ObjOp::SetAttr(_, release) => {
                    let quiet = *release == Release::Quiet;
                    let flag = if quiet { crate::abi::STORE_QUIET } else { 0 };
                    e.i(Instruction::I32Const(e.attr_arg(name) | flag));
                    e.push_tag_bits(args[1])?;
                    e.push_host_origin(args[1]);
                    e.host(ObjImport::SetAttr);
                    if quiet {
                        let status = e.local(ValType::I32);
                        e.i(Instruction::LocalTee(status));
                        e.i(Instruction::I32Const(crate::abi::STORE_NOT_QUIET));
                        e.i(Instruction::I32Eq);
                        e.bail_if(BailReason::ForwardedStore)?;
                        e.i(Instruction::LocalGet(status));
                    }
                    return e.stored(dst);
                }
                ObjOp::SetItem => {
                    e.push_tag_bits(args[1])?;
                    e.push_tag_bits(args[2])?;
                    e.push_host_origin(args[2]);
                    e.i(Instruction::I32Const(flags));
                    e.host(ObjImport::SetItem);
                    return e.stored(dst);
                }
                ObjOp::SetSlice => {
                    e.push_tag_bits(args[1])?;
                    e.push_tag_bits(args[2])?;
                    e.push_tag_bits(args[3])?;
                    e.push_host_origin(args[3]);
                    e.i(Instruction::I32Const(flags));
                    e.host(ObjImport::SetSlice);
                    return e.stored(dst);
                }
                ObjOp::DelItem => {
                    e.push_tag_bits(args[1])?;
                    e.i(Instruction::I32Const(flags));
                    e.host(ObjImport::DelItem);
                    return e.stored(dst);
                }
                ObjOp::GetAttrNum(_) | ObjOp::GetAttrAny(_) => {
                    let or_object = match op {
                        ObjOp::GetAttrAny(_) => crate::abi::LOAD_OR_OBJECT,
                        _ => 0,
                    };
                    e.i(Instruction::I32Const(e.attr_arg(name) | or_object));
                    e.host(ObjImport::GetAttrNum);
                    return e.unboxed_result(dst);
                }
                ObjOp::GetItemNum => {
                    e.push_tag_bits(args[1])?;
                    e.i(Instruction::I32Const(flags));
                    e.host(ObjImport::GetItemNum);
                    return e.unboxed_result(dst);
                }
                ObjOp::Len | ObjOp::Ord => {
                    e.host(if op == ObjOp::Len {
                        ObjImport::Len
                    } else {
                        ObjImport::Ord
                    });
                    let n = e.local(ValType::I64);
                    e.i(Instruction::LocalTee(n));
                    e.i(Instruction::I64Const(0));
                    e.i(Instruction::I64LtS);
                    e.bail_if(BailReason::ObjectOp)?;
                    e.i(Instruction::LocalGet(n));
                    return e.set_from(dst, Kind::Int);
                }
                ObjOp::Iter => e.host(ObjImport::Iter),
                ObjOp::GetMethod(_) => {
                    e.i(Instruction::I32Const(e.attr_arg(name)));
                    e.host(ObjImport::GetMethod);
                }
                ObjOp::GetSpecial(_) => {
                    let special = name.unwrap_or(0) as i32 | crate::abi::METHOD_SPECIAL;
                    e.i(Instruction::I32Const(special));
                    e.host(ObjImport::GetMethod);
                }
                ObjOp::Global(_)
                | ObjOp::SuperAttr { .. }
                | ObjOp::SetGlobal(_)
                | ObjOp::ConstGlobal(_)
                | ObjOp::Constant(_)
                | ObjOp::Str(_)
                | ObjOp::Build(_)
                | ObjOp::Collect(_)
                | ObjOp::MakeFunction(_)
                | ObjOp::Import { .. }
                | ObjOp::MakeClosure(_)
                | ObjOp::FrameCell(_)
                | ObjOp::Call { .. }
                | ObjOp::CallMethod { .. }
                | ObjOp::Chr
                | ObjOp::Contains { .. }
                | ObjOp::CheckOperator(..)
                | ObjOp::WhichMethod(..)
                | ObjOp::PickMethod
                | ObjOp::Reflected(_) => {
                    return Err(e.bug("a call or global load as an operation on an object".into()))
                }
                ObjOp::Unpack { count, index } => {
                    e.i(Instruction::I32Const(*count as i32));
                    e.i(Instruction::I32Const(*index as i32));
                    e.host(ObjImport::Unpack);
                }
            }
            e.check_handle()?;
            e.set_from(dst, Kind::Object)
        })
    }

    /// `dst = callable(self?, args…)`: each argument (with `self` first for a method)
    /// given to the host, then the call, which runs Python code; if it raises, the call
    /// resumes in the interpreter at this `CALL` (the point the host is told), which
    /// raises it there. Calling a number raises too: that bails before anything.
    /// `dst = obj.name(args…)` in one host call ([`ObjOp::CallMethod`]; `args`: `obj`
    /// first). Where the host made no call, the call resumes at point `before`.
    fn call_method(&mut self, dst: Var, name: u32, before: u32, args: &[Var]) -> CompileResult<()> {
        use Instruction as I;
        let point = self.call_point();
        if self.ctx.force_resume == Some(before) && self.exit.is_some() {
            // (The test that takes every resume point once: this one is taken here.)
            self.at_point(before, |e| e.bail(BailReason::Unsupported))?;
        }
        let split = args.len().saturating_sub(CALL_INLINE as usize);
        let (given, inline) = args.split_at(split);
        self.give_args(given)?;
        // Looked up where the `LOAD_ATTR` was (only loads between): a lookup that runs
        // Python code (a property) may run here too, the frame pointed at the
        // `LOAD_ATTR` meanwhile, which it resumes at if that raises.
        let mut arg = name as i32;
        if Some(before) != self.point && self.exit.is_some() && arg <= ATTR_NAME_MASK {
            arg |= ATTR_GENERAL;
            if self.func_index == 0 && before <= ATTR_MAX_POINT {
                arg |= ((before + 1) << ATTR_POINT_SHIFT) as i32;
            }
        }
        self.i(I::I32Const(arg));
        self.i(I::I32Const(point));
        self.i(I::I32Const(inline.len() as i32));
        self.push_inline(inline)?;
        self.host(ObjImport::CallMethod);
        let h = self.local(ValType::I32);
        self.i(I::LocalTee(h));
        self.i(I::I32Const(HANDLE_NOT_RUN));
        self.i(I::I32Eq);
        self.i(I::If(BlockType::Empty));
        self.at_point(before, |e| e.bail(BailReason::ObjectOp))?;
        self.i(I::End);
        self.i(I::LocalGet(h));
        self.check_handle()?;
        self.set_from(dst, Kind::Object)
    }

    /// What a call through the host is told of where it is made: the root's resume point
    /// (the host points the root's frame at the `CALL` while it runs), -1 for a root
    /// without one, or [`crate::abi::frameless_caller`] for a callee of the unit, which
    /// has no frame of its own (a call of Python code, which may look at its caller's
    /// frame, is then the interpreter's).
    fn call_point(&self) -> i32 {
        match self.point {
            _ if self.func_index > 0 => crate::abi::frameless_caller(self.func_index as u32),
            Some(p) => p as i32,
            None => -1,
        }
    }

    /// Run `f` (which emits a bail-out) as if at resume point `point` (where the root
    /// has points at all).
    fn at_point(
        &mut self,
        point: u32,
        f: impl FnOnce(&mut Self) -> CompileResult<()>,
    ) -> CompileResult<()> {
        let here = self.point;
        if here.is_some() {
            self.point = Some(point);
        }
        let done = f(self);
        self.point = here;
        done
    }

    /// Is resume point `point` one the interpreter can resume at only once a call was
    /// made there ([`crate::ir::StackItem::Called`])?
    pub(super) fn after_call_only(&self, point: Option<u32>) -> bool {
        point
            .and_then(|p| self.func.points.get(p as usize))
            .is_some_and(|p| p.stack.contains(&crate::ir::StackItem::Called))
    }

    fn call_object(
        &mut self,
        dst: Var,
        how: i32,
        kwnames: &[String],
        args: &[Var],
    ) -> CompileResult<()> {
        let Some((&callable, rest)) = args.split_first() else {
            return Err(self.bug("a call without a callable".to_owned()));
        };
        let point = self.call_point();
        let rest = rest.to_vec();
        let names = kwnames
            .iter()
            .map(|n| self.attr_index(n))
            .collect::<CompileResult<Vec<u32>>>()?;
        self.each_kind(callable, &mut |e, k| {
            if k != Kind::Object {
                return e.bail(BailReason::TypeMismatch);
            }
            // The last arguments go in the call itself.
            let split = rest.len().saturating_sub(CALL_INLINE as usize);
            let (given, inline) = rest.split_at(split);
            e.give_args(given)?;
            for &name in &names {
                e.i(Instruction::I32Const(name as i32));
                e.host(ObjImport::KwName);
            }
            e.get_as(callable, Kind::Object)?;
            e.i(Instruction::I32Const(how));
            e.i(Instruction::I32Const(point));
            e.i(Instruction::I32Const(inline.len() as i32));
            e.push_inline(inline)?;
            e.host(ObjImport::Call);
            e.check_handle()?;
            e.set_from(dst, Kind::Object)
        })
    }

    /// [`ObjOp::CheckOperator`]: does `lhs op rhs` go first to the method `function` of
    /// `lhs`'s class (a number on the left never does; one on the right is never a
    /// subclass of a class of objects)? The answer (0 or 1) goes to a local that the
    /// next instructions, the call and [`ObjOp::Reflected`], branch on: where it is 0,
    /// the operator is the generic one.
    fn check_operator(
        &mut self,
        dst: Var,
        args: &[Var],
        name: u32,
        function: crate::code::FunctionId,
    ) -> CompileResult<()> {
        let [lhs, rhs] = args else {
            return Err(self.bug("an operator check without two operands".to_owned()));
        };
        let (lhs, rhs) = (*lhs, *rhs);
        let other = self.local(ValType::I32);
        let ok = self.local(ValType::I32);
        self.each_kind(rhs, &mut |e, k| {
            if k == Kind::Object {
                e.get_as(rhs, Kind::Object)?;
            } else {
                e.i(Instruction::I32Const(NO_HANDLE));
            }
            e.i(Instruction::LocalSet(other));
            Ok(())
        })?;
        self.each_kind(lhs, &mut |e, k| {
            if k == Kind::Object {
                e.get_as(lhs, Kind::Object)?;
                e.i(Instruction::LocalGet(other));
                e.i(Instruction::I32Const(name as i32));
                e.i(Instruction::I64Const(function.0 as i64));
                e.host(ObjImport::CheckOperator);
            } else {
                e.i(Instruction::I32Const(0));
            }
            e.i(Instruction::LocalSet(ok));
            Ok(())
        })?;
        self.operator_check = Some(ok);
        self.set_from(dst, Kind::None)
    }

    /// [`ObjOp::WhichMethod`]: which of `functions` is the method `callable`? Its index
    /// (or -1: none) goes to a local that the next instructions branch on: the direct
    /// call of each candidate in turn, then the host call ([`MethodChoice`]).
    fn which_method(
        &mut self,
        dst: Var,
        args: &[Var],
        functions: &[crate::code::FunctionId],
    ) -> CompileResult<()> {
        let [callable] = args else {
            return Err(self.bug("a method choice without its callable".to_owned()));
        };
        let callable = *callable;
        let found = self.local(ValType::I64);
        self.each_kind(callable, &mut |e, k| {
            if k == Kind::Object {
                e.get_as(callable, Kind::Object)?;
                e.host(ObjImport::FunctionOf);
            } else {
                e.i(Instruction::I64Const(0));
            }
            e.i(Instruction::LocalSet(found));
            Ok(())
        })?;
        let which = self.local(ValType::I32);
        self.i(Instruction::I32Const(-1));
        self.i(Instruction::LocalSet(which));
        for (i, function) in functions.iter().enumerate() {
            self.i(Instruction::LocalGet(found));
            self.i(Instruction::I64Const(function.0 as i64));
            self.i(Instruction::I64Eq);
            self.i(Instruction::If(BlockType::Empty));
            self.i(Instruction::I32Const(i as i32));
            self.i(Instruction::LocalSet(which));
            self.i(Instruction::End);
        }
        self.method_choice = Some(super::values::MethodChoice {
            which,
            candidates: functions.len(),
            next: 0,
        });
        self.set_from(dst, Kind::None)
    }

    /// [`ObjOp::PickMethod`]: `dst` takes over the result of the call that ran (the
    /// host's, or a direct call's); the others never held a handle this time.
    fn pick_method(&mut self, dst: Var, args: &[Var]) -> CompileResult<()> {
        let Some(choice) = self.method_choice.take() else {
            return Err(self.bug("a method pick without its choice".to_owned()));
        };
        if args.len() != choice.candidates + 1 {
            return Err(self.bug("a method pick without a result per call".to_owned()));
        }
        for (i, &result) in args.iter().enumerate() {
            // The host call's result first (taken where the choice is -1).
            self.i(Instruction::LocalGet(choice.which));
            self.i(Instruction::I32Const(i as i32 - 1));
            self.i(Instruction::I32Eq);
            self.i(Instruction::If(BlockType::Empty));
            self.each_kind(result, &mut |e, k| {
                e.get_as(result, k)?;
                e.set_from(dst, k)
            })?;
            self.i(Instruction::End);
        }
        for &result in args {
            self.forget(result);
        }
        Ok(())
    }

    /// [`ObjOp::Reflected`]: `dst` takes the method's result over, unless that is
    /// `NotImplemented` (a constant handle, tested here): then the host tries `rhs`'s
    /// reflected method, which may run Python code (its outcome waits for the
    /// interpreter at the operator if it raises).
    fn reflected(&mut self, dst: Var, bin: crate::ir::BinOp, args: &[Var]) -> CompileResult<()> {
        let [lhs, rhs, result] = args else {
            return Err(self.bug("a reflected operator without its three arguments".to_owned()));
        };
        let (lhs, rhs, result) = (*lhs, *rhs, *result);
        let flags = self.operator_flags();
        let Some(ok) = self.operator_check.take() else {
            return Err(self.bug("a reflected operator without its check".to_owned()));
        };
        self.i(Instruction::LocalGet(ok));
        self.i(Instruction::If(BlockType::Empty));
        self.each_kind(result, &mut |e, k| {
            e.get_as(result, k)?;
            if k != Kind::Object {
                return e.set_from(dst, k);
            }
            e.i(Instruction::I32Const(NOT_IMPLEMENTED_HANDLE));
            e.i(Instruction::I32Ne);
            e.i(Instruction::If(BlockType::Empty));
            e.get_as(result, Kind::Object)?;
            e.set_from(dst, Kind::Object)?;
            e.i(Instruction::Else);
            e.push_operands(lhs, rhs)?;
            e.i(Instruction::I32Const(bin.code() | flags));
            e.host(ObjImport::Reflected);
            e.check_handle()?;
            e.set_from(dst, Kind::Object)?;
            e.i(Instruction::End);
            Ok(())
        })?;
        self.i(Instruction::Else);
        // Not the method called directly: the operator as the interpreter applies it.
        self.on_objects_with(dst, Err((bin, false)), lhs, rhs, flags)?;
        self.i(Instruction::End);
        // The handle moved to `dst` (or was the constant `NotImplemented`, or the call
        // was not made).
        self.forget(result);
        Ok(())
    }

    /// The flags of an operator that may run Python code (`abi::OPERATOR_GENERAL`, and
    /// the root's resume point for the frame's line), or 0.
    /// An attribute operation's name argument: the name's index `name`, with
    /// [`ATTR_GENERAL`] and its resume point where it may run Python code (a property,
    /// `__getattr__`: `lower::general_operators`).
    fn attr_arg(&self, name: Option<u32>) -> i32 {
        let index = name.unwrap_or(0) as i32;
        if !self.general_operator() || index > ATTR_NAME_MASK {
            return index;
        }
        let mut arg = index | ATTR_GENERAL;
        // The root's frame points at the instruction while Python code runs.
        if let Some(p) = self
            .point
            .filter(|p| self.func_index == 0 && *p <= ATTR_MAX_POINT)
        {
            arg |= ((p + 1) << ATTR_POINT_SHIFT) as i32;
        }
        arg
    }

    fn operator_flags(&self) -> i32 {
        let mut flags = 0;
        if self.general_operator() || self.point.is_some() {
            flags |= OPERATOR_GENERAL;
            // The root's frame points at the operator while Python code runs.
            if let Some(p) = self
                .point
                .filter(|p| self.func_index == 0 && *p <= OPERATOR_MAX_POINT)
            {
                flags |= ((p + 1) << OPERATOR_POINT_SHIFT) as i32;
            }
        }
        flags
    }

    /// The host's answer (`i32`) on the stack into `dst`, a `bool`: 0 or 1, or -1 where
    /// the interpreter must do the operation (then bail).
    fn bool_or_bail(&mut self, dst: Var) -> CompileResult<()> {
        let t = self.local(ValType::I32);
        self.i(Instruction::LocalTee(t));
        self.i(Instruction::I32Const(0));
        self.i(Instruction::I32LtS);
        self.bail_if(BailReason::ObjectOp)?;
        self.i(Instruction::LocalGet(t));
        self.set_from(dst, Kind::Bool)
    }

    /// Push a value (any kind) as the host takes an operand or an inline argument: its
    /// tag, bits and origin ([`ObjImport::Binary`], [`ObjImport::Call`]).
    fn push_operand(&mut self, v: Var) -> CompileResult<()> {
        self.push_tag_bits(v)?;
        self.push_host_origin(v);
        Ok(())
    }

    /// Push an operator's two operands.
    fn push_operands(&mut self, a: Var, b: Var) -> CompileResult<()> {
        self.push_operand(a)?;
        self.push_operand(b)
    }

    /// Push the [`CALL_INLINE`] operands a call or a build takes in the call itself:
    /// `inline` (at most that many), then `None`s.
    fn push_inline(&mut self, inline: &[Var]) -> CompileResult<()> {
        if inline.len() > CALL_INLINE as usize {
            return Err(self.bug(format!("{} operands inline", inline.len())));
        }
        for &arg in inline {
            self.push_operand(arg)?;
        }
        for _ in inline.len()..CALL_INLINE as usize {
            self.i(Instruction::I32Const(Kind::None.tag()));
            self.i(Instruction::I64Const(0));
            self.i(Instruction::I32Const(0));
        }
        Ok(())
    }

    /// Give the host `args` (any kinds) for the call or build that follows.
    fn give_args(&mut self, args: &[Var]) -> CompileResult<()> {
        for &arg in args {
            self.push_operand(arg)?;
            self.host(ObjImport::Arg);
            self.i(Instruction::I32Const(0));
            self.i(Instruction::I32LtS);
            self.bail_if(BailReason::ObjectOp)?;
        }
        Ok(())
    }

    /// After a store: the host's answer (`i32`) is 0, or -1 where the interpreter must do
    /// the store (it has not happened: the call resumes at the store instruction).
    fn stored(&mut self, dst: Var) -> CompileResult<()> {
        self.i(Instruction::I32Const(0));
        self.i(Instruction::I32LtS);
        self.bail_if(BailReason::ObjectOp)?;
        self.set_from(dst, Kind::None)
    }

    /// The payload (`i64`) on the stack, with its tag from the host, into `dst`: an
    /// `int` or a `float`; anything else bails out (a `str` in `s + t`, which the
    /// interpreter then adds; `None + 1`), as does a load the host left to the
    /// interpreter. Fusing keeps a kernel's arithmetic unboxed (`t += p.x` stays a
    /// `float`); a load of strings pays a bail-out per call instead.
    fn unboxed_result(&mut self, dst: Var) -> CompileResult<()> {
        use crate::abi::UNBOX_BAIL;
        let (tag, payload) = self.unpack_number()?;
        self.i(Instruction::LocalGet(tag));
        self.i(Instruction::I32Const(UNBOX_BAIL));
        self.i(Instruction::I32Eq);
        self.bail_if(BailReason::ObjectOp)?;
        self.i(Instruction::LocalGet(tag));
        self.i(Instruction::I32Const(UNBOX_OTHER));
        self.i(Instruction::I32Eq);
        self.bail_if(BailReason::TypeMismatch)?;
        self.store_tagged(dst, tag, payload)
    }

    /// Unpack the packed number on the stack (`abi::PACKED_INT`: a float's bits, a
    /// packed int, "not a number", or "ask" the host for tag and payload) into fresh
    /// `(tag, payload)` locals. A float (the common case in kernels) costs one test of
    /// the top 16 bits.
    fn unpack_number(&mut self) -> CompileResult<(u32, u32)> {
        use crate::abi::{PACKED_ASK, PACKED_INT};
        use Instruction as I;
        let int_top = ((PACKED_INT as u64) >> 48) as i64;
        let packed = self.local(ValType::I64);
        let payload = self.local(ValType::I64);
        let tag = self.local(ValType::I32);
        self.i(I::LocalTee(packed));
        self.i(I::LocalSet(payload));
        self.i(I::I32Const(Kind::Float.tag()));
        self.i(I::LocalSet(tag));
        // No float is answered with these top bits (negative quiet NaNs).
        self.i(I::LocalGet(packed));
        self.i(I::I64Const(48));
        self.i(I::I64ShrU);
        self.i(I::I64Const(int_top));
        self.i(I::I64GeU);
        self.i(I::If(BlockType::Empty));
        self.i(I::LocalGet(packed));
        self.i(I::I64Const(48));
        self.i(I::I64ShrU);
        self.i(I::I64Const(int_top));
        self.i(I::I64Eq);
        self.i(I::If(BlockType::Empty));
        self.i(I::I32Const(Kind::Int.tag()));
        self.i(I::LocalSet(tag));
        self.i(I::LocalGet(packed));
        self.i(I::I64Const(16));
        self.i(I::I64Shl);
        self.i(I::I64Const(16));
        self.i(I::I64ShrS);
        self.i(I::LocalSet(payload));
        self.i(I::Else);
        self.i(I::LocalGet(packed));
        self.i(I::I64Const(PACKED_ASK));
        self.i(I::I64Eq);
        self.i(I::If(BlockType::Empty));
        self.host(ObjImport::UnboxTag);
        self.i(I::LocalSet(tag));
        self.host(ObjImport::UnboxPayload);
        self.i(I::LocalSet(payload));
        self.i(I::Else);
        // `abi::PACKED_OTHER`.
        self.i(I::I32Const(UNBOX_OTHER));
        self.i(I::LocalSet(tag));
        self.i(I::End);
        self.i(I::End);
        self.i(I::End);
        Ok((tag, payload))
    }

    pub(super) fn attr_index(&self, name: &str) -> CompileResult<u32> {
        self.ctx
            .attr_names
            .iter()
            .position(|n| n == name)
            .map(|i| i as u32)
            .ok_or_else(|| self.bug(format!("attribute .{name} missing from the name table")))
    }

    /// Can `a` or `b` hold an object?
    pub(super) fn may_be_objects(&self, a: Var, b: Var) -> bool {
        self.kinds(a).contains(Kind::Object) || self.kinds(b).contains(Kind::Object)
    }

    /// `dst = a op b` (a comparison for `Ok`, arithmetic for `Err`) where an operand may
    /// be an object: numbers in objects are unboxed for tier 1's own arithmetic; anything
    /// else goes to the host (`obj_binary`, `obj_compare`), which bails where Python code
    /// would run.
    pub(super) fn on_objects(
        &mut self,
        dst: Var,
        op: Result<crate::ir::CmpOp, (crate::ir::BinOp, bool)>,
        a: Var,
        b: Var,
    ) -> CompileResult<()> {
        let flags = if self.general_operator() {
            self.operator_flags()
        } else {
            0
        };
        self.on_objects_with(dst, op, a, b, flags)
    }

    /// [`FnEmitter::on_objects`] with the host's flags (`abi::OPERATOR_*`) given.
    fn on_objects_with(
        &mut self,
        dst: Var,
        op: Result<crate::ir::CmpOp, (crate::ir::BinOp, bool)>,
        a: Var,
        b: Var,
        flags: i32,
    ) -> CompileResult<()> {
        use Instruction as I;
        self.i(I::Block(BlockType::Empty));
        let done = self.depth();
        self.i(I::Block(BlockType::Empty));
        let generic = self.depth();
        let ua = self.unboxed_else(a, generic)?;
        let ub = self.unboxed_else(b, generic)?;
        match op {
            Ok(cmp) => self.compare(dst, cmp, ua, ub)?,
            Err((bin, _)) => self.binary(dst, bin, ua, ub)?,
        }
        let out = self.depth() - done;
        self.i(I::Br(out));
        self.i(I::End);
        self.push_operands(a, b)?;
        let mut flags = flags;
        match op {
            Ok(cmp) => {
                self.i(I::I32Const(cmp.code() | flags));
                self.host(ObjImport::Compare);
                self.bool_or_bail(dst)?;
            }
            Err((bin, inplace)) => {
                if inplace {
                    flags |= OPERATOR_INPLACE;
                }
                self.i(I::I32Const(bin.code() | flags));
                self.host(ObjImport::Binary);
                self.check_handle()?;
                self.set_from(dst, Kind::Object)?;
            }
        }
        self.i(I::End);
        Ok(())
    }

    /// `v` as arithmetic sees it: itself if it cannot hold an object, else a scratch
    /// variable holding what the object unboxes to (an `int` or a `float`; anything else
    /// bails out, to the interpreter, which raises or runs the operator).
    pub(super) fn unboxed(&mut self, v: Var) -> CompileResult<Var> {
        self.unbox_or(v, None)
    }

    /// [`FnEmitter::unboxed`], but an object that is not a number branches out to the
    /// block at depth `target` (where the host takes the operation) instead of bailing.
    fn unboxed_else(&mut self, v: Var, target: u32) -> CompileResult<Var> {
        self.unbox_or(v, Some(target))
    }

    fn unbox_or(&mut self, v: Var, target: Option<u32>) -> CompileResult<Var> {
        let kinds = self.kinds(v);
        if !kinds.contains(Kind::Object) {
            return Ok(v);
        }
        let out = self.scratch_var(kinds.unboxed());
        self.each_kind(v, &mut |e, k| {
            if k != Kind::Object {
                e.get_as(v, k)?;
                return e.set_from(out, k);
            }
            e.get_as(v, Kind::Object)?;
            e.host(ObjImport::Unbox);
            let (tag, payload) = e.unpack_number()?;
            e.i(Instruction::LocalGet(tag));
            e.i(Instruction::I32Const(UNBOX_OTHER));
            e.i(Instruction::I32Eq);
            match target {
                None => e.bail_if(BailReason::TypeMismatch)?,
                Some(target) => {
                    e.i(Instruction::If(BlockType::Empty));
                    let out_of = e.depth() - target;
                    e.i(Instruction::Br(out_of));
                    e.i(Instruction::End);
                }
            }
            e.store_tagged(out, tag, payload)
        })?;
        Ok(out)
    }

    /// Push `bool(v)` for an object `v` (an `i32`), through the host.
    /// `None`, `True` and `False` answer without a call (their handles are constants).
    pub(super) fn object_truth(&mut self, v: Var) -> CompileResult<()> {
        let h = self.local(ValType::I32);
        let t = self.local(ValType::I32);
        self.get_as(v, Kind::Object)?;
        self.i(Instruction::LocalTee(h));
        // (`NotImplemented`'s truth is the host's to give: it warns or raises.)
        self.i(Instruction::I32Const(FALSE_HANDLE));
        self.i(Instruction::I32LeU);
        self.i(Instruction::If(BlockType::Empty));
        self.i(Instruction::LocalGet(h));
        self.i(Instruction::I32Const(TRUE_HANDLE));
        self.i(Instruction::I32Eq);
        self.i(Instruction::LocalSet(t));
        self.i(Instruction::Else);
        self.i(Instruction::LocalGet(h));
        self.host(ObjImport::Truth);
        self.i(Instruction::LocalTee(t));
        self.i(Instruction::I32Const(0));
        self.i(Instruction::I32LtS);
        self.bail_if(BailReason::ObjectOp)?;
        self.i(Instruction::End);
        self.i(Instruction::LocalGet(t));
        Ok(())
    }

    /// Push `a is b` (an `i32`) where at least one side is an object; false if identity
    /// is not tier 1's to answer (an object against an unboxed number).
    pub(super) fn object_is(&mut self, a: Var, ka: Kind, b: Var, kb: Kind) -> CompileResult<bool> {
        match (ka, kb) {
            (Kind::Object, Kind::Object) => {
                // One handle is one object; two may be one object too: ask.
                self.get_as(a, ka)?;
                self.get_as(b, kb)?;
                self.i(Instruction::I32Eq);
                self.i(Instruction::If(BlockType::Result(ValType::I32)));
                self.i(Instruction::I32Const(1));
                self.i(Instruction::Else);
                self.get_as(a, ka)?;
                self.get_as(b, kb)?;
                self.host(ObjImport::Is);
                self.i(Instruction::End);
            }
            (Kind::Object, Kind::None) | (Kind::None, Kind::Object) => {
                // `None`'s handle is a constant.
                let object = if ka == Kind::Object { a } else { b };
                self.get_as(object, Kind::Object)?;
                self.i(Instruction::I32Const(NONE_HANDLE));
                self.i(Instruction::I32Eq);
            }
            (Kind::Object, Kind::Bool) | (Kind::Bool, Kind::Object) => {
                // So are `True`'s and `False`'s: `FALSE_HANDLE - b` is `b`'s.
                let (object, flag) = if ka == Kind::Object { (a, b) } else { (b, a) };
                self.get_as(object, Kind::Object)?;
                self.i(Instruction::I32Const(FALSE_HANDLE));
                self.get_as(flag, Kind::Bool)?;
                self.i(Instruction::I32Sub);
                self.i(Instruction::I32Eq);
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// The condition of a loop over the iterator object `iter`: fetch the next item
    /// into `item` and push 1, or push 0 at the end.
    pub(super) fn iter_next(&mut self, iter: Var, item: Var) -> CompileResult<()> {
        use Instruction as I;
        let h = self.local(ValType::I32);
        self.get_as(iter, Kind::Object)?;
        self.host(ObjImport::Next);
        self.check_handle()?;
        self.i(I::LocalTee(h));
        self.i(I::If(BlockType::Empty));
        self.i(I::LocalGet(h));
        self.set_from(item, Kind::Object)?;
        self.i(I::End);
        self.i(I::LocalGet(h));
        self.i(I::I32Const(0));
        self.i(I::I32Ne);
        Ok(())
    }
}
