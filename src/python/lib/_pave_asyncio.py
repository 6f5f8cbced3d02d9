"""Pave's asyncio event loop: callbacks, timers and tasks, without sockets or selectors.

Pave has no operating system, so there is nothing for a selector to wait on: no sockets,
pipes, subprocesses or signals, and no other thread that could wake the loop. What is
left is everything a course uses: `asyncio.run`, tasks, `gather`, `sleep`, queues, locks,
timeouts. This loop is CPython's `BaseEventLoop` with its one wait replaced: it sleeps
until the next timer with `time.sleep`, which Pave routes through the host, so Stop
interrupts it (in the page too). `_pave_site` makes it the loop of `asyncio.run`,
`asyncio.new_event_loop()` and `asyncio.EventLoop`, in both builds.
"""

import time

from asyncio import base_events


class _TimerWait:
    """The loop's `_selector`: nothing to select, so waiting is sleeping."""

    def select(self, timeout):
        if timeout is None:
            # Nothing is ready and nothing is scheduled: with no I/O and no threads,
            # nothing could ever make progress. CPython would wait forever.
            raise RuntimeError(
                "the asyncio event loop would wait forever: no task can make progress "
                "and no timer is pending (a Future that is never set? Pave has no "
                "sockets or threads that could wake the loop)")
        time.sleep(timeout)
        return []

    def close(self):
        pass


class PaveEventLoop(base_events.BaseEventLoop):
    """An event loop that runs callbacks and timers and sleeps through the host."""

    def __init__(self):
        super().__init__()
        self._selector = _TimerWait()

    def _process_events(self, event_list):
        pass

    def _write_to_self(self):
        # Only another thread would need to wake the loop, and there is none.
        pass


def install(unix_events):
    """Make `PaveEventLoop` the default loop (called as `asyncio.unix_events` loads)."""
    unix_events._UnixDefaultEventLoopPolicy._loop_factory = PaveEventLoop
    unix_events.SelectorEventLoop = PaveEventLoop
    unix_events.EventLoop = PaveEventLoop
