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

use crate::abi::{BailReason, Import, ObjImport, HANDLE_BAIL, UNBOX_OTHER};
use crate::error::CompileResult;
use crate::ir::{ObjOp, Var};
use crate::kinds::Kind;

use super::values::FnEmitter;
use super::Callee;

impl FnEmitter<'_> {
    fn host(&mut self, f: ObjImport) {
        self.call(Callee::Import(Import::Obj(f)));
    }

    /// The handle (`i32`) on the stack stays, unless it is [`HANDLE_BAIL`]: then bail.
    fn check_handle(&mut self) -> CompileResult<()> {
        let h = self.local(ValType::I32);
        self.i(Instruction::LocalTee(h));
        self.i(Instruction::I32Const(HANDLE_BAIL));
        self.i(Instruction::I32Eq);
        self.bail_if(BailReason::ObjectOp)?;
        self.i(Instruction::LocalGet(h));
        Ok(())
    }

    /// `dst = op(args…)`: an operand that is not an object makes Python raise (`None.x`,
    /// `len(3)`), or is a case tier 1 leaves to the interpreter (`(1).real`): both bail.
    pub(super) fn object_op(&mut self, dst: Var, op: &ObjOp, args: &[Var]) -> CompileResult<()> {
        let Some(&obj) = args.first() else {
            return Err(self.bug("object operation without an operand".to_owned()));
        };
        let name = match op {
            ObjOp::GetAttr(name) | ObjOp::GetAttrNum(name) | ObjOp::SetAttr(name) => {
                let index = self.attr_index(name)?;
                Some(index)
            }
            _ => None,
        };
        let op = op.clone();
        let args = args.to_vec();
        self.each_kind(obj, &mut |e, k| {
            if k != Kind::Object {
                return e.bail(BailReason::TypeMismatch);
            }
            e.get_as(obj, Kind::Object)?;
            match &op {
                ObjOp::GetAttr(_) => {
                    e.i(Instruction::I32Const(name.unwrap_or(0) as i32));
                    e.host(ObjImport::GetAttr);
                }
                ObjOp::GetItem => {
                    let key = args[1];
                    e.push_tag_bits(key)?;
                    e.host(ObjImport::GetItem);
                }
                ObjOp::SetAttr(_) => {
                    e.i(Instruction::I32Const(name.unwrap_or(0) as i32));
                    e.push_tag_bits(args[1])?;
                    e.push_origin(args[1]);
                    e.host(ObjImport::SetAttr);
                    return e.stored(dst);
                }
                ObjOp::SetItem => {
                    e.push_tag_bits(args[1])?;
                    e.push_tag_bits(args[2])?;
                    e.push_origin(args[2]);
                    e.host(ObjImport::SetItem);
                    return e.stored(dst);
                }
                ObjOp::GetAttrNum(_) => {
                    e.i(Instruction::I32Const(name.unwrap_or(0) as i32));
                    e.host(ObjImport::GetAttrNum);
                    return e.unboxed_result(dst);
                }
                ObjOp::GetItemNum => {
                    e.push_tag_bits(args[1])?;
                    e.host(ObjImport::GetItemNum);
                    return e.unboxed_result(dst);
                }
                ObjOp::Len => {
                    e.host(ObjImport::Len);
                    let n = e.local(ValType::I64);
                    e.i(Instruction::LocalTee(n));
                    e.i(Instruction::I64Const(0));
                    e.i(Instruction::I64LtS);
                    e.bail_if(BailReason::ObjectOp)?;
                    e.i(Instruction::LocalGet(n));
                    return e.set_from(dst, Kind::Int);
                }
                ObjOp::Iter => e.host(ObjImport::Iter),
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

    /// After a store: the host's answer (`i32`) is 0, or -1 where the interpreter must do
    /// the store (it has not happened: the call resumes at the store instruction).
    fn stored(&mut self, dst: Var) -> CompileResult<()> {
        self.i(Instruction::I32Const(0));
        self.i(Instruction::I32LtS);
        self.bail_if(BailReason::ObjectOp)?;
        self.set_from(dst, Kind::None)
    }

    /// The payload (`i64`) on the stack, with its tag from the host, into `dst`: an
    /// `int` or a `float`; anything else bails out (an object in arithmetic: `TypeError`
    /// or a user operator), as does a load the host left to the interpreter.
    fn unboxed_result(&mut self, dst: Var) -> CompileResult<()> {
        use crate::abi::UNBOX_BAIL;
        let payload = self.local(ValType::I64);
        let tag = self.local(ValType::I32);
        self.i(Instruction::LocalSet(payload));
        self.host(ObjImport::UnboxTag);
        self.i(Instruction::LocalTee(tag));
        self.i(Instruction::I32Const(UNBOX_BAIL));
        self.i(Instruction::I32Eq);
        self.bail_if(BailReason::ObjectOp)?;
        self.i(Instruction::LocalGet(tag));
        self.i(Instruction::I32Const(UNBOX_OTHER));
        self.i(Instruction::I32Eq);
        self.bail_if(BailReason::TypeMismatch)?;
        self.store_tagged(dst, tag, payload)
    }

    pub(super) fn attr_index(&self, name: &str) -> CompileResult<u32> {
        self.ctx
            .attr_names
            .iter()
            .position(|n| n == name)
            .map(|i| i as u32)
            .ok_or_else(|| self.bug(format!("attribute .{name} missing from the name table")))
    }

    /// `v` as arithmetic sees it: itself if it cannot hold an object, else a scratch
    /// variable holding what the object unboxes to (an `int` or a `float`; anything else
    /// bails out, to the interpreter, which raises or runs the operator).
    pub(super) fn unboxed(&mut self, v: Var) -> CompileResult<Var> {
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
            let payload = e.local(ValType::I64);
            let tag = e.local(ValType::I32);
            e.get_as(v, Kind::Object)?;
            e.host(ObjImport::Unbox);
            e.i(Instruction::LocalSet(payload));
            e.host(ObjImport::UnboxTag);
            e.i(Instruction::LocalTee(tag));
            e.i(Instruction::I32Const(UNBOX_OTHER));
            e.i(Instruction::I32Eq);
            e.bail_if(BailReason::TypeMismatch)?;
            e.store_tagged(out, tag, payload)
        })?;
        Ok(out)
    }

    /// Push `bool(v)` for an object `v` (an `i32`), through the host.
    pub(super) fn object_truth(&mut self, v: Var) -> CompileResult<()> {
        self.get_as(v, Kind::Object)?;
        self.host(ObjImport::Truth);
        let t = self.local(ValType::I32);
        self.i(Instruction::LocalTee(t));
        self.i(Instruction::I32Const(0));
        self.i(Instruction::I32LtS);
        self.bail_if(BailReason::ObjectOp)?;
        self.i(Instruction::LocalGet(t));
        Ok(())
    }

    /// Push `a is b` (an `i32`) where at least one side is an object; false if identity
    /// is not tier 1's to answer (an object against an unboxed number).
    pub(super) fn object_is(&mut self, a: Var, ka: Kind, b: Var, kb: Kind) -> CompileResult<bool> {
        match (ka, kb) {
            (Kind::Object, Kind::Object) => {
                self.get_as(a, ka)?;
                self.get_as(b, kb)?;
                self.host(ObjImport::Is);
            }
            (Kind::Object, Kind::None) => {
                self.get_as(a, ka)?;
                self.host(ObjImport::IsNone);
            }
            (Kind::None, Kind::Object) => {
                self.get_as(b, kb)?;
                self.host(ObjImport::IsNone);
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
