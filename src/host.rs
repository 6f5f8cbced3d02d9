//! The boundary between a [`Session`](crate::Session) and whoever runs it: where output
//! goes, where `input()` reads from, and how a user asks to stop.
//!
//! The native CLI implements [`Host`] over the terminal, the web front over callbacks into
//! the worker's JavaScript, and tests use [`BufferHost`].

use std::cell::RefCell;

use crate::drawing::{Command, Drawing, EventWait};

/// Which output stream a piece of text was written to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Stream {
    /// `sys.stdout`.
    Stdout,
    /// `sys.stderr`.
    Stderr,
}

impl Stream {
    /// The stream's name as the page and JSON use it.
    pub fn name(self) -> &'static str {
        match self {
            Stream::Stdout => "stdout",
            Stream::Stderr => "stderr",
        }
    }
}

/// Why a line could not be read for `input()`; becomes a Python exception.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadLineError {
    /// The host cannot provide input at all (e.g. a page without cross-origin isolation).
    #[error("{0}")]
    Unavailable(String),
    /// The user asked to stop while the program waited for input.
    #[error("interrupted")]
    Interrupted,
}

/// The compiled code of a standard-library module, as a host provides it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleCode {
    /// The module's code object in RustPython's `marshal` format.
    pub code: Vec<u8>,
    /// True for a package (its `__init__`).
    pub is_package: bool,
}

/// What a session needs from its surroundings. Called synchronously from the interpreter.
pub trait Host {
    /// Text written by Python to `stream`; deliver it as soon as is sensible (streaming).
    fn write(&self, stream: Stream, text: &str);
    /// One line for `input()`, without its newline; `Ok(None)` at end of input.
    /// The prompt has already been written to stdout.
    fn read_line(&self, prompt: &str) -> Result<Option<String>, ReadLineError>;
    /// True once the user has asked to stop; polled at safe points, where the
    /// interpreter then raises `KeyboardInterrupt`.
    fn interrupted(&self) -> bool {
        false
    }
    /// Block for `seconds` (for `time.sleep`), returning early with `true` if the user
    /// asks to stop meanwhile. The default sleeps in slices and polls [`Host::interrupted`].
    fn sleep(&self, seconds: f64) -> bool {
        sleep_polling(self, seconds)
    }
    /// The code of standard-library module `name` (dotted), for builds that do not freeze
    /// the stdlib (the web build, see `python/lib/_pave_importer.py`): `Ok(None)` when there
    /// is no such module, `Err(why)` when it exists but could not be loaded. The default
    /// has none: the native build freezes the whole stdlib.
    fn stdlib_module(&self, _name: &str) -> Result<Option<ModuleCode>, String> {
        Ok(None)
    }
    /// Turtle graphics: draw `commands` (see [`crate::drawing`]), in order. With `now` the
    /// picture should show them at once (the program is about to wait, or it ended);
    /// otherwise a host may gather them into fewer, larger batches. The default draws
    /// nowhere.
    fn draw(&self, _commands: &[Command], _now: bool) {}
    /// Wait up to `timeout_ms` for a click or a key in the drawing (turtle's `mainloop`,
    /// and its `update()` with 0). The default has no drawing to click: `Unavailable`.
    fn wait_event(&self, _timeout_ms: f64) -> EventWait {
        EventWait::Unavailable
    }
}

/// Sleep in short slices, polling `host.interrupted()`; `true` if interrupted.
pub(crate) fn sleep_polling<H: Host + ?Sized>(host: &H, seconds: f64) -> bool {
    use crate::clock::{Clock, SystemClock};
    let clock = SystemClock::default();
    let deadline = clock.now_ms() + seconds * 1000.0;
    loop {
        if host.interrupted() {
            return true;
        }
        let left = deadline - clock.now_ms();
        if left <= 0.0 {
            return false;
        }
        crate::clock::pause_ms(left.min(20.0));
    }
}

/// A host that keeps all output, and the drawing, in memory and answers `input()` from a
/// fixed list: for tests and for anything that wants a run's output as a string.
#[derive(Debug, Default)]
pub struct BufferHost {
    chunks: RefCell<Vec<(Stream, String)>>,
    input: RefCell<std::collections::VecDeque<String>>,
    drawing: RefCell<Drawing>,
}

impl BufferHost {
    /// An empty buffer with no input lines.
    pub fn new() -> Self {
        Self::default()
    }

    /// A buffer whose `input()` calls are answered by `lines`, then end of input.
    pub fn with_input<I: IntoIterator<Item = S>, S: Into<String>>(lines: I) -> Self {
        let host = Self::new();
        host.input
            .borrow_mut()
            .extend(lines.into_iter().map(Into::into));
        host
    }

    /// Everything written to `stream` so far, concatenated.
    pub fn text(&self, stream: Stream) -> String {
        self.chunks
            .borrow()
            .iter()
            .filter(|(s, _)| *s == stream)
            .map(|(_, t)| t.as_str())
            .collect()
    }

    /// Everything written so far, both streams interleaved in order.
    pub fn all_text(&self) -> String {
        self.chunks
            .borrow()
            .iter()
            .map(|(_, t)| t.as_str())
            .collect()
    }

    /// Forget the output collected so far.
    pub fn clear(&self) {
        self.chunks.borrow_mut().clear();
    }

    /// The turtle drawing so far, as SVG (see [`Drawing::to_svg`]).
    pub fn svg(&self) -> String {
        self.drawing.borrow().to_svg()
    }
}

impl Host for BufferHost {
    fn write(&self, stream: Stream, text: &str) {
        let mut chunks = self.chunks.borrow_mut();
        match chunks.last_mut() {
            Some((last, buf)) if *last == stream => buf.push_str(text),
            _ => chunks.push((stream, text.to_owned())),
        }
    }

    fn read_line(&self, _prompt: &str) -> Result<Option<String>, ReadLineError> {
        Ok(self.input.borrow_mut().pop_front())
    }

    fn draw(&self, commands: &[Command], _now: bool) {
        self.drawing.borrow_mut().apply(commands);
    }
}
