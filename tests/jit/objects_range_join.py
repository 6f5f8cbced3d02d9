#! compiled = "visit, pick"
# `range(...)` in one arm of a conditional expression and a list in the other: both
# arms reach the loop as objects (the range object itself), iterated the same way.


def visit(n, last):
    cells = range(n) if last is None else [last, last + 1]
    total = 0
    for i in cells:
        total += i * i
    return total, len(cells)


def pick(n, flag):
    out = []
    for i in range(n):
        src = [i] if flag and i % 2 else range(i, i + 2)
        out.append(sum(src))
    return out


print(visit(5, None), visit(5, 3))
print(pick(5, True), pick(4, False))
