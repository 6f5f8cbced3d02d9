#! compiled = "V.length, V.dot, norms"
# `math.sqrt(self.dot(self))`: while the method runs, `math.sqrt` waits on the value
# stack. A call there may hand the frame to the interpreter (it raised, or a method
# called further in cannot go on), which then needs `math.sqrt` on its stack: the host
# rebuilds it (`StackItem::MathAttr`). Before, such a call could not be made at all and
# every caller of `length` bailed out on every call.
import math


class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other):
        if other.x is None:
            raise ValueError("no x")
        return self.x * other.x + self.y * other.y

    def length(self):
        return math.sqrt(self.dot(self))


def norms(vs):
    total = 0.0
    for v in vs:
        try:
            total += v.length()
        except ValueError as e:
            print("skipped:", e)
    return total


vs = [V(i * 0.5, 3.0 - i) for i in range(40)]
print(round(norms(vs), 6))
vs[7] = V(None, 1.0)
print(round(norms(vs), 6))
print(math.floor(math.hypot(V(3.0, 4.0).length(), 0.0)))
