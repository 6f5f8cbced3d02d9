//! The turtle corpus: every `tests/turtle/*.py` runs in a fresh session, with the JIT off
//! and with every function compiled at its first call, and must end with the picture
//! CPython's own turtle module draws (`NAME.svg`, made by `tests/turtle/bless.py` with a
//! recording Tk canvas) and print what CPython printed (`NAME.out`). The page draws the
//! same command stream (`tests/browser/turtle.test.mjs` checks it against these files).

mod common;

use std::path::{Path, PathBuf};

use libtest_mimic::{Arguments, Failed, Trial};

fn main() {
    let args = Arguments::from_args();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/turtle");
    let mut programs: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/turtle exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .filter(|p| p.file_name().is_some_and(|n| n != "bless.py"))
        .collect();
    programs.sort();
    let mut trials = Vec::new();
    for path in programs {
        let name = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        for (tier, options) in [
            ("jit_off", common::jit_off as fn() -> pave::SessionOptions),
            ("jit_forced", common::jit_forced),
        ] {
            let path = path.clone();
            trials.push(Trial::test(format!("{name}::{tier}"), move || {
                check(&path, options())
            }));
        }
    }
    libtest_mimic::run(&args, trials).exit();
}

fn check(path: &Path, options: pave::SessionOptions) -> Result<(), Failed> {
    let source = std::fs::read_to_string(path)?;
    let expected_svg = std::fs::read_to_string(path.with_extension("svg")).map_err(|e| {
        format!(
            "{}: no .svg ({e}); run tests/turtle/bless.py",
            path.display()
        )
    })?;
    let expected_out = std::fs::read_to_string(path.with_extension("out")).map_err(|e| {
        format!(
            "{}: no .out ({e}); run tests/turtle/bless.py",
            path.display()
        )
    })?;
    let filename = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let result = common::run_with(&source, &filename, &[], options);
    if let Some(error) = &result.outcome.error {
        return Err(format!("{filename} raised:\n{}", error.traceback).into());
    }
    if result.stdout != expected_out {
        return Err(format!(
            "{filename}: output differs from CPython's\n--- CPython\n{expected_out}--- Pave\n{}",
            result.stdout
        )
        .into());
    }
    if result.svg != expected_svg {
        return Err(format!(
            "{filename}: picture differs from CPython's\n{}",
            first_difference(&expected_svg, &result.svg)
        )
        .into());
    }
    Ok(())
}

/// The first line where the two pictures differ, with its neighbours.
fn first_difference(expected: &str, actual: &str) -> String {
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let at = e
        .iter()
        .zip(&a)
        .position(|(x, y)| x != y)
        .unwrap_or(e.len().min(a.len()));
    let show = |lines: &[&str]| lines[at.saturating_sub(1)..(at + 2).min(lines.len())].join("\n");
    format!(
        "line {} of {} (CPython) / {} (Pave)\n--- CPython\n{}\n--- Pave\n{}",
        at + 1,
        e.len(),
        a.len(),
        show(&e),
        show(&a)
    )
}
