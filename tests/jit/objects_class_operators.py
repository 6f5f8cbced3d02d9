#! compiled = "combine, mixed, failing"
# An operator whose left operand is an instance of a class of the program's, with a plain
# function for the operator's method, is called by compiled code straight into that
# method (two classes define `__sub__` here, so neither is called directly from the
# compiled code). The protocol stays `BINARY_OP`'s: `NotImplemented` hands over to the
# right operand's reflected method, a subclass's reflected method goes first, an
# augmented assignment tries `__isub__` first, and what no method takes raises the
# interpreter's `TypeError`.
import traceback


class Vec:
    def __init__(self, x):
        self.x = x

    def __sub__(self, other):
        if isinstance(other, (int, float)):
            return NotImplemented
        return Vec(self.x - other.x)

    def __mul__(self, k):
        return Vec(self.x * k)

    def __rsub__(self, other):
        return Vec(other - self.x)

    def __repr__(self):
        return f"Vec({self.x})"


class Point:
    def __init__(self, x):
        self.x = x

    def __sub__(self, other):
        return Vec(self.x - other.x)

    def __mul__(self, k):
        return Point(self.x * k)

    def __isub__(self, other):
        self.x -= other.x
        return self

    def __repr__(self):
        return f"Point({self.x})"


class Loud(Vec):
    def __rsub__(self, other):
        return "Loud.__rsub__ first"


class Num:
    def __init__(self, n):
        self.n = n

    def __sub__(self, other):
        return NotImplemented


def combine(pairs):
    out = []
    for a, b in pairs:
        out.append(a - b)
        out.append(a * 3)
    return out


def mixed(v, n):
    out = []
    for i in range(n):
        out.append(v - Loud(i))
        out.append(i - v)
        p = Point(i)
        p -= Vec(1)
        out.append(p)
    return out


def failing(items):
    out = []
    for a, b in items:
        try:
            out.append(a - b)
        except TypeError:
            out.append(traceback.format_exc().splitlines()[-1])
    return out


print(combine([(Vec(5), Vec(2)), (Point(7), Vec(1)), (Vec(1), Point(4))]))
print(combine([(Vec(5), Vec(2))] * 3))
print(mixed(Vec(10), 3))
print(failing([(Vec(1), Vec(1))]))
print(failing([(Vec(1), Vec(1)), (Num(1), Num(2)), (Vec(2), 3), (Num(1), Vec(2))]))
