#!/usr/bin/env python3
"""Write the expected output of every program here, as CPython 3.11 runs it.

For each NAME.py: `python3 NAME.py` runs with this directory as the working directory and
NAME.in (if any) as its standard input; NAME.out gets its stdout, and NAME.status its exit
status when that is not 0, with this directory's absolute path left out. Stderr is not
compared (unittest writes its report there).

    python3 tests/stdlib/bless.py [NAME ...]
"""

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def bless(program):
    stdin = program.with_suffix(".in")
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONUTF8="1")
    with open(stdin, "rb") if stdin.exists() else open(os.devnull, "rb") as input_:
        proc = subprocess.run([sys.executable, program.name], cwd=HERE, stdin=input_,
                              capture_output=True, timeout=60, env=env)
    # Tracebacks name the program by its absolute path; the test strips this directory.
    stdout = proc.stdout.replace(str(HERE).encode() + b"/", b"")
    program.with_suffix(".out").write_bytes(stdout)
    status = program.with_suffix(".status")
    if proc.returncode:
        status.write_text(f"{proc.returncode}\n")
    elif status.exists():
        status.unlink()
    print(f"{program.name}: status {proc.returncode}, {len(proc.stdout)} bytes")


names = sys.argv[1:]
for path in sorted(HERE.glob("*.py")):
    if path.name != "bless.py" and (not names or path.stem in names):
        bless(path)
