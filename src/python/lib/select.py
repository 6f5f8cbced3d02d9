"""Pave's stand-in for `select`: there are no file descriptors to wait on.

RustPython provides `select` only with its host-OS feature, which Pave leaves out.
`selectors`, `subprocess` and `asyncio` import it for its names; with nothing but
`select()` here, `selectors` picks its plain `SelectSelector`, and waiting on anything
raises `OSError` saying why (asyncio uses Pave's own event loop, `_pave_asyncio`).
"""

error = OSError


def select(rlist, wlist, xlist, timeout=None):
    if not (rlist or wlist or xlist):
        # Waiting on nothing is a sleep, as on Linux.
        if timeout is None:
            raise OSError(22, "select() on no file descriptors would wait forever")
        import time
        time.sleep(timeout)
        return [], [], []
    raise OSError(38, "select() is not available: Pave runs Python without an operating "
                      "system (no files, sockets or pipes to wait on)")
