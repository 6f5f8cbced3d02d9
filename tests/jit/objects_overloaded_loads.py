#! compiled = "span, scaled, less"
"""Attributes read by an operator that a class of the program overloads may hold numbers
or instances of that class. Compiled, such a load gives the number unboxed or the object
itself (never a bail-out for being one), and the operator works on either: numbers in
place, objects through their methods, errors raised where the interpreter raises them.
"""


class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return V(self.x * k, self.y * k)

    def __lt__(self, o):
        return self.x < o.x

    def __neg__(self):
        return V(-self.x, -self.y)

    def __repr__(self):
        return f"V({self.x}, {self.y})"


class Box:
    def __init__(self, a, b):
        self.a = a
        self.b = b


def span(box):
    return box.b - box.a


def scaled(box, k):
    return box.a * k


def less(box):
    return box.a < box.b


def neg(box):
    return -box.a


def run(boxes):
    out = []
    for bx in boxes:
        out.append((span(bx), scaled(bx, 2), less(bx), neg(bx)))
    return out


boxes = [
    Box(1, 5),
    Box(2.5, 0.5),
    Box(V(1, 2), V(4, 8)),
    Box(7, 3),
    Box(V(0.5, 1), V(-1, 3)),
    Box(True, 2),
    Box(2**70, 1),
]
for row in run(boxes):
    print(row)
try:
    run([Box(1, 2), Box("a", "b")])
except TypeError as e:
    print("TypeError", e)
