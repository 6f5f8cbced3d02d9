#! compiled = "neighbours, mixed, of_locals, early, of_objects, nested_break, first_big, Tracked.__init__"
# A loop over a tuple the function builds itself (`for d in (-1, 0, 1)`, `for v in (a,
# b)`) runs in tier 1 as a counted loop that picks each item: no tuple, no iterator.
# Items of several kinds, locals assigned inside the loop (the loop still sees the
# values the tuple was built from), `break` and `return` out of it, objects (each
# released where the interpreter drops it), identity of a parameter passed through.


def neighbours(grid, x, y, n):
    # Weighted: the row above counts double, the cell itself not at all.
    weighted = 0
    for dy in (-1, 0, 1):
        line = grid[(y + dy + n) % n]
        for dx in (-1, 0, 1):
            if dx == 0 and dy == 0:
                continue
            weighted += line[(x + dx + n) % n] * (2 if dy < 0 else 1)
    return weighted


def mixed(a, b):
    t = 0.0
    for v in (1, 2.5, True, a, b):
        t = t * 0.5 + v
    return t


def of_locals(a, b):
    out = 0
    for v in (a, b, a + b):
        a = a * 10
        b = b + 1
        out = out * 100 + v
    return out, a, b


def early(limit):
    for k in (3, 1, 4, 1, 5, 9, 2, 6):
        if k > limit:
            return k
    return -1


def first_big(x, y):
    for v in (x, y):
        if v > 100:
            return v
    return None


class Tracked:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def of_objects(n):
    names = []
    for t in (Tracked("a" + str(n)), Tracked("b" + str(n))):
        names.append(t.name)
    print("loop done", n)
    return names


def nested_break(n):
    hits = 0
    for i in range(n):
        for d in (0, 1, 2, 3):
            if (i + d) % 3 == 0:
                break
            hits += d
    return hits


grid = [[(x * 7 + y * 3) % 2 for x in range(8)] for y in range(8)]
total = 0
for y in range(8):
    for x in range(8):
        total += neighbours(grid, x, y, 8)
print("neighbours", total)
print("mixed", [mixed(i, i * 0.25) for i in range(5)])
print("of_locals", [of_locals(i, 2 * i) for i in range(4)])
print("early", [early(k) for k in range(-1, 11)])
big = 10**20
huge = 2**62 + 7
print("first_big", first_big(big, 1) is big, first_big(1, huge) is huge, first_big(1, 2))
for i in range(3):
    print(of_objects(i))
print("nested_break", nested_break(50))
