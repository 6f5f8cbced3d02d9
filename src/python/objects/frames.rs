//! Which calls may look at frames: compiled code keeps its locals to itself, and a
//! function compiled into its caller's module runs without a frame of its own, so a call
//! that may read the calling frame (`locals()`, `sys._getframe(1)`, `warnings.warn` with
//! a `stacklevel`) is made by the interpreter instead, from a frame. The program's own
//! code is judged by the names it uses ([`note_code`]); a library's, by the names its
//! function and what that may call use ([`library_looks`]).

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use rustpython_vm::builtins::{
    PyBoundMethod, PyCode, PyDict, PyFunction, PyModule, PyStrInterned, PyType,
};
use rustpython_vm::types::PyTypeFlags;
use rustpython_vm::{AsObject, PyObject, PyObjectRef, PyRef, VirtualMachine};

use super::code_words::Word;

thread_local! {
    /// This thread's session's builtins that read the calling frame's locals (`locals()`,
    /// `vars()`, `dir()`, `eval`, `exec`, zero-argument `super()`): compiled code keeps
    /// its locals to itself, so calls of them are the interpreter's (the call resumes
    /// there, with the frame's locals written first).
    static FRAME_READERS: RefCell<Vec<PyObjectRef>> =
        const { RefCell::new(Vec::new()) };
    /// Whether the session's own code names anything through which Python code looks at
    /// frames ([`FRAME_WORDS`], [`note_code`]): until it does, a function of the program cannot look
    /// at its caller's frame, so a function compiled into its caller's unit may call it.
    static SOURCE_READS_FRAMES: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// What [`library_looks`] found for each library function asked about so far, by
    /// its code object (kept alive here, so the address stays its own).
    static LIBRARY: RefCell<HashMap<usize, (PyObjectRef, bool)>> = RefCell::new(HashMap::new());
    /// [`looks_at_frames`]'s answer for each Python function asked about (kept alive
    /// here), until the program's code names a frame word or a session starts.
    static ANSWERS: RefCell<HashMap<usize, (PyObjectRef, bool)>> = RefCell::new(HashMap::new());
}

/// How many answers [`ANSWERS`] keeps before it starts again.
const MOST_ANSWERS: usize = 4096;

/// Words in a program's source that may mean its code looks at frames (its own or its
/// callers'): `sys._getframe`, `inspect`, tracebacks and their frames, `warnings.warn`
/// with a `stacklevel`, `logging`'s caller lookup, debuggers.
const FRAME_WORDS: [&str; 13] = [
    "_getframe",
    "currentframe",
    "f_back",
    "inspect",
    "traceback",
    "tb_frame",
    "exc_info",
    "_stack",
    "warn",
    "logging",
    "pdb",
    "breakpoint",
    "settrace",
];

/// Note what `code` (a program about to run in this thread's session) may do with
/// frames: a name it uses (a global, an attribute, an import, a local), or a string
/// constant without spaces (`getattr(sys, "_getframe")`), in it or any code it holds,
/// that has one of [`FRAME_WORDS`] in it. Comments and prose (a docstring that
/// mentions `pdb`, pyperformance's deltablue) say nothing.
pub(crate) fn note_code(code: &PyCode) {
    if reads_frames(code) {
        SOURCE_READS_FRAMES.with(|r| r.set(true));
        ANSWERS.with(|a| a.borrow_mut().clear());
    }
}

/// Whether `code` (or code it holds) names a frame word. Each name is looked at once,
/// however many code objects use it: a program's functions share most of their names
/// (`self`), and each look tries every word.
fn reads_frames(code: &PyCode) -> bool {
    let framey = |word: &str| FRAME_WORDS.iter().any(|w| word.contains(w));
    let mut seen = std::collections::HashSet::new();
    super::code_words::any_word(code, &mut |_| false, &mut |word| match word {
        Word::Name(n) => {
            seen.insert(std::ptr::from_ref::<PyStrInterned>(n) as usize) && framey(n.as_str())
        }
        Word::Token(s) => framey(s),
    })
}

/// Let go of the functions the answers keep alive (a session ends: a program's function
/// holds its globals).
pub(crate) fn forget_answers() {
    LIBRARY.with(|l| l.borrow_mut().clear());
    ANSWERS.with(|a| a.borrow_mut().clear());
}

/// Note the session's frame-reading builtins (at session start, before user code).
pub(crate) fn note_frame_readers(vm: &VirtualMachine) {
    let found = [
        "locals",
        "vars",
        "dir",
        "eval",
        "exec",
        "super",
        "breakpoint",
    ]
    .iter()
    .filter_map(|name| vm.builtins.get_attr(*name, vm).ok())
    // `sys._getframe` too: from a function compiled into its caller's unit, which has
    // no frame of its own, the interpreter makes the call after resuming that function
    // in a frame (so `sys._getframe(1).f_lineno` is its caller's line).
    .chain(
        ["_getframe", "_getframemodulename"]
            .iter()
            .filter_map(|name| vm.sys_module.get_attr(*name, vm).ok()),
    )
    .collect();
    FRAME_READERS.with(|r| *r.borrow_mut() = found);
    SOURCE_READS_FRAMES.with(|r| r.set(false));
    LIBRARY.with(|l| l.borrow_mut().clear());
    ANSWERS.with(|a| a.borrow_mut().clear());
}

/// May calling `func` look at its caller's frame? It runs Python code that may (a
/// function, a method of one, a class whose `__init__` or `__new__` is one), or it is
/// `warnings.warn` or `warn_explicit` (which take the caller's file and line). Asked only
/// for calls made by functions compiled into their caller's module, which have no frame.
pub(super) fn looks_at_frames(func: &PyObject, vm: &VirtualMachine) -> bool {
    // A function of the program itself (it has a gate, or, one tier 1 does not gate, a
    // method using `super` or a closure, it shares the running code's globals) looks at
    // no frame unless the program's code says it might; a library's, unless its code or
    // the code it reaches does ([`library_looks`]).
    let python = |f: &PyObject| {
        if f.downcast_ref::<PyFunction>().is_none() {
            return false;
        }
        // Asked at every call a frameless callee makes: remembered per function.
        let key = f as *const PyObject as usize;
        if let Some(known) = ANSWERS.with(|a| a.borrow().get(&key).map(|(_, k)| *k)) {
            return known;
        }
        let programs = crate::python::gate::Dispatcher::of(f, vm).is_some()
            || f.get_attr("__globals__", vm)
                .is_ok_and(|g| g.is(&vm.current_globals()));
        let looks = if programs {
            SOURCE_READS_FRAMES.with(Cell::get)
        } else {
            library_looks(f, vm)
        };
        ANSWERS.with(|a| {
            let mut answers = a.borrow_mut();
            if answers.len() >= MOST_ANSWERS {
                // (Functions made anew in a loop, `lambda`s, would otherwise pile up.)
                answers.clear();
            }
            answers.insert(key, (f.to_owned(), looks));
        });
        looks
    };
    if python(func) {
        return true;
    }
    if func.downcast_ref::<PyBoundMethod>().is_some() {
        return func.get_attr("__func__", vm).is_ok_and(|f| python(&f));
    }
    if let Some(class) = func.downcast_ref::<PyType>() {
        return ["__init__", "__new__"].iter().any(|name| {
            class
                .get_attr(vm.ctx.intern_str(*name))
                .is_some_and(|f| python(&f))
        });
    }
    if func
        .class()
        .is(vm.ctx.types.builtin_function_or_method_type)
    {
        let text = |name: &'static str| {
            func.get_attr(name, vm)
                .ok()
                .and_then(|v| v.downcast::<rustpython_vm::builtins::PyStr>().ok())
                .and_then(|s| s.to_str().map(str::to_owned))
        };
        let module = text("__module__");
        let named = text("__name__");
        return matches!(module.as_deref(), Some("_warnings" | "warnings"))
            && matches!(named.as_deref(), Some("warn" | "warn_explicit"));
    }
    false
}

/// Whether `func` is one of the session's builtins that read the calling frame
/// ([`note_frame_readers`]).
pub(super) fn reads_frame(func: &PyObject, vm: &VirtualMachine) -> bool {
    // Each of them is a builtin function or a class (`super`): the common calls, of
    // Python functions and of builtin types' methods, need not look through the list.
    (func
        .class()
        .is(vm.ctx.types.builtin_function_or_method_type)
        || func.downcast_ref::<PyType>().is_some())
        && FRAME_READERS.with(|r| r.borrow().iter().any(|f| f.is(func)))
}

/// How many functions [`library_looks`] reads for one question before it assumes the
/// answer is yes.
const MOST_LIBRARY_FUNCTIONS: u32 = 64;

/// May library function `func` (a module's, not the program's) look at frames above its
/// own? Only if its code, or the code of a function it may call, names one of
/// [`FRAME_WORDS`] (`sys._getframe`, `warnings.warn`, `logging`…). What it may call is
/// found by name, as far as its module shows: the functions, classes (their `__init__`,
/// `__new__` and the methods of those names) and modules' attributes its names are
/// bound to in its globals, and the methods of those names of every class of its module
/// (`self._randbelow(n)` in `random.randrange`). A method of an object from elsewhere
/// is not found: a library logging through a logger it was handed would be missed.
/// Past [`MOST_LIBRARY_FUNCTIONS`] functions the answer is yes. pyperformance's go
/// calls `random.randrange` from a method compiled into its caller's module: each call
/// had handed the whole driver over to the interpreter.
fn library_looks(func: &PyObject, vm: &VirtualMachine) -> bool {
    let Some(code) = code_of(func, vm) else {
        return true;
    };
    let key = code.as_object() as *const PyObject as usize;
    if let Some(known) = LIBRARY.with(|l| l.borrow().get(&key).map(|(_, k)| *k)) {
        return known;
    }
    let mut seen = Vec::new();
    let mut budget = MOST_LIBRARY_FUNCTIONS;
    let looks = reaches_frames(func, vm, &mut seen, &mut budget);
    LIBRARY.with(|l| l.borrow_mut().insert(key, (code.into(), looks)));
    looks
}

/// The code object of Python function `func`.
fn code_of(func: &PyObject, vm: &VirtualMachine) -> Option<PyRef<PyCode>> {
    func.get_attr("__code__", vm)
        .ok()?
        .downcast::<PyCode>()
        .ok()
}

/// Whether Python function `func`, or one it may call (see [`library_looks`]), names a
/// way to look at frames; functions in `seen` are already being answered for.
fn reaches_frames(
    func: &PyObject,
    vm: &VirtualMachine,
    seen: &mut Vec<usize>,
    budget: &mut u32,
) -> bool {
    let Some(code) = code_of(func, vm) else {
        return false;
    };
    let key = code.as_object() as *const PyObject as usize;
    if seen.contains(&key) {
        return false;
    }
    if *budget == 0 {
        return true;
    }
    *budget -= 1;
    seen.push(key);
    if reads_frames(&code) {
        return true;
    }
    let Some(globals) = func
        .get_attr("__globals__", vm)
        .ok()
        .and_then(|g| g.downcast::<PyDict>().ok())
    else {
        return true;
    };
    let mut names = Vec::new();
    code_names(&code, &mut names);
    let mut targets: Vec<PyObjectRef> = Vec::new();
    for name in &names {
        let Ok(Some(bound)) = globals.get_item_opt(name.as_str(), vm) else {
            continue;
        };
        if let Some(module) = bound.downcast_ref::<PyModule>() {
            // `mod.f(...)`: what the module's dictionary holds under the names the code
            // uses (read as is: a module's `__getattr__` would run Python code).
            let dict = module.as_object().dict();
            targets.extend(names.iter().filter_map(|n| {
                dict.as_ref()
                    .and_then(|d| d.get_item_opt(n.as_str(), vm).ok().flatten())
            }));
        } else {
            targets.push(bound);
        }
    }
    // `self.m(...)`: the methods of those names of the module's classes.
    for (_, value) in &globals {
        if let Some(cls) = value.downcast_ref::<PyType>() {
            if cls.slots.flags.has_feature(PyTypeFlags::HEAPTYPE) {
                targets.extend(names.iter().filter_map(|n| cls.get_attr(n)));
            }
        }
    }
    targets.into_iter().any(|target| {
        callees(&target, vm)
            .iter()
            .any(|f| reaches_frames(f, vm, seen, budget))
    })
}

/// The Python functions calling `target` may run first: itself, a method's function, a
/// static or class method's, a class's `__init__` and `__new__`. None for anything else
/// (a builtin, whose name [`FRAME_WORDS`] already judged, or a value).
fn callees(target: &PyObjectRef, vm: &VirtualMachine) -> Vec<PyObjectRef> {
    if target.downcast_ref::<PyFunction>().is_some() {
        return vec![target.clone()];
    }
    if let Some(cls) = target.downcast_ref::<PyType>() {
        if !cls.slots.flags.has_feature(PyTypeFlags::HEAPTYPE) {
            return Vec::new();
        }
        return ["__init__", "__new__"]
            .iter()
            .filter_map(|n| cls.get_attr(vm.ctx.intern_str(*n)))
            .filter(|f| f.downcast_ref::<PyFunction>().is_some())
            .collect();
    }
    // A bound method, `staticmethod`, `classmethod`: the function they wrap.
    target
        .get_attr("__func__", vm)
        .ok()
        .filter(|f| f.downcast_ref::<PyFunction>().is_some())
        .into_iter()
        .collect()
}

/// The names `code` and the code objects it holds use (`co_names`).
fn code_names(code: &PyCode, names: &mut Vec<&'static PyStrInterned>) {
    for name in code.code.names.iter() {
        if !names.iter().any(|n| n.as_str() == name.as_str()) {
            names.push(name);
        }
    }
    for c in code.code.constants.iter() {
        let obj: &PyObject = std::borrow::Borrow::borrow(c);
        if let Some(inner) = obj.downcast_ref::<PyCode>() {
            code_names(inner, names);
        }
    }
}
