//! Differential fuzzing of the tiers: random numeric functions (see
//! `fuzz/generator.rs`) run with the JIT off and with every function compiled at its
//! first call; the printed results (or exception types and messages) must match.
//!
//! `FUZZ_PROGRAMS` (default 2000) and `FUZZ_SEED` (default fixed) choose the programs;
//! run millions locally with e.g. `FUZZ_PROGRAMS=1000000 FUZZ_SEED=$RANDOM cargo test
//! --release --ignore-rust-version --test fuzz`. A mismatch prints a runnable program
//! with just the failing function and call. `FUZZ_DUMP=dir` writes every batch there.

mod common;
#[path = "fuzz/generator.rs"]
mod generator;

use libtest_mimic::{Arguments, Failed, Trial};

/// Programs per interpreter session.
const BATCH: usize = 50;

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() {
    let args = Arguments::from_args();
    let programs = env_number("FUZZ_PROGRAMS", 2000) as usize;
    let seed = env_number("FUZZ_SEED", 0x5eed_2026);
    let batches = programs.div_ceil(BATCH);
    let trials = (0..batches)
        .map(|b| {
            let count = BATCH.min(programs - b * BATCH);
            let batch_seed = seed
                .wrapping_add(b as u64)
                .wrapping_mul(0x2545_f491_4f6c_dd1d);
            Trial::test(format!("batch_{b:05}"), move || {
                check_batch(batch_seed, count)
            })
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}

/// The call lines of one generated program, printing each result or exception and
/// whether the result is one of the argument objects (identity must not change).
fn driver(name: &str, calls: &[String]) -> String {
    let mut out = String::new();
    for args in calls {
        out.push_str(&format!(
            "_args = ({args},)\ntry:\n    _r = {name}(*_args)\n    print(repr(_r), [_r is _a for _a in _args])\nexcept Exception as e:\n    print(type(e).__name__, e)\nprint(_args)\n"
        ));
    }
    out
}

struct Program {
    name: String,
    function: String,
    calls: Vec<String>,
    epilogue: String,
}

fn check_batch(seed: u64, count: usize) -> Result<(), Failed> {
    let mut gen = generator::Gen::new(seed);
    let programs: Vec<Program> = (0..count)
        .map(|i| {
            let name = format!("f{i}");
            let p = gen.program(&name);
            Program {
                name,
                function: p.function,
                calls: p.calls,
                epilogue: p.epilogue,
            }
        })
        .collect();
    let mut source = String::from(generator::PRELUDE);
    for p in &programs {
        source.push_str(&p.function);
        source.push_str(&format!("print('=== {}')\n", p.name));
        source.push_str(&driver(&p.name, &p.calls));
        source.push_str(&p.epilogue);
    }
    if let Some(dir) = std::env::var_os("FUZZ_DUMP") {
        std::fs::write(
            std::path::Path::new(&dir).join(format!("batch_{seed:016x}.py")),
            &source,
        )?;
    }
    let off = common::run_with(&source, "fuzz.py", &[], common::jit_off());
    // The batch must run to its end without the JIT (a generator bug would otherwise
    // make both runs fail alike, and the batch test nothing).
    if let Some(line) = off.exception_line() {
        return Err(format!("the batch does not run without the JIT: {line}\n{source}").into());
    }
    let on = common::run_with(&source, "fuzz.py", &[], common::jit_forced());
    if off.exception_line() != on.exception_line() {
        return Err(format!(
            "the batch ended differently: JIT off {:?}, JIT on {:?}\n{source}",
            off.exception_line(),
            on.exception_line()
        )
        .into());
    }
    for f in &on.report.functions {
        if let Some(reason) = f
            .reason
            .as_ref()
            .filter(|r| r.kind == pave::telemetry::ReasonKind::CompilerBug)
        {
            let p = programs.iter().find(|p| p.name == f.name);
            let src = p.map_or("", |p| p.function.as_str());
            return Err(format!("{}: {reason}\n{src}", f.name).into());
        }
    }
    let (off_stdout, on_stdout) = (off.stdout.clone(), on.stdout.clone());
    if off_stdout == on_stdout {
        return Ok(());
    }
    let split = |text: &str| -> Vec<(String, Vec<String>)> {
        let mut sections: Vec<(String, Vec<String>)> = Vec::new();
        for line in text.lines() {
            if let Some(name) = line.strip_prefix("=== ") {
                sections.push((name.to_owned(), Vec::new()));
            } else if let Some(last) = sections.last_mut() {
                last.1.push(line.to_owned());
            }
        }
        sections
    };
    let (a, b) = (split(&off_stdout), split(&on_stdout));
    for p in &programs {
        let lines_off = a.iter().find(|s| s.0 == p.name).map(|s| &s.1);
        let lines_on = b.iter().find(|s| s.0 == p.name).map(|s| &s.1);
        if lines_off == lines_on {
            continue;
        }
        let (lines_off, lines_on) = (
            lines_off.cloned().unwrap_or_default(),
            lines_on.cloned().unwrap_or_default(),
        );
        let at = lines_off
            .iter()
            .zip(&lines_on)
            .position(|(x, y)| x != y)
            .unwrap_or(0);
        let call = p.calls.get(at).cloned().unwrap_or_default();
        return Err(format!(
            "tiers differ on {}({call}):\n  JIT off: {}\n  JIT on:  {}\nreproduce with `pave run repro.py` (JIT on) and `--no-jit`:\n\n{}{}{}",
            p.name,
            lines_off.get(at).map_or("<nothing>", String::as_str),
            lines_on.get(at).map_or("<nothing>", String::as_str),
            generator::PRELUDE,
            p.function,
            if at < p.calls.len() {
                driver(&p.name, std::slice::from_ref(&call))
            } else {
                format!("{}{}", driver(&p.name, &p.calls), p.epilogue)
            },
        )
        .into());
    }
    Err("outputs differ outside any program's section".into())
}
