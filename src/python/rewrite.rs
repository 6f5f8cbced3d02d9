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

use std::collections::HashMap;
use std::rc::Rc;

use rustpython_vm::builtins::{PyCode, PyStr, PyTupleRef};
use rustpython_vm::bytecode::{BasicBag, CodeObject, ConstantData, Instruction};
use rustpython_vm::compiler::{self, ast, Mode};
use rustpython_vm::function::{FuncArgs, KwArgs};
use rustpython_vm::vm::VmCompileError;
use rustpython_vm::{AsObject, Py, PyObjectRef, PyRef, PyResult, VirtualMachine};

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
    let mut code = match lifted(vm, source, mode, filename, &plain) {
        Some(Ok(code)) => code,
        // The tree should always compile; if not, run the plain code.
        Some(Err(())) => return Ok(plain),
        // Nothing to lift: the plain code, as plain data to insert prologues into. This
        // spares a second parse and code generation, which cost as much as the first
        // (a 600-line program: 25M instructions, 10% of a short run's total).
        None => plain.code.map_clone_bag(&BasicBag),
    };
    let mut gates = Gates {
        nonce: format!("\u{0}pave-gate\u{0}{:016x}\u{0}", tiering.rt.nonce()),
        by_placeholder: HashMap::new(),
    };
    add_gates(&mut code, tiering, &mut gates, vm);
    if gates.by_placeholder.is_empty() {
        return Ok(plain);
    }
    let code = PyCode::new_ref_from_bytecode(vm, code);
    match with_gates(&code, &gates.by_placeholder, vm) {
        Ok(Some(gated)) => Ok(gated),
        Ok(None) => Ok(code),
        // Only a bug in Pave could make `code.replace` fail here; run the plain code.
        Err(_) => Ok(plain),
    }
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

/// The dispatchers made for one compilation, by the placeholder constant standing for
/// each in the plain-data code.
struct Gates {
    /// Makes placeholders that no user string constant can be equal to.
    nonce: String,
    by_placeholder: HashMap<String, PyObjectRef>,
}

/// Give every function in `code` (nested ones too) that tier 1 could run a prologue.
fn add_gates(
    code: &mut CodeObject<ConstantData>,
    tiering: &Rc<Tiering>,
    gates: &mut Gates,
    vm: &VirtualMachine,
) {
    for constant in code.constants.iter_mut() {
        if let ConstantData::Code { code: inner } = constant {
            add_gates(inner, tiering, gates, vm);
            gate_function(inner, tiering, gates, vm);
        }
    }
}

/// Is a code object's name one of a plain function (a `def` or a `lambda`), not a
/// comprehension's or a class body's?
fn is_def_or_lambda(name: &str) -> bool {
    !name.starts_with('<') || name == "<lambda>"
}

fn gate_function(
    code: &mut CodeObject<ConstantData>,
    tiering: &Rc<Tiering>,
    gates: &mut Gates,
    vm: &VirtualMachine,
) {
    if !is_def_or_lambda(code.obj_name.as_str()) {
        return;
    }
    // What the compiler reads: the code as RustPython emitted it, before the prologue.
    let info = code_info(code);
    if info.shape_problem.is_some() || info.kwonly_count > 0 {
        return;
    }
    let placeholder = format!("{}{}", gates.nonce, gates.by_placeholder.len());
    let gate = ConstantData::Str {
        value: placeholder.as_str().into(),
    };
    let Ok(inserted) = prologue::insert(code, gate, crate::jit::abi::MAX_ARGS) else {
        return;
    };
    let name = info.qualname.clone();
    let line = info.first_line;
    let dispatcher = Dispatcher::new(tiering, info, &name, line, Some(inserted), vm);
    gates.by_placeholder.insert(placeholder, dispatcher.into());
}

/// `code` with every gate placeholder among its constants (at any depth of nested code)
/// replaced by its dispatcher, through `code.replace(co_consts=…)`: RustPython's own way
/// to make a code object with given constants. `None` if nothing changed.
fn with_gates(
    code: &Py<PyCode>,
    gates: &HashMap<String, PyObjectRef>,
    vm: &VirtualMachine,
) -> PyResult<Option<PyRef<PyCode>>> {
    let consts: PyTupleRef = code
        .as_object()
        .get_attr("co_consts", vm)?
        .try_into_value(vm)?;
    let mut changed = false;
    let mut gate_at = None;
    let mut out = Vec::with_capacity(consts.len());
    for c in consts.as_slice() {
        if let Some(inner) = c.downcast_ref::<PyCode>() {
            if let Some(gated) = with_gates(inner, gates, vm)? {
                out.push(gated.into());
                changed = true;
                continue;
            }
        } else if let Some(s) = c.downcast_ref::<PyStr>() {
            if let Some(gate) = s.to_str().and_then(|s| gates.get(s)) {
                gate_at = Some((out.len(), gate.clone()));
                out.push(gate.clone());
                changed = true;
                continue;
            }
        }
        out.push(c.clone());
    }
    if !changed {
        return Ok(None);
    }
    // The prologue put the gate after the code's own constants, whose indices the
    // compiled code names (`ObjOp::Constant`).
    if let Some((at, gate)) = gate_at {
        if let Some(dispatcher) = gate.downcast_ref::<Dispatcher>() {
            dispatcher.set_constants(out[..at].to_vec());
        }
    }
    let kwargs = KwArgs::from_iter([("co_consts".to_owned(), vm.ctx.new_tuple(out).into())]);
    let replaced = vm.call_method(
        code.as_object(),
        "replace",
        FuncArgs::new(Vec::new(), kwargs),
    )?;
    replaced
        .downcast::<PyCode>()
        .map(Some)
        .map_err(|_| vm.new_type_error("code.replace() did not return a code object"))
}
