//! Pave's IR: the typed, register-based form a Python function takes between its
//! bytecode and wasm.
//!
//! A [`Function`] is a list of basic blocks over *variables*. Python locals are variables;
//! so are the lowering's temporaries and the stack slots that cross a block boundary.
//! Each variable has one set of [`Kinds`] for the whole function (filled in by `infer`),
//! so a variable that holds an `int` on one path and a `float` on another is stored
//! tagged. Operations are generic (`add`, `lt`); the emitter picks the machine code from
//! the kinds of their operands. A [`Unit`] is what one wasm module holds: a root function
//! and the functions it calls, each compiled once.
//!
//! The [`Display`](std::fmt::Display) form is the golden text of `tests/snapshots/`.

use std::collections::BTreeSet;
use std::fmt;

use rustpython_compiler_core::bytecode::oparg::{BinaryOperator, ComparisonOperator};

use crate::abi::{BailReason, MathFn};
use crate::code::{Builtin, Constant, FunctionId};
use crate::kinds::{Kind, Kinds};

/// A variable of a [`Function`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Var(pub u32);

/// A block of a [`Function`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BlockId(pub u32);

/// A function of a [`Unit`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FuncIdx(pub u32);

impl Var {
    /// The variable's index.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

impl BlockId {
    /// The block's index.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

impl FuncIdx {
    /// The function's index.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// A constant value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value {
    /// `int`.
    Int(i64),
    /// `float`.
    Float(f64),
    /// `bool`.
    Bool(bool),
    /// `None`.
    None,
}

impl Value {
    /// The kinds of this constant.
    pub fn kinds(self) -> Kinds {
        match self {
            Value::Int(_) => Kinds::INT,
            Value::Float(_) => Kinds::FLOAT,
            Value::Bool(_) => Kinds::BOOL,
            Value::None => Kinds::NONE,
        }
    }

    /// The value of a code object constant, if tier 1 can hold it.
    pub fn from_constant(c: &Constant) -> Option<Value> {
        match c {
            Constant::Int(i) => Some(Value::Int(*i)),
            Constant::Float(f) => Some(Value::Float(*f)),
            Constant::Bool(b) => Some(Value::Bool(*b)),
            Constant::None => Some(Value::None),
            Constant::BigInt | Constant::Tuple(_) | Constant::Str(_) | Constant::Other(_) => None,
        }
    }
}

/// Unary operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnaryOp {
    /// `-x`.
    Neg,
    /// `+x`.
    Pos,
    /// `~x`.
    Invert,
    /// `not x`.
    Not,
}

/// Binary operators (in-place forms are the same on numbers).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

impl BinOp {
    /// The operator of a `BINARY_OP`, if it is a numeric one.
    /// Whether a `BINARY_OP` is an augmented assignment (`+=`…).
    pub fn is_inplace(op: BinaryOperator) -> bool {
        use BinaryOperator as B;
        matches!(
            op,
            B::InplaceAdd
                | B::InplaceSubtract
                | B::InplaceMultiply
                | B::InplaceTrueDivide
                | B::InplaceFloorDivide
                | B::InplaceRemainder
                | B::InplacePower
                | B::InplaceLshift
                | B::InplaceRshift
                | B::InplaceAnd
                | B::InplaceOr
                | B::InplaceXor
                | B::InplaceMatrixMultiply
        )
    }

    pub fn from_bytecode(op: BinaryOperator) -> Option<BinOp> {
        use BinaryOperator as B;
        Some(match op {
            B::Add | B::InplaceAdd => BinOp::Add,
            B::Subtract | B::InplaceSubtract => BinOp::Sub,
            B::Multiply | B::InplaceMultiply => BinOp::Mul,
            B::TrueDivide | B::InplaceTrueDivide => BinOp::TrueDiv,
            B::FloorDivide | B::InplaceFloorDivide => BinOp::FloorDiv,
            B::Remainder | B::InplaceRemainder => BinOp::Mod,
            B::Power | B::InplacePower => BinOp::Pow,
            B::Lshift | B::InplaceLshift => BinOp::LShift,
            B::Rshift | B::InplaceRshift => BinOp::RShift,
            B::And | B::InplaceAnd => BinOp::And,
            B::Or | B::InplaceOr => BinOp::Or,
            B::Xor | B::InplaceXor => BinOp::Xor,
            B::MatrixMultiply | B::InplaceMatrixMultiply | B::Subscr => return None,
        })
    }

    /// The names of the methods `a op b` calls on `a`'s class and, reflected, on `b`'s
    /// (`__add__`, `__radd__`).
    pub fn dunders(self) -> (&'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__"),
            BinOp::Sub => ("__sub__", "__rsub__"),
            BinOp::Mul => ("__mul__", "__rmul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__"),
            BinOp::Pow => ("__pow__", "__rpow__"),
            BinOp::LShift => ("__lshift__", "__rlshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__"),
            BinOp::And => ("__and__", "__rand__"),
            BinOp::Or => ("__or__", "__ror__"),
            BinOp::Xor => ("__xor__", "__rxor__"),
        }
    }

    /// Every operator, in the order of their codes in the ABI ([`BinOp::code`]).
    pub const ALL: [BinOp; 12] = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::TrueDiv,
        BinOp::FloorDiv,
        BinOp::Mod,
        BinOp::Pow,
        BinOp::LShift,
        BinOp::RShift,
        BinOp::And,
        BinOp::Or,
        BinOp::Xor,
    ];

    /// Its code in `obj_binary` calls.
    pub fn code(self) -> i32 {
        Self::ALL.iter().position(|o| *o == self).unwrap_or(0) as i32
    }

    /// The operator with code `code`.
    pub fn from_code(code: i32) -> Option<BinOp> {
        Self::ALL.get(usize::try_from(code).ok()?).copied()
    }

    /// The IR mnemonic.
    pub fn mnemonic(self) -> &'static str {
        match self {
            BinOp::Add => "add",
            BinOp::Sub => "sub",
            BinOp::Mul => "mul",
            BinOp::TrueDiv => "truediv",
            BinOp::FloorDiv => "floordiv",
            BinOp::Mod => "mod",
            BinOp::Pow => "pow",
            BinOp::LShift => "shl",
            BinOp::RShift => "shr",
            BinOp::And => "and",
            BinOp::Or => "or",
            BinOp::Xor => "xor",
        }
    }
}

/// Comparison operators.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl CmpOp {
    /// The operator of a `COMPARE_OP`.
    pub fn from_bytecode(op: ComparisonOperator) -> CmpOp {
        use ComparisonOperator as C;
        match op {
            C::Less => CmpOp::Lt,
            C::LessOrEqual => CmpOp::Le,
            C::Equal => CmpOp::Eq,
            C::NotEqual => CmpOp::Ne,
            C::Greater => CmpOp::Gt,
            C::GreaterOrEqual => CmpOp::Ge,
        }
    }

    /// Every operator, in the order of their codes in the ABI ([`CmpOp::code`]).
    pub const ALL: [CmpOp; 6] = [
        CmpOp::Lt,
        CmpOp::Le,
        CmpOp::Eq,
        CmpOp::Ne,
        CmpOp::Gt,
        CmpOp::Ge,
    ];

    /// Its code in `obj_compare` calls.
    pub fn code(self) -> i32 {
        Self::ALL.iter().position(|o| *o == self).unwrap_or(0) as i32
    }

    /// The operator with code `code`.
    pub fn from_code(code: i32) -> Option<CmpOp> {
        Self::ALL.get(usize::try_from(code).ok()?).copied()
    }

    /// The IR mnemonic.
    pub fn mnemonic(self) -> &'static str {
        match self {
            CmpOp::Lt => "lt",
            CmpOp::Le => "le",
            CmpOp::Eq => "eq",
            CmpOp::Ne => "ne",
            CmpOp::Gt => "gt",
            CmpOp::Ge => "ge",
        }
    }

    /// The methods a class defines to overload it: its own, then the reflected one
    /// (`__lt__`, `__gt__`).
    pub fn dunders(self) -> (&'static str, &'static str) {
        let name = |op: CmpOp| match op {
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        };
        (name(self), name(self.swapped()))
    }

    /// The same comparison with its operands swapped (`a < b` ⇔ `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
        }
    }
}

/// A builtin or `math` function call compiled inline (or through an ABI import).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Intrinsic {
    /// A builtin (`abs`, `min`, …; never `range`, which lowers to a loop, nor `len`, an
    /// object operation).
    Builtin(Builtin),
    /// A `math` function.
    Math(MathFn),
}

impl Intrinsic {
    /// The name shown in the IR text.
    pub fn name(self) -> String {
        match self {
            Intrinsic::Builtin(b) => b.name().to_owned(),
            Intrinsic::Math(f) => format!("math.{}", f.name()),
        }
    }
}

/// What a store may release: the attribute's old value, when nothing else holds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Release {
    /// Anything, as the interpreter does (an old value's `__del__` may run there).
    Any,
    /// Only what runs no Python code (a number, a string…): loads after the store were
    /// compiled away (`forward`), trusting that no code ran. The host bails
    /// ([`crate::abi::BailReason::ForwardedStore`]) rather than release anything else.
    Quiet,
}

/// How a [`ObjOp::Call`] passes its arguments.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Star {
    /// One by one (`CALL`, `CALL_KW`).
    No,
    /// As a list or a tuple: `f(*args)` (`CALL_FUNCTION_EX`).
    Args,
    /// As a list or a tuple and a dict: `f(*args, **kwargs)`.
    ArgsAndKeywords,
}

/// An operation on objects, run by the host ([`crate::abi::ObjImport`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ObjOp {
    /// `obj.name`. Arguments: `obj`. (The module names it by an index into the table
    /// the compile returns, `Compiled::names`.)
    GetAttr(String),
    /// `obj[key]`. Arguments: `obj`, `key`.
    GetItem,
    /// `obj[start:stop]` (`BINARY_SLICE`): the subscript by the slice the interpreter
    /// makes of the bounds, made by the host in the same call (no handle, no release).
    /// Arguments: `obj`, `start`, `stop`.
    GetSlice,
    /// `obj.name` read only as a number (its one use is arithmetic): the host unboxes
    /// it at once, so no handle is made. Arguments: `obj`.
    GetAttrNum(String),
    /// `obj.name` read only by an operator a class of the program overloads: unboxed at
    /// once where it is a number, else the object itself ([`crate::abi::LOAD_OR_OBJECT`]),
    /// never a bail-out for being one. Arguments: `obj`.
    GetAttrAny(String),
    /// `obj[key]` read only as a number. Arguments: `obj`, `key`.
    GetItemNum,
    /// `len(obj)`, an `int`. Arguments: `obj`.
    Len,
    /// `iter(obj)`. Arguments: `obj`.
    Iter,
    /// Item `index` of a sequence unpacked into `count` names (`a, b = pair`).
    /// Arguments: the sequence.
    Unpack { count: u32, index: u32 },
    /// `obj.name = value` (the result is `None`; a side effect: only in a root that
    /// can resume). Arguments: `obj`, `value`. What it may release says whether loads
    /// after it were compiled away (`forward`).
    SetAttr(String, Release),
    /// `obj[key] = value` (as [`ObjOp::SetAttr`]). Arguments: `obj`, `key`, `value`.
    SetItem,
    /// `obj[start:stop] = value` (`STORE_SLICE`; as [`ObjOp::SetItem`], the slice made
    /// by the host as for [`ObjOp::GetSlice`]). Arguments: `obj`, `start`, `stop`,
    /// `value`.
    SetSlice,
    /// `del obj[key]` (as [`ObjOp::SetItem`]). Arguments: `obj`, `key`.
    DelItem,
    /// The global (or builtin) `name`, as `LOAD_GLOBAL` finds it. No arguments.
    Global(String),
    /// `name = value` after `global name` (`STORE_GLOBAL`; a side effect, as
    /// [`ObjOp::SetAttr`]: the old value's release may run Python code). The unit then
    /// loads `name` when the code runs, never as a constant. Arguments: `value`.
    SetGlobal(String),
    /// The global `name`, guarded on entry to be the object it was bound to at compile
    /// time ([`Expect::Object`]): one of the module's constant handles, which the host
    /// puts in the call's table when it opens it (no host call, and never released).
    /// No arguments.
    ConstGlobal(String),
    /// Constant `n` of the code of the function the instruction is in, when it is an
    /// object tier 1 does not model (a slice, a `frozenset`, `bytes`, an `int` wider than
    /// 64 bits…): one of the module's constant handles, like [`ObjOp::ConstGlobal`] (the
    /// very object the interpreter would load). No arguments.
    Constant(u32),
    /// `obj.name` as `LOAD_ATTR` loads a method (the host remembers whether calling the
    /// result takes `obj` first). Arguments: `obj`.
    GetMethod(String),
    /// `obj`'s class's method `name` as `LOAD_SPECIAL` finds it (`with`'s `__enter__`
    /// and `__exit__`: on the class alone, never the instance), to be called as a
    /// [`ObjOp::GetMethod`] result is; where it is missing (the interpreter's
    /// `TypeError`) or finding it runs Python code, bail. Arguments: `obj`.
    GetSpecial(String),
    /// `super().name` (`LOAD_SUPER_ATTR` with the class given): as [`ObjOp::GetMethod`]
    /// if `method` (a call then takes `obj` first where it found a function). Arguments:
    /// `obj` (the method's first argument), the global `super`, the class (`__class__`).
    SuperAttr { name: String, method: bool },
    /// `CALL`: calls anything (runs Python code: a side effect, so only in a root that
    /// can resume, at this `CALL` if it raises). Arguments: the callable, then `self`
    /// if `method` (a [`ObjOp::GetMethod`] result's object, passed only if that found a
    /// method), then the call's arguments, the last `kwnames.len()` of them by keyword
    /// (`CALL_KW`); with `star`, the callable and then a sequence of positional
    /// arguments (and a dict of keyword ones): `CALL_FUNCTION_EX`.
    Call {
        method: bool,
        kwnames: Vec<String>,
        star: Star,
    },
    /// `obj.name(args…)` in one host call (`LOAD_ATTR` of a method, then `CALL` with only
    /// loads of locals and constants between them): the method looked up as `LOAD_ATTR`
    /// looks it up, where that runs no Python code, and called as [`ObjOp::Call`] calls
    /// it. Where the host does not make the call (the lookup would run Python code or
    /// raise, the call is the interpreter's), nothing has happened and the call resumes
    /// at resume point `before`, the `LOAD_ATTR`; where the call raised, at the `CALL`,
    /// whose callable is [`StackItem::Called`]. No method object, no handle for it.
    /// Arguments: `obj`, then the call's.
    CallMethod { name: String, before: u32 },
    /// `ord(s)` of a `str` of one character, as an `int`; anything else bails (the
    /// interpreter raises, or calls a `bytes`' own). Arguments: `s`.
    Ord,
    /// `chr(i)` of an `int` (or a `bool`) in range, a new `str`; anything else bails (the
    /// interpreter raises its `ValueError` or `TypeError`). Arguments: `i`, any kind.
    Chr,
    /// The `str` constant (the host's interned copy). No arguments.
    Str(String),
    /// A new container or string from its arguments (pure: where building it would run
    /// Python code, a user `__hash__` or `__format__`, the host bails first).
    Build(crate::abi::BuildKind),
    /// `item in container` (`not in` if `negate`), a `bool` (pure: the host bails where a
    /// user `__eq__`, `__hash__` or `__contains__` would run). Arguments: `item`,
    /// `container`.
    Contains { negate: bool },
    /// Is `obj.name` (looked up as `LOAD_ATTR` looks up a method) the method `function`
    /// of `obj`'s class? If not, bail ([`crate::abi::BailReason::MethodMismatch`]);
    /// the result is `None`. Arguments: `obj`. It guards a call straight into the
    /// method's compiled code.
    CheckMethod(String, crate::code::FunctionId),
    /// Does `lhs op rhs` go first to the method `function` (named `name`: `__add__`…)
    /// of `lhs`'s class, with `rhs` not an instance of a subclass whose reflected method
    /// would go first? The result is `None`; the answer picks what the next two
    /// instructions do: the call straight into the method's compiled code and
    /// [`ObjOp::Reflected`], or (where it is no) the generic operator in their stead.
    /// Arguments: `lhs`, `rhs`. The last field is the operator's code unit.
    CheckOperator(String, crate::code::FunctionId, u32),
    /// What `lhs op rhs` gives once `lhs`'s method (called directly) gave `result`:
    /// `result` itself, or if that is `NotImplemented`, what `rhs`'s reflected method
    /// gives (or the interpreter's `TypeError`), through the host, which may run Python
    /// code. Arguments: `lhs`, `rhs`, `result`.
    Reflected(BinOp),
    /// A new instance of the class `cls`, made as `cls(...)` makes it before calling
    /// `__init__`, if the class's `__init__` is the function `init` (and its metaclass
    /// `type`, its `__new__` `object.__new__`); else bail
    /// ([`crate::abi::BailReason::MethodMismatch`]). Arguments: `cls`. Compiled code
    /// then calls `init`'s code directly.
    NewInstance(crate::code::FunctionId),
    /// `container.append(item)` (a list), `.add(item)` (a set), `[key] = value` (a
    /// dict): a comprehension's `LIST_APPEND`, `SET_ADD`, `MAP_ADD` (a change to an
    /// object; the host bails where a user `__hash__` or `__eq__` would run). Arguments:
    /// the container, then the item (or key and value). The result is `None`.
    Collect(crate::abi::BuildKind),
    /// A new function (a `lambda`, a generator expression) of the code object
    /// `co_consts[index]` of the function running, in its globals, as `MAKE_FUNCTION`
    /// makes it. No arguments.
    MakeFunction(u32),
    /// [`ObjOp::MakeFunction`] and the `SET_FUNCTION_ATTRIBUTE` of its closure after it,
    /// in one. Arguments: the closure tuple.
    MakeClosure(u32),
    /// Which of the unit's methods `functions` is `callable`, what a `getmethod` of
    /// `.name` found on an object's class? The result is `None`; the answer picks which
    /// of the next instructions run: the direct call of that method (one call per
    /// candidate, in order), or, where it is none of them, the host call after those;
    /// then [`ObjOp::PickMethod`] takes the result of whichever ran. Arguments:
    /// `callable`.
    WhichMethod(String, Vec<crate::code::FunctionId>),
    /// The result of the call [`ObjOp::WhichMethod`] chose. Arguments: the host call's
    /// result, then each direct call's result.
    PickMethod,
    /// The frame's cell that its prologue passed to the gate as argument `n` (after the
    /// parameters, the frame's cells in slot order: those `MAKE_CELL` made and those
    /// `COPY_FREE_VARS` took from the closure, before the gate was called): compiled
    /// code uses the frame's very cells, which the functions it makes capture. No
    /// arguments.
    FrameCell(u32),
    /// What a cell holds (`LOAD_DEREF`); the host bails where it is empty (the
    /// interpreter raises `NameError`). Arguments: the cell.
    CellGet,
    /// Put a value in a cell (`STORE_DEREF`; a side effect, as [`ObjOp::SetAttr`]).
    /// Arguments: the cell, the value.
    CellSet,
    /// `import name` (`IMPORT_NAME`, absolute): the module `sys.modules` holds, or with
    /// a dotted name and no from-list (`import a.b`) its top-level package, as the
    /// interpreter's import gives it, where importing runs no Python code (the module is
    /// loaded and initialised, `builtins.__import__` is the VM's own); else bail before
    /// anything is done, and the interpreter imports. `from`: the from-list is not
    /// empty (`from name import x`), which a package (a module with `__path__`) leaves
    /// to the interpreter. No arguments.
    Import { name: String, from: bool },
    /// `from … import name` (`IMPORT_FROM`): the module's attribute where reading it
    /// runs no Python code and finds it; else bail, and the interpreter does it (with
    /// its `ImportError`). Arguments: the module.
    ImportFrom(String),
    /// The function made anew with its attribute `flag` set (`SET_FUNCTION_ATTRIBUTE`:
    /// 1 its defaults, 8 its closure). Arguments: the function, the value.
    SetFunctionAttribute(u32),
}

impl ObjOp {
    /// Does it change an object (so a call that ran it can only be resumed, never
    /// re-run)?
    pub fn has_side_effect(&self) -> bool {
        matches!(
            self,
            ObjOp::SetAttr(..)
                | ObjOp::SetItem
                | ObjOp::SetSlice
                | ObjOp::DelItem
                | ObjOp::SetGlobal(_)
                | ObjOp::Call { .. }
                | ObjOp::CallMethod { .. }
                | ObjOp::Collect(_)
                | ObjOp::Reflected(_)
                | ObjOp::CellSet
        )
    }

    /// The attribute or global name it uses (the module names it by index; the host
    /// interns each when it loads the module). Not a `str` constant's text: that is a
    /// constant handle ([`ConstHandle::Str`]), and interning every literal would keep it
    /// for the interpreter's life.
    pub fn name(&self) -> Option<&str> {
        match self {
            ObjOp::GetAttr(n)
            | ObjOp::GetAttrNum(n)
            | ObjOp::GetAttrAny(n)
            | ObjOp::SetAttr(n, _)
            | ObjOp::Global(n)
            | ObjOp::SetGlobal(n)
            | ObjOp::GetMethod(n)
            | ObjOp::CallMethod { name: n, .. }
            | ObjOp::GetSpecial(n)
            | ObjOp::SuperAttr { name: n, .. }
            | ObjOp::CheckMethod(n, _)
            | ObjOp::CheckOperator(n, ..)
            | ObjOp::Import { name: n, .. }
            | ObjOp::ImportFrom(n) => Some(n),
            _ => None,
        }
    }

    /// What the operation produces.
    pub fn result(&self) -> Kinds {
        match self {
            ObjOp::Len | ObjOp::Ord => Kinds::INT,
            ObjOp::Contains { .. } => Kinds::BOOL,
            ObjOp::GetAttrNum(_) | ObjOp::GetItemNum => Kinds::UNBOXED,
            ObjOp::GetAttrAny(_) => Kinds::UNBOXED.join(Kinds::OBJECT),
            ObjOp::SetAttr(..)
            | ObjOp::SetItem
            | ObjOp::SetSlice
            | ObjOp::DelItem
            | ObjOp::SetGlobal(_)
            | ObjOp::CheckMethod(..)
            | ObjOp::WhichMethod(..)
            | ObjOp::CheckOperator(..)
            | ObjOp::Collect(_)
            | ObjOp::CellSet => Kinds::NONE,
            _ => Kinds::OBJECT,
        }
    }

    /// How many arguments it takes (`None`: any number, at least one).
    pub fn arity(&self) -> Option<usize> {
        Some(match self {
            ObjOp::Global(_)
            | ObjOp::ConstGlobal(_)
            | ObjOp::Constant(_)
            | ObjOp::Str(_)
            | ObjOp::MakeFunction(_)
            | ObjOp::Import { .. }
            | ObjOp::FrameCell(_) => 0,
            ObjOp::GetItem
            | ObjOp::GetItemNum
            | ObjOp::DelItem
            | ObjOp::CellSet
            | ObjOp::SetFunctionAttribute(_)
            | ObjOp::SetAttr(..)
            | ObjOp::Contains { .. }
            | ObjOp::CheckOperator(..) => 2,
            ObjOp::Reflected(_) | ObjOp::SuperAttr { .. } | ObjOp::GetSlice => 3,
            ObjOp::SetItem | ObjOp::Collect(crate::abi::BuildKind::Dict) => 3,
            ObjOp::SetSlice => 4,
            ObjOp::Collect(_) => 2,
            ObjOp::Call { .. } | ObjOp::CallMethod { .. } | ObjOp::Build(_) | ObjOp::PickMethod => {
                return None
            }
            _ => 1,
        })
    }
}

/// An instruction.
#[derive(Debug, Clone, PartialEq)]
pub enum Inst {
    /// `dst = value`.
    Const { dst: Var, value: Value },
    /// `dst = value`, read from the global `name` (guarded on entry): a constant whose
    /// object the interpreter would have handed out, so its identity is tracked.
    Global {
        dst: Var,
        value: Value,
        name: String,
    },
    /// `dst = src`.
    Copy { dst: Var, src: Var },
    /// `dst = op src`.
    Unary { dst: Var, op: UnaryOp, src: Var },
    /// `dst = lhs op rhs`.
    Binary {
        dst: Var,
        op: BinOp,
        lhs: Var,
        rhs: Var,
        /// An augmented assignment (`x += y`): on a list it changes the list, so the
        /// host leaves it to the interpreter.
        inplace: bool,
    },
    /// `dst = lhs op rhs` (a `bool`).
    Compare {
        dst: Var,
        op: CmpOp,
        lhs: Var,
        rhs: Var,
    },
    /// `dst = lhs is rhs` (or `is not`).
    Is {
        dst: Var,
        lhs: Var,
        rhs: Var,
        negate: bool,
    },
    /// `dst = bool(src)`.
    Truth { dst: Var, src: Var },
    /// `dst = f(args…)`.
    Intrinsic {
        dst: Var,
        func: Intrinsic,
        args: Vec<Var>,
    },
    /// `dst = callee(args…)`, a function of the same unit.
    Call {
        dst: Var,
        callee: FuncIdx,
        args: Vec<Var>,
    },
    /// `dst = op(args…)` on objects, through the host.
    Object { dst: Var, op: ObjOp, args: Vec<Var> },
    /// Bail out with [`BailReason::Unbound`] unless `var` has been assigned.
    CheckBound { var: Var },
    /// Unassign `var` (releasing what it holds): a comprehension's variable, put back
    /// to unassigned when the comprehension ends.
    Unbind { var: Var },
    /// Start a `range(args…)` loop: set its current value, stop and step (bails out on
    /// a zero step).
    RangeInit {
        cur: Var,
        stop: Var,
        step: Var,
        args: Vec<Var>,
    },
}

/// `Some($some)` with `$dst` bound to the instruction's destination, or `None`: the one
/// list of which instructions assign a variable.
macro_rules! destination {
    ($inst:expr, $dst:ident => $some:expr) => {
        match $inst {
            Inst::Const { $dst, .. }
            | Inst::Global { $dst, .. }
            | Inst::Copy { $dst, .. }
            | Inst::Unary { $dst, .. }
            | Inst::Binary { $dst, .. }
            | Inst::Compare { $dst, .. }
            | Inst::Is { $dst, .. }
            | Inst::Truth { $dst, .. }
            | Inst::Intrinsic { $dst, .. }
            | Inst::Call { $dst, .. }
            | Inst::Object { $dst, .. } => Some($some),
            Inst::CheckBound { .. } | Inst::Unbind { .. } | Inst::RangeInit { .. } => None,
        }
    };
}

impl Inst {
    /// The variable the instruction assigns, if any.
    pub fn dst(&self) -> Option<Var> {
        destination!(self, dst => *dst)
    }

    /// The variable the instruction assigns, for changing it.
    pub fn dst_mut(&mut self) -> Option<&mut Var> {
        destination!(self, dst => dst)
    }

    /// Every variable the instruction reads.
    pub fn uses(&self) -> Vec<Var> {
        match self {
            Inst::Const { .. } | Inst::Global { .. } => vec![],
            Inst::Copy { src, .. } | Inst::Unary { src, .. } | Inst::Truth { src, .. } => {
                vec![*src]
            }
            Inst::Binary { lhs, rhs, .. }
            | Inst::Compare { lhs, rhs, .. }
            | Inst::Is { lhs, rhs, .. } => vec![*lhs, *rhs],
            Inst::Intrinsic { args, .. }
            | Inst::Call { args, .. }
            | Inst::RangeInit { args, .. }
            | Inst::Object { args, .. } => args.clone(),
            Inst::CheckBound { var } | Inst::Unbind { var } => vec![*var],
        }
    }
}

/// How a block ends.
#[derive(Debug, Clone, PartialEq)]
pub enum Term {
    /// Go to a block.
    Jump(BlockId),
    /// Go to `then` if the `bool` `cond` is true, else to `otherwise`.
    Branch {
        cond: Var,
        then: BlockId,
        otherwise: BlockId,
    },
    /// One step of a `range` loop: if `cur` has not reached `stop`, set `item = cur`
    /// (or `item = pick[cur]` when `pick` is not empty), advance `cur` by `step` and go
    /// to `body`; otherwise go to `exit`.
    ///
    /// A loop over a tuple the code builds itself (`for d in (-1, 0, 1)`, `for v in (a,
    /// b)`) is a range loop over the positions `0..n` by 1 that picks each item: no
    /// tuple, no iterator object.
    ForRange {
        cur: Var,
        stop: Var,
        step: Var,
        item: Var,
        pick: Vec<Var>,
        body: BlockId,
        exit: BlockId,
    },
    /// One step of a loop over an iterator object: if `iter` has another item, set
    /// `item` to it and go to `body`; otherwise go to `exit`.
    ForIter {
        iter: Var,
        item: Var,
        body: BlockId,
        exit: BlockId,
    },
    /// Return a value.
    Return(Var),
    /// Return a tuple of values (only the root function: its items go to the host
    /// through the module's tuple globals).
    ReturnTuple(Vec<Var>),
    /// This path reaches code tier 1 does not compile: give the call back to tier 0.
    Bail {
        /// Why.
        reason: BailReason,
        /// What was reached.
        detail: String,
        /// Its source line.
        line: u32,
    },
}

impl Term {
    /// The blocks control may go to next.
    pub fn successors(&self) -> Vec<BlockId> {
        match self {
            Term::Jump(b) => vec![*b],
            Term::Branch {
                then, otherwise, ..
            } => vec![*then, *otherwise],
            Term::ForRange { body, exit, .. } | Term::ForIter { body, exit, .. } => {
                vec![*body, *exit]
            }
            Term::Return(_) | Term::ReturnTuple(_) | Term::Bail { .. } => vec![],
        }
    }

    /// The same terminator with every successor `b` replaced by `map(b)`.
    pub fn map_successors<E>(
        self,
        mut map: impl FnMut(BlockId) -> Result<BlockId, E>,
    ) -> Result<Term, E> {
        Ok(match self {
            Term::Jump(b) => Term::Jump(map(b)?),
            Term::Branch {
                cond,
                then,
                otherwise,
            } => Term::Branch {
                cond,
                then: map(then)?,
                otherwise: map(otherwise)?,
            },
            Term::ForRange {
                cur,
                stop,
                step,
                item,
                pick,
                body,
                exit,
            } => Term::ForRange {
                cur,
                stop,
                step,
                item,
                pick,
                body: map(body)?,
                exit: map(exit)?,
            },
            Term::ForIter {
                iter,
                item,
                body,
                exit,
            } => Term::ForIter {
                iter,
                item,
                body: map(body)?,
                exit: map(exit)?,
            },
            other => other,
        })
    }

    /// Every variable the terminator reads.
    pub fn uses(&self) -> Vec<Var> {
        match self {
            Term::Branch { cond, .. } => vec![*cond],
            Term::ForRange {
                cur,
                stop,
                step,
                pick,
                ..
            } => [*cur, *stop, *step]
                .into_iter()
                .chain(pick.iter().copied())
                .collect(),
            Term::ForIter { iter, .. } => vec![*iter],
            Term::Return(v) => vec![*v],
            Term::ReturnTuple(vs) => vs.clone(),
            Term::Jump(_) | Term::Bail { .. } => vec![],
        }
    }
}

/// A basic block.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// Straight-line instructions.
    pub insts: Vec<Inst>,
    /// The exit.
    pub term: Term,
    /// The source line the block starts at.
    pub line: u32,
    /// How many bytecode instructions were lowered into it (0 for a block tier 1 adds):
    /// what the interpreter would run there, for [`crate::gain`].
    pub ops: u32,
    /// For each instruction, the resume point ([`Function::points`]) where the
    /// interpreter takes over if it bails out (root functions only; `None`: re-run the
    /// call instead). Empty when no instruction has one.
    pub points: Vec<Option<u32>>,
    /// The same for the terminator.
    pub term_point: Option<u32>,
}

impl Block {
    /// The resume point of instruction `i`.
    pub fn point(&self, i: usize) -> Option<u32> {
        self.points.get(i).copied().flatten()
    }
}

/// An entry of the interpreter's value stack at a resume point, as the host rebuilds it.
#[derive(Debug, Clone, PartialEq)]
pub enum StackItem {
    /// The value of a variable.
    Value(Var),
    /// CPython's `NULL` (no `self` for a call).
    Null,
    /// What the global (or builtin) `name` is bound to: a function about to be called.
    Global(String),
    /// A `range` iterator about to yield `cur`: `iter(range(cur, stop, step))`.
    RangeIter { cur: Var, stop: Var, step: Var },
    /// An iterator over the tuple of `items` about to yield `items[next]` (a loop whose
    /// terminator picks: [`Term::ForRange`]).
    TupleIter { items: Vec<Var>, next: Var },
    /// `range(args…)`, made but not iterated yet.
    Range(Vec<Var>),
    /// What `LOAD_ATTR` of a method put above the callable `callable`: `obj` if it found
    /// a method of the class (the host knows), else `NULL`.
    SelfOf { callable: Var, obj: Var },
    /// A tuple of these (`BUILD_TUPLE` of values not needed as one value yet).
    Tuple(Vec<StackItem>),
    /// The Python function with this identity: a method compiled code calls directly
    /// (`LOAD_ATTR` found it on the object's class, [`ObjOp::CheckMethod`] checked).
    Function(crate::code::FunctionId),
    /// The class bound to the global `name`, being called; compiled code may already
    /// have made its instance (in `instance`, [`ObjOp::NewInstance`]) and be running its
    /// `__init__`.
    New { class: Var, instance: Var },
    /// `co_consts[n]` of the function (a code object about to become a function).
    Const(u32),
    /// The method `name` of `obj`'s class, a builtin type no program changes (`append`
    /// of a `list` the function built): looked up by the host again.
    MethodOf { obj: Var, name: String },
    /// The callable of a `CALL` compiled code made as one [`ObjOp::CallMethod`]: never
    /// looked up apart, so there is nothing to hand over; the host resumes at such a
    /// `CALL` only once the call was made, and puts its outcome there.
    Called,
    /// The value `LOAD_FAST_AND_CLEAR` saved of Python local `local` (the variable
    /// `outer`, `NULL` where unassigned) while a comprehension uses that name for its
    /// own variable, `inner`: the frame's local `local` is `inner`'s value meanwhile.
    Saved { local: u32, outer: Var, inner: Var },
    /// The `math` module's attribute `name` (`math.sqrt` about to be called; its guard
    /// says it is the original).
    MathAttr(String),
}

impl Unit {
    /// Does any function of the unit operate on objects (host calls)?
    pub fn works_on_objects(&self) -> bool {
        self.any_object_op(|_| true)
    }

    /// Does any function of the unit have an object operation `pred` picks?
    pub fn any_object_op(&self, pred: impl Fn(&ObjOp) -> bool) -> bool {
        self.funcs.iter().any(|f| f.any_object_op(&pred))
    }

    /// May the unit change objects or run Python code through the host: a store, a
    /// call, or an operator or subscript on an object (which may run a class's
    /// `__add__` or `__getitem__`; `lower::general_operators` says which do)? After
    /// one, the call cannot re-run from its start, and a global it relies on may have
    /// been rebound.
    pub fn may_run_python(&self) -> bool {
        self.funcs.iter().any(|f| {
            let object = |v: &Var| f.kinds(*v).contains(Kind::Object);
            // (An attribute operation may run a property where its function keeps
            // resume points and was not forwarded: `lower::general_operators`.)
            let attributes = !f.forwarded && !f.points.is_empty();
            f.blocks.iter().flat_map(|b| &b.insts).any(|i| match i {
                Inst::Object { op, .. } => {
                    op.has_side_effect()
                        || matches!(op, ObjOp::GetItem | ObjOp::GetItemNum)
                        || (attributes && crate::lower::attribute_op(op))
                }
                Inst::Binary { lhs, rhs, .. } | Inst::Compare { lhs, rhs, .. } => {
                    object(lhs) || object(rhs)
                }
                _ => false,
            })
        })
    }
}

impl StackItem {
    /// The variables whose values the host needs to rebuild it.
    pub fn vars(&self) -> Vec<Var> {
        match self {
            StackItem::Value(v) => vec![*v],
            StackItem::Null
            | StackItem::Called
            | StackItem::Global(_)
            | StackItem::Function(_)
            | StackItem::Const(_)
            | StackItem::MathAttr(_) => Vec::new(),
            StackItem::New { class, instance } => vec![*class, *instance],
            StackItem::MethodOf { obj, .. } => vec![*obj],
            StackItem::Saved { outer, inner, .. } => vec![*outer, *inner],
            StackItem::RangeIter { cur, stop, step } => vec![*cur, *stop, *step],
            StackItem::TupleIter { items, next } => items.iter().copied().chain([*next]).collect(),
            StackItem::Range(args) => args.clone(),
            StackItem::SelfOf { callable, obj } => vec![*callable, *obj],
            StackItem::Tuple(items) => items.iter().flat_map(StackItem::vars).collect(),
        }
    }
}

/// Where the interpreter can take over a call of the root function that compiled code
/// cannot finish: the bytecode instruction to run next (code unit `offset` of the code
/// tier 1 read, before the host inserted its prologue) and the value stack there; the
/// locals are every Python local the compiled code has assigned.
#[derive(Debug, Clone, PartialEq)]
pub struct ResumePoint {
    /// Code unit of the instruction the interpreter runs first.
    pub offset: u32,
    /// The value stack, bottom first.
    pub stack: Vec<StackItem>,
}

/// What a variable stands for.
#[derive(Debug, Clone, PartialEq)]
pub struct VarInfo {
    /// Its name in the IR text: a Python local's own name, or `v7`.
    pub name: String,
    /// The kinds it may hold (after `infer`).
    pub kinds: Kinds,
    /// Whether it is read through `CheckBound` and so needs an "assigned" flag.
    pub checked: bool,
}

/// One compiled Python function.
#[derive(Debug, Clone, PartialEq)]
pub struct Function {
    /// The Python function's qualified name.
    pub name: String,
    /// Which Python function it is.
    pub id: FunctionId,
    /// Parameter variables, in order.
    pub params: Vec<Var>,
    /// Every variable.
    pub vars: Vec<VarInfo>,
    /// Blocks; the entry is block 0.
    pub blocks: Vec<Block>,
    /// What the function may return (after `infer`).
    pub ret: Kinds,
    /// For a root that returns tuples: the kinds of each item (after `infer`).
    pub tuple_ret: Option<Vec<Kinds>>,
    /// How many of the variables are Python locals (`co_varnames`, first).
    pub locals: u32,
    /// The frame slots that hold cells (`MAKE_CELL`): their variables hold the frame's
    /// own cells, which a resumed call must not overwrite with themselves.
    pub cells: Vec<u32>,
    /// Resume points (root functions only).
    pub points: Vec<ResumePoint>,
    /// Whether `forward` compiled attribute loads away: its attribute operations then
    /// must run no Python code (a property could change what it relies on), and bail
    /// where they would (`lower::general_operators`).
    pub forwarded: bool,
}

impl Function {
    /// Does the function have an object operation `pred` picks?
    pub fn any_object_op(&self, pred: impl Fn(&ObjOp) -> bool) -> bool {
        self.blocks.iter().any(|b| {
            b.insts
                .iter()
                .any(|i| matches!(i, Inst::Object { op, .. } if pred(op)))
        })
    }

    /// For each parameter, whether the function only *borrows* the object it is given:
    /// the parameter may hold an object and the function never assigns it. Its caller
    /// keeps the handle and releases it when its own value dies (right after the call,
    /// for a temporary: where the interpreter's frame would have dropped it), so a call
    /// costs no duplicate and no release. A parameter the function assigns owns its
    /// value, as every other variable does.
    pub fn borrowed_params(&self) -> Vec<bool> {
        let mut assigned = vec![false; self.vars.len()];
        for block in &self.blocks {
            for inst in &block.insts {
                for v in crate::liveness::inst_defs(inst) {
                    assigned[v.index()] = true;
                }
            }
            for v in crate::liveness::term_defs(&block.term) {
                assigned[v.index()] = true;
            }
        }
        self.params
            .iter()
            .map(|p| self.kinds(*p).contains(crate::kinds::Kind::Object) && !assigned[p.index()])
            .collect()
    }

    /// The kinds of `var`.
    pub fn kinds(&self, var: Var) -> Kinds {
        self.vars[var.index()].kinds
    }

    /// A block by id.
    pub fn block(&self, id: BlockId) -> &Block {
        &self.blocks[id.index()]
    }

    /// Predecessor lists of every block.
    pub fn predecessors(&self) -> Vec<Vec<BlockId>> {
        let mut preds = vec![Vec::new(); self.blocks.len()];
        for (i, block) in self.blocks.iter().enumerate() {
            for succ in block.term.successors() {
                preds[succ.index()].push(BlockId(i as u32));
            }
        }
        preds
    }
}

/// What a compiled unit assumes about global names; checked on every entry from the
/// interpreter, so a rebinding (`fib = other`) can never run stale code.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Guard {
    /// `name` (looked up in globals, then builtins) is still bound as expected.
    Global { name: String, expect: Expect },
    /// The `math` module's attribute `attr` is still the original.
    MathAttr { attr: String },
    /// Function `function`'s defaults are still those the unit passes for the
    /// parameters a direct call of it leaves out ([`crate::code::Globals::defaults`]).
    Defaults { function: FunctionId },
}

/// The binding a [`Guard::Global`] expects.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Expect {
    /// This exact function.
    Function(FunctionId),
    /// The `math` module.
    MathModule,
    /// The original `math` function of this name.
    Math(MathFn),
    /// The original builtin.
    Builtin(Builtin),
    /// An `int`, `float` or `bool` with exactly this value (the float as its bits).
    Number(NumberBits),
    /// The very object it was bound to at compile time ([`ObjOp::ConstGlobal`]).
    Object,
}

/// A number compared exactly, including floats (by bits) so it can be ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum NumberBits {
    /// `int`.
    Int(i64),
    /// `float`, by its bits.
    Float(u64),
    /// `bool`.
    Bool(bool),
}

/// An object a module reaches by a constant handle ([`Unit::const_handles`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConstHandle {
    /// The object the global of this name was bound to at compile time.
    Global(String),
    /// Constant `n` of the code of function `id` (of the unit).
    Code(FunctionId, u32),
    /// A `str` with this text ([`ObjOp::Str`]): made once for the module, so a string
    /// constant in a loop costs no host call to make and none to release.
    Str(String),
}

/// What one wasm module holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Unit {
    /// Functions; the root (the one the interpreter calls) is index 0.
    pub funcs: Vec<Function>,
    /// Assumptions to check on entry.
    pub guards: BTreeSet<Guard>,
}

impl Unit {
    /// The objects the unit loads as constant handles ([`ObjOp::ConstGlobal`],
    /// [`ObjOp::Constant`]), in order of first use: the module's constant handles after
    /// the ABI's own ([`crate::abi::LAST_CONSTANT_HANDLE`]` + 1 + i` for the `i`-th).
    pub fn const_handles(&self) -> Vec<ConstHandle> {
        let mut handles: Vec<ConstHandle> = Vec::new();
        for func in &self.funcs {
            for block in &func.blocks {
                for inst in &block.insts {
                    let handle = match inst {
                        Inst::Object {
                            op: ObjOp::ConstGlobal(name),
                            ..
                        } => ConstHandle::Global(name.clone()),
                        Inst::Object {
                            op: ObjOp::Constant(n),
                            ..
                        } => ConstHandle::Code(func.id, *n),
                        Inst::Object {
                            op: ObjOp::Str(s), ..
                        } => ConstHandle::Str(s.clone()),
                        _ => continue,
                    };
                    if !handles.contains(&handle) {
                        handles.push(handle);
                    }
                }
            }
        }
        handles
    }

    /// The attribute names the unit's [`ObjOp::GetAttr`]s use, in order of first use: a
    /// module names an attribute by its index here.
    pub fn attr_names(&self) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for func in &self.funcs {
            for block in &func.blocks {
                for inst in &block.insts {
                    let Inst::Object { op, .. } = inst else {
                        continue;
                    };
                    let kwnames = match op {
                        ObjOp::Call { kwnames, .. } => kwnames.as_slice(),
                        _ => &[],
                    };
                    for name in op
                        .name()
                        .into_iter()
                        .chain(kwnames.iter().map(String::as_str))
                    {
                        if !names.iter().any(|n| n == name) {
                            names.push(name.to_owned());
                        }
                    }
                }
            }
        }
        names
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x:?}"),
            Value::Bool(b) => write!(f, "{}", if *b { "True" } else { "False" }),
            Value::None => f.write_str("None"),
        }
    }
}

struct Names<'a>(&'a Function);

impl Names<'_> {
    fn var(&self, v: Var) -> &str {
        self.0
            .vars
            .get(v.index())
            .map_or("<bad var>", |i| i.name.as_str())
    }

    fn list(&self, vars: &[Var]) -> String {
        vars.iter()
            .map(|v| self.var(*v).to_owned())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn write_inst(f: &mut fmt::Formatter<'_>, func: &Function, inst: &Inst) -> fmt::Result {
    let n = Names(func);
    if let Some(dst) = inst.dst() {
        write!(f, "{}: {} = ", n.var(dst), func.kinds(dst))?;
    }
    match inst {
        Inst::Const { value, .. } => write!(f, "const {value}"),
        Inst::Global { value, name, .. } => write!(f, "global {name} = {value}"),
        Inst::Copy { src, .. } => write!(f, "copy {}", n.var(*src)),
        Inst::Unary { op, src, .. } => {
            let name = match op {
                UnaryOp::Neg => "neg",
                UnaryOp::Pos => "pos",
                UnaryOp::Invert => "invert",
                UnaryOp::Not => "not",
            };
            write!(f, "{name} {}", n.var(*src))
        }
        Inst::Binary { op, lhs, rhs, .. } => {
            write!(f, "{} {}, {}", op.mnemonic(), n.var(*lhs), n.var(*rhs))
        }
        Inst::Compare { op, lhs, rhs, .. } => {
            write!(f, "{} {}, {}", op.mnemonic(), n.var(*lhs), n.var(*rhs))
        }
        Inst::Is {
            lhs, rhs, negate, ..
        } => {
            let name = if *negate { "isnot" } else { "is" };
            write!(f, "{name} {}, {}", n.var(*lhs), n.var(*rhs))
        }
        Inst::Truth { src, .. } => write!(f, "truth {}", n.var(*src)),
        Inst::Intrinsic { func: i, args, .. } => write!(f, "{}({})", i.name(), n.list(args)),
        Inst::Call { callee, args, .. } => write!(f, "call f{}({})", callee.0, n.list(args)),
        Inst::Object { op, args, .. } => match op {
            ObjOp::GetAttr(name) => write!(f, "getattr {}, .{name}", n.list(args)),
            ObjOp::GetItem => write!(f, "getitem {}", n.list(args)),
            ObjOp::GetSlice => write!(f, "getslice {}", n.list(args)),
            ObjOp::GetAttrNum(name) => write!(f, "getattr.num {}, .{name}", n.list(args)),
            ObjOp::GetAttrAny(name) => write!(f, "getattr.any {}, .{name}", n.list(args)),
            ObjOp::GetItemNum => write!(f, "getitem.num {}", n.list(args)),
            ObjOp::SetAttr(name, Release::Any) => {
                write!(f, "setattr {}, .{name}", n.list(args))
            }
            ObjOp::SetAttr(name, Release::Quiet) => {
                write!(f, "setattr.quiet {}, .{name}", n.list(args))
            }
            ObjOp::SetItem => write!(f, "setitem {}", n.list(args)),
            ObjOp::SetSlice => write!(f, "setslice {}", n.list(args)),
            ObjOp::DelItem => write!(f, "delitem {}", n.list(args)),
            ObjOp::Len => write!(f, "len {}", n.list(args)),
            ObjOp::Ord => write!(f, "ord {}", n.list(args)),
            ObjOp::Chr => write!(f, "chr {}", n.list(args)),
            ObjOp::Iter => write!(f, "iter {}", n.list(args)),
            ObjOp::Unpack { count, index } => {
                write!(f, "unpack {} [{index} of {count}]", n.list(args))
            }
            ObjOp::Global(name) => write!(f, "global {name}"),
            ObjOp::SetGlobal(name) => write!(f, "setglobal {name}, {}", n.list(args)),
            ObjOp::ConstGlobal(name) => write!(f, "const.global {name}"),
            ObjOp::Constant(n) => write!(f, "const.object #{n}"),
            ObjOp::Str(s) => write!(f, "str {s:?}"),
            ObjOp::Build(kind) => write!(f, "build.{} {}", kind.name(), n.list(args)),
            ObjOp::Contains { negate: false } => write!(f, "in {}", n.list(args)),
            ObjOp::Contains { negate: true } => write!(f, "notin {}", n.list(args)),
            ObjOp::GetMethod(name) => write!(f, "getmethod {}, .{name}", n.list(args)),
            ObjOp::GetSpecial(name) => write!(f, "getspecial {}, .{name}", n.list(args)),
            ObjOp::SuperAttr { name, method } => {
                let what = if *method { "method" } else { "attr" };
                write!(f, "super.{what} {}, .{name}", n.list(args))
            }
            ObjOp::CheckMethod(name, id) => {
                write!(f, "checkmethod {}, .{name} is fn#{}", n.list(args), id.0)
            }
            ObjOp::CheckOperator(name, id, _) => {
                write!(f, "checkoperator {}, .{name} is fn#{}", n.list(args), id.0)
            }
            ObjOp::Reflected(op) => {
                write!(f, "reflected.{} {}", op.mnemonic(), n.list(args))
            }
            ObjOp::WhichMethod(name, ids) => {
                let ids: Vec<String> = ids.iter().map(|id| format!("fn#{}", id.0)).collect();
                write!(
                    f,
                    "whichmethod {}, .{name} of {}",
                    n.list(args),
                    ids.join(", ")
                )
            }
            ObjOp::PickMethod => write!(f, "pickmethod {}", n.list(args)),
            ObjOp::NewInstance(id) => {
                write!(f, "new {} with __init__ fn#{}", n.list(args), id.0)
            }
            ObjOp::Collect(kind) => write!(f, "collect.{} {}", kind.name(), n.list(args)),
            ObjOp::MakeFunction(index) => write!(f, "function of const {index}"),
            ObjOp::Import { name, from: false } => write!(f, "import {name}"),
            ObjOp::Import { name, from: true } => write!(f, "import {name} for from"),
            ObjOp::ImportFrom(name) => write!(f, "from {} import {name}", n.list(args)),
            ObjOp::MakeClosure(index) => {
                write!(f, "function of const {index} with closure {}", n.list(args))
            }
            ObjOp::FrameCell(arg) => write!(f, "frame.cell arg {arg}"),
            ObjOp::CellGet => write!(f, "cell.get {}", n.list(args)),
            ObjOp::CellSet => write!(f, "cell.set {}", n.list(args)),
            ObjOp::SetFunctionAttribute(flag) => {
                write!(f, "function.attr {flag} {}", n.list(args))
            }
            ObjOp::CallMethod { name, before } => {
                write!(
                    f,
                    "call .{name}() {} (else from point {before})",
                    n.list(args)
                )
            }
            ObjOp::Call {
                method,
                kwnames,
                star,
            } => {
                let how = match (method, star) {
                    (_, Star::Args) => ".star",
                    (_, Star::ArgsAndKeywords) => ".star.kw",
                    (true, Star::No) => ".method",
                    (false, Star::No) => "",
                };
                write!(f, "call{how} {}", n.list(args))?;
                if !kwnames.is_empty() {
                    write!(f, " kw({})", kwnames.join(", "))?;
                }
                Ok(())
            }
        },
        Inst::CheckBound { var } => write!(f, "checkbound {}", n.var(*var)),
        Inst::Unbind { var } => write!(f, "unbind {}", n.var(*var)),
        Inst::RangeInit {
            cur,
            stop,
            step,
            args,
        } => write!(
            f,
            "{}, {}, {} = range({})",
            n.var(*cur),
            n.var(*stop),
            n.var(*step),
            n.list(args)
        ),
    }
}

fn write_term(f: &mut fmt::Formatter<'_>, func: &Function, term: &Term) -> fmt::Result {
    let n = Names(func);
    match term {
        Term::Jump(b) => write!(f, "jump b{}", b.0),
        Term::Branch {
            cond,
            then,
            otherwise,
        } => write!(f, "branch {}, b{}, b{}", n.var(*cond), then.0, otherwise.0),
        Term::ForRange {
            cur,
            stop,
            step,
            item,
            pick,
            body,
            exit,
        } if pick.is_empty() => write!(
            f,
            "for {} in {}..{} by {} ({}), b{}, b{}",
            n.var(*item),
            n.var(*cur),
            n.var(*stop),
            n.var(*step),
            n.var(*cur),
            body.0,
            exit.0
        ),
        Term::ForRange {
            cur,
            stop,
            item,
            pick,
            body,
            exit,
            ..
        } => write!(
            f,
            "for {} in ({}) at {} of {}, b{}, b{}",
            n.var(*item),
            n.list(pick),
            n.var(*cur),
            n.var(*stop),
            body.0,
            exit.0
        ),
        Term::ForIter {
            iter,
            item,
            body,
            exit,
        } => write!(
            f,
            "for {} in {}, b{}, b{}",
            n.var(*item),
            n.var(*iter),
            body.0,
            exit.0
        ),
        Term::Return(v) => write!(f, "return {}", n.var(*v)),
        Term::ReturnTuple(vs) => write!(f, "return ({})", n.list(vs)),
        Term::Bail {
            reason,
            detail,
            line,
        } => write!(f, "bail {reason:?} ({detail}, line {line})"),
    }
}

impl fmt::Display for Function {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = Names(self);
        let params: Vec<String> = self
            .params
            .iter()
            .map(|p| format!("{}: {}", n.var(*p), self.kinds(*p)))
            .collect();
        match &self.tuple_ret {
            Some(items) => {
                let items: Vec<String> = items.iter().map(ToString::to_string).collect();
                writeln!(
                    f,
                    "fn {}({}) -> ({})",
                    self.name,
                    params.join(", "),
                    items.join(", ")
                )?;
            }
            None => writeln!(f, "fn {}({}) -> {}", self.name, params.join(", "), self.ret)?,
        }
        for (i, block) in self.blocks.iter().enumerate() {
            writeln!(f, "  b{i}:  ; line {}", block.line)?;
            for inst in &block.insts {
                f.write_str("    ")?;
                write_inst(f, self, inst)?;
                f.write_str("\n")?;
            }
            f.write_str("    ")?;
            write_term(f, self, &block.term)?;
            f.write_str("\n")?;
        }
        Ok(())
    }
}

impl fmt::Display for Unit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, func) in self.funcs.iter().enumerate() {
            write!(f, "f{i}: {func}")?;
        }
        for guard in &self.guards {
            match guard {
                Guard::Global { name, expect } => writeln!(f, "guard {name} is {expect:?}")?,
                Guard::MathAttr { attr } => writeln!(f, "guard math.{attr} is original")?,
                Guard::Defaults { function } => {
                    writeln!(f, "guard defaults of fn#{} unchanged", function.0)?
                }
            }
        }
        Ok(())
    }
}
