"""Pave's stand-in for `_signal`, the C half of `signal`.

RustPython provides `_signal` only with its host-OS feature, which Pave leaves out. Modules
such as `unittest`, `doctest`, `subprocess` and `asyncio` import `signal` only to look up
names, so this module gives them Linux's signal numbers and the handler registry. What it
cannot do is deliver a signal: the only interruption Pave has is Stop (Ctrl-C natively),
which always raises `KeyboardInterrupt`. So installing a handler of one's own raises
`ValueError`, alarms and timers `OSError`, saying so when they are used, never on import.
"""

SIG_DFL = 0
SIG_IGN = 1
NSIG = 65
ITIMER_REAL, ITIMER_VIRTUAL, ITIMER_PROF = 0, 1, 2

# Linux's numbers (CPython's `signal` on Linux), so programs print what they print there.
SIGHUP, SIGINT, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE = 1, 2, 3, 4, 5, 6, 7, 8
SIGKILL, SIGUSR1, SIGSEGV, SIGUSR2, SIGPIPE, SIGALRM, SIGTERM = 9, 10, 11, 12, 13, 14, 15
SIGSTKFLT, SIGCHLD, SIGCONT, SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU = 16, 17, 18, 19, 20, 21, 22
SIGURG, SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF, SIGWINCH, SIGIO = 23, 24, 25, 26, 27, 28, 29
SIGPWR, SIGSYS, SIGRTMIN, SIGRTMAX = 30, 31, 34, 64
SIGIOT, SIGCLD, SIGPOLL = SIGABRT, SIGCHLD, SIGIO

_WHY = ("signals cannot be delivered in Pave: a program runs without an operating system, "
        "and Stop (Ctrl-C) always raises KeyboardInterrupt")


class ItimerError(OSError):
    pass


def default_int_handler(signalnum, frame):
    """The default handler of SIGINT: raise KeyboardInterrupt."""
    raise KeyboardInterrupt


# What getsignal() answers; only the defaults can be kept, see signal().
_handlers = {n: SIG_DFL for n in range(1, NSIG)}
_handlers[SIGINT] = default_int_handler


def _check(signalnum):
    if not isinstance(signalnum, int):
        raise TypeError(f"'{type(signalnum).__name__}' object cannot be interpreted as an integer")
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")


def getsignal(signalnum):
    """Return the current handler of `signalnum`."""
    _check(signalnum)
    return _handlers[signalnum]


def signal(signalnum, handler):
    """Set the handler of `signalnum`. Only each signal's default can be set (so code that
    saves a handler and restores it works); any other handler would never run here."""
    _check(signalnum)
    default = default_int_handler if signalnum == SIGINT else SIG_DFL
    if handler is not default and handler != default:
        if not callable(handler) and handler not in (SIG_DFL, SIG_IGN):
            raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, "
                            "or a callable object")
        # ValueError, as CPython raises where signals cannot be set (asyncio expects it).
        raise ValueError(f"signal.signal() cannot install a handler: {_WHY}")
    old = _handlers[signalnum]
    _handlers[signalnum] = handler
    return old


def raise_signal(signalnum):
    """Deliver `signalnum` to this program: only SIGINT has an effect (KeyboardInterrupt)."""
    _check(signalnum)
    if signalnum == SIGINT:
        default_int_handler(signalnum, None)
    raise OSError(38, f"signal.raise_signal({signalnum}): {_WHY}")


def _unavailable(name):
    def unavailable(*args, **kwargs):
        raise OSError(38, f"signal.{name}() is not available: {_WHY}")
    unavailable.__name__ = name
    return unavailable


alarm = _unavailable("alarm")
pause = _unavailable("pause")
setitimer = _unavailable("setitimer")
getitimer = _unavailable("getitimer")
siginterrupt = _unavailable("siginterrupt")


def set_wakeup_fd(fd, *, warn_on_full_buffer=True):
    """There are no signals to wake anyone up for: only -1 (none) is accepted."""
    if fd != -1:
        raise ValueError(f"set_wakeup_fd only works with -1 here: {_WHY}")
    return -1


def strsignal(signalnum):
    _check(signalnum)
    return _NAMES.get(signalnum)


def valid_signals():
    return set(range(1, NSIG))


_NAMES = {
    SIGHUP: "Hangup", SIGINT: "Interrupt", SIGQUIT: "Quit", SIGILL: "Illegal instruction",
    SIGTRAP: "Trace/breakpoint trap", SIGABRT: "Aborted", SIGBUS: "Bus error",
    SIGFPE: "Floating point exception", SIGKILL: "Killed", SIGUSR1: "User defined signal 1",
    SIGSEGV: "Segmentation fault", SIGUSR2: "User defined signal 2", SIGPIPE: "Broken pipe",
    SIGALRM: "Alarm clock", SIGTERM: "Terminated", SIGCHLD: "Child exited",
}
