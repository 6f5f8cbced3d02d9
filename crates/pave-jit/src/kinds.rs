//! What tier 1 knows about a value's Python type: a set of [`Kinds`] (`bool`, `int`,
//! `float`, `None`), and the machine representation ([`Repr`]) that set is given in wasm.
//!
//! A set with one kind is unboxed (`int` → `i64`, `float` → `f64`, `bool` → `i32`,
//! `None` → nothing, `object` → an `i32` handle). A mixed set such as `int | float` — an accumulator that starts at
//! `0` and has floats added to it — is *tagged*: an `i32` tag plus an `i64` payload
//! (a float's bits reinterpreted), and every operation on it dispatches on the tag.

use std::fmt;

/// One Python type tier 1 can hold unboxed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// `bool`.
    Bool,
    /// `int` that fits in an `i64` (a larger one is a bailout).
    Int,
    /// `float`.
    Float,
    /// `None`.
    None,
    /// Any Python object, held by a *handle*: an index into the host's table of objects
    /// the running call owns (`abi::Import::ObjDrop`). Compiled code never looks inside
    /// one; it hands handles to host functions. An object may itself be a number or
    /// `None` (an attribute's value): arithmetic unboxes it first, through the host.
    Object,
}

impl Kind {
    /// Every kind, in tag order.
    pub const ALL: [Kind; 5] = [Kind::Bool, Kind::Int, Kind::Float, Kind::None, Kind::Object];

    /// The tag of this kind in a [`Repr::Tagged`] value.
    pub fn tag(self) -> i32 {
        match self {
            Kind::Bool => 0,
            Kind::Int => 1,
            Kind::Float => 2,
            Kind::None => 3,
            Kind::Object => 4,
        }
    }

    /// The Python spelling of the type.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Bool => "bool",
            Kind::Int => "int",
            Kind::Float => "float",
            Kind::None => "None",
            Kind::Object => "object",
        }
    }

    /// `bool` and `int` behave alike in arithmetic (`True + 1 == 2`).
    pub fn is_integral(self) -> bool {
        matches!(self, Kind::Bool | Kind::Int)
    }

    /// `bool`, `int` or `float`.
    pub fn is_numeric(self) -> bool {
        matches!(self, Kind::Bool | Kind::Int | Kind::Float)
    }
}

/// A set of kinds: what a variable may hold at some point of a compiled function.
#[derive(Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct Kinds(u8);

impl Kinds {
    /// No kind at all: the value is never produced (unreachable code, or a function
    /// that never returns normally).
    pub const NEVER: Kinds = Kinds(0);
    /// `bool`.
    pub const BOOL: Kinds = Kinds(1);
    /// `int`.
    pub const INT: Kinds = Kinds(2);
    /// `float`.
    pub const FLOAT: Kinds = Kinds(4);
    /// `None`.
    pub const NONE: Kinds = Kinds(8);
    /// An object handle.
    pub const OBJECT: Kinds = Kinds(16);
    /// What compiled arithmetic takes an object to be once unboxed: an `int` or a
    /// `float`. Anything else (a `bool`, `None`, a string…) bails out, to the interpreter,
    /// which computes `True + 1` or raises the `TypeError`; two kinds instead of four keep
    /// the code that dispatches on them four times smaller.
    pub const UNBOXED: Kinds = Kinds(2 | 4);

    /// The set holding just `kind`.
    pub fn of(kind: Kind) -> Kinds {
        Kinds(1 << kind.tag())
    }

    /// Union.
    #[must_use]
    pub fn join(self, other: Kinds) -> Kinds {
        Kinds(self.0 | other.0)
    }

    /// Does the set contain `kind`?
    pub fn contains(self, kind: Kind) -> bool {
        self.0 & Kinds::of(kind).0 != 0
    }

    /// Is every kind of `self` also in `other`?
    pub fn is_subset(self, other: Kinds) -> bool {
        self.0 & !other.0 == 0
    }

    /// True for the empty set.
    pub fn is_never(self) -> bool {
        self.0 == 0
    }

    /// The kinds in the set, in tag order.
    pub fn iter(self) -> impl Iterator<Item = Kind> {
        Kind::ALL.into_iter().filter(move |k| self.contains(*k))
    }

    /// The only kind in the set, if it has exactly one.
    pub fn single(self) -> Option<Kind> {
        let mut kinds = self.iter();
        match (kinds.next(), kinds.next()) {
            (Some(kind), None) => Some(kind),
            _ => None,
        }
    }

    /// The set with `object` replaced by what an object may unbox to ([`Kinds::UNBOXED`]):
    /// the kinds arithmetic, comparisons and numeric builtins see.
    #[must_use]
    pub fn unboxed(self) -> Kinds {
        if self.contains(Kind::Object) {
            Kinds(self.0 & !Kinds::OBJECT.0).join(Kinds::UNBOXED)
        } else {
            self
        }
    }

    /// How many kinds the set has.
    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// True for the empty set (same as [`Kinds::is_never`]).
    pub fn is_empty(self) -> bool {
        self.is_never()
    }

    /// The machine representation of a value of these kinds.
    pub fn repr(self) -> Repr {
        match self.single() {
            None if self.is_never() => Repr::Never,
            None => Repr::Tagged,
            Some(Kind::Bool) => Repr::Bool,
            Some(Kind::Int) => Repr::Int,
            Some(Kind::Float) => Repr::Float,
            Some(Kind::None) => Repr::None,
            Some(Kind::Object) => Repr::Object,
        }
    }
}

impl From<Kind> for Kinds {
    fn from(kind: Kind) -> Self {
        Kinds::of(kind)
    }
}

impl fmt::Debug for Kinds {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl fmt::Display for Kinds {
    /// `int`, `int|float`, or `never`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_never() {
            return f.write_str("never");
        }
        let names: Vec<&str> = self.iter().map(Kind::name).collect();
        f.write_str(&names.join("|"))
    }
}

/// How a value of some [`Kinds`] lives in wasm.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Repr {
    /// Never produced: no storage.
    Never,
    /// `i32`, 0 or 1.
    Bool,
    /// `i64`.
    Int,
    /// `f64`.
    Float,
    /// Only `None`: no storage.
    None,
    /// `i32` handle (0: none yet).
    Object,
    /// `i32` tag ([`Kind::tag`]) plus `i64` payload (a handle, for an object).
    Tagged,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_join_and_pick_a_representation() {
        assert_eq!(Kinds::INT.repr(), Repr::Int);
        assert_eq!(Kinds::INT.join(Kinds::FLOAT).repr(), Repr::Tagged);
        assert_eq!(Kinds::NEVER.repr(), Repr::Never);
        assert_eq!(Kinds::NONE.repr(), Repr::None);
        assert!(Kinds::INT.is_subset(Kinds::INT.join(Kinds::BOOL)));
        assert!(!Kinds::FLOAT.is_subset(Kinds::INT));
        assert_eq!(Kinds::INT.join(Kinds::FLOAT).to_string(), "int|float");
        assert_eq!(Kinds::NEVER.to_string(), "never");
        assert_eq!(Kinds::OBJECT.repr(), Repr::Object);
        assert_eq!(Kinds::OBJECT.join(Kinds::INT).unboxed(), Kinds::UNBOXED);
        assert_eq!(Kinds::FLOAT.unboxed(), Kinds::FLOAT);
    }

    #[test]
    fn tags_match_the_set_bits() {
        for kind in Kind::ALL {
            assert_eq!(Kinds::of(kind).single(), Some(kind));
        }
    }
}
