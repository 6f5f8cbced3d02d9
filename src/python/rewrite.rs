//! Compiling user code with tier 1 hooked in, without forking RustPython: the source is
//! parsed, liftable top-level loops are guarded (python/loops.rs), the tree is compiled
//! with RustPython's own code generator, and every function body tier 1 could ever run
//! gets an entry prologue (python/prologue.rs) whose gate is a fresh [`Dispatcher`].
//! Functions stay plain Python functions.
//!
//! Syntax errors (and warnings) must read exactly as without the JIT, so the source is
//! first compiled the ordinary way; only code that compiles is rewritten. It is compiled a
//! second time only when it has top-level loops to lift; otherwise the prologues go into
//! the first compilation's code.

use std::rc::Rc;

use rustpython_vm::builtins::PyCode;
use rustpython_vm::bytecode::{CodeObject, ConstantData, Instruction};
use rustpython_vm::compiler::{self, ast, Mode};
use rustpython_vm::vm::VmCompileError;
use rustpython_vm::{Py, PyObject, PyObjectRef, PyRef, VirtualMachine};

use super::gate::Dispatcher;
use super::prologue;
use super::tiering::Tiering;
use crate::jit::code::read::code_info;

/// Compile `source` for the interpreter, with tier 1's entry prologues in place.
pub(crate) fn compile(
    vm: &VirtualMachine,
    tiering: &Rc<Tiering>,
    source: &str,
    mode: Mode,
    filename: &str,
) -> Result<PyRef<PyCode>, VmCompileError> {
    let plain = vm.compile(source, mode, filename)?;
    super::objects::note_code(&plain);
    let code = match lifted(vm, source, mode, filename, &plain) {
        Some(Ok(code)) => PyCode::new_ref_from_bytecode(vm, code),
        // The tree should always compile; if not, run the plain code.
        Some(Err(())) => return Ok(plain),
        // Nothing to lift: the first compilation's code gets the prologues. This spares
        // a second parse and code generation, which cost as much as the first (a
        // 600-line program: 25M instructions, 10% of a short run's total).
        None => plain,
    };
    Ok(with_gates(&code, tiering, vm).unwrap_or(code))
}

/// `source` compiled again with its top-level loops lifted (python/loops.rs), or `None`
/// when `plain` has no loop at module level, so there is nothing to lift.
fn lifted(
    vm: &VirtualMachine,
    source: &str,
    mode: Mode,
    filename: &str,
    plain: &PyCode,
) -> Option<Result<CodeObject<ConstantData>, ()>> {
    if !has_loop(&plain.code.instructions.original_bytes()) {
        return None;
    }
    let Ok(parsed) = compiler::parser::parse_module(source) else {
        return Some(Err(()));
    };
    let mut module = parsed.into_syntax();
    if !super::loops::lift(&mut module.body, source) {
        return None;
    }
    let source_file = ruff_source_file::SourceFileBuilder::new(filename, source).finish();
    Some(
        compiler::codegen::compile::compile_top(
            ast::Mod::Module(module),
            source_file,
            mode,
            vm.compile_opts(),
        )
        .map_err(|_| ()),
    )
}

/// Whether code units (not nested code objects) contain a loop: a `FOR_ITER` or a
/// backward jump. Every top-level `for` or `while` compiles to one of them (so do inlined
/// comprehensions, which makes this a conservative test).
fn has_loop(units: &[u8]) -> bool {
    units.chunks_exact(2).any(|unit| {
        matches!(
            Instruction::try_from(unit[0]),
            Ok(Instruction::ForIter { .. }
                | Instruction::JumpBackward { .. }
                | Instruction::JumpBackwardNoInterrupt { .. })
        )
    })
}

/// `code` made anew with a prologue in every function tier 1 could run, itself or held
/// at any depth; `None` if it gets none. Each code object is copied as it is, its
/// constants already Python objects, so the gate goes in as the dispatcher itself:
/// nothing is converted to plain data and back to objects. (Through plain data and
/// `code.replace`, as before, pyperformance's deltablue spent 3M instructions more: 1% of
/// its run.)
fn with_gates(
    code: &Py<PyCode>,
    tiering: &Rc<Tiering>,
    vm: &VirtualMachine,
) -> Option<PyRef<PyCode>> {
    let mut changed = false;
    // (The constants' type, `Literal`, is private to RustPython: inferred here.)
    let constants: Vec<_> = code
        .code
        .constants
        .iter()
        .map(|c| {
            let obj: &PyObject = std::borrow::Borrow::borrow(c);
            let gated = obj
                .downcast_ref::<PyCode>()
                .and_then(|inner| with_gates(inner, tiering, vm));
            changed |= gated.is_some();
            gated.map_or_else(|| c.clone(), |g| PyObjectRef::from(g).into())
        })
        .collect();
    if !changed {
        return gate_function(code, tiering, vm);
    }
    let mut own = code.code.clone();
    own.constants = constants.into_iter().collect();
    let own = PyCode::new_ref_with_bag(vm, own);
    Some(gate_function(&own, tiering, vm).unwrap_or(own))
}

/// Is a code object's name one of a plain function (a `def` or a `lambda`), not a
/// comprehension's or a class body's?
fn is_def_or_lambda(name: &str) -> bool {
    !name.starts_with('<') || name == "<lambda>"
}

/// `code` made anew with a prologue whose gate is a new dispatcher, if it is a function
/// tier 1 could run; `None` if it gets none.
fn gate_function(
    code: &Py<PyCode>,
    tiering: &Rc<Tiering>,
    vm: &VirtualMachine,
) -> Option<PyRef<PyCode>> {
    if !is_def_or_lambda(code.code.obj_name.as_str()) {
        return None;
    }
    // What the compiler reads: the code as RustPython emitted it, before the prologue.
    let info = code_info(&code.code);
    if let Some(why) = info.shape_problem.as_deref() {
        tiering.note_ungated(code, &info.qualname, info.first_line, why);
        return None;
    }
    let mut gated = code.code.clone();
    // The gate's place, filled below with the dispatcher, which needs to know where the
    // prologue went.
    let placeholder = vm.ctx.none().into();
    let inserted = prologue::insert(&mut gated, placeholder, crate::jit::abi::MAX_ARGS).ok()?;
    let name = info.qualname.clone();
    let line = info.first_line;
    let dispatcher = Dispatcher::new(tiering, info, &name, line, Some(inserted), vm);
    // The code's own constants, whose indices compiled code names (`ObjOp::Constant`):
    // the gate went after them.
    let (gate, own) = gated.constants.split_last_mut()?;
    dispatcher.set_constants(own.iter().map(|c| PyObjectRef::from(c.clone())).collect());
    *gate = PyObjectRef::from(dispatcher).into();
    Some(PyCode::new_ref_with_bag(vm, gated))
}
