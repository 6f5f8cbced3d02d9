# Operator overloading and other dunder methods.

import functools


@functools.total_ordering
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

    def __str__(self):
        return f"<{self.x}, {self.y}>"

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)

    def __lt__(self, o):
        return abs(self) < abs(o)

    def __hash__(self):
        return hash((self.x, self.y))

    def __bool__(self):
        return bool(self.x or self.y)

    def __iter__(self):
        yield self.x
        yield self.y

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __len__(self):
        return 2


a, b = Vec(1, 2), Vec(3, 4)
print(a + b, a - b, a * 3, 2 * a, -a, abs(b))
print(repr(a), str(a), [a, b], f"{a}", f"{a!r}")
print(a == Vec(1, 2), a != b, a < b, a >= b, max(a, b), sorted([b, a, Vec(0, 1)]))
print(bool(Vec(0, 0)), bool(a), list(a), a[1], len(a), tuple(b))
print({a: "a", Vec(1, 2): "again"}, a in [Vec(1, 2)])
acc = Vec(0, 0)
for v in [a, b, Vec(-1, -1)]:
    acc += v
print(acc)


class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(x * y for x, y in zip(r, c)) for c in cols] for r in self.rows])

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __contains__(self, value):
        return any(value in r for r in self.rows)

    def __call__(self, i, j):
        return self.rows[i][j]


m = Matrix([[1, 2], [3, 4]])
print(m @ m, 4 in m, 7 in m, m(1, 0))


class Bag:
    def __init__(self):
        self.items = {}

    def __setitem__(self, k, v):
        self.items[k] = v

    def __getitem__(self, k):
        return self.items.get(k, 0)

    def __delitem__(self, k):
        del self.items[k]

    def __iadd__(self, other):
        for k, v in other.items.items():
            self.items[k] = self[k] + v
        return self

    def __repr__(self):
        return f"Bag({self.items})"


bag = Bag()
bag["x"] = 1
other = Bag()
other["x"] = 5
other["y"] = 2
bag += other
print(bag, bag["z"])
del bag["x"]
print(bag)


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return NotImplemented

    def __radd__(self, o):
        return f"radd({o}, {self.v})"

    def __index__(self):
        return self.v

    def __int__(self):
        return self.v

    def __float__(self):
        return float(self.v)


print(1 + Num(2), [10, 20, 30][Num(1)], hex(Num(255)), int(Num(7)), float(Num(3)))
try:
    Num(1) + Num(2)
except TypeError as e:
    print("TypeError:", e)
print(sum([Vec(1, 1), Vec(2, 2)], Vec(0, 0)))
