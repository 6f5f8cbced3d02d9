//! The native `pave` command line: `pave run FILE [--turtle OUT.svg]`, `pave repl`, `pave bench`,
//! `pave --version`.
//!
//! It runs the same [`Session`](crate::Session) as the browser, on a thread with a large
//! stack so that deep recursion ends in `RecursionError`, never in a crash.

mod bench;
mod machine;
mod repl;
mod run;
mod terminal;
mod turtle;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// Stack for the interpreter thread: RustPython needs several KiB of native stack per
/// Python frame, and the recursion limit (1000) must be reached well before it runs out.
const INTERPRETER_STACK_BYTES: usize = 256 * 1024 * 1024;

#[derive(Debug, Parser)]
#[command(name = "pave", version = crate::VERSION, about = "Python that paves its hot paths: RustPython plus a WebAssembly JIT")]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run a Python file; exits 1 with a traceback on an uncaught exception.
    Run {
        /// The program to run.
        file: PathBuf,
        /// Arguments for the program, in its `sys.argv[1:]` (after `--` when one starts
        /// with `-`).
        args: Vec<String>,
        #[command(flatten)]
        tiers: TierArgs,
        /// Print the per-function tier table to stderr when the program ends.
        #[arg(long)]
        stats: bool,
        /// Write the tier report as JSON to this file (`-` for stdout).
        #[arg(long, value_name = "FILE")]
        json: Option<PathBuf>,
        /// Write the program's turtle drawing to this file as SVG when it ends.
        #[arg(long, value_name = "FILE")]
        turtle: Option<PathBuf>,
    },
    /// Run the built-in benchmark suite: tier 0, tier 1 and CPython, as ratios.
    Bench {
        /// Runs per program and tier (the median is reported).
        #[arg(long, default_value_t = 3)]
        runs: usize,
        /// Only programs whose name contains this.
        #[arg(long)]
        filter: Option<String>,
        /// Only this suite: `numeric` (number kernels) or `objects` (classes, lists, dicts).
        #[arg(long, value_name = "SUITE")]
        suite: Option<String>,
        /// The CPython to compare with (skipped when not installed).
        #[arg(long, default_value = "python3")]
        python: String,
        /// Do not run CPython.
        #[arg(long)]
        no_python: bool,
        /// Write the figures as JSON to this file (schema: www/bench/results/schema.json).
        #[arg(long, value_name = "FILE")]
        json: Option<PathBuf>,
        /// A line about the machine for the JSON file (shared VM, load…).
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
        /// Tier 1 takes every hot function called with objects, as `run --jit-objects`.
        #[arg(long)]
        jit_objects: bool,
        /// Which functions on objects tier 1 takes, as `run --objects`.
        #[arg(long, value_name = "POLICY", value_parser = OBJECT_POLICIES)]
        objects: Option<String>,
    },
    /// An interactive prompt (the default when no command is given).
    Repl {
        #[command(flatten)]
        tiers: TierArgs,
    },
}

/// How tier 1 is set up for a run.
#[derive(Debug, Clone, clap::Args)]
struct TierArgs {
    /// Interpret only: no compiled code (plain RustPython).
    #[arg(long)]
    no_jit: bool,
    /// Calls before a loop-free function is compiled (0: compile at the first call).
    #[arg(long, value_name = "N", default_value_t = crate::tier::DEFAULT_THRESHOLD)]
    threshold: u32,
    /// Compile every hot function on objects (lists, strings, instances), however much
    /// compiling costs (the same as `--objects all`).
    #[arg(long)]
    jit_objects: bool,
    /// Which hot functions on objects tier 1 compiles: `loops` (the default: only those
    /// whose body loops, once called as often as the threshold), `budgeted` (functions
    /// that loop, at their first call, while compiling takes at most a tenth of the
    /// run; not the default yet: docs/measurements.md), `all` or `off`.
    #[arg(long, value_name = "POLICY", value_parser = OBJECT_POLICIES)]
    objects: Option<String>,
}

/// The values `--objects` takes.
const OBJECT_POLICIES: [&str; 4] = ["loops", "budgeted", "all", "off"];

impl TierArgs {
    fn options(&self, hash_seed: Option<u32>) -> crate::SessionOptions {
        crate::SessionOptions {
            hash_seed,
            jit: crate::JitOptions {
                enabled: !self.no_jit,
                threshold: self.threshold,
                objects: objects_policy(self.jit_objects, self.objects.as_deref()),
                ..crate::JitOptions::default()
            },
            ..crate::SessionOptions::default()
        }
    }
}

/// The objects policy `--jit-objects` or `--objects` asks for.
fn objects_policy(jit_objects: bool, objects: Option<&str>) -> crate::tier::Objects {
    use crate::tier::Objects;
    match (jit_objects, objects) {
        (true, _) | (_, Some("all")) => Objects::All,
        (_, Some("budgeted")) => Objects::Budgeted,
        (_, Some("off")) => Objects::Off,
        _ => Objects::Loops,
    }
}

/// `PYTHONHASHSEED` as CPython reads it: unset, empty or `random` for a random seed, else
/// an integer in 0..=4294967295 (0 and any fixed seed make `str` hashes, and so the order
/// of sets of strings, the same in every run).
fn hash_seed_from_env() -> Result<Option<u32>, String> {
    match std::env::var("PYTHONHASHSEED") {
        Err(_) => Ok(None),
        Ok(v) if v.is_empty() || v == "random" => Ok(None),
        Ok(v) => v.parse::<u32>().map(Some).map_err(|_| {
            "Fatal Python error: PYTHONHASHSEED must be \"random\" or an integer in range \
             [0; 4294967295]"
                .to_owned()
        }),
    }
}

/// Parse the arguments, run the command, and return the process exit status.
pub fn main() -> i32 {
    let cli = Cli::parse();
    let hash_seed = match hash_seed_from_env() {
        Ok(seed) => seed,
        Err(message) => {
            eprintln!("{message}");
            return 1;
        }
    };
    let worker = std::thread::Builder::new()
        .name("python".into())
        .stack_size(INTERPRETER_STACK_BYTES)
        .spawn(move || match cli.command {
            Some(Command::Run {
                file,
                args,
                tiers,
                stats,
                json,
                turtle,
            }) => run::run_file(
                &file,
                &args,
                &tiers.options(hash_seed),
                stats,
                json.as_deref(),
                turtle.as_deref(),
            ),
            Some(Command::Repl { tiers }) => repl::repl(&tiers.options(hash_seed)),
            Some(Command::Bench {
                runs,
                filter,
                suite,
                python,
                no_python,
                json,
                note,
                jit_objects,
                objects,
            }) => bench::bench(&bench::BenchArgs {
                runs,
                filter: filter.as_deref(),
                suite: suite.as_deref(),
                python: (!no_python).then_some(python.as_str()),
                json: json.as_deref(),
                note: note.as_deref(),
                objects: objects_policy(jit_objects, objects.as_deref()),
            }),
            None => repl::repl(&crate::SessionOptions {
                hash_seed,
                ..crate::SessionOptions::default()
            }),
        });
    match worker.map(|handle| handle.join()) {
        Ok(Ok(status)) => status,
        Ok(Err(_)) => {
            eprintln!("pave: the interpreter thread panicked (this is a bug in pave)");
            101
        }
        Err(e) => {
            eprintln!("pave: cannot start the interpreter thread: {e}");
            2
        }
    }
}
