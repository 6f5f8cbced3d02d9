#! compiled = "make, Vec.__init__, Vec.add, _stricts, Strict.__init__"
# Instances made in compiled code: `Vec(x, y)` of a class made the plain way (metaclass
# `type`, `object.__new__`) whose `__init__` tier 1 compiles makes the instance through
# the host and runs `__init__`'s compiled code directly. An `__init__` that cannot go on
# after it stored something hands its frame over, and the call returns that very
# instance; one that raises leaves the same traceback; a class whose `__init__` changes
# makes the caller compile again.
import traceback


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)


def make(n):
    acc = Vec(0, 0)
    out = []
    for i in range(n):
        v = Vec(i, 2 * i)
        acc = acc.add(v)
        out.append(v)
    return acc.x, acc.y, len(out), out[-1].y


class Node:
    def __init__(self, value, nxt):
        self.value = value
        self.next = nxt
        # Stored first, then may outgrow 64 bits: the rest runs in the interpreter.
        self.weight = value * value * value

    def total(self):
        t = 0
        node = self
        while node is not None:
            t += node.weight
            node = node.next
        return t


def chain(values):
    head = None
    for v in values:
        head = Node(v, head)
    return head


class Strict:
    def __init__(self, k):
        self.k = k
        if k < 0:
            raise ValueError(f"negative: {k}")


def _stricts(ks):
    out = []
    for k in ks:
        out.append(Strict(k))
    return len(out)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


def slotted(n):
    s = 0
    for i in range(n):
        p = Slotted(i, -i)
        s += p.a - p.b
    return s


class Counted:
    made = 0

    def __init__(self):
        Counted.made += 1


def counted(n):
    for _ in range(n):
        Counted()
    return Counted.made


for _ in range(3):
    print(make(30))
head = chain([1, 2, 3, 10**7, 5])
print(head.total(), head.next.value, head.next.next.next.weight)
print(_stricts([1, 2, 3]))
try:
    _stricts([4, -5, 6])
except ValueError:
    print(traceback.format_exc())
print(slotted(25))
print(counted(40))


def other_init(self, x, y):
    self.x = -x
    self.y = -y


Vec.__init__ = other_init
print(make(5))
