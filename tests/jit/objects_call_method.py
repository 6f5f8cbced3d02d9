#! compiled = "builtins_called, looked_up, raising, shadowed, many_args, unbound_arg, rebinding, kinds_of_methods, built_arguments"
# `obj.name(args…)` with only loads of locals and constants between the `LOAD_ATTR` and
# the `CALL` is one host call in compiled code (`ObjOp::CallMethod`): the method is
# looked up when the call is made, not before. Everything a lookup or a call can meet
# must behave as in the interpreter: a lookup that runs Python code (a property, a
# `__getattr__`) or raises (a missing method, with the `LOAD_ATTR`'s line), a method
# that raises, an instance attribute that shadows the class's method, more arguments
# than a call passes inline, an unbound local among the arguments, a method that
# rebinds the class's method while it runs, class and static methods.
import traceback
from collections import deque


def builtins_called(words):
    out = []
    seen = {}
    q = deque()
    queued = 0
    for w in words:
        out.append(w.upper())
        seen[w] = seen.get(w, 0) + 1
        q.append(w)
        queued += 1
        if queued > 2:
            out.append(q.popleft())
        out.append(w.isalpha())
        out.append(len(w).bit_length())
    return out, sorted(seen.items())


class Lazy:
    def __init__(self, n):
        self.n = n

    @property
    def grow(self):
        print("  (property runs)")
        return lambda k: self.n + k

    def __getattr__(self, name):
        if name == "shrink":
            return lambda k: self.n - k
        raise AttributeError(name)


class Plain:
    def __init__(self, n):
        self.n = n

    def grow(self, k):
        return self.n + k

    def shrink(self, k):
        return self.n - k


def looked_up(objs):
    total = 0
    for o in objs:
        total += o.grow(2)
        total += o.shrink(1)
    return total


class Counter:
    def __init__(self):
        self.count = 0

    def bump(self, by):
        if by < 0:
            raise ValueError(f"negative step {by}")
        self.count += by
        return self.count


def where(e):
    return [(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)]


def raising(c, steps, missing):
    out = []
    for s in steps:
        try:
            out.append(c.bump(s))
        except ValueError as e:
            out.append(str(e))
            out.append(where(e))
    if missing:
        try:
            for s in steps:
                c.missing(
                    s
                )
        except AttributeError as e:
            out.append(type(e).__name__)
            out.append(where(e))
    return out


def shadowed(c, n):
    out = []
    for i in range(n):
        if i == 2:
            c.bump = lambda by: -by
        if i == 4:
            del c.bump
        out.append(c.bump(i))
    return out


def many_args(texts):
    out = []
    for t in texts:
        out.append(t.replace("a", "o", 1))
        out.append(t.center(9, "*"))
        out.append(t.split("a", 1))
        out.append(t.split(sep="a", maxsplit=1))
    return out


def unbound_arg(items, flag):
    out = []
    for x in items:
        if flag:
            extra = x
        out.append(extra)
    return out


class Swapper:
    def __init__(self):
        self.calls = []

    def act(self, i):
        self.calls.append(("first", i))
        Swapper.act = Swapper.act2
        return i

    def act2(self, i):
        self.calls.append(("second", i))
        return -i


def rebinding(s, n):
    total = 0
    for i in range(n):
        total += s.act(i)
    return total


class Kinds:
    factor = 3

    @classmethod
    def scaled(cls, x):
        return cls.factor * x

    @staticmethod
    def plain(x):
        return x + 100

    def method(self, x):
        return x - 1


def kinds_of_methods(k, n):
    total = 0
    for i in range(n):
        total += k.scaled(i) + k.plain(i) + k.method(i)
    return total


print(builtins_called(["apple", "kiwi", "fig", "x1", "apple"]))
print(looked_up([Plain(1), Plain(2)]))
print(looked_up([Plain(3), Lazy(5), Lazy(7)]))
print(raising(Counter(), [1, 2], False))
print(raising(Counter(), [1, 2, -3, 4], True))
print(shadowed(Counter(), 2))
print(shadowed(Counter(), 6))
print(many_args(["banana", "avocado"]))
print(unbound_arg([1, 2], True))
try:
    print(unbound_arg([1, 2], False))
except UnboundLocalError as e:
    print("UnboundLocalError", where(e))
sw = Swapper()
print(rebinding(sw, 4), sw.calls)
print(rebinding(sw, 3), sw.calls)
print(kinds_of_methods(Kinds(), 5))


class Pairs:
    def __init__(self):
        self.items = []

    def add(self, item):
        self.items.append(item)
        return len(self.items)


LIMIT = 3


def built_arguments(p, n):
    # A tuple, a list, an f-string and a global between the `LOAD_ATTR` and the `CALL`
    # (built by the host, which runs no Python code for them), then one that raises.
    total = 0
    for i in range(n):
        total += p.add((i, LIMIT))
        total += p.add([i, f"{i:>3}"])
        total += p.add({i: LIMIT})
    return total, p.items[-3:]


class Loud:
    def __hash__(self):
        print("  (hash runs)")
        return 1


print(built_arguments(Pairs(), 2))
try:
    print(built_arguments(Pairs(), 1), Pairs().add({Loud(): 1}))
except TypeError as e:
    print("TypeError", e)
