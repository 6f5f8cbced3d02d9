#! compiled = "total, bump, walk"
# Attribute loads and stores learn, per name, the classes whose instances keep it in
# their `__dict__` or in a `__slots__` member, and then skip the lookup in the class.
# What they learnt must be forgotten the moment it stops being true: a class that gains
# a property or a `__setattr__`, a slot that was never set (AttributeError), two classes
# taking turns at one name, a subclass with slots of its own.


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q(P):
    __slots__ = ("z",)

    def __init__(self, x, y):
        P.__init__(self, x, y)
        self.z = 0


class D:
    def __init__(self, x):
        self.x = x
        self.y = 1


def total(items):
    t = 0
    for p in items:
        t += p.x * 10 + p.y
    return t


def bump(items, k):
    for p in items:
        p.x = p.x + k
    return len(items)


def walk(items):
    out = []
    for p in items:
        out.append(p.x)
    return out


mixed = [P(1, 2), D(3), Q(4, 5), D(6), P(7, 8)]
for _ in range(3):
    print(total(mixed), bump(mixed, 1), walk(mixed))

# A slot never set: the interpreter raises, with the traceback's line.
hole = P.__new__(P)
hole.y = 0
try:
    print(total([P(1, 1), hole]))
except AttributeError as e:
    print("AttributeError", e)

# D gains a property named x: loads now run it, stores go through its setter.
log = []


def get_x(self):
    log.append("get")
    return self.__dict__["x"] * 100


def set_x(self, v):
    log.append("set")
    self.__dict__["x"] = v


D.x = property(get_x, set_x)
print(total(mixed), bump(mixed, 1), walk(mixed), log)
del D.x
print(total(mixed), walk(mixed))

# P gains a __setattr__: stores run it.
def loud(self, name, value):
    print("set", type(self).__name__, name, value)
    object.__setattr__(self, name, value)


P.__setattr__ = loud
print(bump(mixed, 5))
del P.__setattr__
print(bump(mixed, 5), walk(mixed))
