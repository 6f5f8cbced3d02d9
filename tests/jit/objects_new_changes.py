#! compiled = "make"
# What compiled code learnt of a class it makes instances of (`obj_new`: made the plain
# way, its `__init__`, no abstract methods) holds only while the class is unchanged: a
# `__new__` of its own, abstract methods, `__init__` rebound, each after a loop learnt
# the class, make the next instances the way the interpreter makes them.


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def make(n, cls):
    t = 0
    for i in range(n):
        v = cls(i, 2 * i)
        t += v.x + v.y
    return t


for _ in range(3):
    print(make(20, Vec), make(20, Point))


def own_new(cls, *args):
    print("own __new__", cls.__name__, args)
    return object.__new__(cls)


Vec.__new__ = own_new
print(make(3, Vec), make(3, Point))
del Vec.__new__
print(make(3, Vec))
Vec.__abstractmethods__ = frozenset({"norm"})
try:
    print(make(3, Vec))
except TypeError as e:
    print("TypeError", e)
del Vec.__abstractmethods__
print(make(4, Vec))


def other_init(self, x, y):
    self.x = -x
    self.y = y


Point.__init__ = other_init
print(make(5, Point), make(5, Vec))
