#! compiled = "Grid.total, Grid.stepped, sums"
# `range()` of values tier 1 holds as objects (an attribute, an item, a call's result):
# the host unboxes them; an int counts, anything else (a float, an object with
# __index__) is the interpreter's to take or raise. These loops bailed on every call.


class Grid:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.step = 2

    def total(self):
        t = 0
        for y in range(self.h):
            for x in range(self.w):
                t += x * y
        return t

    def stepped(self):
        out = []
        for x in range(self.h, self.w * 3, self.step):
            out.append(x)
        return out


class Seven:
    def __index__(self):
        print("index called")
        return 7


def sums(bounds):
    t = 0
    for b in bounds:
        for i in range(b):
            t += i
    return t


for rep in range(3):
    g = Grid(4, 3)
    print(g.total(), g.stepped())
    g.step = -1
    print(g.stepped())
    print(sums([3, 5, 0]), sums([True]))
    print(sums([3, Seven()]))
    try:
        print(sums([2, 2.5]))
    except TypeError as e:
        print("TypeError:", e)
    g.h = 1.5
    try:
        print(g.total())
    except TypeError as e:
        print("TypeError:", e)
