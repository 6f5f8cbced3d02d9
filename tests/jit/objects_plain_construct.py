#! compiled = "build, odd_ones, rebuilt"
# Compiled code makes instances of the program's classes whose `__init__` it does not
# take in (marked `pave.nojit` here) as the interpreter's `CALL_ALLOC_AND_ENTER_INIT`
# does: allocated at once, `__init__` run in a frame on the data stack. Whatever is not
# that plain goes through `type.__call__` as before: a custom `__new__`, a metaclass
# with `__call__`, an abstract class, `__init__` with defaults or the wrong number of
# arguments; an `__init__` that returns something raises the interpreter's `TypeError`,
# and replacing a class's `__init__` is seen at the next construction.
import abc
import traceback

import pave


class Plain:
    @pave.nojit
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Plain({self.x}, {self.y})"


class Child(Plain):
    pass


class Defaults:
    @pave.nojit
    def __init__(self, x, y=5):
        self.s = x + y

    def __repr__(self):
        return f"Defaults({self.s})"


class Fresh:
    def __new__(cls, x):
        obj = super().__new__(cls)
        obj.made_by = "__new__"
        return obj

    @pave.nojit
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return f"Fresh({self.x}, {self.made_by})"


class Counting(type):
    made = 0

    def __call__(cls, *args):
        Counting.made += 1
        return super().__call__(*args)


class Counted(metaclass=Counting):
    @pave.nojit
    def __init__(self, x):
        self.x = x


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        pass

    @pave.nojit
    def __init__(self, x):
        self.x = x


class Returns:
    @pave.nojit
    def __init__(self, x):
        self.x = x
        return x


class Fails:
    @pave.nojit
    def __init__(self, x):
        if x == 2:
            raise ValueError("two")
        self.x = x

    def __repr__(self):
        return f"Fails({self.x})"


def build(n):
    out = []
    for i in range(n):
        out.append(Plain(i, -i))
        out.append(Child(i, i))
        out.append(Defaults(i))
        out.append(Defaults(i, 1))
        out.append(Fresh(i))
        out.append(Counted(i).x)
    return out


def odd_ones(items):
    out = []
    for make, arg in items:
        try:
            out.append(make(arg))
        except (TypeError, ValueError):
            out.append(traceback.format_exc().splitlines()[-1])
    return out


@pave.nojit
def new_init(self, x, y):
    self.x = x * 100
    self.y = y


def rebuilt(n):
    out = []
    for i in range(n):
        if i == 2:
            Plain.__init__ = new_init
        out.append(Plain(i, i))
    return out


print(build(3), Counting.made)
print(odd_ones([(Fails, 1)]))
print(odd_ones([(Returns, 1), (Shape, 1), (Fails, 1), (Fails, 2), (Plain, 1)]))
print(rebuilt(2))
print(rebuilt(4))
