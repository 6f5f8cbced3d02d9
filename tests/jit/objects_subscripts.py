#! compiled = "fill, total, smooth, lookups, stores, through_callee, scaled, splices, slices, reread"
# Subscripts that run Python code or raise, from compiled code: a class's `__getitem__`
# and `__setitem__` run as the interpreter's `BINARY_SUBSCR` and `STORE_SUBSCR` run them
# (each once, in order: the log shows it), a `KeyError` or `IndexError` raised by a
# subscript is caught by a `try` around it or leaves the compiled frame at its line
# (tracebacks are printed, so line numbers are compared too), a `__getitem__` that
# rebinds a global the compiled code relies on, and subscripts in a function compiled
# into its caller's module.
import traceback

log = []


class Grid:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.cells = [0.0] * (w * h)

    def __getitem__(self, at):
        x, y = at
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {at} is off the grid")
        return self.cells[y * self.w + x]

    def __setitem__(self, at, value):
        x, y = at
        if value < 0:
            raise ValueError(f"negative value {value} at {at}")
        log.append(("set", x, y))
        self.cells[y * self.w + x] = value


class Counting:
    """Counts its reads: each subscript must run exactly once."""

    def __init__(self, items):
        self.items = items
        self.reads = 0

    def __getitem__(self, i):
        self.reads += 1
        return self.items[i]


def fill(g):
    for y in range(g.h):
        for x in range(g.w):
            g[x, y] = x * 0.5 + y
    return len(log)


def total(g):
    t = 0.0
    for y in range(g.h):
        for x in range(g.w):
            t += g[x, y]
    return t


def smooth(g, steps):
    for _ in range(steps):
        for y in range(1, g.h - 1):
            for x in range(1, g.w - 1):
                g[x, y] = (g[x - 1, y] + g[x + 1, y] + g[x, y - 1] + g[x, y + 1]) / 4
    return total(g)


def lookups(d, keys):
    found = 0
    missing = []
    for k in keys:
        try:
            found += d[k]
        except KeyError as e:
            missing.append(e.args[0])
    return found, missing


def stores(xs, n):
    bad = 0
    for i in range(n):
        try:
            xs[i] = i * i
        except IndexError:
            bad += 1
    return bad, xs


def read_all(c, n):
    s = 0
    for i in range(n):
        s += c[i]
    return s


def through_callee(c, n):
    # `read_all` compiles into this function's module, where it has no frame of its own.
    return read_all(c, n) + read_all(c, n // 2)


SCALE = 2


class Rebinding:
    def __getitem__(self, i):
        global SCALE
        if i == 3:
            SCALE = 10
        return i


def scaled(r, n):
    s = 0
    for i in range(n):
        s += r[i] * SCALE
    return s


g = Grid(6, 4)
print("filled", fill(g))
print("total", total(g))
print("smooth", round(smooth(g, 3), 6))
# Each first without raising (a call that finishes in tier 1), then raising and caught.
d = {"a": 1, "b": 2, "c": 3}
print(lookups(d, ["a", "b", "c"]), lookups(d, ["a", "x", "b", "y", "c"]))
print(stores([0] * 5, 5), stores([0] * 5, 8))
c = Counting(list(range(20)))
print("callee", through_callee(c, 20), "reads", c.reads)
print("scaled", scaled(Rebinding(), 3), scaled(Rebinding(), 6), SCALE)

try:
    total(Grid(0, 0)) + g[9, 9]
except IndexError:
    traceback.print_exc()


def store_negative(g):
    for x in range(g.w):
        g[x, 0] = 3 - x


try:
    store_negative(g)
except ValueError:
    traceback.print_exc()
print("log", len(log), log[-3:])


# Slices by variables (`BINARY_SLICE`, `STORE_SLICE`: the container below two bounds)
# that raise where compiled code stores or loads them: caught, and uncaught.
def splices(xs, n):
    bad = []
    for i in range(n):
        try:
            xs[i : i + 2] = "ab"
            xs[::2] = xs[i : i + 1] * 7
        except ValueError as e:
            bad.append(str(e)[:30])
    return xs[1 : n + 1], bad


print(splices([0] * 6, 0), splices([0] * 6, 2), splices([0] * 6, 3))


class Sliced:
    def __getitem__(self, s):
        log.append(type(s.start).__name__)
        if s.start == 2:
            raise KeyError(s.start)
        return [s.start, s.stop]


def slices(obj, n):
    out = []
    for i in range(n):
        out.append(obj[i : i + 1])
    return out


print(slices(Sliced(), 2))
try:
    slices(Sliced(), 4)
except KeyError:
    traceback.print_exc()
print(log[-4:])


# A `__getitem__` that changes an attribute loaded before and after it: the second load
# reads it again (nothing known about attributes survives a subscript that may run code).
class Holder:
    def __init__(self):
        self.x = 1.0


class Bump:
    def __init__(self, o):
        self.o = o

    def __getitem__(self, i):
        self.o.x += 1.0
        return 0.5


def reread(o, c, n):
    t = 0.0
    for i in range(n):
        t += o.x
        t += c[i]
        t += o.x
    return t


h = Holder()
print("reread", reread(h, Bump(h), 10), reread(h, Bump(h), 10), h.x)
