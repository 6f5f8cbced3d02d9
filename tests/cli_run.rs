//! `pave run` as a command, against what `python3 FILE ARGS…` does: `sys.argv`, exit
//! statuses, piped standard input, `quit()`/`exit()`, modules next to the script, and
//! threads refused with a clear error instead of running inline; `exit()` leaving the REPL.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

/// A fresh directory for one test's files.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pave-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// Run `pave run prog.py ARGS` in `dir` with `stdin`; (status, stdout, stderr).
fn pave_run(dir: &PathBuf, source: &str, args: &[&str], stdin: &str) -> (i32, String, String) {
    std::fs::write(dir.join("prog.py"), source).expect("write program");
    let mut child = Command::new(env!("CARGO_BIN_EXE_pave"))
        .arg("run")
        .arg("prog.py")
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("pave starts");
    child
        .stdin
        .take()
        .expect("stdin piped")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    let out = child.wait_with_output().expect("pave ends");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn argv_file_and_exit_status() {
    let dir = scratch("argv");
    let (status, out, _) = pave_run(
        &dir,
        "import sys, os\nprint(sys.argv)\nprint(os.path.isabs(__file__), __name__)\nsys.exit(3)\n",
        &["a", "b c"],
        "",
    );
    assert_eq!(status, 3);
    assert_eq!(out, "['prog.py', 'a', 'b c']\nTrue __main__\n");
}

/// What the program still holds when it ends is let go as CPython lets it go: `__del__`
/// runs (its output shown) with the module's globals intact, for an object a global
/// holds and for one in a reference cycle. (The session used to keep `__main__`'s
/// globals, and with them everything the program made, until the process ended: no
/// finaliser ran, and a page running program after program in fresh sessions grew
/// by all their objects each time.)
#[test]
fn finalisers_run_at_exit_with_globals_intact() {
    let dir = scratch("finalisers");
    let program = "class A:\n    def __init__(self, n):\n        self.n = n\n    def __del__(self):\n        print('bye', self.n, G)\nG = 'g'\na = A(1)\nb = [A(2)]\nb.append(b)\nprint('end')\n";
    let (status, out, err) = pave_run(&dir, program, &[], "");
    assert_eq!((status, err.as_str()), (0, ""));
    let mut lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.first(), Some(&"end"), "{out}");
    // (The order of the two finalisers is the collector's.)
    lines.sort_unstable();
    assert_eq!(lines, ["bye 1 g", "bye 2 g", "end"], "{out}");
}

#[test]
fn finalisers_run_at_exit_after_compiled_code() {
    // A compiled function's gate is a constant of its code and holds what its compiled
    // variants were made with (the globals, the objects loaded as constants), where the
    // collector does not look: the session lets them go first, or the program's
    // objects would outlive it and no `__del__` would run. First a numeric loop under
    // the default policy, then instances made by compiled code (whose `__init__` runs
    // on the data stack: what is remembered of the class must not hold it either).
    let del = "class A:\n    def __init__(self, n):\n        self.n = n\n    def __del__(self):\n        print('bye', self.n, G)\n";
    let numeric = format!("{del}def total(k):\n    t = 0\n    for i in range(k):\n        t += i\n    return t\nG = 'g'\nkeep = [A(0), A(1)]\nprint(total(10))\nprint('end')\n");
    let made = format!("import pave\n{}@pave.jit\ndef make(k):\n    out = []\n    for i in range(k):\n        out.append(A(i))\n    return out\nG = 'g'\nkeep = make(2)\nprint(45)\nprint('end')\n", del.replace("    def __init__", "    @pave.nojit\n    def __init__"));
    for (name, program) in [("numeric", numeric), ("made", made)] {
        let dir = scratch(&format!("finalisers_{name}"));
        let (status, out, err) = pave_run(&dir, &program, &[], "");
        assert_eq!((status, err.as_str()), (0, ""), "{name}");
        let mut lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.get(..2), Some(&["45", "end"][..]), "{name}: {out}");
        lines.sort_unstable();
        assert_eq!(lines, ["45", "bye 0 g", "bye 1 g", "end"], "{name}: {out}");
    }
}

#[test]
fn pave_jit_and_nojit_are_moot_with_the_jit_off() {
    // A program that asks for tier 1 runs the same with `--no-jit`, where no function
    // has a gate; `pave.jit` of something that is no Python function still says so.
    let dir = scratch("jit_off");
    let program = "import pave\n@pave.jit\ndef f(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\n@pave.nojit\ndef g(x):\n    return x * 2\nprint(f(10), g(4))\ntry:\n    pave.jit(len)\nexcept TypeError as e:\n    print('TypeError')\n";
    for flags in [&[][..], &["--no-jit"][..]] {
        std::fs::write(dir.join("prog.py"), program).expect("write program");
        let out = Command::new(env!("CARGO_BIN_EXE_pave"))
            .arg("run")
            .args(flags)
            .arg("prog.py")
            .current_dir(&dir)
            .output()
            .expect("pave runs");
        let text = String::from_utf8_lossy(&out.stdout);
        assert_eq!(
            (out.status.code(), text.as_ref()),
            (Some(0), "45 8\nTypeError\n"),
            "{flags:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn uncaught_exception_is_status_1_with_traceback() {
    let dir = scratch("uncaught");
    let (status, out, err) = pave_run(&dir, "print('before')\n{}['missing']\n", &[], "");
    assert_eq!(status, 1);
    assert_eq!(out, "before\n");
    let file = dir.join("prog.py");
    assert!(
        err.contains(&format!("File \"{}\", line 2", file.display())),
        "{err}"
    );
    assert!(err.ends_with("KeyError: 'missing'\n"), "{err}");
}

#[test]
fn exit_with_a_message_and_quit() {
    let dir = scratch("exit");
    let (status, _, err) = pave_run(&dir, "import sys\nsys.exit('bye')\n", &[], "");
    assert_eq!((status, err.as_str()), (1, "bye\n"));
    let (status, out, err) = pave_run(&dir, "print(repr(quit))\nquit()\nprint('no')\n", &[], "");
    assert_eq!(
        (status, out.as_str(), err.as_str()),
        (0, "Use quit() or Ctrl-D (i.e. EOF) to exit\n", "")
    );
    let (status, _, _) = pave_run(&dir, "exit(5)\n", &[], "");
    assert_eq!(status, 5);
}

#[test]
fn piped_stdin() {
    let dir = scratch("stdin");
    let source = "import sys\nfirst = sys.stdin.readline()\nrest = sys.stdin.read().split()\n\
                  print(repr(first), sum(map(int, rest)))\n";
    let (status, out, _) = pave_run(&dir, source, &[], "title\n1 2\n3\n");
    assert_eq!((status, out.as_str()), (0, "'title\\n' 6\n"));
    let source = "import sys\nfor line in sys.stdin:\n    print(line.strip().upper())\n";
    let (_, out, _) = pave_run(&dir, source, &[], "a\nb\n");
    assert_eq!(out, "A\nB\n");
}

#[test]
fn imports_a_module_next_to_the_script() {
    let dir = scratch("sibling");
    std::fs::write(dir.join("helper.py"), "def double(x):\n    return 2 * x\n").expect("write");
    std::fs::create_dir_all(dir.join("pkg")).expect("mkdir");
    std::fs::write(dir.join("pkg/__init__.py"), "NAME = 'pkg'\n").expect("write");
    std::fs::write(
        dir.join("pkg/mod.py"),
        "from . import NAME\nVALUE = NAME + '.mod'\n",
    )
    .expect("write");
    let source = "import helper\nfrom pkg.mod import VALUE\nprint(helper.double(21), VALUE)\n";
    let (status, out, err) = pave_run(&dir, source, &[], "");
    assert_eq!((status, out.as_str()), (0, "42 pkg.mod\n"), "{err}");
    // A traceback through the neighbour shows its source line, as CPython's does.
    std::fs::write(
        dir.join("helper.py"),
        "def fail():\n    raise ValueError('no')\n",
    )
    .expect("write");
    let (_, _, err) = pave_run(
        &dir,
        "import helper, traceback\ntry:\n    helper.fail()\n\
                                      except ValueError:\n    traceback.print_exc()\n",
        &[],
        "",
    );
    assert!(err.contains("    raise ValueError('no')\n"), "{err}");
}

#[test]
fn threads_are_refused_not_run_inline() {
    let dir = scratch("threads");
    let source = "import threading\nt = threading.Thread(target=print, args=('inline',))\n\
                  t.start()\n";
    let (status, out, err) = pave_run(&dir, source, &[], "");
    assert_eq!((status, out.as_str()), (1, ""));
    assert!(
        err.contains("RuntimeError: threads are not available in Pave"),
        "{err}"
    );
    let source = "import queue\nqueue.Queue().get()\n";
    let (status, _, err) = pave_run(&dir, source, &[], "");
    assert_eq!(status, 1);
    assert!(
        err.contains("RuntimeError: this would wait forever"),
        "{err}"
    );
}

#[test]
fn exit_leaves_the_repl_with_its_status() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pave"))
        .arg("repl")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("pave starts");
    child
        .stdin
        .take()
        .expect("stdin piped")
        .write_all(b"x = 6 * 7\nexit(4)\nprint('not reached')\n")
        .expect("write stdin");
    let out = child.wait_with_output().expect("pave ends");
    assert_eq!(out.status.code(), Some(4));
    assert!(!String::from_utf8_lossy(&out.stdout).contains("not reached"));
}

/// `pave run prog.py` with `PYTHONHASHSEED` set to `seed`; (status, stdout, stderr).
fn run_with_seed(dir: &PathBuf, source: &str, seed: &str) -> (i32, String, String) {
    std::fs::write(dir.join("prog.py"), source).expect("write program");
    let out = Command::new(env!("CARGO_BIN_EXE_pave"))
        .args(["run", "prog.py"])
        .env("PYTHONHASHSEED", seed)
        .current_dir(dir)
        .output()
        .expect("pave runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn pythonhashseed_fixes_string_hashes_as_in_cpython() {
    let dir = scratch("hashseed");
    let program = "print(hash('pave'), list({'a', 'b', 'c', 'd', 'e', 'f'}))\n";
    let first = run_with_seed(&dir, program, "0");
    let second = run_with_seed(&dir, program, "0");
    assert_eq!(first.0, 0, "{}", first.2);
    assert_eq!(
        first.1, second.1,
        "the same seed, the same hashes and set order"
    );
    let other = run_with_seed(&dir, program, "12345");
    assert_ne!(first.1, other.1, "another seed, other hashes");
    let (status, out, err) = run_with_seed(&dir, program, "banana");
    assert_eq!((status, out.as_str()), (1, ""));
    assert!(
        err.contains("PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]"),
        "{err}"
    );
    assert_eq!(run_with_seed(&dir, program, "random").0, 0);
}
