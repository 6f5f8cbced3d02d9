//! The [`Host`] of the command line: output to the process's stdout/stderr as it is
//! written, `input()` from stdin, Ctrl-C delivered to the interpreter as
//! `KeyboardInterrupt`.

use std::io::{BufRead, Write};

use crate::host::{Host, ReadLineError, Stream};

/// Standard streams of this process.
#[derive(Debug, Default)]
pub(crate) struct TerminalHost;

impl Host for TerminalHost {
    fn write(&self, stream: Stream, text: &str) {
        // A closed pipe (`pave run x.py | head`) is not the program's problem: drop output.
        let _ = match stream {
            Stream::Stdout => {
                let mut out = std::io::stdout().lock();
                out.write_all(text.as_bytes()).and_then(|()| {
                    if text.contains('\n') {
                        out.flush()
                    } else {
                        Ok(())
                    }
                })
            }
            Stream::Stderr => std::io::stderr().lock().write_all(text.as_bytes()),
        };
    }

    fn read_line(&self, _prompt: &str) -> Result<Option<String>, ReadLineError> {
        let _ = std::io::stdout().flush();
        let mut line = String::new();
        match std::io::stdin().lock().read_line(&mut line) {
            Ok(0) => Ok(None),
            Ok(_) => Ok(Some(line)),
            Err(e) => Err(ReadLineError::Unavailable(e.to_string())),
        }
    }
}

/// Route Ctrl-C to `session` as a `KeyboardInterrupt` (once per process).
pub(crate) fn forward_ctrl_c(session: &crate::Session) {
    let interrupter = session.interrupter();
    // Failing to install the handler only means Ctrl-C ends the process instead.
    let _ = ctrlc::set_handler(move || interrupter.interrupt());
}
