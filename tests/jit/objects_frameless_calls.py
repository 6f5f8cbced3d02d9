#! compiled = "run, Idle.__init__, Rec.__init__, apply_all, checked"
# Functions compiled into their caller's module have no frame of their own. When this
# program's source names nothing that looks at frames, they call the program's other
# functions (`Base.__init__(self, …)`, a function passed in, a method found at run
# time) from compiled code; an exception raised in one goes on from that call, listing
# the same lines, and the output is the interpreter's.

class Base:
    def __init__(self, name, size):
        self.name = name
        self.size = size

    def describe(self):
        return "%s/%d" % (self.name, self.size)


class Idle(Base):
    def __init__(self, name):
        Base.__init__(self, name, 0)
        self.count = 10


class Rec(Base):
    def __init__(self, name, size, parts):
        Base.__init__(self, name, size)
        self.parts = [p * 2 for p in parts]


def double(x):
    return x * 2


def check_positive(x):
    if x < 0:
        raise ValueError("negative: %d" % x)
    return x


def apply_all(f, xs):
    return [f(x) for x in xs]


def checked(xs):
    total = 0
    for x in xs:
        total += check_positive(x)
    return total


def run(n):
    out = []
    for i in range(n):
        a = Idle("idle%d" % i)
        b = Rec("rec", i, [i, i + 1])
        out.append(a.describe() + " " + b.describe() + " " + str(b.parts))
        out.append(str(apply_all(double, [i, -i])))
        out.append(str(checked([i, i + 1])))
    return out


lines = run(3)
print("\n".join(lines))
try:
    checked([1, 2, -3, 4])
except ValueError as e:
    print("ValueError", e)
print(checked([5, -6]))
