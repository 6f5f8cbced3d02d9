#! compiled = "neighbours, count, ident, firsts, built"
# Loops over a tuple of tuples: a constant (`for dx, dy in [(-1, 0), (1, 0)]`, which
# the compiler makes a tuple constant) yields the constant's own inner tuples, as the
# interpreter does (`is` agrees across calls); one built from variables yields tuples
# made on each entry to the loop. The inner tuples are unpacked by the host.
SIZE = 5
def neighbours(x, y):
    out = []
    for dx, dy in [(-1, 0), (1, 0), (0, -1), (0, 1)]:
        nx, ny = x + dx, y + dy
        if 0 <= nx < SIZE and 0 <= ny < SIZE:
            out.append((nx, ny))
    return out
def count(grid):
    n = 0
    for x in range(SIZE):
        for y in range(SIZE):
            for d in ((1, 1), (-1, -1)):
                n += (x + d[0]) * (y + d[1])
            n += len(neighbours(x, y))
    return n
g = None
print(count(g), neighbours(0, 0), neighbours(2, 2))
t = ((1, 2), (3, 4))
def ident():
    for a in ((1, 2), (3, 4)):
        yield_ = a
    return yield_
print(ident() == (3, 4))
def firsts():
    out = []
    for a in ((1, 2), (3, 4)):
        out.append(a)
    return out
r1, r2 = firsts(), firsts()
print(r1[0] is r2[0], r1[1] is r2[1])
def built(x, y):
    out = []
    for p in ((x, y), (y, x)):
        out.append(p)
    return out
b1, b2 = built(1, 2), built(1, 2)
print(b1, b1[0] is b2[0])
