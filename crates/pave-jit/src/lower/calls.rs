//! Lowering of names and calls: `LOAD_GLOBAL`, `LOAD_ATTR` on the `math` module and of
//! methods, and `CALL`. Builtins, `math` functions and other Python functions of the same
//! unit are called directly, every global that relies on becoming a [`Guard`]; anything
//! else is called through the host (in a root, which can resume at the `CALL`), which
//! runs whatever Python code it is.

use std::rc::Rc;

use crate::abi::{BuildKind, MathFn};
use crate::code::{Binding, Builtin, CodeInfo, Constant, FunctionId};
use crate::decode::Op;
use crate::error::CompileResult;
use crate::ir::Star;
use crate::ir::{Expect, Guard, Inst, Intrinsic, NumberBits, ObjOp, Value, Var};

use super::{describe_slot, FnLower, Slot, Step};

/// Does `code` change objects or call what tier 1 only calls through the host (a store
/// to an attribute or item, a method call, a global that is not a known function)? A
/// root then calls it through the host rather than compiling it in: as a callee it
/// would bail at that point every time.
fn has_effects(code: &CodeInfo, globals: &dyn crate::code::Globals) -> bool {
    let Ok(insns) = crate::decode::decode(&code.code) else {
        return true;
    };
    insns.iter().any(|insn| match &insn.op {
        Op::StoreAttr(_) | Op::StoreSubscr | Op::LoadAttr { method: true, .. } => true,
        Op::LoadGlobal { name, .. } => code.names.get(*name as usize).is_none_or(|n| {
            matches!(
                globals.lookup(n),
                Binding::Object | Binding::Other(_) | Binding::Unbound
            )
        }),
        _ => false,
    })
}

/// Does every `return` of `code` return `None` (as `__init__` must)?
fn returns_only_none(code: &CodeInfo) -> bool {
    let Ok(insns) = crate::decode::decode(&code.code) else {
        return false;
    };
    let Ok(blocks) = crate::decode::blocks(&insns) else {
        return false;
    };
    // A `return` that starts a block may be reached with any value on the stack.
    let starts: std::collections::HashSet<usize> = blocks.iter().map(|b| b.first).collect();
    insns.iter().enumerate().all(|(i, insn)| {
        !matches!(insn.op, Op::Return)
            || !starts.contains(&i)
                && i.checked_sub(1).is_some_and(|p| {
                    matches!(insns[p].op, Op::LoadConst(k)
                    if matches!(code.consts.get(k as usize), Some(Constant::None)))
                })
    })
}

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
    pub(super) fn name(&self, index: u32) -> CompileResult<String> {
        self.code.names.get(index as usize).cloned().ok_or_else(|| {
            crate::error::CompileError::internal(format!("name index {index} out of range"))
        })
    }

    fn guard(&mut self, guard: Guard) {
        self.unit.guards.insert(guard);
    }

    pub(super) fn load_global(&mut self, index: u32) -> CompileResult<()> {
        let name = self.name(index)?;
        if self.unit.volatile.contains(&name) {
            // Stored by the unit: read when the code runs, as `LOAD_GLOBAL` does.
            let value = self.object(ObjOp::Global(name), Vec::new());
            self.push(Slot::Val(value));
            return Ok(());
        }
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
            // The object it is bound to now, guarded, as one of the module's constants.
            Binding::Object => {
                self.guard(Guard::Global {
                    name: name.clone(),
                    expect: Expect::Object,
                });
                Slot::Val(self.object(ObjOp::ConstGlobal(name.clone()), Vec::new()))
            }
            // Read when the code runs, as `LOAD_GLOBAL` does: no guard.
            Binding::Other(_) | Binding::Unbound => {
                Slot::Val(self.object(ObjOp::Global(name.clone()), Vec::new()))
            }
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
            Slot::Val(_) if method && !self.resumable => {
                return Ok(self.bail(format!("method call .{attr}() in a called function")))
            }
            Slot::Val(_) if method && !self.unit.object_calls => {
                let why = self.no_object_calls();
                return Ok(self.bail(format!("method call .{attr}() {why}")));
            }
            Slot::Val(obj) if method && self.unit.direct_methods => {
                let direct = self
                    .unit
                    .globals
                    .method(&attr)
                    .filter(|(id, _)| !self.unit.indirect.contains(id))
                    .filter(|_| !self.maybe_builtins(obj, &attr));
                if let Some((id, code)) = direct {
                    // `LOAD_ATTR` finds that very function on the object's class, or the
                    // call bails here (and the function compiles again without this).
                    let check = self.temp();
                    self.emit(Inst::Object {
                        dst: check,
                        op: ObjOp::CheckMethod(attr.clone(), id),
                        args: vec![obj],
                    });
                    self.push(Slot::Method {
                        callee: Callee::Function(id, code),
                        name: attr,
                        obj,
                    });
                    self.push(Slot::Val(obj));
                    return Ok(Step::Next);
                }
                self.push_method(attr, obj);
                return Ok(Step::Next);
            }
            Slot::Val(obj) if method => {
                self.push_method(attr, obj);
                return Ok(Step::Next);
            }
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

    /// `LOAD_ATTR` of method `attr` of `obj`, looked up through the host: not yet where
    /// the `CALL` can make it one host call ([`Slot::LazyMethod`]), else now.
    fn push_method(&mut self, attr: String, obj: Var) {
        let calls = self.point.is_some() && self.resumable && self.unit.object_calls;
        if calls
            && self
                .built_as(obj)
                .is_some_and(|kind| self.unit.globals.builtin_method(kind, &attr))
        {
            self.push(Slot::BuiltinMethod { name: attr, obj });
            self.push(Slot::BuiltinSelf(obj));
            return;
        }
        let lazy = self.point.filter(|_| {
            self.resumable
                && self.unit.object_calls
                // (`call_one_of` picks among the unit's methods by what `getmethod` found.)
                && !(self.unit.direct_methods
                    && self.is_root
                    && self.unit.globals.methods(&attr).len() >= 2)
        });
        match lazy {
            Some(point) => {
                self.push(Slot::LazyMethod {
                    name: attr,
                    obj,
                    point,
                });
                self.push(Slot::LazySelf);
            }
            None => {
                let callable = self.object(ObjOp::GetMethod(attr), vec![obj]);
                self.push(Slot::Val(callable));
                self.push(Slot::SelfOf { callable, obj });
            }
        }
    }

    /// Look up now the methods a `LOAD_ATTR` left for its `CALL` to look up: every
    /// [`Slot::LazyMethod`] (the instruction about to be lowered is not a load, nor that
    /// `CALL`: only loads ran since the `LOAD_ATTR`, so the lookup gives what it would
    /// have given there, and bails to its point), and with `builtin` every
    /// [`Slot::BuiltinMethod`] too (the stack goes to another block, or to a call with
    /// keywords).
    pub(super) fn look_up_methods(&mut self, builtin: bool) {
        let here = self.point;
        for i in 0..self.stack.len() {
            let (name, obj) = match self.stack[i].clone() {
                Slot::LazyMethod { name, obj, point } => {
                    self.point = Some(point);
                    (name, obj)
                }
                Slot::BuiltinMethod { name, obj } if builtin => (name, obj),
                _ => continue,
            };
            let callable = self.object(ObjOp::GetMethod(name), vec![obj]);
            self.stack[i] = Slot::Val(callable);
            if let Some(above) = self.stack.get_mut(i + 1) {
                *above = Slot::SelfOf { callable, obj };
            }
            self.point = here;
        }
    }

    /// `obj.name(args…)` in one host call ([`ObjOp::CallMethod`]), resuming at point
    /// `before` where the host made no call.
    fn call_method(&mut self, name: String, obj: Var, args: Vec<Var>, before: u32) -> Step {
        let mut operands = vec![obj];
        operands.extend(args);
        let dst = self.object(ObjOp::CallMethod { name, before }, operands);
        self.push(Slot::Val(dst));
        Step::Next
    }

    /// The builtin type `obj` surely is, as what built it: a `str` constant, a display
    /// (`[]`, `{}`, `(a, b)`, an f-string) in this block, or a local every assignment
    /// of which is such a display ([`FnLower::built_local`]).
    fn built_as(&self, obj: Var) -> Option<BuildKind> {
        match self.defined_by(obj) {
            Some(ObjOp::Str(_)) => return Some(BuildKind::String),
            Some(ObjOp::Build(
                kind @ (BuildKind::List
                | BuildKind::Set
                | BuildKind::Dict
                | BuildKind::Tuple
                | BuildKind::String),
            )) => return Some(*kind),
            _ => {}
        }
        let n = self.locals.iter().position(|v| *v == obj)?;
        self.built_local(u32::try_from(n).ok()?)
    }

    /// The resume point of the `LOAD_ATTR` whose method is not looked up yet, if any.
    pub(super) fn lazy_point(&self) -> Option<u32> {
        self.stack.iter().find_map(|s| match s {
            Slot::LazyMethod { point, .. } => Some(*point),
            _ => None,
        })
    }

    /// `super().name` (`LOAD_SUPER_ATTR`): the host looks it up in the classes after
    /// the method's class (`ObjOp::SuperAttr`), or the interpreter does, from here.
    pub(super) fn load_super_attr(&mut self, index: u32, method: bool) -> CompileResult<Step> {
        let attr = self.name(index)?;
        if method && !(self.resumable && self.unit.object_calls) {
            return Ok(self.bail(format!("method call super().{attr}() here")));
        }
        let obj = self.pop()?;
        let class = self.pop()?;
        let sup = self.pop()?;
        let mut args = Vec::with_capacity(3);
        for slot in [obj, sup, class] {
            match self.value_of(slot) {
                Ok(v) => args.push(v),
                Err(what) => return Ok(self.bail(format!("super() with {what}"))),
            }
        }
        let obj = args[0];
        let callable = self.object(ObjOp::SuperAttr { name: attr, method }, args);
        self.push(Slot::Val(callable));
        if method {
            self.push(Slot::SelfOf { callable, obj });
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
        let args = match self.pop_args(argc)? {
            Ok(args) => args,
            Err(what) => return Ok(self.bail(format!("passing {what} to a call"))),
        };
        let self_or_null = self.pop()?;
        let callable = self.pop()?;
        let callee = match (callable, self_or_null) {
            (Slot::BuiltinMethod { name, obj }, Slot::BuiltinSelf(_)) => {
                let Some(point) = self.point else {
                    let c = self.object(ObjOp::GetMethod(name), vec![obj]);
                    return Ok(self.call_object(c, Some(obj), args, Vec::new()));
                };
                return Ok(self.call_method(name, obj, args, point));
            }
            (Slot::LazyMethod { name, obj, point }, Slot::LazySelf) => {
                return Ok(self.call_method(name, obj, args, point));
            }
            (Slot::Val(c), Slot::SelfOf { obj, .. }) => {
                return Ok(match self.call_one_of(c, obj, &args) {
                    Some(step) => step,
                    None => self.call_object(c, Some(obj), args, Vec::new()),
                })
            }
            // A value in the `self` slot goes first (a generator expression's
            // iterator: `CALL 0` with it there).
            (Slot::Val(c), Slot::Val(first) | Slot::ObjIter(first)) => {
                let mut with_first = vec![first];
                with_first.extend(args);
                return Ok(self.call_object(c, None, with_first, Vec::new()));
            }
            (Slot::Val(c), Slot::Null) => {
                return Ok(match self.construct(c, args) {
                    Ok(step) => step,
                    Err(args) => self.call_object(c, None, args, Vec::new()),
                })
            }
            (Slot::Method { callee, name, obj }, Slot::Val(_)) => {
                let mut with_self = vec![obj];
                with_self.extend(args);
                match self.direct_call(&callee, with_self.len()) {
                    Ok(()) => (callee, with_self),
                    Err(_) => {
                        // Not one tier 1 calls itself (defaults, keywords…): the host
                        // calls the method it checked.
                        let c = self.object(ObjOp::GetMethod(name), vec![obj]);
                        return Ok(self.call_object(
                            c,
                            Some(obj),
                            with_self.split_off(1),
                            Vec::new(),
                        ));
                    }
                }
            }
            (Slot::Callee(c, name), Slot::Null) => match self.direct_call(&c, args.len()) {
                Ok(()) if name.is_some() && self.takes_non_numbers(&c, &args) => {
                    // `int(lines[0])`: a string is as likely there as a number, and
                    // compiled inline a string bails; the host calls the builtin the
                    // global was bound to (its guard says it still is).
                    let c = self.object(ObjOp::ConstGlobal(name.unwrap_or_default()), Vec::new());
                    return Ok(self.call_object(c, None, args, Vec::new()));
                }
                Ok(()) => (c, args),
                Err(why) => {
                    let Some(name) = name.filter(|_| self.resumable) else {
                        return Ok(self.bail(why));
                    };
                    let c = self.object(ObjOp::ConstGlobal(name), Vec::new());
                    return Ok(self.call_object(c, None, args, Vec::new()));
                }
            },
            (other, _) => return Ok(self.bail(format!("call of {}", describe_slot(&other)))),
        };
        let (callee, args) = callee;
        let n = args.len();
        let result = match callee {
            Callee::Builtin(Builtin::Range) => {
                if !(1..=3).contains(&n) {
                    return Ok(self.bail(format!("range() with {n} arguments")));
                }
                self.push(Slot::RangeArgs(args));
                return Ok(Step::Next);
            }
            Callee::Builtin(b @ (Builtin::Len | Builtin::Ord | Builtin::Chr)) => {
                if n != 1 {
                    return Ok(self.bail(format!("{}() with {n} arguments", b.name())));
                }
                let folded = match b {
                    // `ord('a')`: the number itself.
                    Builtin::Ord => self.str_constant(args[0]).and_then(|s| {
                        let mut chars = s.chars();
                        let c = chars.next()?;
                        chars.next().is_none().then(|| i64::from(u32::from(c)))
                    }),
                    _ => None,
                };
                match folded {
                    Some(code) => self.constant(Value::Int(code)),
                    None => {
                        let op = match b {
                            Builtin::Len => ObjOp::Len,
                            Builtin::Ord => ObjOp::Ord,
                            _ => ObjOp::Chr,
                        };
                        self.object(op, args)
                    }
                }
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
                if code.binds_arguments {
                    return Ok(self.bail(format!("call of {} (it binds its arguments)", code.name)));
                }
                let Some(args) = self.with_defaults(id, &code, args) else {
                    return Ok(self.bail(format!(
                        "call of {} with {n} of its {} arguments",
                        code.name, code.arg_count
                    )));
                };
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

    /// `lhs op rhs` as a call straight into the one method of the unit's classes named
    /// for the operator (`__add__`…), behind a check of `lhs`'s class (and that `rhs`'s
    /// reflected method does not go first), then the reflected method through the host
    /// if that gave `NotImplemented`; `None` where that is not possible, or not wanted
    /// at this operator (its left operand is never an object:
    /// [`super::UnitBuilder::operator_sites`]). Augmented assignments are left out (a
    /// class's `__iadd__` goes first).
    pub(super) fn direct_operator(
        &mut self,
        op: crate::ir::BinOp,
        lhs: Var,
        rhs: Var,
    ) -> Option<Var> {
        if !self.unit.direct_methods || !self.resumable {
            return None;
        }
        let point = self.point?;
        let offset = self.points.get(point as usize)?.offset;
        if !self
            .unit
            .operator_sites
            .is_some_and(|sites| sites.contains(&(self.id, offset)))
        {
            return None;
        }
        let (name, _) = op.dunders();
        let (id, code) = self
            .unit
            .globals
            .method(name)
            .filter(|(id, _)| !self.unit.indirect.contains(id))?;
        let callee = Callee::Function(id, code.clone());
        self.direct_call(&callee, 2).ok()?;
        let args = self.with_defaults(id, &code, vec![lhs, rhs])?;
        let index = self.unit.request(id, code).ok()?;
        let check = self.temp();
        self.emit(Inst::Object {
            dst: check,
            op: ObjOp::CheckOperator(name.to_owned(), id, offset),
            args: vec![lhs, rhs],
        });
        let result = self.temp();
        self.emit(Inst::Call {
            dst: result,
            callee: index,
            args,
        });
        Some(self.object(ObjOp::Reflected(op), vec![lhs, rhs, result]))
    }

    /// Can tier 1 call `callee` with `n` arguments itself? If not, why (then a root calls
    /// it through the host).
    fn direct_call(&self, callee: &Callee, n: usize) -> Result<(), String> {
        let ok = match callee {
            Callee::Builtin(Builtin::Range) => (1..=3).contains(&n),
            Callee::Builtin(Builtin::Int | Builtin::Float | Builtin::Bool) => n <= 1,
            Callee::Builtin(Builtin::Min | Builtin::Max) => n >= 2,
            Callee::Builtin(b) => {
                return (n == 1)
                    .then_some(())
                    .ok_or_else(|| format!("{}() with {n} arguments", b.name()))
            }
            Callee::Math(attr) => MathFn::from_attr(attr, n).is_some(),
            Callee::Function(id, code) => {
                if let Some(problem) = &code.shape_problem {
                    return Err(format!("call of {} ({problem})", code.name));
                }
                if code.has_cells {
                    return Err(format!(
                        "call of {} (its cell variables live in its own frame)",
                        code.name
                    ));
                }
                if code.binds_arguments {
                    return Err(format!(
                        "call of {} (the interpreter binds its *args, **kwargs or keyword-only arguments)",
                        code.name
                    ));
                }
                if self.unit.indirect.contains(id) {
                    return Err(format!(
                        "call of {}, which tier 1 does not compile",
                        code.name
                    ));
                }
                if !self.unit.has_room_for(*id, code) {
                    return Err(format!(
                        "call of {}, too long to take into this unit",
                        code.name
                    ));
                }
                if self.defaults_for(*id, code, n).is_none() {
                    return Err(format!(
                        "call of {} with {n} of its {} arguments",
                        code.name, code.arg_count
                    ));
                }
                // A function that changes objects but could not hand its frame over is
                // called through the host (as a callee it would bail there every time).
                if self.resumable
                    && self.unit.object_calls
                    && !code.resumable
                    && has_effects(code, self.unit.globals)
                {
                    return Err(format!("call of {}, which changes objects", code.name));
                }
                true
            }
        };
        ok.then_some(())
            .ok_or_else(|| format!("{} with {n} arguments", callee.describe()))
    }

    /// The values a direct call of function `id` with `n` positional arguments passes
    /// for the parameters it leaves out (none if it passes them all): the function's
    /// defaults where [`crate::code::Globals::defaults`] gives them; `None` where tier 1
    /// cannot make the call itself.
    fn defaults_for(&self, id: FunctionId, code: &CodeInfo, n: usize) -> Option<Vec<Constant>> {
        let wanted = code.arg_count as usize;
        if code.kwonly_count > 0 || n > wanted {
            return None;
        }
        if n == wanted {
            return Some(Vec::new());
        }
        let defaults = self.unit.globals.defaults(id)?;
        let missing = wanted - n;
        let first = defaults.len().checked_sub(missing)?;
        Some(defaults[first..].to_vec())
    }

    /// `args` for a direct call of function `id`, with the defaults of the parameters
    /// they leave out after them (the unit then guards those defaults); `None` where
    /// tier 1 cannot make the call itself.
    fn with_defaults(
        &mut self,
        id: FunctionId,
        code: &CodeInfo,
        mut args: Vec<Var>,
    ) -> Option<Vec<Var>> {
        let missing = self.defaults_for(id, code, args.len())?;
        if !missing.is_empty() {
            self.guard(Guard::Defaults { function: id });
        }
        for value in missing {
            let Slot::Val(v) = self.constant_slot(&value) else {
                return None;
            };
            args.push(v);
        }
        Some(args)
    }

    /// `CALL_KW`: a call through the host with keyword arguments, whose names are the
    /// `str` constants of the tuple on top of the stack.
    pub(super) fn call_kw(&mut self, argc: u32) -> CompileResult<Step> {
        let names = self.pop()?;
        let kwnames = match &names {
            // The names' tuple constant, read at compile time: no `str` is loaded (a
            // resume at this `CALL_KW` puts the constant itself back on the stack).
            Slot::ConstTuple(n) => match self.code.consts.get(*n as usize) {
                Some(Constant::Tuple(items)) => items
                    .iter()
                    .map(|c| match c {
                        Constant::Str(s) => Some(s.clone()),
                        _ => None,
                    })
                    .collect::<Option<Vec<String>>>(),
                _ => None,
            },
            Slot::Tuple(items) => items
                .iter()
                .map(|item| match item {
                    Slot::Val(v) => self.str_constant(*v),
                    _ => None,
                })
                .collect::<Option<Vec<String>>>(),
            _ => None,
        };
        let Some(kwnames) = kwnames else {
            return Ok(self.bail("CALL_KW without constant keyword names"));
        };
        let args = match self.pop_args(argc)? {
            Ok(args) => args,
            Err(what) => return Ok(self.bail(format!("passing {what} to a call"))),
        };
        let self_or_null = self.pop()?;
        let callable = self.pop()?;
        let direct = match (&callable, &self_or_null) {
            (
                Slot::Method {
                    callee: Callee::Function(id, code),
                    obj,
                    ..
                },
                Slot::Val(_),
            ) => Some((*id, code.clone(), Some(*obj))),
            (Slot::Callee(Callee::Function(id, code), _), Slot::Null) => {
                Some((*id, code.clone(), None))
            }
            _ => None,
        };
        if let Some((id, code, this)) = direct {
            let callee = Callee::Function(id, code.clone());
            if self.direct_call(&callee, code.arg_count as usize).is_ok() {
                if let Some(args) = self.keyword_args(id, &code, this, &args, &kwnames) {
                    let callee = match self.unit.request(id, code) {
                        Ok(index) => index,
                        Err(e) => return Ok(self.bail(e.to_string())),
                    };
                    let dst = self.temp();
                    self.emit(Inst::Call { dst, callee, args });
                    self.push(Slot::Val(dst));
                    return Ok(Step::Next);
                }
            }
        }
        let (callable, this) = match (callable, self_or_null) {
            (Slot::Val(c), Slot::SelfOf { obj, .. }) => (c, Some(obj)),
            (Slot::Val(c), Slot::Null) => (c, None),
            (Slot::Method { name, obj, .. }, Slot::Val(_)) => {
                (self.object(ObjOp::GetMethod(name), vec![obj]), Some(obj))
            }
            (Slot::Callee(_, Some(name)), Slot::Null) if self.resumable => {
                (self.object(ObjOp::ConstGlobal(name), Vec::new()), None)
            }
            (other, _) => {
                return Ok(self.bail(format!("keyword call of {}", describe_slot(&other))))
            }
        };
        Ok(self.call_object(callable, this, args, kwnames))
    }

    /// The arguments of a direct call of function `id` (`self` first for a method)
    /// given `args`, the last `kwnames.len()` of them by keyword, in parameter order,
    /// with the defaults of the parameters none names (the unit then guards those
    /// defaults); `None` where Python would raise (an unknown or repeated name, a
    /// positional-only one) or a default is not one tier 1 passes: the host calls it.
    fn keyword_args(
        &mut self,
        id: FunctionId,
        code: &CodeInfo,
        this: Option<Var>,
        args: &[Var],
        kwnames: &[String],
    ) -> Option<Vec<Var>> {
        let count = code.arg_count as usize;
        let by_position = args.len().checked_sub(kwnames.len())?;
        let mut slots: Vec<Option<Var>> = vec![None; count];
        let positional: Vec<Var> = this
            .into_iter()
            .chain(args[..by_position].iter().copied())
            .collect();
        if positional.len() > count || code.kwonly_count > 0 {
            return None;
        }
        for (slot, v) in slots.iter_mut().zip(positional) {
            *slot = Some(v);
        }
        let named = code.posonly_count as usize..count;
        for (name, v) in kwnames.iter().zip(&args[by_position..]) {
            let at = code
                .varnames
                .get(named.clone())?
                .iter()
                .position(|p| p == name)?;
            let slot = slots.get_mut(named.start + at)?;
            if slot.replace(*v).is_some() {
                return None;
            }
        }
        if slots.iter().any(Option::is_none) {
            let defaults = self.unit.globals.defaults(id)?;
            let first = count.checked_sub(defaults.len())?;
            if slots[..first].iter().any(Option::is_none) {
                return None;
            }
            self.guard(Guard::Defaults { function: id });
            for (i, slot) in slots.iter_mut().enumerate().skip(first) {
                if slot.is_none() {
                    let Slot::Val(v) = self.constant_slot(&defaults[i - first]) else {
                        return None;
                    };
                    *slot = Some(v);
                }
            }
        }
        slots.into_iter().collect()
    }

    /// Pop a call's `argc` arguments, first first (`Err`: what one of them is that tier 1
    /// cannot pass).
    fn pop_args(&mut self, argc: u32) -> CompileResult<Result<Vec<Var>, String>> {
        let mut args = Vec::with_capacity(argc as usize);
        for _ in 0..argc {
            match self.pop_value()? {
                Ok(v) => args.push(v),
                Err(what) => return Ok(Err(what)),
            }
        }
        args.reverse();
        Ok(Ok(args))
    }

    /// The text of the `str` constant `v` was loaded from, if it was.
    fn str_constant(&self, v: Var) -> Option<String> {
        self.insts.iter().rev().find_map(|i| match i {
            Inst::Object {
                dst,
                op: ObjOp::Str(s),
                ..
            } if *dst == v => Some(s.clone()),
            _ => None,
        })
    }

    /// `cls(args…)` where `cls` is a class made the plain way whose `__init__` tier 1
    /// can call itself (`Globals::class_init`): the host makes the instance, `__init__`
    /// runs as a direct call, and the instance is the result. `Err` gives the arguments
    /// back when this is not such a call.
    fn construct(&mut self, cls: Var, args: Vec<Var>) -> Result<Step, Vec<Var>> {
        if !self.unit.direct_methods || !self.resumable {
            return Err(args);
        }
        let Some(name) = self.global_name_of(cls) else {
            return Err(args);
        };
        let Some((id, code)) = self
            .unit
            .globals
            .class_init(&name)
            .filter(|(id, code)| !self.unit.indirect.contains(id) && returns_only_none(code))
        else {
            return Err(args);
        };
        let Some(point) = self.point else {
            return Err(args);
        };
        let callee = Callee::Function(id, code.clone());
        if self.direct_call(&callee, args.len() + 1).is_err() {
            return Err(args);
        }
        // (`direct_call` made sure the defaults cover what the call leaves out.)
        let Some(missing) = self.defaults_for(id, &code, args.len() + 1) else {
            return Err(args);
        };
        let Ok(index) = self.unit.request(id, code) else {
            return Err(args);
        };
        let instance = self.object(ObjOp::NewInstance(id), vec![cls]);
        // At this `CALL` the interpreter has the class and its arguments on its stack;
        // if `__init__` hands its frame over, the call goes on with this instance.
        let n = args.len();
        if let Some(stack) = self.points.get_mut(point as usize).map(|p| &mut p.stack) {
            if let Some(at) = stack.len().checked_sub(n + 2) {
                stack[at] = crate::ir::StackItem::New {
                    class: cls,
                    instance,
                };
            }
        }
        let mut with_self = vec![instance];
        with_self.extend(args);
        if !missing.is_empty() {
            self.guard(Guard::Defaults { function: id });
        }
        for value in missing {
            if let Slot::Val(v) = self.constant_slot(&value) {
                with_self.push(v);
            }
        }
        let dst = self.temp();
        self.emit(Inst::Call {
            dst,
            callee: index,
            args: with_self,
        });
        self.push(Slot::Val(instance));
        Ok(Step::Next)
    }

    /// `obj.name(args…)` where the program's classes have a few methods of that name
    /// (`Globals::methods`: `o.intersectionTime(ray)` for a sphere or a plane): the
    /// method `callable` (what `getmethod` found) is called straight into its compiled
    /// code if it is one of them ([`ObjOp::WhichMethod`]), else through the host. `None`
    /// where that is not how this call goes (one of them is not called directly).
    fn call_one_of(&mut self, callable: Var, obj: Var, args: &[Var]) -> Option<Step> {
        // Only in the root: each candidate joins the unit with its own callees, and a
        // choice in every callee multiplied them (deltablue's constraints: modules twice
        // the size, 1.55x the instructions with `--jit-objects`).
        if !self.unit.direct_methods || !self.is_root {
            return None;
        }
        let Some(ObjOp::GetMethod(name)) = self.defined_by(callable) else {
            return None;
        };
        let name = name.clone();
        let candidates = self.unit.globals.methods(&name);
        if candidates.len() < 2
            || candidates
                .iter()
                .any(|(id, _)| self.unit.indirect.contains(id))
        {
            return None;
        }
        let mut with_self = vec![obj];
        with_self.extend(args);
        // Every argument list first: defaults are constants, made before the choice.
        let mut calls = Vec::with_capacity(candidates.len());
        for (id, code) in &candidates {
            let callee = Callee::Function(*id, code.clone());
            self.direct_call(&callee, with_self.len()).ok()?;
            let args = self.with_defaults(*id, code, with_self.clone())?;
            let index = self.unit.request(*id, code.clone()).ok()?;
            calls.push((index, args));
        }
        let check = self.temp();
        self.emit(Inst::Object {
            dst: check,
            op: ObjOp::WhichMethod(name, candidates.iter().map(|(id, _)| *id).collect()),
            args: vec![callable],
        });
        let mut results = Vec::with_capacity(calls.len());
        for (callee, args) in calls {
            let dst = self.temp();
            self.emit(Inst::Call { dst, callee, args });
            results.push(dst);
        }
        let mut operands = vec![callable, obj];
        operands.extend(args);
        let hosted = self.object(
            ObjOp::Call {
                method: true,
                kwnames: Vec::new(),
                star: Star::No,
            },
            operands,
        );
        let mut picked = vec![hosted];
        picked.extend(results);
        let dst = self.object(ObjOp::PickMethod, picked);
        self.push(Slot::Val(dst));
        Some(Step::Next)
    }

    /// The global `v` was loaded from in this block, if it was.
    fn global_name_of(&self, v: Var) -> Option<String> {
        self.insts.iter().rev().find_map(|i| match i {
            Inst::Object {
                dst,
                op: ObjOp::Global(name) | ObjOp::ConstGlobal(name),
                ..
            } if *dst == v => Some(name.clone()),
            _ => None,
        })
    }

    /// The object operation that made `v` in this block, if one did.
    fn defined_by(&self, v: Var) -> Option<&ObjOp> {
        self.insts.iter().rev().find_map(|i| match i {
            Inst::Object { dst, op, .. } if *dst == v => Some(op),
            _ => None,
        })
    }

    /// Is `obj.name(...)` likely a call of a builtin type's method, though a class of
    /// the program has one of that name too? Where builtin types have a method `name`
    /// (`remove`, `get`, `add`…) and `obj` was loaded from an object (an attribute or an
    /// item: what containers hold are often containers). hexiom's
    /// `self.cells[i].remove(v)` is a list's, `Done.remove` notwithstanding: called
    /// straight into `Done.remove`, it bailed at its first run. A local or a parameter
    /// (`p.get()`) is taken to be an instance of the program's class.
    fn maybe_builtins(&self, obj: Var, name: &str) -> bool {
        self.unit.globals.builtin_types_have(name)
            && matches!(
                self.defined_by(obj),
                Some(ObjOp::GetAttr(_) | ObjOp::GetItem | ObjOp::GetSlice)
            )
    }

    /// Is `callee` a builtin that takes more than numbers (`int` and `float` parse
    /// strings, `min` and `max` compare anything), called on a value loaded from an
    /// object (an attribute, an item, a call's result), which may be anything, or on one
    /// the first lowering inferred may be an object?
    fn takes_non_numbers(&self, callee: &Callee, args: &[Var]) -> bool {
        let generic = matches!(callee, Callee::Builtin(b) if b.takes_non_numbers());
        if !(generic && self.resumable && self.unit.object_calls) {
            return false;
        }
        // Known here, or from the first lowering's inference
        // ([`super::object_operators`]).
        let loaded = args.iter().any(|a| {
            matches!(
                self.defined_by(*a),
                Some(
                    ObjOp::GetAttr(_)
                        | ObjOp::GetItem
                        | ObjOp::GetSlice
                        | ObjOp::Call { .. }
                        | ObjOp::CallMethod { .. }
                        | ObjOp::Global(_)
                        | ObjOp::Unpack { .. }
                )
            )
        });
        let inferred = self
            .point
            .and_then(|p| self.points.get(p as usize))
            .is_some_and(|p| {
                self.unit
                    .operator_sites
                    .is_some_and(|sites| sites.contains(&(self.id, p.offset)))
            });
        loaded || inferred
    }

    /// What `callable` is, for messages: the global or method it was loaded as.
    fn callee_name(&self, callable: Var) -> String {
        match self.defined_by(callable) {
            Some(ObjOp::Global(name) | ObjOp::ConstGlobal(name)) => name.clone(),
            Some(ObjOp::GetMethod(name) | ObjOp::GetSpecial(name)) => format!("method .{name}()"),
            Some(ObjOp::GetAttr(name)) => format!(".{name}"),
            _ => "an object".to_owned(),
        }
    }

    /// A call through the host (`callable(self?, args…)`): only in a root, which resumes
    /// at this `CALL` if anything goes wrong, the exception it raised included.
    /// `CALL_FUNCTION_EX`: `callable(*args)` or `callable(*args, **kwargs)`, through the
    /// host, which takes a built-in collection of arguments (anything else, a generator,
    /// bails before the call: the interpreter iterates it) and a dict of keywords.
    pub(super) fn call_ex(&mut self) -> CompileResult<Step> {
        let kwargs = self.pop()?;
        let args = self.pop()?;
        let self_or_null = self.pop()?;
        let callable = self.pop()?;
        if !matches!(self_or_null, Slot::Null) {
            return Ok(self.bail("CALL_FUNCTION_EX with `self`"));
        }
        let callable = match self.value_of(callable) {
            Ok(c) => c,
            Err(what) => return Ok(self.bail(format!("call of {what}"))),
        };
        let args = match self.value_of(args) {
            Ok(a) => a,
            Err(what) => return Ok(self.bail(format!("passing *{what} to a call"))),
        };
        let kwargs = match kwargs {
            Slot::Null => None,
            other => match self.value_of(other) {
                Ok(k) => Some(k),
                Err(what) => return Ok(self.bail(format!("passing **{what} to a call"))),
            },
        };
        if !self.resumable {
            let what = self.callee_name(callable);
            return Ok(self.bail(format!("call of {what} in a called function")));
        }
        if !self.unit.object_calls {
            let what = self.callee_name(callable);
            let why = self.no_object_calls();
            return Ok(self.bail(format!("call of {what} {why}")));
        }
        let star = if kwargs.is_some() {
            Star::ArgsAndKeywords
        } else {
            Star::Args
        };
        let mut operands = vec![callable, args];
        operands.extend(kwargs);
        let dst = self.object(
            ObjOp::Call {
                method: false,
                kwnames: Vec::new(),
                star,
            },
            operands,
        );
        self.push(Slot::Val(dst));
        Ok(Step::Next)
    }

    fn call_object(
        &mut self,
        callable: Var,
        this: Option<Var>,
        args: Vec<Var>,
        kwnames: Vec<String>,
    ) -> Step {
        if !self.resumable {
            let what = self.callee_name(callable);
            return self.bail(format!("call of {what} in a called function"));
        }
        if !self.unit.object_calls {
            let what = self.callee_name(callable);
            let why = self.no_object_calls();
            return self.bail(format!("call of {what} {why}"));
        }
        let mut operands = vec![callable];
        operands.extend(this);
        operands.extend(args);
        let dst = self.object(
            ObjOp::Call {
                method: this.is_some(),
                kwnames,
                star: Star::No,
            },
            operands,
        );
        self.push(Slot::Val(dst));
        Step::Next
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
