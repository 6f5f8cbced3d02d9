//! Why a function could not be compiled. Every variant is a reason the function keeps in
//! tier 0, shown to the user in the telemetry.

/// A compile failure.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CompileError {
    /// A construct tier 1 does not compile yet (a limitation, not a bug): `what` names it
    /// (`"LOAD_ATTR"`, `"list"`), `why` says what stops it, `line` is where it is.
    #[error("{what} at line {line}: {why}")]
    Unsupported {
        /// The construct.
        what: String,
        /// Why it cannot be compiled.
        why: String,
        /// Source line.
        line: u32,
    },
    /// The unit works on objects and is longer (its callees included) than the compile
    /// budget allows now ([`crate::CompileOptions::max_object_units`]): it was lowered,
    /// no further. Not a limitation of the function: it may compile later.
    #[error(
        "a unit on objects of {units} code units, over the {max} the compile budget allows now"
    )]
    OverBudget {
        /// Code units of the unit's functions.
        units: usize,
        /// What the budget allowed.
        max: usize,
    },
    /// The unit works on objects, and its code would be mostly host calls dearer than
    /// the interpreter's own instructions ([`crate::gain`], asked for with
    /// [`crate::CompileOptions::require_gain`]): it was lowered, not emitted. Machine
    /// instructions per call of its root, as estimated.
    #[error(
        "{host_calls} calls into the host for {instructions} bytecode instructions (loops \
         weighed {}× per level): about {compiled} machine instructions compiled against \
         {interpreted} interpreted",
        crate::gain::LOOP_WEIGHT
    )]
    NoGain {
        /// Host calls, weighted by loop depth.
        host_calls: u64,
        /// Bytecode instructions, weighted.
        instructions: u64,
        /// Compiled code's cost.
        compiled: u64,
        /// The interpreter's.
        interpreted: u64,
    },
    /// The compiler met something it should have handled: a bug in Pave.
    #[error("internal compiler error: {0}")]
    Internal(String),
}

impl CompileError {
    /// An [`CompileError::Unsupported`].
    pub fn unsupported(what: impl Into<String>, why: impl Into<String>, line: u32) -> Self {
        CompileError::Unsupported {
            what: what.into(),
            why: why.into(),
            line,
        }
    }

    /// An [`CompileError::Internal`].
    pub fn internal(message: impl Into<String>) -> Self {
        CompileError::Internal(message.into())
    }
}

/// Result of a compiler pass.
pub type CompileResult<T> = Result<T, CompileError>;
