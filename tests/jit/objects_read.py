#! compiled = "Point.norm2, Point.manhattan, total, grid_sum, count_words, first_pair, longest, mean_x, is_origin, describe_kind, nonempty, same, pick"
# Tier 1 on objects: attribute and item loads, len, iteration over lists, tuples,
# strings and dicts, unpacking, truth and identity. Each function runs compiled (the
# harness compiles at the first call and takes objects); a path tier 1 leaves to the
# interpreter (an AttributeError, a KeyError, an IndexError, a property, a generator)
# bails out and re-runs there, with the same output and the same exception.

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def manhattan(self, other):
        return abs(self.x - other.x) + abs(self.y - other.y)


class Slotted:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class WithProperty:
    def __init__(self, x):
        self._x = x

    @property
    def x(self):
        print("  (property read)")
        return self._x * 10

    @property
    def y(self):
        return 0


def total(xs):
    s = 0
    for x in xs:
        s += x
    return s


def grid_sum(g):
    s = 0
    for i in range(len(g)):
        row = g[i]
        for j in range(len(row)):
            s += row[j] * (i - j)
    return s


def count_words(counts, words):
    n = 0
    for w in words:
        n += counts[w]
    return n


def first_pair(pairs):
    a, b = pairs[0]
    c, d = pairs[-1]
    return a * d - b * c


def longest(strings):
    best = 0
    for s in strings:
        if len(s) > best:
            best = len(s)
    return best


def mean_x(points):
    if not points:
        return 0.0
    t = 0.0
    for p in points:
        t += p.x
    return t / len(points)


def is_origin(p):
    return p.x == 0 and p.y == 0


def describe_kind(v):
    if v is None:
        return -1
    return len(v)


def nonempty(xs):
    return 1 if xs else 0


def same(a, b):
    return a is b


def pick(d, key):
    return d[key]


pts = [Point(i, i * 0.5) for i in range(10)]
print([p.norm2() for p in pts])
print(pts[3].manhattan(pts[7]), Point(1, 2).manhattan(Point(-3, 5)))
print(total([1, 2, 3]), total((1.5, 2.5)), total(range(10)), total([True, 2, 3.0]))
print(total([2**62, 2**62]))  # overflow: a big int from the interpreter
try:
    total([1, "two"])
except TypeError:
    print("TypeError")
print(grid_sum([[i * j for j in range(5)] for i in range(4)]))
print(count_words({"a": 1, "b": 20, "c": 300}, "abcab"))
try:
    count_words({"a": 1}, "ab")
except KeyError as e:
    print("KeyError", e)
print(first_pair([(1, 2), (3, 4), [5, 6]]))
try:
    first_pair([(1, 2, 3)])
except ValueError:
    print("ValueError")
print(longest(["a", "abc", "ab"]), longest(()), longest({"xyz": 1, "q": 2}))
print(mean_x(pts), mean_x([]), mean_x([Slotted(3, 4), Slotted(5, 6)]))
print(mean_x([WithProperty(2), WithProperty(3)]))
print(is_origin(Point(0, 0)), is_origin(Point(0, 1)), is_origin(Slotted(0, 0)))
try:
    is_origin(Point(0, None).__dict__)
except AttributeError as e:
    print("AttributeError", e)
print(describe_kind(None), describe_kind("abcd"), describe_kind([1, 2]))
print(nonempty([]), nonempty([0]), nonempty(""), nonempty("x"), nonempty({}), nonempty(pts[0]))
print(same(pts[0], pts[0]), same(pts[0], pts[1]), same(None, None))
print(pick({"k": [1, 2]}, "k"), pick([10, 20, 30], -1), pick("hello", 1), pick((4, 5), True))
try:
    pick([1, 2], 5)
except IndexError as e:
    print("IndexError", e)
try:
    total(x * x for x in range(4))  # a generator: iterating runs Python code
except Exception as e:
    print("never", e)
print(total(x * x for x in range(4)))
xs = [1, 2, 3]
r = pick({"list": xs}, "list")
print(r is xs, pick(xs, 0))
