//! `pave run FILE`: run a program as `__main__` and exit like CPython does.

use std::path::Path;
use std::rc::Rc;

use super::terminal::{forward_ctrl_c, TerminalHost};
use crate::host::{Host, Stream};
use crate::{Session, SessionOptions};

/// Run `path`; return the exit status (0, 1 after an uncaught exception, or `sys.exit`'s).
pub(crate) fn run_file(path: &Path) -> i32 {
    let source = match std::fs::read_to_string(path) {
        Ok(source) => source,
        Err(e) => {
            eprintln!("pave: can't open file '{}': {e}", path.display());
            return 2;
        }
    };
    let host = Rc::new(TerminalHost);
    let session = match Session::new(host.clone(), &SessionOptions::default()) {
        Ok(session) => session,
        Err(e) => {
            eprintln!("pave: {e}");
            return 101;
        }
    };
    forward_ctrl_c(&session);
    let filename = path.to_string_lossy();
    let outcome = session.run(&source, &filename);
    if let Some(error) = &outcome.error {
        host.write(Stream::Stderr, &error.traceback);
    }
    outcome.exit_code
}
