#! compiled = "show_rows, plot_all, forward, merged, spread_method, gathered"
# Calls with `*args` and `**kwargs` (`CALL_FUNCTION_EX`): `print(*row)`,
# `canvas.plot(x, y, *colour)` (the arguments gathered in a list, `LIST_EXTEND`, then
# made a tuple), `f(*args, **kw)`, and displays `[*a, *b]` / `(*a, 0)`. The host
# spreads a built-in collection and a dict of `str` keys; anything else (a generator, a
# mapping that is not a dict, a key that is not a `str`) is spread by the interpreter,
# and an exception in the callee goes on from the call.

class Canvas:
    def __init__(self):
        self.points = []

    def plot(self, x, y, r, g, b):
        self.points.append((x, y, r + g + b))


def show_rows(rows):
    for row in rows:
        print(*row)
        print(*row, sep=", ", end=";\n")


def plot_all(canvas, colours):
    for i, colour in enumerate(colours):
        canvas.plot(i, -i, *colour)
    return len(canvas.points)


def add3(a, b, c=0, *, scale=1):
    return (a + b + c) * scale


def forward(f, args, kw):
    return f(*args, **kw)


def merged(a, b):
    both = [*a, *b]
    t = (*a, 0)
    return both, t, [*"ab", *range(2), *{"k": 1}]


def spread_method(obj, args):
    return obj.plot(*args)


def gathered(xs):
    total = 0
    for x in xs:
        total += add3(x, *(1, 2))
    return total


def gen():
    yield 1
    yield 2


show_rows([[1, 2, 3], ("a", "b"), []])
c = Canvas()
print(plot_all(c, [(1, 2, 3), [4, 5, 6]]), c.points)
print(forward(add3, (1, 2), {}), forward(add3, [1, 2, 3], {"scale": 10}))
print(forward(add3, gen(), {"c": 5}))
print(merged([1, 2], (3,)))
print(merged(gen(), [9]))
print(spread_method(c, (7, 8, 1, 1, 1)), c.points[-1])
print(gathered([1, 2, 3]))
try:
    forward(add3, (1,), {})
except TypeError as e:
    print("TypeError", e)
try:
    forward(add3, (1, 2), {"nope": 1})
except TypeError as e:
    print("TypeError", e)
try:
    plot_all(c, [(1, 2)])
except TypeError as e:
    print("TypeError", e)
try:
    print(*5)
except TypeError as e:
    print("TypeError", e)
