#!/usr/bin/env python3
"""Regenerate the expected outputs of the golden Python corpus with CPython.

This script owns the generated files in ``tests/programs/``:

* ``NAME.out`` -- the exact bytes CPython writes to stdout for ``NAME.py``;
* ``NAME.exc`` -- present only when ``NAME.py`` ends with an uncaught
  exception: one line ``TypeName: message @ line N`` followed by a newline,
  where ``TypeName`` is the exception class's ``__name__``, ``message`` is
  ``str(exc)`` and ``N`` is the line of the innermost traceback frame that
  belongs to ``NAME.py`` itself.

It never edits the ``.py`` programs or ``README.md``.  See README.md in this
directory for the corpus conventions and the ``#! key = value`` directives.

Usage::

    python3 tests/programs/bless.py              # regenerate everything
    python3 tests/programs/bless.py NAME ...     # only these programs
    python3 tests/programs/bless.py --check      # exit 1 if anything would change

Exit status: 0 on success, 1 when ``--check`` finds files that would change,
2 when a program breaks the corpus rules (bad header, output on stderr,
timeout) or the arguments are wrong.  Run it with CPython 3.11; other
versions get a warning because some messages and reprs differ between
versions.

Each program runs in its own CPython subprocess with ``PYTHONHASHSEED=0``
and the working directory set to ``tests/programs``.  The subprocess runs
this same file in ``--wrap`` mode, which executes the program as
``__main__`` (filename ``NAME.py``) and records any uncaught exception.
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Seconds a single CPython run may take before bless gives up on it.
RUN_TIMEOUT_S = 30.0
# Programs slower than this under CPython get a warning: the corpus is meant
# to stay fast enough for an interpreter that is much slower than CPython.
SLOW_WARNING_S = 1.0

# Header directives: leading lines of the form ``#! key = value``.
DIRECTIVE_RE = re.compile(r"^#!\s*([a-z][a-z0-9-]*)\s*=\s*(.*?)\s*$")
STRING_VALUE_RE = re.compile(r'^"[^"\\]*"$')
INT_VALUE_RE = re.compile(r"^[0-9]+$")
DIRECTIVES = {
    "known-different": STRING_VALUE_RE,
    "timeout-ms": INT_VALUE_RE,
}


# --------------------------------------------------------------------------
# Wrapper mode: runs inside the subprocess.
# --------------------------------------------------------------------------

def wrap(program: str, exc_path: str) -> int:
    """Execute ``program`` as ``__main__``; describe an uncaught exception.

    On an uncaught exception the ``.exc`` line is written to ``exc_path`` and
    the exit status is 1; otherwise ``exc_path`` is left empty and the exit
    status is 0.  Nothing but the program itself writes to stdout.
    """
    import types

    with open(program, encoding="utf-8") as f:
        source = f.read()
    code = compile(source, program, "exec")

    module = types.ModuleType("__main__")
    module.__file__ = program
    sys.modules["__main__"] = module
    sys.argv = [program]

    try:
        exec(code, module.__dict__)
    except BaseException as exc:  # noqa: BLE001 - we report every kind
        line = None
        tb = exc.__traceback__
        while tb is not None:
            if tb.tb_frame.f_code.co_filename == program:
                line = tb.tb_lineno
            tb = tb.tb_next
        message = str(exc)
        record = f"{type(exc).__name__}: {message} @ line {line}\n"
        sys.stdout.flush()
        with open(exc_path, "w", encoding="utf-8") as f:
            f.write(record)
        return 1
    finally:
        sys.stdout.flush()
    return 0


# --------------------------------------------------------------------------
# Driver mode.
# --------------------------------------------------------------------------

class CorpusError(Exception):
    """A program that violates the corpus conventions."""


def parse_directives(path: Path) -> dict[str, str | int]:
    """Return the ``#! key = value`` header of ``path``, validated."""
    result: dict[str, str | int] = {}
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.startswith("#!"):
            break
        m = DIRECTIVE_RE.match(line)
        if not m:
            raise CorpusError(f"{path.name}:{lineno}: malformed directive {line!r}")
        key, raw = m.groups()
        if key not in DIRECTIVES:
            raise CorpusError(f"{path.name}:{lineno}: unknown directive {key!r}")
        if not DIRECTIVES[key].match(raw):
            raise CorpusError(f"{path.name}:{lineno}: bad value for {key}: {raw!r}")
        if key in result:
            raise CorpusError(f"{path.name}:{lineno}: duplicate directive {key!r}")
        result[key] = ast.literal_eval(raw)
    return result


def run_program(path: Path) -> tuple[bytes, str | None, float]:
    """Run one program under CPython; return (stdout, exc line or None, seconds)."""
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONUTF8"] = "1"
    env.pop("PYTHONPATH", None)
    env.pop("PYTHONSTARTUP", None)
    fd, exc_path = tempfile.mkstemp(prefix="bless-", suffix=".exc")
    os.close(fd)
    try:
        start = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-X", "utf8", str(Path(__file__).resolve()),
             "--wrap", path.name, exc_path],
            cwd=HERE, env=env, stdin=subprocess.DEVNULL,
            capture_output=True, timeout=RUN_TIMEOUT_S,
        )
        elapsed = time.perf_counter() - start
        exc_line = Path(exc_path).read_text(encoding="utf-8") or None
    finally:
        os.unlink(exc_path)
    if proc.returncode not in (0, 1) or (proc.returncode == 1) != (exc_line is not None):
        raise CorpusError(
            f"{path.name}: wrapper failed (status {proc.returncode}):\n"
            + proc.stderr.decode("utf-8", "replace"))
    if proc.stderr:
        raise CorpusError(f"{path.name}: wrote to stderr:\n"
                          + proc.stderr.decode("utf-8", "replace"))
    if exc_line is not None and exc_line.count("\n") != 1:
        raise CorpusError(f"{path.name}: exception line is not a single line: {exc_line!r}")
    if exc_line is not None and exc_line.endswith("@ line None\n"):
        raise CorpusError(f"{path.name}: exception has no frame in the program: {exc_line!r}")
    return proc.stdout, exc_line, elapsed


def sync_file(path: Path, content: bytes | None, check: bool) -> str | None:
    """Make ``path`` hold ``content`` (None = absent).

    Returns what was (or, with ``check``, would be) done: "write", "remove",
    or None when the file is already right.
    """
    current = path.read_bytes() if path.exists() else None
    if current == content:
        return None
    if not check:
        if content is None:
            path.unlink()
        else:
            path.write_bytes(content)
    return "remove" if content is None else "write"


def main(argv: list[str]) -> int:
    if len(argv) >= 1 and argv[0] == "--wrap":
        if len(argv) != 3:
            print("usage: bless.py --wrap PROGRAM.py EXC_PATH", file=sys.stderr)
            return 2
        return wrap(argv[1], argv[2])

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*",
                        help="program names (with or without .py); default: all")
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if any expected file would change")
    args = parser.parse_args(argv)

    if sys.version_info[:2] != (3, 11):
        print(f"warning: expected outputs are CPython 3.11's; this is "
              f"{sys.version.split()[0]}", file=sys.stderr)

    all_programs = sorted(p for p in HERE.glob("*.py") if p.name != Path(__file__).name)
    if args.names:
        wanted = {n[:-3] if n.endswith(".py") else n for n in args.names}
        programs = [p for p in all_programs if p.stem in wanted]
        missing = wanted - {p.stem for p in programs}
        if missing:
            print("no such program: " + ", ".join(sorted(missing)), file=sys.stderr)
            return 2
    else:
        programs = all_programs

    changed: list[tuple[str, str]] = []  # (action, file name)
    errors: list[str] = []
    for path in programs:
        try:
            parse_directives(path)
            stdout, exc_line, elapsed = run_program(path)
        except (CorpusError, subprocess.TimeoutExpired) as e:
            errors.append(str(e))
            continue
        if elapsed > SLOW_WARNING_S:
            print(f"warning: {path.name} took {elapsed:.2f}s under CPython", file=sys.stderr)
        exc_bytes = exc_line.encode("utf-8") if exc_line is not None else None
        for target, content in ((path.with_suffix(".out"), stdout),
                                (path.with_suffix(".exc"), exc_bytes)):
            action = sync_file(target, content, args.check)
            if action:
                changed.append((action, target.name))

    # Expected files whose program no longer exists (only on full runs).
    if not args.names:
        stems = {p.stem for p in all_programs}
        for target in sorted(HERE.glob("*.out")) + sorted(HERE.glob("*.exc")):
            if target.stem not in stems and sync_file(target, None, args.check):
                changed.append(("remove", target.name))

    for err in errors:
        print("error: " + err, file=sys.stderr)
    prefix = "would " if args.check else ""
    for action, name in changed:
        print(f"{prefix}{action}: {name}")
    verb = "would change" if args.check else "changed"
    print(f"{len(programs)} programs, {len(changed)} files {verb}, {len(errors)} errors",
          file=sys.stderr)
    if errors:
        return 2
    return 1 if (args.check and changed) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
