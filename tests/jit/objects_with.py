#! compiled = "plain, leaving, nested, library, ignores_instance"
# `with` in compiled code: `__enter__` and `__exit__` are looked up on the class alone
# (`LOAD_SPECIAL`: an instance attribute of that name is not seen) and called as
# methods; an exception in the block hands the call to the interpreter at that very
# instruction, whose exception table calls `__exit__` with it (which may swallow it).
# `break`, `continue` and `return` inside the block call `__exit__` first. A class
# without `__exit__`, a property for `__enter__` and an `__exit__` that raises behave as
# in the interpreter, tracebacks included.
import contextlib
import threading


class Logged:
    def __init__(self, name, log, swallow=False):
        self.name = name
        self.log = log
        self.swallow = swallow

    def __enter__(self):
        self.log.append("enter " + self.name)
        return len(self.log)

    def __exit__(self, kind, value, tb):
        self.log.append("exit %s %s" % (self.name, kind.__name__ if kind else None))
        return self.swallow


def plain(n):
    log = []
    total = 0
    for i in range(n):
        with Logged("a%d" % i, log) as depth:
            total += depth + i
    return total, log[-4:]


def suppressing(n):
    log = []
    kept = 0
    for i in range(n):
        with Logged("s", log, swallow=True):
            if i % 3 == 0:
                raise ValueError(i)
            kept += 1
    return kept, len(log), log[:4]


def leaving(n):
    log = []
    for i in range(n):
        with Logged("l%d" % i, log):
            if i == 1:
                continue
            if i == 3:
                break
            log.append("body %d" % i)
    with Logged("r", log):
        return log


def nested(n):
    log = []
    for i in range(n):
        with Logged("x", log) as a, Logged("y", log) as b:
            with Logged("z", log):
                log.append(a + b)
    return log[-7:]


@contextlib.contextmanager
def tagged(log, tag):
    log.append("<" + tag)
    try:
        yield tag.upper()
    finally:
        log.append(tag + ">")


def generator_based(n):
    log = []
    for i in range(n):
        with tagged(log, "t%d" % i) as t:
            log.append(t)
    with contextlib.suppress(KeyError):
        for i in range(n):
            {}[i]
    return log[-6:]


def library(n):
    lock = threading.Lock()
    total = 0
    for i in range(n):
        with lock:
            total += i
        with contextlib.nullcontext(i) as v:
            total += v
    return total, lock.locked()


class Shadowed(Logged):
    pass


def ignores_instance(n):
    log = []
    obj = Shadowed("cls", log)
    obj.__enter__ = lambda: "instance"
    obj.__exit__ = lambda *a: True
    got = None
    for i in range(n):
        with obj as got:
            pass
    return got, log[-2:]


class NoExit:
    def __enter__(self):
        return self


class PropertyEnter:
    @property
    def __enter__(self):
        print("property read")
        return lambda: "from property"

    def __exit__(self, *a):
        return False


class StaticEnter:
    __enter__ = staticmethod(lambda: "static")

    def __exit__(self, *a):
        return False


class BadExit:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        raise RuntimeError("exit failed")


def odd_managers(n):
    out = []
    for i in range(n):
        try:
            with NoExit():
                out.append("never")
        except TypeError as e:
            out.append(str(e))
        with PropertyEnter() as p:
            out.append(p)
        with StaticEnter() as s:
            out.append(s)
        try:
            with BadExit():
                out.append("body")
        except RuntimeError as e:
            out.append(repr(e))
    return out[-5:]


def raises_through(n):
    log = []
    for i in range(n):
        with Logged("f", log):
            if i == n - 1:
                1 / 0
    return log


print(plain(20))
print(suppressing(10))
print(leaving(5))
print(nested(4))
print(generator_based(5))
print(library(10))
print(ignores_instance(3))
print(odd_managers(3))
try:
    raises_through(5)
except ZeroDivisionError as e:
    print("caught", e)
raises_through(3)
