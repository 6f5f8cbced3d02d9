//! What the compiler is given about a Python function: its bytecode and tables as plain
//! data, and a [`Globals`] oracle that says what the names it reads are bound to now.
//!
//! `python/` builds these from live RustPython objects; the compiler itself never sees a
//! Python object, which keeps it testable on its own and the same on both targets.

use std::rc::Rc;

use crate::abi::MathFn;

/// A constant from a code object's `co_consts` (or a parameter default).
#[derive(Debug, Clone, PartialEq)]
pub enum Constant {
    /// An `int` that fits in 64 bits.
    Int(i64),
    /// An `int` that does not.
    BigInt,
    /// A `float`.
    Float(f64),
    /// `True` / `False`.
    Bool(bool),
    /// `None`.
    None,
    /// A tuple of constants.
    Tuple(Vec<Constant>),
    /// A `str` (valid UTF-8).
    Str(String),
    /// Anything else (strings, code objects…), by its type name.
    Other(String),
}

/// One function's code, as the compiler reads it.
#[derive(Debug, Clone)]
pub struct CodeInfo {
    /// `co_name`.
    pub name: String,
    /// `co_qualname`.
    pub qualname: String,
    /// `co_firstlineno`.
    pub first_line: u32,
    /// Positional parameters (`co_argcount`).
    pub arg_count: u32,
    /// Keyword-only parameters; tier 1 compiles none.
    pub kwonly_count: u32,
    /// Positional-only parameters (before `/`): never passed by keyword.
    pub posonly_count: u32,
    /// A generator or coroutine: the reason this code can never be compiled, if any.
    pub shape_problem: Option<String>,
    /// How many of the frame's first slots hold what the call bound to parameters: the
    /// positional ones, the keyword-only ones, then the `*args` tuple and the `**kwargs`
    /// dict if it takes them (`co_varnames` order). The prologue passes them all to the
    /// gate, and compiled code takes them as its parameters.
    pub param_slots: u32,
    /// Whether the interpreter must bind its arguments (it takes `*args`, `**kwargs` or
    /// keyword-only parameters): it is compiled only as a root, entered with what the
    /// interpreter bound, never called directly from compiled code.
    pub binds_arguments: bool,
    /// `co_varnames`: parameters first, then the other locals.
    pub varnames: Vec<String>,
    /// The cell variables that are not also locals (a parameter an inner function uses
    /// is both): the frame's slots after the locals, in order.
    pub cellvars: Vec<String>,
    /// Its free variables (a closure's: the variables of an enclosing function it uses,
    /// `__class__` for `super()`): the frame's slots after the cell variables, which
    /// `COPY_FREE_VARS` fills with the closure's cells.
    pub freevars: Vec<String>,
    /// Whether it has cell or free variables at all (an inner function uses its
    /// variables, or it uses an enclosing function's): its cells are its frame's, so it
    /// is compiled only as a root, never into a caller's unit.
    pub has_cells: bool,
    /// `co_names`: globals and attributes the code names.
    pub names: Vec<String>,
    /// `co_consts`.
    pub consts: Vec<Constant>,
    /// The original (unspecialised) code units: opcode and argument byte pairs, with
    /// cache entries zeroed, as `CodeUnits::original_bytes` gives them.
    pub code: Vec<u8>,
    /// Source line of each code unit, for error messages and the IR's text form.
    pub lines: Vec<u32>,
    /// Can a call of it that compiled code made directly go on in the interpreter
    /// mid-way (the host has room in the function's code to resume it)? If not, such a
    /// call must not change anything before it could bail out.
    pub resumable: bool,
}

impl CodeInfo {
    /// The source line of code unit `unit`.
    pub fn line_of(&self, unit: usize) -> u32 {
        self.lines.get(unit).copied().unwrap_or(self.first_line)
    }
}

/// An identity for a Python function object, stable while it lives, so that the
/// compiler can tell two references to the same function apart from two functions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FunctionId(pub u64);

/// What a global (or builtin) name is bound to, as far as tier 1 cares.
#[derive(Debug, Clone)]
pub enum Binding {
    /// A Python function tier 1 may compile into the same module.
    Function {
        /// Its identity (for guards and de-duplication).
        id: FunctionId,
        /// Its code.
        code: Rc<CodeInfo>,
    },
    /// The `math` module itself.
    MathModule,
    /// A function of the `math` module (bound under another name by `from math import`).
    Math(MathFn),
    /// A `math` module constant such as `pi` (through `from math import pi`), or any
    /// other global holding a number: read once, guarded on entry.
    Number(Constant),
    /// One of the builtins tier 1 compiles.
    Builtin(Builtin),
    /// Any other object (a class, a list, a dict…) that compiled code may treat as a
    /// constant while the global stays bound to it (guarded on entry, and after Python
    /// code runs): loaded without a host call.
    Object,
    /// Something else (a class, a list, a string…): using it is unsupported.
    Other(String),
    /// Not bound at all (a `NameError` at run time).
    Unbound,
}

/// The builtins tier 1 compiles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Builtin {
    Abs,
    Min,
    Max,
    Int,
    Float,
    Bool,
    Round,
    Range,
    Len,
    Ord,
    Chr,
}

impl Builtin {
    /// Does it take more than numbers (`int` and `float` parse strings, `min` and `max`
    /// compare anything)? Given an object, the host calls it rather than compiled code.
    pub fn takes_non_numbers(self) -> bool {
        matches!(
            self,
            Builtin::Int | Builtin::Float | Builtin::Min | Builtin::Max
        )
    }

    /// Every builtin tier 1 knows.
    pub const ALL: [Builtin; 11] = [
        Builtin::Abs,
        Builtin::Min,
        Builtin::Max,
        Builtin::Int,
        Builtin::Float,
        Builtin::Bool,
        Builtin::Round,
        Builtin::Range,
        Builtin::Len,
        Builtin::Ord,
        Builtin::Chr,
    ];

    /// The builtin's name.
    pub fn name(self) -> &'static str {
        match self {
            Builtin::Abs => "abs",
            Builtin::Min => "min",
            Builtin::Max => "max",
            Builtin::Int => "int",
            Builtin::Float => "float",
            Builtin::Bool => "bool",
            Builtin::Round => "round",
            Builtin::Range => "range",
            Builtin::Len => "len",
            Builtin::Ord => "ord",
            Builtin::Chr => "chr",
        }
    }

    /// The builtin called `name`.
    pub fn from_name(name: &str) -> Option<Builtin> {
        Self::ALL.into_iter().find(|b| b.name() == name)
    }
}

/// Answers "what is this global bound to right now?" for the function being compiled.
/// Every answer the compiler relies on becomes an entry guard.
pub trait Globals {
    /// The binding of `name` as `LOAD_GLOBAL` would find it (globals, then builtins).
    fn lookup(&self, name: &str) -> Binding;

    /// The one Python function that `obj.name(...)` calls for every class the program
    /// defines that has a method `name` (found on the class or a base), if there is
    /// exactly one: a call of it can go straight into its compiled code, behind a check
    /// of each object's class ([`crate::ir::ObjOp::CheckMethod`]). `None` by default.
    fn method(&self, name: &str) -> Option<(FunctionId, Rc<CodeInfo>)> {
        let _ = name;
        None
    }

    /// The Python functions that `obj.name(...)` calls for the classes the program
    /// defines that have a method `name`, where these are two to
    /// [`MAX_METHOD_CANDIDATES`] plain functions (`Sphere.intersectionTime` and
    /// `Halfspace.intersectionTime`): a call can go straight into the compiled code of
    /// the one the object's class has ([`crate::ir::ObjOp::WhichMethod`]), and through
    /// the host for any other. Empty by default, and where [`Globals::method`] answers.
    fn methods(&self, name: &str) -> Vec<(FunctionId, Rc<CodeInfo>)> {
        let _ = name;
        Vec::new()
    }

    /// Whether a class the program defines (or one of its bases other than `object`)
    /// has an attribute `name`, whatever it is: where one has `__sub__`, the operands
    /// of a `-` may be its instances. `false` by default.
    fn overloads(&self, name: &str) -> bool {
        let _ = name;
        false
    }

    /// Whether the builtin type of the containers (or strings) `kind` builds (a `list`,
    /// a `dict`, a `set`, a `tuple`, a `str`) has a method `name`, which no program can
    /// change: `out.append(x)` on `out = []`. `false` by default.
    fn builtin_method(&self, kind: crate::abi::BuildKind, name: &str) -> bool {
        let _ = (kind, name);
        false
    }

    /// Whether a builtin type objects are often of (`list`, `dict`, `set`, `str`,
    /// `tuple`, `bytes`) has a method `name`: `x.remove(v)` may be a list's even where
    /// a class of the program has `remove`. `false` by default.
    fn builtin_types_have(&self, name: &str) -> bool {
        let _ = name;
        false
    }

    /// Whether the global `class` is a class the program defines that has an attribute
    /// `name` (itself or a base other than `object`): in its own methods, the operands
    /// of an operator it overloads are mostly its fields, numbers. `false` by default.
    fn class_overloads(&self, class: &str, name: &str) -> bool {
        let _ = (class, name);
        false
    }

    /// The defaults of function `id`'s last parameters (`__defaults__`), if each is a
    /// value tier 1 passes as the very object the interpreter would (`None`, a `bool`,
    /// an `int` of the interpreter's small-int cache): a direct call may then leave
    /// those parameters out, the unit guarded on the defaults staying as they are
    /// ([`crate::ir::Guard::Defaults`]). `None` by default.
    fn defaults(&self, id: FunctionId) -> Option<Vec<Constant>> {
        let _ = id;
        None
    }

    /// If the global `name` is a class whose instances `name(...)` makes the plain way
    /// (metaclass `type`, `object.__new__`), its `__init__`, a Python function: a call
    /// can make the instance through the host and run `__init__`'s compiled code
    /// directly, behind a check of the class ([`crate::ir::ObjOp::NewInstance`]).
    fn class_init(&self, name: &str) -> Option<(FunctionId, Rc<CodeInfo>)> {
        let _ = name;
        None
    }
}

/// Most methods of one name a call site dispatches among in compiled code
/// ([`Globals::methods`]): each is a class check and a direct call.
pub const MAX_METHOD_CANDIDATES: usize = 4;

/// Reading a compiled code object (from RustPython's compiler or a live function) into a
/// [`CodeInfo`]. Generic over the constant representation, so tests can compile source
/// without an interpreter and the runtime can read a function's `__code__`.
pub mod read {
    use rustpython_compiler_core::bytecode::{
        BorrowedConstant, CodeFlags, CodeObject, Constant as C,
    };

    use super::{CodeInfo, Constant};

    /// The [`CodeInfo`] of `code`.
    pub fn code_info<K: C>(code: &CodeObject<K>) -> CodeInfo {
        let flags = code.flags;
        let varargs = u32::from(flags.contains(CodeFlags::VARARGS));
        let varkw = u32::from(flags.contains(CodeFlags::VARKEYWORDS));
        let shape_problem = if flags.intersects(
            CodeFlags::GENERATOR
                | CodeFlags::COROUTINE
                | CodeFlags::ASYNC_GENERATOR
                | CodeFlags::ITERABLE_COROUTINE,
        ) {
            Some("it is a generator or coroutine".to_owned())
        } else {
            None
        };
        let lines = code
            .locations
            .iter()
            .map(|(start, _)| start.line.get() as u32)
            .collect();
        CodeInfo {
            name: code.obj_name.as_ref().to_owned(),
            qualname: code.qualname.as_ref().to_owned(),
            first_line: code.first_line_number.map_or(0, |l| l.get() as u32),
            arg_count: code.arg_count,
            kwonly_count: code.kwonlyarg_count,
            posonly_count: code.posonlyarg_count,
            shape_problem,
            param_slots: code.arg_count + code.kwonlyarg_count + varargs + varkw,
            binds_arguments: code.kwonlyarg_count + varargs + varkw > 0,
            varnames: code
                .varnames
                .iter()
                .map(|n| n.as_ref().to_owned())
                .collect(),
            cellvars: code
                .cellvars
                .iter()
                .map(|n| n.as_ref().to_owned())
                .filter(|n| !code.varnames.iter().any(|v| v.as_ref() == n.as_str()))
                .collect(),
            freevars: code
                .freevars
                .iter()
                .map(|n| n.as_ref().to_owned())
                .collect(),
            has_cells: !code.cellvars.is_empty() || !code.freevars.is_empty(),
            names: code.names.iter().map(|n| n.as_ref().to_owned()).collect(),
            consts: code.constants.iter().map(constant).collect(),
            code: code.instructions.original_bytes(),
            lines,
            resumable: true,
        }
    }

    /// A constant as the compiler sees it.
    pub fn constant<K: C>(c: &K) -> Constant {
        match c.borrow_constant() {
            BorrowedConstant::Integer { value } => {
                i64::try_from(value).map_or(Constant::BigInt, Constant::Int)
            }
            BorrowedConstant::Float { value } => Constant::Float(value),
            BorrowedConstant::Boolean { value } => Constant::Bool(value),
            BorrowedConstant::None => Constant::None,
            BorrowedConstant::Complex { .. } => Constant::Other("complex".to_owned()),
            BorrowedConstant::Str { value } => match value.to_string_lossy() {
                std::borrow::Cow::Borrowed(s) => Constant::Str(s.to_owned()),
                std::borrow::Cow::Owned(_) => Constant::Other("str".to_owned()),
            },
            BorrowedConstant::Bytes { .. } => Constant::Other("bytes".to_owned()),
            BorrowedConstant::Code { .. } => Constant::Other("code".to_owned()),
            BorrowedConstant::Tuple { elements } => {
                Constant::Tuple(elements.iter().map(constant).collect())
            }
            BorrowedConstant::Slice { .. } => Constant::Other("slice".to_owned()),
            BorrowedConstant::Frozenset { .. } => Constant::Other("frozenset".to_owned()),
            BorrowedConstant::Ellipsis => Constant::Other("ellipsis".to_owned()),
        }
    }

    /// The code objects of the functions a module's code defines (nested ones too), by
    /// qualified name: what tests compile.
    pub fn functions<K: C>(module: &CodeObject<K>) -> Vec<(String, CodeInfo)> {
        let mut out = Vec::new();
        collect(module, &mut out);
        out
    }

    fn collect<K: C>(code: &CodeObject<K>, out: &mut Vec<(String, CodeInfo)>) {
        for c in code.constants.iter() {
            if let BorrowedConstant::Code { code: inner } = c.borrow_constant() {
                out.push((inner.qualname.as_ref().to_owned(), code_info(inner)));
                collect(inner, out);
            }
        }
    }
}
