#! compiled = "combine, accumulate, compare_all, guarded, chained, grow, order"
# Operators and comparisons on instances of user classes run their methods from
# compiled code (`__add__`, `__iadd__`, `__eq__`, `__lt__`, reflected `__radd__`…), as
# the interpreter would: augmented assignment changes objects in place where the class
# says so, a comparison may give something other than a `bool`, an exception raised in
# an operator leaves the compiled frame at the operator's line (the traceback is
# printed, so line numbers are compared too) or is caught by a `try` around it.
import traceback

log = []


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        log.append("add")
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        log.append("radd")
        return Money(self.cents + other)

    def __iadd__(self, other):
        log.append("iadd")
        self.cents += other.cents
        return self

    def __mul__(self, k):
        if k < 0:
            raise ValueError("negative factor %r" % (k,))
        return Money(self.cents * k)

    def __eq__(self, other):
        log.append("eq")
        return isinstance(other, Money) and self.cents == other.cents

    def __lt__(self, other):
        return self.cents < other.cents

    def __hash__(self):
        return hash(self.cents)

    def __repr__(self):
        return "Money(%d)" % self.cents


class Loose:
    """Comparisons give something other than a bool."""

    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return [self.v, other.v]

    def __lt__(self, other):
        return self.v - other.v


class Bonus(Money):
    """A subclass whose reflected operator goes first."""

    def __radd__(self, other):
        log.append("bonus radd")
        return Bonus(other.cents + self.cents + 1)


def combine(items):
    total = Money(0)
    for m in items:
        total = total + m
        total = 1 + total
    return total


def accumulate(items):
    total = Money(0)
    same = total
    for m in items:
        total += m
    return total, same is total


def compare_all(items):
    out = []
    for a in items:
        for b in items:
            out.append((a == b, a < b, a != b))
    return out


def guarded(items, k):
    out = []
    for m in items:
        try:
            out.append(m * k)
        except ValueError as e:
            out.append(str(e))
            k = -k
    return out


def chained(items, k):
    # No `try`: the exception leaves this frame at the operator.
    first = items[0] * k
    return [first] + [m * k for m in items]


def grow(xs, ys):
    # A list's `+=` changes the list (the caller sees it).
    for y in ys:
        xs += [y]
    return len(xs)


def order(pairs):
    out = []
    for a, b in pairs:
        out.append(a == b)
        out.append(a < b)
        if a < b:
            out.append("lt")
    return out


items = [Money(i * 100) for i in range(6)]
for _ in range(3):
    print(combine(items))
    total, same = accumulate(items)
    print(total, same)
print(compare_all(items[:3]))
print(guarded(items, 2))
print(guarded(items, -2))
print(chained(items, 3))
print(chained(items, 4))
try:
    chained(items, -1)
except ValueError:
    print(traceback.format_exc())
print(Money(5) + Bonus(7))
xs = [1]
print(grow(xs, [2, 3, 4]), xs)
print(order([(Money(1), Money(3)), (Money(2), Money(2))]))
print(order([(Loose(1), Loose(3)), (Loose(2), Loose(2))]))
print(len(log), log[:12])
