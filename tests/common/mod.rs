//! Helpers shared by the integration tests: listing a corpus, running a program in a fresh
//! session on a thread with a large stack, and reading the `#! key = value` header
//! directives.

#![allow(dead_code)]

use std::rc::Rc;

use pave::telemetry::Report;
use pave::{BufferHost, JitOptions, Outcome, Session, SessionOptions, Stream};

/// The programs of a corpus directory (relative to the crate root): its `*.py` files but
/// `bless.py` (which makes the expected files), sorted, each with its name (file stem).
pub fn corpus(dir: &str) -> Vec<(String, std::path::PathBuf)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let entries =
        std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()));
    let mut programs: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .filter(|p| p.file_name().is_some_and(|n| n != "bless.py"))
        .map(|p| {
            let name = p
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            (name, p)
        })
        .collect();
    programs.sort();
    programs
}

/// Native stack for test interpreters, enough for RustPython's default recursion limit.
pub const STACK_BYTES: usize = 256 * 1024 * 1024;

/// What one run of a program produced.
#[derive(Debug, Clone)]
pub struct RunResult {
    pub stdout: String,
    pub stderr: String,
    pub outcome: Outcome,
    pub report: Report,
    /// The turtle drawing at the end, as SVG.
    pub svg: String,
}

impl RunResult {
    /// Calls that went on in the interpreter mid-way, over every function.
    pub fn outcome_resumes(&self) -> u64 {
        self.report.functions.iter().map(|f| f.resumes).sum()
    }

    /// `Type: message @ line N` for an uncaught exception, as `tests/programs/*.exc` holds
    /// (the class name unqualified, the line of the innermost frame in the program).
    pub fn exception_line(&self) -> Option<String> {
        self.outcome.error.as_ref().map(|e| {
            let name = e.type_name.rsplit('.').next().unwrap_or(&e.type_name);
            let line = e.line.map_or("?".to_owned(), |l| l.to_string());
            format!("{name}: {} @ line {line}", e.message)
        })
    }
}

/// Run `source` as `filename` in a fresh session, answering `input()` from `input`.
pub fn run_program(source: &str, filename: &str, input: &[&str]) -> RunResult {
    run_with(source, filename, input, SessionOptions::default())
}

/// Tier settings the differential tests compare.
pub fn jit_off() -> SessionOptions {
    SessionOptions {
        jit: JitOptions {
            enabled: false,
            ..JitOptions::default()
        },
        ..SessionOptions::default()
    }
}

/// Every function compiled at its first call, with the IR verifier and module
/// validation on.
pub fn jit_forced() -> SessionOptions {
    SessionOptions {
        jit: JitOptions {
            enabled: true,
            threshold: 0,
            checked: true,
            objects: pave::tier::Objects::All,
            force_resume: None,
        },
        ..SessionOptions::default()
    }
}

/// Run `source` in a fresh session with `options`.
pub fn run_with(
    source: &str,
    filename: &str,
    input: &[&str],
    options: SessionOptions,
) -> RunResult {
    let source = source.to_owned();
    let filename = filename.to_owned();
    let input: Vec<String> = input.iter().map(|s| (*s).to_owned()).collect();
    std::thread::Builder::new()
        .stack_size(STACK_BYTES)
        .spawn(move || {
            let host = Rc::new(BufferHost::with_input(input));
            let session = Session::new(host.clone(), &options).expect("session starts");
            let outcome = session.run(&source, &filename);
            RunResult {
                stdout: host.text(Stream::Stdout),
                stderr: host.text(Stream::Stderr),
                outcome,
                report: session.report(),
                svg: host.svg(),
            }
        })
        .expect("spawn test interpreter thread")
        .join()
        .expect("interpreter thread panicked")
}

/// The `#! key = value` lines at the top of a test file; values keep their quotes removed.
pub fn directives(source: &str) -> Vec<(String, String)> {
    source
        .lines()
        .take_while(|l| l.starts_with("#!") || l.trim().is_empty())
        .filter_map(|l| l.strip_prefix("#!"))
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| (k.trim().to_owned(), v.trim().trim_matches('"').to_owned()))
        .collect()
}

/// The value of directive `key`, if present.
pub fn directive(source: &str, key: &str) -> Option<String> {
    directives(source)
        .into_iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v)
}
