//! Building the RustPython interpreter a session runs in: native stdlib modules, the
//! frozen pure-Python stdlib (natively; the web build imports it from its host), and Pave's
//! own frozen shims from `python/lib/`.

use rustpython_vm::{Interpreter, Settings};

/// A fresh interpreter with the standard library. It has no `host_env` (no real `os`), in
/// both builds, so that native runs see exactly what the browser sees. Also returns the
/// sender that delivers `KeyboardInterrupt` at the next bytecode boundary; the wasm VM
/// checks no signals, so there Stop arrives through the host's safe points instead.
/// `hash_seed` fixes `str` hashing (`PYTHONHASHSEED`); `None` randomises it.
pub(crate) fn build(
    hash_seed: Option<u32>,
) -> (Interpreter, rustpython_vm::signal::UserSignalSender) {
    // Tier 1's object imports reach Python objects through these.
    crate::engine::set_object_fns(super::objects::FNS);
    let (sender, receiver) = rustpython_vm::signal::user_signal_channel();
    let interp = builder(hash_seed)
        .init_hook(move |vm| vm.set_user_signal_channel(receiver))
        .build();
    (interp, sender)
}

fn builder(hash_seed: Option<u32>) -> rustpython_vm::InterpreterBuilder {
    let mut settings = Settings::default();
    settings.hash_seed = hash_seed;
    settings.argv = vec!["main.py".to_owned()];
    settings.import_site = false;
    let mut builder = Interpreter::builder(settings);
    let defs = rustpython_stdlib::stdlib_module_defs(&builder.ctx);
    builder = builder.add_native_modules(&defs);
    // The web build leaves the pure-Python stdlib out of the module (most of its size) and
    // imports it from the host on demand instead (`lib/_pave_importer.py`).
    #[cfg(not(target_arch = "wasm32"))]
    {
        builder = builder.add_frozen_modules(rustpython_pylib::FROZEN_STDLIB);
    }
    builder.add_frozen_modules(rustpython_vm::py_freeze!(dir = "lib"))
}
