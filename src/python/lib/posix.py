"""Pave's stand-in for the `posix` module, for an interpreter without a host OS.

The playground runs in a browser tab (and its native twin runs the same engine), where
there is no file system, no processes and no environment. Modules such as `os`, `random`,
`inspect` and `dataclasses` still need `posix` to import, so this module provides the
names they look up: pure functions work, anything that would touch the OS raises OSError
with a message that says why.
"""

import _pave_host

error = OSError

F_OK, R_OK, W_OK, X_OK = 0, 4, 2, 1
O_RDONLY, O_WRONLY, O_RDWR = 0, 1, 2
O_APPEND, O_CREAT, O_EXCL, O_TRUNC = 0o2000, 0o100, 0o200, 0o1000
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2

environ = {b"HOME": b"/home/pave", b"PATH": b"", b"USER": b"pave"}
_have_functions = []


def _no_os(name):
    raise OSError(38, f"{name}() is not available: Pave runs Python without an operating "
                      "system (no files, processes or environment)")


def urandom(size):
    """Return `size` random bytes from the host's secure generator."""
    if size < 0:
        raise ValueError("negative argument not allowed")
    return _pave_host.urandom(size)


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    t = type(path)
    try:
        result = t.__fspath__(path)
    except AttributeError:
        if hasattr(t, "__fspath__"):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not " + t.__name__)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError(f"expected {t.__name__}.__fspath__() to return str or bytes, "
                    f"not {type(result).__name__}")


def getcwd():
    return "/home/pave"


def getcwdb():
    return b"/home/pave"


def getpid():
    return 1


def getppid():
    return 0


def cpu_count():
    return 1


def strerror(code):
    return {2: "No such file or directory", 38: "Function not implemented"}.get(
        code, f"Unknown error {code}")


def get_terminal_size(fd=1):
    raise OSError(25, "Inappropriate ioctl for device")


def device_encoding(fd):
    return None


def isatty(fd):
    return False


def _exit(code):
    raise SystemExit(code)


def putenv(key, value):
    """The environment is only `environ` itself, so there is nothing else to update."""


def unsetenv(key):
    """See putenv()."""


class uname_result(tuple):
    """`os.uname()`: Pave describes itself, as there is no operating system to ask."""
    n_fields = n_sequence_fields = 5
    sysname = property(lambda self: self[0])
    nodename = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    def __repr__(self):
        fields = ("sysname", "nodename", "release", "version", "machine")
        return "posix.uname_result(" + ", ".join(
            f"{name}={value!r}" for name, value in zip(fields, self)) + ")"


def uname():
    return uname_result(("Pave", "pave", _pave_host.version, "RustPython 0.6",
                         _pave_host.machine))


# What subprocess and friends look up when they import; no process ever exists here.
WNOHANG, WUNTRACED = 1, 2


def WIFSTOPPED(status):
    return (status & 0xff) == 0x7f


def WSTOPSIG(status):
    return (status >> 8) & 0xff


def waitstatus_to_exitcode(status):
    return status >> 8 if (status & 0x7f) == 0 else -(status & 0x7f)


class stat_result(tuple):
    """The shape of os.stat()'s result; never produced here, as there are no files."""


class terminal_size(tuple):
    """`os.get_terminal_size()`'s shape; `shutil` builds one as its fallback."""
    n_fields = n_sequence_fields = 2
    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])


def _make_unavailable(name):
    def unavailable(*args, **kwargs):
        _no_os(name)
    unavailable.__name__ = name
    return unavailable


for _name in ("stat", "lstat", "fstat", "open", "close", "read", "write", "listdir",
              "scandir", "mkdir", "rmdir", "remove", "unlink", "rename", "replace",
              "chdir", "chmod", "access", "readlink", "symlink", "utime", "lseek",
              "system", "kill", "waitpid", "pipe", "dup", "dup2", "ftruncate",
              "truncate", "link", "times", "umask",
              "fsync", "execv", "execve"):
    globals()[_name] = _make_unavailable(_name)
del _name
