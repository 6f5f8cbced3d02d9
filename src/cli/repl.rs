//! `pave repl`: an interactive prompt with history and multi-line blocks, in one session.

use std::rc::Rc;

use rustyline::error::ReadlineError;
use rustyline::DefaultEditor;

use super::terminal::{forward_ctrl_c, TerminalHost};
use crate::host::{Host, Stream};
use crate::{ReplStatus, Session, SessionOptions};

/// Read-eval-print until end of input; return the exit status.
pub(crate) fn repl(options: &SessionOptions) -> i32 {
    let host = Rc::new(TerminalHost);
    let session = match Session::new(host.clone(), options) {
        Ok(session) => session,
        Err(e) => {
            eprintln!("pave: {e}");
            return 101;
        }
    };
    forward_ctrl_c(&session);
    let mut editor = match DefaultEditor::new() {
        Ok(editor) => editor,
        Err(e) => {
            eprintln!("pave: cannot open the terminal: {e}");
            return 2;
        }
    };
    println!("Pave {} (RustPython 0.6) — Ctrl-D to exit", crate::VERSION);
    let mut buffer = String::new();
    loop {
        let prompt = if buffer.is_empty() { ">>> " } else { "... " };
        match editor.readline(prompt) {
            Ok(line) => {
                if !line.trim().is_empty() {
                    let _ = editor.add_history_entry(line.as_str());
                }
                if buffer.is_empty() {
                    buffer = line;
                } else {
                    buffer.push('\n');
                    buffer.push_str(&line);
                }
                if buffer.trim().is_empty() {
                    buffer.clear();
                    continue;
                }
                match session.repl_check(&buffer) {
                    ReplStatus::Incomplete => continue,
                    ReplStatus::Complete | ReplStatus::Invalid => {
                        let outcome = session.repl_run(&buffer);
                        if let Some(error) = outcome.error {
                            host.write(Stream::Stderr, &error.traceback);
                        }
                        if session.exited() {
                            // `exit()`, `quit()` or `sys.exit(n)` leave, as in CPython.
                            return outcome.exit_code;
                        }
                        buffer.clear();
                    }
                }
            }
            Err(ReadlineError::Interrupted) => {
                println!("KeyboardInterrupt");
                buffer.clear();
            }
            Err(ReadlineError::Eof) => return 0,
            Err(e) => {
                eprintln!("pave: {e}");
                return 2;
            }
        }
    }
}
