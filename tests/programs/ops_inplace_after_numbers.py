# `a += b` in a function that has already run on numbers many times must still run the
# left operand's in-place method when other objects arrive: a list is extended where it
# is, a set loses items in place, and an error names the in-place operator.

def add_to(a, b):
    a += b
    return a

def take_away(a, b):
    a -= b
    return a

def times(a, b):
    a *= b
    return a

for i in range(200):
    add_to(i, 1)
    add_to(i * 0.5, 1.5)
    add_to("x", "y")
    take_away(i, 1)
    take_away(i * 0.5, 0.25)
    times(i, 3)
    times(i * 0.5, 2.0)

xs = [1]
ys = add_to(xs, [2, 3])
print(xs, ys is xs)
s = {1, 2, 3}
t = take_away(s, {2})
print(sorted(s), t is s)
zs = [0]
print(times(zs, 3) is zs, zs)

class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
    def __add__(self, other):
        return "plain add"

a = Acc()
print(add_to(a, 5) is a, a.items)
for bad in [(2.5, "s"), ("s", 2.5)]:
    try:
        take_away(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    add_to(1.5, "s")
except TypeError as e:
    print("TypeError:", e)
