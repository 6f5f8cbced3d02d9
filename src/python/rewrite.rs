//! Compiling user code with tier 1 hooked in, without forking RustPython: the source is
//! parsed, every `def` gets the `__pave_jit__` decorator (innermost, so user decorators
//! wrap the dispatcher), and the changed tree is compiled with RustPython's own code
//! generator.
//!
//! Syntax errors must read exactly as without the JIT, so the source is first compiled
//! the ordinary way; only code that compiles is rewritten.
//!
//! In class bodies, special methods (`__x__`) are left alone: Python turns some of them
//! into static or class methods implicitly (`__new__`, `__init_subclass__`), and
//! RustPython 0.6 crashes when a `with` statement's `__exit__` is any callable other than
//! a plain function and suppresses an exception (reproduced without Pave by a descriptor
//! `__exit__`). Special methods read attributes anyway, which tier 1 does not compile.

use rustpython_vm::builtins::PyCode;
use rustpython_vm::compiler::ast::{self, Decorator, Expr, ExprContext, ExprName, Stmt};
use rustpython_vm::compiler::{self, Mode};
use rustpython_vm::vm::VmCompileError;
use rustpython_vm::{PyRef, VirtualMachine};

use ruff_text_size::{Ranged, TextRange};

use super::pave_module::DECORATOR;

/// Is `name` a special method (`__x__`), left undecorated in class bodies?
fn is_special(name: &str) -> bool {
    name.len() > 4 && name.starts_with("__") && name.ends_with("__")
}

/// Compile `source` for the interpreter, with every `def` decorated for tier 1.
pub(crate) fn compile(
    vm: &VirtualMachine,
    source: &str,
    mode: Mode,
    filename: &str,
) -> Result<PyRef<PyCode>, VmCompileError> {
    let plain = vm.compile(source, mode, filename)?;
    let Ok(parsed) = compiler::parser::parse_module(source) else {
        return Ok(plain);
    };
    let mut module = parsed.into_syntax();
    let mut changed = super::loops::lift(&mut module.body, source);
    decorate_body(&mut module.body, false, &mut changed);
    if !changed {
        return Ok(plain);
    }
    let source_file = ruff_source_file::SourceFileBuilder::new(filename, source).finish();
    match compiler::codegen::compile::compile_top(
        ast::Mod::Module(module),
        source_file,
        mode,
        vm.compile_opts(),
    ) {
        Ok(code) => Ok(PyCode::new_ref_from_bytecode(vm, code)),
        // The rewritten tree should always compile; if not, run the plain code.
        Err(_) => Ok(plain),
    }
}

fn decorate_body(body: &mut [Stmt], in_class: bool, changed: &mut bool) {
    for stmt in body {
        decorate(stmt, in_class, changed);
    }
}

fn decorate(stmt: &mut Stmt, in_class: bool, changed: &mut bool) {
    match stmt {
        Stmt::FunctionDef(def) => {
            let implicit = in_class && is_special(def.name.as_str());
            if !def.is_async && !implicit {
                let at = TextRange::empty(def.range().start());
                def.decorator_list.push(Decorator {
                    range: at,
                    node_index: Default::default(),
                    expression: Expr::Name(ExprName {
                        node_index: Default::default(),
                        range: at,
                        id: DECORATOR.into(),
                        ctx: ExprContext::Load,
                    }),
                });
                *changed = true;
            }
            decorate_body(&mut def.body, false, changed);
        }
        Stmt::ClassDef(class) => decorate_body(&mut class.body, true, changed),
        Stmt::If(s) => {
            decorate_body(&mut s.body, in_class, changed);
            for clause in &mut s.elif_else_clauses {
                decorate_body(&mut clause.body, in_class, changed);
            }
        }
        Stmt::For(s) => {
            decorate_body(&mut s.body, in_class, changed);
            decorate_body(&mut s.orelse, in_class, changed);
        }
        Stmt::While(s) => {
            decorate_body(&mut s.body, in_class, changed);
            decorate_body(&mut s.orelse, in_class, changed);
        }
        Stmt::With(s) => decorate_body(&mut s.body, in_class, changed),
        Stmt::Try(s) => {
            decorate_body(&mut s.body, in_class, changed);
            for handler in &mut s.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = handler;
                decorate_body(&mut h.body, in_class, changed);
            }
            decorate_body(&mut s.orelse, in_class, changed);
            decorate_body(&mut s.finalbody, in_class, changed);
        }
        Stmt::Match(s) => {
            for case in &mut s.cases {
                decorate_body(&mut case.body, in_class, changed);
            }
        }
        _ => {}
    }
}
