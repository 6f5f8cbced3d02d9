//! Emit: a structured, kind-annotated [`Unit`] → the bytes of one wasm module.
//!
//! Each IR function becomes a wasm function whose parameters and result follow its
//! kinds (`int` → `i64`, `int|float` → `i32` tag + `i64` payload, …), so calls between
//! compiled functions pass unboxed values and the engine can inline them. Around them
//! the module has the [`abi`](crate::abi) entry point and status getter, a few
//! globals (bailout reason, recursion depth and budget, loop fuel) and, when used,
//! helper functions for checked arithmetic.
//!
//! Bodies are first collected as [`Ins`] with symbolic call targets, then resolved once
//! the set of used imports and helpers is known, so a module imports only what it calls.
//! Per-family code lives in `emit/`: `values.rs` (storage and conversions), `arith.rs`,
//! `compare.rs`, `intrinsics.rs`, `control.rs` and `helpers.rs`.

mod arith;
mod compare;
mod control;
mod helpers;
mod intrinsics;
mod objects;
mod origin;
mod resume;
mod values;

use std::collections::{BTreeMap, BTreeSet};

use wasm_encoder::{
    CodeSection, ConstExpr, EntityType, ExportKind, ExportSection, FunctionSection, GlobalSection,
    GlobalType, ImportSection, Instruction, Module, NameMap, NameSection, TypeSection, ValType,
};

use crate::abi::{self, Import};
use crate::error::{CompileError, CompileResult};
use crate::ir::{FuncIdx, Unit};
use crate::kinds::Repr;
use crate::structure::Shape;

pub(crate) use helpers::Helper;
use values::FnEmitter;

/// A function the generated code calls, before indices are assigned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Callee {
    /// A host import.
    Import(Import),
    /// A function of the unit.
    Unit(FuncIdx),
    /// A helper the emitter adds to the module.
    Helper(Helper),
}

/// One instruction of a body being emitted.
#[derive(Debug, Clone)]
pub(crate) enum Ins {
    /// A finished instruction.
    Wasm(Instruction<'static>),
    /// `call`, target resolved at the end.
    Call(Callee),
}

/// The module's globals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u32)]
pub(crate) enum Global {
    /// Nonzero: the [`abi::BailReason`] code of a bailout in progress.
    Bail = 0,
    /// The [`abi::Status`] of the last entry call.
    Status = 1,
    /// Current compiled call depth.
    Depth = 2,
    /// Depth at which a call bails out with `RecursionError`.
    Budget = 3,
    /// Loop iterations left before the next interrupt poll.
    Fuel = 4,
    /// `i + 1` when the value just returned is parameter `i` unchanged, else 0
    /// (`emit/origin.rs`).
    Origin = 5,
}

/// Globals before the tuple items.
const FIXED_GLOBALS: u32 = 6;

/// The global holding the tag of returned tuple item `i`.
pub(crate) fn item_tag_global(i: usize) -> u32 {
    FIXED_GLOBALS + 2 * i as u32
}

/// The global holding the payload of returned tuple item `i`.
pub(crate) fn item_global(i: usize) -> u32 {
    FIXED_GLOBALS + 2 * i as u32 + 1
}

/// Module-wide state while emitting: the type section and which callees are used.
#[derive(Default)]
pub(crate) struct ModuleCtx {
    types: Vec<(Vec<ValType>, Vec<ValType>)>,
    used: BTreeSet<Callee>,
    /// The unit's attribute names ([`Unit::attr_names`]): a `getattr` passes an index.
    attr_names: Vec<String>,
    /// Tests: make the root resume at this point whenever it gets there
    /// ([`crate::CompileOptions::force_resume`]).
    force_resume: Option<u32>,
    /// Operators on objects may run Python code where the IR allows
    /// ([`crate::lower::general_operators`]): calls through the host are on.
    general_operators: bool,
    /// The objects loaded as constant handles ([`Unit::const_handles`]).
    const_handles: Vec<crate::ir::ConstHandle>,
}

impl ModuleCtx {
    /// The index of the function type `params -> results`, adding it if new.
    pub(crate) fn type_index(&mut self, params: &[ValType], results: &[ValType]) -> u32 {
        let key = (params.to_vec(), results.to_vec());
        if let Some(i) = self.types.iter().position(|t| *t == key) {
            return i as u32;
        }
        self.types.push(key);
        (self.types.len() - 1) as u32
    }

    /// The last constant handle of this module: the ABI's, then one per object loaded
    /// as a constant. A handle up to it is never released.
    pub(crate) fn last_constant(&self) -> i32 {
        abi::LAST_CONSTANT_HANDLE + self.const_handles.len() as i32
    }

    /// The constant handle of `object` ([`crate::ir::ObjOp::ConstGlobal`],
    /// [`crate::ir::ObjOp::Constant`]).
    pub(crate) fn const_handle(&self, object: &crate::ir::ConstHandle) -> Option<i32> {
        let i = self.const_handles.iter().position(|h| h == object)?;
        Some(abi::LAST_CONSTANT_HANDLE + 1 + i as i32)
    }

    pub(crate) fn use_callee(&mut self, callee: Callee) {
        self.used.insert(callee);
    }
}

/// wasm value types a value of `repr` occupies, in order.
pub(crate) fn repr_types(repr: Repr) -> Vec<ValType> {
    match repr {
        Repr::Never | Repr::None => vec![],
        Repr::Bool => vec![ValType::I32],
        Repr::Int => vec![ValType::I64],
        Repr::Float => vec![ValType::F64],
        Repr::Object => vec![ValType::I32],
        Repr::Tagged => vec![ValType::I32, ValType::I64],
    }
}

fn import_types(import: Import) -> (Vec<ValType>, Vec<ValType>) {
    let conv = |t: &abi::ValType| match t {
        abi::ValType::I32 => ValType::I32,
        abi::ValType::I64 => ValType::I64,
        abi::ValType::F64 => ValType::F64,
    };
    let (p, r) = import.signature();
    (p.iter().map(conv).collect(), r.iter().map(conv).collect())
}

/// Emit `unit` (whose functions have been structured into `shapes`) as a module.
pub fn emit(
    unit: &Unit,
    shapes: &[Shape],
    force_resume: Option<u32>,
    general_operators: bool,
) -> CompileResult<Vec<u8>> {
    if shapes.len() != unit.funcs.len() {
        return Err(CompileError::internal("one shape per function expected"));
    }
    let mut ctx = ModuleCtx {
        attr_names: unit.attr_names(),
        const_handles: unit.const_handles(),
        force_resume,
        general_operators,
        ..ModuleCtx::default()
    };
    let mut bodies = Vec::new();
    let mut sigs = Vec::new();
    let aliases = crate::alias::analyse(unit);
    for (index, shape) in shapes.iter().enumerate() {
        let mut e = FnEmitter::new(unit, index, &aliases, &mut ctx);
        e.body(shape)?;
        sigs.push(e.signature());
        bodies.push(e.finish());
    }
    // Helpers may use other helpers and imports; settle the set first.
    let helper_bodies = helpers::emit_used(&mut ctx)?;
    let entry = control::entry_body(unit, aliases.funcs[0].returns != 0, &mut ctx)?;

    // Index space: used imports, unit functions, used helpers, entry, status.
    let imports: Vec<Import> = ctx
        .used
        .iter()
        .filter_map(|c| match c {
            Callee::Import(i) => Some(*i),
            _ => None,
        })
        .collect();
    let helpers: Vec<Helper> = ctx
        .used
        .iter()
        .filter_map(|c| match c {
            Callee::Helper(h) => Some(*h),
            _ => None,
        })
        .collect();
    let mut index: BTreeMap<Callee, u32> = BTreeMap::new();
    let mut next = 0u32;
    for i in &imports {
        index.insert(Callee::Import(*i), next);
        next += 1;
    }
    for f in 0..unit.funcs.len() {
        index.insert(Callee::Unit(FuncIdx(f as u32)), next);
        next += 1;
    }
    for h in &helpers {
        index.insert(Callee::Helper(*h), next);
        next += 1;
    }
    let entry_index = next;
    let status_index = next + 1;
    let item_index = next + 2;
    let item_tag_index = next + 3;
    let tuple_len = unit.funcs[0].tuple_ret.as_ref().map_or(0, Vec::len);
    // Only a unit returning tuples has `item` and `item_tag`: natively, every export
    // costs a trampoline that Cranelift compiles, and every function type one more
    // (wasmtime compiles a host-call trampoline per type), about as much as Winch
    // spends on a small function.
    let has_items = unit.funcs[0].tuple_ret.is_some();

    let mut types = TypeSection::new();
    let mut import_section = ImportSection::new();
    let mut functions = FunctionSection::new();
    let mut code = CodeSection::new();
    let type_of =
        |ctx: &mut ModuleCtx, sig: &(Vec<ValType>, Vec<ValType>)| ctx.type_index(&sig.0, &sig.1);
    let import_type_indices: Vec<u32> = imports
        .iter()
        .map(|i| type_of(&mut ctx, &import_types(*i)))
        .collect();
    for (import, ty) in imports.iter().zip(&import_type_indices) {
        import_section.import(
            abi::IMPORT_MODULE,
            &import.name(),
            EntityType::Function(*ty),
        );
    }
    let resolve = |body: values::Body| -> CompileResult<wasm_encoder::Function> {
        body.into_function(&index)
    };
    for (sig, body) in sigs.iter().zip(bodies) {
        let ty = type_of(&mut ctx, sig);
        functions.function(ty);
        code.function(&resolve(body)?);
    }
    for (h, body) in helpers.iter().zip(helper_bodies) {
        let ty = type_of(&mut ctx, &h.signature());
        functions.function(ty);
        code.function(&resolve(body)?);
    }
    let entry_ty = type_of(&mut ctx, &control::entry_signature());
    functions.function(entry_ty);
    code.function(&resolve(entry)?);
    let status_ty = type_of(&mut ctx, &(vec![], vec![ValType::I32]));
    functions.function(status_ty);
    code.function(&resolve(control::status_body())?);
    if has_items {
        let item_ty = type_of(&mut ctx, &(vec![ValType::I32], vec![ValType::I64]));
        functions.function(item_ty);
        code.function(&resolve(control::item_body(tuple_len, false))?);
        let item_tag_ty = type_of(&mut ctx, &(vec![ValType::I32], vec![ValType::I32]));
        functions.function(item_tag_ty);
        code.function(&resolve(control::item_body(tuple_len, true))?);
    }

    for (params, results) in &ctx.types {
        types
            .ty()
            .function(params.iter().copied(), results.iter().copied());
    }
    let mut globals = GlobalSection::new();
    let global = |globals: &mut GlobalSection, val_type: ValType| {
        let init = match val_type {
            ValType::I64 => ConstExpr::i64_const(0),
            _ => ConstExpr::i32_const(0),
        };
        globals.global(
            GlobalType {
                val_type,
                mutable: true,
                shared: false,
            },
            &init,
        );
    };
    for _ in 0..FIXED_GLOBALS {
        global(&mut globals, ValType::I32);
    }
    for _ in 0..tuple_len {
        global(&mut globals, ValType::I32);
        global(&mut globals, ValType::I64);
    }
    let mut exports = ExportSection::new();
    exports.export(abi::ENTRY_EXPORT, ExportKind::Func, entry_index);
    exports.export(abi::STATUS_EXPORT, ExportKind::Func, status_index);
    exports.export(
        abi::STATUS_GLOBAL_EXPORT,
        ExportKind::Global,
        Global::Status as u32,
    );
    if has_items {
        exports.export(abi::ITEM_EXPORT, ExportKind::Func, item_index);
        exports.export(abi::ITEM_TAG_EXPORT, ExportKind::Func, item_tag_index);
        for i in 0..tuple_len {
            let (tag, payload) = abi::item_global_exports(i);
            exports.export(&tag, ExportKind::Global, item_tag_global(i));
            exports.export(&payload, ExportKind::Global, item_global(i));
        }
    }

    let mut module = Module::new();
    module.section(&types);
    if !imports.is_empty() {
        module.section(&import_section);
    }
    module.section(&functions);
    module.section(&globals);
    module.section(&exports);
    module.section(&code);
    // Function names, so the WAT view and browser profiles show `fib`, not `func 3`.
    let mut names = NameMap::new();
    for (i, import) in imports.iter().enumerate() {
        names.append(i as u32, &import.name());
    }
    for (f, func) in unit.funcs.iter().enumerate() {
        names.append(index[&Callee::Unit(FuncIdx(f as u32))], &func.name);
    }
    for h in &helpers {
        names.append(index[&Callee::Helper(*h)], h.name());
    }
    names.append(entry_index, abi::ENTRY_EXPORT);
    names.append(status_index, abi::STATUS_EXPORT);
    if has_items {
        names.append(item_index, abi::ITEM_EXPORT);
        names.append(item_tag_index, abi::ITEM_TAG_EXPORT);
    }
    let mut name_section = NameSection::new();
    name_section.module(abi::MODULE_NAME);
    name_section.functions(&names);
    module.section(&name_section);
    if !ctx.attr_names.is_empty() {
        // The attribute names the indices stand for, so that two units alike but for
        // their names never share a module (the host caches modules by their bytes).
        module.section(&wasm_encoder::CustomSection {
            name: abi::NAMES_SECTION.into(),
            data: ctx.attr_names.join("\n").into_bytes().into(),
        });
    }
    Ok(module.finish())
}
