//! Tier 1: a compiler from RustPython bytecode to fresh WebAssembly modules.
//!
//! The passes run in a fixed order, each in its own module:
//!
//! 1. [`decode`]: original code units → instructions → basic blocks;
//! 2. [`lower`]: stack simulation → [`ir`] over variables (unsupported paths bail);
//! 3. [`infer`]: the kinds (`bool`/`int`/`float`/`None`) of every variable, from the
//!    argument kinds the profiler observed; then [`forward`] turns loads of attributes
//!    whose value is known into copies;
//! 4. [`verify`]: structural and kind checks (in tests and when asked);
//! 5. [`structure`]: control-flow graph → nested `block`/`loop`/`if`;
//! 6. [`emit`]: wasm bytes with `wasm-encoder`, following the contract in [`abi`], with
//!    [`alias`] saying which variables may hold a parameter unchanged (the module reports
//!    when its result is one, so the host returns that very argument, as the interpreter
//!    would).
//!
//! The compiler reads plain data ([`code::CodeInfo`]) and asks a [`code::Globals`] oracle
//! about global names; it never touches a Python object. It is a crate of its own, which
//! depends on RustPython's bytecode crate (`rustpython-compiler-core`) but not on its VM,
//! so that is checked by the compiler, not by habit.

pub mod abi;
pub mod alias;
pub mod clock;
pub mod code;
pub mod decode;
pub mod emit;
pub mod error;
pub mod forward;
pub mod gain;
pub mod infer;
pub mod ir;
pub mod kinds;
pub mod liveness;
pub mod lower;
pub mod structure;
#[cfg(test)]
mod testing;
pub mod verify;

use std::collections::BTreeSet;
use std::rc::Rc;

use crate::clock::Clock;
use code::{CodeInfo, FunctionId, Globals};
use error::{CompileError, CompileResult};
use ir::{Guard, Unit};
use kinds::Kinds;

/// Compiler settings.
#[derive(Debug, Clone, Copy, Default)]
pub struct CompileOptions {
    /// Run the IR verifier between passes.
    pub verify: bool,
    /// Validate the emitted module with `wasmparser`.
    pub validate: bool,
    /// Give every root that loops resume points, not only those that work on objects
    /// (the tests do, to exercise resuming on every program; see `lower::keep_points`).
    pub resume_everywhere: bool,
    /// Tests: hand the root's frame to the interpreter whenever it reaches resume
    /// point `k`, so that every point can be taken once and the output compared.
    pub force_resume: Option<u32>,
    /// Call Python objects through the host (`ObjOp::Call`): methods, builtins, classes,
    /// functions tier 1 does not compile in. Off, such a call ends the compiled path
    /// (the interpreter resumes there). Each call costs several host calls (natively,
    /// wasmtime's host-call path is ~150 instructions), which made `main` of the
    /// particle benchmark 1.23× the instructions it takes interpreted: until calls go
    /// straight into compiled code (issue 15), only `--jit-objects` and `pave.jit` turn
    /// this on.
    pub object_calls: bool,
    /// The root has no frame of its own to resume in (a lifted top-level loop, which
    /// re-runs in the interpreter if it bails): nothing it does may be visible before
    /// it returns, so it stores into no object and calls nothing through the host.
    pub frameless: bool,
    /// Keep every load an object (no `getattr.num`): after a fused load met something
    /// that is not a number (`s += xs[i]` over strings), the function is compiled again
    /// this way rather than bailing out on every call.
    pub no_fusion: bool,
    /// Load every attribute through the host (no [`forward`]): after a store that loads
    /// compiled away relied on would have released an object whose release may run
    /// Python code, the function is compiled again this way.
    pub no_forwarding: bool,
    /// Call every method through the host (no `ObjOp::CheckMethod` and direct call):
    /// after a method call compiled straight into one method met an object of another
    /// class, the function is compiled again this way.
    pub no_direct_methods: bool,
    /// The most code units (all its functions' bytecode) a unit on objects may have:
    /// past it, compiling stops after lowering with [`CompileError::OverBudget`] (a
    /// budget that cannot pay for the rest: emitting and loading cost several times
    /// what lowering does). `None`: no limit.
    pub max_object_units: Option<usize>,
    /// Stop after lowering with [`CompileError::NoGain`] if the unit works on objects
    /// and [`gain`] does not expect it to pay (`Objects::Budgeted`): emitting and
    /// loading it would cost more again.
    pub require_gain: bool,
}

/// Milliseconds spent in each compiler phase.
#[derive(Debug, Clone, Copy, Default, PartialEq, serde::Serialize)]
pub struct PhaseTimes {
    /// Bytecode decoding.
    pub decode_ms: f64,
    /// Lowering to IR (excluding decoding).
    pub lower_ms: f64,
    /// Kind inference (and verification, if on).
    pub infer_ms: f64,
    /// Structuring and emitting wasm (and validation, if on).
    pub emit_ms: f64,
}

impl PhaseTimes {
    /// Total compile time.
    pub fn total_ms(&self) -> f64 {
        self.decode_ms + self.lower_ms + self.infer_ms + self.emit_ms
    }
}

/// A compiled unit, ready for an engine.
#[derive(Debug, Clone)]
pub struct Compiled {
    /// Code units (bytecode instructions) of all the unit's functions.
    pub code_units: usize,
    /// The module's bytes.
    pub wasm: Vec<u8>,
    /// The IR it was emitted from (for the text form and telemetry).
    pub unit: Unit,
    /// The root's parameter kinds: a call whose argument kinds are not within these must
    /// not enter the module.
    pub params: Vec<Kinds>,
    /// What the root may return.
    pub ret: Kinds,
    /// For a root returning tuples, the kinds of each item.
    pub tuple_ret: Option<Vec<Kinds>>,
    /// The number globals a result's origin may name (origin `alias::MAX_PARAMS + i` is
    /// the object `origin_globals[i]` is bound to).
    pub origin_globals: Vec<String>,
    /// What must still hold of the globals on entry.
    pub guards: BTreeSet<Guard>,
    /// What its code on objects is expected to save against the interpreter.
    pub gain: gain::Estimate,
    /// The most stack one call of the module's functions may take, in bytes, as an
    /// engine that gives every local a slot of its own lays it out ([`frame_bytes`]).
    pub frame_bytes: u32,
    /// Time per phase.
    pub phases: PhaseTimes,
}

/// Stack an engine may give a wasm frame, per parameter or local (a baseline compiler
/// such as V8's Liftoff spills each to a slot, 8 bytes, 16 for a `v128`), doubled for
/// the operand stack and spills around calls.
const FRAME_BYTES_PER_LOCAL: u32 = 16;
/// A frame's fixed part (return address, frame pointer, instance, alignment), doubled.
const FRAME_BYTES_FIXED: u32 = 128;

/// The largest frame of `wasm`'s function bodies, in bytes, estimated from their locals
/// (parameters are counted as four: the unit's functions take few).
pub fn frame_bytes(wasm: &[u8]) -> u32 {
    let mut most = 0;
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        let Ok(wasmparser::Payload::CodeSectionEntry(body)) = payload else {
            continue;
        };
        let locals: u32 = body
            .get_locals_reader()
            .map(|r| r.into_iter().filter_map(Result::ok).map(|(n, _)| n).sum())
            .unwrap_or(0);
        most = most.max(locals + 4);
    }
    FRAME_BYTES_FIXED + most * FRAME_BYTES_PER_LOCAL
}

impl Compiled {
    /// The qualified names of the Python functions compiled into this module.
    pub fn function_names(&self) -> Vec<String> {
        self.unit.funcs.iter().map(|f| f.name.clone()).collect()
    }

    /// The module as WebAssembly text.
    pub fn wat(&self) -> String {
        wasmprinter::print_bytes(&self.wasm).unwrap_or_else(|e| format!(";; cannot print: {e}"))
    }
}

/// Compile the function `root` (with `code`) for calls whose arguments have `arg_kinds`.
pub fn compile(
    root: FunctionId,
    code: Rc<CodeInfo>,
    globals: &dyn Globals,
    arg_kinds: &[Kinds],
    clock: &dyn Clock,
    options: CompileOptions,
) -> CompileResult<Compiled> {
    let mut phases = PhaseTimes::default();
    let t0 = clock.now_ms();
    // Lowered once without calling classes' operator methods directly; if some
    // operator may then have an object on its left and a method of the unit's classes
    // named for it, once more with those operators calling the method.
    let direct_operators = options.object_calls && !options.frameless && !options.no_direct_methods;
    let mut operator_sites: Option<std::collections::BTreeSet<_>> = None;
    let (unit, t1, code_units) = loop {
        let (mut unit, decode_ms, code_units) = lower::lower_unit(
            root,
            code.clone(),
            globals,
            clock,
            &options,
            operator_sites.as_ref(),
        )?;
        let offsets = (direct_operators && operator_sites.is_none())
            .then(|| lower::instruction_offsets(&unit));
        lower::keep_points(&mut unit, arg_kinds, options.resume_everywhere)?;
        let t1 = clock.now_ms();
        phases.decode_ms += decode_ms;
        if options.verify {
            verify::verify(&unit, verify::Stage::Lowered)?;
        }
        infer::infer(&mut unit, arg_kinds)?;
        if options.verify {
            verify::verify(&unit, verify::Stage::Inferred)?;
        }
        let Some(offsets) = offsets else {
            break (unit, t1, code_units);
        };
        let sites = lower::object_operators(&unit, &offsets, globals);
        if sites.is_empty() {
            break (unit, t1, code_units);
        }
        operator_sites = Some(sites);
    };
    let mut unit = unit;
    if !options.no_forwarding && forward::forward(&mut unit) && options.verify {
        verify::verify(&unit, verify::Stage::Inferred)?;
    }
    phases.lower_ms = (t1 - t0 - phases.decode_ms).max(0.0);
    let t2 = clock.now_ms();
    phases.infer_ms = t2 - t1;
    let gain = gain::estimate(&unit);
    if options.require_gain && unit.works_on_objects() && !gain.pays() {
        return Err(gain.refusal());
    }
    let shapes = unit
        .funcs
        .iter()
        .map(structure::structure)
        .collect::<CompileResult<Vec<_>>>()?;
    let wasm = emit::emit(
        &unit,
        &shapes,
        options.force_resume,
        options.object_calls && !options.frameless,
    )?;
    if options.validate {
        wasmparser::validate(&wasm)
            .map_err(|e| CompileError::internal(format!("invalid module: {e}")))?;
    }
    phases.emit_ms = clock.now_ms() - t2;
    let origin_globals = alias::analyse(&unit).globals;
    let root = &unit.funcs[0];
    let frame_bytes = frame_bytes(&wasm);
    Ok(Compiled {
        code_units,
        frame_bytes,
        origin_globals,
        params: root.params.iter().map(|p| root.kinds(*p)).collect(),
        ret: root.ret,
        tuple_ret: root.tuple_ret.clone(),
        guards: unit.guards.clone(),
        gain,
        unit,
        wasm,
        phases,
    })
}
