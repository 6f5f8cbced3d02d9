#! compiled = "count_near, sort_by, counters, late_binding, param_cell, adders"
# Functions whose variables inner functions use (cell variables) run in tier 1 with
# their frame's own cells: a generator expression and a `lambda` key that read them, a
# nested `def` that changes one (`nonlocal`) between reads, a cell stored after the
# closure was made (late binding: the closure sees the new value), a parameter that is
# also a cell, lambdas with defaults, an empty cell read (`NameError`), and a traceback
# through a closure called from compiled code.
import traceback


def count_near(xs, k):
    n = 0
    for x in xs:
        n += sum(1 for y in xs if abs(x - y) <= k)
    return n


def sort_by(rows, col):
    out = []
    for r in range(3):
        out.append(sorted(rows, key=lambda row: (row[col] + r) % 5)[0])
    return out


def counters(n):
    total = 0

    def bump(by):
        nonlocal total
        total += by
        return total

    seen = []
    for i in range(n):
        seen.append(bump(i))
        total += 100
    return total, seen


def late_binding(n):
    fs = []
    for i in range(n):
        fs.append(lambda: i * 10)
    v = 7
    g = lambda: v
    v = 8
    return [f() for f in fs], g()


def param_cell(k, n):
    t = 0
    for i in range(n):
        t += (lambda: k * i)()
        k = k + 1
    return t, k


def adders(n):
    fs = []
    for i in range(n):
        fs.append(lambda x, i=i: x + i)
    return [f(100) for f in fs]


def unbound(flag):
    if flag:
        v = 1
    return (lambda: v)()


def bad_closure(xs):
    scale = 0
    total = 0
    for x in xs:
        total += sum(x // scale for _ in range(1))
    return total


for rep in range(2):
    print(count_near([1, 2, 3, 7, 8, 20], 1 + rep))
    print(sort_by([(1, 4), (2, 3), (3, 0)], rep))
    print(counters(4 + rep))
    print(late_binding(3 + rep))
    print(param_cell(2, 4 + rep))
    print(adders(3 + rep))
    print(unbound(True))
try:
    unbound(False)
except NameError as e:
    print("NameError:", e)
try:
    bad_closure([1, 2])
except ZeroDivisionError:
    traceback.print_exc()
