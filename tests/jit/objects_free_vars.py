#! compiled = "make_adder.<locals>.add, counter.<locals>.bump, doubled.<locals>.wrapper, Shape.__init__, Square.__init__, Mixin.describe, tally, neighbours"
# Closures in tier 1: functions that use variables of an enclosing function (free
# variables, which `COPY_FREE_VARS` puts in the frame's slots from the closure's cells),
# and methods that call `super()` (a free variable `__class__`). What must hold: reads see
# the cell as it is now (late binding), `nonlocal` stores are seen by the enclosing
# function and by other closures of the same cell, an empty cell raises `NameError` at its
# line, `super()` finds the next class in the MRO, an attribute through `super()` that is
# not a method, and tracebacks through closures.


def make_adder(k):
    def add(x):
        return x + k

    return add


def counter():
    n = 0

    def bump(by):
        nonlocal n
        n += by
        return n

    def peek():
        return n

    return bump, peek


add3 = make_adder(3)
add_half = make_adder(0.5)
print(sum(add3(i) for i in range(200)), sum(add_half(i) for i in range(200)))
bump, peek = counter()
for i in range(300):
    bump(i % 7)
print(peek(), bump(0))


# Late binding: the closures made in a loop all see the cell's last value.
def late():
    fs = []
    for i in range(4):
        def f(x):
            return x * i

        fs.append(f)
    return [f(10) for f in fs]


for _ in range(30):
    r = late()
print(r)


# A cell that is empty when read: NameError at the line.
def early():
    def use():
        return later + 1

    for _ in range(3):
        try:
            print(use())
        except NameError as e:
            print("NameError", e)
        later = 41
    return use()


print(early())


# A decorator whose wrapper takes the wrapped function's arguments.
def doubled(f):
    def wrapper(x, y):
        return f(x, y) * 2

    return wrapper


@doubled
def area(w, h):
    return w * h


print(sum(area(i, i + 1) for i in range(100)))


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def describe(self):
        return "shape " + self.name

    @property
    def kind(self):
        return "generic"


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def describe(self):
        return super().describe() + f" {self.w}x{self.h}"


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

    def describe(self):
        # `super().kind` is a property of a base: an attribute, not a method.
        return super().describe() + " (" + super().kind + ", " + __class__.__name__ + ")"


class Mixin:
    def describe(self):
        return "mixin+" + super().describe()


class Fancy(Mixin, Square):
    pass


total = 0
for i in range(300):
    s = Square(i % 5 + 1)
    total += s.area()
print(total, Shape.count, Square(2).describe(), Fancy(3).describe())
print([Fancy(i).describe() for i in range(2)])


# Class attributes stored from compiled code: a counter, and a method rebound while a
# compiled loop calls it (what was learnt of the class is forgotten).
class Tally:
    seen = 0

    def step(self):
        return 1


def doubled_step(self):
    return 2


def tally(items, swap_at):
    t = 0
    for i, x in enumerate(items):
        Tally.seen += x
        if i == swap_at:
            Tally.step = doubled_step
        t += x.step() if isinstance(x, Tally) else 0
    return t


class Weighted(Tally):
    def __radd__(self, other):
        return other + 3


print(tally([1, 2, 3], 99), Tally.seen)
print(tally([Weighted(), Weighted(), Weighted()], 1), Tally.seen)


# A generator expression over a tuple constant (its iterator made from the tuple, not
# unrolled), using the function's cells.
def neighbours(cells, r, c):
    h, w = len(cells), len(cells[0])
    return sum(cells[(r + dr) % h][(c + dc) % w] for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)


grid = [[(i * j) % 2 for j in range(5)] for i in range(4)]
print([[neighbours(grid, r, c) for c in range(5)] for r in range(4)])


# An exception raised inside a closure called from compiled code: the traceback passes
# through both frames.
def checker(limit):
    def check(v):
        if v > limit:
            raise ValueError(f"{v} is over {limit}")
        return v

    return check


check = checker(250)
acc = 0
for i in range(300):
    acc += check(i)

