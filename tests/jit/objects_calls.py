#! compiled = "Vec.add, Vec.scaled, Vec.__repr__, total, shout_all, Node.depth, chain, apply_all"
# Tier 1 calls anything: methods (with `self`), builtins, classes, functions it does
# not compile in, and Python code that calls compiled code again. An exception raised
# in a call leaves the compiled frame at the `CALL` with the interpreter's traceback
# (printed here with `traceback.format_exc()`, so line numbers are compared too), and a
# `try` in the compiled function catches it.
import sys
import traceback


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scaled(self, k):
        out = Vec(0, 0)
        for _ in range(k):
            out = out.add(self)
        return out

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


def total(vs):
    acc = Vec(0, 0)
    for v in vs:
        acc = acc.add(v)
    return acc


def shout_all(words):
    out = []
    for w in words:
        out.append(w.upper())
        print("shout", w)
    return out


def build(n):
    rows = []
    for i in range(n):
        rows.append(list(range(i)))
    return [len(r) for r in rows]


class Node:
    def __init__(self, child):
        self.child = child

    def depth(self, n):
        # Recursion through compiled methods, each level a call from compiled code.
        if self.child is None:
            return n
        return self.child.depth(n + 1)


def chain(k):
    node = Node(None)
    for _ in range(k):
        node = Node(node)
    return node


def parse(text):
    return int(text)


def safe_ratio(items):
    good = 0
    for t in items:
        try:
            good += 100 // parse(t)
        except ValueError:
            print("not a number:", t)
        except ZeroDivisionError as e:
            print("zero:", e)
    return good


def caller_line():
    # Compiled into `walk`'s unit, this function has no frame of its own; `_getframe`
    # is the interpreter's, after it resumes the call in a frame (so `walk` resumes too).
    return sys._getframe(1).f_lineno


def walk(n):
    lines = []
    for _ in range(n):
        lines.append(caller_line())
    return lines


def apply_all(fs, x):
    # Calls back into interpreted lambdas and into compiled functions.
    out = []
    for f in fs:
        out.append(f(x))
    return out


def report_line(xs):
    s = 0
    for x in xs:
        s += parse(x)
    return s


for _ in range(3):
    print(total([Vec(i, 2 * i) for i in range(10)]))
    print(Vec(1, 2).scaled(5))
    print(shout_all(["a", "bc"]))
    print(build(4))
print(chain(300).depth(0))
try:
    chain(5000).depth(0)
except RecursionError:
    print("RecursionError")
print(chain(20).depth(0))
print(safe_ratio(["5", "x", "0", "20"]))
print(walk(3))
print(apply_all([abs, lambda v: v * 2, hex, str], -3))
print(apply_all([lambda v: total([Vec(v, v)] * 3)], 2))
try:
    report_line(["1", "2", "three"])
except ValueError:
    print(traceback.format_exc())
print(report_line(["4", "5"]))
report_line(["1", "x"])
