//! `pave run FILE --turtle OUT.svg`: the terminal host, plus the turtle drawing kept in a
//! [`Drawing`] and written as SVG when the program ends: the same commands, and so the
//! same picture, as the page draws. Without `--turtle` drawing commands are ignored.

use std::cell::RefCell;
use std::path::{Path, PathBuf};

use super::terminal::TerminalHost;
use crate::drawing::{Command, Drawing};
use crate::host::{Host, ReadLineError, Stream};

/// The terminal, and the drawing when it is to be saved.
#[derive(Debug)]
pub(crate) struct DrawingHost {
    terminal: TerminalHost,
    drawing: Option<(PathBuf, RefCell<Drawing>)>,
}

/// Why the drawing could not be saved.
#[derive(Debug, thiserror::Error)]
#[error("cannot write {path}: {source}")]
pub(crate) struct SaveError {
    path: String,
    source: std::io::Error,
}

impl DrawingHost {
    /// A terminal host that keeps the drawing for `svg` (if any).
    pub(crate) fn new(svg: Option<&Path>) -> Self {
        DrawingHost {
            terminal: TerminalHost,
            drawing: svg.map(|path| (path.to_owned(), RefCell::new(Drawing::new()))),
        }
    }

    /// Write the final picture to the `--turtle` file, if one was given.
    pub(crate) fn save(&self) -> Result<(), SaveError> {
        let Some((path, drawing)) = &self.drawing else {
            return Ok(());
        };
        std::fs::write(path, drawing.borrow().to_svg()).map_err(|source| SaveError {
            path: path.display().to_string(),
            source,
        })
    }
}

impl Host for DrawingHost {
    fn write(&self, stream: Stream, text: &str) {
        self.terminal.write(stream, text);
    }

    fn read_line(&self, prompt: &str) -> Result<Option<String>, ReadLineError> {
        self.terminal.read_line(prompt)
    }

    fn draw(&self, commands: &[Command], _now: bool) {
        if let Some((_, drawing)) = &self.drawing {
            drawing.borrow_mut().apply(commands);
        }
    }
}
