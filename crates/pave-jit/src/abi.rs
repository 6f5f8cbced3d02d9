//! The contract between a generated module and the host that runs it, in one table.
//!
//! A compiled module imports only functions (module `"pave"`), never the host's memory or
//! table, so the browser and the native engine run byte-identical modules. It exports:
//!
//! - [`ENTRY_EXPORT`]: the compiled root function behind a uniform signature,
//!   `(i64 × MAX_ARGS, i32 tags, i32 depth_budget) -> i64`. Each argument is an `i64` slot: ints as
//!   they are, floats as their bits, bools as 0/1, objects as handles; `tags` holds each
//!   argument's kind tag in [`TAG_BITS`] bits. The result is a payload whose kind
//!   [`STATUS_EXPORT`] tells. A uniform signature lets every host call every module through
//!   one typed function pointer.
//! - [`STATUS_EXPORT`]: `() -> i32`, the [`Status`] of the last entry call, and
//!   [`STATUS_GLOBAL_EXPORT`], the mutable `i32` global it reads.
//!
//! Fallible host functions (the `math` module) return [`ERROR_NAN`] when CPython would
//! raise; the generated code turns that into a bailout. Any other NaN is a real result.

use std::fmt;

/// The module name of every import.
pub const IMPORT_MODULE: &str = "pave";
/// The name every generated module gives itself in its name section. Engines show it in
/// stack traces (V8: `wasm://wasm/pave-jit-…`), which is how the page tells a trap in
/// compiled code from a crash of the VM (`www/core/crash.js`).
pub const MODULE_NAME: &str = "pave-jit";
/// The custom section listing a module's attribute names, one per line, in index order
/// (what `obj_getattr`'s name index refers to).
pub const NAMES_SECTION: &str = "pave-names";
/// The exported entry point (see the module docs).
pub const ENTRY_EXPORT: &str = "entry";
/// The exported status getter.
pub const STATUS_EXPORT: &str = "status";
/// The status getter's global, exported too: a host that reads a global cheaper than it
/// calls a function reads this (natively, wasmtime's way into wasm and out costs some 340
/// instructions, a global's read a tenth of that).
pub const STATUS_GLOBAL_EXPORT: &str = "status_global";
/// Argument slots of the entry point; functions with more parameters stay in tier 0.
pub const MAX_ARGS: usize = 8;
/// Most items a root function may return in a tuple.
pub const MAX_TUPLE: usize = 16;
/// The exported getter of a returned tuple's items: `(index: i32) -> i64` payload.
pub const ITEM_EXPORT: &str = "item";
/// The exported getter of a returned tuple's item kinds: `(index: i32) -> i32` tag.
pub const ITEM_TAG_EXPORT: &str = "item_tag";

/// The exported globals holding returned tuple item `index`'s kind tag (`i32`) and
/// payload (`i64`), what [`ITEM_TAG_EXPORT`] and [`ITEM_EXPORT`] read: a host that reads a
/// global cheaper than it calls a function reads these ([`STATUS_GLOBAL_EXPORT`]).
pub fn item_global_exports(index: usize) -> (String, String) {
    (
        format!("{ITEM_TAG_EXPORT}.{index}"),
        format!("{ITEM_EXPORT}.{index}"),
    )
}
/// The status code of a call that returned a tuple (its items through [`ITEM_EXPORT`]).
pub const STATUS_TUPLE: i32 = 5;
/// The status code of a call that handed its frame to the interpreter mid-way: the host
/// got the frame's state through [`ObjImport::ResumeVar`] and [`ObjImport::ResumeAt`].
pub const STATUS_RESUME: i32 = 6;
/// Bits per argument in the entry point's packed `tags` (kind tags 0–4).
pub const TAG_BITS: i32 = 3;
/// The handle that names no object: a variable that holds none yet.
pub const NO_HANDLE: i32 = 0;
/// The handle of `None` in every call: the host answers this one for `None`, always, so
/// compiled code tests `is None` without asking, and never releases it.
pub const NONE_HANDLE: i32 = 1;
/// The handle of `True` in every call (as [`NONE_HANDLE`]).
pub const TRUE_HANDLE: i32 = 2;
/// The handle of `False` in every call (as [`NONE_HANDLE`]).
pub const FALSE_HANDLE: i32 = 3;
/// The handle of `NotImplemented` in every call (as [`NONE_HANDLE`]): what an operator
/// method compiled code called directly gives when the other operand's reflected
/// method must be tried, tested without asking.
pub const NOT_IMPLEMENTED_HANDLE: i32 = 4;
/// Handles up to this one name objects every call holds ([`NONE_HANDLE`],
/// [`TRUE_HANDLE`], [`FALSE_HANDLE`], [`NOT_IMPLEMENTED_HANDLE`]): releasing them is a
/// no-op compiled code skips.
pub const LAST_CONSTANT_HANDLE: i32 = 4;
// Compiled code finds a `bool`'s handle as `FALSE_HANDLE - b`.
const _: () = assert!(FALSE_HANDLE - 1 == TRUE_HANDLE);
/// What a host function that returns a handle answers when the operation must be left
/// to the interpreter (it raised, or would run Python code): the call bails out with
/// [`BailReason::ObjectOp`] and re-runs in tier 0, which does it for real.
pub const HANDLE_BAIL: i32 = -1;
/// What [`ObjImport::CallMethod`] answers where it made no call: nothing happened, or
/// the lookup ran Python code that raised (its outcome waits at the `LOAD_ATTR`); the
/// interpreter goes on from the `LOAD_ATTR`.
pub const HANDLE_NOT_RUN: i32 = -2;
/// What [`ObjImport::UnboxTag`] answers for an object that is not a number or `None`.
pub const UNBOX_OTHER: i32 = -1;
/// What [`ObjImport::UnboxTag`] answers after a fused load ([`ObjImport::GetAttrNum`])
/// that must be left to the interpreter.
pub const UNBOX_BAIL: i32 = -2;
/// Added to [`ObjImport::Call`]'s `self` flag (bit 0: the first argument is `self`)
/// for `CALL_FUNCTION_EX`: the one argument after the callable is a list or a tuple of
/// the positional arguments.
pub const CALL_STAR: i32 = 2;
/// With [`CALL_STAR`]: the argument after that is a dict of keyword arguments.
pub const CALL_STAR_KEYWORDS: i32 = 4;

/// Added to the name of an [`ObjImport::SetAttr`] that must release nothing whose
/// release may run Python code ([`crate::ir::Release::Quiet`]).
pub const STORE_QUIET: i32 = 1 << 30;
/// Added to the name of an [`ObjImport::GetAttrNum`] whose value may also be an object
/// ([`crate::ir::ObjOp::GetAttrAny`]): where it is not a number, the host answers
/// "ask", and [`ObjImport::UnboxTag`] and [`ObjImport::UnboxPayload`] give the object's
/// kind and a new handle to it, instead of [`UNBOX_OTHER`].
pub const LOAD_OR_OBJECT: i32 = 1 << 29;
/// Added to the name of an attribute load or store ([`ObjImport::GetAttr`],
/// [`ObjImport::GetAttrNum`], [`ObjImport::GetMethod`], [`ObjImport::SetAttr`]) that may
/// run Python code (a property, `__getattr__`, `__setattr__`): it has a resume point,
/// from which the call resumes if that code raises (`crate::lower::general_operators`).
pub const ATTR_GENERAL: i32 = 1 << 28;
/// In [`ObjImport::GetMethod`]'s name argument: look the method up as `LOAD_SPECIAL`
/// does, on the class alone (`crate::ir::ObjOp::GetSpecial`). It shares its bit with
/// [`LOAD_OR_OBJECT`], which only [`ObjImport::GetAttrNum`] reads, and never goes with
/// [`ATTR_GENERAL`].
pub const METHOD_SPECIAL: i32 = LOAD_OR_OBJECT;
/// Where an attribute operation's resume point sits in its name argument (plus 1; 0:
/// none given), as [`OPERATOR_POINT_SHIFT`] for operators: bits 16 to 27.
pub const ATTR_POINT_SHIFT: u32 = 16;
/// The highest resume point an attribute operation's name argument can carry.
pub const ATTR_MAX_POINT: u32 = 0xffe;
/// The bits of an attribute operation's name argument that hold the name's index.
pub const ATTR_NAME_MASK: i32 = 0xffff;

/// An attribute operation's name argument: the name's index, whether it may run Python
/// code ([`ATTR_GENERAL`]) and its resume point (-1: none given). Without
/// [`ATTR_GENERAL`] the index may take every bit below the flags.
pub fn attr_parts(arg: i32) -> (i32, bool, i32) {
    if arg & ATTR_GENERAL == 0 {
        return (arg & !(STORE_QUIET | LOAD_OR_OBJECT), false, -1);
    }
    let point = ((arg >> ATTR_POINT_SHIFT) & 0xfff) - 1;
    (arg & ATTR_NAME_MASK, true, point)
}

/// What [`ObjImport::SetAttr`] with [`STORE_QUIET`] answers where the store would release
/// such an object: nothing was stored; compiled code bails with
/// [`BailReason::ForwardedStore`].
pub const STORE_NOT_QUIET: i32 = -2;

/// How a fused load ([`ObjImport::GetAttrNum`], [`ObjImport::GetItemNum`]) answers in one
/// `i64`, so the common case needs no second host call: a `float` that is not a NaN as
/// its bits; an `int` within 48 bits as [`PACKED_INT`] with the value in the low 48 bits
/// (sign-extended); an object that is no number (a `str` in `w + s`) as
/// [`PACKED_OTHER`]; anything else as [`PACKED_ASK`], after which
/// [`ObjImport::UnboxTag`] and [`ObjImport::UnboxPayload`] tell the kind and the payload.
/// These patterns are negative NaNs with the quiet bit set (`0xFFF8` in the top 13
/// bits), which no float is ever answered as.
pub const PACKED_INT: i64 = 0xFFF9_0000_0000_0000_u64 as i64;
/// See [`PACKED_INT`]: the tag is [`UNBOX_OTHER`].
pub const PACKED_OTHER: i64 = 0xFFFE_0000_0000_0000_u64 as i64;
/// See [`PACKED_INT`].
pub const PACKED_ASK: i64 = 0xFFFF_0000_0000_0000_u64 as i64;

/// Pack a fused load's `(tag, payload)` as [`PACKED_INT`] describes; `None` when the
/// compiled code must ask for both ([`PACKED_ASK`]). Inlined into the host's fused
/// loads, called millions of times.
#[inline]
pub fn pack_number(tag: i32, payload: i64) -> Option<i64> {
    const LIMIT: i64 = 1 << 47;
    if tag == crate::kinds::Kind::Float.tag() {
        return (!f64::from_bits(payload as u64).is_nan()).then_some(payload);
    }
    if tag == crate::kinds::Kind::Int.tag() && (-LIMIT..LIMIT).contains(&payload) {
        return Some(PACKED_INT | (payload & 0xFFFF_FFFF_FFFF));
    }
    (tag == UNBOX_OTHER).then_some(PACKED_OTHER)
}

/// Loop back edges between two calls of [`Import::Poll`].
pub const POLL_INTERVAL: i32 = 1 << 16;

/// The NaN a fallible host function returns when the interpreter would raise
/// (`math.sqrt(-1)`, `math.exp(1000)`): a quiet NaN with a payload no libm produces.
pub const ERROR_NAN_BITS: u64 = 0x7ff8_dead_beef_0bad;
/// [`ERROR_NAN_BITS`] as a float.
pub const ERROR_NAN: f64 = f64::from_bits(ERROR_NAN_BITS);

/// How many arguments [`ObjImport::Call`] takes in the call itself (the last ones; any
/// before them go through [`ObjImport::Arg`]).
pub const CALL_INLINE: i32 = 3;

/// [`ObjImport::Call`]'s `point` for a call made by unit function `func` (not the root:
/// `func` ≥ 1): -1 - `func`, below every resume point and below -1 ("no point").
pub fn frameless_caller(func: u32) -> i32 {
    -1 - func.min(i32::MAX as u32 - 1) as i32
}

/// The unit function a [`ObjImport::Call`] `point` says made the call without a frame
/// of its own ([`frameless_caller`]), if it says so.
pub fn frameless_caller_of(point: i32) -> Option<u32> {
    u32::try_from(-1i64 - i64::from(point))
        .ok()
        .filter(|&f| f >= 1)
}

/// [`ObjImport::Binary`]'s flag for an augmented assignment (`x += y`).
pub const OPERATOR_INPLACE: i32 = 0x100;
/// [`ObjImport::Binary`]/[`ObjImport::Compare`]'s flag: the operator may run Python code
/// (a class's `__add__`, `__eq__`…): it has a resume point, after which the call can be
/// resumed from wherever it stops.
pub const OPERATOR_GENERAL: i32 = 0x200;
/// Where the operator's resume point sits in the code (plus 1; 0: none given), for the
/// frame's line while Python code runs: bits from here up.
pub const OPERATOR_POINT_SHIFT: u32 = 16;
/// The highest resume point an operator's code can name.
pub const OPERATOR_MAX_POINT: u32 = 0x7ffe;

/// Why compiled code gave up on a call; the call then re-runs in the interpreter, which
/// raises the proper exception or computes what tier 1 cannot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
#[repr(i32)]
pub enum BailReason {
    /// An `int` result left the `i64` range (Python would make a big int).
    IntOverflow = 16,
    /// Division or modulo by zero (`ZeroDivisionError`).
    ZeroDivision = 17,
    /// An operation on types tier 1 does not combine (`None + 1`: a `TypeError`).
    TypeMismatch = 18,
    /// A `math` function would raise (domain or range error).
    MathError = 19,
    /// A float that is infinite, NaN or too large became an `int`.
    FloatToInt = 20,
    /// A negative shift count, `range()` step 0 and the like (`ValueError`).
    ValueError = 21,
    /// The recursion limit would be exceeded (`RecursionError`).
    Recursion = 22,
    /// A local variable was read before assignment (`UnboundLocalError`).
    Unbound = 23,
    /// The path reached code tier 1 does not compile (printing, lists, …).
    Unsupported = 24,
    /// The user asked to stop (raises `KeyboardInterrupt`, no re-run).
    Interrupt = 25,
    /// An operation on an object raised, or would have run Python code (a property,
    /// `__getattr__`, a user `__len__`…): left to the interpreter.
    ObjectOp = 26,
    /// A call from compiled code raised: the exception goes on from the `CALL` in the
    /// interpreter (the host's name for an [`BailReason::ObjectOp`] it knows raised; not
    /// a failure of compiled code, so it never sends a function back to tier 0).
    Raised = 27,
    /// A call from compiled code rebound a global the code relies on (a function it
    /// calls directly, a number it folded), or turned on `sys.settrace`: it goes on in the
    /// interpreter after the call.
    GlobalChanged = 28,
    /// A method call compiled straight into the method its name belongs to met an
    /// object whose class has another (or none): the function is compiled again calling
    /// methods through the host.
    MethodMismatch = 29,
    /// A store after which loads of attributes were compiled away (`forward`) would
    /// have released an object whose release may run Python code (a `__del__`): the
    /// interpreter stores it, and the function is compiled again loading every
    /// attribute.
    ForwardedStore = 30,
}

impl BailReason {
    /// Every reason, for tables.
    pub const ALL: [BailReason; 15] = [
        BailReason::IntOverflow,
        BailReason::ZeroDivision,
        BailReason::TypeMismatch,
        BailReason::MathError,
        BailReason::FloatToInt,
        BailReason::ValueError,
        BailReason::Recursion,
        BailReason::Unbound,
        BailReason::Unsupported,
        BailReason::Interrupt,
        BailReason::ObjectOp,
        BailReason::Raised,
        BailReason::GlobalChanged,
        BailReason::MethodMismatch,
        BailReason::ForwardedStore,
    ];

    /// The status code the generated code stores.
    pub fn code(self) -> i32 {
        self as i32
    }

    /// The reason with status code `code`.
    pub fn from_code(code: i32) -> Option<BailReason> {
        Self::ALL.into_iter().find(|r| r.code() == code)
    }

    /// The reason's stable name in reports (`int_overflow`).
    pub fn kind(self) -> &'static str {
        match self {
            BailReason::IntOverflow => "int_overflow",
            BailReason::ZeroDivision => "zero_division",
            BailReason::TypeMismatch => "type_mismatch",
            BailReason::MathError => "math_error",
            BailReason::FloatToInt => "float_to_int",
            BailReason::ValueError => "value_error",
            BailReason::Recursion => "recursion",
            BailReason::Unbound => "unbound",
            BailReason::Unsupported => "unsupported",
            BailReason::Interrupt => "interrupt",
            BailReason::ObjectOp => "object_op",
            BailReason::Raised => "raised",
            BailReason::GlobalChanged => "global_changed",
            BailReason::MethodMismatch => "method_mismatch",
            BailReason::ForwardedStore => "forwarded_store",
        }
    }

    /// What happened, in plain words, for tables and the page.
    pub fn describe(self) -> &'static str {
        match self {
            BailReason::IntOverflow => "an int outgrew 64 bits (Python makes a big int)",
            BailReason::ZeroDivision => "division by zero",
            BailReason::TypeMismatch => "values of types tier 1 does not combine",
            BailReason::MathError => "a math function raised",
            BailReason::FloatToInt => "an infinite or huge float became an int",
            BailReason::ValueError => "a ValueError (negative shift, range step 0…)",
            BailReason::Recursion => "the recursion limit",
            BailReason::Unbound => "a variable read before assignment",
            BailReason::Unsupported => "code tier 1 does not compile (printing, lists…)",
            BailReason::Interrupt => "Stop",
            BailReason::ObjectOp => {
                "an object operation that raised or runs Python code (a property, __getattr__…)"
            }
            BailReason::Raised => "a call raised an exception (it goes on in the interpreter)",
            BailReason::GlobalChanged => {
                "a call rebound a global the compiled code relies on, or turned on tracing"
            }
            BailReason::MethodMismatch => {
                "a method call met an object of another class than the one it was compiled for"
            }
            BailReason::ForwardedStore => {
                "a store would have released an object with a __del__ while later loads relied on it"
            }
        }
    }
}

impl fmt::Display for BailReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.describe())
    }
}

/// What [`STATUS_EXPORT`] returns after an entry call.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// The call returned normally; the payload holds a value of this kind.
    Returned(crate::kinds::Kind),
    /// The call returned a tuple, whose items [`ITEM_EXPORT`] and [`ITEM_TAG_EXPORT`] give.
    Tuple,
    /// The call gave up; run it again in the interpreter (or raise, for an interrupt).
    Bailed(BailReason),
    /// The call goes on in the interpreter, from the state the module handed over.
    Resumed,
}

/// Above this bit, a status code (and a tuple item's tag) carries the result's origin:
/// `i + 1` when the value is parameter `i` unchanged (the host then returns that very
/// argument object, as the interpreter would), 0 otherwise.
pub const ORIGIN_SHIFT: i32 = 8;

/// A status code or item tag split into the code proper and the origin it carries:
/// `Some(i)` when the value is parameter `i` unchanged.
pub fn split_origin(code: i32) -> (i32, Option<usize>) {
    let origin = (code >> ORIGIN_SHIFT) as usize;
    (code & ((1 << ORIGIN_SHIFT) - 1), origin.checked_sub(1))
}

impl Status {
    /// Decode a status code (without its origin bits, see [`split_origin`]).
    pub fn from_code(code: i32) -> Option<Status> {
        use crate::kinds::Kind;
        if code == STATUS_TUPLE {
            return Some(Status::Tuple);
        }
        if code == STATUS_RESUME {
            return Some(Status::Resumed);
        }
        Kind::ALL
            .into_iter()
            .find(|k| k.tag() == code)
            .map(Status::Returned)
            .or_else(|| BailReason::from_code(code).map(Status::Bailed))
    }
}

/// Host functions a generated module may import, all from [`IMPORT_MODULE`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Import {
    /// `() -> i32`: called every [`POLL_INTERVAL`] loop iterations; nonzero means stop.
    Poll,
    /// `(f64) -> f64` or `(f64, f64) -> f64`: a `math` function, [`ERROR_NAN`] on error.
    Math(MathFn),
    /// `(f64, f64) -> f64`: Python's `float ** float`, [`ERROR_NAN`] where it raises or
    /// gives a complex number.
    FloatPow,
    /// `(f64, f64) -> f64`: Python's `float % float` (sign of the divisor).
    FloatMod,
    /// `(f64, f64) -> f64`: Python's `float // float`.
    FloatFloorDiv,
    /// `(i64, i64) -> f64`: Python's correctly rounded `int / int` for large operands.
    IntTrueDiv,
    /// Host functions on objects, by handle ([`ObjImport`]).
    Obj(ObjImport),
}

/// The host functions on objects. Handles passed in are borrowed; a handle returned is
/// owned by the caller, which releases it with [`ObjImport::Drop`]. A function that
/// returns a handle answers [`HANDLE_BAIL`] where the interpreter must take over. None of
/// them runs Python code: where the interpreter would (a property, a `__getattr__`, a
/// user `__eq__` in a dict lookup), they bail, so the call can re-run from its start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ObjImport {
    /// `(h) -> ()`: release a handle ([`NO_HANDLE`] is ignored).
    Drop,
    /// `(h) -> h`: a second handle to the same object.
    Dup,
    /// `(obj, name) -> h`: `obj.name`, the name by its index in the unit's name table.
    GetAttr,
    /// `(obj, key_tag, key, op) -> h`: `obj[key]`, the key a tagged value. `op` carries
    /// [`OPERATOR_GENERAL`] (and the resume point) as for [`ObjImport::Binary`]: with
    /// it, a subscript that runs Python code (a class's `__getitem__`) or raises
    /// (`KeyError`) runs as the interpreter would run it there; without it, it bails.
    GetItem,
    /// `(obj) -> i64`: `len(obj)`, -1 to bail.
    Len,
    /// `(obj) -> h`: `iter(obj)`.
    Iter,
    /// `(iterator) -> h`: the next item, [`NO_HANDLE`] at the end.
    Next,
    /// `(seq, n, i) -> h`: item `i` of `seq` unpacked into `n` names.
    Unpack,
    /// `(obj) -> i64`: the number an `int` or a `float` holds, packed as a fused load
    /// answers ([`PACKED_INT`]); "ask" for anything else ([`ObjImport::UnboxTag`] is
    /// then [`UNBOX_OTHER`], or the kind of an `int` beyond 48 bits).
    Unbox,
    /// `() -> i32`: the kind tag of the last [`ObjImport::Unbox`], [`UNBOX_OTHER`] for
    /// anything but an `int` or a `float`.
    UnboxTag,
    /// `(obj) -> i32`: `bool(obj)`, -1 to bail.
    Truth,
    /// `(a, b) -> i32`: `a is b`.
    Is,
    /// `(obj) -> i32`: `obj is None`.
    IsNone,
    /// `(tag, payload) -> h`: a number or `None` as an object.
    Box,
    /// `(obj, name) -> i64`: `obj.name` unboxed and packed ([`PACKED_INT`]); when it
    /// cannot be, its tag through [`ObjImport::UnboxTag`] ([`UNBOX_OTHER`] for anything
    /// but a number or `None`, [`UNBOX_BAIL`] where the load itself is the
    /// interpreter's) and payload through [`ObjImport::UnboxPayload`].
    GetAttrNum,
    /// `(obj, key_tag, key, op) -> i64`: `obj[key]` unboxed, as [`ObjImport::GetAttrNum`]
    /// (`op` as for [`ObjImport::GetItem`]).
    GetItemNum,
    /// `(var, tag, payload, origin) -> ()`: the value of variable `var` of the root (a
    /// Python local if below `co_nlocals`) for the frame the interpreter resumes;
    /// `origin` is `i + 1` when the value may be argument `i` unchanged (the host then
    /// hands over that very object if it is of the value's kind).
    ResumeVar,
    /// `(point, reason, func) -> ()`: the resume point function `func` of the unit
    /// stopped at, and why; it ends that function's part of the hand-over (the values
    /// given since its start). A function called directly from compiled code hands
    /// over before its caller, which then stops at its `CALL` with reason
    /// [`STATUS_RESUME`]: the host resumes the caller there and the callee in a frame
    /// of its own.
    ResumeAt,
    /// `(obj, name, tag, payload, origin) -> i32`: `obj.name = value` (`origin` as in
    /// [`ObjImport::ResumeVar`], so an argument is stored as that very object); 0, or
    /// -1 where the interpreter must do it (nothing was stored). With
    /// [`STORE_QUIET`] added to `name` ([`crate::ir::Release::Quiet`]), it answers
    /// [`STORE_NOT_QUIET`] (nothing stored) where the old value's release might run
    /// Python code.
    SetAttr,
    /// `(obj, key_tag, key, tag, payload, origin, op) -> i32`: `obj[key] = value`, as
    /// [`ObjImport::SetAttr`] (`op` as for [`ObjImport::GetItem`]: a class's
    /// `__setitem__`).
    SetItem,
    /// `(obj, start_tag, start, stop_tag, stop, op) -> h`: `obj[start:stop]`
    /// (`BINARY_SLICE`), as [`ObjImport::GetItem`] by the slice the interpreter makes of
    /// the bounds, which the host makes in the same call.
    GetSlice,
    /// `(obj, start_tag, start, stop_tag, stop, tag, payload, origin, op) -> i32`:
    /// `obj[start:stop] = value` (`STORE_SLICE`), as [`ObjImport::SetItem`] by the slice
    /// [`ObjImport::GetSlice`] makes.
    SetSlice,
    /// `(obj, key_tag, key, op) -> i32`: `del obj[key]`, as [`ObjImport::SetItem`] (0,
    /// or -1 where the interpreter must do it; a class's `__delitem__`, a `KeyError`
    /// where `op` says it may run).
    DelItem,
    /// `(name) -> h`: the global `name` (by index in the name table), else the builtin,
    /// as `LOAD_GLOBAL` finds it; bails where it is missing (`NameError`).
    Global,
    /// `(name, tag, payload, origin) -> i32`: `STORE_GLOBAL` of the value into the
    /// running function's globals, as [`ObjImport::SetAttr`] (0, or -1 where the
    /// interpreter must do it).
    SetGlobal,
    /// `(h) -> i64`: the `code::FunctionId` of the unit's function that `h` is, a
    /// method `getmethod` found on an object's class (so `self` goes first); 0 if it is
    /// anything else ([`crate::ir::ObjOp::WhichMethod`]).
    FunctionOf,
    /// `(arg) -> h`: the cell the frame that called the gate passed it as argument `arg`
    /// (the root's own cells follow its parameters: [`crate::ir::ObjOp::FrameCell`]).
    FrameCell,
    /// `(cell) -> h`: what the cell holds; bails where it is empty.
    CellGet,
    /// `(cell, tag, payload, origin) -> i32`: put the value in the cell (`origin` as in
    /// [`ObjImport::ResumeVar`]); 0, or -1 where the interpreter must do it.
    CellSet,
    /// `(function, flag, tag, payload, origin) -> h`: the function made anew with its
    /// attribute `flag` (`SET_FUNCTION_ATTRIBUTE`: 1 defaults, 8 closure) set to the
    /// value.
    SetFunctionAttribute,
    /// `(obj, name) -> h`: `obj.name` as `LOAD_ATTR` loads a method: a function found on
    /// the class comes back unbound, and the host remembers (by handle) that a call of it
    /// takes `obj` first; anything else comes back as the attribute.
    GetMethod,
    /// `(obj, super, class, name, method) -> h`: `super().name` as `LOAD_SUPER_ATTR` finds
    /// it, with `super` the builtin and `obj` an instance of `class`: what the classes
    /// after `class` in `obj`'s MRO hold under `name`. With `method`, a function comes
    /// back unbound and a call of it takes `obj` first (as after
    /// [`ObjImport::GetMethod`]); anything else is bound to `obj` as the descriptor binds
    /// it. Bails where that would run Python code (a property) or raise.
    SuperAttr,
    /// `(tag, payload, origin) -> i32`: one more argument for the next
    /// [`ObjImport::Call`] (`origin` as in [`ObjImport::ResumeVar`]); 0, or -1 to bail.
    Arg,
    /// `(callable, has_self, point, inline, a_tag, a, a_origin, b…, c…) -> h`: call
    /// `callable` with the arguments given since the last call and then the first
    /// `inline` (up to [`CALL_INLINE`]) of the three passed in the call itself (tag,
    /// bits, origin each, as [`ObjImport::Arg`] takes them: most calls need no
    /// `Arg`). If `has_self` (a call after [`ObjImport::GetMethod`]), the first of
    /// them is the object the method was looked up on, passed only if `callable` is a
    /// method the host found on its class. This runs Python code, which may call compiled
    /// code again. [`HANDLE_BAIL`] if it raised: the exception waits for the
    /// interpreter, which resumes at resume point `point` (the `CALL`) and raises it
    /// there, so the traceback and handlers are the interpreter's. `point` is the root's
    /// resume point, -1 for a root without one, or [`frameless_caller`] for a call a
    /// callee of the unit makes (it has no frame of its own).
    Call,
    /// `(name, point, inline, a_tag, a, a_origin, b…, c…) -> h`: `obj.name(args…)`, the
    /// method looked up as `LOAD_ATTR` looks it up and called as [`ObjImport::Call`]
    /// calls it, with `obj` the first argument (the arguments given as
    /// [`ObjImport::Call`] takes them). `name` as [`attr_parts`] reads it: with
    /// [`ATTR_GENERAL`] a lookup may run Python code (a property), at the `LOAD_ATTR`'s
    /// resume point. [`HANDLE_NOT_RUN`] where no call was made (the lookup would run
    /// Python code or raised, or the call is the interpreter's). [`HANDLE_BAIL`] where the call raised (or compiled code cannot go on
    /// after it): its outcome waits for the interpreter at resume point `point`, the
    /// `CALL` ([`crate::ir::ObjOp::CallMethod`]).
    CallMethod,
    /// `(h) -> i64`: `ord(obj)` of a `str` of one character; -1 for anything else (the
    /// interpreter calls `ord`, which raises or reads a `bytes`).
    Ord,
    /// `(tag, payload, origin) -> h`: `chr(i)` of an `int` or a `bool` in range (given as
    /// [`ObjImport::Arg`] takes a value); [`HANDLE_BAIL`] for anything else (the
    /// interpreter's `ValueError` or `TypeError`).
    Chr,
    /// `(kind, count, inline, a_tag, a, a_origin, b…, c…) -> h`: a new [`BuildKind`] of
    /// `count` items: those given with [`ObjImport::Arg`] since the last call or build,
    /// then the first `inline` (up to [`CALL_INLINE`]) of the three passed in the call
    /// itself (as [`ObjImport::Call`] takes them: most builds need no `Arg`); bails where
    /// building it would run Python code.
    Build,
    /// `(a_tag, a, a_origin, b_tag, b, b_origin, op) -> h`: `a op b` (`ir::BinOp::code`,
    /// with [`OPERATOR_INPLACE`] for an augmented assignment; each operand given as
    /// [`ObjImport::Arg`] takes one, in the call itself), where one is not a number:
    /// `str + str`, `tuple * int`, `"%d" % n`…. Without [`OPERATOR_GENERAL`] it bails
    /// where it would run Python code (a user operator) or change an object
    /// (`list += …`); with it, it runs what the interpreter would, and if that raises
    /// (or rebinds a global the code relies on), [`HANDLE_BAIL`] with the outcome
    /// waiting for the interpreter at the operator's resume point.
    Binary,
    /// `(a_tag, a, a_origin, b_tag, b, b_origin, op) -> i32`: `a op b`
    /// (`ir::CmpOp::code`, operands and flags as for [`ObjImport::Binary`]): 0 or 1, or
    /// -1 to bail (without
    /// [`OPERATOR_GENERAL`]: where a user `__eq__` would run or the comparison raises;
    /// with it: it raised, or gave something other than a `bool`, which waits for the
    /// interpreter).
    Compare,
    /// `(item_tag, item, item_origin, c_tag, c, c_origin, negate) -> i32`: `item in c`
    /// (`not in` if `negate`; operands as for [`ObjImport::Binary`]): 0 or 1, or -1 to
    /// bail (Python code would run).
    Contains,
    /// `(name) -> ()`: the next [`ObjImport::Call`]'s last arguments go by keyword, one
    /// more named `name` (by index in the name table), in order.
    KwName,
    /// `(obj, name, function) -> i32`: is `obj.name` the method `function` (the
    /// `code::FunctionId` of a function of the unit) of `obj`'s class, found as
    /// `LOAD_ATTR` finds methods (no instance attribute hides it)? 1 or 0.
    CheckMethod,
    /// `(lhs, rhs, name, function) -> i32`: does `lhs op rhs` call the method `function`
    /// (a `code::FunctionId` of the unit) of `lhs`'s class first, the operator's method
    /// `name` (`__add__`…) found on the class as the interpreter's `BINARY_OP` finds it,
    /// with `rhs` (a handle, or [`NO_HANDLE`] for a number) not an instance of a
    /// subclass whose reflected method would go first? 1 or 0.
    CheckOperator,
    /// `(a_tag, a, a_origin, b_tag, b, b_origin, op) -> h`: what `a op b` gives (operands
    /// as for [`ObjImport::Binary`]) after `a`'s method
    /// returned `NotImplemented`: `b`'s reflected method (`__radd__`…), or the
    /// interpreter's `TypeError` (flags and resume point as for [`ObjImport::Binary`]).
    Reflected,
    /// `(cls, init) -> h`: a new instance of class `cls` as `cls(...)` makes it before
    /// its `__init__` runs, if that is the function `init` (a `code::FunctionId`) and
    /// the class is made the plain way; [`HANDLE_BAIL`] otherwise (nothing was made).
    New,
    /// `() -> i64`: the payload of the last fused load answered [`PACKED_ASK`].
    UnboxPayload,
    /// `(kind) -> i32`: add the last item (for a `Dict`, key and value) given with
    /// [`ObjImport::Arg`] to the container given first: a comprehension's
    /// `LIST_APPEND`, `SET_ADD`, `MAP_ADD`; 0, or -1 where the interpreter must do it
    /// (a user `__hash__` or `__eq__` would run; nothing was added).
    Collect,
    /// `(func, index, closure) -> h`: a new function of the code object
    /// `co_consts[index]` of function `func` of the unit (its index), as `MAKE_FUNCTION`
    /// makes it, with the closure tuple `closure` (a handle; [`NO_HANDLE`]: none) as
    /// the `SET_FUNCTION_ATTRIBUTE` right after it would set it.
    MakeFunction,
    /// `(name, from) -> h`: the module `import name` gives (`from`: 1 if the from-list
    /// is not empty), where importing it runs no Python code; else [`HANDLE_BAIL`],
    /// with nothing done (`crate::ir::ObjOp::Import`).
    Import,
}

/// What [`ObjImport::Build`] makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(i32)]
pub enum BuildKind {
    /// `(a, b)`: `BUILD_TUPLE`.
    Tuple = 0,
    /// `[a, b]`: `BUILD_LIST`.
    List = 1,
    /// `{a, b}`: `BUILD_SET`.
    Set = 2,
    /// `{k: v}`: `BUILD_MAP` (keys and values alternate).
    Dict = 3,
    /// The pieces of an f-string joined: `BUILD_STRING`.
    String = 4,
    /// `format(v)` in an f-string: `FORMAT_SIMPLE`.
    Format = 5,
    /// `format(v, spec)`: `FORMAT_WITH_SPEC`.
    FormatSpec = 6,
    /// `str(v)`, `repr(v)`, `ascii(v)` in an f-string (`!s`, `!r`, `!a`):
    /// `CONVERT_VALUE`.
    Str = 7,
    Repr = 8,
    Ascii = 9,
    /// `range(args…)` used as a value (`x in range(n)`), not iterated.
    Range = 10,
    /// `slice(start, stop[, step])`: `BUILD_SLICE`, and the slice of `BINARY_SLICE` and
    /// `STORE_SLICE` (`xs[i:j]`).
    Slice = 11,
    /// `LIST_EXTEND` of the list a display or a call's arguments are gathered in
    /// (`[*xs, 1]`, `f(x, *rest)`), by anything but a tuple constant: the list itself,
    /// extended (operands: the list, the iterable).
    Extend = 12,
    /// `tuple(list)`: `CALL_INTRINSIC_1 INTRINSIC_LIST_TO_TUPLE`, after such a list.
    TupleOfList = 13,
    /// `DICT_MERGE` into the dict of a call's keyword arguments (`f(**kw)`): the dict
    /// itself, merged (operands: the dict, the mapping).
    Merge = 14,
}

impl BuildKind {
    /// Every kind.
    pub const ALL: [BuildKind; 15] = [
        BuildKind::Tuple,
        BuildKind::List,
        BuildKind::Set,
        BuildKind::Dict,
        BuildKind::String,
        BuildKind::Format,
        BuildKind::FormatSpec,
        BuildKind::Str,
        BuildKind::Repr,
        BuildKind::Ascii,
        BuildKind::Range,
        BuildKind::Slice,
        BuildKind::Extend,
        BuildKind::TupleOfList,
        BuildKind::Merge,
    ];

    /// The kind with code `code`.
    pub fn from_code(code: i32) -> Option<BuildKind> {
        Self::ALL.into_iter().find(|k| *k as i32 == code)
    }

    /// Its name in the IR's text.
    pub fn name(self) -> &'static str {
        match self {
            BuildKind::Tuple => "tuple",
            BuildKind::List => "list",
            BuildKind::Set => "set",
            BuildKind::Dict => "dict",
            BuildKind::String => "string",
            BuildKind::Format => "format",
            BuildKind::FormatSpec => "format_spec",
            BuildKind::Str => "str",
            BuildKind::Repr => "repr",
            BuildKind::Ascii => "ascii",
            BuildKind::Range => "range",
            BuildKind::Slice => "slice",
            BuildKind::Extend => "extend",
            BuildKind::TupleOfList => "tuple_of_list",
            BuildKind::Merge => "merge",
        }
    }
}

impl ObjImport {
    /// Every object import.
    pub const ALL: [ObjImport; 50] = [
        ObjImport::Drop,
        ObjImport::Dup,
        ObjImport::GetAttr,
        ObjImport::GetItem,
        ObjImport::Len,
        ObjImport::Iter,
        ObjImport::Next,
        ObjImport::Unpack,
        ObjImport::Unbox,
        ObjImport::UnboxTag,
        ObjImport::Truth,
        ObjImport::Is,
        ObjImport::IsNone,
        ObjImport::Box,
        ObjImport::GetAttrNum,
        ObjImport::GetItemNum,
        ObjImport::ResumeVar,
        ObjImport::ResumeAt,
        ObjImport::SetAttr,
        ObjImport::SetItem,
        ObjImport::Global,
        ObjImport::GetMethod,
        ObjImport::Arg,
        ObjImport::Call,
        ObjImport::CallMethod,
        ObjImport::Ord,
        ObjImport::Chr,
        ObjImport::Build,
        ObjImport::Binary,
        ObjImport::Compare,
        ObjImport::Contains,
        ObjImport::KwName,
        ObjImport::CheckMethod,
        ObjImport::CheckOperator,
        ObjImport::Reflected,
        ObjImport::New,
        ObjImport::Collect,
        ObjImport::MakeFunction,
        ObjImport::UnboxPayload,
        ObjImport::SetGlobal,
        ObjImport::FunctionOf,
        ObjImport::FrameCell,
        ObjImport::CellGet,
        ObjImport::CellSet,
        ObjImport::SetFunctionAttribute,
        ObjImport::SuperAttr,
        ObjImport::DelItem,
        ObjImport::GetSlice,
        ObjImport::SetSlice,
        ObjImport::Import,
    ];

    /// The part of the import's name after `obj_`.
    pub fn name(self) -> &'static str {
        match self {
            ObjImport::Drop => "drop",
            ObjImport::Dup => "dup",
            ObjImport::GetAttr => "getattr",
            ObjImport::GetItem => "getitem",
            ObjImport::Len => "len",
            ObjImport::Iter => "iter",
            ObjImport::Next => "next",
            ObjImport::Unpack => "unpack",
            ObjImport::Unbox => "unbox",
            ObjImport::UnboxTag => "unbox_tag",
            ObjImport::Truth => "truth",
            ObjImport::Is => "is",
            ObjImport::IsNone => "is_none",
            ObjImport::Box => "box",
            ObjImport::GetAttrNum => "getattr_num",
            ObjImport::GetItemNum => "getitem_num",
            ObjImport::ResumeVar => "resume_var",
            ObjImport::ResumeAt => "resume_at",
            ObjImport::SetAttr => "setattr",
            ObjImport::SetItem => "setitem",
            ObjImport::Global => "global",
            ObjImport::GetMethod => "getmethod",
            ObjImport::Arg => "arg",
            ObjImport::Call => "call",
            ObjImport::CallMethod => "callmethod",
            ObjImport::Ord => "ord",
            ObjImport::Chr => "chr",
            ObjImport::Build => "build",
            ObjImport::Binary => "binary",
            ObjImport::Compare => "compare",
            ObjImport::Contains => "contains",
            ObjImport::KwName => "kwname",
            ObjImport::CheckMethod => "checkmethod",
            ObjImport::CheckOperator => "checkoperator",
            ObjImport::Reflected => "reflected",
            ObjImport::New => "new",
            ObjImport::Collect => "collect",
            ObjImport::MakeFunction => "makefunction",
            ObjImport::UnboxPayload => "unbox_payload",
            ObjImport::SetGlobal => "setglobal",
            ObjImport::FunctionOf => "functionof",
            ObjImport::FrameCell => "frame_cell",
            ObjImport::CellGet => "cell_get",
            ObjImport::CellSet => "cell_set",
            ObjImport::SetFunctionAttribute => "set_function_attribute",
            ObjImport::SuperAttr => "superattr",
            ObjImport::DelItem => "delitem",
            ObjImport::GetSlice => "getslice",
            ObjImport::SetSlice => "setslice",
            ObjImport::Import => "import",
        }
    }

    /// Parameter and result types.
    pub fn signature(self) -> (&'static [ValType], &'static [ValType]) {
        use ValType::{I32, I64};
        match self {
            ObjImport::Drop | ObjImport::KwName => (&[I32], &[]),
            ObjImport::Dup | ObjImport::Iter | ObjImport::Next => (&[I32], &[I32]),
            ObjImport::Truth | ObjImport::IsNone => (&[I32], &[I32]),
            ObjImport::GetAttr | ObjImport::Is | ObjImport::GetMethod => (&[I32, I32], &[I32]),
            ObjImport::Import => (&[I32, I32], &[I32]),
            ObjImport::Global | ObjImport::Collect => (&[I32], &[I32]),
            ObjImport::FrameCell | ObjImport::CellGet => (&[I32], &[I32]),
            ObjImport::CellSet => (&[I32, I32, I64, I32], &[I32]),
            ObjImport::SetFunctionAttribute => (&[I32, I32, I32, I64, I32], &[I32]),
            ObjImport::SuperAttr => (&[I32, I32, I32, I32, I32], &[I32]),
            ObjImport::DelItem => (&[I32, I32, I64, I32], &[I32]),
            ObjImport::GetSlice => (&[I32, I32, I64, I32, I64, I32], &[I32]),
            ObjImport::SetSlice => (&[I32, I32, I64, I32, I64, I32, I64, I32, I32], &[I32]),
            ObjImport::Binary | ObjImport::Compare | ObjImport::Contains | ObjImport::Reflected => {
                (&[I32, I64, I32, I32, I64, I32, I32], &[I32])
            }
            ObjImport::Build | ObjImport::CallMethod => (
                &[I32, I32, I32, I32, I64, I32, I32, I64, I32, I32, I64, I32],
                &[I32],
            ),
            ObjImport::MakeFunction => (&[I32, I32, I32], &[I32]),
            ObjImport::Arg => (&[I32, I64, I32], &[I32]),
            ObjImport::Call => (
                &[
                    I32, I32, I32, I32, I32, I64, I32, I32, I64, I32, I32, I64, I32,
                ],
                &[I32],
            ),
            ObjImport::GetItem => (&[I32, I32, I64, I32], &[I32]),
            ObjImport::Len | ObjImport::Unbox | ObjImport::FunctionOf | ObjImport::Ord => {
                (&[I32], &[I64])
            }
            ObjImport::Chr => (&[I32, I64, I32], &[I32]),
            ObjImport::Unpack => (&[I32, I32, I32], &[I32]),
            ObjImport::UnboxTag => (&[], &[I32]),
            ObjImport::UnboxPayload => (&[], &[I64]),
            ObjImport::Box => (&[I32, I64], &[I32]),
            ObjImport::GetAttrNum => (&[I32, I32], &[I64]),
            ObjImport::GetItemNum => (&[I32, I32, I64, I32], &[I64]),
            ObjImport::ResumeVar => (&[I32, I32, I64, I32], &[]),
            ObjImport::ResumeAt => (&[I32, I32, I32], &[]),
            ObjImport::CheckMethod => (&[I32, I32, I64], &[I32]),
            ObjImport::CheckOperator => (&[I32, I32, I32, I64], &[I32]),
            ObjImport::New => (&[I32, I64], &[I32]),
            ObjImport::SetAttr => (&[I32, I32, I32, I64, I32], &[I32]),
            ObjImport::SetItem => (&[I32, I32, I64, I32, I64, I32, I32], &[I32]),
            ObjImport::SetGlobal => (&[I32, I32, I64, I32], &[I32]),
        }
    }
}

impl Import {
    /// The import's field name.
    pub fn name(self) -> String {
        match self {
            Import::Poll => "poll".to_owned(),
            Import::Math(f) => format!("math_{}", f.name()),
            Import::FloatPow => "float_pow".to_owned(),
            Import::FloatMod => "float_mod".to_owned(),
            Import::FloatFloorDiv => "float_floordiv".to_owned(),
            Import::IntTrueDiv => "int_truediv".to_owned(),
            Import::Obj(o) => format!("obj_{}", o.name()),
        }
    }

    /// Parameter and result types.
    pub fn signature(self) -> (&'static [ValType], &'static [ValType]) {
        use ValType::{F64, I32, I64};
        match self {
            Import::Poll => (&[], &[I32]),
            Import::Math(f) if f.arity() == 2 => (&[F64, F64], &[F64]),
            Import::Math(_) => (&[F64], &[F64]),
            Import::FloatPow | Import::FloatMod | Import::FloatFloorDiv => (&[F64, F64], &[F64]),
            Import::IntTrueDiv => (&[I64, I64], &[F64]),
            Import::Obj(o) => o.signature(),
        }
    }

    /// Every import a module may use, for hosts that link them all up front.
    pub fn all() -> Vec<Import> {
        let mut all = vec![
            Import::Poll,
            Import::FloatPow,
            Import::FloatMod,
            Import::FloatFloorDiv,
            Import::IntTrueDiv,
        ];
        all.extend(MathFn::all().filter(|f| f.is_import()).map(Import::Math));
        all.extend(ObjImport::ALL.into_iter().map(Import::Obj));
        all
    }
}

/// A wasm value type in an import signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValType {
    /// `i32`.
    I32,
    /// `i64`.
    I64,
    /// `f64`.
    F64,
}

/// How a `math` function runs in compiled code.
#[derive(Debug, Clone, Copy)]
pub enum MathImpl {
    /// A few wasm instructions (`sqrt`, `floor`, `isnan`…): the result is the same bits.
    Inline,
    /// A host import of one argument, running the interpreter's own code.
    Import1(fn(f64) -> f64),
    /// A host import of two arguments.
    Import2(fn(f64, f64) -> f64),
}

/// One row of [`MATH`]: a `math` function tier 1 compiles.
#[derive(Debug, Clone, Copy)]
pub struct MathSpec {
    /// Which one.
    pub f: MathFn,
    /// Its attribute name in `math` (`log_base` is `math.log(x, base)`).
    pub name: &'static str,
    /// Number of arguments.
    pub arity: usize,
    /// How it runs.
    pub run: MathImpl,
}

macro_rules! math_table {
    ($($f:ident $name:literal $arity:literal $run:expr;)*) => {
        /// The `math` functions tier 1 compiles: some inline, the rest as host imports that
        /// run the very code the interpreter's `math` module runs (`pymath`), so results
        /// match to the bit.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum MathFn {
            $(
                #[doc = concat!("`math.", $name, "`")]
                $f,
            )*
        }

        /// The one table of `math` functions: names, arities and how each runs. The ABI's
        /// imports, both engines' host functions and the globals oracle all read it.
        pub const MATH: &[MathSpec] = &[
            $(MathSpec { f: MathFn::$f, name: $name, arity: $arity, run: $run },)*
        ];
    };
}

use host::{ok1, ok2};
use MathImpl::{Import1, Import2, Inline};

math_table! {
    Sqrt "sqrt" 1 Inline;
    Exp "exp" 1 Import1(|x| ok1(pymath::math::exp(x)));
    Expm1 "expm1" 1 Import1(|x| ok1(pymath::math::expm1(x)));
    Log "log" 1 Import1(|x| ok1(pymath::math::log(x, None)));
    Log2 "log2" 1 Import1(|x| ok1(pymath::math::log2(x)));
    Log10 "log10" 1 Import1(|x| ok1(pymath::math::log10(x)));
    Log1p "log1p" 1 Import1(|x| ok1(pymath::math::log1p(x)));
    Sin "sin" 1 Import1(|x| ok1(pymath::math::sin(x)));
    Cos "cos" 1 Import1(|x| ok1(pymath::math::cos(x)));
    Tan "tan" 1 Import1(|x| ok1(pymath::math::tan(x)));
    Asin "asin" 1 Import1(|x| ok1(pymath::math::asin(x)));
    Acos "acos" 1 Import1(|x| ok1(pymath::math::acos(x)));
    Atan "atan" 1 Import1(|x| ok1(pymath::math::atan(x)));
    Sinh "sinh" 1 Import1(|x| ok1(pymath::math::sinh(x)));
    Cosh "cosh" 1 Import1(|x| ok1(pymath::math::cosh(x)));
    Tanh "tanh" 1 Import1(|x| ok1(pymath::math::tanh(x)));
    Atan2 "atan2" 2 Import2(|x, y| ok2(pymath::math::atan2(x, y)));
    Hypot "hypot" 2 Import2(|x, y| pymath::math::hypot(&[x, y]));
    Pow "pow" 2 Import2(|x, y| ok2(pymath::math::pow(x, y)));
    Fmod "fmod" 2 Import2(|x, y| ok2(pymath::math::fmod(x, y)));
    LogBase "log_base" 2 Import2(|x, y| ok2(pymath::math::log(x, Some(y))));
    Fabs "fabs" 1 Inline;
    Floor "floor" 1 Inline;
    Ceil "ceil" 1 Inline;
    Trunc "trunc" 1 Inline;
    Copysign "copysign" 2 Inline;
    Isnan "isnan" 1 Inline;
    Isinf "isinf" 1 Inline;
    Isfinite "isfinite" 1 Inline;
    Degrees "degrees" 1 Import1(pymath::math::degrees);
    Radians "radians" 1 Import1(pymath::math::radians);
}

impl MathFn {
    /// Every function, in table order.
    pub fn all() -> impl Iterator<Item = MathFn> {
        MATH.iter().map(|spec| spec.f)
    }

    /// Its row of [`MATH`].
    pub fn spec(self) -> &'static MathSpec {
        // Every variant has its row: the enum and the table come from one list.
        &MATH[self as usize]
    }

    /// The function's name (its `math` attribute, except `log_base`).
    pub fn name(self) -> &'static str {
        self.spec().name
    }

    /// The function a `math.<attr>` lookup names, for `argc` arguments.
    pub fn from_attr(attr: &str, argc: usize) -> Option<MathFn> {
        if attr == "log" && argc == 2 {
            return Some(MathFn::LogBase);
        }
        Self::all().find(|f| f.name() == attr && *f != MathFn::LogBase && f.arity() == argc)
    }

    /// Number of arguments.
    pub fn arity(self) -> usize {
        self.spec().arity
    }

    /// Is it a host import (true) or compiled inline (false)?
    pub fn is_import(self) -> bool {
        !matches!(self.spec().run, Inline)
    }

    /// Every `math` attribute name tier 1 knows as a function.
    pub fn attr_names() -> impl Iterator<Item = &'static str> {
        Self::all()
            .filter(|f| *f != MathFn::LogBase)
            .map(MathFn::name)
    }
}

/// The host side of the `math` imports and the float helpers: the interpreter's own
/// implementations, with errors turned into [`ERROR_NAN`]. Both engines call these.
pub mod host {
    use super::{MathFn, MathImpl, ERROR_NAN};

    /// A `math` result, with an error as [`ERROR_NAN`].
    pub(super) fn ok1(result: pymath::Result<f64>) -> f64 {
        result.unwrap_or(ERROR_NAN)
    }

    /// The same, for two-argument functions (a separate name keeps the table's closures
    /// plain `fn` pointers).
    pub(super) fn ok2(result: pymath::Result<f64>) -> f64 {
        result.unwrap_or(ERROR_NAN)
    }

    /// A one-argument `math` function.
    pub fn math1(f: MathFn, x: f64) -> f64 {
        match f.spec().run {
            MathImpl::Import1(run) => run(x),
            // The inline ones, for hosts that call them anyway (tests, probes).
            MathImpl::Inline => match f {
                MathFn::Sqrt => ok1(pymath::math::sqrt(x)),
                MathFn::Fabs => ok1(pymath::math::fabs(x)),
                _ => ERROR_NAN,
            },
            MathImpl::Import2(_) => ERROR_NAN,
        }
    }

    /// A two-argument `math` function.
    pub fn math2(f: MathFn, x: f64, y: f64) -> f64 {
        match f.spec().run {
            MathImpl::Import2(run) => run(x, y),
            MathImpl::Inline if f == MathFn::Copysign => ok2(pymath::math::copysign(x, y)),
            _ => ERROR_NAN,
        }
    }

    /// `x ** y` for floats, as the interpreter computes it (`float_pow`).
    pub fn float_pow(x: f64, y: f64) -> f64 {
        if x == 0.0 && y.is_sign_negative() {
            return ERROR_NAN; // ZeroDivisionError
        }
        if x.is_sign_negative() && (y.floor() - y).abs() > f64::EPSILON {
            return ERROR_NAN; // a complex result
        }
        let r = x.powf(y);
        if r.is_infinite() && !(x.is_infinite() || y.is_infinite()) {
            return ERROR_NAN; // OverflowError
        }
        r
    }

    /// `x % y` for floats (the divisor is never zero: the caller checks).
    pub fn float_mod(x: f64, y: f64) -> f64 {
        rustpython_common::float_ops::mod_(x, y).unwrap_or(ERROR_NAN)
    }

    /// `x // y` for floats.
    pub fn float_floordiv(x: f64, y: f64) -> f64 {
        rustpython_common::float_ops::floordiv(x, y).unwrap_or(ERROR_NAN)
    }

    /// `x / y` for ints, correctly rounded; [`ERROR_NAN`] if it overflows a float.
    pub fn int_truediv(x: i64, y: i64) -> f64 {
        if y == 0 {
            return ERROR_NAN;
        }
        let r = rustpython_common::int::true_div(&x.into(), &y.into());
        if r.is_infinite() {
            ERROR_NAN
        } else {
            r
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_attribute_argument_gives_back_its_name_flag_and_point() {
        let general = 7 | ATTR_GENERAL | ((41 + 1) << ATTR_POINT_SHIFT);
        assert_eq!(attr_parts(general), (7, true, 41));
        assert_eq!(
            attr_parts(7 | ATTR_GENERAL),
            (7, true, -1),
            "no point given"
        );
        assert_eq!(attr_parts(7 | LOAD_OR_OBJECT), (7, false, -1));
        assert_eq!(attr_parts(7 | STORE_QUIET), (7, false, -1));
        // Without the flag the index is not cut to 16 bits.
        assert_eq!(attr_parts(70_000), (70_000, false, -1));
        assert_eq!(
            attr_parts(
                ATTR_NAME_MASK | ATTR_GENERAL | ((ATTR_MAX_POINT + 1) << ATTR_POINT_SHIFT) as i32
            ),
            (ATTR_NAME_MASK, true, ATTR_MAX_POINT as i32)
        );
    }

    #[test]
    fn a_frameless_caller_is_told_apart_from_points() {
        assert_eq!(frameless_caller(1), -2);
        for f in [1, 2, 23, u32::MAX] {
            assert_eq!(
                frameless_caller_of(frameless_caller(f)),
                Some(f.min(i32::MAX as u32 - 1))
            );
        }
        for point in [-1, 0, 1, 500] {
            assert_eq!(frameless_caller_of(point), None);
        }
    }

    #[test]
    fn statuses_round_trip() {
        for reason in BailReason::ALL {
            assert_eq!(
                Status::from_code(reason.code()),
                Some(Status::Bailed(reason))
            );
        }
        assert_eq!(Status::from_code(99), None);
    }

    #[test]
    fn the_math_table_is_indexed_by_its_enum() {
        for (i, spec) in MATH.iter().enumerate() {
            assert_eq!(spec.f as usize, i);
            assert_eq!(spec.f.spec().name, spec.name);
            assert_eq!(
                MathFn::from_attr(spec.name, spec.arity).is_some(),
                spec.f != MathFn::LogBase
            );
        }
        assert_eq!(MathFn::from_attr("log", 2), Some(MathFn::LogBase));
    }

    /// What compiled code does with a packed load (`emit::objects::unboxed_result`).
    fn unpack(x: i64) -> Option<(i32, i64)> {
        if x == PACKED_ASK {
            return None;
        }
        if (x as u64) >> 48 == (PACKED_INT as u64) >> 48 {
            return Some((crate::kinds::Kind::Int.tag(), (x << 16) >> 16));
        }
        if x == PACKED_OTHER {
            return Some((UNBOX_OTHER, 0));
        }
        Some((crate::kinds::Kind::Float.tag(), x))
    }

    #[test]
    fn packed_loads_round_trip_or_ask() {
        use crate::kinds::Kind;
        let (int, float) = (Kind::Int.tag(), Kind::Float.tag());
        for i in [0, 1, -1, 42, (1 << 47) - 1, -(1 << 47)] {
            let x = pack_number(int, i).expect("fits 48 bits");
            assert_eq!(unpack(x), Some((int, i)), "{i}");
        }
        for i in [1 << 47, -(1 << 47) - 1, i64::MAX, i64::MIN] {
            assert_eq!(pack_number(int, i), None, "{i}");
        }
        for f in [
            0.0,
            -0.0,
            1.5,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::MIN_POSITIVE,
            -1e308,
        ] {
            let bits = f.to_bits() as i64;
            assert_eq!(
                unpack(pack_number(float, bits).expect("a float")),
                Some((float, bits))
            );
        }
        for nan in [f64::NAN, -f64::NAN, f64::from_bits(PACKED_INT as u64)] {
            assert_eq!(pack_number(float, nan.to_bits() as i64), None);
        }
        assert_eq!(
            unpack(pack_number(UNBOX_OTHER, 7).expect("packed")),
            Some((UNBOX_OTHER, 0))
        );
        assert_eq!(pack_number(UNBOX_BAIL, 0), None);
    }

    #[test]
    fn math_errors_become_the_error_nan() {
        assert_eq!(host::math1(MathFn::Log, -1.0).to_bits(), ERROR_NAN_BITS);
        assert_eq!(host::math1(MathFn::Exp, 1000.0).to_bits(), ERROR_NAN_BITS);
        assert!(host::math1(MathFn::Sin, f64::NAN).is_nan());
        assert_ne!(host::math1(MathFn::Sin, f64::NAN).to_bits(), ERROR_NAN_BITS);
        assert_eq!(host::float_pow(-8.0, 0.5).to_bits(), ERROR_NAN_BITS);
        assert_eq!(host::float_pow(2.0, 10.0), 1024.0);
        assert_eq!(host::float_mod(-7.0, 2.0), 1.0);
        assert_eq!(host::int_truediv(1, 3), 1.0 / 3.0);
    }

    #[test]
    fn math_names_resolve() {
        assert_eq!(MathFn::from_attr("log", 2), Some(MathFn::LogBase));
        assert_eq!(MathFn::from_attr("log", 1), Some(MathFn::Log));
        assert_eq!(MathFn::from_attr("sqrt", 1), Some(MathFn::Sqrt));
        assert_eq!(MathFn::from_attr("sqrt", 2), None);
        assert_eq!(MathFn::from_attr("log_base", 2), None);
    }
}
