//! `pave run FILE`: run a program as `__main__` and exit like CPython does.

use std::path::Path;
use std::rc::Rc;

use super::terminal::forward_ctrl_c;
use super::turtle::DrawingHost;
use crate::host::{Host, Stream};
use crate::{Session, SessionOptions};

/// Run `path` with `args` in its `sys.argv`; return the exit status (0, 1 after an uncaught
/// exception, or `sys.exit`'s). With `stats`, print the tier table to stderr; with `json`,
/// write the report there;
/// with `turtle`, write the turtle drawing there as SVG.
pub(crate) fn run_file(
    path: &Path,
    args: &[String],
    options: &SessionOptions,
    stats: bool,
    json: Option<&Path>,
    turtle: Option<&Path>,
) -> i32 {
    let source = match std::fs::read_to_string(path) {
        Ok(source) => source,
        Err(e) => {
            eprintln!("pave: can't open file '{}': {e}", path.display());
            return 2;
        }
    };
    let host = Rc::new(DrawingHost::new(turtle));
    let session = match Session::new(host.clone(), options) {
        Ok(session) => session,
        Err(e) => {
            eprintln!("pave: {e}");
            return 101;
        }
    };
    forward_ctrl_c(&session);
    // CPython (3.9+) runs the script under its absolute path (`__file__`, tracebacks);
    // `sys.argv[0]` stays as it was typed.
    let argv: Vec<String> = std::iter::once(path.to_string_lossy().into_owned())
        .chain(args.iter().cloned())
        .collect();
    let path = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let filename = path.to_string_lossy();
    if let Err(e) = session.set_script(&filename, &argv) {
        eprintln!("pave: {e}");
        return 101;
    }
    let outcome = session.run(&source, &filename);
    if let Some(error) = &outcome.error {
        host.write(Stream::Stderr, &error.traceback);
    }
    if let Err(e) = host.save() {
        eprintln!("pave: {e}");
        return 2;
    }
    let report = session.report();
    if stats {
        eprint!("{report}");
    }
    if let Some(json) = json {
        let text = report.to_json();
        let written = if json == Path::new("-") {
            println!("{text}");
            Ok(())
        } else {
            std::fs::write(json, text + "\n")
        };
        if let Err(e) = written {
            eprintln!("pave: cannot write {}: {e}", json.display());
            return 2;
        }
    }
    outcome.exit_code
}
