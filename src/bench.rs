//! The benchmark suite shared by `pave bench` and the browser bench page: the programs
//! (`bench/*.py`, built in), the timing epilogue every run appends, and one measured run
//! in a fresh [`Session`].

use std::rc::Rc;

use serde::Serialize;

use crate::host::{BufferHost, Stream};
use crate::{JitOptions, Session, SessionOptions};

/// Which suite a program belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Suite {
    /// Number kernels: what tier 1 compiles today.
    Numeric,
    /// Classes, lists, dicts and strings: what people write, mostly beyond tier 1 for now,
    /// where the JIT must at least cost nothing (JIT on / JIT off ≈ 1).
    Objects,
}

impl Suite {
    /// Every suite, in report order.
    pub const ALL: [Suite; 2] = [Suite::Numeric, Suite::Objects];

    /// The suite's name in reports and `--suite`.
    pub fn name(self) -> &'static str {
        match self {
            Suite::Numeric => "numeric",
            Suite::Objects => "objects",
        }
    }
}

/// A benchmark program: it defines `main()`, whose call is timed.
#[derive(Debug, Clone, Copy)]
pub struct Program {
    /// Short name (`fib`).
    pub name: &'static str,
    /// Its suite.
    pub suite: Suite,
    /// What it exercises.
    pub about: &'static str,
    /// The Python source.
    pub source: &'static str,
}

macro_rules! program {
    ($name:literal, $about:literal) => {
        program!($name, $about, Suite::Numeric)
    };
    ($name:literal, $about:literal, $suite:expr) => {
        Program {
            name: $name,
            suite: $suite,
            about: $about,
            source: include_str!(concat!("../bench/", $name, ".py")),
        }
    };
}

/// The suite, in the order reports list it.
pub const SUITE: &[Program] = &[
    program!("fib", "fib(30): recursive calls, int arithmetic"),
    program!("loops", "nested int loop with modulo"),
    program!("mandelbrot", "float loop with a data-dependent exit"),
    program!("nbody", "two-body simulation: float arithmetic and sqrt"),
    program!(
        "spectral",
        "spectral-norm A(i,j) kernel: calls, int and float"
    ),
    program!(
        "collatz",
        "longest Collatz chain: int division and branches"
    ),
    program!("primes", "prime counting by trial division"),
    program!("integrate", "Simpson integration of math functions"),
    program!("gcd", "sum of gcds: tuple swaps, modulo"),
    program!(
        "particles",
        "particles in a box: a class with a step method, float attributes",
        Suite::Objects
    ),
    program!(
        "richards",
        "Richards-style task scheduler: linked objects, method dispatch",
        Suite::Objects
    ),
    program!(
        "nbody_lists",
        "n-body as the benchmarks game writes it: lists, unpacking",
        Suite::Objects
    ),
    program!(
        "wordcount",
        "words built from syllables, counted in a dict, sorted",
        Suite::Objects
    ),
    program!(
        "life",
        "game of life on a list-of-lists grid",
        Suite::Objects
    ),
    program!(
        "vectors",
        "a vector class with operator methods, many short-lived objects",
        Suite::Objects
    ),
    program!(
        "editdistance",
        "edit distance of word pairs: a DP table over two strings",
        Suite::Objects
    ),
    program!(
        "permutations",
        "pancake flips over every permutation: list slices, insert and pop",
        Suite::Objects
    ),
];

/// The marker line the epilogue prints.
const MARKER: &str = "__pave_bench__";

/// `source` followed by code that times `main()` and prints its result and duration.
pub fn timed_source(source: &str) -> String {
    format!(
        "{source}\n\nimport time as _pave_time\n_pave_start = _pave_time.perf_counter()\n\
         _pave_result = main()\n_pave_ms = (_pave_time.perf_counter() - _pave_start) * 1000.0\n\
         print('{MARKER}', repr(_pave_result), _pave_ms)\n"
    )
}

/// What one timed run printed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Timing {
    /// `repr(main())`.
    pub result: String,
    /// How long `main()` took.
    pub ms: f64,
}

/// The timing line in a run's output.
pub fn parse(stdout: &str) -> Option<Timing> {
    let line = stdout.lines().rev().find(|l| l.starts_with(MARKER))?;
    let rest = line.strip_prefix(MARKER)?.trim();
    let (result, ms) = rest.rsplit_once(' ')?;
    Some(Timing {
        result: result.to_owned(),
        ms: ms.parse().ok()?,
    })
}

/// One run in Pave.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Measurement {
    /// Result and time.
    #[serde(flatten)]
    pub timing: Timing,
    /// Tier-1 compile time during the run (included in `ms`).
    pub compile_ms: f64,
    /// Compilations during the run (`compile_ms / compiles` is the mean per function).
    pub compiles: usize,
}

/// Run `program` once in a fresh session, with the JIT on or off, tier 1 taking the
/// functions on objects that `objects` says.
pub fn run(
    program: &Program,
    jit: bool,
    objects: crate::tier::Objects,
) -> Result<Measurement, String> {
    let host = Rc::new(BufferHost::new());
    let options = SessionOptions {
        jit: JitOptions {
            enabled: jit,
            objects,
            ..JitOptions::default()
        },
        ..SessionOptions::default()
    };
    let session = Session::new(host.clone(), &options).map_err(|e| e.to_string())?;
    let outcome = session.run(
        &timed_source(program.source),
        &format!("{}.py", program.name),
    );
    if let Some(error) = outcome.error {
        return Err(error.traceback);
    }
    let timing = parse(&host.text(Stream::Stdout))
        .ok_or_else(|| format!("{} printed no timing line", program.name))?;
    let report = session.report();
    Ok(Measurement {
        timing,
        compile_ms: report.compile_ms(),
        compiles: report
            .functions
            .iter()
            .filter(|f| f.compile.is_some())
            .count(),
    })
}

/// The median of `values` (which must not be empty).
pub fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    let n = values.len();
    if n == 0 {
        return f64::NAN;
    }
    if n % 2 == 1 {
        values[n / 2]
    } else {
        (values[n / 2 - 1] + values[n / 2]) / 2.0
    }
}

/// The geometric mean of positive `values`.
pub fn geomean(values: &[f64]) -> f64 {
    if values.is_empty() {
        return f64::NAN;
    }
    (values.iter().map(|v| v.ln()).sum::<f64>() / values.len() as f64).exp()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timing_lines_parse() {
        let out = "hello\n__pave_bench__ (1, 'a b') 12.5\n";
        let t = parse(out).expect("a timing line");
        assert_eq!(t.result, "(1, 'a b')");
        assert_eq!(t.ms, 12.5);
        assert!(parse("nothing here").is_none());
    }

    #[test]
    fn statistics() {
        assert_eq!(median(&mut [3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&mut [4.0, 1.0, 2.0, 3.0]), 2.5);
        assert!((geomean(&[1.0, 100.0]) - 10.0).abs() < 1e-9);
    }

    #[test]
    fn every_program_defines_main() {
        for p in SUITE {
            assert!(p.source.contains("def main():"), "{} has no main()", p.name);
        }
    }
}
