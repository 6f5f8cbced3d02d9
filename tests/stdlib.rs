//! The stdlib corpus: every `tests/stdlib/*.py` (course-style programs using unittest,
//! doctest, asyncio, logging, uuid, zoneinfo, os.path, stdin…) runs as `pave run` runs it,
//! with the JIT off and with every function compiled at its first call, and must print
//! exactly what CPython printed (`NAME.out`, made by `tests/stdlib/bless.py`) and end with
//! the same exit status (`NAME.status`, 0 when absent). `NAME.in` is its standard input.
//! The directory's absolute path is left out of the output, as tracebacks name it.

mod common;

use std::path::Path;
use std::rc::Rc;

use libtest_mimic::{Arguments, Failed, Trial};
use pave::{BufferHost, Session, SessionOptions, Stream};

fn main() {
    let args = Arguments::from_args();
    let mut trials = Vec::new();
    for (name, path) in common::corpus("tests/stdlib") {
        for (tier, options) in [
            ("jit-off", common::jit_off()),
            ("jit-forced", common::jit_forced()),
        ] {
            let path = path.clone();
            trials.push(Trial::test(format!("{name}::{tier}"), move || {
                check(&path, options)
            }));
        }
    }
    libtest_mimic::run(&args, trials).exit();
}

/// What one run printed and how it ended.
struct Run {
    stdout: String,
    stderr: String,
    status: i32,
}

fn run(path: &Path, options: SessionOptions) -> Run {
    let source = std::fs::read_to_string(path).expect("program readable");
    let input: Vec<String> = std::fs::read_to_string(path.with_extension("in"))
        .map(|text| text.lines().map(str::to_owned).collect())
        .unwrap_or_default();
    let file = path.to_string_lossy().into_owned();
    let argv = vec![path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()];
    std::thread::Builder::new()
        .stack_size(common::STACK_BYTES)
        .spawn(move || {
            let host = Rc::new(BufferHost::with_input(input));
            let session = Session::new(host.clone(), &options).expect("session starts");
            session.set_script(&file, &argv).expect("script set up");
            let outcome = session.run(&source, &file);
            let mut stderr = host.text(Stream::Stderr);
            if let Some(error) = &outcome.error {
                stderr.push_str(&error.traceback);
            }
            Run {
                stdout: host.text(Stream::Stdout),
                stderr,
                status: outcome.exit_code,
            }
        })
        .expect("spawn test interpreter thread")
        .join()
        .expect("interpreter thread panicked")
}

fn check(path: &Path, options: SessionOptions) -> Result<(), Failed> {
    let expected = std::fs::read_to_string(path.with_extension("out"))
        .map_err(|e| format!("no .out file ({e}): run tests/stdlib/bless.py"))?;
    let expected_status: i32 = std::fs::read_to_string(path.with_extension("status"))
        .map(|s| s.trim().parse().unwrap_or(-1))
        .unwrap_or(0);
    let result = run(path, options);
    let dir = path
        .parent()
        .map(|d| format!("{}/", d.display()))
        .unwrap_or_default();
    let stdout = result.stdout.replace(&dir, "");
    if stdout == expected && result.status == expected_status {
        return Ok(());
    }
    let mut report = format!(
        "exit status {} (CPython: {expected_status})\n",
        result.status
    );
    for (i, (e, a)) in expected.lines().zip(stdout.lines()).enumerate() {
        if e != a {
            report.push_str(&format!(
                "line {}:\n  expected: {e}\n  pave:     {a}\n",
                i + 1
            ));
            break;
        }
    }
    report.push_str(&format!(
        "lines: expected {}, pave {}\nstdout:\n{stdout}\nstderr:\n{}",
        expected.lines().count(),
        stdout.lines().count(),
        result.stderr
    ));
    Err(report.into())
}
