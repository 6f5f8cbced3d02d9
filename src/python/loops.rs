//! Lifting top-level loops into tier 1. Teaching code loops at module level, where every
//! name is a global; such a loop is compiled as a function of the names it assigns.
//!
//! At compile time the rewriter turns a liftable top-level `for` or `while` into
//!
//! ```python
//! if not __pave_loop__("<the loop's source>", ("total", "i"), 12):
//!     <the original loop>
//! ```
//!
//! At run time `__pave_loop__` builds (once per loop and set of bound names)
//!
//! ```python
//! def <loop at line 12>(total):          # the assigned names bound before the loop
//!     <the loop>
//!     return (total, i)                  # every assigned name
//! ```
//!
//! in the module's globals, and runs it in tier 1 only. Compiled code has no side
//! effects, so if it cannot be compiled, bails out, or one of its compiled callees reads
//! a global the loop assigns, nothing has happened yet: `__pave_loop__` answers false and
//! the original loop runs in the interpreter. Otherwise it stores the results in the
//! globals and answers true.

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;

use ruff_text_size::{Ranged, TextRange};
use rustpython_vm::builtins::{PyStrRef, PyTupleRef};
use rustpython_vm::compiler::ast::visitor::{self, Visitor};
use rustpython_vm::compiler::ast::{self, Expr, Stmt};
use rustpython_vm::compiler::{self, Mode};
use rustpython_vm::function::ArgMapping;
use rustpython_vm::scope::Scope;
use rustpython_vm::{PyRef, PyResult, VirtualMachine};

use super::gate::Dispatcher;
use super::tiering::Tiering;

/// Name of the builtin the rewritten loops call.
pub(crate) const HELPER: &str = "__pave_loop__";

/// Calls a loop body must not make for lifting to be worth trying.
const EFFECT_CALLS: [&str; 3] = ["print", "input", "exec"];

/// Rewrite the liftable loops among `body` (module level, and inside top-level `if`s).
pub(crate) fn lift(body: &mut [Stmt], source: &str) -> bool {
    let mut changed = false;
    for stmt in body.iter_mut() {
        match stmt {
            Stmt::For(_) | Stmt::While(_) => {
                if let Some(guarded) = guard(stmt, source) {
                    *stmt = guarded;
                    changed = true;
                }
            }
            Stmt::If(s) => {
                changed |= lift(&mut s.body, source);
                for clause in &mut s.elif_else_clauses {
                    changed |= lift(&mut clause.body, source);
                }
            }
            _ => {}
        }
    }
    changed
}

/// What a loop assigns, and whether it can be lifted at all.
#[derive(Default)]
struct Scan {
    assigned: BTreeSet<String>,
    liftable: bool,
}

impl Scan {
    fn target(&mut self, target: &Expr) {
        match target {
            Expr::Name(n) => {
                self.assigned.insert(n.id.to_string());
            }
            Expr::Tuple(t) => t.elts.iter().for_each(|e| self.target(e)),
            Expr::List(l) => l.elts.iter().for_each(|e| self.target(e)),
            // Stores into attributes or items are effects tier 1 does not compile.
            _ => self.liftable = false,
        }
    }
}

impl<'a> Visitor<'a> for Scan {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            Stmt::Assign(s) => s.targets.iter().for_each(|t| self.target(t)),
            Stmt::AugAssign(s) => self.target(&s.target),
            Stmt::AnnAssign(s) => self.target(&s.target),
            Stmt::For(s) if !s.is_async => self.target(&s.target),
            Stmt::While(_) | Stmt::If(_) | Stmt::Expr(_) | Stmt::Pass(_) => {}
            Stmt::Break(_) | Stmt::Continue(_) => {}
            _ => self.liftable = false,
        }
        visitor::walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Named(n) => self.target(&n.target),
            Expr::Lambda(_)
            | Expr::ListComp(_)
            | Expr::SetComp(_)
            | Expr::DictComp(_)
            | Expr::Generator(_)
            | Expr::Yield(_)
            | Expr::YieldFrom(_)
            | Expr::Await(_) => self.liftable = false,
            Expr::Call(call) => {
                if let Expr::Name(n) = call.func.as_ref() {
                    if EFFECT_CALLS.contains(&n.id.as_str()) {
                        self.liftable = false;
                    }
                }
            }
            _ => {}
        }
        visitor::walk_expr(self, expr);
    }
}

/// The guarded form of a liftable loop statement, or `None`.
fn guard(stmt: &Stmt, source: &str) -> Option<Stmt> {
    let mut scan = Scan {
        liftable: true,
        ..Scan::default()
    };
    scan.visit_stmt(stmt);
    if !scan.liftable || scan.assigned.is_empty() {
        return None;
    }
    let text = loop_text(stmt, source)?;
    let line = source[..stmt.range().start().to_usize()]
        .matches('\n')
        .count()
        + 1;
    let names: Vec<String> = scan.assigned.iter().map(|n| format!("'{n}'")).collect();
    let call = format!(
        "not {HELPER}({}, ({},), {line})",
        python_string(&text),
        names.join(", ")
    );
    let mut test = compiler::parser::parse_expression(&call).ok()?.into_expr();
    let at = TextRange::empty(stmt.range().start());
    ast::relocate::relocate_expr(&mut test, at);
    Some(Stmt::If(ast::StmtIf {
        node_index: Default::default(),
        range: stmt.range(),
        test: Box::new(test),
        body: vec![stmt.clone()].into(),
        elif_else_clauses: Vec::new(),
        runtime_body: None,
    }))
}

/// The loop's source, dedented to column 0, or `None` if a line is indented less than
/// the loop itself (a multi-line string), which dedenting would change.
fn loop_text(stmt: &Stmt, source: &str) -> Option<String> {
    let start = stmt.range().start().to_usize();
    let end = stmt.range().end().to_usize();
    let line_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
    let indent = &source[line_start..start];
    if !indent.chars().all(|c| c == ' ' || c == '\t') {
        return None;
    }
    let mut out = String::new();
    for (i, line) in source[line_start..end].lines().enumerate() {
        if i > 0 && !line.trim().is_empty() && !line.starts_with(indent) {
            return None;
        }
        out.push_str(line.get(indent.len()..).unwrap_or(""));
        out.push('\n');
    }
    Some(out)
}

/// A Python string literal for `text`.
fn python_string(text: &str) -> String {
    let mut out = String::from("'");
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}

/// A lifted loop, per set of names bound when it starts.
pub(crate) enum Lifted {
    /// Tier 1 cannot run it; the original loop runs.
    Never,
    /// The lifted function's dispatcher and the names it returns.
    Ready {
        dispatcher: PyRef<Dispatcher>,
        outputs: Vec<String>,
    },
}

/// Lifted loops of a session, by loop source and bound names.
type LoopCache = HashMap<(String, Vec<String>), Lifted>;

/// Install the `__pave_loop__` builtin, with the session's cache of lifted loops.
pub(crate) fn install(vm: &VirtualMachine, tiering: &Rc<Tiering>) -> PyResult<()> {
    let t = tiering.clone();
    let cache: RefCell<LoopCache> = RefCell::default();
    let helper = vm.new_function(
        HELPER,
        move |source: PyStrRef, assigned: PyTupleRef, line: u32, vm: &VirtualMachine| {
            run_lifted(&t, &cache, &source.to_string_lossy(), &assigned, line, vm)
        },
    );
    vm.builtins.set_attr(HELPER, helper, vm)?;
    Ok(())
}

/// Try the loop in tier 1; true if it ran and its results are stored.
fn run_lifted(
    tiering: &Rc<Tiering>,
    loops: &RefCell<LoopCache>,
    source: &str,
    assigned: &PyTupleRef,
    line: u32,
    vm: &VirtualMachine,
) -> PyResult<bool> {
    // Under sys.settrace/setprofile every call and line must be seen: run the loop.
    if !tiering.rt.policy.get().enabled || vm.use_tracing.get() {
        return Ok(false);
    }
    let globals = vm.current_globals();
    let mut names = Vec::new();
    for item in assigned.as_slice() {
        let name: PyStrRef = item.clone().try_into_value(vm)?;
        names.push(name.to_string_lossy().into_owned());
    }
    let params: Vec<String> = names
        .iter()
        .filter(|n| matches!(globals.get_item_opt(n.as_str(), vm), Ok(Some(_))))
        .cloned()
        .collect();
    let key = (source.to_owned(), params.clone());
    if !loops.borrow().contains_key(&key) {
        let lifted = build(tiering, source, &params, &names, line, &globals, vm);
        loops.borrow_mut().insert(key.clone(), lifted);
    }
    let (wrapper, outputs) = match loops.borrow().get(&key) {
        Some(Lifted::Ready {
            dispatcher,
            outputs,
        }) => (dispatcher.clone(), outputs.clone()),
        _ => return Ok(false),
    };
    let mut args = Vec::with_capacity(params.len());
    for p in &params {
        match globals.get_item_opt(p.as_str(), vm)? {
            Some(v) => args.push(v),
            None => return Ok(false),
        }
    }
    let Some(result) = Dispatcher::call_compiled_only(&wrapper, &args, &globals, vm)? else {
        return Ok(false);
    };
    // A compiled callee that reads one of the loop's names as a global would have seen
    // its value from before the loop: the results cannot be used.
    if let Some(name) = wrapper
        .guarded_globals()
        .iter()
        .find(|n| outputs.contains(n))
    {
        wrapper.uncount_compiled_call();
        wrapper.refuse(crate::telemetry::Reason::new(
            crate::telemetry::ReasonKind::LoopNameRead,
            format!("`{name}`"),
        ));
        loops.borrow_mut().insert(key, Lifted::Never);
        return Ok(false);
    }
    let values: PyTupleRef = result.try_into_value(vm)?;
    if values.len() != outputs.len() {
        return Ok(false);
    }
    for (name, value) in outputs.iter().zip(values.as_slice()) {
        globals.set_item(name.as_str(), value.clone(), vm)?;
    }
    Ok(true)
}

/// Build the lifted function for a loop whose assigned names are `outputs`, of which
/// `params` are bound now.
fn build(
    tiering: &Rc<Tiering>,
    source: &str,
    params: &[String],
    outputs: &[String],
    line: u32,
    globals: &rustpython_vm::builtins::PyDictRef,
    vm: &VirtualMachine,
) -> Lifted {
    if outputs.len() > crate::jit::abi::MAX_TUPLE || params.len() > crate::jit::abi::MAX_ARGS {
        return Lifted::Never;
    }
    // Blank lines first, so the lifted code's line numbers are the loop's own.
    let mut def = "\n".repeat((line as usize).saturating_sub(2));
    def.push_str(&format!("def _loop({}):\n", params.join(", ")));
    for l in source.lines() {
        def.push_str("    ");
        def.push_str(l);
        def.push('\n');
    }
    def.push_str(&format!("    return ({},)\n", outputs.join(", ")));
    let Ok(code) = vm.compile(&def, Mode::Exec, "<lifted loop>") else {
        return Lifted::Never;
    };
    let locals = vm.ctx.new_dict();
    let scope = Scope::new(
        Some(ArgMapping::from_dict_exact(locals.clone())),
        globals.clone(),
    );
    if vm.run_code_obj(code, scope).is_err() {
        return Lifted::Never;
    }
    let Ok(Some(function)) = locals.get_item_opt("_loop", vm) else {
        return Lifted::Never;
    };
    let Ok(code) = function.get_attr("__code__", vm) else {
        return Lifted::Never;
    };
    let Some(code) = code.downcast_ref::<rustpython_vm::builtins::PyCode>() else {
        return Lifted::Never;
    };
    // A code object of our own making, without a gate: its constants are plain values.
    let info = crate::jit::code::read::code_info(&code.code);
    if info.shape_problem.is_some() {
        return Lifted::Never;
    }
    let name = format!("<loop at line {line}>");
    let dispatcher = Dispatcher::new(tiering, info, &name, line, None, vm);
    dispatcher.set_constants(
        code.code
            .constants
            .iter()
            .map(|c| {
                let c: &rustpython_vm::PyObject = std::borrow::Borrow::borrow(c);
                c.to_owned()
            })
            .collect(),
    );
    Lifted::Ready {
        dispatcher,
        outputs: outputs.to_vec(),
    }
}
