//! Golden snapshots of the compiler's output, in the style of Cranelift's filetests:
//! each `tests/snapshots/NAME.py` holds a small program, a header naming the function to
//! compile and its argument kinds, and — after a `# ==== expected` line — the IR and the
//! WebAssembly text the compiler produces for it, as comments. Any change to code
//! generation shows up as a diff to review; `BLESS=1` rewrites the expectations.
//!
//! ```text
//! #! entry = "fib"
//! #! args = "int"
//! def fib(n): ...
//! # ==== expected
//! # f0: fn fib(n: int) -> int
//! # ...
//! ```
//!
//! The program is compiled by RustPython's compiler alone (no interpreter): global names
//! resolve to the file's own functions, `math` and its functions (as after `from math
//! import …`), builtins, or `#! global NAME = number` headers. `#! object_calls = "on"`
//! compiles calls of Python objects through the host (as `--jit-objects` does).

mod common;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use libtest_mimic::{Arguments, Failed, Trial};
use pave::clock::NativeClock;
use pave::jit::code::{read, Binding, Builtin, CodeInfo, FunctionId, Globals};
use pave::jit::kinds::{Kind, Kinds};
use pave::jit::{compile, CompileOptions};

const MARKER: &str = "# ==== expected";

fn main() {
    let args = Arguments::from_args();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "py"))
                .collect()
        })
        .unwrap_or_default();
    paths.sort();
    let trials = paths
        .into_iter()
        .map(|path| {
            let name = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            Trial::test(name, move || check(&path))
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}

/// The file's functions, `math` and the builtins, as the compiler's globals.
struct FileGlobals {
    functions: HashMap<String, (FunctionId, Rc<CodeInfo>)>,
    numbers: HashMap<String, pave::jit::code::Constant>,
}

impl Globals for FileGlobals {
    fn lookup(&self, name: &str) -> Binding {
        // A class body's code: the name is a class, not a function.
        let prefix = format!("{name}.");
        if self.functions.keys().any(|q| q.starts_with(&prefix)) {
            return Binding::Other("type".to_owned());
        }
        if let Some((id, code)) = self.functions.get(name) {
            return Binding::Function {
                id: *id,
                code: code.clone(),
            };
        }
        if let Some(c) = self.numbers.get(name) {
            return Binding::Number(c.clone());
        }
        if name == "math" {
            return Binding::MathModule;
        }
        // `from math import floor` in a snapshot binds the name to the math function.
        if let Some(f) = pave::jit::abi::MathFn::all().find(|f| f.name() == name) {
            return Binding::Math(f);
        }
        Builtin::from_name(name).map_or(Binding::Unbound, Binding::Builtin)
    }

    /// The one method `Class.name` the file defines, if there is one (as the live
    /// globals answer for the classes they bind).
    fn method(&self, name: &str) -> Option<(FunctionId, Rc<CodeInfo>)> {
        let mut found = self.functions.iter().filter(|(qualname, _)| {
            qualname
                .split_once('.')
                .is_some_and(|(class, m)| m == name && !class.contains('<'))
        });
        let (_, one) = found.next()?;
        found.next().is_none().then(|| one.clone())
    }

    /// The methods `Class.name` the file defines, where there are two to four (as the
    /// live globals answer), in the file's order.
    fn methods(&self, name: &str) -> Vec<(FunctionId, Rc<CodeInfo>)> {
        let mut found: Vec<(FunctionId, Rc<CodeInfo>)> = self
            .functions
            .iter()
            .filter(|(qualname, _)| {
                qualname
                    .split_once('.')
                    .is_some_and(|(class, m)| m == name && !class.contains('<'))
            })
            .map(|(_, f)| f.clone())
            .collect();
        found.sort_by_key(|(id, _)| id.0);
        if (2..=pave::jit::code::MAX_METHOD_CANDIDATES).contains(&found.len()) {
            found
        } else {
            Vec::new()
        }
    }

    /// `Class.__init__`, for a class the file defines.
    fn class_init(&self, name: &str) -> Option<(FunctionId, Rc<CodeInfo>)> {
        self.functions.get(&format!("{name}.__init__")).cloned()
    }
}

fn kinds_of(spec: &str) -> Result<Vec<Kinds>, Failed> {
    spec.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|one| {
            one.split('|')
                .map(|k| match k.trim() {
                    "bool" => Ok(Kind::Bool),
                    "int" => Ok(Kind::Int),
                    "float" => Ok(Kind::Float),
                    "None" => Ok(Kind::None),
                    "object" => Ok(Kind::Object),
                    other => Err(Failed::from(format!("unknown kind {other}"))),
                })
                .try_fold(Kinds::NEVER, |acc, k| k.map(|k| acc.join(k.into())))
        })
        .collect()
}

fn check(path: &Path) -> Result<(), Failed> {
    let text = std::fs::read_to_string(path)?;
    let source = match text.find(MARKER) {
        Some(at) => &text[..at],
        None => text.as_str(),
    };
    let entry = common::directive(source, "entry").ok_or("no `#! entry` header")?;
    let args = kinds_of(&common::directive(source, "args").unwrap_or_default())?;
    let module = rustpython_vm::compiler::compile(
        source,
        rustpython_vm::compiler::Mode::Exec,
        "snapshot.py",
        Default::default(),
    )
    .map_err(|e| format!("does not compile: {e}"))?;
    let functions: HashMap<String, (FunctionId, Rc<CodeInfo>)> = read::functions(&module)
        .into_iter()
        .enumerate()
        .map(|(i, (name, code))| (name, (FunctionId(i as u64 + 1), Rc::new(code))))
        .collect();
    let numbers = common::directives(source)
        .into_iter()
        .filter_map(|(k, v)| {
            let name = k.strip_prefix("global ")?.to_owned();
            let c = v
                .parse::<i64>()
                .map(pave::jit::code::Constant::Int)
                .or_else(|_| v.parse::<f64>().map(pave::jit::code::Constant::Float))
                .ok()?;
            Some((name, c))
        })
        .collect();
    let globals = FileGlobals { functions, numbers };
    let (id, code) = globals
        .functions
        .get(&entry)
        .cloned()
        .ok_or_else(|| format!("no function {entry}"))?;
    let options = CompileOptions {
        verify: true,
        validate: true,
        resume_everywhere: false,
        force_resume: None,
        object_calls: common::directive(source, "object_calls").is_some(),
        frameless: false,
        no_fusion: false,
        no_direct_methods: false,
        max_object_units: common::directive(source, "max_object_units")
            .and_then(|v| v.parse().ok()),
        no_forwarding: false,
        require_gain: common::directive(source, "require_gain").is_some(),
    };
    let output = match compile(id, code, &globals, &args, &NativeClock, options) {
        Ok(compiled) => format!("{}\n{}", compiled.unit, compiled.wat()),
        Err(e) => format!("error: {e}\n"),
    };
    let expected_block: String = output
        .lines()
        .map(|l| {
            if l.is_empty() {
                "#\n".to_owned()
            } else {
                format!("# {l}\n")
            }
        })
        .collect();
    let actual = format!(
        "{}{MARKER}\n{expected_block}",
        source.trim_end_matches('\n').to_owned() + "\n"
    );
    if actual == text {
        return Ok(());
    }
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(path, actual)?;
        return Ok(());
    }
    let name = path.display().to_string();
    let diff = similar::TextDiff::from_lines(text.as_str(), actual.as_str())
        .unified_diff()
        .context_radius(3)
        .header(&format!("{name} (expected)"), &format!("{name} (actual)"))
        .to_string();
    Err(format!("snapshot differs (run with BLESS=1 to accept):\n{diff}").into())
}
