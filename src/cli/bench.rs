//! `pave bench`: the built-in suite in tier 0 (JIT off), tier 1 (JIT on) and CPython,
//! each the median of several fresh runs, with ratios from this one run.
//!
//! `--json FILE` writes a `pave-bench/1` document (schema: `www/bench/results/schema.json`),
//! which the bench page (`www/bench.html`) shows beside the browser's own figures.

use std::path::Path;
use std::process::Command;

use serde::Serialize;

use super::machine::Machine;
use crate::bench::{self, Program, Suite, SUITE};

/// The `format` of the JSON document; bump it when a field changes meaning.
pub(crate) const FORMAT: &str = "pave-bench/1";

/// Options of `pave bench`.
pub(crate) struct BenchArgs<'a> {
    pub runs: usize,
    pub filter: Option<&'a str>,
    pub suite: Option<&'a str>,
    pub python: Option<&'a str>,
    pub json: Option<&'a Path>,
    pub note: Option<&'a str>,
    /// Which functions on objects tier 1 takes in the JIT-on runs.
    pub objects: crate::tier::Objects,
}

/// One program's figures.
#[derive(Debug, Serialize)]
struct Row {
    name: &'static str,
    suite: Suite,
    about: &'static str,
    result: String,
    tier0_ms: f64,
    tier1_ms: f64,
    speedup: f64,
    compile_ms: f64,
    compiles: usize,
    compile_per_function_ms: Option<f64>,
    python_ms: Option<f64>,
    vs_python: Option<f64>,
}

/// The whole report (also written as JSON for the web bench page).
#[derive(Debug, Serialize)]
struct Report {
    format: &'static str,
    pave_version: &'static str,
    /// When the run ended, UTC, RFC 3339 to the second.
    date: String,
    machine: Machine,
    /// Free text about the machine, from `--note`.
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<String>,
    engine: &'static str,
    runs: usize,
    python: Option<String>,
    rows: Vec<Row>,
    geomean_speedup: f64,
    geomean_vs_python: Option<f64>,
    /// The same geometric means per suite.
    suites: Vec<SuiteSummary>,
}

/// One suite's geometric means.
#[derive(Debug, Serialize)]
struct SuiteSummary {
    name: &'static str,
    programs: usize,
    geomean_speedup: f64,
    geomean_vs_python: Option<f64>,
}

impl SuiteSummary {
    /// The summary of `rows` (those of one suite), or `None` when there are none.
    fn of(name: &'static str, rows: &[&Row]) -> Option<SuiteSummary> {
        if rows.is_empty() {
            return None;
        }
        let speedups: Vec<f64> = rows.iter().map(|r| r.speedup).collect();
        let vs_python: Vec<f64> = rows.iter().filter_map(|r| r.vs_python).collect();
        Some(SuiteSummary {
            name,
            programs: rows.len(),
            geomean_speedup: bench::geomean(&speedups),
            geomean_vs_python: (vs_python.len() == rows.len()).then(|| bench::geomean(&vs_python)),
        })
    }
}

/// Run the suite; return the exit status.
pub(crate) fn bench(args: &BenchArgs<'_>) -> i32 {
    let runs = args.runs.max(1);
    let python = args.python.and_then(python_version);
    if let Some(suite) = args.suite {
        if !Suite::ALL.iter().any(|s| s.name() == suite) {
            eprintln!("pave bench: no suite {suite:?} (there are numeric and objects)");
            return 2;
        }
    }
    let programs: Vec<&Program> = SUITE
        .iter()
        .filter(|p| args.filter.is_none_or(|f| p.name.contains(f)))
        .filter(|p| args.suite.is_none_or(|s| p.suite.name() == s))
        .collect();
    if programs.is_empty() {
        eprintln!("pave bench: no program matches");
        return 2;
    }
    let cpython = match (&python, args.python) {
        (Some(version), _) => version.as_str(),
        (None, Some(_)) => "not found",
        (None, None) => "skipped",
    };
    eprintln!(
        "Pave bench: {} programs, median of {runs} runs each; CPython: {cpython}{}",
        programs.len(),
        if args.objects == crate::tier::Objects::All {
            "; tier 1 takes every function on objects (--jit-objects)"
        } else {
            ""
        }
    );
    let mut rows = Vec::new();
    let mut failed = false;
    for p in programs {
        match measure(p, runs, python.as_ref().and(args.python), args.objects) {
            Ok(row) => {
                print_row(&row, rows.is_empty());
                rows.push(row);
            }
            Err(e) => {
                eprintln!("{}: {e}", p.name);
                failed = true;
            }
        }
    }
    let speedups: Vec<f64> = rows.iter().map(|r| r.speedup).collect();
    let vs_python: Vec<f64> = rows.iter().filter_map(|r| r.vs_python).collect();
    let suites: Vec<SuiteSummary> = Suite::ALL
        .iter()
        .filter_map(|s| {
            let of: Vec<&Row> = rows.iter().filter(|r| r.suite == *s).collect();
            SuiteSummary::of(s.name(), &of)
        })
        .collect();
    let report = Report {
        format: FORMAT,
        pave_version: crate::VERSION,
        date: jiff::Timestamp::now()
            .strftime("%Y-%m-%dT%H:%M:%SZ")
            .to_string(),
        machine: Machine::detect(),
        note: args.note.map(str::to_owned),
        engine: "wasmtime",
        runs,
        python,
        geomean_speedup: bench::geomean(&speedups),
        geomean_vs_python: (vs_python.len() == rows.len() && !rows.is_empty())
            .then(|| bench::geomean(&vs_python)),
        rows,
        suites,
    };
    for s in &report.suites {
        println!(
            "geometric mean, {} ({} programs): tier 1 (JIT on) is {:.2}× tier 0 (JIT off){}",
            s.name,
            s.programs,
            s.geomean_speedup,
            s.geomean_vs_python
                .map(|v| format!(", {v:.2}× CPython"))
                .unwrap_or_default()
        );
    }
    if report.machine.emulated {
        eprintln!(
            "pave bench: this {} binary runs under an emulator: the times are not performance",
            report.machine.arch
        );
    }
    if let Some(path) = args.json {
        if report.rows.is_empty() {
            eprintln!(
                "pave bench: no program ran, so {} is not written",
                path.display()
            );
            return 2;
        }
        let written = serde_json::to_string_pretty(&report)
            .map_err(|e| e.to_string())
            .and_then(|text| std::fs::write(path, text + "\n").map_err(|e| e.to_string()));
        if let Err(e) = written {
            eprintln!("pave bench: cannot write {}: {e}", path.display());
            return 2;
        }
    }
    i32::from(failed)
}

fn measure(
    p: &Program,
    runs: usize,
    python: Option<&str>,
    objects: crate::tier::Objects,
) -> Result<Row, String> {
    let mut t0 = Vec::new();
    let mut t1 = Vec::new();
    let mut compile = Vec::new();
    let mut per_function = Vec::new();
    let mut compiles = 0;
    let mut result = String::new();
    for _ in 0..runs {
        let interp = bench::run(p, false, objects)?;
        let jit = bench::run(p, true, objects)?;
        if interp.timing.result != jit.timing.result {
            return Err(format!(
                "tiers disagree: tier 0 gave {}, tier 1 gave {}",
                interp.timing.result, jit.timing.result
            ));
        }
        result = jit.timing.result;
        t0.push(interp.timing.ms);
        t1.push(jit.timing.ms);
        compile.push(jit.compile_ms);
        compiles = jit.compiles;
        if jit.compiles > 0 {
            per_function.push(jit.compile_ms / jit.compiles as f64);
        }
    }
    let python_ms = match python {
        Some(exe) => {
            let mut times = Vec::new();
            for _ in 0..runs {
                times.push(run_python(exe, p)?);
            }
            Some(bench::median(&mut times))
        }
        None => None,
    };
    let (tier0_ms, tier1_ms) = (bench::median(&mut t0), bench::median(&mut t1));
    if tier0_ms <= 0.0 || tier1_ms <= 0.0 || python_ms.is_some_and(|ms| ms <= 0.0) {
        return Err("a run took no measurable time".to_owned());
    }
    Ok(Row {
        name: p.name,
        suite: p.suite,
        about: p.about,
        result,
        tier0_ms,
        tier1_ms,
        speedup: tier0_ms / tier1_ms,
        compile_ms: bench::median(&mut compile),
        compiles,
        compile_per_function_ms: (!per_function.is_empty())
            .then(|| bench::median(&mut per_function)),
        python_ms,
        vs_python: python_ms.map(|py| py / tier1_ms),
    })
}

fn print_row(row: &Row, header: bool) {
    if header {
        println!(
            "{:<12} {:<8} {:>11} {:>11} {:>8} {:>11} {:>11} {:>9}",
            "program",
            "suite",
            "tier 0 ms",
            "tier 1 ms",
            "t0/t1",
            "compile ms",
            "python3 ms",
            "py/t1"
        );
    }
    let py = row.python_ms.map_or("-".to_owned(), |v| format!("{v:.1}"));
    let vs = row.vs_python.map_or("-".to_owned(), |v| format!("{v:.2}×"));
    println!(
        "{:<12} {:<8} {:>11.1} {:>11.2} {:>7.2}× {:>11.3} {:>11} {:>9}",
        row.name,
        row.suite.name(),
        row.tier0_ms,
        row.tier1_ms,
        row.speedup,
        row.compile_ms,
        py,
        vs
    );
}

fn python_version(exe: &str) -> Option<String> {
    let out = Command::new(exe).arg("--version").output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

fn run_python(exe: &str, p: &Program) -> Result<f64, String> {
    let out = Command::new(exe)
        .arg("-c")
        .arg(bench::timed_source(p.source))
        .output()
        .map_err(|e| format!("cannot run {exe}: {e}"))?;
    if !out.status.success() {
        return Err(String::from_utf8_lossy(&out.stderr).into_owned());
    }
    bench::parse(&String::from_utf8_lossy(&out.stdout))
        .map(|t| t.ms)
        .ok_or_else(|| format!("{exe} printed no timing line"))
}
