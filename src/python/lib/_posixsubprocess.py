"""Pave's stand-in for `_posixsubprocess`: `subprocess` imports, no process ever starts.

RustPython provides it only with its host-OS feature, which Pave leaves out; `asyncio`
and others import `subprocess` without running anything.
"""


def fork_exec(*args, **kwargs):
    raise OSError(38, "subprocesses are not available: Pave runs Python without an "
                      "operating system")
