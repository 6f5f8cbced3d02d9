#! compiled = "norm2, shift, names, swap_all, chain"
# `__slots__` members read and written where they lie in the instance (`objects/slots.rs`),
# once a lookup has learnt the member on the class. What must still hold: two classes whose
# members share an offset take turns; a subclass reads its base's slots and its own; a
# slot holding something else than a number; a deleted slot raises AttributeError with
# the line; a store releases the old value (its `__del__` runs at the store, in order);
# a class that replaces its member by a property is no longer read at the offset; a
# class with both slots and a `__dict__`; a `__weakref__` slot; refcounts stay exact.

import sys
import weakref


class V:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class W:
    # Same names, same offsets as V's members, another class.
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class V3(V):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        V.__init__(self, x, y)
        self.z = z


class Both:
    __slots__ = ("x", "__dict__", "__weakref__")

    def __init__(self, x):
        self.x = x
        self.y = 2


def norm2(items):
    t = 0.0
    for p in items:
        t += p.x * p.x + p.y * p.y
    return t


def shift(items, k):
    for p in items:
        p.x = p.x + k
        p.y = p.y - k
    return [(q.x, q.y) for q in items]


def names(items):
    out = []
    for p in items:
        out.append(p.x + ":" + str(p.y))
    return out


def swap_all(items):
    for p in items:
        p.x, p.y = p.y, p.x
    return len(items)


mixed = [V(1.5, 2.0), W(3, 4), V3(5.0, 6.0, 7.0), W(0.5, -1), V(2, 3)]
for _ in range(3):
    print(norm2(mixed), shift(mixed, 1), swap_all(mixed))
print([p.z for p in mixed if type(p) is V3])
print(names([V("a", 1), W("b", 2), V3("c", 3, 4)]))

# A slot holding a big int, a string, None where numbers were.
odd = [V(10**30, 1), V(1, 2)]
print(norm2(odd))
try:
    print(norm2([V(1, 2), V(None, 3)]))
except TypeError as e:
    print("TypeError", e)

# A deleted slot: the load raises at its line.
gone = V(1, 2)
del gone.x
try:
    print(norm2([V(1, 1), gone]))
except AttributeError as e:
    print("AttributeError", e)
try:
    shift([V(1, 1), gone], 1)
except AttributeError as e:
    print("AttributeError", e)
gone.x = 4
print(norm2([gone]))


# The old value's `__del__` runs at the store, between the prints around it.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def __add__(self, k):
        return Noisy(self.name + "+")

    def __sub__(self, k):
        return Noisy(self.name + "-")


def chain(items):
    for p in items:
        print("before", p.x.name)
        p.x = p.x + 1
        print("after", p.x.name)
    return len(items)


print(chain([V(Noisy("a"), 0), V(Noisy("b"), 0)]))

# Both: a slot and a `__dict__`; weak references to instances made in compiled loops die
# with them.
both = [Both(i) for i in range(4)]
refs = [weakref.ref(b) for b in both]
print(norm2(both), shift(both, 2), [b.__dict__ for b in both])
del both
print([r() is None for r in refs])

# Refcounts of what the slots hold are what the interpreter leaves.
shared = 12345.5
held = [V(shared, shared) for _ in range(5)]
before = sys.getrefcount(shared)
norm2(held)
after_read = sys.getrefcount(shared)
swap_all(held)
print(sys.getrefcount(shared) - before, after_read - before)

# V's `x` becomes a property: loads run it, stores go through its setter.
log = []


def get_x(self):
    log.append("get")
    return 100


def set_x(self, v):
    log.append("set")


saved = V.x
V.x = property(get_x, set_x)
vs = [V.__new__(V) for _ in range(2)]
for v in vs:
    v.y = 1
print(norm2(vs), shift(vs, 1), log)
V.x = saved
print(norm2(mixed), shift(mixed, 1))
