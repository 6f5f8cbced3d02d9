//! Running a file as `python3 FILE ARGS…` does: `sys.argv`, the script's directory first
//! on `sys.path` (so its neighbours import, through `_pave_site`'s finder natively), and
//! `__file__` in `__main__`.

use rustpython_vm::scope::Scope;
use rustpython_vm::{PyResult, VirtualMachine};

/// Prepare `main` and `sys` for running the script at `path` (absolute, as CPython makes
/// it) with `argv` as `sys.argv` (the script as it was typed, then its arguments).
pub(crate) fn prepare(
    vm: &VirtualMachine,
    main: &Scope,
    path: &str,
    argv: &[String],
) -> PyResult<()> {
    let argv: Vec<_> = argv
        .iter()
        .map(|arg| vm.ctx.new_str(arg.as_str()).into())
        .collect();
    vm.sys_module.set_attr("argv", vm.ctx.new_list(argv), vm)?;
    let sys_path = vm.sys_module.get_attr("path", vm)?;
    vm.call_method(&sys_path, "insert", (0, script_dir(path)))?;
    main.globals
        .set_item("__file__", vm.ctx.new_str(path).into(), vm)?;
    Ok(())
}

/// The absolute directory of the script, as CPython puts it in `sys.path[0]`.
fn script_dir(path: &str) -> String {
    let path = std::path::Path::new(path);
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    std::fs::canonicalize(&dir)
        .unwrap_or(dir)
        .to_string_lossy()
        .into_owned()
}
