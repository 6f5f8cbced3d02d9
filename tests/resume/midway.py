# Functions that tier 1 compiles (they loop, over objects) and that stop mid-way on
# something it leaves to the interpreter: the call must go on from there, with the
# locals and the value stack as they were, and print exactly what CPython prints.

class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def total(xs):
    s = 0
    n = 0
    for x in xs:
        s += x
        n += 1
    return s, n


def product(xs):
    p = 1
    for x in xs:
        p = p * x
    return p


def centroid(points):
    sx = 0.0
    sy = 0.0
    for p in points:
        sx += p.x
        sy += p.y
    return sx / len(points), sy / len(points)


def lookup(d, keys):
    found = 0
    for k in keys:
        found += d[k]
    return found


def nested(grid):
    acc = 0
    for row in grid:
        for v in row:
            acc += v * 2
    return acc


def guarded(xs):
    s = 0
    for x in xs:
        try:
            s += x
        except TypeError:
            s -= 1
    return s


def ranged(xs, n):
    s = 0
    for i in range(n):
        s += xs[i] * i
    return s


print(total([1, 2, 3]), total([1, 2, 3.5]))
print(total([1, 2, 2**62, 2**62, 5]))            # overflow mid-loop: a big int
print(product([3] * 30), product([2.0, 3, 4]))
pts = [P(i, 2 * i) for i in range(5)]
print(centroid(pts))
print(centroid(pts + [P(1, "y")]) if False else "skipped")
print(lookup({"a": 1, "b": 10}, "abba"))
try:
    lookup({"a": 1, "b": 10}, "abc")
except KeyError as e:
    print("KeyError", e)
print(nested([[1, 2], [3, 2**62], [5]]))
print(guarded([1, 2, "x", 3]), guarded([]))
print(ranged([5, 6, 7, 8], 4), ranged([5, 6, 2**62, 2**62], 4))
try:
    ranged([1, 2], 5)
except IndexError as e:
    print("IndexError", e)
for i in range(3):
    print(total([i, 2**63 - 1, -i]))
print(total([1, "two", 3]))
