//! `__slots__` members read and written where they lie in the instance, as the
//! interpreter's own specialised `LOAD_ATTR`/`STORE_ATTR` do: no member descriptor
//! called, no `PyResult` built, no reference taken to read a number.
//!
//! RustPython keeps its slot accessors (`PyObject::get_slot`) private, but publishes
//! what they use: a member descriptor's byte offset (`PyMemberDef::offset`) and the cell
//! type at that offset (`PyAtomicRef<Option<PyObject>>`). A [`Slot`] is learnt from the
//! member descriptor a class's lookup found, with the class's key (address and version
//! tag), and it only ever touches an instance of that very class version: the layout of
//! such an instance has the cell there (a class change, which might remove the member,
//! gives the class a new version tag).

use rustpython_vm::builtins::{MemberAccess, MemberKind, PyMemberDescriptor, PyMemberFlags};
use rustpython_vm::object::{PyAtomicRef, PyObjectCell};
use rustpython_vm::types::PyTypeFlags;
use rustpython_vm::{PyObject, PyObjectRef};

use super::class_key;

/// A `__slots__` member of the instances of one class version: where its cell lies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Slot {
    /// The class's address and version tag (never 0).
    class: (usize, u32),
    /// The cell's byte offset from the object (negative: slots lie before the header).
    offset: isize,
}

impl Slot {
    /// The slot `descr` (what a lookup on the class `class` found) reads and writes, if
    /// it is a `__slots__` member: an object cell, at an offset, of a class defined in
    /// Python, without flags (not read-only, no audit hook on reads).
    pub(super) fn of(descr: &PyObject, class: (usize, u32)) -> Option<Slot> {
        let member = descr.downcast_ref::<PyMemberDescriptor>()?;
        let plain = matches!(member.access, MemberAccess::Offset)
            && matches!(member.member.kind, MemberKind::ObjectEx)
            && member.member.flags == PyMemberFlags::empty()
            && member
                .common
                .typ
                .slots
                .flags
                .has_feature(PyTypeFlags::HEAPTYPE);
        (plain && class.1 != 0).then_some(Slot {
            class,
            offset: member.member.offset,
        })
    }

    /// The cell of this slot in `obj`, if `obj` is an instance of the class version the
    /// slot was learnt on.
    fn cell(self, obj: &PyObject) -> Option<&PyAtomicRef<Option<PyObject>>> {
        if class_key(obj.class()) != self.class {
            return None;
        }
        let cell = std::ptr::from_ref(obj)
            .wrapping_byte_offset(self.offset)
            .cast::<PyAtomicRef<Option<PyObject>>>();
        // SAFETY: `obj`'s class is the class version whose lookup found the member
        // descriptor of this offset (`Slot::of`); every instance of it was allocated with
        // an object cell there (as `PyObject::get_slot` reads it), alive as long as `obj`.
        Some(unsafe { &*cell })
    }

    /// The slot's value in `obj` (`None` where it is unset: the load raises
    /// `AttributeError`, which the interpreter does), if `obj` is of the slot's class.
    pub(super) fn get(self, obj: &PyObject) -> Option<PyObjectRef> {
        self.cell(obj)?.load_owned()
    }

    /// Run `f` on the slot's value in `obj`, borrowed (no reference taken; `f` must run
    /// no Python code).
    pub(super) fn read<R>(self, obj: &PyObject, f: impl FnOnce(&PyObject) -> R) -> Option<R> {
        self.cell(obj)?.deref().map(f)
    }

    /// Store `value` in the slot of `obj`; the old value back, to be released by the
    /// caller where releasing it may run its `__del__`. `Err(value)` if `obj` is not of
    /// the slot's class.
    pub(super) fn set(
        self,
        obj: &PyObject,
        value: PyObjectRef,
    ) -> Result<Option<PyObjectRef>, PyObjectRef> {
        let Some(cell) = self.cell(obj) else {
            return Err(value);
        };
        // SAFETY: `PyObjectCell` is a transparent wrapper of the cell's type, with the
        // store (`PyObject::set_slot`'s) public.
        let cell = unsafe { &*std::ptr::from_ref(cell).cast::<PyObjectCell>() };
        Ok(cell.store(Some(value)))
    }
}
