#! compiled = "area, scaled"
# Every way of calling a dispatched function: positional, keywords, defaults, keyword-only
# parameters, bound methods, wrong argument counts. Positional calls from bytecode take
# the dispatcher's fast path; the others go through the general one; all must behave
# exactly like plain Python functions.

def area(w, h):
    return w * h

def scaled(x, factor=2):
    return x * factor

def kwonly(x, *, k=3):
    return x + k

class Box:
    def __init__(self, w):
        self.w = w

    def grow(self, by):
        return self.w + by

total = 0
for i in range(200):
    total += area(i, 3) + area(w=i, h=2) + area(i, h=1)
    total += scaled(i) + scaled(i, 5) + scaled(x=i, factor=-1)
    total += kwonly(i) + kwonly(i, k=7)
print(total)

b = Box(10)
grow = b.grow
print(sum(grow(i) for i in range(100)), Box.grow(b, 5))

for bad in (lambda: area(1), lambda: area(1, 2, 3), lambda: area(1, w=2),
            lambda: kwonly(1, 2), lambda: scaled(), lambda: area(1, 2, z=3)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

print(area(2.5, 4), area(True, 7), scaled(10**30), area(None, 1) if False else "ok")
