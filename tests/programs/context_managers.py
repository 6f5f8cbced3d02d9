# with statements, __enter__/__exit__, contextlib, exception suppression.

import contextlib


class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print(f"enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        status = exc_type.__name__ if exc_type else "ok"
        print(f"exit {self.name} ({status})")
        return self.suppress


with Tracker("a") as t:
    print("inside", t.name)

with Tracker("outer"), Tracker("inner"):
    print("nested body")

with Tracker("suppressing", suppress=True):
    raise ValueError("hidden")
print("after suppressed error")

try:
    with Tracker("not suppressing"):
        raise KeyError("visible")
except KeyError as e:
    print("caught", repr(e))


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")


with tag("html") as upper:
    with tag("body"):
        print("content", upper)


@contextlib.contextmanager
def swallow(*kinds):
    try:
        yield
    except kinds as e:
        print("swallowed", type(e).__name__, e)


with swallow(ZeroDivisionError):
    1 / 0
with contextlib.suppress(IndexError):
    [][1]
print("suppress ok")


class Resource:
    open_count = 0

    def __enter__(self):
        Resource.open_count += 1
        return self

    def __exit__(self, *exc):
        Resource.open_count -= 1
        return False


def use_resource(fail):
    with Resource():
        if fail:
            raise RuntimeError("failed inside")
        return Resource.open_count


print(use_resource(False), Resource.open_count)
try:
    use_resource(True)
except RuntimeError as e:
    print("RuntimeError:", e, Resource.open_count)

with contextlib.ExitStack() as stack:
    for n in range(3):
        stack.enter_context(Tracker(f"stack{n}"))
    print("stack body")


def early_return():
    for i in range(5):
        with Tracker(f"loop{i}"):
            if i == 1:
                return "returned at 1"
            if i == 0:
                continue


print(early_return())


class Timer:
    def __enter__(self):
        self.entered = True
        return self

    def __exit__(self, exc_type, exc, tb):
        self.exited = True


with Timer() as tm:
    pass
print(tm.entered, tm.exited)
with contextlib.nullcontext(42) as value:
    print("nullcontext gave", value)
with (
    Tracker("paren1") as p1,
    Tracker("paren2") as p2,
):
    print("parenthesized", p1.name, p2.name)
