//! Lowering of names and calls: `LOAD_GLOBAL`, `LOAD_ATTR` on the `math` module, and
//! `CALL` of builtins, `math` functions and other Python functions of the same unit.
//! Every global the code relies on becomes a [`Guard`].

use std::rc::Rc;

use crate::abi::MathFn;
use crate::code::{Binding, Builtin, CodeInfo, Constant, FunctionId};
use crate::error::CompileResult;
use crate::ir::{Expect, Guard, Inst, Intrinsic, NumberBits, ObjOp, Value};

use super::{describe_slot, FnLower, Slot, Step};

/// Something callable the compiler knows about.
#[derive(Debug, Clone)]
pub(crate) enum Callee {
    /// A builtin.
    Builtin(Builtin),
    /// A `math` attribute (its arity decides between `log` and `log(x, base)`).
    Math(String),
    /// A Python function.
    Function(FunctionId, Rc<CodeInfo>),
}

impl PartialEq for Callee {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Callee::Builtin(a), Callee::Builtin(b)) => a == b,
            (Callee::Math(a), Callee::Math(b)) => a == b,
            (Callee::Function(a, _), Callee::Function(b, _)) => a == b,
            _ => false,
        }
    }
}

impl Callee {
    pub(crate) fn describe(&self) -> String {
        match self {
            Callee::Builtin(b) => format!("builtin {}", b.name()),
            Callee::Math(name) => format!("math.{name}"),
            Callee::Function(_, code) => format!("function {}", code.name),
        }
    }
}

/// `math` module constants tier 1 folds (guarded like any other global).
fn math_constant(attr: &str) -> Option<f64> {
    Some(match attr {
        "pi" => std::f64::consts::PI,
        "e" => std::f64::consts::E,
        "tau" => std::f64::consts::TAU,
        "inf" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => return None,
    })
}

impl FnLower<'_, '_> {
    fn name(&self, index: u32) -> CompileResult<String> {
        self.code.names.get(index as usize).cloned().ok_or_else(|| {
            crate::error::CompileError::internal(format!("name index {index} out of range"))
        })
    }

    fn guard(&mut self, guard: Guard) {
        self.unit.guards.insert(guard);
    }

    pub(super) fn load_global(&mut self, index: u32) -> CompileResult<()> {
        let name = self.name(index)?;
        let slot = match self.unit.globals.lookup(&name) {
            Binding::Function { id, code } => {
                self.guard(Guard::Global {
                    name: name.clone(),
                    expect: Expect::Function(id),
                });
                Slot::Callee(Callee::Function(id, code), Some(name.clone()))
            }
            Binding::MathModule => {
                self.guard(Guard::Global {
                    name,
                    expect: Expect::MathModule,
                });
                Slot::MathModule
            }
            Binding::Math(f) => {
                self.guard(Guard::Global {
                    name: name.clone(),
                    expect: Expect::Math(f),
                });
                Slot::Callee(Callee::Math(f.name().to_owned()), Some(name.clone()))
            }
            Binding::Builtin(b) => {
                self.guard(Guard::Global {
                    name: name.clone(),
                    expect: Expect::Builtin(b),
                });
                Slot::Callee(Callee::Builtin(b), Some(name.clone()))
            }
            Binding::Number(c) => match number_bits(&c) {
                Some((bits, value)) => {
                    self.guard(Guard::Global {
                        name: name.clone(),
                        expect: Expect::Number(bits),
                    });
                    Slot::Val(self.global_number(name, value))
                }
                None => Slot::Opaque(format!("global {name}")),
            },
            Binding::Other(what) => Slot::Opaque(format!("global {name} ({what})")),
            Binding::Unbound => Slot::Opaque(format!("unbound global {name}")),
        };
        self.push(slot);
        Ok(())
    }

    pub(super) fn load_attr(&mut self, index: u32, method: bool) -> CompileResult<Step> {
        let attr = self.name(index)?;
        let object = self.pop()?;
        let slot = match object {
            Slot::MathModule if math_constant(&attr).is_some() => {
                self.guard(Guard::MathAttr { attr: attr.clone() });
                let value = math_constant(&attr).unwrap_or(f64::NAN);
                Slot::Val(self.constant(Value::Float(value)))
            }
            Slot::MathModule if MathFn::attr_names().any(|n| n == attr) => {
                self.guard(Guard::MathAttr { attr: attr.clone() });
                Slot::Callee(Callee::Math(attr), None)
            }
            Slot::Val(_) if method => return Ok(self.bail(format!("method call .{attr}()"))),
            Slot::Val(obj) => {
                let dst = self.temp();
                self.emit(Inst::Object {
                    dst,
                    op: ObjOp::GetAttr(attr),
                    args: vec![obj],
                });
                Slot::Val(dst)
            }
            other => {
                return Ok(self.bail(format!("attribute .{attr} of {}", describe_slot(&other))))
            }
        };
        self.push(slot);
        if method {
            self.push(Slot::Null);
        }
        Ok(Step::Next)
    }

    pub(super) fn call(&mut self, argc: u32) -> CompileResult<Step> {
        // Name an unsupported callee before complaining about its arguments.
        let callable_at = self.stack.len().checked_sub(argc as usize + 2);
        if let Some(Slot::Opaque(what)) = callable_at.and_then(|i| self.stack.get(i)) {
            let what = what.clone();
            return Ok(self.bail(format!("call of {what}")));
        }
        let mut args = Vec::with_capacity(argc as usize);
        for _ in 0..argc {
            match self.pop_value()? {
                Ok(v) => args.push(v),
                Err(what) => return Ok(self.bail(format!("passing {what} to a call"))),
            }
        }
        args.reverse();
        let self_or_null = self.pop()?;
        let callable = self.pop()?;
        if self_or_null != Slot::Null {
            return Ok(self.bail("method call"));
        }
        let callee = match callable {
            Slot::Callee(c, _) => c,
            other => return Ok(self.bail(format!("call of {}", describe_slot(&other)))),
        };
        let n = args.len();
        let result = match callee {
            Callee::Builtin(Builtin::Range) => {
                if !(1..=3).contains(&n) {
                    return Ok(self.bail(format!("range() with {n} arguments")));
                }
                self.push(Slot::RangeArgs(args));
                return Ok(Step::Next);
            }
            Callee::Builtin(Builtin::Len) => {
                if n != 1 {
                    return Ok(self.bail(format!("len() with {n} arguments")));
                }
                let dst = self.temp();
                self.emit(Inst::Object {
                    dst,
                    op: ObjOp::Len,
                    args,
                });
                dst
            }
            Callee::Builtin(b @ (Builtin::Int | Builtin::Float | Builtin::Bool)) if n == 0 => {
                let value = match b {
                    Builtin::Int => Value::Int(0),
                    Builtin::Float => Value::Float(0.0),
                    _ => Value::Bool(false),
                };
                self.constant(value)
            }
            Callee::Builtin(b) => {
                let ok = match b {
                    Builtin::Min | Builtin::Max => n >= 2,
                    _ => n == 1,
                };
                if !ok {
                    return Ok(self.bail(format!("{}() with {n} arguments", b.name())));
                }
                self.intrinsic(Intrinsic::Builtin(b), args)
            }
            Callee::Math(attr) => match MathFn::from_attr(&attr, n) {
                Some(f) => self.intrinsic(Intrinsic::Math(f), args),
                None => return Ok(self.bail(format!("math.{attr} with {n} arguments"))),
            },
            Callee::Function(id, code) => {
                if let Some(problem) = &code.shape_problem {
                    return Ok(self.bail(format!("call of {} ({problem})", code.name)));
                }
                if code.arg_count as usize != n || code.kwonly_count > 0 {
                    return Ok(self.bail(format!(
                        "call of {} with {n} of its {} arguments",
                        code.name, code.arg_count
                    )));
                }
                let callee = match self.unit.request(id, code) {
                    Ok(index) => index,
                    Err(e) => return Ok(self.bail(e.to_string())),
                };
                let dst = self.temp();
                self.emit(Inst::Call { dst, callee, args });
                dst
            }
        };
        self.push(Slot::Val(result));
        Ok(Step::Next)
    }

    fn intrinsic(&mut self, func: Intrinsic, args: Vec<crate::ir::Var>) -> crate::ir::Var {
        let dst = self.temp();
        self.emit(Inst::Intrinsic { dst, func, args });
        dst
    }
}

fn number_bits(c: &Constant) -> Option<(NumberBits, Value)> {
    match c {
        Constant::Int(i) => Some((NumberBits::Int(*i), Value::Int(*i))),
        Constant::Float(f) => Some((NumberBits::Float(f.to_bits()), Value::Float(*f))),
        Constant::Bool(b) => Some((NumberBits::Bool(*b), Value::Bool(*b))),
        _ => None,
    }
}
